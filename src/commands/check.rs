//! `impact-brief check FILE...`: every problem in every file, warnings about answers that will
//! not count, then each file's open questions, in the interface language (`--lang`, else the
//! system locale's). Problems in a file's TOML itself are reported in English.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use super::load_rubrics;
use super::{Outcome, interface_language};
use crate::cli::CheckArgs;
use crate::consultation::ConsultationView;
use crate::diagnostic::{Diagnostic, Diagnostics, ProblemRecord};
use crate::i18n::{Lang, tr};
use crate::model::assessment::read_assessment_file;
use crate::model::ids::QuestionId;
use crate::model::{AnswerStatus, Assessment, FlagGrade, MechanismKind, RubricSet, TomlFile};
use crate::output::print_stdout;
use crate::render::terminal::status_word;
use crate::report::{Brief, RecommendationView};
use crate::scoring::{self, QuestionStatus, Scorecard};
use serde::Serialize;

/// What `check --json` says of one file.
#[derive(Serialize)]
struct CheckedFile {
    /// The path as given (JSON escapes what it must; a name that is not UTF-8 has U+FFFD for
    /// its bytes).
    file: String,
    /// Whether the file can be rendered (no error; warnings allowed).
    valid: bool,
    /// Its errors and warnings, in the order `check` prints them.
    problems: Vec<ProblemRecord>,
    /// The questions still open, where the file is valid.
    open_questions: Vec<OpenQuestion>,
}

/// An open question, as `check --json` gives it.
#[derive(Serialize)]
struct OpenQuestion {
    question: String,
    status: QuestionStatus,
    prompt: String,
}

fn problems(diagnostics: &[Diagnostic]) -> Vec<ProblemRecord> {
    diagnostics.iter().map(ProblemRecord::from).collect()
}

/// Runs `check`.
pub fn run(args: &CheckArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let lang = interface_language(args.lang);
    let rubrics = load_rubrics(rubrics_dir)?;
    let mut failed = 0;
    let mut warned = 0;
    let mut report = String::new();
    let mut checked = Vec::new();
    // In JSON, the problems are in the document: standard error stays empty.
    let say = |diagnostics: &[Diagnostic]| {
        if !args.json && !diagnostics.is_empty() {
            crate::eprintln_safe!("{}", Diagnostics(diagnostics.to_vec()));
        }
    };
    for path in &args.files {
        let loaded = read_assessment_file(path)
            .map_err(|problem| vec![problem])
            .and_then(|file| Assessment::from_file(&file, &rubrics).map(|assessment| (file, assessment)));
        match loaded {
            Err(found) => {
                failed += 1;
                say(&found);
                checked.push(CheckedFile {
                    file: path.to_string_lossy().into_owned(),
                    valid: false,
                    problems: problems(&found),
                    open_questions: Vec::new(),
                });
                let _ = writeln!(
                    report,
                    "{}",
                    crate::tr!(
                        lang,
                        "ui-check-problems",
                        file = crate::markup::path_shown(path),
                        // Errors only, each with those it stands for ("183 more are not shown"):
                        // a warning that more may follow is no problem of its own.
                        count = found.iter().map(crate::diagnostic::Diagnostic::count).sum::<usize>()
                    )
                );
            }
            Ok((file, mut assessment)) => {
                // What check says of the file is all in the interface's language, the questions
                // it lists as open included.
                assessment.brief_in(lang);
                // Scored once, over the rubrics in that language: the same ids, levels and
                // weights as in English, so the same scores.
                let selected = rubrics.in_language(lang).select(&assessment.rubric_ids());
                let card = scoring::score(&selected, &assessment);
                let brief = Brief::from_scorecard(&selected, &assessment, &card);
                let mut warnings = warnings(lang, &file, &assessment, &rubrics, &card, &brief.recommendations);
                if let Some(ledger) = &brief.consultation {
                    warnings.extend(ledger_warnings(lang, &file, ledger, &card));
                }
                say(&warnings);
                if !warnings.is_empty() {
                    warned += 1;
                }
                checked.push(CheckedFile {
                    file: path.to_string_lossy().into_owned(),
                    valid: true,
                    problems: problems(&warnings),
                    open_questions: brief
                        .open_questions
                        .iter()
                        .map(|open| OpenQuestion {
                            question: open.question.to_string(),
                            status: open.status,
                            prompt: open.prompt.clone(),
                        })
                        .collect(),
                });
                let questions = brief.rubrics.iter().flat_map(|rubric| &rubric.questions);
                let count = |status: QuestionStatus| questions.clone().filter(|q| q.status == status).count();
                // A question left out by its condition is no "not applicable" the assessors said:
                // counted apart, so that a new file does not read as three answers given.
                let scored = card.rubrics.iter().flat_map(|rubric| &rubric.questions);
                let left_out = |by_condition: bool| {
                    scored
                        .clone()
                        .filter(|question| {
                            question.status == QuestionStatus::NotApplicable
                                && question.excluded_by_condition == by_condition
                        })
                        .count()
                };
                let _ = writeln!(
                    report,
                    "{}",
                    crate::tr!(
                        lang,
                        "ui-check-ok",
                        file = crate::markup::path_shown(path),
                        answered = count(QuestionStatus::Answered),
                        not_affected = count(QuestionStatus::NotAffected),
                        screened_out = count(QuestionStatus::ScreenedOut),
                        unknown = count(QuestionStatus::Unknown),
                        unanswered = count(QuestionStatus::Unanswered),
                        not_applicable = left_out(false),
                        not_asked = left_out(true)
                    )
                );
                if !args.quiet {
                    let colon = crate::i18n::tr(lang, "colon");
                    for open in &brief.open_questions {
                        let status = status_word(lang, open.status).unwrap_or_else(|| open.status_label.to_lowercase());
                        let _ = writeln!(report, "  {} ({status}){colon} {}", open.question, open.prompt);
                    }
                }
            }
        }
    }
    if args.json {
        #[derive(Serialize)]
        struct Checked {
            schema_version: u32,
            valid: usize,
            failed: usize,
            with_warnings: usize,
            files: Vec<CheckedFile>,
        }
        let document = Checked {
            schema_version: 1,
            valid: args.files.len() - failed,
            failed,
            with_warnings: warned,
            files: checked,
        };
        print_stdout(&crate::render::json(&document)?)?;
    } else {
        // The report is for people, wherever it goes: file names in it are made safe too.
        print_stdout(crate::markup::terminal_safe(&report).as_bytes())?;
    }
    Ok(if failed == 0 && !(args.strict && warned > 0) {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

/// What is worth knowing about a valid file: answers that will not count because their question
/// does not apply, and what upgrading a first-edition file changed.
fn warnings(
    lang: Lang,
    file: &TomlFile,
    assessment: &Assessment,
    rubrics: &RubricSet,
    card: &Scorecard,
    advised: &[RecommendationView],
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    if let Some(upgrade) = &assessment.upgrade {
        warnings.push(
            file.diagnostic_at(
                file.value_span(&["schema_version"]),
                crate::tr!(
                    lang,
                    "ui-check-upgraded",
                    from = upgrade.from_edition.to_string(),
                    to = crate::model::assessment::ASSESSMENT_SCHEMA_VERSION.to_string(),
                    moved = upgrade.mapped.len(),
                    needs_answer = upgrade.needs_answer.len(),
                    new = upgrade.new_questions.len()
                ),
            )
            .with_help(crate::tr!(
                lang,
                "ui-check-upgraded-help",
                file = crate::markup::path_shown(&file.path)
            ))
            .as_warning(),
        );
        for step in &upgrade.needs_answer {
            let path = ["answers", step.from.rubric(), step.from.question()];
            warnings.push(
                file.diagnostic_at(
                    file.key_span(&path),
                    if step.from == step.to {
                        crate::tr!(lang, "ui-check-asks-more", question = step.to.to_string())
                    } else {
                        crate::tr!(
                            lang,
                            "ui-check-replaced",
                            old = step.from.to_string(),
                            new = step.to.to_string()
                        )
                    },
                )
                .with_help(crate::tr!(
                    lang,
                    "ui-check-answer-anew-help",
                    question = step.to.to_string()
                ))
                .as_warning(),
            );
        }
    }
    // An address the brief cannot link to is printed as text: `www.…` is a link that does not
    // work, `javascript:…` one that must not.
    if let Some(url) = assessment
        .proposal
        .url
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty() && !crate::markup::is_web_link(url))
    {
        warnings.push(
            file.diagnostic_at(
                file.value_span(&["proposal", "url"]),
                crate::tr!(lang, "ui-check-url-not-web", url = url.to_string()),
            )
            .with_help(crate::i18n::tr(lang, "ui-check-url-not-web-help"))
            .as_warning(),
        );
    }
    warnings.extend(answer_warnings(lang, file, assessment, rubrics, card, advised));
    if let Some(upgrade) = &assessment.upgrade {
        for step in &upgrade.merged {
            let path = ["answers", step.from.rubric(), step.from.question()];
            warnings.push(
                file.diagnostic_at(
                    file.key_span(&path),
                    crate::tr!(
                        lang,
                        "ui-check-merged",
                        old = step.from.to_string(),
                        new = step.to.to_string()
                    ),
                )
                .with_help(crate::tr!(lang, "ui-check-merged-help", question = step.to.to_string()))
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
                crate::tr!(
                    lang,
                    "ui-check-not-asked",
                    question = question.id.to_string(),
                    condition = condition.question.to_string(),
                    level = condition.min_level.to_string()
                ),
            )
            .with_help(crate::tr!(
                lang,
                "ui-check-not-asked-help",
                condition = condition.question.to_string()
            ))
            .as_warning(),
        );
    }
    warnings.extend(lead_warnings(lang, file, assessment));
    warnings
}

/// `lead` where it cannot lead: on an answer without a level, or on a second answer, where the
/// first in the file leads.
fn lead_warnings(lang: Lang, file: &TomlFile, assessment: &Assessment) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut first: Option<QuestionId> = None;
    for (rubric, answers) in &assessment.answers {
        for (question, answer) in answers.iter().filter(|(_, answer)| answer.lead) {
            let id = QuestionId::new(rubric, question);
            let span = file.key_span(&["answers", rubric, question, "lead"]);
            let (message, help) = match &first {
                _ if answer.level.is_none() => (
                    crate::tr!(lang, "ui-check-lead-no-level", question = id.to_string()),
                    tr(lang, "ui-check-lead-no-level-help"),
                ),
                Some(first) => (
                    crate::tr!(
                        lang,
                        "ui-check-lead-twice",
                        question = id.to_string(),
                        first = first.to_string()
                    ),
                    tr(lang, "ui-check-lead-twice-help"),
                ),
                None => {
                    first = Some(id);
                    continue;
                }
            };
            warnings.push(file.diagnostic_at(span, message).with_help(help).as_warning());
        }
    }
    warnings
}

/// Answers a brief cannot quote or advise on as they stand: a level without reasons or without
/// a finding of the assessors' own (page 1 then falls back on the rationale's first sentence),
/// an answer below its acceptable level with no harm ticked (it gets no advice), and a severe
/// harm ticked on an answer rated acceptable with no safeguard that contains it.
fn answer_warnings(
    lang: Lang,
    file: &TomlFile,
    assessment: &Assessment,
    rubrics: &RubricSet,
    card: &Scorecard,
    advised: &[RecommendationView],
) -> Vec<Diagnostic> {
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
                file.diagnostic_at(
                    at(),
                    crate::tr!(lang, "ui-check-no-rationale", question = scored.id.to_string()),
                )
                .with_help(tr(lang, "ui-check-no-rationale-help"))
                .as_warning(),
            );
        }
        if blank(&answer.finding) {
            warnings.push(
                file.diagnostic_at(
                    at(),
                    crate::tr!(lang, "ui-check-no-finding", question = scored.id.to_string()),
                )
                .with_help(tr(lang, "ui-check-no-finding-help"))
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
        // An answer whose advice is another question's (`advice_under`) needs none of its own,
        // but that question must give some.
        for (index, named) in answer.advice_under.iter().enumerate() {
            let said = answer.advice_under[..index].contains(named);
            if !below
                || said
                || advised
                    .iter()
                    .any(|recommendation| recommendation.question.as_str() == named)
            {
                continue;
            }
            let at_name = file.value_span(&["answers", rubric_id, question_id, "advice_under", &index.to_string()]);
            // A question that passes its own advice on: the brief names it under that advice, but
            // advice is passed on once, not along a chain.
            let further = named
                .split_once('.')
                .and_then(|(rubric, question)| assessment.answer(rubric, question))
                .and_then(|other| other.advice_under.first());
            if let Some(further) = further {
                warnings.push(
                    file.diagnostic_at(
                        at_name,
                        crate::tr!(
                            lang,
                            "ui-check-advice-under-chain",
                            question = scored.id.to_string(),
                            named = named.as_str(),
                            further = further.as_str()
                        ),
                    )
                    .with_help(crate::tr!(
                        lang,
                        "ui-check-advice-under-chain-help",
                        further = further.as_str()
                    ))
                    .as_warning(),
                );
                continue;
            }
            // Ticking a harm there helps only where that answer is itself a concern.
            let concern = card
                .rubrics
                .iter()
                .flat_map(|rubric| &rubric.questions)
                .find(|other| other.id.as_str() == named)
                .is_some_and(|other| other.level.is_some_and(|level| level < other.acceptable_at));
            let help = if concern {
                "ui-check-advice-under-none-help"
            } else {
                "ui-check-advice-under-no-concern-help"
            };
            warnings.push(
                file.diagnostic_at(
                    at_name,
                    crate::tr!(
                        lang,
                        "ui-check-advice-under-none",
                        question = scored.id.to_string(),
                        named = named.as_str()
                    ),
                )
                .with_help(crate::tr!(lang, help, named = named.as_str()))
                .as_warning(),
            );
        }
        if question.leaves_without_advice(answer) {
            let harms: Vec<&str> = question
                .mechanisms
                .iter()
                .filter(|m| m.kind == MechanismKind::Harm)
                .map(|m| m.id.as_str())
                .collect();
            warnings.push(
                file.diagnostic_at(
                    at(),
                    crate::tr!(lang, "ui-check-no-harm", question = scored.id.to_string()),
                )
                .with_help(crate::tr!(lang, "ui-check-no-harm-help", harms = harms.join(", ")))
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
                    file.diagnostic_at(
                        at(),
                        crate::tr!(
                            lang,
                            "ui-check-severe-acceptable",
                            question = scored.id.to_string(),
                            harm = harm.id.to_string(),
                            level = level.to_string()
                        ),
                    )
                    .with_help(tr(lang, "ui-check-severe-acceptable-help"))
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
fn ledger_warnings(lang: Lang, file: &TomlFile, ledger: &ConsultationView, card: &Scorecard) -> Vec<Diagnostic> {
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
                Some(level) => crate::tr!(
                    lang,
                    "ui-check-ledger-departs",
                    question = suggestion.question.to_string(),
                    level = level.to_string(),
                    suggested = suggestion.level.to_string()
                ),
                None => crate::tr!(
                    lang,
                    "ui-check-ledger-open",
                    question = suggestion.question.to_string(),
                    suggested = suggestion.level.to_string()
                ),
            };
            let span = file
                .value_span(&["answers", rubric_id, question_id, "level"])
                .or_else(|| file.key_span(&["answers", rubric_id, question_id]))
                .or_else(|| file.key_span(&["consultation"]));
            Some(
                file.diagnostic_at(span, message)
                    .with_help(crate::tr!(
                        lang,
                        "ui-check-ledger-help",
                        because = suggestion.because.as_str()
                    ))
                    .as_warning(),
            )
        })
        .collect()
}
