//! The brief templates: the embedded defaults, or a user's own from `--templates DIR`, file by file.

use std::path::{Path, PathBuf};

use crate::assets;
use crate::diagnostic::Diagnostic;

/// File name of the Markdown template.
pub const MARKDOWN: &str = "brief.md.tera";
/// File name of the HTML template.
pub const HTML: &str = "brief.html.tera";
/// File name of the Typst template.
pub const TYPST: &str = "brief.typ";

/// One template's text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The file name for messages: the user's path, or the built-in name.
    pub origin: String,
    /// The template text.
    pub text: String,
    /// Whether this is the embedded template rather than a user's file.
    pub builtin: bool,
}

/// The set of templates one run uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Templates {
    /// Markdown (tera).
    pub markdown: Template,
    /// HTML (tera).
    pub html: Template,
    /// PDF (Typst).
    pub typst: Template,
}

impl Templates {
    /// The built-in templates, each replaced by the file of the same name in `dir` if there is one.
    pub fn load(dir: Option<&Path>) -> Result<Templates, Diagnostic> {
        if let Some(dir) = dir.filter(|dir| !dir.is_dir()) {
            return Err(
                Diagnostic::new(dir, "the templates folder does not exist").with_help(format!(
                    "--templates takes a folder holding any of {MARKDOWN}, {HTML}, {TYPST}"
                )),
            );
        }
        let pick = |name: &str, builtin: &str| -> Result<Template, Diagnostic> {
            let path = dir.map(|dir| dir.join(name)).filter(|path| path.is_file());
            match path {
                Some(path) => read_template(&path),
                None => Ok(Template {
                    origin: name.to_string(),
                    text: builtin.to_string(),
                    builtin: true,
                }),
            }
        };
        Ok(Templates {
            markdown: pick(MARKDOWN, assets::BRIEF_MD)?,
            html: pick(HTML, assets::BRIEF_HTML)?,
            typst: pick(TYPST, assets::BRIEF_TYP)?,
        })
    }
}

fn read_template(path: &PathBuf) -> Result<Template, Diagnostic> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| Diagnostic::new(path, format!("cannot read the template: {error}")))?;
    Ok(Template {
        origin: path.display().to_string(),
        text,
        builtin: false,
    })
}
