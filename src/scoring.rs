//! Scoring, exactly as the methodology states it: points per answer, rubric, dimension and
//! overall scores, coverage, rating bands, graded red-flag caps, the rule that a good process
//! cannot buy a better verdict than the effect earns, and recommendation priorities. Pure: no I/O.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::i18n::Lang;
use crate::model::ids::QuestionId;
use crate::model::{AnswerStatus, Assessment, Dimension, FlagGrade, Rubric};
use crate::words::word_of;

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
    /// Effect only: every applicable effect question was considered and found not affected.
    NoEffectFound,
    /// Score ≥ 80.
    Strong,
    /// Score ≥ 60.
    Adequate,
    /// Score ≥ 40, or capped here by a red flag.
    Weak,
    /// Score below 40, or capped here by a severe red flag.
    SeriousConcerns,
    /// Coverage below 0.6: too little was answered to judge. Counts as worst.
    InsufficientEvidence,
}

impl Rating {
    /// Every rating, best first.
    pub const ALL: [Rating; 6] = [
        Rating::NoEffectFound,
        Rating::Strong,
        Rating::Adequate,
        Rating::Weak,
        Rating::SeriousConcerns,
        Rating::InsufficientEvidence,
    ];

    /// The label shown to readers, e.g. "Serious concerns".
    pub fn label(self) -> &'static str {
        match self {
            Rating::NoEffectFound => "No effect found",
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
            Rating::NoEffectFound => "no-effect-found",
            Rating::Strong => "strong",
            Rating::Adequate => "adequate",
            Rating::Weak => "weak",
            Rating::SeriousConcerns => "serious-concerns",
            Rating::InsufficientEvidence => "insufficient-evidence",
        }
    }

    /// The name of the rating of an effect, which says what it means for the Internet: a
    /// "Weak" effect must never read as "a small effect".
    pub fn effect_label(self) -> &'static str {
        match self {
            Rating::NoEffectFound => "No effect found",
            Rating::Strong => "Protective",
            Rating::Adequate => "Low risk",
            Rating::Weak => "Harmful",
            Rating::SeriousConcerns => "Serious harm",
            Rating::InsufficientEvidence => "Insufficient evidence",
        }
    }

    /// The machine key of [`Rating::effect_label`], e.g. `serious-harm`.
    pub fn effect_key(self) -> &'static str {
        match self {
            Rating::NoEffectFound => "no-effect-found",
            Rating::Strong => "protective",
            Rating::Adequate => "low-risk",
            Rating::Weak => "harmful",
            Rating::SeriousConcerns => "serious-harm",
            Rating::InsufficientEvidence => "insufficient-evidence",
        }
    }

    /// The label of this rating for a dimension: effect ratings by their own names.
    pub fn label_for(self, dimension: Dimension) -> &'static str {
        match dimension {
            Dimension::Effect => self.effect_label(),
            Dimension::Process => self.label(),
        }
    }

    /// The key of this rating for a dimension.
    pub fn key_for(self, dimension: Dimension) -> &'static str {
        match dimension {
            Dimension::Effect => self.effect_key(),
            Dimension::Process => self.key(),
        }
    }

    /// The label in `lang` ("Faible"), from the catalogue's `rating-<key>`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        word_of(lang, "rating-", self.key())
    }

    /// The effect's name for this rating in `lang` ("Préjudiciable"), from `verdict-<key>`.
    pub fn effect_label_in(self, lang: Lang) -> &'static str {
        word_of(lang, "verdict-", self.effect_key())
    }

    /// [`Rating::label_for`] in `lang`.
    pub fn label_for_in(self, dimension: Dimension, lang: Lang) -> &'static str {
        match dimension {
            Dimension::Effect => self.effect_label_in(lang),
            Dimension::Process => self.label_in(lang),
        }
    }

    /// Parses a label or key, ignoring case, spaces and hyphens (`"serious concerns"`, `weak`,
    /// or an effect's name for the same band: `harmful`, `serious harm`).
    pub fn parse(text: &str) -> Option<Rating> {
        let wanted: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        Rating::ALL
            .into_iter()
            .find(|rating| rating.key().replace('-', "") == wanted || rating.effect_key().replace('-', "") == wanted)
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

    /// The rating of one dimension (or of a whole rubric or proposal, for the first-edition
    /// view): the band of the score, or Insufficient evidence below the coverage threshold, or
    /// No effect found when everything considered was not affected; then the red-flag cap. Red
    /// flags that cap at the lowest band decide the rating whatever the coverage: no answer still
    /// open can take a flag away or rate below that band, so withholding it would only hide what
    /// was found (a severe harm to encryption with most areas not yet looked at).
    pub fn rate(score: Option<f64>, coverage: f64, nothing_affected: bool, cap: FlagCap) -> Rating {
        let rating = match score {
            _ if cap == FlagCap::SeriousConcerns => return Rating::SeriousConcerns,
            _ if !at_least(coverage, MIN_COVERAGE) => Rating::InsufficientEvidence,
            Some(score) => Rating::from_score(score),
            None if nothing_affected => Rating::NoEffectFound,
            None => Rating::InsufficientEvidence,
        };
        match cap.ceiling() {
            Some(ceiling) if rating < ceiling => ceiling,
            _ => rating,
        }
    }

    /// Whether red flags alone decide this rating, below the coverage a score needs.
    pub fn decided_by_flags(coverage: f64, cap: FlagCap) -> bool {
        cap == FlagCap::SeriousConcerns && !at_least(coverage, MIN_COVERAGE)
    }
}

/// How far red flags cap a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagCap {
    /// No red flag.
    #[default]
    None,
    /// A red flag: at most Weak.
    Weak,
    /// A red flag at the worst level of its question, or two red flags on the effect: at most
    /// Serious concerns.
    SeriousConcerns,
}

impl FlagCap {
    /// The best rating the cap allows, if it caps at all.
    pub fn ceiling(self) -> Option<Rating> {
        match self {
            FlagCap::None => None,
            FlagCap::Weak => Some(Rating::Weak),
            FlagCap::SeriousConcerns => Some(Rating::SeriousConcerns),
        }
    }

    /// The cap that red flags in `dimension` set: `flags` red flags, `severe` of them at the worst
    /// level of their question.
    pub fn of(dimension: Dimension, flags: usize, severe: usize) -> FlagCap {
        if severe > 0 || (dimension == Dimension::Effect && flags >= 2) {
            FlagCap::SeriousConcerns
        } else if flags > 0 {
            FlagCap::Weak
        } else {
            FlagCap::None
        }
    }
}

/// The verdict over both dimensions: never better than the effect's. The process counts when it
/// has enough evidence to be judged; an effect without enough evidence leaves no verdict.
/// `None` is a dimension the rubrics do not ask about.
pub fn combine(effect: Option<Rating>, process: Option<Rating>) -> Rating {
    if effect == Some(Rating::InsufficientEvidence) {
        return Rating::InsufficientEvidence;
    }
    let judged = process.filter(|rating| *rating != Rating::InsufficientEvidence);
    match (effect, judged) {
        (Some(effect), Some(process)) => effect.max(process),
        (Some(only), None) | (None, Some(only)) => only,
        (None, None) => Rating::InsufficientEvidence,
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
    /// Effect questions: considered, and no effect found. Counts toward coverage, not the score.
    NotAffected,
    /// Effect questions: left out at the screening step, judged untouched at a glance. Counts
    /// like not affected.
    ScreenedOut,
}

impl QuestionStatus {
    /// Label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            QuestionStatus::Answered => "Answered",
            QuestionStatus::Unknown => "Unknown",
            QuestionStatus::Unanswered => "Not answered",
            QuestionStatus::NotApplicable => "Not applicable",
            QuestionStatus::NotAffected => "Not affected",
            QuestionStatus::ScreenedOut => "Screened out",
        }
    }

    /// The id of the status in JSON (`not-affected`).
    pub fn key(self) -> &'static str {
        match self {
            QuestionStatus::Answered => "answered",
            QuestionStatus::Unknown => "unknown",
            QuestionStatus::Unanswered => "unanswered",
            QuestionStatus::NotApplicable => "not-applicable",
            QuestionStatus::NotAffected => "not-affected",
            QuestionStatus::ScreenedOut => "screened-out",
        }
    }

    /// The label in `lang` ("Non concerné"), from the catalogue's `status-<key>`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        word_of(lang, "status-", self.key())
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
    pub id: QuestionId,
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
    /// Process or effect.
    pub dimension: Dimension,
    /// The level from which no recommendation is due.
    pub acceptable_at: u32,
    /// Answered at or below the question's `red_flag_at`, or a ticked harm raises a flag.
    pub red_flag: bool,
    /// A severe red flag: a severe harm not contained, or (second-edition rubrics) level 0.
    pub severe: bool,
    /// The red flag of the answer, and of the same answer at every other level (for robustness).
    #[serde(skip)]
    pub flag_by_level: Vec<FlagGrade>,
    /// Excluded because its `applies_if` condition failed (rather than marked not applicable).
    pub excluded_by_condition: bool,
    /// It bears on the accountability of the measure's powers alone
    /// ([`crate::model::Question::bears_on_accountability_only`]).
    #[serde(skip)]
    pub accountability_only: bool,
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
    pub red_flags: Vec<QuestionId>,
    /// The rubric's effect and process questions, each scored on its own (only those it has).
    pub dimensions: Vec<DimensionScore>,
    /// Every question, in rubric order.
    pub questions: Vec<QuestionScore>,
}

/// The score of the effect or the process questions, of one rubric or of the whole proposal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// `effect` or `process`.
    pub id: Dimension,
    /// `100 × Σ points / Σ possible` over answered questions; `None` when none was answered.
    pub score: Option<f64>,
    /// The band, the coverage rule and the red-flag cap.
    pub rating: Rating,
    /// `Σ weight(answered or not affected) / Σ weight(applicable)`.
    pub coverage: f64,
    /// How far red flags cap the rating.
    pub cap: FlagCap,
    /// Full ids of red-flagged questions in this dimension.
    pub red_flags: Vec<QuestionId>,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallScore {
    /// Rubric scores averaged by rubric weight, over rubrics with a score.
    pub score: Option<f64>,
    /// The worse of the effect and process ratings ([`combine`]); where the process as a whole
    /// has too little evidence, of the effect and the process where it is rated
    /// ([`OverallScore::process_in_part`]).
    pub rating: Rating,
    /// Effect and process over every rubric: the questions of each dimension pooled, weighted by
    /// question weight × rubric weight.
    pub dimensions: Vec<DimensionScore>,
    /// Where the process as a whole has too little evidence to be rated but some rubrics' process
    /// has enough: the worst of those ratings, and the rubrics that have it.
    pub process_in_part: Option<ProcessInPart>,
    /// Rubric coverages averaged by rubric weight, over all rubrics.
    pub coverage: f64,
    /// Every red-flagged question, in rubric order.
    pub red_flags: Vec<QuestionId>,
}

/// The process rated in part: the worst process rating among the rubrics whose process has
/// enough evidence, where the process over every rubric has not. A rubric's rating already counts
/// it; the verdict over them all does too, rather than leaving how the measure was made out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcessInPart {
    /// The worst of those ratings.
    pub rating: Rating,
    /// The ids of the rubrics whose process is rated so.
    pub rubrics: Vec<String>,
}

impl ProcessInPart {
    /// The process rated in part over `rubrics`, where the pooled process (`pooled`) has too
    /// little evidence; `None` where it has enough, or where no rubric's process is rated.
    fn of(pooled: Option<Rating>, rubrics: &[RubricScore]) -> Option<ProcessInPart> {
        if pooled != Some(Rating::InsufficientEvidence) {
            return None;
        }
        let rated: Vec<(&str, Rating)> = rubrics
            .iter()
            .filter_map(|rubric| Some((rubric.id.as_str(), rating_of(&rubric.dimensions, Dimension::Process)?)))
            .filter(|(_, rating)| *rating != Rating::InsufficientEvidence)
            .collect();
        let worst = rated.iter().map(|(_, rating)| *rating).max()?;
        Some(ProcessInPart {
            rating: worst,
            rubrics: rated
                .iter()
                .filter(|(_, rating)| *rating == worst)
                .map(|(id, _)| (*id).to_string())
                .collect(),
        })
    }
}

/// What places an answer in the order of concern that the advice and page 1 both follow.
#[derive(Debug, Clone, Copy)]
pub struct Concern {
    /// A severe red flag.
    pub severe: bool,
    /// Any red flag.
    pub red_flag: bool,
    /// Effect before process.
    pub dimension: Dimension,
    /// It bears on the accountability of the measure's powers alone.
    pub accountability_only: bool,
    /// How far below its top the answer is: `(max_level − level) / max_level`.
    pub depth: f64,
}

/// The order of concern, severest first: severe red flags, other red flags, the rest; within
/// each, effect before process (the effect sets the verdict); among red flags, each a clear harm,
/// what the measure does to the network before the accountability of its powers alone; then the
/// deeper answer, the network's first at equal depth. Callers break the remaining ties by weight.
pub fn concern_order(a: &Concern, b: &Concern) -> std::cmp::Ordering {
    (b.severe, b.red_flag)
        .cmp(&(a.severe, a.red_flag))
        .then(a.dimension.cmp(&b.dimension))
        .then((a.red_flag && a.accountability_only).cmp(&(b.red_flag && b.accountability_only)))
        .then(b.depth.total_cmp(&a.depth))
        .then(a.accountability_only.cmp(&b.accountability_only))
}

/// One prioritised recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// Full id of the question.
    pub question: QuestionId,
    /// `weight × (max_level − level) / max_level`.
    pub priority: f64,
    /// The question's answer is a red flag (these come first).
    pub red_flag: bool,
    /// The red flag is at the question's worst level.
    pub severe: bool,
    /// How far below its top the answer is, whatever the question's weight:
    /// `(max_level − level) / max_level`.
    pub severity: f64,
    /// Effect before process at equal severity.
    pub dimension: Dimension,
    /// What the measure does to the network before the accountability of its powers alone: among
    /// red flags, and otherwise at equal depth.
    #[serde(skip)]
    pub accountability_only: bool,
    /// The level answered.
    pub level: u32,
}

impl Recommendation {
    /// Where it stands in the order of concern.
    fn concern(&self) -> Concern {
        Concern {
            severe: self.severe,
            red_flag: self.red_flag,
            dimension: self.dimension,
            accountability_only: self.accountability_only,
            depth: self.severity,
        }
    }
}

/// The full result of scoring one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// The overall result.
    pub overall: OverallScore,
    /// One entry per rubric, in the assessment's order.
    pub rubrics: Vec<RubricScore>,
    /// Recommendations for every answer below its acceptable level: severe red flags, other red
    /// flags, then the rest; within each effect before process, then the answers furthest below
    /// their top first, then by priority.
    pub recommendations: Vec<Recommendation>,
    /// Full ids of applicable questions without a level (unknown or unanswered).
    pub unanswered: Vec<QuestionId>,
    /// Every single effect answer moved one level up or down that would change the effect's
    /// rating.
    pub robustness: Vec<Flip>,
}

/// One answer that, moved by one level, would change the effect's rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flip {
    /// Full id of the question.
    pub question: QuestionId,
    /// The level answered.
    pub level: u32,
    /// The level one step away.
    pub to_level: u32,
    /// The effect's rating were the answer at `to_level`.
    pub rating: Rating,
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
    let red_flags: Vec<QuestionId> = rubric_scores
        .iter()
        .flat_map(|rubric| rubric.red_flags.iter().cloned())
        .collect();
    let dimensions: Vec<DimensionScore> = Dimension::ALL
        .into_iter()
        .filter_map(|dimension| overall_dimension(dimension, &rubric_scores))
        .collect();
    let process = rating_of(&dimensions, Dimension::Process);
    let process_in_part = ProcessInPart::of(process, &rubric_scores);
    let overall = OverallScore {
        score: overall_score,
        rating: combine(
            rating_of(&dimensions, Dimension::Effect),
            process_in_part.as_ref().map_or(process, |in_part| Some(in_part.rating)),
        ),
        dimensions,
        process_in_part,
        coverage: overall_coverage,
        red_flags,
    };

    let mut recommendations: Vec<Recommendation> = rubric_scores
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .filter_map(|question| {
            let level = question.level?;
            (level < question.acceptable_at || question.red_flag).then(|| Recommendation {
                question: question.id.clone(),
                priority: question.weight * f64::from(question.max_level - level) / f64::from(question.max_level),
                red_flag: question.red_flag,
                severe: question.severe,
                severity: f64::from(question.max_level - level) / f64::from(question.max_level),
                dimension: question.dimension,
                accountability_only: question.accountability_only,
                level,
            })
        })
        .collect();
    // Stable sort: equal keys keep rubric order, so the output never depends on hashing.
    recommendations.sort_by(|a, b| concern_order(&a.concern(), &b.concern()).then(b.priority.total_cmp(&a.priority)));

    let unanswered = rubric_scores
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .filter(|question| question.status.is_open())
        .map(|question| question.id.clone())
        .collect();

    let robustness = flips(&rubric_scores, rating_of(&overall.dimensions, Dimension::Effect));
    Scorecard {
        overall,
        rubrics: rubric_scores,
        recommendations,
        unanswered,
        robustness,
    }
}

/// Tries every effect answer with a level one level lower and one higher (mechanisms as ticked)
/// and keeps each try that changes the effect's rating from `current` to another rating. Only the effect's own
/// numbers are recomputed: a moved level changes its points and perhaps its red flag, never
/// coverage, so each try is one pass over the effect questions.
fn flips(rubrics: &[RubricScore], current: Option<Rating>) -> Vec<Flip> {
    let Some(current) = current else {
        return Vec::new();
    };
    let weighted = weighted_questions(Dimension::Effect, rubrics);
    let mut found = Vec::new();
    for (index, question) in weighted.iter().enumerate() {
        let Some(level) = question.level else {
            continue;
        };
        let tries = [level.checked_sub(1), (level < question.max_level).then_some(level + 1)];
        for to_level in tries.into_iter().flatten() {
            // The one moved answer stands in for its question; the others are read in place.
            let mut target = question.clone();
            let flag = target.flag_by_level.get(to_level as usize).copied().unwrap_or_default();
            target.points = Some(target.weight * f64::from(to_level));
            target.level = Some(to_level);
            target.red_flag = flag != FlagGrade::None;
            target.severe = flag == FlagGrade::Severe;
            let moved = weighted
                .iter()
                .enumerate()
                .map(|(at, other)| if at == index { &target } else { other });
            let rating = dimension_score(Dimension::Effect, tally(moved)).rating;
            // A move that takes away the flags deciding a rating below the coverage a score
            // needs leaves no rating, not another one: it is no flip.
            if rating != current && rating != Rating::InsufficientEvidence {
                found.push(Flip {
                    question: question.id.clone(),
                    level,
                    to_level,
                    rating,
                });
            }
        }
    }
    found
}

/// The rating of `dimension` among `dimensions`, if it is there.
pub fn rating_of(dimensions: &[DimensionScore], dimension: Dimension) -> Option<Rating> {
    dimensions
        .iter()
        .find(|found| found.id == dimension)
        .map(|found| found.rating)
}

fn score_rubric(rubric: &Rubric, all: &[&Rubric], assessment: &Assessment) -> RubricScore {
    let chain_limit = chain_limit(all);
    let questions: Vec<QuestionScore> = rubric
        .questions
        .iter()
        .map(|question| {
            let max_level = question.max_level();
            let answer = assessment.answer(&rubric.id, &question.id);
            let level = answer
                .and_then(|answer| answer.level)
                .and_then(|level| u32::try_from(level).ok())
                .filter(|level| *level <= max_level);
            // While the answer a question depends on is open, the question is asked only if it
            // was answered already: changing that answer to "not sure yet" drops no answer given.
            let answered_at_all = answer.is_some_and(|answer| answer.level.is_some() || answer.status.is_some());
            let applies = question.applies_if.as_ref().is_none_or(|condition| {
                match gate(&condition.question, condition.min_level, all, assessment, chain_limit) {
                    Gate::Holds => true,
                    Gate::Fails => false,
                    Gate::Open => answered_at_all,
                }
            });
            let status_is = |status: AnswerStatus| answer.is_some_and(|answer| answer.status == Some(status));
            let dimension = question.dimension();
            let status = if !applies || status_is(AnswerStatus::NotApplicable) {
                QuestionStatus::NotApplicable
            } else if level.is_some() {
                QuestionStatus::Answered
            } else if status_is(AnswerStatus::NotAffected) && dimension == Dimension::Effect {
                QuestionStatus::NotAffected
            } else if status_is(AnswerStatus::ScreenedOut) && dimension == Dimension::Effect {
                QuestionStatus::ScreenedOut
            } else if status_is(AnswerStatus::Unknown) {
                QuestionStatus::Unknown
            } else {
                QuestionStatus::Unanswered
            };
            let answered = status == QuestionStatus::Answered;
            let level = level.filter(|_| answered);
            let ticked = answer.map_or(&[][..], |answer| answer.mechanisms.as_slice());
            let flag_by_level: Vec<FlagGrade> = (0..=max_level)
                .map(|at| question.flag_grade(at, ticked, rubric.schema_version))
                .collect();
            let flag = level
                .and_then(|level| flag_by_level.get(level as usize).copied())
                .unwrap_or_default();
            QuestionScore {
                id: QuestionId::new(&rubric.id, &question.id),
                status,
                level,
                max_level,
                points: level.map(|level| question.weight * f64::from(level)),
                possible: question.weight * f64::from(max_level),
                weight: question.weight,
                dimension,
                acceptable_at: question.acceptable_level(),
                red_flag: flag != FlagGrade::None,
                severe: flag == FlagGrade::Severe,
                flag_by_level,
                excluded_by_condition: !applies,
                accountability_only: question.bears_on_accountability_only(),
            }
        })
        .collect();

    let whole = tally(questions.iter());
    let dimensions: Vec<DimensionScore> = Dimension::ALL
        .into_iter()
        // A dimension none of whose questions applies is not judged at all (a private network's
        // action was made through no process to assess): it is left out, not rated Insufficient
        // evidence.
        .filter(|dimension| {
            questions
                .iter()
                .any(|q| q.dimension == *dimension && q.status != QuestionStatus::NotApplicable)
        })
        .map(|dimension| dimension_score(dimension, tally(questions.iter().filter(|q| q.dimension == dimension))))
        .collect();
    let red_flags: Vec<QuestionId> = questions.iter().filter(|q| q.red_flag).map(|q| q.id.clone()).collect();

    RubricScore {
        id: rubric.id.clone(),
        score: whole.score(),
        rating: combine(
            rating_of(&dimensions, Dimension::Effect),
            rating_of(&dimensions, Dimension::Process),
        ),
        coverage: whole.coverage(),
        points: whole.points,
        possible: whole.possible,
        weight: rubric.weight,
        red_flags,
        dimensions,
        questions,
    }
}

/// Sums over a set of questions: the raw material of a score and a coverage.
struct Tally {
    points: f64,
    possible: f64,
    answered: usize,
    considered_weight: f64,
    applicable_weight: f64,
    not_affected: usize,
    /// Applicable questions marked unknown or not answered.
    open: usize,
    red_flags: Vec<QuestionId>,
    severe: usize,
}

impl Tally {
    fn score(&self) -> Option<f64> {
        (self.answered > 0 && self.possible > 0.0).then(|| 100.0 * self.points / self.possible)
    }

    fn coverage(&self) -> f64 {
        if self.applicable_weight > 0.0 {
            self.considered_weight / self.applicable_weight
        } else {
            0.0
        }
    }

    /// Every applicable question was considered (or screened out) and none is affected.
    fn nothing_affected(&self) -> bool {
        self.answered == 0 && self.open == 0 && self.not_affected > 0
    }
}

fn tally<'a>(questions: impl Iterator<Item = &'a QuestionScore>) -> Tally {
    let mut tally = Tally {
        points: 0.0,
        possible: 0.0,
        answered: 0,
        considered_weight: 0.0,
        applicable_weight: 0.0,
        not_affected: 0,
        open: 0,
        red_flags: Vec::new(),
        severe: 0,
    };
    for question in questions {
        match question.status {
            QuestionStatus::NotApplicable => continue,
            QuestionStatus::Answered => {
                tally.answered += 1;
                tally.points += question.points.unwrap_or(0.0);
                tally.possible += question.possible;
                tally.considered_weight += question.weight;
            }
            QuestionStatus::NotAffected | QuestionStatus::ScreenedOut => {
                tally.not_affected += 1;
                tally.considered_weight += question.weight;
            }
            QuestionStatus::Unknown | QuestionStatus::Unanswered => tally.open += 1,
        }
        tally.applicable_weight += question.weight;
        if question.red_flag {
            tally.red_flags.push(question.id.clone());
            tally.severe += usize::from(question.severe);
        }
    }
    tally
}

fn dimension_score(dimension: Dimension, tally: Tally) -> DimensionScore {
    let (score, coverage) = (tally.score(), tally.coverage());
    let cap = FlagCap::of(dimension, tally.red_flags.len(), tally.severe);
    DimensionScore {
        id: dimension,
        score,
        rating: Rating::rate(score, coverage, tally.nothing_affected(), cap),
        coverage,
        cap,
        red_flags: tally.red_flags,
    }
}

/// One dimension over every rubric that asks about it: its questions pooled, each weighted by
/// its own weight times its rubric's weight, so a dimension does not depend on how its questions
/// happen to be spread across rubrics.
fn overall_dimension(dimension: Dimension, rubrics: &[RubricScore]) -> Option<DimensionScore> {
    let weighted = weighted_questions(dimension, rubrics);
    if weighted.iter().all(|q| q.status == QuestionStatus::NotApplicable) {
        return None;
    }
    Some(dimension_score(dimension, tally(weighted.iter())))
}

/// The questions of `dimension` over every rubric, each weighted by its rubric's weight.
fn weighted_questions(dimension: Dimension, rubrics: &[RubricScore]) -> Vec<QuestionScore> {
    rubrics
        .iter()
        .flat_map(|rubric| {
            rubric
                .questions
                .iter()
                .filter(|q| q.dimension == dimension)
                .map(move |q| QuestionScore {
                    points: q.points.map(|points| points * rubric.weight),
                    possible: q.possible * rubric.weight,
                    weight: q.weight * rubric.weight,
                    ..q.clone()
                })
        })
        .collect()
}

/// What an `applies_if` condition says of its question, from the answer it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// Answered at the level asked for or above: the question applies.
    Holds,
    /// Answered below it, found not applicable (not affected, screened out), or ruled out in its
    /// turn: the question does not apply.
    Fails,
    /// Not answered yet, or "not sure yet": whether the question applies is not known either.
    Open,
}

/// Whether the answer `condition` names is still open (not given, or "not sure yet", or that of
/// a question itself waiting on an open answer), so that whether its question applies is not
/// known yet: the wizard says so where it skips the question.
pub fn condition_open(condition: &crate::model::AppliesIf, rubrics: &[&Rubric], assessment: &Assessment) -> bool {
    gate(
        &condition.question,
        condition.min_level,
        rubrics,
        assessment,
        chain_limit(rubrics),
    ) == Gate::Open
}

/// How far [`gate`] follows a chain of conditions: no acyclic chain is longer than the number of
/// questions.
fn chain_limit(rubrics: &[&Rubric]) -> usize {
    rubrics.iter().map(|rubric| rubric.questions.len()).sum()
}

/// Reads an `applies_if` condition against the assessment. `steps` bounds how far a chain is
/// followed: cycles are refused when rubrics load, so this only keeps a hand-built cycle from
/// hanging, and no acyclic chain is longer than the number of questions, which is what callers
/// pass.
fn gate(full_id: &QuestionId, min_level: u32, rubrics: &[&Rubric], assessment: &Assessment, steps: usize) -> Gate {
    let (rubric_id, question_id) = (full_id.rubric(), full_id.question());
    let Some(rubric) = rubrics.iter().find(|rubric| rubric.id == rubric_id) else {
        return Gate::Fails;
    };
    let Some(question) = rubric.question(question_id) else {
        return Gate::Fails;
    };
    if steps == 0 {
        return Gate::Fails;
    }
    let own = question.applies_if.as_ref().map_or(Gate::Holds, |condition| {
        gate(&condition.question, condition.min_level, rubrics, assessment, steps - 1)
    });
    let this = match assessment.answer(rubric_id, question_id) {
        None => Gate::Open,
        Some(answer) => match (answer.status, answer.level) {
            (Some(AnswerStatus::Unknown), _) => Gate::Open,
            (Some(_), _) => Gate::Fails,
            (None, None) => Gate::Open,
            (None, Some(level)) => {
                let reached = level >= i64::from(min_level)
                    && usize::try_from(level).is_ok_and(|level| level < question.levels.len());
                if reached { Gate::Holds } else { Gate::Fails }
            }
        },
    };
    match (own, this) {
        (Gate::Fails, _) | (_, Gate::Fails) => Gate::Fails,
        (Gate::Open, _) | (_, Gate::Open) => Gate::Open,
        (Gate::Holds, Gate::Holds) => Gate::Holds,
    }
}

fn weighted_mean(values: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = values.fold((0.0, 0.0), |(sum, weights), (value, weight)| {
        (sum + value * weight, weights + weight)
    });
    (weights > 0.0).then(|| sum / weights)
}

#[cfg(test)]
mod tests;
