//! `score` and `check` in the user's language: the scorecard in the brief's language (`--lang`
//! or the file's), check's summary and warnings in the system locale's (or `--lang`).

use crate::support::{TestEnv, repo};

/// The numbers of a scorecard line by line: every run of digits (with `.` or `,` inside).
fn numbers(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|line| {
            line.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .map(|part| part.trim_matches(|c| c == '.' || c == ','))
                .filter(|part| !part.is_empty())
                .map(|part| part.replace(',', "."))
                .collect()
        })
        .collect()
}

#[test]
fn scorecard_in_french_has_french_words_and_the_same_numbers() {
    let env = TestEnv::new();
    let file = repo("examples/nigeria-social-media-bill.toml");
    let english = env.run(&["score", &file]);
    english.code(0);
    let french = env.run(&["score", "--lang", "fr", &file]);
    french.code(0);
    for word in [
        "Effet sur l’Internet\u{a0}: Préjudice grave.",
        "Préoccupations graves",
        "couverture 100\u{a0}%",
        "(14,5 sur 36 points)",
        "signal d’alerte",
        "Signaux d’alerte",
        "Prochaines étapes",
        "Questions en suspens",
        "(inconnu)",
        "Ensemble ",
    ] {
        assert!(french.stdout.contains(word), "{word:?} in\n{}", french.stdout);
    }
    for english_word in [
        "Serious concerns",
        "coverage",
        "red flag",
        "Next steps",
        "Open questions",
        "(unknown)",
    ] {
        assert!(
            !french.stdout.contains(english_word),
            "{english_word:?} in\n{}",
            french.stdout
        );
    }
    assert_eq!(numbers(&english.stdout), numbers(&french.stdout));
}

#[test]
fn scorecard_takes_the_file_language_and_lang_overrides_it() {
    let env = TestEnv::new();
    let text = std::fs::read_to_string(repo("examples/nigeria-social-media-bill.toml")).expect("example");
    let text = text.replacen("[assessment]\n", "[assessment]\nlanguage = \"es\"\n", 1);
    env.write("bill.toml", &text);
    let spanish = env.run(&["score", "bill.toml"]);
    spanish.code(0);
    assert!(spanish.stdout.contains("Preocupaciones graves"), "{}", spanish.stdout);
    assert!(spanish.stdout.contains("cobertura"), "{}", spanish.stdout);
    let portuguese = env.run(&["score", "--lang", "pt", "bill.toml"]);
    portuguese.code(0);
    assert!(
        portuguese.stdout.contains("Efeito na Internet: Dano grave."),
        "{}",
        portuguese.stdout
    );
    let english = env.run(&["score", "--lang", "en", "bill.toml"]);
    assert!(
        english.stdout.contains("Effect on the Internet: Serious harm."),
        "{}",
        english.stdout
    );
}

#[test]
fn check_speaks_the_system_locale() {
    let env = TestEnv::new();
    // The Nigeria example without the `advice_under` of its answers: four of them then get no
    // advice, which check warns about.
    let shipped = std::fs::read_to_string(repo("examples/nigeria-social-media-bill.toml")).expect("example");
    let without: String = shipped
        .lines()
        .filter(|line| !line.starts_with("advice_under"))
        .map(|line| format!("{line}\n"))
        .collect();
    let file = env.write("nigeria.toml", without).to_string_lossy().into_owned();
    let french = env.run_with_env(&["check", &file], &[("LANG", "fr_FR.UTF-8")]);
    french.code(0);
    assert!(
        french
            .stderr
            .contains("est en dessous de son niveau acceptable mais ne coche aucune atteinte"),
        "{}",
        french.stderr
    );
    assert!(
        french.stderr.contains("cochez ce que fait la proposition"),
        "{}",
        french.stderr
    );
    assert!(!french.stderr.contains("ticks no harm"), "{}", french.stderr);
    assert!(
        french
            .stdout
            .contains("\u{a0}: valide — avec réponse\u{a0}: 25, non concernées\u{a0}: 4, écartées au tri préalable\u{a0}: 0, inconnues\u{a0}: 2"),
        "{}",
        french.stdout
    );
    assert!(french.stdout.contains("(inconnu)"), "{}", french.stdout);
    // A locale that matches says nothing about the language.
    assert!(!french.stderr.contains("English is used"), "{}", french.stderr);

    let asked = env.run_with_env(&["check", "--lang", "es", &file], &[("LANG", "fr_FR.UTF-8")]);
    asked.code(0);
    assert!(asked.stderr.contains("no marca ningún daño"), "{}", asked.stderr);
    assert!(
        asked.stdout.contains(": correcto — respondidas: 25"),
        "{}",
        asked.stdout
    );

    let english = env.run(&["check", &file]);
    english.code(0);
    assert!(english.stderr.contains("ticks no harm"), "{}", english.stderr);
    assert!(english.stdout.contains(": ok — 25 answered"), "{}", english.stdout);
}

#[test]
fn check_problem_count_and_toml_errors_in_french() {
    let env = TestEnv::new();
    env.write("bad.toml", "schema_version = 1\n");
    let run = env.run_with_env(&["check", "bad.toml"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(1);
    assert!(run.stdout.contains("bad.toml\u{a0}: 1 problème"), "{}", run.stdout);
    // Errors in the file's TOML too, at their line and column.
    assert!(
        run.stderr.contains("bad.toml:1:1: error: clé manquante `proposal`"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_notes_a_locale_without_translation_and_uses_english() {
    let env = TestEnv::new();
    let run = env.run_with_env(
        &["check", &repo("tests/fixtures/known.toml")],
        &[("LANG", "de_DE.UTF-8")],
    );
    run.code(0);
    assert!(
        run.stderr.contains(
            "No translation for the locale de_DE.UTF-8: messages are in English. LANGUAGE sets their language \
             (one of en, fr, es, pt); --lang sets it for the briefs too."
        ),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("ok — 17 answered"), "{}", run.stdout);
    // A quiet batch that goes well prints nothing, that note included.
    let quiet = env.run_with_env(
        &["batch", &repo("tests/fixtures/known.toml"), "-o", "out", "-q"],
        &[("LANG", "de_DE.UTF-8")],
    );
    quiet.code(0);
    assert_eq!(quiet.stderr, "");
}

/// Everything `check` says of a valid file is in the interface's language, the questions it lists
/// as open included, and a batch's index counts in French as French does (0 and 1 singular).
#[test]
fn check_lists_open_questions_in_the_interface_language() {
    let env = TestEnv::new();
    let file = repo("examples/nigeria-social-media-bill.toml");
    let french = env.run(&["check", "--lang", "fr", &file]);
    french.code(0);
    assert!(
        french.stdout.contains(
            "  transparency.input-published (inconnu)\u{a0}: Les observations et autres contributions reçues pendant la consultation ont-elles été rendues publiques\u{a0}?\n"
        ),
        "{}",
        french.stdout
    );
    let english = env.run(&["check", "--lang", "en", &file]);
    assert!(
        english.stdout.contains(
            "  transparency.input-published (unknown): Were the comments and other input received during consultation made public?\n"
        ),
        "{}",
        english.stdout
    );
    env.run(&[
        "batch",
        "--lang",
        "fr",
        &repo("examples/eu-nis2-dns-scope.toml"),
        "-o",
        "out",
    ])
    .code(0);
    assert!(
        env.read("out/index.md")
            .contains("1 fichier\u{a0}: 1 rendu, 0 en échec, 0 ignoré.\n"),
        "{}",
        env.read("out/index.md")
    );
}

/// The problems found in a file once read (unknown ids, levels out of range, a level and a
/// status together) are said in the interface's language, at the same place.
#[test]
fn the_problems_of_an_answer_speak_the_interface_language() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"T\"\n\n[answers.openness.encryption]\nlevel = 9\n\n\
         [answers.openness.participation]\nstatus = \"not-affected\"\n",
    );
    let french = env.run_with_env(&["check", "bill.toml"], &[("LANG", "fr_FR.UTF-8")]);
    french.code(1);
    for expected in [
        "bill.toml:7:9: error: le niveau 9 est hors de l’échelle de `openness.encryption`\n  help: utilisez un niveau de 0 (",
        "bill.toml:10:10: error: `openness.participation` est une question de processus\u{a0}; \"not-affected\" est réservé aux questions d’effet",
    ] {
        assert!(french.stderr.contains(expected), "{expected}\n{}", french.stderr);
    }
    let english = env.run(&["check", "bill.toml"]);
    assert!(
        english
            .stderr
            .contains("bill.toml:7:9: error: level 9 is out of range for `openness.encryption`"),
        "{}",
        english.stderr
    );
}
