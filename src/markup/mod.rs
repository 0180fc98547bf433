//! User Markdown (summaries, context, rationales) as data: parsed once with comrak into a small,
//! depth-limited tree that every output format renders itself. Raw HTML becomes literal text,
//! images become their description, and only web and mail links stay links, so no user text can
//! inject markup, load a resource or break the brief's structure.
//!
//! The tree and its parse are here; one file a writer (`markdown`, `html`, `plain`), and the
//! escaping every output needs in `escape`.

mod escape;
mod html;
mod markdown;
mod plain;

use comrak::nodes::{ListType, NodeValue};
use comrak::{Arena, Options};
use serde::Serialize;
use std::sync::{Arc, Mutex};

/// Deeper nesting than this is flattened to plain text: real briefs never nest this deep, and a
/// bound keeps every renderer (Typst included) far from recursion limits.
pub const MAX_DEPTH: usize = 12;

/// A block of user text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// Its content.
        children: Vec<Inline>,
        /// Whether it reads right to left (its first strong letter is Arabic, Hebrew or another
        /// right-to-left script), so that a layout aligns it to the right; absent when false.
        #[serde(skip_serializing_if = "is_false")]
        rtl: bool,
    },
    /// A heading inside user text (rendered below the brief's own headings).
    Heading {
        /// 1 to 6, as written.
        level: u8,
        /// Its content.
        children: Vec<Inline>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered?
        ordered: bool,
        /// First number of a numbered list.
        start: usize,
        /// Each item's blocks.
        items: Vec<Vec<Block>>,
    },
    /// A quotation.
    Quote {
        /// Its blocks.
        children: Vec<Block>,
    },
    /// Preformatted text.
    Code {
        /// The text, verbatim.
        text: String,
    },
    /// A horizontal rule.
    Rule,
}

/// Inline user text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Inline {
    /// Literal text.
    Text {
        /// The text.
        text: String,
    },
    /// Inline code.
    Code {
        /// The code, verbatim.
        text: String,
    },
    /// Emphasis.
    Emph {
        /// Its content.
        children: Vec<Inline>,
    },
    /// Strong emphasis.
    Strong {
        /// Its content.
        children: Vec<Inline>,
    },
    /// Struck-out text.
    Strike {
        /// Its content.
        children: Vec<Inline>,
    },
    /// A link to a web page or mail address.
    Link {
        /// The target (http, https or mailto only).
        url: String,
        /// Its content.
        children: Vec<Inline>,
    },
    /// A hard line break.
    Break,
    /// A soft line break (rendered as a space).
    Space,
}

/// Parsed user Markdown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Markup(pub Vec<Block>);

impl Markup {
    /// Parses Markdown text.
    pub fn parse(text: &str) -> Markup {
        if let Some(blocks) = plain_paragraphs(text) {
            return Markup(blocks);
        }
        Markup::parse_with_comrak(text)
    }

    /// Parses Markdown text with comrak, whatever it holds.
    fn parse_with_comrak(text: &str) -> Markup {
        let arena = Arena::new();
        let mut options = Options::default();
        options.extension.strikethrough = true;
        options.extension.autolink = true;
        let root = comrak::parse_document(&arena, text, &options);
        Markup(root.children().filter_map(|node| block(node, 0)).collect())
    }

    /// CommonMark text whose headings start at `heading_base + 1`, with every character that
    /// could change the meaning escaped.
    pub fn to_markdown(&self, heading_base: u8) -> String {
        let mut out = String::new();
        self.push_markdown(heading_base, &mut out);
        out
    }

    /// [`Markup::to_markdown`], written at the end of `out`.
    pub fn push_markdown(&self, heading_base: u8, out: &mut String) {
        let start = out.len();
        markdown::write_blocks(&self.0, heading_base, out);
        let end = start + out[start..].trim_end().len();
        out.truncate(end);
    }

    /// HTML with every text escaped; headings start at `heading_base + 1`.
    pub fn to_html(&self, heading_base: u8) -> String {
        let mut out = String::new();
        html::write_blocks(&self.0, heading_base, &mut out);
        out
    }

    /// The text alone, paragraphs separated by blank lines (for terminals and plain contexts).
    pub fn to_plain_text(&self) -> String {
        let mut out = String::new();
        for block in &self.0 {
            plain::write_block(block, &mut out);
            out.push_str("\n\n");
        }
        out.trim_end().to_string()
    }
}

/// Text a user wrote in Markdown, parsed once: the view-model carries both, so every renderer
/// reads the same tree and none parses the text again. Serialised as the text as written, which
/// is what templates and the JSON brief see. Cloning it shares the parse.
#[derive(Debug, Clone, PartialEq)]
pub struct UserText(Arc<Parsed>);

#[derive(Debug, PartialEq)]
struct Parsed {
    text: String,
    markup: Markup,
}

impl UserText {
    /// `text`, parsed.
    pub fn new(text: impl Into<String>) -> UserText {
        let text = text.into();
        let markup = Markup::parse(&text);
        UserText(Arc::new(Parsed { text, markup }))
    }

    /// `text`, parsed once per process: for the text every brief of a batch repeats (a rubric's
    /// description), which would otherwise be parsed again for each brief.
    pub fn shared(text: &str) -> UserText {
        /// Rubrics are few; a bound keeps a long `serve` session with many rubric folders small.
        const MOST: usize = 64;
        static PARSED: Mutex<Vec<UserText>> = Mutex::new(Vec::new());
        let mut parsed = PARSED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(known) = parsed.iter().find(|known| known.text() == text) {
            return known.clone();
        }
        let fresh = UserText::new(text);
        if parsed.len() >= MOST {
            parsed.remove(0);
        }
        parsed.push(fresh.clone());
        fresh
    }

    /// The text as written.
    pub fn text(&self) -> &str {
        &self.0.text
    }

    /// Its parse.
    pub fn markup(&self) -> &Markup {
        &self.0.markup
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.0.text.is_empty()
    }
}

impl Serialize for UserText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text())
    }
}

type Node<'a> = comrak::nodes::Node<'a>;

fn block(node: Node<'_>, depth: usize) -> Option<Block> {
    if depth >= MAX_DEPTH {
        return Some(paragraph(vec![Inline::Text { text: flatten(node) }]));
    }
    let value = node.data.borrow().value.clone();
    let children_blocks = || {
        node.children()
            .filter_map(|child| block(child, depth + 1))
            .collect::<Vec<_>>()
    };
    let children_inlines = || {
        node.children()
            .filter_map(|child| inline(child, depth + 1))
            .collect::<Vec<_>>()
    };
    Some(match value {
        NodeValue::Paragraph => paragraph(children_inlines()),
        NodeValue::Heading(heading) => Block::Heading {
            level: heading.level.clamp(1, 6),
            children: children_inlines(),
        },
        NodeValue::List(list) => Block::List {
            ordered: list.list_type == ListType::Ordered,
            start: list.start,
            items: node
                .children()
                .map(|item| item.children().filter_map(|child| block(child, depth + 2)).collect())
                .collect(),
        },
        NodeValue::BlockQuote => Block::Quote {
            children: children_blocks(),
        },
        NodeValue::CodeBlock(code) => Block::Code {
            text: code.literal.trim_end_matches('\n').to_string(),
        },
        NodeValue::HtmlBlock(html) => paragraph(vec![Inline::Text {
            text: html.literal.trim_end().to_string(),
        }]),
        NodeValue::ThematicBreak => Block::Rule,
        _ => {
            let text = flatten(node);
            if text.trim().is_empty() {
                return None;
            }
            paragraph(vec![Inline::Text { text }])
        }
    })
}

/// Text with no Markdown in it but emphasis of the plainest kind (most rationales are a few lines
/// of prose, some with a phrase in `*italics*`): its paragraphs, built without comrak, as comrak
/// would parse them (tests compare the two on generated text), or `None` when the text holds
/// anything else Markdown could read as markup. Comrak builds a tree in an arena for every text,
/// which cost a tenth of a Markdown batch.
fn plain_paragraphs(text: &str) -> Option<Vec<Block>> {
    let bytes = text.as_bytes();
    let ends_with = |at: usize, word: &[u8]| {
        at.checked_sub(word.len())
            .is_some_and(|start| bytes[start..at].eq_ignore_ascii_case(word))
    };
    let mut stars = false;
    for at in MAY_OPEN_MARKUP.positions(bytes) {
        let markup = match bytes[at] {
            // Web and mail autolinks: `scheme://`, `www.`, `mailto:`, `xmpp:`.
            b':' => bytes[at..].starts_with(b"://") || ends_with(at, b"mailto") || ends_with(at, b"xmpp"),
            b'.' => ends_with(at, b"www"),
            // Emphasis, which `emphasised` reads where it is of the plainest kind.
            b'*' => {
                stars = true;
                false
            }
            _ => true,
        };
        if markup {
            return None;
        }
    }
    let mut blocks = Vec::new();
    let mut lines = Vec::new();
    for line in lines_of(text) {
        if line.is_empty() {
            if !lines.is_empty() {
                blocks.push(paragraph(inlines_of(&lines, stars)?));
                lines.clear();
            }
            continue;
        }
        if !line_is_plain(line) {
            return None;
        }
        lines.push(line);
    }
    if !lines.is_empty() {
        blocks.push(paragraph(inlines_of(&lines, stars)?));
    }
    Some(blocks)
}

/// `text.split('\n')`, found with the `memchr` crate's vector search, as the lines of user text
/// are looked for in every rationale of every brief.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    ends.map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        line
    })
}

/// The inlines of a paragraph of plain lines, joined by soft breaks; `stars` if a `*` may be among
/// them. [`emphasised`] would give the same for lines without a star, but most texts have none,
/// and this shorter path is half its cost.
fn inlines_of(lines: &[&str], stars: bool) -> Option<Vec<Inline>> {
    if stars {
        return emphasised(lines);
    }
    let mut children = Vec::with_capacity(2 * lines.len());
    for line in lines {
        if !children.is_empty() {
            children.push(Inline::Space);
        }
        children.push(Inline::Text { text: line.to_string() });
    }
    Some(children)
}

/// The inlines of a paragraph whose only markup is emphasis of the plainest kind, or `None`.
///
/// Each `*` or `**` must open after a space, a `(` or the start of a line and before an ASCII
/// letter or digit, or close after an ASCII letter or digit and before a space, `.,;:)?` or the
/// end of a line, and each must close the one just opened, with as many stars. Such a run can
/// only open, or only close, under CommonMark's flanking rules, so the pairs are the ones comrak
/// makes. Anything else (a star inside a word, nesting, three stars, an unpaired one) is left to
/// comrak.
fn emphasised(lines: &[&str]) -> Option<Vec<Inline>> {
    fn push_text(into: &mut Vec<Inline>, text: &str) {
        if !text.is_empty() {
            into.push(Inline::Text { text: text.to_string() });
        }
    }
    let mut outside = Vec::new();
    // The stars of the emphasis open now, and what it holds so far.
    let mut open: Option<(usize, Vec<Inline>)> = None;
    for (index, line) in lines.iter().enumerate() {
        let bytes = line.as_bytes();
        if index > 0 {
            open.as_mut()
                .map_or(&mut outside, |(_, inside)| inside)
                .push(Inline::Space);
        }
        let mut text_start = 0;
        while let Some(found) = line[text_start..].find('*') {
            let run_start = text_start + found;
            let stars = bytes[run_start..].iter().take_while(|&&byte| byte == b'*').count();
            let run_end = run_start + stars;
            let before = run_start.checked_sub(1).map(|at| bytes[at]);
            let after = bytes.get(run_end).copied();
            let opens =
                matches!(before, None | Some(b' ' | b'(')) && after.is_some_and(|byte| byte.is_ascii_alphanumeric());
            let closes = before.is_some_and(|byte| byte.is_ascii_alphanumeric())
                && matches!(after, None | Some(b' ' | b'.' | b',' | b';' | b':' | b')' | b'?'));
            if stars > 2 {
                return None;
            }
            push_text(
                open.as_mut().map_or(&mut outside, |(_, inside)| inside),
                &line[text_start..run_start],
            );
            open = match open.take() {
                None if opens => Some((stars, Vec::new())),
                Some((opened, children)) if closes && opened == stars => {
                    outside.push(if stars == 1 {
                        Inline::Emph { children }
                    } else {
                        Inline::Strong { children }
                    });
                    None
                }
                _ => return None,
            };
            text_start = run_end;
        }
        push_text(
            open.as_mut().map_or(&mut outside, |(_, inside)| inside),
            &line[text_start..],
        );
    }
    open.is_none().then_some(outside)
}

/// Bytes that can open markup anywhere in a line (emphasis, code, links, HTML, entities, escapes,
/// strikethrough), an e-mail autolink (`@`), control characters but the line feed; and `:`, `.`
/// and `*`, which [`plain_paragraphs`] looks at more closely (web autolinks, plain emphasis).
const MAY_OPEN_MARKUP: escape::ByteSet = escape::ByteSet::controls_and(b"`*_[]<>#|~&!\\@:.", b"\n");

/// A line that can only be text: it starts no block (list item, heading, quote, rule, setext
/// underline, indented code) and has no white space at its ends (indentation, hard breaks).
fn line_is_plain(line: &str) -> bool {
    let starts_block = line.starts_with(['-', '+', '=', '>', '#', '*', '_', '~']);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
    let edges = |c: char| c.is_ascii_whitespace();
    !starts_block && !numbered && !line.starts_with(edges) && !line.ends_with(edges)
}

/// A paragraph, its direction taken from its first strong letter as the Unicode bidirectional
/// algorithm takes a paragraph's (rule P2): a paragraph in Arabic reads right to left even when
/// it quotes an English name.
fn paragraph(children: Vec<Inline>) -> Block {
    // Most paragraphs start with a Latin letter, which is strong and left to right, and nothing
    // before it can isolate it: the direction is known without gathering the paragraph's text.
    let starts_latin = matches!(
        children.first(),
        Some(Inline::Text { text }) if text.starts_with(|c: char| c.is_ascii_alphabetic())
    );
    let rtl = !starts_latin && {
        let mut text = String::new();
        plain::inlines_plain(&children, &mut text);
        unicode_bidi::get_base_direction(text.as_str()) == unicode_bidi::Direction::Rtl
    };
    Block::Paragraph { children, rtl }
}

fn is_false(flag: &bool) -> bool {
    !flag
}

fn inline(node: Node<'_>, depth: usize) -> Option<Inline> {
    if depth >= MAX_DEPTH {
        return Some(Inline::Text { text: flatten(node) });
    }
    let value = node.data.borrow().value.clone();
    let children = || {
        node.children()
            .filter_map(|child| inline(child, depth + 1))
            .collect::<Vec<_>>()
    };
    Some(match value {
        NodeValue::Text(text) => Inline::Text {
            text: text.into_owned(),
        },
        NodeValue::Code(code) => Inline::Code { text: code.literal },
        NodeValue::Emph => Inline::Emph { children: children() },
        NodeValue::Strong => Inline::Strong { children: children() },
        NodeValue::Strikethrough => Inline::Strike { children: children() },
        NodeValue::Link(link) if is_safe_url(&link.url) => Inline::Link {
            url: link.url,
            children: children(),
        },
        // Other link targets (javascript:, file:, relative paths) keep their text, not the target.
        NodeValue::Link(_) | NodeValue::Image(_) => Inline::Text { text: flatten(node) },
        NodeValue::HtmlInline(html) => Inline::Text { text: html },
        NodeValue::LineBreak => Inline::Break,
        NodeValue::SoftBreak => Inline::Space,
        _ => Inline::Text { text: flatten(node) },
    })
}

/// All text below `node`, gathered without recursion so any depth is safe.
fn flatten(node: Node<'_>) -> String {
    let mut text = String::new();
    for descendant in node.descendants() {
        match &descendant.data.borrow().value {
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Code(code) => text.push_str(&code.literal),
            NodeValue::CodeBlock(code) => text.push_str(&code.literal),
            NodeValue::HtmlBlock(html) => text.push_str(&html.literal),
            NodeValue::HtmlInline(html) => text.push_str(html),
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

pub(crate) fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Whether `text` is a web address a brief may show as a link: `http://` or `https://` and no
/// space anywhere (a sentence that starts with an address is not one).
pub fn is_web_link(text: &str) -> bool {
    // A scheme is case-insensitive (RFC 3986, 3.1): "HTTPS://" is as much a web address.
    let scheme = |prefix: &str| {
        text.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    let after = if scheme("https://") {
        "https://".len()
    } else if scheme("http://") {
        "http://".len()
    } else {
        return false;
    };
    // `http://` alone, or `https:///path`, names no site to go to.
    if text[after..].is_empty() || text[after..].starts_with(['/', '?', '#']) {
        return false;
    }
    // Most addresses are ASCII without a space: one scan of their bytes tells. Any other byte
    // sends the address to the exact test, which knows Unicode's spaces.
    MAY_BE_SPACE.positions(text.as_bytes()).next().is_none() || !text.contains(char::is_whitespace)
}

/// The bytes of characters that may be white space: the space, ASCII's control characters (its
/// white space among them) and every non-ASCII byte. A superset: only an address with none of
/// them skips the exact test.
const MAY_BE_SPACE: escape::ByteSet = escape::ByteSet::controls_and(b" ", b"").and_non_ascii();

pub(crate) use escape::{ByteSet, bidi_closed, close_bidi, unshowable, with_unicode_escapes};
pub use escape::{escape_html, escape_markdown, path_shown, printable, push_markdown_escaped, terminal_safe};
pub use plain::{first_words, hanging, wrap};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_split_as_split_splits_them() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\na\n\nb",
            "é\nع\n\n\n",
            "one line\r\nand \u{2028} another",
        ] {
            assert_eq!(
                lines_of(text).collect::<Vec<_>>(),
                text.split('\n').collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_web_link_has_no_space_of_any_kind() {
        assert!(is_web_link("https://www.internetsociety.org/resources/"));
        assert!(is_web_link("http://example.org/a?b=c#d"));
        assert!(is_web_link("https://exemple.fr/réseau"));
        assert!(!is_web_link("ftp://example.org/"));
        assert!(is_web_link("HTTPS://example.org/") && is_web_link("Http://example.org/"));
        assert!(!is_web_link("https:/") && !is_web_link("é"));
        assert!(!is_web_link("see https://example.org/"));
        // A scheme alone names no site.
        assert!(!is_web_link("http://") && !is_web_link("https:///path") && !is_web_link("https://?q"));
        for space in [
            " ", "\t", "\n", "\u{0b}", "\u{0c}", "\r", "\u{a0}", "\u{2003}", "\u{3000}",
        ] {
            assert!(
                !is_web_link(&format!("https://example.org/{space}and more")),
                "{space:?}"
            );
        }
    }

    #[test]
    fn a_paragraph_takes_its_direction_from_its_first_strong_letter() {
        let markup = Markup::parse(
            "«العربية» first, then English.\n\nEnglish, then العربية.\n\n1984: עברית\n\n2026.\n\n**עברית** and English.\n\n*English* and עברית.",
        );
        let rtl: Vec<bool> = markup
            .0
            .iter()
            .map(|block| matches!(block, Block::Paragraph { rtl: true, .. }))
            .collect();
        assert_eq!(rtl, [true, false, true, false, true, false]);
        let json = serde_json::to_string(&markup).expect("JSON");
        assert_eq!(
            json.matches("\"rtl\":true").count(),
            3,
            "only right-to-left paragraphs say so: {json}"
        );
    }

    #[test]
    fn raw_html_is_text_everywhere() {
        let markup = Markup::parse("Hello <script>alert(1)</script>\n\n<div onclick=x>block</div>");
        let html = markup.to_html(2);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(html.contains("&lt;div onclick=x&gt;block&lt;/div&gt;"), "{html}");
        let md = markup.to_markdown(2);
        assert!(md.contains("\\<script\\>"), "{md}");
    }

    #[test]
    fn markdown_round_trip_keeps_structure_and_literal_specials() {
        let source = "Clause *103* says: `a|b`.\n\n- one\n- two [x] $5 #tag\n\n# Heading\n\n> quoted";
        let md = Markup::parse(source).to_markdown(2);
        assert!(md.contains("*103*"), "{md}");
        assert!(md.contains("- one"), "{md}");
        assert!(md.contains("\\[x\\] \\$5 \\#tag"), "{md}");
        assert!(md.contains("### Heading"), "{md}");
        assert!(md.contains("> quoted"), "{md}");
        let wrapped = Markup::parse("consulted in\n2019) and later").to_markdown(0);
        assert_eq!(wrapped, "consulted in 2019) and later");
        // Re-parsing our output gives the same tree, emphasis, code, list and quote included. (At
        // heading base 0, so that the heading keeps its level.)
        let tree = Markup::parse(source);
        let written = tree.to_markdown(0);
        assert_eq!(Markup::parse(&written), tree, "{written}");
        // At base 2 the only difference is the heading's level.
        let Markup(mut shifted) = Markup::parse(&md);
        for block in &mut shifted {
            if let Block::Heading { level, .. } = block {
                assert_eq!(*level, 3, "{md}");
                *level = 1;
            }
        }
        assert_eq!(Markup(shifted), tree, "{md}");
        // Every other kind of node survives the round trip too (but a soft line break, which is
        // written as the space it renders as: see `wrapped` above).
        let rich = "**Strong** and ~~struck~~ text, a [link](https://example.org) and <https://example.org/a>, \
                    a hard  \nbreak.\n\n3. third\n4. fourth\n   - nested *item*\n\n```\nverbatim *code*\n```\n\n---\n\n> > deep";
        let tree = Markup::parse(rich);
        let written = tree.to_markdown(0);
        assert_eq!(Markup::parse(&written), tree, "{written}");
    }

    #[test]
    fn unsafe_links_and_images_keep_only_their_text() {
        let html = Markup::parse("[click](javascript:alert(1)) ![logo](http://evil/x.png) [ok](https://example.org)")
            .to_html(0);
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("<a href=\"https://example.org\">ok</a>"), "{html}");
    }

    #[test]
    fn deep_nesting_is_flattened_not_overflowed() {
        let deep = format!("{}deep text", "> ".repeat(5000));
        let markup = Markup::parse(&deep);
        assert!(markup.to_plain_text().contains("deep text"));
        let nested_emphasis = format!("{}x{}", "*_".repeat(3000), "_*".repeat(3000));
        assert!(Markup::parse(&nested_emphasis).to_html(0).contains('x'));
        let lists = (0..3000)
            .map(|depth| format!("{}- item {depth}", "  ".repeat(depth)))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(Markup::parse(&lists).to_markdown(0).contains("item 0"));
    }

    proptest::proptest! {
        // Few of the generated texts pair every star up, and only those test the plain path.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// Phrases between stars, with brackets, letters or punctuation around them, joined by
        /// spaces, line breaks and blank lines: most pair up as plain emphasis, some not, and
        /// whatever the plain path takes, it parses as comrak does.
        #[test]
        fn emphasis_taken_without_comrak_parses_as_comrak_parses_it(
            phrases in proptest::collection::vec(
                (
                    // Each list is weighted by repeating its likelier entries.
                    "||||||\\(|a|\\.",
                    "\\*|\\*|\\*|\\*\\*|\\*\\*||\\*\\*\\*",
                    "( |é|\\.|||||)[a-zA-Z0-9é]{1,4}(( |\n)[a-z]{1,3}){0,2}( |é|\\.|||||)",
                    "\\*|\\*|\\*|\\*\\*|\\*\\*||\\*\\*\\*",
                    "||||[.,;:?)]|[.,;:?)]|x",
                    " | | | |\n|\n\n",
                ),
                1..5,
            ),
        ) {
            let text: String = std::iter::once("Intro ".to_string())
                .chain(
                    phrases
                        .iter()
                        .map(|(lead, open, words, close, trail, gap)| format!("{lead}{open}{words}{close}{trail}{gap}")),
                )
                .collect();
            if let Some(blocks) = plain_paragraphs(&text) {
                proptest::prop_assert_eq!(Markup(blocks), Markup::parse_with_comrak(&text), "{:?}", text);
            }
        }
    }

    proptest::proptest! {
        /// Any text the plain path takes, it parses as comrak does; the rest goes to comrak.
        #[test]
        fn text_taken_without_comrak_parses_as_comrak_parses_it(text in "([a-zA-Z0-9 .,;:'\"()?/%=+\\-\n]|é|ع|\u{a0}|\u{2003}|www|http|\\*|_|1\\.|2\\)){0,80}") {
            if let Some(blocks) = plain_paragraphs(&text) {
                proptest::prop_assert_eq!(Markup(blocks), Markup::parse_with_comrak(&text));
            }
        }


        /// Prose (words, lines, paragraphs) with no link in it always takes the plain path, to
        /// comrak's tree.
        #[test]
        fn prose_takes_the_plain_path_to_comrak_s_tree(
            paragraphs in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::collection::vec("[a-zA-Zéعש][a-zA-Z0-9.,;:'\"()?/%=+\\-éعש\u{a0}]{0,8}", 1..6),
                    1..4,
                ),
                1..4,
            ),
            ending in "\n{0,2}",
        ) {
            let text = paragraphs
                .iter()
                .map(|lines| lines.iter().map(|words| words.join(" ")).collect::<Vec<_>>().join("\n"))
                .collect::<Vec<_>>()
                .join("\n\n")
                + &ending;
            // Words of these letters can still spell a web autolink, which comrak reads as a link.
            let lower = text.to_ascii_lowercase();
            proptest::prop_assume!(!lower.contains("://") && !lower.contains("www."));
            let blocks = plain_paragraphs(&text);
            proptest::prop_assert!(blocks.is_some(), "{:?}", text);
            proptest::prop_assert_eq!(Markup(blocks.unwrap_or_default()), Markup::parse_with_comrak(&text));
        }
    }

    #[test]
    fn plain_emphasis_takes_the_plain_path_to_comrak_s_tree() {
        for text in [
            "Art. 25 asks for standards *without imposing or discriminating in favour\nof a particular type of technology*.",
            "It covers **DNS service providers**, **top-level domain registries** and (*some*) others.",
            "Is it *open*? Yes: *widely*; and *fairly*, *so*\nit seems *x*:",
            "First *one\nline*\n\nsecond **two**",
            "a (*b*)x",
        ] {
            assert!(plain_paragraphs(text).is_some(), "{text:?}");
            assert_eq!(Markup::parse(text), Markup::parse_with_comrak(text), "{text:?}");
        }
    }

    #[test]
    fn prose_takes_the_plain_path_and_markup_does_not() {
        let prose = "Assessment 1. Anyone could comment: the consultation (12 weeks)\nran online; 60% answered.\n\nA second paragraph, in العربية.\n";
        assert!(plain_paragraphs(prose).is_some());
        assert_eq!(Markup::parse(prose), Markup::parse_with_comrak(prose));
        for markup in [
            "*emphasis* first",
            "a_b",
            "_emphasis_",
            "a*b*c",
            "a *b*c",
            "a*b* c",
            "a ***b***",
            "a **b* c",
            "a *b **c** d*",
            "a *b",
            "a b*",
            "a *b\n\nc*",
            "a * b *",
            "a *é*",
            "- item",
            "1. item",
            "12) item",
            "# Heading",
            "> quote",
            "text\n===",
            "text\n---",
            "    code",
            "line \nbreak",
            "see www.example.org",
            "https://example.org",
            "mail@example.org",
            "a &amp; b",
            "a\\b",
            "<b>",
            "[link](x)",
            "~~gone~~",
            "tab\there",
        ] {
            assert!(plain_paragraphs(markup).is_none(), "{markup:?}");
        }
    }

    #[test]
    fn escape_markdown_neutralises_line_starts() {
        assert_eq!(escape_markdown("- not a list"), "\\- not a list");
        assert_eq!(escape_markdown("1. not a list"), "\\1. not a list");
        assert_eq!(escape_markdown("1.0.0"), "1.0.0");
        assert_eq!(escape_markdown("-5%"), "-5%");
        assert_eq!(escape_markdown("a\nb"), "a b");
        assert_eq!(escape_markdown("x\u{1b}]0;pwned\u{7}"), "x\u{fffd}\\]0;pwned\u{fffd}");
        assert_eq!(printable("t\u{1b}[31m\u{202e}"), "t\u{fffd}[31m\u{fffd}");
    }

    #[test]
    fn terminal_safe_escapes_every_control_and_bidi_override_but_keeps_layout() {
        assert_eq!(
            terminal_safe("a\u{1b}]0;x\u{7}\0\u{9b}\u{7f}\r\u{202e}\u{2066}b\n\tc"),
            "a\\u001b]0;x\\u0007\\u0000\\u009b\\u007f\\u000d\\u202e\\u2066b\n\tc"
        );
        assert!(matches!(terminal_safe("plain é ✓\n"), std::borrow::Cow::Borrowed(_)));
        // The escapes are JSON escapes: a JSON string stays one.
        let json = terminal_safe("\"x\u{9b}\"");
        assert_eq!(serde_json::from_str::<String>(&json).expect("json"), "x\u{9b}");
    }
}
