//! `impact-brief migrate FILE`: rewrites an assessment written for rubrics 1.x or 2.x so that it
//! answers the current questions, keeping the original beside it and saying what moved exactly,
//! what needs a new answer and which questions are new. Until those are answered the brief marks
//! its effect rating as provisional (the file records `upgraded_from`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::Outcome;
use super::load_rubrics;
use crate::cli::MigrateArgs;
use crate::diagnostic::Diagnostics;
use crate::model::assessment::{ASSESSMENT_SCHEMA_VERSION, read_assessment_file};
use crate::model::{Assessment, AssessmentDocument};
use crate::output::{print_stdout, write_durably};

/// Runs `migrate`.
pub fn run(args: &MigrateArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let rubrics = load_rubrics(rubrics_dir)?;
    let file = read_assessment_file(&args.file).map_err(Diagnostics::from)?;
    let mut assessment = Assessment::from_file(&file, &rubrics).map_err(Diagnostics)?;
    if assessment.schema_directive.is_none() {
        assessment.schema_directive = super::schema::directive_target();
    }
    let Some(upgrade) = assessment.upgrade.clone() else {
        crate::eprintln_safe!(
            "{}: already answers rubrics {ASSESSMENT_SCHEMA_VERSION}.x (schema_version = {ASSESSMENT_SCHEMA_VERSION}); nothing to do",
            args.file.display()
        );
        return Ok(Outcome::Success);
    };
    // The file is edited in place: every comment and blank line stays, answers of renamed
    // questions keep their place, and only what the upgrade changed is rewritten.
    assessment.assessment.upgraded_from = Some(
        assessment
            .assessment
            .upgraded_from
            .map_or(upgrade.from_edition, |earlier| earlier.min(upgrade.from_edition)),
    );
    let mut document = AssessmentDocument::parse(&file.text)?.with_order_of(&assessment, &rubrics);
    for step in upgrade.mapped.iter().chain(&upgrade.needs_answer) {
        if step.from != step.to {
            document.rename_answer(
                (step.from.rubric(), step.from.question()),
                (step.to.rubric(), step.to.question()),
            );
        }
    }
    document.update(&assessment)?;
    let text = document.text();
    let mut report = String::new();
    for step in &upgrade.mapped {
        let _ = writeln!(
            report,
            "  moved   {} ({}) → {} ({})",
            step.from, step.was, step.to, step.now
        );
    }
    for step in &upgrade.needs_answer {
        let _ = if step.from == step.to {
            writeln!(
                report,
                "  answer  {} ({}): the question now asks more, so the answer is not carried over; the old rationale is kept, marked unknown",
                step.to, step.was
            )
        } else {
            writeln!(
                report,
                "  answer  {}: it replaces {} ({}), which asked something different; the old rationale is kept, marked unknown",
                step.to, step.from, step.was
            )
        };
    }
    for question in &upgrade.new_questions {
        let _ = writeln!(
            report,
            "  new     {question}: added in rubrics {ASSESSMENT_SCHEMA_VERSION}.x; answer it"
        );
    }
    for step in &upgrade.merged {
        let _ = writeln!(
            report,
            "  merged  {} ({}) into {}: the file answers both; the answer to {} is kept, and the old answer's rationale, evidence and recommendation are added to it with a note",
            step.from, step.was, step.to, step.to
        );
    }
    if args.dry_run {
        print_stdout(text.as_bytes())?;
        crate::eprint_safe!("{report}");
        return Ok(Outcome::Success);
    }
    if crate::output::is_read_only(&args.file) {
        anyhow::bail!(
            "{} is read-only, so it is not rewritten; make it writable first, or see the result with --dry-run",
            args.file.display()
        );
    }
    let backup = backup_path(&args.file, upgrade.from_edition);
    write_backup(&backup, file.text.as_bytes())?;
    write_durably(&args.file, text.as_bytes())?;
    let needs = upgrade.needs_answer.len() + upgrade.new_questions.len();
    crate::eprintln_safe!(
        "{}: migrated to rubrics {ASSESSMENT_SCHEMA_VERSION}.x; the original is kept as {}",
        args.file.display(),
        backup.display()
    );
    crate::eprint_safe!("{report}");
    match needs {
        0 => crate::eprintln_safe!("Every answer was carried over, and no question is new."),
        n => crate::eprintln_safe!(
            "{n} question{} need{} an answer; until then the brief marks its effect rating as provisional. `impact-brief check {}` lists them.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            args.file.display()
        ),
    }
    Ok(Outcome::Success)
}

/// Writes the backup as a new file: never over an existing file, and never through a link
/// (a dangling `bill.toml.v1.bak` link would otherwise create a file wherever it points).
fn write_backup(backup: &Path, bytes: &[u8]) -> Result<()> {
    if let Ok(metadata) = std::fs::symlink_metadata(backup) {
        let what = if metadata.file_type().is_symlink() {
            "is a link"
        } else {
            "exists already"
        };
        bail!(
            "{} {what}; move it away first, so that no earlier backup is lost and nothing is written elsewhere",
            backup.display()
        );
    }
    // `create_new` is O_CREAT|O_EXCL: it fails on anything at that path, a link included, even
    // one that appeared since the check above.
    let mut created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(backup)
        .with_context(|| format!("cannot create the backup {}", backup.display()))?;
    created
        .write_all(bytes)
        .and_then(|()| created.sync_all())
        .with_context(|| format!("cannot write the backup {}", backup.display()))?;
    Ok(())
}

/// `bill.toml` written for rubrics 2.x → `bill.toml.v2.bak`.
fn backup_path(file: &Path, edition: u32) -> PathBuf {
    let mut name = file.file_name().map(|name| name.to_os_string()).unwrap_or_default();
    name.push(format!(".v{edition}.bak"));
    file.with_file_name(name)
}
