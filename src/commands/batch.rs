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
use crate::output::{Inputs, write_atomically};

/// The most worker threads a batch starts, whatever `--jobs` says.
const MAX_JOBS: usize = 256;

/// Runs `batch`.
pub fn run(args: &BatchArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    if args.jobs == Some(0) {
        return Err(UsageError("--jobs must be at least 1".into()).into());
    }
    if args.output == Path::new("-") {
        return Err(UsageError(
            "a batch writes a folder of briefs and their index, not standard output; pass `-o DIR`".into(),
        )
        .into());
    }
    let formats = args.format.unique();
    let same = |path: &Path| matches!((std::fs::canonicalize(path), std::fs::canonicalize(&args.output)), (Ok(a), Ok(b)) if a == b);
    // An output that is a file, an input's among them, is said to be one when the folder is made.
    if !args.output.is_file() && args.paths.iter().any(|path| same(path)) {
        // A refused output, as one that would replace an input: exit 1, not a usage error.
        anyhow::bail!("the output folder is also an input folder; pass another `-o DIR`");
    }
    // Everything costly is prepared once for the whole run, and checked before any input is read.
    let renderer = renderer_for(&formats, &args.templates, &args.pdf)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    let batch::Discovery { jobs, inside_output } = batch::discover(&args.paths, &args.output);
    if !inside_output.is_empty() {
        // Rendering them would read the folder being written; not rendering them must be said.
        crate::eprintln_safe!(
            "warning: {} is the output folder, which a batch does not read: {} assessment file{} in it {} not rendered ({}); to render {}, move {} elsewhere or choose another `-o DIR`",
            args.output.display(),
            inside_output.len(),
            if inside_output.len() == 1 { "" } else { "s" },
            if inside_output.len() == 1 { "is" } else { "are" },
            inside_output
                .iter()
                .take(3)
                .map(|path| path.display().to_string())
                .chain((inside_output.len() > 3).then(|| "…".to_string()))
                .collect::<Vec<_>>()
                .join(", "),
            if inside_output.len() == 1 { "it" } else { "them" },
            if inside_output.len() == 1 { "it" } else { "them" },
        );
    }
    if jobs.is_empty() {
        // A mistyped folder in a scheduled job must not pass for a run that rendered everything.
        anyhow::bail!(
            "no .toml files found under {}; nothing was rendered",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    crate::output::create_folder(&args.output)?;
    // Said once, before any work, rather than once per input after it.
    crate::output::check_writable(&args.output)?;

    let progress = Progress::new(jobs.len() as u64, args.quiet);
    let inputs = Inputs::of_run(rubrics_dir, args.templates.templates.as_deref());
    let settings = BatchSettings {
        rubrics: &rubrics,
        renderer: &renderer,
        formats: &formats,
        output: &args.output,
        fail_fast: args.fail_fast,
        inputs: &inputs,
        lang: args.lang,
    };
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    // More threads than inputs, or than a machine can usefully run, only cost memory.
    let threads = args.jobs.unwrap_or(cores).min(jobs.len().max(1)).min(MAX_JOBS);
    let mut rows = batch::run(&jobs, &settings, threads, &|row: &Row| progress.done(row));
    progress.finish();
    if args.panels {
        let panels = batch::panels(&jobs, &rows, &settings);
        if !args.quiet {
            let written = panels.iter().filter(|row| row.status == RowStatus::Ok).count();
            crate::eprintln_safe!("{written} panel brief{} written", if written == 1 { "" } else { "s" });
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
    for (name, bytes) in [
        (
            "index.md",
            index::markdown(&rows, &rubrics, args.lang.lang.unwrap_or_default()).into_bytes(),
        ),
        ("index.csv", index::csv(&rows, &rubrics)?),
        ("index.json", index::json(&rows)?),
    ] {
        let path = args.output.join(name);
        every_input.check(&path)?;
        write_atomically(&path, &bytes)?;
    }

    let ok = rows.iter().filter(|row| row.status == RowStatus::Ok).count();
    let skipped = rows.iter().filter(|row| row.status == RowStatus::Skipped).count();
    crate::eprintln_safe!(
        "{ok} of {} rendered into {}{}{}; index in {}",
        rows.len(),
        args.output.display(),
        if failures.is_empty() {
            String::new()
        } else {
            format!(", {} failed", failures.len())
        },
        if skipped == 0 {
            String::new()
        } else {
            format!(", {skipped} skipped")
        },
        args.output.join("index.md").display()
    );
    let mut outcome = if failures.is_empty() {
        Outcome::Success
    } else {
        Outcome::Failure
    };
    if let Some(threshold) = args.fail_on {
        let hits = batch::at_or_below(&rows, threshold);
        if !hits.is_empty() {
            crate::eprintln_safe!(
                "{} input{} rated {} or worse (--fail-on):",
                hits.len(),
                if hits.len() == 1 { " is" } else { "s are" },
                threshold
            );
            for row in hits {
                crate::eprintln_safe!(
                    "  {}: {}",
                    row.input,
                    row.rating.map(|rating| rating.label()).unwrap_or_default()
                );
            }
            outcome = Outcome::Failure;
        }
    }
    Ok(outcome)
}

/// Progress on standard error: a bar on a terminal, a line per input otherwise, nothing with --quiet.
enum Progress {
    Bar(ProgressBar),
    Lines {
        total: u64,
        done: std::sync::atomic::AtomicU64,
    },
    Quiet,
}

impl Progress {
    fn new(total: u64, quiet: bool) -> Progress {
        if quiet {
            return Progress::Quiet;
        }
        if std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(total);
            let style = ProgressStyle::with_template("{bar:30} {pos}/{len} briefs  {per_sec}  {eta} left  {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            Progress::Bar(bar)
        } else {
            Progress::Lines {
                total,
                done: std::sync::atomic::AtomicU64::new(0),
            }
        }
    }

    fn done(&self, row: &Row) {
        let status = match row.status {
            RowStatus::Ok => "ok",
            RowStatus::Failed => "failed",
            RowStatus::Skipped => "skipped",
        };
        match self {
            Progress::Bar(bar) => {
                bar.inc(1);
                bar.set_message(crate::markup::terminal_safe(&row.input).into_owned());
            }
            Progress::Lines { total, done } => {
                let done = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                crate::eprintln_safe!("[{done}/{total}] {status}: {}", row.input);
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
