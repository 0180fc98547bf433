//! The PDF brief: the view-model, with every user Markdown field parsed into a [`Markup`] tree,
//! handed to the Typst template as `/data.json`, and compiled by the embedded Typst engine or
//! the stand-alone `typst` program. No Typst source is ever generated from user text.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Result;
use serde::Serialize;

use super::typst::{Paper, PdfSettings, PdfStandard, TemplateSource, TypstEngine, compile_pdf_with_cli};
use crate::markup::{Markup, UserText};
use crate::report::Brief;
use crate::templates::Template;

/// Which Typst compiler makes the PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Engine {
    /// The compiler built into this program (the default; needs nothing installed).
    Embedded,
    /// The stand-alone `typst` program at this path or name.
    TypstCli(PathBuf),
}

/// PDF settings chosen on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfOptions {
    /// The compiler.
    pub engine: Engine,
    /// Paper size.
    pub paper: Paper,
    /// PDF/UA-1 or PDF/A-2b conformance, if asked for.
    pub standard: Option<PdfStandard>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            engine: Engine::Embedded,
            paper: Paper::A4,
            standard: None,
        }
    }
}

/// The data file the Typst template reads: the brief, plus every Markdown field as a tree.
#[derive(Serialize)]
struct TypstData<'a> {
    brief: &'a Brief,
    markup: MarkupFields,
}

/// User Markdown, parsed, keyed so the template can find it next to the item it belongs to.
#[derive(Serialize)]
struct MarkupFields {
    summary: Option<Markup>,
    context: Option<Markup>,
    /// By rubric id.
    descriptions: BTreeMap<String, Markup>,
    /// By full question id.
    rationales: BTreeMap<String, Markup>,
}

/// Renders PDFs; the embedded engine (fonts, standard library) is built on first use and shared.
pub struct PdfRenderer {
    template: TemplateSource,
    options: PdfOptions,
    engine: OnceLock<TypstEngine>,
}

impl PdfRenderer {
    /// A renderer for `template` with `options`.
    pub fn new(template: Template, options: PdfOptions) -> PdfRenderer {
        PdfRenderer {
            template: TemplateSource::new(template.origin, template.text),
            options,
            engine: OnceLock::new(),
        }
    }

    /// The PDF bytes of one brief.
    pub fn render(&self, brief: &Brief) -> Result<Vec<u8>> {
        let data = data_json(brief)?;
        let settings = self.settings(brief);
        let pdf = match &self.options.engine {
            Engine::Embedded => {
                self.engine
                    .get_or_init(TypstEngine::new)
                    .compile_pdf(&self.template, &data, &settings)?
            }
            Engine::TypstCli(program) => compile_pdf_with_cli(program, &self.template, &data, &settings)?,
        };
        Ok(pdf)
    }

    /// The template and its data, for `typst compile brief.typ` by hand.
    pub fn bundle(&self, brief: &Brief) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        Ok(vec![
            (PathBuf::from("brief.typ"), self.template.text.clone().into_bytes()),
            (PathBuf::from("data.json"), data_json(brief)?),
        ])
    }

    fn settings(&self, brief: &Brief) -> PdfSettings {
        PdfSettings {
            paper: self.options.paper,
            standard: self.options.standard,
            date: brief.assessment.date,
        }
    }
}

/// The `/data.json` the template reads.
pub fn data_json(brief: &Brief) -> Result<Vec<u8>> {
    // The view-model carries every user text parsed; the template reads the trees from here.
    let tree = |text: &Option<UserText>| text.as_ref().map(|text| text.markup().clone());
    let markup = MarkupFields {
        summary: tree(&brief.proposal.summary),
        context: tree(&brief.proposal.context),
        descriptions: brief
            .rubrics
            .iter()
            .map(|rubric| (rubric.id.clone(), rubric.description.markup().clone()))
            .collect(),
        rationales: brief
            .rubrics
            .iter()
            .flat_map(|rubric| &rubric.questions)
            .filter_map(|question| Some((question.id.to_string(), question.rationale.as_ref()?.markup().clone())))
            .collect(),
    };
    let mut bytes = serde_json::to_vec(&TypstData { brief, markup })?;
    bytes.push(b'\n');
    Ok(bytes)
}
