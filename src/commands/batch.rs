//! `impact-brief batch PATH... -o DIR`: every assessment under PATH rendered into DIR, with a
//! progress bar on a terminal, plain progress lines otherwise, and errors collected at the end.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};

use super::{Outcome, UsageError, load_rubrics, renderer_for};
use crate::batch::{self, BatchSettings, Row, RowStatus, index};
use crate::cli::BatchArgs;
use crate::i18n::{Lang, tr};
use crate::output::{Inputs, write_together};

/// The most worker threads a batch starts, whatever `--jobs` says.
const MAX_JOBS: usize = 256;

/// Runs `batch`.
pub fn run(args: &BatchArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    // The language of the lines below, not of the briefs (`--lang` asks for both).
    let ui = if args.quiet {
        super::quiet_interface_language(args.lang.lang)
    } else {
        super::interface_language(args.lang.lang)
    };
    if args.jobs == Some(0) {
        return Err(UsageError(tr(ui, "ui-batch-jobs-zero")).into());
    }
    if args.output == Path::new("-") {
        return Err(UsageError(tr(ui, "ui-batch-no-stdout")).into());
    }
    let formats = args.format.unique();
    let same = |path: &Path| matches!((std::fs::canonicalize(path), std::fs::canonicalize(&args.output)), (Ok(a), Ok(b)) if a == b);
    // An output that is a file, an input's among them, is said to be one when the folder is made.
    if !args.output.is_file() && args.paths.iter().any(|path| same(path)) {
        // A refused output, as one that would replace an input: exit 1, not a usage error.
        anyhow::bail!("{}", tr(ui, "ui-batch-output-is-input"));
    }
    // Everything costly is prepared once for the whole run, and checked before any input is read.
    let renderer = renderer_for(&formats, &args.templates, &args.pdf)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    let batch::Discovery {
        jobs,
        inside_output,
        same_files,
        link_loops,
    } = batch::discover(&args.paths, &args.output);
    for (link, folder) in &link_loops {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-batch-link-loop",
                link = crate::markup::path_shown(link),
                folder = crate::markup::path_shown(folder)
            )
        );
    }
    if !args.quiet {
        for (left_out, kept) in &same_files {
            crate::eprintln_safe!(
                "{}",
                crate::tr!(
                    ui,
                    "ui-batch-same-file",
                    file = crate::markup::path_shown(left_out),
                    kept = crate::markup::path_shown(kept)
                )
            );
        }
    }
    if !inside_output.is_empty() {
        // Rendering them would read the folder being written; not rendering them must be said.
        let files = inside_output
            .iter()
            .take(3)
            .map(|path| crate::markup::path_shown(path))
            .chain((inside_output.len() > 3).then(|| "…".to_string()))
            .collect::<Vec<_>>()
            .join(", ");
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-batch-inside-output",
                folder = crate::markup::path_shown(&args.output),
                count = inside_output.len(),
                files = files
            )
        );
    }
    if jobs.is_empty() {
        // A mistyped folder in a scheduled job must not pass for a run that rendered everything.
        let paths = args
            .paths
            .iter()
            .map(|path| crate::markup::path_shown(path))
            .collect::<Vec<_>>()
            .join(", ");
        anyhow::bail!("{}", crate::tr!(ui, "ui-batch-no-inputs", paths = paths));
    }
    // A folder given beside others that holds nothing to render may be a mistyped one.
    if !args.quiet {
        for folder in args.paths.iter().filter(|path| path.is_dir()) {
            if !jobs.iter().any(|job| job.input.starts_with(folder)) {
                crate::eprintln_safe!(
                    "{}",
                    crate::tr!(ui, "ui-batch-folder-empty", folder = crate::markup::path_shown(folder))
                );
            }
        }
    }
    crate::output::create_folder(&args.output)?;
    // Said once, before any work, rather than once per input after it.
    crate::output::check_writable(&args.output)?;

    let progress = Progress::new(jobs.len() as u64, args.quiet, ui);
    let inputs = Inputs::of_run(rubrics_dir, args.templates.templates.as_deref());
    let stop_asked = stop_on_signal();
    let settings = BatchSettings {
        rubrics: &rubrics,
        renderer: &renderer,
        formats: &formats,
        output: &args.output,
        fail_fast: args.fail_fast,
        stop_asked: &stop_asked,
        inputs: &inputs,
        lang: args.lang,
    };
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // More threads than inputs, or than a machine can usefully run, only cost memory.
    let threads = args.jobs.unwrap_or(cores).min(jobs.len().max(1)).min(MAX_JOBS);
    let mut rows = batch::run(&jobs, &settings, threads, &|row: &Row| progress.done(row));
    progress.finish();
    // A run asked to stop makes no panel either.
    if args.panels && !stop_asked.load(std::sync::atomic::Ordering::SeqCst) {
        // Panels have a progress of their own, once their number is known: a panel to PDF of
        // many members takes seconds.
        let progress = std::sync::OnceLock::new();
        let panels = batch::panels(&jobs, &rows, &settings, &|row, count| {
            progress
                .get_or_init(|| Progress::new(count as u64, args.quiet, ui))
                .done(row);
        });
        if let Some(progress) = progress.get() {
            progress.finish();
        }
        if !args.quiet {
            let written = panels.iter().filter(|row| row.status == RowStatus::Ok).count();
            crate::eprintln_safe!("{}", crate::tr!(ui, "ui-batch-panels-written", count = written));
        }
        rows.extend(panels);
    }

    // Why each input failed is said before the index is written, which may fail in turn.
    let failures: Vec<&Row> = rows.iter().filter(|row| row.status == RowStatus::Failed).collect();
    for row in &failures {
        crate::eprintln_safe!("{}", row.error.as_deref().unwrap_or("failed"));
    }
    // The index files are never written over an input either (a ledger named index.csv).
    let mut every_input = inputs.clone();
    for job in &jobs {
        every_input.add(&job.input);
    }
    let index_files = [
        (
            "index.md",
            index::markdown(&rows, &rubrics, args.lang.lang.unwrap_or_default()).into_bytes(),
        ),
        ("index.csv", index::csv(&rows, &rubrics)?),
        (
            "index.json",
            index::json(&rows, stop_asked.load(std::sync::atomic::Ordering::SeqCst))?,
        ),
    ];
    // All three are checked before any is written, so that a refused one leaves no index half
    // new and half old.
    for (name, _) in &index_files {
        every_input.check(&args.output.join(name))?;
    }
    // Written together: a full disk leaves the three as they were, not one new beside two old.
    let index_files: Vec<(std::path::PathBuf, Vec<u8>)> = index_files
        .into_iter()
        .map(|(name, bytes)| (args.output.join(name), bytes))
        .collect();
    write_together(&index_files)?;

    let ok = rows.iter().filter(|row| row.status == RowStatus::Ok).count();
    let skipped = rows.iter().filter(|row| row.status == RowStatus::Skipped).count();
    if stop_asked.load(std::sync::atomic::Ordering::SeqCst) {
        // Said whatever --quiet asks: the run did not do what it was asked to.
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-batch-stopped",
                done = ok + failures.len(),
                total = rows.len(),
                left = skipped,
                index = crate::markup::path_shown(&args.output.join("index.md"))
            )
        );
        return Ok(Outcome::Cancelled);
    }
    // A quiet run that went well prints nothing (a scheduled job mails whatever it prints); one
    // with failures sums them up after their errors.
    if !args.quiet || !failures.is_empty() {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-batch-summary",
                ok = ok,
                total = rows.len(),
                folder = crate::markup::path_shown(&args.output),
                failed = failures.len(),
                skipped = skipped,
                index = crate::markup::path_shown(&args.output.join("index.md"))
            )
        );
    }
    let mut outcome = if failures.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failure
    };
    if let Some(threshold) = args.fail_on {
        let hits = batch::at_or_below(&rows, threshold);
        if !hits.is_empty() {
            crate::eprintln_safe!(
                "{}",
                crate::tr!(
                    ui,
                    "ui-batch-fail-on",
                    count = hits.len(),
                    rating = threshold.label_in(ui)
                )
            );
            for row in hits {
                crate::eprintln_safe!(
                    "  {}",
                    crate::tr!(
                        ui,
                        "ui-batch-fail-on-input",
                        file = row.input.as_str(),
                        rating = row.rating.map(|rating| rating.label_in(ui)).unwrap_or_default()
                    )
                );
            }
            outcome = Outcome::Failure;
        }
    }
    Ok(outcome)
}

/// A flag that Ctrl-C or SIGTERM sets, asking the batch to stop after the briefs in progress, so
/// that no brief is left with one format new and another old and the index says what was done.
/// A second signal ends the process at once, as an interrupted process ends.
fn stop_on_signal() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use std::sync::atomic::Ordering;
    let asked = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // A signal that cannot be caught leaves the default, which stops the run at once.
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return asked;
    };
    let flag = std::sync::Arc::clone(&asked);
    // The first signal asks the run to stop between briefs; a second stops it at once, from this
    // thread rather than the signal handler, so that it can say what that leaves.
    std::thread::spawn(move || {
        for _ in signals.forever() {
            if flag.swap(true, Ordering::SeqCst) {
                crate::eprintln_safe!("{}", crate::say!("ui-batch-stopped-at-once"));
                std::process::exit(130);
            }
        }
    });
    asked
}

/// Progress on standard error: a bar on a terminal, a line per input otherwise, nothing with --quiet.
enum Progress {
    Bar(ProgressBar),
    Lines {
        total: u64,
        /// How many are done; held while a line is printed, so that lines come out in order.
        done: std::sync::Mutex<u64>,
        /// The language of the lines.
        lang: Lang,
    },
    Quiet,
}

impl Progress {
    fn new(total: u64, quiet: bool, lang: Lang) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(total);
            // indicatif's placeholders around the translated words; `{eta}` goes through the
            // message, so that a language can put the time before or after its word.
            let template = format!(
                "{{bar:30}} {{pos}}/{{len}} {}  {{rate}}  {}  {{wide_msg}}",
                tr(lang, "ui-batch-bar-briefs"),
                crate::tr!(lang, "ui-batch-bar-left", eta = "{eta}")
            );
            let style = ProgressStyle::with_template(&template)
                .or_else(|_| ProgressStyle::with_template("{bar:30} {pos}/{len}  {rate}  {eta}  {wide_msg}"))
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                // Briefs a second to one decimal ("2.4/s"): indicatif's own shows four.
                .with_key(
                    "rate",
                    |state: &indicatif::ProgressState, out: &mut dyn std::fmt::Write| {
                        let _ = write!(out, "{:.1}/s", state.per_sec());
                    },
                );
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            Progress::Bar(bar)
        } else {
            Progress::Lines {
                total,
                done: std::sync::Mutex::new(0),
                lang,
            }
        }
    }

    fn done(&self, row: &Row) {
        match self {
            Progress::Bar(bar) => {
                bar.inc(1);
                bar.set_message(crate::markup::path_shown(std::path::Path::new(&row.input)));
            }
            Progress::Lines { total, done, lang } => {
                // A poisoned count (a worker panicked while printing) still counts.
                let mut done = done.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                *done += 1;
                let done = *done;
                let id = match row.status {
                    RowStatus::Ok => "ui-batch-progress-ok",
                    RowStatus::Failed => "ui-batch-progress-failed",
                    RowStatus::Skipped => "ui-batch-progress-skipped",
                };
                crate::eprintln_safe!(
                    "{}",
                    crate::tr!(
                        *lang,
                        id,
                        done = done,
                        total = *total,
                        file = crate::markup::path_shown(std::path::Path::new(&row.input))
                    )
                );
            }
            Progress::Quiet => {}
        }
    }

    fn finish(&self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
