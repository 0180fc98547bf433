//! The panel and change briefs in French, Spanish and Portuguese hold no English sentence of their
//! catalogues and no missing-message marker, in any medium a reader gets: Markdown, HTML, the text
//! of the Word file and the text of the PDF.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

use super::{Format, PdfOptions, Rendered, Renderer};
use crate::change::{ChangeBrief, Origin};
use crate::i18n::{DOMAINS, Lang, source_of};
use crate::model::{Assessment, RubricSet};
use crate::panel::{Member, PanelBrief};
use crate::report::Brief;
use crate::templates::Templates;

const PANEL: &str = "examples/panel/eu-csa-regulation";
const OLD: &str = "examples/changes/eu-csa-regulation-commission-proposal.toml";
const NEW: &str = "examples/changes/eu-csa-regulation-council-position.toml";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Every run of words of four or more in the English `panel` and `change` catalogues: the text
/// between a message's variables, in each plural form, whitespace collapsed.
fn english_sentences() -> Vec<String> {
    let mut found = Vec::new();
    for (index, domain) in DOMAINS.iter().enumerate() {
        if !matches!(*domain, "panel" | "change") {
            continue;
        }
        let resource = fluent_syntax::parser::parse(source_of(Lang::En, index)).expect("the English catalogue parses");
        for entry in resource.body {
            if let Entry::Message(message) = entry
                && let Some(pattern) = message.value
            {
                texts_of(&pattern, &mut found);
            }
        }
    }
    found.retain(|text| text.split_whitespace().count() >= 4);
    found.sort();
    found.dedup();
    found
}

/// The literal runs of a pattern, each plural form's too.
fn texts_of(pattern: &Pattern<&str>, found: &mut Vec<String>) {
    let mut run = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => run.push_str(value),
            PatternElement::Placeable { expression } => {
                found.push(collapse(&run));
                run.clear();
                if let Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        texts_of(&variant.value, found);
                    }
                }
            }
        }
    }
    found.push(collapse(&run));
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text as a reader sees it: entities of HTML and Word read back, tags dropped, whitespace
/// collapsed.
fn readable(markup: &str) -> String {
    let mut text = String::with_capacity(markup.len());
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace('’', "'");
    collapse(&text)
}

/// The text of `word/document.xml` of a Word file: its runs, in order.
fn docx_text(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .expect("UTF-8");
    readable(&xml)
}

/// The text of a PDF by pdftotext, or `None` where poppler-utils is missing (never under CI).
fn pdf_text(bytes: &[u8]) -> Option<String> {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdftotext is needed: apt-get install poppler-utils"
        );
        return None;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("brief.pdf");
    std::fs::write(&path, bytes).expect("write the PDF");
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    Some(readable(
        &String::from_utf8_lossy(&output.stdout).replace('\u{200b}', ""),
    ))
}

/// Each medium of one document: (medium, text a reader sees).
fn media<D: super::Document>(renderer: &Renderer, document: &D) -> Vec<(&'static str, String)> {
    let file = |format| match renderer.render(document, format).expect("renders") {
        Rendered::File(bytes) => bytes,
        Rendered::Folder(_) => unreachable!("md, html, docx and pdf are files"),
    };
    let mut texts = vec![
        (
            "md",
            collapse(&String::from_utf8(file(Format::Markdown)).expect("UTF-8")),
        ),
        ("html", readable(&String::from_utf8(file(Format::Html)).expect("UTF-8"))),
        ("docx", docx_text(&file(Format::Docx))),
    ];
    if let Some(text) = pdf_text(&file(Format::Pdf)) {
        texts.push(("pdf", text));
    }
    texts
}

/// The English sentences found in each medium of the panel and change briefs in `lang`, and the
/// media that show a missing-message marker.
fn english_in(lang: Lang) -> Vec<String> {
    let rubrics = RubricSet::load(None).expect("the built-in rubrics");
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo(PANEL))
        .expect("the panel example")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let members: Vec<Member> = files
        .iter()
        .map(|file| Member {
            file: file.display().to_string(),
            assessment: Assessment::load(file, &rubrics).expect("a panel member"),
        })
        .collect();
    let panel = PanelBrief::of(&members, &rubrics, lang);
    let brief = |path: &str| {
        Brief::of(
            &Assessment::load(&repo(path), &rubrics).expect("an assessment"),
            &rubrics,
        )
    };
    let origin = |path: &str| Origin {
        file: path.to_string(),
        upgraded_from: None,
    };
    let change = ChangeBrief::between(&brief(OLD), &brief(NEW), &origin(OLD), &origin(NEW), lang);
    let formats = [Format::Markdown, Format::Html, Format::Docx, Format::Pdf];
    let renderer = Renderer::new(
        &Templates::load(None).expect("the built-in templates"),
        PdfOptions::default(),
        &formats,
    )
    .expect("a renderer");
    let sentences = english_sentences();
    let mut found = Vec::new();
    for (kind, texts) in [
        ("panel", media(&renderer, &panel)),
        ("change", media(&renderer, &change)),
    ] {
        for (medium, text) in texts {
            if text.contains('⟦') {
                found.push(format!("{kind} {medium}: a missing-message marker"));
            }
            found.extend(
                sentences
                    .iter()
                    .filter(|sentence| text.contains(sentence.as_str()))
                    .map(|sentence| format!("{kind} {medium}: {sentence}")),
            );
        }
    }
    found
}

#[test]
fn translated_panel_and_change_briefs_hold_no_english_sentence_of_their_catalogues() {
    for lang in [Lang::Fr, Lang::Es, Lang::Pt] {
        let found = english_in(lang);
        assert!(found.is_empty(), "{lang}:\n{}", found.join("\n"));
    }
}

#[test]
fn the_english_briefs_show_the_sentences_the_translated_ones_must_not() {
    // The scan itself: in English it finds the catalogue's sentences in every medium.
    let found = english_in(Lang::En);
    for medium in [
        "panel md",
        "panel html",
        "panel docx",
        "change md",
        "change html",
        "change docx",
    ] {
        let count = found.iter().filter(|line| line.starts_with(medium)).count();
        assert!(
            count >= 5,
            "{medium}: only {count} English sentences found:\n{}",
            found.join("\n")
        );
    }
}
