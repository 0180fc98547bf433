//! The sentences a brief generates rather than quotes: the summary paragraph, the verdict line,
//! and the methodology (the scoring rule, the bands, the sources, the coverage map).

use std::cell::RefCell;
use std::sync::Arc;

use super::format::percent;
use super::views::{BandView, CoverageRow, DimensionView, MethodologyView, OverallView, RubricInfo, SourceView};
use crate::i18n::{Lang, tr};
use crate::model::ids::QuestionId;
use crate::model::{Dimension, Rubric, iiat};
use crate::scoring::{BANDS, MIN_COVERAGE, Rating};

/// The methodology of `rubrics` in `lang`, where `rubrics` are the rubrics of set number `serial`
/// (see [`RubricSet::serial`](crate::model::RubricSet::serial)) that a brief answers.
///
/// It depends on the rubrics and the language alone, so each thread makes it once and every
/// brief of a batch on the same rubrics shares it: making it anew took 6% of a Markdown brief.
pub(super) fn shared_methodology(serial: u64, rubrics: &[&Rubric], lang: Lang) -> Arc<MethodologyView> {
    /// A methodology made, and what it was made from.
    struct Kept {
        serial: u64,
        lang: Lang,
        rubric_ids: Vec<String>,
        view: Arc<MethodologyView>,
    }
    /// How many a thread keeps: a batch mixes a few languages and rubric selections at most.
    const KEPT: usize = 16;
    thread_local! {
        static MADE: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
    }
    let same = |kept: &Kept| {
        kept.serial == serial
            && kept.lang == lang
            && kept
                .rubric_ids
                .iter()
                .map(String::as_str)
                .eq(rubrics.iter().map(|rubric| rubric.id.as_str()))
    };
    if let Some(view) = MADE.with_borrow(|made| made.iter().find(|kept| same(kept)).map(|kept| kept.view.clone())) {
        return view;
    }
    let view = Arc::new(methodology(rubrics, lang));
    MADE.with_borrow_mut(|made| {
        if made.len() >= KEPT {
            made.remove(0);
        }
        made.push(Kept {
            serial,
            lang,
            rubric_ids: rubrics.iter().map(|rubric| rubric.id.clone()).collect(),
            view: view.clone(),
        });
    });
    view
}

pub(super) fn methodology(rubrics: &[&Rubric], lang: Lang) -> MethodologyView {
    let rules = methodology_rules(lang);
    let bands = BANDS
        .iter()
        .map(|(rating, lowest)| BandView {
            rating: *rating,
            rating_label: rating.label_in(lang),
            rating_key: rating.key(),
            rule: if *lowest > 0.0 {
                crate::tr!(lang, "brief-text-band-at-least", lowest = lowest.to_string())
            } else {
                tr(lang, "brief-text-band-below")
            },
        })
        .chain([
            BandView {
                rating: Rating::NoEffectFound,
                rating_label: Rating::NoEffectFound.label_in(lang),
                rating_key: Rating::NoEffectFound.key(),
                rule: tr(lang, "brief-text-band-no-effect"),
            },
            BandView {
                rating: Rating::InsufficientEvidence,
                rating_label: Rating::InsufficientEvidence.label_in(lang),
                rating_key: Rating::InsufficientEvidence.key(),
                rule: crate::tr!(
                    lang,
                    "brief-text-band-insufficient",
                    coverage = percent(MIN_COVERAGE, lang)
                ),
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
    let rubric_names = crate::i18n::and_list(&titles, lang);
    MethodologyView {
        intro: crate::tr!(lang, "brief-text-intro", rubrics = rubric_names.clone()),
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
        coverage_map: coverage_map(rubrics, lang),
    }
}

fn count_in(rubric: &Rubric, dimension: Dimension) -> usize {
    rubric.questions.iter().filter(|q| q.dimension() == dimension).count()
}

/// The scoring rule, a sentence a line, as every brief's methodology states it.
pub fn methodology_rules(lang: Lang) -> Vec<String> {
    [
        "brief-text-rule-dimensions",
        "brief-text-rule-levels",
        "brief-text-rule-points",
        "brief-text-rule-score",
        "brief-text-rule-not-affected",
        "brief-text-rule-unknown",
        "brief-text-rule-coverage",
        "brief-text-rule-ratings",
        "brief-text-rule-flags",
        "brief-text-rule-robustness",
        "brief-text-rule-overall",
        "brief-text-rule-overall-score",
        "brief-text-rule-advice",
        "brief-text-rule-rounding",
    ]
    .iter()
    .map(|id| crate::tr!(lang, id, coverage = percent(MIN_COVERAGE, lang)))
    .collect()
}

/// Each critical property and enabler, with the effect questions of `rubrics` that cover it.
fn coverage_map(rubrics: &[&Rubric], lang: Lang) -> Vec<CoverageRow> {
    iiat::ITEMS
        .iter()
        .map(|item| {
            let covering: Vec<(QuestionId, &str)> = rubrics
                .iter()
                .flat_map(|rubric| {
                    rubric
                        .questions
                        .iter()
                        .filter(|q| q.dimension() == Dimension::Effect && q.covers.iter().any(|c| c == item.id))
                        .map(move |q| (QuestionId::new(&rubric.id, &q.id), q.area.as_deref().unwrap_or("")))
                })
                .collect();
            // A reader knows the questions by the areas page 1 names them by; the id stands in
            // for an area a custom rubric leaves out. Areas can hold commas, so they are
            // separated the way a list of phrases is in the brief's language.
            let areas: Vec<String> = covering
                .iter()
                .map(|(id, area)| {
                    if area.is_empty() {
                        id.to_string()
                    } else {
                        (*area).to_string()
                    }
                })
                .collect();
            CoverageRow {
                id: item.id,
                label: item.label_in(lang),
                kind: item.kind.label_in(lang),
                covered_by: (!areas.is_empty()).then(|| areas.join(&crate::i18n::tr(lang, "semicolon"))),
                questions: covering.into_iter().map(|(id, _)| id).collect(),
            }
        })
        .collect()
}

pub(super) fn summary_paragraph(overall: &OverallView, open: usize, not_affected: usize, lang: Lang) -> String {
    let mut sentences = Vec::new();
    let judged = overall.score.is_some() || not_affected > 0;
    if !judged {
        sentences.push(tr(lang, "brief-text-unjudged"));
    }
    // The dimensions' verdicts are the headline every brief prints above this paragraph; the
    // paragraph goes on from there rather than saying them again.
    if judged {
        let effect = overall.dimensions.iter().find(|d| d.id == Dimension::Effect);
        let process = overall.dimensions.iter().find(|d| d.id == Dimension::Process);
        let held_by_effect = matches!((effect, process), (Some(effect), Some(process))
            if overall.rating == effect.rating && process.rating < effect.rating && process.rating != Rating::InsufficientEvidence);
        // The headline already names the overall rating; the paragraph says why only where the
        // effect holds it down and the process alone would rate higher.
        if let (Some(effect), Some(process)) = (effect.filter(|_| held_by_effect), process) {
            sentences.push(crate::tr!(
                lang,
                "brief-text-overall-held",
                rating = overall.rating.label_in(lang),
                effect = effect.verdict,
                process = process.verdict
            ));
        }
        // And where the process holds it down below a better effect (a favourable text drafted
        // behind closed doors): otherwise page 1 shows a protective effect beside a poor overall
        // rating without saying why.
        let held_by_process = matches!((effect, process), (Some(effect), Some(process))
            if overall.rating == process.rating && effect.rating < process.rating && effect.rating != Rating::InsufficientEvidence);
        if let (Some(effect), Some(process)) = (effect, process.filter(|_| held_by_process)) {
            sentences.push(crate::tr!(
                lang,
                "brief-text-overall-held-by-process",
                rating = overall.rating.label_in(lang),
                process = process.verdict,
                effect = effect.verdict
            ));
        }
        // And where the process has too little evidence to be rated, so that the effect alone
        // sets the verdict: otherwise page 1 shows an overall rating above what the score beside
        // it would give, without saying why.
        // Unless some rubrics' process is rated, and rated worse than the effect: that sets the
        // verdict, and page 1 says where it comes from.
        let in_part = overall
            .process_in_part
            .as_ref()
            .filter(|in_part| in_part.rating == overall.rating);
        let effect_alone = matches!((effect, process), (Some(effect), Some(process))
            if process.rating == Rating::InsufficientEvidence
                && effect.rating != Rating::InsufficientEvidence
                && overall.rating == effect.rating
                && in_part.is_none_or(|in_part| in_part.rating <= effect.rating));
        if let (Some(effect), Some(in_part)) = (effect.filter(|effect| effect.rating < overall.rating), in_part) {
            sentences.push(crate::tr!(
                lang,
                "brief-text-overall-process-in-part",
                rating = overall.rating.label_in(lang),
                effect = effect.verdict,
                process = in_part.rating.label_in(lang),
                rubrics = in_part.rubrics.clone()
            ));
        } else if let Some(effect) = effect.filter(|_| effect_alone) {
            sentences.push(crate::tr!(
                lang,
                "brief-text-overall-effect-alone",
                rating = overall.rating.label_in(lang),
                effect = effect.verdict
            ));
        }
        sentences.push(match overall.score {
            Some(_) => crate::tr!(
                lang,
                "brief-text-overall-score",
                score = overall.score_display.clone(),
                coverage = overall.coverage_display.clone()
            ),
            None => crate::tr!(
                lang,
                "brief-text-overall-no-score",
                coverage = overall.coverage_display.clone()
            ),
        });
    }
    // Say that red flags changed a rating only where they did: the score alone would rate higher.
    for dimension in &overall.dimensions {
        let Some(ceiling) = dimension.cap.ceiling() else {
            continue;
        };
        let count = dimension.red_flags.len();
        let band = dimension.score.map(Rating::from_score);
        let id = match (band, dimension.rating) {
            _ if Rating::decided_by_flags(dimension.coverage, dimension.cap) => "brief-text-flags-decide",
            (_, Rating::InsufficientEvidence) | (None, _) => "brief-text-flags",
            (Some(band), _) if band < ceiling => "brief-text-flags-cap",
            // The flags hold the rating where the score alone puts it, or the score alone puts
            // it lower: said so, rather than counted as if they did nothing.
            (Some(band), _) if band == ceiling => "brief-text-flags-held",
            (Some(_), _) => "brief-text-flags-below",
        };
        let area = match dimension.id {
            Dimension::Effect => tr(lang, "brief-text-area-effect"),
            Dimension::Process => tr(lang, "brief-text-area-process"),
        };
        sentences.push(crate::tr!(
            lang,
            id,
            count = count,
            area = area,
            ceiling = ceiling.label_for_in(dimension.id, lang),
            band = band.map_or("", |band| band.label_for_in(dimension.id, lang))
        ));
    }
    if overall.rating == Rating::InsufficientEvidence && overall.score.is_some() {
        sentences.push(tr(lang, "brief-text-too-few"));
    }
    if open > 0 {
        sentences.push(crate::tr!(lang, "brief-text-still-open", count = open));
    }
    sentences.join(" ")
}

/// "Effect on the Internet: Serious harm. Process: Adequate.", with the language's colon.
pub(super) fn verdict(dimensions: &[DimensionView], lang: Lang) -> String {
    verdict_sentence(
        dimensions.iter().map(|dimension| (dimension.label, dimension.verdict)),
        lang,
    )
}

/// The same from each dimension's name and verdict, for a view that names them in a language of
/// its own (the change brief's, whatever its briefs').
pub fn verdict_sentence<'a>(named: impl IntoIterator<Item = (&'a str, &'a str)>, lang: Lang) -> String {
    let colon = tr(lang, "colon");
    named
        .into_iter()
        .map(|(name, verdict)| format!("{name}{colon} {verdict}."))
        .collect::<Vec<_>>()
        .join(" ")
}
