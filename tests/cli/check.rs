//! `check`: examples pass, open questions are listed, several files at once.

use crate::support::{TestEnv, assessment, examples, repo};

#[test]
fn every_example_passes_check() {
    let env = TestEnv::new();
    let mut args = vec!["check".to_string()];
    args.extend(examples().iter().map(|path| path.to_string_lossy().into_owned()));
    assert!(args.len() >= 6, "at least five examples");
    let run = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    run.code(0);
    assert_eq!(
        run.stdout.lines().filter(|line| line.contains(": ok — ")).count(),
        args.len() - 1,
        "{}",
        run.stdout
    );
    // A new user's first `check` of the shipped examples must not look like something is wrong:
    // every answer that gets no advice of its own names the question whose advice it shares.
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

/// `advice_under` names the question whose advice also answers this one: `check` then asks for
/// no advice of its own, warns when the question named gives none, and refuses a question that
/// is not the assessment's, or the answer's own.
#[test]
fn an_answer_can_take_its_advice_from_another_question() {
    let env = TestEnv::new();
    let answers = |named: &str| {
        crate::support::assessment(&format!(
            "[answers.openness.reachability]\nlevel = 1\nfinding = \"Lets the minister block any site.\"\n\
             rationale = \"Clause 3.\"\nmechanisms = [\"blocking-power\"]\n\n\
             [answers.inclusiveness.global-connectivity]\nlevel = 1\nfinding = \"Cuts people off from global services.\"\n\
             rationale = \"Clause 3.\"\nadvice_under = [\"{named}\"]\n"
        ))
    };
    env.write("bill.toml", answers("openness.reachability"));
    let run = env.run(&["check", "bill.toml"]);
    run.code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);

    // A concern that gives no advice (no harm ticked): the warning at the name, and what to do.
    env.write(
        "bill.toml",
        crate::support::assessment(
            "[answers.openness.reachability]\nlevel = 1\nfinding = \"Lets the minister block any site.\"\n\
             rationale = \"Clause 3.\"\n\n\
             [answers.inclusiveness.global-connectivity]\nlevel = 1\nfinding = \"Cuts people off.\"\n\
             rationale = \"Clause 3.\"\nadvice_under = [\"openness.reachability\"]\n",
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "bill.toml:15:17: warning: `inclusiveness.global-connectivity` takes its advice from `openness.reachability`, which gives none, so the brief advises on neither\n  \
             help: tick the harm the proposal has under `openness.reachability` (or write its `recommendation`), or give this answer advice of its own and remove `advice_under`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr
            .contains("`inclusiveness.global-connectivity` is below its acceptable level"),
        "{}",
        run.stderr
    );

    // A question with no concern of its own: ticking a harm there would not help.
    env.write(
        "bill.toml",
        crate::support::assessment(
            "[answers.openness.reachability]\nstatus = \"not-affected\"\nrationale = \"No blocking.\"\n\n\
             [answers.inclusiveness.global-connectivity]\nlevel = 1\nfinding = \"Cuts people off.\"\n\
             rationale = \"Clause 3.\"\nadvice_under = [\"openness.reachability\", \"openness.reachability\"]\n",
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "help: `openness.reachability` raises no concern for advice to answer (it has no level below its \
             acceptable one): give this answer advice of its own"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("takes its advice from").count(),
        1,
        "said once: {}",
        run.stderr
    );

    // A question that passes its own advice on: advice is passed on once, not along a chain.
    env.write(
        "bill.toml",
        crate::support::assessment(
            "[answers.openness.reachability]\nlevel = 1\nfinding = \"Lets the minister block any site.\"\n\
             rationale = \"Clause 3.\"\nadvice_under = [\"openness.easy-access\"]\n\n\
             [answers.inclusiveness.global-connectivity]\nlevel = 1\nfinding = \"Cuts people off.\"\n\
             rationale = \"Clause 3.\"\nadvice_under = [\"openness.reachability\"]\n",
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "warning: `inclusiveness.global-connectivity` takes its advice from `openness.reachability`, which takes its own \
             from `openness.easy-access`: the brief names `openness.reachability` under that advice, but not \
             `inclusiveness.global-connectivity`\n  \
             help: name `openness.easy-access` in `advice_under` instead: advice is passed on once, not along a chain"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains(
            "`inclusiveness.global-connectivity` takes its advice from `openness.reachability`, which gives none"
        ),
        "{}",
        run.stderr
    );

    // A typo, and the answer's own id, are errors.
    env.write("bill.toml", answers("openness.reachabilty"));
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "bill.toml:16:17: error: `advice_under` of `inclusiveness.global-connectivity` names `openness.reachabilty`, not a question of this assessment\n  \
             help: the nearest questions: openness.reachability"
        ),
        "{}",
        run.stderr
    );
    env.write("bill.toml", answers("inclusiveness.global-connectivity"));
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("error: `inclusiveness.global-connectivity` names itself in `advice_under`"),
        "{}",
        run.stderr
    );
}

/// A name typed without its extension, as `init` and the wizard take it, is pointed to the file
/// it most likely means.
#[test]
fn a_name_without_its_extension_is_pointed_to_the_toml_file() {
    let env = TestEnv::new();
    env.write("bill.toml", assessment(""));
    let run = env.run(&["check", "bill"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "bill: error: cannot read the file: no such file or folder\n  help: did you mean bill.toml?\n"
    );
}

#[test]
fn lists_unanswered_questions() {
    let env = TestEnv::new();
    let run = env.run(&["check", &repo("tests/fixtures/known.toml")]);
    run.code(0);
    assert!(
        run.stdout
            .contains("ok — 17 answered, 8 not affected, 0 screened out, 2 unknown, 3 unanswered, 1 not applicable"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  openness.global-identifiers (unknown): "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  inclusiveness.balance (not answered): "),
        "{}",
        run.stdout
    );
}

#[test]
fn good_and_bad_files_together() {
    let env = TestEnv::new();
    env.write("bad.toml", "schema_version = 1\n");
    let run = env.run(&["check", &repo("tests/fixtures/known.toml"), "bad.toml"]);
    run.code(1);
    assert!(run.stdout.contains("known.toml: ok"));
    assert!(run.stdout.contains("bad.toml: 1 problem"), "{}", run.stdout);
}

/// The consultation ledger is evidence for two process questions: `check` says where an answer
/// sits two or more levels from what the ledger points to, and is silent when they agree (the
/// shipped file: 40 of 40 answered but 3 of 21 rejections reasoned point to level 2, recorded 2;
/// a 48-point uptake gap points to level 2, recorded 2).
#[test]
fn check_compares_answers_with_the_consultation_ledger() {
    let env = TestEnv::new();
    let shipped = repo("examples/consultation/uk-online-safety-bill-encryption.toml");
    let agree = env.run(&["check", &shipped]);
    agree.code(0);
    assert!(!agree.stderr.contains("consultation ledger"), "{}", agree.stderr);

    let text = std::fs::read_to_string(&shipped).expect("shipped example");
    let lowered = text.replacen(
        "[answers.transparency.feedback-loop]\nlevel = 2",
        "[answers.transparency.feedback-loop]\nlevel = 0",
        1,
    );
    assert_ne!(lowered, text, "the example records feedback-loop at level 2");
    env.write("bill.toml", lowered);
    env.write(
        "uk-online-safety-bill-encryption-submissions.csv",
        std::fs::read(repo(
            "examples/consultation/uk-online-safety-bill-encryption-submissions.csv",
        ))
        .expect("shipped ledger"),
    );
    let differ = env.run(&["check", "bill.toml"]);
    differ.code(0);
    let line = text
        .lines()
        .position(|line| line == "[answers.transparency.feedback-loop]")
        .map(|at| at + 2)
        .expect("the answer's level");
    assert!(
        differ.stderr.contains(&format!(
            "bill.toml:{line}:9: warning: `transparency.feedback-loop` is at level 0, but the consultation ledger points to level 2"
        )),
        "{}",
        differ.stderr
    );
    assert!(
        differ
            .stderr
            .contains("40 of 40 submissions got a response and 3 of 21 rejections gave a legitimate reason"),
        "{}",
        differ.stderr
    );
    assert!(!differ.stderr.contains("inclusiveness.balance"), "{}", differ.stderr);

    // The JSON brief records the level chosen beside the one the ledger points to.
    let json = env.run(&["score", "bill.toml", "--json"]);
    json.code(0);
    let brief: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON brief");
    let suggested = &brief["consultation"]["suggested_levels"];
    assert_eq!(suggested[0]["question"], "transparency.feedback-loop");
    assert_eq!(
        (
            &suggested[0]["level"],
            &suggested[0]["chosen"],
            &suggested[0]["departs"]
        ),
        (&2.into(), &0.into(), &true.into())
    );
    // The Markdown brief says so.
    let markdown = env.run(&["render", "bill.toml", "-f", "md", "-o", "-"]);
    markdown.code(0);
    assert!(
        markdown.stdout.contains(
            "The assessors chose level 0, departing from the ledger; their finding on this question gives their reasons."
        ),
        "{}",
        markdown.stdout
    );
    assert_eq!(
        (
            &suggested[1]["question"],
            &suggested[1]["level"],
            &suggested[1]["departs"]
        ),
        (&"inclusiveness.balance".into(), &2.into(), &false.into())
    );
}

/// What a brief cannot quote or advise on is named: a level without reasons or a finding, an
/// answer below acceptable that ticks no harm (so it gets no advice), a severe harm on an answer
/// rated acceptable; a mechanism the question does not list is an error.
#[test]
fn warns_where_the_brief_would_have_nothing_to_quote_or_advise() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        crate::support::assessment(
            "[answers.openness.encryption]\nlevel = 1\n\n\
             [answers.openness.surveillance]\nlevel = 3\nfinding = \"Lets the police read providers' systems directly.\"\nmechanisms = [\"direct-access\"]\nrationale = \"Section 4.\"\n",
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(0);
    for expected in [
        "bill.toml:6:19: warning: `openness.encryption` has a level but no rationale",
        "bill.toml:6:19: warning: `openness.encryption` has no finding",
        "bill.toml:6:19: warning: `openness.encryption` is below its acceptable level but ticks no harm, so the brief gives it no advice",
        "bill.toml:9:19: warning: `openness.surveillance` ticks the severe harm `direct-access` but is rated at level 3, which says the harm is contained",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    env.write(
        "typo.toml",
        crate::support::assessment(
            "[answers.openness.encryption]\nlevel = 1\nmechanisms = [\"client-side-scaning\"]\n",
        ),
    );
    let run = env.run(&["check", "typo.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "typo.toml:8:15: error: unknown mechanism `client-side-scaning` for `openness.encryption`\n  help: mechanisms of `openness.encryption`, nearest first: client-side-scanning"
        ),
        "{}",
        run.stderr
    );
}

/// An address that is not a web address is a warning: the brief prints it as text, so a
/// `www.` address without its scheme is no link and a `javascript:` one cannot run.
#[test]
fn an_address_that_is_not_a_web_address_is_a_warning() {
    let env = TestEnv::new();
    for (url, warned) in [
        ("www.parliament.example/bill", true),
        ("javascript:alert(1)", true),
        ("https://www.parliament.example/bill", false),
    ] {
        env.write(
            "bill.toml",
            format!("schema_version = 3\n[proposal]\ntitle = \"T\"\nurl = \"{url}\"\n"),
        );
        let run = env.run(&["check", "--lang", "en", "bill.toml"]);
        run.code(0);
        let warning = format!(
            "bill.toml:4:7: warning: `url` is not a web address: {url}\n  help: write the address where the text can be read, starting with https://"
        );
        assert_eq!(run.stderr.contains(&warning), warned, "{url}: {}", run.stderr);
    }
}

/// A question of a rubric the assessment leaves out is named as such: the rubric is what to add.
#[test]
fn advice_under_a_rubric_the_assessment_leaves_out_says_which() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        "schema_version = 3\nrubrics = [\"openness\", \"inclusiveness\"]\n\n[proposal]\ntitle = \"T\"\n\n\
         [answers.openness.easy-access]\nlevel = 2\nadvice_under = [\"transparency.legal-certainty\"]\n",
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "bill.toml:9:17: error: `advice_under` of `openness.easy-access` names `transparency.legal-certainty`, but the assessment does not answer the rubric `transparency`\n  \
             help: add \"transparency\" to `rubrics = [...]` at the top of the file, or name a question of the assessment's rubrics"
        ),
        "{}",
        run.stderr
    );
}

/// The summary counts the areas screened out apart, so that its counts add up to the questions.
#[test]
fn the_summary_counts_screened_out_areas() {
    let env = TestEnv::new();
    env.write(
        "a.toml",
        "schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\nstatus = \"screened-out\"\n[answers.openness.surveillance]\nstatus = \"screened-out\"\n",
    );
    let run = env.run(&["check", "a.toml"]);
    run.code(0);
    assert!(
        run.stdout.starts_with(
            "a.toml: ok — 0 answered, 0 not affected, 2 screened out, 0 unknown, 26 unanswered, 0 not applicable, 3 not asked (each depends on another answer)\n"
        ),
        "{}",
        run.stdout
    );
}

/// `check --json` gives scripts one document on standard output: each file, whether it is valid,
/// its problems with their place, and its open questions; standard error stays empty and the
/// exit code is as without it. `--strict` makes warnings fail the run too.
#[test]
fn check_json_gives_each_files_problems_and_strict_fails_on_warnings() {
    let env = TestEnv::new();
    env.write(
        "warn.toml",
        "schema_version = 3\n[proposal]\ntitle = \"X\"\nurl = \"not a url\"\n",
    );
    env.write("broken.toml", "x = [\n");
    let run = env.run(&["check", "--json", "warn.toml", "broken.toml"]);
    run.code(1);
    assert_eq!(run.stderr, "");
    let document: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(document["valid"], 1);
    assert_eq!(document["failed"], 1);
    assert_eq!(document["with_warnings"], 1);
    let warn = &document["files"][0];
    assert_eq!(warn["file"], "warn.toml");
    assert_eq!(warn["valid"], true);
    let problem = &warn["problems"][0];
    assert_eq!(problem["severity"], "warning");
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(4), Some(7))
    );
    assert_eq!(problem["message"], "`url` is not a web address: not a url");
    assert_eq!(warn["open_questions"][0]["question"], "openness.participation");
    assert_eq!(warn["open_questions"][0]["status"], "unanswered");
    let broken = &document["files"][1];
    assert_eq!(broken["valid"], false);
    assert_eq!(broken["problems"][0]["severity"], "error");
    assert!(broken["problems"][0]["line"].is_u64(), "{broken}");
    // Warnings alone pass, unless --strict.
    env.run(&["check", "warn.toml"]).code(0);
    env.run(&["check", "--strict", "warn.toml"]).code(1);

    // Each problem names its file: a ledger's problem is at a line of the ledger, not of the
    // assessment that names it. A name is given as it is, escaped once, as JSON escapes.
    env.write("s.csv", "id,group,disposition\nS1,civil-sociey,accepted\n");
    let name = "led\tger.toml";
    env.write(
        name,
        "schema_version = 3\n[proposal]\ntitle = \"X\"\n[consultation]\nsubmissions_file = \"s.csv\"\n",
    );
    let run = env.run(&["check", "--json", name]);
    run.code(1);
    let document: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let ledger = &document["files"][0];
    assert_eq!(ledger["file"], name);
    let problem = &ledger["problems"][0];
    assert_eq!(problem["file"], "s.csv", "{problem}");
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(2), Some(4))
    );
    assert!(run.stdout.contains("\"led\\tger.toml\""), "{}", run.stdout);
}
