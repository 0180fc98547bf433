//! The brief's view-model: everything a brief says, built once from the rubrics, the assessment and
//! the scores, with labels resolved and numbers formatted. Every renderer (Markdown, HTML, PDF,
//! JSON, terminal) reads this one structure, so they cannot disagree. Its JSON form is the
//! documented JSON brief.
//!
//! `views` holds the types, this module assembles them, `prose` writes the sentences a brief
//! generates (summary, methodology), and `format` the numbers as they are shown.

mod format;
mod prose;
mod views;

pub use format::{number, percent, score_display};
pub use prose::methodology_rules;
pub use views::*;

use crate::markup::UserText;
use crate::model::assessment::calendar_date;
use crate::model::ids::QuestionId;
use crate::model::{Assessment, Dimension, Rubric, RubricSet};
use crate::scoring::{self, DimensionScore, NEXT_STEPS, QuestionScore, QuestionStatus, RubricScore, Scorecard};

use prose::{methodology, summary_paragraph, verdict};

/// Version of the JSON brief's shape.
pub const BRIEF_SCHEMA_VERSION: u32 = 1;

/// How many strengths the summary names.
const SUMMARY_ITEMS: usize = 3;

/// How many main concerns the summary names at least (besides every red flag). Every concern
/// about the effect is named whatever their number, so page 1 never leaves out a harm the
/// analysis found; process concerns fill the list up to this length.
const SUMMARY_CONCERNS: usize = 5;

impl Brief {
    /// Scores `assessment` against `rubrics` and builds the brief.
    pub fn build(rubrics: &[&Rubric], assessment: &Assessment) -> Brief {
        let scorecard = scoring::score(rubrics, assessment);
        Brief::from_scorecard(rubrics, assessment, &scorecard)
    }

    /// The brief of an assessment already checked against `rubrics`, over the rubrics it answers.
    pub fn of(assessment: &Assessment, rubrics: &RubricSet) -> Brief {
        Brief::build(&rubrics.select(&assessment.rubric_ids()), assessment)
    }

    /// Builds the brief from an existing scorecard.
    pub fn from_scorecard(rubrics: &[&Rubric], assessment: &Assessment, scorecard: &Scorecard) -> Brief {
        let rubric_views: Vec<RubricView> = rubrics
            .iter()
            .zip(&scorecard.rubrics)
            .map(|(rubric, score)| rubric_view(rubric, score, assessment))
            .collect();
        let find = |full_id: &QuestionId| -> Option<(&RubricView, &QuestionView)> {
            rubric_views
                .iter()
                .find_map(|rubric| rubric.questions.iter().find(|q| q.id == *full_id).map(|q| (rubric, q)))
        };
        let recommendations: Vec<RecommendationView> = scorecard
            .recommendations
            .iter()
            .filter_map(|rec| {
                let (rubric_view, question_view) = find(&rec.question)?;
                let (rubric, question) = split_question(rubrics, &rec.question)?;
                let own = assessment
                    .answer(&rubric.id, &question.id)
                    .and_then(|answer| non_empty(&answer.recommendation));
                Some(RecommendationView {
                    question: rec.question.clone(),
                    priority: rec.priority,
                    own: own.is_some(),
                    text: own.unwrap_or_else(|| question.recommendation_for(rec.level).to_string()),
                    red_flag: rec.red_flag,
                    dimension: rec.dimension,
                    rubric_title: rubric_view.title.clone(),
                    prompt: question_view.prompt.clone(),
                    level_display: question_view.level_display.clone(),
                    priority_display: format!("{:.2}", rec.priority),
                })
            })
            .collect();
        let finding_ref = |(rubric, question): (&RubricView, &QuestionView)| FindingRef {
            question: question.id.clone(),
            rubric_title: rubric.title.clone(),
            prompt: question.prompt.clone(),
            level_text: question.level_text.clone().unwrap_or_default(),
            level_display: question.level_display.clone(),
            dimension: question.dimension,
        };
        let answered: Vec<(&RubricView, &QuestionView)> = rubric_views
            .iter()
            .flat_map(|rubric| rubric.questions.iter().map(move |q| (rubric, q)))
            .filter(|(_, q)| q.status == QuestionStatus::Answered)
            .collect();
        // Red flags in the recommendations' order: the severest first, effect before process.
        let red_flags = recommendations
            .iter()
            .filter(|rec| rec.red_flag)
            .filter_map(|rec| find(&rec.question))
            .map(finding_ref)
            .collect();
        // Concerns follow the recommendations' order too, so page 1 leads with the harms.
        let concerns = recommendations
            .iter()
            .filter(|rec| !rec.red_flag)
            .enumerate()
            .filter(|(index, rec)| rec.dimension == Dimension::Effect || *index < SUMMARY_CONCERNS)
            .filter_map(|(_, rec)| find(&rec.question))
            .map(finding_ref)
            .collect();
        // A strength is a positive finding: good practice in the process, or an effect answer at
        // the top of its ladder (an active protection). Effect first, then weightier questions.
        let mut strong: Vec<(&RubricView, &QuestionView)> = answered
            .iter()
            .copied()
            .filter(|(_, q)| {
                q.level.is_some_and(|level| match q.dimension {
                    Dimension::Process => level >= q.acceptable_at,
                    Dimension::Effect => level == q.max_level,
                })
            })
            .collect();
        strong.sort_by(|a, b| {
            a.1.dimension
                .cmp(&b.1.dimension)
                .then(b.1.weight.total_cmp(&a.1.weight))
        });
        let strengths = strong.into_iter().take(SUMMARY_ITEMS).map(finding_ref).collect();
        let not_affected: Vec<NotAffectedView> = rubric_views
            .iter()
            .flat_map(|rubric| rubric.questions.iter().map(move |q| (rubric, q)))
            .filter(|(_, q)| q.status == QuestionStatus::NotAffected)
            .filter_map(|(rubric_view, q)| {
                let (_, question) = split_question(rubrics, &q.id)?;
                Some(NotAffectedView {
                    question: q.id.clone(),
                    rubric_title: rubric_view.title.clone(),
                    area: question.area_name().trim().to_string(),
                    rationale: q.rationale.clone(),
                })
            })
            .collect();

        let open_questions = scorecard
            .unanswered
            .iter()
            .filter_map(|id| {
                let (rubric, question) = find(id)?;
                Some(OpenQuestionView {
                    question: id.clone(),
                    status: question.status,
                    status_label: question.status.label(),
                    rubric_title: rubric.title.clone(),
                    prompt: question.prompt.clone(),
                    rationale: question.rationale.clone(),
                })
            })
            .collect();

        let overall = &scorecard.overall;
        let dimensions: Vec<DimensionView> = overall.dimensions.iter().map(dimension_view).collect();
        let overall_view = OverallView {
            score: overall.score,
            rating: overall.rating,
            rating_key: overall.rating.key(),
            coverage: overall.coverage,
            red_flags: overall.red_flags.clone(),
            score_display: score_display(overall.score),
            coverage_display: percent(overall.coverage),
            verdict: verdict(&dimensions),
            dimensions,
        };
        let summary = SummaryView {
            paragraph: summary_paragraph(&overall_view, scorecard.unanswered.len(), not_affected.len()),
            red_flags,
            concerns,
            strengths,
            next_steps: recommendations.iter().take(NEXT_STEPS).cloned().collect(),
        };
        let proposal = &assessment.proposal;
        let info = &assessment.assessment;
        Brief {
            schema_version: BRIEF_SCHEMA_VERSION,
            generator: concat!("impact-brief ", env!("CARGO_PKG_VERSION")).to_string(),
            proposal: ProposalView {
                title: proposal.title.trim().to_string(),
                jurisdiction: proposal
                    .jurisdiction
                    .as_ref()
                    .map(|jurisdiction| jurisdiction.names().join("; "))
                    .filter(|names| !names.is_empty()),
                jurisdictions: proposal
                    .jurisdiction
                    .as_ref()
                    .map(crate::model::Jurisdiction::names)
                    .unwrap_or_default(),
                reference: non_empty(&proposal.reference),
                stage: proposal.stage.map(|stage| stage.id().to_string()),
                stage_label: proposal.stage.map(|stage| stage.label().to_string()),
                introduced: proposal.introduced.as_ref().and_then(calendar_date),
                url: non_empty(&proposal.url),
                link: non_empty(&proposal.url).filter(|url| is_web_link(url)),
                summary: non_empty(&proposal.summary).map(UserText::new),
                context: non_empty(&proposal.context).map(UserText::new),
            },
            assessment: AssessmentView {
                assessors: info
                    .assessors
                    .iter()
                    .map(|name| name.trim().to_string())
                    .filter(|name| !name.is_empty())
                    .collect(),
                stakeholder_group: info.stakeholder_group.map(|group| group.id().to_string()),
                stakeholder_group_label: info.stakeholder_group.map(|group| group.label().to_string()),
                date: info.date.as_ref().and_then(calendar_date),
                status: info.status.map(|status| status.label().to_string()),
            },
            overall: overall_view,
            summary,
            recommendations,
            unanswered: scorecard.unanswered.clone(),
            open_questions,
            not_affected,
            consultation: ConsultationView::of(assessment),
            methodology: methodology(rubrics),
            rubrics: rubric_views,
        }
    }
}

fn rubric_view(rubric: &Rubric, score: &RubricScore, assessment: &Assessment) -> RubricView {
    let questions = rubric
        .questions
        .iter()
        .zip(&score.questions)
        .map(|(question, scored)| {
            let answer = assessment.answer(&rubric.id, &question.id);
            question_view(question, scored, answer)
        })
        .collect();
    RubricView {
        id: rubric.id.clone(),
        title: rubric.title.clone(),
        version: rubric.version.clone(),
        description: UserText::new(rubric.description.trim()),
        weight: rubric.weight,
        score: score.score,
        rating: score.rating,
        rating_key: score.rating.key(),
        coverage: score.coverage,
        points: score.points,
        possible: score.possible,
        red_flags: score.red_flags.clone(),
        score_display: score_display(score.score),
        coverage_display: percent(score.coverage),
        points_display: format!("{} of {}", number(score.points), number(score.possible)),
        dimensions: score.dimensions.iter().map(dimension_view).collect(),
        questions,
    }
}

fn dimension_view(score: &DimensionScore) -> DimensionView {
    DimensionView {
        id: score.id,
        label: score.id.label(),
        score: score.score,
        rating: score.rating,
        rating_key: score.rating.key(),
        coverage: score.coverage,
        cap: score.cap,
        red_flags: score.red_flags.clone(),
        score_display: score_display(score.score),
        coverage_display: percent(score.coverage),
    }
}

fn question_view(
    question: &crate::model::Question,
    scored: &QuestionScore,
    answer: Option<&crate::model::Answer>,
) -> QuestionView {
    let level_text = scored
        .level
        .and_then(|level| question.levels.get(level as usize))
        .map(|text| text.trim().to_string());
    let note = match scored.status {
        QuestionStatus::NotApplicable if scored.excluded_by_condition => {
            let condition = question.applies_if.as_ref();
            Some(condition.map_or_else(String::new, |c| {
                format!(
                    "Not asked: it applies only when {} is at level {} or above.",
                    c.question, c.min_level
                )
            }))
        }
        _ => None,
    };
    QuestionView {
        id: scored.id.clone(),
        status: scored.status,
        dimension: scored.dimension,
        covers: question.covers.clone(),
        status_label: scored.status.label(),
        level: scored.level,
        max_level: scored.max_level,
        acceptable_at: scored.acceptable_at,
        points: scored.points,
        possible: scored.possible,
        weight: scored.weight,
        red_flag: scored.red_flag,
        prompt: question.prompt.trim().to_string(),
        level_text,
        level_display: match scored.level {
            Some(level) => format!("{level} of {}", scored.max_level),
            None => scored.status.label().to_string(),
        },
        points_display: match scored.points {
            Some(points) => format!("{} of {}", number(points), number(scored.possible)),
            None => "–".to_string(),
        },
        // A question that was not asked has no finding, whatever the file says about it.
        rationale: answer
            .filter(|_| !scored.excluded_by_condition)
            .and_then(|answer| non_empty(&answer.rationale))
            .map(UserText::new),
        evidence: answer
            .map(|answer| {
                answer
                    .evidence
                    .iter()
                    .map(|item| item.trim())
                    .filter(|item| !item.is_empty())
                    .map(|item| EvidenceView {
                        text: item.to_string(),
                        url: is_web_link(item).then(|| item.to_string()),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        sources: question.sources.clone(),
        note,
    }
}

fn split_question<'a>(
    rubrics: &[&'a Rubric],
    full_id: &QuestionId,
) -> Option<(&'a Rubric, &'a crate::model::Question)> {
    let rubric = rubrics.iter().find(|rubric| rubric.id == full_id.rubric())?;
    Some((rubric, rubric.question(full_id.question())?))
}

fn non_empty(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_string)
}

fn is_web_link(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answer, AnswerStatus};
    use crate::scoring::Rating;

    fn builtin() -> RubricSet {
        RubricSet::builtin().expect("the shipped rubrics are valid")
    }

    /// Every question of the shipped rubrics at its top level, except those given.
    fn assessment(rubrics: &RubricSet, overrides: &[(&str, Answer)]) -> Assessment {
        let mut assessment = Assessment::new("Test Act");
        for rubric in rubrics.iter() {
            for question in &rubric.questions {
                let top = i64::from(question.max_level());
                assessment.set_answer(
                    &rubric.id,
                    &question.id,
                    Answer {
                        level: Some(top),
                        ..Answer::default()
                    },
                );
            }
        }
        for (full_id, answer) in overrides {
            let (rubric, question) = full_id.split_once('.').expect("full id");
            assessment.set_answer(rubric, question, answer.clone());
        }
        assessment
    }

    fn level(level: i64) -> Answer {
        Answer {
            level: Some(level),
            ..Answer::default()
        }
    }

    #[test]
    fn a_red_flag_that_lowers_the_rating_is_explained() {
        let rubrics = builtin();
        let brief = Brief::of(&assessment(&rubrics, &[("openness.encryption", level(1))]), &rubrics);
        assert_eq!(brief.overall.rating, Rating::Weak);
        assert!(
            brief
                .summary
                .paragraph
                .contains("One red flag on the effect caps its rating at Weak (the score alone would rate Strong)."),
            "{}",
            brief.summary.paragraph
        );
        assert!(
            brief
                .summary
                .paragraph
                .starts_with("Effect on the Internet: Weak (score 91 of 100). Process: Strong (score 100 of 100)."),
            "{}",
            brief.summary.paragraph
        );
        assert_eq!(brief.overall.verdict, "Effect on the Internet: Weak. Process: Strong.");
        // The same flag at the question's worst level caps at Serious concerns.
        let severe = Brief::of(&assessment(&rubrics, &[("openness.encryption", level(0))]), &rubrics);
        assert_eq!(severe.overall.rating, Rating::SeriousConcerns);
        assert_eq!(brief.summary.red_flags[0].question, "openness.encryption");
        assert_eq!(brief.summary.next_steps[0].question, "openness.encryption");
        assert!(brief.summary.next_steps[0].red_flag);
        // Nothing else is below the top level, so there is one recommendation and no concern.
        assert_eq!(brief.recommendations.len(), 1);
        assert!(brief.summary.concerns.is_empty());
        // Strengths favour the weightiest questions.
        assert!(
            brief
                .summary
                .strengths
                .iter()
                .all(|s| s.question != "openness.encryption")
        );
        assert_eq!(brief.summary.strengths.len(), 3);
    }

    #[test]
    fn not_affected_is_listed_never_a_strength_and_gets_no_advice() {
        let rubrics = builtin();
        let untouched = Answer {
            status: Some(AnswerStatus::NotAffected),
            rationale: Some("No duty on names or numbers.".into()),
            ..Answer::default()
        };
        let own = Answer {
            level: Some(1),
            recommendation: Some("Narrow clause 9 to *named* services.".into()),
            ..Answer::default()
        };
        let brief = Brief::of(
            &assessment(
                &rubrics,
                &[
                    ("openness.global-identifiers", untouched),
                    ("openness.reachability", own),
                    ("transparency.impact-assessment", level(0)),
                ],
            ),
            &rubrics,
        );
        assert_eq!(brief.not_affected.len(), 1);
        assert_eq!(brief.not_affected[0].question, "openness.global-identifiers");
        let named = |list: &[FindingRef]| list.iter().any(|f| f.question == "openness.global-identifiers");
        assert!(!named(&brief.summary.strengths) && !named(&brief.summary.concerns));
        assert!(
            brief
                .recommendations
                .iter()
                .all(|r| r.question != "openness.global-identifiers")
        );
        // The assessor's own advice replaces the rubric's, and effect comes before process.
        let first = &brief.recommendations[0];
        assert_eq!(first.question, "openness.reachability");
        assert!(first.own);
        assert_eq!(first.text, "Narrow clause 9 to *named* services.");
        let concerns: Vec<&str> = brief.summary.concerns.iter().map(|c| c.question.as_str()).collect();
        assert_eq!(concerns, ["openness.reachability", "transparency.impact-assessment"]);
        // Strengths are positive findings: effect answers at the top of their ladder.
        assert!(brief.summary.strengths.iter().all(|s| {
            let q = brief
                .rubrics
                .iter()
                .flat_map(|r| &r.questions)
                .find(|q| q.id == s.question);
            q.is_some_and(|q| q.level.is_some_and(|level| level >= q.acceptable_at))
        }));
    }

    #[test]
    fn concerns_skip_red_flags_and_open_questions_keep_their_rationale() {
        let rubrics = builtin();
        let unknown = Answer {
            status: Some(AnswerStatus::Unknown),
            rationale: Some("Awaiting the *final* text.".into()),
            ..Answer::default()
        };
        let brief = Brief::of(
            &assessment(
                &rubrics,
                &[
                    ("openness.reachability", level(0)),
                    ("transparency.draft-published", level(1)),
                    ("transparency.review-clause", unknown),
                ],
            ),
            &rubrics,
        );
        let concerns: Vec<&str> = brief.summary.concerns.iter().map(|c| c.question.as_str()).collect();
        assert_eq!(concerns, ["transparency.draft-published"]);
        assert_eq!(brief.open_questions.len(), 1);
        assert_eq!(brief.open_questions[0].status_label, "Unknown");
        assert_eq!(
            brief.open_questions[0].rationale.as_ref().map(UserText::text),
            Some("Awaiting the *final* text.")
        );
        assert!(
            brief.summary.paragraph.ends_with("One question is still open."),
            "{}",
            brief.summary.paragraph
        );
    }

    #[test]
    fn excluded_questions_say_why_and_numbers_are_formatted() {
        let rubrics = builtin();
        let brief = Brief::of(&assessment(&rubrics, &[("openness.participation", level(0))]), &rubrics);
        let timing = &brief.rubrics[0].questions[1];
        assert_eq!(timing.status, QuestionStatus::NotApplicable);
        assert_eq!(
            timing.note.as_deref(),
            Some("Not asked: it applies only when openness.participation is at level 1 or above.")
        );
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(4.0), "4");
        assert_eq!(percent(0.894_7), "89%");
        assert_eq!(score_display(None), "–");
        assert_eq!(score_display(Some(62.5)), "63", "half rounds up");
        assert_eq!(score_display(Some(79.6)), "79.6", "never shown as 80 beside Adequate");
        assert_eq!(score_display(Some(79.99)), "79.9");
        assert_eq!(score_display(Some(80.4)), "80");
        assert_eq!(
            percent(0.595),
            "59.5%",
            "never shown as 60% beside Insufficient evidence"
        );
        assert_eq!(percent(0.6), "60%");
        assert_eq!(
            brief.methodology.rubric_names,
            "openness, inclusiveness and transparency"
        );
    }

    #[test]
    fn an_unanswered_assessment_has_no_score_and_says_so() {
        let rubrics = builtin();
        let brief = Brief::of(&Assessment::new("Empty"), &rubrics);
        assert_eq!(brief.overall.score, None);
        assert_eq!(brief.overall.rating, Rating::InsufficientEvidence);
        assert_eq!(brief.rubrics[0].points_display, "0 of 0");
        assert_eq!(brief.rubrics[0].coverage_display, "0%");
        assert!(brief.summary.paragraph.starts_with("No question has been answered yet"));
    }
}
