//! The Typst compiler embedded as a library: fonts loaded once (the system's on first need), one
//! standard library per paper size, Typst's caches aged as a batch goes, and the export options
//! for both engines.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use typst::diag::{HintedString, Warned};
use typst::foundations::{Datetime, Smart, Str, Value};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use super::diagnostics;
use super::fonts::{FontSettings, Fonts, missing_glyphs};
use super::settings::{Paper, PdfSettings, today, typst_date};
use super::world::BriefWorld;
use super::{TemplateSource, TypstError, sys_inputs};

/// How many ageings a memoised Typst result may go unused before it is
/// dropped. Typst's caches are global and would otherwise grow with every
/// document of a batch. Keeping what the last four or so documents used lets a
/// brief reuse the layout that recent briefs share (rubric texts, headings, the
/// methodology) even when the brief just before chose other levels: in
/// `bench/run.sh` a PDF batch took 30% less time than when only the previous
/// document's results were kept; keeping more was no faster, only larger.
/// Keeping the last three (an age of 3, every document) peaked 24 MB lower
/// in a batch of 100 to Markdown and PDF, but took 5% more CPU time (paired
/// runs).
const CACHE_MAX_AGE: usize = 2;

/// How many documents are compiled between two ageings of the caches: a
/// result unused for `CACHE_MAX_AGE × EVICT_EVERY` documents is dropped.
const EVICT_EVERY: usize = 2;

/// The resident memory past which a finished document ages the caches at once, rather than at
/// its turn, is this much plus [`RESIDENT_PER_DOCUMENT`] for each document compiled at the same
/// time. One brief to PDF peaks at 77 MiB in all, the program, its fonts and Typst's library
/// included, under its budget of 80 MiB; two workers' budget is 104 MiB, which a batch passes
/// from its third brief on, so that a long batch ages the caches after every brief. A batch of
/// 300 to Markdown and PDF then peaked at 141 MiB instead of 175 MiB, for 5% more time (two
/// pairs; 1–6% in batches of 100). A batch short enough to stay under the budget, and one
/// brief, are not touched, and more workers get a larger budget.
const RESIDENT_BASE: usize = 56 << 20;

/// What the memory budget allows for each document being compiled at the same time: a brief's
/// own layout at its peak, less what the briefs of a batch share.
const RESIDENT_PER_DOCUMENT: usize = 24 << 20;

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
    /// The embedded fonts and those under `--font-path`, loaded once; the system's on first
    /// need.
    fonts: Fonts,
    /// The standard library for A4 documents.
    a4: LazyHash<Library>,
    /// The standard library for US Letter documents.
    us_letter: LazyHash<Library>,
    /// Documents compiled so far, which paces the ageing of Typst's caches.
    compiled: AtomicUsize,
    /// Documents being compiled now.
    in_flight: AtomicUsize,
    /// The most documents compiled at the same time so far, for which the memory budget allows.
    most_in_flight: AtomicUsize,
}

impl TypstEngine {
    /// Builds the engine with the embedded fonts, and the system's for documents that need them.
    pub fn new() -> Self {
        Self::with_fonts(&FontSettings::default())
    }

    /// Builds the engine with the embedded fonts and those `fonts` names.
    pub fn with_fonts(fonts: &FontSettings) -> Self {
        Self {
            fonts: Fonts::new(fonts),
            a4: library(Paper::A4),
            us_letter: library(Paper::UsLetter),
            compiled: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            most_in_flight: AtomicUsize::new(0),
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
        self.compile(template, data_json, options).map(|compiled| compiled.pdf)
    }

    /// As [`TypstEngine::compile_pdf`], with what the reader should know about the result.
    pub fn compile(
        &self,
        template: &TemplateSource,
        data_json: &[u8],
        options: &PdfSettings,
    ) -> Result<Compiled, TypstError> {
        let result = {
            let _in_flight = InFlight::enter(self);
            self.compile_and_export(template, data_json, options)
        };
        // Age Typst's global caches every few documents, failed or not, so
        // that a long batch keeps only what recent documents used (ageing
        // walks every cache, so doing it after every document cost 4%), and
        // after any document that leaves the process over its memory budget.
        let turn = self.compiled.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1;
        if turn || self.over_memory_budget() {
            typst::comemo::evict(CACHE_MAX_AGE);
        }
        result
    }

    /// Whether the process holds more memory than the caches are allowed to grow to, for the
    /// documents it compiles at the same time. Where the system cannot say, the caches are aged
    /// at their turn only.
    fn over_memory_budget(&self) -> bool {
        let documents = self.most_in_flight.load(Ordering::Relaxed);
        memory_stats::memory_stats().is_some_and(|usage| usage.physical_mem > memory_budget(documents))
    }

    fn compile_and_export(
        &self,
        template: &TemplateSource,
        data_json: &[u8],
        options: &PdfSettings,
    ) -> Result<Compiled, TypstError> {
        let today = typst_date(today(options.date))?;
        // Check the standard before compiling: a bad combination is cheap to
        // find and says nothing about the template.
        let pdf_options = pdf_options(options)?;
        let world = self.world(template, data_json, options, today);
        let document = compile_document(&world)?;
        let pdf = typst_pdf::pdf(&document, &pdf_options).map_err(|errors| TypstError::Pdf {
            diagnostics: diagnostics::format(&world, &errors),
        })?;
        // Only a document with a character that no font has can show a box: the others skip
        // the walk through the laid-out pages.
        let warnings = if world.fonts_incomplete() {
            missing_glyphs(&document)
        } else {
            Vec::new()
        };
        Ok(Compiled { pdf, warnings })
    }

    /// The sandboxed world for one document.
    pub(super) fn world<'a>(
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
        let data = String::from_utf8_lossy(data_json);
        let import_texts: Vec<&str> = template.imports().iter().map(|import| import.text.as_str()).collect();
        let mut texts: Vec<&str> = vec![&template.text, &data];
        texts.extend(import_texts);
        let fonts = self.fonts.select(&texts);
        BriefWorld::new(
            library,
            fonts,
            template.parsed(),
            template.imports().iter().map(super::Import::parsed).collect(),
            &template.name,
            data_json,
            today,
        )
    }
}

/// A compiled PDF, and what the reader should know about it.
#[derive(Debug)]
pub struct Compiled {
    /// The PDF.
    pub pdf: Vec<u8>,
    /// Warnings, one a line without the `warning: ` prefix: characters printed as boxes because
    /// no font has them, one line per script.
    pub warnings: Vec<String>,
}

impl Default for TypstEngine {
    fn default() -> Self {
        Self::new()
    }
}

/// The standard library with `sys.inputs` for `paper`.
pub(super) fn library(paper: Paper) -> LazyHash<Library> {
    let inputs = sys_inputs(paper)
        .into_iter()
        .map(|(key, value)| (Str::from(key), Value::Str(Str::from(value))))
        .collect();
    LazyHash::new(Library::builder().with_inputs(inputs).build())
}

/// Compiles the world's main template to a laid-out document.
pub(super) fn compile_document(world: &BriefWorld<'_>) -> Result<PagedDocument, TypstError> {
    let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
    output.map_err(|errors| TypstError::Template {
        diagnostics: diagnostics::format(world, errors.iter().chain(&warnings)),
    })
}

/// Export options: the requested standard, tagged output, and the settings'
/// date (never the clock) as creation date.
pub(super) fn pdf_options(options: &PdfSettings) -> Result<PdfOptions, TypstError> {
    let standards = match options.standard {
        None => PdfStandards::default(),
        Some(standard) => PdfStandards::new(&[standard.to_typst()]).map_err(|err| TypstError::Pdf {
            diagnostics: format_hinted(&err),
        })?,
    };
    // Noon UTC, as the CLI engine's `--creation-timestamp`, so both write the
    // same creation date. `set document(date: ..)` in the template wins.
    let timestamp = match options.date {
        Some(date) => Some(
            Datetime::from_ymd_hms(date.year(), u8::from(date.month()), date.day(), 12, 0, 0)
                .map(Timestamp::new_utc)
                .ok_or(TypstError::InvalidDate { date })?,
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
pub(super) fn format_hinted(err: &HintedString) -> String {
    let mut out = format!("error: {}\n", err.message());
    for hint in err.hints() {
        let _ = writeln!(out, "  = hint: {hint}");
    }
    out.truncate(out.trim_end().len());
    out
}

/// The resident memory the caches may grow to while `documents` are compiled at the same time
/// (see [`RESIDENT_BASE`]).
fn memory_budget(documents: usize) -> usize {
    RESIDENT_BASE + RESIDENT_PER_DOCUMENT * documents.max(1)
}

/// One document being compiled, counted for as long as it lives, a failed or panicking compile
/// included.
struct InFlight<'a>(&'a TypstEngine);

impl<'a> InFlight<'a> {
    fn enter(engine: &'a TypstEngine) -> Self {
        let now = engine.in_flight.fetch_add(1, Ordering::Relaxed) + 1;
        engine.most_in_flight.fetch_max(now, Ordering::Relaxed);
        Self(engine)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_budget_allows_for_each_document_compiled_at_the_same_time() {
        let engine = TypstEngine::new();
        let entered = std::sync::Barrier::new(3);
        let leave = std::sync::Barrier::new(3);
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    let _document = InFlight::enter(&engine);
                    entered.wait();
                    leave.wait();
                });
            }
            entered.wait();
            assert_eq!(engine.in_flight.load(Ordering::Relaxed), 2);
            leave.wait();
        });
        assert_eq!(
            engine.in_flight.load(Ordering::Relaxed),
            0,
            "each document leaves the count"
        );
        assert_eq!(engine.most_in_flight.load(Ordering::Relaxed), 2);
        // Two workers: 104 MiB, which kept a batch of 300 under 150 MB (README, Performance).
        assert_eq!(memory_budget(2), 104 << 20);
        assert_eq!(memory_budget(0), memory_budget(1), "a budget before the first document");
    }
}
