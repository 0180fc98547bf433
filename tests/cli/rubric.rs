//! `rubric list | show | check`, and overriding rubrics with --rubrics.

use crate::support::TestEnv;

const MINI: &str = "schema_version = 1\nid = \"openness\"\ntitle = \"Mini openness\"\nversion = \"9.9\"\n\
[[sources]]\nid = \"s\"\ntitle = \"A source\"\nurl = \"https://example.org\"\n\
[[questions]]\nid = \"participation\"\nprompt = \"Is it open?\"\nlevels = [\"no\", \"partly\", \"yes\"]\nrecommendation = \"Open it.\"\nsources = [\"s\"]\n";

#[test]
fn list_and_show_the_built_in_rubrics() {
    let env = TestEnv::new();
    let list = env.run(&["rubric", "list"]);
    list.code(0);
    for id in ["openness", "inclusiveness", "transparency"] {
        assert!(list.stdout.lines().any(|line| line.starts_with(id)), "{}", list.stdout);
    }
    let show = env.run(&["rubric", "show", "transparency"]);
    show.code(0);
    assert!(show.stdout.contains("transparency.review-clause"));
    assert!(show.stdout.contains("    0  "), "level texts");
    assert!(show.stdout.contains("Sources"));
    let unknown = env.run(&["rubric", "show", "transparence"]);
    unknown.code(1);
    assert!(
        unknown.stderr.contains("known rubrics: transparency"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn a_rubrics_folder_overrides_by_id() {
    let env = TestEnv::new();
    env.write("rubrics/openness.toml", MINI);
    let list = env.run(&["--rubrics", "rubrics", "rubric", "list"]);
    assert!(list.stdout.contains("Mini openness"), "{}", list.stdout);
    env.write("a.toml", "schema_version = 1\nrubrics = [\"openness\"]\n[proposal]\ntitle = \"T\"\n[answers.openness.participation]\nlevel = 1\n");
    let run = env.run(&["--rubrics", "rubrics", "score", "a.toml", "--json"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(json["overall"]["score"], 50.0);
    assert_eq!(json["methodology"]["rubrics"][0]["version"], "9.9");
}

#[test]
fn rubric_check_reports_problems_or_ok() {
    let env = TestEnv::new();
    env.write("good.toml", MINI);
    let ok = env.run(&["rubric", "check", "good.toml"]);
    ok.code(0);
    assert!(
        ok.stdout.contains("ok — rubric `openness` 9.9 with 1 question\n"),
        "{}",
        ok.stdout
    );
    env.write(
        "bad.toml",
        MINI.replace(
            "levels = [\"no\", \"partly\", \"yes\"]",
            "levels = [\"no\", \"yes\"]\nred_flag_at = 5",
        )
        .replace("id = \"openness\"", "id = \"Open Ness\""),
    );
    let bad = env.run(&["rubric", "check", "bad.toml"]);
    bad.code(1);
    assert!(
        bad.stderr.contains("rubric id `Open Ness` is not valid"),
        "{}",
        bad.stderr
    );
    assert!(bad.stderr.contains("has 2 levels"), "{}", bad.stderr);
    assert!(bad.stderr.contains("red_flag_at = 5"), "{}", bad.stderr);
}

#[test]
fn the_readmes_rubric_example_is_a_rubric_that_checks() {
    let env = TestEnv::new();
    let readme = std::fs::read_to_string(crate::support::repo("README.md")).expect("README");
    let section = &readme[readme.find("### Rubric file").expect("the rubric section")..];
    let start = section.find("```toml\n").expect("its example") + "```toml\n".len();
    let example = &section[start..start + section[start..].find("```").expect("its end")];
    env.write("privacy.toml", example);
    let run = env.run(&["rubric", "check", "privacy.toml"]);
    run.code(0);
    assert_eq!(
        run.stdout,
        "privacy.toml: ok — rubric `privacy` 3.0.0 with 1 question\n"
    );
}

/// `rubric show --lang fr` gives the rubric's French translation with French labels; ids stay.
#[test]
fn show_speaks_the_language_asked() {
    let env = TestEnv::new();
    let show = env.run(&["rubric", "show", "openness", "--lang", "fr"]);
    show.code(0);
    for expected in [
        "Ouverture (openness, version ",
        "openness.encryption  (effet, poids ",
        "  Mécanismes (cochez ceux que comporte la proposition)\u{a0}:",
        "  Domaine du tri préalable\u{a0}: Chiffrement",
        "  [signal d’alerte]",
        "\nSources\n",
    ] {
        assert!(show.stdout.contains(expected), "{expected}\n{}", show.stdout);
    }
    assert!(!show.stdout.contains("Mechanisms"), "{}", show.stdout);
    let list = env.run_with_env(&["rubric", "list"], &[("LANG", "es_ES.UTF-8")]);
    list.code(0);
    assert!(list.stdout.contains("Apertura"), "{}", list.stdout);
    assert!(list.stdout.contains(" preguntas"), "{}", list.stdout);
    let unknown = env.run(&["rubric", "show", "ouverture", "--lang", "fr"]);
    unknown.code(1);
    assert!(
        unknown
            .stderr
            .contains("grille inconnue `ouverture`\n  help: grilles connues\u{a0}: "),
        "{}",
        unknown.stderr
    );
}

/// `rubric check` reports a rubric's mistakes in the interface language, at their line and column.
#[test]
fn rubric_check_reports_a_broken_rubric_in_french() {
    let env = TestEnv::new();
    env.write(
        "r.toml",
        MINI.replace("levels = [\"no\", \"partly\", \"yes\"]", "levels = [\"yes\"]"),
    );
    let run = env.run_with_env(&["rubric", "check", "r.toml"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "r.toml:12:10: error: la question `participation` a 1 niveau\u{a0}; une question en demande de 3 à 6\n  help: énumérez les textes des niveaux du pire au meilleur"
        ),
        "{}",
        run.stderr
    );
}
