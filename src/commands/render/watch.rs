//! `impact-brief render FILE --watch`: render, then render again whenever the assessment file, the
//! ledger CSV file it names, a rubric of `--rubrics DIR` or a template of `--templates DIR`
//! changes. One renderer lives for
//! the whole session, so Typst's fonts, library and memoised layout carry over from one render
//! to the next and an edit re-renders much faster than a cold start. A file that is momentarily
//! invalid (half saved, a typo) prints its problems and leaves the last good output in place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use anyhow::Result;

use crate::cli::RenderArgs;
use crate::commands::{Outcome, load_rubrics, renderer_for};
use crate::i18n::{Lang, tr};
use crate::model::{Assessment, RubricSet};
use crate::output::{Destination, Inputs, file_name_for, write_brief};
use crate::render::{Format, Renderer};
use crate::report::Brief;

/// How often the watched files are looked at: fast enough to feel immediate, slow enough to cost
/// nothing while idle.
const POLL: Duration = Duration::from_millis(200);

/// Runs `render --watch` until interrupted.
pub(super) fn run(
    args: &RenderArgs,
    rubrics_dir: Option<&Path>,
    formats: &[Format],
    destination: &Destination,
    ui: Lang,
) -> Result<Outcome> {
    let templates_dir = args.templates.templates.as_deref();
    let mut renderer = renderer_for(formats, &args.templates, &args.pdf)?;
    let mut rubrics = load_rubrics(rubrics_dir)?;
    // The ledger CSV file the assessment names, as of the last time it loaded.
    let mut ledger: Option<PathBuf> = None;
    let mut seen = Snapshot::take(&args.file, ledger.as_deref(), rubrics_dir, templates_dir);
    let files = std::iter::once(args.file.as_path())
        .chain(rubrics_dir)
        .chain(templates_dir)
        .map(|path| path.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    // In place before the first line is printed, so that a stop right after it is a clean one.
    crate::commands::stop_cleanly_on_signal(crate::i18n::tr(ui, "ui-watch-stopped"));
    crate::eprintln_safe!("{}", crate::tr!(ui, "ui-watch-watching", files = files));
    let watched = |ledger: Option<&Path>| Snapshot::take(&args.file, ledger, rubrics_dir, templates_dir);
    let once = |renderer: &Renderer, rubrics: &RubricSet| {
        render_once(args, rubrics_dir, renderer, rubrics, formats, destination, ui)
    };
    ledger = once(&renderer, &rubrics).or(ledger);
    seen = watched(ledger.as_deref()).with_assessment_of(&seen);
    loop {
        std::thread::sleep(POLL);
        let now = watched(ledger.as_deref());
        if now == seen {
            continue;
        }
        // Rubrics and templates are read again only when they changed; a broken one is reported
        // and the previous one kept, as for the assessment file.
        if now.rubrics != seen.rubrics {
            match load_rubrics(rubrics_dir) {
                Ok(loaded) => rubrics = loaded,
                Err(error) => {
                    crate::eprintln_safe!("{}\n{}", crate::i18n::causes(&error), tr(ui, "ui-watch-kept-rubrics"))
                }
            }
        }
        if now.templates != seen.templates {
            match renderer_for(formats, &args.templates, &args.pdf) {
                Ok(fresh) => renderer = fresh,
                Err(error) => {
                    crate::eprintln_safe!("{}\n{}", crate::i18n::causes(&error), tr(ui, "ui-watch-kept-templates"))
                }
            }
        }
        seen = now;
        if let Some(found) = once(&renderer, &rubrics) {
            ledger = Some(found);
            seen = watched(ledger.as_deref()).with_assessment_of(&seen);
        }
    }
}

/// Renders every format once and prints one line: what was written and how long it took, or the
/// problems that stopped it (the outputs stay as they were). Returns the ledger CSV file the
/// assessment names, when it loaded and names one, to be watched as well.
fn render_once(
    args: &RenderArgs,
    rubrics_dir: Option<&Path>,
    renderer: &Renderer,
    rubrics: &RubricSet,
    formats: &[Format],
    destination: &Destination,
    ui: Lang,
) -> Option<PathBuf> {
    let started = Instant::now();
    let clock = clock_time();
    let mut assessment = match Assessment::load(&args.file, rubrics) {
        Ok(assessment) => assessment,
        Err(problems) => {
            crate::eprintln_safe!(
                "{}\n{problems}",
                crate::tr!(
                    ui,
                    "ui-watch-problems",
                    time = clock.as_str(),
                    file = args.file.display().to_string()
                )
            );
            return None;
        }
    };
    args.lang.apply(&mut assessment);
    let brief = Brief::of(&assessment, rubrics);
    let mut inputs = Inputs::of_run(rubrics_dir, args.templates.templates.as_deref());
    inputs.add_assessment(&args.file, &assessment);
    let ledger = assessment
        .consultation
        .as_ref()
        .and_then(|consultation| consultation.submissions_file.as_deref())
        .map(|name| args.file.parent().unwrap_or(Path::new("")).join(name.trim()));
    let mut written = Vec::new();
    for format in formats {
        let path = match destination {
            Destination::File(path) => path.clone(),
            Destination::Folder(dir) => dir.join(file_name_for(&args.file, &format.output_suffix())),
            Destination::Stdout => continue,
        };
        match write_brief(renderer, &brief, *format, &path, &inputs) {
            Ok(()) => written.push(path.display().to_string()),
            Err(error) => crate::eprintln_safe!(
                "{}",
                crate::tr!(
                    ui,
                    "ui-watch-format-failed",
                    time = clock.as_str(),
                    format = format.to_string(),
                    error = crate::i18n::causes(&error)
                )
            ),
        }
    }
    if !written.is_empty() {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-watch-rendered",
                time = clock.as_str(),
                files = written.join(", "),
                ms = started.elapsed().as_millis().to_string()
            )
        );
    }
    ledger
}

/// `HH:MM:SS` in UTC, to tell one render's line from the next.
fn clock_time() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!("{:02}:{:02}:{:02}", now.hour(), now.minute(), now.second())
}

/// What the watched files looked like at one moment: modification time and length of each, so
/// that a save is noticed even when the clock's resolution hides it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Snapshot {
    assessment: Option<(SystemTime, u64)>,
    ledger: Option<(SystemTime, u64)>,
    rubrics: Vec<(PathBuf, SystemTime, u64)>,
    templates: Vec<(PathBuf, SystemTime, u64)>,
}

impl Snapshot {
    fn take(file: &Path, ledger: Option<&Path>, rubrics_dir: Option<&Path>, templates_dir: Option<&Path>) -> Snapshot {
        Snapshot {
            assessment: stamp(file),
            ledger: ledger.and_then(stamp),
            rubrics: folder(rubrics_dir),
            templates: folder(templates_dir),
        }
    }
}

impl Snapshot {
    /// This snapshot, but with the assessment file as `before` saw it: a change to the file made
    /// while it was being rendered is still noticed on the next look.
    fn with_assessment_of(mut self, before: &Snapshot) -> Snapshot {
        self.assessment = before.assessment;
        self
    }
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

fn folder(dir: Option<&Path>) -> Vec<(PathBuf, SystemTime, u64)> {
    let Some(entries) = dir.and_then(|dir| std::fs::read_dir(dir).ok()) else {
        return Vec::new();
    };
    let mut files: Vec<(PathBuf, SystemTime, u64)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter_map(|path| {
            let (modified, length) = stamp(&path)?;
            Some((path, modified, length))
        })
        .collect();
    files.sort();
    files
}
