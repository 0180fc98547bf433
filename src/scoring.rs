//! Scoring, exactly as the methodology states it: points per answer, rubric and overall scores,
//! coverage, rating bands, red-flag caps and recommendation priorities. Pure: no I/O.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::model::{AnswerStatus, Assessment, Rubric};

/// Coverage below this gives "Insufficient evidence" instead of a band.
pub const MIN_COVERAGE: f64 = 0.6;

/// Lowest score of each band, best first.
pub const BANDS: [(Rating, f64); 4] = [
    (Rating::Strong, 80.0),
    (Rating::Adequate, 60.0),
    (Rating::Weak, 40.0),
    (Rating::SeriousConcerns, 0.0),
];

/// How many recommendations the summary shows as next steps.
pub const NEXT_STEPS: usize = 3;

/// The verdict on a rubric or on the whole proposal, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    /// Score ≥ 80.
    Strong,
    /// Score ≥ 60.
    Adequate,
    /// Score ≥ 40, or capped here by a red flag.
    Weak,
    /// Score below 40.
    SeriousConcerns,
    /// Coverage below 0.6: too little was answered to judge. Counts as worst.
    InsufficientEvidence,
}

impl Rating {
    /// Every rating, best first.
    pub const ALL: [Rating; 5] = [
        Rating::Strong,
        Rating::Adequate,
        Rating::Weak,
        Rating::SeriousConcerns,
        Rating::InsufficientEvidence,
    ];

    /// The label shown to readers, e.g. "Serious concerns".
    pub fn label(self) -> &'static str {
        match self {
            Rating::Strong => "Strong",
            Rating::Adequate => "Adequate",
            Rating::Weak => "Weak",
            Rating::SeriousConcerns => "Serious concerns",
            Rating::InsufficientEvidence => "Insufficient evidence",
        }
    }

    /// A stable machine key, e.g. `serious-concerns` (used for colours and CLI values).
    pub fn key(self) -> &'static str {
        match self {
            Rating::Strong => "strong",
            Rating::Adequate => "adequate",
            Rating::Weak => "weak",
            Rating::SeriousConcerns => "serious-concerns",
            Rating::InsufficientEvidence => "insufficient-evidence",
        }
    }

    /// Parses a label or key, ignoring case, spaces and hyphens (`"serious concerns"`, `weak`).
    pub fn parse(text: &str) -> Option<Rating> {
        let wanted: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        Rating::ALL
            .into_iter()
            .find(|rating| rating.key().replace('-', "") == wanted)
    }

    /// True when this rating is the same as or worse than `other`.
    pub fn is_at_or_below(self, other: Rating) -> bool {
        self >= other
    }

    /// The band of a score with enough coverage, before any red-flag cap.
    pub fn from_score(score: f64) -> Rating {
        BANDS
            .iter()
            .find(|(_, lowest)| at_least(score, *lowest))
            .map_or(Rating::SeriousConcerns, |(rating, _)| *rating)
    }

    /// The rating for a score and coverage, capped at Weak when there is a red flag.
    fn rate(score: Option<f64>, coverage: f64, red_flag: bool) -> Rating {
        let rating = match score {
            Some(score) if at_least(coverage, MIN_COVERAGE) => Rating::from_score(score),
            _ => Rating::InsufficientEvidence,
        };
        if red_flag && rating < Rating::Weak {
            Rating::Weak
        } else {
            rating
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.label())
    }
}

/// `value ≥ threshold`, forgiving the last bits of floating-point error: weights such as 0.1 and
/// 0.7 sum to 59.999999999999986 where the arithmetic says 60, which must rate as 60.
fn at_least(value: f64, threshold: f64) -> bool {
    value >= threshold - 1e-9
}

/// What happened to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionStatus {
    /// Answered with a level.
    Answered,
    /// Applicable but marked unknown.
    Unknown,
    /// Applicable but not answered at all.
    Unanswered,
    /// Marked not applicable, or its `applies_if` condition failed.
    NotApplicable,
}

impl QuestionStatus {
    /// Label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            QuestionStatus::Answered => "Answered",
            QuestionStatus::Unknown => "Unknown",
            QuestionStatus::Unanswered => "Not answered",
            QuestionStatus::NotApplicable => "Not applicable",
        }
    }

    /// True for questions that count as applicable but have no level.
    pub fn is_open(self) -> bool {
        matches!(self, QuestionStatus::Unknown | QuestionStatus::Unanswered)
    }
}

/// The score of one question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionScore {
    /// Full id, `rubric.question`.
    pub id: String,
    /// Answered, unknown, unanswered or not applicable.
    pub status: QuestionStatus,
    /// The level, when answered.
    pub level: Option<u32>,
    /// The top level of the question.
    pub max_level: u32,
    /// `weight × level`, when answered.
    pub points: Option<f64>,
    /// `weight × max_level`.
    pub possible: f64,
    /// The question's weight.
    pub weight: f64,
    /// Answered at or below the question's `red_flag_at`.
    pub red_flag: bool,
    /// Excluded because its `applies_if` condition failed (rather than marked not applicable).
    pub excluded_by_condition: bool,
}

/// The score of one rubric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RubricScore {
    /// Rubric id.
    pub id: String,
    /// `100 × Σ points / Σ possible` over answered questions; `None` when none was answered.
    pub score: Option<f64>,
    /// The rating after the coverage rule and red-flag cap.
    pub rating: Rating,
    /// `Σ weight(answered) / Σ weight(applicable)`; 0 when nothing applies.
    pub coverage: f64,
    /// Σ points over answered questions.
    pub points: f64,
    /// Σ possible over answered questions.
    pub possible: f64,
    /// Rubric weight in the overall score.
    pub weight: f64,
    /// Full ids of red-flagged questions.
    pub red_flags: Vec<String>,
    /// Every question, in rubric order.
    pub questions: Vec<QuestionScore>,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallScore {
    /// Rubric scores averaged by rubric weight, over rubrics with a score.
    pub score: Option<f64>,
    /// Rating after the coverage rule and the red-flag cap.
    pub rating: Rating,
    /// Rubric coverages averaged by rubric weight, over all rubrics.
    pub coverage: f64,
    /// Every red-flagged question, in rubric order.
    pub red_flags: Vec<String>,
}

/// One prioritised recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// Full id of the question.
    pub question: String,
    /// `weight × (max_level − level) / max_level`.
    pub priority: f64,
    /// The question's answer is a red flag (these come first).
    pub red_flag: bool,
}

/// The full result of scoring one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// The overall result.
    pub overall: OverallScore,
    /// One entry per rubric, in the assessment's order.
    pub rubrics: Vec<RubricScore>,
    /// Recommendations for every answer below the top level: red flags first, then by priority.
    pub recommendations: Vec<Recommendation>,
    /// Full ids of applicable questions without a level (unknown or unanswered).
    pub unanswered: Vec<String>,
}

/// Scores `assessment` against `rubrics` (the rubrics it answers, in order).
pub fn score(rubrics: &[&Rubric], assessment: &Assessment) -> Scorecard {
    let rubric_scores: Vec<RubricScore> = rubrics
        .iter()
        .map(|rubric| score_rubric(rubric, rubrics, assessment))
        .collect();

    let scored: Vec<&RubricScore> = rubric_scores.iter().filter(|rubric| rubric.score.is_some()).collect();
    let overall_score = weighted_mean(scored.iter().map(|rubric| (rubric.score.unwrap_or(0.0), rubric.weight)));
    let overall_coverage =
        weighted_mean(rubric_scores.iter().map(|rubric| (rubric.coverage, rubric.weight))).unwrap_or(0.0);
    let red_flags: Vec<String> = rubric_scores
        .iter()
        .flat_map(|rubric| rubric.red_flags.iter().cloned())
        .collect();
    let overall = OverallScore {
        score: overall_score,
        rating: Rating::rate(overall_score, overall_coverage, !red_flags.is_empty()),
        coverage: overall_coverage,
        red_flags,
    };

    let mut recommendations: Vec<Recommendation> = rubric_scores
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .filter_map(|question| {
            let level = question.level?;
            (level < question.max_level).then(|| Recommendation {
                question: question.id.clone(),
                priority: question.weight * f64::from(question.max_level - level) / f64::from(question.max_level),
                red_flag: question.red_flag,
            })
        })
        .collect();
    // Stable sort: equal priorities keep rubric order, so the output never depends on hashing.
    recommendations.sort_by(|a, b| b.red_flag.cmp(&a.red_flag).then(b.priority.total_cmp(&a.priority)));

    let unanswered = rubric_scores
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .filter(|question| question.status.is_open())
        .map(|question| question.id.clone())
        .collect();

    Scorecard {
        overall,
        rubrics: rubric_scores,
        recommendations,
        unanswered,
    }
}

fn score_rubric(rubric: &Rubric, all: &[&Rubric], assessment: &Assessment) -> RubricScore {
    let chain_limit: usize = all.iter().map(|rubric| rubric.questions.len()).sum();
    let questions: Vec<QuestionScore> = rubric
        .questions
        .iter()
        .map(|question| {
            let max_level = u32::try_from(question.levels.len().saturating_sub(1)).unwrap_or(u32::MAX);
            let answer = assessment.answer(&rubric.id, &question.id);
            let level = answer
                .and_then(|answer| answer.level)
                .and_then(|level| u32::try_from(level).ok())
                .filter(|level| *level <= max_level);
            let applies = question.applies_if.as_ref().is_none_or(|condition| {
                condition_holds(&condition.question, condition.min_level, all, assessment, chain_limit)
            });
            let status = if !applies || answer.is_some_and(|answer| answer.status == Some(AnswerStatus::NotApplicable))
            {
                QuestionStatus::NotApplicable
            } else if level.is_some() {
                QuestionStatus::Answered
            } else if answer.is_some_and(|answer| answer.status == Some(AnswerStatus::Unknown)) {
                QuestionStatus::Unknown
            } else {
                QuestionStatus::Unanswered
            };
            let answered = status == QuestionStatus::Answered;
            let level = level.filter(|_| answered);
            QuestionScore {
                id: format!("{}.{}", rubric.id, question.id),
                status,
                level,
                max_level,
                points: level.map(|level| question.weight * f64::from(level)),
                possible: question.weight * f64::from(max_level),
                weight: question.weight,
                red_flag: matches!((level, question.red_flag_at), (Some(level), Some(at)) if level <= at),
                excluded_by_condition: !applies,
            }
        })
        .collect();

    let answered: Vec<&QuestionScore> = questions
        .iter()
        .filter(|q| q.status == QuestionStatus::Answered)
        .collect();
    let points = total(answered.iter().filter_map(|q| q.points));
    let possible = total(answered.iter().map(|q| q.possible));
    let score = (!answered.is_empty() && possible > 0.0).then(|| 100.0 * points / possible);
    let applicable_weight = total(
        questions
            .iter()
            .filter(|q| q.status != QuestionStatus::NotApplicable)
            .map(|q| q.weight),
    );
    let answered_weight = total(answered.iter().map(|q| q.weight));
    let coverage = if applicable_weight > 0.0 {
        answered_weight / applicable_weight
    } else {
        0.0
    };
    let red_flags: Vec<String> = questions.iter().filter(|q| q.red_flag).map(|q| q.id.clone()).collect();

    RubricScore {
        id: rubric.id.clone(),
        score,
        rating: Rating::rate(score, coverage, !red_flags.is_empty()),
        coverage,
        points,
        possible,
        weight: rubric.weight,
        red_flags,
        questions,
    }
}

/// `applies_if` holds when the named question is answered at `min_level` or above, and is itself
/// applicable. `steps` bounds how far a chain is followed: cycles are refused when rubrics load,
/// so this only keeps a hand-built cycle from hanging, and no acyclic chain is longer than the
/// number of questions, which is what callers pass.
fn condition_holds(full_id: &str, min_level: u32, rubrics: &[&Rubric], assessment: &Assessment, steps: usize) -> bool {
    let Some((rubric_id, question_id)) = full_id.split_once('.') else {
        return false;
    };
    let Some(rubric) = rubrics.iter().find(|rubric| rubric.id == rubric_id) else {
        return false;
    };
    let Some(question) = rubric.question(question_id) else {
        return false;
    };
    let Some(answer) = assessment.answer(rubric_id, question_id) else {
        return false;
    };
    if answer.status.is_some() || steps == 0 {
        return false;
    }
    let reached = answer
        .level
        .is_some_and(|level| level >= i64::from(min_level) && level < question.levels.len() as i64);
    reached
        && question.applies_if.as_ref().is_none_or(|condition| {
            condition_holds(&condition.question, condition.min_level, rubrics, assessment, steps - 1)
        })
}

/// The sum of `values`, starting from +0.0: `Iterator::sum` of an empty iterator is -0.0,
/// which would print as "-0".
fn total(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |sum, value| sum + value)
}

fn weighted_mean(values: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = values.fold((0.0, 0.0), |(sum, weights), (value, weight)| {
        (sum + value * weight, weights + weight)
    });
    (weights > 0.0).then(|| sum / weights)
}

#[cfg(test)]
mod tests;
