//! `diff`: the change brief of two assessments of one proposal — what moved, which red flags were
//! resolved or introduced, which recommendations were taken up, and the exit code for CI.

use crate::support::{TestEnv, repo};

/// The known fixture at a later stage: encryption fixed (1 → 3), a new retention duty
/// (surveillance 2 → 0, a red flag at its worst level), an impact assessment published (0 → 3).
fn later(env: &TestEnv) -> String {
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    let text = known
        .replace(
            "[answers.openness.encryption]\nlevel = 1\nfinding = \"Requires messaging services to scan every stored file for unlawful content.\"\nprovisions = [\"cl. 12\"]\nmechanisms = [\"general-monitoring\"]\nrationale = \"A general scanning duty that end-to-end encrypted services can meet only by weakening encryption.\"\n",
            "[answers.openness.encryption]\nlevel = 3\nfinding = \"Exempts end-to-end encrypted services from the scanning duty.\"\nprovisions = [\"cl. 12\"]\nmechanisms = [\"e2ee-exempt\"]\nrationale = \"Clause 12 now exempts *end-to-end encrypted* services.\"\n",
        )
        .replace(
            "[answers.openness.surveillance]\nlevel = 2\nmechanisms = [\"localisation-for-access\"]\n",
            "[answers.openness.surveillance]\nlevel = 0\nmechanisms = [\"direct-access\"]\nrationale = \"A new clause requires bulk retention of metadata, which the police may read directly.\"\n",
        )
        .replace(
            "[answers.transparency.impact-assessment]\nlevel = 0\n",
            "[answers.transparency.impact-assessment]\nlevel = 3\n",
        )
        .replace("stage = \"consultation\"", "stage = \"adopted\"");
    assert_ne!(text, known, "the fixture changed shape; update these replacements");
    env.write("old.toml", known);
    env.write("new.toml", text);
    "new.toml".to_string()
}

fn change_json(env: &TestEnv, old: &str, new: &str, extra: &[&str]) -> (i32, serde_json::Value) {
    let mut args = vec!["diff", old, new, "-f", "json"];
    args.extend(extra);
    let run = env.run(&args);
    let json = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|_| panic!("JSON change brief:\n{}\n{}", run.stdout, run.stderr));
    (run.code, json)
}

fn ids(list: &serde_json::Value, key: &str) -> Vec<String> {
    list.as_array()
        .expect("list")
        .iter()
        .map(|item| item[key].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The known fixture with `openness.right-layer` answered at level 2 with `mechanisms` ticked
/// (written as in the file: `"ip-blocking-duty"`).
fn right_layer_ticking(known: &str, mechanisms: &str) -> String {
    let right_layer = "[answers.openness.right-layer]\nstatus = \"not-affected\"\n";
    assert!(known.contains(right_layer), "the fixture changed shape");
    known.replace(
        right_layer,
        &format!("[answers.openness.right-layer]\nlevel = 2\nmechanisms = [{mechanisms}]\n"),
    )
}

#[test]
fn a_known_pair_gives_the_expected_changes_flags_and_recommendations() {
    let env = TestEnv::new();
    later(&env);
    let (code, json) = change_json(&env, "old.toml", "new.toml", &[]);
    assert_eq!(code, 0);
    // The overall verdict fell from Weak to Serious concerns: a red flag at the worst level.
    assert_eq!(json["overall"]["old"]["rating"], "Weak");
    assert_eq!(json["overall"]["new"]["rating"], "Serious concerns");
    assert_eq!(json["overall"]["change"], "worse");
    assert_eq!(json["dimensions"][0]["id"], "effect");
    assert_eq!(json["dimensions"][0]["change"], "worse");
    assert_eq!(json["dimensions"][1]["change"], "unchanged");
    assert_eq!(ids(&json["flags"]["resolved"], "question"), ["openness.encryption"]);
    assert_eq!(ids(&json["flags"]["introduced"], "question"), ["openness.surveillance"]);
    assert!(json["flags"]["open"].as_array().is_some_and(Vec::is_empty));
    // Worst change first, then the improvements, the bigger one first.
    let questions: Vec<(String, String, Option<u64>, Option<u64>)> = json["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| {
            (
                q["id"].as_str().unwrap_or_default().to_string(),
                q["change"].as_str().unwrap_or_default().to_string(),
                q["old_level"].as_u64(),
                q["new_level"].as_u64(),
            )
        })
        .collect();
    assert_eq!(
        questions,
        [
            ("openness.surveillance".into(), "worse".into(), Some(2), Some(0)),
            (
                "transparency.impact-assessment".into(),
                "better".into(),
                Some(0),
                Some(3)
            ),
            ("openness.encryption".into(), "better".into(), Some(1), Some(3)),
        ]
    );
    assert_eq!(json["unchanged"].as_array().map(Vec::len), Some(28));
    // The localisation requirement is gone, so the advice to drop it was taken up; the new
    // retention duty's advice is new.
    assert_eq!(
        ids(&json["recommendations"]["taken_up"], "question"),
        [
            "openness.encryption",
            "openness.surveillance",
            "transparency.impact-assessment"
        ]
    );
    assert_eq!(
        ids(&json["recommendations"]["introduced"], "question"),
        ["openness.surveillance"]
    );
    let open = ids(&json["recommendations"]["open"], "question");
    assert!(
        open.contains(&"openness.reachability".to_string()) && open.len() == 9,
        "{open:?}"
    );

    // --fail-on-worse turns the worse verdict into exit code 1, and says why.
    let run = env.run(&["diff", "old.toml", "new.toml", "-f", "json", "--fail-on-worse"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("got worse: Weak → Serious concerns overall; Effect on the Internet: Harmful → Serious harm"),
        "{}",
        run.stderr
    );
}

#[test]
fn identical_files_show_no_change() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    let (code, json) = change_json(&env, &known, &known, &["--fail-on-worse"]);
    assert_eq!(code, 0);
    assert_eq!(json["overall"]["change"], "unchanged");
    assert_eq!(
        json["summary"],
        "No change: every answer, and so every rating, is the same in both assessments."
    );
    assert!(json["questions"].as_array().is_some_and(Vec::is_empty));
    assert!(
        json["recommendations"]["taken_up"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    assert_eq!(json["unchanged"].as_array().map(Vec::len), Some(31));
}

#[test]
fn swapping_old_and_new_reverses_every_arrow() {
    let env = TestEnv::new();
    later(&env);
    let (_, forward) = change_json(&env, "old.toml", "new.toml", &[]);
    let (code, backward) = change_json(&env, "new.toml", "old.toml", &["--fail-on-worse"]);
    assert_eq!(code, 0, "going back is better: nothing got worse");
    fn reversed(change: &serde_json::Value) -> String {
        match change.as_str() {
            Some("better") => "worse".to_string(),
            Some("worse") => "better".to_string(),
            other => other.unwrap_or_default().to_string(),
        }
    }
    let movements = |json: &serde_json::Value| -> Vec<(String, String)> {
        std::iter::once(&json["overall"])
            .chain(json["dimensions"].as_array().into_iter().flatten())
            .chain(json["rubrics"].as_array().into_iter().flatten())
            .map(|m| {
                (
                    m["id"].as_str().unwrap_or_default().to_string(),
                    m["change"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    let expected: Vec<(String, String)> = movements(&forward)
        .into_iter()
        .map(|(id, change)| (id, reversed(&serde_json::Value::String(change))))
        .collect();
    assert_eq!(movements(&backward), expected);
    let mut forward_questions: Vec<(String, String)> = forward["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| (q["id"].as_str().unwrap_or_default().to_string(), reversed(&q["change"])))
        .collect();
    let mut backward_questions: Vec<(String, String)> = backward["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| {
            (
                q["id"].as_str().unwrap_or_default().to_string(),
                q["change"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    forward_questions.sort();
    backward_questions.sort();
    assert_eq!(backward_questions, forward_questions);
    assert_eq!(
        ids(&backward["flags"]["resolved"], "question"),
        ids(&forward["flags"]["introduced"], "question")
    );
    assert_eq!(
        ids(&backward["flags"]["introduced"], "question"),
        ids(&forward["flags"]["resolved"], "question")
    );
}

#[test]
fn files_of_different_proposals_are_refused_unless_forced() {
    let env = TestEnv::new();
    env.write(
        "other.toml",
        std::fs::read_to_string(repo("tests/fixtures/known.toml"))
            .expect("fixture")
            .replace("title = \"Known Scores Act\"", "title = \"Another Act\""),
    );
    let known = repo("tests/fixtures/known.toml");
    let run = env.run(&["diff", &known, "other.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "seem to assess different proposals (title \"Known Scores Act\" vs \"Another Act\"); pass --force"
        ),
        "{}",
        run.stderr
    );
    // In another interface language, the differences are named in it too, and listed with its
    // punctuation.
    env.write(
        "renumbered.toml",
        env.read("other.toml")
            .replace("reference = \"TB 1\"", "reference = \"TB 2\""),
    );
    let french = env.run(&["diff", &known, "renumbered.toml", "--lang", "fr"]);
    french.code(1);
    assert!(
        french.stderr.contains(
            "(titre «\u{a0}Known Scores Act\u{a0}» contre «\u{a0}Another Act\u{a0}»\u{a0}; \
             référence «\u{a0}TB 1\u{a0}» contre «\u{a0}TB 2\u{a0}»)\u{a0};"
        ),
        "{}",
        french.stderr
    );
    env.run(&["diff", &known, "other.toml", "--force"]).code(0);
    // Two countries' bills of one title are two proposals; a file that names none differs from none.
    let text = std::fs::read_to_string(&known).expect("fixture");
    let jurisdiction = text
        .lines()
        .find(|line| line.starts_with("jurisdiction = "))
        .expect("the fixture names a jurisdiction");
    env.write(
        "abroad.toml",
        text.replace(jurisdiction, "jurisdiction = \"Australia\""),
    );
    let run = env.run(&["diff", &known, "abroad.toml"]);
    run.code(1);
    assert!(run.stderr.contains("(jurisdiction \""), "{}", run.stderr);
    assert!(run.stderr.contains("vs \"Australia\"); pass --force"), "{}", run.stderr);
    env.write("nowhere.toml", text.replace(&format!("{jurisdiction}\n"), ""));
    env.run(&["diff", &known, "nowhere.toml"]).code(0);
}

#[test]
fn files_over_different_rubrics_are_refused_even_when_forced() {
    let env = TestEnv::new();
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    // The old file leaves out inclusiveness: its rubrics and its answers.
    let without_inclusiveness: Vec<&str> = known
        .split("\n[")
        .filter(|table| !table.starts_with("answers.inclusiveness."))
        .collect();
    let old = without_inclusiveness.join("\n[");
    env.write("old.toml", format!("rubrics = [\"openness\", \"transparency\"]\n{old}"));
    env.write("new.toml", &known);
    for force in [&[][..], &["--force"][..]] {
        let mut args = vec!["diff", "old.toml", "new.toml"];
        args.extend(force);
        let run = env.run(&args);
        run.code(1);
        assert_eq!(
            run.stderr,
            "error: old.toml and new.toml answer different rubrics (openness, transparency vs openness, inclusiveness, transparency); \
             a change brief compares answers to the same rubrics: list the same ones in both files (the `rubrics` key at the top)\n"
        );
    }
}

#[test]
fn a_red_flag_that_a_harm_raised_and_no_longer_does_is_a_change_not_no_change() {
    let env = TestEnv::new();
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    let with = |mechanisms: &str| right_layer_ticking(&known, mechanisms);
    env.write("old.toml", with("\"ip-blocking-duty\""));
    env.write("new.toml", with(""));
    let (code, json) = change_json(&env, "old.toml", "new.toml", &[]);
    assert_eq!(code, 0);
    assert_eq!(ids(&json["flags"]["resolved"], "question"), ["openness.right-layer"]);
    assert_eq!(
        ids(&json["questions"], "id"),
        ["openness.right-layer"],
        "the answer changed"
    );
    assert_eq!(json["questions"][0]["change"], "better");
    let markdown = env.run(&["diff", "old.toml", "new.toml", "-f", "md"]).stdout;
    assert!(!markdown.contains("No change"), "{markdown}");
    // A flag that turns from severe to ordinary at the same level is better, and said so.
    let general = "mechanisms = [\"general-monitoring\"]";
    assert!(known.contains(general), "the fixture changed shape");
    env.write("old.toml", known.replace(general, "mechanisms = [\"scan-e2ee\"]"));
    env.write("new.toml", &known);
    let (_, json) = change_json(&env, "old.toml", "new.toml", &[]);
    assert_eq!(ids(&json["questions"], "id"), ["openness.encryption"]);
    assert_eq!(
        json["questions"][0]["answer_line"],
        "Better (effect): 1 of 4, severe red flag → 1 of 4, red flag"
    );
}

#[test]
fn a_first_edition_file_is_compared_after_its_upgrade_and_the_brief_says_so() {
    let env = TestEnv::new();
    let (code, json) = change_json(
        &env,
        &repo("tests/fixtures/known-v1.toml"),
        &repo("tests/fixtures/known.toml"),
        &[],
    );
    assert_eq!(code, 0);
    let notes = json["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0]
            .as_str()
            .is_some_and(|note| note.contains("was written for rubrics 1.x; it was upgraded")),
        "{notes:?}"
    );
}

#[test]
fn the_markdown_change_brief_has_every_section_in_order() {
    let env = TestEnv::new();
    later(&env);
    let run = env.run(&["diff", "old.toml", "new.toml"]);
    run.code(0);
    crate::support::assert_in_order(
        &run.stdout,
        &[
            "# Change Brief: Known Scores Act",
            "| Stage | In consultation | Adopted |",
            "## Summary",
            "**Overall: Weak ↓ Serious concerns (worse, score 44 → 49).**",
            "## Red flags",
            "### Resolved",
            "Openness: Does the proposal keep private communications",
            "### Introduced",
            "Openness: Does the proposal respect users' privacy",
            "## What changed",
            "### ↓ Openness: Does the proposal respect users' privacy",
            "A new clause requires bulk retention of metadata, which the police may read directly.",
            "## Unchanged",
            "## Recommendations",
            "### Taken up",
            "## How changes are judged",
        ],
    );
}

#[test]
fn the_pdf_change_brief_shows_the_resolved_and_introduced_flags() {
    let env = TestEnv::new();
    later(&env);
    env.run(&["diff", "old.toml", "new.toml", "-f", "pdf,html", "-o", "out/"])
        .code(0);
    let pdf = env.path("out/new-changes.pdf");
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF-"));
    let html = env.read("out/new-changes.html");
    assert!(html.contains("Change Brief: Known Scores Act"), "{html}");
    let Some(text) = crate::pdf::pdf_text_if_possible(&pdf) else {
        return;
    };
    crate::support::assert_in_order(
        &text,
        &[
            "Change Brief: Known Scores Act",
            "Resolved",
            "keep private communications and users' content confidential",
            "Introduced",
            "respect users' privacy",
        ],
    );
}

#[test]
fn the_shipped_pair_renders_and_shows_what_the_council_changed() {
    let env = TestEnv::new();
    let (code, json) = change_json(
        &env,
        &repo("examples/changes/eu-csa-regulation-commission-proposal.toml"),
        &repo("examples/changes/eu-csa-regulation-council-position.toml"),
        &["--fail-on-worse"],
    );
    assert_eq!(code, 0, "the Council's position is no worse");
    assert_eq!(json["overall"]["change"], "better");
    assert_eq!(ids(&json["flags"]["resolved"], "question"), ["openness.encryption"]);
    // The Council dropped detection orders (the harm behind "Remove the duty to detect…") and the
    // open delegation of their conditions: that advice was taken up, although both answers stay
    // below the acceptable level and now ask for something else, which is new.
    let taken = ids(&json["recommendations"]["taken_up"], "question");
    assert_eq!(taken, ["openness.encryption", "transparency.legal-certainty"]);
    assert!(
        json["recommendations"]["taken_up"][0]["text"]
            .as_str()
            .is_some_and(|text| text.starts_with("Remove the duty to detect content in end-to-end encrypted")),
        "{}",
        json["recommendations"]["taken_up"][0]
    );
    let introduced = ids(&json["recommendations"]["introduced"], "question");
    // Neither is a red flag: the deeper one first (legal certainty, 1 of 4), although encryption
    // (2 of 4) bears on the network.
    assert_eq!(introduced, ["transparency.legal-certainty", "openness.encryption"]);
    let open = ids(&json["recommendations"]["open"], "question");
    assert!(!open.iter().any(|id| taken.contains(id)), "{open:?}");
    assert!(
        json["summary"].as_str().is_some_and(|summary| summary
            .ends_with("Of the 13 recommendations the old assessment made, 2 were taken up or are no longer needed.")),
        "{}",
        json["summary"]
    );
}

/// Page 1 of a change brief says what the assessors now find where an answer moved, not only how
/// many moved; an answer that kept its level with a rewritten finding is shown with both findings,
/// not folded into "Unchanged": the Council's permanent voluntary scanning is one such.
#[test]
fn page_one_says_what_is_now_found_and_rewritten_findings_are_shown() {
    let env = TestEnv::new();
    let run = env.diff_shipped_change(&["-f", "md,pdf", "-o", "out/"]);
    run.code(0);
    let md = std::fs::read_to_string(written(&env, "md")).expect("the Markdown change brief");
    crate::support::assert_in_order(
        &md,
        &[
            "## Summary",
            "### What the assessors now find",
            "- ↑ **Openness: Encryption and private messages** (0 of 4 → 2 of 4): Removes detection orders",
            "10 more answers keep their level with a new finding (see “Same answer, new finding”).",
            "## What changed",
            "- Now found: Removes detection orders",
            "## Same answer, new finding",
            "### Openness: Does the proposal respect users' privacy",
            "- Now found: Keeps age checks among the risk-mitigation measures",
            "## Unchanged",
        ],
    );
    let unchanged = md
        .split("## Unchanged")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("unchanged");
    assert!(!unchanged.contains("respect users' privacy"), "{unchanged}");
    let pdf = written(&env, "pdf");
    let page_one = crate::pdf::page_text(&pdf, 1);
    assert!(page_one.contains("What the assessors now find"), "{page_one}");
    assert!(page_one.contains("Removes detection orders"), "{page_one}");
}

/// The file with extension `ext` a test wrote into `out/`.
fn written(env: &TestEnv, ext: &str) -> std::path::PathBuf {
    std::fs::read_dir(env.path("out"))
        .expect("out")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|found| found == ext))
        .unwrap_or_else(|| panic!("no .{ext} in out/"))
}

#[test]
fn advice_against_a_harm_is_taken_up_when_the_harm_goes_and_open_while_it_stays() {
    let env = TestEnv::new();
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    let with = |mechanisms: &str| right_layer_ticking(&known, mechanisms);
    env.write("blocking.toml", with("\"ip-blocking-duty\""));
    env.write("blocking-again.toml", with("\"ip-blocking-duty\""));
    env.write("removed.toml", with(""));
    let (_, json) = change_json(&env, "blocking.toml", "removed.toml", &[]);
    assert!(
        ids(&json["recommendations"]["taken_up"], "question").contains(&"openness.right-layer".to_string()),
        "{}",
        json["recommendations"]
    );
    assert!(!ids(&json["recommendations"]["open"], "question").contains(&"openness.right-layer".to_string()));
    let (_, json) = change_json(&env, "blocking.toml", "blocking-again.toml", &[]);
    assert!(ids(&json["recommendations"]["open"], "question").contains(&"openness.right-layer".to_string()));
    assert!(!ids(&json["recommendations"]["taken_up"], "question").contains(&"openness.right-layer".to_string()));
}

#[test]
fn swapped_files_get_a_warning() {
    let env = TestEnv::new();
    later(&env);
    // In order: consultation, then adopted; no warning.
    let run = env.run(&["diff", "old.toml", "new.toml", "-f", "json"]);
    run.code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    // Swapped: OLD is the adopted text.
    let run = env.run(&["diff", "new.toml", "old.toml", "-f", "json"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "warning: OLD (new.toml) looks later than NEW (old.toml): its stage (Adopted) comes after NEW's (In consultation)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("run `impact-brief diff old.toml new.toml`"),
        "{}",
        run.stderr
    );
    // The assessment date says so too, when the stages do not.
    let known = env.read("old.toml");
    env.write("early.toml", known.replace("date = 2026-11-20", "date = 2026-01-10"));
    assert_ne!(env.read("early.toml"), known, "the fixture has an assessment date");
    let run = env.run(&["diff", "old.toml", "early.toml", "-f", "json"]);
    assert!(
        run.stderr
            .contains("it was assessed on 2026-11-20, after NEW (2026-01-10)"),
        "{}",
        run.stderr
    );
    // And the date each text was introduced, where stage and assessment date say nothing: the
    // Council's position, assessed the same day as the Commission's proposal, given as OLD.
    let run = env.run(&[
        "diff",
        &repo("examples/changes/eu-csa-regulation-council-position.toml"),
        &repo("examples/changes/eu-csa-regulation-commission-proposal.toml"),
        "-f",
        "json",
    ]);
    run.code(0);
    assert!(
        run.stderr
            .contains(": its text was introduced on 2025-11-26, after NEW's (2022-05-11)\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_problems_of_both_files_are_reported_in_one_run() {
    let env = TestEnv::new();
    env.write(
        "old.toml",
        "schema_version = 3\n[proposal]\ntitle = \"T\"\nstage = draftx\n",
    );
    env.write(
        "new.toml",
        "schema_version = 3\n[proposal]\ntitle = \"T\"\nstage = \"draftx\"\n",
    );
    let run = env.run(&["diff", "old.toml", "new.toml"]);
    run.code(1);
    crate::support::assert_in_order(
        &run.stderr,
        &[
            "old.toml:4:9: error: the value of `stage` is not in quotes: `draftx`",
            "new.toml:4:9: error: unknown value `draftx` for `stage`",
        ],
    );
}

/// The line that says what was written, and a refused destination, speak the system's language.
#[test]
fn diff_says_what_it_wrote_in_the_system_locale() {
    let env = TestEnv::new();
    let old = repo("examples/changes/eu-csa-regulation-commission-proposal.toml");
    let new = repo("examples/changes/eu-csa-regulation-council-position.toml");
    let french = [("LANG", "fr_FR.UTF-8")];
    let run = env.run_with_env(&["diff", &old, &new, "-f", "md", "-o", "out/"], &french);
    run.code(0);
    assert!(
        run.stderr
            .contains("out/eu-csa-regulation-council-position-changes.md écrit"),
        "{}",
        run.stderr
    );
    let refused = env.run_with_env(&["diff", &old, &new, "-f", "md", "-f", "html", "-o", "x.md"], &french);
    refused.code(2);
    assert!(
        refused
            .stderr
            .contains("plusieurs formats demandent un dossier\u{a0}: indiquez `-o DIR/`"),
        "{}",
        refused.stderr
    );
}

/// A measure that changed kind between the two stages (a bill become a regulation) shows it in
/// the table of the two versions, in the brief's language.
#[test]
fn the_kind_of_measure_is_shown_for_each_version() {
    let env = TestEnv::new();
    let old =
        std::fs::read_to_string(repo("examples/changes/eu-csa-regulation-commission-proposal.toml")).expect("old");
    let new = std::fs::read_to_string(repo("examples/changes/eu-csa-regulation-council-position.toml"))
        .expect("new")
        .replacen("kind = \"law\"", "kind = \"regulation\"", 1);
    env.write("old.toml", old);
    env.write("new.toml", new);
    let run = env.run(&["diff", "old.toml", "new.toml", "-f", "md", "-o", "-"]);
    run.code(0);
    assert!(
        run.stdout.contains("| Kind of measure | Law | Regulation |"),
        "{}",
        run.stdout
    );
    let run = env.run(&["diff", "old.toml", "new.toml", "--lang", "fr", "-f", "md", "-o", "-"]);
    run.code(0);
    assert!(
        run.stdout.contains("| Nature de la mesure | Loi | Règlement |"),
        "{}",
        run.stdout
    );
}

/// The same file given twice, by two spellings of its path, is said (a change brief of no
/// change is likely a slip in a script's arguments), and the brief is still written.
#[test]
fn the_same_file_twice_is_said() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    let again = repo("tests/fixtures/../fixtures/known.toml");
    let run = env.run(&["diff", &known, &again, "-f", "md", "-o", "-"]);
    run.code(0);
    assert!(
        run.stderr.contains("warning: both paths name the same file (")
            && run.stderr.contains("compares it with itself"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.starts_with("# Change Brief:"), "{}", run.stdout);
}
