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
//!   DejaVu Sans Mono); never system fonts, so every machine gives the same
//!   bytes.
//!
//! Nothing else: every other file and every package import fails (see
//! `world.rs`). Upgrading Typst should only touch this directory.

mod diagnostics;
mod world;

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use typst::diag::{HintedString, Warned};
use typst::foundations::{Datetime, Smart, Str, Value};
use typst::syntax::Source;
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_kit::fonts::{self, FontStore};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use self::world::BriefWorld;

/// `sys.inputs` key holding the paper name: `"a4"` or `"us-letter"`.
pub const INPUT_PAPER: &str = "paper";

/// How many ageings a memoised Typst result may go unused before it is
/// dropped. Typst's caches are global and would otherwise grow with every
/// document of a batch. Keeping what the last four or so documents used lets a
/// brief reuse the layout that recent briefs share (rubric texts, headings, the
/// methodology) even when the brief just before chose other levels: in
/// `bench/run.sh` a PDF batch took 30% less time than when only the previous
/// document's results were kept; keeping more was no faster, only larger.
const CACHE_MAX_AGE: usize = 2;

/// How many documents are compiled between two ageings of the caches: a
/// result unused for `CACHE_MAX_AGE × EVICT_EVERY` documents is dropped.
const EVICT_EVERY: usize = 2;

/// The date `datetime.today()` returns when the settings give none.
const DEFAULT_DATE: (i32, u8, u8) = (1970, 1, 1);

/// The embedded Typst compiler, with its fonts loaded once.
///
/// `TypstEngine` is `Send + Sync`; share one (e.g. behind `&` or `Arc`) across
/// the threads of a batch rather than building one per document.
///
/// The standard library is built once per paper size, the only `sys.input`:
/// documents that share a library share Typst's memoised work (the template's
/// own evaluation and layout of what does not depend on the data), which a
/// library per document, with its own hash, would defeat.
pub struct TypstEngine {
    /// The embedded fonts, loaded once.
    fonts: FontStore,
    /// The standard library for A4 documents.
    a4: LazyHash<Library>,
    /// The standard library for US Letter documents.
    us_letter: LazyHash<Library>,
    /// Documents compiled so far, which paces the ageing of Typst's caches.
    compiled: AtomicUsize,
}

impl TypstEngine {
    /// Builds the engine with the embedded fonts only.
    pub fn new() -> Self {
        let mut fonts = FontStore::new();
        fonts.extend(fonts::embedded());
        Self {
            fonts,
            a4: library(Paper::A4),
            us_letter: library(Paper::UsLetter),
            compiled: AtomicUsize::new(0),
        }
    }

    /// Compiles `template`, which reads its data with `json("/data.json")`,
    /// serving `data_json` as that file, and exports the result as PDF.
    ///
    /// The same template, data and settings always give the same bytes.
    pub fn compile_pdf(
        &self,
        template: &TemplateSource,
        data_json: &[u8],
        options: &PdfSettings,
    ) -> Result<Vec<u8>, TypstError> {
        let result = self.compile_and_export(template, data_json, options);
        // Age Typst's global caches every few documents, failed or not, so
        // that a long batch keeps only what recent documents used. (Ageing
        // walks every cache, so doing it after every document cost 4%.)
        if self.compiled.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1 {
            typst::comemo::evict(CACHE_MAX_AGE);
        }
        result
    }

    fn compile_and_export(
        &self,
        template: &TemplateSource,
        data_json: &[u8],
        options: &PdfSettings,
    ) -> Result<Vec<u8>, TypstError> {
        let today = fixed_date(options.date)?;
        // Check the standard before compiling: a bad combination is cheap to
        // find and says nothing about the template.
        let pdf_options = pdf_options(options)?;
        let world = self.world(template, data_json, options, today);
        let document = compile_document(&world)?;
        typst_pdf::pdf(&document, &pdf_options).map_err(|errors| TypstError::Pdf {
            diagnostics: diagnostics::format(&world, &errors),
        })
    }

    /// The sandboxed world for one document.
    fn world<'a>(
        &'a self,
        template: &TemplateSource,
        data_json: &[u8],
        options: &PdfSettings,
        today: Datetime,
    ) -> BriefWorld<'a> {
        let library = match options.paper {
            Paper::A4 => &self.a4,
            Paper::UsLetter => &self.us_letter,
        };
        BriefWorld::new(
            library,
            &self.fonts,
            template.parsed(),
            &template.name,
            data_json,
            today,
        )
    }
}

impl Default for TypstEngine {
    fn default() -> Self {
        Self::new()
    }
}

/// A Typst template: its text, and the name diagnostics call it by.
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
}

impl TemplateSource {
    /// The template `text`, called `name` in diagnostics.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> TemplateSource {
        TemplateSource {
            name: name.into(),
            text: text.into(),
            parsed: OnceLock::new(),
        }
    }

    /// The parsed source; a clone shares the parse.
    fn parsed(&self) -> Source {
        self.parsed
            .get_or_init(|| world::main_source(&self.name, self.text.clone()))
            .clone()
    }
}

/// Paper size, passed to the template as `sys.inputs.paper`; also the `--paper` values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    UsLetter,
}

impl Paper {
    /// The name Typst's `page(paper: ..)` knows this paper by.
    pub fn typst_name(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::UsLetter => "us-letter",
        }
    }
}

/// A PDF standard the output must conform to, checked by Typst on export; also the
/// `--pdf-standard` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum PdfStandard {
    /// PDF/UA-1 (universal accessibility). Needs a document title.
    #[value(name = "ua-1")]
    Ua1,
    /// PDF/A-2b (archiving).
    #[value(name = "a-2b")]
    A2b,
}

impl PdfStandard {
    /// The standard's name on the `typst` command line (`--pdf-standard`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Ua1 => "ua-1",
            Self::A2b => "a-2b",
        }
    }

    fn to_typst(self) -> typst_pdf::PdfStandard {
        match self {
            Self::Ua1 => typst_pdf::PdfStandard::Ua_1,
            Self::A2b => typst_pdf::PdfStandard::A_2b,
        }
    }
}

/// Settings for one PDF, the same for both engines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfSettings {
    /// Paper size (`sys.inputs.paper`).
    pub paper: Paper,
    /// Standard to conform to, if any. Tagged (accessible) PDF is written
    /// either way.
    pub standard: Option<PdfStandard>,
    /// The document date as (year, month, day): what `datetime.today()`
    /// returns (1970-01-01 when `None`) and, when given, the PDF's creation
    /// date, which PDF/A-2b requires unless the template sets
    /// `document(date: ..)`. Never the clock, so output is reproducible.
    pub date: Option<(i32, u8, u8)>,
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
    /// [`PdfSettings::date`] is not a calendar date.
    #[error("invalid document date {year:04}-{month:02}-{day:02}")]
    InvalidDate {
        /// The year given.
        year: i32,
        /// The month given (1–12 is valid).
        month: u8,
        /// The day given.
        day: u8,
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

/// Compiles with the stand-alone `typst` program instead of the embedded one.
///
/// Writes the template (as `brief.typ`, or its own plain `*.typ` file name)
/// and `data.json` to a temporary directory that is also the Typst root, runs
/// `typst compile` there with the same `sys.inputs`, date, standard and fonts
/// as [`TypstEngine::compile_pdf`], and returns the PDF bytes. `typst_path`
/// is a path or a name looked up on the `PATH` (usually `"typst"`).
///
/// Without a [`PdfSettings::date`], the CLI still records 1970-01-01 as the
/// PDF's creation date (its only way to fix `datetime.today()`), which the
/// embedded engine leaves out.
pub fn compile_pdf_with_cli(
    typst_path: &Path,
    template: &TemplateSource,
    data_json: &[u8],
    options: &PdfSettings,
) -> Result<Vec<u8>, TypstError> {
    // Validate before spawning anything, with the embedded engine's rules.
    fixed_date(options.date)?;
    let (year, month, day) = options.date.unwrap_or(DEFAULT_DATE);

    let dir = tempfile::Builder::new().prefix("impact-brief-typst-").tempdir()?;
    let main_name = world::main_file_name(&template.name);
    std::fs::write(dir.path().join(main_name), &template.text)?;
    std::fs::write(dir.path().join("data.json"), data_json)?;
    // An empty package directory: no local or cached package is visible,
    // matching the embedded engine, which has none.
    let packages = dir.path().join("packages");
    std::fs::create_dir(&packages)?;
    let output = dir.path().join("brief.pdf");

    let mut command = Command::new(typst_path);
    command
        .current_dir(dir.path())
        .arg("compile")
        .arg("--root")
        .arg(dir.path())
        .arg("--ignore-system-fonts")
        .arg("--package-path")
        .arg(&packages)
        .arg("--package-cache-path")
        .arg(&packages)
        // Noon UTC, so `datetime.today(offset: ..)` stays on the same date
        // for any offset within ±12 hours.
        .arg(format!("--creation-timestamp={}", unix_noon(year, month, day)))
        .args(
            sys_inputs(options.paper)
                .into_iter()
                // `--input=k=v` as one argument, so a value starting with `-`
                // is never taken for a flag.
                .map(|(key, value)| format!("--input={key}={value}")),
        );
    if let Some(standard) = options.standard {
        command.arg(format!("--pdf-standard={}", standard.cli_name()));
    }
    command
        .arg(main_name)
        .arg(&output)
        // The user's Typst environment must not change the result.
        .env_remove("TYPST_FONT_PATHS")
        .env_remove("TYPST_ROOT")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("TYPST_IGNORE_EMBEDDED_FONTS")
        .env_remove("no_proxy")
        .env_remove("NO_PROXY")
        // Package downloads go through this proxy, on a loopback port where
        // nothing listens, so a template cannot make the CLI reach the network
        // (the embedded engine refuses packages outright).
        .env("https_proxy", NO_NETWORK_PROXY)
        .env("HTTPS_PROXY", NO_NETWORK_PROXY)
        .env("http_proxy", NO_NETWORK_PROXY)
        .env("HTTP_PROXY", NO_NETWORK_PROXY)
        .env("ALL_PROXY", NO_NETWORK_PROXY)
        .stdin(Stdio::null());

    let result = match command.output() {
        Ok(result) => result,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Err(TypstError::CliNotFound {
                path: typst_path.to_owned(),
            });
        }
        Err(err) => return Err(TypstError::Io(err)),
    };
    if !result.status.success() {
        return Err(TypstError::Cli {
            program: typst_path.to_owned(),
            status: result.status.to_string(),
            stderr: String::from_utf8_lossy(&result.stderr).trim_end().to_owned(),
        });
    }
    Ok(std::fs::read(&output)?)
}

/// A proxy address nothing answers on (port 9 is "discard", closed here).
const NO_NETWORK_PROXY: &str = "http://127.0.0.1:9";

/// The `sys.inputs` pairs for both engines, in one place so they cannot drift.
///
/// Values are trimmed because the `typst` CLI trims `--input` values; doing
/// the same here keeps the engines' documents identical.
fn sys_inputs(paper: Paper) -> Vec<(&'static str, String)> {
    vec![(INPUT_PAPER, paper.typst_name().to_owned())]
}

/// The standard library with `sys.inputs` for `paper`.
fn library(paper: Paper) -> LazyHash<Library> {
    let inputs = sys_inputs(paper)
        .into_iter()
        .map(|(key, value)| (Str::from(key), Value::Str(Str::from(value))))
        .collect();
    LazyHash::new(Library::builder().with_inputs(inputs).build())
}

/// Compiles the world's main template to a laid-out document.
fn compile_document(world: &BriefWorld<'_>) -> Result<PagedDocument, TypstError> {
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    output.map_err(|errors| TypstError::Template {
        diagnostics: diagnostics::format(world, errors.iter().chain(&warnings)),
    })
}

/// Export options: the requested standard, tagged output, and the settings'
/// date (never the clock) as creation date.
fn pdf_options(options: &PdfSettings) -> Result<PdfOptions, TypstError> {
    let standards = match options.standard {
        None => PdfStandards::default(),
        Some(standard) => PdfStandards::new(&[standard.to_typst()]).map_err(|err| TypstError::Pdf {
            diagnostics: format_hinted(&err),
        })?,
    };
    // Noon UTC, as the CLI engine's `--creation-timestamp`, so both write the
    // same creation date. `set document(date: ..)` in the template wins.
    let timestamp = match options.date {
        Some((year, month, day)) => Some(
            Datetime::from_ymd_hms(year, month, day, 12, 0, 0)
                .map(Timestamp::new_utc)
                .ok_or(TypstError::InvalidDate { year, month, day })?,
        ),
        None => None,
    };
    // Tagged output (accessibility) and an id derived from the document's
    // title and authors are the defaults; spelled out because they matter.
    Ok(PdfOptions {
        standards,
        tagged: true,
        timestamp,
        ident: Smart::Auto,
        ..PdfOptions::default()
    })
}

/// Formats an error that has no source location, like a diagnostic.
fn format_hinted(err: &HintedString) -> String {
    let mut out = format!("error: {}\n", err.message());
    for hint in err.hints() {
        let _ = writeln!(out, "  = hint: {hint}");
    }
    out.truncate(out.trim_end().len());
    out
}

/// The fixed "today" for a document.
fn fixed_date(date: Option<(i32, u8, u8)>) -> Result<Datetime, TypstError> {
    let (year, month, day) = date.unwrap_or(DEFAULT_DATE);
    Datetime::from_ymd(year, month, day).ok_or(TypstError::InvalidDate { year, month, day })
}

/// Seconds since the Unix epoch at 12:00 UTC on the given (valid) date.
fn unix_noon(year: i32, month: u8, day: u8) -> i64 {
    // Howard Hinnant's days-from-civil: days since 1970-01-01 in the
    // proleptic Gregorian calendar.
    let (month, day) = (i64::from(month), i64::from(day));
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    days * 86_400 + 43_200
}

#[cfg(test)]
mod tests {
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
        let world = ENGINE.world(&template(text), data, options, fixed_date(options.date).unwrap());
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
            date: Some((2026, 11, 20)),
            ..PdfSettings::default()
        };
        let world = ENGINE.world(&template(text), DATA, &options, fixed_date(options.date).unwrap());
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
            date: Some((2026, 11, 20)),
            ..options
        };
        let pdf = compile(SIMPLE, DATA, &options).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("pdfaid"), "no PDF/A identification in XMP");
        assert!(text.contains("2026-11-20T12:00:00"), "creation date missing");
    }

    #[test]
    fn invalid_date_is_rejected() {
        let options = PdfSettings {
            date: Some((2026, 2, 30)),
            ..settings()
        };
        let err = compile(SIMPLE, DATA, &options).unwrap_err();
        assert!(matches!(err, TypstError::InvalidDate { day: 30, .. }), "{err:?}");
        assert_eq!(err.to_string(), "invalid document date 2026-02-30");
    }

    #[test]
    fn unix_noon_matches_known_dates() {
        assert_eq!(unix_noon(1970, 1, 1), 43_200);
        assert_eq!(unix_noon(2000, 3, 1), 951_912_000);
        assert_eq!(unix_noon(2026, 11, 20), 1_795_176_000);
        assert_eq!(unix_noon(1969, 12, 31), -43_200);
    }

    #[test]
    fn missing_cli_says_how_to_install() {
        let err = compile_pdf_with_cli(
            Path::new("/nonexistent/typst-for-impact-brief-tests"),
            &template(SIMPLE),
            DATA,
            &settings(),
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
            let result = compile_pdf_with_cli(&program, &template(SIMPLE), DATA, options);
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
            date: Some((2026, 11, 20)),
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
