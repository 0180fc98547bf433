//! No command writes over a file it reads: for each command, each of its inputs (assessments, a
//! second member, the ledger CSV file, a rubric file, a template) named as `-o`, spelled plainly,
//! with `./` and through a link, is refused with a clear message and left byte for byte as it was.

use crate::support::{TestEnv, assessment, repo};

const LEDGER: &str = "[consultation]\nopened = 2026-01-05\nclosed = 2026-03-02\nsubmissions_file = \"ledger.csv\"\n";
const CSV: &str = "ID,Group,Disposition\nS1,academia,accepted\nS2,civil-society,rejected\n";

/// A folder with two assessments of one bill (`old.toml`, `new.toml`), each naming a ledger CSV
/// file, a `--rubrics` folder with one rubric and a `--templates` folder with the Markdown template.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    let answers = "[answers.openness.participation]\nlevel = 2\n\n";
    env.write("old.toml", assessment(&format!("{answers}{LEDGER}")));
    env.write(
        "new.toml",
        assessment(&format!("{}{LEDGER}", answers.replace("level = 2", "level = 3"))),
    );
    env.write("ledger.csv", CSV);
    let rubric = std::fs::read_to_string(repo("rubrics/openness.toml")).expect("rubric");
    env.write("rubrics/openness.toml", rubric);
    let template = std::fs::read_to_string(repo("templates/brief.md.tera")).expect("template");
    env.write("templates/brief.md.tera", template);
    env
}

/// The ways one file can be named: plainly, with `./`, and through a link.
fn spellings(env: &TestEnv, file: &str) -> Vec<String> {
    let mut names = vec![file.to_string(), format!("./{file}")];
    #[cfg(unix)]
    {
        let link = format!("link-to-{}", file.replace('/', "-"));
        if !env.path(&link).exists() {
            std::os::unix::fs::symlink(env.path(file), env.path(&link)).expect("link");
        }
        names.push(link);
    }
    #[cfg(not(unix))]
    let _ = env;
    names
}

/// Runs `args` with `-o` naming `input` every way, and checks each run is refused and `input`
/// is unchanged.
fn refused(env: &TestEnv, args: &[&str], input: &str) {
    let before = std::fs::read(env.path(input)).expect("input");
    for name in spellings(env, input) {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["-o", name.as_str()]);
        let run = env.run(&all);
        assert_ne!(run.code, 0, "{all:?} must fail\n{}", run.stderr);
        // An assessment (or a rubric) is a .toml file, which no brief is written under at all.
        let said = if name.ends_with(".toml") {
            run.stderr.contains("a brief is not written under .toml")
        } else {
            run.stderr.contains("refusing to write") && run.stderr.contains("which this command reads")
        };
        assert!(said, "{all:?}: {}", run.stderr);
        assert_eq!(
            std::fs::read(env.path(input)).expect("input"),
            before,
            "{all:?} changed {input}"
        );
    }
}

#[test]
fn render_never_writes_over_the_assessment_its_ledger_a_rubric_or_a_template() {
    let env = setup();
    let args = [
        "--rubrics",
        "rubrics",
        "render",
        "new.toml",
        "-f",
        "md",
        "--templates",
        "templates",
    ];
    for input in [
        "new.toml",
        "ledger.csv",
        "rubrics/openness.toml",
        "templates/brief.md.tera",
    ] {
        refused(&env, &args, input);
    }
    // Any other name is written.
    let mut fine = args.to_vec();
    fine.extend(["-o", "brief.md"]);
    env.run(&fine).code(0);
}

#[test]
fn diff_never_writes_over_either_assessment_or_their_ledger() {
    let env = setup();
    let args = ["--rubrics", "rubrics", "diff", "old.toml", "new.toml", "-f", "md"];
    for input in ["old.toml", "new.toml", "ledger.csv", "rubrics/openness.toml"] {
        refused(&env, &args, input);
    }
    let templates = ["diff", "old.toml", "new.toml", "-f", "md", "--templates", "templates"];
    refused(&env, &templates, "templates/brief.md.tera");
}

#[test]
fn panel_never_writes_over_a_member_a_ledger_or_a_template() {
    let env = setup();
    let args = [
        "--rubrics",
        "rubrics",
        "panel",
        "old.toml",
        "new.toml",
        "--force",
        "-f",
        "json",
    ];
    for input in ["old.toml", "new.toml", "ledger.csv", "rubrics/openness.toml"] {
        refused(&env, &args, input);
    }
    let template = std::fs::read_to_string(repo("templates/panel.md.tera")).expect("template");
    env.write("templates/panel.md.tera", template);
    let templates = [
        "panel",
        "old.toml",
        "new.toml",
        "--force",
        "-f",
        "md",
        "--templates",
        "templates",
    ];
    refused(&env, &templates, "templates/panel.md.tera");
}

#[cfg(unix)]
#[test]
fn batch_never_writes_its_outputs_or_index_over_an_input() {
    let env = setup();
    // The output folder holds links to inputs where the batch would write its files.
    std::fs::create_dir_all(env.path("in")).expect("folder");
    std::fs::rename(env.path("new.toml"), env.path("in/new.toml")).expect("move");
    std::fs::rename(env.path("ledger.csv"), env.path("in/ledger.csv")).expect("move");
    std::fs::create_dir_all(env.path("out")).expect("folder");
    std::os::unix::fs::symlink(env.path("in/ledger.csv"), env.path("out/index.csv")).expect("link");
    std::os::unix::fs::symlink(env.path("in/new.toml"), env.path("out/new.md")).expect("link");
    let (toml, csv) = (env.read("in/new.toml"), env.read("in/ledger.csv"));
    let run = env.run(&["batch", "in", "-o", "out", "-f", "md"]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("refusing to write"), "{}", run.stderr);
    assert_eq!(env.read("in/new.toml"), toml);
    assert_eq!(env.read("in/ledger.csv"), csv);
}

#[cfg(unix)]
#[test]
fn render_watch_never_writes_over_the_ledger() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let env = setup();
    std::os::unix::fs::symlink(env.path("ledger.csv"), env.path("brief-link")).expect("link");
    let mut child = Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .args(["render", "new.toml", "-f", "md", "-o", "brief-link", "--watch"])
        .current_dir(env.path(""))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the watcher");
    let stderr = child.stderr.take().expect("stderr");
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    while let Ok(line) = receive.recv_timeout(std::time::Duration::from_secs(30)) {
        let done = line.contains("not rendered");
        seen.push(line);
        if done {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(seen.iter().any(|line| line.contains("refusing to write")), "{seen:?}");
    assert_eq!(env.read("ledger.csv"), CSV);
}

/// `-o` naming a pipe or a device writes into it, as a shell's `>` would, and leaves it what it
/// was: a rename would have put a plain file in its place (as root, even over `/dev/null`).
#[cfg(unix)]
#[test]
fn a_pipe_or_a_device_is_written_into_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let env = setup();
    let fifo = env.path("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let reader = std::thread::spawn(move || std::fs::read_to_string(fifo).expect("read the pipe"));
    env.run(&["render", "new.toml", "-f", "md", "-o", "pipe"]).code(0);
    let through_the_pipe = reader.join().expect("reader");
    assert!(
        through_the_pipe.starts_with("# Policy Impact Brief: Test Bill"),
        "{through_the_pipe}"
    );
    let kind = std::fs::symlink_metadata(env.path("pipe")).expect("pipe").file_type();
    assert!(kind.is_fifo(), "the pipe is still a pipe");
    // A device, directly or through a link: written into, left a device.
    std::os::unix::fs::symlink("/dev/null", env.path("null-link")).expect("link");
    env.run(&["render", "new.toml", "-f", "md", "-o", "null-link"]).code(0);
    assert!(
        std::fs::symlink_metadata(env.path("null-link"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::metadata("/dev/null")
            .expect("null")
            .file_type()
            .is_char_device()
    );
    // A device that refuses the bytes is an error, not a success.
    let full = env.run(&["render", "new.toml", "-f", "md", "-o", "/dev/full"]);
    full.code(1);
    assert!(full.stderr.contains("cannot write /dev/full"), "{}", full.stderr);
    assert!(
        std::fs::metadata("/dev/full")
            .expect("full")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_file_in_the_way_of_an_output_folder_is_named() {
    let env = setup();
    env.write("taken", "a file");
    let run = env.run(&["render", "new.toml", "-f", "md", "-o", "taken/sub/brief.md"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("cannot create the folder taken/sub: taken is a file, not a folder"),
        "{}",
        run.stderr
    );
    let batch = env.run(&["batch", "new.toml", "-o", "taken"]);
    batch.code(1);
    assert!(
        batch.stderr.contains("taken is a file, not a folder"),
        "{}",
        batch.stderr
    );
    assert_eq!(env.read("taken"), "a file");
}

#[test]
fn the_extension_of_an_output_file_names_its_format_or_is_refused() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    // `-o brief.pdf` alone means PDF for the panel and the change brief, as for render.
    env.run(&["panel", &repo("examples/panel/eu-csa-regulation"), "-o", "panel.pdf"])
        .code(0);
    assert!(std::fs::read(env.path("panel.pdf")).expect("pdf").starts_with(b"%PDF"));
    env.run(&["diff", &known, &known, "-o", "change.docx"]).code(0);
    env.run(&["render", &known, "-o", "brief.html"]).code(0);
    assert!(std::fs::read(env.path("change.docx")).expect("docx").starts_with(b"PK"));
    assert!(env.read("brief.html").starts_with("<!DOCTYPE html>"));
    // An extension that names no format is refused, rather than written as Markdown.
    for command in [
        vec!["render", known.as_str(), "-o", "brief.doc"],
        vec!["diff", known.as_str(), known.as_str(), "-o", "brief.doc"],
    ] {
        let run = env.run(&command);
        run.code(2);
        assert!(
            run.stderr.starts_with(
                "error: `-o brief.doc`: impact-brief does not know what to write under that extension; \
                 end the name in .md, .pdf, .html, .docx (Word) or .json, or say the format with -f\n"
            ),
            "{}",
            run.stderr
        );
        assert!(!env.path("brief.doc").exists());
    }
    // Said with -f, any name will do; a name that says another format is refused.
    env.run(&["render", &known, "-f", "md", "-o", "notes.txt"]).code(0);
    assert!(env.read("notes.txt").starts_with("# Policy Impact Brief"));
    let run = env.run(&["diff", &known, &known, "-f", "pdf", "-o", "change.md"]);
    run.code(2);
    assert!(
        run.stderr
            .starts_with("error: `-o` names a .md file but `-f pdf` was asked for; make them agree\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_typst_bundle_keeps_a_template_edited_by_hand_and_writes_its_data_again() {
    let env = setup();
    let run = env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let template = env.path("dev/old-typst/brief.typ");
    let edited = format!(
        "{}\n// my own heading style\n",
        std::fs::read_to_string(&template).expect("template")
    );
    std::fs::write(&template, &edited).expect("edit");
    std::fs::write(env.path("dev/old-typst/data.json"), "stale").expect("data");
    let again = env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains("warning: kept dev/old-typst/brief.typ: it is neither the template this command writes")
            && again.stderr.contains("delete it to have it written again"),
        "{}",
        again.stderr
    );
    assert_eq!(std::fs::read_to_string(&template).expect("template"), edited);
    let data = std::fs::read_to_string(env.path("dev/old-typst/data.json")).expect("data");
    assert!(data.starts_with('{'), "the data is the assessment's again: {data}");
    // A template left as written is written again without a word.
    assert!(!again.stderr.contains("common.typ"), "{}", again.stderr);
    std::fs::remove_file(&template).expect("delete");
    let fresh = env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/"]);
    assert!(!fresh.stderr.contains("warning"), "{}", fresh.stderr);
    assert!(!std::fs::read_to_string(&template).expect("template").contains("my own"));
}

#[test]
fn a_bundle_template_nobody_edited_is_replaced_by_the_one_asked_for() {
    let env = setup();
    let mine = "#let data = json(\"data.json\")\n= My own brief\n";
    env.write("mine/brief.typ", mine);
    assert_eq!(env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/"]).code, 0);
    // The built-in template, untouched, gives way to the one --templates names…
    let own = env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/", "--templates", "mine"]);
    assert_eq!(own.code, 0, "{}", own.stderr);
    assert!(!own.stderr.contains("warning"), "{}", own.stderr);
    assert_eq!(env.read("dev/old-typst/brief.typ"), mine);
    // …and that one, untouched, to the built-in again (as a newer version's would).
    let back = env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/"]);
    assert!(!back.stderr.contains("warning"), "{}", back.stderr);
    assert_ne!(env.read("dev/old-typst/brief.typ"), mine);
    // A template without a record of this command writing it is kept.
    std::fs::remove_file(env.path("dev/old-typst/.impact-brief-written")).expect("record");
    let unknown = env.run(&["render", "old.toml", "-f", "typ", "-o", "dev/", "--templates", "mine"]);
    assert!(unknown.stderr.contains("warning: kept"), "{}", unknown.stderr);
    assert_ne!(env.read("dev/old-typst/brief.typ"), mine);
}
