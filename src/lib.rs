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
//! `model`, `scoring`, `report` and `render` are pure: bytes in, bytes out. Only `commands`,
//! `wizard` and `batch` touch the file system and the terminal; `app` dispatches and turns
//! outcomes into exit codes.

pub mod app;
pub mod assets;
pub mod batch;
pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod model;
pub mod output;
pub mod render;
pub mod report;
pub mod scoring;
pub mod templates;
pub mod wizard;
