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
    assert_eq!(index["complete"], true);
    assert!(
        index["rows"][4]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("in/broken.toml:2:10: error: ")),
        "{}",
        index["rows"][4]["error"]
    );
    // The same problem with its parts as fields, for a script that would otherwise parse the line.
    let problem = &index["rows"][4]["problems"][0];
    assert_eq!(
        (&problem["severity"], &problem["line"], &problem["column"]),
        (&"error".into(), &2.into(), &10.into())
    );
    assert_eq!(index["rows"][4]["problems"].as_array().map(Vec::len), Some(1));
    // A rendered row has none.
    assert_eq!(index["rows"][1]["problems"], serde_json::json!([]));

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
    // Two roots with the same name keep their trees apart by the folders above them.
    env.run(&["batch", "x/in", "y/in", "z/other", "-o", "apart", "--quiet"])
        .code(0);
    assert_eq!(
        files_under(&env.path("apart")),
        [
            "index.csv",
            "index.json",
            "index.md",
            "other/same.md",
            "x/in/same.md",
            "y/in/same.md"
        ]
    );
    // `.` is named by the folder it is.
    let dot = env.run_in("x", &["batch", ".", "../y/in", "-o", "../dot", "--quiet"]);
    dot.code(0);
    assert!(
        env.path("dot/x/in/same.md").is_file(),
        "{:?}",
        files_under(&env.path("dot"))
    );
    env.run(&["batch", "x/in/same.toml", "-o", "single", "--quiet"]).code(0);
    assert!(env.path("single/same.md").is_file());
    // One file named twice, by two spellings of its path or through its folder, is one input.
    let absolute = env.path("x/in").to_string_lossy().into_owned();
    for twice in [
        ["x/in/same.toml", "./x/in/same.toml"],
        ["x/in", absolute.as_str()],
        ["x/in", "x/in/same.toml"],
    ] {
        let run = env.run(&["batch", twice[0], twice[1], "-o", "twice"]);
        run.code(0);
        assert!(run.stderr.contains("1 of 1 rendered"), "{twice:?}: {}", run.stderr);
    }
}

/// A batch whose reader of standard error stops early (`batch … 2>&1 | head -1`) still renders
/// every input and writes a true index: the messages it cannot give are dropped.
#[test]
fn a_closed_standard_error_loses_no_brief() {
    let env = TestEnv::new();
    mixed_tree(&env);
    env.run(&["batch", "in", "-o", "reference", "--quiet"]);
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .args(["batch", "in", "-o", "out", "--jobs", "2"])
        .current_dir(env.path(""))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(writer)
        .status()
        .expect("run impact-brief");
    // The mixed tree holds a broken file: exit 1 as documented, not a crash.
    assert_eq!(status.code(), Some(1));
    assert_eq!(env.read("out/index.json"), env.read("reference/index.json"));
}

/// Assessment files inside the output folder are not read (they lie in what is being written),
/// and the run says so; a failed input's outputs of an earlier run are removed, so that no brief
/// is left that no longer matches its file; an output folder that cannot be written is said
/// before any work.
#[test]
fn the_output_folder_keeps_no_stale_brief_and_hides_no_input() {
    let env = TestEnv::new();
    env.write("bills/top.toml", assessment(""));
    env.write("bills/out/forgotten.toml", assessment(""));
    let run = env.run(&["batch", "bills", "-o", "bills/out", "--quiet"]);
    run.code(0);
    assert!(
        run.stderr.starts_with(
            "warning: bills/out is the output folder, which a batch does not read: 1 assessment file in it is not rendered (bills/out/forgotten.toml)"
        ),
        "{}",
        run.stderr
    );
    env.run(&["batch", "bills/top.toml", "-o", "out", "-f", "md,html", "--quiet"])
        .code(0);
    assert!(env.path("out/top.md").is_file() && env.path("out/top.html").is_file());
    env.write(
        "bills/top.toml",
        assessment("").replace("[proposal]", "oops =\n[proposal]"),
    );
    let failed = env.run(&["batch", "bills/top.toml", "-o", "out", "-f", "md,html", "--quiet"]);
    failed.code(1);
    assert!(
        failed.stderr.contains(
            "note: the outputs of an earlier run were removed, as this run could not bring them up to date: top.md, top.html"
        ),
        "{}",
        failed.stderr
    );
    assert!(!env.path("out/top.md").exists() && !env.path("out/top.html").exists());
    assert!(env.path("bills/top.toml").is_file());
}

/// `index.csv` keeps its columns whatever the rows, names files so that scripts can open them,
/// and shows a spreadsheet or a terminal no formula and no control character.
#[test]
fn the_csv_index_has_fixed_columns_openable_paths_and_plain_text() {
    let env = TestEnv::new();
    env.write("bad/a.toml", "x =");
    env.run(&["batch", "bad", "-o", "bad-out", "--quiet"]).code(1);
    env.write(
        "good/+plus.toml",
        assessment("").replace("Test Bill", r#"=HYPERLINK(\"x\") \u001b[31m red"#),
    );
    env.run(&["batch", "good", "-o", "good-out", "--quiet"]).code(0);
    let header = |csv: &str| csv.lines().next().unwrap_or_default().to_string();
    let (bad, good) = (env.read("bad-out/index.csv"), env.read("good-out/index.csv"));
    assert_eq!(header(&bad), header(&good));
    assert!(
        header(&good).contains(",openness,inclusiveness,transparency,red_flags,"),
        "{}",
        header(&good)
    );
    let row = good.lines().nth(1).unwrap_or_default();
    assert!(row.starts_with(r#"good/+plus.toml,ok,"'=HYPERLINK(""x"")"#), "{row}");
    assert!(row.contains("\u{fffd}[31m red") && !row.contains('\u{1b}'), "{row}");
    assert!(row.contains(",./+plus.md,"), "{row}");
}

#[test]
fn dotted_names_index_names_missing_paths_and_linked_folders() {
    let env = TestEnv::new();
    env.write("in/bill.toml", assessment(""));
    env.write("in/bill.v2.toml", assessment("").replace("Test Bill", "Version two"));
    // As Windows tools often name a file.
    env.write(
        "in/WINDOWS.TOML",
        assessment("").replace("Test Bill", "Named on Windows"),
    );
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
    assert!(env.read("out/in/WINDOWS.md").contains("Named on Windows"));
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
    // An output folder that is an input folder is a refused output too: exit 1, as the README's
    // table says, and nothing is written.
    let run = env.run(&["batch", "bills", "-o", "bills"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "error: the output folder is also an input folder; pass another `-o DIR`\n"
    );
    assert!(!env.path("bills/index.md").exists());
}

/// Removing a failed input's old outputs touches only that input's own: a missing file named
/// on the command line removes its own brief and no other (`brief.md` is any file's fallback
/// name), and a broken link in a folder is named without its `.toml`, as its brief was.
#[test]
fn only_a_failed_inputs_own_old_outputs_are_removed() {
    let env = TestEnv::new();
    env.write("in/brief.toml", assessment(""));
    env.write("in/bill.toml", assessment(""));
    env.run(&["batch", "in", "-o", "out", "--quiet"]).code(0);
    std::fs::remove_file(env.path("in/bill.toml")).expect("remove");
    let run = env.run(&["batch", "in/bill.toml", "-o", "out", "--quiet"]);
    run.code(1);
    assert!(env.path("out/brief.md").is_file(), "{}", run.stderr);
    assert!(!env.path("out/bill.md").exists(), "{}", run.stderr);
    #[cfg(unix)]
    {
        // The file linked to lies outside the folder, so the link is its only name there.
        env.write("elsewhere/real.toml", assessment(""));
        std::fs::create_dir_all(env.path("links")).expect("mkdir");
        std::os::unix::fs::symlink(env.path("elsewhere/real.toml"), env.path("links/link.toml")).expect("symlink");
        env.run(&["batch", "links", "-o", "linked", "--quiet"]).code(0);
        assert!(env.path("linked/link.md").is_file());
        std::fs::remove_file(env.path("elsewhere/real.toml")).expect("remove");
        let run = env.run(&["batch", "links", "-o", "linked", "--quiet"]);
        run.code(1);
        assert!(!env.path("linked/link.md").exists(), "{}", run.stderr);
    }
}

/// A brief its owner made read-only is kept by `batch` too: neither written over nor removed as
/// a failed input's stale output, and the input's other formats are written all the same.
#[test]
fn a_read_only_brief_is_kept_and_the_other_formats_written() {
    let env = TestEnv::new();
    env.write("in/bill.toml", assessment(""));
    env.run(&["batch", "in", "-o", "out", "-f", "md,html", "--quiet"])
        .code(0);
    let kept = env.path("out/bill.md");
    std::fs::write(&kept, "a reviewer's copy").expect("write");
    crate::support::make_read_only(&kept);
    std::fs::write(env.path("out/bill.html"), "old").expect("write");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md,html", "--quiet"]);
    run.code(1);
    assert!(
        run.stderr.contains("bill.md is read-only, so it is left as it is"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("were removed"), "{}", run.stderr);
    assert_eq!(env.read("out/bill.md"), "a reviewer's copy");
    assert!(
        env.read("out/bill.html").contains("<html"),
        "the other format is written"
    );
}

/// Several roots: a link is named as the link, not as what it leads to; and a file whose name
/// starts with an apostrophe is written as it is in index.csv (only a formula's start is guarded).
#[test]
fn a_linked_root_keeps_its_own_name_and_paths_keep_their_apostrophe() {
    let env = TestEnv::new();
    env.write("releases/2025-06/a.toml", assessment(""));
    env.write("other/b.toml", assessment(""));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(env.path("releases/2025-06"), env.path("latest")).expect("symlink");
        env.run(&["batch", "latest", "other", "-o", "out", "--quiet"]).code(0);
        assert!(
            env.path("out/latest/a.md").is_file(),
            "{:?}",
            files_under(&env.path("out"))
        );
    }
    env.write("quoted/'q.toml", assessment(""));
    env.run(&["batch", "quoted", "-o", "quoted-out", "--quiet"]).code(0);
    let csv = env.read("quoted-out/index.csv");
    assert!(csv.contains(",'q.md,"), "{csv}");
}

/// The progress and summary lines speak the system locale's language: a French user reads them
/// in French, with French typography (a no-break space before the colon and the semicolon).
#[test]
fn progress_and_summary_speak_the_system_locale() {
    let env = TestEnv::new();
    let example = std::fs::read_to_string(repo("examples/nigeria-social-media-bill.toml")).expect("example");
    env.write("bills/nigeria.toml", &example);
    let run = env.run_with_env(&["batch", "bills", "-o", "out", "-f", "md"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(0);
    assert!(env.path("out/nigeria.md").is_file(), "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert!(
        lines.contains(&"[1/1] rendu\u{a0}: bills/nigeria.toml"),
        "{}",
        run.stderr
    );
    assert!(
        lines.contains(&"1 sur 1 rendu dans out\u{a0}; index dans out/index.md"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("rendered into"), "{}", run.stderr);
}

/// `--quiet` is silent when all goes well (a scheduled job mails whatever it prints); with a
/// failure, the error and the summary are still said. A file name with a line break in it is
/// shown on one line, so that a script reading the messages line by line is not misled.
#[test]
fn quiet_is_silent_on_success_and_a_name_with_a_line_break_stays_on_its_line() {
    let env = TestEnv::new();
    env.write("in/a.toml", assessment(""));
    let run = env.run(&["batch", "in", "-o", "out", "--quiet"]);
    run.code(0);
    assert_eq!(run.stderr, "");
    env.write("in/broken.toml", "schema_version = 3\n[proposal\n");
    let run = env.run(&["batch", "in", "-o", "out", "--quiet"]);
    run.code(1);
    assert!(run.stderr.contains("broken.toml:2:"), "{}", run.stderr);
    assert!(run.stderr.contains("1 of 2 rendered"), "{}", run.stderr);

    #[cfg(unix)]
    {
        let env = TestEnv::new();
        env.write("in/new\nline.toml", assessment(""));
        let run = env.run(&["batch", "in", "-o", "out"]);
        run.code(0);
        assert!(run.stderr.contains("new\\u000aline.toml"), "{}", run.stderr);
        assert!(!run.stderr.contains("new\nline"), "{}", run.stderr);
        // The file is written under its own name, and the index names it as it is.
        assert!(env.path("out/new\nline.md").exists());
        let run = env.run(&["check", "in/new\nline.toml"]);
        run.code(0);
        assert!(run.stdout.starts_with("in/new\\u000aline.toml: ok"), "{}", run.stdout);
        // The notes that name paths before a run starts escape them too: an assessment inside
        // the output folder, and a folder that holds none.
        env.write("in/out\tput/old.toml", assessment(""));
        let run = env.run(&["batch", "in", "-o", "in/out\tput"]);
        assert!(run.stderr.contains("in/out\\u0009put/old.toml"), "{}", run.stderr);
        assert!(!run.stderr.contains('\t'), "{}", run.stderr);
        std::fs::create_dir(env.path("empty\nfolder")).expect("folder");
        let run = env.run(&["batch", "empty\nfolder", "-o", "out"]);
        run.code(1);
        assert!(run.stderr.contains("empty\\u000afolder"), "{}", run.stderr);
        assert!(!run.stderr.contains("empty\nfolder"), "{}", run.stderr);
    }
}

/// A file reached by its own name and through a link (to it, or to a folder above it) is
/// rendered once, under its own name, and the name left out is said; two names of one file
/// given as arguments keep the first, with the same note.
#[cfg(unix)]
#[test]
fn a_file_reached_through_a_link_is_rendered_once_under_its_own_name() {
    let env = TestEnv::new();
    env.write("in/a.toml", assessment(""));
    env.write("in/real/c.toml", assessment(""));
    std::os::unix::fs::symlink("a.toml", env.path("in/b.toml")).expect("link to a file");
    std::os::unix::fs::symlink("real", env.path("in/linked")).expect("link to a folder");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    run.code(0);
    assert!(
        run.stderr
            .contains("note: in/b.toml is the same file as in/a.toml: rendered once, under the name in/a.toml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("note: in/linked/c.toml is the same file as in/real/c.toml"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("2 of 2 rendered"), "{}", run.stderr);
    assert!(env.path("out/a.md").is_file() && env.path("out/real/c.md").is_file());
    assert!(!env.path("out/b.md").exists() && !env.path("out/linked").exists());

    let run = env.run(&["batch", "in/b.toml", "in/a.toml", "-o", "args", "-f", "md"]);
    run.code(0);
    assert!(
        run.stderr.contains("note: in/a.toml is the same file as in/b.toml"),
        "{}",
        run.stderr
    );
    assert!(env.path("args/b.md").is_file() && !env.path("args/a.md").exists());
}

/// A link that leads nowhere is said to be one, with where it leads, in a batch (in a folder or
/// given by name), by `check` and by `render`; one not named `.toml` is no input, as a file so
/// named is not.
#[cfg(unix)]
#[test]
fn a_link_that_leads_nowhere_is_said_to_be_one() {
    let env = TestEnv::new();
    env.write("in/a.toml", assessment(""));
    std::os::unix::fs::symlink("moved.toml", env.path("in/b.toml")).expect("dangling link");
    std::os::unix::fs::symlink("gone.md", env.path("in/notes.md")).expect("dangling link");
    let said = "in/b.toml: error: this is a link to moved.toml, which does not exist\n  \
                help: point the link at the assessment file (moved or renamed?), or delete the link";
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(run.stderr.contains(said), "{}", run.stderr);
    assert!(
        run.stderr.contains("1 of 2 rendered into out, 1 failed"),
        "{}",
        run.stderr
    );
    let run = env.run(&["batch", "in/b.toml", "-o", "named", "-f", "md"]);
    run.code(1);
    assert!(run.stderr.contains(said), "{}", run.stderr);
    for command in ["check", "render"] {
        let run = env.run(&[command, "in/b.toml"]);
        run.code(1);
        assert!(run.stderr.starts_with(said), "{command}: {}", run.stderr);
    }
    let run = env.run_with_env(&["check", "in/b.toml"], &[("LANG", "pt_BR.UTF-8")]);
    assert!(
        run.stderr.starts_with(
            "in/b.toml: error: é um link para moved.toml, que não existe\n  \
             help: aponte o link para o arquivo de avaliação (foi movido ou renomeado?), ou apague o link"
        ),
        "{}",
        run.stderr
    );
}

/// Nothing is written outside the output folder through a link to a folder inside it, and the
/// clean-up of a failed input's old outputs never removes a name of a file with other names (a
/// hard link to the ledger the input reads, which the render refused to write over).
#[cfg(unix)]
#[test]
fn no_brief_goes_through_a_linked_folder_and_no_other_name_of_a_file_is_removed() {
    let env = TestEnv::new();
    env.write("in/sub/b.toml", assessment(""));
    std::fs::create_dir_all(env.path("out")).expect("mkdir");
    std::fs::create_dir_all(env.path("elsewhere")).expect("mkdir");
    std::os::unix::fs::symlink("../elsewhere", env.path("out/sub")).expect("link");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("in/sub/b.toml: error: out/sub in the output folder is a link: no brief is written through it"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_dir(env.path("elsewhere")).expect("read").count(), 0);
    // A link that leads nowhere is named the same way, not "cannot create the folder".
    std::fs::remove_file(env.path("out/sub")).expect("unlink");
    std::os::unix::fs::symlink("../nowhere", env.path("out/sub")).expect("dangling link");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(
        run.stderr.contains("out/sub in the output folder is a link:"),
        "{}",
        run.stderr
    );

    let env = TestEnv::new();
    let example = repo("examples/consultation/uk-online-safety-bill-encryption.toml");
    let ledger = repo("examples/consultation/uk-online-safety-bill-encryption-submissions.csv");
    std::fs::create_dir_all(env.path("led")).expect("mkdir");
    std::fs::copy(&example, env.path("led/uk.toml")).expect("copy");
    std::fs::copy(
        &ledger,
        env.path("led/uk-online-safety-bill-encryption-submissions.csv"),
    )
    .expect("copy");
    std::fs::create_dir_all(env.path("out")).expect("mkdir");
    std::fs::hard_link(
        env.path("led/uk-online-safety-bill-encryption-submissions.csv"),
        env.path("out/uk.md"),
    )
    .expect("hard link");
    let run = env.run(&["batch", "led", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(
        run.stderr.contains("uk.toml: error: the md brief was not written: "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("over the input"), "{}", run.stderr);
    assert!(!run.stderr.contains("were removed"), "{}", run.stderr);
    assert!(env.path("out/uk.md").is_file());
}

/// Ctrl-C (SIGINT) or SIGTERM stops a batch after the briefs in progress: each brief has every
/// format of this run or none of them, the index is written and lists the inputs not started,
/// and the run says so and exits 130.
#[cfg(unix)]
#[test]
fn a_stopped_batch_finishes_its_briefs_in_progress_and_writes_a_true_index() {
    let env = TestEnv::new();
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    for number in 0..40 {
        env.write(&format!("in/bill-{number:02}.toml"), &known);
    }
    for signal in ["-INT", "-TERM"] {
        let out = format!("out{signal}");
        let (code, rest) = stopped_batch(&env, &["in", "-o", &out, "-f", "md,pdf"], "[1/40] ok:", signal);
        assert_eq!(code, Some(130), "{signal}: {rest}");
        assert!(rest.contains("stopped: "), "{signal}: {rest}");
        assert!(rest.contains("not started; the index"), "{signal}: {rest}");
        let index: serde_json::Value = serde_json::from_str(&env.read(&format!("{out}/index.json"))).expect("index");
        let rows = index["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), 40);
        let not_started = rows.iter().filter(|row| row["status"] == "skipped").count();
        assert!(not_started > 0, "{signal}: {rest}");
        // The index says so at its top, for a script that reads nothing else.
        assert_eq!(index["complete"], false, "{signal}");
        assert_eq!(index["skipped"], not_started, "{signal}");
        assert_eq!(index["rendered"], 40 - not_started, "{signal}");
        // Each input rendered has both of its formats; each one not started has neither.
        for row in rows {
            let name = row["input"]
                .as_str()
                .expect("input")
                .trim_start_matches("in/")
                .trim_end_matches(".toml");
            let md = env.path(&format!("{out}/{name}.md")).exists();
            let pdf = env.path(&format!("{out}/{name}.pdf")).exists();
            assert_eq!(md, pdf, "{signal}: {name}");
            assert_eq!(md, row["status"] == "ok", "{signal}: {name}");
        }
    }
}

/// A second Ctrl-C stops a batch at once, without the briefs in progress or the index, and says
/// what that leaves: every file written is whole (no temporary file is left beside them), and a
/// brief in progress may have only some of its formats.
#[cfg(unix)]
#[test]
fn a_second_ctrl_c_stops_a_batch_at_once_and_says_what_that_leaves() {
    let env = TestEnv::new();
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    // The second input takes long enough (130 pages) for both signals to find it in progress.
    let paragraph = ["The proposal sets duties whose reach is wide and whose limits are unclear."; 8].join(" ");
    let long = vec![paragraph; 32].join("\\n\\n");
    let slow: Vec<String> = known
        .lines()
        .filter(|line| !line.starts_with("rationale = "))
        .flat_map(|line| {
            let mut lines = vec![line.to_string()];
            if line.starts_with("[answers.") {
                lines.push(format!("rationale = \"{long}\""));
            }
            lines
        })
        .collect();
    env.write("in/a.toml", &known);
    env.write("in/b.toml", slow.join("\n"));
    for number in 0..10 {
        env.write(&format!("in/c-{number}.toml"), &known);
    }
    let (code, rest) = stopped_batch_by(
        &env,
        &["in", "-o", "out", "-f", "md,pdf,docx,html"],
        "[1/12] ok: in/a.toml",
        &["-INT", "-INT"],
    );
    assert_eq!(code, Some(130), "{rest}");
    assert!(
        rest.contains(
            "stopped at once: every file written so far is whole, but the briefs in progress may have some \
             formats new and others not yet written, and the index was not written"
        ),
        "{rest}"
    );
    assert!(!rest.contains("not started; the index"), "{rest}");
    assert!(!env.path("out/index.json").exists(), "no index is written");
    let written = files_under(&env.path("out"));
    assert!(
        !written.iter().any(|name| name.starts_with("c-")),
        "stopped before the end: {written:?}"
    );
    for name in &written {
        assert!(!name.starts_with('.'), "a temporary file is left: {name}");
        // Whole: each PDF ends as a PDF ends.
        if name.ends_with(".pdf") {
            let bytes = std::fs::read(env.path(&format!("out/{name}"))).expect("read");
            assert!(
                bytes.starts_with(b"%PDF") && bytes.windows(5).any(|w| w == b"%%EOF"),
                "{name}"
            );
        }
    }
}

/// Runs `batch` with `args` on one worker, sends it `signal` once its standard error has printed a
/// line holding `until`, and gives its exit code and what it said after.
#[cfg(unix)]
fn stopped_batch(env: &TestEnv, args: &[&str], until: &str, signal: &str) -> (Option<i32>, String) {
    stopped_batch_by(env, args, until, &[signal])
}

/// [`stopped_batch`] with each of `signals` sent in turn, at once.
#[cfg(unix)]
fn stopped_batch_by(env: &TestEnv, args: &[&str], until: &str, signals: &[&str]) -> (Option<i32>, String) {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .arg("batch")
        .args(args)
        .args(["--jobs", "1"])
        .current_dir(env.path(""))
        .env("LANG", "C")
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut said = String::new();
    while !said.contains(until) {
        assert_ne!(stderr.read_line(&mut said).expect("a progress line"), 0, "{said}");
    }
    for (index, signal) in signals.iter().enumerate() {
        // The same signal twice at once would be taken as one: the second waits for the first.
        if index > 0 {
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
        let killed = Command::new("kill")
            .args([*signal, &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
    }
    let mut rest = String::new();
    for line in stderr.lines() {
        rest.push_str(&line.expect("line"));
        rest.push('\n');
    }
    (child.wait().expect("wait").code(), rest)
}

/// Asked to stop while it writes panels, a batch finishes the panel in progress, starts no other,
/// and says the rest not started in the index, as it does for inputs. Panels have a progress line
/// each, as briefs do.
#[cfg(unix)]
#[test]
fn a_batch_stopped_while_it_writes_panels_says_the_panels_not_started() {
    let env = TestEnv::new();
    let known = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    let as_group = |group: &str| {
        let mut lines: Vec<String> = known.lines().map(str::to_string).collect();
        let line = lines
            .iter_mut()
            .find(|line| line.starts_with("stakeholder_group = "))
            .expect("the fixture names its group");
        *line = format!("stakeholder_group = \"{group}\"");
        lines.join("\n")
    };
    // Sixteen folders of two groups' assessments: sixteen panels, written after the briefs.
    for folder in 0..16 {
        env.write(&format!("in/p{folder}/a.toml"), as_group("civil-society"));
        env.write(&format!("in/p{folder}/b.toml"), as_group("academia"));
    }
    // Stopped at the first panel's line: the others are still to be written.
    let (code, rest) = stopped_batch(
        &env,
        &["in", "-o", "out", "-f", "pdf", "--panels"],
        "[1/16] ok: in/p",
        "-INT",
    );
    assert_eq!(code, Some(130), "{rest}");
    assert!(rest.contains("stopped: "), "{rest}");
    let index: serde_json::Value = serde_json::from_str(&env.read("out/index.json")).expect("index");
    let rows = index["rows"].as_array().expect("rows");
    let panels: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|row| {
            row["input"]
                .as_str()
                .is_some_and(|input| input.ends_with("(panel of 2)"))
        })
        .collect();
    assert_eq!(rows.len() - panels.len(), 32, "{rows:?}");
    let not_started = panels.iter().filter(|row| row["status"] == "skipped").count();
    assert!(not_started > 0, "{panels:?}");
    // A panel written has its PDF; one not started has none.
    for row in panels {
        let folder = row["input"].as_str().expect("input").trim_start_matches("in/");
        let folder = folder.split('/').next().expect("folder");
        let pdf = env.path(&format!("out/{folder}/known-scores-act-panel.pdf")).exists();
        assert_eq!(pdf, row["status"] == "ok", "{row}");
        if row["status"] == "skipped" {
            assert_eq!(
                row["error"], "not rendered: the run was stopped before it (Ctrl-C or SIGTERM)",
                "{row}"
            );
        }
    }
}

/// An index file that would be written over an input (a link named `index.csv` to an
/// assessment) refuses the whole index before any of it is written: no index is left half new,
/// half old, and the input is untouched.
#[cfg(unix)]
#[test]
fn an_index_file_refused_leaves_no_index_half_written() {
    let env = TestEnv::new();
    env.write("in/a.toml", assessment(""));
    std::fs::create_dir_all(env.path("out")).expect("mkdir");
    std::os::unix::fs::symlink("../in/a.toml", env.path("out/index.csv")).expect("link");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(run.stderr.contains("index.csv"), "{}", run.stderr);
    assert!(!env.path("out/index.md").exists() && !env.path("out/index.json").exists());
    assert_eq!(env.read("in/a.toml"), assessment(""));
}

/// A link back to a folder above it is not followed and fails nothing: a warning names it and
/// the folder it leads to, in the interface's language, and every file is rendered once.
#[cfg(unix)]
#[test]
fn a_link_back_up_the_tree_is_a_warning_not_a_failure() {
    let env = TestEnv::new();
    env.write("in/sub/a.toml", assessment(""));
    std::os::unix::fs::symlink("..", env.path("in/sub/up")).expect("link");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    run.code(0);
    assert!(
        run.stderr
            .starts_with("warning: in/sub/up is a link back to in, a folder above it: it is not followed"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 of 1 rendered"), "{}", run.stderr);
    let run = env.run_with_env(&["batch", "in", "-o", "out-fr", "-f", "md"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(0);
    assert!(run.stderr.contains("est un lien qui ramène à in"), "{}", run.stderr);
    // The rubrics folder's reading error is said in the interface's language too.
    let run = env.run_with_env(
        &["--rubrics", "nope", "check", "in/sub/a.toml"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(
        run.stderr
            .contains("impossible de lire le dossier des grilles\u{a0}: fichier ou dossier introuvable"),
        "{}",
        run.stderr
    );
}

/// The three index files are written together: when one cannot be written (here a folder stands
/// where `index.json` goes; a full disk does the same), the other two keep the last run's, rather
/// than one new index beside two old, and no temporary file is left.
#[test]
fn an_index_file_that_cannot_be_written_leaves_the_others_as_they_were() {
    let env = TestEnv::new();
    env.write(
        "in/bill.toml",
        std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture"),
    );
    env.write("out/index.md", "the last run's index");
    env.write("out/index.csv", "the last run's index");
    std::fs::create_dir_all(env.path("out/index.json")).expect("a folder in the way");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md", "--quiet"]);
    run.code(1);
    assert!(run.stderr.contains("index.json"), "{}", run.stderr);
    assert_eq!(env.read("out/index.md"), "the last run's index");
    assert_eq!(env.read("out/index.csv"), "the last run's index");
    let leftovers: Vec<_> = std::fs::read_dir(env.path("out"))
        .expect("out")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A folder given beside other inputs that holds nothing to render is said, as it may be a
/// mistyped one; the run goes on with the others.
#[test]
fn a_folder_with_nothing_to_render_beside_others_is_said() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("empty")).expect("empty folder");
    let known = repo("tests/fixtures/known.toml");
    let run = env.run(&["batch", "empty", &known, "-o", "out", "-f", "md"]);
    run.code(0);
    assert!(
        run.stderr
            .contains("warning: no .toml file found under empty; nothing from it is rendered"),
        "{}",
        run.stderr
    );
    let quiet = env.run(&["batch", "empty", &known, "-o", "out2", "-f", "md", "--quiet"]);
    quiet.code(0);
    assert_eq!(quiet.stderr, "");
}
