//! One module per subcommand. These are the only places (with the wizard and batch) that read
//! files, write files and print; everything they call is pure.

pub mod batch;
pub mod check;
pub mod diff;
pub mod init;
pub mod migrate;
pub mod render;
pub mod rubric;
pub mod schema;
pub mod score;
pub mod shell;
pub mod wizard;

use std::path::Path;

use anyhow::Result;

use crate::cli::{PdfArgs, TemplateArgs};
use crate::diagnostic::Diagnostics;
use crate::model::{Assessment, RubricSet};
use crate::render::{Format, Renderer};
use crate::report::Brief;
use crate::templates::Templates;

/// How a command ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// The command reported problems itself (invalid files, failed batch items, a --fail-on hit).
    Failure,
    /// The user cancelled the wizard; answers so far are saved.
    Cancelled,
}

/// A mistake in how the command was called, detected after parsing (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The renderer for `formats` with the templates and PDF settings the command line asked for:
/// everything that can be wrong with them is found here, before any input is read.
pub fn renderer_for(formats: &[Format], templates: &TemplateArgs, pdf: &PdfArgs) -> Result<Renderer> {
    let templates = Templates::load(templates.templates.as_deref())?;
    Renderer::new(&templates, pdf.options(), formats)
}

/// Today's date as `YYYY-MM-DD` (UTC), the default date of a new assessment.
pub fn today() -> String {
    let date = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

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
