//! `serve` in a real browser: Debian's Chromium driven over WebDriver by chromedriver fills in a
//! whole assessment, from a new file and the screening step to a downloaded PDF, stops the server
//! and resumes in a new one, records the ledger, then runs axe-core on every page (every question
//! of the assessment included) in each of the four languages, chosen with the pages' switcher.
//!
//! The WebDriver client is the few JSON-over-HTTP calls below, on `std::net`: the WebDriver
//! crates bring an async runtime and an HTTP stack into the test build for what is a dozen
//! requests. `.ci/run` installs `chromium`, `chromium-driver` and a pinned `axe-core`; under
//! `CI=true` their absence fails the test, elsewhere it is skipped with a notice.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::serve::Server;
use crate::support::{TestEnv, repo};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where `.ci/run` installs axe-core, unless `AXE_CORE_JS` names the file.
fn axe_path() -> PathBuf {
    if let Some(path) = std::env::var_os("AXE_CORE_JS") {
        return PathBuf::from(path);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    home.join(".cache/impact-brief/axe-core/node_modules/axe-core/axe.min.js")
}

/// Whether everything the test needs is here; under CI its absence is a failure.
fn tools_present() -> bool {
    let missing: Vec<String> = [PathBuf::from(CHROMIUM), PathBuf::from(CHROMEDRIVER), axe_path()]
        .into_iter()
        .filter(|path| !path.exists())
        .map(|path| path.display().to_string())
        .chain(
            Command::new("pdftotext")
                .arg("-v")
                .output()
                .is_err()
                .then(|| "pdftotext".to_string()),
        )
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the browser test must run under CI, and these are missing: {missing:?} (.ci/run installs them)"
    );
    eprintln!("note: skipping the browser test of `serve`: missing {missing:?} (.ci/run installs them)");
    false
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromedriver and one Chromium session, ended when dropped.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

impl Browser {
    fn start(downloads: &Path, profile: &Path) -> Browser {
        Browser::start_as(downloads, profile, None)
    }

    /// A browser that shows pages as a phone `width` CSS pixels wide would (Chrome's device
    /// emulation), or a desktop window without it.
    fn start_as(downloads: &Path, profile: &Path, phone: Option<u32>) -> Browser {
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while browser.call("GET", "/status", None).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut options = json!({
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.display())],
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false,
            },
        });
        if let Some(width) = phone {
            options["mobileEmulation"] = json!({"deviceMetrics": {"width": width, "height": 800, "pixelRatio": 2.0}});
        }
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
        }}});
        let created = browser
            .call("POST", "/session", Some(capabilities))
            .expect("a browser session");
        browser.session = created["sessionId"].as_str().expect("a session id").to_string();
        browser
    }

    /// One WebDriver command; `Err` with the answer when it failed.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|error| error.to_string())?;
        stream.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
        let body = body.map(|body| body.to_string()).unwrap_or_default();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.port,
            body.len()
        );
        stream
            .write_all(request.as_bytes())
            .map_err(|error| error.to_string())?;
        // chromedriver keeps the connection open: read the head, then as many bytes as it says.
        let mut answer = Vec::new();
        let mut byte = [0u8; 4096];
        let (head, mut body) = loop {
            let read = read_retrying(&mut stream, &mut byte)?;
            if read == 0 {
                return Err("the connection closed".to_string());
            }
            answer.extend_from_slice(&byte[..read]);
            if let Some(end) = answer.windows(4).position(|window| window == b"\r\n\r\n") {
                break (
                    String::from_utf8_lossy(&answer[..end]).into_owned(),
                    answer[end + 4..].to_vec(),
                );
            }
        };
        let length = head
            .lines()
            .find_map(|line| {
                let (name, value) = line.split_once(':')?;
                name.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| value.trim().parse::<usize>().ok())?
            })
            .ok_or_else(|| format!("no length in {head}"))?;
        while body.len() < length {
            let read = read_retrying(&mut stream, &mut byte)?;
            if read == 0 {
                break;
            }
            body.extend_from_slice(&byte[..read]);
        }
        let body = String::from_utf8_lossy(&body).into_owned();
        let value: Value = serde_json::from_str(&body).map_err(|error| format!("{error}: {body}"))?;
        if head.starts_with("HTTP/1.1 200") {
            Ok(value["value"].clone())
        } else {
            Err(format!("{method} {path}: {value}"))
        }
    }

    fn session(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
            .unwrap_or_else(|error| panic!("{error}"))
    }

    fn go(&self, url: &str) {
        self.session("POST", "/url", Some(json!({ "url": url })));
    }

    fn url(&self) -> String {
        self.session("GET", "/url", None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    fn source(&self) -> String {
        self.session("GET", "/source", None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    fn find(&self, css: &str) -> String {
        let found = self.session("POST", "/element", Some(json!({"using": "css selector", "value": css})));
        found
            .as_object()
            .and_then(|object| object.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string()
    }

    fn exists(&self, css: &str) -> bool {
        self.call(
            "POST",
            &format!("/session/{}/elements", self.session),
            Some(json!({"using": "css selector", "value": css})),
        )
        .ok()
        .and_then(|found| found.as_array().map(|items| !items.is_empty()))
        .unwrap_or(false)
    }

    fn click(&self, css: &str) {
        let element = self.find(css);
        self.session("POST", &format!("/element/{element}/click"), Some(json!({})));
    }

    fn fill(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.session("POST", &format!("/element/{element}/clear"), Some(json!({})));
        self.session(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    fn script(&self, script: &str) -> Value {
        self.session("POST", "/execute/sync", Some(json!({"script": script, "args": []})))
    }

    /// Clicks what sends a form or follows a link, and waits until the next page has loaded.
    fn submit(&self, css: &str) {
        self.script("window.__before = true;");
        self.click(css);
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let loaded = self
                .call(
                    "POST",
                    &format!("/session/{}/execute/sync", self.session),
                    Some(json!({"script": "return window.__before === undefined && document.readyState === 'complete';", "args": []})),
                )
                .ok()
                .and_then(|value| value.as_bool())
                .unwrap_or(false);
            if loaded {
                return;
            }
            assert!(Instant::now() < deadline, "no new page after clicking {css}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn screenshot(&self, path: &Path) {
        use base64_decode as decode;
        let data = self.session("GET", "/screenshot", None);
        std::fs::write(path, decode(data.as_str().unwrap_or_default())).unwrap();
    }

    /// Runs axe-core on the page: the serious and critical violations, as text.
    fn axe(&self, axe: &str) -> Vec<String> {
        self.session("POST", "/execute/sync", Some(json!({"script": axe, "args": []})));
        let result = self.session(
            "POST",
            "/execute/async",
            Some(json!({"script": "const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));", "args": []})),
        );
        assert!(result.is_array(), "axe did not run: {result}");
        result
            .as_array()
            .map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64, for the screenshots.
fn base64_decode(text: &str) -> Vec<u8> {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for byte in text.bytes() {
        let Some(value) = alphabet.iter().position(|known| *known == byte) else {
            continue;
        };
        buffer = (buffer << 6) | u32::try_from(value).unwrap();
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xff).unwrap());
        }
    }
    out
}

/// Checks the page with axe and remembers what it found, by page.
fn audit(browser: &Browser, axe: &str, problems: &mut Vec<String>) {
    let url = browser.url();
    for violation in browser.axe(axe) {
        problems.push(format!("{url}: {violation}"));
    }
}

/// Answers the question on screen: level 2 (or the highest there is), unless told otherwise.
fn answer_question(browser: &Browser, question: &str, screenshot: Option<&Path>) {
    match question {
        "surveillance" => {
            browser.click("#choice-level-0");
            browser.fill(
                "#finding",
                "Section 5 makes every provider keep connection records for two years.",
            );
            browser.fill("#provisions", "s. 5(2); s. 9");
            browser.click("input[name=mechanism]");
            browser.fill(
                "#rationale",
                "<script>alert(1)</script> Retention of everyone's records.",
            );
            browser.fill("#evidence", "s. 5(2)\ns. 9");
            if let Some(path) = screenshot {
                browser.script("document.querySelector('#answer-form').scrollIntoView(); window.scrollBy(0, -80);");
                browser.screenshot(path);
            }
        }
        _ => {
            let choice = if browser.exists("#choice-level-2") {
                "#choice-level-2"
            } else {
                "#choice-level-1"
            };
            browser.click(choice);
            browser.fill("#rationale", &format!("Answered in the browser test ({question})."));
        }
    }
    browser.submit("button[name=next]");
}

#[test]
fn a_whole_assessment_in_chromium_from_screening_to_the_pdf_then_axe_on_every_page_in_every_language() {
    if !tools_present() {
        return;
    }
    let axe = std::fs::read_to_string(axe_path()).unwrap();
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("site")).unwrap();
    std::fs::create_dir_all(env.path("downloads")).unwrap();
    env.write(
        "submissions.csv",
        "id,submitter,group,disposition\nS-10,Open Net Society,civil-society,accepted\nS-11,Telco Union,private-sector,rejected\n",
    );
    let mut problems = Vec::new();
    let browser = Browser::start(&env.path("downloads"), &env.path("profile"));
    let mut server = Server::start(&env.path("site"));
    let base = format!("http://{}{}", server.host, server.root);

    // Start: the link logs in and lands on the clean home page.
    browser.go(&server.link);
    assert_eq!(browser.url(), format!("{base}/"));
    audit(&browser, &axe, &mut problems);
    browser.fill("#new-title", "Browser Test Bill");
    browser.submit("form[action$='/new'] button");
    assert_eq!(
        browser.url(),
        format!("{base}/a/browser-test-bill.toml"),
        "{}",
        browser.source()
    );
    audit(&browser, &axe, &mut problems);

    // The proposal, then the screening step with nothing ticked (asked to confirm), then two areas.
    browser.fill("#p-summary", "Makes providers retain connection records.");
    browser.fill("#p-assessors", "Maria Okafor, ISOC Veridia Chapter");
    browser.submit("#proposal button[type=submit]");
    assert!(browser.source().contains("Saved."));
    browser.submit("#screening button[type=submit]");
    assert!(browser.source().contains("You ticked no area"), "{}", browser.source());
    audit(&browser, &axe, &mut problems);
    browser.click("input[name=area][value='openness.surveillance']");
    browser.click("input[name=area][value='openness.encryption']");
    browser.submit("#screening button[type=submit]");

    // Questions, saving each and going to the next; the server is stopped half way and a new one
    // resumes the same file.
    let mut answered = 0;
    let mut resumed = false;
    while !browser.url().ends_with("/scorecard") {
        assert!(answered < 40, "the questions never end: {}", browser.url());
        let url = browser.url();
        let question = url.rsplit('/').next().unwrap().to_string();
        if answered < 3 || question == "surveillance" {
            audit(&browser, &axe, &mut problems);
        }
        answer_question(&browser, &question, Some(&env.path("question.png")));
        answered += 1;
        if answered == 4 && !resumed {
            drop(server);
            server = Server::start(&env.path("site"));
            browser.go(&server.link);
            browser.submit("a[href$='/a/browser-test-bill.toml']");
            browser.submit("a.button");
            assert!(
                browser.url().contains("/q/"),
                "resumes at a question: {}",
                browser.url()
            );
            resumed = true;
        }
    }
    assert!(resumed);
    let base = format!("http://{}{}", server.host, server.root);
    audit(&browser, &axe, &mut problems);
    let page = browser.source();
    assert!(page.contains("Effect on the Internet"), "{page}");
    assert!(
        ["Protective", "Low risk", "Harmful", "Serious harm"]
            .iter()
            .any(|verdict| page.contains(verdict)),
        "an effect verdict is shown"
    );
    assert!(page.contains("Section 5 makes every provider keep connection records"));
    browser.screenshot(&env.path("scorecard.png"));

    // The PDF, downloaded by clicking its link.
    browser.click("a[href$='brief.pdf']");
    let pdf = env.path("downloads/browser-test-bill.pdf");
    let deadline = Instant::now() + Duration::from_secs(120);
    while !pdf.exists() {
        assert!(Instant::now() < deadline, "no PDF was downloaded");
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_millis(500));
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Browser Test Bill"), "{text}");
    assert!(
        text.contains("Section 5 makes every provider keep connection records"),
        "{text}"
    );
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the rationale is printed as text"
    );

    // The ledger: one submission by hand, then a CSV file (which replaces it).
    browser.go(&format!("{base}/a/browser-test-bill.toml/ledger"));
    audit(&browser, &axe, &mut problems);
    browser.fill("#s-submitter", "Veridia Digital Rights");
    // The group and what was done start unchosen, and the browser sends no form without them.
    browser.click("#s-group option[value='civil-society']");
    browser.click("#s-disposition option[value='accepted']");
    browser.submit("form[action$='/ledger/add'] button");
    assert!(
        browser.source().contains("Saved submission S-01"),
        "{}",
        browser.source()
    );
    let input = browser.find("#csv");
    browser.session(
        "POST",
        &format!("/element/{input}/value"),
        Some(json!({"text": env.path("submissions.csv").display().to_string()})),
    );
    browser.click("#replace");
    browser.submit("form[action$='/ledger/import'] button");
    assert!(
        browser.source().contains("Imported 2 submissions"),
        "{}",
        browser.source()
    );
    audit(&browser, &axe, &mut problems);

    // Every page in every language, the language chosen with the switcher: the start page, an
    // assessment, the screening step (and its refusal), every question, the scorecard, the
    // ledger and an import. One browser session for all of them.
    env.write(
        "site/unscreened.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"Unscreened Bill\"\n",
    );
    browser.go(&format!("{base}/a/browser-test-bill.toml"));
    let questions: Vec<String> = browser
        .script("return Array.from(document.querySelectorAll('ol.rows a')).map(a => a.getAttribute('href'));")
        .as_array()
        .map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    assert!(questions.len() > 10, "every question of the assessment: {questions:?}");
    let started = Instant::now();
    let mut checked = 0;
    for lang in ["en", "fr", "es", "pt"] {
        browser.go(&format!("{base}/"));
        browser.submit(&format!("nav.languages a[href$='/?lang={lang}']"));
        let mut check = |what: &str| {
            let declared = browser
                .script("return document.documentElement.lang;")
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(declared.starts_with(lang), "{what} in {lang} declares {declared}");
            let source = browser.source();
            assert!(!source.contains('\u{27e6}'), "a missing message on {what} in {lang}");
            audit(&browser, &axe, &mut problems);
            checked += 1;
        };
        check("the start page");
        browser.go(&format!("{base}/a/browser-test-bill.toml"));
        check("the assessment");
        browser.go(&format!("{base}/a/unscreened.toml"));
        assert!(browser.exists("#screening"), "the screening step is shown");
        check("the screening step");
        browser.submit("#screening button[type=submit]");
        assert!(browser.exists("#confirm-none"), "{}", browser.source());
        // A refused form's message takes the focus, and the title says nothing was saved, in the
        // page's language, for a screen reader to announce at once.
        // (Taken once the page has loaded: asked for up to ten seconds.)
        let refused = (0..200)
            .map(|_| {
                std::thread::sleep(Duration::from_millis(50));
                browser.script(
                    "return [document.activeElement.hasAttribute('data-refused'), \
                     document.title.indexOf(document.body.getAttribute('data-error-title') + ' ') === 0];",
                )
            })
            .find(|state| *state == serde_json::json!([true, true]));
        assert!(refused.is_some(), "{lang}: {}", browser.source());
        check("the screening step's refusal");
        for question in &questions {
            // The links name the root already.
            browser.go(&format!("http://{}{question}", server.host));
            check(question);
        }
        browser.go(&format!("{base}/a/browser-test-bill.toml/scorecard"));
        check("the scorecard");
        browser.go(&format!("{base}/a/browser-test-bill.toml/ledger"));
        check("the ledger");
        let input = browser.find("#csv");
        browser.session(
            "POST",
            &format!("/element/{input}/value"),
            Some(json!({"text": env.path("submissions.csv").display().to_string()})),
        );
        browser.submit("form[action$='/ledger/import'] button");
        check("an import");
    }
    eprintln!(
        "axe checked {checked} pages ({} per language, {} questions) in {:.1} s",
        checked / 4,
        questions.len(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(checked, 4 * (questions.len() + 7));

    // The saved file: what the browser entered, in the format the command line reads.
    let saved = env.read("site/browser-test-bill.toml");
    for part in [
        "title = \"Browser Test Bill\"",
        "Maria Okafor, ISOC Veridia Chapter",
        "status = \"screened-out\"",
        "finding = \"Section 5 makes every provider keep connection records for two years.\"",
        "provisions = [\"s. 5(2)\", \"s. 9\"]",
        "mechanisms = [",
        "submissions_file = \"submissions.csv\"",
    ] {
        assert!(saved.contains(part), "{part} in:\n{saved}");
    }
    // Arrow keys move through the levels without saving (reading them is not choosing one);
    // leaving the group saves the level reached, a second later.
    browser.go(&format!("{base}/a/browser-test-bill.toml/q/openness/participation"));
    let before = env.read("site/browser-test-bill.toml");
    let checked = browser.find("input[name=choice]:checked");
    let keys = |text: &str| {
        browser.session(
            "POST",
            &format!("/element/{checked}/value"),
            Some(json!({ "text": text })),
        )
    };
    keys("\u{E015}");
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(
        env.read("site/browser-test-bill.toml"),
        before,
        "saved while moving through the levels"
    );
    keys("\u{E004}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while env.read("site/browser-test-bill.toml") == before {
        assert!(
            Instant::now() < deadline,
            "the level reached was not saved on leaving the levels"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    let check = Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .args(["check", "--quiet"])
        .arg(env.path("site/browser-test-bill.toml"))
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    if let Some(dir) = std::env::var_os("SERVE_SCREENSHOTS") {
        for name in ["question.png", "scorecard.png"] {
            std::fs::copy(env.path(name), Path::new(&dir).join(format!("serve-{name}"))).unwrap();
        }
    }
    assert!(
        problems.is_empty(),
        "axe found serious or critical violations:\n{}",
        problems.join("\n")
    );
}

/// On a phone 375 pixels wide, no HTML brief pushes the page sideways: a table too wide for the
/// screen scrolls in its own region (a brief's scorecard, a panel's verdicts by group), and the
/// rest wraps, in English and in French, whose words are longer.
#[test]
fn html_briefs_fit_a_phone_screen() {
    if !tools_present() {
        return;
    }
    let env = TestEnv::new();
    let changes = "examples/changes/eu-csa-regulation";
    let mut pages = Vec::new();
    for lang in ["en", "fr"] {
        for (name, args) in [
            (
                "nigeria",
                vec!["render", &repo("examples/nigeria-social-media-bill.toml")],
            ),
            (
                "ledger",
                vec![
                    "render",
                    &repo("examples/consultation/uk-online-safety-bill-encryption.toml"),
                ],
            ),
            ("panel", vec!["panel", &repo("examples/panel/eu-csa-regulation")]),
        ] {
            let out = env.path(&format!("{name}-{lang}.html")).display().to_string();
            env.run(&[args.as_slice(), &["--lang", lang, "-f", "html", "-o", &out]].concat())
                .code(0);
            pages.push(out);
        }
        let out = env.path(&format!("change-{lang}.html")).display().to_string();
        let (old, new) = (
            repo(&format!("{changes}-commission-proposal.toml")),
            repo(&format!("{changes}-council-position.toml")),
        );
        env.run(&["diff", &old, &new, "--lang", lang, "-f", "html", "-o", &out])
            .code(0);
        pages.push(out);
    }
    let browser = Browser::start_as(&env.path("downloads"), &env.path("profile"), Some(375));
    for page in &pages {
        browser.go(&format!("file://{page}"));
        // A page wider than the screen widens the phone's layout viewport with it: the page's
        // width is set against the screen's.
        let widths = browser.script("return [document.documentElement.scrollWidth, screen.width];");
        let (page_width, screen) = (widths[0].as_u64().unwrap_or(0), widths[1].as_u64().unwrap_or(0));
        assert_eq!(screen, 375, "{page}: not shown on a phone's screen");
        assert!(
            page_width <= screen,
            "{page}: {page_width} pixels wide on a {screen}-pixel screen"
        );
        // A chart's words stay readable on the phone (at 14 of its 640 units they were 7 pixels
        // high), and no label runs into its bar.
        let charts = browser.script(
            "const texts = [...document.querySelectorAll('svg[role=img] text')];
             const bars = [...document.querySelectorAll('svg[role=img] rect')];
             const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
             return [texts.length,
                     Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / 640)),
                     texts.filter(t => t.getAttribute('x') === '0' && bars.some(r => overlap(t.getBoundingClientRect(), r.getBoundingClientRect()))).map(t => t.textContent)];",
        );
        if charts[0].as_u64().unwrap_or(0) > 0 {
            let smallest = charts[1].as_f64().unwrap_or(0.0);
            assert!(
                smallest >= 13.0,
                "{page}: a chart's words are {smallest:.1} pixels high"
            );
            assert_eq!(charts[2], serde_json::json!([]), "{page}: labels over bars");
        }
    }
}

/// Text typed within the second before leaving a question page is sent as the page goes (a
/// keepalive request with the page's CSRF token), not lost with the autosave's timer; before,
/// the last words typed before following a link were never saved.
#[test]
fn text_typed_just_before_leaving_a_question_page_is_saved() {
    if !tools_present() {
        return;
    }
    let env = TestEnv::new();
    env.write("site/bill.toml", crate::support::assessment(""));
    let browser = Browser::start(&env.path("downloads"), &env.path("profile"));
    let server = Server::start(&env.path("site"));
    let base = format!("http://{}{}", server.host, server.root);
    browser.go(&server.link);
    browser.go(&format!("{base}/a/bill.toml/q/openness/participation"));
    browser.fill("#finding", "Typed just before leaving.");
    // Away at once, well within the second the autosave waits.
    browser.go(&format!("{base}/a/bill.toml"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while !env.read("site/bill.toml").contains("Typed just before leaving.") {
        assert!(Instant::now() < deadline, "not saved:\n{}", env.read("site/bill.toml"));
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// One `read` from `stream`, again when a signal interrupts it (EINTR): the test's own HTTP
/// client must not fail where the connection did not.
fn read_retrying(stream: &mut impl Read, buffer: &mut [u8]) -> Result<usize, String> {
    loop {
        match stream.read(buffer) {
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            other => return other.map_err(|error| error.to_string()),
        }
    }
}
