//! `init`: a fill-in file that check accepts as it is and that renders once filled in.

use crate::support::TestEnv;

#[test]
fn fill_in_file_checks_then_renders_when_filled() {
    let env = TestEnv::new();
    env.run(&["init", "draft-bill.toml", "--title", "Draft \"Safety\" Bill #2"])
        .code(0);
    let text = env.read("draft-bill.toml");
    let json = env.run(&["score", "draft-bill.toml", "--json"]);
    let brief: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON brief");
    assert_eq!(
        brief["proposal"]["title"], "Draft \"Safety\" Bill #2",
        "the title survives quoting"
    );
    assert_eq!(
        text.matches("#   [ ] ").count(),
        17,
        "one screening line per effect question"
    );
    assert_eq!(text.matches("# status = \"not-affected\"").count(), 17);
    assert_eq!(text.matches("# level = ").count(), 31, "one answer table per question");
    insta::assert_snapshot!("fill_in_file", env.normalise(&without_today(&text)));

    let check = env.run(&["check", "draft-bill.toml"]);
    check.code(0);
    // The blank answers of a fill-in file are nobody's findings: no "not counted" warnings.
    assert!(!check.stderr.contains("not counted"), "{}", check.stderr);
    assert!(!check.stderr.contains("warning"), "{}", check.stderr);
    assert!(
        check
            .stdout
            .contains("0 answered, 0 not affected, 0 screened out, 0 unknown, 28 unanswered, 0 not applicable, 3 not asked (each depends on another answer)"),
        "{}",
        check.stdout
    );

    let filled = text.replacen("# level = \n", "level = 3\n", 31);
    env.write("draft-bill.toml", filled);
    env.run(&["check", "draft-bill.toml"]).code(0);
    env.run(&["render", "draft-bill.toml", "-o", "out/"]).code(0);
    assert!(
        env.read("out/draft-bill.md")
            .contains("**Effect on the Internet: Low risk (score 75 of 100). Process: Adequate (score 75 of 100). Overall rating: Adequate** — coverage 100%")
    );
}

/// The fill-in file with its `date = ` line, today's date, written as `date = [TODAY]`.
fn without_today(text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let today = lines
        .iter_mut()
        .find(|line| line.starts_with("date = "))
        .expect("a date line");
    let date = &today["date = ".len()..];
    assert!(
        date.len() == 10
            && date.bytes().enumerate().all(|(at, byte)| if at == 4 || at == 7 {
                byte == b'-'
            } else {
                byte.is_ascii_digit()
            }),
        "{today}"
    );
    *today = "date = [TODAY]".to_string();
    lines.join("\n")
}

#[test]
fn refuses_to_overwrite() {
    let env = TestEnv::new();
    env.write("mine.toml", "precious");
    let run = env.run(&["init", "mine.toml"]);
    run.code(1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert_eq!(env.read("mine.toml"), "precious");
}

/// A file that holds nothing (a file manager's "New text document", or Notepad's empty file with
/// its byte-order mark) is no dead end: `init` writes the assessment in it, where `check` and the
/// wizard would send the user to `init` and `init` back to them. One with anything in it is left.
#[test]
fn writes_into_a_file_that_holds_nothing() {
    let env = TestEnv::new();
    for (name, blank) in [("new.toml", &b""[..]), ("notepad.toml", &b"\xEF\xBB\xBF\r\n"[..])] {
        std::fs::write(env.path(name), blank).expect("blank file");
        let run = env.run(&["init", name]);
        run.code(0);
        assert!(run.stderr.starts_with(&format!("wrote {name}")), "{}", run.stderr);
        env.run(&["check", name]).code(0);
    }
    env.write("comment.toml", "# my notes\n");
    env.run(&["init", "comment.toml"]).code(1);
    assert_eq!(env.read("comment.toml"), "# my notes\n");
    // UTF-16 read unit by unit: "†ठ" has bytes that each look like a space, and is text.
    std::fs::write(env.path("dagger.toml"), b"\xff\xfe\x20\x20\x20\x09\x0a\x00").expect("UTF-16");
    env.run(&["init", "dagger.toml"]).code(1);
    assert_eq!(
        std::fs::read(env.path("dagger.toml")).expect("read"),
        b"\xff\xfe\x20\x20\x20\x09\x0a\x00"
    );
    // A blank file made read-only is never written over either.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::write(env.path("locked.toml"), b"").expect("blank");
        std::fs::set_permissions(env.path("locked.toml"), std::fs::Permissions::from_mode(0o444)).expect("chmod");
        env.run(&["init", "locked.toml"]).code(1);
        assert_eq!(env.read("locked.toml"), "");
    }
}

#[test]
fn title_defaults_to_the_file_name_and_rubrics_can_be_chosen() {
    let env = TestEnv::new();
    env.run(&["init", "sub/uk-online-safety.toml", "--rubric", "transparency"])
        .code(0);
    let text = env.read("sub/uk-online-safety.toml");
    assert!(text.contains("title = \"Uk online safety\""), "{text}");
    assert!(text.contains("rubrics = [\"transparency\"]"));
    assert!(!text.contains("[answers.openness."));
    // A rubric named twice is written once, and the file checks.
    env.run(&["init", "twice.toml", "--rubric", "openness,openness,transparency"])
        .code(0);
    let text = env.read("twice.toml");
    assert!(text.contains("rubrics = [\"openness\", \"transparency\"]"), "{text}");
    assert_eq!(text.matches("[answers.openness.participation]").count(), 1);
    env.run(&["check", "-q", "twice.toml"]).code(0);
    let run = env.run(&["init", "x.toml", "--rubric", "transparancy"]);
    run.code(1);
    assert!(run.stderr.contains("unknown rubric `transparancy`") && run.stderr.contains("transparency"));
}

#[test]
fn a_name_without_an_extension_gets_toml_and_a_folder_is_refused() {
    let env = TestEnv::new();
    env.run(&["init", "bill"]).code(0);
    assert!(env.read("bill.toml").contains("[proposal]"));
    assert!(!env.path("bill").exists());
    std::fs::create_dir_all(env.path("drafts")).expect("folder");
    let run = env.run(&["init", "drafts"]);
    run.code(1);
    assert!(
        run.stderr.contains("drafts is a folder; init writes one file"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("impact-brief init drafts/bill.toml"),
        "{}",
        run.stderr
    );
}

/// `init --lang fr` writes the file for a French-speaking assessor: its guidance, questions,
/// levels and mechanisms in French, the keys and values as in every language, and a brief in
/// French once it is filled in.
#[test]
fn a_fill_in_file_in_french_speaks_french_and_gives_a_french_brief() {
    let env = TestEnv::new();
    let init = env.run(&["init", "loi.toml", "--lang", "fr", "--title", "Loi"]);
    init.code(0);
    assert!(
        init.stderr
            .contains("loi.toml écrit\u{a0}: renseignez les niveaux, puis lancez `impact-brief check loi.toml`"),
        "{}",
        init.stderr
    );
    let text = env.read("loi.toml");
    for expected in [
        "# Évaluation d’impact d’une proposition législative.\n",
        "# 2. Répondez à chaque question ci-dessous\u{a0}: donnez à `level`",
        "#    `impact-brief render FICHIER -f pdf`.",
        "# TRI PRÉALABLE\u{a0}: quels domaines la proposition touche-t-elle\u{a0}?\n",
        "#   [ ] Chiffrement et communications privées",
        "# openness.participation (processus)\u{a0}: Qui pouvait prendre part à l’élaboration de la proposition\u{a0}?\n",
        "# Mécanismes\u{a0}: cochez ce que fait la proposition dans `mechanisms = [...]`\u{a0}:\n",
        "  [signal d’alerte]\n",
        "# Posée seulement lorsque ",
        "status = \"draft\"\nlanguage = \"fr\"\n",
        "[answers.openness.participation]\n# level = \n",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    assert!(!text.contains("Impact assessment of a legislative proposal"), "{text}");
    env.run(&["check", "loi.toml"]).code(0);
    let filled = text.replacen("# level = \n", "level = 3\n", 31);
    env.write("loi.toml", filled);
    let run = env.run(&["render", "loi.toml", "-o", "-"]);
    run.code(0);
    assert!(run.stdout.contains("\n## Synthèse\n"), "{}", run.stdout);
}
