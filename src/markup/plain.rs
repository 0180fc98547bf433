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
