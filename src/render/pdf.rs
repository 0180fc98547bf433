//! The PDF brief: the view-model, with every user Markdown field parsed into a [`Markup`] tree,
//! handed to the Typst template as `/data.json`, and compiled by the embedded Typst engine or
//! the stand-alone `typst` program. No Typst source is ever generated from user text.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Result;
use serde::Serialize;

use super::typst::{FontSettings, Paper, PdfSettings, PdfStandard, TemplateSource, TypstEngine, compile_pdf_with_cli};
use super::{Document, FolderFile};
use crate::change::{ChangeBrief, QuestionChange};
use crate::markup::{Markup, UserText};
use crate::report::Brief;

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
    /// Fonts beyond the embedded ones: `--font-path`, and whether the system's are searched.
    pub fonts: FontSettings,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            engine: Engine::Embedded,
            paper: Paper::A4,
            standard: None,
            fonts: FontSettings::default(),
        }
    }
}

/// The data file the Typst template reads: the document under its kind's name (`brief`,
/// `change`), its user Markdown parsed, under `markup`, and its language's code under `lang`.
struct TypstData<'a, D: Document>(&'a D);

impl<D: Document> Serialize for TypstData<'_, D> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry(D::KIND.name(), self.0)?;
        map.serialize_entry("markup", &self.0.markup())?;
        map.serialize_entry("lang", self.0.lang().code())?;
        // The region the texts are written for (British English, Brazilian Portuguese), which
        // the PDF declares with the language, as the HTML and Word briefs do.
        map.serialize_entry("region", &self.0.lang().region())?;
        // Every language's region, for text set in another language than the document's (the
        // assessors' own, an id).
        let regions: std::collections::BTreeMap<&str, &str> = crate::i18n::Lang::ALL
            .into_iter()
            .filter_map(|lang| lang.region().map(|region| (lang.code(), region)))
            .collect();
        map.serialize_entry("regions", &regions)?;
        map.end()
    }
}

/// The brief's user Markdown, parsed, keyed so the template can find it next to the item it
/// belongs to.
#[derive(Serialize)]
pub struct BriefMarkup {
    summary: Option<Markup>,
    context: Option<Markup>,
    /// By rubric id.
    descriptions: BTreeMap<String, Markup>,
    /// By full question id.
    rationales: BTreeMap<String, Markup>,
}

impl BriefMarkup {
    /// The trees the brief's view-model already carries.
    pub fn of(brief: &Brief) -> BriefMarkup {
        let tree = |text: &Option<UserText>| text.as_ref().map(|text| text.markup().clone());
        BriefMarkup {
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
        }
    }
}

/// The rationales of a change brief's changed answers, parsed, for the Typst template.
#[derive(Debug, Serialize)]
pub struct ChangeMarkup {
    /// By full question id.
    old_rationales: BTreeMap<String, Markup>,
    /// By full question id.
    new_rationales: BTreeMap<String, Markup>,
}

impl ChangeMarkup {
    /// The trees the change brief's questions already carry.
    pub fn of(change: &ChangeBrief) -> ChangeMarkup {
        let trees = |pick: fn(&QuestionChange) -> &Option<UserText>| {
            change
                .questions
                .iter()
                .filter_map(|question| Some((question.id.to_string(), pick(question).as_ref()?.markup().clone())))
                .collect()
        };
        ChangeMarkup {
            old_rationales: trees(|question| &question.old_rationale),
            new_rationales: trees(|question| &question.new_rationale),
        }
    }
}

/// Renders PDFs; the embedded engine (fonts, standard library) is built on first use and shared
/// by every kind of document.
pub struct PdfRenderer {
    options: PdfOptions,
    engine: OnceLock<TypstEngine>,
}

impl PdfRenderer {
    /// A renderer with `options`.
    pub fn new(options: PdfOptions) -> PdfRenderer {
        PdfRenderer {
            options,
            engine: OnceLock::new(),
        }
    }

    /// The PDF bytes of one document, from `template`.
    pub fn render<D: Document>(&self, template: &TemplateSource, document: &D) -> Result<Vec<u8>> {
        let data = data_json(document)?;
        let settings = PdfSettings {
            paper: self.options.paper,
            standard: self.options.standard,
            date: document.date(),
        };
        let pdf = match &self.options.engine {
            Engine::Embedded => {
                let compiled = self
                    .engine
                    .get_or_init(|| TypstEngine::with_fonts(&self.options.fonts))
                    .compile(template, &data, &settings)?;
                // Said as it happens, once per script and document: a box in print is easy to
                // miss, and the fix (a font) is outside the brief.
                for warning in &compiled.warnings {
                    crate::eprintln_safe!("warning: {warning}");
                }
                compiled.pdf
            }
            Engine::TypstCli(program) => {
                compile_pdf_with_cli(program, template, &data, &settings, &self.options.fonts)?
            }
        };
        Ok(pdf)
    }

    /// The template, the files it imports and its data, for `typst compile brief.typ` by hand.
    /// The templates are there to be edited; the data is the assessment's, written anew each time.
    pub fn bundle<D: Document>(&self, template: &TemplateSource, document: &D) -> Result<Vec<FolderFile>> {
        let editable = |name: PathBuf, text: &str| FolderFile {
            name,
            bytes: text.as_bytes().to_vec(),
            editable: true,
        };
        let mut files = vec![editable(
            PathBuf::from(format!("{}.typ", D::KIND.name())),
            &template.text,
        )];
        files.extend(
            template
                .imports()
                .iter()
                .map(|import| editable(PathBuf::from(&import.name), &import.text)),
        );
        files.push(FolderFile {
            name: PathBuf::from("data.json"),
            bytes: data_json(document)?,
            editable: false,
        });
        Ok(files)
    }
}

/// The `/data.json` a template reads.
pub fn data_json<D: Document>(document: &D) -> Result<Vec<u8>> {
    let mut bytes = close_bidi_in_strings(replace_controls_in_strings(serde_json::to_vec(&TypstData(document))?));
    bytes.push(b'\n');
    Ok(bytes)
}

/// `json` with every control character in its strings (but tab and line breaks) replaced by
/// U+FFFD, as the Markdown brief shows them: pasted text can carry a bell or an escape, which
/// Typst would put invisibly into the PDF's text. serde_json writes them as `\u00XX`, `\b` or
/// `\f` (C0), or as themselves (DEL, C1); a document without any (nearly all) is passed over with
/// a few searches.
fn replace_controls_in_strings(json: Vec<u8>) -> Vec<u8> {
    const REPLACEMENT: &[u8] = "\u{fffd}".as_bytes();
    let escaped = memchr::memmem::find(&json, b"\\u00").is_some()
        || memchr::memmem::find(&json, b"\\b").is_some()
        || memchr::memmem::find(&json, b"\\f").is_some();
    // 0xC2 also leads « and the no-break space, so only one before a C1 control counts.
    let raw = memchr::memchr(0x7f, &json).is_some()
        || memchr::memchr_iter(0xc2, &json).any(|at| json.get(at + 1).is_some_and(|byte| (0x80..=0x9f).contains(byte)));
    if !escaped && !raw {
        return json;
    }
    let mut out = Vec::with_capacity(json.len());
    let mut at = 0;
    while at < json.len() {
        match json[at] {
            b'\\' => {
                let next = json.get(at + 1).copied();
                let hex = json.get(at + 2..at + 6).and_then(|hex| std::str::from_utf8(hex).ok());
                let code = hex.and_then(|hex| u32::from_str_radix(hex, 16).ok());
                match (next, code) {
                    (Some(b'b' | b'f'), _) => {
                        out.extend_from_slice(REPLACEMENT);
                        at += 2;
                    }
                    (Some(b'u'), Some(code)) if code < 0x20 && !matches!(code, 0x09 | 0x0a | 0x0d) => {
                        out.extend_from_slice(REPLACEMENT);
                        at += 6;
                    }
                    _ => {
                        // Any other escape, copied whole so that its second byte is not read as
                        // the start of one.
                        let length = if next == Some(b'u') { 6 } else { 2 };
                        out.extend_from_slice(&json[at..(at + length).min(json.len())]);
                        at += length;
                    }
                }
            }
            0x7f => {
                out.extend_from_slice(REPLACEMENT);
                at += 1;
            }
            0xc2 if json.get(at + 1).is_some_and(|byte| (0x80..=0x9f).contains(byte)) => {
                out.extend_from_slice(REPLACEMENT);
                at += 2;
            }
            byte => {
                out.push(byte);
                at += 1;
            }
        }
    }
    out
}

/// `json` with every string value ending what it left open of bidirectional embeddings,
/// overrides and isolates ([`crate::markup::close_bidi`]): Typst sets a finding and its provisions
/// in one paragraph, and an override left open in one would reverse the other. serde_json writes
/// these characters as themselves, so a document without one (all but a few) is passed over with
/// one search for their lead byte.
fn close_bidi_in_strings(json: Vec<u8>) -> Vec<u8> {
    if memchr::memchr(0xE2, &json).is_none() {
        return json;
    }
    let mut out = Vec::with_capacity(json.len() + 16);
    let mut at = 0;
    while let Some(open) = memchr::memchr(b'"', &json[at..]).map(|found| at + found) {
        out.extend_from_slice(&json[at..=open]);
        // The string's end: the next quote that no backslash escapes.
        let mut end = open + 1;
        while end < json.len() && json[end] != b'"' {
            end += if json[end] == b'\\' { 2 } else { 1 };
        }
        let end = end.min(json.len());
        let content = &json[open + 1..end];
        out.extend_from_slice(content);
        if let Ok(text) = std::str::from_utf8(content) {
            let mut closers = String::new();
            crate::markup::close_bidi(&mut closers, text);
            out.extend_from_slice(closers.as_bytes());
        }
        at = end;
        if at < json.len() {
            out.push(b'"');
            at += 1;
        }
    }
    out.extend_from_slice(&json[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::close_bidi_in_strings;

    #[test]
    fn control_characters_in_the_data_become_replacement_characters() {
        use super::replace_controls_in_strings;
        let json = serde_json::to_vec(&serde_json::json!({
            "finding": "bell\u{7} esc\u{1b}[31m del\u{7f} c1\u{9b} back\u{8} feed\u{c}",
            "kept": "tab\tline\nreturn\r é \\u0007 \\b",
        }))
        .expect("json");
        let cleaned = replace_controls_in_strings(json);
        let value: serde_json::Value = serde_json::from_slice(&cleaned).expect("still JSON");
        assert_eq!(
            value["finding"],
            "bell\u{fffd} esc\u{fffd}[31m del\u{fffd} c1\u{fffd} back\u{fffd} feed\u{fffd}"
        );
        // Tabs and line breaks stay, and so does a backslash written before a `u` or a `b`.
        assert_eq!(value["kept"], "tab\tline\nreturn\r é \\u0007 \\b");
        let plain = serde_json::to_vec(&serde_json::json!({"a": "b \" é ü"})).expect("json");
        assert_eq!(replace_controls_in_strings(plain.clone()), plain);
    }

    #[test]
    fn every_string_of_the_data_closes_its_own_overrides() {
        let json = serde_json::to_vec(&serde_json::json!({
            "finding": "x \u{202e}evil",
            "provisions": ["#read(\"x\")", "<i>"],
            "quoted": "a \\\" \u{2067}b",
        }))
        .expect("json");
        let closed = String::from_utf8(close_bidi_in_strings(json)).expect("utf-8");
        let value: serde_json::Value = serde_json::from_str(&closed).expect("still JSON");
        assert_eq!(value["finding"], "x \u{202e}evil\u{202c}");
        assert_eq!(value["provisions"][0], "#read(\"x\")");
        assert_eq!(value["quoted"], "a \\\" \u{2067}b\u{2069}");
        // Without any, the bytes are the same.
        let plain = serde_json::to_vec(&serde_json::json!({"a": "b \" é"})).expect("json");
        assert_eq!(close_bidi_in_strings(plain.clone()), plain);
    }
}
