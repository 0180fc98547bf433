//! What keeps other web pages and other people out of the local server.
//!
//! A server on the loopback interface is reachable by every web page the user visits: a page can
//! send it cross-site requests, and with DNS rebinding read its answers. So:
//!
//! - the URL the browser is opened at carries a random one-time token, exchanged for an
//!   `HttpOnly`, `SameSite=Strict` session cookie, then redirected to the clean URL; any other
//!   request without that cookie is refused (403);
//! - every page lives under a random root (`/s/<random>/`), and the cookies are scoped to it: a
//!   browser sends a loopback address's cookies to every port of it, so without that any other
//!   program listening on this computer could collect the session from a page it lures the
//!   browser to;
//! - a request whose `Host` is not the loopback address and port is refused (403): under DNS
//!   rebinding the browser sends the attacker's host name;
//! - every POST must come from our own origin (`Origin`) and carry the session's CSRF token;
//! - every answer carries a strict Content-Security-Policy, `nosniff`, no framing and no CORS
//!   header;
//! - only `*.toml` files directly in the served folder are opened, by a validated name.

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};

/// The largest form body accepted (answers, proposal, a submission).
pub(super) const MAX_FORM_BYTES: usize = 1024 * 1024;
/// The largest upload accepted (a consultation CSV file).
pub(super) const MAX_UPLOAD_BYTES: usize = 16 * 1024 * 1024;

/// The name of the session cookie.
pub(super) const COOKIE: &str = "impact_brief_session";

/// The name of the cookie that holds the language chosen with the pages' switcher.
pub(super) const LANG_COOKIE: &str = "impact_brief_lang";

/// The `Set-Cookie` value that remembers `lang` for this browser, under `root`.
pub(super) fn lang_cookie(lang: crate::i18n::Lang, root: &str) -> String {
    format!("{LANG_COOKIE}={}; HttpOnly; SameSite=Strict; Path={root}", lang.code())
}

/// The `Set-Cookie` value that forgets the language an earlier run remembered.
pub(super) fn forget_lang_cookie(root: &str) -> String {
    format!("{LANG_COOKIE}=; HttpOnly; SameSite=Strict; Path={root}; Max-Age=0")
}

/// The language the `Cookie` header's language cookie names, when it names one of ours.
pub(super) fn chosen_lang(cookie_header: Option<&str>) -> Option<crate::i18n::Lang> {
    cookie_header?.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == LANG_COOKIE).then(|| value.parse().ok())?
    })
}

/// `path` when it is a path of this server, else `/`: never `//host`, which a browser would read
/// as another site, so that no redirect leads away from it.
pub(super) fn local_path(path: &str) -> &str {
    if path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\") {
        path
    } else {
        "/"
    }
}

/// The secrets of one run of the server.
pub(super) struct Secrets {
    /// The one-time token of the URL the browser is opened at; `None` once exchanged.
    token: Option<String>,
    /// The session cookie's value.
    session: String,
    /// The path every page lives under (`/s/<random>`), to which the cookies are scoped.
    pub(super) root: String,
    /// The token every form carries.
    pub(super) csrf: String,
}

impl Secrets {
    /// Fresh random secrets.
    pub(super) fn new() -> Result<Secrets> {
        Ok(Secrets {
            token: Some(random_hex(32)?),
            session: random_hex(32)?,
            root: format!("/s/{}", random_hex(16)?),
            csrf: random_hex(32)?,
        })
    }

    /// The one-time token, while it has not been used.
    pub(super) fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Exchanges the one-time token for the session cookie: the `Set-Cookie` value, once.
    pub(super) fn exchange(&mut self, offered: &str) -> Option<String> {
        let token = self.token.as_deref()?;
        if !same(token.as_bytes(), offered.as_bytes()) {
            return None;
        }
        self.token = None;
        Some(format!(
            "{COOKIE}={}; HttpOnly; SameSite=Strict; Path={}",
            self.session, self.root
        ))
    }

    /// The page's path inside the root (`/s/<random>/a/x.toml` → `/a/x.toml`), or `None` for a
    /// path outside it.
    pub(super) fn inside_root<'a>(&self, path: &'a str) -> Option<&'a str> {
        match path.strip_prefix(self.root.as_str())? {
            "" => Some("/"),
            rest if rest.starts_with('/') => Some(rest),
            _ => None,
        }
    }

    /// True when the `Cookie` header holds the session cookie.
    pub(super) fn has_session(&self, cookie_header: Option<&str>) -> bool {
        holds_session(cookie_header, &self.session)
    }

    /// The session, for the threads that read requests: they read a large body only from the
    /// session's browser, before the application's own checks, which run once it is read.
    pub(super) fn session_key(&self) -> SessionKey {
        SessionKey(self.session.clone())
    }

    /// True when a form's CSRF field is the session's.
    pub(super) fn csrf_ok(&self, offered: Option<&str>) -> bool {
        offered.is_some_and(|offered| same(offered.as_bytes(), self.csrf.as_bytes()))
    }
}

/// `bytes` random bytes from the operating system, as hexadecimal.
/// The session cookie's value, as the threads that read requests check it.
pub(super) struct SessionKey(String);

impl SessionKey {
    /// True when the `Cookie` header holds the session cookie.
    pub(super) fn admits(&self, cookie_header: Option<&str>) -> bool {
        holds_session(cookie_header, &self.0)
    }
}

/// True when the `Cookie` header holds the session cookie `session`.
fn holds_session(cookie_header: Option<&str>, session: &str) -> bool {
    cookie_header.is_some_and(|header| {
        header.split(';').any(|pair| {
            pair.trim()
                .split_once('=')
                .is_some_and(|(name, value)| name == COOKIE && same(value.as_bytes(), session.as_bytes()))
        })
    })
}

fn random_hex(bytes: usize) -> Result<String> {
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).map_err(|error| anyhow!("no random numbers from the system: {error}"))?;
    Ok(crate::hex::encode(&buffer))
}

/// Compares two secrets in time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// True when `Host` names the loopback address and our port (`127.0.0.1:PORT`, or
/// `localhost:PORT`), ignoring case: the defence against DNS rebinding.
pub(super) fn host_ok(host: Option<&str>, port: u16) -> bool {
    let Some(host) = host else { return false };
    let host = host.trim().to_ascii_lowercase();
    host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
}

/// True when `Origin` is our own: a POST from any other page is refused. A POST without one is
/// refused too; browsers send it with every form they post.
pub(super) fn origin_ok(origin: Option<&str>, port: u16) -> bool {
    let Some(origin) = origin else { return false };
    let origin = origin.trim().to_ascii_lowercase();
    origin == format!("http://127.0.0.1:{port}") || origin == format!("http://localhost:{port}")
}

/// Headers every answer carries.
pub(super) const HEADERS: &[(&str, &str)] = &[
    (
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    // Not `no-referrer`: under it Chromium sends `Origin: null` with our own forms, which the
    // Origin check must refuse. `same-origin` tells other sites nothing.
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
];

/// The longest name of an assessment file the server opens, `.toml` included.
pub(super) const MAX_FILE_NAME: usize = 120;

/// True for the name of an assessment file the server may open: letters, digits, `.`, `_` and
/// `-`, not starting with a dot, ending in `.toml`, at most [`MAX_FILE_NAME`] long. Nothing that
/// could name another folder.
pub(super) fn valid_file_name(name: &str) -> bool {
    name.len() <= MAX_FILE_NAME && valid_file_chars(name)
}

/// [`valid_file_name`] but for its length: what a name that is only too long lacks.
pub(super) fn valid_file_chars(name: &str) -> bool {
    crate::file_name::is_portable(name)
}

/// The path of the assessment file `name` in `dir`, when the name is valid and names a regular
/// file there (not a link that could lead out of it).
pub(super) fn assessment_path(dir: &Path, name: &str) -> Option<PathBuf> {
    if !valid_file_name(name) {
        return None;
    }
    let path = dir.join(name);
    let metadata = std::fs::symlink_metadata(&path).ok()?;
    metadata.is_file().then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_could_leave_the_folder_are_refused() {
        for name in [
            "../x.toml",
            "/etc/x.toml",
            "a/b.toml",
            ".hidden.toml",
            ".toml",
            "x.toml/..",
            "x%2e.toml/",
            "x.txt",
            "c:x.toml",
        ] {
            assert!(!valid_file_name(name), "{name}");
        }
        for name in ["bill.toml", "Online_Safety-2.toml"] {
            assert!(valid_file_name(name), "{name}");
        }
    }

    #[test]
    fn the_token_is_exchanged_once() {
        let mut secrets = Secrets::new().unwrap();
        let token = secrets.token().unwrap().to_string();
        assert!(secrets.exchange("wrong").is_none());
        let cookie = secrets.exchange(&token).unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
        assert!(secrets.exchange(&token).is_none());
        let pair = cookie.split(';').next().unwrap();
        assert!(secrets.has_session(Some(&format!("other=1; {pair}"))));
        assert!(!secrets.has_session(Some("impact_brief_session=nope")));
        assert!(cookie.ends_with(&format!("; Path={}", secrets.root)), "{cookie}");
        let root = secrets.root.clone();
        assert_eq!(secrets.inside_root(&root), Some("/"));
        assert_eq!(secrets.inside_root(&format!("{root}/a/x.toml")), Some("/a/x.toml"));
        assert_eq!(secrets.inside_root(&format!("{root}x/a")), None);
        assert_eq!(secrets.inside_root("/a/x.toml"), None);
    }

    #[test]
    fn the_language_cookie_and_redirects_stay_local() {
        use crate::i18n::Lang;
        assert_eq!(chosen_lang(Some("a=1; impact_brief_lang=fr")), Some(Lang::Fr));
        assert_eq!(chosen_lang(Some("impact_brief_lang=de")), None);
        assert_eq!(chosen_lang(None), None);
        let cookie = lang_cookie(Lang::Pt, "/s/ab");
        assert!(
            cookie.starts_with("impact_brief_lang=pt;") && cookie.ends_with("; Path=/s/ab"),
            "{cookie}"
        );
        assert_eq!(local_path("/a/x.toml"), "/a/x.toml");
        assert_eq!(local_path("//evil.example/"), "/");
        assert_eq!(local_path("/\\evil.example/"), "/");
        assert_eq!(local_path("http://evil.example/"), "/");
    }

    #[test]
    fn only_loopback_hosts_and_origins_pass() {
        assert!(host_ok(Some("127.0.0.1:8000"), 8000));
        assert!(host_ok(Some("LOCALHOST:8000"), 8000));
        assert!(!host_ok(Some("evil.example:8000"), 8000));
        assert!(!host_ok(Some("127.0.0.1:8001"), 8000));
        assert!(!host_ok(None, 8000));
        assert!(origin_ok(Some("http://127.0.0.1:8000"), 8000));
        assert!(!origin_ok(Some("http://evil.example"), 8000));
        assert!(!origin_ok(Some("null"), 8000));
        assert!(!origin_ok(None, 8000));
    }
}
