//! The document body as it is written: paragraphs and runs in the brief's styles, links, lists,
//! headings, and ratings and red flags in words; with the link relationships and numbered lists
//! the package must declare.

use std::fmt::Write as _;

use super::xml::{escape_into, uri};
use super::{FLAG_RED, HAIRLINE, MUTED, band_colour};
use crate::i18n::Lang;
use crate::report::Quote;
use crate::scoring::Rating;

/// How a run looks.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Fmt {
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) strike: bool,
    pub(super) code: bool,
    pub(super) link: bool,
    pub(super) colour: Option<&'static str>,
}

impl Fmt {
    pub(super) const BOLD: Fmt = Fmt {
        bold: true,
        italic: false,
        strike: false,
        code: false,
        link: false,
        colour: None,
    };
    pub(super) const MUTED: Fmt = Fmt {
        bold: false,
        italic: false,
        strike: false,
        code: false,
        link: false,
        colour: Some(MUTED),
    };

    /// Bold, in `colour`: a rating or a red flag, which the words already say.
    pub(super) fn marked(colour: &'static str) -> Fmt {
        Fmt {
            bold: true,
            colour: Some(colour),
            ..Fmt::default()
        }
    }
}

/// Paragraph properties beyond the style.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Props {
    /// Numbering instance and level.
    pub(super) numbering: Option<(usize, usize)>,
    /// Left indent, in twentieths of a point.
    pub(super) indent: Option<usize>,
    /// Alignment (`center`, `right`).
    pub(super) align: Option<&'static str>,
    /// A rule under the paragraph (a Markdown thematic break).
    pub(super) rule: bool,
    /// Right to left: Word aligns the paragraph to the right and orders its runs so.
    pub(super) bidi: bool,
    /// Starts a new page (an annex's heading).
    pub(super) page_break_before: bool,
    /// Kept on the page of the paragraph after it (a table's row with the next row).
    pub(super) keep_with_next: bool,
}

/// One numbered list: its level and first number.
pub(super) struct OrderedList {
    pub(super) level: usize,
    pub(super) start: usize,
}

/// The numbering instance every bulleted list uses.
pub(super) const BULLETS: usize = 1;

/// Indent of list level `level`, where its text starts.
pub(super) fn list_indent(level: usize) -> usize {
    360 * (level + 1)
}

/// The document body as it is written, with the relationships and numbering it needs.
pub(super) struct Body {
    pub(super) xml: String,
    /// Link targets; the relationship of the n-th (from 1) is `rIdLink{n}`.
    pub(super) links: Vec<String>,
    /// Numbered lists, each its own numbering instance (from 2), so each counts from its start.
    pub(super) ordered: Vec<OrderedList>,
    /// Width of the text column, in twentieths of a point.
    pub(super) width: usize,
    /// The document's language, for the words the body writes itself ("Red flag").
    pub(super) lang: Lang,
    /// The language the assessors wrote their own text in, declared on its runs where it is not
    /// the document's (an English finding in a French brief is spell-checked and read as English).
    text_lang: Lang,
    /// Whether the last thing written is a table: the paragraph after it then takes a gap above
    /// it, rather than an empty paragraph being written for the gap, which a screen reader
    /// announces as "blank".
    pub(super) after_table: bool,
    /// Whether the runs being written are the assessors' own text (inside [`Body::assessors_text`]).
    writing: bool,
}

impl Body {
    /// A body in `lang`, whose own text is taken to be in `lang` too until
    /// [`Body::with_text_lang`] says otherwise.
    pub(super) fn new(width: usize, lang: Lang) -> Body {
        Body {
            xml: String::with_capacity(64 * 1024),
            links: Vec::new(),
            ordered: Vec::new(),
            width,
            lang,
            text_lang: lang,
            after_table: false,
            writing: false,
        }
    }

    /// The same body, whose assessors wrote their own text in `text_lang`.
    pub(super) fn with_text_lang(self, text_lang: Lang) -> Body {
        Body { text_lang, ..self }
    }

    /// Writes the assessors' own text with `write`: its runs carry the language it was written in.
    pub(super) fn assessors_text(&mut self, write: impl FnOnce(&mut Body)) {
        let outer = std::mem::replace(&mut self.writing, true);
        write(self);
        self.writing = outer;
    }

    pub(super) fn raw(&mut self, xml: &str) {
        self.xml.push_str(xml);
    }

    pub(super) fn open_p(&mut self, style: Option<&str>, props: Props) {
        self.raw("<w:p>");
        // A styled paragraph after a table (a heading, a caption) keeps its style's own space.
        let gap = std::mem::take(&mut self.after_table) && style.is_none();
        let any = style.is_some() || props.numbering.is_some() || props.indent.is_some() || props.align.is_some();
        if !any && !gap && !props.rule && !props.bidi && !props.page_break_before && !props.keep_with_next {
            return;
        }
        // Schema order: pStyle, keepNext, pageBreakBefore, numPr, pBdr, bidi, spacing, ind, jc.
        self.raw("<w:pPr>");
        if let Some(style) = style {
            let _ = write!(self.xml, r#"<w:pStyle w:val="{style}"/>"#);
        }
        if props.keep_with_next {
            self.raw("<w:keepNext/>");
        }
        if props.page_break_before {
            self.raw("<w:pageBreakBefore/>");
        }
        if let Some((id, level)) = props.numbering {
            let _ = write!(
                self.xml,
                r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{id}"/></w:numPr>"#
            );
        }
        if props.rule {
            let _ = write!(
                self.xml,
                r#"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{HAIRLINE}"/></w:pBdr>"#
            );
        }
        if props.bidi {
            self.raw("<w:bidi/>");
        }
        if gap {
            self.raw(r#"<w:spacing w:before="160"/>"#);
        }
        if let Some(left) = props.indent {
            let _ = write!(self.xml, r#"<w:ind w:left="{left}"/>"#);
        }
        if let Some(align) = props.align {
            let _ = write!(self.xml, r#"<w:jc w:val="{align}"/>"#);
        }
        self.raw("</w:pPr>");
    }

    pub(super) fn close_p(&mut self) {
        self.raw("</w:p>");
    }

    /// A run of text.
    pub(super) fn run(&mut self, text: &str, fmt: Fmt) {
        if text.is_empty() {
            return;
        }
        self.raw("<w:r>");
        self.run_props(fmt);
        self.raw(r#"<w:t xml:space="preserve">"#);
        escape_into(&mut self.xml, text);
        self.raw("</w:t></w:r>");
    }

    fn run_props(&mut self, fmt: Fmt) {
        let style = if fmt.link {
            Some("Hyperlink")
        } else if fmt.code {
            Some("VerbatimChar")
        } else {
            None
        };
        let own_lang = (self.writing && self.text_lang != self.lang).then(|| self.text_lang.tag());
        if style.is_none() && !fmt.bold && !fmt.italic && !fmt.strike && fmt.colour.is_none() && own_lang.is_none() {
            return;
        }
        // Schema order: rStyle, rFonts, b, i, strike, color, lang.
        self.raw("<w:rPr>");
        if let Some(style) = style {
            let _ = write!(self.xml, r#"<w:rStyle w:val="{style}"/>"#);
        }
        if fmt.code && fmt.link {
            self.raw(r#"<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/>"#);
        }
        if fmt.bold {
            self.raw("<w:b/><w:bCs/>");
        }
        if fmt.italic {
            self.raw("<w:i/><w:iCs/>");
        }
        if fmt.strike {
            self.raw("<w:strike/>");
        }
        if let Some(colour) = fmt.colour {
            let _ = write!(self.xml, r#"<w:color w:val="{colour}"/>"#);
        }
        if let Some(tag) = own_lang {
            let _ = write!(self.xml, r#"<w:lang w:val="{tag}"/>"#);
        }
        self.raw("</w:rPr>");
    }

    /// Writes, with `write`, text an assessor wrote in `lang`, which may not be the one the
    /// rest of the assessors' text is in (the members of a panel may write in different
    /// languages).
    pub(super) fn text_in(&mut self, lang: Lang, write: impl FnOnce(&mut Body)) {
        let outer = std::mem::replace(&mut self.text_lang, lang);
        self.assessors_text(write);
        self.text_lang = outer;
    }

    /// A sentence that quotes an assessor, the quotation marked with the language it is written
    /// in.
    pub(super) fn quote(&mut self, quote: &Quote) {
        self.run(&quote.before, Fmt::default());
        self.text_in(quote.lang, |body| body.run(&quote.text, Fmt::default()));
        self.run(&quote.after, Fmt::default());
    }

    /// The assessors' `text` in parentheses after a space (the provisions a finding rests on):
    /// one run, or three where the text is in a language of its own.
    pub(super) fn assessors_aside(&mut self, text: &str, fmt: Fmt) {
        if self.text_lang == self.lang {
            self.run(&format!(" ({text})"), fmt);
        } else {
            self.run(" (", fmt);
            self.assessors_text(|body| body.run(text, fmt));
            self.run(")", fmt);
        }
    }

    /// A line break inside a paragraph.
    pub(super) fn line_break(&mut self) {
        self.raw("<w:r><w:br/></w:r>");
    }

    /// Opens a hyperlink to `url` (a web or mail address); runs inside it should be `link`.
    pub(super) fn open_link(&mut self, url: &str) {
        self.links.push(uri(url));
        let _ = write!(
            self.xml,
            r#"<w:hyperlink r:id="rIdLink{}" w:history="1">"#,
            self.links.len()
        );
    }

    pub(super) fn close_link(&mut self) {
        self.raw("</w:hyperlink>");
    }

    /// `url` as a link showing the address itself.
    pub(super) fn link(&mut self, url: &str) {
        self.open_link(url);
        self.run(
            url,
            Fmt {
                link: true,
                ..Fmt::default()
            },
        );
        self.close_link();
    }

    pub(super) fn heading(&mut self, level: usize, text: &str) {
        self.open_p(Some(&format!("Heading{}", level.clamp(1, 6))), Props::default());
        self.run(text, Fmt::default());
        self.close_p();
    }

    /// A top-level heading that starts a page: an annex, such as the methodology, which the PDF
    /// starts on a page of its own too.
    pub(super) fn annex_heading(&mut self, text: &str) {
        let props = Props {
            page_break_before: true,
            ..Props::default()
        };
        self.open_p(Some("Heading1"), props);
        self.run(text, Fmt::default());
        self.close_p();
    }

    /// A paragraph of one run.
    pub(super) fn para(&mut self, text: &str, fmt: Fmt) {
        self.open_p(None, Props::default());
        self.run(text, fmt);
        self.close_p();
    }

    /// A paragraph of one run in the paragraph style `style`.
    pub(super) fn para_styled(&mut self, style: &str, text: &str) {
        self.open_p(Some(style), Props::default());
        self.run(text, Fmt::default());
        self.close_p();
    }

    /// Opens a bulleted list item at `level`.
    pub(super) fn open_bullet(&mut self, level: usize) {
        self.open_p(
            Some("ListParagraph"),
            Props {
                numbering: Some((BULLETS, level)),
                ..Props::default()
            },
        );
    }

    /// A new numbered list at `level` counting from `start`; returns its numbering instance.
    pub(super) fn ordered_list(&mut self, level: usize, start: usize) -> usize {
        self.ordered.push(OrderedList { level, start });
        self.ordered.len() + 1
    }

    /// Opens an item of numbered list `list` at `level`.
    pub(super) fn open_numbered(&mut self, list: usize, level: usize) {
        self.open_p(
            Some("ListParagraph"),
            Props {
                numbering: Some((list, level)),
                ..Props::default()
            },
        );
    }

    /// "Rubric: question", bold, as a list item starts; `colon` as the document's language
    /// writes it.
    pub(super) fn question(&mut self, colon: &str, rubric_title: &str, prompt: &str) {
        self.run(rubric_title, Fmt::BOLD);
        self.run(&format!("{colon} "), Fmt::BOLD);
        self.run(prompt, Fmt::BOLD);
    }

    /// A sentence about a red flag, in red (the brief's own words for it).
    pub(super) fn red_flag_words(&mut self, words: &str) {
        self.run(words, Fmt::marked(FLAG_RED));
    }

    /// A rating, in words (and in its band's colour).
    pub(super) fn rating(&mut self, rating: Rating) {
        self.run(rating.label_in(self.lang), Fmt::marked(band_colour(rating)));
    }
}
