//! Word documents (`-f docx`): the brief, the change brief and the panel brief as
//! WordprocessingML, for policy staff who review in Word or LibreOffice with comments and track
//! changes.
//!
//! Each document has the sections of its Markdown and PDF forms. Headings use Word's own
//! Heading 1–6 styles (so the navigation pane, outline view and an inserted table of contents
//! work), tabular parts are real tables (their column headings repeat on every page), every
//! rating and red flag is written in words (colour only repeats them), the brief's chart is a PNG
//! with alt text, and every document carries its title, authors (the assessors) and language
//! (the document's own: `fr`, `es`, `pt-BR`, `en-GB`, on every run and in its properties). User
//! Markdown arrives parsed ([`crate::markup::Markup`]) and becomes paragraphs,
//! lists, emphasis and links; every user string goes into a run as escaped text, so none of it
//! can become markup.
//!
//! Why the XML is written here and not through a docx crate: docx-rs 0.4.22 (checked for this)
//! writes elements out of the schema's order (`w:rPr` first in every `w:pPr`, `w:rPr` before
//! `w:pPr` in styles), has no setting for the document's title, author or language, a picture's
//! alt text or a table's header row, and numbers hyperlink relationships from process-wide
//! counters listed in hash-map order, so its files would neither validate nor come out the same
//! twice. The parts a document needs are few; each is written in schema order, and the `zip`
//! crate writes the package. The same input gives the same bytes.
//!
//! The building blocks ([`body`], [`markup`], [`table`], [`package`]) are shared; [`brief`],
//! [`change`] and [`panel`] each write one kind of document with them.

mod body;
mod brief;
mod change;
mod chart;
mod markup;
mod package;
mod panel;
mod styles;
mod table;
mod xml;

pub(crate) use brief::render as brief;
pub(crate) use change::render as change;
pub(crate) use package::written_as_is;
pub(crate) use panel::render as panel;

use super::typst::Paper;
use crate::markup::UserText;
use crate::scoring::Rating;

// The PDF brief's palette (templates/brief.typ): the band colours are dark enough for text on
// white (contrast 4.5:1 or more).
const INK: &str = "1D2430";
const MUTED: &str = "5B6475";
const HAIRLINE: &str = "D9DEE7";
const TINT: &str = "F3F5F9";
const FLAG_RED: &str = "B83232";

/// A rating band's colour, as in the PDF brief.
fn band_colour(rating: Rating) -> &'static str {
    match rating {
        Rating::Strong => "1E7B4A",
        // Nothing found is not a merit: its own colour, never the green of Strong.
        Rating::NoEffectFound => "3F5A8A",
        Rating::Adequate => "1F6E7E",
        Rating::Weak => "9C6408",
        Rating::SeriousConcerns => FLAG_RED,
        Rating::InsufficientEvidence => "5F6672",
    }
}

/// What tera counts as true for an optional text: present and not empty.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|text| !text.is_empty())
}

/// The same for user Markdown.
fn written(value: &Option<UserText>) -> Option<&UserText> {
    value.as_ref().filter(|text| !text.is_empty())
}
