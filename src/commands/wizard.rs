//! `impact-brief wizard [FILE]`: the interactive questionnaire on a real terminal. Chooses the
//! language it asks in (`--lang`, else the system locale), refuses to start without a terminal
//! (scripts use `init` and `render`), then hands over to [`crate::wizard`].

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Result;

use super::{Outcome, interface_language};
use super::{load_rubrics, today};
use crate::cli::WizardArgs;
use crate::i18n;
use crate::wizard::{self, Ended, InquirePrompter, Options};

/// Runs `wizard`.
pub fn run(args: &WizardArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let lang = interface_language(args.lang);
    // Checked before anything else, so a script gets a hint instead of a terminal error.
    if !std::io::stdin().is_terminal() {
        crate::eprintln_safe!("{}", i18n::tr(lang, "ui-no-terminal"));
        return Ok(Outcome::Failure);
    }
    let rubrics = load_rubrics(rubrics_dir)?;
    let options = Options {
        file: args.file.clone(),
        rubrics_dir: rubrics_dir.map(Path::to_path_buf),
        templates: args.templates.templates.clone(),
        // The wizard draws on standard error, so that is the stream whose colour matters.
        color: std::io::stderr().is_terminal() && super::colour_allowed(),
        today: today(),
        schema: super::schema::directive_target(),
        lang,
    };
    match wizard::run(&mut InquirePrompter::new(lang), &rubrics, &options)? {
        Ended::Finished { .. } => Ok(Outcome::Success),
        Ended::Cancelled { .. } => Ok(Outcome::Cancelled),
    }
}
