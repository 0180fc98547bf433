//! Bad input: every case exits 1 with a message naming the file, the place, and how to fix it.
//! Each test pins the whole stderr of its cases in one snapshot (`snapshots/cli__bad_input__*`)
//! and states the `file:line:col` of each diagnostic exactly.

use crate::support::{TestEnv, Transcript, assert_in_order, assessment};

/// Runs `check` on `contents`, asserting exit code 1, no panic and the file named; adds the run to
/// `transcript` and returns stderr.
fn check_fails(transcript: &mut Transcript, contents: &[u8]) -> String {
    let env = TestEnv::new();
    env.write("bad.toml", contents);
    let run = env.run(&["check", "bad.toml"]);
    run.code(1);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.stderr.contains("bad.toml"), "names the file: {}", run.stderr);
    transcript.add(&env, "impact-brief check bad.toml", Some(("bad.toml", contents)), &run);
    run.stderr
}

#[test]
fn malformed_toml_shows_line_and_column() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(&mut transcript, b"schema_version = 1\n[proposal]\ntitle = \"Unclosed\n");
    assert!(stderr.contains("bad.toml:3:"), "{stderr}");
    insta::assert_snapshot!("malformed_toml", transcript.text());
}

#[test]
fn a_value_that_cannot_be_read_does_not_hide_the_problems_after_it() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"Data Retention Bill\"\nstage = \"drafted\"\n\
          [assessment]\nassessors = [\"A. Analyst\"]\ndate = 20/11/2026\n\
          [answers.openness.encryption]\nlevel = \"1\"\n[answers.openness.participation]\nlevel = 3 - Anyone\n",
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:4:9: error: unknown value `drafted` for `stage`",
            "bad.toml:7:8: error: `date` is not written as a date: `20/11/2026`",
            "bad.toml:9:9: error: `level` must be a whole number, not the text \"1\"",
            "bad.toml:11:9: error: `level` must be a whole number, not `3 - Anyone`",
        ],
    );
    assert_eq!(stderr.matches(": error: ").count(), 4, "{stderr}");
    // A title written with a stray quote is that one problem, not also a missing title.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"Unclosed\n[assessment]\ndate = 2026-01-32\n",
    );
    assert!(!stderr.contains("no title"), "{stderr}");
    assert_eq!(stderr.matches(": error: ").count(), 2, "{stderr}");
    // A list left open after an unreadable value is still one problem, where its bracket opens.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\nstage = draft\n[assessment]\nassessors = [\"A\",\n\
          date = 2026-11-20\nstatus = \"draft\"\n",
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:4:9: error: the value of `stage` is not in quotes: `draft`",
            "bad.toml:6:13: error: the list that `[` opens here is not closed",
        ],
    );
    assert_eq!(stderr.matches(": error: ").count(), 2, "{stderr}");
    // A one-line list with an unquoted value, the same mistake twice on a line, and submissions
    // after one whose value cannot be read: each reported once, and what follows read on.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\nstage = \"draftx\"\n[assessment]\nassessors = [A]\n\
          [answers.openness.participation]\nlevel = 3.x\nbogus = 1\n\
          [[consultation.submissions]]\nid = S-01\ngroup = \"academia\"\ndisposition = \"accepted\"\n\
          [[consultation.submissions]]\nid = S-02\ndisposition = \"acepted\"\n",
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:4:9: error: unknown value `draftx` for `stage`",
            "bad.toml:6:14: error: each value of `assessors` needs \"quotes\": `[A]`",
            "bad.toml:8:",
            "bad.toml:9:1: error: unknown key `bogus`",
            "bad.toml:11:6: error: the value of `id` is not in quotes: `S-01`",
            "bad.toml:14:1: error: missing key `group`",
            "bad.toml:15:6: error: the value of `id` is not in quotes: `S-02`",
            "bad.toml:16:15: error: unknown disposition `acepted`",
        ],
    );
    assert_eq!(stderr.matches(": error: ").count(), 8, "{stderr}");
    // A yes or no, and a list, are told how they are written, not to add quotes.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[assessment]\nassessors = A. Analyst\n[expect]\npraised = yes\n",
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:5:13: error: `assessors` must be a list in square brackets, not `A. Analyst`\n  \
             help: write a list in square brackets, each value in quotes: assessors = [\"first\", \"second\"]",
            "bad.toml:7:11: error: `praised` must be true or false, not `yes`\n  \
             help: write true or false, without quotes: praised = true",
        ],
    );
    insta::assert_snapshot!("unreadable_values", transcript.text());
}

#[test]
fn a_file_saved_as_utf16_is_named_so_not_called_binary() {
    let env = TestEnv::new();
    let text = "schema_version = 3\n[proposal]\ntitle = \"Loi sur la sécurité\"\n";
    let little_endian: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let with_mark = [&[0xFF, 0xFE][..], &little_endian].concat();
    for bytes in [with_mark, little_endian] {
        env.write("bill.toml", bytes);
        let run = env.run(&["check", "bill.toml"]);
        run.code(1);
        assert_eq!(
            run.stderr,
            "bill.toml: error: the file is saved as UTF-16 text, not UTF-8\n  \
             help: save it with UTF-8 encoding (Notepad calls UTF-16 \"Unicode\"; choose UTF-8 under \"Save as\")\n"
        );
    }
}

#[test]
fn unknown_question_lists_valid_ids_nearest_first() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        assessment("[answers.openness.participaton]\nlevel = 1\n").as_bytes(),
    );
    assert!(
        stderr.contains("bad.toml:6:19: error: unknown question `openness.participaton`"),
        "{stderr}"
    );
    insta::assert_snapshot!("unknown_question", transcript.text());
}

#[test]
fn unknown_rubric_id_in_answers_and_in_the_list() {
    let mut transcript = Transcript::default();
    check_fails(
        &mut transcript,
        assessment("[answers.opennes.participation]\nlevel = 1\n").as_bytes(),
    );
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 1\nrubrics = [\"openess\"]\n[proposal]\ntitle = \"T\"\n",
    );
    assert!(
        stderr.contains("bad.toml:2:12: error: unknown rubric `openess`"),
        "{stderr}"
    );
    insta::assert_snapshot!("unknown_rubric", transcript.text());
}

#[test]
fn levels_out_of_range_negative_or_with_a_status() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        assessment("[answers.openness.participation]\nlevel = 7\n").as_bytes(),
    );
    assert!(
        stderr.contains("bad.toml:7:9: error: level 7 is out of range for `openness.participation`"),
        "{stderr}"
    );
    check_fails(
        &mut transcript,
        assessment("[answers.openness.participation]\nlevel = -1\n").as_bytes(),
    );
    check_fails(
        &mut transcript,
        assessment("[answers.openness.participation]\nlevel = 2\nstatus = \"unknown\"\n").as_bytes(),
    );
    insta::assert_snapshot!("levels", transcript.text());
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        assessment("[answers.openness.participation]\nlevel = 9\n[answers.openness.nope]\nlevel = 1\n[answers.transparency.review-clause]\nlevel = 1\nstatus = \"not-applicable\"\n").as_bytes(),
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:7:9: error: level 9 is out of range",
            "bad.toml:8:19: error: unknown question `openness.nope`",
            "both a level and status",
        ],
    );
    insta::assert_snapshot!("every_problem", transcript.text());
}

#[test]
fn missing_title_unsupported_version_unknown_key_invalid_stage() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 1\n[proposal]\njurisdiction = \"X\"\n",
    );
    assert!(stderr.contains("the proposal has no title"), "{stderr}");
    let stderr = check_fails(&mut transcript, b"schema_version = 4\n[proposal]\ntitle = \"T\"\n");
    assert!(
        stderr.contains("bad.toml:1:18: error: unsupported schema_version 4"),
        "{stderr}"
    );
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 1\n[proposal]\ntitle = \"T\"\ntitel = \"typo\"\n",
    );
    assert!(stderr.contains("bad.toml:4:1: error: unknown key `titel`"), "{stderr}");
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 1\n[proposal]\ntitle = \"T\"\nstage = \"passed\"\n",
    );
    assert!(
        stderr.contains("bad.toml:4:9: error: unknown value `passed` for `stage`"),
        "{stderr}"
    );
    check_fails(&mut transcript, b"[proposal]\ntitle = \"T\"\n");
    insta::assert_snapshot!("title_version_key_stage", transcript.text());
}

#[test]
fn empty_binary_and_non_utf8_files() {
    let mut transcript = Transcript::default();
    check_fails(&mut transcript, b"");
    check_fails(&mut transcript, b"\x7fELF\x02\x01\x01\x00\x00\x00");
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 1\n[proposal]\ntitle = \"caf\xe9\"\n",
    );
    assert!(
        stderr.contains("bad.toml:3:13: error: the file is not valid UTF-8 text"),
        "{stderr}"
    );
    insta::assert_snapshot!("empty_binary_non_utf8", transcript.text());
}

#[test]
fn missing_file_and_directory() {
    let mut transcript = Transcript::default();
    let env = TestEnv::new();
    let run = env.run(&["render", "nowhere.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("nowhere.toml: error: cannot read the file"),
        "{}",
        run.stderr
    );
    transcript.add(&env, "impact-brief render nowhere.toml", None, &run);
    std::fs::create_dir(env.path("folder.toml")).expect("mkdir");
    let run = env.run(&["check", "folder.toml"]);
    run.code(1);
    transcript.add(&env, "impact-brief check folder.toml  (a directory)", None, &run);
    insta::assert_snapshot!("missing_file_and_directory", transcript.text());

    // A name a slip or two from one file beside it names that file; two as near name neither.
    env.write("in/pl-2630.toml", assessment(""));
    let run = env.run(&["render", "in/pl2630.toml"]);
    run.code(1);
    assert!(
        run.stderr.ends_with("  help: did you mean in/pl-2630.toml?\n"),
        "{}",
        run.stderr
    );
    env.write("in/pl-2631.toml", assessment(""));
    let run = env.run(&["check", "in/pl2630.toml"]);
    assert!(!run.stderr.contains("did you mean"), "{}", run.stderr);
}

#[test]
fn bad_rubric_folder_reports_every_problem() {
    let env = TestEnv::new();
    let rubric = "schema_version = 1\nid = \"dup\"\ntitle = \"Dup\"\nversion = \"1\"\n[[sources]]\nid = \"s\"\ntitle = \"S\"\n\
         [[questions]]\nid = \"q\"\nprompt = \"?\"\nlevels = [\"a\", \"b\", \"c\"]\nrecommendation = \"r\"\nsources = [\"s\"]\n\
         [[questions]]\nid = \"q\"\nprompt = \"?\"\nlevels = [\"a\", \"b\"]\nrecommendation = \"r\"\nsources = [\"t\"]\n";
    env.write("rubrics/dup.toml", rubric);
    env.write("a.toml", assessment(""));
    let run = env.run(&["--rubrics", "rubrics", "check", "a.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("dup.toml:15:6: error: question id `q` appears twice"),
        "{}",
        run.stderr
    );
    let mut transcript = Transcript::default();
    transcript.add(
        &env,
        "impact-brief --rubrics rubrics check a.toml",
        Some(("rubrics/dup.toml", rubric.as_bytes())),
        &run,
    );
    insta::assert_snapshot!("bad_rubric_folder", transcript.text());
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    let mut transcript = Transcript::default();
    for args in [
        &["render"][..],
        &["render", "x.toml", "-f", "odt"],
        &["render", "x.toml", "-f", "pfd"],
        &["render", "x.toml", "--fromat", "md"],
        &["batch", "in", "--fail-on", "wek"],
        &["frobnicate"],
        &["rendr"],
        // In the language asked, or the locale's.
        &["render", "x.toml", "-f", "pfd", "--lang", "fr"],
        &["render", "--lang=pt"],
        // A flag with no value after it, and no command at all.
        &["render", "x.toml", "-o"],
        &[],
    ] {
        let run = env.run(args);
        run.code(2);
        transcript.add(&env, &format!("impact-brief {}", args.join(" ")), None, &run);
    }
    insta::assert_snapshot!("usage_errors", transcript.text());
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
    let mut transcript = Transcript::default();
    transcript.add(&env, "impact-brief --rubrics r rubric list", None, &run);
    insta::assert_snapshot!("clashing_rubric_folders", transcript.text());
}

#[test]
fn type_errors_do_not_hide_the_other_problems() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 1\n[proposal]\ntitle = \"T\"\nstage = \"drafted\"\n[assessment]\nstakeholder_group = \"ngo\"\n\
          [answers.openness.participation]\nlevel = \"2\"\n[answers.openness.encryption]\nlevel = 9\n\
          [answers.openness.nosuch]\nlevel = 1\n[answers.openness.easy-access]\nlevle = 1\n",
    );
    let expected = [
        "bad.toml:4:9: error: unknown value `drafted` for `stage`",
        "bad.toml:6:21: error: unknown value `ngo` for `stakeholder_group`",
        "bad.toml:8:9: error: `level` must be a whole number, not the text \"2\"",
        "bad.toml:10:9: error: level 9 is out of range",
        "bad.toml:11:19: error: unknown question `openness.nosuch`",
        "bad.toml:14:1: error: unknown key `levle`",
    ];
    assert_in_order(&stderr, &expected);
    insta::assert_snapshot!("type_errors", transcript.text());
}

#[test]
fn dates_written_another_way_say_how_to_write_them() {
    let mut transcript = Transcript::default();
    for date in ["05/12/2026", "\"5 December 2026\"", "5 December 2026", "2026-12-5"] {
        let text = format!("schema_version = 2\n[proposal]\ntitle = \"T\"\n[assessment]\ndate = {date}\n");
        let stderr = check_fails(&mut transcript, text.as_bytes());
        assert!(stderr.contains("bad.toml:5:8:"), "{stderr}");
        assert!(
            stderr.contains("help: write dates as 2026-12-05, without quotes"),
            "{date}: {stderr}"
        );
        assert!(!stderr.contains("close the string"), "{stderr}");
    }
    // The same for the proposal's date and the consultation's.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 2\n[proposal]\ntitle = \"T\"\nintroduced = 12.05.2021\n",
    );
    assert!(stderr.contains("write dates as 2026-12-05, without quotes"), "{stderr}");
    insta::assert_snapshot!("dates", transcript.text());
}

#[test]
fn oversize_files_are_refused_before_they_are_parsed() {
    let env = TestEnv::new();
    // More keys and values than any assessment has: refused by counting, without parsing.
    let mut text = String::from("schema_version = 2\n[proposal]\ntitle = \"T\"\n[expect]\nconcerns = [");
    text.push_str(&"\"a\",".repeat(400_001));
    text.push_str("]\n");
    env.write("many.toml", &text);
    let run = env.run(&["check", "many.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("many.toml: error: the file has more than 400000 keys, values and tables"),
        "{}",
        run.stderr
    );
    // A ledger kept as tables in the file is bounded more tightly than a CSV file.
    let mut ledger = String::from("schema_version = 2\n[proposal]\ntitle = \"T\"\n");
    for index in 0..20_001 {
        ledger.push_str(&format!(
            "[[consultation.submissions]]\nid = \"S{index}\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n"
        ));
    }
    env.write("ledger.toml", &ledger);
    let run = env.run(&["check", "ledger.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("error: the file has more than 20000 [[consultation.submissions]] tables"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("in a CSV file named by `submissions_file`"),
        "{}",
        run.stderr
    );
    // Strings and comments do not count: a long text full of commas is refused for its length
    // alone, not for its commas.
    let long = format!(
        "schema_version = 2\n# {}\n[proposal]\ntitle = \"T\"\nreference = \"{}\"\n",
        ",".repeat(500_000),
        "[a = b, {c}],".repeat(100_000)
    );
    env.write("long.toml", &long);
    let run = env.run(&["check", "long.toml"]);
    run.code(1);
    assert!(
        run.stderr.starts_with(
            "long.toml:5:13: error: `reference` is 1,300,000 characters long; a brief takes at most 500\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("long.toml: 1 problem"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_instead_of_blocking() {
    let env = TestEnv::new();
    for pipe in ["pipe.csv", "pipe.toml"] {
        let made = std::process::Command::new("mkfifo").arg(env.path(pipe)).status();
        assert!(made.is_ok_and(|status| status.success()), "mkfifo {pipe}");
    }
    env.write(
        "bill.toml",
        assessment("[consultation]\nsubmissions_file = \"pipe.csv\"\n"),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(run.stderr.contains("is not a regular file"), "{}", run.stderr);
    let run = env.run(&["check", "pipe.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("pipe.toml: error: this is not a regular file"),
        "{}",
        run.stderr
    );
    // Given to a batch by name: a failed input, not a folder with nothing in it.
    let run = env.run(&["batch", "pipe.toml", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(
        run.stderr.contains("pipe.toml: error: this is not a regular file"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_text_too_long_to_typeset_is_refused_where_it_is_written() {
    // A rationale of megabytes once took gigabytes to typeset; a whole book is not a rationale.
    // (Not in a transcript: the file is 20 kB.)
    let env = TestEnv::new();
    let long = "word ".repeat(4_001);
    env.write(
        "long.toml",
        assessment(&format!(
            "[answers.openness.participation]\nlevel = 2\nfinding = \"Short.\"\nrationale = \"{long}\"\n"
        )),
    );
    let run = env.run(&["check", "long.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("long.toml:9:13: error: `rationale` is 20,005 characters long; a brief takes at most 20,000"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("shorten it"), "{}", run.stderr);
    // The lines of page 1's table are held to a title's length: a reference of two million
    // characters made a PDF of 509 pages. Each name of a list is held on its own.
    let line = "R".repeat(501);
    env.write(
        "lines.toml",
        format!(
            "schema_version = 3\n\n[proposal]\ntitle = \"T\"\nreference = \"{line}\"\nurl = \"https://example.org/{line}\"\n\
             jurisdiction = [\"Ghana\", \"{line}\"]\n\n[assessment]\nassessors = [\"A. Analyst\", \"{line}\"]\n"
        ),
    );
    let run = env.run(&["check", "lines.toml"]);
    run.code(1);
    crate::support::assert_in_order(
        &run.stderr,
        &[
            "lines.toml:5:13: error: `reference` is 501 characters long; a brief takes at most 500",
            "lines.toml:6:7: error: `url` is 521 characters long; a brief takes at most 500",
            "lines.toml:7:26: error: `jurisdiction` is 501 characters long; a brief takes at most 500",
            "lines.toml:10:28: error: `assessors` is 501 characters long; a brief takes at most 500",
        ],
    );
    assert!(run.stdout.contains("lines.toml: 4 problems"), "{}", run.stdout);
    // A title of the wrong type is one problem, not also a missing title.
    let mut transcript = Transcript::default();
    let stderr = check_fails(&mut transcript, b"schema_version = 3\n\n[proposal]\ntitle = 5\n");
    assert!(stderr.contains("bad.toml:4:"), "{stderr}");
    assert!(!stderr.contains("has no title"), "{stderr}");
    insta::assert_snapshot!("mistyped_title", transcript.text());
}

#[test]
fn a_list_or_a_missing_value_gets_help_about_its_own_key() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[assessment]\nassessors = \"one\"\n",
    );
    assert!(
        stderr.contains("help: write a list in square brackets, e.g. assessors = [\"first\", \"second\"]"),
        "{stderr}"
    );
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\njurisdiction = \n",
    );
    assert!(stderr.contains("bad.toml:4:16:"), "{stderr}");
    assert!(stderr.contains("a value is missing or unquoted after `=`"), "{stderr}");
    insta::assert_snapshot!("list_and_missing_value", transcript.text());
}

#[test]
fn a_table_or_a_key_written_twice_is_named_once_with_the_line_of_the_first() {
    let mut transcript = Transcript::default();
    // The second table's keys are not each reported again as written twice.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.participation]\nlevel = 2\n\
          finding = \"F\"\n[answers.openness.participation]\nlevel = 3\nfinding = \"G\"\n",
    );
    assert!(
        stderr.contains(
            "bad.toml:7:19: error: the table [answers.openness.participation] is written twice; the first is on line 4"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\nkind = \"law\"\ntitle = \"U\"\n",
    );
    assert!(
        stderr.contains("bad.toml:5:1: error: `title` is written twice in [proposal]; the first is on line 3"),
        "{stderr}"
    );
    // Not written twice, though TOML calls it a duplicate: a dotted key that adds to a table of
    // its own, and a table named like a value.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\nlevel = 1\n\
          [answers.openness]\nencryption.finding = \"again\"\n",
    );
    assert!(
        stderr.contains(
            "bad.toml:7:1: error: `encryption.finding` adds to [answers.openness.encryption], which is a table of its own on line 4"
        ),
        "{stderr}"
    );
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\nlevel = 1\n\
          [answers.openness.encryption.level]\nx = 1\n",
    );
    assert!(
        stderr
            .contains("error: [answers.openness.encryption.level] makes `level` a table, but it is a value on line 5"),
        "{stderr}"
    );
    insta::assert_snapshot!("written_twice", transcript.text());
}

#[test]
fn a_wrong_kind_of_value_is_said_in_the_words_of_the_file_not_of_the_program() {
    let mut transcript = Transcript::default();
    let cases: [(&[u8], &str); 5] = [
        (
            b"level = two",
            "bad.toml:5:9: error: `level` must be a whole number, not `two`",
        ),
        (
            b"level = 2.5",
            "bad.toml:5:9: error: `level` must be a whole number, not the number 2.5",
        ),
        (
            b"level = 99999999999999999999",
            "bad.toml:5:9: error: the number 99999999999999999999 is too large for `level`",
        ),
        (
            b"level = true",
            "bad.toml:5:9: error: `level` must be a whole number, not `true`",
        ),
        (
            b"finding = 5",
            "bad.toml:5:11: error: `finding` must be text in \"quotes\", not the number 5",
        ),
    ];
    for (line, expected) in cases {
        let text = [
            b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.participation]\n".as_slice(),
            line,
            b"\n",
        ]
        .concat();
        let stderr = check_fails(&mut transcript, &text);
        assert!(stderr.contains(expected), "{stderr}");
        for jargon in ["i64", "i128", "floating point", "invalid type", "expected a string"] {
            assert!(!stderr.contains(jargon), "{jargon}: {stderr}");
        }
    }
    insta::assert_snapshot!("wrong_kind_of_value", transcript.text());
}

#[test]
fn one_mistake_is_one_problem_where_it_is_made() {
    let mut transcript = Transcript::default();
    // A list left open: every line after it would be a syntax error of its own.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[assessment]\nassessors = [\"A\", \"B\"\ndate = 2026-12-06\n\
          [answers.openness.encryption]\nlevel = 2\nfinding = \"x\"\n",
    );
    assert_eq!(
        stderr,
        "bad.toml:5:13: error: the list that `[` opens here is not closed\n  \
         help: close it with `]` after its last value\n"
    );
    // A text over several lines left open: the `"""` meant to open the next text closes it,
    // and from there the file reads inside out, texts as keys and keys as texts.
    let texts = "schema_version = 3\n[proposal]\ntitle = \"T\"\nsummary = \"\"\"\nFirst line.\nSecond line.\n\
                 context = \"\"\"\nIt amends an act.\nIt adds a duty.\n\"\"\"\n[assessment]\nassessors = [\"A\"]\n";
    let stderr = check_fails(&mut transcript, texts.as_bytes());
    assert_eq!(
        stderr,
        "bad.toml:4:11: error: the text that \"\"\" opens here is not closed: the \"\"\" meant to open the next text, on line 7, closes it instead\n  \
         help: end it with \"\"\" on a line of its own, after its last line\n"
    );
    // ... or left open to the end of the file, with `'''` too.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\nsummary = '''\nFirst line.\nSecond line.\n",
    );
    assert_eq!(
        stderr,
        "bad.toml:4:11: error: the text that ''' opens here is not closed\n  \
         help: end it with ''' on a line of its own, after its last line\n"
    );
    // A text written below its key without the `"""` that opens it: one problem, at the key.
    let stderr = check_fails(
        &mut transcript,
        texts.replacen("summary = \"\"\"", "summary =", 1).as_bytes(),
    );
    assert_eq!(
        stderr,
        "bad.toml:4:10: error: `summary` has no value: nothing follows the `=`\n  \
         help: if its text is on the lines below, open it with \"\"\" right after the `=` and end it with \"\"\" after its last line\n"
    );
    // Double brackets where the format has one table.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[[consultation]]\nopened = 2020-01-01\n",
    );
    assert!(
        stderr.starts_with(
            "bad.toml:4:1: error: [[consultation]] makes a list of tables, but the file has one [consultation]\n  \
             help: write [consultation], with single brackets\n"
        ),
        "{stderr}"
    );
    // A version in quotes, and keys that take a text or one of their values.
    let stderr = check_fails(&mut transcript, b"schema_version = \"3\"\n[proposal]\ntitle = \"T\"\n");
    assert!(
        stderr.contains("error: schema_version is a number, not the text \"3\""),
        "{stderr}"
    );
    // An older file's number is kept: its levels are read on its own scale.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = \"1\"\n[proposal]\ntitle = \"T\"\n[answers.openness.participation]\nlevel = 2\n",
    );
    assert!(
        stderr.contains("help: write it without quotes: schema_version = 1\n"),
        "{stderr}"
    );
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\njurisdiction = 3\nkind = [\"law\"]\nurl = 2.5\n",
    );
    for expected in [
        "bad.toml:4:16: error: `jurisdiction` must be text in \"quotes\", or a list of texts in square brackets",
        "bad.toml:5:8: error: `kind` must be one of its values, in \"quotes\"",
        "bad.toml:6:7: error: `url` must be text in \"quotes\", not the number 2.5",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    for jargon in ["untagged enum", "wanted string", "levels are whole numbers"] {
        assert!(!stderr.contains(jargon), "{jargon}: {stderr}");
    }
    // The commonest ways of writing a line that is no TOML get help that fits.
    for (line, help) in [
        (
            &b"finding = 'it's bad'"[..],
            "text that holds an apostrophe (') goes in \"double quotes\"",
        ),
        (b"level: 1", "write `key = value`, with `=`"),
        (
            b"finding = \"C:\\qdir\"",
            "write \\\\ for one, or use 'single quotes' (for a Windows path)",
        ),
    ] {
        let text = [
            b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\n".as_slice(),
            line,
            b"\n",
        ]
        .concat();
        let stderr = check_fails(&mut transcript, &text);
        assert!(stderr.contains(help), "{help}\n{stderr}");
    }
    // A key written in the brief's language, with its accent.
    let stderr = check_fails(
        &mut transcript,
        "schema_version = 3\n[proposal]\ntitle = \"T\"\njurisdicción = \"Colombia\"\n".as_bytes(),
    );
    assert!(
        stderr.contains(
            "bad.toml:4:11: error: this key has a letter a key cannot hold (ó): keys are written in unaccented \
             letters (a–z), digits, - and _\n  help: the keys are the format's own, English words in lowercase \
             whatever the language of the brief (`jurisdiction`, `summary`): a file from `impact-brief init` has \
             them all"
        ),
        "{stderr}"
    );
    // An expected effect that is no rating.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[expect]\neffect = \"bad\"\n",
    );
    assert!(
        stderr.contains("bad.toml:5:10: error: unknown value `bad` for `effect`"),
        "{stderr}"
    );
    // A level right under a rubric's table, where keys name questions: the header lacks the
    // question.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness]\nlevel = 2\n",
    );
    assert!(
        stderr.contains("help: add the question's id to the header: [answers.openness.QUESTION]"),
        "{stderr}"
    );
    // A question's id there with a value for a table: the header above names the rubric only.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness]\nencryption = 2\n",
    );
    assert!(
        stderr.contains("help: here the key names a table of its own, not a value: check the [table] header above it"),
        "{stderr}"
    );
    insta::assert_snapshot!("one_mistake_one_problem", transcript.text());
}

#[test]
fn a_bad_required_value_or_an_unknown_table_hides_no_other_problem() {
    let mut transcript = Transcript::default();
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n\n[[consultation.submissions]]\nid = 1\ngroup = \"academia\"\n\
          disposition = \"accepted\"\n\n[[consultation.submissions]]\nid = \"S-2\"\ngroup = 5\ndisposition = \"acepted\"\n\
          colour = \"red\"\n\n[Proposal]\ntitle = \"x\"\n\n[assessment]\nstakeholder_group = \"ngo\"\ndate = \"yesterday\"\n",
    );
    let expected = [
        "bad.toml:6:6: error: `id` must be text in \"quotes\", not the number 1",
        "bad.toml:12:9: error: `group` must be text in \"quotes\", not the number 5",
        "bad.toml:13:15: error: unknown disposition `acepted`",
        "bad.toml:14:1: error: unknown key `colour`",
        "bad.toml:16:2: error: unknown key `Proposal`",
        "bad.toml:20:21: error: unknown value `ngo` for `stakeholder_group`",
        "bad.toml:21:8: error: `date` is not written as a date: `\"yesterday\"`",
    ];
    assert_in_order(&stderr, &expected);
    assert_eq!(
        stderr.matches(": error: ").count(),
        expected.len(),
        "no problem of the program's own: {stderr}"
    );
    // A submission that lacks a required key is left out, and the ones after it are read.
    let stderr = check_fails(
        &mut transcript,
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n\n[[consultation.submissions]]\nid = \"S-1\"\n\
          disposition = \"accepted\"\n\n[[consultation.submissions]]\nid = \"S-2\"\ngroup = \"academia\"\n\
          disposition = \"acepted\"\n",
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:5:1: error: missing key `group`",
            "bad.toml:12:15: error: unknown disposition `acepted`",
        ],
    );
    insta::assert_snapshot!("nothing_hidden", transcript.text());
}

#[test]
fn reading_on_after_a_problem_never_invents_one() {
    let mut transcript = Transcript::default();
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n";
    let check = |transcript: &mut Transcript, rest: &str| check_fails(transcript, format!("{head}{rest}").as_bytes());
    // A list left open before a table header: one problem, at its bracket.
    let stderr = check(
        &mut transcript,
        "[assessment]\nassessors = [\n  \"A\",\n  \"B\",\n\n[answers.openness.encryption]\nlevel = 1\n",
    );
    assert!(
        stderr.starts_with("bad.toml:5:13: error: the list that `[` opens here is not closed\n"),
        "{stderr}"
    );
    assert_eq!(stderr.matches(": error: ").count(), 1, "{stderr}");
    // A list that is closed, with a comma missing inside: not "not closed".
    let stderr = check(
        &mut transcript,
        "[answers.openness.encryption]\nlevel = 1\nevidence = [\n  \"a\",\n  \"b\"\n  \"c\",\n]\n",
    );
    assert!(!stderr.contains("not closed"), "{stderr}");
    assert!(
        stderr.contains("help: separate the values of a list with commas"),
        "{stderr}"
    );
    // A misspelt table is one problem, not also a missing one.
    let stderr = check_fails(&mut transcript, b"schema_version = 3\n[Proposal]\ntitle = \"T\"\n");
    assert_eq!(stderr.matches(": error: ").count(), 1, "{stderr}");
    assert!(
        stderr.contains("bad.toml:2:2: error: unknown key `Proposal`"),
        "{stderr}"
    );
    // A merged_into of the wrong kind is not also missing.
    let stderr = check(
        &mut transcript,
        "[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n\n\
         [[consultation.submissions]]\nid = \"S2\"\ngroup = \"academia\"\ndisposition = \"merged\"\nmerged_into = 1\n",
    );
    assert_eq!(stderr.matches(": error: ").count(), 1, "{stderr}");
    // Required values of the wrong kind in several submissions, one whose stand-in cannot fit
    // (`group = 5`): every one is reported.
    let stderr = check(
        &mut transcript,
        "[[consultation.submissions]]\nid = 1\ngroup = \"academia\"\ndisposition = \"accepted\"\n\n\
         [[consultation.submissions]]\nid = \"S-3\"\ngroup = 5\ndisposition = \"accepted\"\n\n\
         [[consultation.submissions]]\nid = \"S-4\"\ngroup = \"academia\"\ndisposition = 7\n",
    );
    assert_in_order(
        &stderr,
        &[
            "bad.toml:5:6: error: `id` must be text",
            "bad.toml:11:9: error: `group` must be text",
            "bad.toml:17:15: error: `disposition` must be text",
        ],
    );
    assert_eq!(stderr.matches(": error: ").count(), 3, "{stderr}");
    // A quoted key written twice names the first; a date where text belongs is called a date.
    let stderr = check(&mut transcript, "\"title\" = \"U\"\n");
    assert!(stderr.contains("the first is on line 3"), "{stderr}");
    let stderr = check(
        &mut transcript,
        "[[consultation.submissions]]\nid = 1979-05-27T07:32:00\ngroup = \"academia\"\ndisposition = \"accepted\"\n",
    );
    assert!(
        stderr.contains("`id` must be text in \"quotes\", not the date `1979-05-27T07:32:00`"),
        "{stderr}"
    );
    insta::assert_snapshot!("never_invents", transcript.text());
}

#[test]
fn past_the_bound_on_problems_the_count_says_more_may_follow() {
    let mut text = String::from("schema_version = 3\n[proposal]\ntitle = \"T\"\n");
    for number in 0..130 {
        text.push_str(&format!(
            "\n[[consultation.submissions]]\nid = {number}\ngroup = \"academia\"\ndisposition = \"accepted\"\n"
        ));
    }
    let mut transcript = Transcript::default();
    let stderr = check_fails(&mut transcript, text.as_bytes());
    // A hundred problems, then the notice, last, as a warning: it is not counted as a problem.
    assert_eq!(stderr.matches(": error: ").count(), 100, "{stderr}");
    assert!(
        stderr.ends_with(
            "bad.toml: warning: more problems of these kinds may follow, not shown\n  \
             help: fix the problems above and check the file again\n"
        ),
        "{stderr}"
    );
    let env = TestEnv::new();
    env.write("bad.toml", &text);
    assert_eq!(env.run(&["check", "bad.toml"]).stdout, "bad.toml: 100 problems\n");
}

/// The syntax errors a pasted or generated file can have, each in words: a list or inline table
/// left open at the end of the file, a control character inside a text or a comment, a Windows
/// path whose `\u` reads as an escape, a number TOML does not write, a key left out, and nesting
/// no assessment has.
#[test]
fn unclosed_brackets_control_characters_and_deep_nesting_are_said_in_words() {
    let mut transcript = Transcript::default();
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n";
    for (tail, expected) in [
        (
            "evidence = [".to_string(),
            "bad.toml:4:13: error: the list that `[` opens is not closed\n  help: close it with `]` after its last value\n",
        ),
        (
            "jurisdiction = {a = 1\n".to_string(),
            "bad.toml:4:22: error: the inline table that `{` opens is not closed\n  help: close it with `}` after its last value\n",
        ),
        (
            "summary = \"a\rb\"\n".to_string(),
            "bad.toml:4:13: error: a text holds a control character (U+000D, a carriage return) that cannot be written in it as it is\n  \
             help: remove it; in \"double quotes\" it can be written as an escape (\\r, \\u001B)\n",
        ),
        // A Windows path in "double quotes", where `\u` opens a Unicode escape.
        (
            "summary = \"C:\\users\\me\"\n".to_string(),
            "bad.toml:4:14: error: a backslash starts an escape that TOML does not know\n  \
             help: in \"double quotes\" a backslash starts an escape: write \\\\ for one, or use 'single quotes' (for a Windows path)\n",
        ),
        (
            "# a \u{1} comment\n".to_string(),
            "bad.toml:4:5: error: this comment holds a control character, an invisible character that TOML does not allow in a comment\n  \
             help: remove it (an editor that shows invisible characters finds it)\n",
        ),
        // A carriage return alone after a text: a line end of its own, not a character in the text.
        (
            "summary = \"x\"\rcontext = \"y\"\n".to_string(),
            "bad.toml:4:14: error: a carriage return (U+000D) stands here with no line break after it, which TOML does not allow outside a text\n  \
             help: save the file with Unix (LF) or Windows (CR LF) line ends: an editor’s “line endings” setting does it\n",
        ),
        (
            "level = +-1\n".to_string(),
            "bad.toml:4:10: error: this number is not written as TOML writes one\n  \
             help: text needs \"quotes\"; numbers are written 2 or 2.5, dates 2026-12-05, and yes or no as true or false\n",
        ),
        (
            "jurisdiction = { = \"x\" }\n".to_string(),
            "bad.toml:4:18: error: a key is missing before `=`\n  \
             help: write `key = value`, with `=`; the keys are the format's own, in English, lowercase\n",
        ),
        // A stray NUL in a text file is said where it is, not taken for a binary file.
        (
            "summary = \"a\u{0}b\"\n".to_string(),
            "bad.toml:4:13: error: this line holds a NUL character (U+0000), which a text file does not\n  \
             help: remove it (an editor that shows invisible characters finds it)\n",
        ),
        // Lists opened past what can be read, never closed: that one problem, not the reader's
        // "not closed" eighty times at one place.
        (
            format!("x = {}\n", "[".repeat(200_000)),
            "bad.toml:4:85: error: lists, tables or dotted keys are nested too deeply to read\n  \
             help: an assessment nests a few levels at most: check for a long run of `[`, `{` or dots\n",
        ),
        (
            format!("[{}]\n", vec!["a"; 100_000].join(".")),
            "bad.toml: error: lists, tables or dotted keys are nested too deeply to read\n  \
             help: an assessment nests a few levels at most: check for a long run of `[`, `{` or dots\n",
        ),
    ] {
        let stderr = check_fails(&mut transcript, format!("{head}{tail}").as_bytes());
        assert_eq!(stderr, expected);
    }
    // A file whose lines all end with a carriage return alone (an old Mac's): that one problem.
    let stderr = check_fails(&mut transcript, head.replace('\n', "\r").as_bytes());
    assert_eq!(
        stderr,
        "bad.toml:1:19: error: a carriage return (U+000D) stands here with no line break after it, which TOML does not allow outside a text\n  \
         help: save the file with Unix (LF) or Windows (CR LF) line ends: an editor’s “line endings” setting does it\n"
    );
    // The same with a comment first, as every file `init`, the wizard and `migrate` write starts:
    // one line of comment to a reader of lines ending at `\n`, but no empty file.
    let commented = format!("#:schema ./assessment.schema.json\n{head}").replace('\n', "\r");
    let stderr = check_fails(&mut transcript, commented.as_bytes());
    assert!(
        stderr.starts_with("bad.toml:1:34: error: a carriage return (U+000D) stands here"),
        "{stderr}"
    );
}

/// Every mistake of syntax the TOML reader names gets a `help:` line saying how to mend it, in
/// words for people who do not write TOML every day.
#[test]
fn every_mistake_of_syntax_says_how_to_mend_it() {
    let mut transcript = Transcript::default();
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n";
    let header = "help: a table's header stands on a line of its own, between `[` and `]`: [proposal], [answers.openness.encryption]";
    for (tail, expected) in [
        ("[assessment\n", format!("bad.toml:4:12: error: the table's header is not closed with `]`\n  {header}\n")),
        (
            "]]\n",
            format!("bad.toml:4:1: error: a `]` closes a table's header here, but no `[` opens it\n  {header}\n"),
        ),
        (
            "jurisdiction = [\"a\",, \"b\"]\n",
            "bad.toml:4:21: error: a comma too many\n  \
             help: a comma goes between two values, as in [\"first\", \"second\"]: delete the one too many, or write the value that is missing before it\n"
                .to_string(),
        ),
        (
            "summary = = \"x\"\n",
            "bad.toml:4:11: error: an `=` too many\n  \
             help: a line holds one `=`, between the key and its value; a text that holds an `=` goes in \"quotes\"\n"
                .to_string(),
        ),
        (
            "jurisdiction = [\"a\" = \"b\"]\n",
            "bad.toml:4:21: error: an `=` stands inside a list, where only values go\n  \
             help: a list holds values only, as in [\"first\", \"second\"]; a text that holds an `=` goes in \"quotes\"\n"
                .to_string(),
        ),
        (
            "summary = x\"\n",
            "bad.toml:4:11: error: a quote closes a text that no quote opened\n  \
             help: open the text with the same quote that closes it: \"like this\"\n"
                .to_string(),
        ),
        (
            "[answers.openness.encryption]\nlevel = 1\nevidence = [{ title = \"a\" url = \"b\" }]\n",
            "bad.toml:6:27: error: a comma is missing between two keys of the inline table\n  \
             help: separate the keys of an inline table with commas: { title = \"…\", url = \"…\" }\n"
                .to_string(),
        ),
        // A second text on the line: said in words, not in the reader's.
        (
            "summary = \"x\" \"y\"\n",
            "bad.toml:4:15: error: the line goes on after its value\n  \
             help: a \" inside a text ends it: write \\\" for each one, or put the text in 'single quotes'\n"
                .to_string(),
        ),
    ] {
        let stderr = check_fails(&mut transcript, format!("{head}{tail}").as_bytes());
        assert_eq!(stderr, expected);
    }
}

/// A file that is not TOML at all, such as a Markdown brief given where its assessment belongs,
/// has a syntax error on nearly every line: the first ten are shown, then one line says how many
/// more there are and what the file may be.
#[test]
fn a_file_that_is_not_toml_shows_its_first_errors_not_hundreds() {
    let env = TestEnv::new();
    env.write("bill.toml", assessment(""));
    env.run(&["render", "bill.toml", "-o", "bill.md"]).code(0);
    let run = env.run(&["check", "bill.md"]);
    run.code(1);
    let errors = run.stderr.matches(": error: ").count();
    assert_eq!(
        errors, 11,
        "ten errors and the line that sums up the rest: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("more syntax errors are not shown\n  help: a file this broken may not be an assessment (a brief that `render` wrote, say): give the assessment's .toml file"),
        "{}",
        run.stderr
    );
    // The file's total counts those not shown: ten and the rest, not eleven.
    let rest: usize = run
        .stderr
        .split(" more syntax errors are not shown")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .and_then(|count| count.parse().ok())
        .expect("the number not shown");
    assert!(
        run.stdout.contains(&format!("bill.md: {} problems", rest + 10)),
        "{}",
        run.stdout
    );
    // A file with a few errors shows each of them.
    let few = check_fails(
        &mut Transcript::default(),
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\nstage\nkind\n",
    );
    assert!(!few.contains("not shown"), "{few}");
}

/// A text left open at the end of its line is said so, with Windows' line ends as with Unix's:
/// the carriage return before the line feed is part of the line's end, not a character to remove.
#[test]
fn a_text_left_open_is_said_so_whatever_the_line_ends() {
    let unix = b"schema_version = 3\n\n[proposal]\ntitle = \"Open title\nstage = \"draft\"\n";
    let windows = String::from_utf8_lossy(unix).replace('\n', "\r\n");
    // And on the file's last line, with no line break after it.
    let last = b"schema_version = 3\n\n[proposal]\ntitle = \"Open title";
    for contents in [&unix[..], windows.as_bytes(), &last[..]] {
        let stderr = check_fails(&mut Transcript::default(), contents);
        assert!(
            stderr.contains(
                "bad.toml:4:9: error: the text that \" opens on this line is not closed before the line ends\n  help: close it with \" on the same line; a text over several lines opens and closes with \"\"\""
            ),
            "{stderr}"
        );
        assert!(!stderr.contains("control character"), "{stderr}");
    }
}

/// A text left open inside a list or an inline table is said where it opens, as one problem,
/// though the TOML reader reads on past it and reports the lines after it (a correct date called
/// no date, a comma missing on every line): a text that runs to the line's end is named; a quote
/// that falls inside a word says the line's quotes do not pair up, at the text that closed too
/// soon or at the word that lacks its opening quote.
#[test]
fn a_text_left_open_in_a_list_or_inline_table_is_said_where_it_opens() {
    let head = "schema_version = 3\nrubrics = [\"openness\"]\n[proposal]\ntitle = \"T\"\n";
    let open_here = |at: &str| {
        format!(
            "bad.toml:{at}: error: the text that \" opens on this line is not closed before the line ends\n  \
             help: close it with \" on the same line; a text over several lines opens and closes with \"\"\"\n"
        )
    };
    let unpaired = |at: &str| {
        format!(
            "bad.toml:{at}: error: the quotes on this line do not pair up: a text on it lacks its opening or closing quote\n  \
             help: each text opens and closes with a quote on the same line, as in [\"first\", \"second\"]; a \" inside a text is written \\\"\n"
        )
    };
    for (body, expected) in [
        // A list on one line, the date after it well written.
        (
            "[assessment]\nassessors = [\"A. Analyst (ISOC Chapter)]\ndate = 2026-12-07\n",
            open_here("6:14"),
        ),
        // Its last text open, after others closed: that text is named.
        (
            "[assessment]\nassessors = [\"Société\", \"B. Analyst]\ndate = 2026-12-07\n",
            open_here("6:25"),
        ),
        // A quote missing at the end of a text after others: said at that text.
        (
            "[assessment]\nassessors = [\"A\", \"B. Analyst, \"C\"]\ndate = 2026-12-07\n",
            unpaired("6:19"),
        ),
        // A quote missing at the start of a text: said at its word.
        (
            "[assessment]\nassessors = [\"A\", B. Analyst\"]\ndate = 2026-12-07\n",
            unpaired("6:19"),
        ),
        // A quote missing at the end of the first text: the lexer reads the next one as a word.
        (
            "[assessment]\nassessors = [\"A. Analyst, \"B. Analyst\"]\ndate = 2026-12-07\n",
            unpaired("6:14"),
        ),
        // A list over several lines.
        (
            "[answers.openness.encryption]\nlevel = 1\nevidence = [\n  \"https://example.org/a,\n  \"https://example.org/b\",\n]\n",
            open_here("8:3"),
        ),
        // An inline table.
        (
            "[answers.openness.encryption]\nlevel = 1\nx = { a = \"b, c = 1 }\nrationale = \"r\"\n",
            open_here("7:11"),
        ),
        // An apostrophe in 'single quotes', which closes the text it is part of.
        (
            "[assessment]\nassessors = ['O'Brien']\n",
            "bad.toml:6:14: error: the quotes on this line do not pair up: a text on it lacks its opening or closing quote\n  \
             help: a text that holds an apostrophe (') goes in \"double quotes\", as in [\"O'Brien\"]\n"
                .to_string(),
        ),
    ] {
        let text = format!("{head}{body}");
        let env = TestEnv::new();
        env.write("bad.toml", &text);
        let run = env.run(&["check", "bad.toml"]);
        run.code(1);
        assert_eq!(run.stderr, expected, "{text}");
        assert_eq!(run.stdout, "bad.toml: 1 problem\n");
    }
    // In French, as every syntax problem.
    let env = TestEnv::new();
    env.write(
        "bad.toml",
        format!("{head}[assessment]\nassessors = [\"A. Analyst, \"B. Analyst\"]\ndate = 2026-12-07\n"),
    );
    let run = env.run_with_env(&["check", "bad.toml"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(1);
    assert!(
        run.stderr.starts_with(
            "bad.toml:6:14: error: les guillemets de cette ligne ne vont pas par paires\u{a0}: il manque à un texte son guillemet ouvrant ou fermant\n"
        ),
        "{}",
        run.stderr
    );
}

/// The problems found in a file's TOML speak the interface's language, at the same line and
/// column: a text left open and a key written twice, in French under a French locale (with its
/// no-break spaces and apostrophes), and unchanged in English.
#[test]
fn syntax_problems_speak_the_interface_language() {
    let env = TestEnv::new();
    env.write(
        "open.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"Open title\nstage = \"draft\"\n",
    );
    env.write(
        "twice.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"A\"\ntitle = \"B\"\n",
    );
    let french = [("LANG", "fr_FR.UTF-8")];
    for (file, english, translated) in [
        (
            "open.toml",
            "open.toml:4:9: error: the text that \" opens on this line is not closed before the line ends\n  \
             help: close it with \" on the same line; a text over several lines opens and closes with \"\"\"\n",
            "open.toml:4:9: error: le texte que \" ouvre sur cette ligne n’est pas fermé avant la fin de la ligne\n  \
             help: fermez-le par \" sur la même ligne\u{a0}; un texte sur plusieurs lignes s’ouvre et se ferme par \"\"\"\n",
        ),
        (
            "twice.toml",
            "twice.toml:5:1: error: `title` is written twice in [proposal]; the first is on line 4\n  \
             help: each key may appear only once in a table; remove one of them\n",
            "twice.toml:5:1: error: la clé `title` est écrite deux fois dans [proposal]\u{a0}; la première est à la ligne 4\n  \
             help: une clé ne peut figurer qu’une fois dans une table\u{a0}; supprimez l’une des deux\n",
        ),
    ] {
        let run = env.run_with_env(&["check", file], &french);
        run.code(1);
        assert_eq!(run.stderr, translated);
        let run = env.run(&["check", file]);
        run.code(1);
        assert_eq!(run.stderr, english);
    }
}

/// A carriage return alone inside a text of several lines is named as the one-line case names it,
/// in the interface's language, not passed on as the TOML reader words it.
#[test]
fn a_lone_carriage_return_in_a_long_text_is_named() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"T\"\n\n[answers.openness.participation]\nrationale = \"\"\"\nOne\rTwo\n\"\"\"\n",
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "error: a text holds a control character (U+000D, a carriage return) that cannot be written in it as it is\n  help: remove it"
        ),
        "{}",
        run.stderr
    );
    let french = env.run_with_env(&["check", "bill.toml"], &[("LANG", "fr_FR.UTF-8")]);
    assert!(french.stderr.contains("un retour chariot"), "{}", french.stderr);
}

/// Help that leads to the next step, not to another error: a yes-or-no key written in words
/// (`drafter = oui`) is told true or false, with its own name; a text in typographic quotes
/// (« », “ ”) is told to use straight ones, as quoting it again would not help; a value of
/// 200,000 characters is quoted cut, not whole.
#[test]
fn help_for_words_typographic_quotes_and_long_values_leads_to_the_fix() {
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n";
    for (body, expected) in [
        (
            "[assessment]\ndrafter = oui\n".to_string(),
            "bad.toml:5:11: error: `drafter` must be true or false, not `oui`\n  \
             help: write true or false, without quotes: drafter = true\n",
        ),
        (
            "[assessment]\ndrafter = \"yes\"\n".to_string(),
            "bad.toml:5:11: error: `drafter` must be true or false, not the text \"yes\"\n  \
             help: write true or false, without quotes: drafter = true\n",
        ),
        (
            "summary = “Une loi\"\n".to_string(),
            "bad.toml:4:11: error: the text of `summary` opens or closes with a typographic quote, which TOML does not read as one\n  \
             help: write text between straight double quotes \", not typographic ones: summary = \"…\"\n",
        ),
        (
            "summary = \"Une loi”\n".to_string(),
            "bad.toml:4:11: error: the text of `summary` opens or closes with a typographic quote, which TOML does not read as one\n  \
             help: write text between straight double quotes \", not typographic ones: summary = \"…\"\n",
        ),
        (
            "summary = « Une loi »\n".to_string(),
            "bad.toml:4:11: error: the value of `summary` is not in quotes: `« Une loi »`\n  \
             help: write text between straight double quotes \", not typographic ones: summary = \"…\"\n",
        ),
    ] {
        let stderr = check_fails(&mut Transcript::default(), format!("{head}{body}").as_bytes());
        assert_eq!(stderr, expected);
    }
    let long = "x".repeat(200_000);
    let stderr = check_fails(
        &mut Transcript::default(),
        format!("{head}stage = \"{long}\"\n").as_bytes(),
    );
    assert!(stderr.len() < 1_000, "{} bytes", stderr.len());
    assert!(
        stderr.contains(&format!("unknown value `{}…` for `stage`", "x".repeat(60))),
        "{stderr}"
    );
}

/// A character that looks like a space, or like nothing, where TOML reads none (a no-break space
/// after `=` or before it, a zero-width space in a table's name, a byte order mark in mid-file)
/// is named, at its column, in the interface's language; inside a text it is part of the text.
#[test]
fn an_invisible_character_is_named_where_it_is() {
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n";
    let said = |code: &str, name: &str| {
        format!(
            "this line holds an invisible character, U+{code} ({name}), where only an ordinary space or nothing belongs\n  \
             help: delete it, and type an ordinary space if one belongs there; word processors and some keyboard layouts put it in\n"
        )
    };
    for (body, at, code, name) in [
        (
            "[answers.openness.encryption]\nlevel =\u{a0}1\n",
            "5:8",
            "00A0",
            "a no-break space",
        ),
        ("stage\u{a0}= \"draft\"\n", "4:6", "00A0", "a no-break space"),
        (
            "[answers.openness.encryption\u{200b}]\nlevel = 1\n",
            "4:29",
            "200B",
            "a zero-width character",
        ),
        ("\u{feff}stage = \"draft\"\n", "4:1", "FEFF", "a byte order mark"),
    ] {
        let stderr = check_fails(&mut Transcript::default(), format!("{head}{body}").as_bytes());
        assert_eq!(
            stderr,
            format!("bad.toml:{at}: error: {}", said(code, name)),
            "{body:?}"
        );
    }
    // In French, with the character's French name.
    let env = TestEnv::new();
    env.write("bad.toml", format!("{head}stage\u{a0}= \"draft\"\n"));
    let run = env.run(&["check", "--lang", "fr", "bad.toml"]);
    run.code(1);
    assert!(
        run.stderr.starts_with(
            "bad.toml:4:6: error: cette ligne contient un caractère invisible, U+00A0 (une espace insécable)"
        ),
        "{}",
        run.stderr
    );
    // Inside a text, it is the text's, on a line of a text over several lines too, where the
    // line's own mistake is said.
    env.write("fine.toml", format!("{head}summary = \"Loi n\u{a0}12\"\n"));
    env.run(&["check", "fine.toml"]).code(0);
    env.write(
        "escape.toml",
        format!("{head}summary = \"\"\"\nLoi n°12\u{a0}: see C:\\path\n\"\"\"\n"),
    );
    let run = env.run(&["check", "escape.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .starts_with("escape.toml:5:19: error: a backslash starts an escape that TOML does not know\n"),
        "{}",
        run.stderr
    );
    // French typography's no-break spaces inside « » are the typographic quotes' mistake.
    env.write("typo.toml", format!("{head}summary = «\u{a0}Loi\u{a0}»\n"));
    let run = env.run(&["check", "typo.toml"]);
    run.code(1);
    assert!(run.stderr.contains("straight double quotes"), "{}", run.stderr);
}

/// An answer under `[answers.openness]`, its question's id left out of the header, is one problem
/// at the header, not one per key (each read as a question of its own, `level` "must be a
/// table"); the tables before and after it are read as usual, and a text left open elsewhere in
/// the file does not hide it.
#[test]
fn an_answer_without_its_question_in_the_header_is_one_problem() {
    let text = "schema_version = 3\n[proposal]\ntitle = \"T\"\n\n[answers.openness]\nlevel = 1\nfinding = \"f\"\nprovisions = [\"art. 3\"]\nmechanisms = []\nrationale = \"r\"\n\n[answers.transparency.draft-published]\nlevel = 9\n";
    let stderr = check_fails(&mut Transcript::default(), text.as_bytes());
    assert!(
        stderr.starts_with(
            "bad.toml:5:1: error: the table [answers.openness] holds an answer, but its header does not say which question it answers\n  \
             help: add the question's id to the header: [answers.openness.QUESTION] (`impact-brief rubric show openness` lists them)\n"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("must be a table"), "{stderr}");
    assert!(!stderr.contains("openness.mechanisms"), "{stderr}");
    // The problem in the next table is still found.
    assert!(stderr.contains("bad.toml:13:"), "{stderr}");
    // Such lines inside a text over several lines are the text's.
    let env = TestEnv::new();
    env.write(
        "fine.toml",
        "schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\nlevel = 3\nrationale = \"\"\"\nAn example of a mistake:\n[answers.openness]\nlevel = 2\n\"\"\"\n",
    );
    env.run(&["check", "fine.toml"]).code(0);
    // With a text left open above it, the two mistakes are two problems, each where it was made;
    // the same with the table's values over several lines (a text in """, a list): their lines
    // are the table's, not keys of their own, nor a list's elements each refused.
    let two_problems = "bad.toml:3:9: error: the text that \" opens on this line is not closed before the line ends\n  \
         help: close it with \" on the same line; a text over several lines opens and closes with \"\"\"\n\
         bad.toml:5:1: error: the table [answers.openness] holds an answer, but its header does not say which question it answers\n  \
         help: add the question's id to the header: [answers.openness.QUESTION] (`impact-brief rubric show openness` lists them)\n";
    for text in [
        "schema_version = 3\n[proposal]\ntitle = \"T\n\n[answers.openness]\nlevel = 1\nrationale = \"r\"\n",
        "schema_version = 3\n[proposal]\ntitle = \"T\n\n[answers.openness]\nlevel = 1\nrationale = \"\"\"\nFirst line.\nSecond = line.\n\"\"\"\nevidence = [\n  \"https://a.example\",\n  \"https://b.example\",\n]\n",
    ] {
        assert_eq!(
            check_fails(&mut Transcript::default(), text.as_bytes()),
            two_problems,
            "{text}"
        );
    }
}

/// A key misspelt (`titre`, `dispositon`, a table `[assesment]`) is one problem that names the
/// key meant: not also a title or a required key missing, as its value is there under the
/// wrong name.
#[test]
fn a_misspelt_key_is_one_problem_that_names_the_key_meant() {
    let head = "schema_version = 3\n[proposal]\n";
    for (body, at, typed, meant) in [
        ("titre = \"T\"\n", "3:1", "titre", "title"),
        (
            "title = \"T\"\n[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndispositon = \"accepted\"\n",
            "7:1",
            "dispositon",
            "disposition",
        ),
        (
            "title = \"T\"\n[assesment]\ndate = 2026-01-01\n",
            "4:2",
            "assesment",
            "assessment",
        ),
        // Written tight, the name meant longer than the line has room for.
        (
            "title = \"T\"\n[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndispositon=\"accepted\"\n",
            "7:1",
            "dispositon",
            "disposition",
        ),
        // In the second of a list of tables, the first of which has the key.
        (
            "title = \"T\"\n[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n[[consultation.submissions]]\nid = \"S2\"\ngroup = \"academia\"\ndispositon = \"accepted\"\n",
            "11:1",
            "dispositon",
            "disposition",
        ),
    ] {
        let stderr = check_fails(&mut Transcript::default(), format!("{head}{body}").as_bytes());
        assert!(
            stderr.starts_with(&format!(
                "bad.toml:{at}: error: unknown key `{typed}`, expected one of "
            )),
            "{stderr}"
        );
        assert!(
            stderr.ends_with(&format!("\n  help: did you mean `{meant}`? Rename the key to it\n")),
            "{stderr}"
        );
        assert_eq!(stderr.matches(": error: ").count(), 1, "{stderr}");
    }
}

/// A date written right but missing from the calendar says so in words, with the days its month
/// has, in the interface's language (the TOML reader's own words were English).
#[test]
fn a_date_the_calendar_lacks_is_said_in_words() {
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n[assessment]\n";
    let stderr = check_fails(
        &mut Transcript::default(),
        format!("{head}date = 2026-02-31\n").as_bytes(),
    );
    assert_eq!(
        stderr,
        "bad.toml:5:8: error: the calendar has no such day: `2026-02-31` (that month has days 01 to 28)\n"
    );
    let stderr = check_fails(
        &mut Transcript::default(),
        format!("{head}date = 2026-13-01\n").as_bytes(),
    );
    assert_eq!(
        stderr,
        "bad.toml:5:8: error: the calendar has no such month: `2026-13-01` (months run from 01 to 12)\n"
    );
    let env = TestEnv::new();
    env.write("bad.toml", format!("{head}date = 2026-04-31\n"));
    let run = env.run(&["check", "--lang", "es", "bad.toml"]);
    assert_eq!(
        run.stderr,
        "bad.toml:5:8: error: el calendario no tiene ese día: `2026-04-31` (ese mes tiene días del 01 al 30)\n"
    );
    // A date not written as TOML writes dates says how one is written, in the language too; and
    // a value that starts as a date or a number under a key that takes text is one that cannot be
    // read, with how values are written (the reader's own words were English).
    for (line, said, help) in [
        (
            "date = 2026-3-5",
            "bad.toml:5:8: error: `date` n’est pas écrit sous forme de date\u{a0}: `2026-3-5`",
            "help: écrivez les dates sous la forme 2026-12-05, sans guillemets",
        ),
        (
            "reference = 2026-13-45",
            "bad.toml:5:13: error: impossible de lire la valeur de `reference`\u{a0}: `2026-13-45`",
            "help: un texte s’écrit entre \"guillemets\"",
        ),
        (
            "reference = 0b2",
            "bad.toml:5:15: error: impossible de lire la valeur de `reference`\u{a0}: `0b2`",
            "help: un texte s’écrit entre \"guillemets\"",
        ),
    ] {
        env.write("bad.toml", format!("{head}{line}\n"));
        let run = env.run(&["check", "--lang", "fr", "bad.toml"]);
        assert!(run.stderr.starts_with(said), "{line}: {}", run.stderr);
        assert!(run.stderr.contains(help), "{line}: {}", run.stderr);
    }
}

/// A question's answer written as a table of its own, then again as an inline table under its
/// rubric's table, says where the first is.
#[test]
fn an_answer_written_as_a_table_then_inline_says_where_the_first_is() {
    let stderr = check_fails(
        &mut Transcript::default(),
        b"schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\nlevel = 2\n[answers.openness]\nencryption = { level = 1 }\n",
    );
    assert!(
        stderr.starts_with(
            "bad.toml:7:1: error: `encryption` is written twice in [answers.openness]; the first is on line 4\n"
        ),
        "{stderr}"
    );
}

/// A text left open whose line ends in a letter of more than one byte (`Amapá`, `art. 5º`, a
/// typographic `”`) is said where it opens, as any other: reading back from the line's end
/// for escapes counts bytes, never cuts inside a character.
#[test]
fn a_text_left_open_on_an_accented_letter_is_said_where_it_opens() {
    let head = "schema_version = 3\n[proposal]\ntitle = \"T\"\n";
    // A typographic quote at the end is said as such, where the text starts.
    let stderr = check_fails(
        &mut Transcript::default(),
        format!("{head}jurisdiction = \"Coreia do Sul”\n").as_bytes(),
    );
    assert!(
        stderr.starts_with("bad.toml:4:16: error: the text of `jurisdiction` opens or closes with a typographic quote"),
        "{stderr}"
    );
    for (body, at) in [
        ("jurisdiction = \"Amapá\n", "4:16"),
        (
            "[answers.openness.encryption]\nlevel = 1\nevidence = [\n  \"Nota técnica, art. 5º\n]\n",
            "7:3",
        ),
    ] {
        let stderr = check_fails(&mut Transcript::default(), format!("{head}{body}").as_bytes());
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            stderr.starts_with(&format!(
                "bad.toml:{at}: error: the text that \" opens on this line is not closed before the line ends\n"
            )),
            "{body:?}\n{stderr}"
        );
    }
}

/// The TOML reader's own words for the commonest mistakes of syntax are said in the interface's
/// language.
#[test]
fn the_readers_words_for_common_mistakes_are_translated() {
    let env = TestEnv::new();
    env.write("a.toml", "schema_version = 3\n[proposal\ntitle = \"T\"\n");
    let run = env.run(&["check", "--lang", "fr", "a.toml"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "a.toml:2:10: error: l’en-tête de la table n’est pas fermé par `]`\n  \
         help: l’en-tête d’une table occupe une ligne à lui seul, entre `[` et `]`\u{a0}: [proposal], [answers.openness.encryption]\n"
    );
    env.write("b.toml", "schema_version = 3\n[proposal]\ntitle = \"T\"\nstage\n");
    let run = env.run(&["check", "--lang", "es", "b.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .starts_with("b.toml:4:6: error: esta clave no tiene `=` ni valor\n"),
        "{}",
        run.stderr
    );
}

/// An item of evidence longer than a brief can link (a pasted address of 8,400 characters, which
/// the PDF cannot link) is refused by `check` where it is written, with what to do.
#[test]
fn an_evidence_item_too_long_to_link_is_refused_where_it_is_written() {
    let long = format!("https://example.org/{}", "a".repeat(8_400));
    let text = format!(
        "schema_version = 3\n[proposal]\ntitle = \"T\"\n[answers.openness.encryption]\nlevel = 3\nevidence = [\"https://example.org/short\", \"{long}\"]\n"
    );
    let stderr = check_fails(&mut Transcript::default(), text.as_bytes());
    assert_eq!(
        stderr,
        "bad.toml:6:42: error: `evidence` is 8,420 characters long; a brief takes at most 2,000\n  \
         help: give a shorter address for the same page (the site's own short link, or the page without its tracking parameters)\n"
    );
}

/// After a mistyped flag, the usage line is the one `--help` prints, not clap's own, which lists
/// the flags given as if they were required.
#[test]
fn a_mistyped_flag_shows_the_usage_that_help_shows() {
    let env = TestEnv::new();
    let run = env.run(&["panel", "x.toml", "--lang", "fr", "--pdf-paper", "letter"]);
    run.code(2);
    // In French, as --lang asks.
    assert!(
        run.stderr
            .contains("Utilisation\u{a0}: impact-brief panel [OPTIONS] <FILES>...\n"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--lang <LANG>"), "{}", run.stderr);
    let help = env.run(&["panel", "--help"]);
    assert!(help.stdout.contains("Usage: impact-brief panel [OPTIONS] <FILES>...\n"));
}
