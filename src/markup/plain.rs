//! User Markdown as plain text, for terminals and one-line contexts.

use super::{Block, Inline};

pub(super) fn write_block(block: &Block, out: &mut String) {
    match block {
        Block::Paragraph { children, .. } | Block::Heading { children, .. } => inlines_plain(children, out),
        Block::List { items, .. } => {
            for item in items {
                out.push_str("- ");
                for inner in item {
                    write_block(inner, out);
                }
                out.push('\n');
            }
        }
        Block::Quote { children } => children.iter().for_each(|inner| write_block(inner, out)),
        Block::Code { text } => out.push_str(text),
        Block::Rule => out.push('—'),
    }
}

pub(super) fn inlines_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Emph { children }
            | Inline::Strong { children }
            | Inline::Strike { children }
            | Inline::Link { children, .. } => inlines_plain(children, out),
            Inline::Break => out.push('\n'),
            Inline::Space => out.push(' '),
        }
    }
}

/// The start of `text`, its first `keep` characters cut back to the last space (so that no word
/// is cut in two; a single long word is cut as it is) and ended with an ellipsis; `text` itself
/// when it has no more than `keep` characters. For one-line hints and list labels.
pub fn first_words(text: &str, keep: usize) -> String {
    if text.chars().count() <= keep {
        return text.to_string();
    }
    let cut: String = text.chars().take(keep).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(words, _)| words);
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':']))
}

/// `text` wrapped at `width` characters, paragraphs kept apart (long words are not broken).
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (index, paragraph) in text.split("\n\n").enumerate() {
        if index > 0 {
            out.push_str("\n\n");
        }
        let mut line_length = 0;
        // Only ASCII whitespace breaks a line: a no-break space (French « … », "n of m") holds.
        for word in paragraph.split_ascii_whitespace() {
            let length = word.chars().count();
            if line_length > 0 && line_length + 1 + length > width {
                out.push('\n');
                line_length = 0;
            } else if line_length > 0 {
                out.push(' ');
                line_length += 1;
            }
            out.push_str(word);
            line_length += length;
        }
    }
    out
}

/// `text` as an item of a list on a terminal `width` columns wide: `marker` ("  1. ") before its
/// first line, and its other lines indented as far, so that a line the terminal would have
/// wrapped mid-word breaks between words and hangs under the item's text.
pub fn hanging(marker: &str, text: &str, width: usize) -> String {
    let indent = marker.chars().count();
    let body = wrap(text, width.saturating_sub(indent).max(20));
    let mut out = String::with_capacity(body.len() + indent * 4);
    for (index, line) in body.lines().enumerate() {
        if index == 0 {
            out.push_str(marker);
        } else {
            out.push('\n');
            // A blank line between paragraphs stays blank, with no indent of spaces.
            if !line.is_empty() {
                out.extend(std::iter::repeat_n(' ', indent));
            }
        }
        out.push_str(line);
    }
    out
}
