//! A brief asked in another language says none of the catalogue's English sentences and shows
//! no message missing from its catalogue.

use std::collections::BTreeMap;

use crate::support::{TestEnv, repo};

/// The one-line messages of a catalogue without variables, by id.
fn messages(lang: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(repo(&format!("locales/{lang}/brief.ftl"))).expect("a catalogue");
    text.lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, value)| id.starts_with("brief-") && !value.contains('{'))
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

#[test]
fn a_french_brief_has_no_english_catalogue_sentence() {
    let (english, french) = (messages("en"), messages("fr"));
    let sentences: Vec<&String> = english
        .iter()
        .filter(|(id, value)| value.split_whitespace().count() >= 4 && french.get(*id) != Some(value))
        .map(|(_, value)| value)
        .collect();
    assert!(sentences.len() > 20, "{sentences:?}");
    let env = TestEnv::new();
    for example in [
        "examples/consultation/uk-online-safety-bill-encryption.toml",
        "examples/eu-nis2-dns-scope.toml",
    ] {
        let text = std::fs::read_to_string(repo(example)).expect("the example");
        let name = example.rsplit('/').next().expect("a file name");
        env.write(
            name,
            &text.replacen("[assessment]\n", "[assessment]\nlanguage = \"fr\"\n", 1),
        );
        if example.contains("consultation") {
            let csv = example.replace(".toml", "-submissions.csv");
            env.write(
                csv.rsplit('/').next().expect("a file name"),
                &std::fs::read_to_string(repo(&csv)).expect("the ledger"),
            );
        }
        env.run(&["render", name, "-f", "md,html", "-o", "out/"]).code(0);
        for format in ["md", "html"] {
            let out = env.read(&format!("out/{}", name.replace(".toml", &format!(".{format}"))));
            assert!(!out.contains('⟦'), "{name} {format}: a message is missing");
            for sentence in &sentences {
                let escaped = sentence.replace('\'', "&#39;");
                assert!(
                    !out.contains(sentence.as_str()) && !out.contains(&escaped),
                    "{name} {format} says in English: {sentence}"
                );
            }
        }
        if example.contains("consultation") {
            let md = env.read("out/uk-online-safety-bill-encryption.md");
            assert!(md.contains("12 mai 2021"), "a date in French");
            assert!(md.contains("## Synthèse"));
        }
    }
}
