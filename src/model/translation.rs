//! Rubric translations: overlays that give a rubric's texts in another language, keyed by the
//! English ids, each with the digest of the English text it translates, so that a changed English
//! question shows in English (and is reported) instead of in an outdated translation.

use indexmap::IndexMap;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::rubric::{Question, Rubric};
use super::toml_file::TomlFile;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::say;

/// One rubric's texts in one language (`rubrics/l10n/<lang>/<rubric>.toml`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// The id of the rubric it translates.
    pub rubric: String,
    /// The language it is written in.
    pub language: Lang,
    /// The version of the English rubric it was written from.
    pub translates: String,
    /// Who checked it against the English; empty until someone has.
    #[serde(default)]
    pub reviewed_by: String,
    /// The rubric's title.
    pub title: String,
    /// The rubric's description.
    pub description: String,
    /// Digest of the English title and description.
    pub source_digest: String,
    /// The questions' texts, by question id.
    #[serde(default)]
    pub questions: IndexMap<String, QuestionText>,
}

/// One question's texts.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    /// Digest of the English texts of the question (see [`question_digest`]).
    pub source_digest: String,
    /// The area, where the English question has one.
    #[serde(default)]
    pub area: Option<String>,
    /// The question.
    pub prompt: String,
    /// The guidance.
    pub help: String,
    /// The level texts, as many as the English, in its order.
    pub levels: Vec<String>,
    /// The recommendation, where the English has one.
    #[serde(default)]
    pub recommendation: Option<String>,
    /// Advice by level, where the English has it.
    #[serde(default)]
    pub level_recommendations: Vec<String>,
    /// The mechanisms' texts, by mechanism id.
    #[serde(default)]
    pub mechanisms: IndexMap<String, MechanismText>,
}

/// One mechanism's texts.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MechanismText {
    /// What the measure does.
    pub label: String,
    /// The advice, where the English mechanism has one.
    #[serde(default)]
    pub recommendation: Option<String>,
}

/// How much of a rubric an overlay translates, and what it leaves in English.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coverage {
    /// The rubric's id.
    pub rubric: String,
    /// The language.
    pub lang: Lang,
    /// Questions shown in the language.
    pub translated: usize,
    /// Questions the overlay does not have, shown in English.
    pub missing: Vec<String>,
    /// Questions translated from another English text than today's, shown in English, with the
    /// digest of today's text.
    pub stale: Vec<(String, String)>,
    /// The title and description are stale or missing (shown in English), with today's digest.
    pub header_stale: Option<String>,
    /// Entries that do not fit the English rubric (an unknown id, another number of levels).
    pub problems: Vec<String>,
}

impl Coverage {
    /// True when every text of the rubric is shown in the language.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.stale.is_empty() && self.header_stale.is_none() && self.problems.is_empty()
    }
}

impl Overlay {
    /// Reads an overlay, reporting every problem with its line and column.
    pub fn from_file(file: &TomlFile) -> Result<Overlay, Vec<Diagnostic>> {
        match file.parse_salvaging::<Overlay>() {
            (Some(overlay), problems) if problems.is_empty() => Ok(overlay),
            (_, problems) => Err(problems),
        }
    }

    /// `rubric` with this overlay's texts wherever they translate today's English, and what was
    /// left in English.
    pub fn apply(&self, rubric: &Rubric) -> (Rubric, Coverage) {
        let mut translated = rubric.clone();
        let mut coverage = Coverage {
            rubric: rubric.id.clone(),
            lang: self.language,
            ..Coverage::default()
        };
        let header = header_digest(rubric);
        if self.source_digest == header {
            translated.title = self.title.clone();
            translated.description = self.description.clone();
        } else {
            coverage.header_stale = Some(header);
        }
        for id in self.questions.keys() {
            if rubric.question(id).is_none() {
                coverage
                    .problems
                    .push(say!("rubric-overlay-unknown-question", id = id.as_str()));
            }
        }
        for question in &mut translated.questions {
            let Some(text) = self.questions.get(&question.id) else {
                coverage.missing.push(question.id.clone());
                continue;
            };
            let digest = question_digest(question);
            if text.source_digest != digest {
                coverage.stale.push((question.id.clone(), digest));
                continue;
            }
            match fit(question, text) {
                Ok(()) => {
                    overlay_question(question, text);
                    coverage.translated += 1;
                }
                Err(problem) => coverage.problems.push(say!(
                    "rubric-overlay-question-problem",
                    id = question.id.as_str(),
                    problem = problem
                )),
            }
        }
        (translated, coverage)
    }
}

/// Why `text` cannot stand for `question`, if it cannot: every text the English has, and no more.
fn fit(question: &Question, text: &QuestionText) -> Result<(), String> {
    if text.levels.len() != question.levels.len() {
        return Err(say!(
            "rubric-overlay-levels",
            count = text.levels.len().to_string(),
            english = question.levels.len().to_string()
        ));
    }
    if text.level_recommendations.len() != question.level_recommendations.len() {
        return Err(say!(
            "rubric-overlay-level-recommendations",
            count = text.level_recommendations.len().to_string(),
            english = question.level_recommendations.len().to_string()
        ));
    }
    if question.area.is_some() != text.area.is_some() {
        return Err(say!("rubric-overlay-area"));
    }
    if question.recommendation.is_empty() != text.recommendation.is_none() {
        return Err(say!("rubric-overlay-recommendation"));
    }
    for mechanism in &question.mechanisms {
        let Some(found) = text.mechanisms.get(&mechanism.id) else {
            return Err(say!("rubric-overlay-mechanism-missing", name = mechanism.id.as_str()));
        };
        if mechanism.recommendation.is_some() != found.recommendation.is_some() {
            return Err(say!(
                "rubric-overlay-mechanism-recommendation",
                name = mechanism.id.as_str()
            ));
        }
    }
    if let Some(unknown) = text
        .mechanisms
        .keys()
        .find(|id| !question.mechanisms.iter().any(|known| &known.id == *id))
    {
        return Err(say!("rubric-overlay-mechanism-unknown", name = unknown.as_str()));
    }
    Ok(())
}

fn overlay_question(question: &mut Question, text: &QuestionText) {
    question.area.clone_from(&text.area);
    question.prompt.clone_from(&text.prompt);
    question.help.clone_from(&text.help);
    question.levels.clone_from(&text.levels);
    question.recommendation = text.recommendation.clone().unwrap_or_default();
    question.level_recommendations.clone_from(&text.level_recommendations);
    for mechanism in &mut question.mechanisms {
        if let Some(found) = text.mechanisms.get(&mechanism.id) {
            mechanism.label.clone_from(&found.label);
            mechanism.recommendation.clone_from(&found.recommendation);
        }
    }
}

/// The digest of the English texts of a question that a translation must render: `sha256:` and
/// the hex SHA-256 of each text, named, in a fixed order.
pub fn question_digest(question: &Question) -> String {
    let mut texts: Vec<(String, &str)> = Vec::new();
    if let Some(area) = &question.area {
        texts.push(("area".into(), area));
    }
    texts.push(("prompt".into(), &question.prompt));
    texts.push(("help".into(), &question.help));
    for (index, level) in question.levels.iter().enumerate() {
        texts.push((format!("levels.{index}"), level));
    }
    texts.push(("recommendation".into(), &question.recommendation));
    for (index, advice) in question.level_recommendations.iter().enumerate() {
        texts.push((format!("level_recommendations.{index}"), advice));
    }
    for mechanism in &question.mechanisms {
        texts.push((format!("mechanisms.{}.label", mechanism.id), &mechanism.label));
        if let Some(advice) = &mechanism.recommendation {
            texts.push((format!("mechanisms.{}.recommendation", mechanism.id), advice));
        }
    }
    digest(&texts)
}

/// The digest of a rubric's English title and description.
pub fn header_digest(rubric: &Rubric) -> String {
    digest(&[
        ("title".into(), &rubric.title),
        ("description".into(), &rubric.description),
    ])
}

fn digest(texts: &[(String, &str)]) -> String {
    let mut hasher = Sha256::new();
    for (name, text) in texts {
        // Unit and record separators keep "ab"+"c" and "a"+"bc" apart.
        hasher.update(name.as_bytes());
        hasher.update([0x1f]);
        hasher.update(text.as_bytes());
        hasher.update([0x1e]);
    }
    let hex = crate::hex::encode(&hasher.finalize());
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RubricSet;

    fn shipped() -> RubricSet {
        RubricSet::builtin().expect("the shipped rubrics and translations are valid")
    }

    /// Every shipped language translates every question, level, help text, mechanism and
    /// recommendation of every shipped rubric, from today's English.
    #[test]
    fn every_shipped_translation_is_complete_and_up_to_date() {
        let rubrics = shipped();
        for lang in Lang::ALL.into_iter().skip(1) {
            for covered in rubrics.coverage(lang) {
                assert!(covered.is_complete(), "{lang} {}: {covered:?}", covered.rubric);
                let english = rubrics.get(&covered.rubric).expect("a shipped rubric");
                assert_eq!(covered.translated, english.questions.len());
            }
            // And the texts a reader sees are the translation's, not the English.
            let translated = rubrics.in_language(lang);
            for (english, rubric) in rubrics.iter().zip(translated.iter()) {
                assert_ne!(english.title, rubric.title);
                for (question, theirs) in english.questions.iter().zip(&rubric.questions) {
                    assert_ne!(question.prompt, theirs.prompt, "{lang} {}", question.id);
                    for (level, other) in question.levels.iter().zip(&theirs.levels) {
                        assert_ne!(level, other, "{lang} {}", question.id);
                    }
                    for (mechanism, other) in question.mechanisms.iter().zip(&theirs.mechanisms) {
                        assert_ne!(mechanism.label, other.label, "{lang} {}.{}", question.id, mechanism.id);
                        assert_eq!(mechanism.recommendation.is_some(), other.recommendation.is_some());
                    }
                    // The structure is the English one: same scores for the same answers.
                    assert_eq!(question.levels.len(), theirs.levels.len());
                    assert_eq!(question.red_flag_at, theirs.red_flag_at);
                    assert_eq!(question.weight, theirs.weight);
                }
            }
        }
    }

    /// A changed English question is shown in English, and reported with its new digest, rather
    /// than in a translation of what it used to say.
    #[test]
    fn a_changed_english_question_marks_its_translation_stale() {
        let rubrics = shipped();
        let mut english = rubrics.get("openness").expect("openness").clone();
        english.questions[0].levels[1] = "A new English level text.".to_string();
        let overlay_text = crate::assets::RUBRIC_TRANSLATIONS
            .iter()
            .find(|(lang, name, _)| *lang == "fr" && *name == "openness.toml")
            .map(|(_, _, text)| *text)
            .expect("the French openness translation");
        let file =
            TomlFile::from_text(std::path::Path::new("fr/openness.toml"), overlay_text.to_string()).expect("it parses");
        let overlay = Overlay::from_file(&file).expect("it is an overlay");
        let (translated, coverage) = overlay.apply(&english);
        let id = english.questions[0].id.clone();
        assert_eq!(
            coverage.stale,
            vec![(id.clone(), question_digest(&english.questions[0]))]
        );
        assert_eq!(translated.questions[0].levels[1], "A new English level text.");
        assert_eq!(translated.questions[0].prompt, english.questions[0].prompt);
        assert_eq!(coverage.translated, english.questions.len() - 1);
        assert!(!coverage.is_complete());
    }

    /// The glossary's checked terms: wherever the English text of a shipped rubric names one,
    /// its translation uses the Internet Society's word for it.
    #[test]
    fn translations_use_the_glossarys_terms() {
        #[derive(Deserialize)]
        struct Glossary {
            terms: Vec<Term>,
        }
        #[derive(Deserialize)]
        struct Term {
            en: String,
            #[serde(default)]
            check: bool,
            fr: Word,
            es: Word,
            pt: Word,
        }
        #[derive(Deserialize)]
        struct Word {
            term: String,
            source: String,
        }
        let glossary: Glossary =
            toml::from_str(include_str!("../../locales/terms.toml")).expect("locales/terms.toml parses");
        let rubrics = shipped();
        let mut misses = Vec::new();
        for term in glossary.terms.iter() {
            for (lang, word) in [(Lang::Fr, &term.fr), (Lang::Es, &term.es), (Lang::Pt, &term.pt)] {
                assert!(!word.source.is_empty(), "{}: {lang} has no source", term.en);
                if !term.check {
                    continue;
                }
                let translated = rubrics.in_language(lang);
                for (english, rubric) in rubrics.iter().zip(translated.iter()) {
                    let pairs = std::iter::once((&english.description, &rubric.description)).chain(
                        english
                            .questions
                            .iter()
                            .zip(&rubric.questions)
                            .flat_map(|(question, theirs)| {
                                [(&question.help, &theirs.help), (&question.prompt, &theirs.prompt)]
                            }),
                    );
                    for (source, text) in pairs {
                        let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                        if flat(source).contains(&term.en.to_lowercase())
                            && !flat(text).contains(&word.term.to_lowercase())
                        {
                            misses.push(format!("{lang} {}: `{}` without `{}`", rubric.id, term.en, word.term));
                        }
                    }
                }
            }
        }
        assert!(misses.is_empty(), "{}", misses.join("\n"));
    }
}
