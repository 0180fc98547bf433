//! End-to-end tests of `impact-brief wizard`: the real binary in a pseudo-terminal (driven with
//! expectrl, keys as a terminal sends them), and without a terminal at all. Unix only: the
//! pseudo-terminal comes from `expectrl::process::unix`.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Session};

const BIN: &str = env!("CARGO_BIN_EXE_impact-brief");
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ESC: &str = "\x1b";

/// A two-question rubric, so a whole run takes a handful of keys.
const MINI_RUBRIC: &str = r#"
schema_version = 1
id = "mini"
title = "Mini"
version = "1.0.0"
description = "A **tiny** rubric for tests."

[[sources]]
id = "src"
title = "A source"

[[questions]]
id = "open-process"
prompt = "Was the mini process open?"
help = "Look at the mini process."
levels = ["Closed.", "Partly open.", "Fully open."]
recommendation = "Open the process."
sources = ["src"]

[[questions]]
id = "open-effect"
prompt = "Does the mini law keep things open?"
help = "Look at the mini effect."
levels = ["It closes things.", "It has no effect.", "It opens things."]
recommendation = "Keep things open."
sources = ["src"]
"#;

/// An assessment of the mini rubric with the proposal and assessor sections done, so that
/// "Continue" goes straight to the questions.
const MINI_ASSESSMENT: &str = r#"schema_version = 1
rubrics = ["mini"]

[proposal]
title = "Mini Bill"

[assessment]
assessors = ["T. Tester"]
date = 2026-01-15
"#;

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("rubrics")).expect("mkdir");
        std::fs::write(dir.path().join("rubrics/mini.toml"), MINI_RUBRIC).expect("write rubric");
        Fixture { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn rubrics(&self) -> PathBuf {
        self.path("rubrics")
    }

    /// `impact-brief --rubrics <fixture rubrics> wizard FILE` in a pseudo-terminal.
    fn wizard_with_mini_rubric(&self, file: &str) -> OsSession {
        let rubrics = self.rubrics();
        self.spawn(&["--rubrics", rubrics.to_str().expect("utf-8 path"), "wizard", file])
    }

    /// The binary in a pseudo-terminal, in the fixture's folder, with no editor configured (so
    /// long texts are one-line inputs), no colour, and an English locale.
    fn spawn(&self, args: &[&str]) -> OsSession {
        self.spawn_in_locale(args, &[("LANG", "C")])
    }

    /// The same, with only the locale variables `locale` set (the user's own are cleared).
    fn spawn_in_locale(&self, args: &[&str], locale: &[(&str, &str)]) -> OsSession {
        self.spawn_sized(args, locale, 120)
    }

    /// The same, in a terminal `columns` wide.
    fn spawn_sized(&self, args: &[&str], locale: &[(&str, &str)], columns: u16) -> OsSession {
        let mut command = Command::new(BIN);
        command
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .env("NO_COLOR", "1")
            .env("TERM", "xterm");
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(name);
        }
        command.envs(locale.iter().copied());
        let mut session = Session::spawn(command).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(columns, 40)
            .expect("window size");
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        session
    }
}

/// Waits for `text`, failing with a message that says what was awaited.
fn wait_for(session: &mut OsSession, text: &str) {
    if let Err(error) = session.expect(text) {
        panic!("waiting for {text:?}: {error}");
    }
}

fn send(session: &mut OsSession, keys: &str) {
    session.send(keys).expect("send keys");
}

/// Waits for the end of output and returns the exit code.
fn exit_code(session: &mut OsSession) -> i32 {
    wait_for_eof(session);
    match session.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("the wizard did not exit normally: {other:?}"),
    }
}

fn wait_for_eof(session: &mut OsSession) {
    if let Err(error) = session.expect(Eof) {
        panic!("waiting for the wizard to exit: {error}");
    }
}

fn assert_check_accepts(rubrics: &Path, file: &Path) {
    let checked = Command::new(BIN)
        .arg("--rubrics")
        .arg(rubrics)
        .arg("check")
        .arg(file)
        .output()
        .expect("run check");
    assert!(
        checked.status.success(),
        "check rejected the saved file:\n{}",
        String::from_utf8_lossy(&checked.stderr)
    );
}

#[test]
fn continue_answers_the_questions_and_saves_a_valid_file() {
    let fixture = Fixture::new();
    let file = fixture.path("mini-bill.toml");
    std::fs::write(&file, MINI_ASSESSMENT).expect("write assessment");
    let rubrics = fixture.rubrics();
    let mut session = fixture.wizard_with_mini_rubric("mini-bill.toml");

    wait_for(&mut session, "What would you like to do?");
    wait_for(&mut session, "Continue with the unanswered questions (2 left)");
    send(&mut session, ENTER);

    wait_for(&mut session, "Was the mini process open?");
    wait_for(&mut session, "2 – Fully open.");
    // A question not answered yet starts on "Not sure yet" (after levels 0, 1, 2): Enter alone
    // never records the worst level. Up twice is level 1.
    send(&mut session, &UP.repeat(2));
    send(&mut session, ENTER);
    // After a level: what the drafters did, a process question's finding (page 1 quotes it),
    // and the provisions.
    wait_for(&mut session, "What did its drafters do on this point?");
    send(&mut session, "Let only \"some\" join.");
    send(&mut session, ENTER);
    wait_for(&mut session, "Which provisions?");
    send(&mut session, "s. 4");
    send(&mut session, ENTER);
    wait_for(&mut session, "Why?");
    send(&mut session, "Only \"some\" could join; see # 4");
    send(&mut session, ENTER);
    wait_for(&mut session, "Evidence 1");
    send(&mut session, "Clause 4");
    send(&mut session, ENTER);
    wait_for(&mut session, "Evidence 2");
    send(&mut session, ENTER);

    wait_for(&mut session, "Does the mini law keep things open?");
    wait_for(&mut session, "Not applicable");
    // Enter keeps the starting "Not sure yet".
    send(&mut session, ENTER);
    wait_for(&mut session, "Why?");
    send(&mut session, ENTER);

    wait_for(&mut session, "Mini: 50 (Insufficient evidence), coverage 50%");
    wait_for(&mut session, "Policy Impact Brief: Mini Bill");
    wait_for(&mut session, "What next?");
    wait_for(&mut session, "Save and quit");
    // Past "Render the brief", "Revise an answer", "Choose the finding page 1 puts first", "Mark
    // the brief final" and "Record consultation submissions".
    send(&mut session, &DOWN.repeat(5));
    send(&mut session, ENTER);
    wait_for(&mut session, "Saved mini-bill.toml");
    assert_eq!(exit_code(&mut session), 0);

    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(saved.contains("[answers.mini.open-process]\nlevel = 1\n"), "{saved}");
    assert!(
        saved.contains(r#"rationale = 'Only "some" could join; see # 4'"#),
        "{saved}"
    );
    assert!(saved.contains(r#"evidence = ["Clause 4"]"#), "{saved}");
    assert!(
        saved.contains("[answers.mini.open-effect]\nstatus = \"unknown\""),
        "{saved}"
    );
    assert_check_accepts(&rubrics, &file);
}

#[test]
fn escape_exits_130_and_says_how_to_resume() {
    let fixture = Fixture::new();
    let rubrics = fixture.rubrics();
    let mut session = fixture.wizard_with_mini_rubric("new-bill.toml");

    wait_for(&mut session, "What is the proposal called?");
    send(&mut session, "New Bill");
    send(&mut session, ENTER);
    wait_for(&mut session, "Jurisdiction");
    send(&mut session, ESC);
    wait_for(&mut session, "Your answers are saved in new-bill.toml");
    wait_for(&mut session, "impact-brief wizard --lang en --rubrics");
    assert_eq!(exit_code(&mut session), 130);

    let file = fixture.path("new-bill.toml");
    let saved = std::fs::read_to_string(&file).expect("the title was saved");
    assert!(saved.contains("title = \"New Bill\""), "{saved}");
    // A new file answers the default rubrics, which `check` knows without --rubrics.
    assert_check_accepts(&rubrics, &file);
}

#[test]
fn escape_before_a_file_exists_saves_nothing() {
    let fixture = Fixture::new();
    let mut session = fixture.spawn(&["wizard"]);

    wait_for(&mut session, "What is the proposal called?");
    send(&mut session, ESC);
    wait_for(&mut session, "Nothing was saved.");
    assert_eq!(exit_code(&mut session), 130);
    let entries: Vec<_> = std::fs::read_dir(fixture.dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        .collect();
    assert_eq!(entries, ["rubrics"]);
}

/// Starts the wizard on a new file in `locale`, waits for each of `expected` (the title question
/// last), then presses Esc: nothing is saved.
fn asks_in(args: &[&str], locale: &[(&str, &str)], expected: &[&str], nothing_saved: &str) {
    let fixture = Fixture::new();
    let mut session = fixture.spawn_in_locale(args, locale);
    for text in expected {
        wait_for(&mut session, text);
    }
    send(&mut session, ESC);
    wait_for(&mut session, nothing_saved);
    assert_eq!(exit_code(&mut session), 130);
}

#[test]
fn the_system_locale_chooses_the_language_of_the_questions() {
    asks_in(
        &["wizard"],
        &[("LANG", "fr_CA.UTF-8")],
        &["Quel est l’intitulé de la proposition\u{a0}?"],
        "Rien n’a été enregistré.",
    );
    asks_in(
        &["wizard"],
        &[("LANG", "pt_BR.UTF-8")],
        &["Qual é o nome da proposta?"],
        "Nada foi salvo.",
    );
    asks_in(
        &["wizard"],
        &[("LANG", "es_MX.UTF-8"), ("LANGUAGE", "es:en")],
        &["¿Cómo se titula la propuesta?"],
        "No se ha guardado nada.",
    );
}

/// In a narrow terminal, the wizard's words and a question's help break between words, not
/// wherever the terminal runs out of columns.
#[test]
fn a_narrow_terminal_breaks_lines_between_words() {
    let fixture = Fixture::new();
    let mut session = fixture.spawn_sized(&["wizard"], &[("LANG", "pt_BR.UTF-8")], 60);
    wait_for(&mut session, "Pressione Esc a\r\nqualquer momento para parar.");
    wait_for(&mut session, "“Projeto de Lei de\r\nSegurança Online”]");
    send(&mut session, ESC);
    wait_for(&mut session, "Nada foi salvo.");
    assert_eq!(exit_code(&mut session), 130);
}

#[test]
fn a_locale_without_a_translation_gets_english_and_says_how_to_choose() {
    asks_in(
        &["wizard"],
        &[("LANG", "de_DE.UTF-8")],
        &[
            "No translation for the locale de_DE.UTF-8: messages are in English",
            "(one of en, fr, es, pt)",
            "What is the proposal called?",
        ],
        "Nothing was saved.",
    );
    // C is English, not a locale without a translation: no note.
    let fixture = Fixture::new();
    let mut session = fixture.spawn_in_locale(&["wizard"], &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")]);
    wait_for(&mut session, "What is the proposal called?");
    send(&mut session, ESC);
    wait_for(&mut session, "Nothing was saved.");
    assert_eq!(exit_code(&mut session), 130);
}

#[test]
fn lang_overrides_the_system_locale() {
    asks_in(
        &["wizard", "--lang", "es"],
        &[("LANG", "fr_FR.UTF-8")],
        &["¿Cómo se titula la propuesta?"],
        "No se ha guardado nada.",
    );
}

#[test]
fn without_a_terminal_it_exits_1_with_a_hint() {
    let fixture = Fixture::new();
    let output = Command::new(BIN)
        .args(["wizard", "bill.toml"])
        .current_dir(fixture.dir.path())
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .expect("run wizard");

    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("impact-brief init FILE"), "{stderr}");
    assert!(stderr.contains("impact-brief render FILE"), "{stderr}");
    assert!(
        !stderr.to_lowercase().contains("tty"),
        "an inquire error leaked: {stderr}"
    );
    assert!(!fixture.path("bill.toml").exists());
}

/// Markdown (brief, panel and change briefs), JSON, the scorecard and `check` printed to a
/// terminal carry a file's control and bidi
/// characters as visible escapes, never raw (a title could otherwise retitle the window).
/// `score` colours its scorecard on a terminal, but not on a `TERM=dumb` one, which would print
/// the escape sequences as they are.
#[test]
fn a_dumb_terminal_gets_no_colour() {
    let fixture = Fixture::new();
    std::fs::write(
        fixture.path("bill.toml"),
        "schema_version = 3\n\n[proposal]\ntitle = \"T\"\n",
    )
    .expect("write");
    let escapes = |term: &str| {
        let mut command = Command::new(BIN);
        command
            .args(["score", "bill.toml"])
            .current_dir(fixture.dir.path())
            .env_remove("NO_COLOR")
            .env("TERM", term)
            .env("LANG", "C");
        let mut session = Session::spawn(command).expect("spawn in a pty");
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        let output = session.expect(Eof).expect("output");
        String::from_utf8_lossy(output.as_bytes()).matches('\u{1b}').count()
    };
    assert!(escapes("xterm") > 0, "a colour terminal gets colour");
    assert_eq!(escapes("dumb"), 0);
}

#[test]
fn output_on_a_terminal_never_carries_raw_control_characters() {
    let fixture = Fixture::new();
    std::fs::write(
        fixture.path("bill.toml"),
        "schema_version = 2\n\n[proposal]\ntitle = \"T\\u001b]0;PWNED\\u0007\\u009b31m\\u202e end\"\n",
    )
    .expect("write");
    // A second assessment of the same bill, for the panel and change briefs.
    let second = std::fs::read_to_string(fixture.path("bill.toml")).expect("read");
    std::fs::write(fixture.path("later.toml"), second).expect("write");
    for args in [
        vec!["render", "bill.toml", "-f", "md", "-o", "-"],
        vec!["render", "bill.toml", "-f", "json", "-o", "-"],
        vec!["score", "bill.toml"],
        vec!["panel", "bill.toml", "later.toml", "--force", "-f", "md", "-o", "-"],
        vec!["diff", "bill.toml", "later.toml", "-f", "md", "-o", "-"],
        vec!["check", "bill.toml"],
    ] {
        let mut session = fixture.spawn(&args);
        let output = session.expect(Eof).expect("output");
        let text = String::from_utf8_lossy(output.as_bytes()).into_owned();
        assert!(text.contains("end"), "{args:?}: {text:?}");
        for raw in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            // NO_COLOR is set, so no escape sequence is the program's own.
            assert!(
                !text.contains(raw),
                "{args:?}: raw U+{:04X} in {text:?}",
                u32::from(raw)
            );
        }
    }
}

#[test]
fn the_offered_file_name_is_kept_with_enter_and_replaced_by_a_name_typed() {
    let fixture = Fixture::new();
    let mut session = fixture.spawn(&["wizard"]);
    wait_for(&mut session, "What is the proposal called?");
    send(&mut session, "Digital Sovereignty Bill");
    send(&mut session, ENTER);
    wait_for(&mut session, "digital-sovereignty-bill.toml");
    send(&mut session, ENTER);
    wait_for(&mut session, "Jurisdiction");
    send(&mut session, ESC);
    assert_eq!(exit_code(&mut session), 130);
    assert!(fixture.path("digital-sovereignty-bill.toml").is_file());

    let mut session = fixture.spawn(&["wizard"]);
    wait_for(&mut session, "What is the proposal called?");
    send(&mut session, "Digital Sovereignty Bill");
    send(&mut session, ENTER);
    wait_for(&mut session, "Save the assessment as");
    send(&mut session, "souv");
    send(&mut session, ENTER);
    wait_for(&mut session, "Jurisdiction");
    send(&mut session, ESC);
    assert_eq!(exit_code(&mut session), 130);
    assert!(
        fixture.path("souv.toml").is_file(),
        "the name typed, not added to the one offered"
    );
}
