//! The shared words of a French, Spanish or Portuguese brief, panel brief and change brief come
//! from the catalogue: their Markdown and JSON name ratings, verdicts, statuses, stages, groups and
//! the page furniture in the brief's language, never with the English labels.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Format, PdfOptions, Rendered, Renderer};
use crate::change::{ChangeBrief, Origin};
use crate::i18n::Lang;
use crate::model::{Assessment, RubricSet};
use crate::panel::{Member, PanelBrief};
use crate::report::Brief;
use crate::templates::Templates;

const BRIEF: &str = "examples/uk-online-safety-bill-encryption.toml";
const LEDGER: &str = "examples/consultation/uk-online-safety-bill-encryption.toml";
const PANEL: &str = "examples/panel/eu-csa-regulation";
const OLD: &str = "examples/changes/eu-csa-regulation-commission-proposal.toml";
const NEW: &str = "examples/changes/eu-csa-regulation-council-position.toml";

/// English labels moved to the catalogue, each different from its translation in every language.
const ENGLISH: [&str; 16] = [
    "Civil society",
    "Private sector",
    "Technical community",
    "Not affected",
    "Screened out",
    "Red flag",
    "Harmful",
    "Serious harm",
    "Protective",
    "Low risk",
    "Weak",
    "Serious concerns",
    "Insufficient evidence",
    "Effect on the Internet",
    "Critical property",
    "Partially accepted",
];

/// JSON keys whose values are labels a reader sees (ids sit under other keys).
const LABEL_KEYS: [&str; 12] = [
    "rating",
    "verdict",
    "label",
    "status_label",
    "stage_label",
    "kind_label",
    "stakeholder_group_label",
    "outcome_label",
    "kind",
    "stakeholder_group",
    "stage",
    "red_flag",
];

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn load(path: &Path, rubrics: &RubricSet, lang: Lang) -> Assessment {
    let mut assessment = Assessment::load(path, rubrics).expect("an example assessment");
    assessment.assessment.language = Some(lang);
    assessment
}

fn render<D: super::Document>(renderer: &Renderer, document: &D, format: Format) -> String {
    match renderer.render(document, format).expect("renders") {
        Rendered::File(bytes) => String::from_utf8(bytes).expect("UTF-8"),
        Rendered::Folder(_) => unreachable!("md and json are files"),
    }
}

/// Every string under a label key of `value`, with its path.
fn labels_in(value: &Value, path: &str, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let here = format!("{path}.{key}");
                match child {
                    Value::String(text) if LABEL_KEYS.contains(&key.as_str()) => found.push((here, text.clone())),
                    _ => labels_in(child, &here, found),
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                labels_in(item, &format!("{path}[{index}]"), found);
            }
        }
        _ => {}
    }
}

/// The documents of one language: (name, Markdown, JSON).
fn documents(lang: Lang) -> Vec<(&'static str, String, String)> {
    let all = RubricSet::load(None).expect("the built-in rubrics");
    let rubrics = all.in_language(lang);
    let renderer = Renderer::new(
        &Templates::load(None).expect("the built-in templates"),
        PdfOptions::default(),
        &[Format::Markdown, Format::Json],
    )
    .expect("a renderer");
    let brief = |path: &str| Brief::of(&load(&repo(path), rubrics, lang), rubrics);
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo(PANEL))
        .expect("the panel example")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let members: Vec<Member> = files
        .iter()
        .map(|file| Member {
            file: file.display().to_string(),
            assessment: load(file, rubrics, lang),
        })
        .collect();
    let panel = PanelBrief::of(&members, rubrics, lang);
    let origin = |path: &str| Origin {
        file: path.to_string(),
        upgraded_from: None,
    };
    let change = ChangeBrief::between(&brief(OLD), &brief(NEW), &origin(OLD), &origin(NEW), lang);
    let both = |document: &dyn Fn(Format) -> String| (document(Format::Markdown), document(Format::Json));
    let mut out = Vec::new();
    for (name, path) in [("brief", BRIEF), ("ledger brief", LEDGER)] {
        let brief = brief(path);
        let (md, json) = both(&|format| render(&renderer, &brief, format));
        out.push((name, md, json));
    }
    let (md, json) = both(&|format| render(&renderer, &panel, format));
    out.push(("panel", md, json));
    let (md, json) = both(&|format| render(&renderer, &change, format));
    out.push(("change", md, json));
    out
}

#[test]
fn translated_documents_name_the_shared_words_in_their_language() {
    let mut problems = Vec::new();
    for lang in [Lang::Fr, Lang::Es, Lang::Pt] {
        let expected = [
            crate::words::word(lang, "group-civil-society"),
            crate::words::word(lang, "dimension-effect"),
            crate::words::word(lang, "kind-law"),
        ];
        for (name, md, json) in documents(lang) {
            let value: Value = serde_json::from_str(&json).expect("the JSON parses");
            let mut labels = Vec::new();
            labels_in(&value, "", &mut labels);
            for (path, text) in &labels {
                if let Some(english) = ENGLISH.iter().find(|english| text.contains(**english)) {
                    problems.push(format!("{lang} {name} JSON {path}: \"{text}\" has \"{english}\""));
                }
            }
            // The tables and lists of the Markdown print the same labels. A label the brief's own
            // catalogue still has in English in this language (its headings are another
            // catalogue's) is left to that catalogue's test.
            let untranslated = |english: &str| {
                crate::i18n::message_ids(Lang::En)
                    .filter(|id| id.starts_with("brief-"))
                    .any(|id| crate::i18n::tr(lang, id).contains(english))
            };
            for english in ENGLISH.into_iter().filter(|english| !untranslated(english)) {
                let cell = [
                    format!("| {english} "),
                    format!("| {english} ("),
                    format!(": {english}."),
                ];
                if cell.iter().any(|form| md.contains(form.as_str())) {
                    problems.push(format!("{lang} {name} Markdown prints \"{english}\""));
                }
            }
            // The change brief names no kind of measure.
            let wanted = if name == "change" {
                &expected[..2]
            } else {
                &expected[..]
            };
            for word in wanted {
                if !md.contains(word) && !json.contains(word) {
                    problems.push(format!("{lang} {name}: \"{word}\" is missing"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_documents_keep_the_english_labels() {
    let found: Vec<String> = documents(Lang::En)
        .into_iter()
        .map(|(_, md, json)| md + &json)
        .collect();
    let all = found.join("\n");
    for english in ["Civil society", "Effect on the Internet", "Law"] {
        assert!(all.contains(english), "the English documents lost \"{english}\"");
    }
}
