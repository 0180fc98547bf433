//! `serve`: the security rules, tested against the real server on a free port over plain HTTP.
//! The browser test is in `serve_browser.rs`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::support::{TestEnv, assessment, repo};

/// A running `impact-brief serve DIR --no-open`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    pub host: String,
    /// The one-time link it printed.
    pub link: String,
    /// The random path every page lives under (`/s/…`), from the link.
    pub root: String,
}

impl Server {
    /// The server in English, whatever the machine's locale.
    pub fn start(dir: &std::path::Path) -> Server {
        Server::start_with(dir, &["--lang", "en"], &[]).0
    }

    /// The server with more arguments and environment variables, and what it printed on
    /// standard error before its link.
    pub fn start_with(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (Server, String) {
        let mut command = Command::new(env!("CARGO_BIN_EXE_impact-brief"));
        command
            .args(["serve", "--no-open"])
            .args(args)
            .arg(dir)
            .env("NO_COLOR", "1");
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        let mut child = command
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("impact-brief serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("serve prints its link");
        // What it says on standard error comes first (the note on the language, then where it
        // serves): its first line is kept, the rest read and dropped so that the pipe stays open.
        let (lines, received) = std::sync::mpsc::channel();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let note = received
            .recv_timeout(Duration::from_secs(60))
            .expect("serve says where it serves");
        let link = line.trim().to_string();
        let host = link
            .strip_prefix("http://")
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("not a link: {link:?}"))
            .to_string();
        let root = link
            .split_once(&host)
            .and_then(|(_, path)| path.split_once("/?token="))
            .map(|(root, _)| root.to_string())
            .unwrap_or_else(|| panic!("no root in the link: {link:?}"));
        (
            Server {
                child,
                host,
                link,
                root,
            },
            note,
        )
    }

    /// Exchanges the link's token for the session cookie: the `name=value` pair.
    pub fn login(&self) -> String {
        let path = self.link.split_once(&self.host).unwrap().1;
        let reply = self.request("GET", path, &[], b"");
        assert_eq!(reply.status, 303, "{}", reply.body);
        let cookie = reply.header("set-cookie").expect("a session cookie");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        cookie.split(';').next().unwrap().to_string()
    }

    /// One request with the right Host, plus `headers`, to `path` under the root (a path that
    /// names the root already is sent as it is). A `Location` is given back without the root, as
    /// the pages name paths.
    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut all = vec![("Host", self.host.as_str())];
        all.extend_from_slice(headers);
        let full = if path.starts_with(&format!("{}/", self.root)) {
            path.to_string()
        } else {
            format!("{}{path}", self.root)
        };
        let mut reply = raw(&self.host, method, &full, &all, body);
        for (name, value) in &mut reply.headers {
            if name.eq_ignore_ascii_case("location")
                && let Some(inside) = value.strip_prefix(&self.root)
            {
                *value = inside.to_string();
            }
        }
        reply
    }

    /// A GET with the session cookie.
    pub fn get(&self, cookie: &str, path: &str) -> Reply {
        self.request("GET", path, &[("Cookie", cookie)], b"")
    }

    /// A form POST as the browser sends it from our own page.
    pub fn post(&self, cookie: &str, path: &str, form: &[(&str, &str)]) -> Reply {
        let origin = format!("http://{}", self.host);
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        self.request(
            "POST",
            path,
            &[
                ("Cookie", cookie),
                ("Origin", &origin),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            body.as_bytes(),
        )
    }

    /// The CSRF token of the page at `path`.
    pub fn csrf(&self, cookie: &str, path: &str) -> String {
        field(&self.get(cookie, path).body, "csrf")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The value of the hidden input `name` in a page.
pub fn field(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {name} in:\n{page}"))
        + marker.len();
    page[start..].split('"').next().unwrap().to_string()
}

/// Posts the consultation's dates (opened, closed, responded) from the ledger `page`.
fn post_dates(server: &Server, cookie: &str, page: &str, [opened, closed, responded]: [&str; 3]) -> Reply {
    server.post(
        cookie,
        "/a/bill.toml/ledger/dates",
        &[
            ("csrf", &field(page, "csrf")),
            ("base", &field(page, "base")),
            ("opened", opened),
            ("closed", closed),
            ("responded", responded),
        ],
    )
}

/// An HTTP answer.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Sends one HTTP/1.1 request to `address` and reads the whole answer.
fn raw(address: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(address).expect("the server accepts connections");
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_string(),
    }
}

/// Saves the answer to `openness.participation` in `bill.toml` with `fields`, as its page's form
/// sends them: beside the page's CSRF token and the fingerprint of the answer it shows.
fn answer_participation(server: &Server, cookie: &str, fields: &[(&str, &str)]) -> Reply {
    let path = "/a/bill.toml/q/openness/participation";
    let page = server.get(cookie, path).body;
    let (csrf, base) = (field(&page, "csrf"), field(&page, "base"));
    let mut form = vec![("csrf", csrf.as_str()), ("base", base.as_str())];
    form.extend_from_slice(fields);
    server.post(cookie, path, &form)
}

fn folder_with(env: &TestEnv, name: &str, text: &str) -> std::path::PathBuf {
    env.write(&format!("site/{name}"), text);
    env.write("secret.toml", "not served");
    env.path("site")
}

#[test]
fn without_the_token_every_page_is_refused_and_the_token_works_once() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    for path in ["/", "/a/bill.toml", "/assets/style.css", "/a/bill.toml/brief.md"] {
        let reply = server.request("GET", path, &[], b"");
        assert_eq!(reply.status, 403, "{path}");
    }
    let wrong = server.request("GET", "/?token=0123", &[], b"");
    assert_eq!(wrong.status, 403);
    let cookie = server.login();
    let reply = server.get(&cookie, "/");
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("bill.toml"));
    // The link was used: it does not log anyone else in.
    let path = server.link.split_once(&server.host).unwrap().1;
    assert_eq!(server.request("GET", path, &[], b"").status, 403);
    // Opened again in the browser that used it, it leads on to the page.
    let again = server.get(&cookie, path);
    assert_eq!(again.status, 303, "{}", again.body);
    assert_eq!(again.header("location"), Some("/"));
    // A made-up cookie is no session.
    assert_eq!(server.get("impact_brief_session=guess", "/").status, 403);
}

#[test]
fn the_session_lives_under_a_random_root_that_other_ports_never_see() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let other = Server::start(&env.path("site"));
    assert!(
        server.root.starts_with("/s/") && server.root.len() == 3 + 32,
        "{}",
        server.root
    );
    assert_ne!(server.root, other.root, "each run has its own");
    // A browser sends a loopback address's cookies to all its ports, but only under their path:
    // the cookies are scoped to the root, which a page served elsewhere does not know.
    let path = server.link.split_once(&server.host).unwrap().1;
    let login = server.request("GET", path, &[], b"");
    let set = login.header("set-cookie").expect("a session cookie");
    assert!(set.contains(&format!("; Path={}", server.root)), "{set}");
    let cookie = set.split(';').next().unwrap().to_string();
    for outside in ["/", "/a/bill.toml", "/assets/style.css", "/s/", "/s/0123/"] {
        let reply = raw(
            &server.host,
            "GET",
            outside,
            &[("Host", &server.host), ("Cookie", &cookie)],
            b"",
        );
        assert_eq!(reply.status, 403, "{outside}");
    }
    let home = server.get(&cookie, "/");
    assert_eq!(home.status, 200);
    // Every link, form and asset of the page is under the root.
    for attribute in ["href=\"/", "action=\"/", "src=\"/"] {
        for (at, _) in home.body.match_indices(attribute) {
            let url = &home.body[at + attribute.len() - 1..];
            assert!(
                url.starts_with(&format!("{}/", server.root)),
                "{}",
                &url[..40.min(url.len())]
            );
        }
    }
    // A redirect leads under the root too.
    let raw_login = raw(
        &other.host,
        "GET",
        other.link.split_once(&other.host).unwrap().1,
        &[("Host", &other.host)],
        b"",
    );
    assert_eq!(raw_login.header("location"), Some(format!("{}/", other.root).as_str()));
}

#[test]
fn a_foreign_host_is_refused_even_with_the_session() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let port = server.host.rsplit(':').next().unwrap().to_string();
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_string(),
        format!("127.0.0.1:{}", 1),
    ] {
        let home = format!("{}/", server.root);
        let reply = raw(&server.host, "GET", &home, &[("Host", &host), ("Cookie", &cookie)], b"");
        assert_eq!(reply.status, 403, "{host}");
    }
    let path = server.link.split_once(&server.host).unwrap().1;
    let reply = raw(
        &server.host,
        "GET",
        path,
        &[("Host", &format!("rebound.example:{port}"))],
        b"",
    );
    assert_eq!(reply.status, 403, "the token is not exchanged under a foreign Host");
    let reply = server.request("GET", "/", &[("Cookie", &cookie)], b"");
    assert_eq!(reply.status, 200);
    let localhost = raw(
        &server.host,
        "GET",
        &format!("{}/", server.root),
        &[("Host", &format!("localhost:{port}")), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(localhost.status, 200);
}

#[test]
fn cross_site_posts_are_refused_and_change_nothing() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let before = env.read("site/bill.toml");
    let server = Server::start(&dir);
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/a/bill.toml");
    let form = format!("csrf={csrf}&title=Hijacked&base=x");
    let post = |headers: &[(&str, &str)], body: &str| {
        let mut all = vec![
            ("Cookie", cookie.as_str()),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ];
        all.extend_from_slice(headers);
        server.request("POST", "/a/bill.toml/proposal", &all, body.as_bytes())
    };
    let own = format!("http://{}", server.host);
    assert_eq!(
        post(&[("Origin", "http://evil.example")], &form).status,
        403,
        "another origin"
    );
    assert_eq!(post(&[("Origin", "null")], &form).status, 403, "an opaque origin");
    assert_eq!(post(&[], &form).status, 403, "no origin");
    assert_eq!(post(&[("Origin", &own)], "title=Hijacked").status, 403, "no CSRF token");
    assert_eq!(
        post(&[("Origin", &own)], "csrf=guess&title=Hijacked").status,
        403,
        "a wrong CSRF token"
    );
    let new = server.request(
        "POST",
        "/new",
        &[
            ("Cookie", &cookie),
            ("Origin", "http://evil.example"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        format!("csrf={csrf}&title=X&file=x.toml").as_bytes(),
    );
    assert_eq!(new.status, 403);
    assert_eq!(env.read("site/bill.toml"), before);
    assert!(!env.path("site/x.toml").exists());
}

#[test]
fn paths_outside_the_folder_are_not_found() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    for path in [
        "/../secret.toml",
        "/a/../secret.toml",
        "/a/..%2fsecret.toml",
        "/a/%2e%2e%2fsecret.toml",
        "/a/%2e%2e/secret.toml",
        "/a//etc/passwd",
        "/a/%2fetc%2fpasswd",
        "/a/C:%5cWindows%5cwin.ini",
        "/a/secret.toml",
        "/a/.hidden.toml",
        "/a/bill.toml/../../secret.toml",
        "/assets/../Cargo.toml",
        "/nothing",
        "/a/bill.toml/brief.exe",
    ] {
        let reply = server.get(&cookie, path);
        assert_eq!(reply.status, 404, "{path}");
        assert!(!reply.body.contains("not served"), "{path}");
    }
    let reply = server.post(&cookie, "/a/..%2fsecret.toml/proposal", &[("title", "x")]);
    assert_eq!(reply.status, 404);
}

#[test]
fn every_answer_has_the_security_headers_and_no_cors() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    for path in [
        "/",
        "/a/bill.toml",
        "/a/bill.toml/scorecard",
        "/assets/style.css",
        "/nothing",
    ] {
        let reply = server.get(&cookie, path);
        let csp = reply.header("content-security-policy").unwrap_or_default();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"), "{path}");
        assert!(
            reply
                .headers
                .iter()
                .all(|(name, _)| !name.to_ascii_lowercase().starts_with("access-control-")),
            "{path}"
        );
    }
    let preflight = server.request(
        "OPTIONS",
        "/",
        &[("Cookie", &cookie), ("Origin", "http://evil.example")],
        b"",
    );
    assert!(preflight.header("access-control-allow-origin").is_none());
}

#[test]
fn oversized_bodies_are_refused() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let big = vec![b'a'; 1024 * 1024 + 10];
    let origin = format!("http://{}", server.host);
    let reply = server.request(
        "POST",
        "/a/bill.toml/proposal",
        &[
            ("Cookie", &cookie),
            ("Origin", &origin),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        &big,
    );
    assert_eq!(reply.status, 413);
}

#[test]
fn an_upload_over_its_limit_is_refused_and_the_file_is_unchanged() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let before = env.read("site/bill.toml");
    let cookie = server.login();
    let origin = format!("http://{}", server.host);
    // A CSV of 16 MiB and a little more, as a browser's form upload sends it.
    let mut body = b"--XyZ\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"s.csv\"\r\n\r\n".to_vec();
    body.resize(16 * 1024 * 1024 + 10, b'a');
    body.extend_from_slice(b"\r\n--XyZ--\r\n");
    let reply = server.request(
        "POST",
        "/a/bill.toml/ledger/import",
        &[
            ("Cookie", &cookie),
            ("Origin", &origin),
            ("Content-Type", "multipart/form-data; boundary=XyZ"),
        ],
        &body,
    );
    assert_eq!(reply.status, 413, "{}", reply.body);
    assert_eq!(env.read("site/bill.toml"), before);
}

#[test]
fn the_brief_downloads_in_every_format_with_its_type_and_name() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    for (extension, kind, start) in [
        ("md", "text/markdown", "# "),
        ("html", "text/html", "<!DOCTYPE html>"),
        ("docx", word, "PK\u{3}\u{4}"),
        ("pdf", "application/pdf", "%PDF-"),
    ] {
        let reply = server.get(&cookie, &format!("/a/bill.toml/brief.{extension}"));
        assert_eq!(reply.status, 200, "{extension}: {}", reply.body);
        assert!(
            reply.header("content-type").unwrap_or_default().starts_with(kind),
            "{extension}"
        );
        let disposition = reply.header("content-disposition").unwrap_or_default();
        assert!(disposition.contains(&format!("bill.{extension}")), "{disposition}");
        // A large body comes in chunks, where the document starts after the first chunk's size
        // line; a small one (tiny_http's threshold is 32 kB) as it is.
        let chunked = reply
            .header("transfer-encoding")
            .is_some_and(|encoding| encoding.contains("chunked"));
        let body = if chunked {
            reply.body.split_once("\r\n").map_or("", |(_, body)| body)
        } else {
            reply.body.as_str()
        };
        assert!(
            body.starts_with(start),
            "{extension}: {:?}",
            &reply.body[..20.min(reply.body.len())]
        );
    }
    let markdown = server.get(&cookie, "/a/bill.toml/brief.md").body;
    assert!(markdown.contains("## Recommendations"), "{markdown}");
    assert!(!env.path("site/bill.md").exists(), "a download writes no file");
}

#[test]
fn a_script_in_a_rationale_comes_back_as_text_in_the_page_and_the_brief() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let reply = answer_participation(
        &server,
        &cookie,
        &[
            ("choice", "level-2"),
            ("finding", "<img src=x onerror=alert(2)>"),
            ("rationale", "<script>alert(1)</script>"),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let saved = env.read("site/bill.toml");
    assert!(saved.contains("<script>alert(1)</script>"), "{saved}");
    let page = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    assert!(page.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"), "{page}");
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<img src=x"));
    let html = server.get(&cookie, "/a/bill.toml/brief.html");
    assert_eq!(html.status, 200);
    assert!(
        html.header("content-disposition")
            .unwrap_or_default()
            .contains("attachment")
    );
    assert!(html.body.contains("&lt;script&gt;"), "the HTML brief escapes it");
    assert!(!html.body.contains("<script>alert"));
    assert!(!html.body.contains("<img src=x"));
}

#[test]
fn two_tabs_answering_different_questions_lose_nothing_and_the_same_question_is_not_overwritten() {
    let env = TestEnv::new();
    let text = format!("# Our chapter's notes stay.\n{}", assessment(""));
    let server = Server::start(&folder_with(&env, "bill.toml", &text));
    let cookie = server.login();
    // Both pages are opened before either is saved.
    let first = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    let second = server.get(&cookie, "/a/bill.toml/q/openness/consultation-timing").body;
    let again = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    let save = |question: &str, page: &str, level: &str, rationale: &str| {
        server.post(
            &cookie,
            &format!("/a/bill.toml/q/openness/{question}"),
            &[
                ("csrf", &field(page, "csrf")),
                ("base", &field(page, "base")),
                ("choice", level),
                ("rationale", rationale),
            ],
        )
    };
    assert_eq!(save("participation", &first, "level-3", "First tab.").status, 303);
    assert_eq!(
        save("consultation-timing", &second, "level-2", "Second tab.").status,
        303
    );
    let saved = env.read("site/bill.toml");
    assert!(saved.starts_with("# Our chapter's notes stay.\n"), "{saved}");
    assert!(saved.contains("First tab.") && saved.contains("Second tab."), "{saved}");
    // A third tab opened before the first saved: it is told, and the first answer stays.
    let stale = save("participation", &again, "level-0", "Stale tab.");
    assert_eq!(stale.status, 422);
    assert!(
        stale.body.contains("changed in the file since this page was opened"),
        "{}",
        stale.body
    );
    assert!(stale.body.contains("Stale tab."), "what was typed is kept in the form");
    // And the answer saved since is shown beside it, so that keeping one is a choice.
    assert!(
        stale.body.contains("<th scope=\"row\">Your answer</th><td class=\"lines\">3 – ")
            && stale.body.contains(
                "<th scope=\"row\">Why this answer?</th><td class=\"lines\">First tab.</td><td class=\"lines\">Stale tab.</td>"
            ),
        "{}",
        stale.body
    );
    assert!(!env.read("site/bill.toml").contains("Stale tab."));
    // Sent again from that page, it is saved over the other.
    assert_eq!(save("participation", &stale.body, "level-1", "Stale tab.").status, 303);
    assert!(env.read("site/bill.toml").contains("Stale tab."));
}

/// A server on an empty folder where "Test Bill" was just started from the start page, as
/// `test-bill.toml`: the server, the session cookie and the CSRF token.
fn new_test_bill(env: &TestEnv) -> (Server, String, String) {
    std::fs::create_dir_all(env.path("site")).unwrap();
    let server = Server::start(&env.path("site"));
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/");
    let created = server.post(
        &cookie,
        "/new",
        &[("csrf", &csrf), ("title", "Test Bill"), ("file", "")],
    );
    assert_eq!(created.status, 303, "{}", created.body);
    assert_eq!(created.header("location"), Some("/a/test-bill.toml"));
    (server, cookie, csrf)
}

/// A new assessment's form with two problems says both at once, and keeps what was typed.
#[test]
fn a_new_assessment_form_says_every_problem_at_once() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("site")).unwrap();
    let server = Server::start(&env.path("site"));
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/");
    let refused = server.post(&cookie, "/new", &[("csrf", &csrf), ("title", ""), ("file", "my law")]);
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains(
            "<li class=\"lines\">Give the proposal a title.</li><li class=\"lines\">A file name may hold letters, \
             digits, dots, dashes and underscores only (no folders), and must not start with a dot.</li>"
        ),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("value=\"my law\""), "{}", refused.body);
    assert_eq!(
        std::fs::read_dir(env.path("site")).unwrap().count(),
        0,
        "nothing is created"
    );
}

#[test]
fn screening_with_nothing_ticked_asks_first_and_a_red_flag_needs_a_reason() {
    let env = TestEnv::new();
    let (server, cookie, csrf) = new_test_bill(&env);
    let nothing = server.post(&cookie, "/a/test-bill.toml/screening", &[("csrf", &csrf)]);
    assert_eq!(nothing.status, 422);
    assert!(nothing.body.contains("You ticked no area"));
    // The form is sent to its own section, so the page comes back where the warning is, not at
    // the top of the proposal's form.
    assert!(
        nothing.body.contains("/a/test-bill.toml/screening#screening\">"),
        "{}",
        nothing.body
    );
    assert!(!env.read("site/test-bill.toml").contains("screened-out"));
    let screened = server.post(
        &cookie,
        "/a/test-bill.toml/screening",
        &[("csrf", &csrf), ("area", "openness.surveillance")],
    );
    assert_eq!(screened.status, 303, "{}", screened.body);
    let saved = env.read("site/test-bill.toml");
    assert!(saved.contains("status = \"screened-out\""), "{saved}");
    let page = server.get(&cookie, "/a/test-bill.toml/q/openness/surveillance").body;
    let flagged = server.post(
        &cookie,
        "/a/test-bill.toml/q/openness/surveillance",
        &[("csrf", &csrf), ("base", &field(&page, "base")), ("choice", "level-0")],
    );
    assert_eq!(flagged.status, 422, "{}", flagged.body);
    assert!(flagged.body.contains("raises a red flag"));
    let _ = repo("Cargo.toml");
}

/// A page's text with the entities tera writes for `'` and `/` turned back.
fn unescaped(page: &str) -> String {
    page.replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&")
}

/// The `<h1>` of a page.
fn heading(page: &str) -> &str {
    page.split("<h1>")
        .nth(1)
        .and_then(|rest| rest.split("</h1>").next())
        .unwrap_or_default()
}

#[test]
fn a_page_in_french_has_french_words_and_the_rubric_in_french() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let before = env.read("site/bill.toml");
    let (server, _) = Server::start_with(&dir, &["--lang", "fr"], &[]);
    let cookie = server.login();
    let mut home = server.get(&cookie, "/");
    home.body = unescaped(&home.body);
    assert!(home.body.contains("<html lang=\"fr\">"), "{}", home.body);
    assert!(home.body.contains("Évaluations d’impact"), "{}", home.body);
    assert!(home.body.contains("Commencer une nouvelle évaluation"));
    assert!(!home.body.contains("Start a new assessment"));
    let page = server.get(&cookie, "/a/bill.toml");
    assert!(page.body.contains("Enregistrer la proposition"), "{}", page.body);
    assert!(page.body.contains("Tri préalable"), "{}", page.body);
    let french = server.get(&cookie, "/a/bill.toml/q/openness/surveillance");
    assert_eq!(french.status, 200, "{}", french.body);
    assert!(french.body.contains("Votre réponse"));
    let mut scorecard = server.get(&cookie, "/a/bill.toml/scorecard");
    scorecard.body = unescaped(&scorecard.body);
    assert!(scorecard.body.contains("Tableau de résultats"), "{}", scorecard.body);
    assert!(scorecard.body.contains("Effet sur l’Internet"), "{}", scorecard.body);
    assert!(scorecard.body.contains("en français"), "{}", scorecard.body);
    // The question's own text comes from the French rubric.
    let english_cookie = format!("{cookie}; impact_brief_lang=en");
    let english = server.get(&english_cookie, "/a/bill.toml/q/openness/surveillance");
    assert!(english.body.contains("<html lang=\"en-GB\">"));
    assert_ne!(heading(&french.body), heading(&english.body));
    // A download takes the page's language when the file names none, and the file is not written.
    let brief = server.get(&cookie, "/a/bill.toml/brief.html");
    assert_eq!(brief.status, 200);
    assert!(brief.body.contains("lang=\"fr"), "the brief is in French");
    assert_eq!(
        env.read("site/bill.toml"),
        before,
        "the file is never written by a page"
    );
}

#[test]
fn the_language_switcher_remembers_the_choice_behind_the_session() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let server = Server::start(&dir);
    let cookie = server.login();
    let mut page = server.get(&cookie, "/a/bill.toml/ledger");
    page.body = unescaped(&page.body);
    assert!(page.body.contains("<html lang=\"en-GB\">"));
    for (code, tag) in [("fr", "fr"), ("es", "es"), ("pt", "pt-BR")] {
        assert!(
            page.body.contains(&format!(
                "href=\"{}/a/bill.toml/ledger?lang={code}\" lang=\"{tag}\"",
                server.root
            )),
            "a switcher link to {code}"
        );
    }
    // Without the session, the switcher is refused like every other page.
    assert_eq!(server.request("GET", "/?lang=es", &[], b"").status, 403);
    let switch = server.get(&cookie, "/a/bill.toml/ledger?lang=es&imported=1");
    assert_eq!(switch.status, 303);
    assert_eq!(switch.header("location"), Some("/a/bill.toml/ledger?imported=1"));
    let chosen = switch.header("set-cookie").expect("the choice is remembered");
    assert!(chosen.starts_with("impact_brief_lang=es;"), "{chosen}");
    assert!(
        chosen.contains("SameSite=Strict") && chosen.contains("HttpOnly"),
        "{chosen}"
    );
    let both = format!("{cookie}; {}", chosen.split(';').next().unwrap());
    let spanish = server.get(&both, "/a/bill.toml/ledger");
    assert!(spanish.body.contains("<html lang=\"es\">"), "{}", spanish.body);
    assert!(spanish.body.contains("Registro de la consulta"));
    assert!(
        spanish.body.contains("Sociedad civil"),
        "the vocabulary is translated too"
    );
    // Forms still need the Origin and the CSRF token, in every language.
    let csrf = server.csrf(&both, "/a/bill.toml");
    let refused = server.request(
        "POST",
        "/a/bill.toml/proposal",
        &[
            ("Cookie", &both),
            ("Origin", "http://evil.example"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        format!("csrf={csrf}&title=Hijacked&base=x").as_bytes(),
    );
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("Acceso denegado"), "{}", refused.body);
    // An unknown language changes nothing; a switch never leads to another site.
    let unknown = server.get(&cookie, "/?lang=xx");
    assert_eq!(unknown.status, 303);
    assert!(unknown.header("set-cookie").is_none());
    let away = server.get(&cookie, "//evil.example/?lang=fr");
    assert_eq!(away.header("location"), Some("/"));
}

#[test]
fn the_language_follows_the_locale_and_a_file_keeps_its_own() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    env.write(
        "site/spanish.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"Proyecto\"\n\n[assessment]\nlanguage = \"es\"\n",
    );
    let (server, note) = Server::start_with(&dir, &[], &[("LANG", "pt_BR.UTF-8")]);
    assert!(!note.starts_with("note:"), "{note}");
    // What it says in the terminal is in the locale's language too.
    assert!(
        note.starts_with("As avaliações de ") && note.contains("disponíveis apenas neste computador"),
        "{note}"
    );
    let cookie = server.login();
    let home = server.get(&cookie, "/");
    assert!(home.body.contains("<html lang=\"pt-BR\">"), "{}", home.body);
    assert!(home.body.contains("Avaliações de impacto"));
    // The file names Spanish: its brief is in Spanish whatever the page's language.
    let scorecard = server.get(&cookie, "/a/spanish.toml/scorecard");
    assert!(scorecard.body.contains("em espanhol"), "{}", scorecard.body);
    let brief = server.get(&cookie, "/a/spanish.toml/brief.html");
    assert!(brief.body.contains("lang=\"es"), "the brief is in Spanish");
    drop(server);
    let (server, note) = Server::start_with(&dir, &[], &[("LANG", "de_DE.UTF-8")]);
    assert!(
        note.starts_with("note:") && note.contains("de_DE.UTF-8") && note.contains("English"),
        "{note}"
    );
    let cookie = server.login();
    assert!(server.get(&cookie, "/").body.contains("<html lang=\"en-GB\">"));
}

#[test]
fn a_choice_no_list_offers_is_refused_not_saved_as_not_said() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let before = env.read("site/bill.toml");
    let page = server.get(&cookie, "/a/bill.toml").body;
    let reply = server.post(
        &cookie,
        "/a/bill.toml/proposal",
        &[
            ("csrf", &field(&page, "csrf")),
            ("base", &field(&page, "base")),
            ("title", "A Bill"),
            ("stage", "passed"),
            ("group", "ngo"),
        ],
    );
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(
        reply
            .body
            .contains("How far has it come?: choose one of the options listed."),
        "{}",
        reply.body
    );
    assert!(
        reply
            .body
            .contains("Which stakeholder group do you speak for?: choose one of the options listed.")
    );
    assert_eq!(env.read("site/bill.toml"), before, "nothing was saved");
    // The same form with a stage the list offers is saved.
    let reply = server.post(
        &cookie,
        "/a/bill.toml/proposal",
        &[
            ("csrf", &field(&page, "csrf")),
            ("base", &field(&page, "base")),
            ("title", "A Bill"),
            ("stage", "adopted"),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert!(env.read("site/bill.toml").contains("stage = \"adopted\""));
}

/// The form's box for "we drafted or proposed this text" writes `drafter = true`, shows it
/// ticked, and unticked removes it.
#[test]
fn the_drafter_box_is_saved_and_shown() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml").body;
    assert!(page.contains("We drafted or proposed this text"), "{page}");
    assert!(!page.contains(r#"name="drafter" value="yes" aria-describedby="p-drafter-help" checked"#));
    for (ticked, saved) in [(true, true), (false, false)] {
        let page = server.get(&cookie, "/a/bill.toml").body;
        let mut fields = vec![
            ("csrf", field(&page, "csrf")),
            ("base", field(&page, "base")),
            ("title", "A Bill".to_string()),
            ("group", "government".to_string()),
        ];
        if ticked {
            fields.push(("drafter", "yes".to_string()));
        }
        let fields: Vec<(&str, &str)> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let reply = server.post(&cookie, "/a/bill.toml/proposal", &fields);
        assert_eq!(reply.status, 303, "{}", reply.body);
        assert_eq!(
            env.read("site/bill.toml").contains("drafter = true"),
            saved,
            "ticked: {ticked}"
        );
        let shown = server.get(&cookie, "/a/bill.toml").body;
        assert_eq!(
            shown.contains(r#"name="drafter" value="yes" aria-describedby="p-drafter-help" checked"#),
            saved,
            "ticked: {ticked}"
        );
    }
}

/// The box "This brief is final" writes `status = "final"`, shows it ticked, and unticked makes
/// the brief a draft again. (A save that leaves it alone merges as every field of the form does.)
#[test]
fn the_final_box_marks_the_brief_final_and_a_draft_again() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let ticked_box = r#"name="final" value="yes" aria-describedby="p-final-help" checked"#;
    let page = server.get(&cookie, "/a/bill.toml").body;
    assert!(page.contains("This brief is final"), "{page}");
    assert!(
        page.contains("Its first page then says “Final” instead of “Draft”."),
        "{page}"
    );
    assert!(!page.contains(ticked_box));
    for (ticked, status) in [(true, "final"), (false, "draft")] {
        let page = server.get(&cookie, "/a/bill.toml").body;
        let mut fields = vec![
            ("csrf", field(&page, "csrf")),
            ("base", field(&page, "base")),
            ("base-final", field(&page, "base-final")),
            ("title", "A Bill".to_string()),
        ];
        if ticked {
            fields.push(("final", "yes".to_string()));
        }
        let fields: Vec<(&str, &str)> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let reply = server.post(&cookie, "/a/bill.toml/proposal", &fields);
        assert_eq!(reply.status, 303, "{}", reply.body);
        assert!(
            env.read("site/bill.toml").contains(&format!("status = \"{status}\"")),
            "{}",
            env.read("site/bill.toml")
        );
        assert_eq!(server.get(&cookie, "/a/bill.toml").body.contains(ticked_box), ticked);
    }
    // In French.
    let (server, _) = Server::start_with(&env.path("site"), &["--lang", "fr"], &[]);
    let cookie = server.login();
    let page = unescaped(&server.get(&cookie, "/a/bill.toml").body);
    assert!(page.contains("Cette note est la version définitive"), "{page}");
}

/// An answer "not sure yet" leaves its question open, as the brief counts it: the pages never
/// say every question is answered while the brief says one is still open, and "Continue" leads
/// to it once no question is left unanswered.
#[test]
fn a_question_answered_not_sure_yet_is_still_open() {
    let env = TestEnv::new();
    // Every question of Openness answered at level 2, but encryption: not sure yet.
    let listed = env.run(&["rubric", "show", "openness"]);
    let mut answers = String::from("rubrics = [\"openness\"]\n");
    for line in listed.stdout.lines().filter(|line| line.starts_with("openness.")) {
        let id = line.split_whitespace().next().expect("id");
        let answer = if id == "openness.encryption" {
            "status = \"unknown\""
        } else {
            "level = 2\nrationale = \"Why.\""
        };
        answers.push_str(&format!("[answers.{id}]\n{answer}\n"));
    }
    let text = assessment("").replace("schema_version = 3\n", &format!("schema_version = 3\n{answers}"));
    let text = format!("{text}\n");
    let server = Server::start(&folder_with(&env, "bill.toml", &text));
    let cookie = server.login();
    let home = server.get(&cookie, "/");
    assert!(home.body.contains("1 of "), "{}", home.body);
    assert!(!home.body.contains("every question answered"), "{}", home.body);
    let page = server.get(&cookie, "/a/bill.toml");
    assert!(page.body.contains("One question left."), "{}", page.body);
    assert!(!page.body.contains("Every question has an answer"), "{}", page.body);
    assert!(
        page.body
            .contains("&#x2F;a&#x2F;bill.toml&#x2F;q&#x2F;openness&#x2F;encryption\">Continue"),
        "{}",
        page.body
    );
    let scorecard = server.get(&cookie, "/a/bill.toml/scorecard");
    assert!(
        scorecard
            .body
            .contains("One question is still open: the verdicts may change."),
        "{}",
        scorecard.body
    );
    // A process question asks what the drafters did; an effect question, what the text does.
    let process = server.get(&cookie, "/a/bill.toml/q/openness/participation");
    assert!(
        process
            .body
            .contains(">What did its drafters do on this point?</label>"),
        "{}",
        process.body
    );
    let effect = server.get(&cookie, "/a/bill.toml/q/openness/encryption");
    assert!(
        effect.body.contains(">What does the proposal do here?</label>"),
        "{}",
        effect.body
    );
}

/// "Put this finding first" on a question's page sets `lead` on that answer and takes it off any
/// other, so that one finding leads page 1; left as it was, it keeps what the file says.
#[test]
fn the_finding_to_put_first_is_ticked_on_its_page_and_only_one_leads() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(
        &env,
        "bill.toml",
        &assessment(&format!(
            "{RIGHT_LAYER}[answers.openness.encryption]\nlevel = 1\nrationale = \"Scans.\"\nlead = true\n"
        )),
    ));
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml/q/openness/participation");
    assert!(
        page.body.contains(">Put this finding first on page 1</label>"),
        "{}",
        page.body
    );
    // Saved without touching it: encryption keeps the lead.
    let saved = answer_participation(&server, &cookie, &[("choice", "level-3"), ("rationale", "Open.")]);
    assert_eq!(saved.status, 303, "{}", saved.body);
    let file = env.read("site/bill.toml");
    assert!(file.contains("rationale = \"Scans.\"\nlead = true"), "{file}");
    // Ticked here: participation leads, and encryption no longer does.
    let saved = answer_participation(
        &server,
        &cookie,
        &[("choice", "level-3"), ("rationale", "Open."), ("lead", "on")],
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    let file = env.read("site/bill.toml");
    assert_eq!(file.matches("lead = true").count(), 1, "{file}");
    let participation = file
        .split("[answers.openness.participation]")
        .nth(1)
        .expect("participation");
    assert!(
        participation
            .split("[answers")
            .next()
            .is_some_and(|table| table.contains("lead = true")),
        "{file}"
    );
    let page = server.get(&cookie, "/a/bill.toml/q/openness/participation");
    assert!(
        page.body
            .contains("name=\"lead\" type=\"checkbox\" value=\"on\" checked"),
        "{}",
        page.body
    );
}

#[test]
fn a_title_in_any_language_starts_an_assessment_and_a_name_taken_gets_a_number() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("site")).unwrap();
    let server = Server::start(&env.path("site"));
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/");
    for (title, file) in [
        ("Loi sur la sécurité numérique", "/a/loi-sur-la-securite-numerique.toml"),
        (
            "Loi sur la sécurité numérique",
            "/a/loi-sur-la-securite-numerique-2.toml",
        ),
        ("Projeto de Lei nº 2630", "/a/projeto-de-lei-no-2630.toml"),
        ("Закон о связи", "/a/assessment.toml"),
        // A title that would name a file Windows keeps for a device.
        ("Aux", "/a/aux-assessment.toml"),
    ] {
        let created = server.post(&cookie, "/new", &[("csrf", &csrf), ("title", title), ("file", "")]);
        assert_eq!(created.status, 303, "{title}: {}", created.body);
        assert_eq!(created.header("location"), Some(file), "{title}");
        let page = server.get(&cookie, file);
        assert_eq!(page.status, 200, "{file} opens");
    }
    assert!(env.read("site/assessment.toml").contains("title = \"Закон о связи\""));
}

#[test]
fn a_text_longer_than_a_brief_takes_is_refused_with_the_form_kept_and_the_file_still_opens() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let before = env.read("site/bill.toml");
    let page = server.get(&cookie, "/a/bill.toml").body;
    // The proposal's form, sent with a title and one field more.
    let send = |name: &str, value: &str| {
        server.post(
            &cookie,
            "/a/bill.toml/proposal",
            &[
                ("csrf", &field(&page, "csrf")),
                ("base", &field(&page, "base")),
                ("title", "A Bill"),
                (name, value),
            ],
        )
    };
    let summary = "word ".repeat(5_000);
    let reply = send("summary", &summary);
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(
        reply.body.contains(
            "The text of “Summary: what does the proposal do?” is 24,999 characters long; a brief takes at most 20,000."
        ),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("word word word"),
        "what was typed is kept in the form"
    );
    assert_eq!(env.read("site/bill.toml"), before, "nothing was saved");
    assert_eq!(server.get(&cookie, "/a/bill.toml").status, 200, "the file still opens");
    // The same for a line of page 1's table.
    let reply = send("reference", &"R".repeat(501));
    assert_eq!(reply.status, 422, "{}", reply.body);
    let assessor = send("assessors", &format!("A. Analyst\n{}", "N".repeat(501)));
    assert_eq!(assessor.status, 422, "{}", assessor.body);
    assert!(
        assessor
            .body
            .contains("“Your name and organisation” is 501 characters long; a brief takes at most 500."),
        "{}",
        assessor.body
    );
    assert!(
        assessor.body.contains("A. Analyst"),
        "what was typed is kept in the form"
    );
    assert!(
        reply
            .body
            .contains("“Official reference” is 501 characters long; a brief takes at most 500."),
        "{}",
        reply.body
    );
    assert_eq!(env.read("site/bill.toml"), before, "nothing was saved");
    // The same for an answer's finding.
    let finding = "x".repeat(5_001);
    let reply = answer_participation(&server, &cookie, &[("choice", "level-2"), ("finding", &finding)]);
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(reply.body.contains("a brief takes at most 5,000"), "{}", reply.body);
    assert_eq!(env.read("site/bill.toml"), before);
}

#[test]
fn a_submission_added_in_the_browser_has_no_reason_unless_one_is_chosen() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    let select = page
        .split("<select id=\"s-reason\" name=\"reason\">")
        .nth(1)
        .expect("the reason list");
    assert!(
        select.starts_with("<option value=\"\" selected>— none given, or not rejected —</option>"),
        "{select}"
    );
}

#[test]
fn an_imported_ledgers_problems_name_the_file_as_uploaded() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let before = env.read("site/bill.toml");
    let csrf = server.csrf(&cookie, "/a/bill.toml/ledger");
    let origin = format!("http://{}", server.host);
    let body = format!(
        "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --XyZ\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"my ledger.csv\"\r\nContent-Type: text/csv\r\n\r\n\
         id,group,disposition\r\nS-1,ngo,accepted\r\n\r\n--XyZ--\r\n"
    );
    let reply = server.request(
        "POST",
        "/a/bill.toml/ledger/import",
        &[
            ("Cookie", &cookie),
            ("Origin", &origin),
            ("Content-Type", "multipart/form-data; boundary=XyZ"),
        ],
        body.as_bytes(),
    );
    assert!(
        reply.body.contains("my ledger.csv:2:5: error: unknown group `ngo`"),
        "{}",
        reply.body
    );
    assert!(!reply.body.contains("bill-submissions.csv"), "{}", reply.body);
    assert_eq!(env.read("site/bill.toml"), before, "nothing was imported");
}

#[test]
fn a_text_areas_line_breaks_are_saved_as_a_text_file_has_them() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let reply = answer_participation(
        &server,
        &cookie,
        &[("choice", "level-2"), ("rationale", "Art. 7.\r\n\r\nArt. 8.")],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let saved = env.read("site/bill.toml");
    assert!(!saved.contains("\\r"), "{saved}");
    assert!(saved.contains("Art. 7.\n\nArt. 8."), "{saved}");
}

#[test]
fn a_new_assessment_sent_twice_opens_the_first_and_never_removes_a_file() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/");
    let form = [("csrf", csrf.as_str()), ("title", "Dup"), ("file", "dup")];
    let first = server.post(&cookie, "/new", &form);
    assert_eq!(first.status, 303, "{}", first.body);
    let made = env.read("site/dup.toml");
    // A double click: the second request opens what the first made.
    let second = server.post(&cookie, "/new", &form);
    assert_eq!(second.status, 303, "{}", second.body);
    assert_eq!(second.header("location"), Some("/a/dup.toml"));
    assert_eq!(env.read("site/dup.toml"), made);
    // A file of that name with other content is refused, and left as it is.
    let before = env.read("site/bill.toml");
    let taken = server.post(
        &cookie,
        "/new",
        &[("csrf", &csrf), ("title", "Other"), ("file", "bill")],
    );
    assert_eq!(taken.status, 422, "{}", taken.body);
    assert!(taken.body.contains("bill.toml exists already"), "{}", taken.body);
    assert_eq!(env.read("site/bill.toml"), before);
}

/// A blank file in the folder (a file manager's "New text document") is listed as one to start,
/// not as broken, and the start form writes the assessment in it; a file saved as UTF-16 says so,
/// as `check` does, rather than the system's "stream did not contain valid UTF-8"; and the
/// command a problem page suggests runs from where `serve` was started.
#[test]
fn a_blank_file_is_started_and_a_file_in_another_encoding_says_so() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    std::fs::write(env.path("site/blank.toml"), b"").expect("blank");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(assessment("").encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(env.path("site/notepad.toml"), utf16).expect("UTF-16");
    let server = Server::start(&dir);
    let cookie = server.login();
    let home = server.get(&cookie, "/").body;
    assert!(home.contains("empty: start it with the form below"), "{home}");
    let page = server.get(&cookie, "/a/blank.toml");
    assert_eq!(page.status, 422);
    assert!(
        page.body.contains("blank.toml is empty. Start an assessment in it"),
        "{}",
        page.body
    );
    let notepad = server.get(&cookie, "/a/notepad.toml").body;
    assert!(notepad.contains("UTF-16"), "{notepad}");
    assert!(!notepad.contains("valid UTF-8"), "{notepad}");
    // The page escapes "/" as HTML allows.
    let site = env
        .path("site/notepad.toml")
        .display()
        .to_string()
        .replace('/', "&#x2F;");
    assert!(notepad.contains(&format!("impact-brief check {site}")), "{notepad}");
    let csrf = server.csrf(&cookie, "/");
    let created = server.post(
        &cookie,
        "/new",
        &[("csrf", &csrf), ("title", "Blank Bill"), ("file", "blank")],
    );
    assert_eq!(created.status, 303, "{}", created.body);
    assert!(env.read("site/blank.toml").contains("title = \"Blank Bill\""));
}

/// The main menu marks the page it is on; the ledger marks its required fields in words, and a
/// refused id as invalid; the start form says which file names it takes.
#[test]
fn the_current_page_required_fields_and_a_refused_id_are_marked() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let home = server.get(&cookie, "/").body;
    assert!(home.contains("aria-current=\"page\">All assessments</a>"), "{home}");
    assert!(
        home.contains("Letters A to Z, digits, “.”, “_” and “-” only: no spaces or accents."),
        "{home}"
    );
    let ledger = server.get(&cookie, "/a/bill.toml/ledger").body;
    assert!(
        ledger.contains("aria-current=\"page\">Consultation ledger</a>"),
        "{ledger}"
    );
    assert!(!ledger.contains("aria-current=\"page\">All assessments"), "{ledger}");
    assert_eq!(
        ledger.matches("<span class=\"req\">(required)</span>").count(),
        4,
        "{ledger}"
    );
    let add = |id: &str| {
        let csrf = server.csrf(&cookie, "/a/bill.toml/ledger");
        server.post(
            &cookie,
            "/a/bill.toml/ledger/add",
            &[
                ("csrf", &csrf),
                ("id", id),
                ("group", "academia"),
                ("disposition", "accepted"),
            ],
        )
    };
    assert!(add("S-01").status < 400);
    let refused = add("S-01");
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("aria-invalid=\"true\" aria-describedby=\"ledger-message\">"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("data-refused tabindex=\"-1\" autofocus"),
        "{}",
        refused.body
    );
}

/// A page in another language than the file's text marks that text with its language (the
/// title, the fields that hold the assessors' words), as the briefs do; a page in the file's own
/// language marks nothing.
#[test]
fn the_files_own_text_is_marked_with_its_language_on_a_page_in_another() {
    let env = TestEnv::new();
    let dir = folder_with(
        &env,
        "bill.toml",
        &assessment(
            "[answers.openness.encryption]\nlevel = 0\nfinding = \"It orders scanning inside encrypted chats.\"\nrationale = \"Section 9.\"\n\n[answers.openness.reachability]\nlevel = 1\n",
        ),
    );
    let (server, _) = Server::start_with(&dir, &["--lang", "fr"], &[]);
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml").body;
    assert!(page.contains("<h1 lang=\"en-GB\">Test Bill</h1>"), "{page}");
    // On the scorecard, a concern in the assessors' words carries their language; one named by
    // its area, from the French rubric, does not.
    let scorecard = server.get(&cookie, "/a/bill.toml/scorecard").body;
    assert!(
        scorecard.contains("<span lang=\"en-GB\">It orders scanning inside encrypted chats.</span>"),
        "{scorecard}"
    );
    assert!(
        scorecard.contains("<li>Blocage de sites web ou coupure de l’Internet <span class=\"muted\">"),
        "{scorecard}"
    );
    // So does a brief downloaded from the French page, in French.
    let brief = server.get(&cookie, "/a/bill.toml/brief.html").body;
    assert!(brief.contains("<html lang=\"fr\""), "{brief}");
    assert!(brief.contains("lang=\"en-GB\">Test Bill<"), "{brief}");
    assert!(page.contains("id=\"p-title\" lang=\"en-GB\""), "{page}");
    let question = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    for field in ["finding", "provisions", "rationale", "evidence"] {
        assert!(
            question.contains(&format!("id=\"{field}\" name=\"{field}\" lang=\"en-GB\"")),
            "{field}: {question}"
        );
    }
    // An assessment started on a French page is written in French: its own text is not marked.
    let csrf = server.csrf(&cookie, "/");
    let created = server.post(
        &cookie,
        "/new",
        &[("csrf", &csrf), ("title", "Projet de loi"), ("file", "projet")],
    );
    assert_eq!(created.status, 303, "{}", created.body);
    assert!(env.read("site/projet.toml").contains("language = \"fr\""));
    let page = server.get(&cookie, "/a/projet.toml").body;
    assert!(page.contains("<h1>Projet de loi</h1>"), "{page}");
    let (server, _) = Server::start_with(&dir, &["--lang", "en"], &[]);
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml").body;
    assert!(
        page.contains("<h1>Test Bill</h1>") && !page.contains(" lang=\"en-GB\">Test Bill"),
        "{page}"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_never_rewritten() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/");
    let path = env.path("site/bill.toml");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = env.read("site/bill.toml");
    let page = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    let saved = server.post(
        &cookie,
        "/a/bill.toml/q/openness/participation",
        &[("csrf", &csrf), ("base", &field(&page, "base")), ("choice", "level-2")],
    );
    assert_eq!(saved.status, 409, "{}", saved.body);
    assert!(
        saved.body.contains("bill.toml is read-only, so it is not changed"),
        "{}",
        saved.body
    );
    assert_eq!(env.read("site/bill.toml"), before);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
}

#[test]
fn files_the_page_cannot_open_are_named_with_what_to_do() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    env.write("site/Loi sécurité.toml", assessment(""));
    env.write("site/loi-securite.toml", assessment(""));
    std::fs::create_dir_all(env.path("site/drafts.toml")).expect("a folder named like a file");
    #[cfg(unix)]
    std::os::unix::fs::symlink(env.path("secret.toml"), env.path("site/link.toml")).expect("link");
    let server = Server::start(&dir);
    let cookie = server.login();
    let home = server.get(&cookie, "/").body.replace("&#x27;", "'");
    assert!(home.contains("Not opened here"), "{home}");
    assert!(
        home.contains("Loi sécurité.toml: this page opens only names made of unaccented letters, digits, - and _. Rename it, for example to loi-securite-2.toml"),
        "{home}"
    );
    #[cfg(unix)]
    assert!(
        home.contains("link.toml: a link, which could lead out of this folder"),
        "{home}"
    );
    assert!(home.contains("/a/bill.toml"));
    assert!(!home.contains("drafts.toml"), "a folder is no assessment: {home}");
}

#[test]
fn consultation_dates_from_a_stale_page_are_refused_and_what_was_typed_is_kept() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let stale = server.get(&cookie, "/a/bill.toml/ledger").body;
    let fresh = server.get(&cookie, "/a/bill.toml/ledger").body;
    let dates = |page: &str, opened: &str, closed: &str| post_dates(&server, &cookie, page, [opened, closed, ""]);
    assert_eq!(dates(&fresh, "2026-01-10", "2026-02-10").status, 303);
    let refused = dates(&stale, "2026-01-11", "");
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("The dates were changed elsewhere"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("value=\"2026-01-11\""),
        "what was typed is shown again"
    );
    assert!(
        refused
            .body
            .contains("Saved in the file now:\nWhen did it open? 2026-01-10\n"),
        "and what was saved since: {}",
        refused.body
    );
    let saved = env.read("site/bill.toml");
    assert!(
        saved.contains("opened = 2026-01-10") && saved.contains("closed = 2026-02-10"),
        "{saved}"
    );
    // A date the calendar lacks is named by its field, in the page's language, and kept.
    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    let wrong = dates(&page, "2026-02-31", "2026-03-01");
    assert_eq!(wrong.status, 422);
    assert!(
        wrong.body.contains("When did it open? The calendar has no such day"),
        "{}",
        wrong.body
    );
    assert!(wrong.body.contains("value=\"2026-02-31\"") && wrong.body.contains("value=\"2026-03-01\""));
    // The date named is marked for screen readers, tied to the message; the other is not.
    let marked = "aria-invalid=\"true\" aria-describedby=\"ledger-message\"";
    assert!(
        wrong.body.contains(&format!("value=\"2026-02-31\" {marked}>")),
        "{}",
        wrong.body
    );
    assert!(wrong.body.contains("value=\"2026-03-01\">"), "{}", wrong.body);
    // Two dates out of order: both are marked.
    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    let crossed = dates(&page, "2026-03-01", "2026-02-01");
    assert_eq!(crossed.status, 422);
    for date in ["2026-03-01", "2026-02-01"] {
        assert!(
            crossed.body.contains(&format!("value=\"{date}\" {marked}>")),
            "{}",
            crossed.body
        );
    }
    assert!(crossed.body.contains("id=\"ledger-message\""), "{}", crossed.body);
}

#[test]
fn a_screening_sent_from_a_stale_page_says_it_was_not_saved() {
    let env = TestEnv::new();
    let (server, cookie, csrf) = new_test_bill(&env);
    let first = server.post(
        &cookie,
        "/a/test-bill.toml/screening",
        &[("csrf", &csrf), ("area", "openness.encryption")],
    );
    assert_eq!(first.status, 303);
    let saved = env.read("site/test-bill.toml");
    let stale = server.post(
        &cookie,
        "/a/test-bill.toml/screening",
        &[
            ("csrf", &csrf),
            ("area", "openness.encryption"),
            ("area", "openness.surveillance"),
        ],
    );
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert!(
        stale.body.contains("This assessment was screened already"),
        "{}",
        stale.body
    );
    assert_eq!(env.read("site/test-bill.toml"), saved);
}

#[test]
fn a_request_that_never_sends_its_body_does_not_hold_up_the_others() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    // A client that announces a body, sends three bytes of it and waits.
    let mut stalled = TcpStream::connect(&server.host).expect("connect");
    stalled
        .write_all(b"POST /new HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 100000\r\n\r\nabc")
        .expect("send");
    std::thread::sleep(Duration::from_millis(300));
    // Answered while that client still holds its connection (a page that waited for it would
    // run into the helper's read timeout and fail).
    let home = server.get(&cookie, "/");
    assert_eq!(home.status, 200);
    drop(stalled);
}

#[test]
fn a_port_in_use_is_refused_with_the_way_out() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("address").port().to_string();
    let run = env.run(&["serve", "--no-open", "--port", &port, dir.to_str().expect("utf-8")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "error: cannot listen on 127.0.0.1:{port}: another program already uses that port\n  \
             help: choose another port with --port, or leave --port out to take any free one\n"
        )
    );
    // In the language asked for; and a file given for the folder is said to be one.
    let run = env.run(&[
        "serve",
        "--no-open",
        "--lang",
        "fr",
        "--port",
        &port,
        dir.to_str().expect("utf-8"),
    ]);
    assert!(
        run.stderr.starts_with(&format!(
            "error: impossible d’écouter sur 127.0.0.1:{port}\u{a0}: un autre programme utilise déjà ce port\n"
        )),
        "{}",
        run.stderr
    );
    // Named from where it was run, it is said whole: `site/bill.toml`, as `.`, says little.
    let run = env.run(&["serve", "--no-open", "--lang", "es", "site/bill.toml"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "error: {} no es una carpeta: indique la carpeta cuyas evaluaciones servir\n",
            dir.join("bill.toml").display()
        )
    );
}

#[test]
fn an_answer_saved_again_unchanged_leaves_the_file_as_it_was_written() {
    let env = TestEnv::new();
    let text = assessment(
        "[answers.openness.participation]\nlevel = 2\nrationale = \"\"\"\nLine one of the reason,\nline two.\n\"\"\"\n\n\
         [expect]\neffect = \"harmful\"\npraised = false\n",
    );
    let server = Server::start(&folder_with(&env, "bill.toml", &text));
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    // What the browser sends back: the reason without the line break that closes its block. The
    // file names no assessors, and no empty list of them is added either.
    let saved = server.post(
        &cookie,
        "/a/bill.toml/q/openness/participation",
        &[
            ("csrf", &field(&page, "csrf")),
            ("base", &field(&page, "base")),
            ("choice", "level-2"),
            ("rationale", "Line one of the reason,\r\nline two."),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(env.read("site/bill.toml"), text);
}

/// A submission added in the browser keeps where the text takes it up (`reflected_in`), which
/// "addressed elsewhere" needs to count as a legitimate reason; before, the form had no field for
/// it and such a rejection could only count as unreasoned.
#[test]
fn a_submission_added_in_the_browser_keeps_where_the_text_addresses_it() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/a/bill.toml/ledger");
    let reply = server.post(
        &cookie,
        "/a/bill.toml/ledger/add",
        &[
            ("csrf", csrf.as_str()),
            ("id", "S-01"),
            ("group", "civil-society"),
            ("disposition", "rejected"),
            ("reason", "addressed-elsewhere"),
            ("reason_text", "Covered by the fraud duties."),
            ("reflected_in", "cl. 9"),
        ],
    );
    assert!(reply.status < 400, "{} {}", reply.status, reply.body);
    let saved = env.read("site/bill.toml");
    assert!(saved.contains("reflected_in = \"cl. 9\""), "{saved}");
    assert!(saved.contains("reason = \"addressed-elsewhere\""), "{saved}");
    // A merged submission that names an id the ledger lacks is refused with that id named; one
    // that names none is told to name one; the file is left as it was.
    let merged = |into: &str| {
        let csrf = server.csrf(&cookie, "/a/bill.toml/ledger");
        server.post(
            &cookie,
            "/a/bill.toml/ledger/add",
            &[
                ("csrf", csrf.as_str()),
                ("id", "S-02"),
                ("group", "academia"),
                ("disposition", "merged"),
                ("merged_into", into),
            ],
        )
    };
    let unknown = merged("S-99");
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    assert!(
        unknown.body.contains(
            "No submission in the ledger has the id “S-99”: name the earlier submission this one was answered with."
        ),
        "{}",
        unknown.body
    );
    let none = merged("");
    assert_eq!(none.status, 422, "{}", none.body);
    assert!(
        none.body
            .contains("A merged submission names the earlier submission it was answered with (its id)."),
        "{}",
        none.body
    );
    assert_eq!(env.read("site/bill.toml"), saved);
    assert!(merged("S-01").status < 400);
    assert!(env.read("site/bill.toml").contains("merged_into = \"S-01\""));
}

/// Guidance that points to another question names it as the page names questions, by its area
/// and its place, never by an id the reader has not seen.
#[test]
fn guidance_names_the_questions_it_points_to() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml/q/openness/easy-access").body;
    assert!(
        page.contains("under “Central gateways and single points of control” (Openness, question 8);"),
        "{page}"
    );
    assert!(!page.contains("central-dependency</em>"), "{page}");
}

/// A submission refused for its id comes back as typed, in the page's words; dates out of
/// order are refused in words, with the dates as typed, and the file is left as it was (before,
/// both gave an English diagnostic and the submission typed was lost).
#[test]
fn a_refused_submission_or_dates_out_of_order_keep_what_was_typed() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let add = |id: &str| {
        let csrf = server.csrf(&cookie, "/a/bill.toml/ledger");
        server.post(
            &cookie,
            "/a/bill.toml/ledger/add",
            &[
                ("csrf", csrf.as_str()),
                ("id", id),
                ("submitter", "Chapter of Atlantis"),
                ("group", "technical-community"),
                ("provision", "cl. 4"),
                ("asked", "Drop the licence."),
                ("disposition", "rejected"),
                ("reason", "disproportionate-cost"),
                ("reason_text", "Too costly."),
                ("reflected_in", ""),
            ],
        )
    };
    assert!(add("S-01").status < 400);
    let before = env.read("site/bill.toml");
    let refused = add("S-01");
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("Cannot use the id “S-01”: another submission already has it. Choose another."),
        "{}",
        refused.body
    );
    for kept in [
        "value=\"Chapter of Atlantis\"",
        "value=\"cl. 4\"",
        "value=\"Drop the licence.\"",
        "value=\"Too costly.\"",
        "<option value=\"technical-community\" selected>",
        "<option value=\"rejected\" selected>",
        "<option value=\"disproportionate-cost\" selected>",
    ] {
        assert!(refused.body.contains(kept), "{kept} not kept: {}", refused.body);
    }
    assert_eq!(env.read("site/bill.toml"), before);

    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    let dates = post_dates(&server, &cookie, &page, ["2026-03-01", "2026-02-01", ""]);
    assert_eq!(dates.status, 422, "{}", dates.body);
    assert!(
        dates
            .body
            .contains("The consultation cannot close (2026-02-01) before it opened (2026-03-01). Check both dates."),
        "{}",
        dates.body
    );
    assert!(dates.body.contains("value=\"2026-03-01\""), "{}", dates.body);
    assert_eq!(env.read("site/bill.toml"), before);
}

/// The ledger page's suggested levels are in the page's language, as the rest of the page is.
#[test]
fn the_ledger_suggestions_speak_the_pages_language() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let (server, _) = Server::start_with(&dir, &[], &[("LANG", "fr_FR.UTF-8")]);
    let cookie = server.login();
    let csrf = server.csrf(&cookie, "/a/bill.toml/ledger");
    let reply = server.post(
        &cookie,
        "/a/bill.toml/ledger/add",
        &[
            ("csrf", csrf.as_str()),
            ("id", "S-01"),
            ("group", "civil-society"),
            ("disposition", "accepted"),
        ],
    );
    assert!(reply.status < 400, "{} {}", reply.status, reply.body);
    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    assert!(page.contains("le registre indique le niveau"), "{page}");
    // The question is named as its page names it.
    assert!(page.contains("Transparence\u{a0}: "), "{page}");
    assert!(!page.contains("transparency.feedback-loop"), "{page}");
    assert!(!page.contains("the ledger points to"), "{page}");
}

/// Without a closing date, a response dated before the opening is refused too.
#[test]
fn a_response_dated_before_the_opening_is_refused() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let before = env.read("site/bill.toml");
    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    let dates = post_dates(&server, &cookie, &page, ["2020-05-01", "", "2020-01-01"]);
    assert_eq!(dates.status, 422, "{}", dates.body);
    assert!(
        dates
            .body
            .contains("The response (2020-01-01) cannot be dated before the consultation opened (2020-05-01)."),
        "{}",
        dates.body
    );
    assert_eq!(env.read("site/bill.toml"), before);
    // And a file written so is a problem for check.
    env.write(
        "bill.toml",
        format!(
            "{}\n[consultation]\nopened = 2020-05-01\nresponded = 2020-01-01\n",
            assessment("")
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("error: the response (2020-01-01) is dated before the consultation opened (2020-05-01)"),
        "{}",
        run.stderr
    );
}

/// An effect question's page offers the other effect questions whose advice may answer it too
/// (`advice_under`), named as the pages name questions: the choice is saved, "None" clears it, a
/// file's second name survives a save that leaves the first as it was, and a name not in the list
/// is refused with the form kept.
#[test]
fn an_effect_answer_can_take_its_advice_from_another_question() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let path = "/a/bill.toml/q/openness/easy-access";
    let save = |named: &str| {
        let page = server.get(&cookie, path).body;
        let (csrf, base) = (field(&page, "csrf"), field(&page, "base"));
        server.post(
            &cookie,
            path,
            &[
                ("csrf", csrf.as_str()),
                ("base", base.as_str()),
                ("choice", "level-1"),
                ("advice_under", named),
            ],
        )
    };
    let page = server.get(&cookie, path).body;
    assert!(
        page.contains(
            "<option value=\"openness.reachability\">Openness: Blocking websites or shutting down the Internet</option>"
        ),
        "{page}"
    );
    assert!(!page.contains("<option value=\"openness.easy-access\""), "not itself");
    assert!(
        !page.contains("<option value=\"openness.participation\""),
        "no process question"
    );
    let process = server.get(&cookie, "/a/bill.toml/q/openness/participation").body;
    assert!(
        !process.contains("name=\"advice_under\""),
        "a process question has no such list"
    );

    assert!(save("openness.reachability").status < 400);
    let saved = env.read("site/bill.toml");
    assert!(saved.contains("advice_under = [\"openness.reachability\"]"), "{saved}");
    assert!(
        server
            .get(&cookie, path)
            .body
            .contains("<option value=\"openness.reachability\" selected>"),
        "the choice is shown again"
    );

    let before = env.read("site/bill.toml");
    let refused = save("openness.nothing-like-it");
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("The question named for its advice is not in the list"),
        "{}",
        refused.body
    );
    assert_eq!(env.read("site/bill.toml"), before, "nothing saved");

    // A file that names two keeps the second when the form leaves the first as it was.
    env.write(
        "site/bill.toml",
        before.replace(
            "advice_under = [\"openness.reachability\"]",
            "advice_under = [\"openness.reachability\", \"openness.central-dependency\"]",
        ),
    );
    assert!(save("openness.reachability").status < 400);
    assert!(
        env.read("site/bill.toml")
            .contains("advice_under = [\"openness.reachability\", \"openness.central-dependency\"]"),
        "{}",
        env.read("site/bill.toml")
    );
    // Changing the first keeps the second; "None" removes the first, and then the second shows.
    assert!(save("openness.encryption").status < 400);
    assert!(
        env.read("site/bill.toml")
            .contains("advice_under = [\"openness.encryption\", \"openness.central-dependency\"]"),
        "{}",
        env.read("site/bill.toml")
    );
    assert!(save("").status < 400);
    assert!(
        env.read("site/bill.toml")
            .contains("advice_under = [\"openness.central-dependency\"]"),
        "{}",
        env.read("site/bill.toml")
    );
    assert!(save("").status < 400);
    assert!(!env.read("site/bill.toml").contains("advice_under"), "None clears it");

    // A question the list does not offer, which a file may name (a process question), is shown
    // selected and kept by a save that leaves it as it was.
    let named_process = env.read("site/bill.toml").replace(
        "[answers.openness.easy-access]\n",
        "[answers.openness.easy-access]\nadvice_under = [\"openness.participation\"]\n",
    );
    env.write("site/bill.toml", named_process);
    let page = server.get(&cookie, path).body;
    assert!(
        page.contains("<option value=\"openness.participation\" selected>Openness: Who could take part"),
        "{page}"
    );
    assert!(save("openness.participation").status < 400);
    assert!(
        env.read("site/bill.toml")
            .contains("advice_under = [\"openness.participation\"]"),
        "{}",
        env.read("site/bill.toml")
    );

    // A process question's page shows no list, and saving it keeps what its file names.
    env.write(
        "site/bill.toml",
        env.read("site/bill.toml")
            .replace("advice_under = [\"openness.participation\"]\n", "")
            + "\n[answers.openness.participation]\nlevel = 1\nadvice_under = [\"openness.reachability\"]\n",
    );
    assert!(answer_participation(&server, &cookie, &[("choice", "level-2")]).status < 400);
    let saved = env.read("site/bill.toml");
    assert!(saved.contains("advice_under = [\"openness.reachability\"]"), "{saved}");
    assert!(saved.contains("level = 2"), "{saved}");
}

/// The hidden fields of a page whose names start with `prefix`, their values as the browser reads
/// them (tera escapes them in the page).
fn hidden_fields(page: &str, prefix: &str) -> Vec<(String, String)> {
    let marker = format!("<input type=\"hidden\" name=\"{prefix}");
    page.split(&marker)
        .skip(1)
        .map(|rest| {
            let (name, rest) = rest.split_once("\" value=\"").expect("a value");
            let value = rest.split('"').next().unwrap_or_default();
            let value = value
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            (format!("{prefix}{name}"), value)
        })
        .collect()
}

/// Sends the form of `page` as a browser does: its CSRF token, its base (the fingerprint and the
/// values it was opened with) and every field of `fields`.
fn send_form(server: &Server, cookie: &str, path: &str, page: &str, fields: &[(&str, &str)]) -> Reply {
    let mut form: Vec<(String, String)> = vec![
        ("csrf".to_string(), field(page, "csrf")),
        ("base".to_string(), field(page, "base")),
    ];
    form.extend(hidden_fields(page, "base-"));
    form.extend(fields.iter().map(|(name, value)| (name.to_string(), value.to_string())));
    let form: Vec<(&str, &str)> = form
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    server.post(cookie, path, &form)
}

/// A question page's visible fields, all of them, as its form sends them with `changes` made.
fn answer_form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("choice", "level-2"),
        ("finding", "The text names the layer."),
        ("provisions", "s. 4"),
        ("rationale", "Section 4 says so."),
        ("evidence", ""),
        ("recommendation", ""),
        ("advice_under", ""),
    ];
    for (name, value) in changes {
        match fields.iter_mut().find(|(known, _)| known == name) {
            Some(slot) => slot.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields
}

const RIGHT_LAYER: &str = "[answers.openness.right-layer]\nlevel = 2\nfinding = \"The text names the layer.\"\n\
                           provisions = [\"s. 4\"]\nrationale = \"Section 4 says so.\"\n";

/// Two tabs on one question: what each changed is kept, field by field; only a field both
/// changed is a conflict, shown with the file's value beside the typed one, every field that
/// differs included (before, the page showed the level, finding and reason only, and saving
/// again wrote back the other tab's evidence, advice and ticks).
#[test]
fn tabs_on_one_question_merge_field_by_field_and_a_conflict_shows_every_field() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "two.toml", &assessment(RIGHT_LAYER)));
    let cookie = server.login();
    let path = "/a/two.toml/q/openness/right-layer";
    let (a, b, c) = (
        server.get(&cookie, path).body,
        server.get(&cookie, path).body,
        server.get(&cookie, path).body,
    );
    // B: evidence, advice and a harm ticked.
    let saved = send_form(
        &server,
        &cookie,
        path,
        &b,
        &answer_form(&[
            ("evidence", "Evidence from B."),
            ("recommendation", "Advice from B."),
            ("mechanism", "ip-blocking-duty"),
        ]),
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    // A, opened before B saved, changes the finding only: saved, and B's changes stay.
    let saved = send_form(
        &server,
        &cookie,
        path,
        &a,
        &answer_form(&[("finding", "Finding from A.")]),
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    let file = env.read("site/two.toml");
    for kept in [
        "Finding from A.",
        "Evidence from B.",
        "Advice from B.",
        "ip-blocking-duty",
    ] {
        assert!(file.contains(kept), "{kept}:\n{file}");
    }
    // C, opened before both, changes the evidence and the advice too: a conflict on those two.
    let refused = send_form(
        &server,
        &cookie,
        path,
        &c,
        &answer_form(&[("evidence", "Evidence from C."), ("recommendation", "Advice from C.")]),
    );
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(env.read("site/two.toml"), file, "nothing was saved");
    let page = &refused.body;
    assert!(
        page.contains("in a field you changed too. Nothing was saved."),
        "{page}"
    );
    for row in [
        "<th scope=\"row\">Evidence</th><td class=\"lines\">Evidence from B.</td><td class=\"lines\">Evidence from C.</td>",
        "<th scope=\"row\">Your own advice (optional)</th><td class=\"lines\">Advice from B.</td><td class=\"lines\">Advice from C.</td>",
        "<th scope=\"row\">What does the proposal do here?</th><td class=\"lines\">Finding from A.</td><td class=\"lines\">The text names the layer.</td><td>Changed only in the file",
        "<th scope=\"row\">Harms and safeguards ticked</th>",
    ] {
        assert!(page.contains(row), "{row}\n{page}");
    }
    // The form keeps C's texts, takes in what only the file changed, and marks the conflicts.
    assert!(page.contains("value=\"Finding from A.\""), "{page}");
    assert!(page.contains("value=\"ip-blocking-duty\" checked"), "{page}");
    assert!(
        page.contains("aria-describedby=\"evidence-help form-error\" aria-invalid=\"true\">Evidence from C."),
        "{page}"
    );
    // Sent again from that page, C's evidence and advice are saved, and nothing else is lost.
    let saved = send_form(
        &server,
        &cookie,
        path,
        page,
        &answer_form(&[
            ("finding", "Finding from A."),
            ("evidence", "Evidence from C."),
            ("recommendation", "Advice from C."),
            ("mechanism", "ip-blocking-duty"),
        ]),
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    let file = env.read("site/two.toml");
    for kept in [
        "Finding from A.",
        "Evidence from C.",
        "Advice from C.",
        "ip-blocking-duty",
    ] {
        assert!(file.contains(kept), "{kept}:\n{file}");
    }
}

/// The same form sent twice (an autosave racing the Save button, or curl) is saved, not refused:
/// what it holds is what the file holds. Before, the second was a conflict with itself.
#[test]
fn the_same_answer_sent_twice_is_no_conflict() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let path = "/a/bill.toml/q/openness/participation";
    let page = server.get(&cookie, path).body;
    // As curl sends it: the fingerprint, without the values it stands for.
    let form = [
        ("csrf", field(&page, "csrf")),
        ("base", field(&page, "base")),
        ("choice", "level-3".to_string()),
        ("rationale", "Sent twice.".to_string()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(name, value)| (*name, value.as_str())).collect();
    assert_eq!(server.post(&cookie, path, &form).status, 303);
    let saved = env.read("site/bill.toml");
    let again = server.post(&cookie, path, &form);
    assert_eq!(again.status, 303, "{}", again.body);
    assert_eq!(env.read("site/bill.toml"), saved);
    // And as the page sends it, values of its base included.
    let page = server.get(&cookie, path).body;
    let fields = [("choice", "level-1"), ("rationale", "Sent twice again.")];
    assert_eq!(send_form(&server, &cookie, path, &page, &fields).status, 303);
    assert_eq!(send_form(&server, &cookie, path, &page, &fields).status, 303);
    assert!(env.read("site/bill.toml").contains("Sent twice again."));
}

/// The proposal form merges as the question form does: a field one tab changed is not written
/// back by another that did not touch it, and a field both changed shows the file's value.
#[test]
fn proposal_details_from_two_tabs_merge_and_a_conflict_shows_the_files_value() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let (a, b, c) = (
        server.get(&cookie, "/a/bill.toml").body,
        server.get(&cookie, "/a/bill.toml").body,
        server.get(&cookie, "/a/bill.toml").body,
    );
    let date = |page: &str| {
        page.split("id=\"p-date\" name=\"date\" type=\"date\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the date field")
            .to_string()
    };
    let today = date(&a);
    let form = |changes: &[(&'static str, &'static str)]| {
        let mut fields = vec![("title", "Test Bill"), ("jurisdiction", ""), ("reference", "")];
        for (name, value) in changes {
            if let Some(slot) = fields.iter_mut().find(|(known, _)| known == name) {
                slot.1 = value;
            }
        }
        fields
    };
    let post = |page: &str, changes: &[(&'static str, &'static str)]| {
        let mut fields = form(changes);
        fields.push(("date", &today));
        send_form(&server, &cookie, "/a/bill.toml/proposal", page, &fields)
    };
    assert_eq!(post(&b, &[("reference", "COM(2024) 1")]).status, 303);
    assert_eq!(post(&a, &[("jurisdiction", "EU")]).status, 303);
    let file = env.read("site/bill.toml");
    assert!(
        file.contains("reference = \"COM(2024) 1\"") && file.contains("jurisdiction = \"EU\""),
        "{file}"
    );
    let refused = post(&c, &[("reference", "COM(2024) 2")]);
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(env.read("site/bill.toml"), file);
    let page = &refused.body;
    assert!(
        page.contains(
            "<th scope=\"row\">Official reference</th><td class=\"lines\">COM(2024) 1</td><td class=\"lines\">COM(2024) 2</td>"
        ),
        "{page}"
    );
    assert!(
        page.contains("id=\"p-jurisdiction\" name=\"jurisdiction\" type=\"text\" value=\"EU\""),
        "{page}"
    );
    // The date the page filled in, as each page does, is no change of its own.
    assert!(
        !page.contains("<th scope=\"row\">Date of the assessment</th>"),
        "{page}"
    );
    assert!(page.contains("id=\"p-reference\" name=\"reference\" type=\"text\" value=\"COM(2024) 2\""));
    let saved = post(page, &[("jurisdiction", "EU"), ("reference", "COM(2024) 2")]);
    assert_eq!(saved.status, 303, "{}", saved.body);
    let file = env.read("site/bill.toml");
    assert!(
        file.contains("reference = \"COM(2024) 2\"") && file.contains("jurisdiction = \"EU\""),
        "{file}"
    );
}

/// The ledger's lists start on an empty choice: a submission whose group or disposition was left
/// unchosen is refused with both said on the form, not saved as an accepted government one.
#[test]
fn a_submission_without_its_group_and_disposition_is_refused_not_accepted() {
    let env = TestEnv::new();
    let server = Server::start(&folder_with(&env, "bill.toml", &assessment("")));
    let cookie = server.login();
    let page = server.get(&cookie, "/a/bill.toml/ledger").body;
    for list in ["group", "disposition"] {
        assert!(
            page.contains(&format!(
                "name=\"{list}\" required><option value=\"\">— choose —</option>"
            )),
            "{list}: {page}"
        );
    }
    assert!(!page.contains("\" selected>Accepted") && !page.contains("\" selected>Government"));
    let before = env.read("site/bill.toml");
    let refused = server.post(
        &cookie,
        "/a/bill.toml/ledger/add",
        &[
            ("csrf", &field(&page, "csrf")),
            ("id", "S-01"),
            ("group", ""),
            ("disposition", ""),
            ("asked", "Keep it."),
        ],
    );
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains(
            "Which group is the sender in?: choose one of the options listed.\n\
             What was done with it?: choose one of the options listed."
        ),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("name=\"group\" required aria-invalid=\"true\""));
    assert!(refused.body.contains("value=\"Keep it.\""), "what was typed is kept");
    assert_eq!(env.read("site/bill.toml"), before);
}

/// A file name only too long is told the limit, not that its characters are wrong; the field
/// holds no more than that; and each problem of the form is an item of its own, the fields
/// concerned marked for screen readers.
#[test]
fn a_new_assessment_name_too_long_is_told_the_limit() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("site")).unwrap();
    let server = Server::start(&env.path("site"));
    let cookie = server.login();
    let home = server.get(&cookie, "/").body;
    assert!(home.contains("maxlength=\"120\""), "{home}");
    let csrf = field(&home, "csrf");
    let long = "a".repeat(116);
    let refused = server.post(&cookie, "/new", &[("csrf", &csrf), ("title", "Bill"), ("file", &long)]);
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("A file name may be at most 115 characters long, not counting “.toml”; this one has 116."),
        "{}",
        refused.body
    );
    assert!(!refused.body.contains("letters, digits"), "{}", refused.body);
    let refused = server.post(&cookie, "/new", &[("csrf", &csrf), ("title", ""), ("file", "my law")]);
    assert!(
        refused.body.contains(
            "<ul><li class=\"lines\">Give the proposal a title.</li><li class=\"lines\">A file name may hold"
        ),
        "{}",
        refused.body
    );
    for input in [
        "new-title-help new-error\" aria-invalid=\"true\"",
        "new-file-help new-error\" aria-invalid=\"true\"",
    ] {
        assert!(refused.body.contains(input), "{input}: {}", refused.body);
    }
    // A name a command line would read as an option, or that Windows keeps for a device.
    for name in ["-rf", "con", "LPT1.draft"] {
        let refused = server.post(&cookie, "/new", &[("csrf", &csrf), ("title", "Bill"), ("file", name)]);
        assert_eq!(refused.status, 422, "{name}: {}", refused.body);
        assert!(
            refused.body.contains("A new file’s name may not start with a dash"),
            "{name}: {}",
            refused.body
        );
    }
    assert_eq!(std::fs::read_dir(env.path("site")).unwrap().count(), 0);
}

/// A connection that sends nothing is closed once its time is up, and no more than 64 are served
/// at once: before, each such connection held a thread for ever, so that a program trickling
/// header lines into a thousand sockets held a thousand threads.
#[test]
fn a_silent_connection_is_closed_and_connections_at_once_are_capped() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let (server, _) = Server::start_with(&dir, &["--lang", "en", "--request-timeout", "5"], &[]);
    let cookie = server.login();
    let started = std::time::Instant::now();
    let mut silent = TcpStream::connect(&server.host).expect("connect");
    silent.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut bytes = Vec::new();
    let read = silent.read_to_end(&mut bytes);
    assert!(
        read.is_ok() && bytes.is_empty(),
        "closed without an answer: {read:?} {bytes:?}"
    );
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(4500) && waited < Duration::from_secs(30),
        "{waited:?}"
    );
    // 64 connections that send a header line and wait: the next is turned away, not queued.
    let held: Vec<TcpStream> = (0..64)
        .map(|_| {
            let mut stream = TcpStream::connect(&server.host).expect("connect");
            stream.write_all(b"GET / HTTP/1.1\r\n").expect("send");
            stream
        })
        .collect();
    // The server takes connections in on its own time: the page is asked for until it answers
    // `status`, or `within` is up.
    let answered = |status: u16, within: Duration| {
        let deadline = std::time::Instant::now() + within;
        loop {
            let page = server.get(&cookie, "/");
            if page.status == status || std::time::Instant::now() > deadline {
                break page;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    // Well within the held connections' 5 s.
    let busy = answered(503, Duration::from_secs(4));
    assert_eq!(busy.status, 503, "{}", busy.body);
    assert!(busy.body.contains("Too many connections at once"), "{}", busy.body);
    // Once their time is up, they are closed and the pages are served again.
    std::thread::sleep(Duration::from_millis(5500));
    let served = answered(200, Duration::from_secs(20));
    assert_eq!(served.status, 200, "{}", served.body);
    drop(held);
}

/// A body longer than a form's is read only from the session's browser: another program's
/// upload-sized request is answered at once, its body unread, rather than held in memory until
/// the application's checks refuse it (16 MB for each of 64 connections).
#[test]
fn a_large_body_without_the_session_is_refused_unread() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let (server, _) = Server::start_with(&dir, &["--lang", "en", "--request-timeout", "20"], &[]);
    let mut stream = TcpStream::connect(&server.host).expect("connect");
    let head = format!(
        "POST /s/x/new HTTP/1.1\r\nHost: {}\r\nContent-Type: multipart/form-data; boundary=a\r\nContent-Length: 8000000\r\n\r\n",
        server.host
    );
    stream.write_all(head.as_bytes()).expect("send");
    // No body is sent: the answer comes without waiting for it.
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let mut answer = [0u8; 12];
    stream.read_exact(&mut answer).expect("an answer before the body");
    let status = String::from_utf8_lossy(&answer[9..12]).into_owned();
    assert!(["403", "413"].contains(&status.as_str()), "{status}");
}

/// A finding written over several lines in the file comes back from the browser on one line
/// (a one-line field loses its line breaks): saving another field leaves it as the file has it,
/// not rewritten with its words joined.
#[test]
fn a_finding_over_several_lines_is_left_as_it_is_when_another_field_is_saved() {
    let env = TestEnv::new();
    let answer = "[answers.openness.right-layer]\nlevel = 2\nfinding = \"\"\"\nThe text names\nthe layer.\"\"\"\n\
                  provisions = [\"s. 4\"]\nrationale = \"Section 4 says so.\"\n";
    let server = Server::start(&folder_with(&env, "two.toml", &assessment(answer)));
    let cookie = server.login();
    let path = "/a/two.toml/q/openness/right-layer";
    let page = server.get(&cookie, path).body;
    let saved = send_form(
        &server,
        &cookie,
        path,
        &page,
        &answer_form(&[("finding", "The text namesthe layer."), ("recommendation", "Advice.")]),
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    let file = env.read("site/two.toml");
    assert!(
        file.contains("finding = \"\"\"\nThe text names\nthe layer.\"\"\""),
        "{file}"
    );
    assert!(file.contains("Advice."), "{file}");
}

/// A request with two Host headers, or a length that is not one run of digits (a sign, two that
/// differ), is refused: which of them a reader takes would decide where the request goes or
/// where its body ends.
#[test]
fn two_hosts_or_an_unclear_length_are_refused() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let (server, _) = Server::start_with(&dir, &["--lang", "en", "--request-timeout", "10"], &[]);
    let status = |request: String| {
        let mut stream = TcpStream::connect(&server.host).expect("connect");
        stream.write_all(request.as_bytes()).expect("send");
        stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer)
            .chars()
            .skip(9)
            .take(3)
            .collect::<String>()
    };
    let host = &server.host;
    assert_eq!(
        status(format!("GET / HTTP/1.1\r\nHost: {host}\r\nHost: evil.example\r\n\r\n")),
        "403"
    );
    // From the session's browser, to a page that takes forms: refused as unreadable, not read.
    let cookie = server.login();
    let root = &server.root;
    for length in ["Content-Length: +3", "Content-Length: 3\r\nContent-Length: 4"] {
        let answer = status(format!(
            "POST {root}/new HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nOrigin: http://{host}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\n{length}\r\n\r\nabc"
        ));
        assert_eq!(answer, "400", "{length}");
    }
}

/// A HEAD gets the answer's head and no body (a body there would be read as the next answer), and
/// the 405 says which methods the server answers; a request whose headers are longer than the
/// server reads is told so (431), not dropped without a word.
#[test]
fn a_head_gets_no_body_and_too_long_a_head_is_told_431() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let (server, _) = Server::start_with(&dir, &["--lang", "en", "--request-timeout", "10"], &[]);
    let answer = |request: &[u8]| {
        let mut stream = TcpStream::connect(&server.host).expect("connect");
        stream.write_all(request).expect("send");
        stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        String::from_utf8_lossy(&answer).into_owned()
    };
    let (host, root) = (&server.host, &server.root);
    let cookie = server.login();
    let head = answer(format!("HEAD {root}/ HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\n\r\n").as_bytes());
    assert!(head.starts_with("HTTP/1.1 405 Method Not Allowed\r\n"), "{head}");
    assert!(head.contains("\r\nAllow: GET, POST\r\n"), "{head}");
    let length = "Method not allowed.".len();
    assert!(head.contains(&format!("\r\nContent-Length: {length}\r\n")), "{head}");
    assert!(head.ends_with("\r\n\r\n"), "the head alone: {head}");
    let put = answer(format!("PUT {root}/ HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\n\r\n").as_bytes());
    assert!(
        put.starts_with("HTTP/1.1 405 ") && put.ends_with("\r\n\r\nMethod not allowed."),
        "{put}"
    );
    let mut long = format!("GET {root}/ HTTP/1.1\r\nHost: {host}\r\nCookie: ").into_bytes();
    long.extend(std::iter::repeat_n(b'a', 70 * 1024));
    long.extend(b"\r\n\r\n");
    let refused = answer(&long);
    assert!(
        refused.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
        "{refused}"
    );
    assert!(
        refused.ends_with("The request’s address and headers are too long for this server (more than 64 KB): reload the page, or clear this site’s cookies."),
        "{refused}"
    );
}

/// Ctrl-C or SIGTERM, the way to stop `serve`, is no failure: it says that every answer is saved
/// and exits 0.
#[cfg(unix)]
#[test]
fn stopping_serve_says_the_answers_are_saved_and_exits_0() {
    let env = TestEnv::new();
    let dir = folder_with(&env, "bill.toml", &assessment(""));
    let mut child = Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .args(["serve", "--no-open", "--lang", "en"])
        .arg(&dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let mut link = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut link)
        .expect("serve prints its link");
    let stopped = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(stopped.success());
    let status = child.wait().expect("wait");
    let mut said = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut said)
        .expect("stderr");
    assert_eq!(status.code(), Some(0), "{said}");
    // How to stop it is said at start-up; what stopping it did, last, alone.
    let lines: Vec<&str> = said.lines().collect();
    let press = lines.iter().position(|line| *line == "Press Ctrl-C to stop.");
    assert!(press.is_some_and(|at| at + 2 == lines.len()), "{said}");
    assert!(
        lines
            .last()
            .is_some_and(|line| line.starts_with("Stopped. Every answer given is saved in the files of")),
        "{said}"
    );
}

/// The scorecard gives both verdicts and the overall rating page 1 gives, and names each main
/// concern's question as page 1 does, not its rubric alone.
#[test]
fn the_scorecard_gives_the_overall_rating_and_names_each_concerns_question() {
    let env = TestEnv::new();
    let uk = std::fs::read_to_string(repo("examples/uk-online-safety-bill-encryption.toml")).expect("read");
    let server = Server::start(&folder_with(&env, "uk.toml", &uk));
    let cookie = server.login();
    let page = unescaped(&server.get(&cookie, "/a/uk.toml/scorecard").body);
    let cards: Vec<&str> = page.split("<div class=\"verdict ").skip(1).collect();
    assert_eq!(cards.len(), 3, "{page}");
    assert!(cards[2].starts_with("serious-concerns\">"), "{}", cards[2]);
    assert!(cards[2].contains("<h3>Overall rating</h3>"), "{}", cards[2]);
    assert!(
        cards[2].contains("<p class=\"big\">Serious concerns</p>"),
        "{}",
        cards[2]
    );
    assert!(
        page.contains("<span class=\"muted\">(Openness: Encryption and private messages)</span>"),
        "{page}"
    );
}
