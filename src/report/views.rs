//! The types of the brief's view-model, as renderers and the JSON brief see them.

use serde::{Serialize, Serializer};
use time::Date;

pub use crate::consultation::{
    ConsultationView, DispositionCount, GroupParticipation, GroupRef, GroupUptake, Share, Timeliness,
    UnreasonedRejection, UptakeGap,
};
use crate::markup::UserText;
use crate::model::Dimension;
use crate::model::ids::QuestionId;
use crate::model::{FlagGrade, MechanismKind};
use crate::scoring::{FlagCap, QuestionStatus, Rating};

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
    /// Where red flags hold a rating below the band of its score, a sentence each, for under the
    /// scorecard.
    pub scorecard_notes: Vec<String>,
    /// Every recommendation, red flags first, then by priority.
    pub recommendations: Vec<RecommendationView>,
    /// Full ids of applicable questions without a level.
    pub unanswered: Vec<QuestionId>,
    /// Unknown and unanswered questions, with what was said about them.
    pub open_questions: Vec<OpenQuestionView>,
    /// Effect questions the assessor considered and found not affected.
    pub not_affected: Vec<NotAffectedView>,
    /// Effect areas left out at the screening step: judged untouched at a glance, not examined.
    pub screened_out: Vec<NotAffectedView>,
    /// How many effect areas were examined in full, found not affected or screened out.
    pub screening: ScreeningView,
    /// Whether one answer moved by one level would change the effect's rating, and which.
    pub robustness: RobustnessView,
    /// When the file was upgraded from earlier rubrics and questions the upgrade opened are still
    /// unanswered: the sentence saying so, and that the effect rating is provisional.
    pub provisional: Option<String>,
    /// How views were reflected: the indicators of the consultation ledger, when the
    /// assessment has one (the key is left out of the JSON brief when it has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consultation: Option<ConsultationView>,
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
    /// Kind id (`law`, `request`); `law` when the file does not say.
    pub kind: String,
    /// Kind label ("Request to a global body").
    pub kind_label: String,
    /// Date introduced, written `YYYY-MM-DD`.
    #[serde(serialize_with = "iso_date")]
    pub introduced: Option<Date>,
    /// Where the text is, as written.
    pub url: Option<String>,
    /// The same, when it is a web address that may be made a link (never `javascript:` and such).
    pub link: Option<String>,
    /// Markdown summary, parsed.
    pub summary: Option<UserText>,
    /// Markdown context, parsed.
    pub context: Option<UserText>,
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
    /// Date of the assessment, written `YYYY-MM-DD`.
    #[serde(serialize_with = "iso_date")]
    pub date: Option<Date>,
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
    pub red_flags: Vec<QuestionId>,
    /// Score rounded to a whole number, or "–".
    pub score_display: String,
    /// Coverage as a percentage, e.g. "90%".
    pub coverage_display: String,
    /// Effect and process over every rubric, effect first.
    pub dimensions: Vec<DimensionView>,
    /// The two verdicts in a line: "Effect on the Internet: Serious harm. Process: Adequate."
    pub verdict: String,
    /// The number page 1 shows: the effect's score, rounded, or "–" when it has none.
    pub headline_score_display: String,
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
    /// Rating label (the band: Strong, Adequate, Weak, Serious concerns ...).
    pub rating: Rating,
    /// Rating key for styling.
    pub rating_key: &'static str,
    /// The rating as this dimension names it: for the effect "Protective", "Low risk",
    /// "Harmful", "Serious harm"; for the process the same as `rating`.
    pub verdict: &'static str,
    /// The key of `verdict` (`serious-harm`).
    pub verdict_key: &'static str,
    /// When red flags hold the rating below the band of the score, in words: "capped at Harmful
    /// by a red flag (the score alone would rate Low risk)".
    pub cap_note: Option<String>,
    /// Unrounded coverage.
    pub coverage: f64,
    /// How far red flags cap the rating: `none`, `weak` or `serious-concerns`.
    pub cap: FlagCap,
    /// Full ids of red-flagged questions in it.
    pub red_flags: Vec<QuestionId>,
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
    /// Answers below their acceptable level that are neither red flags nor points to watch,
    /// effect before process.
    pub concerns: Vec<FindingRef>,
    /// What page 1 leads with: at most five concerns, severest first (red flags, then the lowest
    /// levels, effect before process).
    pub main_concerns: Vec<FindingRef>,
    /// How many more concerns the findings hold than page 1 names.
    pub more_concerns: usize,
    /// "And 3 more concerns: see the findings." when page 1 leaves some out.
    pub more_concerns_note: Option<String>,
    /// Effect answers one level below acceptable (limited, mixed or unclear) that are no red flag.
    pub points_to_watch: Vec<FindingRef>,
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
    pub question: QuestionId,
    /// Title of its rubric.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// What the question looks at, in a few words: an effect question's area, or the prompt.
    pub topic: String,
    /// What the assessors found, in their words: their `finding`, or the first sentence of their
    /// rationale; `None` when they wrote neither.
    pub finding: Option<String>,
    /// Where `finding` comes from: `finding`, `rationale` or `none`.
    pub finding_from: &'static str,
    /// The clauses the finding rests on.
    pub provisions: Vec<String>,
    /// The safeguards the assessors ticked, by label (strengths show them).
    pub safeguards: Vec<String>,
    /// The answer raises a red flag.
    pub red_flag: bool,
    /// The red flag is severe.
    pub severe: bool,
    /// The chosen level's text: the position on the scale, never printed as a finding.
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
    /// Markdown description, parsed.
    pub description: UserText,
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
    pub red_flags: Vec<QuestionId>,
    /// Rounded score or "–".
    pub score_display: String,
    /// The band of the score before any red-flag cap (`adequate`), for colouring its bar: the
    /// cap is said in words (`scorecard_notes`).
    pub band_key: &'static str,
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
    pub id: QuestionId,
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
    /// Answered at or below `red_flag_at`, or a ticked harm raises a flag.
    pub red_flag: bool,
    /// The grade of the red flag: `none`, `flag` or `severe`.
    pub flag: FlagGrade,
    /// The question.
    pub prompt: String,
    /// An effect question's area, or the prompt.
    pub topic: String,
    /// What the assessors found, in their words.
    pub finding: Option<String>,
    /// The clauses they rely on.
    pub provisions: Vec<String>,
    /// The question's mechanisms the assessors ticked, in the rubric's order.
    pub mechanisms: Vec<MechanismView>,
    /// The chosen level's text, when answered.
    pub level_text: Option<String>,
    /// "3 of 4", or the status label.
    pub level_display: String,
    /// "1.5 of 2", or "–".
    pub points_display: String,
    /// Markdown rationale.
    pub rationale: Option<UserText>,
    /// Evidence items.
    pub evidence: Vec<EvidenceView>,
    /// Sources the question rests on (ids into the methodology's sources).
    pub sources: Vec<String>,
    /// Why there is no level, for excluded questions.
    pub note: Option<String>,
}

/// One mechanism an answer ticked.
#[derive(Debug, Clone, Serialize)]
pub struct MechanismView {
    /// Its id within the question.
    pub id: String,
    /// `harm` or `safeguard`.
    pub kind: MechanismKind,
    /// What the measure does.
    pub label: String,
    /// Harms: the flag it raises as ticked (lowered where a ticked safeguard contains it).
    pub flag: FlagGrade,
}

/// Whether a single answer moved by one level would change the effect's rating.
#[derive(Debug, Clone, Serialize)]
pub struct RobustnessView {
    /// True when no single effect answer moved up or down one level changes the rating.
    pub stable: bool,
    /// Each such move.
    pub flips: Vec<FlipView>,
    /// The finding in a sentence, for page 1.
    pub sentence: String,
}

/// One answer that, moved one level, would change the effect's rating.
#[derive(Debug, Clone, Serialize)]
pub struct FlipView {
    /// Full question id.
    pub question: QuestionId,
    /// What it looks at.
    pub topic: String,
    /// The level answered.
    pub level: u32,
    /// The level one step away.
    pub to_level: u32,
    /// The effect's rating then.
    pub rating: &'static str,
    /// Its key.
    pub rating_key: &'static str,
}

/// How the effect areas were covered.
#[derive(Debug, Clone, Serialize)]
pub struct ScreeningView {
    /// Applicable effect questions.
    pub areas: usize,
    /// Answered with a level, or examined and found not affected.
    pub examined: usize,
    /// Of those, found not affected.
    pub not_affected: usize,
    /// Left out at the screening step.
    pub screened_out: usize,
    /// Not yet judged.
    pub open: usize,
    /// The counts in a sentence.
    pub sentence: String,
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
    pub question: QuestionId,
    /// `weight × (max_level − level) / max_level`.
    pub priority: f64,
    /// What to do.
    pub text: String,
    /// True when the text is the assessor's own advice rather than the rubric's.
    pub own: bool,
    /// The ticked harms the rubric's advice answers, by id (empty for the assessor's own advice
    /// and for advice that follows the level).
    pub mechanisms: Vec<String>,
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
    pub question: QuestionId,
    /// `unknown` or `unanswered`.
    pub status: QuestionStatus,
    /// Status label.
    pub status_label: &'static str,
    /// Title of the rubric.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// What the assessor said, if anything.
    pub rationale: Option<UserText>,
}

/// One effect question considered and found not affected.
#[derive(Debug, Clone, Serialize)]
pub struct NotAffectedView {
    /// Full question id.
    pub question: QuestionId,
    /// Title of the rubric.
    pub rubric_title: String,
    /// The area it looks at, in plain words.
    pub area: String,
    /// What the assessor checked, if they said.
    pub rationale: Option<UserText>,
}

/// The methodology section.
#[derive(Debug, Clone, Serialize)]
pub struct MethodologyView {
    /// The opening paragraph: the method, what is judged, and how answers were given. Written
    /// here once, so no template repeats it.
    pub intro: String,
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
    pub questions: Vec<QuestionId>,
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

/// A date as `YYYY-MM-DD`, the form every brief and the JSON brief show.
fn iso_date<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}
