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
use crate::i18n::Lang;
use crate::model::assessment::{ASSESSMENT_SCHEMA_VERSION, read_assessment_file};
use crate::model::{Assessment, AssessmentDocument};
use crate::output::{print_stdout, write_durably};

/// Runs `migrate`.
pub fn run(args: &MigrateArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    // `migrate` has no `--lang`: the system locale chooses the language of its lines.
    let ui = super::interface_language(args.lang);
    let rubrics = load_rubrics(rubrics_dir)?;
    let file = read_assessment_file(&args.file).map_err(Diagnostics::from)?;
    let mut assessment = Assessment::from_file(&file, &rubrics).map_err(Diagnostics)?;
    if assessment.schema_directive.is_none() {
        assessment.schema_directive = super::schema::directive_target();
    }
    let Some(upgrade) = assessment.upgrade.clone() else {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-migrate-nothing-to-do",
                file = args.file.display().to_string(),
                edition = ASSESSMENT_SCHEMA_VERSION
            )
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
    // One line per change, indented, its first word padded in each language so that the
    // questions line up.
    for step in &upgrade.mapped {
        let _ = writeln!(
            report,
            "  {}",
            crate::tr!(
                ui,
                "ui-migrate-moved",
                from = step.from.to_string(),
                was = step.was.in_language(ui),
                to = step.to.to_string(),
                now = step.now.in_language(ui)
            )
        );
    }
    for step in &upgrade.needs_answer {
        let line = if step.from == step.to {
            crate::tr!(
                ui,
                "ui-migrate-asks-more",
                question = step.to.to_string(),
                was = step.was.in_language(ui)
            )
        } else {
            crate::tr!(
                ui,
                "ui-migrate-replaced",
                question = step.to.to_string(),
                old = step.from.to_string(),
                was = step.was.in_language(ui)
            )
        };
        let _ = writeln!(report, "  {line}");
    }
    for question in &upgrade.new_questions {
        let _ = writeln!(
            report,
            "  {}",
            crate::tr!(
                ui,
                "ui-migrate-new",
                question = question.to_string(),
                edition = ASSESSMENT_SCHEMA_VERSION
            )
        );
    }
    for step in &upgrade.merged {
        let _ = writeln!(
            report,
            "  {}",
            crate::tr!(
                ui,
                "ui-migrate-merged",
                from = step.from.to_string(),
                was = step.was.in_language(ui),
                to = step.to.to_string()
            )
        );
    }
    if args.dry_run {
        print_stdout(text.as_bytes())?;
        crate::eprint_safe!("{report}");
        return Ok(Outcome::Success);
    }
    if crate::output::is_read_only(&args.file) {
        anyhow::bail!(
            "{}",
            crate::tr!(ui, "ui-migrate-read-only", file = args.file.display().to_string())
        );
    }
    let backup = backup_path(&args.file, upgrade.from_edition);
    write_backup(&backup, file.text.as_bytes(), ui)?;
    write_durably(&args.file, text.as_bytes())?;
    let needs = upgrade.needs_answer.len() + upgrade.new_questions.len();
    crate::eprintln_safe!(
        "{}",
        crate::tr!(
            ui,
            "ui-migrate-done",
            file = args.file.display().to_string(),
            edition = ASSESSMENT_SCHEMA_VERSION,
            backup = backup.display().to_string()
        )
    );
    crate::eprint_safe!("{report}");
    match needs {
        0 => crate::eprintln_safe!("{}", crate::i18n::tr(ui, "ui-migrate-all-carried-over")),
        n => crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-migrate-needs-answers",
                count = n,
                file = args.file.display().to_string()
            )
        ),
    }
    Ok(Outcome::Success)
}

/// Writes the backup as a new file: never over an existing file, and never through a link
/// (a dangling `bill.toml.v1.bak` link would otherwise create a file wherever it points).
fn write_backup(backup: &Path, bytes: &[u8], ui: Lang) -> Result<()> {
    let named = |id: &str| crate::tr!(ui, id, file = backup.display().to_string());
    if let Ok(metadata) = std::fs::symlink_metadata(backup) {
        let id = if metadata.file_type().is_symlink() {
            "ui-migrate-backup-is-link"
        } else {
            "ui-migrate-backup-exists"
        };
        bail!("{}", named(id));
    }
    // `create_new` is O_CREAT|O_EXCL: it fails on anything at that path, a link included, even
    // one that appeared since the check above.
    let mut created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(backup)
        .with_context(|| named("ui-migrate-cannot-create-backup"))?;
    created
        .write_all(bytes)
        .and_then(|()| created.sync_all())
        .with_context(|| named("ui-migrate-cannot-write-backup"))?;
    Ok(())
}

/// `bill.toml` written for rubrics 2.x → `bill.toml.v2.bak`.
fn backup_path(file: &Path, edition: u32) -> PathBuf {
    let mut name = file.file_name().map(|name| name.to_os_string()).unwrap_or_default();
    name.push(format!(".v{edition}.bak"));
    file.with_file_name(name)
}
