use super::*;

/// Each language's help: a translation of every help text, of the English as it is today, and
/// none of a text that is gone. On failure, the entries to write (or write again) are printed
/// with the English to translate, ready to paste into `locales/<lang>/cli.toml`.
#[test]
fn every_help_text_is_translated_from_todays_english() {
    let texts = texts();
    assert!(texts.len() > 100, "the help has {} texts", texts.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let translated = match parse(source_of(lang)) {
            Ok(translated) => translated,
            Err(error) => {
                problems.push(format!("locales/{lang}/cli.toml does not read: {error}"));
                continue;
            }
        };
        let mut to_translate = toml::Table::new();
        for text in &texts {
            let up_to_date = translated
                .get(&text.id)
                .is_some_and(|translation| translation.source == digest(&text.english));
            if !up_to_date {
                let mut entry = toml::Table::new();
                entry.insert("source".into(), digest(&text.english).into());
                entry.insert("text".into(), text.english.clone().into());
                to_translate.insert(text.id.clone(), entry.into());
            }
        }
        for id in translated.keys() {
            if !texts.iter().any(|text| &text.id == id) {
                problems.push(format!("locales/{lang}/cli.toml: `{id}` is no help text (any more)"));
            }
        }
        if !to_translate.is_empty() {
            problems.push(format!(
                "locales/{lang}/cli.toml lacks {} texts, or has them for older English; translate these:\n{}",
                to_translate.len(),
                toml::to_string(&to_translate).unwrap_or_default()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A translation made from other English (the help changed since) is not shown: the English is.
#[test]
fn a_translation_of_older_english_gives_way_to_the_english() {
    let english = "Paper size of the PDF";
    let translations = Translations {
        entries: HashMap::from([
            (
                "render.arg.paper".to_string(),
                Translation {
                    source: digest(english),
                    text: "Format du papier du PDF".to_string(),
                },
            ),
            (
                "render.arg.engine".to_string(),
                Translation {
                    source: digest("Which compiler makes PDFs"),
                    text: "Le compilateur qui fait les PDF".to_string(),
                },
            ),
        ]),
    };
    assert_eq!(
        translations.text("render.arg.paper", english),
        "Format du papier du PDF"
    );
    assert_eq!(
        translations.text("render.arg.engine", "Which Typst compiler makes PDFs"),
        "Which Typst compiler makes PDFs"
    );
    assert_eq!(
        translations.text("render.arg.typst", "The typst program"),
        "The typst program"
    );
}

/// clap's headings are put in the language where clap writes them, coloured or not; the
/// usage's second line stays under its first; a default's label is found where clap wrapped the
/// line after it; a blank line is left blank.
#[test]
fn claps_words_are_put_in_the_language_where_clap_writes_them() {
    let help = "About\n\nUsage: impact-brief [OPTIONS] <COMMAND>\n       impact-brief --version [--verbose]\n\n\
                \x1b[1m\x1b[4mOptions:\x1b[0m\n      --paper <PAPER>  Paper size of the PDF [default:\n                       a4]\n          \n  Options: in a sentence stay.\n";
    assert_eq!(
        with_clap_words(help, Lang::Es),
        "About\n\nUso: impact-brief [OPTIONS] <COMMAND>\n     impact-brief --version [--verbose]\n\n\
         \x1b[1m\x1b[4mOpciones:\x1b[0m\n      --paper <PAPER>  Paper size of the PDF [por defecto:\n                       a4]\n\n  Options: in a sentence stay.\n"
    );
    assert_eq!(
        with_clap_words("Usage: impact-brief render <FILE>\n", Lang::Fr),
        "Utilisation\u{a0}: impact-brief render <FILE>\n"
    );
    assert_eq!(with_clap_words(help, Lang::En), help);
}

/// French keeps its signs with their words in the help too, as the catalogue's test asks of the
/// messages: a no-break space before `:`, `;`, `?`, `!` and `»`, and after `«`.
#[test]
fn the_french_help_keeps_its_signs_with_their_words() {
    let translated = parse(source_of(Lang::Fr)).expect("locales/fr/cli.toml reads");
    for (id, translation) in &translated {
        let breaking = [" :", " ;", " ?", " !", " »", "« "]
            .iter()
            .find(|pair| translation.text.contains(**pair));
        assert!(
            breaking.is_none(),
            "locales/fr/cli.toml, {id}: {breaking:?} with an ordinary space: {}",
            translation.text
        );
    }
}

/// A text set out in lines of its own (the examples after a command's help, their columns lined
/// up) fits the help's width line by line, in every language: clap would wrap a longer line and
/// send its end to the start of the next.
#[test]
fn texts_set_out_in_lines_fit_the_help_s_width() {
    const WIDTH: usize = 100;
    for lang in Lang::ALL.into_iter().skip(1) {
        let translated = parse(source_of(lang)).expect("the translations read");
        for (id, translation) in &translated {
            if !translation.text.contains('\n') {
                continue;
            }
            for line in translation.text.lines() {
                assert!(
                    line.chars().count() <= WIDTH,
                    "locales/{lang}/cli.toml, {id}: a line of {} characters: {line}",
                    line.chars().count()
                );
            }
        }
    }
}
