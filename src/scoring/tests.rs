//! Table-driven tests of the scoring rule, each computed by hand in its comment.

use super::*;
use crate::model::{Answer, AnswerStatus, Assessment, Dimension, Rubric};

/// A question given as (id, weight, level count, red_flag_at, applies_if).
type Spec<'a> = (&'a str, f64, usize, Option<u32>, Option<(&'a str, u32)>);

/// A rubric with the given questions.
fn rubric(id: &str, weight: f64, questions: &[Spec<'_>]) -> Rubric {
    let mut text =
        format!("schema_version = 1\nid = \"{id}\"\ntitle = \"{id}\"\nversion = \"1\"\nweight = {weight:?}\n");
    text.push_str("[[sources]]\nid = \"s\"\ntitle = \"S\"\n");
    for (qid, qweight, levels, red, applies) in questions {
        let levels: Vec<String> = (0..*levels).map(|l| format!("\"L{l}\"")).collect();
        text.push_str(&format!(
            "[[questions]]\nid = \"{qid}\"\nprompt = \"?\"\nweight = {qweight:?}\nlevels = [{}]\nrecommendation = \"do {qid}\"\nsources = [\"s\"]\n",
            levels.join(", ")
        ));
        if let Some(red) = red {
            text.push_str(&format!("red_flag_at = {red}\n"));
        }
        if let Some((on, min)) = applies {
            text.push_str(&format!("applies_if = {{ question = \"{on}\", min_level = {min} }}\n"));
        }
    }
    toml::from_str(&text).expect("test rubric parses")
}

enum A {
    Level(i64),
    Unknown,
    NotApplicable,
}

fn assessment(answers: &[(&str, A)]) -> Assessment {
    let mut assessment = Assessment::new("Test");
    for (full_id, answer) in answers {
        let (rubric, question) = full_id.split_once('.').expect("full id");
        let answer = match answer {
            A::Level(level) => Answer {
                level: Some(*level),
                ..Answer::default()
            },
            A::Unknown => Answer {
                status: Some(AnswerStatus::Unknown),
                ..Answer::default()
            },
            A::NotApplicable => Answer {
                status: Some(AnswerStatus::NotApplicable),
                ..Answer::default()
            },
        };
        assessment.set_answer(rubric, question, answer);
    }
    assessment
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn rubric_scores_follow_the_rule() {
    // Four 5-level questions (max 4); weights 1, 1, 2, 1.
    let r = rubric(
        "r",
        1.0,
        &[
            ("a", 1.0, 5, None, None),
            ("b", 1.0, 5, None, None),
            ("c", 2.0, 5, None, None),
            ("d", 1.0, 5, None, None),
        ],
    );
    struct Case {
        name: &'static str,
        answers: Vec<(&'static str, A)>,
        score: Option<f64>,
        coverage: f64,
        rating: Rating,
    }
    let cases = vec![
        // 4+4+8+4 = 20 of 20.
        Case {
            name: "all top",
            answers: vec![
                ("r.a", A::Level(4)),
                ("r.b", A::Level(4)),
                ("r.c", A::Level(4)),
                ("r.d", A::Level(4)),
            ],
            score: Some(100.0),
            coverage: 1.0,
            rating: Rating::Strong,
        },
        // a=1, b=2, c=3 (6 points), d=0: 1+2+6+0 = 9 of 20 = 45.
        Case {
            name: "weights",
            answers: vec![
                ("r.a", A::Level(1)),
                ("r.b", A::Level(2)),
                ("r.c", A::Level(3)),
                ("r.d", A::Level(0)),
            ],
            score: Some(45.0),
            coverage: 1.0,
            rating: Rating::Weak,
        },
        // Unknown d counts as applicable but unanswered: 4+4+8 = 16 of 16 → 100; coverage 4/5.
        Case {
            name: "unknown lowers coverage, not score",
            answers: vec![
                ("r.a", A::Level(4)),
                ("r.b", A::Level(4)),
                ("r.c", A::Level(4)),
                ("r.d", A::Unknown),
            ],
            score: Some(100.0),
            coverage: 0.8,
            rating: Rating::Strong,
        },
        // Not applicable d is excluded: coverage 4/4.
        Case {
            name: "not applicable excluded",
            answers: vec![
                ("r.a", A::Level(3)),
                ("r.b", A::Level(3)),
                ("r.c", A::Level(3)),
                ("r.d", A::NotApplicable),
            ],
            score: Some(75.0),
            coverage: 1.0,
            rating: Rating::Adequate,
        },
        // Only c answered (weight 2 of 5): coverage 0.4 < 0.6 → insufficient evidence.
        Case {
            name: "low coverage",
            answers: vec![("r.c", A::Level(4))],
            score: Some(100.0),
            coverage: 0.4,
            rating: Rating::InsufficientEvidence,
        },
        // Nothing answered: no score, coverage 0.
        Case {
            name: "nothing answered",
            answers: vec![],
            score: None,
            coverage: 0.0,
            rating: Rating::InsufficientEvidence,
        },
        // Coverage exactly 0.6 is enough: a, b, d answered (weight 3) of 5 applicable; 6 of 12 points = 50.
        Case {
            name: "coverage at the threshold",
            answers: vec![("r.a", A::Level(2)), ("r.b", A::Level(2)), ("r.d", A::Level(2))],
            score: Some(50.0),
            coverage: 0.6,
            rating: Rating::Weak,
        },
        // Every answer at level 1: 1 + 1 + 2 + 1 = 5 of 20 = 25.
        Case {
            name: "serious concerns",
            answers: vec![
                ("r.a", A::Level(1)),
                ("r.b", A::Level(1)),
                ("r.c", A::Level(1)),
                ("r.d", A::Level(1)),
            ],
            score: Some(25.0),
            coverage: 1.0,
            rating: Rating::SeriousConcerns,
        },
    ];
    for case in cases {
        let card = score(&[&r], &assessment(&case.answers));
        let got = &card.rubrics[0];
        assert_eq!(got.score.is_some(), case.score.is_some(), "{}", case.name);
        if let (Some(got_score), Some(want)) = (got.score, case.score) {
            assert!(close(got_score, want), "{}: score {got_score} != {want}", case.name);
        }
        assert!(
            close(got.coverage, case.coverage),
            "{}: coverage {} != {}",
            case.name,
            got.coverage,
            case.coverage
        );
        assert_eq!(got.rating, case.rating, "{}", case.name);
        // Never a negative zero (it would print as "-0").
        assert!(
            got.points.is_sign_positive() && got.possible.is_sign_positive() && got.coverage.is_sign_positive(),
            "{}",
            case.name
        );
    }
}

#[test]
fn a_score_of_60_in_floating_point_is_adequate() {
    // 0.1×1 + 0.2×1 + 0.7×3 = 2.4 of (0.1 + 0.2 + 0.7)×4 = 4: 59.999999999999986 in f64.
    let r = rubric(
        "r",
        1.0,
        &[
            ("a", 0.1, 5, None, None),
            ("b", 0.2, 5, None, None),
            ("c", 0.7, 5, None, None),
        ],
    );
    let card = score(
        &[&r],
        &assessment(&[("r.a", A::Level(1)), ("r.b", A::Level(1)), ("r.c", A::Level(3))]),
    );
    assert_eq!(card.rubrics[0].rating, Rating::Adequate);
}

#[test]
fn long_applies_if_chains_are_followed_to_the_end() {
    let ids: Vec<String> = (0..40).map(|n| format!("q{n}")).collect();
    let deps: Vec<String> = (0..40).map(|n| format!("r.q{}", n.max(1) - 1)).collect();
    let questions: Vec<Spec<'_>> = (0..40)
        .map(|n| (ids[n].as_str(), 1.0, 5, None, (n > 0).then(|| (deps[n].as_str(), 1))))
        .collect();
    let r = rubric("r", 1.0, &questions);
    let full_ids: Vec<String> = (0..40).map(|n| format!("r.q{n}")).collect();
    let answers: Vec<(&str, A)> = full_ids.iter().map(|id| (id.as_str(), A::Level(4))).collect();
    let card = score(&[&r], &assessment(&answers));
    assert!(
        card.rubrics[0]
            .questions
            .iter()
            .all(|q| q.status == QuestionStatus::Answered)
    );
}

#[test]
fn band_edges() {
    for (score, rating) in [
        (80.0, Rating::Strong),
        (79.99, Rating::Adequate),
        (60.0, Rating::Adequate),
        (59.9, Rating::Weak),
        (40.0, Rating::Weak),
        (39.9, Rating::SeriousConcerns),
        (0.0, Rating::SeriousConcerns),
    ] {
        assert_eq!(
            Rating::rate(Some(score), 1.0, false, FlagCap::None),
            rating,
            "score {score}"
        );
    }
}

#[test]
fn red_flag_caps_rubric_and_overall_at_weak() {
    // x (red flag at 1) answered 1, y answered 4 with weight 9: 37 of 40 = 92.5 → Strong, capped
    // at Weak.
    let flagged = rubric("f", 1.0, &[("x", 1.0, 5, Some(1), None), ("y", 9.0, 5, None, None)]);
    let clean = rubric("c", 1.0, &[("z", 1.0, 5, None, None)]);
    let card = score(
        &[&flagged, &clean],
        &assessment(&[("f.x", A::Level(1)), ("f.y", A::Level(4)), ("c.z", A::Level(4))]),
    );
    assert!(close(card.rubrics[0].score.unwrap_or_default(), 92.5));
    assert_eq!(card.rubrics[0].rating, Rating::Weak);
    assert_eq!(card.rubrics[0].red_flags, vec!["f.x"]);
    assert_eq!(card.rubrics[1].rating, Rating::Strong);
    // Overall (92.5 + 100) / 2 = 96.25 → Strong, capped at Weak by the red flag.
    assert!(close(card.overall.score.unwrap_or_default(), 96.25));
    assert_eq!(card.overall.rating, Rating::Weak);
    assert_eq!(card.overall.red_flags, vec!["f.x"]);
    // A red flag never raises a rating: serious concerns stay serious.
    let card = score(&[&flagged], &assessment(&[("f.x", A::Level(1)), ("f.y", A::Level(1))]));
    assert_eq!(card.rubrics[0].rating, Rating::SeriousConcerns);
    // A red flag at the question's worst level caps at Serious concerns: (0 + 36) / 40 = 90.
    let card = score(&[&flagged], &assessment(&[("f.x", A::Level(0)), ("f.y", A::Level(4))]));
    assert_eq!(card.rubrics[0].rating, Rating::SeriousConcerns);
    assert_eq!(card.rubrics[0].dimensions[0].cap, FlagCap::SeriousConcerns);
    // Level above red_flag_at is no red flag.
    let card = score(&[&flagged], &assessment(&[("f.x", A::Level(2)), ("f.y", A::Level(4))]));
    assert!(card.rubrics[0].red_flags.is_empty());
    // A cap at the lowest band decides the rating below the coverage a score needs: no answer
    // still open can take the flag away or rate lower. x alone is 1 of 10 by weight.
    let card = score(&[&flagged], &assessment(&[("f.x", A::Level(0))]));
    assert!(close(card.rubrics[0].coverage, 0.1));
    assert_eq!(card.rubrics[0].rating, Rating::SeriousConcerns);
    assert!(Rating::decided_by_flags(0.1, FlagCap::SeriousConcerns));
    // A cap above the lowest band does not: the open answers could still rate lower.
    let card = score(&[&flagged], &assessment(&[("f.x", A::Level(1))]));
    assert_eq!(card.rubrics[0].rating, Rating::InsufficientEvidence);
    assert!(!Rating::decided_by_flags(0.1, FlagCap::Weak));
    assert!(!Rating::decided_by_flags(0.6, FlagCap::SeriousConcerns));
}

#[test]
fn applies_if_excludes_dependents() {
    // d applies only when p ≥ 2.
    let r = rubric(
        "r",
        1.0,
        &[("p", 1.0, 5, None, None), ("d", 1.0, 5, None, Some(("r.p", 2)))],
    );
    let status = |answers: Vec<(&str, A)>| score(&[&r], &assessment(&answers)).rubrics[0].questions[1].status;
    assert_eq!(
        status(vec![("r.p", A::Level(2)), ("r.d", A::Level(1))]),
        QuestionStatus::Answered
    );
    assert_eq!(
        status(vec![("r.p", A::Level(1)), ("r.d", A::Level(1))]),
        QuestionStatus::NotApplicable
    );
    // While p is open ("not sure yet", or not answered), d's answer is kept, not dropped on an
    // answer no one gave; unanswered, d is not asked until p is known.
    assert_eq!(
        status(vec![("r.p", A::Unknown), ("r.d", A::Level(1))]),
        QuestionStatus::Answered
    );
    assert_eq!(status(vec![("r.d", A::Level(1))]), QuestionStatus::Answered);
    assert_eq!(
        status(vec![("r.p", A::Unknown), ("r.d", A::Unknown)]),
        QuestionStatus::Unknown
    );
    assert_eq!(status(vec![("r.p", A::Unknown)]), QuestionStatus::NotApplicable);
    assert_eq!(status(vec![]), QuestionStatus::NotApplicable);
    assert_eq!(status(vec![("r.p", A::Level(4))]), QuestionStatus::Unanswered);
    // The excluded question counts for neither score nor coverage: p=1 alone → 25, coverage 1.
    let card = score(&[&r], &assessment(&[("r.p", A::Level(1)), ("r.d", A::Level(0))]));
    assert!(close(card.rubrics[0].score.unwrap_or_default(), 25.0));
    assert!(close(card.rubrics[0].coverage, 1.0));
    assert!(card.rubrics[0].questions[1].excluded_by_condition);
}

#[test]
fn applies_if_across_rubrics_and_chains() {
    // b.q depends on a.p, which depends on a.root; a.root excluded chain → b.q excluded.
    let a = rubric(
        "a",
        1.0,
        &[("root", 1.0, 5, None, None), ("p", 1.0, 5, None, Some(("a.root", 3)))],
    );
    let b = rubric("b", 1.0, &[("q", 1.0, 5, None, Some(("a.p", 1)))]);
    let card = score(
        &[&a, &b],
        &assessment(&[("a.root", A::Level(2)), ("a.p", A::Level(4)), ("b.q", A::Level(4))]),
    );
    assert_eq!(card.rubrics[1].questions[0].status, QuestionStatus::NotApplicable);
    let card = score(
        &[&a, &b],
        &assessment(&[("a.root", A::Level(3)), ("a.p", A::Level(4)), ("b.q", A::Level(4))]),
    );
    assert_eq!(card.rubrics[1].questions[0].status, QuestionStatus::Answered);
    // A dependency on a rubric not in the assessment fails the condition.
    let card = score(&[&b], &assessment(&[("b.q", A::Level(4))]));
    assert_eq!(card.rubrics[0].questions[0].status, QuestionStatus::NotApplicable);
    assert_eq!(card.rubrics[0].coverage, 0.0);
}

#[test]
fn overall_uses_rubric_weights_and_skips_unscored_rubrics() {
    let heavy = rubric("h", 3.0, &[("q", 1.0, 5, None, None)]);
    let light = rubric("l", 1.0, &[("q", 1.0, 5, None, None)]);
    let empty = rubric("e", 2.0, &[("q", 1.0, 5, None, None)]);
    // h = 100 (w3), l = 0 (w1), e unscored (w2): score (300 + 0) / 4 = 75.
    // Coverage over all rubrics: (3×1 + 1×1 + 2×0) / 6 = 0.6667.
    let card = score(
        &[&heavy, &light, &empty],
        &assessment(&[("h.q", A::Level(4)), ("l.q", A::Level(0))]),
    );
    assert!(close(card.overall.score.unwrap_or_default(), 75.0));
    assert!(close(card.overall.coverage, 4.0 / 6.0));
    assert_eq!(card.overall.rating, Rating::Adequate);
    assert_eq!(card.rubrics[2].score, None);
    assert_eq!(card.unanswered, vec!["e.q"]);
}

#[test]
fn recommendations_red_flags_first_then_priority() {
    let r = rubric(
        "r",
        1.0,
        &[
            ("a", 1.0, 5, None, None),
            ("b", 2.0, 5, None, None),
            ("c", 1.0, 5, Some(1), None),
            ("d", 1.0, 4, None, None),
            ("top", 1.0, 5, None, None),
        ],
    );
    let card = score(
        &[&r],
        &assessment(&[
            ("r.a", A::Level(0)),
            ("r.b", A::Level(2)),
            ("r.c", A::Level(1)),
            ("r.d", A::Level(1)),
            ("r.top", A::Level(4)),
        ]),
    );
    let order: Vec<(&str, f64)> = card
        .recommendations
        .iter()
        .map(|rec| (rec.question.as_str(), rec.priority))
        .collect();
    // c is a red flag: 1 × 3/4 = 0.75 but first. Then the answers furthest below their top: a (0 of
    // 4), d (1 of 3), b (2 of 4, though its priority 2 × 2/4 = 1 is higher). The top-level answer
    // gets none.
    assert_eq!(
        order.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        vec!["r.c", "r.a", "r.d", "r.b"]
    );
    assert!(close(order[0].1, 0.75));
    assert!(close(order[2].1, 2.0 / 3.0));
}

#[test]
fn rating_parse_accepts_labels_and_keys() {
    assert_eq!(Rating::parse("Serious concerns"), Some(Rating::SeriousConcerns));
    assert_eq!(
        Rating::parse("insufficient-evidence"),
        Some(Rating::InsufficientEvidence)
    );
    assert_eq!(Rating::parse("WEAK"), Some(Rating::Weak));
    assert_eq!(Rating::parse("good"), None);
    assert!(Rating::InsufficientEvidence.is_at_or_below(Rating::SeriousConcerns));
    assert!(!Rating::Adequate.is_at_or_below(Rating::Weak));
}

/// A second-edition question: (id, dimension, weight, red_flag_at, acceptable_at), five levels.
type Spec2<'a> = (&'a str, &'a str, f64, Option<u32>, Option<u32>);

/// A second-edition rubric with the given questions.
fn rubric2(id: &str, weight: f64, questions: &[Spec2<'_>]) -> Rubric {
    let mut text =
        format!("schema_version = 2\nid = \"{id}\"\ntitle = \"{id}\"\nversion = \"2\"\nweight = {weight:?}\n");
    text.push_str("[[sources]]\nid = \"s\"\ntitle = \"S\"\n");
    for (qid, dimension, qweight, red, acceptable) in questions {
        text.push_str(&format!(
            "[[questions]]\nid = \"{qid}\"\ndimension = \"{dimension}\"\nprompt = \"?\"\nweight = {qweight:?}\n\
             levels = [\"L0\", \"L1\", \"L2\", \"L3\", \"L4\"]\nrecommendation = \"do {qid}\"\n\
             level_recommendations = [\"{qid} at 0\"]\nsources = [\"s\"]\n"
        ));
        if *dimension == "effect" {
            text.push_str("covers = [\"privacy\"]\narea = \"An area\"\n");
        }
        if let Some(red) = red {
            text.push_str(&format!("red_flag_at = {red}\n"));
        }
        if let Some(acceptable) = acceptable {
            text.push_str(&format!("acceptable_at = {acceptable}\n"));
        }
    }
    toml::from_str(&text).expect("test rubric parses")
}

fn not_affected() -> Answer {
    Answer {
        status: Some(AnswerStatus::NotAffected),
        ..Answer::default()
    }
}

fn dimension(card: &Scorecard, id: Dimension) -> &DimensionScore {
    card.overall
        .dimensions
        .iter()
        .find(|found| found.id == id)
        .expect("dimension scored")
}

#[test]
fn a_good_process_cannot_buy_a_better_verdict_than_the_effect() {
    // Effect e1 = 1 of 4 (25 → Serious concerns); process p1..p3 all 4 (100 → Strong).
    let r = rubric2(
        "r",
        1.0,
        &[
            ("e1", "effect", 1.0, None, Some(3)),
            ("p1", "process", 1.0, None, Some(3)),
            ("p2", "process", 1.0, None, Some(3)),
            ("p3", "process", 1.0, None, Some(3)),
        ],
    );
    let answers = assessment(&[
        ("r.e1", A::Level(1)),
        ("r.p1", A::Level(4)),
        ("r.p2", A::Level(4)),
        ("r.p3", A::Level(4)),
    ]);
    let card = score(&[&r], &answers);
    // The whole rubric scores (1 + 12) / 16 = 81.25, which alone would be Strong.
    assert!(close(card.overall.score.unwrap_or_default(), 81.25));
    assert!(close(
        dimension(&card, Dimension::Effect).score.unwrap_or_default(),
        25.0
    ));
    assert_eq!(dimension(&card, Dimension::Effect).rating, Rating::SeriousConcerns);
    assert_eq!(dimension(&card, Dimension::Process).rating, Rating::Strong);
    assert_eq!(card.overall.rating, Rating::SeriousConcerns);
    assert_eq!(card.rubrics[0].rating, Rating::SeriousConcerns);
    // The process questions earn no recommendation (at or above acceptable); the effect one does.
    let ids: Vec<&str> = card.recommendations.iter().map(|rec| rec.question.as_str()).collect();
    assert_eq!(ids, ["r.e1"]);
}

#[test]
fn not_affected_counts_for_coverage_not_for_the_score() {
    let r = rubric2(
        "r",
        1.0,
        &[
            ("harm", "effect", 1.0, None, Some(3)),
            ("calm", "effect", 3.0, None, Some(3)),
            ("p", "process", 1.0, None, Some(3)),
        ],
    );
    let mut answers = assessment(&[("r.harm", A::Level(2)), ("r.p", A::Level(3))]);
    answers.set_answer("r", "calm", not_affected());
    let card = score(&[&r], &answers);
    let effect = dimension(&card, Dimension::Effect);
    // Judged on the harm alone: 2 of 4 = 50 → Weak; coverage (1 + 3) / 4 = 1.
    assert!(close(effect.score.unwrap_or_default(), 50.0));
    assert!(close(effect.coverage, 1.0));
    assert_eq!(effect.rating, Rating::Weak);
    assert_eq!(card.rubrics[0].questions[1].status, QuestionStatus::NotAffected);
    assert!(card.recommendations.iter().all(|rec| rec.question != "r.calm"));
    assert!(card.unanswered.is_empty());
    // Everything not affected: No effect found, and the verdict rests on the process (75 → Adequate).
    let mut answers = assessment(&[("r.p", A::Level(3))]);
    answers.set_answer("r", "harm", not_affected());
    answers.set_answer("r", "calm", not_affected());
    let card = score(&[&r], &answers);
    assert_eq!(dimension(&card, Dimension::Effect).rating, Rating::NoEffectFound);
    assert_eq!(dimension(&card, Dimension::Effect).score, None);
    assert_eq!(card.overall.rating, Rating::Adequate);
    // The heavy question not affected and the other still unknown: coverage 3 / 4 = 0.75 is
    // enough, but not every applicable question was found not affected, so no "No effect
    // found": nothing is scored yet, so Insufficient evidence.
    let mut answers = assessment(&[("r.p", A::Level(3))]);
    answers.set_answer(
        "r",
        "harm",
        crate::model::Answer {
            status: Some(crate::model::AnswerStatus::Unknown),
            ..crate::model::Answer::default()
        },
    );
    answers.set_answer("r", "calm", not_affected());
    let card = score(&[&r], &answers);
    let effect = dimension(&card, Dimension::Effect);
    assert!(close(effect.coverage, 0.75));
    assert_eq!(effect.rating, Rating::InsufficientEvidence);
    // Unanswered counts the same as unknown.
    let mut answers = assessment(&[("r.p", A::Level(3))]);
    answers.set_answer("r", "calm", not_affected());
    let card = score(&[&r], &answers);
    assert_eq!(dimension(&card, Dimension::Effect).rating, Rating::InsufficientEvidence);
}

#[test]
fn red_flags_are_graded() {
    let r = rubric2(
        "r",
        1.0,
        &[
            ("a", "effect", 1.0, Some(1), None),
            ("b", "effect", 1.0, Some(1), None),
            ("c", "effect", 8.0, None, None),
            ("p", "process", 1.0, Some(1), None),
            ("q", "process", 1.0, Some(1), None),
            ("s", "process", 8.0, None, None),
        ],
    );
    let effect = |answers: &[(&str, A)]| {
        let card = score(&[&r], &assessment(answers));
        (
            dimension(&card, Dimension::Effect).rating,
            dimension(&card, Dimension::Process).rating,
        )
    };
    let strong = [("r.p", A::Level(4)), ("r.q", A::Level(4)), ("r.s", A::Level(4))];
    let with = |extra: &[(&'static str, i64)]| {
        let mut answers: Vec<(&str, A)> = vec![("r.c", A::Level(4))];
        answers.extend(strong.iter().map(|(id, _)| (*id, A::Level(4))));
        for (id, level) in extra {
            answers.retain(|(known, _)| known != id);
            answers.push((id, A::Level(*level)));
        }
        answers
    };
    // No flag: effect (4 + 4 + 32) / 40 = 100 → Strong.
    assert_eq!(effect(&with(&[("r.a", 4), ("r.b", 4)])).0, Rating::Strong);
    // One flag above the worst level: capped at Weak ((1 + 4 + 32) / 40 = 92.5).
    assert_eq!(effect(&with(&[("r.a", 1), ("r.b", 4)])).0, Rating::Weak);
    // One flag at the worst level: capped at Serious concerns.
    assert_eq!(effect(&with(&[("r.a", 0), ("r.b", 4)])).0, Rating::SeriousConcerns);
    // Two flags on the effect: Serious concerns.
    assert_eq!(effect(&with(&[("r.a", 1), ("r.b", 1)])).0, Rating::SeriousConcerns);
    // Two flags on the process, neither at the worst level: only Weak.
    assert_eq!(
        effect(&with(&[("r.a", 4), ("r.b", 4), ("r.p", 1), ("r.q", 1)])).1,
        Rating::Weak
    );
}

#[test]
fn recommendations_put_effect_before_process_at_equal_severity() {
    let r = rubric2(
        "r",
        1.0,
        &[
            ("p0", "process", 1.0, None, Some(3)),
            ("e1", "effect", 1.0, None, Some(3)),
            ("ok", "effect", 1.0, None, Some(3)),
            ("pf", "process", 1.0, Some(1), Some(3)),
            ("ef", "effect", 1.0, Some(0), Some(3)),
        ],
    );
    let card = score(
        &[&r],
        &assessment(&[
            ("r.p0", A::Level(0)),
            ("r.e1", A::Level(1)),
            ("r.ok", A::Level(3)),
            ("r.pf", A::Level(1)),
            ("r.ef", A::Level(0)),
        ]),
    );
    let ids: Vec<&str> = card.recommendations.iter().map(|rec| rec.question.as_str()).collect();
    // The severe flag, the other flag, then effect (e1) before a process answer at a lower level
    // (p0); `ok` is at its acceptable level and gets none.
    assert_eq!(ids, ["r.ef", "r.pf", "r.e1", "r.p0"]);
    assert_eq!(
        r.question("p0").map(|q| q.recommendation_for(0)),
        Some("p0 at 0"),
        "a level's own advice wins"
    );
    assert_eq!(r.question("p0").map(|q| q.recommendation_for(2)), Some("do p0"));
}

#[test]
fn combine_never_rates_above_the_effect() {
    for effect in Rating::ALL {
        for process in Rating::ALL {
            let overall = combine(Some(effect), Some(process));
            assert!(overall >= effect, "{effect:?} + {process:?} gave {overall:?}");
            if process != Rating::InsufficientEvidence {
                assert!(overall >= process);
            }
        }
    }
    assert_eq!(combine(None, Some(Rating::Weak)), Rating::Weak);
    assert_eq!(
        combine(Some(Rating::Strong), Some(Rating::InsufficientEvidence)),
        Rating::Strong
    );
    assert_eq!(
        combine(Some(Rating::InsufficientEvidence), Some(Rating::Strong)),
        Rating::InsufficientEvidence
    );
}

mod invariants {
    //! Property tests: the stated invariants of the rule hold for random rubrics and answers.

    use proptest::prelude::*;

    use super::*;

    /// One random question: dimension, weight, red-flag level, and the answer (a level 0–4,
    /// or 5 = not affected, 6 = unknown, 7 = unanswered).
    type Drawn = (bool, u8, Option<u32>, u8);

    fn question() -> impl Strategy<Value = Drawn> {
        (any::<bool>(), 1u8..=4, prop::option::of(0u32..=2), 0u8..=7)
    }

    fn build(drawn: &[Drawn]) -> (Rubric, Assessment) {
        let ids: Vec<String> = (0..drawn.len()).map(|index| format!("q{index}")).collect();
        let borrowed: Vec<Spec2<'_>> = drawn
            .iter()
            .zip(&ids)
            .map(|((effect, weight, red, _), id)| {
                let dimension = if *effect { "effect" } else { "process" };
                (id.as_str(), dimension, f64::from(*weight) / 2.0, *red, Some(3))
            })
            .collect();
        let rubric = rubric2("r", 1.0, &borrowed);
        let mut answers = Assessment::new("Random");
        for (index, (effect, _, _, answer)) in drawn.iter().enumerate() {
            let id = format!("q{index}");
            let answer = match answer {
                0..=4 => Some(Answer {
                    level: Some(i64::from(*answer)),
                    ..Answer::default()
                }),
                5 if *effect => Some(not_affected()),
                7 => None,
                _ => Some(Answer {
                    status: Some(AnswerStatus::Unknown),
                    ..Answer::default()
                }),
            };
            if let Some(answer) = answer {
                answers.set_answer("r", &id, answer);
            }
        }
        (rubric, answers)
    }

    fn effect_rating(card: &Scorecard) -> Option<Rating> {
        rating_of(&card.overall.dimensions, Dimension::Effect)
    }

    proptest! {
        #[test]
        fn overall_is_never_above_the_effect_and_coverage_is_a_fraction(
            drawn in prop::collection::vec(question(), 1..12)
        ) {
            let (rubric, answers) = build(&drawn);
            let card = score(&[&rubric], &answers);
            if let Some(effect) = effect_rating(&card) {
                prop_assert!(card.overall.rating >= effect);
            }
            for dimension in &card.overall.dimensions {
                prop_assert!((0.0..=1.0).contains(&dimension.coverage));
                if let Some(score) = dimension.score {
                    prop_assert!((0.0..=100.0).contains(&score));
                }
            }
            prop_assert!((0.0..=1.0).contains(&card.overall.coverage));
        }

        #[test]
        fn raising_one_level_never_lowers_a_rating(
            drawn in prop::collection::vec(question(), 1..12),
            pick in any::<prop::sample::Index>(),
        ) {
            let (rubric, answers) = build(&drawn);
            let index = pick.index(drawn.len());
            let mut raised = drawn.clone();
            if let Some(level @ 0..=3) = raised.get(index).map(|q| q.3) {
                raised[index].3 = level + 1;
            } else {
                return Ok(());
            }
            let (_, better) = build(&raised);
            let before = score(&[&rubric], &answers);
            let after = score(&[&rubric], &better);
            prop_assert!(no_worse(after.overall.rating, before.overall.rating));
            for (old, new) in before.overall.dimensions.iter().zip(&after.overall.dimensions) {
                prop_assert!(no_worse(new.rating, old.rating));
            }
        }

        #[test]
        fn red_flags_never_raise_a_rating(drawn in prop::collection::vec(question(), 1..12)) {
            let (rubric, answers) = build(&drawn);
            let mut unflagged_rubric = rubric.clone();
            for question in &mut unflagged_rubric.questions {
                question.red_flag_at = None;
            }
            let flagged = score(&[&rubric], &answers);
            let unflagged = score(&[&unflagged_rubric], &answers);
            prop_assert!(no_worse(unflagged.overall.rating, flagged.overall.rating));
            for (with, without) in flagged.overall.dimensions.iter().zip(&unflagged.overall.dimensions) {
                prop_assert!(no_worse(without.rating, with.rating));
            }
        }
    }

    /// Whether `rating` is no worse than `other`. Insufficient evidence counts as worst, but for
    /// one case: where red flags cap at the lowest band and decide the rating below the coverage
    /// a score needs (Serious concerns), the same answers without that flag leave no rating
    /// (Insufficient evidence), which is no better a judgement, only none.
    fn no_worse(rating: Rating, other: Rating) -> bool {
        rating <= other || (rating == Rating::InsufficientEvidence && other == Rating::SeriousConcerns)
    }
}

/// A third-edition rubric of effect questions (five levels, red flag at 0, acceptable at 3),
/// each with a harm `h` of the given grade, a second harm `c` of grade "flag" contained by the
/// safeguard `g`, and the safeguard `g`.
fn rubric3(questions: &[(&str, &str)]) -> Rubric {
    let mut text =
        "schema_version = 3\nid = \"r\"\ntitle = \"R\"\nversion = \"3\"\n[[sources]]\nid = \"s\"\ntitle = \"S\"\n"
            .to_string();
    for (qid, grade) in questions {
        text.push_str(&format!(
            "[[questions]]\nid = \"{qid}\"\ndimension = \"effect\"\ncovers = [\"privacy\"]\narea = \"{qid}\"\nprompt = \"?\"\n\
             levels = [\"L0\", \"L1\", \"L2\", \"L3\", \"L4\"]\nred_flag_at = 0\nacceptable_at = 3\nsources = [\"s\"]\n\
             [[questions.mechanisms]]\nid = \"h\"\nkind = \"harm\"\nlabel = \"Does harm\"\nflag = \"{grade}\"\nrecommendation = \"Undo {qid}.\"\nsources = [\"s\"]\n\
             [[questions.mechanisms]]\nid = \"c\"\nkind = \"harm\"\nlabel = \"Does contained harm\"\nflag = \"flag\"\ncontained_by = [\"g\"]\nrecommendation = \"Contain {qid}.\"\nsources = [\"s\"]\n\
             [[questions.mechanisms]]\nid = \"g\"\nkind = \"safeguard\"\nlabel = \"Guards\"\nsources = [\"s\"]\n"
        ));
    }
    toml::from_str(&text).expect("test rubric parses")
}

fn ticked(level: i64, mechanisms: &[&str]) -> Answer {
    Answer {
        level: Some(level),
        mechanisms: mechanisms.iter().map(|id| (*id).to_string()).collect(),
        ..Answer::default()
    }
}

#[test]
fn third_edition_flags_come_from_what_was_found() {
    let r = rubric3(&[("a", "severe"), ("b", "none"), ("c", "none"), ("d", "none")]);
    let score = |answers: Vec<(&str, Answer)>| {
        let mut assessment = Assessment::new("T");
        for (id, answer) in answers {
            assessment.set_answer("r", id, answer);
        }
        let card = super::score(&[&r], &assessment);
        card.overall.dimensions[0].clone()
    };
    let top = || ticked(4, &[]);
    // A severe harm ticked at level 2: points 2 + 4 + 4 + 4 = 14 of 16 → 87.5, but the severe
    // flag caps the effect at the worst band.
    let severe = score(vec![("a", ticked(2, &["h"])), ("b", top()), ("c", top()), ("d", top())]);
    assert_eq!(severe.rating, Rating::SeriousConcerns);
    assert_eq!(severe.cap, FlagCap::SeriousConcerns);
    // Level 0 alone is one ordinary flag: 0 + 12 of 16 → 75, capped at Weak (Harmful).
    let level_zero = score(vec![("a", ticked(0, &[])), ("b", top()), ("c", top()), ("d", top())]);
    assert_eq!((level_zero.rating, level_zero.cap), (Rating::Weak, FlagCap::Weak));
    // A flagging harm contained by a ticked safeguard raises no flag; the same harm alone does.
    let contained = score(vec![
        ("b", ticked(3, &["c", "g"])),
        ("a", top()),
        ("c", top()),
        ("d", top()),
    ]);
    assert_eq!(contained.cap, FlagCap::None);
    let alone = score(vec![("b", ticked(3, &["c"])), ("a", top()), ("c", top()), ("d", top())]);
    assert_eq!(alone.cap, FlagCap::Weak);
    // Two flagged questions cap at the worst band.
    let two = score(vec![
        ("a", ticked(0, &[])),
        ("b", ticked(0, &[])),
        ("c", top()),
        ("d", top()),
    ]);
    assert_eq!(two.rating, Rating::SeriousConcerns);
}

#[test]
fn robustness_names_each_single_move_that_changes_the_effect() {
    let r = rubric3(&[("a", "none"), ("b", "none"), ("c", "none"), ("d", "none")]);
    let mut assessment = Assessment::new("T");
    // 3 + 3 + 3 + 1 = 10 of 16 → 62.5, Adequate (Low risk). Moving d to 0 flags it: Weak. Moving
    // any 3 down to 2 gives 56.25: Weak. Up moves stay Adequate or reach 68.75.
    for (id, level) in [("a", 3), ("b", 3), ("c", 3), ("d", 1)] {
        assessment.set_answer("r", id, ticked(level, &[]));
    }
    let card = super::score(&[&r], &assessment);
    assert_eq!(card.overall.dimensions[0].rating, Rating::Adequate);
    let moves: Vec<(&str, u32, u32, Rating)> = card
        .robustness
        .iter()
        .map(|flip| (flip.question.question(), flip.level, flip.to_level, flip.rating))
        .collect();
    assert_eq!(
        moves,
        [
            ("a", 3, 2, Rating::Weak),
            ("b", 3, 2, Rating::Weak),
            ("c", 3, 2, Rating::Weak),
            ("d", 1, 0, Rating::Weak),
        ]
    );
    // No single move takes a positive effect to the worst band.
    assert!(
        card.robustness
            .iter()
            .all(|flip| flip.rating != Rating::SeriousConcerns)
    );
}

#[test]
fn no_effect_found_needs_every_effect_question_considered() {
    let r = rubric3(&[("a", "none"), ("b", "none"), ("c", "none")]);
    let mut assessment = Assessment::new("T");
    assessment.set_answer("r", "a", not_affected());
    assessment.set_answer("r", "c", not_affected());
    assessment.set_answer(
        "r",
        "b",
        Answer {
            status: Some(AnswerStatus::ScreenedOut),
            ..Answer::default()
        },
    );
    let card = super::score(&[&r], &assessment);
    assert_eq!(card.overall.dimensions[0].rating, Rating::NoEffectFound);
    // One still open: coverage 2/3 is enough to judge, but with an area not yet judged the
    // effect is not "no effect found", and with no level anywhere it has no rating.
    assessment.set_answer(
        "r",
        "b",
        Answer {
            status: Some(AnswerStatus::Unknown),
            ..Answer::default()
        },
    );
    let card = super::score(&[&r], &assessment);
    assert_eq!(card.overall.dimensions[0].rating, Rating::InsufficientEvidence);
}
