//! `impact-brief wizard [FILE]`.

use std::path::Path;

use anyhow::Result;

use crate::app::Outcome;
use crate::cli::WizardArgs;

/// Runs `wizard`.
pub fn run(_args: &WizardArgs, _rubrics_dir: Option<&Path>) -> Result<Outcome> {
    anyhow::bail!("the wizard is being built")
}
