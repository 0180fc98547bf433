//! The rubrics one run works with: the three shipped rubrics, embedded in the binary, plus any a
//! user adds or overrides (by id) from a `--rubrics DIR`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use super::ids::{QuestionId, joined, nearest};
use super::rubric::Rubric;
use super::toml_file::TomlFile;
use super::translation::{Coverage, Overlay};
use crate::assets;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::say;

/// Rubrics by id, shipped ones first, in a stable order, with their translations.
#[derive(Debug, Clone)]
pub struct RubricSet {
    rubrics: Vec<Rubric>,
    /// The user's translations the set was loaded with.
    overlays: Vec<Overlay>,
    /// Whether the shipped translations apply where the user has none (sets built in memory
    /// have none).
    shipped_translations: bool,
    /// The set in each language (by [`Lang::ALL`] index), made on first use: a batch of
    /// thousands of briefs in French translates the rubrics once.
    translated: [OnceLock<Box<Translated>>; Lang::ALL.len()],
    /// A number no other set built by this process has (see [`RubricSet::serial`]).
    serial: u64,
}

/// The rubric set in one language, and what of it stayed in English.
#[derive(Debug, Clone)]
struct Translated {
    set: RubricSet,
    coverage: Vec<Coverage>,
}

impl PartialEq for RubricSet {
    fn eq(&self, other: &RubricSet) -> bool {
        self.rubrics == other.rubrics
            && self.overlays == other.overlays
            && self.shipped_translations == other.shipped_translations
    }
}

impl RubricSet {
    /// The shipped rubrics only.
    pub fn builtin() -> Result<RubricSet, Vec<Diagnostic>> {
        Self::load(None)
    }

    /// The shipped rubrics, with those in `dir` (every `*.toml` in it) added or overriding by id.
    /// Every problem in every file is reported, not only the first.
    pub fn load(dir: Option<&Path>) -> Result<RubricSet, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut rubrics: Vec<Rubric> = Vec::new();
        for (name, text) in assets::RUBRICS {
            let path = PathBuf::from(format!("rubrics/{name} (built in)"));
            match TomlFile::from_text(&path, text.to_string())
                .map_err(|problem| vec![problem])
                .and_then(|file| Rubric::from_file(&file))
            {
                Ok(rubric) => rubrics.push(rubric),
                Err(found) => problems.extend(found),
            }
        }
        if let Some(dir) = dir {
            // Which of the user's files defined each id, so two of them cannot silently disagree.
            let mut defined_in: Vec<(String, PathBuf)> = Vec::new();
            for path in rubric_files(dir).map_err(|problem| vec![problem])? {
                match TomlFile::read(&path)
                    .map_err(|problem| vec![problem])
                    .and_then(|file| Rubric::from_file(&file))
                {
                    Ok(rubric) => {
                        if let Some((_, first)) = defined_in.iter().find(|(id, _)| *id == rubric.id) {
                            problems.push(
                                Diagnostic::new(
                                    &path,
                                    say!(
                                        "rubric-defined-twice",
                                        id = rubric.id.as_str(),
                                        path = first.display().to_string()
                                    ),
                                )
                                .with_help(say!("rubric-defined-twice-help")),
                            );
                            continue;
                        }
                        defined_in.push((rubric.id.clone(), path.clone()));
                        match rubrics.iter_mut().find(|known| known.id == rubric.id) {
                            Some(known) => *known = rubric,
                            None => rubrics.push(rubric),
                        }
                    }
                    Err(found) => problems.extend(found),
                }
            }
        }
        // The shipped translations are read when their language is first asked for (see
        // `translation`); the user's are read now, so that their problems are reported.
        let mut overlays: Vec<Overlay> = Vec::new();
        if let Some(dir) = dir {
            for path in overlay_files(dir).map_err(|problem| vec![problem])? {
                match TomlFile::read(&path)
                    .map_err(|problem| vec![problem])
                    .and_then(|file| Overlay::from_file(&file))
                {
                    // A later file for the same rubric and language replaces an earlier one.
                    Ok(overlay) => {
                        overlays.retain(|known| (known.language, &known.rubric) != (overlay.language, &overlay.rubric));
                        overlays.push(overlay);
                    }
                    Err(found) => problems.extend(found),
                }
            }
        }
        let set = RubricSet {
            rubrics,
            overlays,
            shipped_translations: true,
            translated: Default::default(),
            serial: next_serial(),
        };
        problems.extend(set.dependency_problems());
        if problems.is_empty() { Ok(set) } else { Err(problems) }
    }

    /// The set with its texts in `lang` wherever a translation of today's English exists (the
    /// rest in English): the same ids, levels, weights and rules, so the same scores.
    pub fn in_language(&self, lang: Lang) -> &RubricSet {
        match lang {
            Lang::En => self,
            _ => &self.translation(lang).set,
        }
    }

    /// What of each rubric stays in English in `lang` (nothing, in English).
    pub fn coverage(&self, lang: Lang) -> &[Coverage] {
        match lang {
            Lang::En => &[],
            _ => &self.translation(lang).coverage,
        }
    }

    fn translation(&self, lang: Lang) -> &Translated {
        self.translated[lang.index()].get_or_init(|| {
            let shipped = if self.shipped_translations {
                shipped_overlays(lang)
            } else {
                Vec::new()
            };
            let mut coverage = Vec::new();
            let rubrics = self
                .rubrics
                .iter()
                .map(|rubric| {
                    // The user's translation of a rubric replaces the shipped one.
                    let overlay = self
                        .overlays
                        .iter()
                        .chain(&shipped)
                        .find(|overlay| overlay.language == lang && overlay.rubric == rubric.id);
                    match overlay {
                        Some(overlay) => {
                            let (translated, covered) = overlay.apply(rubric);
                            coverage.push(covered);
                            translated
                        }
                        None => {
                            coverage.push(Coverage {
                                rubric: rubric.id.clone(),
                                lang,
                                missing: rubric.questions.iter().map(|question| question.id.clone()).collect(),
                                header_stale: Some(super::translation::header_digest(rubric)),
                                ..Coverage::default()
                            });
                            rubric.clone()
                        }
                    }
                })
                .collect();
            let set = RubricSet {
                rubrics,
                overlays: Vec::new(),
                shipped_translations: false,
                translated: Default::default(),
                serial: next_serial(),
            };
            Box::new(Translated { set, coverage })
        })
    }

    /// Builds a set from rubrics already in memory (tests, tools), checking their dependencies.
    pub fn from_rubrics(rubrics: Vec<Rubric>) -> Result<RubricSet, Vec<Diagnostic>> {
        let set = RubricSet {
            rubrics,
            overlays: Vec::new(),
            shipped_translations: false,
            translated: Default::default(),
            serial: next_serial(),
        };
        let problems = set.dependency_problems();
        if problems.is_empty() { Ok(set) } else { Err(problems) }
    }

    /// A number that no other set built by this process has, and that a set keeps as long as it
    /// lives. A set's rubrics never change once it is built (and a clone holds the same rubrics),
    /// so what is derived from them alone, a brief's methodology, can be kept under this number
    /// and reused for every brief of a batch.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// The rubric with id `id`.
    pub fn get(&self, id: &str) -> Option<&Rubric> {
        self.rubrics.iter().find(|rubric| rubric.id == id)
    }

    /// Every rubric, shipped ones first.
    pub fn iter(&self) -> impl Iterator<Item = &Rubric> {
        self.rubrics.iter()
    }

    /// Every rubric id.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.rubrics.iter().map(|rubric| rubric.id.as_str())
    }

    /// The rubrics with the given ids that exist, in the order given.
    pub fn select<'a>(&'a self, ids: &[&str]) -> Vec<&'a Rubric> {
        ids.iter().filter_map(|id| self.get(id)).collect()
    }

    /// The effect questions of the rubrics `ids` but `rubric.question`, in order: those whose
    /// advice may answer that one too (`advice_under`), as the wizard and `serve` offer them.
    pub fn other_effect_questions<'a>(
        &'a self,
        ids: &[&str],
        rubric: &str,
        question: &str,
    ) -> Vec<(&'a Rubric, &'a super::Question)> {
        self.select(ids)
            .into_iter()
            .flat_map(|other_rubric| other_rubric.questions.iter().map(move |other| (other_rubric, other)))
            .filter(|(_, other)| !other.mechanisms.is_empty())
            .filter(|(other_rubric, other)| other_rubric.id != rubric || other.id != question)
            .collect()
    }

    /// `applies_if` conditions must name an existing question (when its rubric is known), ask for
    /// a level it has, and never form a cycle (which would make "applies" undefined).
    fn dependency_problems(&self) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        for rubric in &self.rubrics {
            let path = PathBuf::from(say!("rubric-location", id = rubric.id.as_str()));
            for question in &rubric.questions {
                let Some(condition) = &question.applies_if else {
                    continue;
                };
                let (target_rubric, target_question) = (condition.question.rubric(), condition.question.question());
                let full_id = QuestionId::new(&rubric.id, &question.id);
                let Some(target_rubric) = self.get(target_rubric) else {
                    problems.push(
                        Diagnostic::new(
                            &path,
                            say!(
                                "rubric-applies-if-unknown-rubric",
                                id = full_id.to_string(),
                                question = condition.question.to_string()
                            ),
                        )
                        .with_help(say!(
                            "rubric-known-rubrics-help",
                            known = nearest(target_rubric, self.ids()).join(", ")
                        )),
                    );
                    continue;
                };
                match target_rubric.question(target_question) {
                    None => problems.push(
                        Diagnostic::new(
                            &path,
                            say!(
                                "rubric-applies-if-unknown-question",
                                id = full_id.to_string(),
                                question = condition.question.to_string()
                            ),
                        )
                        .with_help(say!(
                            "rubric-questions-of-help",
                            rubric = target_rubric.id.as_str(),
                            known = joined(&target_rubric.question_ids())
                        )),
                    ),
                    Some(target) if condition.min_level as usize >= target.levels.len() => problems.push(
                        Diagnostic::new(
                            &path,
                            say!(
                                "rubric-applies-if-level",
                                id = full_id.to_string(),
                                level = condition.min_level.to_string(),
                                question = condition.question.to_string(),
                                top = (target.levels.len() - 1).to_string()
                            ),
                        )
                        .with_help(say!("rubric-applies-if-level-help")),
                    ),
                    Some(_) => {}
                }
                if self.depends_on_itself(&full_id) {
                    problems.push(
                        Diagnostic::new(&path, say!("rubric-cycle", id = full_id.to_string()))
                            .with_help(say!("rubric-cycle-help")),
                    );
                }
            }
        }
        problems
    }

    fn depends_on_itself(&self, start: &QuestionId) -> bool {
        let mut current = start.clone();
        // A chain longer than the number of questions must revisit one of them.
        let limit = self.rubrics.iter().map(|rubric| rubric.questions.len()).sum::<usize>();
        for _ in 0..=limit {
            let Some(next) = self.condition_of(&current) else {
                return false;
            };
            if next == *start {
                return true;
            }
            current = next;
        }
        false
    }

    fn condition_of(&self, full_id: &QuestionId) -> Option<QuestionId> {
        let condition = self
            .get(full_id.rubric())?
            .question(full_id.question())?
            .applies_if
            .as_ref()?;
        Some(condition.question.clone())
    }

    /// The rubric and question a full id names, if the set has them.
    pub fn question(&self, full_id: &QuestionId) -> Option<(&Rubric, &super::Question)> {
        let rubric = self.get(full_id.rubric())?;
        Some((rubric, rubric.question(full_id.question())?))
    }
}

/// The `*.toml` files directly inside `dir`, sorted so that overrides apply in a stable order.
fn rubric_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Diagnostic::new(
            dir,
            say!("rubric-folder-unreadable", error = crate::i18n::io_reason(&error)),
        )
        .with_help(say!("rubric-folder-unreadable-help"))
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && super::toml_file::has_toml_extension(path))
        .collect();
    files.sort();
    Ok(files)
}

/// The translations in a rubrics folder: `l10n/<lang>/*.toml`, for the languages we have.
fn overlay_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let folder = dir.join("l10n").join(lang.code());
        if folder.is_dir() {
            files.extend(rubric_files(&folder)?);
        }
    }
    Ok(files)
}

/// The shipped translations into `lang`. They are embedded in the binary and every one of them is
/// loaded by a test (`catalog::tests::every_shipped_translation_loads`), so none can fail here;
/// were one to, its rubric would stay in English, as an untranslated one does.
fn shipped_overlays(lang: Lang) -> Vec<Overlay> {
    assets::RUBRIC_TRANSLATIONS
        .iter()
        .filter(|(code, _, _)| *code == lang.code())
        .filter_map(|(code, name, text)| shipped_overlay(code, name, text).ok())
        .collect()
}

/// One shipped translation, read.
fn shipped_overlay(code: &str, name: &str, text: &str) -> Result<Overlay, Vec<Diagnostic>> {
    let path = PathBuf::from(format!("rubrics/l10n/{code}/{name} (built in)"));
    TomlFile::from_text(&path, text.to_string())
        .map_err(|problem| vec![problem])
        .and_then(|file| Overlay::from_file(&file))
}

/// The next [`RubricSet::serial`].
fn next_serial() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_translation_loads() {
        for (code, name, text) in assets::RUBRIC_TRANSLATIONS {
            let overlay = shipped_overlay(code, name, text).unwrap_or_else(|problems| {
                panic!("rubrics/l10n/{code}/{name}: {problems:?}");
            });
            assert_eq!(overlay.language.code(), code, "{name}");
        }
        // Each language takes its own and no other.
        for lang in [Lang::Fr, Lang::Es, Lang::Pt] {
            let overlays = shipped_overlays(lang);
            assert_eq!(overlays.len(), 3, "{lang}");
            assert!(overlays.iter().all(|overlay| overlay.language == lang), "{lang}");
        }
        assert!(shipped_overlays(Lang::En).is_empty());
    }
}
