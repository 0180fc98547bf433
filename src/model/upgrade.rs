//! Upgrading a first-edition assessment (answers to rubrics 1.x) to the second edition: answers
//! of renamed questions move to their new ids, levels move along each question's `level_map`
//! (an old "no effect found" becomes `not-affected`), and an answer that no map covers keeps its
//! text under the new question, marked unknown, so that nothing is lost and the assessor sees
//! what needs a new answer. Pure: the same in memory (loading) and on disk (`migrate`).

use indexmap::IndexMap;

use super::assessment::{ASSESSMENT_SCHEMA_VERSION, Answer, AnswerStatus, Assessment};
use super::catalog::RubricSet;
use super::ids::QuestionId;
use super::rubric::{MappedLevel, Question, Rubric};

/// What an upgrade did, answer by answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Upgrade {
    /// Answers carried over with their meaning intact.
    pub mapped: Vec<Move>,
    /// Answers whose question changed so much that the assessor must answer again; their text is
    /// kept under the new question, marked unknown.
    pub needs_answer: Vec<Move>,
    /// Answers to an old question whose replacement the file answers too: the new question's
    /// answer is kept, and the old one's rationale, evidence and recommendation are added to it
    /// with a note, so that no text is lost.
    pub merged: Vec<Move>,
}

/// One answer's move from the first edition to the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// The first-edition question id.
    pub from: QuestionId,
    /// The second-edition question id.
    pub to: QuestionId,
    /// The first-edition answer, as `level 3` or a status.
    pub was: String,
    /// The second-edition answer, the same way.
    pub now: String,
}

impl Upgrade {
    /// True when nothing needed to change.
    pub fn is_empty(&self) -> bool {
        self.mapped.is_empty() && self.needs_answer.is_empty() && self.merged.is_empty()
    }
}

/// Rewrites `assessment`'s answers for the second-edition rubrics in `rubrics`, and marks it as a
/// second-edition file. Answers to questions that did not change stay as they are.
pub fn upgrade(assessment: &mut Assessment, rubrics: &RubricSet) -> Upgrade {
    let old = assessment.answers.clone();
    let old_answer = |full_id: &QuestionId| -> Option<&Answer> { old.get(full_id.rubric())?.get(full_id.question()) };
    let mut report = Upgrade::default();
    let mut replaced: Vec<QuestionId> = Vec::new();
    let selected = rubrics.select(&assessment.rubric_ids());
    for rubric in &selected {
        for question in &rubric.questions {
            let to = QuestionId::new(&rubric.id, &question.id);
            let sources: Vec<QuestionId> = if question.replaces.is_empty() {
                question.level_map.iter().map(|_| to.clone()).collect()
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
                        // The file already answers the new question: that answer wins, and the
                        // old answer's words are added to it rather than lost.
                        let merged = merge_texts(&assessment.answers, &to, kept, answer, &from);
                        report.merged.push(Move {
                            from: from.clone(),
                            to: to.clone(),
                            was: describe(answer),
                            now: describe(&merged),
                        });
                        set(&mut assessment.answers, rubric, &question.id, merged);
                        continue;
                    }
                }
                let map = question.level_map.as_deref().filter(|_| mappable);
                let (new, exact) = carry(answer, question, map, &from);
                let step = Move {
                    from: from.clone(),
                    to: to.clone(),
                    was: describe(answer),
                    now: describe(&new),
                };
                if new != *answer || from != to {
                    if exact {
                        report.mapped.push(step);
                    } else {
                        report.needs_answer.push(step);
                    }
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

/// The answer to `to` (as it now stands in `answers`, or `kept` as the file had it) with the
/// texts of the first-edition `old` answer to `from` added: its rationale after a note saying
/// where it comes from, its evidence where not already cited, its recommendation after the
/// answer's own.
fn merge_texts(
    answers: &IndexMap<String, IndexMap<String, Answer>>,
    to: &QuestionId,
    kept: &Answer,
    old: &Answer,
    from: &QuestionId,
) -> Answer {
    let mut merged = answers
        .get(to.rubric())
        .and_then(|answers| answers.get(to.question()))
        .cloned()
        .unwrap_or_else(|| kept.clone());
    let nonempty = |text: &Option<String>| {
        text.as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(str::to_string)
    };
    let mut note = format!(
        "*Also answered for rubrics 1.x as `{from}` ({}), a question this one replaces",
        describe(old)
    );
    note.push_str(
        match nonempty(&old.rationale) {
            Some(rationale) => format!("; that answer's rationale follows.*\n\n{rationale}"),
            None => ".*".to_string(),
        }
        .as_str(),
    );
    merged.rationale = Some(match nonempty(&merged.rationale) {
        Some(own) => format!("{own}\n\n{note}"),
        None => note,
    });
    for item in &old.evidence {
        if !merged.evidence.contains(item) {
            merged.evidence.push(item.clone());
        }
    }
    if let Some(recommendation) = nonempty(&old.recommendation) {
        merged.recommendation = Some(match nonempty(&merged.recommendation) {
            Some(own) if own != recommendation => format!("{own}\n\n{recommendation}"),
            Some(own) => own,
            None => recommendation,
        });
    }
    merged
}

/// The second-edition answer for a first-edition `answer`, and whether it keeps its meaning.
fn carry(answer: &Answer, question: &Question, map: Option<&[MappedLevel]>, from: &QuestionId) -> (Answer, bool) {
    let Some(level) = answer.level else {
        // A status (unknown, not applicable) means the same in both editions.
        return (answer.clone(), true);
    };
    let mapped = map.and_then(|map| map.get(usize::try_from(level).ok()?));
    match mapped {
        Some(MappedLevel::Level(new)) => (
            Answer {
                level: Some(i64::from(*new)),
                ..answer.clone()
            },
            true,
        ),
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
        None if map.is_some() || question.replaces.is_empty() => (answer.clone(), true),
        None => {
            let note = format!(
                "*Answered for rubrics 1.x as `{from}`, level {level}; this question asks something \
                 different, so it needs a new answer.*"
            );
            let rationale = match answer.rationale.as_deref().map(str::trim) {
                Some(text) if !text.is_empty() => format!("{note}\n\n{text}"),
                _ => note,
            };
            (
                Answer {
                    level: None,
                    status: Some(AnswerStatus::Unknown),
                    rationale: Some(rationale),
                    evidence: answer.evidence.clone(),
                    recommendation: answer.recommendation.clone(),
                },
                false,
            )
        }
    }
}

fn set(answers: &mut IndexMap<String, IndexMap<String, Answer>>, rubric: &Rubric, question: &str, answer: Answer) {
    answers
        .entry(rubric.id.clone())
        .or_default()
        .insert(question.to_string(), answer);
}

/// `level 3`, or the status id.
fn describe(answer: &Answer) -> String {
    match (answer.level, answer.status) {
        (Some(level), _) => format!("level {level}"),
        (None, Some(status)) => status.id().to_string(),
        (None, None) => "no answer".to_string(),
    }
}
