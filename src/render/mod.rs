//! Turning a [`Brief`](crate::report::Brief) (or a panel or change brief) into files: Markdown and HTML through tera (the built-in Markdown brief
//! through its compiled twin), JSON through serde, PDF through Typst, Word through `docx`. One
//! [`Renderer`] holds everything that is costly to prepare (compiled templates, fonts, the Typst
//! library), so a batch prepares it once and shares it across threads.

mod builtin_markdown;
mod document;
pub(crate) mod docx;
pub mod markdown;
pub mod pdf;
pub mod terminal;
pub mod typst;

#[cfg(test)]
mod translation_tests;
#[cfg(test)]
mod vocabulary_tests;

use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::{Result, anyhow};
use clap::ValueEnum;

use crate::diagnostic::Diagnostic;
use crate::templates::{DocumentKind, Template, Templates};
use markdown::{Dialect, TeraRenderer};
pub use pdf::{Engine, PdfOptions};
use serde::Serialize;
use typst::Paper;
use typst::TemplateSource;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    /// Markdown, to read, diff and keep under version control.
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// PDF for publication: tagged, fonts embedded.
    Pdf,
    /// One self-contained HTML page.
    Html,
    /// Word, for review with comments and track changes (opens in LibreOffice too).
    #[value(name = "docx", alias = "word")]
    Docx,
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
            Format::Docx => "docx",
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
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// What follows the input's stem in the output's name: `.md`, or `-typst` for the folder.
    pub fn output_suffix(self) -> String {
        match self {
            Format::Typ => TYPST_BUNDLE_SUFFIX.to_string(),
            other => format!(".{}", other.extension()),
        }
    }
}

/// What ends the name of a Typst bundle's folder (`bill-typst/`).
pub const TYPST_BUNDLE_SUFFIX: &str = "-typst";

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
    Folder(Vec<FolderFile>),
}

/// One file of a [`Rendered::Folder`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderFile {
    /// Its name inside the folder.
    pub name: PathBuf,
    /// Its content.
    pub bytes: Vec<u8>,
    /// Written to be edited by hand (a Typst bundle's templates, not its data): a copy that differs
    /// from `bytes` is someone's work and is kept.
    pub editable: bool,
}

/// A view-model the renderers can write: the brief of one assessment, the change brief of two,
/// the panel brief of several. Each kind has its own templates (see [`DocumentKind`]) and Word
/// writer (see `docx`); everything else is shared, so a new kind of document is a view-model,
/// its templates, its Word writer and this impl.
pub trait Document: Serialize + Sync {
    /// Which templates render it.
    const KIND: DocumentKind;

    /// User Markdown, parsed, for the Typst template (`markup` in `/data.json`).
    type Markup: Serialize;

    /// The parsed user Markdown the Typst template reads beside the document.
    fn markup(&self) -> Self::Markup;

    /// The date a PDF of it carries, and what its Typst template sees as today.
    fn date(&self) -> Option<time::Date>;

    /// The language it is written in (`lang` in `/data.json`, for hyphenation and quotes).
    fn lang(&self) -> crate::i18n::Lang;

    /// The document as the built-in Markdown template would write it, where a hand-written
    /// writer exists (see `builtin_markdown`): used instead of the template while the template
    /// is the built-in one.
    fn builtin_markdown(&self) -> Option<String> {
        None
    }

    /// The document as a Word file on `paper` (see `docx`).
    fn docx(&self, paper: Paper) -> Result<Vec<u8>>;
}

/// One kind of document's templates, the tera ones compiled on first use: compiling one costs
/// more than rendering a Markdown brief, so a run pays only for the formats it writes.
struct KindTemplates {
    markdown_source: Template,
    html_source: Template,
    /// The style rules its HTML template may include.
    styles: Template,
    markdown: OnceLock<Result<TeraRenderer, Diagnostic>>,
    html: OnceLock<Result<TeraRenderer, Diagnostic>>,
    typst: TemplateSource,
}

/// Everything needed to render documents, prepared once.
pub struct Renderer {
    brief: KindTemplates,
    change: KindTemplates,
    panel: KindTemplates,
    pdf: pdf::PdfRenderer,
    /// The paper of Word files (the PDF's, from `--paper`).
    paper: Paper,
}

impl Renderer {
    /// Prepares to render with `templates`, compiling now the brief's templates of `formats`, so
    /// that a broken template is reported once, before any brief is rendered.
    pub fn new(templates: &Templates, pdf_options: PdfOptions, formats: &[Format]) -> Result<Renderer> {
        let kind = |set: &crate::templates::TemplateSet| KindTemplates {
            markdown_source: set.markdown.clone(),
            html_source: set.html.clone(),
            styles: templates.styles.clone(),
            markdown: OnceLock::new(),
            html: OnceLock::new(),
            typst: TemplateSource::new(set.typst.origin.clone(), set.typst.text.clone())
                .with_import(crate::templates::COMMON_TYP, templates.common.text.clone()),
        };
        let renderer = Renderer {
            brief: kind(&templates.brief),
            change: kind(&templates.change),
            panel: kind(&templates.panel),
            paper: pdf_options.paper,
            pdf: pdf::PdfRenderer::new(pdf_options),
        };
        renderer.check(DocumentKind::Brief, formats)?;
        Ok(renderer)
    }

    /// Compiles the templates `kind` needs for `formats`, reporting a broken one now.
    pub fn check(&self, kind: DocumentKind, formats: &[Format]) -> Result<()> {
        let templates = self.templates(kind);
        for format in formats {
            match format {
                Format::Markdown if templates.markdown_source.builtin && kind == DocumentKind::Brief => {}
                Format::Markdown => self.tera(kind, Dialect::Markdown).map(drop)?,
                Format::Html => self.tera(kind, Dialect::Html).map(drop)?,
                Format::Pdf | Format::Docx | Format::Json | Format::Typ => {}
            }
        }
        Ok(())
    }

    fn templates(&self, kind: DocumentKind) -> &KindTemplates {
        match kind {
            DocumentKind::Brief => &self.brief,
            DocumentKind::Change => &self.change,
            DocumentKind::Panel => &self.panel,
        }
    }

    fn tera(&self, kind: DocumentKind, dialect: Dialect) -> Result<&TeraRenderer> {
        let templates = self.templates(kind);
        let (compiled, template) = match dialect {
            Dialect::Markdown => (&templates.markdown, &templates.markdown_source),
            Dialect::Html => (&templates.html, &templates.html_source),
        };
        compiled
            .get_or_init(|| TeraRenderer::new(template, &templates.styles, dialect, kind))
            .as_ref()
            .map_err(|problem| anyhow::Error::new(problem.clone()))
    }

    /// Renders one document in one format.
    pub fn render<D: Document>(&self, document: &D, format: Format) -> Result<Rendered> {
        let templates = self.templates(D::KIND);
        Ok(match format {
            Format::Markdown => match document
                .builtin_markdown()
                .filter(|_| templates.markdown_source.builtin)
            {
                Some(markdown) => Rendered::File(markdown.into_bytes()),
                None => Rendered::File(
                    self.tera(D::KIND, Dialect::Markdown)?
                        .render(document)
                        .map_err(|e| anyhow!(e))?
                        .into_bytes(),
                ),
            },
            Format::Html => Rendered::File(
                self.tera(D::KIND, Dialect::Html)?
                    .render(document)
                    .map_err(|e| anyhow!(e))?
                    .into_bytes(),
            ),
            Format::Json => Rendered::File(json(document)?),
            Format::Pdf => Rendered::File(self.pdf.render(&templates.typst, document)?),
            Format::Typ => Rendered::Folder(self.pdf.bundle(&templates.typst, document)?),
            Format::Docx => Rendered::File(document.docx(self.paper)?),
        })
    }
}

/// The JSON form of a document: the view-model itself, pretty-printed, with the invisible
/// controls of its strings escaped (see [`escape_invisible_controls`]).
pub fn json(document: &impl Serialize) -> Result<Vec<u8>> {
    let mut bytes = escape_invisible_controls(serde_json::to_vec_pretty(document)?);
    bytes.push(b'\n');
    Ok(bytes)
}

/// `json` with DEL, the C1 controls (U+0080–U+009F; U+009B is a terminal's CSI) and the
/// bidirectional controls written as `\uXXXX` escapes rather than as they are: the same
/// strings to a program that reads the file, and nothing that a terminal acts on or that
/// reverses the text around it when someone `cat`s the file (serde_json escapes only the
/// controls below U+0020). These characters' bytes occur only inside JSON strings.
pub fn escape_invisible_controls(json: Vec<u8>) -> Vec<u8> {
    fn escaped(c: char) -> bool {
        matches!(c, '\u{7f}'..='\u{9f}' | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    // Most briefs hold none: only the lead bytes of these characters, and DEL, are looked for.
    if memchr::memchr3(0x7f, 0xc2, 0xe2, &json).is_none() && memchr::memchr(0xd8, &json).is_none() {
        return json;
    }
    let Ok(text) = std::str::from_utf8(&json) else {
        return json;
    };
    match crate::markup::with_unicode_escapes(text, escaped) {
        std::borrow::Cow::Owned(escaped) => escaped.into_bytes(),
        std::borrow::Cow::Borrowed(_) => json,
    }
}
