//! The Typst engines: the only code in the crate that touches Typst.
//!
//! Two engines turn a Typst template plus JSON data into PDF bytes:
//!
//! - [`TypstEngine`], the Typst compiler embedded as a library (the default).
//!   It holds the embedded fonts, loaded once and shared across threads and
//!   documents, so a batch pays for them once and Typst's memoisation carries
//!   over from one brief to the next.
//! - [`compile_pdf_with_cli`], the stand-alone `typst` program, fed the very
//!   same template and data through a temporary directory.
//!
//! # What a template sees
//!
//! - `json("/data.json")`: the caller's data. Data reaches Typst only as
//!   values; no Typst source is ever built from it, so a title such as
//!   `#read("/etc/passwd")` prints as those characters.
//! - `sys.inputs.paper` (`"a4"` or `"us-letter"`, usable as
//!   `set page(paper: sys.inputs.paper)`), identical for both engines (the CLI
//!   gets it as `--input paper=...`). Everything that differs per document is
//!   in the data, so documents share one library and Typst's memoised work.
//! - `datetime.today()`: the [`PdfSettings::date`], else 1970-01-01. A given
//!   date is also the PDF's creation date (PDF/A needs one); without one the
//!   PDF has none, and never the clock's.
//! - The embedded fonts (Libertinus Serif, New Computer Modern, NCM Math,
//!   DejaVu Sans Mono, Noto Sans Arabic, Hebrew and Devanagari) and those under
//!   [`FontSettings::paths`]; the system's fonts only for a document with a
//!   character none of those has (e.g. Chinese), so that every machine gives the
//!   same bytes for the others (see `fonts.rs`).
//!
//! Nothing else: every other file and every package import fails (see
//! `world.rs`). Upgrading Typst should only touch this directory.
//!
//! One file a part: `engine` (the embedded compiler), `cli` (the stand-alone program),
//! `settings` (paper, standard, date), `world` (the sandbox a template sees), `fonts` (which
//! fonts a document gets, and the characters none has), `diagnostics` (error messages).

mod cli;
mod diagnostics;
mod engine;
mod fonts;
mod settings;
mod world;

use std::io;
use std::path::PathBuf;
use std::sync::OnceLock;

use typst::syntax::Source;

pub use cli::compile_pdf_with_cli;
pub use engine::{Compiled, TypstEngine};
pub use fonts::FontSettings;
pub use settings::{Paper, PdfSettings, PdfStandard};

/// `sys.inputs` key holding the paper name: `"a4"` or `"us-letter"`.
pub const INPUT_PAPER: &str = "paper";

/// A Typst template: its text, the name diagnostics call it by, and the files it may import.
#[derive(Debug)]
pub struct TemplateSource {
    /// Shown in diagnostics: `"brief.typ"` for the built-in template, the
    /// user's path for a custom one. A plain `*.typ` file name at its end
    /// also becomes the template's virtual file name.
    pub name: String,
    /// The Typst source.
    pub text: String,
    /// The source parsed, on first use: a batch compiles one template for
    /// every brief, and parsing it for each cost 2% of a PDF batch.
    parsed: OnceLock<Source>,
    /// The files it may import, served beside it (`common.typ`).
    imports: Vec<Import>,
}

/// A Typst file a template may import by its plain name (`#import "common.typ": *`).
#[derive(Debug)]
pub struct Import {
    /// Its file name, at the root beside the template.
    pub name: String,
    /// The Typst source.
    pub text: String,
    /// The source parsed, on first use, as the template's.
    parsed: OnceLock<Source>,
}

impl Import {
    /// The parsed source; a clone shares the parse.
    pub(crate) fn parsed(&self) -> Source {
        self.parsed
            .get_or_init(|| world::import_source(&self.name, self.text.clone()))
            .clone()
    }
}

impl TemplateSource {
    /// The template `text`, called `name` in diagnostics.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> TemplateSource {
        TemplateSource {
            name: name.into(),
            text: text.into(),
            parsed: OnceLock::new(),
            imports: Vec::new(),
        }
    }

    /// The same template with `text` served beside it as the file `name`. The name must be a
    /// plain `*.typ` file name other than the template's own.
    pub fn with_import(mut self, name: impl Into<String>, text: impl Into<String>) -> TemplateSource {
        self.imports.push(Import {
            name: name.into(),
            text: text.into(),
            parsed: OnceLock::new(),
        });
        self
    }

    /// The files served beside the template.
    pub fn imports(&self) -> &[Import] {
        &self.imports
    }

    /// The parsed source; a clone shares the parse.
    pub(crate) fn parsed(&self) -> Source {
        self.parsed
            .get_or_init(|| world::main_source(&self.name, self.text.clone()))
            .clone()
    }
}

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum TypstError {
    /// The template did not compile; `diagnostics` reads like the `typst` CLI:
    /// `error: ...`, `┌─ brief.typ:3:5`, the line, `= hint: ...`.
    #[error("the PDF template failed to compile\n{diagnostics}")]
    Template {
        /// Every error and warning, each with file:line:col and hints.
        diagnostics: String,
    },
    /// The document compiled but could not be written as PDF, e.g. because it
    /// breaks the requested standard (PDF/UA-1 without a title).
    #[error("the brief could not be exported as PDF\n{diagnostics}")]
    Pdf {
        /// What broke the export, formatted like [`TypstError::Template`].
        diagnostics: String,
    },
    /// [`PdfSettings::date`] is outside the years Typst can show.
    #[error("the document date {date} is outside the years Typst can show")]
    InvalidDate {
        /// The date given.
        date: time::Date,
    },
    /// The `typst` program was not found.
    #[error(
        "the typst program was not found (looked for `{}`)\n\
         hint: install Typst with `cargo install --locked typst-cli` or from a release at \
         https://github.com/typst/typst/releases and put it on the PATH, pass its path, \
         or use `--engine embedded`",
        path.display()
    )]
    CliNotFound {
        /// The program path or name that was tried.
        path: PathBuf,
    },
    /// The `typst` program ran but failed.
    #[error("`{} compile` failed ({status})\n{stderr}", program.display())]
    Cli {
        /// The program that was run.
        program: PathBuf,
        /// Its exit status, e.g. `exit status: 1`.
        status: String,
        /// What it printed on standard error (its diagnostics).
        stderr: String,
    },
    /// Reading or writing the CLI engine's temporary files failed.
    #[error("typst engine i/o error: {0}")]
    Io(#[from] io::Error),
}

/// The `sys.inputs` pairs for both engines, in one place so they cannot drift.
///
/// Values are trimmed because the `typst` CLI trims `--input` values; doing
/// the same here keeps the engines' documents identical.
fn sys_inputs(paper: Paper) -> Vec<(&'static str, String)> {
    vec![(INPUT_PAPER, paper.typst_name().to_owned())]
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    use super::engine::compile_document;
    use super::settings::{today, typst_date, unix_noon};
    use std::sync::LazyLock;

    use super::*;

    /// One engine for all tests, as a batch would share it.
    static ENGINE: LazyLock<TypstEngine> = LazyLock::new(TypstEngine::new);

    fn template(text: &str) -> TemplateSource {
        TemplateSource::new("brief.typ", text)
    }

    fn settings() -> PdfSettings {
        PdfSettings::default()
    }

    const DATA: &[u8] = br#"{"title": "Online Safety Bill", "items": ["one", "two"]}"#;

    const SIMPLE: &str = r#"#let data = json("/data.json")
#set document(title: data.title)
#set page(paper: sys.inputs.paper)
= #data.title
#for item in data.items [- #item]
Today is #datetime.today().display().
"#;

    fn compile(text: &str, data: &[u8], options: &PdfSettings) -> Result<Vec<u8>, TypstError> {
        ENGINE.compile_pdf(&template(text), data, options)
    }

    fn template_error(text: &str) -> String {
        match compile(text, DATA, &settings()) {
            Err(TypstError::Template { diagnostics }) => diagnostics,
            other => panic!("expected a template error, got {other:?}"),
        }
    }

    /// The text of a PDF via poppler's `pdftotext`, whitespace collapsed, or `None` where it is not
    /// installed. CI must have it (`.ci/run` installs it): there its absence fails the test.
    fn pdf_text(pdf: &[u8]) -> Option<String> {
        if Command::new("pdftotext").arg("-v").output().is_err() {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "pdftotext is needed for the PDF text checks: apt-get install poppler-utils"
            );
            eprintln!("pdftotext not installed: the PDF's own text is not checked, only the layout's");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.pdf");
        std::fs::write(&path, pdf).unwrap();
        let out = Command::new("pdftotext").arg(&path).arg("-").output().unwrap();
        assert!(out.status.success(), "pdftotext failed");
        Some(collapse(&String::from_utf8_lossy(&out.stdout)))
    }

    /// The text Typst laid out, in layout order, whitespace collapsed: checked with or without
    /// pdftotext, so that no test depends on an external program to assert anything.
    fn laid_out_text(text: &str, data: &[u8], options: &PdfSettings) -> String {
        fn walk(frame: &typst::layout::Frame, out: &mut String) {
            for (_, item) in frame.items() {
                match item {
                    typst::layout::FrameItem::Group(group) => walk(&group.frame, out),
                    typst::layout::FrameItem::Text(run) => {
                        out.push_str(&run.text);
                        out.push(' ');
                    }
                    _ => {}
                }
            }
        }
        let world = ENGINE.world(&template(text), data, options, typst_date(today(options.date)).unwrap());
        let document = compile_document(&world).unwrap();
        let mut out = String::new();
        for page in document.pages() {
            walk(&page.frame, &mut out);
        }
        collapse(&out)
    }

    fn collapse(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn engine_is_shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<TypstEngine>();
    }

    #[test]
    fn data_template_compiles_to_pdf() {
        let pdf = compile(SIMPLE, DATA, &settings()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let laid_out = laid_out_text(SIMPLE, DATA, &settings());
        for text in std::iter::once(laid_out).chain(pdf_text(&pdf)) {
            assert!(text.contains("Online Safety Bill"), "{text}");
            assert!(text.contains("one") && text.contains("two"), "{text}");
            assert!(text.contains("Today is 1970-01-01."), "{text}");
        }
    }

    #[test]
    fn same_input_gives_identical_bytes() {
        let first = compile(SIMPLE, DATA, &settings()).unwrap();
        let second = compile(SIMPLE, DATA, &settings()).unwrap();
        assert!(first == second, "two compilations differ");
        // A fresh engine (new library and fonts) gives the same bytes too.
        let other = TypstEngine::new()
            .compile_pdf(&template(SIMPLE), DATA, &settings())
            .unwrap();
        assert!(first == other, "a second engine's output differs");
    }

    #[test]
    fn threads_share_one_engine() {
        let expected = compile(SIMPLE, DATA, &settings()).unwrap();
        let outputs: Vec<Vec<u8>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| compile(SIMPLE, DATA, &settings()).unwrap()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(outputs.iter().all(|pdf| *pdf == expected), "outputs differ");
    }

    #[test]
    fn settings_reach_sys_inputs_and_today() {
        let text = r#"#assert.eq(sys.inputs.paper, "us-letter")
#assert.eq(sys.inputs.keys(), ("paper",))
#assert.eq(datetime.today(), datetime(year: 2026, month: 11, day: 20))
#assert.eq(datetime.today(offset: -11), datetime(year: 2026, month: 11, day: 20))
#set page(paper: sys.inputs.paper)
ok"#;
        let options = PdfSettings {
            paper: Paper::UsLetter,
            date: Some(ymd(2026, 11, 20)),
            ..PdfSettings::default()
        };
        let world = ENGINE.world(
            &template(text),
            DATA,
            &options,
            typst_date(today(options.date)).unwrap(),
        );
        let document = compile_document(&world).unwrap();
        let size = document.pages()[0].frame.size();
        assert!((size.x.to_pt() - 612.0).abs() < 0.01, "{size:?}");
        assert!((size.y.to_pt() - 792.0).abs() < 0.01, "{size:?}");
    }

    #[test]
    fn files_outside_the_sandbox_are_refused() {
        let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
        let secret_line = passwd.lines().next().unwrap_or("root:x:0:0");
        for call in [
            r#"#read("/etc/passwd")"#,
            r#"#read("../../../../etc/passwd")"#,
            r#"#image("../x.png")"#,
            r#"#json("/other.json")"#,
            r#"#include "/etc/passwd""#,
            r#"#read("/brief.pdf")"#,
        ] {
            let diagnostics = template_error(call);
            assert!(
                diagnostics.contains("access denied") || diagnostics.contains("would escape the project root"),
                "{call}: {diagnostics}"
            );
            // Typst's hint names its own CLI's `--root`, not a flag of ours.
            assert!(!diagnostics.contains("--root"), "{call}: {diagnostics}");
            assert!(diagnostics.contains("brief.typ:1:"), "{call}: {diagnostics}");
            assert!(!diagnostics.contains(secret_line), "{call} leaked /etc/passwd");
        }
    }

    #[test]
    fn data_file_is_not_code() {
        let diagnostics = template_error(r#"#import "/data.json""#);
        assert!(diagnostics.contains("not a Typst source file"), "{diagnostics}");
    }

    #[test]
    fn packages_are_refused_without_network() {
        let diagnostics = template_error(r#"#import "@preview/foo:0.1.0": bar"#);
        assert!(diagnostics.contains("package not found"), "{diagnostics}");
        assert!(diagnostics.contains("@preview/foo:0.1.0"), "{diagnostics}");
    }

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let text = "= Title\n\n#let x = (1, 2\nmore text\n";
        let diagnostics = template_error(text);
        assert!(diagnostics.starts_with("error: "), "{diagnostics}");
        assert!(diagnostics.contains("┌─ brief.typ:3:"), "{diagnostics}");
        assert!(diagnostics.contains("3 │ #let x = (1, 2"), "{diagnostics}");
    }

    #[test]
    fn diagnostics_use_the_callers_template_name_and_hints() {
        let source = TemplateSource::new("/home/a/templates/custom.typ", "Hello\n#let x = 1\n#x.foo()\n");
        let err = ENGINE.compile_pdf(&source, DATA, &settings()).unwrap_err();
        let shown = err.to_string();
        assert!(shown.contains("/home/a/templates/custom.typ:3:"), "{shown}");
        // An unknown variable comes with typst's own hint.
        let diagnostics = template_error("#undefined-thing");
        assert!(diagnostics.contains("unknown variable"), "{diagnostics}");
        assert!(diagnostics.contains("= hint: "), "{diagnostics}");
    }

    #[test]
    fn invalid_json_points_into_data_json() {
        let err = compile(r#"#json("/data.json")"#, b"{\n  \"a\": oops\n}", &settings()).unwrap_err();
        let TypstError::Template { diagnostics } = err else {
            panic!("{err:?}")
        };
        assert!(diagnostics.contains("json"), "{diagnostics}");
    }

    #[test]
    fn markup_in_data_prints_literally() {
        let hostile = r#"#read("/etc/passwd") *bold* $x$ ] [ \ // c"#;
        let data = serde_json_string(hostile);
        let text = "#let data = json(\"/data.json\")\n#set document(title: \"t\")\n#data.title\n";
        let pdf = compile(text, &data, &settings()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let laid_out = laid_out_text(text, &data, &settings());
        for text in std::iter::once(laid_out).chain(pdf_text(&pdf)) {
            assert!(text.contains(hostile), "{text}");
        }
    }

    fn serde_json_string(title: &str) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({ "title": title })).unwrap()
    }

    #[test]
    fn pdf_ua_1_with_title_works() {
        let options = PdfSettings {
            standard: Some(PdfStandard::Ua1),
            ..settings()
        };
        let pdf = compile(SIMPLE, DATA, &options).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("pdfuaid"), "no PDF/UA identification in XMP");
    }

    #[test]
    fn pdf_ua_1_without_title_is_an_export_error() {
        let options = PdfSettings {
            standard: Some(PdfStandard::Ua1),
            ..settings()
        };
        let err = compile("No title here.", DATA, &options).unwrap_err();
        let TypstError::Pdf { diagnostics } = err else {
            panic!("{err:?}")
        };
        assert!(diagnostics.contains("title"), "{diagnostics}");
    }

    #[test]
    fn pdf_a_2b_works_with_a_date() {
        let options = PdfSettings {
            standard: Some(PdfStandard::A2b),
            ..settings()
        };
        let err = compile(SIMPLE, DATA, &options).unwrap_err();
        let TypstError::Pdf { diagnostics } = err else {
            panic!("{err:?}")
        };
        assert!(diagnostics.contains("missing document date"), "{diagnostics}");

        let options = PdfSettings {
            date: Some(ymd(2026, 11, 20)),
            ..options
        };
        let pdf = compile(SIMPLE, DATA, &options).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("pdfaid"), "no PDF/A identification in XMP");
        assert!(text.contains("2026-11-20T12:00:00"), "creation date missing");
    }

    #[test]
    fn unix_noon_matches_known_dates() {
        assert_eq!(unix_noon(ymd(1970, 1, 1)), 43_200);
        assert_eq!(unix_noon(ymd(2000, 3, 1)), 951_912_000);
        assert_eq!(unix_noon(ymd(2026, 11, 20)), 1_795_176_000);
        assert_eq!(unix_noon(ymd(1969, 12, 31)), -43_200);
    }

    fn ymd(year: i32, month: u8, day: u8) -> time::Date {
        time::Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap()
    }

    #[test]
    fn missing_cli_says_how_to_install() {
        let err = compile_pdf_with_cli(
            Path::new("/nonexistent/typst-for-impact-brief-tests"),
            &template(SIMPLE),
            DATA,
            &settings(),
            &FontSettings::default(),
        )
        .unwrap_err();
        assert!(matches!(err, TypstError::CliNotFound { .. }), "{err:?}");
        let shown = err.to_string();
        assert!(shown.contains("cargo install --locked typst-cli"), "{shown}");
        assert!(shown.contains("--engine embedded"), "{shown}");
    }

    /// Runs the CLI engine against a shell script standing in for `typst`,
    /// retrying while the fresh script is still "busy" (another test thread
    /// may have forked while it was open for writing).
    #[cfg(unix)]
    fn run_fake_cli(script: &str, options: &PdfSettings) -> (Result<Vec<u8>, TypstError>, tempfile::TempDir) {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("typst");
        let log = dir.path().join("log");
        std::fs::write(&program, script.replace("LOG", &log.display().to_string())).unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        for _ in 0..50 {
            let result = compile_pdf_with_cli(&program, &template(SIMPLE), DATA, options, &FontSettings::default());
            match &result {
                Err(TypstError::Io(err)) if err.raw_os_error() == Some(26) => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                _ => return (result, dir),
            }
        }
        panic!("fake typst stayed busy");
    }

    #[cfg(unix)]
    #[test]
    fn cli_engine_passes_the_same_inputs() {
        let script = r#"#!/bin/sh
printf '%s\n' "$@" > LOG
cat data.json >> LOG
printf '\n' >> LOG
cat brief.typ >> LOG
for last; do :; done
printf '%%PDF-fake' > "$last"
"#;
        let options = PdfSettings {
            paper: Paper::UsLetter,
            standard: Some(PdfStandard::Ua1),
            date: Some(ymd(2026, 11, 20)),
        };
        let (result, dir) = run_fake_cli(script, &options);
        assert_eq!(result.unwrap(), b"%PDF-fake");
        let log = std::fs::read_to_string(dir.path().join("log")).unwrap();
        for expected in [
            "compile",
            "--ignore-system-fonts",
            "--input=paper=us-letter",
            "--pdf-standard=ua-1",
            "--creation-timestamp=1795176000",
            "brief.typ",
            "Online Safety Bill",
            "#let data = json(\"/data.json\")",
        ] {
            assert!(log.contains(expected), "missing {expected:?} in:\n{log}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn cli_failure_returns_its_diagnostics() {
        let script = "#!/bin/sh\necho 'error: unclosed delimiter' >&2\nexit 1\n";
        let (result, _dir) = run_fake_cli(script, &settings());
        let err = result.unwrap_err();
        let TypstError::Cli { stderr, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(stderr, "error: unclosed delimiter");
        assert!(err.to_string().contains("exit status: 1"), "{err}");
    }
}
