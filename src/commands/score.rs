//! `impact-brief score FILE [--json] [--lang LANG]`: the scorecard in the terminal, or the JSON
//! brief, in the brief's language.

use std::path::Path;

use anyhow::Result;

use super::Outcome;
use super::{load_rubrics, note_untranslated, use_color};
use crate::cli::ScoreArgs;
use crate::model::Assessment;
use crate::output::{print_stdout, print_stdout_prepared};
use crate::render::{json, terminal};
use crate::report::Brief;

/// Runs `score`.
pub fn run(args: &ScoreArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    // The problems of a file that cannot be scored are said in the interface's language.
    super::interface_language(args.lang.lang);
    let rubrics = load_rubrics(rubrics_dir)?;
    let mut assessment = Assessment::load(&args.file, &rubrics)?;
    args.lang.apply(&mut assessment);
    note_untranslated(&rubrics, assessment.lang());
    let brief = Brief::of(&assessment, &rubrics);
    if args.json {
        print_stdout(&json(&brief)?)?;
    } else {
        print_stdout_prepared(&terminal::scorecard(
            &brief,
            use_color(),
            terminal::width_for(terminal_size::terminal_size_of(std::io::stdout())),
        ))?;
    }
    Ok(Outcome::Success)
}
