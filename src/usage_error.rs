//! The command line's own mistakes (an argument missing, a value no flag takes, a misspelt flag
//! or command) said in the user's language, as every other message is: clap words them in
//! English. The words `error` and `help` stay as everywhere else; `--help` is `cli_help`'s.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, tr};

/// What to print for `error`, a mistake clap found in the process's command line, in the
/// language `--lang` asks for there, else the system locale's ([`language`]); `None` for what clap says best itself
/// (`--help`, `--version`, the rarer mistakes), which it then prints as it is.
pub fn said(error: &clap::Error) -> Option<String> {
    let lang = language();
    let context = |kind: ContextKind| error.get(kind).map(text_of);
    let (message, help) = match error.kind() {
        ErrorKind::MissingRequiredArgument => {
            let missing = context(ContextKind::InvalidArg)?;
            (crate::tr!(lang, "ui-usage-missing", arguments = missing), None)
        }
        ErrorKind::InvalidValue => {
            let (flag, value) = (context(ContextKind::InvalidArg)?, context(ContextKind::InvalidValue)?);
            // `-o` with nothing after it: clap calls that an empty value.
            if value.is_empty() {
                let message = crate::tr!(lang, "ui-usage-value-needed", flag = flag);
                return Some(text(lang, &message, None, context(ContextKind::Usage).as_deref()));
            }
            let message = crate::tr!(lang, "ui-usage-invalid-value", value = value.as_str(), flag = flag);
            let valid = match error.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(values)) => values.clone(),
                _ => Vec::new(),
            };
            // `pfd` for `pdf`: the value meant, where one is a slip of a key away (two in a longer
            // word), two keys swapped counting as one slip.
            let slips = if value.chars().count() <= 3 { 1 } else { 2 };
            let meant = valid
                .iter()
                .map(|candidate| (strsim::osa_distance(&value.to_lowercase(), candidate), candidate))
                .filter(|(distance, _)| *distance <= slips)
                .min_by_key(|(distance, _)| *distance)
                .map(|(_, candidate)| candidate.as_str());
            let values = valid.join(", ");
            let help = match meant {
                Some(meant) => Some(crate::tr!(
                    lang,
                    "ui-usage-did-you-mean",
                    suggested = meant,
                    values = values
                )),
                None if !valid.is_empty() => Some(crate::tr!(lang, "ui-usage-possible-values", values = values)),
                None => None,
            };
            (message, help)
        }
        ErrorKind::UnknownArgument => {
            let argument = context(ContextKind::InvalidArg)?;
            let help = context(ContextKind::SuggestedArg)
                .map(|suggested| crate::tr!(lang, "ui-usage-similar-argument", suggested = suggested));
            (crate::tr!(lang, "ui-usage-unknown-argument", argument = argument), help)
        }
        ErrorKind::InvalidSubcommand => {
            let command = context(ContextKind::InvalidSubcommand)?;
            let help = context(ContextKind::SuggestedSubcommand)
                .map(|suggested| crate::tr!(lang, "ui-usage-similar-command", suggested = suggested));
            (crate::tr!(lang, "ui-usage-unknown-command", command = command), help)
        }
        _ => return None,
    };
    Some(text(
        lang,
        &message,
        help.as_deref(),
        context(ContextKind::Usage).as_deref(),
    ))
}

/// A mistake of the command line as said to the user: what is wrong, how to mend it, the
/// command's usage lines as `--help` gives them, and where to learn more.
pub fn text(lang: Lang, message: &str, help: Option<&str>, usage: Option<&str>) -> String {
    let mut out = format!("error: {message}\n");
    if let Some(help) = help {
        out.push_str(&format!("  help: {help}\n"));
    }
    if let Some(usage) = usage {
        // "Usage: impact-brief render [OPTIONS] <FILE>", its first word in the language and the
        // lines after the first lined up under it.
        let word = tr(lang, "ui-usage-usage");
        let mut lines = usage.strip_prefix("Usage: ").unwrap_or(usage).lines();
        out.push_str(&format!("\n{word} {}\n", lines.next().unwrap_or_default()));
        let indent = " ".repeat(word.chars().count() + 1);
        for line in lines {
            out.push_str(&format!("{indent}{}\n", line.trim_start()));
        }
    }
    out.push_str(&format!("\n{}\n", tr(lang, "ui-more-information")));
    out
}

/// The language to say a mistake of the process's command line in: the one `--lang` names
/// there, else the system locale's.
pub fn language() -> Lang {
    let args: Vec<String> = std::env::args_os()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    asked_language(&args).unwrap_or_else(|| crate::i18n::from_environment(|name| std::env::var(name).ok()).lang)
}

/// The language `--lang` names in `args` (`--lang fr`, `--lang=fr`), if one it knows.
fn asked_language(args: &[String]) -> Option<Lang> {
    args.iter().enumerate().find_map(|(at, arg)| {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.get(at + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        value.parse().ok()
    })
}

/// A context value as one line: lists joined by commas, styles dropped.
fn text_of(value: &ContextValue) -> String {
    match value {
        ContextValue::String(text) => text.clone(),
        ContextValue::Strings(texts) => texts.join(", "),
        ContextValue::StyledStr(text) => text.to_string(),
        ContextValue::StyledStrs(texts) => texts.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        ContextValue::Number(number) => number.to_string(),
        ContextValue::Bool(yes) => yes.to_string(),
        ContextValue::None => String::new(),
        // clap may add kinds of value; none of the mistakes above uses another.
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::asked_language;
    use crate::i18n::Lang;

    #[test]
    fn the_language_is_read_from_the_command_line_as_clap_would() {
        let args = |text: &str| text.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(asked_language(&args("impact-brief render --lang fr x")), Some(Lang::Fr));
        assert_eq!(asked_language(&args("impact-brief render --lang=pt x")), Some(Lang::Pt));
        assert_eq!(asked_language(&args("impact-brief render --lang")), None);
        assert_eq!(asked_language(&args("impact-brief render --lang xx")), None);
        assert_eq!(asked_language(&args("impact-brief render --language fr")), None);
    }
}
