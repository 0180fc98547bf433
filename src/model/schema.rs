//! JSON Schemas of the two file formats, so that a TOML editor (Taplo, Even Better TOML) can
//! complete and check an assessment or a rubric as it is typed.
//!
//! Both are generated from the serde types (their doc comments become the descriptions) and then
//! sharpened with what the types cannot say: the assessment schema lists every question of the
//! rubrics it is made for, each answer's levels (`0..=max` as an `enum`, which editors offer as
//! completions, with their texts) and the statuses that question takes (`not-affected` only for
//! effect questions); answers to any other rubric still validate against the generic answer.
//! Draft 07, with every subschema inline: the draft TOML editors support, and no references to
//! follow. Keys come out sorted (serde_json keeps no order here), so the text is stable.
//!
//! A file names its schema in a header comment, `#:schema URL-OR-PATH` (Taplo's directive):
//! [`directive_in`] reads it, [`directive_line`] writes it.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value, json};

use super::assessment::{ASSESSMENT_SCHEMA_VERSION, Assessment};
use super::catalog::RubricSet;
use super::guidance::Placing;
use super::iiat;
use super::rubric::{Dimension, LEVEL_COUNT, MAX_WEIGHT, Question, Rubric};
use crate::i18n::Lang;

/// The two file formats with a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// Assessment files (`init`, the wizard, `render`).
    Assessment,
    /// Rubric files (`--rubrics DIR`).
    Rubric,
}

impl SchemaKind {
    /// `assessment` or `rubric`.
    pub fn id(self) -> &'static str {
        match self {
            SchemaKind::Assessment => "assessment",
            SchemaKind::Rubric => "rubric",
        }
    }

    /// The name of its file: `assessment.schema.json`, in `schemas/` of the repository and in the
    /// folder `schema --install` writes to.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.id())
    }

    /// The schema as a JSON value; the assessment schema knows the questions of `rubrics`.
    pub fn schema(self, rubrics: &RubricSet) -> Value {
        match self {
            SchemaKind::Assessment => assessment_schema(rubrics),
            SchemaKind::Rubric => rubric_schema(),
        }
    }

    /// The schema as the text of its file: pretty JSON, keys sorted, ending in a line end.
    pub fn text(self, rubrics: &RubricSet) -> String {
        to_text(&self.schema(rubrics))
    }
}

/// The text of a schema file: pretty JSON ending in a line end.
pub fn to_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

/// The schema of assessment files, with the questions, levels and statuses of `rubrics`.
pub fn assessment_schema(rubrics: &RubricSet) -> Value {
    let mut schema = generate::<Assessment>();
    schema["title"] = json!("impact-brief assessment file");
    schema["description"] = json!(
        "An impact assessment of one legislative proposal, answered question by question. \
         Check it with `impact-brief check FILE`; render it with `impact-brief render FILE -f pdf`."
    );
    let properties = &mut schema["properties"];
    properties["schema_version"]["const"] = json!(ASSESSMENT_SCHEMA_VERSION);
    properties["schema_version"]["description"] = json!(format!(
        "Format version: {ASSESSMENT_SCHEMA_VERSION}, answers to the rubrics {ASSESSMENT_SCHEMA_VERSION}.x. \
         A file with 1 or 2 (rubrics 1.x or 2.x) still loads, upgraded in memory, but this schema describes the \
         current format: `impact-brief migrate FILE` rewrites it."
    ));
    let ids: Vec<&str> = rubrics.ids().collect();
    let rubric_id = &mut properties["rubrics"];
    rubric_id["minItems"] = json!(1);
    rubric_id["uniqueItems"] = json!(true);
    rubric_id["items"] = json!({
        "type": "string",
        "pattern": ID_PATTERN,
        "examples": ids,
    });

    let answers = &mut properties["answers"];
    let generic_rubric = answers["additionalProperties"].take();
    let generic_answer = generic_rubric["additionalProperties"].clone();
    let mut by_rubric = Map::new();
    for rubric in rubrics.iter() {
        by_rubric.insert(
            rubric.id.clone(),
            rubric_answers_schema(rubrics, rubric, &generic_answer),
        );
    }
    answers["properties"] = Value::Object(by_rubric);
    answers["additionalProperties"] = generic_rubric;
    answers["additionalProperties"]["description"] =
        json!("Answers to a rubric of your own, by question id: `[answers.RUBRIC.QUESTION]`.");
    answers["description"] = json!(format!(
        "Answers by rubric id, then by question id: `[answers.openness.participation]`. \
         The questions of the rubrics {} are listed with their levels; answers to a rubric of your \
         own (from `--rubrics DIR`) are checked as answers in general.",
        ids.join(", ")
    ));

    let proposal = &mut schema["properties"]["proposal"];
    proposal["required"] = json!(["title"]);
    proposal["properties"]["title"]["pattern"] = json!(NOT_BLANK);
    schema["properties"]["expect"]["properties"]["concerns"]["items"]["pattern"] = json!(FULL_ID_PATTERN);
    schema
}

/// The schema of rubric files.
pub fn rubric_schema() -> Value {
    let mut schema = generate::<Rubric>();
    schema["title"] = json!("impact-brief rubric file");
    schema["description"] = json!(
        "One assessment area: its questions, level texts, weights and sources. Check it with \
         `impact-brief rubric check FILE`; use a folder of them with `--rubrics DIR`."
    );
    let properties = &mut schema["properties"];
    properties["schema_version"]["enum"] = json!(crate::model::rubric::RUBRIC_SCHEMA_VERSIONS.collect::<Vec<u32>>());
    properties["id"]["pattern"] = json!(ID_PATTERN);
    weight_bounds(&mut properties["weight"]);
    properties["questions"]["minItems"] = json!(1);

    let question = &mut properties["questions"]["items"]["properties"];
    question["id"]["pattern"] = json!(ID_PATTERN);
    weight_bounds(&mut question["weight"]);
    question["levels"]["minItems"] = json!(LEVEL_COUNT.start());
    question["levels"]["maxItems"] = json!(LEVEL_COUNT.end());
    question["recommendation"]["pattern"] = json!(NOT_BLANK);
    question["replaces"]["items"]["pattern"] = json!(FULL_ID_PATTERN);
    question["applies_if"]["properties"]["question"]["pattern"] = json!(FULL_ID_PATTERN);
    let tags: Vec<&str> = iiat::known_tags().collect();
    let tag_docs: Vec<String> = iiat::ITEMS
        .iter()
        .map(|item| format!("{}: {}", item.kind.label(), item.label))
        .chain(
            iiat::PROCESS_PRINCIPLES
                .iter()
                .map(|(_, label)| format!("Process principle: {label}")),
        )
        .collect();
    question["covers"]["items"] = json!({
        "type": "string",
        "enum": tags,
        "x-taplo": { "docs": { "enumValues": tag_docs } },
    });

    // From version 2, every question has a dimension, and an effect question names what it
    // covers and the area the wizard's screening step offers.
    schema["if"] = json!({ "properties": { "schema_version": { "const": 1 } } });
    schema["else"] = json!({
        "properties": {
            "questions": {
                "items": {
                    "required": ["dimension"],
                    "if": {
                        "properties": { "dimension": { "const": Dimension::Effect.id() } },
                        "required": ["dimension"],
                    },
                    "then": {
                        "required": ["covers", "area"],
                        "properties": {
                            "covers": { "minItems": 1 },
                            "area": { "pattern": NOT_BLANK },
                        },
                    },
                },
            },
        },
    });
    schema
}

/// A TOML date: TOML editors hand dates to the schema as text, so this is a string of format
/// `date`, written without quotes in the file.
pub(super) struct TomlDate;

impl JsonSchema for TomlDate {
    fn schema_name() -> Cow<'static, str> {
        "TomlDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date" })
    }
}

/// The start of Taplo's schema directive, a comment in a file's header.
pub const DIRECTIVE: &str = "#:schema";

/// Where the schema directive in `text`'s header points, if it has one. The header is the
/// comments and blank lines before the first key or table; TOML itself ignores them.
pub fn directive_in(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .take_while(|line| line.is_empty() || line.starts_with('#'))
        .find_map(|line| {
            let target = line.strip_prefix(DIRECTIVE)?;
            target
                .starts_with([' ', '\t'])
                .then(|| target.trim())
                .filter(|target| !target.is_empty())
        })
}

/// True for a comment line that is a Taplo directive (`#:schema …`) rather than a note of the
/// user's: rewriting a file keeps the directive, so it is no comment that gets lost.
pub fn is_directive_line(line: &str) -> bool {
    line.trim_start().starts_with("#:")
}

/// The first line of a file whose schema is at `target`, line end included. Line breaks in
/// `target` are dropped: the directive is one line.
pub fn directive_line(target: &str) -> String {
    let target: String = target.chars().filter(|c| !c.is_control()).collect();
    format!("{DIRECTIVE} {}\n", target.trim())
}

/// `[a-z0-9-]+`: rubric and question ids.
const ID_PATTERN: &str = "^[a-z0-9-]+$";
/// `rubric.question`.
const FULL_ID_PATTERN: &str = "^[a-z0-9-]+\\.[a-z0-9-]+$";
/// Some text that is not only white space.
const NOT_BLANK: &str = "\\S";

/// The schema of `T`, draft 07, every subschema inline, tidied for TOML (see [`tidy`]).
fn generate<T: JsonSchema>() -> Value {
    let mut settings = SchemaSettings::draft07();
    settings.inline_subschemas = true;
    let mut schema = settings.into_generator().into_root_schema_for::<T>().to_value();
    tidy(&mut schema);
    schema
}

/// Weights are relative: above 0, at most [`MAX_WEIGHT`].
fn weight_bounds(weight: &mut Value) {
    weight["exclusiveMinimum"] = json!(0);
    weight["maximum"] = json!(MAX_WEIGHT);
}

/// The answers to one rubric: one property per question, no other keys.
fn rubric_answers_schema(rubrics: &RubricSet, rubric: &Rubric, generic_answer: &Value) -> Value {
    let mut questions = Map::new();
    for question in &rubric.questions {
        questions.insert(
            question.id.clone(),
            question_answer_schema(rubrics, rubric, question, generic_answer),
        );
    }
    let description = format!(
        "Answers to the rubric {} ({} {}): one table per question, `[answers.{}.QUESTION]`.",
        rubric.id,
        single_line(&rubric.title),
        rubric.version,
        rubric.id
    );
    json!({
        "type": "object",
        "title": single_line(&rubric.title),
        "description": description,
        "properties": questions,
        "additionalProperties": false,
    })
}

/// The answer to one question: its levels, the statuses it takes, and its texts to read on hover.
fn question_answer_schema(rubrics: &RubricSet, rubric: &Rubric, question: &Question, generic_answer: &Value) -> Value {
    let mut schema = generic_answer.clone();
    let dimension = question.dimension();
    let mut description = format!(
        "**{}.{}** ({} question): {}\n\n",
        rubric.id,
        question.id,
        dimension.id(),
        single_line(&question.prompt)
    );
    let guidance = rubrics.guidance(rubric, question, Lang::En, Placing::Id);
    if !guidance.is_empty() {
        description.push_str(&guidance);
        description.push_str("\n\n");
    }
    description.push_str("Levels, worst first:\n\n");
    let level_docs: Vec<String> = (0u32..)
        .zip(&question.levels)
        .map(|(level, text)| {
            let flag = if question.red_flag_at.is_some_and(|at| level <= at) {
                " (red flag)"
            } else {
                ""
            };
            format!("{level}: {}{flag}", single_line(text))
        })
        .collect();
    for doc in &level_docs {
        description.push_str(&format!("- {doc}\n"));
    }
    if let Some(condition) = &question.applies_if {
        description.push_str(&format!(
            "\nAsked only when {} is at level {} or above.\n",
            condition.question, condition.min_level
        ));
    }
    schema["title"] = json!(single_line(&question.prompt));
    schema["description"] = json!(description.trim_end());

    let properties = &mut schema["properties"];
    let max = question.max_level();
    properties["level"] = json!({
        "type": "integer",
        "enum": (0..=max).collect::<Vec<u32>>(),
        "description": format!("The level, 0 (the worst) to {max}; leave it out when `status` says why there is none."),
        "x-taplo": { "docs": { "enumValues": level_docs } },
    });

    // The statuses this question takes, with the generic schema's texts.
    let status = &mut properties["status"];
    let all: Vec<Value> = status["enum"].as_array().cloned().unwrap_or_default();
    let docs: Vec<Value> = status["x-taplo"]["docs"]["enumValues"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let allowed: Vec<(Value, Value)> = all
        .into_iter()
        .zip(docs.into_iter().chain(std::iter::repeat(Value::Null)))
        .filter(|(id, _)| dimension == Dimension::Effect || id != "not-affected")
        .collect();
    status["enum"] = Value::Array(allowed.iter().map(|(id, _)| id.clone()).collect());
    status["x-taplo"]["docs"]["enumValues"] = Value::Array(allowed.into_iter().map(|(_, doc)| doc).collect());
    if dimension != Dimension::Effect {
        status["description"] =
            json!("Instead of a level: why there is none. \"not-affected\" is only for effect questions.");
    }
    schema
}

/// Makes a generated schema read better in a TOML editor, without changing what it accepts:
/// TOML has no null, so the null that an `Option` allows is dropped; and a `oneOf` of constant
/// strings (a serde enum) becomes an `enum`, with each value's doc text where Taplo shows it on
/// completion.
fn tidy(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            drop_null(object);
            one_of_consts_to_enum(object);
            for value in object.values_mut() {
                tidy(value);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

fn drop_null(object: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|kind| kind != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            object.insert("type".to_string(), only);
        }
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = object.get_mut(key) else {
            continue;
        };
        branches.retain(|branch| {
            branch.get("type").is_none_or(|kind| kind != "null") && branch.get("const") != Some(&Value::Null)
        });
        if branches.len() == 1 {
            let Some(Value::Object(branch)) = branches.pop() else {
                continue;
            };
            object.remove(key);
            for (name, value) in branch {
                // The outer description (the field's) wins over the type's.
                object.entry(name).or_insert(value);
            }
        }
    }
    if object.get("default") == Some(&Value::Null) {
        object.remove("default");
    }
}

fn one_of_consts_to_enum(object: &mut Map<String, Value>) {
    let Some(Value::Array(branches)) = object.get("oneOf") else {
        return;
    };
    let constants: Option<Vec<(Value, Option<Value>)>> = branches
        .iter()
        .map(|branch| {
            let branch = branch.as_object()?;
            let value = branch.get("const").filter(|value| value.is_string())?;
            let plain = branch
                .keys()
                .all(|key| matches!(key.as_str(), "const" | "type" | "description"));
            plain.then(|| (value.clone(), branch.get("description").cloned()))
        })
        .collect();
    let Some(constants) = constants.filter(|constants| !constants.is_empty()) else {
        return;
    };
    object.remove("oneOf");
    object.insert("type".to_string(), json!("string"));
    let docs: Vec<Value> = constants
        .iter()
        .map(|(_, doc)| doc.clone().unwrap_or(Value::Null))
        .collect();
    object.insert(
        "enum".to_string(),
        Value::Array(constants.into_iter().map(|(value, _)| value).collect()),
    );
    object.insert("x-taplo".to_string(), json!({ "docs": { "enumValues": docs } }));
}

fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directive_is_read_from_the_header_only() {
        assert_eq!(
            directive_in("#:schema ./a.json\nschema_version = 2\n"),
            Some("./a.json")
        );
        assert_eq!(
            directive_in("# a note\n\n#:schema  https://x/a.json  \nkey = 1"),
            Some("https://x/a.json")
        );
        assert_eq!(directive_in("key = 1\n#:schema ./a.json\n"), None);
        assert_eq!(directive_in("#:schemas ./a.json\nkey = 1"), None);
        assert_eq!(directive_in("#:schema\nkey = 1"), None);
        assert_eq!(directive_line("a\nb.json"), "#:schema ab.json\n");
    }

    #[test]
    fn enums_and_options_are_tidied() {
        let schema = rubric_schema();
        let dimension = &schema["properties"]["questions"]["items"]["properties"]["dimension"];
        assert_eq!(dimension["enum"], json!(["effect", "process"]), "{dimension:#}");
        assert_eq!(dimension["type"], "string");
        let text = to_text(&schema);
        assert!(!text.contains("\"null\""), "TOML has no null:\n{text}");
        assert!(!text.contains("$ref"), "every subschema is inline");
    }

    #[test]
    fn assessment_schema_knows_the_builtin_questions() {
        let rubrics = RubricSet::builtin().expect("built-in rubrics");
        let schema = assessment_schema(&rubrics);
        let answers = &schema["properties"]["answers"];
        for rubric in rubrics.iter() {
            for question in &rubric.questions {
                let answer = &answers["properties"][&rubric.id]["properties"][&question.id];
                let levels: Vec<u32> = (0..=question.max_level()).collect();
                assert_eq!(answer["properties"]["level"]["enum"], json!(levels));
                let statuses = answer["properties"]["status"]["enum"].as_array().expect("statuses");
                assert_eq!(
                    statuses.contains(&json!("not-affected")),
                    question.dimension() == Dimension::Effect,
                    "{}.{}",
                    rubric.id,
                    question.id
                );
                assert_eq!(answer["additionalProperties"], json!(false));
            }
        }
        assert_eq!(
            answers["additionalProperties"]["additionalProperties"]["properties"]["status"]["enum"],
            json!(["unknown", "not-applicable", "not-affected", "screened-out"]),
            "a rubric of the user's gets the generic answer"
        );
    }
}
