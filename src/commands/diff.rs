//! `impact-brief diff OLD NEW`: the change brief of two assessments of one proposal, usually two
//! stages of a bill; with `--fail-on-worse`, a check a CI job can run over tracked bills.

use std::path::Path;

use anyhow::{Result, bail};

use super::{Outcome, UsageError, load_rubrics, renderer_for};
use crate::change::{ChangeBrief, Origin};
use crate::cli::DiffArgs;
use crate::diagnostic::Diagnostics;
use crate::model::{Assessment, RubricSet};
use crate::output::{Destination, file_name_for, print_stdout, write_rendered};
use crate::render::{Format, Rendered};
use crate::report::Brief;
use crate::templates::DocumentKind;

/// Runs `diff`.
pub fn run(args: &DiffArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let formats = args.format.unique();
    let text_only = formats
        .iter()
        .all(|format| matches!(format, Format::Markdown | Format::Html | Format::Json));
    // One text format goes to standard output unless told otherwise; anything else to a folder.
    let destination = match args.output.as_deref() {
        None if formats.len() == 1 && text_only => Destination::Stdout,
        other => Destination::from_arg(other),
    };
    if matches!(destination, Destination::File(_) | Destination::Stdout) && formats.len() > 1 {
        return Err(UsageError("several formats need a folder: pass `-o DIR/`".into()).into());
    }
    if destination == Destination::Stdout && formats.contains(&Format::Typ) {
        return Err(
            UsageError("`-f typ` writes a folder and cannot go to standard output; pass `-o DIR`".into()).into(),
        );
    }
    let renderer = renderer_for(&formats, &args.templates, &args.pdf)?;
    renderer.check(DocumentKind::Change, &formats)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    let (old, old_origin) = load(&args.old, &rubrics)?;
    let (new, new_origin) = load(&args.new, &rubrics)?;
    if !args.force {
        same_proposal(&old, &new, &args.old, &args.new)?;
    }
    let change = ChangeBrief::between(
        &Brief::of(&old, &rubrics),
        &Brief::of(&new, &rubrics),
        &old_origin,
        &new_origin,
    );
    for format in formats {
        let rendered = renderer.render(&change, format)?;
        match &destination {
            Destination::Stdout => {
                if let Rendered::File(bytes) = rendered {
                    if format == Format::Pdf && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                        bail!("refusing to print a PDF to the terminal; pass `-o changes.pdf`");
                    }
                    print_stdout(&bytes)?;
                }
            }
            Destination::File(path) => {
                write_rendered(path, &args.new, rendered)?;
                eprintln!("wrote {}", path.display());
            }
            Destination::Folder(dir) => {
                let path = dir.join(file_name_for(&args.new, &format!("-changes{}", format.output_suffix())));
                write_rendered(&path, &args.new, rendered)?;
                eprintln!("wrote {}", path.display());
            }
        }
    }
    Ok(if args.fail_on_worse && change.got_worse() {
        eprintln!(
            "got worse: {} → {} overall{}",
            change.overall.old.rating,
            change.overall.new.rating,
            change
                .dimensions
                .iter()
                .filter(|dimension| dimension.change == crate::change::Change::Worse)
                .map(|dimension| format!(
                    "; {}: {} → {}",
                    dimension.label, dimension.old.rating, dimension.new.rating
                ))
                .collect::<String>()
        );
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

fn load(path: &Path, rubrics: &RubricSet) -> Result<(Assessment, Origin), Diagnostics> {
    let assessment = Assessment::load(path, rubrics)?;
    let origin = Origin {
        file: path.display().to_string(),
        upgraded: assessment.upgrade.is_some(),
    };
    Ok((assessment, origin))
}

/// Two files belong together when their proposal's title and reference match (ignoring case and
/// spacing); otherwise the error names what differs.
fn same_proposal(old: &Assessment, new: &Assessment, old_path: &Path, new_path: &Path) -> Result<()> {
    let normal = |text: Option<&str>| {
        text.unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut differences = Vec::new();
    let (old_title, new_title) = (old.proposal.title.as_str(), new.proposal.title.as_str());
    if normal(Some(old_title)) != normal(Some(new_title)) {
        differences.push(format!("title \"{old_title}\" vs \"{new_title}\""));
    }
    let (old_reference, new_reference) = (old.proposal.reference.as_deref(), new.proposal.reference.as_deref());
    if normal(old_reference) != normal(new_reference) {
        differences.push(format!(
            "reference \"{}\" vs \"{}\"",
            old_reference.unwrap_or("none"),
            new_reference.unwrap_or("none")
        ));
    }
    if differences.is_empty() {
        return Ok(());
    }
    bail!(
        "{} and {} seem to assess different proposals ({}); pass --force to compare them anyway",
        old_path.display(),
        new_path.display(),
        differences.join("; ")
    )
}
