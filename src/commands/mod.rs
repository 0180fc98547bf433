//! One module per subcommand. These are the only places (with the wizard and batch) that read
//! files, write files and print; everything they call is pure.

pub mod batch;
pub mod check;
pub mod init;
pub mod migrate;
pub mod render;
pub mod rubric;
pub mod score;
pub mod wizard;

use std::path::Path;

use anyhow::Result;

use crate::diagnostic::Diagnostics;
use crate::model::{Assessment, RubricSet};
use crate::report::Brief;

/// The rubric set for this run: built-in rubrics plus `--rubrics DIR`.
pub fn load_rubrics(dir: Option<&Path>) -> Result<RubricSet> {
    RubricSet::load(dir).map_err(|problems| Diagnostics(problems).into())
}

/// Reads one assessment file and builds its brief.
pub fn load_brief(path: &Path, rubrics: &RubricSet) -> Result<Brief, Diagnostics> {
    Ok(Brief::of(&Assessment::load(path, rubrics)?, rubrics))
}

/// True when standard output is a terminal and colour is not switched off by `NO_COLOR`.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}
