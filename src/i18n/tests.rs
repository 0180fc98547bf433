use std::collections::BTreeSet;

use super::*;

/// Every message of every language: same ids as English, same variables, no orphans, no
/// duplicates, and every file parses.
#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for (index, domain) in DOMAINS.iter().enumerate() {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source_of(lang, index)) {
                problems.push(format!("locales/{lang}/{domain}.ftl does not parse: {errors:?}"));
            }
        }
        let ids: Vec<&str> = message_ids(lang).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        if unique.len() != ids.len() {
            let mut seen = BTreeSet::new();
            let twice: Vec<&str> = ids.iter().copied().filter(|id| !seen.insert(*id)).collect();
            problems.push(format!("{lang}: defined twice: {twice:?}"));
        }
    }
    let english: BTreeSet<&str> = message_ids(Lang::En).collect();
    for lang in Lang::ALL.into_iter().skip(1) {
        let translated: BTreeSet<&str> = message_ids(lang).collect();
        for missing in english.difference(&translated) {
            problems.push(format!("{lang}: `{missing}` is missing"));
        }
        for orphan in translated.difference(&english) {
            problems.push(format!("{lang}: `{orphan}` has no English message"));
        }
        for id in english.intersection(&translated) {
            let expected = message_variables(Lang::En, id);
            let found = message_variables(lang, id);
            if expected != found {
                problems.push(format!("{lang}: `{id}` uses {found:?}, English uses {expected:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} catalogue problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A message in the wrong file would be found, but a reader of the files would not find it:
/// each message's id starts with its domain's prefix (common messages excepted).
#[test]
fn each_message_lives_in_its_domains_file() {
    let mut misplaced = Vec::new();
    for (index, domain) in DOMAINS.iter().enumerate().skip(1) {
        let resource =
            fluent_syntax::parser::parse(source_of(Lang::En, index)).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry
                && !message.id.name.starts_with(&format!("{domain}-"))
            {
                misplaced.push(format!("{domain}.ftl: {}", message.id.name));
            }
        }
    }
    assert!(
        misplaced.is_empty(),
        "messages outside their domain's prefix:\n{}",
        misplaced.join("\n")
    );
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let date = time::Date::from_calendar_date(2021, time::Month::May, 12).expect("a valid date");
    let first = time::Date::from_calendar_date(2021, time::Month::May, 1).expect("a valid date");
    assert_eq!(long_date(Lang::En, date), "12 May 2021");
    assert_eq!(long_date(Lang::Fr, date), "12 mai 2021");
    assert_eq!(long_date(Lang::Fr, first), "1er mai 2021");
    assert_eq!(long_date(Lang::Es, date), "12 de mayo de 2021");
    assert_eq!(long_date(Lang::Pt, date), "12 de maio de 2021");
    assert_eq!(long_date(Lang::Pt, first), "1º de maio de 2021");
}

#[test]
fn a_missing_message_is_marked_not_hidden() {
    assert_eq!(tr(Lang::Fr, "no-such-message"), "⟦no-such-message⟧");
}

#[test]
fn decimals_use_the_languages_sign() {
    assert_eq!(decimal(Lang::En, 2.5, 1), "2.5");
    assert_eq!(decimal(Lang::Fr, 2.5, 1), "2,5");
    assert_eq!(decimal(Lang::Pt, 2.25, 2), "2,25");
}

#[test]
fn a_system_locale_names_its_language() {
    assert_eq!(from_locale("fr_CA.UTF-8"), Some(Lang::Fr));
    assert_eq!(from_locale("pt_BR"), Some(Lang::Pt));
    assert_eq!(from_locale("pt_PT.UTF-8"), Some(Lang::Pt));
    assert_eq!(from_locale("es-419"), Some(Lang::Es));
    assert_eq!(from_locale("fr_FR@euro"), Some(Lang::Fr));
    assert_eq!(from_locale("en_US.UTF-8"), Some(Lang::En));
    assert_eq!(from_locale("C.UTF-8"), Some(Lang::En));
    assert_eq!(from_locale("POSIX"), Some(Lang::En));
    assert_eq!(from_locale("de_DE.UTF-8"), None);
}

#[test]
fn the_environment_is_read_as_gettext_reads_it() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    };
    let chosen = |pairs: &'static [(&'static str, &'static str)]| from_environment(env(pairs));
    assert_eq!(chosen(&[("LANG", "fr_CA.UTF-8")]).lang, Lang::Fr);
    assert_eq!(
        chosen(&[("LANG", "fr_CA.UTF-8"), ("LC_ALL", "pt_BR.UTF-8")]).lang,
        Lang::Pt
    );
    assert_eq!(
        chosen(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "es_MX")]).lang,
        Lang::Es
    );
    assert_eq!(chosen(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "de:fr")]).lang, Lang::Fr);
    // LANGUAGE is ignored under the C locale, so `LC_ALL=C` always gives English.
    assert_eq!(chosen(&[("LC_ALL", "C"), ("LANGUAGE", "fr")]).lang, Lang::En);
    assert_eq!(
        chosen(&[]),
        Negotiated {
            lang: Lang::En,
            unmatched: None
        }
    );
    // A locale with no translation falls back to English, and says which locale it was.
    assert_eq!(
        chosen(&[("LANG", "de_DE.UTF-8")]),
        Negotiated {
            lang: Lang::En,
            unmatched: Some("de_DE.UTF-8".to_string())
        }
    );
}

#[test]
fn labels_are_keyed_for_templates() {
    let labels = labels(Lang::Fr, "month-");
    assert_eq!(labels.get("5").map(String::as_str), Some("mai"));
    // The twelve months, and the colon every template writes after a label.
    assert_eq!(labels.len(), 13);
}

/// French puts a no-break space before a colon; English, Spanish and Portuguese no space. Every document's
/// labels carry the language's colon, so a template never writes one of its own.
#[test]
fn the_colon_after_a_label_is_the_languages() {
    for (lang, colon) in [(Lang::En, ":"), (Lang::Fr, "\u{a0}:"), (Lang::Es, ":"), (Lang::Pt, ":")] {
        for prefix in ["brief-", "panel-", "change-", "serve-"] {
            assert_eq!(
                labels(lang, prefix).get("colon").map(String::as_str),
                Some(colon),
                "{lang:?} {prefix}"
            );
            assert_eq!(
                fixed_labels(lang, prefix).get("colon").map(String::as_str),
                Some(colon),
                "{lang:?} {prefix}"
            );
        }
    }
}

/// Formatted sentences are remembered, and each is remembered under all it depends on: the
/// language, the message and every value, numbers to their last bit.
#[test]
fn a_remembered_sentence_is_the_one_its_values_make() {
    let capped = |lang: Lang, count: f64| {
        crate::tr!(
            lang,
            "brief-text-capped",
            ceiling = "Weak",
            count = count,
            band = "Adequate"
        )
    };
    for _ in 0..2 {
        assert_eq!(
            capped(Lang::En, 1.0),
            "capped at Weak by a red flag (the score alone would rate Adequate)"
        );
        assert_eq!(
            capped(Lang::En, 2.0),
            "capped at Weak by 2 red flags (the score alone would rate Adequate)"
        );
        // A value a hair from 1 is not 1: it must not be given the sentence of 1.
        assert_ne!(capped(Lang::En, 1.0 + f64::EPSILON), capped(Lang::En, 1.0));
        assert_ne!(capped(Lang::Fr, 1.0), capped(Lang::En, 1.0));
        // No value can pass for another split: text that looks like the memo's key of two
        // values makes its own sentence.
        assert_eq!(
            crate::tr!(Lang::En, "brief-text-count-of", count = "1:1s5:total", total = "1:3"),
            "1:1s5:total of 1:3"
        );
        assert_eq!(
            crate::tr!(Lang::En, "brief-text-count-of", count = "1", total = "3"),
            "1 of 3"
        );
        assert_eq!(
            crate::tr!(
                Lang::En,
                "brief-text-count-of",
                count = "1\u{1f}total\u{1e}s2",
                total = "3"
            ),
            "1\u{1f}total\u{1e}s2 of 3"
        );
        assert_eq!(
            crate::tr!(
                Lang::En,
                "brief-text-count-of",
                count = "1",
                total = "2\u{1f}total\u{1e}s3"
            ),
            "1 of 2\u{1f}total\u{1e}s3"
        );
        assert_eq!(tr(Lang::Es, "status-not-affected"), "No afectado");
    }
}

/// A message's variables are read from the catalogue as loaded, as its first definition has
/// them; the labels a template prints as they are take only messages without variables.
#[test]
fn variables_come_from_the_loaded_catalogue() {
    let names = |names: &[&str]| names.iter().map(|name| (*name).to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        message_variables(Lang::En, "brief-text-count-of"),
        Some(names(&["count", "total"]))
    );
    assert_eq!(
        message_variables(Lang::Fr, "brief-text-capped"),
        Some(names(&["band", "ceiling", "count"]))
    );
    assert_eq!(
        message_variables(Lang::Pt, "status-not-affected"),
        Some(BTreeSet::new())
    );
    assert_eq!(message_variables(Lang::Es, "no-such-message"), None);
    for prefix in ["panel-", "change-", "serve-"] {
        let fixed = fixed_labels(Lang::Fr, prefix);
        assert!(!fixed.is_empty(), "{prefix}");
        for key in fixed.keys() {
            let id = match key.as_str() {
                "colon" => "colon".to_string(),
                _ => format!("{prefix}{}", key.replace('_', "-")),
            };
            assert_eq!(message_variables(Lang::En, &id), Some(BTreeSet::new()), "{id}");
        }
    }
}

/// French puts a space before `:`, `;`, `?`, `!` and `»` and after `«`, and it must be a no-break
/// one, or a line can begin with the sign or end with the guillemet.
#[test]
fn french_messages_keep_their_signs_with_their_words() {
    for (index, domain) in DOMAINS.iter().enumerate() {
        for (number, line) in source_of(Lang::Fr, index).lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let breaking = [" :", " ;", " ?", " !", " »", "« "]
                .iter()
                .find(|pair| line.contains(**pair));
            assert!(
                breaking.is_none(),
                "locales/fr/{domain}.ftl:{}: {breaking:?} with an ordinary space: {line}",
                number + 1
            );
        }
    }
}

/// The wizard's progress line counts the answers marked "not sure" beside the answered ones, not
/// among them ("2 of 16 answered, and 1 marked not sure yet": 13 are left), in the singular for
/// one.
#[test]
fn the_progress_line_counts_not_sure_beside_answered() {
    let line = |lang: Lang| crate::tr!(lang, "ui-progress", answered = 2, total = 16, unsure = 1);
    assert_eq!(
        line(Lang::En),
        "2 of 16 applicable questions answered, and 1 marked not sure yet."
    );
    assert_eq!(
        line(Lang::Fr),
        "2 questions applicables sur 16 ont reçu une réponse, et 1 marquée «\u{a0}je ne sais pas encore\u{a0}»."
    );
    assert_eq!(
        crate::tr!(Lang::Fr, "ui-progress", answered = 1, total = 16, unsure = 0),
        "1 question applicable sur 16 a reçu une réponse."
    );
    assert_eq!(
        line(Lang::Es),
        "2 de 16 preguntas aplicables respondidas, y 1 marcada como «todavía no lo sé»."
    );
    assert_eq!(
        line(Lang::Pt),
        "2 de 16 perguntas aplicáveis respondidas, e 1 marcada como “ainda não tenho certeza”."
    );
}

#[test]
fn counts_of_one_agree_in_each_language() {
    let feedback = |lang, count: usize, total: usize| {
        crate::tr!(
            lang,
            "brief-text-because-feedback",
            count = count,
            total = total,
            reasoned = count,
            rejections = total
        )
    };
    assert_eq!(
        feedback(Lang::Fr, 1, 1),
        "1 contribution sur 1 a reçu une réponse et 1 rejet sur 1 a reçu un motif légitime"
    );
    assert_eq!(
        feedback(Lang::Fr, 2, 3),
        "2 contributions sur 3 ont reçu une réponse et 2 rejets sur 3 ont reçu un motif légitime"
    );
    assert_eq!(
        feedback(Lang::Es, 1, 1),
        "1 de 1 contribución recibió respuesta y 1 de 1 rechazo dio un motivo legítimo"
    );
    assert_eq!(
        feedback(Lang::Pt, 1, 3),
        "1 de 3 contribuições recebeu resposta e 1 de 3 rejeições deu um motivo legítimo"
    );
    assert_eq!(
        feedback(Lang::En, 1, 1),
        "1 of 1 submissions got a response and 1 of 1 rejections gave a legitimate reason"
    );
}

/// A large number is grouped as each language writes it: Spanish leaves four digits alone.
#[test]
fn large_numbers_are_grouped_as_each_language_writes_them() {
    assert_eq!(grouped(5_000_000, Lang::En), "5,000,000");
    assert_eq!(grouped(5_000_000, Lang::Fr), "5\u{a0}000\u{a0}000");
    assert_eq!(grouped(5_000_000, Lang::Pt), "5.000.000");
    assert_eq!(grouped(20_000, Lang::Es), "20\u{a0}000");
    assert_eq!(grouped(5_000, Lang::Es), "5000");
    assert_eq!(grouped(5_000, Lang::En), "5,000");
    assert_eq!(grouped(500, Lang::Fr), "500");
    assert_eq!(grouped(0, Lang::En), "0");
}

/// Each message has as many lines in every language as in English, outside its variants: a line
/// left out, added, or a message put between another's lines (which then become its own) changes
/// what a terminal shows, and when.
#[test]
fn every_message_has_as_many_lines_as_in_english() {
    use fluent_syntax::ast;
    use std::collections::BTreeMap;
    fn lines(lang: Lang) -> BTreeMap<String, usize> {
        let mut found = BTreeMap::new();
        for index in 0..DOMAINS.len() {
            let Ok(resource) = fluent_syntax::parser::parse(source_of(lang, index)) else {
                continue;
            };
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry
                    && let Some(pattern) = message.value
                {
                    let breaks = pattern
                        .elements
                        .iter()
                        .map(|element| match element {
                            ast::PatternElement::TextElement { value } => value.matches('\n').count(),
                            ast::PatternElement::Placeable { .. } => 0,
                        })
                        .sum();
                    found.insert(message.id.name.to_string(), breaks);
                }
            }
        }
        found
    }
    let english = lines(Lang::En);
    assert_eq!(english.get("serve-terminal-serving"), Some(&2));
    assert_eq!(english.get("serve-terminal-stopped"), Some(&0));
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        for (id, count) in lines(lang) {
            if let Some(expected) = english.get(&id).filter(|expected| **expected != count) {
                problems.push(format!(
                    "{lang}: `{id}` has {} lines, English {}",
                    count + 1,
                    expected + 1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The browser and the wizard call an answer "not sure yet" by the same words in every language.
#[test]
fn not_sure_yet_has_one_name_in_each_language() {
    for lang in Lang::ALL {
        assert_eq!(
            tr(lang, "serve-status-unknown"),
            tr(lang, "ui-option-not-sure"),
            "{lang}"
        );
    }
}
