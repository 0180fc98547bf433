//! `impact-brief diff OLD NEW`: the change brief of two assessments of one proposal, usually two
//! stages of a bill; with `--fail-on-worse`, a check a CI job can run over tracked bills.

use std::path::Path;

use anyhow::{Result, bail};

use super::{Outcome, document_destination, load_rubrics, proposal_differences, renderer_for, write_document};
use crate::change::{ChangeBrief, Origin};
use crate::cli::DiffArgs;
use crate::diagnostic::Diagnostics;
use crate::model::assessment::calendar_date;
use crate::model::{Assessment, RubricSet, Stage};
use crate::output::Inputs;
use crate::report::Brief;
use crate::templates::DocumentKind;

/// Runs `diff`.
pub fn run(args: &DiffArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let (destination, formats) = document_destination(args.out.output.as_deref(), &args.out.format)?;
    let renderer = renderer_for(&formats, &args.out.templates, &args.out.pdf)?;
    renderer.check(DocumentKind::Change, &formats)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    // Both files are read before either's problems are reported, so that one run shows them all.
    let (old, new) = (load(&args.old, &rubrics), load(&args.new, &rubrics));
    let ((mut old, old_origin), (mut new, new_origin)) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(Diagnostics(mut problems)), Err(Diagnostics(more))) => {
            problems.extend(more);
            return Err(Diagnostics(problems).into());
        }
        (Err(problems), _) | (_, Err(problems)) => return Err(problems.into()),
    };
    // One language for both sides: `--lang`, else the newer assessment's.
    args.out.lang.apply(&mut new);
    old.brief_in(new.lang());
    super::note_untranslated(&rubrics, new.lang());
    // Over different rubrics, a rubric only one side answers drops out of the comparison while
    // still counting in that side's overall score: the brief could only mislead.
    if !crate::model::same_rubrics(&old, &new) {
        bail!(
            "{} and {} answer different rubrics ({} vs {}); a change brief compares answers to the same rubrics: list the same ones in both files (the `rubrics` key at the top)",
            args.old.display(),
            args.new.display(),
            old.rubric_ids().join(", "),
            new.rubric_ids().join(", ")
        );
    }
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
        new.lang(),
    );
    warn_if_swapped(&args.old, &old, &args.new, &new);
    let mut inputs = Inputs::of_run(rubrics_dir, args.out.templates.templates.as_deref());
    inputs.add_assessment(&args.old, &old);
    inputs.add_assessment(&args.new, &new);
    write_document(
        &renderer,
        &change,
        &formats,
        &destination,
        &args.new,
        "-changes",
        &inputs,
    )?;
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
                    dimension.label, dimension.old.verdict, dimension.new.verdict
                ))
                .collect::<String>()
        );
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

/// Warns when OLD looks later than NEW: a later stage of the bill, a text introduced later, or a
/// later assessment date. The change brief reads OLD as the earlier version, so swapped files
/// would turn an improvement into a confident "got worse".
fn warn_if_swapped(old_path: &Path, old: &Assessment, new_path: &Path, new: &Assessment) {
    // Withdrawn and rejected end a bill's course at any point: they are later than nothing.
    let rank = |stage: Option<Stage>| match stage {
        Some(Stage::Withdrawn | Stage::Rejected) | None => None,
        Some(stage) => Stage::ALL.iter().position(|candidate| *candidate == stage),
    };
    let mut reasons = Vec::new();
    if let (Some(old_rank), Some(new_rank)) = (rank(old.proposal.stage), rank(new.proposal.stage))
        && old_rank > new_rank
        && let (Some(old_stage), Some(new_stage)) = (old.proposal.stage, new.proposal.stage)
    {
        reasons.push(format!("its stage ({old_stage}) comes after NEW's ({new_stage})"));
    }
    // The date its text was introduced: a later stage's text is dated later.
    let introduced = |assessment: &Assessment| assessment.proposal.introduced.as_ref().and_then(calendar_date);
    if let (Some(old_date), Some(new_date)) = (introduced(old), introduced(new))
        && old_date > new_date
    {
        reasons.push(format!(
            "its text was introduced on {old_date}, after NEW's ({new_date})"
        ));
    }
    let day = |assessment: &Assessment| assessment.assessment.date.as_ref().and_then(calendar_date);
    if let (Some(old_date), Some(new_date)) = (day(old), day(new))
        && old_date > new_date
    {
        reasons.push(format!("it was assessed on {old_date}, after NEW ({new_date})"));
    }
    if !reasons.is_empty() {
        crate::eprintln_safe!(
            "warning: OLD ({}) looks later than NEW ({}): {}\n  help: the change brief reads OLD as the earlier version; if they are swapped, run `impact-brief diff {} {}`",
            old_path.display(),
            new_path.display(),
            reasons.join(", and "),
            new_path.display(),
            old_path.display()
        );
    }
}

fn load(path: &Path, rubrics: &RubricSet) -> Result<(Assessment, Origin), Diagnostics> {
    let assessment = Assessment::load(path, rubrics)?;
    let origin = Origin {
        file: path.display().to_string(),
        upgraded_from: assessment.upgrade.as_ref().map(|upgrade| upgrade.from_edition),
    };
    Ok((assessment, origin))
}
