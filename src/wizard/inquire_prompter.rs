//! The terminal [`Prompter`]: the only code that uses inquire. Esc and Ctrl-C become
//! [`PromptError::Cancelled`] here, in one place; prompts and notes go to standard error, where
//! inquire draws, so that standard output stays clean.

use std::ffi::OsStr;

use inquire::validator::Validation;
use inquire::{Confirm, Editor, InquireError, MultiSelect, Select, Text};

use crate::markup::terminal_safe;

use super::prompter::{ConfirmPrompt, MultiSelectPrompt, PromptError, Prompter, SelectPrompt, TextPrompt, Validator};

/// How many options a list shows at once; longer lists scroll.
const PAGE_SIZE: usize = 12;

/// Asks on the terminal with inquire.
#[derive(Debug, Clone, Default)]
pub struct InquirePrompter {
    /// The user's editor command from `$VISUAL` or `$EDITOR`, split into program and arguments.
    editor: Option<Vec<String>>,
}

impl InquirePrompter {
    /// A prompter that uses the editor named by `$VISUAL` or `$EDITOR` for long texts, if any.
    pub fn new() -> Self {
        let editor = ["VISUAL", "EDITOR"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .map(|command| command.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .find(|words| !words.is_empty());
        InquirePrompter { editor }
    }
}

/// The one place inquire's errors are translated.
fn map_error(error: InquireError) -> PromptError {
    match error {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => PromptError::Cancelled,
        InquireError::NotTTY => PromptError::Failed("this needs an interactive terminal".to_string()),
        other => PromptError::Failed(other.to_string()),
    }
}

/// Wraps a wizard validator for inquire.
fn inquire_validator(validate: Validator) -> impl Fn(&str) -> Result<Validation, inquire::CustomUserError> + Clone {
    move |input: &str| {
        Ok(match validate(input) {
            Ok(()) => Validation::Valid,
            Err(message) => Validation::Invalid(message.into()),
        })
    }
}

/// A one-line summary of a long answer, shown once it is given.
fn summarize(text: &str) -> String {
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
        0 => "(none)".to_string(),
        1 if !paragraphs[0].contains('\n') && first.chars().count() < 60 => first,
        1 => format!("{first}…"),
        n => format!("{first}… ({n} paragraphs)"),
    }
}

/// Made safe for the terminal: prompts quote the file's own texts (titles, answers, rationales).
fn safe(text: &str) -> String {
    terminal_safe(text).into_owned()
}

fn safe_all(texts: &[String]) -> Vec<String> {
    texts.iter().map(|text| safe(text)).collect()
}

impl Prompter for InquirePrompter {
    fn say(&mut self, text: &str) {
        crate::eprintln_safe!("{text}");
    }

    fn select(&mut self, prompt: &SelectPrompt) -> Result<usize, PromptError> {
        let prompt = &SelectPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(safe),
            options: safe_all(&prompt.options),
            start: prompt.start,
        };
        let mut select = Select::new(&prompt.message, prompt.options.clone())
            .with_starting_cursor(prompt.start.min(prompt.options.len().saturating_sub(1)))
            .with_page_size(PAGE_SIZE);
        if let Some(help) = &prompt.help {
            select = select.with_help_message(help);
        }
        select.raw_prompt().map(|chosen| chosen.index).map_err(map_error)
    }

    fn multi_select(&mut self, prompt: &MultiSelectPrompt) -> Result<Vec<usize>, PromptError> {
        let prompt = &MultiSelectPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(safe),
            options: safe_all(&prompt.options),
            defaults: prompt.defaults.clone(),
        };
        let mut select = MultiSelect::new(&prompt.message, prompt.options.clone())
            .with_default(&prompt.defaults)
            .with_page_size(PAGE_SIZE);
        if let Some(help) = &prompt.help {
            select = select.with_help_message(help);
        }
        let chosen = select.raw_prompt().map_err(map_error)?;
        Ok(chosen.into_iter().map(|option| option.index).collect())
    }

    fn text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError> {
        let prompt = &TextPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(safe),
            initial: prompt.initial.as_deref().map(safe),
            placeholder: prompt.placeholder.as_deref().map(safe),
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
        if let Some(validate) = prompt.validate {
            text = text.with_validator(inquire_validator(validate));
        }
        text.prompt().map_err(map_error)
    }

    fn long_text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError> {
        let Some((program, args)) = self.editor.as_ref().and_then(|words| words.split_first()) else {
            return long_text_inline(self, prompt);
        };
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let formatter = |text: &str| safe(&summarize(text));
        let (message, help) = (safe(&prompt.message), prompt.help.as_deref().map(safe));
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
        let text = editor.prompt().map_err(map_error)?;
        Ok(text.trim_end().to_string())
    }

    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, PromptError> {
        let prompt = &ConfirmPrompt {
            message: safe(&prompt.message),
            help: prompt.help.as_deref().map(safe),
            default: prompt.default,
        };
        let mut confirm = Confirm::new(&prompt.message).with_default(prompt.default);
        if let Some(help) = &prompt.help {
            confirm = confirm.with_help_message(help);
        }
        confirm.prompt().map_err(map_error)
    }
}

/// A long text without an editor: one paragraph typed on one line. A current text of several
/// lines cannot be edited in a one-line input, so Enter keeps it and `-` clears it.
fn long_text_inline(prompter: &mut InquirePrompter, prompt: &TextPrompt) -> Result<String, PromptError> {
    let Some(current) = prompt.initial.as_deref().filter(|text| text.contains('\n')) else {
        return prompter.text(prompt);
    };
    let inline = TextPrompt {
        initial: None,
        placeholder: Some(format!("Enter keeps: {}", summarize(current))),
        help: Some("Enter keeps the current text; type a paragraph to replace it, or - to clear it".to_string()),
        ..prompt.clone()
    };
    let typed = prompter.text(&inline)?;
    Ok(match typed.trim() {
        "" => current.to_string(),
        "-" => String::new(),
        _ => typed,
    })
}
