//! Turning a [`Brief`] into files: Markdown and HTML through tera (the built-in Markdown brief
//! through its compiled twin), JSON through serde, PDF through Typst. One [`Renderer`] holds
//! everything that is costly to prepare (compiled templates, fonts, the Typst library), so a
//! batch prepares it once and shares it across threads.

mod builtin_markdown;
pub mod markdown;
pub mod pdf;
pub mod terminal;
pub mod typst;

use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::{Result, anyhow};
use clap::ValueEnum;

use crate::report::Brief;
use crate::templates::{Template, Templates};
use markdown::{Dialect, TeraRenderer};
pub use pdf::{Engine, PdfOptions};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    /// Markdown, for review and track changes (pandoc turns it into Word).
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// PDF for publication: tagged, fonts embedded.
    Pdf,
    /// One self-contained HTML page.
    Html,
    /// The JSON brief, for scripts.
    Json,
    /// A folder with brief.typ and data.json for the stand-alone Typst compiler.
    #[value(name = "typ", alias = "typst")]
    Typ,
}

impl Format {
    /// The file extension (or folder suffix for `typ`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
            Format::Typ => "typ",
        }
    }

    /// The format a file name's extension names (`brief.pdf` → PDF), if any.
    pub fn from_extension(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "pdf" => Some(Format::Pdf),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// What follows the input's stem in the output's name: `.md`, or `-typst` for the folder.
    pub fn output_suffix(self) -> String {
        match self {
            Format::Typ => "-typst".to_string(),
            other => format!(".{}", other.extension()),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// What a renderer produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendered {
    /// One file's bytes.
    File(Vec<u8>),
    /// Several files, by name, to be written into one folder.
    Folder(Vec<(PathBuf, Vec<u8>)>),
}

/// Everything needed to render briefs, prepared once.
pub struct Renderer {
    /// The tera templates' sources (the Typst template lives in `pdf`).
    markdown_source: Template,
    html_source: Template,
    /// Each tera template is compiled on first use: compiling one costs more than rendering a
    /// Markdown brief, so a run pays only for the formats it writes.
    markdown: OnceLock<Result<TeraRenderer, String>>,
    html: OnceLock<Result<TeraRenderer, String>>,
    pdf: pdf::PdfRenderer,
}

impl Renderer {
    /// Prepares to render with `templates`, compiling now the templates of `formats`, so that a
    /// broken template is reported once, before any brief is rendered.
    pub fn new(templates: &Templates, pdf_options: PdfOptions, formats: &[Format]) -> Result<Renderer> {
        let renderer = Renderer {
            markdown_source: templates.markdown.clone(),
            html_source: templates.html.clone(),
            markdown: OnceLock::new(),
            html: OnceLock::new(),
            pdf: pdf::PdfRenderer::new(templates.typst.clone(), pdf_options),
        };
        for format in formats {
            match format {
                Format::Markdown if templates.markdown.builtin => {}
                Format::Markdown => renderer.tera(Dialect::Markdown).map(drop)?,
                Format::Html => renderer.tera(Dialect::Html).map(drop)?,
                Format::Pdf | Format::Json | Format::Typ => {}
            }
        }
        Ok(renderer)
    }

    fn tera(&self, dialect: Dialect) -> Result<&TeraRenderer> {
        let (compiled, template) = match dialect {
            Dialect::Markdown => (&self.markdown, &self.markdown_source),
            Dialect::Html => (&self.html, &self.html_source),
        };
        compiled
            .get_or_init(|| TeraRenderer::new(template, dialect))
            .as_ref()
            .map_err(|error| anyhow!(error.clone()))
    }

    /// Renders one brief in one format.
    pub fn render(&self, brief: &Brief, format: Format) -> Result<Rendered> {
        Ok(match format {
            Format::Markdown if self.markdown_source.builtin => {
                Rendered::File(builtin_markdown::render(brief).into_bytes())
            }
            Format::Markdown => Rendered::File(
                self.tera(Dialect::Markdown)?
                    .render(brief)
                    .map_err(|e| anyhow!(e))?
                    .into_bytes(),
            ),
            Format::Html => Rendered::File(
                self.tera(Dialect::Html)?
                    .render(brief)
                    .map_err(|e| anyhow!(e))?
                    .into_bytes(),
            ),
            Format::Json => Rendered::File(json(brief)?),
            Format::Pdf => Rendered::File(self.pdf.render(brief)?),
            Format::Typ => Rendered::Folder(self.pdf.bundle(brief)?),
        })
    }
}

/// The JSON brief: the view-model itself, pretty-printed.
pub fn json(brief: &Brief) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(brief)?;
    bytes.push(b'\n');
    Ok(bytes)
}
