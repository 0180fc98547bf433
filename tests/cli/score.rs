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

    // Openness: weights 1,1,1,1,1.5,1,(1 unknown),2; levels 2,1,3,4,0,3,–,4.
    // Points 2+1+3+4+0+3+8 = 21 of 8.5×4 = 34 → 61.76; coverage 8.5/9.5; reachability is a red flag.
    let openness = &rubrics[0];
    assert_eq!(openness["id"], "openness");
    assert!(close(&openness["score"], 2100.0 / 34.0), "{}", openness["score"]);
    assert!(close(&openness["points"], 21.0) && close(&openness["possible"], 34.0));
    assert!(close(&openness["coverage"], 8.5 / 9.5));
    assert_eq!(
        openness["rating"], "Weak",
        "61.8 is Adequate, capped at Weak by the red flag"
    );
    assert_eq!(openness["red_flags"], serde_json::json!(["openness.reachability"]));

    // Inclusiveness: stakeholder-groups 1 (w1), global-connectivity 2 (w1.5), outreach n/a,
    // four unanswered (w4). Points 1+3 = 4 of 10 → 40; coverage 2.5/6.5 < 0.6.
    let inclusiveness = &rubrics[1];
    assert!(close(&inclusiveness["score"], 40.0));
    assert!(close(&inclusiveness["coverage"], 2.5 / 6.5));
    assert_eq!(inclusiveness["rating"], "Insufficient evidence");

    // Transparency: six answered (w1 each), orders-transparency n/a. 4+0+2+3+2+1 = 12 of 24 → 50.
    let transparency = &rubrics[2];
    assert!(close(&transparency["score"], 50.0));
    assert!(close(&transparency["coverage"], 1.0));
    assert_eq!(transparency["rating"], "Weak");

    // Overall: mean of 61.76, 40, 50 = 50.59; coverage mean of 0.8947, 0.3846, 1 = 0.7598.
    let overall = &json["overall"];
    assert!(
        close(&overall["score"], (2100.0 / 34.0 + 40.0 + 50.0) / 3.0),
        "{}",
        overall["score"]
    );
    assert!(close(&overall["coverage"], (8.5 / 9.5 + 2.5 / 6.5 + 1.0) / 3.0));
    assert_eq!(overall["rating"], "Weak");

    // Recommendations: the red flag first (1.5 × 4/4), then impact-assessment (1.0), then the
    // 0.75 ties in rubric order.
    let recommendations: Vec<&str> = json["recommendations"]
        .as_array()
        .expect("list")
        .iter()
        .map(|r| r["question"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        recommendations[..6],
        [
            "openness.reachability",
            "transparency.impact-assessment",
            "openness.consultation-timing",
            "inclusiveness.stakeholder-groups",
            "inclusiveness.global-connectivity",
            "transparency.review-clause"
        ]
    );
    assert!(close(&json["recommendations"][0]["priority"], 1.5));
    assert_eq!(
        json["unanswered"],
        serde_json::json!([
            "openness.global-identifiers",
            "inclusiveness.stakeholder-role",
            "inclusiveness.balance",
            "inclusiveness.affected-parties",
            "inclusiveness.technical-community"
        ])
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
    for key in ["score", "rating", "coverage", "red_flags"] {
        assert!(json["overall"].get(key).is_some(), "overall.{key}");
    }
    let question = &json["rubrics"][0]["questions"][0];
    assert_eq!(question["id"], "openness.participation");
    assert_eq!(question["status"], "answered");
    assert_eq!(question["level"], 2);
    assert_eq!(question["max_level"], 4);
    assert!(close(&question["points"], 2.0) && close(&question["possible"], 4.0));
    let unknown = &json["rubrics"][0]["questions"][6];
    assert_eq!(unknown["status"], "unknown");
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
    assert!(run.stdout.contains("Policy Impact Brief: Known Scores Act"));
    let openness = run
        .stdout
        .lines()
        .find(|line| line.starts_with("Openness"))
        .expect("openness row");
    assert!(
        openness.contains("62") && openness.contains("Weak") && openness.contains("21 of 34"),
        "{openness}"
    );
    assert!(run.stdout.contains("Red flags") && run.stdout.contains("openness.reachability"));
    assert!(run.stdout.contains("Open questions") && run.stdout.contains("openness.global-identifiers (unknown)"));
}
