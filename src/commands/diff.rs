//! `impact-brief diff OLD NEW`: the change brief of two assessments of one proposal, usually two
//! stages of a bill; with `--fail-on-worse`, a check a CI job can run over tracked bills.

use std::path::Path;

use anyhow::{Result, bail};

use super::{Outcome, document_destination, load_rubrics, proposal_differences, renderer_for, write_document};
use crate::change::{ChangeBrief, Origin};
use crate::cli::DiffArgs;
use crate::diagnostic::Diagnostics;
use crate::model::{Assessment, RubricSet};
use crate::report::Brief;
use crate::templates::DocumentKind;

/// Runs `diff`.
pub fn run(args: &DiffArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let formats = args.out.format.unique();
    let destination = document_destination(args.out.output.as_deref(), &formats)?;
    let renderer = renderer_for(&formats, &args.out.templates, &args.out.pdf)?;
    renderer.check(DocumentKind::Change, &formats)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    let (old, old_origin) = load(&args.old, &rubrics)?;
    let (new, new_origin) = load(&args.new, &rubrics)?;
    let differences = proposal_differences(&old, &new);
    if !args.force && !differences.is_empty() {
        bail!(
            "{} and {} seem to assess different proposals ({}); pass --force to compare them anyway",
            args.old.display(),
            args.new.display(),
            differences.join("; ")
        );
    }
    let change = ChangeBrief::between(
        &Brief::of(&old, &rubrics),
        &Brief::of(&new, &rubrics),
        &old_origin,
        &new_origin,
    );
    write_document(&renderer, &change, &formats, &destination, &args.new, "-changes")?;
    Ok(if args.fail_on_worse && change.got_worse() {
        crate::eprintln_safe!(
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
