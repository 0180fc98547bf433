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

/// The effect's ratings that say a measure is good for the Internet, and the worst one: one
/// click may never move a case between them.
const POSITIVE: [&str; 2] = ["protective", "low-risk"];
const WORST: &str = "serious-harm";

fn rank(key: &str) -> usize {
    RATINGS
        .iter()
        .position(|known| *known == key)
        .unwrap_or_else(|| panic!("unknown rating key {key}"))
}

/// Every example with an `[expect]` table: the shipped examples and the calibration set, with
/// the file's text.
fn cases() -> Vec<(PathBuf, toml::Table, String)> {
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
            table.get("expect")?.as_table()?;
            Some((path, table, text))
        })
        .collect()
}

fn json_brief(env: &TestEnv, path: &str) -> serde_json::Value {
    let run = env.run(&["score", path, "--json"]);
    run.code(0);
    serde_json::from_str(&run.stdout).expect("JSON brief")
}

fn effect_of(brief: &serde_json::Value) -> &serde_json::Value {
    brief["overall"]["dimensions"]
        .as_array()
        .expect("dimensions")
        .iter()
        .find(|dimension| dimension["id"] == "effect")
        .expect("an effect rating")
}

fn list<'a>(value: &'a serde_json::Value, what: &str) -> &'a Vec<serde_json::Value> {
    value.as_array().unwrap_or_else(|| panic!("{what} is a list"))
}

#[test]
fn the_calibration_set_has_the_cases_the_method_needs() {
    let cases = cases();
    let calibration: Vec<&(PathBuf, toml::Table, String)> = cases
        .iter()
        .filter(|(path, _, _)| path.to_string_lossy().contains("calibration"))
        .collect();
    assert!(cases.len() >= 20, "at least 20 real cases, found {}", cases.len());
    let praised = cases
        .iter()
        .filter(|(_, table, _)| table["expect"].get("praised").and_then(toml::Value::as_bool) == Some(true))
        .count();
    assert!(praised >= 3, "at least three measures experts praised, found {praised}");
    for kind in ["request", "private-network", "non-binding"] {
        assert!(
            calibration
                .iter()
                .any(|(_, table, _)| table["proposal"].get("kind").and_then(toml::Value::as_str) == Some(kind)),
            "a calibration case of kind {kind}"
        );
    }
}

#[test]
fn every_case_reaches_its_published_conclusion_for_the_same_reasons() {
    let env = TestEnv::new();
    for (path, table, _) in cases() {
        let expect = table["expect"].as_table().expect("[expect]");
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let brief = json_brief(&env, &path.to_string_lossy());
        let effect = effect_of(&brief);
        let expected = expect["effect"].as_str().expect("expect.effect");
        assert_eq!(effect["verdict_key"], expected, "{name}: effect rating");
        assert!(
            expect
                .get("source")
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.starts_with("https://") || s.starts_with("http://")),
            "{name}: the published analysis is cited"
        );

        // Each harm the analysis headlines is among page 1's main concerns, by the assessors'
        // own finding.
        let page_one = list(&brief["summary"]["main_concerns"], "main concerns");
        for concern in expect.get("concerns").and_then(|c| c.as_array()).into_iter().flatten() {
            let concern = concern.as_str().expect("question id");
            let found = page_one
                .iter()
                .find(|finding| finding["question"] == concern)
                .unwrap_or_else(|| panic!("{name}: {concern} is not on page 1: {page_one:?}"));
            assert_eq!(
                found["finding_from"], "finding",
                "{name}: {concern} has no finding of its own"
            );
            let answer =
                &table["answers"][concern.split_once('.').expect("id").0][concern.split_once('.').expect("id").1];
            assert_eq!(
                found["finding"].as_str(),
                answer.get("finding").and_then(toml::Value::as_str).map(str::trim),
                "{name}: page 1 quotes {concern}'s finding"
            );
        }
        assert!(page_one.len() <= 5, "{name}: at most five concerns on page 1");

        // The verdict is never better than the effect's.
        let overall = brief["overall"]["rating_key"].as_str().expect("overall rating");
        let band = effect["rating_key"].as_str().expect("effect band");
        assert!(
            rank(overall) >= rank(band),
            "{name}: overall {overall} above effect {band}"
        );

        // No advice and no strength comes from a mechanism the assessors did not tick, and an
        // effect question with mechanisms gets no advice keyed to its level alone.
        let questions: Vec<&serde_json::Value> = list(&brief["rubrics"], "rubrics")
            .iter()
            .flat_map(|rubric| list(&rubric["questions"], "questions"))
            .collect();
        let ticked = |id: &str| -> Vec<String> {
            questions
                .iter()
                .find(|q| q["id"] == id)
                .map(|q| {
                    list(&q["mechanisms"], "mechanisms")
                        .iter()
                        .filter_map(|m| m["id"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        for advice in list(&brief["recommendations"], "recommendations") {
            let question = advice["question"].as_str().expect("question");
            let from = list(&advice["mechanisms"], "advice mechanisms");
            let mine = ticked(question);
            for mechanism in from {
                let mechanism = mechanism.as_str().expect("id");
                assert!(
                    mine.iter().any(|m| m == mechanism),
                    "{name}: advice on {question} from unticked {mechanism}"
                );
            }
            if advice["dimension"] == "effect" && advice["own"] == false {
                assert!(!from.is_empty(), "{name}: {question} gets advice without a ticked harm");
            }
        }
        for strength in list(&brief["summary"]["strengths"], "strengths") {
            let question = strength["question"].as_str().expect("question");
            let labels: Vec<String> = questions
                .iter()
                .find(|q| q["id"] == question)
                .map(|q| {
                    list(&q["mechanisms"], "mechanisms")
                        .iter()
                        .filter_map(|m| m["label"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            for safeguard in list(&strength["safeguards"], "safeguards") {
                let safeguard = safeguard.as_str().expect("label");
                assert!(
                    labels.iter().any(|l| l == safeguard),
                    "{name}: strength from unticked {safeguard}"
                );
            }
        }

        // "Not affected" is never a strength and never gets advice.
        for item in list(&brief["not_affected"], "not_affected") {
            let question = &item["question"];
            assert!(
                !list(&brief["summary"]["strengths"], "strengths")
                    .iter()
                    .any(|s| s["question"] == *question),
                "{name}: {question} is a strength"
            );
            assert!(
                !list(&brief["recommendations"], "recommendations")
                    .iter()
                    .any(|r| r["question"] == *question),
                "{name}: {question} gets advice"
            );
        }
    }
}

/// Every single effect answer moved one level up and one down, by rewriting the file: no move
/// takes a positive effect to Serious harm or back, and the brief's own robustness statement
/// names exactly the moves that change the rating.
#[test]
fn no_case_hinges_on_one_click() {
    let env = TestEnv::new();
    for (path, table, _) in cases() {
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let brief = json_brief(&env, &path.to_string_lossy());
        let rating = effect_of(&brief)["verdict_key"].as_str().expect("rating").to_string();
        let effect_questions: Vec<(String, u32, u32)> = list(&brief["rubrics"], "rubrics")
            .iter()
            .flat_map(|rubric| list(&rubric["questions"], "questions"))
            .filter(|q| q["dimension"] == "effect" && q["status"] == "answered")
            .map(|q| {
                let level = u32::try_from(q["level"].as_u64().expect("level")).expect("small");
                let top = u32::try_from(q["max_level"].as_u64().expect("top")).expect("small");
                (q["id"].as_str().expect("id").to_string(), level, top)
            })
            .collect();
        let mut found: Vec<(String, u32, String)> = Vec::new();
        for (id, level, top) in &effect_questions {
            let (rubric, question) = id.split_once('.').expect("full id");
            for to in [level.checked_sub(1), (level < top).then_some(level + 1)]
                .into_iter()
                .flatten()
            {
                let mut moved = table.clone();
                moved["answers"][rubric][question]
                    .as_table_mut()
                    .expect("answer table")
                    .insert("level".into(), toml::Value::Integer(i64::from(to)));
                let file = env.write("moved.toml", toml::to_string(&moved).expect("TOML"));
                let after = json_brief(&env, &file.to_string_lossy());
                let now = effect_of(&after)["verdict_key"].as_str().expect("rating").to_string();
                let crosses = (POSITIVE.contains(&rating.as_str()) && now == WORST)
                    || (rating == WORST && POSITIVE.contains(&now.as_str()));
                assert!(
                    !crosses,
                    "{name}: {id} from {level} to {to} moves the effect from {rating} to {now}"
                );
                if now != rating {
                    found.push((id.clone(), to, now));
                }
            }
        }
        let stated: Vec<(String, u32, String)> = list(&brief["robustness"]["flips"], "flips")
            .iter()
            .map(|flip| {
                (
                    flip["question"].as_str().expect("id").to_string(),
                    u32::try_from(flip["to_level"].as_u64().expect("level")).expect("small"),
                    flip["rating_key"].as_str().expect("rating").to_string(),
                )
            })
            .collect();
        assert_eq!(stated, found, "{name}: the brief's robustness statement");
        assert_eq!(brief["robustness"]["stable"], found.is_empty(), "{name}");
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
            .contains("warning: written for rubrics 1.x; read as 3.x in memory"),
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
    // An old "no effect" on the narrower central-gateway says nothing of what central-dependency
    // adds (time sources, resolvers): it needs a new answer, not "not affected".
    assert!(
        run.stderr.contains(
            "answer  openness.central-dependency: it replaces openness.central-gateway (level 3), which asked something different"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("moved   transparency.consultation-responses (level 2) → transparency.input-published (level 3)"),
        "{}",
        run.stderr
    );
    // Every question the file could not have answered is listed.
    for new in [
        "openness.right-layer",
        "openness.net-neutrality",
        "openness.surveillance",
        "inclusiveness.fragmentation",
        "transparency.legal-certainty",
        "transparency.integrity",
        "transparency.proportionality",
        "transparency.independent-authority",
    ] {
        assert!(
            run.stderr.contains(&format!("new     {new}: ")),
            "{new}\n{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("10 questions need an answer"), "{}", run.stderr);
    let migrated = env.read("old.toml");
    // The `#:schema` line for editors, then the file.
    let (directive, body) = migrated.split_once('\n').unwrap_or_default();
    assert!(directive.starts_with("#:schema file://"), "{migrated}");
    // The rest is the original, edited in place: its comments and layout kept.
    assert!(
        body.starts_with("# A first-edition (rubrics 1.x) assessment: tests check that it still loads"),
        "{migrated}"
    );
    assert!(body.contains("\nschema_version = 3\n"), "{migrated}");
    assert!(body.contains("upgraded_from = 1"), "{migrated}");
    assert!(!migrated.contains("central-gateway]"), "{migrated}");
    assert!(migrated.contains("Answered for rubrics 1.x as `transparency.consultation-responses` (level 2)"));
    // Until the new questions are answered, page 1 says the effect rating is provisional.
    let brief = env.run(&["render", "old.toml", "-f", "md", "-o", "-"]);
    assert!(
        brief
            .stdout
            .contains("**Provisional.** Upgraded from rubrics 1.x: 10 questions not yet answered"),
        "{}",
        brief.stdout
    );
    // The rationale of a mapped answer is kept.
    assert!(migrated.contains("Blocking orders without review."));

    // The migrated file loads as a current one, and migrating again changes nothing.
    let again = env.run(&["check", "old.toml"]);
    again.code(0);
    assert!(!again.stderr.contains("written for rubrics"), "{}", again.stderr);
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
fn a_second_edition_file_keeps_what_still_holds_and_reopens_what_3x_widened() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known-v2.toml")).expect("read");
    env.write("v2.toml", &original);
    let run = env.run(&["migrate", "v2.toml"]);
    run.code(0);
    assert_eq!(env.read("v2.toml.v2.bak"), original, "the original is kept");
    for widened in [
        "openness.surveillance (level 2)",
        "transparency.legal-certainty (level 2)",
    ] {
        assert!(
            run.stderr
                .contains(&format!("answer  {widened}: the question now asks more")),
            "{widened}\n{}",
            run.stderr
        );
    }
    for new in [
        "openness.net-neutrality",
        "transparency.proportionality",
        "transparency.independent-authority",
    ] {
        assert!(
            run.stderr.contains(&format!("new     {new}: ")),
            "{new}\n{}",
            run.stderr
        );
    }
    let migrated = env.read("v2.toml");
    // An answer whose question did not change keeps its level and its words.
    assert!(
        migrated
            .contains("[answers.openness.reachability]\nlevel = 1\nrationale = \"Blocking orders with weak review.\""),
        "{migrated}"
    );
    // A widened one keeps its words under a note, marked unknown.
    assert!(
        migrated.contains("Answered for rubrics 2.x as `openness.surveillance` (level 2); the question now asks more"),
        "{migrated}"
    );
    let brief = env.run(&["render", "v2.toml", "-f", "json", "-o", "-"]);
    let json: serde_json::Value = serde_json::from_str(&brief.stdout).expect("JSON");
    assert_eq!(
        json["provisional"],
        "Upgraded from rubrics 2.x: 5 questions not yet answered, so the effect rating is provisional."
    );
    // The note is in the file's language, as the brief that prints it is, on disk and when an
    // earlier file is read as it is.
    let french = original.replacen("[assessment]\n", "[assessment]\nlanguage = \"fr\"\n", 1);
    assert_ne!(french, original);
    env.write("fr.toml", &french);
    let brief = env.run(&["render", "fr.toml", "-f", "md", "-o", "-"]);
    brief.code(0);
    let note = "*Répondu pour les grilles 2.x sous `openness.surveillance` (niveau 2)\u{a0}; la question \
                demande désormais davantage et appelle donc une nouvelle réponse.*";
    assert!(brief.stdout.contains(note), "{}", brief.stdout);
    assert!(!brief.stdout.contains("Answered for rubrics"), "{}", brief.stdout);
    env.run(&["migrate", "fr.toml"]).code(0);
    assert!(env.read("fr.toml").contains(note), "{}", env.read("fr.toml"));
    // A file written on Windows keeps its byte order mark and its line ends.
    env.write("windows.toml", format!("\u{feff}{}", original.replace('\n', "\r\n")));
    env.run(&["migrate", "windows.toml"]).code(0);
    let migrated = env.read("windows.toml");
    assert!(migrated.starts_with('\u{feff}'));
    assert!(migrated.contains("needs a new answer"), "{migrated}");
    assert_eq!(migrated.matches('\n').count(), migrated.matches("\r\n").count());
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
            "[answers.openness.participation]\nlevel = 0\nfinding = \"Drafted in the ministry alone.\"\nrationale = \"No one outside was asked.\"\n\n[answers.openness.consultation-timing]\nstatus = \"not-applicable\"\nrationale = \"No consultation.\"\n",
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
fn migrate_leaves_a_read_only_file_and_makes_no_backup() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read");
    env.write("a.toml", &original);
    std::fs::set_permissions(env.path("a.toml"), std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let run = env.run(&["migrate", "a.toml"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "error: a.toml is read-only, so it is not rewritten; make it writable first, or see the result with --dry-run\n"
    );
    assert_eq!(env.read("a.toml"), original);
    assert!(!env.path("a.toml.v1.bak").exists());
    env.run(&["migrate", "a.toml", "--dry-run"]).code(0);
}

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

/// Page 1's concerns in the order a reader meets them, by question id.
fn main_concerns(brief: &serde_json::Value) -> Vec<&str> {
    list(&brief["summary"]["main_concerns"], "main concerns")
        .iter()
        .map(|concern| concern["question"].as_str().expect("question id"))
        .collect()
}

#[test]
fn page_one_leads_with_what_the_measure_does_and_keeps_a_place_for_a_faulted_process() {
    let env = TestEnv::new();
    // ISOC's Nigeria brief is about the blocking powers: page 1 leads with them, before the
    // other red flag, on the text's vague terms (the accountability of the powers alone), and
    // before the process questions; the process (Serious concerns) keeps the last place with its
    // severest concern.
    let nigeria = json_brief(&env, &repo("examples/nigeria-social-media-bill.toml"));
    assert_eq!(
        main_concerns(&nigeria),
        [
            "openness.reachability",
            "transparency.legal-certainty",
            "inclusiveness.global-connectivity",
            "openness.right-layer",
            "inclusiveness.affected-parties",
        ]
    );
    // A red flag is never pushed off page 1 for a process concern: Cambodia's five are its red
    // flags, although its process is rated Serious concerns too.
    let cambodia = json_brief(
        &env,
        &repo("examples/calibration/cambodia-national-internet-gateway.toml"),
    );
    let concerns = list(&cambodia["summary"]["main_concerns"], "main concerns");
    assert_eq!(concerns.len(), 5);
    assert!(concerns.iter().all(|c| !c["flag_label"].is_null()), "{concerns:?}");
    // With fewer than five effect concerns, the process's follow them (the UK brief: four).
    let uk = json_brief(&env, &repo("examples/uk-online-safety-bill-encryption.toml"));
    assert_eq!(
        main_concerns(&uk),
        [
            "openness.encryption",
            "openness.permissionless-innovation",
            "inclusiveness.technical-community",
            "transparency.legal-certainty",
            "inclusiveness.outreach",
        ]
    );
}

/// The finding the assessors mark `lead` comes first on page 1 and its advice first in the next
/// steps, whatever the order of concern says, and page 1 says it is their choice. CERT-In's
/// assessors lead with the clock mandate, as ISOC's analysis does "above all"; the order of
/// concern alone puts data retention first.
#[test]
fn the_finding_the_assessors_lead_with_comes_first() {
    let env = TestEnv::new();
    let path = repo("examples/calibration/india-cert-in-directions-2022.toml");
    let led = json_brief(&env, &path);
    assert_eq!(
        main_concerns(&led)[..2],
        ["openness.central-dependency", "openness.surveillance"]
    );
    assert_eq!(
        led["summary"]["next_steps"][0]["question"],
        "openness.central-dependency"
    );
    assert!(
        led["summary"]["paragraph"]
            .as_str()
            .is_some_and(|paragraph| paragraph.contains(
                "The assessors chose to put “Central gateways and single points of control” (Openness) first, \
             ahead of the order the method would give."
            )),
        "{}",
        led["summary"]["paragraph"]
    );
    // Without it, the order of concern.
    let text = std::fs::read_to_string(&path)
        .expect("read")
        .replace("lead = true\n", "");
    env.write("unled.toml", &text);
    let unled = json_brief(&env, &env.path("unled.toml").to_string_lossy());
    assert_eq!(
        main_concerns(&unled)[..2],
        ["openness.surveillance", "openness.central-dependency"]
    );
    assert!(
        !unled["summary"]["paragraph"]
            .as_str()
            .unwrap_or_default()
            .contains("assessors chose")
    );
    // Where it cannot lead, `check` says so: on an answer without a level, or on a second one.
    let twice = text
        .replace(
            "[answers.openness.surveillance]\n",
            "[answers.openness.surveillance]\nlead = true\n",
        )
        .replace(
            "[answers.openness.easy-access]\n",
            "[answers.openness.easy-access]\nlead = true\n",
        );
    env.write("twice.toml", &twice);
    let run = env.run(&["check", "twice.toml"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "warning: `openness.surveillance` is marked `lead`, but so is `openness.easy-access`, which comes first in the file and leads"
        ),
        "{}",
        run.stderr
    );
    let twice = json_brief(&env, &env.path("twice.toml").to_string_lossy());
    assert_eq!(main_concerns(&twice)[0], "openness.easy-access");
    let unsure = text.replace(
        "[answers.openness.reachability]\n",
        "[answers.openness.reachability]\nlead = true\n",
    );
    env.write("unsure.toml", &unsure);
    let run = env.run(&["check", "--lang", "fr", "unsure.toml"]);
    assert!(
        run.stderr
            .contains("warning: `openness.reachability` porte `lead` mais n’a pas de niveau"),
        "{}",
        run.stderr
    );
    // A strength put first moves in the list, but what the effect's rating rests on is still the
    // answer it rests on: India's tariff rules keep their net neutrality finding in that sentence.
    let tariffs = std::fs::read_to_string(repo("examples/calibration/india-trai-discriminatory-tariffs-2016.toml"))
        .expect("read")
        .replace(
            "[answers.transparency.legal-certainty]\n",
            "[answers.transparency.legal-certainty]\nlead = true\n",
        );
    env.write("tariffs.toml", &tariffs);
    let tariffs = json_brief(&env, &env.path("tariffs.toml").to_string_lossy());
    assert_eq!(
        tariffs["summary"]["strengths"][0]["question"],
        "transparency.legal-certainty"
    );
    assert!(
        tariffs["summary"]["paragraph"]
            .as_str()
            .is_some_and(|paragraph| paragraph.contains(
                "rating rests above all on this finding (Openness: How access providers treat their users' traffic)"
            )),
        "{}",
        tariffs["summary"]["paragraph"]
    );
}

/// `migrate` edits the user's file where it lives: through a link, the file the link names is
/// migrated, with its backup beside it, and the link stays a link.
#[cfg(unix)]
#[test]
fn migrate_edits_the_file_a_link_names() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read");
    env.write("real/bill.toml", &original);
    std::os::unix::fs::symlink(env.path("real/bill.toml"), env.path("bill.toml")).expect("link");
    env.run(&["migrate", "bill.toml"]).code(0);
    let meta = std::fs::symlink_metadata(env.path("bill.toml")).expect("link");
    assert!(meta.file_type().is_symlink(), "the link is still a link");
    let migrated = env.read("real/bill.toml");
    assert!(migrated.contains("schema_version = 3"), "{migrated}");
    assert_eq!(env.read("bill.toml.v1.bak"), original, "the backup keeps the original");
}

#[test]
fn blocking_on_open_ended_grounds_is_a_red_flag_unless_a_court_limits_it() {
    let env = TestEnv::new();
    // Blocking without a court, on grounds such as "public confidence in the government": the
    // harm the published analyses of these three measures lead with.
    for path in [
        "examples/nigeria-social-media-bill.toml",
        "examples/india-intermediary-traceability.toml",
        "examples/calibration/bangladesh-btrc-ott-regulation-2021.toml",
    ] {
        let brief = json_brief(&env, &repo(path));
        let flags: Vec<&str> = list(&brief["overall"]["red_flags"], "red_flags")
            .iter()
            .filter_map(serde_json::Value::as_str)
            .collect();
        assert!(flags.contains(&"openness.reachability"), "{path}: {flags:?}");
    }
    // Limited to content a court found unlawful, the same grounds raise none.
    let nigeria = std::fs::read_to_string(repo("examples/nigeria-social-media-bill.toml")).expect("example");
    let ticked = "mechanisms = [\"blocking-power\", \"open-ended-grounds\"]";
    assert!(nigeria.contains(ticked), "the example changed shape");
    env.write(
        "contained.toml",
        nigeria.replace(
            ticked,
            "mechanisms = [\"blocking-power\", \"open-ended-grounds\", \"narrow-cases\"]",
        ),
    );
    let brief = json_brief(&env, "contained.toml");
    assert!(
        !list(&brief["overall"]["red_flags"], "red_flags")
            .iter()
            .any(|flag| flag == "openness.reachability"),
        "{}",
        brief["overall"]["red_flags"]
    );
}

/// `migrate --lang fr` reports each move in French, levels included; the ids and statuses stay
/// the file's.
#[test]
fn migrate_reports_in_the_language_asked() {
    let env = TestEnv::new();
    let old = std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("fixture");
    env.write("old.toml", &old);
    let run = env.run(&["migrate", "--dry-run", "--lang", "fr", "old.toml"]);
    run.code(0);
    assert!(
        run.stderr
            .contains("  déplacée  openness.easy-access (niveau 3) → openness.easy-access (not-affected)\n"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("(level "), "{}", run.stderr);
}
