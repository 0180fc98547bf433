//! The HTTP server and its router: one request at a time, each checked by [`super::security`]
//! before it reaches a page or a form.
//!
//! One request at a time is enough for one person's browser, and it makes every save a plain
//! read-change-write of the file that no other request can interleave with.

use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Result;
use tiny_http::{Header, Method, Request, Response};

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

/// Serves requests until the process ends.
pub(super) fn run(app: &mut App, server: &tiny_http::Server) {
    loop {
        let request = match server.recv() {
            Ok(request) => request,
            Err(error) => {
                crate::eprintln_safe!("warning: a request failed: {error}");
                continue;
            }
        };
        handle(app, request);
    }
}

fn header<'a>(request: &'a Request, name: &'static str) -> Option<&'a str> {
    request
        .headers()
        .iter()
        .find(|header| header.field.equiv(name))
        .map(|header| header.value.as_str())
}

fn handle(app: &mut App, mut request: Request) {
    let mut reply = check_and_route(app, &mut request);
    // Pages and forms speak of paths inside the root; the browser is sent to them under it.
    for (name, value) in &mut reply.headers {
        if *name == "Location" && value.starts_with('/') {
            value.insert_str(0, &app.secrets.root);
        }
    }
    let mut response = Response::from_data(reply.body).with_status_code(reply.status);
    let mut add = |name: &str, value: &str| {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    };
    add("Content-Type", reply.content_type);
    for (name, value) in security::HEADERS {
        add(name, value);
    }
    for (name, value) in &reply.headers {
        add(name, value);
    }
    // Answered on a thread of its own: a refused request whose body never comes (a client that
    // announces 100 kB and stalls) is drained there, and never holds up the next request. The
    // browser may have gone; nothing to tell anyone.
    std::thread::spawn(move || {
        let _ = request.respond(response);
    });
}

fn check_and_route(app: &mut App, request: &mut Request) -> Reply {
    // The language chosen in this browser; a cookie from an earlier run was cleared at login.
    app.lang = security::chosen_lang(header(request, "Cookie")).unwrap_or(app.default_lang);
    let lang = app.lang;
    if !security::host_ok(header(request, "Host"), app.port) {
        return Reply::text(403, &tr(lang, "serve-error-host"));
    }
    let (path, query) = match request.url().split_once('?') {
        Some((path, query)) => (path, query.to_string()),
        None => (request.url(), String::new()),
    };
    let Some(path) = app.secrets.inside_root(path).map(str::to_string) else {
        return Reply::text(403, &tr(lang, "serve-error-no-session"));
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes()).into_owned().collect();
    let method = request.method().clone();
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
            None if app.secrets.has_session(header(request, "Cookie")) => Reply::redirect(security::local_path(&path)),
            None => Reply::text(403, &tr(lang, "serve-error-link-used")),
        };
    }
    if !app.secrets.has_session(header(request, "Cookie")) {
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
    let content_type = header(request, "Content-Type").map(str::to_string);
    let mut body = Vec::new();
    if method == Method::Post {
        if !security::origin_ok(header(request, "Origin"), app.port) {
            return Reply::text(403, &tr(lang, "serve-error-origin"));
        }
        let limit = if content_type
            .as_deref()
            .is_some_and(|kind| kind.starts_with("multipart/form-data"))
        {
            MAX_UPLOAD_BYTES
        } else {
            MAX_FORM_BYTES
        };
        if request.body_length().is_some_and(|length| length > limit) {
            return Reply::text(413, &tr(lang, "serve-error-too-large"));
        }
        let reader = request.as_reader();
        if reader.take(limit as u64 + 1).read_to_end(&mut body).is_err() {
            return Reply::text(400, &tr(lang, "serve-error-unreadable"));
        }
        if body.len() > limit {
            return Reply::text(413, &tr(lang, "serve-error-too-large"));
        }
    } else if method != Method::Get {
        return Reply::text(405, &tr(lang, "serve-error-method"));
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
