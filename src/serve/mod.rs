//! `impact-brief serve`: the assessment in a browser, on the user's own machine.
//!
//! A small web application on the loopback interface: server-rendered HTML forms that work
//! without JavaScript, saving every answer to the same TOML file the command line uses, edited in
//! place so that comments and layout survive. One concept a file: `server` (the HTTP server and
//! router), `security` (token, cookie, Host, Origin and CSRF checks, headers, file names),
//! `pages` (what a GET shows) and `forms` (what a POST changes). The templates and assets are
//! embedded in the binary.

mod forms;
mod merge;
mod pages;
mod security;
mod server;

use std::path::PathBuf;

use anyhow::{Result, anyhow};

use crate::model::RubricSet;

/// How to serve.
pub struct Options {
    /// The folder whose assessments are served; nothing outside it is read or written.
    pub dir: PathBuf,
    /// The port; 0 lets the system choose a free one.
    pub port: u16,
    /// Whether to open the default browser.
    pub open: bool,
    /// Today's date, for new assessments.
    pub today: String,
    /// The schema directive of new files.
    pub schema: Option<String>,
    /// The language of the pages until the browser chooses another.
    pub lang: crate::i18n::Lang,
    /// How long a connection has to send its request, when not the default (30 seconds).
    pub request_timeout: Option<std::time::Duration>,
}

/// Serves `options.dir` until the process is stopped.
pub fn run(options: Options, rubrics: RubricSet) -> Result<()> {
    // The folder as the user can find it: `.` says nothing on a page or in a terminal.
    let shown = std::path::absolute(&options.dir)
        .unwrap_or_else(|_| options.dir.clone())
        .display()
        .to_string();
    let metadata = std::fs::metadata(&options.dir).map_err(|error| {
        anyhow!(
            "{}",
            crate::i18n::colon_joined([
                crate::tr!(options.lang, "serve-terminal-cannot-open", folder = shown.as_str()),
                crate::i18n::io_reason(&error)
            ])
        )
    })?;
    if !metadata.is_dir() {
        anyhow::bail!(
            "{}",
            crate::tr!(options.lang, "serve-terminal-not-a-folder", folder = shown.as_str())
        );
    }
    let listener = std::net::TcpListener::bind(("127.0.0.1", options.port)).map_err(|error| {
        let said = crate::i18n::colon_joined([
            crate::tr!(
                options.lang,
                "serve-terminal-cannot-listen",
                port = options.port.to_string()
            ),
            crate::i18n::io_reason(&error),
        ]);
        if options.port == 0 {
            anyhow!("{said}")
        } else {
            let help = crate::i18n::tr(options.lang, "serve-terminal-cannot-listen-help");
            anyhow!("{said}\n  help: {help}")
        }
    })?;
    let port = listener.local_addr()?.port();
    let mut app = server::App::new(
        options.dir.clone(),
        rubrics,
        port,
        options.today,
        options.schema,
        options.lang,
    )?;
    let url = format!(
        "http://127.0.0.1:{port}{}/?token={}",
        app.secrets.root,
        app.secrets_token().unwrap_or_default()
    );
    // Every answer is saved as it is given: stopping loses nothing, and is no failure. The handler
    // is in place before the link is printed, so a script that stops `serve` as soon as it reads
    // the link sees the same clean stop as a person.
    crate::commands::stop_cleanly_on_signal(crate::tr!(
        options.lang,
        "serve-terminal-stopped",
        folder = shown.clone()
    ));
    // Standard output carries the link alone, so that a script can read it.
    crate::output::print_stdout_prepared(&format!("{url}\n"))?;
    // Said in the pages' language, as the rest of what `serve` says to its user.
    crate::eprintln_safe!(
        "{}",
        crate::tr!(
            options.lang,
            "serve-terminal-serving",
            folder = shown.clone(),
            port = port.to_string()
        )
    );
    if options.open {
        open_browser(&url, options.lang);
    }
    server::run(
        &mut app,
        listener,
        options.request_timeout.unwrap_or(server::REQUEST_TIMEOUT),
    );
    Ok(())
}

/// Opens `url` in the default browser, where there is a desktop to open it on.
fn open_browser(url: &str, lang: crate::i18n::Lang) {
    let command = if cfg!(target_os = "macos") {
        Some(std::process::Command::new("open").arg(url).spawn())
    } else if cfg!(windows) {
        // `start` is built into cmd; the empty title keeps the URL from being read as one.
        Some(std::process::Command::new("cmd").args(["/C", "start", "", url]).spawn())
    } else if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some() {
        Some(std::process::Command::new("xdg-open").arg(url).spawn())
    } else {
        None
    };
    match command {
        Some(Ok(_)) => {}
        Some(Err(error)) => crate::eprintln_safe!(
            "{}",
            crate::tr!(lang, "serve-terminal-no-browser", error = error.to_string())
        ),
        None => crate::eprintln_safe!("{}", crate::i18n::tr(lang, "serve-terminal-no-desktop")),
    }
}
