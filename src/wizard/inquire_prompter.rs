//! The terminal [`Prompter`]: the only code that uses inquire. Esc and Ctrl-C become
//! [`PromptError::Cancelled`] here, in one place; prompts and notes go to standard error, where
//! inquire draws, so that standard output stays clean.

use std::ffi::OsStr;

use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{Confirm, Editor, InquireError, MultiSelect, Select, Text};

use crate::i18n::{self, Lang};
use crate::markup::terminal_safe;

use super::prompter::{ConfirmPrompt, MultiSelectPrompt, PromptError, Prompter, SelectPrompt, TextPrompt, Validator};

/// How many options a list shows at once at most; longer lists scroll, and a short terminal
/// shows fewer (see [`Fitted`]).
const PAGE_SIZE: usize = 12;

/// A list's options fitted to the terminal: inquire redraws a list by counting its lines, so an
/// option wider than the terminal, which wraps, or a page taller than it, which scrolls, leaves
/// the screen garbled. Each option is cut to one line; when any is cut, the options are first
/// printed whole, wrapped, so that every word can still be read.
struct Fitted {
    options: Vec<String>,
    page_size: usize,
}

impl Fitted {
    /// `options` of a list whose prompt reads `message`, after a marker `indent` columns wide
    /// ("> " or "> [x] ").
    fn new(message: &str, options: &[String], indent: usize) -> Fitted {
        let (columns, rows) = terminal_size::terminal_size_of(std::io::stderr()).map_or((80, 24), |(width, height)| {
            (usize::from(width.0), usize::from(height.0))
        });
        let width = columns.saturating_sub(indent + 1).max(20);
        let cut: Vec<String> = options.iter().map(|option| one_line_within(option, width)).collect();
        if cut != options {
            let whole: Vec<String> = options
                .iter()
                .map(|option| super::input::wrap(option, columns.saturating_sub(4).max(20)).replace('\n', "\n    "))
                .map(|option| format!("  {option}"))
                .collect();
            crate::eprintln_safe!("{}", whole.join("\n"));
        }
        // The prompt's own lines, the help line and a margin stay on screen with the page.
        let message_lines = unicode_width::UnicodeWidthStr::width(message) / columns.max(1) + 1;
        let page_size = rows.saturating_sub(message_lines + 3).clamp(3, PAGE_SIZE);
        Fitted {
            options: cut,
            page_size,
        }
    }
}

/// `text` cut to `width` terminal columns, with an ellipsis when cut.
fn one_line_within(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar as _;
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        let wide = c.width().unwrap_or(0);
        if used + wide + 1 > width {
            break;
        }
        cut.push(c);
        used += wide;
    }
    // At a word, unless that would lose more than half the line: the list shows the start of
    // each option, printed whole above it.
    if let Some(space) = cut.rfind(' ').filter(|&space| space > cut.len() / 2) {
        cut.truncate(space);
    }
    cut.push('…');
    cut
}

/// Asks on the terminal with inquire.
#[derive(Debug, Clone, Default)]
pub struct InquirePrompter {
    /// The user's editor command from `$VISUAL` or `$EDITOR`, split into program and arguments.
    editor: Option<Vec<String>>,
    /// The language of the words the prompter adds itself: key hints, yes and no, summaries.
    lang: Lang,
}

impl InquirePrompter {
    /// A prompter in `lang` that uses the editor named by `$VISUAL` or `$EDITOR` for long texts,
    /// if any.
    pub fn new(lang: Lang) -> Self {
        let editor = ["VISUAL", "EDITOR"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .map(|command| command.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .find(|words| !words.is_empty());
        // inquire marks a prompt left with Esc "<canceled>", in English: the wizard says it in the
        // user's language, in inquire's own style. Set once per wizard, so the leak is one string.
        let stopped: &'static str = Box::leak(i18n::tr(lang, "ui-prompt-stopped").into_boxed_str());
        // Without colour (`NO_COLOR`, `TERM=dumb`), inquire's prompts are drawn without it too.
        let mut config = if crate::commands::colour_allowed() {
            inquire::ui::RenderConfig::default()
        } else {
            inquire::ui::RenderConfig::empty()
        };
        config.canceled_prompt_indicator.content = stopped;
        // inquire starts a refused answer's message with "#", which reads as a stray character
        // to someone who does not write code; "!" says what it is.
        config.error_message.prefix.content = "!";
        inquire::set_global_render_config(config);
        InquirePrompter { editor, lang }
    }
}

/// The one place inquire's errors are translated.
fn map_error(error: InquireError, lang: Lang) -> PromptError {
    match error {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => PromptError::Cancelled,
        InquireError::NotTTY => PromptError::Failed(i18n::tr(lang, "ui-needs-terminal")),
        other => PromptError::Failed(other.to_string()),
    }
}

/// Wraps a wizard validator for inquire.
fn inquire_validator(validate: Validator) -> impl Fn(&str) -> Result<Validation, inquire::CustomUserError> + Clone {
    move |input: &str| {
        Ok(match validate.check(input) {
            Ok(()) => Validation::Valid,
            Err(message) => Validation::Invalid(message.into()),
        })
    }
}

/// A one-line summary of a long answer, shown once it is given.
fn summarize(text: &str, lang: Lang) -> String {
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .collect();
    let first: String = paragraphs
        .first()
        .map_or("", |paragraph| paragraph.lines().next().unwrap_or(""))
        .chars()
        .take(60)
        .collect();
    match paragraphs.len() {
        0 => i18n::tr(lang, "ui-summary-none"),
        1 if !paragraphs[0].contains('\n') && first.chars().count() < 60 => first,
        1 => format!("{first}…"),
        n => crate::tr!(lang, "ui-summary-paragraphs", first = first, count = n),
    }
}

/// Made safe for the terminal: prompts quote the file's own texts (titles, answers, rationales).
fn safe(text: &str) -> String {
    terminal_safe(text).into_owned()
}

/// A help line made safe and wrapped at word boundaries as the wizard's prose is, less the two
/// brackets inquire puts around it: inquire prints it as it is, and the terminal would break it
/// in the middle of a word. inquire counts the lines it drew, so that it redraws the prompt whole.
fn help_text(help: &str) -> String {
    let width = crate::wizard::input::text_width().saturating_sub(2);
    crate::wizard::input::wrap(&safe(help), width)
}

fn safe_all(texts: &[String]) -> Vec<String> {
    texts.iter().map(|text| safe(text)).collect()
}

impl Prompter for InquirePrompter {
    fn say(&mut self, text: &str) {
        crate::eprintln_safe!("{text}");
    }

    fn show_scorecard(&mut self, card: &str) {
        crate::output::print_stderr_prepared(&format!("{card}\n"));
    }

    fn scorecard_width(&self) -> Option<usize> {
        crate::render::terminal::width_for(terminal_size::terminal_size_of(std::io::stderr()))
    }

    fn select(&mut self, prompt: &SelectPrompt) -> Result<usize, PromptError> {
        let prompt = &SelectPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(help_text),
            options: safe_all(&prompt.options),
            start: prompt.start,
        };
        let fitted = Fitted::new(&prompt.message, &prompt.options, 2);
        // The answer left on screen is the option whole: it is all the user has to check it by.
        let whole = |chosen: ListOption<&String>| prompt.options.get(chosen.index).cloned().unwrap_or_default();
        let mut select = Select::new(&prompt.message, fitted.options)
            .with_starting_cursor(prompt.start.min(prompt.options.len().saturating_sub(1)))
            .with_page_size(fitted.page_size)
            .with_formatter(&whole);
        // inquire's own key hint is English: without guidance of ours, ours in its place.
        let keys = i18n::tr(self.lang, "ui-keys-select");
        select = select.with_help_message(prompt.help.as_deref().unwrap_or(&keys));
        select
            .raw_prompt()
            .map(|chosen| chosen.index)
            .map_err(|error| map_error(error, self.lang))
    }

    fn multi_select(&mut self, prompt: &MultiSelectPrompt) -> Result<Vec<usize>, PromptError> {
        let prompt = &MultiSelectPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(help_text),
            options: safe_all(&prompt.options),
            defaults: prompt.defaults.clone(),
        };
        let fitted = Fitted::new(&prompt.message, &prompt.options, 6);
        let whole = |chosen: &[ListOption<&String>]| {
            chosen
                .iter()
                .filter_map(|option| prompt.options.get(option.index).map(String::as_str))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut select = MultiSelect::new(&prompt.message, fitted.options)
            .with_default(&prompt.defaults)
            .with_page_size(fitted.page_size)
            .with_formatter(&whole);
        let keys = i18n::tr(self.lang, "ui-keys-multi-select");
        select = select.with_help_message(prompt.help.as_deref().unwrap_or(&keys));
        let chosen = select.raw_prompt().map_err(|error| map_error(error, self.lang))?;
        Ok(chosen.into_iter().map(|option| option.index).collect())
    }

    fn text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError> {
        let prompt = &TextPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(help_text),
            initial: prompt.initial.as_deref().map(safe),
            placeholder: prompt.placeholder.as_deref().map(safe),
            default: prompt.default.as_deref().map(safe),
            validate: prompt.validate,
        };
        let mut text = Text::new(&prompt.message);
        if let Some(help) = &prompt.help {
            text = text.with_help_message(help);
        }
        if let Some(initial) = &prompt.initial {
            text = text.with_initial_value(initial);
        }
        if let Some(placeholder) = &prompt.placeholder {
            text = text.with_placeholder(placeholder);
        }
        if let Some(default) = &prompt.default {
            text = text.with_default(default);
        }
        if let Some(validate) = prompt.validate {
            text = text.with_validator(inquire_validator(validate));
        }
        text.prompt().map_err(|error| map_error(error, self.lang))
    }

    fn long_text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError> {
        let Some((program, args)) = self.editor.as_ref().and_then(|words| words.split_first()) else {
            return long_text_inline(self, prompt);
        };
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let lang = self.lang;
        let formatter = |text: &str| safe(&summarize(text, lang));
        let (message, help) = (safe(&prompt.message), prompt.help.as_deref().map(help_text));
        let mut editor = Editor::new(&message)
            .with_editor_command(OsStr::new(program))
            .with_args(&args)
            .with_file_extension(".md")
            .with_formatter(&formatter);
        if let Some(help) = &help {
            editor = editor.with_help_message(help);
        }
        if let Some(initial) = &prompt.initial {
            editor = editor.with_predefined_text(initial);
        }
        if let Some(validate) = prompt.validate {
            editor = editor.with_validator(inquire_validator(validate));
        }
        let text = editor.prompt().map_err(|error| map_error(error, lang))?;
        Ok(text.trim_end().to_string())
    }

    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, PromptError> {
        let prompt = &ConfirmPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(help_text),
            default: prompt.default,
        };
        // inquire reads and shows only "y" and "n": the language's own words, and theirs too.
        let lang = self.lang;
        let (yes, no) = (i18n::tr(lang, "ui-yes"), i18n::tr(lang, "ui-no"));
        let parser = |typed: &str| yes_or_no(typed, lang);
        let formatter = |answer: bool| if answer { yes.clone() } else { no.clone() };
        let default_formatter = |default: bool| {
            let (yes, no) = (initial(&yes), initial(&no));
            if default {
                format!("{}/{no}", yes.to_uppercase())
            } else {
                format!("{yes}/{}", no.to_uppercase())
            }
        };
        let error = i18n::tr(lang, "ui-invalid-yes-no");
        let mut confirm = Confirm::new(&prompt.message)
            .with_default(prompt.default)
            .with_parser(&parser)
            .with_formatter(&formatter)
            .with_default_value_formatter(&default_formatter)
            .with_error_message(&error);
        if let Some(help) = &prompt.help {
            confirm = confirm.with_help_message(help);
        }
        confirm.prompt().map_err(|error| map_error(error, lang))
    }
}

/// A long text without an editor: one paragraph typed on one line. A current text of several
/// lines cannot be edited in a one-line input, so Enter keeps it and `-` clears it.
fn long_text_inline(prompter: &mut InquirePrompter, prompt: &TextPrompt) -> Result<String, PromptError> {
    let Some(current) = prompt.initial.as_deref().filter(|text| text.contains('\n')) else {
        return prompter.text(prompt);
    };
    let lang = prompter.lang;
    let inline = TextPrompt {
        initial: None,
        placeholder: Some(crate::tr!(
            lang,
            "ui-long-text-keeps",
            summary = summarize(current, lang)
        )),
        help: Some(i18n::tr(lang, "ui-long-text-inline-help")),
        ..prompt.clone()
    };
    let typed = prompter.text(&inline)?;
    Ok(match typed.trim() {
        "" => current.to_string(),
        "-" => String::new(),
        _ => typed,
    })
}

/// The first letter of a word, for the "y/N" hint.
fn initial(word: &str) -> String {
    word.chars().next().map(String::from).unwrap_or_default()
}

/// A typed yes or no, in `lang` or in English ("o", "oui", "y", "yes"), as inquire's own parser
/// reads English; `Err` for anything else.
fn yes_or_no(typed: &str, lang: Lang) -> Result<bool, ()> {
    let typed = typed.trim().to_lowercase();
    let words = |id: &str| {
        let word = i18n::tr(lang, id).to_lowercase();
        [initial(&word), word]
    };
    let (yes, no) = (words("ui-yes"), words("ui-no"));
    if yes.contains(&typed) || typed == "y" || typed == "yes" {
        Ok(true)
    } else if no.contains(&typed) || typed == "n" || typed == "no" {
        Ok(false)
    } else {
        Err(())
    }
}
