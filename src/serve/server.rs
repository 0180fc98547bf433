//! The HTTP server and its router: one request at a time, each checked by [`super::security`]
//! before it reaches a page or a form.
//!
//! One request at a time is enough for one person's browser, and it makes every save a plain
//! read-change-write of the file that no other request can interleave with. Each connection is
//! read on a thread of its own, so that a slow one never holds up the others, within a deadline
//! and up to a number of connections at once: a program that opens connections and trickles
//! bytes into them (a header line every few seconds) would otherwise hold a thread, and its
//! memory, for each one, without end. One request a connection, then it is closed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::security::{self, MAX_FORM_BYTES, MAX_UPLOAD_BYTES, Secrets};
use super::{forms, pages};
use crate::i18n::{Lang, tr};
use crate::model::RubricSet;
use crate::render::{Format, PdfOptions, Renderer};
use crate::templates::Templates;

/// Everything a request may need.
pub(super) struct App {
    /// The folder served, as given.
    pub(super) dir: PathBuf,
    /// The rubrics the assessments are answered against.
    pub(super) rubrics: RubricSet,
    /// The pages' templates.
    pub(super) tera: tera::Tera,
    /// The port the server listens on.
    pub(super) port: u16,
    /// The run's secrets.
    pub(super) secrets: Secrets,
    /// Today, for new assessments.
    pub(super) today: String,
    /// The schema directive of new files.
    pub(super) schema: Option<String>,
    /// The language of the pages when the browser has not chosen one (`--lang`, or the locale).
    pub(super) default_lang: Lang,
    /// The language of the request being answered: the browser's choice, else the default.
    pub(super) lang: Lang,
    /// Built at the first download: preparing fonts is not free.
    renderer: OnceLock<Renderer>,
}

impl App {
    /// The application serving `dir`.
    pub(super) fn new(
        dir: PathBuf,
        rubrics: RubricSet,
        port: u16,
        today: String,
        schema: Option<String>,
        lang: Lang,
    ) -> Result<App> {
        Ok(App {
            dir,
            rubrics,
            tera: pages::templates()?,
            port,
            secrets: Secrets::new()?,
            today,
            schema,
            default_lang: lang,
            lang,
            renderer: OnceLock::new(),
        })
    }

    /// The one-time token of the link the browser is opened at.
    pub(super) fn secrets_token(&self) -> Option<&str> {
        self.secrets.token()
    }

    /// The rubrics with their texts in the page's language (the same ids, levels and rules).
    pub(super) fn rubrics(&self) -> &RubricSet {
        self.rubrics.in_language(self.lang)
    }

    /// A message of the pages in the page's language.
    pub(super) fn tr(&self, id: &str) -> String {
        tr(self.lang, id)
    }

    /// The renderer of downloads.
    pub(super) fn renderer(&self) -> Result<&Renderer> {
        if let Some(renderer) = self.renderer.get() {
            return Ok(renderer);
        }
        let formats = [Format::Pdf, Format::Docx, Format::Html, Format::Markdown];
        let renderer = Renderer::new(&Templates::load(None)?, PdfOptions::default(), &formats)?;
        Ok(self.renderer.get_or_init(|| renderer))
    }
}

/// An answer before the security headers are added.
#[derive(Clone)]
pub(super) struct Reply {
    pub(super) status: u16,
    pub(super) content_type: &'static str,
    pub(super) body: Vec<u8>,
    pub(super) headers: Vec<(&'static str, String)>,
}

impl Reply {
    /// An HTML page.
    pub(super) fn html(body: String) -> Reply {
        Reply {
            status: 200,
            content_type: "text/html; charset=utf-8",
            body: body.into_bytes(),
            headers: Vec::new(),
        }
    }

    /// A plain-text answer with `status`.
    pub(super) fn text(status: u16, text: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: text.as_bytes().to_vec(),
            headers: Vec::new(),
        }
    }

    /// "See other": after a POST, or the token exchange.
    pub(super) fn redirect(location: &str) -> Reply {
        Reply {
            status: 303,
            content_type: "text/plain; charset=utf-8",
            body: Vec::new(),
            headers: vec![("Location", location.to_string())],
        }
    }

    /// Not found; also every path the server will not serve.
    pub(super) fn not_found(lang: Lang) -> Reply {
        Reply::text(404, &tr(lang, "serve-error-not-found"))
    }

    /// With `status` instead.
    pub(super) fn status(mut self, status: u16) -> Reply {
        self.status = status;
        self
    }
}

/// A request as the pages and forms see it.
pub(super) struct Incoming {
    pub(super) method: Method,
    /// The path, without the query.
    pub(super) path: String,
    /// The query's pairs.
    pub(super) query: Vec<(String, String)>,
    pub(super) content_type: Option<String>,
    pub(super) body: Vec<u8>,
}

impl Incoming {
    /// A query parameter.
    pub(super) fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The most connections served at once: beyond it, a connection is answered 503 and closed.
pub(super) const MAX_CONNECTIONS: usize = 64;

/// How long a connection has, by default, to send its whole request (headers and body).
pub(super) const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The longest request line and headers accepted, together.
const MAX_HEAD_BYTES: u64 = 64 * 1024;

/// A request's method: the server answers GET and POST, and 405 to any other. A HEAD gets the
/// 405's head, without its body, as HTTP asks of every answer to HEAD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Method {
    Get,
    Post,
    Head,
    Other,
}

/// The methods a 405 says the server answers.
const ALLOWED_METHODS: &str = "GET, POST";

/// Why a request's body was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyProblem {
    /// Longer than its kind of form may be: not read.
    TooLarge,
    /// Sent in a way this server does not read (chunks), or with a length it cannot read.
    Unreadable,
}

/// A request as read from its connection.
struct Request {
    method: Method,
    /// The path and query, as sent.
    url: String,
    headers: Vec<(String, String)>,
    body: Result<Vec<u8>, BodyProblem>,
}

impl Request {
    /// The first header called `name`, whatever its case.
    fn header(&self, name: &str) -> Option<&str> {
        self.headers_named(name).next()
    }

    /// Every header called `name`, whatever its case, in the order sent.
    fn headers_named<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
        self.headers
            .iter()
            .filter(move |(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// A request waiting for the application, and where its answer goes.
type Job = (Request, mpsc::Sender<Reply>);

/// Serves requests on `listener` until the process ends, each connection given `timeout` to send
/// its request.
pub(super) fn run(app: &mut App, listener: TcpListener, timeout: Duration) {
    let (jobs, received) = mpsc::channel::<Job>();
    let refusals = Arc::new(Refusals {
        busy: Reply::text(503, &tr(app.default_lang, "serve-error-busy")),
        head_too_long: Reply::text(431, &tr(app.default_lang, "serve-error-head-too-long")),
    });
    let session = Arc::new(app.secrets.session_key());
    std::thread::spawn(move || accept(&listener, &jobs, timeout, &refusals, &session));
    for (request, answer) in received {
        let lang = app.default_lang;
        let reply = answer_or_500(|| handle(app, &request), lang);
        // The browser may have gone; nothing to tell anyone.
        let _ = answer.send(reply);
    }
}

/// What `answer` replies, or a 500 if it panics: a bug in one page must not stop the server, and
/// with it the pages the user has open in other tabs. The panic's message has reached the
/// terminal by then (Rust's hook prints it), for the report the 500 asks for. Every file is
/// written whole or not at all (a temporary file renamed over it), so a save cut short by the
/// panic leaves the file as it was.
fn answer_or_500(answer: impl FnOnce() -> Reply, lang: Lang) -> Reply {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(answer))
        .unwrap_or_else(|_| Reply::text(500, &tr(lang, "serve-error-internal")))
}

/// The answers given before a request reaches the application: they need no file, and the
/// connection's thread sends them itself.
struct Refusals {
    /// More connections than are served at once.
    busy: Reply,
    /// A request line and headers longer than the server reads.
    head_too_long: Reply,
}

/// A place among the connections served at once, given back when dropped (also when its thread
/// could not be started).
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Accepts connections, each read on a thread of its own, at most [`MAX_CONNECTIONS`] at once.
fn accept(
    listener: &TcpListener,
    jobs: &mpsc::Sender<Job>,
    timeout: Duration,
    refusals: &Arc<Refusals>,
    session: &Arc<security::SessionKey>,
) {
    let live = Arc::new(AtomicUsize::new(0));
    let turned_away = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(stream) => stream,
            Err(error) => {
                crate::eprintln_safe!("warning: a connection failed: {error}");
                // Out of file descriptors, say: trying again at once would only spin.
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
        };
        if live.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            turn_away(stream, &refusals.busy, &turned_away);
            continue;
        }
        live.fetch_add(1, Ordering::SeqCst);
        let slot = Slot(Arc::clone(&live));
        let jobs = jobs.clone();
        let session = Arc::clone(session);
        let refusals = Arc::clone(refusals);
        let started = std::thread::Builder::new().spawn(move || {
            let _slot = slot;
            connection(&stream, &jobs, timeout, &session, &refusals.head_too_long);
        });
        if let Err(error) = started {
            crate::eprintln_safe!("warning: a connection failed: {error}");
        }
    }
}

/// Answers a connection beyond [`MAX_CONNECTIONS`] with `busy`, on a thread that lives a second
/// at most: the request it sent is read and dropped before the connection is closed, as a socket
/// closed with unread bytes is reset, and the client could lose the answer with it. As many are
/// turned away so at once as are served; beyond that, a connection is closed unanswered.
fn turn_away(stream: TcpStream, busy: &Reply, turned_away: &Arc<AtomicUsize>) {
    if turned_away.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
        return;
    }
    turned_away.fetch_add(1, Ordering::SeqCst);
    let slot = Slot(Arc::clone(turned_away));
    let busy = busy.clone();
    let _ = std::thread::Builder::new().spawn(move || {
        let _slot = slot;
        let deadline = Instant::now() + Duration::from_secs(1);
        let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
        refuse(
            &stream,
            &busy,
            &mut Timed {
                stream: &stream,
                deadline,
            },
        );
    });
}

/// Answers `reply` before the request is read through, then reads and drops what `rest` still
/// sends of it (up to a head's worth, within its deadline): a socket closed with unread bytes is
/// reset, and the client, which sends all it has before it reads, could lose the answer with it.
fn refuse(stream: &TcpStream, reply: &Reply, rest: &mut impl Read) {
    let _ = write_reply(stream, reply, true);
    let _ = stream.shutdown(Shutdown::Write);
    let _ = std::io::copy(&mut rest.take(MAX_HEAD_BYTES), &mut std::io::sink());
}

/// A connection's reads, each given what is left of the time the request has.
struct Timed<'a> {
    stream: &'a TcpStream,
    deadline: Instant,
}

impl Read for Timed<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buffer)
    }
}

/// Reads one request from `stream`, has the application answer it, and writes the answer. A
/// request not whole within `timeout` is dropped with its connection; one whose head is longer
/// than the server reads is answered `head_too_long`.
fn connection(
    stream: &TcpStream,
    jobs: &mpsc::Sender<Job>,
    timeout: Duration,
    session: &security::SessionKey,
    head_too_long: &Reply,
) {
    let deadline = Instant::now() + timeout;
    let _ = stream.set_write_timeout(Some(timeout));
    let mut reader = BufReader::new(Timed { stream, deadline });
    let (request, unread) = match read_request(&mut reader, stream, session) {
        Ok(read) => read,
        Err(HeadEnd::TooLong) => return refuse(stream, head_too_long, &mut reader),
        Err(HeadEnd::Cut) => return,
    };
    let with_body = request.method != Method::Head;
    let (answer, answered) = mpsc::channel();
    if jobs.send((request, answer)).is_err() {
        return;
    }
    let Ok(reply) = answered.recv() else { return };
    let _ = write_reply(stream, &reply, with_body);
    // A body refused unread may still be on its way: read and dropped (within the deadline), so
    // that the client, which sends it all before it reads, gets to read the answer.
    if unread > 0 {
        let _ = std::io::copy(&mut reader.take(unread), &mut std::io::sink());
    }
    let _ = stream.shutdown(Shutdown::Both);
}

/// Why a request's head was not read whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadEnd {
    /// The connection closed, failed or ran out of time before the head's end: no one to answer.
    Cut,
    /// Longer than [`MAX_HEAD_BYTES`]: answered 431.
    TooLong,
}

/// One line of the request's head, without its line break, within what is left of `budget`.
fn head_line(reader: &mut impl BufRead, budget: &mut u64) -> Result<String, HeadEnd> {
    let mut line = Vec::new();
    let read = reader
        .by_ref()
        .take(*budget)
        .read_until(b'\n', &mut line)
        .map_err(|_| HeadEnd::Cut)?;
    *budget = budget.saturating_sub(read as u64);
    if !line.ends_with(b"\n") {
        return Err(if *budget == 0 { HeadEnd::TooLong } else { HeadEnd::Cut });
    }
    while line.last().is_some_and(|byte| matches!(byte, b'\n' | b'\r')) {
        line.pop();
    }
    Ok(String::from_utf8_lossy(&line).into_owned())
}

/// The request `reader` sends, and the length of a body left unread (refused as too large). A
/// body longer than a form's is read only from the session's browser: read before the
/// application's checks, it would otherwise let any program on this computer make the server
/// hold an upload's worth of memory for each of its connections.
fn read_request(
    reader: &mut impl BufRead,
    stream: &TcpStream,
    session: &security::SessionKey,
) -> Result<(Request, u64), HeadEnd> {
    let mut budget = MAX_HEAD_BYTES;
    let line = head_line(reader, &mut budget)?;
    let mut parts = line.split_whitespace();
    let method = match parts.next().ok_or(HeadEnd::Cut)? {
        "GET" => Method::Get,
        "POST" => Method::Post,
        "HEAD" => Method::Head,
        _ => Method::Other,
    };
    let url = parts.next().ok_or(HeadEnd::Cut)?.to_string();
    let mut headers = Vec::new();
    loop {
        let line = head_line(reader, &mut budget)?;
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let mut request = Request {
        method,
        url,
        headers,
        body: Ok(Vec::new()),
    };
    if request.header("Transfer-Encoding").is_some() {
        request.body = Err(BodyProblem::Unreadable);
        return Ok((request, 0));
    }
    // One length, of digits only: two that differ, or a sign, leave the body's end in doubt.
    let lengths: Vec<&str> = request.headers_named("Content-Length").collect();
    let length = match lengths.as_slice() {
        [] => 0,
        [first, rest @ ..]
            if !first.is_empty()
                && first.bytes().all(|byte| byte.is_ascii_digit())
                && rest.iter().all(|other| other == first) =>
        {
            match first.parse::<u64>() {
                Ok(length) => length,
                Err(_) => {
                    request.body = Err(BodyProblem::Unreadable);
                    return Ok((request, 0));
                }
            }
        }
        _ => {
            request.body = Err(BodyProblem::Unreadable);
            return Ok((request, 0));
        }
    };
    let upload = request
        .header("Content-Type")
        .is_some_and(|kind| kind.starts_with("multipart/form-data"));
    let limit = if upload && session.admits(request.header("Cookie")) {
        MAX_UPLOAD_BYTES
    } else {
        MAX_FORM_BYTES
    };
    if length > limit as u64 {
        request.body = Err(BodyProblem::TooLarge);
        return Ok((request, length));
    }
    if length > 0
        && request
            .header("Expect")
            .is_some_and(|expect| expect.eq_ignore_ascii_case("100-continue"))
    {
        let mut stream = stream;
        stream
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .map_err(|_| HeadEnd::Cut)?;
    }
    let mut body = Vec::new();
    reader.take(length).read_to_end(&mut body).map_err(|_| HeadEnd::Cut)?;
    if (body.len() as u64) < length {
        return Err(HeadEnd::Cut);
    }
    request.body = Ok(body);
    Ok((request, 0))
}

/// The reason phrase of the statuses the server answers with.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

/// Writes `reply`, with every answer's security headers, and says the connection closes; its body
/// only `with_body` (not to a HEAD, whose answer is the head alone, its length included). A
/// header whose value holds a line break is left out: it could start a header of its own.
fn write_reply(mut stream: &TcpStream, reply: &Reply, with_body: bool) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type,
        reply.body.len()
    );
    let headers = security::HEADERS
        .iter()
        .map(|(name, value)| (*name, *value))
        .chain(reply.headers.iter().map(|(name, value)| (*name, value.as_str())));
    for (name, value) in headers {
        if !value.contains(['\r', '\n']) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(&reply.body)?;
    }
    stream.flush()
}

fn handle(app: &mut App, request: &Request) -> Reply {
    let mut reply = check_and_route(app, request);
    // Pages and forms speak of paths inside the root; the browser is sent to them under it.
    for (name, value) in &mut reply.headers {
        if *name == "Location" && value.starts_with('/') {
            value.insert_str(0, &app.secrets.root);
        }
    }
    reply
}

fn check_and_route(app: &mut App, request: &Request) -> Reply {
    // The language chosen in this browser; a cookie from an earlier run was cleared at login.
    app.lang = security::chosen_lang(request.header("Cookie")).unwrap_or(app.default_lang);
    let lang = app.lang;
    // One Host, ours: a second could name another site to whatever reads the first.
    let hosts = request.headers_named("Host").count();
    if hosts != 1 || !security::host_ok(request.header("Host"), app.port) {
        return Reply::text(403, &tr(lang, "serve-error-host"));
    }
    let (path, query) = match request.url.split_once('?') {
        Some((path, query)) => (path, query.to_string()),
        None => (request.url.as_str(), String::new()),
    };
    let Some(path) = app.secrets.inside_root(path).map(str::to_string) else {
        return Reply::text(403, &tr(lang, "serve-error-no-session"));
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let method = request.method.clone();
    // The link the browser was opened at: exchange its token for the session cookie.
    if let Some((_, token)) = query.iter().find(|(key, _)| key == "token") {
        if method != Method::Get {
            return Reply::text(403, &tr(lang, "serve-error-forbidden"));
        }
        return match app.secrets.exchange(token) {
            Some(cookie) => {
                app.lang = app.default_lang;
                let mut reply = Reply::redirect(security::local_path(&path));
                reply.headers.push(("Set-Cookie", cookie));
                // A run starts in its own language (`--lang`, the locale), not an earlier run's.
                reply
                    .headers
                    .push(("Set-Cookie", security::forget_lang_cookie(&app.secrets.root)));
                reply
            }
            // The printed link opened again in a browser already signed in: go on where it leads.
            None if app.secrets.has_session(request.header("Cookie")) => Reply::redirect(security::local_path(&path)),
            None => Reply::text(403, &tr(lang, "serve-error-link-used")),
        };
    }
    if !app.secrets.has_session(request.header("Cookie")) {
        return Reply::text(403, &tr(lang, "serve-error-no-session"));
    }
    // The language switcher's links: remember the choice, then show the same page without it.
    // A GET that only sets a preference, behind the session cookie that no other site can send.
    if method == Method::Get
        && let Some((_, code)) = query.iter().find(|(key, _)| key == "lang")
    {
        let rest: Vec<&(String, String)> = query.iter().filter(|(key, _)| key != "lang").collect();
        let mut location = security::local_path(&path).to_string();
        if !rest.is_empty() {
            location.push('?');
            location.push_str(
                &form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(rest)
                    .finish(),
            );
        }
        let mut reply = Reply::redirect(&location);
        if let Ok(chosen) = code.parse::<Lang>() {
            reply
                .headers
                .push(("Set-Cookie", security::lang_cookie(chosen, &app.secrets.root)));
        }
        return reply;
    }
    let content_type = request.header("Content-Type").map(str::to_string);
    let mut body = Vec::new();
    if method == Method::Post {
        if !security::origin_ok(request.header("Origin"), app.port) {
            return Reply::text(403, &tr(lang, "serve-error-origin"));
        }
        // Read on the connection's thread, within its limit; said here, after the checks above.
        body = match &request.body {
            Ok(body) => body.clone(),
            Err(BodyProblem::TooLarge) => return Reply::text(413, &tr(lang, "serve-error-too-large")),
            Err(BodyProblem::Unreadable) => return Reply::text(400, &tr(lang, "serve-error-unreadable")),
        };
    } else if method != Method::Get {
        let mut reply = Reply::text(405, &tr(lang, "serve-error-method"));
        reply.headers.push(("Allow", ALLOWED_METHODS.to_string()));
        return reply;
    }
    let incoming = Incoming {
        method,
        path,
        query,
        content_type,
        body,
    };
    route(app, &incoming)
}

fn route(app: &App, request: &Incoming) -> Reply {
    let parts: Vec<&str> = request.path.split('/').skip(1).collect();
    let get = request.method == Method::Get;
    if get && parts.as_slice() == ["assets", "style.css"] {
        return Reply {
            status: 200,
            content_type: "text/css; charset=utf-8",
            body: include_str!("assets/style.css").as_bytes().to_vec(),
            headers: Vec::new(),
        };
    }
    if get && parts.as_slice() == ["assets", "app.js"] {
        return Reply {
            status: 200,
            content_type: "text/javascript; charset=utf-8",
            body: include_str!("assets/app.js").as_bytes().to_vec(),
            headers: Vec::new(),
        };
    }
    match parts.as_slice() {
        [""] if get => return pages::home(app, None),
        ["new"] if !get => return forms::new_assessment(app, request),
        _ => {}
    }
    let ["a", name, rest @ ..] = parts.as_slice() else {
        return Reply::not_found(app.lang);
    };
    let Some(file) = security::assessment_path(&app.dir, name) else {
        return Reply::not_found(app.lang);
    };
    let name = *name;
    match (rest, get) {
        ([], true) => pages::assessment(app, name, &file, request),
        (["proposal"], false) => forms::proposal(app, name, &file, request),
        (["screening"], false) => forms::screening(app, name, &file, request),
        (["q", rubric, question], true) => pages::question(app, name, &file, rubric, question, request),
        (["q", rubric, question], false) => forms::answer(app, name, &file, rubric, question, request),
        (["scorecard"], true) => pages::scorecard(app, name, &file),
        (["ledger"], true) => pages::ledger(app, name, &file, request, None),
        (["ledger", "dates"], false) => forms::ledger_dates(app, name, &file, request),
        (["ledger", "add"], false) => forms::add_submission(app, name, &file, request),
        (["ledger", "import"], false) => forms::import_csv(app, name, &file, request),
        ([download], true) => match download.strip_prefix("brief.") {
            Some(extension) => pages::download(app, name, &file, extension),
            None => Reply::not_found(app.lang),
        },
        _ => Reply::not_found(app.lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_that_panics_is_answered_500_and_says_what_to_do() {
        let reply = answer_or_500(|| panic!("a bug in a page"), Lang::Fr);
        assert_eq!(reply.status, 500);
        let text = String::from_utf8(reply.body).expect("text");
        assert!(text.starts_with("Une erreur interne d’impact-brief"), "{text}");
        assert!(text.contains("merci de le signaler"), "{text}");
        assert_eq!(answer_or_500(|| Reply::text(200, "ok"), Lang::En).status, 200);
    }

    #[test]
    fn a_head_line_is_cut_short_or_too_long() {
        let mut budget = MAX_HEAD_BYTES;
        let mut reader = std::io::Cursor::new(b"GET / HTTP/1.1\r\nHost".to_vec());
        assert_eq!(head_line(&mut reader, &mut budget), Ok("GET / HTTP/1.1".to_string()));
        // The connection closed mid-line: no one to answer.
        assert_eq!(head_line(&mut reader, &mut budget), Err(HeadEnd::Cut));
        // A line that runs past what is left of the head's bytes.
        let mut budget = 10;
        let mut reader = std::io::Cursor::new(b"Cookie: aaaaaaaaaaaaaaaa\r\n".to_vec());
        assert_eq!(head_line(&mut reader, &mut budget), Err(HeadEnd::TooLong));
    }
}
