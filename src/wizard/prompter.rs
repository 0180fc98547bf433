//! The questions the wizard can ask and the text it can show, as a trait, so the flow never
//! depends on a terminal library: [`InquirePrompter`](super::InquirePrompter) answers it on a
//! real terminal and [`ScriptedPrompter`](super::ScriptedPrompter) answers it in tests.

use std::fmt;

use crate::i18n::{self, Lang};

/// A rule a typed answer must meet: `Err` holds the id of the message shown to the user, who is
/// asked again (see [`crate::wizard::input`]).
pub type Rule = fn(&str) -> Result<(), &'static str>;

/// Checks one typed answer with a [`Rule`] and words its refusal in the wizard's language.
///
/// A plain function and a language, so the same rule runs in the terminal and in scripted tests.
#[derive(Debug, Clone, Copy)]
pub struct Validator {
    rule: Rule,
    lang: Lang,
}

impl Validator {
    /// `rule`, its refusals worded in `lang`.
    pub fn new(rule: Rule, lang: Lang) -> Self {
        Validator { rule, lang }
    }

    /// `Ok` for an accepted answer, else the message that says why it is not.
    pub fn check(&self, input: &str) -> Result<(), String> {
        (self.rule)(input).map_err(|id| i18n::tr(self.lang, id))
    }
}

/// Why a prompt returned no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptError {
    /// The user pressed Esc or Ctrl-C: stop, keeping what is saved.
    Cancelled,
    /// The prompt could not be shown or answered (a terminal error, or a test script that does
    /// not fit the questions asked).
    Failed(String),
}

impl fmt::Display for PromptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PromptError::Cancelled => f.write_str("cancelled"),
            PromptError::Failed(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for PromptError {}

/// A choice of one option from a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectPrompt {
    /// The question.
    pub message: String,
    /// Guidance shown under the list.
    pub help: Option<String>,
    /// The options, in the order shown.
    pub options: Vec<String>,
    /// Index of the option the cursor starts on.
    pub start: usize,
}

/// A choice of any number of options from a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiSelectPrompt {
    /// The question.
    pub message: String,
    /// Guidance shown under the list.
    pub help: Option<String>,
    /// The options, in the order shown.
    pub options: Vec<String>,
    /// Indexes of the options ticked at the start.
    pub defaults: Vec<usize>,
}

/// A line of text (or, for [`Prompter::long_text`], a longer text).
#[derive(Debug, Clone)]
pub struct TextPrompt {
    /// The question.
    pub message: String,
    /// Guidance shown under the input.
    pub help: Option<String>,
    /// Text already in the input, which the user can edit (the current value when revising).
    pub initial: Option<String>,
    /// Greyed hint shown while the input is empty.
    pub placeholder: Option<String>,
    /// The answer when the input is left empty, shown beside the question, and as the answer
    /// once accepted.
    pub default: Option<String>,
    /// Rule the answer must meet before it is accepted.
    pub validate: Option<Validator>,
}

/// A yes/no question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmPrompt {
    /// The question.
    pub message: String,
    /// Guidance shown under the question.
    pub help: Option<String>,
    /// The answer when the user just presses Enter.
    pub default: bool,
}

impl SelectPrompt {
    /// A list with the cursor on the first option.
    pub fn new(message: impl Into<String>, options: Vec<String>) -> Self {
        SelectPrompt {
            message: message.into(),
            help: None,
            options,
            start: 0,
        }
    }

    /// Adds guidance.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Starts the cursor on option `start`.
    pub fn start(mut self, start: usize) -> Self {
        self.start = start;
        self
    }
}

impl TextPrompt {
    /// An empty input with no rule.
    pub fn new(message: impl Into<String>) -> Self {
        TextPrompt {
            message: message.into(),
            help: None,
            initial: None,
            placeholder: None,
            default: None,
            validate: None,
        }
    }

    /// Adds guidance.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Prefills the input with `initial`, if there is one.
    pub fn initial(mut self, initial: Option<&str>) -> Self {
        self.initial = initial.filter(|text| !text.is_empty()).map(str::to_string);
        self
    }

    /// Shows `placeholder` while the input is empty.
    pub fn placeholder(mut self, placeholder: impl Into<String>) -> Self {
        self.placeholder = Some(placeholder.into());
        self
    }

    /// Answers `default` when the input is left empty.
    pub fn default(mut self, default: impl Into<String>) -> Self {
        self.default = Some(default.into());
        self
    }

    /// Accepts only answers that pass `validate`.
    pub fn validate(mut self, validate: Validator) -> Self {
        self.validate = Some(validate);
        self
    }
}

impl ConfirmPrompt {
    /// A yes/no question answered `default` on Enter.
    pub fn new(message: impl Into<String>, default: bool) -> Self {
        ConfirmPrompt {
            message: message.into(),
            help: None,
            default,
        }
    }

    /// Adds guidance.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Everything the wizard asks and shows. Every method that asks returns
/// [`PromptError::Cancelled`] when the user presses Esc or Ctrl-C.
pub trait Prompter {
    /// Shows text that needs no answer (introductions, scores, notes).
    fn say(&mut self, text: &str);

    /// Shows the scorecard as the terminal renderer made it: its colours are its own escape
    /// sequences, and every user text in it is printable already.
    fn show_scorecard(&mut self, card: &str);

    /// The width the scorecard is laid out for: the terminal's, or `None` where there is none to
    /// fit (a script), which gets one line per row and item.
    fn scorecard_width(&self) -> Option<usize> {
        None
    }

    /// Asks for one option; returns its index.
    fn select(&mut self, prompt: &SelectPrompt) -> Result<usize, PromptError>;

    /// Asks for any number of options; returns their indexes in list order.
    fn multi_select(&mut self, prompt: &MultiSelectPrompt) -> Result<Vec<usize>, PromptError>;

    /// Asks for one line of text; returns it as typed (empty when the user typed nothing).
    fn text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError>;

    /// Asks for a text that may span paragraphs (in the user's editor where there is one);
    /// returns the complete new text, empty for none.
    fn long_text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError>;

    /// Asks a yes/no question.
    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, PromptError>;
}
