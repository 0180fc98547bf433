//! The brief's view-model: everything a brief says, built once from the rubrics, the assessment and
//! the scores, with labels resolved and numbers formatted. Every renderer (Markdown, HTML, PDF,
//! JSON, terminal) reads this one structure, so they cannot disagree. Its JSON form is the
//! documented JSON brief.
//!
//! `views` holds the types, this module assembles them, `prose` writes the sentences a brief
//! generates (summary, methodology), and `format` the numbers as they are shown.

mod format;
mod measure;
mod prose;
mod quote;
mod text;
mod views;

pub use format::{
    count, long_date, long_date_of, number, percent, percentage_points, question_name, score_change_display,
    score_display,
};
pub use prose::{methodology_rules, verdict_sentence};
pub use quote::Quote;
pub use text::consultation_text;
pub use views::*;

use crate::i18n::{Labels, Lang, tr};
use crate::markup::{UserText, bidi_closed, is_web_link};
use crate::model::assessment::calendar_date;
use crate::model::assessment::{AssessmentInfo, Proposal, ProposalKind, Stage};
use crate::model::ids::QuestionId;
use crate::model::{Answer, Assessment, Dimension, FlagGrade, Mechanism, MechanismKind, Question, Rubric, RubricSet};
use crate::scoring::{
    self, DimensionScore, NEXT_STEPS, OverallScore, QuestionScore, QuestionStatus, Rating, RubricScore, Scorecard,
};
use measure::MeasureWords;
use std::sync::{Arc, OnceLock};

use prose::{methodology, shared_methodology, summary_paragraph, verdict};

/// Version of the JSON brief's shape.
pub const BRIEF_SCHEMA_VERSION: u32 = 1;

/// How many strengths the summary names.
const SUMMARY_ITEMS: usize = 3;

/// How many concerns page 1 names, severest first; the rest are counted and left to the findings.
const SUMMARY_CONCERNS: usize = 5;

impl Brief {
    /// Scores `assessment` against `rubrics` and builds the brief.
    pub fn build(rubrics: &[&Rubric], assessment: &Assessment) -> Brief {
        let scorecard = scoring::score(rubrics, assessment);
        Brief::from_scorecard(rubrics, assessment, &scorecard)
    }

    /// The brief of an assessment already checked against `rubrics`, over the rubrics it answers,
    /// in the assessment's language (the rubrics' texts too, where they are translated).
    pub fn of(assessment: &Assessment, rubrics: &RubricSet) -> Brief {
        let lang = lang_of(assessment);
        let set = rubrics.in_language(lang);
        let rubrics = set.select(&assessment.rubric_ids());
        let scorecard = scoring::score(&rubrics, assessment);
        let methodology = shared_methodology(set.serial(), &rubrics, lang);
        Brief::assemble(&rubrics, assessment, &scorecard, methodology)
    }

    /// Builds the brief from an existing scorecard.
    pub fn from_scorecard(rubrics: &[&Rubric], assessment: &Assessment, scorecard: &Scorecard) -> Brief {
        let methodology = Arc::new(methodology(rubrics, lang_of(assessment)));
        Brief::assemble(rubrics, assessment, scorecard, methodology)
    }

    fn assemble(
        rubrics: &[&Rubric],
        assessment: &Assessment,
        scorecard: &Scorecard,
        methodology: Arc<MethodologyView>,
    ) -> Brief {
        let lang = lang_of(assessment);
        let kind = assessment.proposal.kind.unwrap_or(ProposalKind::Law);
        let measure = &MeasureWords::of(kind, assessment.proposal.stage, lang);
        let rubric_views: Vec<RubricView> = rubrics
            .iter()
            .zip(&scorecard.rubrics)
            .map(|(rubric, score)| rubric_view(rubric, score, rubrics, assessment, measure, lang))
            .collect();
        let lead = assessment.lead();
        let recommendations = recommendation_views(
            rubrics,
            assessment,
            scorecard,
            (&rubric_views, lead.as_ref()),
            measure,
            lang,
        );
        let not_affected = considered(&rubric_views, QuestionStatus::NotAffected);
        let screened_out = considered(&rubric_views, QuestionStatus::ScreenedOut);
        let open_questions = open_question_views(scorecard, &rubric_views, lang);
        let overall_view = overall_view(&scorecard.overall, &rubric_views, lang);
        let effect_rating = overall_view
            .dimensions
            .iter()
            .find(|d| d.id == Dimension::Effect)
            .map(|e| e.rating);
        let robustness = robustness_view(&scorecard.robustness, &rubric_views, effect_rating, lang);
        let screening = screening_view(&rubric_views, lang);
        let provisional = provisional(assessment, rubrics, &rubric_views, lang);
        let (mut summary, protective) = summary_view(
            &rubric_views,
            &overall_view,
            &recommendations,
            (scorecard.unanswered.len(), not_affected.len()),
            lead.as_ref(),
            (lang, assessment.text_lang()),
        );
        summary.next_steps_note = next_steps_note(
            (kind, assessment.proposal.stage),
            protective.as_deref(),
            measure.later(),
            !summary.next_steps.is_empty(),
            lang,
        );
        let scorecard_notes = scorecard_notes(&overall_view, &rubric_views, lang);
        let chart_alt = chart_alt(&overall_view, &rubric_views, lang);
        let generator = concat!("impact-brief ", env!("CARGO_PKG_VERSION")).to_string();
        let empty = empty_notes(assessment, &recommendations, scorecard, lang);
        Brief {
            schema_version: BRIEF_SCHEMA_VERSION,
            lang,
            text_lang: assessment.text_lang(),
            labels: labels(lang),
            words: crate::words::Furniture::of(lang),
            empty,
            colophon: crate::tr!(lang, "brief-text-generated-by", generator = generator.clone()),
            generator,
            proposal: proposal_view(&assessment.proposal, lang),
            assessment: assessment_view(&assessment.assessment, lang),
            overall: overall_view,
            summary,
            recommendations,
            unanswered: scorecard.unanswered.clone(),
            open_questions,
            not_affected,
            screened_out,
            screening,
            robustness,
            provisional,
            consultation: ConsultationView::for_brief(assessment, lang, |id| {
                find_question(&rubric_views, id).map(|(_, question)| question.prompt.clone())
            }),
            methodology,
            rubrics: rubric_views,
            scorecard_notes,
            chart_alt,
        }
    }
}

/// Finds a question's view, with its rubric's, by its full id.
fn find_question<'a>(
    rubric_views: &'a [RubricView],
    full_id: &QuestionId,
) -> Option<(&'a RubricView, &'a QuestionView)> {
    rubric_views
        .iter()
        .find_map(|rubric| rubric.questions.iter().find(|q| q.id == *full_id).map(|q| (rubric, q)))
}

/// Owns the recommendations: the scorecard's, in its order, each with its advice and the words
/// of the question it answers.
fn recommendation_views(
    rubrics: &[&Rubric],
    assessment: &Assessment,
    scorecard: &Scorecard,
    (rubric_views, lead): (&[RubricView], Option<&QuestionId>),
    measure: &MeasureWords,
    lang: Lang,
) -> Vec<RecommendationView> {
    let shared = advice_shared(assessment, rubric_views);
    let mut views = scorecard
        .recommendations
        .iter()
        .filter_map(|rec| {
            let (rubric_view, question_view) = find_question(rubric_views, &rec.question)?;
            let (rubric, question) = split_question(rubrics, &rec.question)?;
            let answer = assessment.answer(&rubric.id, &question.id);
            let advice = advice(question, answer, rec.level, measure)?;
            let priority = crate::i18n::decimal_sign(lang, format!("{:.2}", rec.priority));
            let also_answers: Vec<&QuestionView> = shared
                .iter()
                .filter(|(named, _)| *named == rec.question.as_str())
                .map(|(_, concern)| *concern)
                .collect();
            Some(RecommendationView {
                question: rec.question.clone(),
                priority: rec.priority,
                own: advice.own,
                text: advice.text,
                mechanisms: advice.mechanisms,
                red_flag: rec.red_flag,
                dimension: rec.dimension,
                rubric_title: rubric_view.title.clone(),
                prompt: question_view.prompt.clone(),
                level_display: question_view.level_display.clone(),
                priority_display: priority.clone(),
                meta: crate::tr!(
                    lang,
                    "brief-text-recommendation-meta",
                    level = question_view.level_display.clone(),
                    dimension = dimension_word(lang, rec.dimension),
                    priority = priority
                ),
                also: also_sentence(&also_answers, rubric_views, lang),
                also_answers: also_answers.iter().map(|view| view.id.clone()).collect(),
            })
        })
        .collect::<Vec<_>>();
    // The advice on the finding the assessors lead with comes first.
    to_front(&mut views, |view| Some(&view.question) == lead);
    views
}

/// Moves the first item of `list` that `is` picks to the front, keeping the others in order;
/// returns it, if there is one.
fn to_front<T>(list: &mut Vec<T>, is: impl Fn(&T) -> bool) -> Option<&T> {
    let at = list.iter().position(is)?;
    let chosen = list.remove(at);
    list.insert(0, chosen);
    list.first()
}

/// Each question named in `advice_under` with the concern whose answer names it, in the brief's
/// order: answers below their acceptable level, which the named question's advice answers as
/// well. Read once per brief, not once per recommendation.
fn advice_shared<'a>(assessment: &'a Assessment, rubric_views: &'a [RubricView]) -> Vec<(&'a str, &'a QuestionView)> {
    rubric_views
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .filter(|view| view.level.is_some_and(|level| level < view.acceptable_at))
        .filter_map(|view| Some((assessment.answer(view.id.rubric(), view.id.question())?, view)))
        .flat_map(|(answer, view)| {
            let named = &answer.advice_under;
            // A name written twice in one answer is that answer once.
            (0..named.len())
                .filter(move |&index| !named[..index].contains(&named[index]))
                .map(move |index| (named[index].as_str(), view))
        })
        .collect()
}

/// "It also answers the concern under Inclusiveness: Staying connected … (level 1 of 4)."
fn also_sentence(concerns: &[&QuestionView], rubric_views: &[RubricView], lang: Lang) -> Option<String> {
    if concerns.is_empty() {
        return None;
    }
    let named: Vec<String> = concerns
        .iter()
        .filter_map(|view| {
            let rubric = rubric_views.iter().find(|rubric| rubric.id == view.id.rubric())?;
            Some(crate::tr!(
                lang,
                "brief-text-also-answers-one",
                question = question_name(&rubric.title, &view.topic, lang),
                level = view.level_phrase.clone()
            ))
        })
        .collect();
    Some(crate::tr!(
        lang,
        "brief-text-also-answers",
        count = named.len(),
        questions = named.join(&tr(lang, "semicolon"))
    ))
}

/// Owns page 1's summary: the paragraph, the red flags and concerns severest first, the points
/// to watch, the strengths and the next steps. `counts` is (unanswered, not affected); the
/// assessors' findings are written in `text_lang`. Returned with what a favourable effect rests
/// on ([`protective_areas`]), for the sentence that opens the next steps.
fn summary_view(
    rubric_views: &[RubricView],
    overall_view: &OverallView,
    recommendations: &[RecommendationView],
    (unanswered, not_affected): (usize, usize),
    lead: Option<&QuestionId>,
    (lang, text_lang): (Lang, Lang),
) -> (SummaryView, Option<String>) {
    let answered: Vec<(&RubricView, &QuestionView)> = rubric_views
        .iter()
        .flat_map(|rubric| rubric.questions.iter().map(move |q| (rubric, q)))
        .filter(|(_, q)| q.status == QuestionStatus::Answered)
        .collect();
    let below = |q: &QuestionView| q.level.is_some_and(|level| level < q.acceptable_at);
    // A point to watch is an effect answer one rung below acceptable (limited, mixed or
    // unclear) that raises no flag: page 1 keeps it apart from the harms.
    let to_watch = |q: &QuestionView| {
        q.dimension == Dimension::Effect && !q.red_flag && q.level.is_some_and(|level| level + 1 == q.acceptable_at)
    };
    let mut flagged: Vec<(&RubricView, &QuestionView)> = answered.iter().copied().filter(|(_, q)| q.red_flag).collect();
    let mut concerning: Vec<(&RubricView, &QuestionView)> = answered
        .iter()
        .copied()
        .filter(|(_, q)| !q.red_flag && below(q) && !to_watch(q))
        .collect();
    let watch: Vec<(&RubricView, &QuestionView)> = answered.iter().copied().filter(|(_, q)| to_watch(q)).collect();
    flagged.sort_by(|a, b| severity_order(a.1, b.1));
    concerning.sort_by(|a, b| severity_order(a.1, b.1));
    let mut main: Vec<(&RubricView, &QuestionView)> = flagged.iter().chain(&concerning).copied().collect();
    // The effect sets the verdict, so it leads; but a process rated Weak or worse is part of the
    // verdict too, and its severest concern takes the last place on page 1 from an unflagged
    // effect concern rather than being left to the findings.
    let faulted = |rating: Rating| matches!(rating, Rating::Weak | Rating::SeriousConcerns);
    let process_faulted = overall_view
        .dimensions
        .iter()
        .any(|d| d.id == Dimension::Process && faulted(d.rating))
        || overall_view
            .process_in_part
            .as_ref()
            .is_some_and(|in_part| faulted(in_part.rating));
    let last_place_free = main.get(SUMMARY_CONCERNS - 1).is_some_and(|(_, q)| !q.red_flag);
    // The process's severest concern, when it is not among the five already.
    if let Some(first_process) = main.iter().position(|(_, q)| q.dimension == Dimension::Process)
        && first_process >= SUMMARY_CONCERNS
        && process_faulted
        && last_place_free
    {
        let process = main.remove(first_process);
        main.insert(SUMMARY_CONCERNS - 1, process);
    }
    // The finding the assessors chose to lead with comes first in its list, whatever the order
    // of concern says, and page 1 says it is their choice.
    let mut watch = watch;
    let mut strong = strengths(&answered);
    // What the effect's rating rests on is a fact of the answers, read before the assessors'
    // choice moves one of them.
    let strength_lead = strength_lead(overall_view, &strong, lang, text_lang);
    let protective = protective_areas(overall_view, &strong, lead, lang);
    let mut led = None;
    for list in [&mut main, &mut watch, &mut strong] {
        if let Some(chosen) = to_front(list, |(_, q)| Some(&q.id) == lead) {
            led = Some(*chosen);
        }
    }
    let more_concerns = main.len().saturating_sub(SUMMARY_CONCERNS);
    let finding_ref = |pair| finding_ref(pair, lang);
    let mut opening = summary_paragraph(overall_view, unanswered, not_affected, lang);
    if let Some((rubric, question)) = led {
        opening.push(' ');
        opening.push_str(&crate::tr!(
            lang,
            "brief-text-assessors-lead",
            topic = question.topic.clone(),
            rubric = rubric.title.clone()
        ));
    }
    let summary = SummaryView {
        paragraph: summary_text(&opening, strength_lead.as_ref()),
        opening,
        strength_lead,
        red_flags: flagged.iter().copied().map(finding_ref).collect(),
        concerns: concerning.iter().copied().map(finding_ref).collect(),
        main_concerns: main.iter().take(SUMMARY_CONCERNS).copied().map(finding_ref).collect(),
        more_concerns,
        more_concerns_note: (more_concerns > 0)
            .then(|| crate::tr!(lang, "brief-text-more-concerns", count = more_concerns)),
        points_to_watch: watch.iter().copied().map(finding_ref).collect(),
        strengths: strong.into_iter().take(SUMMARY_ITEMS).map(finding_ref).collect(),
        next_steps: recommendations.iter().take(NEXT_STEPS).cloned().collect(),
        // Set by [`next_steps_note`], which knows the measure's kind and stage.
        next_steps_note: None,
    };
    (summary, protective)
}

/// What a favourable effect rests on, as page 1 names it: where the effect is rated Protective or
/// Low risk, the effect findings that actively protect among the `strong` answers (in the
/// method's order; the assessors' lead first, at most four), or else the strength the method puts
/// first; `None` otherwise.
fn protective_areas(
    overall: &OverallView,
    strong: &[(&RubricView, &QuestionView)],
    lead: Option<&QuestionId>,
    lang: Lang,
) -> Option<String> {
    let effect = overall.dimensions.iter().find(|d| d.id == Dimension::Effect)?;
    if !matches!(effect.rating, Rating::Strong | Rating::Adequate) {
        return None;
    }
    let effect_strengths: Vec<(&RubricView, &QuestionView)> = strong
        .iter()
        .copied()
        .filter(|(_, q)| q.dimension == Dimension::Effect)
        .collect();
    let mut protective: Vec<(&RubricView, &QuestionView)> = effect_strengths
        .iter()
        .copied()
        .filter(|(_, q)| q.level == Some(q.max_level))
        .collect();
    if protective.is_empty() {
        protective.extend(effect_strengths.first().copied());
    }
    to_front(&mut protective, |(_, q)| Some(&q.id) == lead);
    let names: Vec<String> = protective
        .iter()
        .take(4)
        .map(|(rubric, question)| question_name(&rubric.title, &question.topic, lang))
        .collect();
    (!names.is_empty()).then(|| names.join("; "))
}

/// The sentences that open page 1's next steps, where the facts call for them. First what the
/// stage and the effect call for: a measure withdrawn or rejected is said to be so (its steps are
/// for whatever comes back in its place, or, where this brief finds it protective, the step is
/// to bring it back); a favourable effect's first step is to keep what earns it (`protective`,
/// from [`protective_areas`]) through the stages still to come (`later`). Then, where no
/// legislature adopts the steps, whom they are for: the operator of a network's own practice and
/// the regulators who can require it, a request's authors and the body that decides on it (while
/// there is a request to decide on), those who endorse a declaration.
fn next_steps_note(
    (kind, stage): (ProposalKind, Option<Stage>),
    protective: Option<&str>,
    later: &str,
    has_steps: bool,
    lang: Lang,
) -> Option<String> {
    let ended = matches!(stage, Some(Stage::Withdrawn | Stage::Rejected));
    let first = match (stage, protective) {
        (Some(Stage::Withdrawn), Some(areas)) => Some(crate::tr!(
            lang,
            "brief-text-next-steps-withdrawn-protective",
            areas = areas
        )),
        (Some(Stage::Rejected), Some(areas)) => Some(crate::tr!(
            lang,
            "brief-text-next-steps-rejected-protective",
            areas = areas
        )),
        // "These steps" need steps to speak of.
        (Some(Stage::Withdrawn), None) if has_steps && kind == ProposalKind::PrivateNetwork => {
            Some(tr(lang, "brief-text-next-steps-practice-ended"))
        }
        (Some(Stage::Withdrawn), None) if has_steps => Some(tr(lang, "brief-text-next-steps-withdrawn")),
        (Some(Stage::Rejected), None) if has_steps => Some(tr(lang, "brief-text-next-steps-rejected")),
        (_, Some(areas)) => Some(crate::tr!(
            lang,
            "brief-text-next-steps-keep",
            areas = areas,
            later = later
        )),
        _ => None,
    };
    let addressee = match kind {
        _ if !has_steps => None,
        ProposalKind::PrivateNetwork => Some("brief-text-next-steps-for-operator"),
        ProposalKind::Request if !ended => Some("brief-text-next-steps-for-request"),
        ProposalKind::NonBinding => Some("brief-text-next-steps-for-endorsers"),
        _ => None,
    }
    .map(|id| tr(lang, id));
    match (first, addressee) {
        (Some(first), Some(addressee)) => Some(format!("{first} {addressee}")),
        (first, addressee) => first.or(addressee),
    }
}

/// Where the effect is rated Protective or Low risk, the assessors' own finding that weighs most
/// for it, in a sentence for page 1's paragraph: a favourable verdict is explained by what the
/// text does well, which the list of strengths further down would otherwise be alone to say.
fn strength_lead(
    overall: &OverallView,
    strong: &[(&RubricView, &QuestionView)],
    lang: Lang,
    text_lang: Lang,
) -> Option<Quote> {
    let effect = overall.dimensions.iter().find(|d| d.id == Dimension::Effect)?;
    // Strong and Adequate are what the effect calls Protective and Low risk.
    if !matches!(effect.rating, Rating::Strong | Rating::Adequate) {
        return None;
    }
    let (_, first) = strong.iter().find(|(_, q)| q.dimension == Dimension::Effect)?;
    // Others as strong (the same level of the same scale) are ordered after it by weight alone,
    // which is no reason to say it weighs "above all": the sentence then says how many there are,
    // and quotes the weightiest of them that has a finding of its own.
    let tied: Vec<&(&RubricView, &QuestionView)> = strong
        .iter()
        .filter(|(_, q)| q.dimension == Dimension::Effect && q.level == first.level && q.max_level == first.max_level)
        .collect();
    let message = if tied.len() > 1 {
        "brief-text-strength-lead-among"
    } else {
        "brief-text-strength-lead"
    };
    let (rubric, question, finding) = tied.iter().find_map(|(rubric, question)| {
        let finding = question
            .finding
            .as_deref()
            .map(str::trim)
            .filter(|finding| !finding.is_empty())?;
        Some((rubric, question, finding))
    })?;
    Some(Quote::format(
        lang,
        message,
        &[
            ("rating", effect.verdict.to_string()),
            ("area", question_name(&rubric.title, &question.topic, lang)),
            ("count", tied.len().to_string()),
        ],
        "finding",
        finding.trim_end_matches('.').to_string(),
        text_lang,
    ))
}

/// Owns which answered questions count as strengths, in the order the summary names them.
fn strengths<'a>(answered: &[(&'a RubricView, &'a QuestionView)]) -> Vec<(&'a RubricView, &'a QuestionView)> {
    // A strength is a positive finding: good practice in the process, an effect answer that
    // actively protects, or a safeguard the assessors found on an acceptable effect answer.
    let mut strong: Vec<(&RubricView, &QuestionView)> = answered
        .iter()
        .copied()
        .filter(|(_, q)| {
            !q.red_flag
                && q.level.is_some_and(|level| match q.dimension {
                    Dimension::Process => level >= q.acceptable_at,
                    Dimension::Effect => {
                        level == q.max_level
                            || (level >= q.acceptable_at
                                && q.mechanisms.iter().any(|m| m.kind == MechanismKind::Safeguard))
                    }
                })
        })
        .collect();
    strong.sort_by(|a, b| {
        a.1.dimension
            .cmp(&b.1.dimension)
            .then(b.1.level.cmp(&a.1.level))
            .then(b.1.weight.total_cmp(&a.1.weight))
    });
    strong
}

/// Owns the list of questions with status `wanted` (not affected, or screened out) and why.
fn considered(rubric_views: &[RubricView], wanted: QuestionStatus) -> Vec<NotAffectedView> {
    rubric_views
        .iter()
        .flat_map(|rubric| rubric.questions.iter().map(move |q| (rubric, q)))
        .filter(|(_, q)| q.status == wanted)
        .map(|(rubric_view, q)| NotAffectedView {
            question: q.id.clone(),
            rubric_title: rubric_view.title.clone(),
            area: q.topic.clone(),
            rationale: q.rationale.clone(),
        })
        .collect()
}

/// Owns the open questions: the scorecard's unanswered ones, with their status and prompt.
fn open_question_views(scorecard: &Scorecard, rubric_views: &[RubricView], lang: Lang) -> Vec<OpenQuestionView> {
    scorecard
        .unanswered
        .iter()
        .filter_map(|id| {
            let (rubric, question) = find_question(rubric_views, id)?;
            Some(OpenQuestionView {
                question: id.clone(),
                status: question.status,
                status_label: question.status.label_in(lang),
                rubric_title: rubric.title.clone(),
                prompt: question.prompt.clone(),
                rationale: question.rationale.clone(),
            })
        })
        .collect()
}

/// Owns the overall result: score, rating, coverage, verdict and the dimensions, with the
/// headline score taken from the effect dimension.
fn overall_view(overall: &OverallScore, rubric_views: &[RubricView], lang: Lang) -> OverallView {
    let dimensions: Vec<DimensionView> = overall.dimensions.iter().map(|d| dimension_view(d, lang)).collect();
    let effect_score = dimensions
        .iter()
        .find(|d| d.id == Dimension::Effect)
        .and_then(|e| e.score);
    OverallView {
        score: overall.score,
        rating: overall.rating,
        rating_label: overall.rating.label_in(lang),
        rating_key: overall.rating.key(),
        coverage: overall.coverage,
        red_flags: overall.red_flags.clone(),
        score_display: score_display(overall.score, lang),
        coverage_display: percent(overall.coverage, lang),
        verdict: verdict(&dimensions, lang),
        headline_score_display: score_display(effect_score, lang),
        coverage_note: crate::tr!(lang, "brief-text-coverage", coverage = percent(overall.coverage, lang)),
        dimensions,
        process_in_part: overall.process_in_part.as_ref().map(|in_part| {
            let titles: Vec<&str> = rubric_views
                .iter()
                .filter(|rubric| in_part.rubrics.contains(&rubric.id))
                .map(|rubric| rubric.title.as_str())
                .collect();
            ProcessInPartView {
                rating: in_part.rating,
                rubrics: crate::i18n::and_list(&titles, lang),
            }
        }),
    }
}

/// The summary's paragraph: its opening, then the sentence quoting the finding the effect's rating
/// rests on most, if any.
fn summary_text(opening: &str, strength_lead: Option<&Quote>) -> String {
    match strength_lead {
        Some(lead) => format!("{opening} {}", lead.sentence()),
        None => opening.to_string(),
    }
}

impl SummaryView {
    /// Adds `sentence` to the opening, before the sentence quoting the finding the rating rests
    /// on, and the paragraph with it.
    pub(crate) fn add_to_opening(&mut self, sentence: &str) {
        self.opening.push(' ');
        self.opening.push_str(sentence);
        self.paragraph = summary_text(&self.opening, self.strength_lead.as_ref());
    }
}

/// Owns the scorecard chart's words: its title, then each bar's name, score and rating.
fn chart_alt(overall_view: &OverallView, rubric_views: &[RubricView], lang: Lang) -> String {
    let overall = tr(lang, "brief-overall");
    chart_words(
        format!("{}.", tr(lang, "brief-chart-title")),
        rubric_views
            .iter()
            .map(|rubric| {
                (
                    rubric.title.as_str(),
                    rubric.score_display.as_str(),
                    rubric.rating_label,
                )
            })
            .chain([(
                overall.as_str(),
                overall_view.score_display.as_str(),
                overall_view.rating_label,
            )]),
        lang,
    )
}

/// A bar chart in words: `intro`, then each bar's name, score and rating ("Openness: 28, Serious
/// concerns."). The brief's chart and the panel's.
pub(crate) fn chart_words<'a>(
    intro: String,
    bars: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    lang: Lang,
) -> String {
    let colon = tr(lang, "colon");
    bars.into_iter().fold(intro, |mut words, (name, score, rating)| {
        words.push_str(&format!(" {name}{colon} {score}, {rating}."));
        words
    })
}

/// Owns the notes under the scorecard: one per capped dimension, overall first, then by rubric;
/// then one per rubric rated below its score's band by the worse of its two dimensions, which
/// the row alone would leave unexplained ("Transparency … 63 … Weak").
fn scorecard_notes(overall_view: &OverallView, rubric_views: &[RubricView], lang: Lang) -> Vec<String> {
    let mut notes = capped_notes(overall_view, rubric_views, lang);
    notes.extend(rubric_views.iter().filter_map(|rubric| {
        let band = Rating::from_score(rubric.score?);
        // Rated worse than the band by a dimension that is not itself capped: a capped one that
        // sets the rating has its note already.
        let mut setters = rubric
            .dimensions
            .iter()
            .filter(|dimension| dimension.rating == rubric.rating);
        if setters.clone().any(|dimension| dimension.cap_note.is_some()) {
            return None;
        }
        let setter = setters.next()?;
        (rubric.rating > band && rubric.rating <= Rating::SeriousConcerns).then(|| {
            crate::tr!(
                lang,
                "brief-text-scorecard-held",
                rubric = rubric.title.clone(),
                rating = rubric.rating_label,
                dimension = dimension_in_sentence(lang, setter.id),
                verdict = setter.verdict,
                band = band.label_in(lang)
            )
        })
    }));
    notes
}

/// The notes of the dimensions red flags cap.
fn capped_notes(overall_view: &OverallView, rubric_views: &[RubricView], lang: Lang) -> Vec<String> {
    overall_view
        .dimensions
        .iter()
        .map(|d| (tr(lang, "brief-overall"), d))
        .chain(
            rubric_views
                .iter()
                .flat_map(|r| r.dimensions.iter().map(move |d| (r.title.clone(), d))),
        )
        .filter_map(|(whose, d)| {
            let note = d.cap_note.as_ref()?;
            Some(crate::tr!(
                lang,
                "brief-text-scorecard-note",
                whose = whose,
                dimension = dimension_in_sentence(lang, d.id),
                note = note.clone()
            ))
        })
        .collect()
}

/// Owns the sentences printed where a section has nothing to show.
fn empty_notes(
    assessment: &Assessment,
    recommendations: &[RecommendationView],
    scorecard: &Scorecard,
    lang: Lang,
) -> EmptyNotes {
    let proposal = &assessment.proposal;
    EmptyNotes {
        proposal: (non_empty(&proposal.summary).is_none() && non_empty(&proposal.context).is_none())
            .then(|| tr(lang, "brief-text-no-proposal-text")),
        recommendations: recommendations
            .is_empty()
            .then(|| tr(lang, "brief-text-no-recommendation")),
        open_questions: scorecard
            .unanswered
            .is_empty()
            .then(|| tr(lang, "brief-text-no-open-question")),
    }
}

/// Owns the proposal's block: title, jurisdictions, stage, kind, dates, link and texts.
fn proposal_view(proposal: &Proposal, lang: Lang) -> ProposalView {
    let kind = proposal.kind.unwrap_or(ProposalKind::Law);
    let introduced = proposal.introduced.as_ref().and_then(calendar_date);
    // The short values are joined to others and set inside the brief's own lines (a running
    // footer, a metadata row): each closes any bidirectional override it opens, so that it
    // reverses its own text only.
    let jurisdictions: Vec<String> = proposal
        .jurisdiction
        .as_ref()
        .map(crate::model::Jurisdiction::names)
        .unwrap_or_default()
        .iter()
        .map(|name| bidi_closed(name))
        .collect();
    ProposalView {
        title: bidi_closed(proposal.title.trim()),
        jurisdiction: Some(jurisdictions.join("; ")).filter(|names| !names.is_empty()),
        jurisdictions,
        reference: non_empty(&proposal.reference).map(|reference| bidi_closed(&reference)),
        stage: proposal.stage.map(|stage| stage.id().to_string()),
        stage_label: proposal.stage.map(|stage| stage.label_in(lang).to_string()),
        kind: kind.id().to_string(),
        kind_label: kind.label_in(lang).to_string(),
        introduced,
        introduced_long: introduced.map(|date| crate::i18n::long_date(lang, date)),
        url: non_empty(&proposal.url),
        link: non_empty(&proposal.url).filter(|url| is_web_link(url)),
        summary: non_empty(&proposal.summary).map(UserText::new),
        context: non_empty(&proposal.context).map(UserText::new),
    }
}

/// Owns the assessment's block: who assessed, for which group, when and at what status.
fn assessment_view(info: &AssessmentInfo, lang: Lang) -> AssessmentView {
    let date = info.date.as_ref().and_then(calendar_date);
    AssessmentView {
        assessors: info
            .assessors
            .iter()
            .map(|name| bidi_closed(name.trim()))
            .filter(|name| !name.is_empty())
            .collect(),
        stakeholder_group: info.stakeholder_group.map(|group| group.id().to_string()),
        stakeholder_group_label: info.stakeholder_group.map(|group| group.label_in(lang).to_string()),
        date,
        date_long: date.map(|date| crate::i18n::long_date(lang, date)),
        status: info.status.map(|status| status.label_in(lang).to_string()),
    }
}

/// The language `assessment` asks its brief in.
fn lang_of(assessment: &Assessment) -> Lang {
    assessment.lang()
}

/// The brief's headings and labels: its messages without variables, formatted once per language
/// (formatting them for every brief took 6% of a Markdown batch).
fn labels(lang: Lang) -> Labels {
    static BY_LANG: [OnceLock<Labels>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    BY_LANG[lang.index()]
        .get_or_init(|| {
            let mut labels = crate::i18n::labels(lang, "brief-");
            labels.retain(|name, _| !name.starts_with("text_"));
            Labels::new(labels)
        })
        .clone()
}

/// "effect on the Internet" or "process", as a sentence names a dimension inside it (written
/// out in the catalogue, not lowercased here: "Internet" keeps its capital).
fn dimension_in_sentence(lang: Lang, dimension: Dimension) -> String {
    match dimension {
        Dimension::Effect => tr(lang, "dimension-effect-in-sentence"),
        Dimension::Process => tr(lang, "dimension-process-in-sentence"),
    }
}

/// "effect" or "process", as lists name a finding's dimension.
fn dimension_word(lang: Lang, dimension: Dimension) -> String {
    match dimension {
        Dimension::Effect => tr(lang, "brief-text-dimension-effect"),
        Dimension::Process => tr(lang, "brief-text-dimension-process"),
    }
}

/// Severest first, in the order the advice follows ([`scoring::concern_order`]), weightier first.
fn severity_order(a: &QuestionView, b: &QuestionView) -> std::cmp::Ordering {
    let concern = |q: &QuestionView| scoring::Concern {
        severe: q.flag == FlagGrade::Severe,
        red_flag: q.red_flag,
        dimension: q.dimension,
        accountability_only: q.accountability_only,
        depth: q.level.map_or(0.0, |level| {
            f64::from(q.max_level - level.min(q.max_level)) / f64::from(q.max_level.max(1))
        }),
    };
    scoring::concern_order(&concern(a), &concern(b)).then(b.weight.total_cmp(&a.weight))
}

/// One answered question as page 1 lists it: what the assessors found, where.
fn finding_ref((rubric, question): (&RubricView, &QuestionView), lang: Lang) -> FindingRef {
    let (finding, finding_from) = match (&question.finding, &question.rationale) {
        (Some(finding), _) => (Some(finding.clone()), "finding"),
        (None, Some(rationale)) => match first_sentence(&rationale.markup().to_plain_text()) {
            Some(sentence) => (Some(sentence), "rationale"),
            None => (None, "none"),
        },
        (None, None) => (None, "none"),
    };
    FindingRef {
        question: question.id.clone(),
        rubric_title: rubric.title.clone(),
        prompt: question.prompt.clone(),
        topic: question.topic.clone(),
        finding,
        finding_from,
        provisions: question.provisions.clone(),
        provisions_text: question.provisions_text.clone(),
        safeguards: question
            .mechanisms
            .iter()
            .filter(|m| m.kind == MechanismKind::Safeguard)
            .map(|m| m.label.clone())
            .collect(),
        red_flag: question.red_flag,
        severe: question.flag == FlagGrade::Severe,
        level_text: question.level_text.clone().unwrap_or_default(),
        level_display: question.level_display.clone(),
        dimension: question.dimension,
        dimension_label: dimension_word(lang, question.dimension),
        flag_label: question.red_flag.then(|| {
            crate::tr!(
                lang,
                "brief-text-flag",
                severe = if question.flag == FlagGrade::Severe {
                    "yes"
                } else {
                    "no"
                }
            )
        }),
        safeguards_note: {
            let safeguards: Vec<&str> = question
                .mechanisms
                .iter()
                .filter(|m| m.kind == MechanismKind::Safeguard)
                .map(|m| m.label.as_str())
                .collect();
            (!safeguards.is_empty()).then(|| {
                let safeguards = safeguards.join(&crate::i18n::tr(lang, "semicolon"));
                crate::tr!(lang, "brief-text-safeguards", safeguards = safeguards)
            })
        },
    }
}

/// The first sentence of plain text: up to the first full stop, question or exclamation mark
/// followed by a space or the end, or the first line; `None` for blank text.
fn first_sentence(text: &str) -> Option<String> {
    const LIMIT: usize = 400;
    let line = text.lines().map(str::trim).find(|line| !line.is_empty())?;
    let mut end = line.len();
    for (at, c) in line.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let next = line[at + c.len_utf8()..].chars().next();
            if next.is_none_or(char::is_whitespace) {
                end = at + c.len_utf8();
                break;
            }
        }
    }
    let sentence = &line[..end];
    Some(if sentence.chars().count() > LIMIT {
        let cut: String = sentence.chars().take(LIMIT).collect();
        format!("{}…", cut.trim_end())
    } else {
        sentence.to_string()
    })
}

/// The advice an answer gets, and where it comes from.
struct Advice {
    text: String,
    own: bool,
    mechanisms: Vec<String>,
}

/// The assessor's own advice, or the rubric's: for a question with mechanisms, the advice of
/// each ticked harm that no ticked safeguard contains (none when nothing was ticked); for any
/// other question, the advice for the level.
fn advice(question: &Question, answer: Option<&Answer>, level: u32, measure: &MeasureWords) -> Option<Advice> {
    if let Some(own) = answer.and_then(|answer| non_empty(&answer.recommendation)) {
        return Some(Advice {
            text: own,
            own: true,
            mechanisms: Vec::new(),
        });
    }
    if question.mechanisms.is_empty() {
        return Some(Advice {
            text: measure.fill(question.recommendation_for(level)),
            own: false,
            mechanisms: Vec::new(),
        });
    }
    let ticked = answer.map_or(&[][..], |answer| answer.mechanisms.as_slice());
    let harms: Vec<&Mechanism> = question
        .mechanisms
        .iter()
        .filter(|m| m.kind == MechanismKind::Harm && ticked.contains(&m.id))
        .filter(|m| !m.is_contained(ticked))
        .filter(|m| m.recommendation.as_deref().is_some_and(|text| !text.trim().is_empty()))
        .collect();
    if harms.is_empty() {
        return None;
    }
    Some(Advice {
        text: harms
            .iter()
            .filter_map(|m| m.recommendation.as_deref())
            .map(|text| measure.fill(text.trim()))
            .collect::<Vec<_>>()
            .join(" "),
        own: false,
        mechanisms: harms.iter().map(|m| m.id.clone()).collect(),
    })
}

/// The robustness of the effect's rating, for page 1.
fn robustness_view(
    flips: &[crate::scoring::Flip],
    rubrics: &[RubricView],
    rating: Option<Rating>,
    lang: Lang,
) -> RobustnessView {
    let topic = |id: &QuestionId| {
        rubrics
            .iter()
            .flat_map(|rubric| &rubric.questions)
            .find(|q| q.id == *id)
            .map_or_else(|| id.to_string(), |q| q.topic.clone())
    };
    let views: Vec<FlipView> = flips
        .iter()
        .map(|flip| FlipView {
            question: flip.question.clone(),
            topic: topic(&flip.question),
            level: flip.level,
            to_level: flip.to_level,
            rating: flip.rating.effect_label_in(lang),
            rating_key: flip.rating.effect_key(),
        })
        .collect();
    let sentence = match (rating, views.as_slice()) {
        (None | Some(Rating::InsufficientEvidence), _) => tr(lang, "brief-text-robust-unjudged"),
        (_, []) => tr(lang, "brief-text-robust"),
        (_, [first, rest @ ..]) => {
            let mut sentence = crate::tr!(
                lang,
                "brief-text-borderline",
                topic = first.topic.clone(),
                to_level = first.to_level,
                level = first.level,
                rating = first.rating
            );
            // Every move that changes the rating is named: page 1 says which, not how many.
            if !rest.is_empty() {
                let changes: Vec<String> = rest
                    .iter()
                    .map(|flip| {
                        crate::tr!(
                            lang,
                            "brief-text-borderline-other",
                            topic = flip.topic.clone(),
                            to_level = flip.to_level,
                            level = flip.level
                        )
                    })
                    .collect();
                sentence.push(' ');
                sentence.push_str(&crate::tr!(
                    lang,
                    "brief-text-borderline-more",
                    count = rest.len(),
                    changes = crate::i18n::and_list(&changes, lang)
                ));
            }
            sentence
        }
    };
    RobustnessView {
        stable: views.is_empty(),
        flips: views,
        sentence,
    }
}

/// How many effect areas were examined, found not affected or screened out.
fn screening_view(rubrics: &[RubricView], lang: Lang) -> ScreeningView {
    let effect: Vec<&QuestionView> = rubrics
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .filter(|q| q.dimension == Dimension::Effect && q.status != QuestionStatus::NotApplicable)
        .collect();
    let count = |status: QuestionStatus| effect.iter().filter(|q| q.status == status).count();
    let not_affected = count(QuestionStatus::NotAffected);
    let examined = count(QuestionStatus::Answered) + not_affected;
    let screened_out = count(QuestionStatus::ScreenedOut);
    let open = effect.iter().filter(|q| q.status.is_open()).count();
    let areas = effect.len();
    let mut sentence = crate::tr!(lang, "brief-text-screening", examined = examined, areas = areas);
    if not_affected > 0 {
        sentence.push(' ');
        sentence.push_str(&crate::tr!(
            lang,
            "brief-text-screening-not-affected",
            count = not_affected
        ));
    }
    let semicolon = crate::i18n::tr(lang, "semicolon");
    if screened_out > 0 {
        sentence.push_str(&semicolon);
        sentence.push_str(&crate::tr!(
            lang,
            "brief-text-screening-screened-out",
            count = screened_out
        ));
    }
    if open > 0 {
        sentence.push_str(&semicolon);
        sentence.push_str(&crate::tr!(lang, "brief-text-screening-open", count = open));
    }
    sentence.push('.');
    ScreeningView {
        areas,
        examined,
        not_affected,
        screened_out,
        open,
        sentence,
    }
}

/// For a file upgraded from earlier rubrics: how many questions the upgrade opened or added are
/// still to be answered, which makes the effect rating provisional.
fn provisional(assessment: &Assessment, rubrics: &[&Rubric], views: &[RubricView], lang: Lang) -> Option<String> {
    let from = assessment
        .upgrade
        .as_ref()
        .map(|upgrade| upgrade.from_edition)
        .or(assessment.assessment.upgraded_from)?;
    let open = rubrics
        .iter()
        .flat_map(|rubric| rubric.questions.iter().map(move |q| (rubric, q)))
        .filter(|(_, q)| {
            q.since.is_some_and(|since| since > from)
                || q.widened_in.is_some_and(|at| at > from)
                // The second edition's renamed questions ask something else than the first's.
                || (from < 2 && !q.replaces.is_empty())
        })
        .filter(|(rubric, q)| {
            let id = QuestionId::new(&rubric.id, &q.id);
            views
                .iter()
                .flat_map(|view| &view.questions)
                .any(|view| view.id == id && view.status.is_open())
        })
        .count();
    (open > 0).then(|| crate::tr!(lang, "brief-text-provisional", count = open, edition = from))
}

fn rubric_view(
    rubric: &Rubric,
    score: &RubricScore,
    all: &[&Rubric],
    assessment: &Assessment,
    measure: &MeasureWords,
    lang: Lang,
) -> RubricView {
    let questions = rubric
        .questions
        .iter()
        .zip(&score.questions)
        .map(|(question, scored)| {
            let answer = assessment.answer(&rubric.id, &question.id);
            question_view(question, scored, answer, all, measure, lang)
        })
        .collect();
    let dimensions: Vec<DimensionView> = score.dimensions.iter().map(|d| dimension_view(d, lang)).collect();
    let points_display = of(lang, number(score.points), number(score.possible));
    let mut score_line = crate::tr!(
        lang,
        "brief-text-rubric-line",
        score = score_display(score.score, lang),
        points = points_display.clone(),
        coverage = percent(score.coverage, lang)
    );
    for d in &dimensions {
        score_line.push(' ');
        score_line.push_str(&crate::tr!(
            lang,
            "brief-text-dimension-line",
            dimension = d.label,
            verdict = d.verdict,
            score = d.score_display.clone()
        ));
    }
    RubricView {
        id: rubric.id.clone(),
        title: rubric.title.clone(),
        version: rubric.version.clone(),
        description: UserText::shared(rubric.description.trim()),
        weight: rubric.weight,
        score: score.score,
        rating: score.rating,
        rating_label: score.rating.label_in(lang),
        rating_key: score.rating.key(),
        coverage: score.coverage,
        points: score.points,
        possible: score.possible,
        red_flags: score.red_flags.clone(),
        score_display: score_display(score.score, lang),
        band_key: score
            .score
            .map_or("insufficient-evidence", |score| Rating::from_score(score).key()),
        coverage_display: percent(score.coverage, lang),
        points_display,
        score_line,
        dimensions,
        questions,
    }
}

/// "3 of 4", in `lang`, with its decimal sign ("14.5 of 36", "14,5 sur 36").
fn of(lang: Lang, count: String, total: String) -> String {
    use crate::i18n::decimal_sign;
    crate::tr!(
        lang,
        "brief-text-count-of",
        count = decimal_sign(lang, count),
        total = decimal_sign(lang, total)
    )
}

fn dimension_view(score: &DimensionScore, lang: Lang) -> DimensionView {
    let band = score.score.map(Rating::from_score);
    let cap_note = match (score.cap.ceiling(), band) {
        // Flags that decide a rating below the coverage a score needs are said on page 1: the
        // score's band is then no rating it would otherwise have.
        (Some(ceiling), Some(band))
            if score.rating == ceiling && band < ceiling && !Rating::decided_by_flags(score.coverage, score.cap) =>
        {
            Some(crate::tr!(
                lang,
                "brief-text-capped",
                ceiling = ceiling.label_for_in(score.id, lang),
                count = score.red_flags.len(),
                band = band.label_for_in(score.id, lang)
            ))
        }
        _ => None,
    };
    DimensionView {
        id: score.id,
        label: score.id.label_in(lang),
        score: score.score,
        rating: score.rating,
        rating_label: score.rating.label_in(lang),
        rating_key: score.rating.key(),
        verdict: score.rating.label_for_in(score.id, lang),
        verdict_key: score.rating.key_for(score.id),
        cap_note,
        coverage: score.coverage,
        cap: score.cap,
        red_flags: score.red_flags.clone(),
        score_display: score_display(score.score, lang),
        coverage_display: percent(score.coverage, lang),
        score_note: score.score.map(|_| {
            crate::tr!(
                lang,
                "brief-text-score-of-100",
                score = score_display(score.score, lang)
            )
        }),
    }
}

/// Owns one question's view: its answer, level, points, flag and the words around them.
fn question_view(
    question: &Question,
    scored: &QuestionScore,
    answer: Option<&Answer>,
    all: &[&Rubric],
    measure: &MeasureWords,
    lang: Lang,
) -> QuestionView {
    let level_text = scored
        .level
        .and_then(|level| question.levels.get(level as usize))
        .map(|text| measure.fill(text.trim()));
    // A question that was not asked has no finding, whatever the file says about it.
    let answer = answer.filter(|_| !scored.excluded_by_condition);
    let ticked = answer.map_or(&[][..], |answer| answer.mechanisms.as_slice());
    let mechanisms = mechanism_views(question, ticked, measure, lang);
    let flag = scored
        .level
        .and_then(|level| scored.flag_by_level.get(level as usize).copied())
        .unwrap_or_default();
    let note = not_asked_note(question, scored, all, lang);
    let level_display = match scored.level {
        Some(level) => of(lang, level.to_string(), scored.max_level.to_string()),
        None => scored.status.label_in(lang).to_string(),
    };
    let points_display = match scored.points {
        Some(points) => of(lang, number(points), number(scored.possible)),
        None => "–".to_string(),
    };
    QuestionView {
        id: scored.id.clone(),
        status: scored.status,
        dimension: scored.dimension,
        covers: question.covers.clone(),
        accountability_only: scored.accountability_only,
        status_label: scored.status.label_in(lang),
        level: scored.level,
        max_level: scored.max_level,
        acceptable_at: scored.acceptable_at,
        points: scored.points,
        possible: scored.possible,
        weight: scored.weight,
        red_flag: scored.red_flag,
        flag,
        prompt: question.prompt.trim().to_string(),
        topic: question.topic().to_string(),
        finding: answer.and_then(|answer| non_empty(&answer.finding)),
        provisions_text: provisions_text(&provisions(answer), lang),
        provisions: provisions(answer),
        mechanisms,
        level_text,
        level_display: level_display.clone(),
        points_display: points_display.clone(),
        level_phrase: crate::tr!(lang, "brief-text-level", level = level_display),
        points_phrase: crate::tr!(lang, "brief-text-points", points = points_display),
        flag_label: scored.red_flag.then(|| {
            crate::tr!(
                lang,
                "brief-text-question-flag",
                severe = if flag == FlagGrade::Severe { "yes" } else { "no" }
            )
        }),
        rationale: answer
            .and_then(|answer| non_empty(&answer.rationale))
            .map(UserText::new),
        evidence: evidence_views(answer),
        sources: question.sources.clone(),
        note,
    }
}

/// Owns the mechanisms the assessors ticked on a question, each with its note.
fn mechanism_views(question: &Question, ticked: &[String], measure: &MeasureWords, lang: Lang) -> Vec<MechanismView> {
    question
        .mechanisms
        .iter()
        .filter(|m| ticked.contains(&m.id))
        .map(|m| {
            let flag = m.flag_given(ticked);
            MechanismView {
                id: m.id.clone(),
                kind: m.kind,
                label: measure.fill(m.label.trim()),
                note: match m.kind {
                    MechanismKind::Harm => crate::tr!(
                        lang,
                        "brief-text-mechanism-harm",
                        flag = match flag {
                            FlagGrade::None => "none",
                            FlagGrade::Flag => "flag",
                            FlagGrade::Severe => "severe",
                        }
                    ),
                    MechanismKind::Safeguard => tr(lang, "brief-text-mechanism-safeguard"),
                },
                flag,
            }
        })
        .collect()
}

/// Owns the note on a question that was not asked, saying which answer would have asked it, by
/// what that answer is about.
fn not_asked_note(question: &Question, scored: &QuestionScore, all: &[&Rubric], lang: Lang) -> Option<String> {
    match scored.status {
        QuestionStatus::NotApplicable if scored.excluded_by_condition => {
            let condition = question.applies_if.as_ref();
            Some(condition.map_or_else(String::new, |c| {
                let topic = all
                    .iter()
                    .find(|rubric| rubric.id == c.question.rubric())
                    .and_then(|rubric| rubric.question(c.question.question()))
                    .map_or_else(|| c.question.to_string(), |gate| gate.topic().to_string());
                crate::tr!(lang, "brief-text-not-asked", topic = topic, level = c.min_level)
            }))
        }
        _ => None,
    }
}

/// The clauses an answer names, as a brief writes them: separated by commas ("clause 3, clause
/// 12(3)"), or by semicolons where one of them holds a comma ("art. 2º; art. 6º, § 1º"), which
/// commas would run together.
pub fn provisions_text(provisions: &[String], lang: Lang) -> String {
    // The Arabic and the full-width comma run clauses together as the Latin one does.
    let separator = if provisions.iter().any(|item| item.contains([',', '،', '，'])) {
        tr(lang, "semicolon")
    } else {
        ", ".to_string()
    };
    // Each clause closes what it opens of a right-to-left override, which would otherwise
    // reverse the separator and the clauses after it.
    provisions
        .iter()
        .map(|item| crate::markup::bidi_closed(item))
        .collect::<Vec<_>>()
        .join(&separator)
}

/// Owns the provisions an answer names, blanks left out.
fn provisions(answer: Option<&Answer>) -> Vec<String> {
    answer
        .map(|answer| {
            answer
                .provisions
                .iter()
                .map(|item| item.trim())
                .filter(|item| !item.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Owns the evidence an answer cites, blanks left out, web addresses as links.
fn evidence_views(answer: Option<&Answer>) -> Vec<EvidenceView> {
    answer
        .map(|answer| {
            answer
                .evidence
                .iter()
                .map(|item| item.trim())
                .filter(|item| !item.is_empty())
                .map(|item| EvidenceView {
                    text: item.to_string(),
                    url: is_web_link(item).then(|| item.to_string()),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The rubric and question of `rubrics` that `full_id` names.
pub(crate) fn split_question<'a>(rubrics: &[&'a Rubric], full_id: &QuestionId) -> Option<(&'a Rubric, &'a Question)> {
    let rubric = rubrics.iter().find(|rubric| rubric.id == full_id.rubric())?;
    Some((rubric, rubric.question(full_id.question())?))
}

fn non_empty(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    /// Each clause closes the right-to-left override it opens, so that it cannot reverse the
    /// separator and the clauses after it; an Arabic comma in a clause calls for semicolons too.
    #[test]
    fn clauses_are_closed_one_by_one_and_kept_apart() {
        let text = |items: &[&str]| {
            super::provisions_text(
                &items.iter().map(|item| (*item).to_string()).collect::<Vec<_>>(),
                Lang::En,
            )
        };
        assert_eq!(text(&["\u{202e}abc", "s. 4"]), "\u{202e}abc\u{202c}, s. 4");
        assert_eq!(text(&["المادة 1، 2", "s. 3"]), "المادة 1، 2; s. 3");
        assert_eq!(text(&["s. 1", "s. 2"]), "s. 1, s. 2");
    }

    use super::*;
    use crate::model::{Answer, AnswerStatus};
    use crate::scoring::Rating;

    fn builtin() -> RubricSet {
        RubricSet::builtin().expect("the shipped rubrics are valid")
    }

    /// Every question of the shipped rubrics at its top level, except those given.
    fn assessment(rubrics: &RubricSet, overrides: &[(&str, Answer)]) -> Assessment {
        let mut assessment = Assessment::new("Test Act");
        for rubric in rubrics.iter() {
            for question in &rubric.questions {
                let top = i64::from(question.max_level());
                assessment.set_answer(
                    &rubric.id,
                    &question.id,
                    Answer {
                        level: Some(top),
                        ..Answer::default()
                    },
                );
            }
        }
        for (full_id, answer) in overrides {
            let (rubric, question) = full_id.split_once('.').expect("full id");
            assessment.set_answer(rubric, question, answer.clone());
        }
        assessment
    }

    fn level(level: i64) -> Answer {
        Answer {
            level: Some(level),
            ..Answer::default()
        }
    }

    /// Briefs share the methodology of their rubric set, and only of their own: a set whose
    /// rubric has another title (a user's copy under the same id) gets its own, whichever the
    /// thread made first; and a brief on the same set in another language, its language's.
    #[test]
    fn the_methodology_is_shared_by_briefs_on_the_same_rubrics_only() {
        let shipped = builtin();
        let mut renamed: Vec<Rubric> = shipped.iter().cloned().collect();
        renamed[0].title = "Renamed openness".into();
        let renamed = RubricSet::from_rubrics(renamed).expect("valid rubrics");
        let on_shipped = assessment(&shipped, &[]);
        let first = Brief::of(&on_shipped, &shipped);
        let second = Brief::of(&assessment(&shipped, &[("openness.encryption", level(1))]), &shipped);
        assert!(Arc::ptr_eq(&first.methodology, &second.methodology));
        let other = Brief::of(&assessment(&renamed, &[]), &renamed);
        assert!(!Arc::ptr_eq(&first.methodology, &other.methodology));
        assert_eq!(other.methodology.rubrics[0].title, "Renamed openness");
        assert_ne!(first.methodology.rubrics[0].title, "Renamed openness");
        // A copy of a set holds the same rubrics, so sharing with it is right.
        let copy = shipped.clone();
        assert!(Arc::ptr_eq(
            &Brief::of(&on_shipped, &copy).methodology,
            &first.methodology
        ));
        let mut french = on_shipped.clone();
        french.assessment.language = Some(Lang::Fr);
        let in_french = Brief::of(&french, &shipped);
        assert!(
            in_french.methodology.intro.starts_with("Cette note suit"),
            "{}",
            in_french.methodology.intro
        );
        assert!(
            first.methodology.intro.starts_with("This brief follows"),
            "{}",
            first.methodology.intro
        );
        // Built from a scorecard, a brief has its own, the same in every word.
        let scorecard = scoring::score(&shipped.select(&on_shipped.rubric_ids()), &on_shipped);
        let rebuilt = Brief::from_scorecard(&shipped.select(&on_shipped.rubric_ids()), &on_shipped, &scorecard);
        assert!(!Arc::ptr_eq(&rebuilt.methodology, &first.methodology));
        assert_eq!(serde_json::to_value(&rebuilt).ok(), serde_json::to_value(&first).ok());
    }

    #[test]
    fn a_red_flag_that_lowers_the_rating_is_explained() {
        let rubrics = builtin();
        let monitoring = Answer {
            level: Some(1),
            mechanisms: vec!["general-monitoring".into()],
            ..Answer::default()
        };
        let brief = Brief::of(&assessment(&rubrics, &[("openness.encryption", monitoring)]), &rubrics);
        assert_eq!(brief.overall.rating, Rating::Weak);
        assert!(
            brief.summary.paragraph.contains(
                "One red flag on the effect caps its rating at Harmful (the score alone would rate Protective)."
            ),
            "{}",
            brief.summary.paragraph
        );
        assert!(
            brief
                .summary
                .paragraph
                .starts_with("Overall, the proposal is rated Weak because its effect on the Internet is rated Harmful; its process, rated Strong, cannot raise that rating."),
            "{}",
            brief.summary.paragraph
        );
        assert_eq!(
            brief.overall.verdict,
            "Effect on the Internet: Harmful. Process: Strong."
        );
        // A level alone never raises more than a flag: at the question's worst level the cap is
        // the same. A severe harm ticked caps at Serious harm.
        let worst = Brief::of(&assessment(&rubrics, &[("openness.encryption", level(0))]), &rubrics);
        assert_eq!(worst.overall.rating, Rating::Weak);
        let scanning = Answer {
            level: Some(1),
            mechanisms: vec!["client-side-scanning".into()],
            ..Answer::default()
        };
        let severe = Brief::of(&assessment(&rubrics, &[("openness.encryption", scanning)]), &rubrics);
        assert_eq!(severe.overall.rating, Rating::SeriousConcerns);
        assert_eq!(severe.overall.dimensions[0].verdict, "Serious harm");
        assert_eq!(severe.recommendations[0].mechanisms, ["client-side-scanning"]);
        assert_eq!(brief.summary.red_flags[0].question, "openness.encryption");
        assert_eq!(brief.summary.next_steps[0].question, "openness.encryption");
        assert!(brief.summary.next_steps[0].red_flag);
        // Nothing else is below the top level, so there is one recommendation, from the harm
        // ticked, and no other concern; without a harm ticked there is no advice at all.
        assert_eq!(brief.recommendations.len(), 1);
        assert_eq!(brief.recommendations[0].mechanisms, ["general-monitoring"]);
        assert!(worst.recommendations.is_empty());
        assert!(brief.summary.concerns.is_empty());
        // Strengths favour the weightiest questions.
        assert!(
            brief
                .summary
                .strengths
                .iter()
                .all(|s| s.question != "openness.encryption")
        );
        assert_eq!(brief.summary.strengths.len(), 3);
    }

    #[test]
    fn not_affected_is_listed_never_a_strength_and_gets_no_advice() {
        let rubrics = builtin();
        let untouched = Answer {
            status: Some(AnswerStatus::NotAffected),
            rationale: Some("No duty on names or numbers.".into()),
            ..Answer::default()
        };
        let own = Answer {
            level: Some(1),
            recommendation: Some("Narrow clause 9 to *named* services.".into()),
            ..Answer::default()
        };
        let brief = Brief::of(
            &assessment(
                &rubrics,
                &[
                    ("openness.global-identifiers", untouched),
                    ("openness.reachability", own),
                    ("transparency.impact-assessment", level(0)),
                ],
            ),
            &rubrics,
        );
        assert_eq!(brief.not_affected.len(), 1);
        assert_eq!(brief.not_affected[0].question, "openness.global-identifiers");
        let named = |list: &[FindingRef]| list.iter().any(|f| f.question == "openness.global-identifiers");
        assert!(!named(&brief.summary.strengths) && !named(&brief.summary.concerns));
        assert!(
            brief
                .recommendations
                .iter()
                .all(|r| r.question != "openness.global-identifiers")
        );
        // The assessor's own advice replaces the rubric's, and effect comes before process.
        let first = &brief.recommendations[0];
        assert_eq!(first.question, "openness.reachability");
        assert!(first.own);
        assert_eq!(first.text, "Narrow clause 9 to *named* services.");
        let concerns: Vec<&str> = brief.summary.concerns.iter().map(|c| c.question.as_str()).collect();
        // Page 1 lists effect before process, as the advice does, however low the process is.
        assert_eq!(concerns, ["openness.reachability", "transparency.impact-assessment"]);
        // Strengths are positive findings: effect answers at the top of their ladder.
        assert!(brief.summary.strengths.iter().all(|s| {
            let q = brief
                .rubrics
                .iter()
                .flat_map(|r| &r.questions)
                .find(|q| q.id == s.question);
            q.is_some_and(|q| q.level.is_some_and(|level| level >= q.acceptable_at))
        }));
    }

    #[test]
    fn concerns_skip_red_flags_and_open_questions_keep_their_rationale() {
        let rubrics = builtin();
        let unknown = Answer {
            status: Some(AnswerStatus::Unknown),
            rationale: Some("Awaiting the *final* text.".into()),
            ..Answer::default()
        };
        let brief = Brief::of(
            &assessment(
                &rubrics,
                &[
                    ("openness.reachability", level(0)),
                    ("transparency.draft-published", level(1)),
                    ("transparency.review-clause", unknown),
                ],
            ),
            &rubrics,
        );
        let concerns: Vec<&str> = brief.summary.concerns.iter().map(|c| c.question.as_str()).collect();
        assert_eq!(concerns, ["transparency.draft-published"]);
        assert_eq!(brief.open_questions.len(), 1);
        assert_eq!(brief.open_questions[0].status_label, "Unknown");
        assert_eq!(
            brief.open_questions[0].rationale.as_ref().map(UserText::text),
            Some("Awaiting the *final* text.")
        );
        assert!(
            brief.summary.paragraph.ends_with("One question is still open."),
            "{}",
            brief.summary.paragraph
        );
    }

    #[test]
    fn excluded_questions_say_why_and_numbers_are_formatted() {
        let rubrics = builtin();
        let brief = Brief::of(&assessment(&rubrics, &[("openness.participation", level(0))]), &rubrics);
        let timing = &brief.rubrics[0].questions[1];
        assert_eq!(timing.status, QuestionStatus::NotApplicable);
        assert_eq!(
            timing.note.as_deref(),
            Some(
                "Not asked: it applies only when the answer on “Who could take part in developing the proposal?” is at level 1 or above."
            )
        );
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(4.0), "4");
        assert_eq!(percent(0.894_7, Lang::En), "89%");
        assert_eq!(score_display(None, Lang::En), "–");
        assert_eq!(score_display(Some(62.5), Lang::En), "63", "half rounds up");
        assert_eq!(
            score_display(Some(79.6), Lang::En),
            "79.6",
            "never shown as 80 beside Adequate"
        );
        assert_eq!(score_display(Some(79.99), Lang::En), "79.9");
        assert_eq!(score_display(Some(80.4), Lang::En), "80");
        assert_eq!(
            percent(0.595, Lang::En),
            "59.5%",
            "never shown as 60% beside Insufficient evidence"
        );
        assert_eq!(percent(0.6, Lang::En), "60%");
        // In French and Spanish, a decimal comma and a no-break space before the sign.
        assert_eq!(score_display(Some(79.6), Lang::Fr), "79,6");
        assert_eq!(percent(0.595, Lang::Fr), "59,5\u{a0}%");
        assert_eq!(percent(0.94, Lang::Es), "94\u{a0}%");
        assert_eq!(percent(0.94, Lang::Pt), "94%");
        assert_eq!(score_display(Some(79.6), Lang::Pt), "79,6");
        assert_eq!(
            brief.methodology.rubric_names,
            "openness, inclusiveness and transparency"
        );
    }

    #[test]
    fn an_unanswered_assessment_has_no_score_and_says_so() {
        let rubrics = builtin();
        let brief = Brief::of(&Assessment::new("Empty"), &rubrics);
        assert_eq!(brief.overall.score, None);
        assert_eq!(brief.overall.rating, Rating::InsufficientEvidence);
        assert_eq!(brief.rubrics[0].points_display, "0 of 0");
        assert_eq!(brief.rubrics[0].coverage_display, "0%");
        assert!(brief.summary.paragraph.starts_with("No question has been answered yet"));
    }
}
