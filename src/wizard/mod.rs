//! The interactive wizard: a questionnaire that creates or resumes an assessment file, saving
//! after every answer. The flow runs over the [`Prompter`] trait, so it is tested with a
//! [`ScriptedPrompter`]; [`InquirePrompter`] is the only code that touches the terminal library.

mod flow;
pub(crate) use flow::ledger::place_beside;
pub(crate) use flow::order_answers;
pub mod input;
pub mod inquire_prompter;
pub mod prompter;
pub mod scripted;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::model::RubricSet;
pub use inquire_prompter::InquirePrompter;
pub use prompter::{
    ConfirmPrompt, MultiSelectPrompt, PromptError, Prompter, Rule, SelectPrompt, TextPrompt, Validator,
};
pub use scripted::{Reply, ScriptedPrompter};

/// What one wizard run works with.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The assessment file to create or resume; asked for (from the title) when `None`.
    pub file: Option<PathBuf>,
    /// The `--rubrics DIR` of this run, repeated in the command that resumes.
    pub rubrics_dir: Option<PathBuf>,
    /// The `--templates DIR` used when rendering at the end.
    pub templates: Option<PathBuf>,
    /// Colour the scorecard.
    pub color: bool,
    /// Today as `YYYY-MM-DD`, the default assessment date.
    pub today: String,
    /// Where the `#:schema` directive of a new file (or of a file without one) points editors.
    pub schema: Option<String>,
    /// The language the wizard asks in, and that a new assessment is written in.
    pub lang: Lang,
}

/// How a wizard run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// The user chose "Save and quit"; everything is in `file`.
    Finished {
        /// The assessment file.
        file: PathBuf,
    },
    /// The user pressed Esc or Ctrl-C. Every answer given is in `file`, if a file was created.
    Cancelled {
        /// The assessment file, or `None` when the user stopped before it existed.
        file: Option<PathBuf>,
    },
}

/// Runs the wizard, asking through `prompter`. Everything it shows (including where the
/// answers are when the user stops) goes through [`Prompter::say`].
///
/// Errors are an assessment file that does not load (never overwritten), a file that cannot
/// be written, or a prompt that fails for another reason than the user cancelling.
pub fn run(prompter: &mut dyn Prompter, rubrics: &RubricSet, options: &Options) -> anyhow::Result<Ended> {
    flow::run(prompter, rubrics, options)
}

/// The command that resumes `file`: `impact-brief wizard [--lang LANG] [--rubrics DIR] FILE`.
pub fn resume_command(file: &Path, options: &Options) -> String {
    let mut command = String::from("impact-brief wizard");
    // The wizard goes on in the language it was speaking, whatever the next terminal's locale
    // (English too, where the locale would choose another).
    command.push_str(&format!(" --lang {}", options.lang.code()));
    if let Some(dir) = options.rubrics_dir.as_deref() {
        command.push_str(&format!(" --rubrics {}", input::shell_quote(dir)));
    }
    command.push(' ');
    command.push_str(&input::shell_quote(file));
    command
}
