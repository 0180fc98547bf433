//! The help's translations: complete, of today's English, typeset, and fitting the page; and how
//! clap's own words are put in the language.

use super::*;

/// One help text of the command line, where it is and what it says in English.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HelpText {
    /// Where it is: `about` (the program's description), `render.about`, `render.arg.format`,
    /// `render.arg.format.long`, `value.pdf` (a value's description, the same wherever it is
    /// offered), `rubric.list.after-help`…
    id: String,
    /// The English, as `--help` prints it.
    english: String,
}

/// Every help text of the command line, in the order `--help` shows them, each once (a value's
/// description is one text wherever it is offered; a global flag's, the program's own).
fn texts() -> Vec<HelpText> {
    let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
    command.build();
    let mut texts = Vec::new();
    each_text(&command, "", &mut |id, english| {
        if !texts.iter().any(|text: &HelpText| text.id == id) {
            texts.push(HelpText {
                id,
                english: english.to_string(),
            });
        }
    });
    texts
}

/// Calls `visit` with the id and the English of each help text of `command` (built), the path
/// of whose name is `path` ("" for the program, "rubric.list." for `rubric list`).
fn each_text(command: &Command, path: &str, visit: &mut dyn FnMut(String, &str)) {
    let say = |visit: &mut dyn FnMut(String, &str), id: String, text: Option<String>| {
        if let Some(text) = text.filter(|text| !text.trim().is_empty()) {
            visit(id, &text);
        }
    };
    for (item, text) in command_texts(command) {
        say(visit, format!("{path}{item}"), text);
    }
    for arg in command.get_arguments() {
        if is_claps_own(arg) || (arg.is_global_set() && !path.is_empty()) {
            continue;
        }
        let id = format!("{path}arg.{}", arg.get_id());
        say(visit, id.clone(), arg.get_help().map(ToString::to_string));
        say(
            visit,
            format!("{id}.long"),
            arg.get_long_help().map(ToString::to_string),
        );
        for value in arg.get_possible_values() {
            let help = value.get_help().map(ToString::to_string);
            say(visit, format!("value.{}", value.get_name()), help);
        }
    }
    for subcommand in command.get_subcommands() {
        if subcommand.get_name() != "help" {
            each_text(subcommand, &format!("{path}{}.", subcommand.get_name()), visit);
        }
    }
}

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

/// A value's description has one id wherever it is offered (`value.pdf`), so it must say the same
/// everywhere: a second English for the same id would never be translated.
#[test]
fn a_value_says_the_same_wherever_it_is_offered() {
    let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
    command.build();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut differing = Vec::new();
    each_text(&command, "", &mut |id, english| {
        if let Some(first) = seen.get(&id)
            && first != english
        {
            differing.push(format!("{id}: {first:?} and {english:?}"));
        }
        seen.entry(id).or_insert_with(|| english.to_string());
    });
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}
