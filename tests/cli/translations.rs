//! Choosing the brief's language (`--lang`, `[assessment] language`) and the rubric translations:
//! what `rubric translations` reports, and what a brief shows when a translation is out of date.

use serde_json::Value;

use crate::support::{TestEnv, repo};

const EXAMPLE: &str = "examples/eu-nis2-dns-scope.toml";

/// The example with `language = "<lang>"` in its `[assessment]` table.
fn example_in(env: &TestEnv, lang: &str) -> String {
    let text = std::fs::read_to_string(repo(EXAMPLE)).expect("the example");
    let name = format!("nis2-{lang}.toml");
    env.write(
        &name,
        text.replacen("[assessment]\n", &format!("[assessment]\nlanguage = \"{lang}\"\n"), 1),
    );
    name
}

#[test]
fn every_shipped_rubric_is_translated_and_up_to_date() {
    let env = TestEnv::new();
    for lang in ["fr", "es", "pt"] {
        let run = env.run(&["rubric", "translations", "--lang", lang]);
        run.code(0);
        for (rubric, total) in [("openness", 11), ("inclusiveness", 8), ("transparency", 12)] {
            let line = format!("{rubric} ({lang}): {total} of {total} questions translated, up to date");
            assert!(run.stdout.contains(&line), "{line}\n{}", run.stdout);
        }
    }
    let english = env.run(&["rubric", "translations", "--lang", "en"]);
    english.code(0);
    assert!(english.stdout.contains("nothing to translate"), "{}", english.stdout);
}

#[test]
fn the_file_chooses_the_language_and_lang_overrides_it() {
    let env = TestEnv::new();
    let spanish = example_in(&env, "es");
    let own = env.run(&["render", &spanish, "-f", "md", "-o", "-"]);
    own.code(0);
    assert!(own.stdout.contains("| Apertura |"), "{}", own.stdout);
    assert!(own.stdout.contains("16 de diciembre de 2020"), "{}", own.stdout);
    let french = env.run(&["render", &spanish, "--lang", "fr", "-f", "md", "-o", "-"]);
    french.code(0);
    assert!(french.stdout.contains("| Ouverture |"), "{}", french.stdout);
    assert!(french.stdout.contains("## Synthèse"), "{}", french.stdout);
    assert!(french.stdout.contains("16 décembre 2020"), "{}", french.stdout);
    assert!(!french.stdout.contains("| Apertura |"));
    // The shipped translations are complete: no note about English left in the brief.
    assert!(!french.stderr.contains("not every rubric text"), "{}", french.stderr);
    let english = env.run(&["render", &spanish, "--lang", "en", "-f", "md", "-o", "-"]);
    english.code(0);
    assert!(english.stdout.contains("| Openness |") && english.stdout.contains("## Summary"));
}

/// The JSON brief's keys and ids are the same in every language, and so are the scores; only
/// labels and sentences change.
#[test]
fn json_keys_ids_and_scores_do_not_change_with_the_language() {
    fn shape(value: &Value, path: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    shape(inner, &format!("{path}.{key}"), out);
                }
            }
            Value::Array(items) => {
                out.push(format!("{path}[{}]", items.len()));
                for (index, inner) in items.iter().enumerate() {
                    shape(inner, &format!("{path}[{index}]"), out);
                }
            }
            Value::Number(number) => out.push(format!("{path}={number}")),
            Value::Bool(flag) => out.push(format!("{path}={flag}")),
            Value::Null => out.push(format!("{path}=null")),
            Value::String(text) if path.ends_with(".id") || path.ends_with("_key") || path.ends_with(".question") => {
                out.push(format!("{path}={text}"));
            }
            Value::String(_) => out.push(path.to_string()),
        }
    }
    let env = TestEnv::new();
    let mut shapes = Vec::new();
    for lang in ["en", "fr", "es", "pt"] {
        let run = env.run(&["render", &repo(EXAMPLE), "--lang", lang, "-f", "json", "-o", "-"]);
        run.code(0);
        let json: Value = serde_json::from_str(&run.stdout).expect("a JSON brief");
        let mut out = Vec::new();
        shape(&json, "", &mut out);
        shapes.push((lang, out));
    }
    let (_, english) = &shapes[0];
    for (lang, other) in &shapes[1..] {
        let missing: Vec<&String> = english.iter().filter(|line| !other.contains(line)).take(10).collect();
        let extra: Vec<&String> = other.iter().filter(|line| !english.contains(line)).take(10).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// A rubric that is not the English the translation was made from (here a user's own
/// `openness`) is shown in English where it differs, and the command says so.
#[test]
fn an_out_of_date_translation_shows_the_english_and_says_so() {
    let env = TestEnv::new();
    let shipped = std::fs::read_to_string(repo("rubrics/openness.toml")).expect("the rubric");
    let changed = shipped.replacen(
        "prompt = \"Who could take part in developing the proposal?\"",
        "prompt = \"Who could take part in drafting the proposal?\"",
        1,
    );
    assert_ne!(shipped, changed, "the prompt to change is in the rubric");
    env.write("rubrics/openness.toml", &changed);
    let report = env.run(&["--rubrics", "rubrics", "rubric", "translations", "--lang", "fr"]);
    report.code(1);
    assert!(
        report.stdout.contains("openness (fr): 10 of 11 questions translated"),
        "{}",
        report.stdout
    );
    assert!(
        report
            .stdout
            .contains("  stale    openness.participation    now sha256:"),
        "{}",
        report.stdout
    );
    assert!(
        report
            .stdout
            .contains("inclusiveness (fr): 8 of 8 questions translated, up to date")
    );

    let french = env.run(&[
        "--rubrics",
        "rubrics",
        "render",
        &repo(EXAMPLE),
        "--lang",
        "fr",
        "-f",
        "md",
        "-o",
        "-",
    ]);
    french.code(0);
    assert!(
        french.stdout.contains("Who could take part in drafting the proposal?"),
        "{}",
        french.stdout
    );
    assert!(french.stdout.contains("## Synthèse"));
    assert!(
        french.stderr.contains(
            "not every rubric text is translated into fr; these are shown in English: openness (1 of its questions)"
        ),
        "{}",
        french.stderr
    );
    assert!(
        french.stderr.contains("impact-brief rubric translations --lang fr"),
        "{}",
        french.stderr
    );
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let env = TestEnv::new();
    let run = env.run(&["render", &repo(EXAMPLE), "--lang", "de", "-f", "md", "-o", "-"]);
    run.code(2);
    assert!(run.stderr.contains("possible values: en, fr, es, pt"), "{}", run.stderr);
}
