//! Calibration: assessments of real measures that the Internet Society (or its chapters) analysed
//! in public, each carrying the published conclusion in `[expect]`. The tool must reach the same
//! verdict on the effect, for the same reasons: every harm the analysis headlines is on page 1.

use std::path::PathBuf;

use crate::support::{TestEnv, repo};

/// The rating keys, best first, so that "worse" can be compared.
const RATINGS: [&str; 6] = [
    "no-effect-found",
    "strong",
    "adequate",
    "weak",
    "serious-concerns",
    "insufficient-evidence",
];

fn rank(key: &str) -> usize {
    RATINGS
        .iter()
        .position(|known| *known == key)
        .unwrap_or_else(|| panic!("unknown rating key {key}"))
}

/// Every example with an `[expect]` table: the shipped examples and the calibration set.
fn cases() -> Vec<(PathBuf, toml::Table)> {
    let mut files = Vec::new();
    for folder in ["examples", "examples/calibration"] {
        for entry in std::fs::read_dir(repo(folder)).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|ext| ext == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).expect("read");
            let table: toml::Table = toml::from_str(&text).expect("TOML");
            let expect = table.get("expect")?.as_table()?.clone();
            Some((path, expect))
        })
        .collect()
}

#[test]
fn every_case_reaches_its_published_conclusion() {
    let cases = cases();
    assert!(
        cases.len() >= 13,
        "five examples and eight calibration cases, found {}",
        cases.len()
    );
    let env = TestEnv::new();
    for (path, expect) in cases {
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let run = env.run(&["score", &path.to_string_lossy(), "--json"]);
        run.code(0);
        let brief: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
        let effect = brief["overall"]["dimensions"]
            .as_array()
            .expect("dimensions")
            .iter()
            .find(|dimension| dimension["id"] == "effect")
            .expect("an effect rating");
        let expected = expect["effect"].as_str().expect("expect.effect");
        assert_eq!(effect["rating_key"], expected, "{name}: effect rating");
        assert!(
            expect
                .get("source")
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.starts_with("https://")),
            "{name}: the published analysis is cited"
        );

        // Each harm the analysis headlines is a red flag or a main concern on page 1.
        let page_one: Vec<&str> = brief["summary"]["red_flags"]
            .as_array()
            .into_iter()
            .chain(brief["summary"]["concerns"].as_array())
            .flatten()
            .filter_map(|finding| finding["question"].as_str())
            .collect();
        for concern in expect.get("concerns").and_then(|c| c.as_array()).into_iter().flatten() {
            let concern = concern.as_str().expect("question id");
            assert!(
                page_one.contains(&concern),
                "{name}: {concern} is not on page 1: {page_one:?}"
            );
        }

        // The verdict is never better than the effect's.
        let overall = brief["overall"]["rating_key"].as_str().expect("overall rating");
        assert!(
            rank(overall) >= rank(expected),
            "{name}: overall {overall} above effect {expected}"
        );

        // "Not affected" is never a strength and never gets advice.
        let not_affected: Vec<&str> = brief["not_affected"]
            .as_array()
            .expect("not_affected")
            .iter()
            .filter_map(|item| item["question"].as_str())
            .collect();
        let strengths: Vec<&str> = brief["summary"]["strengths"]
            .as_array()
            .expect("strengths")
            .iter()
            .filter_map(|item| item["question"].as_str())
            .collect();
        let advised: Vec<&str> = brief["recommendations"]
            .as_array()
            .expect("recommendations")
            .iter()
            .filter_map(|item| item["question"].as_str())
            .collect();
        for question in &not_affected {
            assert!(!strengths.contains(question), "{name}: {question} is a strength");
            assert!(!advised.contains(question), "{name}: {question} gets advice");
        }
    }
}

#[test]
fn a_first_edition_file_loads_and_migrate_rewrites_it_keeping_a_backup() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read");
    env.write("old.toml", &original);

    // It still loads: check explains what the upgrade did and says how to make it permanent.
    let check = env.run(&["check", "old.toml"]);
    check.code(0);
    assert!(
        check
            .stderr
            .contains("warning: written for rubrics 1.x; read as 2.x in memory"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("run `impact-brief migrate old.toml`"),
        "{}",
        check.stderr
    );
    assert!(
        check
            .stderr
            .contains("`transparency.consultation-responses` is replaced by `transparency.feedback-loop`"),
        "{}",
        check.stderr
    );

    let run = env.run(&["migrate", "old.toml"]);
    run.code(0);
    assert_eq!(env.read("old.toml.v1.bak"), original, "the original is kept");
    assert!(
        run.stderr
            .contains("moved   openness.central-gateway (level 3) → openness.central-dependency (not-affected)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("moved   transparency.consultation-responses (level 2) → transparency.input-published (level 3)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 answer needs a new answer"), "{}", run.stderr);
    let migrated = env.read("old.toml");
    // The `#:schema` line for editors, then the file.
    let (directive, body) = migrated.split_once('\n').unwrap_or_default();
    assert!(directive.starts_with("#:schema file://"), "{migrated}");
    // The rest is the original, edited in place: its comments and layout kept.
    assert!(
        body.starts_with("# A first-edition (rubrics 1.x) assessment: tests check that it still loads"),
        "{migrated}"
    );
    assert!(body.contains("\nschema_version = 2\n"), "{migrated}");
    assert!(!migrated.contains("central-gateway]"), "{migrated}");
    assert!(migrated.contains("Answered for rubrics 1.x as `transparency.consultation-responses`, level 2"));
    // The rationale of a mapped answer is kept.
    assert!(migrated.contains("Blocking orders without review."));

    // The migrated file loads without warnings, and migrating again changes nothing.
    let again = env.run(&["check", "old.toml"]);
    again.code(0);
    assert!(!again.stderr.contains("warning"), "{}", again.stderr);
    let twice = env.run(&["migrate", "old.toml"]);
    twice.code(0);
    assert!(twice.stderr.contains("nothing to do"), "{}", twice.stderr);
    assert_eq!(env.read("old.toml"), migrated);
    // A second migrate never overwrites the first backup.
    env.write("older.toml", &original);
    env.write("older.toml.v1.bak", "earlier backup");
    let refused = env.run(&["migrate", "older.toml"]);
    refused.code(1);
    assert!(refused.stderr.contains("exists already"), "{}", refused.stderr);
    assert_eq!(env.read("older.toml.v1.bak"), "earlier backup");
}

#[test]
fn check_warns_about_answers_to_questions_that_do_not_apply() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        crate::support::assessment(
            "[answers.openness.participation]\nlevel = 0\n\n[answers.openness.consultation-timing]\nlevel = 3\nrationale = \"Four weeks.\"\n",
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "bill.toml:9:19: warning: `openness.consultation-timing` does not apply, so this answer is not counted: it applies only when `openness.participation` is at level 1 or above"
        ),
        "{}",
        run.stderr
    );
    // The brief does not print a finding for a question that was not asked.
    let md = env.run(&["render", "bill.toml", "-o", "-"]);
    assert!(!md.stdout.contains("Four weeks."), "{}", md.stdout);
    // Saying "not applicable" agrees with the condition: no warning.
    env.write(
        "agrees.toml",
        crate::support::assessment(
            "[answers.openness.participation]\nlevel = 0\n\n[answers.openness.consultation-timing]\nstatus = \"not-applicable\"\nrationale = \"No consultation.\"\n",
        ),
    );
    let run = env.run(&["check", "agrees.toml"]);
    run.code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn not_affected_is_refused_for_a_process_question() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        crate::support::assessment("[answers.openness.participation]\nstatus = \"not-affected\"\n"),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("bill.toml:7:10: error: `openness.participation` is a process question; \"not-affected\" is for effect questions"),
        "{}",
        run.stderr
    );
}

#[test]
fn migrate_keeps_the_words_of_an_old_answer_whose_replacement_is_answered_too() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read");
    let both = original.replace(
        "[answers.openness.central-gateway]\nlevel = 3\n",
        "[answers.openness.central-gateway]\nlevel = 3\nrationale = \"The old gateway rationale.\"\nevidence = [\"Old clause 9\"]\n\n# the new question, answered by hand\n[answers.openness.central-dependency]\nlevel = 2\nrationale = \"The new dependency rationale.\"\n",
    );
    assert_ne!(both, original);
    env.write("both.toml", &both);

    let check = env.run(&["check", "both.toml"]);
    check.code(0);
    assert!(
        check.stderr.contains(
            "`openness.central-gateway` is replaced by `openness.central-dependency`, which the file answers too"
        ),
        "{}",
        check.stderr
    );

    let run = env.run(&["migrate", "both.toml"]);
    run.code(0);
    assert!(
        run.stderr
            .contains("merged  openness.central-gateway (level 3) into openness.central-dependency"),
        "{}",
        run.stderr
    );
    let migrated = env.read("both.toml");
    for text in [
        "The old gateway rationale.",
        "Old clause 9",
        "The new dependency rationale.",
        "# the new question, answered by hand",
        "Also answered for rubrics 1.x as `openness.central-gateway` (level 3)",
    ] {
        assert!(migrated.contains(text), "{text} is kept:\n{migrated}");
    }
    // Every old rationale of the original survives somewhere in the migrated file.
    for line in original.lines().filter(|line| line.starts_with("rationale = ")) {
        let text = line.trim_start_matches("rationale = ").trim_matches('"');
        assert!(migrated.contains(text), "{text}");
    }
    let answer = env.run(&["score", "both.toml", "--json"]);
    answer.code(0);
    assert!(!migrated.contains("[answers.openness.central-gateway]"), "{migrated}");
}

#[cfg(unix)]
#[test]
fn migrate_never_writes_its_backup_through_a_link() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read");
    env.write("a.toml", &original);
    std::fs::create_dir_all(env.path("elsewhere")).expect("folder");
    std::os::unix::fs::symlink(env.path("elsewhere/x"), env.path("a.toml.v1.bak")).expect("link");
    let run = env.run(&["migrate", "a.toml"]);
    run.code(1);
    assert!(run.stderr.contains("a.toml.v1.bak is a link"), "{}", run.stderr);
    assert!(
        !env.path("elsewhere/x").exists(),
        "nothing is created where the link points"
    );
    assert_eq!(
        env.read("a.toml"),
        original,
        "the file is not migrated without its backup"
    );
    // A link to an existing file is refused the same way, and that file is left alone.
    env.write("target.txt", "someone else's file");
    std::fs::remove_file(env.path("a.toml.v1.bak")).expect("unlink");
    std::os::unix::fs::symlink(env.path("target.txt"), env.path("a.toml.v1.bak")).expect("link");
    env.run(&["migrate", "a.toml"]).code(1);
    assert_eq!(env.read("target.txt"), "someone else's file");
}
