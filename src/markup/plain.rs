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
