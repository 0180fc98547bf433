//! Upgrading an assessment written for earlier rubrics (1.x or 2.x) to the current edition. A move
//! is exact only where the question still asks the same thing: an answer to a renamed question
//! moves to its new id along the question's `level_map`, and an answer to an unchanged question
//! stays as it is. Wherever the new question asks more than the old one (it replaces another, or
//! a later edition widened it), the old answer becomes "needs a new answer": marked unknown, its
//! rationale kept under a note, so that nothing is lost and the brief says the rating is
//! provisional. Questions added since are listed, so the assessor sees everything still to do.
//! Pure: the same in memory (loading) and on disk (`migrate`).

use indexmap::IndexMap;

use crate::i18n::Lang;

use super::assessment::{ASSESSMENT_SCHEMA_VERSION, Answer, AnswerStatus, Assessment};
use super::catalog::RubricSet;
use super::ids::QuestionId;
use super::rubric::{MappedLevel, Question, Rubric};

/// What an upgrade did, answer by answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Upgrade {
    /// The edition the file was written for.
    pub from_edition: u32,
    /// Answers carried over with their meaning intact.
    pub mapped: Vec<Move>,
    /// Answers whose question now asks more or something else, so that the assessor must answer
    /// again; their text is kept under the new question, marked unknown.
    pub needs_answer: Vec<Move>,
    /// Texts that could not be placed under their own question (the file answered both an old
    /// question and the one replacing it): appended to the kept answer's rationale.
    pub merged: Vec<Move>,
    /// Applicable questions added since the file's edition, which it cannot have answered.
    pub new_questions: Vec<QuestionId>,
}

/// One answer's move from an earlier edition to the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// The earlier question id.
    pub from: QuestionId,
    /// The current question id.
    pub to: QuestionId,
    /// The earlier answer.
    pub was: Shown,
    /// The current answer.
    pub now: Shown,
}

/// An answer as a migration's report names it: a level, a status (by the id the file writes),
/// or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// `level 3`.
    Level(i64),
    /// `not-affected`, `unknown`, …
    Status(AnswerStatus),
    /// Neither.
    Nothing,
}

impl Shown {
    fn of(answer: &Answer) -> Shown {
        match (answer.level, answer.status) {
            (Some(level), _) => Shown::Level(level),
            (None, Some(status)) => Shown::Status(status),
            (None, None) => Shown::Nothing,
        }
    }

    /// The words for it in `lang` ("level 3", "niveau 3"; a status stays the file's id).
    pub fn in_language(self, lang: crate::i18n::Lang) -> String {
        match self {
            Shown::Level(level) => crate::tr!(lang, "ui-migrate-level", level = level.to_string()),
            Shown::Status(status) => status.id().to_string(),
            Shown::Nothing => crate::i18n::tr(lang, "ui-migrate-no-answer"),
        }
    }
}

impl Upgrade {
    /// True when nothing needed to change.
    pub fn is_empty(&self) -> bool {
        self.mapped.is_empty()
            && self.needs_answer.is_empty()
            && self.merged.is_empty()
            && self.new_questions.is_empty()
    }
}

/// Rewrites `assessment`'s answers for the current rubrics in `rubrics`, and marks it as a
/// current-edition file. Answers to questions that did not change stay as they are.
pub fn upgrade(assessment: &mut Assessment, rubrics: &RubricSet) -> Upgrade {
    let edition = assessment.schema_version;
    // The notes go into the assessors' rationales: in the language those are written in.
    let lang = assessment.text_lang();
    let old = assessment.answers.clone();
    let old_answer = |full_id: &QuestionId| -> Option<&Answer> { old.get(full_id.rubric())?.get(full_id.question()) };
    let mut report = Upgrade {
        from_edition: edition,
        ..Upgrade::default()
    };
    let mut replaced: Vec<QuestionId> = Vec::new();
    let selected = rubrics.select(&assessment.rubric_ids());
    for rubric in &selected {
        for question in &rubric.questions {
            let to = QuestionId::new(&rubric.id, &question.id);
            if question.since.is_some_and(|since| since > edition) {
                if old_answer(&to).is_none() {
                    report.new_questions.push(to);
                }
                continue;
            }
            // The renames of the second edition apply to first-edition files only.
            let sources: Vec<QuestionId> = if question.replaces.is_empty() || edition >= 2 {
                vec![to.clone()]
            } else {
                question.replaces.clone()
            };
            let mappable = sources.len() == 1;
            for from in sources {
                let Some(answer) = old_answer(&from) else {
                    continue;
                };
                if from != to {
                    replaced.push(from.clone());
                    if let Some(kept) = old_answer(&to) {
                        // The file also answers the new question: that answer wins, and the old
                        // one's words are added to it, so that nothing the assessor wrote is lost.
                        let merged = merge(kept, answer, &from, edition, lang);
                        report.merged.push(Move {
                            from: from.clone(),
                            to: to.clone(),
                            was: Shown::of(answer),
                            now: Shown::of(&merged),
                        });
                        set(&mut assessment.answers, rubric, &question.id, merged);
                        continue;
                    }
                }
                let map = question.level_map.as_deref().filter(|_| mappable && edition < 2);
                let (new, exact) = carry(answer, question, map, &from, edition, lang);
                let step = Move {
                    from: from.clone(),
                    to: to.clone(),
                    was: Shown::of(answer),
                    now: Shown::of(&new),
                };
                if exact {
                    if new != *answer || from != to {
                        report.mapped.push(step);
                    }
                } else {
                    report.needs_answer.push(step);
                }
                set(&mut assessment.answers, rubric, &question.id, new);
            }
        }
    }
    // Answers to questions that no longer exist go once their text has moved.
    for from in replaced {
        if rubrics.question(&from).is_none()
            && let Some(answers) = assessment.answers.get_mut(from.rubric())
        {
            answers.shift_remove(from.question());
        }
    }
    assessment.schema_version = ASSESSMENT_SCHEMA_VERSION;
    report
}

/// The current answer for an earlier `answer`, and whether it keeps its meaning.
fn carry(
    answer: &Answer,
    question: &Question,
    map: Option<&[MappedLevel]>,
    from: &QuestionId,
    edition: u32,
    lang: Lang,
) -> (Answer, bool) {
    let widened = question.widened_in.is_some_and(|widened| widened > edition);
    let Some(level) = answer.level else {
        // A status means the same in every edition, unless the question now asks more: "not
        // affected" or "not applicable" under the narrower question says nothing of the rest.
        let asks_more = widened
            && matches!(
                answer.status,
                Some(AnswerStatus::NotAffected | AnswerStatus::NotApplicable | AnswerStatus::ScreenedOut)
            );
        return if asks_more {
            (needs_new_answer(answer, from, edition, lang), false)
        } else {
            (answer.clone(), true)
        };
    };
    if widened {
        return (needs_new_answer(answer, from, edition, lang), false);
    }
    let mapped = map.and_then(|map| map.get(usize::try_from(level).ok()?));
    let renamed = !question.replaces.is_empty() && edition < 2;
    match mapped {
        Some(MappedLevel::Level(new)) => (
            Answer {
                level: Some(i64::from(*new)),
                ..answer.clone()
            },
            true,
        ),
        // "No effect" on the narrower old question says nothing of what the new one adds.
        Some(MappedLevel::Status(_)) if renamed => (needs_new_answer(answer, from, edition, lang), false),
        Some(MappedLevel::Status(_)) => (
            Answer {
                level: None,
                status: Some(AnswerStatus::NotAffected),
                ..answer.clone()
            },
            true,
        ),
        // An out-of-range level stays for the checks to report; a question with no map keeps
        // its level only when it is the same question.
        None if map.is_some() || !renamed => (answer.clone(), true),
        None => (needs_new_answer(answer, from, edition, lang), false),
    }
}

/// The old answer kept as text under a note in the file's language, marked unknown.
fn needs_new_answer(answer: &Answer, from: &QuestionId, edition: u32, lang: Lang) -> Answer {
    let note = crate::tr!(
        lang,
        "ui-migrate-note-needs-answer",
        edition = edition.to_string(),
        from = from.to_string(),
        was = Shown::of(answer).in_language(lang)
    );
    Answer {
        level: None,
        status: Some(AnswerStatus::Unknown),
        rationale: Some(with_note(&note, answer.rationale.as_deref())),
        ..answer.clone()
    }
}

/// `kept` with the words of `dropped` (an answer to a question it replaces) added to its
/// rationale under a note, and its evidence added to `kept`'s.
fn merge(kept: &Answer, dropped: &Answer, from: &QuestionId, edition: u32, lang: Lang) -> Answer {
    let mut merged = kept.clone();
    let mut words = crate::tr!(
        lang,
        "ui-migrate-note-also-answered",
        edition = edition.to_string(),
        from = from.to_string(),
        was = Shown::of(dropped).in_language(lang)
    );
    for text in [
        dropped.finding.as_deref(),
        dropped.rationale.as_deref(),
        dropped.recommendation.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(str::trim)
    .filter(|text| !text.is_empty())
    {
        words.push_str("\n\n");
        words.push_str(text);
    }
    merged.rationale = Some(match kept.rationale.as_deref().map(str::trim) {
        Some(text) if !text.is_empty() => format!("{text}\n\n{words}"),
        _ => words,
    });
    for item in &dropped.evidence {
        if !merged.evidence.contains(item) {
            merged.evidence.push(item.clone());
        }
    }
    merged
}

fn with_note(note: &str, rationale: Option<&str>) -> String {
    match rationale.map(str::trim) {
        Some(text) if !text.is_empty() => format!("{note}\n\n{text}"),
        _ => note.to_string(),
    }
}

fn set(answers: &mut IndexMap<String, IndexMap<String, Answer>>, rubric: &Rubric, question: &str, answer: Answer) {
    answers
        .entry(rubric.id.clone())
        .or_default()
        .insert(question.to_string(), answer);
}
