//! The document templates: the embedded defaults, or a user's own from `--templates DIR`, file by
//! file. Each kind of document (the brief, the change brief) has its Markdown, HTML and Typst
//! template, named after it: `brief.md.tera`, `change.typ`; the Typst templates share
//! `common.typ`, which they import, and the HTML templates `common.css`, which they include.

use std::path::{Path, PathBuf};

use crate::assets;
use crate::diagnostic::Diagnostic;

/// A kind of document the renderers write; its name is the stem of its template files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// The policy impact brief of one assessment.
    Brief,
    /// The change brief of two assessments of one proposal.
    Change,
    /// The panel brief of several stakeholder groups' assessments of one proposal.
    Panel,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: [DocumentKind; 3] = [DocumentKind::Brief, DocumentKind::Change, DocumentKind::Panel];

    /// `brief` or `change`: the stem of the template files, and the key the Typst template reads
    /// the document from in `/data.json`.
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Brief => "brief",
            DocumentKind::Change => "change",
            DocumentKind::Panel => "panel",
        }
    }

    /// The embedded templates: Markdown, HTML, Typst.
    fn builtin(self) -> [&'static str; 3] {
        match self {
            DocumentKind::Brief => [assets::BRIEF_MD, assets::BRIEF_HTML, assets::BRIEF_TYP],
            DocumentKind::Change => [assets::CHANGE_MD, assets::CHANGE_HTML, assets::CHANGE_TYP],
            DocumentKind::Panel => [assets::PANEL_MD, assets::PANEL_HTML, assets::PANEL_TYP],
        }
    }

    /// The template file names: Markdown, HTML, Typst.
    pub fn file_names(self) -> [String; 3] {
        let name = self.name();
        [
            format!("{name}.md.tera"),
            format!("{name}.html.tera"),
            format!("{name}.typ"),
        ]
    }
}

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

/// The three templates of one kind of document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateSet {
    /// Markdown (tera).
    pub markdown: Template,
    /// HTML (tera).
    pub html: Template,
    /// PDF (Typst).
    pub typst: Template,
}

/// The file the Typst templates import what they share from.
pub const COMMON_TYP: &str = "common.typ";

/// The file of style rules the HTML templates include.
pub const COMMON_CSS: &str = "common.css";

/// The templates one run uses, for every kind of document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Templates {
    /// What the Typst templates share: served beside each as `common.typ`.
    pub common: Template,
    /// The style rules the HTML templates share: `{% include "common.css" %}`.
    pub styles: Template,
    /// The brief's.
    pub brief: TemplateSet,
    /// The change brief's.
    pub change: TemplateSet,
    /// The panel brief's.
    pub panel: TemplateSet,
}

impl Templates {
    /// The built-in templates, each replaced by the file of the same name in `dir` if there is one.
    pub fn load(dir: Option<&Path>) -> Result<Templates, Diagnostic> {
        if let Some(dir) = dir.filter(|dir| !dir.is_dir()) {
            let names: Vec<String> = DocumentKind::ALL
                .iter()
                .flat_map(|kind| kind.file_names())
                .chain([COMMON_TYP.to_string(), COMMON_CSS.to_string()])
                .collect();
            return Err(
                Diagnostic::new(dir, "the templates folder does not exist").with_help(format!(
                    "--templates takes a folder holding any of {}",
                    names.join(", ")
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
        let set = |kind: DocumentKind| -> Result<TemplateSet, Diagnostic> {
            let [markdown, html, typst] = kind.file_names();
            let [markdown_text, html_text, typst_text] = kind.builtin();
            Ok(TemplateSet {
                markdown: pick(&markdown, markdown_text)?,
                html: pick(&html, html_text)?,
                typst: pick(&typst, typst_text)?,
            })
        };
        Ok(Templates {
            common: pick(COMMON_TYP, assets::COMMON_TYP)?,
            styles: pick(COMMON_CSS, assets::COMMON_CSS)?,
            brief: set(DocumentKind::Brief)?,
            change: set(DocumentKind::Change)?,
            panel: set(DocumentKind::Panel)?,
        })
    }

    /// The templates of one kind of document.
    pub fn of(&self, kind: DocumentKind) -> &TemplateSet {
        match kind {
            DocumentKind::Brief => &self.brief,
            DocumentKind::Change => &self.change,
            DocumentKind::Panel => &self.panel,
        }
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
