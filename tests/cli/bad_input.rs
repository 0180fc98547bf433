//! Bad input: every case exits 1 with a message naming the file, the place, and how to fix it.

use crate::support::{TestEnv, assert_in_order, assessment};

/// Runs `check` on `contents` and returns stderr, asserting exit code 1 and no panic.
fn check_fails(contents: &[u8]) -> String {
    let env = TestEnv::new();
    env.write("bad.toml", contents);
    let run = env.run(&["check", "bad.toml"]);
    run.code(1);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.stderr.contains("bad.toml"), "names the file: {}", run.stderr);
    run.stderr
}

#[test]
fn malformed_toml_shows_line_and_column() {
    let stderr = check_fails(b"schema_version = 1\n[proposal]\ntitle = \"Unclosed\n");
    assert!(stderr.contains("bad.toml:3:"), "{stderr}");
    assert!(stderr.contains("help:"), "{stderr}");
}

#[test]
fn unknown_question_lists_valid_ids_nearest_first() {
    let stderr = check_fails(assessment("[answers.openness.participaton]\nlevel = 1\n").as_bytes());
    assert!(
        stderr.contains("bad.toml:6:19: error: unknown question `openness.participaton`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("valid questions, nearest first: openness.participation,"),
        "{stderr}"
    );
}

#[test]
fn unknown_rubric_id_in_answers_and_in_the_list() {
    let stderr = check_fails(assessment("[answers.opennes.participation]\nlevel = 1\n").as_bytes());
    assert!(stderr.contains("answers for unknown rubric `opennes`"), "{stderr}");
    assert!(stderr.contains("openness"), "{stderr}");
    let stderr = check_fails(b"schema_version = 1\nrubrics = [\"openess\"]\n[proposal]\ntitle = \"T\"\n");
    assert!(
        stderr.contains("bad.toml:2:12: error: unknown rubric `openess`"),
        "{stderr}"
    );
    assert!(stderr.contains("known rubrics: openness,"), "nearest first: {stderr}");
}

#[test]
fn levels_out_of_range_negative_or_with_a_status() {
    let stderr = check_fails(assessment("[answers.openness.participation]\nlevel = 7\n").as_bytes());
    assert!(
        stderr.contains("bad.toml:7:9: error: level 7 is out of range for `openness.participation`"),
        "{stderr}"
    );
    assert!(stderr.contains("use a level from 0"), "{stderr}");
    let stderr = check_fails(assessment("[answers.openness.participation]\nlevel = -1\n").as_bytes());
    assert!(stderr.contains("level -1 is out of range"), "{stderr}");
    let stderr =
        check_fails(assessment("[answers.openness.participation]\nlevel = 2\nstatus = \"unknown\"\n").as_bytes());
    assert!(stderr.contains("has both a level and status = \"unknown\""), "{stderr}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let stderr = check_fails(
        assessment("[answers.openness.participation]\nlevel = 9\n[answers.openness.nope]\nlevel = 1\n[answers.transparency.review-clause]\nlevel = 1\nstatus = \"not-applicable\"\n").as_bytes(),
    );
    assert!(stderr.contains("level 9 is out of range"));
    assert!(stderr.contains("unknown question `openness.nope`"));
    assert!(stderr.contains("both a level and status"));
}

#[test]
fn missing_title_unsupported_version_unknown_key_invalid_stage() {
    let stderr = check_fails(b"schema_version = 1\n[proposal]\njurisdiction = \"X\"\n");
    assert!(stderr.contains("the proposal has no title"), "{stderr}");
    assert!(stderr.contains("add `title = "), "{stderr}");
    let stderr = check_fails(b"schema_version = 3\n[proposal]\ntitle = \"T\"\n");
    assert!(
        stderr.contains("bad.toml:1:18: error: unsupported schema_version 3"),
        "{stderr}"
    );
    assert!(stderr.contains("reads schema_version 1 to 2"), "{stderr}");
    let stderr = check_fails(b"schema_version = 1\n[proposal]\ntitle = \"T\"\ntitel = \"typo\"\n");
    assert!(
        stderr.contains("bad.toml:4:1: error: unknown field `titel`"),
        "{stderr}"
    );
    let stderr = check_fails(b"schema_version = 1\n[proposal]\ntitle = \"T\"\nstage = \"passed\"\n");
    assert!(
        stderr.contains("bad.toml:4:9: error: unknown variant `passed`"),
        "{stderr}"
    );
    assert!(stderr.contains("in-legislature"), "lists the valid stages: {stderr}");
    let stderr = check_fails(b"[proposal]\ntitle = \"T\"\n");
    assert!(
        stderr.contains("no schema_version") && stderr.contains("schema_version = 2"),
        "{stderr}"
    );
}

#[test]
fn empty_binary_and_non_utf8_files() {
    assert!(check_fails(b"").contains("the file is empty"));
    assert!(check_fails(b"\x7fELF\x02\x01\x01\x00\x00\x00").contains("binary file"));
    let stderr = check_fails(b"schema_version = 1\n[proposal]\ntitle = \"caf\xe9\"\n");
    assert!(
        stderr.contains("bad.toml:3:13: error: the file is not valid UTF-8 text"),
        "{stderr}"
    );
}

#[test]
fn missing_file_and_directory() {
    let env = TestEnv::new();
    let run = env.run(&["render", "nowhere.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("nowhere.toml: error: cannot read the file"),
        "{}",
        run.stderr
    );
    std::fs::create_dir(env.path("folder.toml")).expect("mkdir");
    let run = env.run(&["check", "folder.toml"]);
    run.code(1);
    assert!(run.stderr.contains("is a directory"), "{}", run.stderr);
}

#[test]
fn bad_rubric_folder_reports_every_problem() {
    let env = TestEnv::new();
    env.write(
        "rubrics/dup.toml",
        "schema_version = 1\nid = \"dup\"\ntitle = \"Dup\"\nversion = \"1\"\n[[sources]]\nid = \"s\"\ntitle = \"S\"\n\
         [[questions]]\nid = \"q\"\nprompt = \"?\"\nlevels = [\"a\", \"b\", \"c\"]\nrecommendation = \"r\"\nsources = [\"s\"]\n\
         [[questions]]\nid = \"q\"\nprompt = \"?\"\nlevels = [\"a\", \"b\"]\nrecommendation = \"r\"\nsources = [\"t\"]\n",
    );
    env.write("a.toml", assessment(""));
    let run = env.run(&["--rubrics", "rubrics", "check", "a.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("dup.toml:15:6: error: question id `q` appears twice"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("has 2 levels; a question needs 3 to 6"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("cites unknown source `t`"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    env.run(&["render"]).code(2);
    env.run(&["render", "x.toml", "-f", "docx"]).code(2);
    env.run(&["frobnicate"]).code(2);
}

#[test]
fn user_text_cannot_drive_a_terminal_a_spreadsheet_or_a_link() {
    let env = TestEnv::new();
    env.write(
        "in/x.toml",
        "schema_version = 1\n[proposal]\ntitle = \"=HYPERLINK(1) \\u001b]0;pwned\\u0007\"\nurl = \"javascript:alert(1)\"\n",
    );
    let score = env.run(&["score", "in/x.toml"]);
    assert!(
        !score.stdout.contains('\u{1b}') && !score.stdout.contains('\u{7}'),
        "{:?}",
        score.stdout
    );
    let md = env.run(&["render", "in/x.toml", "-o", "-"]).stdout;
    assert!(
        !md.contains('\u{1b}') && md.contains("| Text | javascript:alert(1) |"),
        "{md}"
    );
    let html = env.run(&["render", "in/x.toml", "-f", "html", "-o", "-"]).stdout;
    assert!(!html.contains("href=\"javascript"));
    env.run(&["batch", "in", "-o", "out", "--quiet"]).code(0);
    let csv = env.read("out/index.csv");
    assert!(csv.contains(",'=HYPERLINK(1)"), "{csv}");
}

#[test]
fn rubric_folders_with_clashing_ids_unknown_dependencies_or_huge_weights() {
    let env = TestEnv::new();
    let rubric = |id: &str, extra: &str| {
        format!(
            "schema_version = 1\nid = \"{id}\"\ntitle = \"T\"\nversion = \"1\"\n[[sources]]\nid = \"s\"\ntitle = \"S\"\n\
             [[questions]]\nid = \"q\"\nprompt = \"?\"\nlevels = [\"a\", \"b\", \"c\"]\nrecommendation = \"r\"\nsources = [\"s\"]\n{extra}"
        )
    };
    env.write("r/a.toml", rubric("same", ""));
    env.write("r/b.toml", rubric("same", ""));
    env.write(
        "r/c.toml",
        rubric("dep", "applies_if = { question = \"nosuch.q\", min_level = 1 }\n"),
    );
    env.write("r/d.toml", rubric("heavy", "weight = 1e308\n"));
    let run = env.run(&["--rubrics", "r", "rubric", "list"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("b.toml: error: rubric id `same` is also defined in r/a.toml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`dep.q` applies_if names `nosuch.q`, whose rubric is unknown"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("has weight 1e308, which is out of range"),
        "{}",
        run.stderr
    );
}

#[test]
fn type_errors_do_not_hide_the_other_problems() {
    let stderr = check_fails(
        b"schema_version = 1\n[proposal]\ntitle = \"T\"\nstage = \"drafted\"\n[assessment]\nstakeholder_group = \"ngo\"\n\
          [answers.openness.participation]\nlevel = \"2\"\n[answers.openness.encryption]\nlevel = 9\n\
          [answers.openness.nosuch]\nlevel = 1\n[answers.openness.easy-access]\nlevle = 1\n",
    );
    let expected = [
        "bad.toml:4:9: error: unknown variant `drafted`",
        "bad.toml:6:21: error: unknown variant `ngo`",
        "bad.toml:8:9: error: invalid type: string \"2\", expected i64",
        "bad.toml:10:9: error: level 9 is out of range",
        "bad.toml:11:19: error: unknown question `openness.nosuch`",
        "bad.toml:14:1: error: unknown field `levle`",
    ];
    assert_in_order(&stderr, &expected);
}
