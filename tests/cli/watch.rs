//! `render --watch`: one line per render, a broken save keeps the last good output, a fixed one
//! renders again. The program runs as a child and is stopped at the end; every wait is bounded.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crate::support::{TestEnv, repo};

/// The child's stderr lines as they come.
fn lines(child: &mut Child) -> Receiver<String> {
    let (send, receive) = channel();
    let stderr = child.stderr.take().expect("stderr piped");
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// Waits (at most 30 s) for a line containing `wanted`, returning every line seen until then.
fn wait_for(lines: &Receiver<String>, wanted: &str) -> Vec<String> {
    let mut seen = Vec::new();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(30)) {
        let found = line.contains(wanted);
        seen.push(line);
        if found {
            return seen;
        }
    }
    panic!("no line with {wanted:?} within 30 s; saw:\n{}", seen.join("\n"));
}

/// Writes `text` so that the change is visible to a watcher polling modification times even on
/// file systems with coarse timestamps: the length changes too.
fn save(env: &TestEnv, text: &str) {
    std::thread::sleep(Duration::from_millis(300));
    env.write("bill.toml", text);
}

#[test]
fn edits_re_render_and_a_broken_save_keeps_the_last_good_output() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("fixture");
    env.write("bill.toml", &original);
    let mut child = Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .args(["render", "bill.toml", "-f", "md", "-o", "out/", "--watch"])
        .current_dir(env.path(""))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the watcher");
    let lines = lines(&mut child);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wait_for(&lines, "watching bill.toml");
        let first = wait_for(&lines, "rendered");
        assert!(
            first
                .last()
                .is_some_and(|line| line.contains("out/bill.md in ") && line.ends_with(" ms")),
            "{first:?}"
        );
        assert!(
            env.read("out/bill.md")
                .contains("# Policy Impact Brief: Known Scores Act")
        );

        // An edit renders again.
        save(
            &env,
            &original.replace("title = \"Known Scores Act\"", "title = \"Known Scores Act (amended)\""),
        );
        wait_for(&lines, "rendered");
        let good = env.read("out/bill.md");
        assert!(
            good.contains("# Policy Impact Brief: Known Scores Act (amended)"),
            "{good}"
        );

        // A broken save prints its problems, and the last good brief stays.
        save(&env, &format!("{original}\nbroken = [\n"));
        let problems = wait_for(&lines, "error:");
        assert!(
            problems
                .iter()
                .any(|line| line.contains("not rendered: bill.toml has problems")),
            "{problems:?}"
        );
        assert_eq!(env.read("out/bill.md"), good);

        // Fixed again: rendered again.
        save(&env, &original);
        wait_for(&lines, "rendered");
        assert!(
            env.read("out/bill.md")
                .contains("# Policy Impact Brief: Known Scores Act\n")
        );

        // Ctrl-C, the way to stop it, is no failure: it says so and exits 0.
        #[cfg(unix)]
        {
            let stopped = Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status()
                .expect("kill");
            assert!(stopped.success());
            wait_for(&lines, "stopped watching; the outputs stay as last rendered");
            assert_eq!(child.wait().expect("wait").code(), Some(0));
        }
    }));
    let _ = child.kill();
    let _ = child.wait();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn watch_needs_a_file_or_folder_to_write() {
    let env = TestEnv::new();
    let run = env.run(&["render", &repo("tests/fixtures/known.toml"), "-o", "-", "--watch"]);
    run.code(2);
    assert!(run.stderr.contains("--watch writes files"), "{}", run.stderr);
}

#[test]
fn a_change_to_the_ledger_csv_file_renders_again() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        crate::support::assessment("[consultation]\nsubmissions_file = \"ledger.csv\"\n"),
    );
    env.write("ledger.csv", "ID,Group,Disposition\nS1,academia,accepted\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_impact-brief"))
        .args(["render", "bill.toml", "-f", "json", "-o", "out/", "--watch"])
        .current_dir(env.path(""))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the watcher");
    let lines = lines(&mut child);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wait_for(&lines, "rendered");
        assert!(!env.read("out/bill.json").contains("\"S2\""));
        std::thread::sleep(Duration::from_millis(300));
        env.write(
            "ledger.csv",
            "ID,Group,Disposition\nS1,academia,accepted\nS2,civil-society,rejected\n",
        );
        wait_for(&lines, "rendered");
        let brief = env.read("out/bill.json");
        assert!(brief.contains("\"S2\""), "{brief}");
    }));
    let _ = child.kill();
    let _ = child.wait();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}
