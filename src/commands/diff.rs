//! `impact-brief diff OLD NEW`: the change brief of two assessments of one proposal, usually two
//! stages of a bill; with `--fail-on-worse`, a check a CI job can run over tracked bills.

use std::path::Path;

use anyhow::{Result, bail};

use super::{Outcome, document_destination, load_rubrics, proposal_differences, renderer_for, write_document};
use crate::change::{ChangeBrief, Origin};
use crate::cli::DiffArgs;
use crate::diagnostic::Diagnostics;
use crate::i18n::Lang;
use crate::model::assessment::calendar_date;
use crate::model::{Assessment, Dimension, RubricSet, Stage};
use crate::output::Inputs;
use crate::report::Brief;
use crate::templates::DocumentKind;

/// Runs `diff`.
pub fn run(args: &DiffArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    // The language of the lines below, not of the change brief (`--lang` asks for both).
    let ui = super::interface_language(args.out.lang.lang);
    let (destination, formats) = document_destination(args.out.output.as_deref(), &args.out.format, ui)?;
    let renderer = renderer_for(&formats, &args.out.templates, &args.out.pdf)?;
    renderer.check(DocumentKind::Change, &formats)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    // The same file twice (two spellings, a link) makes a change brief of no change: likely a
    // slip in a script's arguments, said but not refused.
    if let (Ok(old), Ok(new)) = (std::fs::canonicalize(&args.old), std::fs::canonicalize(&args.new))
        && old == new
    {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(ui, "ui-diff-same-file", file = crate::markup::path_shown(&args.old))
        );
    }
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
            "{}",
            crate::tr!(
                ui,
                "ui-diff-different-rubrics",
                old = args.old.display().to_string(),
                new = args.new.display().to_string(),
                old_rubrics = old.rubric_ids().join(", "),
                new_rubrics = new.rubric_ids().join(", ")
            )
        );
    }
    let differences = proposal_differences(&old, &new);
    if !args.force && !differences.is_empty() {
        bail!(
            "{}",
            crate::tr!(
                ui,
                "ui-diff-different-proposals",
                old = args.old.display().to_string(),
                new = args.new.display().to_string(),
                differences = differences.join(crate::i18n::tr(ui, "semicolon").as_str())
            )
        );
    }
    let change = ChangeBrief::between(
        &Brief::of(&old, &rubrics),
        &Brief::of(&new, &rubrics),
        &old_origin,
        &new_origin,
        new.lang(),
    );
    warn_if_swapped(&args.old, &old, &args.new, &new, ui);
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
        ui,
    )?;
    Ok(if args.fail_on_worse && change.got_worse() {
        // In the interface's language, which need not be the change brief's.
        let dimensions = change
            .dimensions
            .iter()
            .filter(|movement| movement.change == crate::change::Change::Worse)
            .filter_map(|movement| {
                let dimension = Dimension::ALL
                    .into_iter()
                    .find(|dimension| dimension.id() == movement.id)?;
                Some(crate::tr!(
                    ui,
                    "ui-diff-got-worse-dimension",
                    dimension = dimension.label_in(ui),
                    old = movement.old.rating.label_for_in(dimension, ui),
                    new = movement.new.rating.label_for_in(dimension, ui)
                ))
            })
            .collect::<String>();
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-diff-got-worse",
                old = change.overall.old.rating.label_in(ui),
                new = change.overall.new.rating.label_in(ui),
                dimensions = dimensions
            )
        );
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

/// Warns when OLD looks later than NEW: a later stage of the bill, a text introduced later, or a
/// later assessment date. The change brief reads OLD as the earlier version, so swapped files
/// would turn an improvement into a confident "got worse".
fn warn_if_swapped(old_path: &Path, old: &Assessment, new_path: &Path, new: &Assessment, ui: Lang) {
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
        reasons.push(crate::tr!(
            ui,
            "ui-diff-swapped-stage",
            old = old_stage.label_in(ui),
            new = new_stage.label_in(ui)
        ));
    }
    // The date its text was introduced: a later stage's text is dated later.
    let introduced = |assessment: &Assessment| assessment.proposal.introduced.as_ref().and_then(calendar_date);
    if let (Some(old_date), Some(new_date)) = (introduced(old), introduced(new))
        && old_date > new_date
    {
        reasons.push(crate::tr!(
            ui,
            "ui-diff-swapped-introduced",
            old = old_date.to_string(),
            new = new_date.to_string()
        ));
    }
    let day = |assessment: &Assessment| assessment.assessment.date.as_ref().and_then(calendar_date);
    if let (Some(old_date), Some(new_date)) = (day(old), day(new))
        && old_date > new_date
    {
        reasons.push(crate::tr!(
            ui,
            "ui-diff-swapped-assessed",
            old = old_date.to_string(),
            new = new_date.to_string()
        ));
    }
    // "A, and B, and C", each reason added to those before it.
    let reasons = reasons
        .into_iter()
        .reduce(|before, reason| crate::tr!(ui, "ui-diff-swapped-and", reasons = before, reason = reason));
    if let Some(reasons) = reasons {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-diff-swapped",
                old = old_path.display().to_string(),
                new = new_path.display().to_string(),
                reasons = reasons
            )
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
