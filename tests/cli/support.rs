//! Running the binary in tests: a temporary working folder, no colour, captured output.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A temporary folder to run commands in; removed when dropped.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

/// What a command printed and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("create a temporary folder"),
        }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Writes a file in the folder and returns its path.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&path, contents).expect("write fixture");
        path
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap_or_else(|error| panic!("read {relative}: {error}"))
    }

    /// `text` as it reads on every machine and in every run, for a snapshot: this folder becomes
    /// `[TMP]`, the repository `[REPO]` and the program's version `[VERSION]` (see [`normalise`]).
    pub fn normalise(&self, text: &str) -> String {
        let mut text = text.to_string();
        // The folder as created and as the program may see it (on macOS /var is /private/var).
        let canonical = self.dir.path().canonicalize().ok();
        for dir in canonical.iter().map(PathBuf::as_path).chain([self.dir.path()]) {
            text = text.replace(&*dir.to_string_lossy(), "[TMP]");
        }
        normalise(&text)
    }

    /// Runs `impact-brief ARGS` in the folder, with no standard input.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_env(args, &[])
    }

    /// Runs `impact-brief diff` on the shipped change (the EU regulation on child sexual abuse
    /// material: the Commission's proposal, then the Council's position), `args` after it.
    pub fn diff_shipped_change(&self, args: &[&str]) -> Run {
        let changes = "examples/changes/eu-csa-regulation";
        let (old, new) = (
            repo(&format!("{changes}-commission-proposal.toml")),
            repo(&format!("{changes}-council-position.toml")),
        );
        self.run(&[&["diff", old.as_str(), new.as_str()], args].concat())
    }

    /// Runs `impact-brief panel` on the shipped panel (four stakeholder groups on the same EU
    /// regulation), `args` after it.
    pub fn panel_shipped(&self, args: &[&str]) -> Run {
        let panel = repo("examples/panel/eu-csa-regulation");
        self.run(&[&["panel", panel.as_str()], args].concat())
    }

    /// Runs `impact-brief ARGS` in the folder with the environment variables `vars` set. Every
    /// run has its configuration folder (`XDG_CONFIG_HOME`) at `config/` in the folder, and
    /// `IMPACT_BRIEF_SCHEMA` unset unless `vars` sets it: the `#:schema` line of a new file
    /// depends on both. The locale is C (English) unless `vars` sets `LANG` or another.
    pub fn run_with_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        self.run_at("", args, vars)
    }

    /// Runs `impact-brief ARGS` in the folder's subfolder `dir`.
    pub fn run_in(&self, dir: &str, args: &[&str]) -> Run {
        self.run_at(dir, args, &[])
    }

    fn run_at(&self, dir: &str, args: &[&str], vars: &[(&str, &str)]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_impact-brief"));
        command
            .args(args)
            .current_dir(self.path(dir))
            .env("NO_COLOR", "1")
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env_remove("IMPACT_BRIEF_SCHEMA")
            // The interface speaks the system locale's language: every run starts in the C
            // locale, whatever the developer's, unless `vars` names another.
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .stdin(Stdio::null());
        for (name, value) in vars {
            command.env(name, value);
        }
        let output = command.output().expect("run impact-brief");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// The repository's own files (examples, fixtures).
pub fn repo(relative: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(relative)
        .to_string_lossy()
        .into_owned()
}

/// The shipped example assessments.
pub fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo("examples"))
        .expect("examples folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

/// Asserts that every one of `parts` appears in `text`, in this order.
pub fn assert_in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        let at = text[from..]
            .find(part)
            .unwrap_or_else(|| panic!("missing or out of order: {part}\n{text}"));
        from += at + part.len();
    }
}

/// `text` as it reads on every machine and with every release, for a snapshot: the repository's
/// folder becomes `[REPO]` and `impact-brief <version>` becomes `impact-brief [VERSION]`.
pub fn normalise(text: &str) -> String {
    text.replace(&repo(""), "[REPO]/").replace(
        concat!("impact-brief ", env!("CARGO_PKG_VERSION")),
        "impact-brief [VERSION]",
    )
}

/// Compact JSON (one line, no whitespace between tokens) laid out one value per line, so that a
/// snapshot of it shows a readable diff. Nothing but whitespace outside strings is added, and the
/// input is checked to have none, so the snapshot still fixes every byte (but a final line end,
/// which insta ignores in any snapshot).
pub fn json_lines(compact: &str) -> String {
    serde_json::from_str::<serde_json::Value>(compact).expect("valid JSON");
    let compact = compact.strip_suffix('\n').unwrap_or(compact);
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        assert!(!c.is_whitespace(), "not compact JSON: whitespace between tokens");
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if chars.peek().is_some_and(|next| *next == '}' || *next == ']') {
                    out.push(chars.next().expect("peeked"));
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth -= 1;
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out.push('\n');
    out
}

/// Several runs of the program in one snapshot: for each, the command, the input file it read
/// and what it printed on stderr, with its exit code.
#[derive(Default)]
pub struct Transcript(String);

impl Transcript {
    /// Adds a run of `command` on `input` (the file's name and bytes, if one is worth showing).
    pub fn add(&mut self, env: &TestEnv, command: &str, input: Option<(&str, &[u8])>, run: &Run) {
        use std::fmt::Write as _;
        if !self.0.is_empty() {
            self.0.push('\n');
        }
        let _ = writeln!(self.0, "$ {command}");
        if let Some((name, bytes)) = input {
            let _ = writeln!(self.0, "== {name} ==");
            self.0.push_str(&visible(bytes));
            if !bytes.ends_with(b"\n") {
                self.0.push_str("⏎ (no newline at the end)\n");
            }
        }
        let _ = writeln!(self.0, "== stderr, exit {} ==", run.code);
        self.0.push_str(&env.normalise(&run.stderr));
    }

    /// The transcript, to snapshot.
    pub fn text(&self) -> &str {
        &self.0
    }
}

/// File contents as readable text: invalid UTF-8 as U+FFFD, control characters other than line
/// ends as `\u{..}` escapes.
fn visible(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A minimal valid assessment with `answers` appended.
/// Makes `path` read-only, as its owner would to keep it.
pub fn make_read_only(path: &Path) {
    let mut permissions = std::fs::metadata(path).expect("metadata").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(path, permissions).expect("chmod");
}

pub fn assessment(answers: &str) -> String {
    format!("schema_version = 3\n\n[proposal]\ntitle = \"Test Bill\"\n\n{answers}")
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code, expected,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Under CI, insta compares snapshots and never writes or accepts one: with `CI` set, its default
/// (`INSTA_UPDATE` unset or `auto`) is not to update, and a missing or different snapshot fails the
/// test. This fails the run where an environment variable or an insta config file would change
/// that.
#[test]
fn snapshots_are_never_written_under_ci() {
    let ci = std::env::var("CI").unwrap_or_default();
    if matches!(ci.as_str(), "" | "0" | "false") {
        return;
    }
    let update = std::env::var("INSTA_UPDATE").unwrap_or_default();
    assert!(
        matches!(update.as_str(), "" | "auto" | "no"),
        "INSTA_UPDATE={update} would write snapshots under CI"
    );
    for forcing in ["INSTA_FORCE_PASS", "INSTA_FORCE_UPDATE", "INSTA_FORCE_UPDATE_SNAPSHOTS"] {
        let value = std::env::var(forcing).unwrap_or_default();
        assert!(matches!(value.as_str(), "" | "0"), "{forcing}={value} under CI");
    }
    for config in [".config/insta.yaml", "insta.yaml", ".insta.yaml"] {
        assert!(
            !Path::new(&repo(config)).exists(),
            "{config} could change how insta updates snapshots"
        );
    }
}
