//! `--version`, `--version --verbose` and `version`: the version, the commit and the build date
//! on one line; then what the binary embeds.

use std::process::Command;

use crate::support::{TestEnv, repo};

/// The commit `build.rs` should have found: `HEAD` of the repository whose top folder holds
/// these sources, or `unknown` outside one (a source tarball). `None` when git is missing here,
/// which says nothing about what the build saw.
fn expected_commit() -> Option<String> {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(repo(""))
            .output()
            .ok()
            .map(|output| {
                (
                    output.status.success(),
                    String::from_utf8_lossy(&output.stdout).trim().to_string(),
                )
            })
    };
    let (ok, top) = git(&["rev-parse", "--show-toplevel"])?;
    let ours = ok && std::fs::canonicalize(&top).ok() == std::fs::canonicalize(env!("CARGO_MANIFEST_DIR")).ok();
    if !ours {
        return Some("unknown".to_string());
    }
    let (ok, commit) = git(&["rev-parse", "--short=12", "HEAD"])?;
    ok.then_some(commit)
}

/// `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(at, byte)| match at {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        })
}

/// The date a build made with `SOURCE_DATE_EPOCH` set must report, if it was set for this build.
fn reproducible_date() -> Option<String> {
    let epoch: i64 = option_env!("SOURCE_DATE_EPOCH")?.trim().parse().ok()?;
    let date = time::OffsetDateTime::from_unix_timestamp(epoch).ok()?.date();
    Some(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    ))
}

#[test]
fn version_is_one_line_with_the_commit_and_the_build_date() {
    let env = TestEnv::new();
    let run = env.run(&["--version"]);
    run.code(0);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(env.run(&["-V"]).code(0).stdout, run.stdout);

    let line = run.stdout.strip_suffix('\n').expect("ends with a line end");
    assert!(!line.contains('\n'), "one line: {line}");
    let rest = line
        .strip_prefix(concat!("impact-brief ", env!("CARGO_PKG_VERSION"), " (commit "))
        .unwrap_or_else(|| panic!("name, version, commit: {line}"));
    let (commit, date) = rest
        .strip_suffix(')')
        .and_then(|rest| rest.split_once(", built "))
        .unwrap_or_else(|| panic!("commit and date: {line}"));
    assert!(
        commit == "unknown" || commit.len() == 12 && commit.bytes().all(|byte| byte.is_ascii_hexdigit()),
        "{line}"
    );
    if let Some(expected) = expected_commit() {
        assert_eq!(commit, expected, "the commit of these sources: {line}");
    }
    assert!(is_date(date), "{line}");
    if let Some(expected) = reproducible_date() {
        assert_eq!(date, expected, "SOURCE_DATE_EPOCH fixes the date: {line}");
    }
    // Scripts take the second word as the version (bench/run.sh does).
    assert_eq!(line.split(' ').nth(1), Some(env!("CARGO_PKG_VERSION")));
}

#[test]
fn verbose_version_adds_typst_the_rubrics_and_the_languages() {
    let env = TestEnv::new();
    let run = env.run(&["--version", "--verbose"]);
    run.code(0);
    assert_eq!(
        env.run(&["version"]).code(0).stdout,
        run.stdout,
        "`version` says the same"
    );
    let text = &run.stdout;
    let short = env.run(&["--version"]).stdout;
    let (commit, date) = short
        .trim_end()
        .strip_suffix(')')
        .and_then(|line| line.split_once(" (commit "))
        .and_then(|(_, rest)| rest.split_once(", built "))
        .expect("short version");

    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], concat!("impact-brief ", env!("CARGO_PKG_VERSION")), "{text}");
    assert_eq!(lines[1], format!("commit:    {commit}"), "{text}");
    assert_eq!(lines[2], format!("built:     {date}"), "{text}");

    // The Typst that Cargo.lock pins, and every shipped rubric at the version its file states.
    let lock = std::fs::read_to_string(repo("Cargo.lock")).expect("Cargo.lock");
    let typst = lock
        .split("[[package]]")
        .find(|package| package.contains("\nname = \"typst\"\n"))
        .and_then(|package| package.split("\nversion = \"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("typst in Cargo.lock");
    assert_eq!(lines[3], format!("typst:     {typst} (embedded)"), "{text}");
    let mut rubrics = Vec::new();
    for name in ["openness", "inclusiveness", "transparency"] {
        let file: toml::Table = std::fs::read_to_string(repo(&format!("rubrics/{name}.toml")))
            .expect("rubric")
            .parse()
            .expect("rubric TOML");
        rubrics.push(format!("{name} {}", file["version"].as_str().expect("version")));
    }
    assert_eq!(lines[4], format!("rubrics:   {}", rubrics.join(", ")), "{text}");
    assert_eq!(
        lines[5], "languages: English (en), Français (fr), Español (es), Português (pt)",
        "{text}"
    );
    assert_eq!(lines.len(), 6, "{text}");

    // With --rubrics, the rubrics in use: one of the folder's replaces the built-in of its id.
    let openness = std::fs::read_to_string(repo("rubrics/openness.toml"))
        .expect("rubric")
        .replacen(
            &format!("version = \"{}\"", rubrics[0].trim_start_matches("openness ")),
            "version = \"9.9.9\"",
            1,
        );
    env.write("mine/openness.toml", openness);
    let mine = env.run(&["--rubrics", "mine", "version"]);
    mine.code(0);
    assert!(
        mine.stdout.contains("rubrics:   openness 9.9.9, inclusiveness"),
        "{}",
        mine.stdout
    );
    // A folder that cannot be read is the error it is for every other command.
    let missing = env.run(&["--rubrics", "nowhere", "version"]);
    missing.code(1);
    assert!(
        missing
            .stderr
            .starts_with("nowhere: error: cannot read the rubrics folder"),
        "{}",
        missing.stderr
    );
}

#[test]
fn verbose_needs_version_and_version_takes_no_command() {
    let env = TestEnv::new();
    let run = env.run(&["--verbose"]);
    run.code(2);
    assert!(run.stderr.contains("--version"), "{}", run.stderr);
    let run = env.run(&["--version", "check", "x.toml"]);
    run.code(2);
    assert!(run.stderr.contains("--version takes no command"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    // The global --rubrics still goes with any command.
    let run = env.run(&["--rubrics", &crate::support::repo("rubrics"), "rubric", "list"]);
    run.code(0);
    let run = env.run(&[]);
    run.code(2);
    assert!(run.stderr.contains("a command is needed"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn the_manual_page_names_the_build() {
    let env = TestEnv::new();
    let short = env.run(&["--version"]).code(0).stdout.clone();
    let version = short.trim_end().strip_prefix("impact-brief ").expect("name");
    let page = env.run(&["man"]).code(0).stdout.clone();
    // roff escapes hyphens; the date's are the only ones in the version.
    assert!(page.contains(&version.replace('-', "\\-")), "{version}:\n{page}");
}
