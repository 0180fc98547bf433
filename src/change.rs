//! The change brief: what changed between two assessments of one proposal, usually two stages
//! of a bill. Built from the two briefs alone (pure), so it says exactly what each brief says:
//! the verdicts then and now, red flags resolved and introduced, every answer that moved, and
//! which recommendations the drafters took up.

use serde::Serialize;

use crate::markup::UserText;
use crate::model::Dimension;
use crate::model::ids::QuestionId;
use crate::report::{Brief, DimensionView, QuestionView, RubricView, score_display};
use crate::scoring::{QuestionStatus, Rating};

/// Version of the JSON change brief's shape.
pub const CHANGE_SCHEMA_VERSION: u32 = 1;

/// Which way something moved between the old assessment and the new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// The new assessment finds it worse.
    Worse,
    /// It changed in a way that is neither better nor worse (a status, or too little evidence).
    Changed,
    /// The new assessment finds it better.
    Better,
    /// No change.
    Unchanged,
}

impl Change {
    /// An arrow for tables: ↓ worse, ↑ better, ↔ changed, = unchanged.
    pub fn arrow(self) -> &'static str {
        match self {
            Change::Worse => "↓",
            Change::Changed => "↔",
            Change::Better => "↑",
            Change::Unchanged => "=",
        }
    }

    /// The word for it.
    pub fn label(self) -> &'static str {
        match self {
            Change::Worse => "worse",
            Change::Changed => "changed",
            Change::Better => "better",
            Change::Unchanged => "unchanged",
        }
    }

    /// The same change seen the other way round (old and new swapped).
    pub fn reversed(self) -> Change {
        match self {
            Change::Worse => Change::Better,
            Change::Better => Change::Worse,
            other => other,
        }
    }

    /// How two ratings compare. "Insufficient evidence" on either side is a change without a
    /// direction: too little was known to say better or worse.
    pub fn of_ratings(old: Rating, new: Rating) -> Change {
        if old == new {
            Change::Unchanged
        } else if old == Rating::InsufficientEvidence || new == Rating::InsufficientEvidence {
            Change::Changed
        } else if new < old {
            Change::Better
        } else {
            Change::Worse
        }
    }
}

/// A complete change brief.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeBrief {
    /// Version of this document's shape.
    pub schema_version: u32,
    /// The program that made it.
    pub generator: String,
    /// The proposal as the new assessment names it.
    pub proposal: ProposalRef,
    /// The old assessment's identity and verdict.
    pub old: Version,
    /// The new assessment's identity and verdict.
    pub new: Version,
    /// The overall verdict then and now.
    pub overall: Movement,
    /// Effect and process then and now.
    pub dimensions: Vec<Movement>,
    /// Each rubric then and now.
    pub rubrics: Vec<Movement>,
    /// Red flags resolved, introduced and still open.
    pub flags: Flags,
    /// Every question whose answer changed, worst changes first.
    pub questions: Vec<QuestionChange>,
    /// The questions whose answer did not change, one line each.
    pub unchanged: Vec<QuestionLine>,
    /// Recommendations taken up, still open, and new.
    pub recommendations: Recommendations,
    /// Questions answered in one assessment and not the other.
    pub answered_in_one: Vec<AnsweredInOne>,
    /// What the reader should know about how the two were compared.
    pub notes: Vec<String>,
    /// A short generated paragraph (plain text).
    pub summary: String,
    /// How changes are judged, a sentence a line.
    pub rules: Vec<String>,
    /// The new assessment's date, for the PDF.
    #[serde(skip)]
    pub date: Option<time::Date>,
}

/// The proposal both assessments are about.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalRef {
    /// Title.
    pub title: String,
    /// Jurisdiction.
    pub jurisdiction: Option<String>,
    /// Official reference.
    pub reference: Option<String>,
}

/// One assessment: where it stands and what it concluded.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// The file it came from, as given.
    pub file: String,
    /// Stage label.
    pub stage: Option<String>,
    /// Date introduced or published.
    pub introduced: Option<String>,
    /// Official reference.
    pub reference: Option<String>,
    /// Date of the assessment.
    pub date: Option<String>,
    /// Assessors.
    pub assessors: Vec<String>,
    /// Stakeholder group label.
    pub stakeholder_group: Option<String>,
    /// Rubric titles and versions.
    pub rubrics: String,
    /// Overall rating label.
    pub rating: Rating,
    /// Rating key.
    pub rating_key: &'static str,
    /// Unrounded overall score.
    pub score: Option<f64>,
    /// Rounded overall score.
    pub score_display: String,
    /// "Effect on the Internet: … Process: …"
    pub verdict: String,
}

/// One rating, then and now.
#[derive(Debug, Clone, Serialize)]
pub struct Movement {
    /// `effect`, `process`, a rubric id, or `overall`.
    pub id: String,
    /// What is rated: "Overall", "Effect on the Internet", a rubric title.
    pub label: String,
    /// Then.
    pub old: Point,
    /// Now.
    pub new: Point,
    /// Which way the rating moved.
    pub change: Change,
    /// Its arrow.
    pub arrow: &'static str,
    /// New score minus old, where both have one.
    pub score_change: Option<f64>,
    /// "+12", "−5", "0", or "–".
    pub score_change_display: String,
}

/// A rating and score at one moment.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// Rating label (the band).
    pub rating: Rating,
    /// Rating key.
    pub rating_key: &'static str,
    /// The rating as its dimension names it: the effect's "Harmful" for the band Weak.
    pub verdict: &'static str,
    /// The key of `verdict`.
    pub verdict_key: &'static str,
    /// Unrounded score.
    pub score: Option<f64>,
    /// Rounded score or "–".
    pub score_display: String,
}

/// Red flags, compared.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Flags {
    /// Red flags of the old assessment that the new one no longer raises.
    pub resolved: Vec<QuestionLine>,
    /// Red flags the new assessment raises that the old one did not.
    pub introduced: Vec<QuestionLine>,
    /// Red flags both raise.
    pub open: Vec<QuestionLine>,
}

/// One question, in a line.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionLine {
    /// Full id.
    pub question: QuestionId,
    /// Its rubric's title.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// The answer now ("2 of 4", "Not affected"), or then for a question the new file lacks.
    pub display: String,
    /// The level text now, when answered with a level.
    pub level_text: Option<String>,
}

/// One question whose answer changed.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionChange {
    /// Full id.
    pub id: QuestionId,
    /// Its rubric's title.
    pub rubric_title: String,
    /// `effect` or `process`.
    pub dimension: Dimension,
    /// The question.
    pub prompt: String,
    /// Level then, when answered with one.
    pub old_level: Option<u32>,
    /// Level now, when answered with one.
    pub new_level: Option<u32>,
    /// Status then.
    pub old_status: QuestionStatus,
    /// Status now.
    pub new_status: QuestionStatus,
    /// "1 of 4" or the status, then.
    pub old_display: String,
    /// The same, now.
    pub new_display: String,
    /// The level text then.
    pub old_level_text: Option<String>,
    /// The level text now.
    pub new_level_text: Option<String>,
    /// Why, then (Markdown).
    pub old_rationale: Option<UserText>,
    /// Why, now (Markdown).
    pub new_rationale: Option<UserText>,
    /// Which way the answer moved.
    pub change: Change,
    /// Its arrow.
    pub arrow: &'static str,
    /// Red flag then.
    pub old_red_flag: bool,
    /// Red flag now.
    pub new_red_flag: bool,
}

/// Recommendations, compared.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Recommendations {
    /// The old assessment asked for these and the new one no longer needs to.
    pub taken_up: Vec<RecommendationLine>,
    /// Both ask for these.
    pub open: Vec<RecommendationLine>,
    /// Only the new assessment asks for these.
    pub introduced: Vec<RecommendationLine>,
}

/// One recommendation.
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationLine {
    /// Full question id.
    pub question: QuestionId,
    /// Its rubric's title.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// What was (or is) asked of the drafters.
    pub text: String,
    /// It is a red flag's.
    pub red_flag: bool,
}

/// A question answered in only one of the two assessments.
#[derive(Debug, Clone, Serialize)]
pub struct AnsweredInOne {
    /// Full id.
    pub question: QuestionId,
    /// Its rubric's title.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// `old` or `new`: the assessment that answers it.
    pub answered_in: &'static str,
    /// That answer.
    pub display: String,
}

/// Where a version came from, for the brief: its file name and whether it was upgraded.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    /// The file, as the user named it.
    pub file: String,
    /// Written for rubrics 1.x and upgraded in memory before the comparison.
    pub upgraded: bool,
}

impl ChangeBrief {
    /// Compares the brief of an old assessment with the brief of a new one of the same proposal.
    pub fn between(old: &Brief, new: &Brief, old_origin: &Origin, new_origin: &Origin) -> ChangeBrief {
        let overall = movement(
            "overall",
            "Overall",
            point(old.overall.rating, old.overall.score, None),
            point(new.overall.rating, new.overall.score, None),
        );
        let dimensions: Vec<Movement> = Dimension::ALL
            .into_iter()
            .filter_map(|dimension| {
                let find = |dimensions: &[DimensionView]| dimensions.iter().find(|d| d.id == dimension).cloned();
                let (then, now) = (find(&old.overall.dimensions)?, find(&new.overall.dimensions)?);
                Some(movement(
                    dimension.id(),
                    dimension.label(),
                    point(then.rating, then.score, Some(dimension)),
                    point(now.rating, now.score, Some(dimension)),
                ))
            })
            .collect();
        let rubrics = new
            .rubrics
            .iter()
            .filter_map(|now| {
                let then = old.rubrics.iter().find(|rubric| rubric.id == now.id)?;
                Some(movement(
                    &now.id,
                    &now.title,
                    point(then.rating, then.score, None),
                    point(now.rating, now.score, None),
                ))
            })
            .collect();

        let pairs = question_pairs(old, new);
        let mut questions = Vec::new();
        let mut unchanged = Vec::new();
        let mut answered_in_one = Vec::new();
        let mut flags = Flags::default();
        for (rubric, then, now) in &pairs {
            if then.red_flag && now.red_flag {
                flags.open.push(line(rubric, now));
            } else if then.red_flag {
                flags.resolved.push(line(rubric, now));
            } else if now.red_flag {
                flags.introduced.push(line(rubric, now));
            }
            let (has_then, has_now) = (has_answer(then), has_answer(now));
            if has_then != has_now {
                let (answered_in, answer) = if has_then { ("old", then) } else { ("new", now) };
                answered_in_one.push(AnsweredInOne {
                    question: now.id.clone(),
                    rubric_title: rubric.title.clone(),
                    prompt: now.prompt.clone(),
                    answered_in,
                    display: answer.level_display.clone(),
                });
            }
            let change = answer_change(then, now);
            if change == Change::Unchanged {
                unchanged.push(line(rubric, now));
                continue;
            }
            questions.push(QuestionChange {
                id: now.id.clone(),
                rubric_title: rubric.title.clone(),
                dimension: now.dimension,
                prompt: now.prompt.clone(),
                old_level: then.level,
                new_level: now.level,
                old_status: then.status,
                new_status: now.status,
                old_display: then.level_display.clone(),
                new_display: now.level_display.clone(),
                old_level_text: then.level_text.clone(),
                new_level_text: now.level_text.clone(),
                old_rationale: then.rationale.clone(),
                new_rationale: now.rationale.clone(),
                change,
                arrow: change.arrow(),
                old_red_flag: then.red_flag,
                new_red_flag: now.red_flag,
            });
        }
        // Worst first: answers that got worse (the biggest drop first), then changes without a
        // direction, then improvements (the biggest gain first); ties keep rubric order.
        questions.sort_by(|a, b| {
            a.change
                .cmp(&b.change)
                .then(level_shift(b).abs().cmp(&level_shift(a).abs()))
        });

        let recommendations = recommendations(old, new);
        let mut notes = Vec::new();
        for (origin, which) in [(old_origin, "old"), (new_origin, "new")] {
            if origin.upgraded {
                notes.push(format!(
                    "The {which} assessment ({}) was written for rubrics 1.x; it was upgraded to the current questions in memory before the comparison, so the two are compared on the questions they share.",
                    origin.file
                ));
            }
        }
        let summary = summary(&overall, &dimensions, &flags, &questions, &recommendations);
        ChangeBrief {
            schema_version: CHANGE_SCHEMA_VERSION,
            generator: new.generator.clone(),
            proposal: ProposalRef {
                title: new.proposal.title.clone(),
                jurisdiction: new.proposal.jurisdiction.clone(),
                reference: new.proposal.reference.clone(),
            },
            old: version(old, old_origin),
            new: version(new, new_origin),
            overall,
            dimensions,
            rubrics,
            flags,
            questions,
            unchanged,
            recommendations,
            answered_in_one,
            notes,
            summary,
            rules: rules(),
            date: new.assessment.date,
        }
    }

    /// True when the overall rating or a dimension's got worse: what `--fail-on-worse` checks.
    pub fn got_worse(&self) -> bool {
        self.overall.change == Change::Worse || self.dimensions.iter().any(|d| d.change == Change::Worse)
    }
}

/// Every question of the new brief beside the same question of the old one, with its rubric.
fn question_pairs<'a>(old: &'a Brief, new: &'a Brief) -> Vec<(&'a RubricView, &'a QuestionView, &'a QuestionView)> {
    new.rubrics
        .iter()
        .flat_map(|rubric| rubric.questions.iter().map(move |question| (rubric, question)))
        .filter_map(|(rubric, now)| {
            let then = old
                .rubrics
                .iter()
                .flat_map(|rubric| &rubric.questions)
                .find(|question| question.id == now.id)?;
            Some((rubric, then, now))
        })
        .collect()
}

fn has_answer(question: &QuestionView) -> bool {
    matches!(question.status, QuestionStatus::Answered | QuestionStatus::NotAffected)
}

/// How one answer moved. Levels compare directly; "not affected" counts as good as an answer at
/// the question's acceptable level, so leaving a harm behind is better and finding one is worse;
/// anything else that differs (unknown, not applicable) is a change without a direction.
fn answer_change(then: &QuestionView, now: &QuestionView) -> Change {
    let standing = |question: &QuestionView| match (question.status, question.level) {
        (QuestionStatus::Answered, Some(level)) => {
            Some(level.min(question.acceptable_at) * 2 + u32::from(level > question.acceptable_at))
        }
        (QuestionStatus::NotAffected, _) => Some(question.acceptable_at * 2),
        _ => None,
    };
    if then.status == now.status && then.level == now.level {
        return Change::Unchanged;
    }
    match (then.status, now.status, then.level, now.level) {
        (QuestionStatus::Answered, QuestionStatus::Answered, Some(a), Some(b)) => {
            if b > a {
                Change::Better
            } else {
                Change::Worse
            }
        }
        _ => match (standing(then), standing(now)) {
            (Some(a), Some(b)) if b > a => Change::Better,
            (Some(a), Some(b)) if b < a => Change::Worse,
            _ => Change::Changed,
        },
    }
}

fn level_shift(change: &QuestionChange) -> i64 {
    match (change.old_level, change.new_level) {
        (Some(a), Some(b)) => i64::from(b) - i64::from(a),
        _ => 0,
    }
}

fn line(rubric: &RubricView, question: &QuestionView) -> QuestionLine {
    QuestionLine {
        question: question.id.clone(),
        rubric_title: rubric.title.clone(),
        prompt: question.prompt.clone(),
        display: question.level_display.clone(),
        level_text: question.level_text.clone(),
    }
}

/// A rating at one moment; `dimension` names it as that dimension does.
fn point(rating: Rating, score: Option<f64>, dimension: Option<Dimension>) -> Point {
    Point {
        rating,
        rating_key: rating.key(),
        verdict: dimension.map_or(rating.label(), |dimension| rating.label_for(dimension)),
        verdict_key: dimension.map_or(rating.key(), |dimension| rating.key_for(dimension)),
        score,
        score_display: score_display(score),
    }
}

fn movement(id: &str, label: &str, old: Point, new: Point) -> Movement {
    let change = Change::of_ratings(old.rating, new.rating);
    let score_change = old.score.zip(new.score).map(|(then, now)| now - then);
    Movement {
        id: id.to_string(),
        label: label.to_string(),
        change,
        arrow: change.arrow(),
        score_change,
        score_change_display: match score_change {
            None => "–".to_string(),
            Some(delta) if delta.round() == 0.0 => "0".to_string(),
            Some(delta) if delta > 0.0 => format!("+{}", delta.round()),
            Some(delta) => format!("−{}", (-delta).round()),
        },
        old,
        new,
    }
}

fn version(brief: &Brief, origin: &Origin) -> Version {
    Version {
        file: origin.file.clone(),
        stage: brief.proposal.stage_label.clone(),
        introduced: brief.proposal.introduced.map(|date| date.to_string()),
        reference: brief.proposal.reference.clone(),
        date: brief.assessment.date.map(|date| date.to_string()),
        assessors: brief.assessment.assessors.clone(),
        stakeholder_group: brief.assessment.stakeholder_group_label.clone(),
        rubrics: brief
            .methodology
            .rubrics
            .iter()
            .map(|rubric| format!("{} {}", rubric.title, rubric.version))
            .collect::<Vec<_>>()
            .join(", "),
        rating: brief.overall.rating,
        rating_key: brief.overall.rating.key(),
        score: brief.overall.score,
        score_display: brief.overall.score_display.clone(),
        verdict: brief.overall.verdict.clone(),
    }
}

/// Recommendations compared by question: a recommendation of the old assessment that the new one
/// no longer makes was taken up (the new answer reached the acceptable level, or was found not
/// affected); one both make is still open; one only the new makes is new.
fn recommendations(old: &Brief, new: &Brief) -> Recommendations {
    let rubric_title = |brief: &Brief, id: &QuestionId| {
        brief
            .rubrics
            .iter()
            .find(|rubric| rubric.id == id.rubric())
            .map(|rubric| rubric.title.clone())
            .unwrap_or_default()
    };
    let entry = |brief: &Brief, rec: &crate::report::RecommendationView| RecommendationLine {
        question: rec.question.clone(),
        rubric_title: rubric_title(brief, &rec.question),
        prompt: rec.prompt.clone(),
        text: rec.text.clone(),
        red_flag: rec.red_flag,
    };
    let asks = |brief: &Brief, id: &QuestionId| brief.recommendations.iter().any(|rec| rec.question == *id);
    let answered_now = |id: &QuestionId| {
        new.rubrics
            .iter()
            .flat_map(|rubric| &rubric.questions)
            .any(|question| question.id == *id && has_answer(question))
    };
    let mut result = Recommendations::default();
    for rec in &old.recommendations {
        if asks(new, &rec.question) {
            result.open.push(entry(
                new,
                new.recommendations
                    .iter()
                    .find(|r| r.question == rec.question)
                    .unwrap_or(rec),
            ));
        } else if answered_now(&rec.question) {
            result.taken_up.push(entry(old, rec));
        }
    }
    for rec in &new.recommendations {
        if !asks(old, &rec.question) {
            result.introduced.push(entry(new, rec));
        }
    }
    result
}

fn summary(
    overall: &Movement,
    dimensions: &[Movement],
    flags: &Flags,
    questions: &[QuestionChange],
    recommendations: &Recommendations,
) -> String {
    let mut sentences = Vec::new();
    if questions.is_empty() && overall.change == Change::Unchanged {
        return "No change: every answer, and so every rating, is the same in both assessments.".to_string();
    }
    sentences.push(match overall.change {
        Change::Unchanged => format!("Overall the rating is unchanged at {}.", overall.new.rating),
        Change::Changed => format!(
            "Overall the rating went from {} to {}.",
            overall.old.rating, overall.new.rating
        ),
        change => format!(
            "Overall the proposal got {}: {} then, {} now.",
            change.label(),
            overall.old.rating,
            overall.new.rating
        ),
    });
    let moved: Vec<String> = dimensions
        .iter()
        .filter(|dimension| dimension.change != Change::Unchanged)
        .map(|dimension| {
            format!(
                "{}: {} then, {} now",
                dimension.label, dimension.old.verdict, dimension.new.verdict
            )
        })
        .collect();
    if !moved.is_empty() {
        sentences.push(format!("{}.", moved.join("; ")));
    }
    let count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let (resolved, introduced) = (flags.resolved.len(), flags.introduced.len());
    if resolved + introduced > 0 {
        sentences.push(format!(
            "{} resolved, {} introduced, {} still open.",
            count(resolved, "red flag", "red flags"),
            introduced,
            flags.open.len()
        ));
    }
    let worse = questions.iter().filter(|q| q.change == Change::Worse).count();
    let better = questions.iter().filter(|q| q.change == Change::Better).count();
    sentences.push(format!(
        "{} changed: {better} better, {worse} worse.",
        count(questions.len(), "answer", "answers")
    ));
    let taken = recommendations.taken_up.len();
    let asked = taken + recommendations.open.len();
    if asked > 0 {
        sentences.push(format!(
            "Of the {} the old assessment made, {taken} {} taken up.",
            count(asked, "recommendation", "recommendations"),
            if taken == 1 { "was" } else { "were" }
        ));
    }
    sentences.join(" ")
}

/// How a change brief judges changes.
pub fn rules() -> Vec<String> {
    vec![
        "Both assessments are scored by the same rule and rubrics; this brief compares their briefs question by question.".to_string(),
        "An answer is better when its level rose and worse when it fell. \"Not affected\" counts as good as an answer at the question's acceptable level; other changes of status (unknown, not applicable) are changes without a direction.".to_string(),
        "A rating is better when it moved to a better band; a change to or from Insufficient evidence has no direction.".to_string(),
        "A red flag is resolved when the new answer no longer raises it, introduced when only the new one does, and open when both do.".to_string(),
        "A recommendation is taken up when the old assessment made it and the new one, answering the same question, no longer needs to.".to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_compare_by_band_and_insufficient_evidence_has_no_direction() {
        assert_eq!(Change::of_ratings(Rating::Weak, Rating::Adequate), Change::Better);
        assert_eq!(
            Change::of_ratings(Rating::Adequate, Rating::SeriousConcerns),
            Change::Worse
        );
        assert_eq!(Change::of_ratings(Rating::Weak, Rating::Weak), Change::Unchanged);
        assert_eq!(
            Change::of_ratings(Rating::Weak, Rating::InsufficientEvidence),
            Change::Changed
        );
        for old in Rating::ALL {
            for new in Rating::ALL {
                assert_eq!(Change::of_ratings(old, new), Change::of_ratings(new, old).reversed());
            }
        }
    }
}
