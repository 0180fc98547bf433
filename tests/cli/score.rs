//! `score`: the known assessment's scores against a hand computation, and the JSON shape.

use crate::support::{TestEnv, repo};

fn close(value: &serde_json::Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|got| (got - expected).abs() < 1e-3)
}

#[test]
fn known_assessment_matches_hand_computation() {
    let env = TestEnv::new();
    let run = env.run(&["score", &repo("tests/fixtures/known.toml"), "--json"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
    let rubrics = json["rubrics"].as_array().expect("rubrics");

    // Openness: process participation 2, timing 1 (w1 each): 3 of 8. Effect easy-access 3,
    // permissionless 4, reachability 1 (w1.5), encryption 1 (w2), surveillance 2; right-layer,
    // central-dependency (w1.5) and net-neutrality not affected; global-identifiers unknown.
    // Effect points 3 + 4 + 1.5 + 2 + 2 = 12.5 of 4 × 6.5 = 26 → 48.08, Weak (the effect's name for
    // it: Harmful), and the encryption red flag (a level-1 flag and a ticked flagging harm, one
    // flagged question) caps at Weak. Process 37.5 → Serious concerns.
    // Rubric: 15.5 of 34 → 45.59; coverage (13 − 1) / 13; rating the worse: Serious concerns.
    let openness = &rubrics[0];
    assert_eq!(openness["id"], "openness");
    assert!(close(&openness["score"], 1550.0 / 34.0), "{}", openness["score"]);
    assert!(close(&openness["points"], 15.5) && close(&openness["possible"], 34.0));
    assert!(close(&openness["coverage"], 12.0 / 13.0));
    assert_eq!(openness["rating"], "Serious concerns");
    assert_eq!(openness["red_flags"], serde_json::json!(["openness.encryption"]));
    assert_eq!(openness["dimensions"][0]["id"], "effect");
    assert!(close(&openness["dimensions"][0]["score"], 1250.0 / 26.0));
    assert!(close(&openness["dimensions"][0]["coverage"], 10.0 / 11.0));
    assert_eq!(openness["dimensions"][0]["rating"], "Weak");
    assert_eq!(openness["dimensions"][0]["verdict"], "Harmful");
    assert_eq!(openness["dimensions"][1]["rating"], "Serious concerns");

    // Inclusiveness: stakeholder-groups 1, global-connectivity 2 (w1.5): 4 of 10 → 40; coverage
    // (1 + 1.5 + 1 not affected) / 7.5 (outreach not applicable). Process coverage 1 / 4 is too
    // little to judge, so the rubric's rating is its effect's: 3 of 6 → 50, Weak.
    let inclusiveness = &rubrics[1];
    assert!(close(&inclusiveness["score"], 40.0));
    assert!(close(&inclusiveness["coverage"], 3.5 / 7.5));
    assert_eq!(inclusiveness["dimensions"][1]["rating"], "Insufficient evidence");
    assert_eq!(inclusiveness["rating"], "Weak");

    // Transparency: process 4+0+2+1+3+2+1 = 13 of 28 → 46.4; effect legal-certainty 2 of 4 → 50,
    // with orders-transparency, integrity, proportionality and independent-authority not affected.
    let transparency = &rubrics[2];
    assert!(close(&transparency["score"], 1500.0 / 32.0));
    assert!(close(&transparency["coverage"], 1.0));
    assert_eq!(transparency["rating"], "Weak");

    // Overall: the mean of the rubric scores; each dimension pooled over the rubrics.
    // Effect 12.5 + 3 + 2 = 17.5 of 36 → 48.6; coverage 17.5 / 19.5; one red flag caps at Weak.
    // Process 3 + 1 + 13 = 17 of 40 → 42.5; coverage 10 / 13. The verdict: the worse, Weak.
    let overall = &json["overall"];
    assert!(
        close(&overall["score"], (1550.0 / 34.0 + 40.0 + 1500.0 / 32.0) / 3.0),
        "{}",
        overall["score"]
    );
    assert!(close(&overall["coverage"], (12.0 / 13.0 + 3.5 / 7.5 + 1.0) / 3.0));
    assert_eq!(overall["rating"], "Weak");
    let effect = &overall["dimensions"][0];
    assert_eq!(effect["id"], "effect");
    assert!(close(&effect["score"], 1750.0 / 36.0));
    assert!(close(&effect["coverage"], 17.5 / 19.5));
    assert_eq!(effect["verdict_key"], "harmful");
    assert_eq!(
        (effect["rating"].as_str(), effect["cap"].as_str()),
        (Some("Weak"), Some("weak"))
    );
    let process = &overall["dimensions"][1];
    assert!(close(&process["score"], 42.5));
    assert!(close(&process["coverage"], 10.0 / 13.0));

    // Recommendations only below each question's acceptable level (easy-access at 3 gets none),
    // and on the effect only from a ticked harm or the assessor's own words (global-connectivity
    // ticks none, so it gets none): the red flag, then effect before process, each furthest below
    // its top first, then by priority.
    let recommendations: Vec<&str> = json["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .map(|r| r["question"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        recommendations,
        [
            "openness.encryption",
            "openness.reachability",
            "openness.surveillance",
            "transparency.legal-certainty",
            "transparency.impact-assessment",
            "openness.consultation-timing",
            "inclusiveness.stakeholder-groups",
            "transparency.feedback-loop",
            "transparency.review-clause",
            "openness.participation",
            "transparency.input-published",
            "transparency.advance-notice",
        ]
    );
    assert!(close(&json["recommendations"][0]["priority"], 1.5));
    assert_eq!(
        json["recommendations"][0]["text"],
        "Drop clause 12's scanning duty for private messages."
    );
    assert_eq!(json["recommendations"][0]["own"], true);
    assert_eq!(
        json["recommendations"][1]["mechanisms"],
        serde_json::json!(["blocking-power"])
    );
    // One click from Serious harm: the reachability answer at level 0 would be a second flag.
    assert_eq!(json["robustness"]["stable"], false);
    assert_eq!(json["robustness"]["flips"][0]["question"], "openness.reachability");
    assert_eq!(json["robustness"]["flips"][0]["rating"], "Serious harm");
    assert_eq!(
        json["unanswered"],
        serde_json::json!([
            "openness.global-identifiers",
            "inclusiveness.stakeholder-role",
            "inclusiveness.balance",
            "inclusiveness.affected-parties",
            "inclusiveness.fragmentation"
        ])
    );
    let not_affected: Vec<&str> = json["not_affected"]
        .as_array()
        .expect("list")
        .iter()
        .map(|n| n["question"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        not_affected,
        [
            "openness.right-layer",
            "openness.net-neutrality",
            "openness.central-dependency",
            "inclusiveness.technical-community",
            "transparency.orders-transparency",
            "transparency.integrity",
            "transparency.proportionality",
            "transparency.independent-authority"
        ]
    );
}

#[test]
fn json_brief_has_the_documented_shape() {
    let env = TestEnv::new();
    let run = env.run(&["score", &repo("tests/fixtures/known.toml"), "--json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["proposal"]["title"], "Known Scores Act");
    assert_eq!(json["proposal"]["stage"], "consultation");
    for key in ["score", "rating", "coverage", "red_flags", "dimensions", "verdict"] {
        assert!(json["overall"].get(key).is_some(), "overall.{key}");
    }
    assert_eq!(
        json["overall"]["verdict"],
        "Effect on the Internet: Harmful. Process: Weak."
    );
    let question = &json["rubrics"][0]["questions"][0];
    assert_eq!(question["id"], "openness.participation");
    assert_eq!(question["status"], "answered");
    assert_eq!(question["level"], 2);
    assert_eq!(question["max_level"], 4);
    assert!(close(&question["points"], 2.0) && close(&question["possible"], 4.0));
    assert_eq!(question["dimension"], "process");
    let unknown = &json["rubrics"][0]["questions"][8];
    assert_eq!(unknown["status"], "unknown");
    assert_eq!(json["rubrics"][0]["questions"][4]["status"], "not-affected");
    assert!(unknown["level"].is_null());
    assert_eq!(json["rubrics"][1]["questions"][1]["status"], "not-applicable");
    assert_eq!(json["rubrics"][1]["questions"][2]["status"], "unanswered");
    let recommendation = &json["recommendations"][0];
    assert!(recommendation["text"].as_str().is_some_and(|text| !text.is_empty()));
    // `render -f json` prints the same document.
    let rendered = env.run(&["render", &repo("tests/fixtures/known.toml"), "-f", "json", "-o", "-"]);
    assert_eq!(rendered.stdout, run.stdout);
}

#[test]
fn terminal_scorecard_without_colour_when_not_a_terminal() {
    let env = TestEnv::new();
    let run = env.run(&["score", &repo("tests/fixtures/known.toml")]);
    run.code(0);
    assert!(!run.stdout.contains('\x1b'), "no escape codes when piped");
    insta::assert_snapshot!("known_scorecard", env.normalise(&run.stdout));
}

#[test]
fn an_upgraded_file_with_questions_open_is_scored_as_provisional() {
    let env = TestEnv::new();
    let run = env.run(&["score", &repo("tests/fixtures/known-v2.toml")]);
    run.code(0);
    crate::support::assert_in_order(
        &run.stdout,
        &[
            "Effect on the Internet: Harmful. Process: Weak.",
            "Upgraded from rubrics 2.x: 5 questions not yet answered, so the effect rating is provisional.",
        ],
    );
}
