//! The brief's view-model: everything a brief says, built once from the rubrics, the assessment and
//! the scores, with labels resolved and numbers formatted. Every renderer (Markdown, HTML, PDF,
//! JSON, terminal) reads this one structure, so they cannot disagree. Its JSON form is the
//! documented JSON brief.

use serde::Serialize;

use crate::model::{Assessment, Dimension, Rubric, RubricSet, iiat};
use crate::scoring::{
    self, BANDS, DimensionScore, FlagCap, MIN_COVERAGE, NEXT_STEPS, QuestionScore, QuestionStatus, Rating, RubricScore,
    Scorecard,
};

/// Version of the JSON brief's shape.
pub const BRIEF_SCHEMA_VERSION: u32 = 1;

/// How many strengths the summary names.
const SUMMARY_ITEMS: usize = 3;

/// How many main concerns the summary names at least (besides every red flag). Every concern
/// about the effect is named whatever their number, so page 1 never leaves out a harm the
/// analysis found; process concerns fill the list up to this length.
const SUMMARY_CONCERNS: usize = 5;

/// A complete brief.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    /// Version of this document's shape.
    pub schema_version: u32,
    /// The program that made it.
    pub generator: String,
    /// The proposal, as the user described it.
    pub proposal: ProposalView,
    /// Who assessed it.
    pub assessment: AssessmentView,
    /// Overall score and rating.
    pub overall: OverallView,
    /// The summary section.
    pub summary: SummaryView,
    /// One entry per rubric: its score and its findings.
    pub rubrics: Vec<RubricView>,
    /// Every recommendation, red flags first, then by priority.
    pub recommendations: Vec<RecommendationView>,
    /// Full ids of applicable questions without a level.
    pub unanswered: Vec<String>,
    /// Unknown and unanswered questions, with what was said about them.
    pub open_questions: Vec<OpenQuestionView>,
    /// Effect questions the assessor considered and found not affected.
    pub not_affected: Vec<NotAffectedView>,
    /// Rubrics, rule, bands and sources.
    pub methodology: MethodologyView,
}

/// The proposal block.
#[derive(Debug, Clone, Serialize)]
pub struct ProposalView {
    /// Title as written.
    pub title: String,
    /// Country or region; several are joined with "; ".
    pub jurisdiction: Option<String>,
    /// Every jurisdiction named, in order.
    pub jurisdictions: Vec<String>,
    /// Official reference.
    pub reference: Option<String>,
    /// Stage id (`draft`).
    pub stage: Option<String>,
    /// Stage label (`Draft`).
    pub stage_label: Option<String>,
    /// Date introduced, `YYYY-MM-DD`.
    pub introduced: Option<String>,
    /// Where the text is, as written.
    pub url: Option<String>,
    /// The same, when it is a web address that may be made a link (never `javascript:` and such).
    pub link: Option<String>,
    /// Markdown summary.
    pub summary: Option<String>,
    /// Markdown context.
    pub context: Option<String>,
}

/// The assessor block.
#[derive(Debug, Clone, Serialize)]
pub struct AssessmentView {
    /// Assessor names.
    pub assessors: Vec<String>,
    /// Stakeholder group id.
    pub stakeholder_group: Option<String>,
    /// Stakeholder group label.
    pub stakeholder_group_label: Option<String>,
    /// Date of the assessment, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `Draft` or `Final`.
    pub status: Option<String>,
}

/// Overall result, raw and formatted.
#[derive(Debug, Clone, Serialize)]
pub struct OverallView {
    /// Unrounded score, `null` when nothing was answered.
    pub score: Option<f64>,
    /// Rating label.
    pub rating: Rating,
    /// Rating key for styling (`serious-concerns`).
    pub rating_key: &'static str,
    /// Unrounded coverage, 0 to 1.
    pub coverage: f64,
    /// Full ids of red-flagged questions.
    pub red_flags: Vec<String>,
    /// Score rounded to a whole number, or "–".
    pub score_display: String,
    /// Coverage as a percentage, e.g. "90%".
    pub coverage_display: String,
    /// Effect and process over every rubric, effect first.
    pub dimensions: Vec<DimensionView>,
    /// The two verdicts in a line: "Effect on the Internet: Serious concerns. Process: Adequate."
    pub verdict: String,
}

/// The score of one dimension (effect or process), of one rubric or of the whole proposal.
#[derive(Debug, Clone, Serialize)]
pub struct DimensionView {
    /// `effect` or `process`.
    pub id: Dimension,
    /// "Effect on the Internet" or "Process".
    pub label: &'static str,
    /// Unrounded score, `null` when nothing in it was answered with a level.
    pub score: Option<f64>,
    /// Rating label.
    pub rating: Rating,
    /// Rating key for styling.
    pub rating_key: &'static str,
    /// Unrounded coverage.
    pub coverage: f64,
    /// How far red flags cap the rating: `none`, `weak` or `serious-concerns`.
    pub cap: FlagCap,
    /// Full ids of red-flagged questions in it.
    pub red_flags: Vec<String>,
    /// Rounded score or "–".
    pub score_display: String,
    /// "90%".
    pub coverage_display: String,
}

/// The summary section.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryView {
    /// A short generated paragraph (plain text).
    pub paragraph: String,
    /// Red-flagged answers, listed first: effect before process.
    pub red_flags: Vec<FindingRef>,
    /// Answers below their acceptable level that are not red flags, effect before process.
    pub concerns: Vec<FindingRef>,
    /// Positive findings: process answers at or above their acceptable level, effect answers that
    /// actively protect what they look at. Never a "not affected".
    pub strengths: Vec<FindingRef>,
    /// The top recommendations.
    pub next_steps: Vec<RecommendationView>,
}

/// A pointer to one answered question, with enough text to stand alone in a list.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRef {
    /// Full question id.
    pub question: String,
    /// Title of its rubric.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// The chosen level's text.
    pub level_text: String,
    /// "1 of 4".
    pub level_display: String,
    /// `effect` or `process`.
    pub dimension: Dimension,
}

/// One rubric: score and findings.
#[derive(Debug, Clone, Serialize)]
pub struct RubricView {
    /// Rubric id.
    pub id: String,
    /// Rubric title.
    pub title: String,
    /// Rubric version.
    pub version: String,
    /// Markdown description.
    pub description: String,
    /// Weight in the overall score.
    pub weight: f64,
    /// Unrounded score, `null` when nothing was answered.
    pub score: Option<f64>,
    /// Rating label.
    pub rating: Rating,
    /// Rating key for styling.
    pub rating_key: &'static str,
    /// Unrounded coverage.
    pub coverage: f64,
    /// Σ points.
    pub points: f64,
    /// Σ possible.
    pub possible: f64,
    /// Full ids of red-flagged questions.
    pub red_flags: Vec<String>,
    /// Rounded score or "–".
    pub score_display: String,
    /// "90%".
    pub coverage_display: String,
    /// "10 of 24".
    pub points_display: String,
    /// Its effect and its process questions, each scored on its own (only those it has).
    pub dimensions: Vec<DimensionView>,
    /// Every question.
    pub questions: Vec<QuestionView>,
}

/// One question's finding.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    /// Full id.
    pub id: String,
    /// Status key: `answered`, `not-affected`, `unknown`, `unanswered`, `not-applicable`.
    pub status: QuestionStatus,
    /// `effect` or `process`.
    pub dimension: Dimension,
    /// Ids of the critical properties, enablers or principles it covers.
    pub covers: Vec<String>,
    /// Status label.
    pub status_label: &'static str,
    /// Level, when answered.
    pub level: Option<u32>,
    /// Top level.
    pub max_level: u32,
    /// Answers at or above this level need no recommendation.
    pub acceptable_at: u32,
    /// `weight × level`.
    pub points: Option<f64>,
    /// `weight × max_level`.
    pub possible: f64,
    /// Question weight.
    pub weight: f64,
    /// Answered at or below `red_flag_at`.
    pub red_flag: bool,
    /// The question.
    pub prompt: String,
    /// The chosen level's text, when answered.
    pub level_text: Option<String>,
    /// "3 of 4", or the status label.
    pub level_display: String,
    /// "1.5 of 2", or "–".
    pub points_display: String,
    /// Markdown rationale.
    pub rationale: Option<String>,
    /// Evidence items.
    pub evidence: Vec<EvidenceView>,
    /// Sources the question rests on (ids into the methodology's sources).
    pub sources: Vec<String>,
    /// Why there is no level, for excluded questions.
    pub note: Option<String>,
}

/// One evidence item.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// As written.
    pub text: String,
    /// The same text when it is a web link, so renderers can make it clickable.
    pub url: Option<String>,
}

/// One recommendation.
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationView {
    /// Full question id.
    pub question: String,
    /// `weight × (max_level − level) / max_level`.
    pub priority: f64,
    /// What to do.
    pub text: String,
    /// True when the text is the assessor's own advice rather than the rubric's.
    pub own: bool,
    /// The answer is a red flag.
    pub red_flag: bool,
    /// `effect` or `process`.
    pub dimension: Dimension,
    /// Title of the rubric.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// "1 of 4".
    pub level_display: String,
    /// Priority to two decimals.
    pub priority_display: String,
}

/// One open question.
#[derive(Debug, Clone, Serialize)]
pub struct OpenQuestionView {
    /// Full question id.
    pub question: String,
    /// `unknown` or `unanswered`.
    pub status: QuestionStatus,
    /// Status label.
    pub status_label: &'static str,
    /// Title of the rubric.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// What the assessor said, if anything.
    pub rationale: Option<String>,
}

/// One effect question considered and found not affected.
#[derive(Debug, Clone, Serialize)]
pub struct NotAffectedView {
    /// Full question id.
    pub question: String,
    /// Title of the rubric.
    pub rubric_title: String,
    /// The area it looks at, in plain words.
    pub area: String,
    /// What the assessor checked, if they said.
    pub rationale: Option<String>,
}

/// The methodology section.
#[derive(Debug, Clone, Serialize)]
pub struct MethodologyView {
    /// The rubrics used.
    pub rubrics: Vec<RubricInfo>,
    /// Their titles as a phrase: "openness, inclusiveness and transparency".
    pub rubric_names: String,
    /// The scoring rule, one sentence a line.
    pub rules: Vec<String>,
    /// The rating bands, best first.
    pub bands: Vec<BandView>,
    /// Every source cited by the questions, once each, under the first rubric citing it.
    pub sources: Vec<SourceView>,
    /// Each critical property and enabler, with the effect questions that cover it.
    pub coverage_map: Vec<CoverageRow>,
}

/// One critical property or enabler and the questions that look at it.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageRow {
    /// Its id, as questions cite it in `covers`.
    pub id: &'static str,
    /// Its name.
    pub label: &'static str,
    /// "Critical property" or "Enabler".
    pub kind: &'static str,
    /// Full ids of the questions covering it; empty when none of the rubrics used does.
    pub questions: Vec<String>,
}

/// A rubric's identity in the methodology.
#[derive(Debug, Clone, Serialize)]
pub struct RubricInfo {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Version.
    pub version: String,
    /// Weight.
    pub weight: f64,
    /// Number of questions.
    pub questions: usize,
    /// How many of them are effect questions.
    pub effect_questions: usize,
    /// How many of them are process questions.
    pub process_questions: usize,
}

/// One rating band.
#[derive(Debug, Clone, Serialize)]
pub struct BandView {
    /// Rating label.
    pub rating: Rating,
    /// Rating key.
    pub rating_key: &'static str,
    /// How the band is reached, e.g. "score ≥ 80".
    pub rule: String,
}

/// One cited source.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// Source id.
    pub id: String,
    /// Rubric that lists it.
    pub rubric: String,
    /// Title.
    pub title: String,
    /// Link.
    pub url: Option<String>,
}

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
        let find = |full_id: &str| -> Option<(&RubricView, &QuestionView)> {
            rubric_views
                .iter()
                .find_map(|rubric| rubric.questions.iter().find(|q| q.id == full_id).map(|q| (rubric, q)))
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
                introduced: proposal.introduced.as_ref().map(ToString::to_string),
                url: non_empty(&proposal.url),
                link: non_empty(&proposal.url).filter(|url| is_web_link(url)),
                summary: non_empty(&proposal.summary),
                context: non_empty(&proposal.context),
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
                date: info.date.as_ref().map(ToString::to_string),
                status: info.status.map(|status| status.label().to_string()),
            },
            overall: overall_view,
            summary,
            recommendations,
            unanswered: scorecard.unanswered.clone(),
            open_questions,
            not_affected,
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
        description: rubric.description.trim().to_string(),
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

/// "Effect on the Internet: Serious concerns. Process: Adequate."
fn verdict(dimensions: &[DimensionView]) -> String {
    dimensions
        .iter()
        .map(|dimension| format!("{}: {}.", dimension.label, dimension.rating))
        .collect::<Vec<_>>()
        .join(" ")
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
            .and_then(|answer| non_empty(&answer.rationale)),
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

fn methodology(rubrics: &[&Rubric]) -> MethodologyView {
    let rules = methodology_rules();
    let bands = BANDS
        .iter()
        .map(|(rating, lowest)| BandView {
            rating: *rating,
            rating_key: rating.key(),
            rule: if *lowest > 0.0 {
                format!("score ≥ {lowest}")
            } else {
                "score below 40".to_string()
            },
        })
        .chain([
            BandView {
                rating: Rating::NoEffectFound,
                rating_key: Rating::NoEffectFound.key(),
                rule: "effect only: every applicable question considered and found not affected".to_string(),
            },
            BandView {
                rating: Rating::InsufficientEvidence,
                rating_key: Rating::InsufficientEvidence.key(),
                rule: format!("coverage below {}", percent(MIN_COVERAGE)),
            },
        ])
        .collect();
    let mut sources = Vec::new();
    for rubric in rubrics {
        for source in &rubric.sources {
            let cited = rubric
                .questions
                .iter()
                .any(|question| question.sources.contains(&source.id));
            // Rubrics often cite the same work: list it once, under the first rubric citing it.
            let listed = sources
                .iter()
                .any(|seen: &SourceView| seen.title == source.title && seen.url == source.url);
            if cited && !listed {
                sources.push(SourceView {
                    id: source.id.clone(),
                    rubric: rubric.id.clone(),
                    title: source.title.clone(),
                    url: source.url.clone(),
                });
            }
        }
    }
    let titles: Vec<String> = rubrics.iter().map(|rubric| rubric.title.to_lowercase()).collect();
    let rubric_names = match titles.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => titles.join(""),
    };
    MethodologyView {
        rubric_names,
        rubrics: rubrics
            .iter()
            .map(|rubric| RubricInfo {
                id: rubric.id.clone(),
                title: rubric.title.clone(),
                version: rubric.version.clone(),
                weight: rubric.weight,
                questions: rubric.questions.len(),
                effect_questions: count_in(rubric, Dimension::Effect),
                process_questions: count_in(rubric, Dimension::Process),
            })
            .collect(),
        rules,
        bands,
        sources,
        coverage_map: coverage_map(rubrics),
    }
}

fn count_in(rubric: &Rubric, dimension: Dimension) -> usize {
    rubric.questions.iter().filter(|q| q.dimension() == dimension).count()
}

/// The scoring rule, a sentence a line, as every brief's methodology states it.
pub fn methodology_rules() -> Vec<String> {
    vec![
        "Every question judges one of two dimensions: the proposal's effect on the Internet (the critical properties and enablers of the Internet Society's Internet Way of Networking) or the process that produced it (following NETmundial, the São Paulo Multistakeholder Guidelines and the OECD's stakeholder-engagement indicators).".to_string(),
        "Each answered question earns weight × level points out of weight × top level.".to_string(),
        "A score is 100 × points ÷ possible points over the questions answered with a level; with none it has no score. It is kept for each rubric, for each dimension of each rubric, and for each dimension over all rubrics, where every question counts with its weight times its rubric's weight.".to_string(),
        "An effect question answered not affected was considered and showed no effect: it counts toward coverage but not toward the score, so a measure is judged on the harms it does; it is never a strength and gets no recommendation. When every applicable effect question is not affected, the effect is rated No effect found.".to_string(),
        "Questions marked unknown or left unanswered count as applicable but unanswered; questions marked not applicable, or whose condition does not hold, are left out.".to_string(),
        format!("Coverage is the weight of questions answered or found not affected ÷ the weight of applicable questions; below {} the rating is Insufficient evidence.", percent(MIN_COVERAGE)),
        "Red flags are graded: an answer at or below a question's red-flag level caps its dimension at Weak; a red flag at the worst level of its question, or two red flags on the effect, caps it at Serious concerns.".to_string(),
        "The overall rating is the worse of the effect and the process ratings, so a good process cannot make up for a harmful effect. A process without enough evidence leaves the verdict to the effect; an effect without enough evidence leaves no verdict. A rubric's rating follows the same rule over its own questions.".to_string(),
        "The overall score is the rubric scores averaged by rubric weight, over rubrics that have a score; overall coverage averages every rubric's coverage by weight. The score is shown for reference: the rating follows the rule above.".to_string(),
        "A recommendation is given only where an answer is below the level its question marks as acceptable, and the assessor's own advice replaces the rubric's. Red flags at a question's worst level come first, then other red flags, then the rest; within each, effect before process, then the answers furthest below their top level, then by priority = weight × (top level − level) ÷ top level.".to_string(),
        "Scores are shown rounded to whole numbers, with the raw points beside them. They judge one proposal against the rubrics; they are not a ranking between countries.".to_string(),
    ]
}

/// Each critical property and enabler, with the effect questions of `rubrics` that cover it.
fn coverage_map(rubrics: &[&Rubric]) -> Vec<CoverageRow> {
    iiat::ITEMS
        .iter()
        .map(|item| CoverageRow {
            id: item.id,
            label: item.label,
            kind: item.kind.label(),
            questions: rubrics
                .iter()
                .flat_map(|rubric| {
                    rubric
                        .questions
                        .iter()
                        .filter(|q| q.dimension() == Dimension::Effect && q.covers.iter().any(|c| c == item.id))
                        .map(move |q| format!("{}.{}", rubric.id, q.id))
                })
                .collect(),
        })
        .collect()
}

fn summary_paragraph(overall: &OverallView, open: usize, not_affected: usize) -> String {
    let mut sentences = Vec::new();
    let judged = overall.score.is_some() || not_affected > 0;
    if !judged {
        sentences.push("No question has been answered yet, so the proposal has no score.".to_string());
    }
    for dimension in overall.dimensions.iter().filter(|_| judged) {
        let score = match dimension.score {
            Some(_) => format!(" (score {} of 100)", dimension.score_display),
            None => String::new(),
        };
        sentences.push(format!("{}: {}{score}.", dimension.label, dimension.rating));
    }
    if judged {
        let effect = overall.dimensions.iter().find(|d| d.id == Dimension::Effect);
        let process = overall.dimensions.iter().find(|d| d.id == Dimension::Process);
        let held_by_effect = matches!((effect, process), (Some(effect), Some(process))
            if overall.rating == effect.rating && process.rating < effect.rating && process.rating != Rating::InsufficientEvidence);
        let because = if held_by_effect {
            ", the rating of its effect on the Internet, which a better process cannot raise"
        } else {
            ""
        };
        let score = match overall.score {
            Some(_) => format!(" Across all questions it scores {} out of 100", overall.score_display),
            None => " No question was answered with a level".to_string(),
        };
        sentences.push(format!(
            "Overall, the proposal is rated {}{because}.{score}, based on {} of the applicable questions (by weight).",
            overall.rating, overall.coverage_display
        ));
    }
    // Say that red flags changed a rating only where they did: the score alone would rate higher.
    for dimension in &overall.dimensions {
        let Some(ceiling) = dimension.cap.ceiling() else {
            continue;
        };
        let (flags, cap) = match dimension.red_flags.len() {
            1 => ("One red flag".to_string(), "caps"),
            n => (format!("{n} red flags"), "cap"),
        };
        let band = dimension.score.map(Rating::from_score).filter(|band| *band < ceiling);
        let area = match dimension.id {
            Dimension::Effect => "the effect",
            Dimension::Process => "the process",
        };
        match band {
            Some(band) if dimension.rating == ceiling => sentences.push(format!(
                "{flags} on {area} {cap} its rating at {ceiling} (the score alone would rate {band})."
            )),
            _ => sentences.push(format!("{flags} on {area}.")),
        }
    }
    if overall.rating == Rating::InsufficientEvidence && overall.score.is_some() {
        sentences.push("Too few questions were answered for a firm rating.".to_string());
    }
    match not_affected {
        0 => {}
        1 => sentences.push("One effect question was considered and found not affected.".to_string()),
        n => sentences.push(format!("{n} effect questions were considered and found not affected.")),
    }
    match open {
        0 => {}
        1 => sentences.push("One question is still open.".to_string()),
        n => sentences.push(format!("{n} questions are still open.")),
    }
    sentences.join(" ")
}

fn split_question<'a>(rubrics: &[&'a Rubric], full_id: &str) -> Option<(&'a Rubric, &'a crate::model::Question)> {
    let (rubric_id, question_id) = full_id.split_once('.')?;
    let rubric = rubrics.iter().find(|rubric| rubric.id == rubric_id)?;
    Some((rubric, rubric.question(question_id)?))
}

/// A score rounded to a whole number, or an en dash when there is none.
pub fn score_display(score: Option<f64>) -> String {
    score.map_or_else(
        || "–".to_string(),
        |score| rounded(score, &BANDS.map(|(_, lowest)| lowest)),
    )
}

/// A fraction as a whole percentage.
pub fn percent(fraction: f64) -> String {
    format!("{}%", rounded(fraction * 100.0, &[MIN_COVERAGE * 100.0]))
}

/// `value` rounded half up to a whole number, unless that would carry it over one of `edges`
/// (79.6 shown as "80" beside the rating Adequate): then one decimal, rounded down ("79.6").
fn rounded(value: f64, edges: &[f64]) -> String {
    let whole = value.round();
    let crosses = edges.iter().any(|edge| whole >= *edge && value < *edge - 1e-9);
    if crosses {
        format!("{:.1}", (value * 10.0).floor() / 10.0)
    } else {
        format!("{whole:.0}")
    }
}

/// A number without trailing zeros: 4, 1.5, 0.75.
pub fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
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

    fn builtin() -> RubricSet {
        RubricSet::builtin().expect("the shipped rubrics are valid")
    }

    /// Every question of the shipped rubrics at its top level, except those given.
    fn assessment(rubrics: &RubricSet, overrides: &[(&str, Answer)]) -> Assessment {
        let mut assessment = Assessment::new("Test Act");
        for rubric in rubrics.iter() {
            for question in &rubric.questions {
                let top = question.levels.len() as i64 - 1;
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
            brief.open_questions[0].rationale.as_deref(),
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
