//! Rubrics: the questions, level texts, weights and sources one assessment area is judged by, read
//! from TOML and checked for mistakes a rubric author can make.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{QuestionId, is_valid_id, nearest};
use super::iiat;
use super::toml_file::TomlFile;
use crate::diagnostic::Diagnostic;
use crate::say;

/// The rubric format this version writes and documents (third edition: effect questions list the
/// mechanisms a measure can use, and advice comes from those the assessors found).
pub const RUBRIC_SCHEMA_VERSION: u32 = 3;

/// Every rubric format this version reads. A first-edition rubric has no dimensions: its
/// questions all count as process questions. A second-edition rubric has no mechanisms: its
/// advice follows the level, and a red flag at level 0 is severe.
pub const RUBRIC_SCHEMA_VERSIONS: std::ops::RangeInclusive<u32> = 1..=RUBRIC_SCHEMA_VERSION;

/// The largest weight a rubric or question may have: weights are relative, and bounding them
/// keeps every sum of points finite.
pub const MAX_WEIGHT: f64 = 1000.0;

/// Fewest and most levels a question may have (index = level, 0 = worst).
pub const LEVEL_COUNT: std::ops::RangeInclusive<usize> = 3..=6;

/// One assessment area (openness, inclusiveness, transparency, or a user's own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Format version: 2, whose questions each judge a dimension. A rubric with 1 still reads:
    /// its questions all count as process questions.
    // Accepted: RUBRIC_SCHEMA_VERSIONS.
    pub schema_version: u32,
    /// Unique id, `[a-z0-9-]+`; question ids are prefixed with it.
    pub id: String,
    /// Title shown in briefs.
    pub title: String,
    /// The rubric's own version, printed in every brief's methodology.
    pub version: String,
    /// Weight of this rubric in the overall score.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Markdown: what the rubric measures and why it matters.
    #[serde(default)]
    pub description: String,
    /// Documents the questions cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The questions, in the order they are asked and reported.
    pub questions: Vec<Question>,
}

/// A document cited by questions and listed in the brief's methodology.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Id the questions cite.
    pub id: String,
    /// Full title of the document.
    pub title: String,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One question of a rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Id unique within the rubric; the full id is `<rubric>.<question>`.
    pub id: String,
    /// What the question judges: how the proposal was made, or what it does to the Internet.
    /// Required from schema version 2; first-edition questions count as process questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<Dimension>,
    /// The critical properties and enablers (effect questions) or multistakeholder principles
    /// (process questions) the question covers, by id.
    // The ids: iiat::known_tags().
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covers: Vec<String>,
    /// A plain-language name of the area an effect question looks at, offered in the wizard's
    /// screening step ("Which of these does the proposal touch?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// The question as asked.
    pub prompt: String,
    /// Guidance shown in the wizard and the fill-in file.
    #[serde(default)]
    pub help: String,
    /// Weight of the question within its rubric.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Level texts, worst first; the level is the index. 3 to 6 levels, in general terms.
    // Bounds: LEVEL_COUNT.
    pub levels: Vec<String>,
    /// Answering at or below this level is a red flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub red_flag_at: Option<u32>,
    /// Answers at or above this level need no recommendation; the top level when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptable_at: Option<u32>,
    /// What the drafters should do when the answer is below `acceptable_at`. Required but for
    /// effect questions with mechanisms, whose advice comes from the mechanisms found.
    #[serde(default)]
    pub recommendation: String,
    /// Advice that fits one level better than the general recommendation, by level; an empty
    /// entry (or none) falls back to `recommendation`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_recommendations: Vec<String>,
    /// Ids of the rubric's sources this question rests on.
    #[serde(default)]
    pub sources: Vec<String>,
    /// The question is asked only when another question reached a level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<AppliesIf>,
    /// Effect questions: what a measure can do that this question judges, harms and safeguards,
    /// each with its own advice. An answer ticks those the proposal has.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mechanisms: Vec<Mechanism>,
    /// The rubric edition that added the question; an assessment of an earlier edition has no
    /// answer to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<u32>,
    /// The rubric edition that widened what the question asks, so that an answer given under an
    /// earlier edition needs a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub widened_in: Option<u32>,
    /// Full ids of earlier-edition questions this one renames or splits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<QuestionId>,
    /// How an earlier edition's answer maps onto this question, by old level: the question it
    /// replaces (when it replaces exactly one) or this question's own earlier ladder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_map: Option<Vec<MappedLevel>>,
}

/// What a question judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// What the proposal does to the Internet's critical properties and enablers.
    Effect,
    /// How the proposal was made: open, inclusive, transparent.
    Process,
}

impl Dimension {
    /// Both dimensions, effect first: a brief leads with what a measure does.
    pub const ALL: [Dimension; 2] = [Dimension::Effect, Dimension::Process];

    /// The id written in files and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Effect => "effect",
            Dimension::Process => "process",
        }
    }

    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Effect => "Effect on the Internet",
            Dimension::Process => "Process",
        }
    }

    /// The label in `lang`, from the catalogue's `dimension-<id>`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        crate::words::word_of(lang, "dimension-", self.id())
    }

    /// The one word in `lang` beside a question's id, in `rubric show` and a fill-in file's
    /// headings ("effet", "processus").
    pub fn word_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            Dimension::Effect => crate::i18n::tr(lang, "ui-rubric-dimension-effect"),
            Dimension::Process => crate::i18n::tr(lang, "ui-rubric-dimension-process"),
        }
    }
}

/// One thing a measure can do that an effect question judges: a harm (with the advice that
/// removes or contains it) or a safeguard (which contains a harm, and is a strength).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    /// Id unique within the question, `[a-z0-9-]+`; answers tick it by this id.
    pub id: String,
    /// A harm or a safeguard.
    pub kind: MechanismKind,
    /// What the measure does, in plain words, starting with a verb ("Makes providers keep ...").
    pub label: String,
    /// Harms only: the red flag it raises on its own.
    #[serde(default, skip_serializing_if = "FlagGrade::is_none")]
    pub flag: FlagGrade,
    /// Harms only: safeguards of the same question that contain it; when one is ticked, the
    /// harm's flag drops one grade and its advice is not given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contained_by: Vec<String>,
    /// Harms only: what to change so that the harm goes or is contained. `{measure}` names the
    /// kind of measure ("the law", "the request"), `{withdraw}` the step that ends it, by its
    /// stage ("repeal the decree", "do not adopt the law"), `{timing}` when a check is to be made
    /// ("before the measure applies", or "now and at each review" once adopted), `{later}` the stages
    /// still to come, by its kind ("the implementation, review and any later amendment of the
    /// measure", "the further work of the body that decides on the request").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<String>,
    /// Ids of the rubric's sources it rests on.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Mechanism {
    /// True when one of the safeguards that contain this harm is among `ticked`.
    pub fn is_contained(&self, ticked: &[String]) -> bool {
        self.contained_by.iter().any(|safeguard| ticked.contains(safeguard))
    }

    /// The flag it raises when the answer ticks `ticked`: its own, one grade lower when
    /// contained.
    pub fn flag_given(&self, ticked: &[String]) -> FlagGrade {
        if self.is_contained(ticked) {
            self.flag.lowered()
        } else {
            self.flag
        }
    }
}

/// A harm or a safeguard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MechanismKind {
    /// Something the measure does that harms the property the question judges.
    Harm,
    /// Something the measure does that contains a harm or protects the property.
    Safeguard,
}

impl MechanismKind {
    /// The id written in files and JSON: `harm` or `safeguard`.
    pub fn id(self) -> &'static str {
        match self {
            MechanismKind::Harm => "harm",
            MechanismKind::Safeguard => "safeguard",
        }
    }

    /// The kind in `lang`, as a sentence names it ("atteinte"), from `mechanism-<id>`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        crate::words::word_of(lang, "mechanism-", self.id())
    }
}

/// How grave a red flag is: a flag caps the effect at its second-worst band, a severe flag at
/// its worst.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FlagGrade {
    /// No red flag.
    #[default]
    None,
    /// A red flag.
    Flag,
    /// A severe red flag.
    Severe,
}

impl FlagGrade {
    /// True for no flag (serde's skip test).
    pub fn is_none(&self) -> bool {
        *self == FlagGrade::None
    }

    /// One grade lower: what a containing safeguard leaves of a harm's flag.
    pub fn lowered(self) -> FlagGrade {
        match self {
            FlagGrade::Severe => FlagGrade::Flag,
            FlagGrade::Flag | FlagGrade::None => FlagGrade::None,
        }
    }
}

/// Where one earlier-edition level lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum MappedLevel {
    /// The same finding at this level.
    Level(u32),
    /// The earlier level meant "no effect found": the answer becomes `not-affected`.
    Status(NotAffected),
}

impl<'de> Deserialize<'de> for MappedLevel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = MappedLevel;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&say!("rubric-level-expected"))
            }

            fn visit_i64<E: serde::de::Error>(self, level: i64) -> Result<MappedLevel, E> {
                u32::try_from(level)
                    .map(MappedLevel::Level)
                    .map_err(|_| E::custom(say!("rubric-level-negative", level = level.to_string())))
            }

            fn visit_u64<E: serde::de::Error>(self, level: u64) -> Result<MappedLevel, E> {
                u32::try_from(level)
                    .map(MappedLevel::Level)
                    .map_err(|_| E::custom(say!("rubric-level-too-large", level = level.to_string())))
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<MappedLevel, E> {
                match text {
                    "not-affected" => Ok(MappedLevel::Status(NotAffected::NotAffected)),
                    other => Err(E::custom(say!("rubric-level-not-a-level", text = other))),
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The only status a level may map to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum NotAffected {
    /// `"not-affected"`.
    #[serde(rename = "not-affected")]
    NotAffected,
}

/// Condition on another question's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppliesIf {
    /// Full id (`rubric.question`) of the question this one depends on.
    pub question: QuestionId,
    /// The other question must be answered at this level or higher.
    pub min_level: u32,
}

fn default_weight() -> f64 {
    1.0
}

impl Question {
    /// The top level (levels run from 0 to this).
    pub fn max_level(&self) -> u32 {
        u32::try_from(self.levels.len().saturating_sub(1)).unwrap_or(u32::MAX)
    }

    /// What the question judges; first-edition questions count as process questions.
    pub fn dimension(&self) -> Dimension {
        self.dimension.unwrap_or(Dimension::Process)
    }

    /// Whether the question bears on the accountability of the measure's powers alone (who
    /// decides, whether orders are visible, whether the text is clear), not on how the network
    /// works: the Internet Society's briefs lead with what a measure does to the network, so among
    /// red flags, and otherwise at equal depth, such a question's concern and advice come after
    /// the others.
    pub fn bears_on_accountability_only(&self) -> bool {
        self.covers.iter().all(|id| id == "accountability") && !self.covers.is_empty()
    }

    /// The level from which an answer needs no recommendation.
    pub fn acceptable_level(&self) -> u32 {
        self.acceptable_at.unwrap_or(self.max_level()).min(self.max_level())
    }

    /// The rubric's advice for an answer at `level`: the level's own, or the general one.
    pub fn recommendation_for(&self, level: u32) -> &str {
        self.level_recommendations
            .get(level as usize)
            .map(|text| text.trim())
            .filter(|text| !text.is_empty())
            .unwrap_or_else(|| self.recommendation.trim())
    }

    /// The mechanism with id `id`.
    pub fn mechanism(&self, id: &str) -> Option<&Mechanism> {
        self.mechanisms.iter().find(|mechanism| mechanism.id == id)
    }

    /// Whether a brief gives `answer` no advice at all: an effect answer below the acceptable
    /// level that ticks no harm (the advice on an effect comes from the harms ticked), writes no
    /// advice of its own and names no question in `advice_under`. `check` warns of it; the
    /// wizard asks where its advice should come from.
    pub fn leaves_without_advice(&self, answer: &super::Answer) -> bool {
        let below = answer
            .level
            .is_some_and(|level| level < i64::from(self.acceptable_level()));
        let harm = answer
            .mechanisms
            .iter()
            .filter_map(|id| self.mechanism(id))
            .any(|mechanism| mechanism.kind == MechanismKind::Harm);
        let own = answer
            .recommendation
            .as_deref()
            .is_some_and(|text| !text.trim().is_empty());
        below && !self.mechanisms.is_empty() && !harm && !own && answer.advice_under.is_empty()
    }

    /// Whether `answer` raises a red flag of any grade, in a rubric of `edition`: an answer the
    /// wizard and `serve` never save without a reason.
    pub fn flags(&self, answer: &super::Answer, edition: u32) -> bool {
        answer
            .level
            .and_then(|level| u32::try_from(level).ok())
            .is_some_and(|level| self.flag_grade(level, &answer.mechanisms, edition) != FlagGrade::None)
    }

    /// The red flag of an answer at `level` ticking `ticked`: the level's (a flag at or below
    /// `red_flag_at`; in a second-edition rubric, severe at level 0) and each ticked harm's,
    /// lowered one grade where a ticked safeguard contains it; the gravest of them.
    pub fn flag_grade(&self, level: u32, ticked: &[String], edition: u32) -> FlagGrade {
        let by_level = match self.red_flag_at {
            Some(at) if level <= at && edition < 3 && level == 0 => FlagGrade::Severe,
            Some(at) if level <= at => FlagGrade::Flag,
            _ => FlagGrade::None,
        };
        ticked
            .iter()
            .filter_map(|id| self.mechanism(id))
            .filter(|mechanism| mechanism.kind == MechanismKind::Harm)
            .map(|harm| harm.flag_given(ticked))
            .fold(by_level, FlagGrade::max)
    }

    /// What the question is about, as a brief names it in a sentence: an effect question by its
    /// area, a process question by its prompt.
    pub fn topic(&self) -> &str {
        match self.dimension() {
            Dimension::Effect => self.area_name().trim(),
            Dimension::Process => self.prompt.trim(),
        }
    }

    /// The name of the area the question looks at, for screening: its `area`, or its prompt.
    pub fn area_name(&self) -> &str {
        self.area
            .as_deref()
            .map(str::trim)
            .filter(|area| !area.is_empty())
            .unwrap_or(&self.prompt)
    }
}

impl Rubric {
    /// Parses and checks a rubric file, returning every problem found.
    pub fn from_file(file: &TomlFile) -> Result<Rubric, Vec<Diagnostic>> {
        let (rubric, mut problems) = file.parse_versioned("rubric", RUBRIC_SCHEMA_VERSIONS, |rubric: &Rubric| {
            rubric.schema_version
        });
        if let Some(rubric) = &rubric {
            problems.extend(rubric.problems(file));
        }
        problems.sort_by_key(|problem| problem.location.map(|at| (at.line, at.column)));
        match rubric {
            Some(rubric) if problems.is_empty() => Ok(rubric),
            _ => Err(problems),
        }
    }

    /// The question with the short id `id`.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// The source with id `id`.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// Full ids of every question, in order.
    pub fn question_ids(&self) -> Vec<QuestionId> {
        self.questions
            .iter()
            .map(|question| QuestionId::new(&self.id, &question.id))
            .collect()
    }

    /// Every mistake in the rubric's content (the TOML itself already parsed), in the order of
    /// the file: the rubric's own keys, then each question's.
    fn problems(&self, file: &TomlFile) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let mut problem = |key_path: &[String], message: String, help: String| {
            let key_path: Vec<&str> = key_path.iter().map(String::as_str).collect();
            let diagnostic = file.diagnostic_at(file.value_span(&key_path), message);
            problems.push(if help.is_empty() {
                diagnostic
            } else {
                diagnostic.with_help(help)
            });
        };
        let source_ids = self.rubric_problems(&mut problem);
        let mut seen: Vec<&str> = Vec::new();
        for (index, question) in self.questions.iter().enumerate() {
            let entry = index.to_string();
            self.question_shape_problems(question, &entry, &mut seen, &mut problem);
            self.coverage_problems(question, &entry, &mut problem);
            level_map_problems(question, &entry, &mut problem);
            self.reference_problems(question, &entry, &source_ids, &mut problem);
        }
        problems
    }

    /// Owns the mistakes in the rubric's own keys (id, weight, questions, sources); returns the
    /// source ids, which questions cite.
    fn rubric_problems(&self, problem: &mut dyn FnMut(&[String], String, String)) -> Vec<&str> {
        if !is_valid_id(&self.id) {
            problem(
                &["id".into()],
                say!("rubric-id-invalid", id = self.id.as_str()),
                say!("rubric-id-invalid-help"),
            );
        }
        if !(self.weight > 0.0 && self.weight <= MAX_WEIGHT) {
            problem(
                &["weight".into()],
                say!("rubric-weight-range", weight = format!("{:?}", self.weight)),
                say!("rubric-weight-help", max = MAX_WEIGHT.to_string()),
            );
        }
        if self.questions.is_empty() {
            problem(
                &["questions".into()],
                say!("rubric-no-questions"),
                say!("rubric-no-questions-help"),
            );
        }
        let mut source_ids: Vec<&str> = Vec::new();
        for source in &self.sources {
            if source_ids.contains(&source.id.as_str()) {
                problem(
                    &["sources".into()],
                    say!("rubric-source-twice", source = source.id.as_str()),
                    say!("rubric-source-twice-help"),
                );
            }
            source_ids.push(&source.id);
        }
        source_ids
    }

    /// Owns the mistakes in a question's own keys: id, weight, levels, red flag, recommendation,
    /// acceptable level and dimension. `seen` holds the ids of the questions before it.
    fn question_shape_problems<'a>(
        &self,
        question: &'a Question,
        entry: &str,
        seen: &mut Vec<&'a str>,
        problem: &mut dyn FnMut(&[String], String, String),
    ) {
        let at = |key: &'static str| question_key(entry, key);
        let id = &question.id;
        if !is_valid_id(id) {
            problem(
                &at("id"),
                say!("rubric-question-id-invalid", id = id.as_str()),
                say!("rubric-id-chars-help"),
            );
        }
        if seen.contains(&id.as_str()) {
            problem(
                &at("id"),
                say!("rubric-question-twice", id = id.as_str(), rubric = self.id.as_str()),
                say!("rubric-question-twice-help"),
            );
        }
        seen.push(id);
        if !(question.weight > 0.0 && question.weight <= MAX_WEIGHT) {
            problem(
                &at("weight"),
                say!(
                    "rubric-question-weight-range",
                    id = id.as_str(),
                    weight = format!("{:?}", question.weight)
                ),
                say!("rubric-weight-help", max = MAX_WEIGHT.to_string()),
            );
        }
        if !LEVEL_COUNT.contains(&question.levels.len()) {
            problem(
                &at("levels"),
                say!(
                    "rubric-question-level-count",
                    id = id.as_str(),
                    count = question.levels.len(),
                    min = LEVEL_COUNT.start().to_string(),
                    max = LEVEL_COUNT.end().to_string()
                ),
                say!("rubric-question-level-count-help"),
            );
        }
        if let Some(red) = question
            .red_flag_at
            .filter(|red| *red as usize >= question.levels.len().saturating_sub(1))
        {
            problem(
                &at("red_flag_at"),
                say!("rubric-question-red-flag", id = id.as_str(), red = red.to_string()),
                say!("rubric-question-red-flag-help"),
            );
        }
        let advice_from_mechanisms = question.dimension() == Dimension::Effect && !question.mechanisms.is_empty();
        if question.recommendation.trim().is_empty() && !advice_from_mechanisms {
            problem(
                &at("recommendation"),
                say!("rubric-question-no-recommendation", id = id.as_str()),
                say!("rubric-question-no-recommendation-help"),
            );
        }
        let levels = question.levels.len();
        if question.acceptable_at.is_some_and(|at| at as usize >= levels.max(1)) {
            problem(
                &at("acceptable_at"),
                say!("rubric-question-acceptable", id = id.as_str()),
                say!(
                    "rubric-question-acceptable-help",
                    top = levels.saturating_sub(1).to_string()
                ),
            );
        }
        if question.level_recommendations.len() > levels {
            problem(
                &at("level_recommendations"),
                say!(
                    "rubric-question-level-recommendations",
                    id = id.as_str(),
                    count = question.level_recommendations.len().to_string(),
                    levels = levels.to_string()
                ),
                say!("rubric-question-level-recommendations-help"),
            );
        }
        if self.schema_version >= 2 && question.dimension.is_none() {
            problem(
                &at("id"),
                say!("rubric-question-no-dimension", id = id.as_str()),
                say!("rubric-question-no-dimension-help"),
            );
        }
    }

    /// Owns the mistakes in what a question covers: unknown items, and an effect question that
    /// covers nothing or has no area.
    fn coverage_problems(&self, question: &Question, entry: &str, problem: &mut dyn FnMut(&[String], String, String)) {
        let at = |key: &'static str| question_key(entry, key);
        let id = &question.id;
        for tag in &question.covers {
            let fits = match question.dimension() {
                Dimension::Effect => iiat::item_by_id(tag).is_some(),
                Dimension::Process => iiat::is_known_tag(tag),
            };
            if !fits {
                problem(
                    &at("covers"),
                    say!("rubric-covers-unknown", id = id.as_str(), tag = tag.as_str()),
                    say!(
                        "rubric-covers-unknown-help",
                        known = nearest(tag, iiat::known_tags())
                            .into_iter()
                            .take(5)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        if self.schema_version >= 2 && question.dimension() == Dimension::Effect {
            if question.covers.is_empty() {
                problem(
                    &at("id"),
                    say!("rubric-effect-covers-nothing", id = id.as_str()),
                    say!("rubric-effect-covers-nothing-help"),
                );
            }
            if question.area.as_deref().is_none_or(|area| area.trim().is_empty()) {
                problem(
                    &at("id"),
                    say!("rubric-effect-no-area", id = id.as_str()),
                    say!("rubric-effect-no-area-help"),
                );
            }
        }
    }

    /// Owns the mistakes in what a question refers to: its mechanisms, the sources it cites and
    /// the question it depends on.
    fn reference_problems(
        &self,
        question: &Question,
        entry: &str,
        source_ids: &[&str],
        problem: &mut dyn FnMut(&[String], String, String),
    ) {
        let at = |key: &'static str| question_key(entry, key);
        let id = &question.id;
        mechanism_problems(self.schema_version, question, source_ids, &mut |key, message, help| {
            let mut path = at("mechanisms");
            path.extend(key.iter().map(|part| part.to_string()));
            problem(&path, message, help);
        });
        for cited in &question.sources {
            if !source_ids.contains(&cited.as_str()) {
                let valid = nearest(cited, source_ids.iter().copied());
                problem(
                    &at("sources"),
                    say!("rubric-unknown-source", id = id.as_str(), cited = cited.as_str()),
                    if valid.is_empty() {
                        say!("rubric-unknown-source-add-help")
                    } else {
                        say!("rubric-known-sources-help", known = valid.join(", "))
                    },
                );
            }
        }
        if let Some(condition) = &question.applies_if
            && condition.question == QuestionId::new(&self.id, id)
        {
            problem(
                &at("applies_if"),
                say!("rubric-depends-on-itself", id = id.as_str()),
                say!("rubric-depends-on-itself-help"),
            );
        }
    }
}

/// The key path of `key` in the question at `entry` of `[[questions]]`.
fn question_key(entry: &str, key: &str) -> Vec<String> {
    vec!["questions".into(), entry.into(), key.into()]
}

/// Owns the mistakes in a question's level map: a map for several replaced questions, a level
/// the question does not have, and "not-affected" on a process question.
fn level_map_problems(question: &Question, entry: &str, problem: &mut dyn FnMut(&[String], String, String)) {
    let at = |key: &'static str| question_key(entry, key);
    let id = &question.id;
    let levels = question.levels.len();
    if let Some(map) = &question.level_map {
        if question.replaces.len() > 1 {
            problem(
                &at("level_map"),
                say!("rubric-level-map-several", id = id.as_str()),
                say!("rubric-level-map-several-help"),
            );
        }
        if let Some(MappedLevel::Level(bad)) = map
            .iter()
            .find(|mapped| matches!(mapped, MappedLevel::Level(level) if *level as usize >= levels))
        {
            problem(
                &at("level_map"),
                say!(
                    "rubric-level-map-missing-level",
                    id = id.as_str(),
                    bad = bad.to_string()
                ),
                say!(
                    "rubric-level-map-missing-level-help",
                    top = levels.saturating_sub(1).to_string()
                ),
            );
        }
        if map.contains(&MappedLevel::Status(NotAffected::NotAffected)) && question.dimension() != Dimension::Effect {
            problem(
                &at("level_map"),
                say!("rubric-level-map-not-affected", id = id.as_str()),
                say!("rubric-level-map-not-affected-help"),
            );
        }
    }
}

/// The mistakes a rubric author can make in a question's mechanisms, reported through `problem`
/// with the key path below `mechanisms`.
fn mechanism_problems(
    edition: u32,
    question: &Question,
    source_ids: &[&str],
    problem: &mut dyn FnMut(&[&str], String, String),
) {
    let id = &question.id;
    if question.dimension() == Dimension::Process && !question.mechanisms.is_empty() {
        problem(
            &[],
            say!("rubric-process-mechanisms", id = id.as_str()),
            say!("rubric-process-mechanisms-help"),
        );
    }
    if edition >= 3 && question.dimension() == Dimension::Effect && question.mechanisms.is_empty() {
        problem(
            &[],
            say!("rubric-effect-no-mechanisms", id = id.as_str()),
            say!("rubric-effect-no-mechanisms-help"),
        );
    }
    let mut seen: Vec<&str> = Vec::new();
    for (index, mechanism) in question.mechanisms.iter().enumerate() {
        let entry = index.to_string();
        let name = &mechanism.id;
        if !is_valid_id(name) {
            problem(
                &[&entry, "id"],
                say!("rubric-mechanism-id-invalid", name = name.as_str(), id = id.as_str()),
                say!("rubric-id-chars-help"),
            );
        }
        if seen.contains(&name.as_str()) {
            problem(
                &[&entry, "id"],
                say!("rubric-mechanism-twice", name = name.as_str(), id = id.as_str()),
                say!("rubric-mechanism-twice-help"),
            );
        }
        seen.push(name);
        if mechanism.label.trim().is_empty() {
            problem(
                &[&entry, "label"],
                say!("rubric-mechanism-no-label", name = name.as_str(), id = id.as_str()),
                say!("rubric-mechanism-no-label-help"),
            );
        }
        match mechanism.kind {
            MechanismKind::Harm => {
                if mechanism
                    .recommendation
                    .as_deref()
                    .is_none_or(|text| text.trim().is_empty())
                {
                    problem(
                        &[&entry, "id"],
                        say!("rubric-harm-no-recommendation", name = name.as_str(), id = id.as_str()),
                        say!("rubric-harm-no-recommendation-help"),
                    );
                }
                for safeguard in &mechanism.contained_by {
                    let fits = question
                        .mechanism(safeguard)
                        .is_some_and(|found| found.kind == MechanismKind::Safeguard);
                    if !fits {
                        let safeguards = question
                            .mechanisms
                            .iter()
                            .filter(|found| found.kind == MechanismKind::Safeguard)
                            .map(|found| found.id.as_str());
                        problem(
                            &[&entry, "contained_by"],
                            say!(
                                "rubric-harm-not-safeguard",
                                name = name.as_str(),
                                id = id.as_str(),
                                safeguard = safeguard.as_str()
                            ),
                            say!(
                                "rubric-harm-not-safeguard-help",
                                id = id.as_str(),
                                known = nearest(safeguard, safeguards).join(", ")
                            ),
                        );
                    }
                }
            }
            MechanismKind::Safeguard => {
                if mechanism.flag != FlagGrade::None
                    || mechanism.recommendation.is_some()
                    || !mechanism.contained_by.is_empty()
                {
                    problem(
                        &[&entry, "id"],
                        say!("rubric-safeguard-advice", name = name.as_str(), id = id.as_str()),
                        say!("rubric-safeguard-advice-help"),
                    );
                }
            }
        }
        for cited in &mechanism.sources {
            if !source_ids.contains(&cited.as_str()) {
                problem(
                    &[&entry, "sources"],
                    say!(
                        "rubric-mechanism-unknown-source",
                        name = name.as_str(),
                        id = id.as_str(),
                        cited = cited.as_str()
                    ),
                    say!(
                        "rubric-known-sources-help",
                        known = nearest(cited, source_ids.iter().copied()).join(", ")
                    ),
                );
            }
        }
    }
}
