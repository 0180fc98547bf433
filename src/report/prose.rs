//! The sentences a brief generates rather than quotes: the summary paragraph, the verdict line,
//! and the methodology (the scoring rule, the bands, the sources, the coverage map).

use super::format::percent;
use super::views::{BandView, CoverageRow, DimensionView, MethodologyView, OverallView, RubricInfo, SourceView};
use crate::model::ids::QuestionId;
use crate::model::{Dimension, Rubric, iiat};
use crate::scoring::{BANDS, MIN_COVERAGE, Rating};

pub(super) fn methodology(rubrics: &[&Rubric]) -> MethodologyView {
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
        intro: format!(
            "This brief follows the Internet Society's Internet Impact Assessment Toolkit and the \
             multistakeholder principles of Internet governance. It judges the proposal on {rubric_names}, \
             both of the process that produced it and of its effect on the Internet, and gives a verdict \
             on each. Each rubric asks a fixed set of questions; for each, the assessors chose the level \
             that best describes the proposal and gave their reasons and evidence."
        ),
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
        "For each question the assessors chose the level that best describes the proposal, wrote what they found in their own words, named the provisions it rests on, and, for effect questions, ticked the mechanisms the proposal uses from the rubric's list of harms and safeguards. The level texts are positions on a scale, not findings.".to_string(),
        "Each answered question earns weight × level points out of weight × top level.".to_string(),
        "A score is 100 × points ÷ possible points over the questions answered with a level; with none it has no score. It is kept for each rubric, for each dimension of each rubric, and for each dimension over all rubrics, where every question counts with its weight times its rubric's weight.".to_string(),
        "An effect question found not affected, or screened out at the screening step, counts toward coverage but not toward the score, so a measure is judged on the harms it does; it is never a strength and gets no recommendation. When every applicable effect question is not affected or screened out, and none is still open, the effect is rated No effect found.".to_string(),
        "Questions marked unknown or left unanswered count as applicable but unanswered; questions marked not applicable, or whose condition does not hold, are left out.".to_string(),
        format!("Coverage is the weight of questions answered, found not affected or screened out ÷ the weight of applicable questions; below {} the rating is Insufficient evidence.", percent(MIN_COVERAGE)),
        "The effect's ratings are named for what they mean for the Internet: Protective (score ≥ 80), Low risk (≥ 60), Harmful (≥ 40) and Serious harm (below 40). The process keeps Strong, Adequate, Weak and Serious concerns for the same bands.".to_string(),
        "Red flags come from what was found: an answer at or below a question's red-flag level, or a ticked harm that raises a flag of its own. A ticked safeguard that contains a harm lowers its flag one grade. A severe flag, or two flagged effect questions, caps the effect at Serious harm; one flag caps it at Harmful. On the process a red flag caps at Weak, and one at the question's worst level at Serious concerns.".to_string(),
        "Because a level alone raises at most an ordinary flag, moving one answer by one level can never take a Protective or Low-risk effect to Serious harm. Every brief says on page 1 whether any single answer moved by one level would change the effect's rating, and which.".to_string(),
        "The overall rating is the worse of the effect and the process ratings, so a good process cannot make up for a harmful effect. A process without enough evidence leaves the verdict to the effect; an effect without enough evidence leaves no verdict. A rubric's rating follows the same rule over its own questions.".to_string(),
        "The overall score is the rubric scores averaged by rubric weight, over rubrics that have a score; overall coverage averages every rubric's coverage by weight. The score is shown for reference: the rating follows the rule above.".to_string(),
        "Advice on the effect comes only from the harms the assessors ticked (the harm's own recommendation, unless a ticked safeguard contains it) or from their own words; an answer below its acceptable level with nothing ticked gets none. Advice on the process follows the level. Advice is given where an answer is below the level its question marks as acceptable, or raises a red flag; the assessor's own advice replaces the rubric's. Severe red flags come first, then other red flags, then the rest; within each, effect before process, then the answers furthest below their top level, then by priority = weight × (top level − level) ÷ top level.".to_string(),
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
                        .map(move |q| QuestionId::new(&rubric.id, &q.id))
                })
                .collect(),
        })
        .collect()
}

pub(super) fn summary_paragraph(overall: &OverallView, open: usize, not_affected: usize) -> String {
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
        sentences.push(format!("{}: {}{score}.", dimension.label, dimension.verdict));
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
        let (ceiling, band) = (
            ceiling.label_for(dimension.id),
            band.map(|band| band.label_for(dimension.id)),
        );
        let area = match dimension.id {
            Dimension::Effect => "the effect",
            Dimension::Process => "the process",
        };
        match band {
            Some(band) if dimension.verdict == ceiling => sentences.push(format!(
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

/// "Effect on the Internet: Serious harm. Process: Adequate."
pub(super) fn verdict(dimensions: &[DimensionView]) -> String {
    dimensions
        .iter()
        .map(|dimension| format!("{}: {}.", dimension.label, dimension.verdict))
        .collect::<Vec<_>>()
        .join(" ")
}
