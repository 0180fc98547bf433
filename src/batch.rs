//! Batch runs: find the assessment files under the given paths, render each in parallel with one
//! shared [`Renderer`], mirror the input tree in the output folder, and summarise every input in
//! an index. One bad input never stops the others (unless asked to).

pub mod index;

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde::Serialize;
use walkdir::WalkDir;

use crate::diagnostic::{Diagnostic, Diagnostics, ProblemRecord};
use crate::model::ids::QuestionId;
use crate::model::toml_file::has_toml_extension;
use crate::model::{Assessment, Dimension, RubricSet};
use crate::output::{Inputs, write_brief};
use crate::render::{Format, Renderer, TYPST_BUNDLE_SUFFIX};
use crate::report::Brief;
use crate::scoring::Rating;

/// One input and where its outputs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The input file, as found.
    pub input: PathBuf,
    /// Its path relative to the output folder, without `.toml` (`a/b` for `in/a/b.toml`).
    pub relative: PathBuf,
    /// Why the input could not even be listed (a missing path, an unreadable folder).
    pub unreadable: Option<String>,
}

impl Job {
    fn unreadable(input: &Path, relative: &Path, reason: String) -> Job {
        Job {
            input: input.to_path_buf(),
            relative: relative.to_path_buf(),
            unreadable: Some(reason),
        }
    }
}

/// The batch index's file names; an input whose outputs would take them fails instead.
const INDEX_STEM: &str = "index";

/// What happened to one input; one row of the index.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The input file.
    pub input: String,
    /// `ok`, `failed` or `skipped` (after a failure with --fail-fast).
    pub status: RowStatus,
    /// Proposal title.
    pub title: Option<String>,
    /// Jurisdiction.
    pub jurisdiction: Option<String>,
    /// Stage id.
    pub stage: Option<String>,
    /// Unrounded overall score.
    pub score: Option<f64>,
    /// Overall rating.
    pub rating: Option<Rating>,
    /// The overall rating's stable key (`serious-concerns`), for scripts.
    pub rating_key: Option<&'static str>,
    /// Unrounded score of the effect on the Internet.
    pub effect_score: Option<f64>,
    /// Rating of the effect on the Internet.
    pub effect_rating: Option<Rating>,
    /// Its key.
    pub effect_rating_key: Option<&'static str>,
    /// The same rating by the effect's own name ("Serious harm"), as the brief's verdict says it.
    pub effect_verdict: Option<&'static str>,
    /// Its key (`serious-harm`).
    pub effect_verdict_key: Option<&'static str>,
    /// Unrounded score of the process.
    pub process_score: Option<f64>,
    /// Rating of the process.
    pub process_rating: Option<Rating>,
    /// Its key.
    pub process_rating_key: Option<&'static str>,
    /// Each rubric's id and unrounded score.
    pub rubrics: Vec<RubricCell>,
    /// Full ids of red-flagged questions.
    pub red_flags: Vec<QuestionId>,
    /// Outputs written, relative to the output folder.
    pub outputs: Vec<String>,
    /// What went wrong, with file, line and column where known, as `check` prints it; for a
    /// skipped input, why it was skipped.
    pub error: Option<String>,
    /// The same problems, each with its parts as fields (`index.json` only): empty unless the
    /// input failed.
    pub problems: Vec<ProblemRecord>,
    /// With a consultation ledger: its response coverage, 0 to 1 (`null` without a ledger, or
    /// when no submission is counted).
    pub response_coverage: Option<f64>,
    /// With a consultation ledger: the uptake gap between its best- and worst-served groups, 0 to
    /// 1 (`null` without a ledger, or with fewer than two groups to compare).
    pub uptake_gap: Option<f64>,
}

/// A rubric's score in an index row.
#[derive(Debug, Clone, Serialize)]
pub struct RubricCell {
    /// Rubric id.
    pub id: String,
    /// Unrounded score.
    pub score: Option<f64>,
    /// Rating.
    pub rating: Rating,
}

/// The outcome of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowStatus {
    /// Rendered.
    Ok,
    /// Invalid input or failed render.
    Failed,
    /// Not attempted because an earlier input failed under --fail-fast.
    Skipped,
}

/// Settings of one batch run.
pub struct BatchSettings<'a> {
    /// The rubrics, loaded once.
    pub rubrics: &'a RubricSet,
    /// The renderer, prepared once.
    pub renderer: &'a Renderer,
    /// Formats to write.
    pub formats: &'a [Format],
    /// The output folder.
    pub output: &'a Path,
    /// Stop at the first failure.
    pub fail_fast: bool,
    /// Set when the user asks the run to stop (Ctrl-C, SIGTERM): the briefs in progress are
    /// finished, every format of each, and no other input is started.
    pub stop_asked: &'a AtomicBool,
    /// The language `--lang` chose for every brief, over each file's own.
    pub lang: crate::cli::LangArgs,
    /// The files every input's outputs must not be written over: the run's rubric and template
    /// files (each input adds itself and its ledger).
    pub inputs: &'a Inputs,
}

/// What a batch found to render.
pub struct Discovery {
    /// One job per assessment file, in a stable sorted order.
    pub jobs: Vec<Job>,
    /// Assessment files not rendered because they lie inside the output folder, which a batch
    /// never reads; found only where an input folder holds the output folder.
    pub inside_output: Vec<PathBuf>,
    /// Each path left out as the same file as a job's input (a link to it, or the file named
    /// twice in two ways), with that input: said, so that the brief a script looks for under the
    /// name left out is found under the other.
    pub same_files: Vec<(PathBuf, PathBuf)>,
    /// Each link that leads back to a folder above it, with that folder: not followed, and no
    /// input of its own (what lies under it is read once, by its own path).
    pub link_loops: Vec<(PathBuf, PathBuf)>,
}

/// One path a batch was given: as written, and where it leads (none for a path that cannot be
/// read).
struct Root<'a> {
    given: &'a Path,
    real: Option<PathBuf>,
}

/// Finds the assessment files under `paths`: files as given, folders searched recursively for
/// `*.toml` (hidden entries and the output folder skipped), in a stable sorted order. With one
/// path, outputs mirror the tree below it; with several, each tree gets its own top folder (see
/// [`root_prefixes`]). A file reached twice, by two spellings of one path or through a folder and
/// itself, is one job.
pub fn discover(paths: &[PathBuf], output: &Path) -> Discovery {
    let output = std::fs::canonicalize(output).ok();
    let mut roots: Vec<Root<'_>> = Vec::new();
    let mut same_files = Vec::new();
    for given in paths {
        let real = std::fs::canonicalize(given).ok();
        match roots.iter().find(|root| real.is_some() && root.real == real) {
            None => roots.push(Root { given, real }),
            // A file given twice under two names (a link and its file) is said; the same path
            // spelt twice (`a.toml ./a.toml`) is not worth a word.
            Some(first) if given.is_file() && given.components().ne(first.given.components()) => {
                same_files.push((given.clone(), first.given.to_path_buf()));
            }
            Some(_) => {}
        }
    }
    let prefixes = if roots.len() > 1 {
        root_prefixes(&roots)
    } else {
        vec![PathBuf::new()]
    };
    // Each job with what identifies its file: the real path of its root and the path below it,
    // or, for a link, the real path of the file it leads to; and whether it was reached through a
    // link (the file's own name is kept over a link's).
    let mut found: Vec<(PathBuf, bool, Job)> = Vec::new();
    let mut link_loops = Vec::new();
    let mut inside_output = Vec::new();
    for (root, prefix) in roots.iter().zip(prefixes) {
        let given = root.given;
        let identity = |inside: &Path| root.real.as_deref().unwrap_or(given).join(inside);
        let metadata = std::fs::metadata(given);
        let is_folder = metadata.as_ref().is_ok_and(std::fs::Metadata::is_dir);
        match metadata {
            // A link given that leads nowhere is read as the file it names, and fails saying so.
            Err(error) if !given.is_symlink() => {
                // Named as a file of that name would be, so that its row, and what an earlier
                // run wrote for it, are its own and no other file's.
                let relative = if roots.len() > 1 {
                    without_toml(&prefix)
                } else {
                    without_toml(Path::new(&root_name(given)))
                };
                found.push((
                    identity(Path::new("")),
                    false,
                    Job::unreadable(given, &relative, cannot_read(&error)),
                ));
            }
            // A file, or a link that leads nowhere (or anything else not a folder): one input.
            _ if !is_folder => {
                let relative = if roots.len() > 1 {
                    prefix
                } else {
                    without_toml(Path::new(&root_name(given)))
                };
                found.push((
                    identity(Path::new("")),
                    false,
                    Job {
                        input: given.to_path_buf(),
                        relative: without_toml(&relative),
                        unreadable: None,
                    },
                ));
            }
            _ => {
                // Links are followed (walkdir detects loops); hidden entries and the output folder
                // itself are skipped. Only folders are compared with the output folder, since
                // resolving every file's path would cost a system call per input.
                let walker = WalkDir::new(given)
                    .follow_links(true)
                    .sort_by_file_name()
                    .into_iter()
                    .filter_entry(|entry| {
                        let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
                        let is_output = entry.file_type().is_dir()
                            && output
                                .as_ref()
                                .is_some_and(|out| std::fs::canonicalize(entry.path()).is_ok_and(|path| &path == out));
                        if is_output {
                            inside_output.extend(assessment_files(entry.path()));
                        }
                        !hidden && !is_output
                    });
                // Folders reached through a link: the files under them are other names of files
                // that may be reached by their own names too.
                let mut linked_folders: Vec<PathBuf> = Vec::new();
                for entry in walker {
                    match entry {
                        Ok(entry) if entry.file_type().is_dir() && entry.path_is_symlink() => {
                            linked_folders.push(entry.into_path());
                        }
                        Ok(entry) if entry.file_type().is_file() && has_toml_extension(entry.path()) => {
                            let path = entry.path();
                            let below = path.strip_prefix(given).unwrap_or(path);
                            // Only a link is resolved: a system call for every file would cost a
                            // large batch time for nothing.
                            let link =
                                entry.path_is_symlink() || linked_folders.iter().any(|folder| path.starts_with(folder));
                            let real = link.then(|| std::fs::canonicalize(path).ok()).flatten();
                            found.push((
                                real.unwrap_or_else(|| identity(below)),
                                link,
                                Job {
                                    input: path.to_path_buf(),
                                    relative: prefix.join(safe_relative(&without_toml(below))),
                                    unreadable: None,
                                },
                            ));
                        }
                        Ok(_) => {}
                        Err(error) if error.loop_ancestor().is_some() => {
                            let path = error.path().unwrap_or(given).to_path_buf();
                            let ancestor = error.loop_ancestor().unwrap_or(given).to_path_buf();
                            // One link reached by two ways (through a linked folder too) is said once.
                            let real = path
                                .parent()
                                .and_then(|parent| std::fs::canonicalize(parent).ok())
                                .zip(path.file_name())
                                .map(|(parent, name)| parent.join(name));
                            if !link_loops.iter().any(|(_, _, seen)| *seen == real) {
                                link_loops.push((path, ancestor, real));
                            }
                        }
                        // A link that leads nowhere: an input like any other if it is named as
                        // one, which fails saying where it leads; else, like any other file, not one.
                        Err(error)
                            if error.path().is_some_and(Path::is_symlink)
                                && error
                                    .io_error()
                                    .is_some_and(|error| error.kind() == std::io::ErrorKind::NotFound) =>
                        {
                            let Some(path) = error.path().filter(|path| has_toml_extension(path)) else {
                                continue;
                            };
                            let below = path.strip_prefix(given).unwrap_or(path);
                            found.push((
                                identity(below),
                                true,
                                Job {
                                    input: path.to_path_buf(),
                                    relative: prefix.join(safe_relative(&without_toml(below))),
                                    unreadable: None,
                                },
                            ));
                        }
                        Err(error) => {
                            let path = error.path().unwrap_or(given).to_path_buf();
                            let below = path.strip_prefix(given).unwrap_or(&path).to_path_buf();
                            found.push((
                                identity(&below),
                                false,
                                Job::unreadable(
                                    &path,
                                    &prefix.join(safe_relative(&without_toml(&below))),
                                    match error.io_error() {
                                        Some(error) => cannot_read(error),
                                        None => crate::say!("ui-batch-cannot-read", reason = error.to_string()),
                                    },
                                ),
                            ));
                        }
                    }
                }
            }
        }
    }
    // Of the names of one file, the first that is no link is kept (the first link if all are).
    found.sort_by(|a, b| (&a.0, a.1, &a.2.input).cmp(&(&b.0, b.1, &b.2.input)));
    let mut jobs: Vec<Job> = Vec::with_capacity(found.len());
    let mut kept: Option<(PathBuf, PathBuf)> = None;
    for (identity, _, job) in found {
        match &kept {
            Some((seen, input)) if *seen == identity => {
                // The same path spelt twice (`a.toml ./a.toml`) is no second name worth a word.
                if job.input.components().ne(input.components()) {
                    same_files.push((job.input, input.clone()));
                }
            }
            _ => {
                kept = Some((identity, job.input.clone()));
                jobs.push(job);
            }
        }
    }
    jobs.sort_by(|a, b| a.input.cmp(&b.input));
    Discovery {
        jobs,
        inside_output,
        same_files,
        link_loops: link_loops.into_iter().map(|(link, folder, _)| (link, folder)).collect(),
    }
}

/// The assessment files (`*.toml` in any case, hidden ones aside) anywhere under `folder`.
fn assessment_files(folder: &Path) -> Vec<PathBuf> {
    WalkDir::new(folder)
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file() && has_toml_extension(entry.path()))
        .map(|entry| entry.into_path())
        .collect()
}

/// `a/bill.v2.toml` → `a/bill.v2`: only the `.toml` is dropped, so dotted names stay distinct.
fn without_toml(path: &Path) -> PathBuf {
    if has_toml_extension(path) {
        path.with_extension("")
    } else {
        path.to_path_buf()
    }
}

/// The output path, relative to the output folder, of `relative` in a format with `suffix`.
fn output_path(relative: &Path, suffix: &str) -> PathBuf {
    let mut name = relative
        .file_name()
        .map(|name| name.to_os_string())
        .unwrap_or_else(|| "brief".into());
    name.push(suffix);
    relative.with_file_name(name)
}

/// Renders every job on `threads` worker threads, calling `progress` after each, and returns the
/// rows in job order. With one thread, jobs run in input order.
///
/// Workers are plain threads taking the next job from a shared counter, not a rayon pool: Typst
/// lays out pages with rayon, and a rayon worker waiting on that work steals other queued jobs
/// and starts them on the same stack, so a whole batch would be in flight at once and memory
/// would grow with the number of inputs.
///
/// Each worker runs inside a rayon pool of its own, sharing the cores with the others, for
/// Typst's parallel layout, so that no worker queues for a pool another one is using. (On two
/// cores this measured no faster than one shared one-thread pool; it is simply never slower.)
pub fn run(jobs: &[Job], settings: &BatchSettings<'_>, threads: usize, progress: &(dyn Fn(&Row) + Sync)) -> Vec<Row> {
    run_each(
        jobs,
        settings.fail_fast,
        settings.stop_asked,
        threads,
        &|job| process(job, settings),
        progress,
    )
}

/// [`run`] with the work on one job given as `process`, so that tests can make it fail in ways
/// real inputs should never manage to.
///
/// Every job ends as a row, whatever happens: a job whose processing panics becomes a failed row
/// saying so (and so fails the run), and a job that no worker reached, because a worker died
/// outside a job, becomes one too.
fn run_each(
    jobs: &[Job],
    fail_fast: bool,
    stop_asked: &AtomicBool,
    threads: usize,
    process: &(dyn Fn(&Job) -> Row + Sync),
    progress: &(dyn Fn(&Row) + Sync),
) -> Vec<Row> {
    let stop = AtomicBool::new(false);
    let next = AtomicUsize::new(0);
    let collisions = collisions(jobs);
    let work = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::SeqCst);
            let Some(job) = jobs.get(index) else { break done };
            if stop_asked.load(Ordering::SeqCst) {
                // Not reported one by one: the run says how many it left when it stops.
                done.push((index, not_started(job)));
                continue;
            }
            let row = if fail_fast && stop.load(Ordering::SeqCst) {
                skipped(job)
            } else if let Some(reason) = collisions.get(&job.input) {
                failed(job, Diagnostic::new(&job.input, reason.as_str()))
            } else {
                // The renderer is shared and read-only, and a panicking job's partial outputs are
                // temporary files, so carrying on with the next job is safe.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(job)))
                    .unwrap_or_else(|panic| failed(job, internal_error(job, panic.as_ref())))
            };
            if row.status == RowStatus::Failed {
                stop.store(true, Ordering::SeqCst);
            }
            // A report that cannot be given (standard error gone) must not lose the row.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| progress(&row)));
            done.push((index, row));
        }
    };
    let threads = threads.max(1);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let layout_threads = (cores / threads).max(1);
    let finished: Vec<(usize, Row)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(
                    || match rayon::ThreadPoolBuilder::new().num_threads(layout_threads).build() {
                        Ok(pool) => pool.install(work),
                        // Without a pool of its own (no threads left), a worker shares the global one.
                        Err(_) => work(),
                    },
                )
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    let mut rows: Vec<Option<Row>> = jobs.iter().map(|_| None).collect();
    for (index, row) in finished {
        if let Some(slot) = rows.get_mut(index) {
            *slot = Some(row);
        }
    }
    // A worker that died outside a job lost the rows it had finished: say so for each of them.
    jobs.iter()
        .zip(rows)
        .map(|(job, row)| {
            row.unwrap_or_else(|| failed(job, Diagnostic::new(&job.input, crate::say!("ui-batch-worker-stopped"))))
        })
        .collect()
}

/// The message of a panic while processing `job`.
fn internal_error(job: &Job, panic: &(dyn std::any::Any + Send)) -> Diagnostic {
    let what = panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_string());
    Diagnostic::new(&job.input, crate::say!("ui-batch-internal-error", what = what))
}

/// Panel briefs for the assessments that rendered: those in one folder that assess the same
/// proposal by the rule `panel` applies (title, reference, jurisdiction, stage, date and rubrics,
/// against every member: [`crate::panel::joining`]), two or more of them, make one panel each,
/// named after the proposal's title. Each panel is one more row of the index, given to `progress`
/// as it is written with the number of panels (not those left unstarted). A run asked to stop
/// meanwhile finishes the panel in progress and starts no other.
pub fn panels(jobs: &[Job], rows: &[Row], settings: &BatchSettings<'_>, progress: &dyn Fn(&Row, usize)) -> Vec<Row> {
    let mut groups: Vec<(PathBuf, Vec<crate::panel::Member>, Vec<&Job>)> = Vec::new();
    for (job, row) in jobs.iter().zip(rows) {
        if row.status != RowStatus::Ok {
            continue;
        }
        let Ok(mut assessment) = Assessment::load(&job.input, settings.rubrics) else {
            continue;
        };
        settings.lang.apply(&mut assessment);
        let folder = job.relative.parent().map(Path::to_path_buf).unwrap_or_default();
        let member = crate::panel::Member {
            file: display(&job.input),
            assessment,
        };
        match groups
            .iter_mut()
            .find(|(dir, members, _)| *dir == folder && crate::panel::joining(members, &member.assessment).is_empty())
        {
            Some((_, members, of_jobs)) => {
                members.push(member);
                of_jobs.push(job);
            }
            None => groups.push((folder, vec![member], vec![job])),
        }
    }
    // A file of the folder that failed may be one of a panel's members: a panel without it would
    // say its group was not represented, so the folder's panels are not written.
    let failed_in = |folder: &Path| {
        jobs.iter().zip(rows).find(|(job, row)| {
            row.status == RowStatus::Failed && job.relative.parent().unwrap_or(Path::new("")) == folder
        })
    };
    let mut taken: Vec<PathBuf> = Vec::new();
    let groups: Vec<_> = groups
        .into_iter()
        .filter(|(_, members, _)| members.len() >= 2)
        .collect();
    let count = groups.len();
    groups
        .into_iter()
        .map(|(folder, members, of_jobs)| {
            let first = of_jobs[0];
            let input = format!(
                "{}/ (panel of {})",
                display(first.input.parent().unwrap_or(Path::new("."))),
                members.len()
            );
            if settings.stop_asked.load(Ordering::SeqCst) {
                // Asked to stop while panels were written: the panel in progress was finished in
                // every format, and the rest are said not started, as inputs are.
                return Row {
                    input,
                    ..not_started(first)
                };
            }
            let lang = members[0].assessment.lang();
            let panel = crate::panel::PanelBrief::of(&members, settings.rubrics.in_language(lang), lang);
            let mut inputs = settings.inputs.clone();
            for (job, member) in of_jobs.iter().zip(&members) {
                inputs.add_assessment(&job.input, &member.assessment);
            }
            let mut row = Row {
                input: input.clone(),
                ..ok_row(first, &panel.brief)
            };
            if let Some((failed, _)) = failed_in(&folder) {
                // No brief, so no rating either: the row says only why.
                let message = crate::say!("ui-batch-panel-member-failed", file = display(&failed.input));
                let mut row = Row {
                    input: input.clone(),
                    ..empty_row(first)
                };
                row.fail(Diagnostic::new(Path::new(&input), message));
                return row;
            }
            // Named after the proposal; a second panel of the same title in the same folder (at
            // another stage, say) adds its stage, then a number.
            let title = crate::file_name::from_title(&members[0].assessment.proposal.title, "proposal");
            let stage = members[0].assessment.proposal.stage.map(crate::model::Stage::id);
            // An input's own brief may already bear that name (`<title>-panel.toml`): the panel
            // takes the next name rather than write over it.
            let free = |name: &Path| {
                let outputs = PathBuf::from(format!("{}-panel", name.display()));
                !taken.iter().any(|taken| taken == name) && !jobs.iter().any(|job| job.relative == outputs)
            };
            let mut name = folder.join(&title);
            for attempt in 1.. {
                if free(&name) {
                    break;
                }
                name = match (attempt, stage) {
                    (1, Some(stage)) => folder.join(format!("{title}-{stage}")),
                    _ => folder.join(format!("{title}-{}", attempt + 1)),
                };
            }
            taken.push(name.clone());
            for format in settings.formats {
                let relative = PathBuf::from(format!("{}-panel{}", name.display(), format.output_suffix()));
                let written = settings.renderer.render(&panel, *format).and_then(|rendered| {
                    crate::output::write_rendered(&settings.output.join(&relative), &inputs, rendered)
                });
                match written {
                    Ok(()) => row.outputs.push(relative.to_string_lossy().replace('\\', "/")),
                    Err(error) => {
                        let message = crate::say!(
                            "ui-batch-panel-format-failed",
                            format = format.to_string(),
                            error = crate::i18n::causes(&error)
                        );
                        row.fail(Diagnostic::new(Path::new(&input), message));
                        break;
                    }
                }
            }
            row
        })
        // Those not started are counted when the run says it stopped, not one by one.
        .inspect(|row| {
            if row.status != RowStatus::Skipped {
                progress(row, count);
            }
        })
        .collect()
}

fn process(job: &Job, settings: &BatchSettings<'_>) -> Row {
    let mut row = render(job, settings);
    if row.status == RowStatus::Failed {
        remove_stale_outputs(job, settings, &mut row);
    }
    row
}

/// Removes what an earlier run wrote for a job that failed now, in each format this run did not
/// write, so that the output folder never holds a brief of a file that no longer reads as it: a
/// script publishing the folder would publish it. Said in the row's error. Only the job's own
/// output files are removed: never a folder (a Typst bundle, which may hold edits) nor a file in
/// one, never a file its owner keeps (read-only, or a Word copy saved since: the error names
/// it), and never the job's input or the run's rubric and template files.
fn remove_stale_outputs(job: &Job, settings: &BatchSettings<'_>, row: &mut Row) {
    // A job without a path of its own has no outputs of its own; one whose path runs through a
    // Typst bundle's folder names files of that bundle, which are another input's.
    let in_a_bundle = job
        .relative
        .components()
        .any(|component| component.as_os_str().to_string_lossy().ends_with(TYPST_BUNDLE_SUFFIX));
    if job.relative.as_os_str().is_empty() || in_a_bundle {
        return;
    }
    let mut inputs = settings.inputs.clone();
    inputs.add(&job.input);
    let (mut removed, mut kept) = (Vec::new(), Vec::new());
    for format in settings.formats {
        let relative = output_path(&job.relative, &format.output_suffix());
        // The path as it is on disk; `display` (which writes `\` as `/`) only names it.
        let path = settings.output.join(&relative);
        let shown = display(&relative);
        // A file with another name (a hard link, as to a ledger this input reads) is not only
        // this input's output: it is left, as is anything reached through a linked folder.
        let is_file = std::fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_file() && !has_other_names(&meta))
            && linked_folder(settings.output, &relative).is_none();
        if !is_file || row.outputs.contains(&shown) || inputs.check(&path).is_err() {
            continue;
        }
        // Nor is a file its owner made read-only removed, or a Word copy saved since it was
        // written: they are theirs to keep, and the row says they are there all the same.
        if crate::output::kept_by_owner(&path).is_some() {
            kept.push(shown);
        } else if std::fs::remove_file(&path).is_ok() {
            removed.push(shown);
        }
    }
    if let Some(error) = row.error.as_mut() {
        for (files, id) in [(removed, "ui-batch-outputs-removed"), (kept, "ui-batch-outputs-kept")] {
            if !files.is_empty() {
                error.push_str(&format!("\n  {}", crate::say!(id, files = files.join(", "))));
            }
        }
    }
}

/// Whether a file has names other than the one it was reached by (a hard link).
#[cfg(unix)]
fn has_other_names(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() > 1
}

/// Whether a file has names other than the one it was reached by: not known here, so none.
#[cfg(not(unix))]
fn has_other_names(_meta: &std::fs::Metadata) -> bool {
    false
}

/// Renders one job into every format asked.
fn render(job: &Job, settings: &BatchSettings<'_>) -> Row {
    if let Some(reason) = &job.unreadable {
        return failed(job, Diagnostic::new(&job.input, reason.as_str()));
    }
    let mut assessment = match Assessment::load(&job.input, settings.rubrics) {
        Ok(assessment) => assessment,
        Err(diagnostics) => return failed(job, diagnostics),
    };
    settings.lang.apply(&mut assessment);
    crate::commands::note_untranslated(settings.rubrics, assessment.lang());
    let brief = Brief::of(&assessment, settings.rubrics);
    let mut row = ok_row(job, &brief);
    let mut inputs = settings.inputs.clone();
    inputs.add_assessment(&job.input, &assessment);
    for format in settings.formats {
        let relative = output_path(&job.relative, &format.output_suffix());
        let path = settings.output.join(&relative);
        if let Some(link) = linked_folder(settings.output, &relative) {
            let message = crate::say!("ui-batch-output-link", path = crate::markup::path_shown(&link));
            row.fail(Diagnostic::new(&job.input, message));
            break;
        }
        let written = write_brief(settings.renderer, &brief, *format, &path, &inputs);
        match written {
            Ok(()) => row.outputs.push(relative.to_string_lossy().replace('\\', "/")),
            Err(error) => {
                let message = crate::say!(
                    "ui-batch-format-failed",
                    format = format.to_string(),
                    error = crate::i18n::causes(&error)
                );
                row.fail(Diagnostic::new(&job.input, message));
                // A brief its owner keeps (read-only, or a Word copy saved since) says nothing
                // against the input: the other formats are written all the same.
                if !error.is::<crate::output::Kept>() {
                    break;
                }
            }
        }
    }
    row
}

/// The first folder on the way from `output` to `relative` (itself included, for a format
/// written as a folder) that is a link to a folder: writing through it would put a brief where
/// the link leads, outside the output folder. A link to a file is no such way: it is replaced.
fn linked_folder(output: &Path, relative: &Path) -> Option<PathBuf> {
    let mut ancestors: Vec<&Path> = relative
        .ancestors()
        .filter(|ancestor| !ancestor.as_os_str().is_empty())
        .collect();
    ancestors.reverse();
    let own = output.join(relative);
    ancestors
        .into_iter()
        .map(|ancestor| output.join(ancestor))
        .find(|path| {
            let link = std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink());
            // On the way to the output, any link is one (a link that leads nowhere included); the
            // output itself only if it leads to a folder, where a bundle would be written.
            link && (*path != own || std::fs::metadata(path).is_ok_and(|meta| meta.is_dir()))
        })
}

fn ok_row(job: &Job, brief: &Brief) -> Row {
    let (effect, process) = (
        dimension(brief, Dimension::Effect),
        dimension(brief, Dimension::Process),
    );
    Row {
        input: display(&job.input),
        status: RowStatus::Ok,
        title: Some(brief.proposal.title.clone()),
        jurisdiction: brief.proposal.jurisdiction.clone(),
        stage: brief.proposal.stage.clone(),
        score: brief.overall.score,
        rating: Some(brief.overall.rating),
        rating_key: Some(brief.overall.rating.key()),
        effect_score: effect.and_then(|view| view.score),
        effect_rating: effect.map(|view| view.rating),
        effect_rating_key: effect.map(|view| view.rating.key()),
        effect_verdict: effect.map(|view| view.rating.effect_label()),
        effect_verdict_key: effect.map(|view| view.rating.effect_key()),
        process_score: process.and_then(|view| view.score),
        process_rating: process.map(|view| view.rating),
        process_rating_key: process.map(|view| view.rating.key()),
        rubrics: brief
            .rubrics
            .iter()
            .map(|rubric| RubricCell {
                id: rubric.id.clone(),
                score: rubric.score,
                rating: rubric.rating,
            })
            .collect(),
        red_flags: brief.overall.red_flags.clone(),
        outputs: Vec::new(),
        error: None,
        problems: Vec::new(),
        response_coverage: brief
            .consultation
            .as_ref()
            .and_then(|ledger| ledger.response_coverage.value),
        uptake_gap: brief
            .consultation
            .as_ref()
            .and_then(|ledger| ledger.uptake_gap.as_ref())
            .map(|gap| gap.gap),
    }
}

/// The verdict on one dimension (effect or process) in `brief`.
fn dimension(brief: &Brief, id: Dimension) -> Option<&crate::report::DimensionView> {
    brief.overall.dimensions.iter().find(|view| view.id == id)
}

fn failed(job: &Job, problems: impl Into<Diagnostics>) -> Row {
    let mut row = empty_row(job);
    row.fail(problems);
    row
}

impl Row {
    /// Marks the row failed for `problems`: said as `check` says them, and listed field by field,
    /// after any the row already holds (two formats kept as read-only are two problems).
    fn fail(&mut self, problems: impl Into<Diagnostics>) {
        let problems = problems.into();
        self.status = RowStatus::Failed;
        self.error = Some(match self.error.take() {
            Some(earlier) => format!("{earlier}\n{problems}"),
            None => problems.to_string(),
        });
        self.problems.extend(problems.0.iter().map(ProblemRecord::from));
    }
}

fn skipped(job: &Job) -> Row {
    Row {
        status: RowStatus::Skipped,
        error: Some(crate::say!("ui-batch-skipped-fail-fast")),
        ..empty_row(job)
    }
}

/// The row of an input not started because the user asked the run to stop.
fn not_started(job: &Job) -> Row {
    Row {
        status: RowStatus::Skipped,
        error: Some(crate::say!("ui-batch-skipped-stopped")),
        ..empty_row(job)
    }
}

fn empty_row(job: &Job) -> Row {
    Row {
        input: display(&job.input),
        status: RowStatus::Ok,
        title: None,
        jurisdiction: None,
        stage: None,
        score: None,
        rating: None,
        rating_key: None,
        effect_score: None,
        effect_rating: None,
        effect_rating_key: None,
        effect_verdict: None,
        effect_verdict_key: None,
        process_score: None,
        process_rating: None,
        process_rating_key: None,
        rubrics: Vec::new(),
        red_flags: Vec::new(),
        outputs: Vec::new(),
        error: None,
        problems: Vec::new(),
        response_coverage: None,
        uptake_gap: None,
    }
}

/// Why a path given or found cannot be read, in the interface's language.
fn cannot_read(error: &std::io::Error) -> String {
    crate::say!("ui-batch-cannot-read", reason = crate::i18n::io_reason(error))
}

/// Why a job may not write its outputs: they would have the same names as an earlier job's
/// (possible with several roots of the same name) or as the batch index.
fn collisions(jobs: &[Job]) -> HashMap<PathBuf, String> {
    let mut seen: HashMap<&Path, &Path> = HashMap::new();
    let mut clashes = HashMap::new();
    for job in jobs {
        if job.relative == Path::new(INDEX_STEM) {
            let reason = crate::say!("ui-batch-index-clash", index = INDEX_STEM);
            clashes.insert(job.input.clone(), reason);
        } else if let Some(first) = seen.get(job.relative.as_path()) {
            let reason = crate::say!("ui-batch-same-names", file = crate::markup::path_shown(first));
            clashes.insert(job.input.clone(), reason);
        } else {
            seen.insert(&job.relative, &job.input);
        }
    }
    clashes
}

/// The name a root contributes when several roots are given: its last normal component.
fn root_name(root: &Path) -> PathBuf {
    root.components()
        .rev()
        .find_map(|component| match component {
            Component::Normal(name) => Some(PathBuf::from(name)),
            _ => None,
        })
        .unwrap_or_else(|| PathBuf::from("input"))
}

/// The top folder of each of several roots in the output folder: the root's own name, or as many
/// of the last names of its real path as tell it apart from the other roots', so that
/// `2024/bills` and `2025/bills` keep their trees apart, and `.` is named by the folder it is.
/// A file root's name is taken without its `.toml`, as its outputs are.
fn root_prefixes(roots: &[Root<'_>]) -> Vec<PathBuf> {
    let names: Vec<Vec<std::ffi::OsString>> = roots
        .iter()
        .map(|root| {
            let path = root.real.as_deref().unwrap_or(root.given);
            let mut names: Vec<_> = path
                .components()
                .filter_map(|component| match component {
                    Component::Normal(name) => Some(name.to_os_string()),
                    _ => None,
                })
                .collect();
            // The root's own last name, as given (a link is named as the link, not as what it
            // leads to); the real path gives the rest, and names `.` and `..`.
            let own = root
                .given
                .components()
                .next_back()
                .and_then(|component| match component {
                    Component::Normal(name) => Some(name.to_os_string()),
                    _ => None,
                });
            if let (Some(own), Some(last)) = (own, names.last_mut()) {
                *last = own;
            }
            if let Some(last) = names.last_mut() {
                *last = without_toml(Path::new(last)).into_os_string();
            }
            if names.is_empty() {
                names.push("input".into());
            }
            names
        })
        .collect();
    let last = |names: &[std::ffi::OsString], count: usize| names[names.len().saturating_sub(count)..].to_vec();
    // Compared without case: `2024/Bills` and `2025/bills` are one folder on a disk that ignores it.
    let same = |a: &[std::ffi::OsString], b: &[std::ffi::OsString]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(a, b)| a.to_string_lossy().to_lowercase() == b.to_string_lossy().to_lowercase())
    };
    names
        .iter()
        .enumerate()
        .map(|(at, own)| {
            let mut count = 1;
            while count < own.len()
                && names
                    .iter()
                    .enumerate()
                    .any(|(other_at, other)| other_at != at && same(&last(other, count), &last(own, count)))
            {
                count += 1;
            }
            last(own, count).iter().collect()
        })
        .collect()
}

/// Keeps only normal components, so a relative output path can never leave the output folder.
fn safe_relative(path: &Path) -> PathBuf {
    path.components()
        .filter_map(|component| match component {
            Component::Normal(name) => Some(name),
            _ => None,
        })
        .collect()
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// True when any row failed.
pub fn any_failed(rows: &[Row]) -> bool {
    rows.iter().any(|row| row.status == RowStatus::Failed)
}

/// Rows whose overall rating is `threshold` or worse.
pub fn at_or_below(rows: &[Row], threshold: Rating) -> Vec<&Row> {
    rows.iter()
        .filter(|row| row.rating.is_some_and(|rating| rating.is_at_or_below(threshold)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(name: &str) -> Job {
        Job {
            input: PathBuf::from(format!("in/{name}.toml")),
            relative: PathBuf::from(name),
            unreadable: None,
        }
    }

    #[test]
    fn a_job_that_panics_becomes_a_failed_row_and_the_rest_still_run() {
        let jobs: Vec<Job> = ["a", "boom", "c", "d"].into_iter().map(job).collect();
        let process = |job: &Job| {
            if job.relative == Path::new("boom") {
                panic!("renderer state broken");
            }
            empty_row(job)
        };
        for threads in [1, 2, 3] {
            let rows = run_each(&jobs, false, &AtomicBool::new(false), threads, &process, &|_| {});
            assert_eq!(rows.len(), 4, "every input is a row ({threads} threads)");
            let statuses: Vec<RowStatus> = rows.iter().map(|row| row.status).collect();
            assert_eq!(
                statuses,
                [RowStatus::Ok, RowStatus::Failed, RowStatus::Ok, RowStatus::Ok],
                "{threads} threads"
            );
            assert_eq!(
                rows[1].error.as_deref(),
                Some(
                    "in/boom.toml: error: internal error while rendering it (renderer state broken); this is a bug, please report it"
                )
            );
        }
        // With --fail-fast, what comes after the panic is skipped, not lost.
        let rows = run_each(&jobs, true, &AtomicBool::new(false), 1, &process, &|_| {});
        let statuses: Vec<RowStatus> = rows.iter().map(|row| row.status).collect();
        assert_eq!(
            statuses,
            [RowStatus::Ok, RowStatus::Failed, RowStatus::Skipped, RowStatus::Skipped]
        );
    }

    #[test]
    fn a_progress_report_that_fails_loses_no_row() {
        let jobs: Vec<Job> = ["a", "b"].into_iter().map(job).collect();
        // The progress callback runs in the worker after a row is made (it prints on standard
        // error, which a script may have closed): a panic there must not take the worker, and
        // the rows it finished, with it.
        let progress = |row: &Row| {
            if row.input.ends_with("a.toml") {
                panic!("progress display failed");
            }
        };
        let rows = run_each(
            &jobs,
            false,
            &AtomicBool::new(false),
            1,
            &|job: &Job| empty_row(job),
            &progress,
        );
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|row| row.status == RowStatus::Ok), "{rows:?}");
    }
}
