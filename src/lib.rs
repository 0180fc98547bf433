//! impact-brief judges draft laws by their effect on an open Internet.
//!
//! The pipeline, one module a stage:
//!
//! ```text
//! rubrics/*.toml ─► model::RubricSet ─┐
//! assessment.toml ─► model::Assessment ┼─► scoring::score ─► report::Brief ─► render::Renderer
//!     (or the wizard writes it)        ┘                       (view-model)     md · html · json · pdf · typ
//! ```
//!
//! What touches the outside world, and what does not:
//! - `scoring`, `consultation` (the indicators of a consultation ledger) and `report` are pure:
//!   values in, values out.
//! - `model` parses and checks text; it also reads the files it is pointed at
//!   (`TomlFile::read`, a `--rubrics` folder, the submissions CSV file an assessment names), and
//!   nothing else.
//! - `render` turns a brief into bytes; the one exception is the `typst-cli` engine, which
//!   writes a temporary bundle and runs the stand-alone `typst` program.
//! - `commands`, `wizard` and `batch` read and write the user's files and talk to the terminal;
//!   `output` is how every file gets written (atomically, never over an input).
//! - `app` runs a parsed command line and turns its outcome into an exit code; `cli` is the
//!   command line itself, `cli_help` its help in the user's language, and `usage_error` its
//!   mistakes.

pub mod agreement;
pub mod app;
pub mod assets;
pub mod batch;
pub mod change;
pub mod cli;
pub mod cli_help;
pub mod commands;
pub mod consultation;
pub mod diagnostic;
pub mod file_name;
pub mod hex;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod output;
pub mod panel;
pub mod render;
pub mod report;
pub mod scoring;
pub mod serve;
pub mod templates;
pub mod usage_error;
pub mod wizard;
pub mod words;
