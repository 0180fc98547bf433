//! Nothing a file says reaches the terminal raw: every field that can be echoed in a message
//! (each enum, unknown keys, ids, paths, every ledger CSV column, a file name) carrying ESC, BEL,
//! the C1 control `\x9b`, NUL and the bidi override U+202E goes through `check`, `score`,
//! `render`, `panel`, `diff`, `migrate` and `batch`, and none of those characters is on their
//! standard error (standard output on a terminal is tested in `tests/wizard_pty.rs`).

use crate::support::TestEnv;

/// The characters a terminal could act on.
const RAW: [char; 5] = ['\u{1b}', '\u{7}', '\u{9b}', '\u{0}', '\u{202e}'];

/// The same, as TOML escapes inside a basic string.
const HOSTILE: &str = "\\u001b]0;PWNED\\u0007\\u009b31m\\u0000\\u202e";

/// The same, raw, for a CSV file (no NUL: that makes it a binary file, refused unread).
const HOSTILE_CSV: &str = "\u{1b}]0;PWNED\u{7}\u{9b}31m\u{202e}";

fn assert_clean(what: &str, text: &str) {
    for raw in RAW {
        assert!(
            !text.contains(raw),
            "{what}: raw U+{:04X} reached the terminal:\n{}",
            u32::from(raw),
            text.escape_debug()
        );
    }
}

/// Every enum, an unknown key, a rubric id, a question id and a `submissions_file` path.
fn hostile_assessment() -> String {
    format!(
        "schema_version = 2\nrubrics = [\"openness\", \"x{HOSTILE}\"]\n\n[proposal]\ntitle = \"T{HOSTILE}\"\nstage = \"{HOSTILE}\"\n\"key{HOSTILE}\" = 1\n\n[assessment]\nstakeholder_group = \"{HOSTILE}\"\nstatus = \"{HOSTILE}\"\n\n[answers.openness.\"q{HOSTILE}\"]\nlevel = 1\n\n[answers.openness.participation]\nstatus = \"{HOSTILE}\"\n\n[consultation]\nsubmissions_file = \"ledger{HOSTILE}.csv\"\n"
    )
}

/// A valid file whose texts are hostile, with a ledger CSV file whose every column is.
fn hostile_valid(env: &TestEnv, name: &str, ledger: &str) -> String {
    let header = "ID,Submitter,Group,Provision,Asked,Disposition,Merged into,Reason,Reason_text,Submitted,Responded,Reflected_in,Evidence,Unknown column";
    let h = HOSTILE_CSV;
    let row = format!(
        "S1{h},Sender{h},group{h},Art{h},Ask{h},disp{h},M{h},reason{h},text{h},date{h},date{h},ref{h},ev{h},x{h}"
    );
    env.write(
        ledger,
        format!("{header}{h}\n{row}\nS1{h},,academia,,,merged,nowhere{h},,,,,,,\n"),
    );
    format!(
        "schema_version = 2\n\n[proposal]\ntitle = \"{name}{HOSTILE}\"\nreference = \"R{HOSTILE}\"\n\n[assessment]\nassessors = [\"A{HOSTILE}\"]\n\n[consultation]\nsubmissions_file = \"{ledger}\"\n"
    )
}

#[test]
fn no_command_echoes_control_or_bidi_characters_from_a_file() {
    let env = TestEnv::new();
    env.write("bad.toml", hostile_assessment());
    let valid = hostile_valid(&env, "A", "ledger-a.csv");
    env.write("a.toml", &valid);
    // The same without the ledger: loads, so its texts reach the commands' own messages.
    let plain = |title: &str| {
        format!(
            "schema_version = 2\n\n[proposal]\ntitle = \"{title}{HOSTILE}\"\nreference = \"R{HOSTILE}\"\nstage = \"adopted\"\n"
        )
    };
    env.write("p.toml", plain("P"));
    env.write("q.toml", plain("Q").replace("adopted", "draft"));
    // A file name with the characters in it (no NUL: a path cannot hold one).
    let odd_name = format!("odd{HOSTILE_CSV}.toml");
    env.write(&odd_name, plain("O"));
    env.write(
        "v1.toml",
        plain("V").replace("schema_version = 2", "schema_version = 1"),
    );
    std::fs::create_dir_all(env.path("folder")).expect("folder");
    for name in ["bad.toml", &odd_name, "p.toml"] {
        std::fs::copy(env.path(name), env.path(&format!("folder/{name}"))).expect("copy");
    }

    let runs: Vec<(String, Vec<&str>)> = vec![
        (
            "check".into(),
            vec!["check", "bad.toml", "a.toml", "p.toml", &odd_name, "missing\u{1b}.toml"],
        ),
        ("score".into(), vec!["score", "bad.toml"]),
        ("score odd".into(), vec!["score", &odd_name]),
        ("render".into(), vec!["render", "bad.toml", "-o", "-"]),
        ("render ledger".into(), vec!["render", "a.toml", "-o", "-"]),
        ("panel".into(), vec!["panel", "bad.toml", "a.toml"]),
        ("panel different".into(), vec!["panel", "p.toml", "q.toml"]),
        ("diff".into(), vec!["diff", "p.toml", "bad.toml"]),
        ("diff different".into(), vec!["diff", "p.toml", &odd_name]),
        ("diff swapped".into(), vec!["diff", "p.toml", "q.toml", "--force"]),
        ("migrate".into(), vec!["migrate", "bad.toml"]),
        ("migrate v1".into(), vec!["migrate", "v1.toml", "--dry-run"]),
        ("batch".into(), vec!["batch", "folder", "a.toml", "-o", "out"]),
    ];
    for (what, args) in &runs {
        let run = env.run(args);
        assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
        assert_clean(what, &run.stderr);
        // The visible escapes are there instead: the reader sees what the file holds.
        if what == "check" {
            assert!(
                run.stderr.contains("\\u001b]0;PWNED\\u0007\\u009b31m\\u0000\\u202e"),
                "{}",
                run.stderr
            );
            // The check report on standard output is for people too.
            assert_clean("check report", &run.stdout);
        }
    }
    // JSON keeps the characters, escaped: `score --json` of a valid file. The title, like every
    // short value the brief joins to others or sets in its own lines, closes the override it
    // opens (U+202C), so that a page built from the JSON reverses the title only.
    let json = env.run(&["score", "p.toml", "--json"]);
    json.code(0);
    let brief: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(
        brief["proposal"]["title"],
        format!("P{}", "\u{1b}]0;PWNED\u{7}\u{9b}31m\u{0}\u{202e}\u{202c}")
    );
}

/// The JSON a command writes, to a pipe or a file, holds no such character raw either: a C1
/// control, DEL or a bidirectional control is written as its `\u` escape, so that `cat` on the
/// file shows text and a program reading it gets the same strings. Control characters below
/// U+0020 are escaped by the JSON writer itself.
#[test]
fn json_outputs_escape_invisible_controls() {
    let env = TestEnv::new();
    let title = "Bill \\u009b31m \\u202eesrever\\u202c \\u007f \\u2066iso\\u2069";
    env.write(
        "a.toml",
        format!("schema_version = 3\n\n[proposal]\ntitle = \"{title}\"\n"),
    );
    let raw_controls = ['\u{9b}', '\u{202e}', '\u{202c}', '\u{7f}', '\u{2066}', '\u{2069}'];
    let score = env.run(&["score", "a.toml", "--json"]);
    score.code(0);
    env.run(&["render", "a.toml", "-f", "json", "-o", "a.json"]).code(0);
    env.run(&["batch", "a.toml", "-o", "out", "-f", "json", "--quiet"])
        .code(0);
    for (what, json) in [
        ("score --json", score.stdout.clone()),
        ("render -f json", env.read("a.json")),
        ("batch index.json", env.read("out/index.json")),
    ] {
        for raw in raw_controls {
            assert!(!json.contains(raw), "{what}: raw U+{:04X}", u32::from(raw));
        }
        assert!(
            json.contains("\\u009b31m \\u202eesrever\\u202c \\u007f \\u2066iso\\u2069"),
            "{what}: {json}"
        );
        // The same strings for a program.
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        assert!(value.to_string().contains("Bill \u{9b}31m"), "{what}");
    }
}
