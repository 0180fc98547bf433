//! `batch`: mirrored outputs, index rows, exit codes, and nothing written outside the folder.

use std::path::Path;

use crate::support::{TestEnv, assessment, repo};

/// A mixed input tree: valid files in nested folders, broken ones, same names in two folders,
/// a title full of `../`, a TOML file that is not an assessment, and a non-TOML file.
fn mixed_tree(env: &TestEnv) {
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    env.write("in/a/known.toml", &known);
    env.write("in/b/known.toml", known.replace("Known Scores Act", "Second Act"));
    env.write(
        "in/a/deeper/escape.toml",
        assessment("").replace("Test Bill", "../../../../etc/passwd"),
    );
    env.write("in/broken.toml", "schema_version = 1\n[proposal\ntitle = \"x\"\n");
    env.write("in/unknown-id.toml", assessment("[answers.openness.nope]\nlevel = 1\n"));
    env.write("in/Cargo.toml", "[package]\nname = \"not-an-assessment\"\n");
    env.write("in/notes.txt", "not toml");
}

fn files_under(root: &Path) -> Vec<String> {
    let mut files: Vec<String> = walk(root)
        .into_iter()
        .map(|path| path.strip_prefix(root).expect("inside").to_string_lossy().into_owned())
        .collect();
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            found.extend(walk(&path))
        } else {
            found.push(path)
        }
    }
    found
}

#[test]
fn mixed_folder_gives_outputs_index_and_exit_code() {
    let env = TestEnv::new();
    mixed_tree(&env);
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md,json", "--jobs", "2"]);
    run.code(1);
    assert_eq!(
        files_under(&env.path("out")),
        [
            "a/deeper/escape.json",
            "a/deeper/escape.md",
            "a/known.json",
            "a/known.md",
            "b/known.json",
            "b/known.md",
            "index.csv",
            "index.json",
            "index.md"
        ]
    );
    assert!(env.read("out/b/known.md").contains("Policy Impact Brief: Second Act"));
    assert!(
        env.read("out/a/deeper/escape.md").contains("../../../../etc/passwd"),
        "the title is only text"
    );

    // The index in its three forms, whole: rows sorted by input path, the known file's scores,
    // each failure's error with file and line.
    insta::assert_snapshot!("mixed_index.md", env.normalise(&env.read("out/index.md")));
    insta::assert_snapshot!("mixed_index.csv", env.normalise(&env.read("out/index.csv")));
    insta::assert_snapshot!("mixed_index.json", env.normalise(&env.read("out/index.json")));
    let index: serde_json::Value = serde_json::from_str(&env.read("out/index.json")).expect("index.json");
    assert_eq!(index["failed"], 3);
    assert!(
        index["rows"][4]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("in/broken.toml:2:10: error: ")),
        "{}",
        index["rows"][4]["error"]
    );

    // Errors are printed at the end with file and line; progress lines go to stderr.
    assert!(run.stderr.contains("in/broken.toml:2:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("3 of 6 rendered into out, 3 failed"),
        "{}",
        run.stderr
    );
}

#[test]
fn nothing_is_written_outside_the_output_folder() {
    let env = TestEnv::new();
    mixed_tree(&env);
    let before = files_under(env.dir.path());
    env.run(&["batch", "in", "-o", "out", "-f", "md,json,html"]);
    let after: Vec<String> = files_under(env.dir.path())
        .into_iter()
        .filter(|path| !path.starts_with("out/"))
        .collect();
    assert_eq!(after, before);
}

#[test]
fn two_runs_give_identical_outputs() {
    let env = TestEnv::new();
    mixed_tree(&env);
    // Three of the inputs fail, so both runs exit 1; the other three give a brief per format.
    env.run(&["batch", "in", "-o", "one", "-f", "md,json,html", "--quiet"])
        .code(1);
    env.run(&[
        "batch",
        "in",
        "-o",
        "two",
        "-f",
        "md,json,html",
        "--quiet",
        "--jobs",
        "1",
    ])
    .code(1);
    let files = files_under(&env.path("one"));
    let mut expected: Vec<String> = ["index.csv", "index.json", "index.md"].map(String::from).to_vec();
    for brief in ["a/deeper/escape", "a/known", "b/known"] {
        for format in ["html", "json", "md"] {
            expected.push(format!("{brief}.{format}"));
        }
    }
    expected.sort();
    assert_eq!(files, expected);
    assert_eq!(files_under(&env.path("two")), files);
    for file in files {
        assert_eq!(
            std::fs::read(env.path("one").join(&file)).expect("one"),
            std::fs::read(env.path("two").join(&file)).expect("two"),
            "{file}"
        );
    }
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let env = TestEnv::new();
    env.write("in/1-bad.toml", "not = [toml");
    for index in 2..6 {
        env.write(&format!("in/{index}-good.toml"), assessment(""));
    }
    let run = env.run(&["batch", "in", "-o", "out", "--jobs", "1", "--fail-fast"]);
    run.code(1);
    let index: serde_json::Value = serde_json::from_str(&env.read("out/index.json")).expect("index.json");
    let statuses: Vec<&str> = index["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| row["status"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(statuses, ["failed", "skipped", "skipped", "skipped", "skipped"]);
    assert!(!env.path("out/2-good.md").exists());
}

#[test]
fn fail_on_sets_the_exit_code() {
    let env = TestEnv::new();
    env.write(
        "in/known.toml",
        std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture"),
    );
    // The known assessment is rated Weak.
    env.run(&["batch", "in", "-o", "out", "--fail-on", "serious-concerns", "--quiet"])
        .code(0);
    let hit = env.run(&["batch", "in", "-o", "out", "--fail-on", "weak", "--quiet"]);
    hit.code(1);
    assert!(
        hit.stderr.contains("1 input is rated Weak or worse (--fail-on):"),
        "{}",
        hit.stderr
    );
    env.run(&["batch", "in", "-o", "out", "--fail-on", "good"]).code(2);
    // An unanswered assessment is Insufficient evidence, which counts as worst.
    env.write("in/empty.toml", assessment(""));
    env.run(&["batch", "in", "-o", "out", "--fail-on", "serious-concerns", "--quiet"])
        .code(1);
}

#[test]
fn several_roots_and_single_files() {
    let env = TestEnv::new();
    env.write("x/in/same.toml", assessment(""));
    env.write("y/in/same.toml", assessment(""));
    env.write("z/other/same.toml", assessment(""));
    let run = env.run(&["batch", "x/in", "z/other", "-o", "out", "--quiet"]);
    run.code(0);
    assert!(env.path("out/in/same.md").is_file() && env.path("out/other/same.md").is_file());
    // Two roots with the same name would write the same outputs: the second input fails.
    let clash = env.run(&["batch", "x/in", "y/in", "-o", "clash", "--quiet"]);
    clash.code(1);
    assert!(clash.stderr.contains("would have the same names"), "{}", clash.stderr);
    env.run(&["batch", "x/in/same.toml", "-o", "single", "--quiet"]).code(0);
    assert!(env.path("single/same.md").is_file());
}

#[test]
fn dotted_names_index_names_missing_paths_and_linked_folders() {
    let env = TestEnv::new();
    env.write("in/bill.toml", assessment(""));
    env.write("in/bill.v2.toml", assessment("").replace("Test Bill", "Version two"));
    env.write("in/index.toml", assessment(""));
    env.write(
        "elsewhere/linked.toml",
        assessment("").replace("Test Bill", "Through a link"),
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink(env.path("elsewhere"), env.path("in/link")).expect("symlink");
    // More jobs than the help allows is refused before any work, not quietly cut down.
    let too_many = env.run(&["batch", "in", "-o", "out", "--jobs", "100000"]);
    too_many.code(2);
    assert!(
        too_many.stderr.contains("100000 is not in 1..=256"),
        "{}",
        too_many.stderr
    );
    let run = env.run(&["batch", "in", "missing", "-o", "out", "--quiet", "--jobs", "256"]);
    run.code(1);
    // Dotted names keep their own outputs.
    assert!(env.read("out/in/bill.md").contains("Test Bill"));
    assert!(env.read("out/in/bill.v2.md").contains("Version two"));
    #[cfg(unix)]
    assert!(
        env.read("out/in/link/linked.md").contains("Through a link"),
        "links are followed"
    );
    // A missing path is one failed row, not the end of the batch.
    assert!(run.stderr.contains("missing: error: cannot read it"), "{}", run.stderr);
    let index = env.read("out/index.md");
    assert!(
        index.starts_with("# Batch index"),
        "the index is not replaced by a brief"
    );
    let two = env.run(&["batch", "in", "-o", "two", "--quiet"]);
    two.code(1);
    assert!(
        two.stderr
            .contains("in/index.toml: error: its outputs would replace the batch index"),
        "{}",
        two.stderr
    );
}

#[test]
fn an_output_that_is_no_folder_or_a_run_with_nothing_to_render_fails() {
    let env = TestEnv::new();
    env.write("bills/a.toml", assessment(""));
    std::fs::create_dir_all(env.path("empty")).expect("a folder");
    // A mistyped folder in a scheduled job is a failure, and writes nothing.
    let run = env.run(&["batch", "empty", "-o", "out"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "error: no .toml files found under empty; nothing was rendered\n"
    );
    assert!(!env.path("out").exists());
    // Standard output and a file are no folders.
    let run = env.run(&["batch", "bills", "-o", "-"]);
    run.code(2);
    assert!(
        run.stderr.starts_with(
            "error: a batch writes a folder of briefs and their index, not standard output; pass `-o DIR`\n"
        ),
        "{}",
        run.stderr
    );
    assert!(!env.path("-").exists());
    let run = env.run(&["batch", "bills/a.toml", "-o", "bills/a.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("bills/a.toml is a file, not a folder"),
        "{}",
        run.stderr
    );
    assert_eq!(env.read("bills/a.toml"), assessment(""));
}
