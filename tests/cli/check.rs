//! `check`: examples pass, open questions are listed, several files at once.

use crate::support::{TestEnv, examples, repo};

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
}

#[test]
fn lists_unanswered_questions() {
    let env = TestEnv::new();
    let run = env.run(&["check", &repo("tests/fixtures/known.toml")]);
    run.code(0);
    assert!(
        run.stdout
            .contains("ok — 17 answered, 5 not affected, 2 unknown, 3 unanswered, 1 not applicable"),
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
