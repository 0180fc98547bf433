//! Rubrics: the questions, level texts, weights and sources one assessment area is judged by, read
//! from TOML and checked for mistakes a rubric author can make.

use serde::{Deserialize, Serialize};

use super::ids::{is_valid_id, nearest};
use super::toml_file::TomlFile;
use crate::diagnostic::Diagnostic;

/// The rubric format this version reads.
pub const RUBRIC_SCHEMA_VERSION: u32 = 1;

/// The largest weight a rubric or question may have: weights are relative, and bounding them
/// keeps every sum of points finite.
pub const MAX_WEIGHT: f64 = 1000.0;

/// Fewest and most levels a question may have (index = level, 0 = worst).
pub const LEVEL_COUNT: std::ops::RangeInclusive<usize> = 3..=6;

/// One assessment area (openness, inclusiveness, transparency, or a user's own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Format version; must be [`RUBRIC_SCHEMA_VERSION`].
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Id unique within the rubric; the full id is `<rubric>.<question>`.
    pub id: String,
    /// The question as asked.
    pub prompt: String,
    /// Guidance shown in the wizard and the fill-in file.
    #[serde(default)]
    pub help: String,
    /// Weight of the question within its rubric.
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Level texts, worst first; the level is the index.
    pub levels: Vec<String>,
    /// Answering at or below this level is a red flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub red_flag_at: Option<u32>,
    /// What the drafters should do when the answer is below the top level.
    pub recommendation: String,
    /// Ids of the rubric's sources this question rests on.
    #[serde(default)]
    pub sources: Vec<String>,
    /// The question is asked only when another question reached a level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<AppliesIf>,
}

/// Condition on another question's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppliesIf {
    /// Full id (`rubric.question`) of the question this one depends on.
    pub question: String,
    /// The other question must be answered at this level or higher.
    pub min_level: u32,
}

fn default_weight() -> f64 {
    1.0
}

impl Rubric {
    /// Parses and checks a rubric file, returning every problem found.
    pub fn from_file(file: &TomlFile) -> Result<Rubric, Vec<Diagnostic>> {
        let (rubric, mut problems) =
            file.parse_versioned("rubric", RUBRIC_SCHEMA_VERSION, |rubric: &Rubric| rubric.schema_version);
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
    pub fn question_ids(&self) -> Vec<String> {
        self.questions
            .iter()
            .map(|question| format!("{}.{}", self.id, question.id))
            .collect()
    }

    /// Every mistake in the rubric's content (the TOML itself already parsed).
    fn problems(&self, file: &TomlFile) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let mut problem = |key_path: &[String], message: String, help: &str| {
            let key_path: Vec<&str> = key_path.iter().map(String::as_str).collect();
            let diagnostic = file.diagnostic_at(file.value_span(&key_path), message);
            problems.push(if help.is_empty() {
                diagnostic
            } else {
                diagnostic.with_help(help.to_string())
            });
        };
        if !is_valid_id(&self.id) {
            problem(
                &["id".into()],
                format!("rubric id `{}` is not valid", self.id),
                "use lowercase letters, digits and hyphens, e.g. `openness`",
            );
        }
        if !(self.weight > 0.0 && self.weight <= MAX_WEIGHT) {
            problem(
                &["weight".into()],
                format!("rubric weight {:?} is out of range", self.weight),
                &format!("use a positive number up to {MAX_WEIGHT}; weights are relative, 1.0 is usual"),
            );
        }
        if self.questions.is_empty() {
            problem(
                &["questions".into()],
                "the rubric has no questions".into(),
                "add at least one [[questions]] table",
            );
        }
        let mut source_ids: Vec<&str> = Vec::new();
        for source in &self.sources {
            if source_ids.contains(&source.id.as_str()) {
                problem(
                    &["sources".into()],
                    format!("source id `{}` appears twice", source.id),
                    "give every source its own id",
                );
            }
            source_ids.push(&source.id);
        }
        let mut seen: Vec<&str> = Vec::new();
        for (index, question) in self.questions.iter().enumerate() {
            let entry = index.to_string();
            let at = |key: &'static str| -> Vec<String> { vec!["questions".into(), entry.clone(), key.into()] };
            let id = &question.id;
            if !is_valid_id(id) {
                problem(
                    &at("id"),
                    format!("question id `{id}` is not valid"),
                    "use lowercase letters, digits and hyphens",
                );
            }
            if seen.contains(&id.as_str()) {
                problem(
                    &at("id"),
                    format!("question id `{id}` appears twice in rubric `{}`", self.id),
                    "every question needs its own id",
                );
            }
            seen.push(id);
            if !(question.weight > 0.0 && question.weight <= MAX_WEIGHT) {
                problem(
                    &at("weight"),
                    format!(
                        "question `{id}` has weight {:?}, which is out of range",
                        question.weight
                    ),
                    &format!("use a positive number up to {MAX_WEIGHT}; weights are relative, 1.0 is usual"),
                );
            }
            if !LEVEL_COUNT.contains(&question.levels.len()) {
                problem(
                    &at("levels"),
                    format!(
                        "question `{id}` has {} levels; a question needs {} to {}",
                        question.levels.len(),
                        LEVEL_COUNT.start(),
                        LEVEL_COUNT.end()
                    ),
                    "list the level texts worst first",
                );
            }
            if let Some(red) = question
                .red_flag_at
                .filter(|red| *red as usize >= question.levels.len().saturating_sub(1))
            {
                problem(
                    &at("red_flag_at"),
                    format!("question `{id}` has red_flag_at = {red}, which leaves no level without a red flag"),
                    "red_flag_at must be below the top level",
                );
            }
            if question.recommendation.trim().is_empty() {
                problem(
                    &at("recommendation"),
                    format!("question `{id}` has no recommendation"),
                    "say what drafters should do when it scores below the top level",
                );
            }
            for cited in &question.sources {
                if !source_ids.contains(&cited.as_str()) {
                    let valid = nearest(cited, source_ids.iter().copied());
                    problem(
                        &at("sources"),
                        format!("question `{id}` cites unknown source `{cited}`"),
                        &if valid.is_empty() {
                            "add it to [[sources]]".to_string()
                        } else {
                            format!("known sources: {}", valid.join(", "))
                        },
                    );
                }
            }
            if let Some(condition) = &question.applies_if {
                if condition
                    .question
                    .split_once('.')
                    .is_none_or(|(r, q)| !is_valid_id(r) || !is_valid_id(q))
                {
                    problem(
                        &at("applies_if"),
                        format!(
                            "applies_if of `{id}` names `{}`, which is not a full question id",
                            condition.question
                        ),
                        "write it as `rubric.question`, e.g. `openness.participation`",
                    );
                } else if condition.question == format!("{}.{}", self.id, id) {
                    problem(
                        &at("applies_if"),
                        format!("question `{id}` depends on itself"),
                        "name another question in applies_if",
                    );
                }
            }
        }
        problems
    }
}
