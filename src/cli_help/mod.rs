//! The command line's help (`--help`, `-h`, `impact-brief help …`) in the user's language.
//!
//! The English is the help written with the commands in [`crate::cli`], the one place it is
//! written. Each other language's words for it are kept in `locales/<lang>/cli.toml`, each with a
//! digest of the English it translates: a help text changed in English is shown in English until
//! it is translated again, never as the translation of what it used to say, and a test lists what
//! is missing or out of date, with the English to translate. The words clap adds itself
//! ("Usage:", "Options:", "Print help") come from the message catalogue.
//!
//! Only the help is translated: flags, commands, values and file names are what the user types,
//! and the manual pages and completion scripts stay English.

use std::collections::HashMap;
use std::sync::OnceLock;

use clap::Command;
use clap::builder::PossibleValue;
use serde::Deserialize;

use crate::i18n::{Lang, tr};

/// `command` (the program, built) with its help in `lang`: each text whose translation is up to
/// date, and clap's own words. English is `command` as it is.
pub fn localized(mut command: Command, lang: Lang) -> Command {
    command.build();
    if lang == Lang::En {
        return command;
    }
    let words = translations(lang);
    localize_command(command, "", lang, words)
}

/// clap's fixed words in `help`, a help page rendered from a [`localized`] command, in `lang`:
/// the section headings and the line that shows a flag's default. Each is replaced where it
/// stands as clap writes it (a heading at the start of a line, after any colour codes).
pub fn with_clap_words(help: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return help.to_string();
    }
    let headings = [
        ("Usage:", tr(lang, "ui-usage-usage")),
        ("Commands:", tr(lang, "ui-help-commands")),
        ("Arguments:", tr(lang, "ui-help-arguments")),
        ("Options:", tr(lang, "ui-help-options")),
    ];
    let default = tr(lang, "ui-help-default");
    // The usage's further lines stand under its first, after "Usage: ".
    let usage_indent = " ".repeat("Usage: ".len());
    let mut under_usage: Option<String> = None;
    let mut out = String::with_capacity(help.len() + 64);
    for line in help.split_inclusive('\n') {
        // A blank line is left blank, where clap indents it inside a long help of our making.
        if line.trim().is_empty() {
            out.push_str(line.trim_start_matches(' '));
            continue;
        }
        if let Some(indent) = &under_usage
            && let Some(rest) = line.strip_prefix(&usage_indent)
            && !rest.starts_with(' ')
            && !rest.trim().is_empty()
        {
            out.push_str(indent);
            out.push_str(rest);
            continue;
        }
        under_usage = None;
        // Colour codes (ESC [ … m) before the heading, when the help is coloured.
        let codes = colour_codes_at_start(line);
        let (prefix, rest) = line.split_at(codes);
        let mut line = match headings.iter().find(|(english, _)| rest.starts_with(english)) {
            Some((english, localized)) => {
                if *english == "Usage:" {
                    under_usage = Some(" ".repeat(localized.chars().count() + 1));
                }
                format!("{prefix}{localized}{}", &rest[english.len()..])
            }
            None => line.to_string(),
        };
        // Wrapped, the default's value may stand on the next line.
        if line.contains("[default:") {
            line = line.replace("[default:", &format!("[{default}"));
        }
        out.push_str(&line);
    }
    out
}

/// The length of the colour codes at the start of `line`.
fn colour_codes_at_start(line: &str) -> usize {
    let mut at = 0;
    while line[at..].starts_with("\x1b[") {
        match line[at..].find('m') {
            Some(end) => at += end + 1,
            None => break,
        }
    }
    at
}

/// A command's own texts, each with the name its id ends in.
fn command_texts(command: &Command) -> [(&'static str, Option<String>); 4] {
    [
        ("about", command.get_about().map(ToString::to_string)),
        ("long-about", command.get_long_about().map(ToString::to_string)),
        ("after-help", command.get_after_help().map(ToString::to_string)),
        (
            "after-long-help",
            command.get_after_long_help().map(ToString::to_string),
        ),
    ]
}

/// The flags clap adds itself (`-h, --help`), whose words are the catalogue's.
fn is_claps_own(arg: &clap::Arg) -> bool {
    arg.get_id() == "help"
}

/// `command` (built), the path of whose name is `path`, with its texts, its flags' and its
/// subcommands' in `lang` where `words` has them for today's English.
fn localize_command(mut command: Command, path: &str, lang: Lang, words: &Translations) -> Command {
    for (item, english) in command_texts(&command) {
        if let Some(english) = english {
            let text = words.text(&format!("{path}{item}"), &english);
            command = match item {
                "about" => command.about(text),
                "long-about" => command.long_about(text),
                "after-help" => command.after_help(text),
                _ => command.after_long_help(text),
            };
        }
    }
    let ids: Vec<String> = command.get_arguments().map(|arg| arg.get_id().to_string()).collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| localize_arg(arg, path, lang, words));
    }
    command = command.mut_subcommands(|subcommand| {
        let name = subcommand.get_name().to_string();
        if name == "help" {
            // `help help` lists the commands again, from copies of their descriptions.
            let listed_path = path.to_string();
            return subcommand
                .about(tr(lang, "ui-help-help-command"))
                .mut_subcommands(move |listed| {
                    let about = match (listed.get_name(), listed.get_about()) {
                        ("help", _) => tr(lang, "ui-help-help-command"),
                        (name, Some(english)) => {
                            words.text(&format!("{listed_path}{name}.about"), &english.to_string())
                        }
                        (_, None) => return listed,
                    };
                    listed.about(about)
                });
        }
        localize_command(subcommand, &format!("{path}{name}."), lang, words)
    });
    command
}

/// `arg` of the command at `path` with its help in `lang`: clap's help flag in the catalogue's
/// words, any other in the translation of its English, its values listed with theirs.
fn localize_arg(mut arg: clap::Arg, path: &str, lang: Lang, words: &Translations) -> clap::Arg {
    if is_claps_own(&arg) {
        // clap words its help flag by whether the command has more to say under `--help`.
        let short = arg.get_help().map(ToString::to_string).unwrap_or_default();
        let id = if short.contains("--help") {
            "ui-help-help-more"
        } else {
            "ui-help-help"
        };
        arg = arg.help(tr(lang, id));
        if arg.get_long_help().is_some() {
            arg = arg.long_help(tr(lang, "ui-help-help-summary"));
        }
        return arg;
    }
    // A global flag is the program's own wherever it is offered.
    let path = if arg.is_global_set() { "" } else { path };
    let id = format!("{path}arg.{}", arg.get_id());
    if let Some(help) = arg.get_help().map(ToString::to_string) {
        arg = arg.help(words.text(&id, &help));
    }
    if let Some(help) = arg.get_long_help().map(ToString::to_string) {
        arg = arg.long_help(words.text(&format!("{id}.long"), &help));
    }
    // The values' descriptions: clap lists them under the flag's long help, in English, from
    // values it cannot be given others for; so the list is written here, in the language, and
    // clap's is hidden.
    let values = arg.get_possible_values();
    if values.iter().any(|value| value.get_help().is_some()) {
        arg = with_values_listed(arg, &values, lang, words);
    }
    arg
}

/// `arg` with its possible values listed in its help, as clap lists them, each with its
/// description in `lang`.
fn with_values_listed(arg: clap::Arg, values: &[PossibleValue], lang: Lang, words: &Translations) -> clap::Arg {
    let shown: Vec<&PossibleValue> = values.iter().filter(|value| !value.is_hide_set()).collect();
    let width = shown
        .iter()
        .map(|value| value.get_name().chars().count())
        .max()
        .unwrap_or(0);
    // Each description wrapped under itself, as clap sets its own list: clap wraps a line that is
    // too long from the start of the line, under the dash.
    let room = help_width().saturating_sub(LONG_HELP_INDENT);
    let mut list = tr(lang, "ui-help-possible-values");
    for value in &shown {
        let name = value.get_name();
        let help = value
            .get_help()
            .map(|help| words.text(&format!("value.{name}"), &help.to_string()))
            .unwrap_or_default();
        let pad = " ".repeat(width - name.chars().count());
        list.push('\n');
        list.push_str(&crate::markup::hanging(&format!("- {name}:{pad} "), &help, room));
    }
    let names: Vec<&str> = shown.iter().map(|value| value.get_name()).collect();
    let short = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let long = arg
        .get_long_help()
        .map_or_else(|| short.clone(), |long| long.to_string());
    let values_line = crate::tr!(lang, "ui-help-possible-values-line", values = names.join(", "));
    arg.hide_possible_values(true)
        .help(format!("{short} {values_line}"))
        .long_help(format!("{long}\n\n{list}"))
}

/// How far clap sets a flag's long help in from the left.
const LONG_HELP_INDENT: usize = 10;

/// The width clap lays the help out in: `COLUMNS`, else the terminal's, up to the program's
/// `max_term_width`.
fn help_width() -> usize {
    const MOST: usize = 100;
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.parse::<usize>().ok());
    columns
        .or_else(|| terminal_size::terminal_size().map(|(width, _)| usize::from(width.0)))
        .map_or(MOST, |width| width.min(MOST))
}

/// One language's translations of the help, by id.
struct Translations {
    entries: HashMap<String, Translation>,
}

/// One translated help text, as `locales/<lang>/cli.toml` holds it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Translation {
    /// [`digest`] of the English it translates.
    pub source: String,
    /// The text in the language.
    pub text: String,
}

impl Translations {
    /// The words for `id` whose English is `english`: the translation if it translates this
    /// English, else the English.
    fn text(&self, id: &str, english: &str) -> String {
        match self.entries.get(id) {
            Some(translation) if translation.source == digest(english) => translation.text.clone(),
            _ => english.to_string(),
        }
    }
}

/// The first eight hexadecimal digits of the SHA-256 of `english`: what a translation names
/// the English it was made from by.
pub(crate) fn digest(english: &str) -> String {
    use sha2::{Digest, Sha256};
    crate::hex::encode(&Sha256::digest(english.as_bytes())[..4])
}

/// The text of `locales/<lang>/cli.toml`, as built into the binary (English has none).
pub(crate) fn source_of(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Fr => include_str!("../../locales/fr/cli.toml"),
        Lang::Es => include_str!("../../locales/es/cli.toml"),
        Lang::Pt => include_str!("../../locales/pt/cli.toml"),
    }
}

/// The translations of `source`, a `cli.toml`, by id.
pub(crate) fn parse(source: &str) -> Result<indexmap::IndexMap<String, Translation>, toml::de::Error> {
    toml::from_str(source)
}

/// `lang`'s translations, read on first use. The shipped files are checked by a test; one that
/// did not read would leave the help in English rather than stop the program.
fn translations(lang: Lang) -> &'static Translations {
    static LOADED: [OnceLock<Translations>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    LOADED[lang.index()].get_or_init(|| Translations {
        entries: parse(source_of(lang))
            .map(|entries| entries.into_iter().collect())
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests;
