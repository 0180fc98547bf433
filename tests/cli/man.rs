//! `man`: a manual page with NAME, SYNOPSIS and every command, from the same definitions as
//! `--help`; `--dir` writes one page per command.

use std::process::Command;

use crate::completions::COMMANDS;
use crate::support::TestEnv;

#[test]
fn the_page_names_and_summarises_every_command() {
    let env = TestEnv::new();
    let run = env.run(&["man"]);
    run.code(0);
    let page = &run.stdout;
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq") || page.contains(".TH impact-brief 1"),
        "{page}"
    );
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
        ".SH VERSION",
    ] {
        assert!(page.contains(section), "no {section}:\n{page}");
    }
    assert!(page.contains("impact\\-brief \\- Judge a draft law"), "{page}");
    for command in COMMANDS {
        assert!(
            page.contains(&format!("impact\\-brief\\-{}(1)", command.replace('-', "\\-"))),
            "no {command}:\n{page}"
        );
    }
    assert!(!page.contains("impact\\-brief\\-help(1)"), "help is not a page");
    // The examples and the exit codes have sections of their own, not "EXTRA".
    assert!(!page.contains(".SH EXTRA"), "{page}");
    assert!(page.contains(".SH EXAMPLES\n.nf\n  impact\\-brief serve"), "{page}");
    assert!(page.contains(".SH \"EXIT STATUS\"\n.TP\n0\nSuccess."), "{page}");
    assert!(page.contains(".TP\n130\nThe wizard was cancelled"), "{page}");
    assert!(!page.contains("Exit codes:"), "{page}");
    assert!(page.contains("\\-\\-rubrics"), "{page}");
}

#[test]
fn dir_writes_a_page_per_command() {
    let env = TestEnv::new();
    let run = env.run(&["man", "--dir", "man/man1"]);
    run.code(0);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr
            .contains("if `man impact-brief` does not find them, add the folder above man/man1 to MANPATH"),
        "{}",
        run.stderr
    );
    // A folder not named man1, where `man` would not look: the hint says where to write them.
    let run = env.run(&["man", "--dir", "pages"]);
    assert!(
        run.stderr.contains(
            "`man` looks for these pages in a folder named man1: write them with `impact-brief man --dir pages/man1` and add pages to MANPATH"
        ),
        "{}",
        run.stderr
    );
    let mut names: Vec<String> = std::fs::read_dir(env.path("man/man1"))
        .expect("pages")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = COMMANDS
        .iter()
        .map(|command| format!("impact-brief-{command}.1"))
        .chain(
            [
                "impact-brief.1",
                "impact-brief-rubric-list.1",
                "impact-brief-rubric-show.1",
                "impact-brief-rubric-check.1",
                "impact-brief-rubric-translations.1",
            ]
            .map(String::from),
        )
        .collect();
    expected.sort();
    assert_eq!(names, expected);
    let render = env.read("man/man1/impact-brief-render.1");
    for part in ["impact\\-brief\\-render", "\\-\\-format", "\\-\\-paper", "\\-\\-engine"] {
        assert!(render.contains(part), "{part}:\n{render}");
    }
    // Every page says what the exit codes mean; a command's examples are EXAMPLES.
    assert!(render.contains(".SH \"EXIT STATUS\""), "{render}");
    let diff = env.read("man/man1/impact-brief-diff.1");
    assert!(
        diff.contains(".SH EXAMPLES\n.nf\n  impact\\-brief diff bill\\-draft.toml"),
        "{diff}"
    );
    assert!(diff.contains(".SH NOTES\nThe change brief compares"), "{diff}");
    assert!(!diff.contains(".SH EXTRA"), "{diff}");
    assert_eq!(env.read("man/man1/impact-brief.1"), env.run(&["man"]).stdout);
}

#[test]
fn man_reads_the_page_where_groff_is_installed() {
    let env = TestEnv::new();
    let page = env.write("impact-brief.1", env.run(&["man"]).code(0).stdout.clone());
    let output = match Command::new("groff")
        .args(["-man", "-Tutf8", "-P-cbou"])
        .arg(&page)
        .output()
    {
        Ok(output) => output,
        Err(_) => {
            // CI installs groff-base (.ci/run); there, its absence is a failure, never a skip.
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "groff is needed to read the man page: apt-get install groff-base"
            );
            eprintln!("skipped: groff is not installed (apt-get install groff-base)");
            return;
        }
    };
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout);
    for part in [
        "NAME",
        "SYNOPSIS",
        "impact-brief - Judge a draft law",
        "impact-brief-schema(1)",
    ] {
        assert!(text.contains(part), "{part}:\n{text}");
    }
}
