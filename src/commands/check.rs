//! `impact-brief check FILE...`: every problem in every file, warnings about answers that will
//! not count, then each file's open questions.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use super::Outcome;
use super::load_rubrics;
use crate::cli::CheckArgs;
use crate::consultation::ConsultationView;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::assessment::read_assessment_file;
use crate::model::ids::QuestionId;
use crate::model::{AnswerStatus, Assessment, FlagGrade, MechanismKind, RubricSet, TomlFile};
use crate::output::print_stdout;
use crate::report::Brief;
use crate::scoring::{self, QuestionStatus, Scorecard};

/// Runs `check`.
pub fn run(args: &CheckArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let rubrics = load_rubrics(rubrics_dir)?;
    let mut failed = 0;
    let mut report = String::new();
    for path in &args.files {
        let loaded = read_assessment_file(path)
            .map_err(|problem| vec![problem])
            .and_then(|file| Assessment::from_file(&file, &rubrics).map(|assessment| (file, assessment)));
        match loaded {
            Err(problems) => {
                failed += 1;
                crate::eprintln_safe!("{}", Diagnostics(problems.clone()));
                let count = problems.len();
                let _ = writeln!(
                    report,
                    "{}: {count} problem{}",
                    path.display(),
                    if count == 1 { "" } else { "s" }
                );
            }
            Ok((file, assessment)) => {
                let card = scoring::score(&rubrics.select(&assessment.rubric_ids()), &assessment);
                let brief = Brief::from_scorecard(&rubrics.select(&assessment.rubric_ids()), &assessment, &card);
                let mut warnings = warnings(&file, &assessment, &rubrics, &card);
                if let Some(ledger) = &brief.consultation {
                    warnings.extend(ledger_warnings(&file, ledger, &card));
                }
                if !warnings.is_empty() {
                    crate::eprintln_safe!("{}", Diagnostics(warnings));
                }
                let questions = brief.rubrics.iter().flat_map(|rubric| &rubric.questions);
                let count = |status: QuestionStatus| questions.clone().filter(|q| q.status == status).count();
                let _ = writeln!(
                    report,
                    "{}: ok — {} answered, {} not affected, {} unknown, {} unanswered, {} not applicable",
                    path.display(),
                    count(QuestionStatus::Answered),
                    count(QuestionStatus::NotAffected),
                    count(QuestionStatus::Unknown),
                    count(QuestionStatus::Unanswered),
                    count(QuestionStatus::NotApplicable),
                );
                if !args.quiet {
                    for open in &brief.open_questions {
                        let _ = writeln!(
                            report,
                            "  {} ({}): {}",
                            open.question,
                            open.status_label.to_lowercase(),
                            open.prompt
                        );
                    }
                }
            }
        }
    }
    // The report is for people, wherever it goes: file names in it are made safe too.
    print_stdout(crate::markup::terminal_safe(&report).as_bytes())?;
    Ok(if failed == 0 {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// What is worth knowing about a valid file: answers that will not count because their question
/// does not apply, and what upgrading a first-edition file changed.
fn warnings(file: &TomlFile, assessment: &Assessment, rubrics: &RubricSet, card: &Scorecard) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    if let Some(upgrade) = &assessment.upgrade {
        let changed = upgrade.mapped.len();
        let new = upgrade.new_questions.len();
        warnings.push(
            file.diagnostic_at(
                file.value_span(&["schema_version"]),
                format!(
                    "written for rubrics {}.x; read as {}.x in memory ({changed} answer{} moved, {} need{} a new answer, {new} new question{})",
                    upgrade.from_edition,
                    crate::model::assessment::ASSESSMENT_SCHEMA_VERSION,
                    if changed == 1 { "" } else { "s" },
                    upgrade.needs_answer.len(),
                    if upgrade.needs_answer.len() == 1 { "s" } else { "" },
                    if new == 1 { "" } else { "s" },
                ),
            )
            .with_help(format!(
                "run `impact-brief migrate {}` to rewrite it (a backup is kept)",
                file.path.display()
            ))
            .as_warning(),
        );
        for step in &upgrade.needs_answer {
            let path = ["answers", step.from.rubric(), step.from.question()];
            warnings.push(
                file.diagnostic_at(
                    file.key_span(&path),
                    if step.from == step.to {
                        format!(
                            "`{}` now asks more than it did, so this answer needs a new one",
                            step.to
                        )
                    } else {
                        format!(
                            "`{}` is replaced by `{}`, which asks something different",
                            step.from, step.to
                        )
                    },
                )
                .with_help(format!(
                    "answer `{}` anew; the old rationale is kept under it, marked unknown",
                    step.to
                ))
                .as_warning(),
            );
        }
    }
    warnings.extend(answer_warnings(file, assessment, rubrics, card));
    if let Some(upgrade) = &assessment.upgrade {
        for step in &upgrade.merged {
            let path = ["answers", step.from.rubric(), step.from.question()];
            warnings.push(
                file.diagnostic_at(
                    file.key_span(&path),
                    format!(
                        "`{}` is replaced by `{}`, which the file answers too",
                        step.from, step.to
                    ),
                )
                .with_help(format!(
                    "the answer to `{}` counts; the old answer's rationale and evidence are added to it with a note",
                    step.to
                ))
                .as_warning(),
            );
        }
    }
    for question in card.rubrics.iter().flat_map(|rubric| &rubric.questions) {
        let (rubric_id, question_id) = (question.id.rubric(), question.id.question());
        let answer = assessment.answer(rubric_id, question_id);
        // A level, or a finding written down, on a question that was not asked; "not applicable"
        // agrees with the condition and needs no warning.
        let said_something = answer.is_some_and(|answer| {
            // A fill-in file's blank `rationale = """"""` says nothing.
            let wrote = answer.rationale.as_deref().is_some_and(|text| !text.trim().is_empty());
            answer.level.is_some() || (wrote && answer.status != Some(AnswerStatus::NotApplicable))
        });
        if !(question.excluded_by_condition && said_something) {
            continue;
        }
        let Some(condition) = rubrics
            .get(rubric_id)
            .and_then(|rubric| rubric.question(question_id))
            .and_then(|q| q.applies_if.as_ref())
        else {
            continue;
        };
        warnings.push(
            file.diagnostic_at(
                file.key_span(&["answers", rubric_id, question_id]),
                format!(
                    "`{}` does not apply, so this answer is not counted: it applies only when `{}` is at level {} or above",
                    question.id, condition.question, condition.min_level
                ),
            )
            .with_help(format!(
                "raise `{}` if that is what you found, or remove this answer",
                condition.question
            ))
            .as_warning(),
        );
    }
    warnings
}

/// Answers a brief cannot quote or advise on as they stand: a level without reasons or without
/// a finding of the assessors' own (page 1 then falls back on the rationale's first sentence),
/// an answer below its acceptable level with no harm ticked (it gets no advice), and a severe
/// harm ticked on an answer rated acceptable with no safeguard that contains it.
fn answer_warnings(file: &TomlFile, assessment: &Assessment, rubrics: &RubricSet, card: &Scorecard) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for scored in card.rubrics.iter().flat_map(|rubric| &rubric.questions) {
        let (rubric_id, question_id) = (scored.id.rubric(), scored.id.question());
        let (Some(answer), Some(question), Some(level)) = (
            assessment.answer(rubric_id, question_id),
            rubrics.get(rubric_id).and_then(|rubric| rubric.question(question_id)),
            scored.level,
        ) else {
            continue;
        };
        let at = || file.key_span(&["answers", rubric_id, question_id]);
        let blank = |text: &Option<String>| text.as_deref().is_none_or(|text| text.trim().is_empty());
        if blank(&answer.rationale) {
            warnings.push(
                file.diagnostic_at(at(), format!("`{}` has a level but no rationale", scored.id))
                    .with_help("add `rationale = \"...\"`: why this level, with the provisions and sources it rests on; a brief without reasons cannot be checked")
                    .as_warning(),
            );
        }
        if blank(&answer.finding) {
            warnings.push(
                file.diagnostic_at(at(), format!("`{}` has no finding", scored.id))
                    .with_help("add `finding = \"...\"`: one sentence in your words on what the proposal does here; page 1 quotes it (until then it quotes the rationale's first sentence)")
                    .as_warning(),
            );
        }
        let ticked = |kind: MechanismKind| {
            answer
                .mechanisms
                .iter()
                .filter_map(|id| question.mechanism(id))
                .filter(move |mechanism| mechanism.kind == kind)
        };
        let below = level < scored.acceptable_at;
        if below
            && !question.mechanisms.is_empty()
            && ticked(MechanismKind::Harm).next().is_none()
            && blank(&answer.recommendation)
        {
            let harms: Vec<&str> = question
                .mechanisms
                .iter()
                .filter(|m| m.kind == MechanismKind::Harm)
                .map(|m| m.id.as_str())
                .collect();
            warnings.push(
                file.diagnostic_at(
                    at(),
                    format!(
                        "`{}` is below its acceptable level but ticks no harm, so the brief gives it no advice",
                        scored.id
                    ),
                )
                .with_help(format!(
                    "tick what the proposal does in `mechanisms = [...]` ({}), or write your own `recommendation`",
                    harms.join(", ")
                ))
                .as_warning(),
            );
        }
        if !below {
            for harm in ticked(MechanismKind::Harm).filter(|harm| harm.flag == FlagGrade::Severe) {
                if harm
                    .contained_by
                    .iter()
                    .any(|safeguard| answer.mechanisms.contains(safeguard))
                {
                    continue;
                }
                warnings.push(
                    file.diagnostic_at(at(), format!(
                        "`{}` ticks the severe harm `{}` but is rated at level {level}, which says the harm is contained",
                        scored.id, harm.id
                    ))
                    .with_help("lower the level, or tick the safeguard that contains it")
                    .as_warning(),
                );
            }
        }
    }
    warnings
}

/// Where the consultation ledger points two or more levels away from what was recorded for a
/// process question it bears on, or where that question is still open: the numbers are evidence
/// the assessor may have missed, but the ledger cannot see everything (balance mechanisms, a
/// response's quality), so the answer is never changed for them.
fn ledger_warnings(file: &TomlFile, ledger: &ConsultationView, card: &Scorecard) -> Vec<Diagnostic> {
    let asked = |id: &QuestionId| {
        card.rubrics
            .iter()
            .flat_map(|rubric| &rubric.questions)
            .any(|question| &question.id == id && !question.excluded_by_condition)
    };
    ledger
        .suggested_levels
        .iter()
        .filter(|suggestion| asked(&suggestion.question))
        .filter_map(|suggestion| {
            let (rubric_id, question_id) = (suggestion.question.rubric(), suggestion.question.question());
            let recorded = suggestion.chosen;
            if recorded.is_some_and(|level| level.abs_diff(i64::from(suggestion.level)) < 2) {
                return None;
            }
            let message = match recorded {
                Some(level) => format!(
                    "`{}` is at level {level}, but the consultation ledger points to level {}",
                    suggestion.question, suggestion.level
                ),
                None => format!(
                    "`{}` is open; the consultation ledger points to level {}",
                    suggestion.question, suggestion.level
                ),
            };
            let span = file
                .value_span(&["answers", rubric_id, question_id, "level"])
                .or_else(|| file.key_span(&["answers", rubric_id, question_id]))
                .or_else(|| file.key_span(&["consultation"]));
            Some(
                file.diagnostic_at(span, message)
                    .with_help(format!(
                        "{}; keep your level if you know more than the ledger shows",
                        suggestion.because
                    ))
                    .as_warning(),
            )
        })
        .collect()
}
