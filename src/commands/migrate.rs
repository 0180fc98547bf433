//! `impact-brief migrate FILE`: rewrites an assessment written for rubrics 1.x so that it answers
//! the current questions, keeping the original beside it and saying what needs a new answer.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::Outcome;
use super::load_rubrics;
use crate::cli::MigrateArgs;
use crate::diagnostic::Diagnostics;
use crate::model::Assessment;
use crate::model::assessment::{ASSESSMENT_SCHEMA_VERSION, read_assessment_file};
use crate::model::schema::is_directive_line;
use crate::output::{print_stdout, write_durably};

/// Runs `migrate`.
pub fn run(args: &MigrateArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let rubrics = load_rubrics(rubrics_dir)?;
    let file = read_assessment_file(&args.file).map_err(Diagnostics::from)?;
    let mut assessment = Assessment::from_file(&file, &rubrics).map_err(Diagnostics)?;
    if assessment.schema_directive.is_none() {
        assessment.schema_directive = super::schema::directive_target();
    }
    let Some(upgrade) = &assessment.upgrade else {
        crate::eprintln_safe!(
            "{}: already answers rubrics {ASSESSMENT_SCHEMA_VERSION}.x (schema_version = {ASSESSMENT_SCHEMA_VERSION}); nothing to do",
            args.file.display()
        );
        return Ok(Outcome::Success);
    };
    let text = assessment.to_toml().context("cannot write the assessment as TOML")?;
    let mut report = String::new();
    for step in &upgrade.mapped {
        let _ = writeln!(
            report,
            "  moved   {} ({}) → {} ({})",
            step.from, step.was, step.to, step.now
        );
    }
    for step in &upgrade.needs_answer {
        let _ = writeln!(
            report,
            "  answer  {}: it replaces {} ({}), which asked something different; the old rationale is kept, marked unknown",
            step.to, step.from, step.was
        );
    }
    if args.dry_run {
        print_stdout(text.as_bytes())?;
        crate::eprint_safe!("{report}");
        return Ok(Outcome::Success);
    }
    let backup = backup_path(&args.file);
    if backup.exists() {
        bail!(
            "{} exists already; move it away first, so that no earlier backup is lost",
            backup.display()
        );
    }
    std::fs::copy(&args.file, &backup).with_context(|| {
        format!(
            "cannot keep a backup of {} at {}",
            args.file.display(),
            backup.display()
        )
    })?;
    write_durably(&args.file, text.as_bytes())?;
    let needs = upgrade.needs_answer.len();
    crate::eprintln_safe!(
        "{}: migrated to rubrics {ASSESSMENT_SCHEMA_VERSION}.x; the original is kept as {}",
        args.file.display(),
        backup.display()
    );
    crate::eprint_safe!("{report}");
    if file
        .text
        .lines()
        .any(|line| line.trim_start().starts_with('#') && !is_directive_line(line))
    {
        crate::eprintln_safe!("note: the comments of the original are only in the backup");
    }
    match needs {
        0 => crate::eprintln_safe!("Every answer was carried over. New questions are listed by `impact-brief check`."),
        n => crate::eprintln_safe!(
            "{n} answer{} need{} a new answer; `impact-brief check {}` lists them with every new question.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" },
            args.file.display()
        ),
    }
    Ok(Outcome::Success)
}

/// `bill.toml` → `bill.toml.v1.bak`.
fn backup_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().map(|name| name.to_os_string()).unwrap_or_default();
    name.push(".v1.bak");
    file.with_file_name(name)
}
