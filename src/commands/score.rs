//! `impact-brief score FILE [--json]`: the scorecard in the terminal, or the JSON brief.

use std::path::Path;

use anyhow::Result;

use super::Outcome;
use super::{load_brief, load_rubrics, use_color};
use crate::cli::ScoreArgs;
use crate::output::{print_stdout, print_stdout_prepared};
use crate::render::{json, terminal};

/// Runs `score`.
pub fn run(args: &ScoreArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let rubrics = load_rubrics(rubrics_dir)?;
    let brief = load_brief(&args.file, &rubrics)?;
    if args.json {
        print_stdout(&json(&brief)?)?;
    } else {
        print_stdout_prepared(&terminal::scorecard(&brief, use_color()))?;
    }
    Ok(Outcome::Success)
}
