//! User Markdown written back as CommonMark, every character that could change its meaning
//! escaped, headings shifted below the brief's own.

use std::fmt::Write as _;

use super::escape::{code_text, push_inline_escaped, push_markdown_escaped};
use super::{Block, Inline};

pub(super) fn write_blocks(blocks: &[Block], heading_base: u8, out: &mut String) {
    for block in blocks {
        match block {
            Block::Paragraph { children, .. } => push_inlines(children, out),
            Block::Heading { level, children } => {
                let level = (heading_base + level).min(6) as usize;
                out.push_str(&"#".repeat(level));
                out.push(' ');
                push_inlines(children, out);
            }
            Block::List { ordered, start, items } => {
                for (index, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}. ", start + index)
                    } else {
                        "- ".to_string()
                    };
                    let mut inner = String::new();
                    write_blocks(item, heading_base, &mut inner);
                    out.push_str(&indent(inner.trim_end(), &marker, &" ".repeat(marker.len())));
                    out.push('\n');
                }
            }
            Block::Quote { children } => {
                let mut inner = String::new();
                write_blocks(children, heading_base, &mut inner);
                out.push_str(&indent(inner.trim_end(), "> ", "> "));
            }
            Block::Code { text } => {
                let text = code_text(text, true);
                let fence = "`".repeat(longest_run(&text, '`').max(2) + 1);
                let _ = write!(out, "{fence}\n{text}\n{fence}");
            }
            Block::Rule => out.push_str("---"),
        }
        out.push_str("\n\n");
    }
}

/// Writes `inlines` at the end of `out`, which the block they open has just reached.
fn push_inlines(inlines: &[Inline], out: &mut String) {
    let start = out.len();
    for inline in inlines {
        match inline {
            // Only text at the very start of a block can be mistaken for a list marker.
            Inline::Text { text } if out.len() == start => push_markdown_escaped(out, text),
            Inline::Text { text } => push_inline_escaped(out, text),
            Inline::Code { text } => {
                let text = code_text(text, false);
                let fence = "`".repeat(longest_run(&text, '`') + 1);
                let pad = if text.starts_with('`') || text.ends_with('`') {
                    " "
                } else {
                    ""
                };
                let _ = write!(out, "{fence}{pad}{text}{pad}{fence}");
            }
            Inline::Emph { children } => enclosed(out, "*", children, "*"),
            Inline::Strong { children } => enclosed(out, "**", children, "**"),
            Inline::Strike { children } => enclosed(out, "~~", children, "~~"),
            Inline::Link { url, children } => {
                enclosed(out, "[", children, "](<");
                out.push_str(&url.replace(['<', '>', '\n'], ""));
                out.push_str(">)");
            }
            Inline::Break => out.push_str("\\\n"),
            Inline::Space => out.push(' '),
        }
    }
}

/// `children` between two marks (emphasis, a link's text).
fn enclosed(out: &mut String, open: &str, children: &[Inline], close: &str) {
    out.push_str(open);
    push_inlines(children, out);
    out.push_str(close);
}

fn indent(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let prefix = if index == 0 { first } else { rest };
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(line);
        }
    }
    out
}

fn longest_run(text: &str, wanted: char) -> usize {
    let (mut longest, mut current) = (0, 0);
    for c in text.chars() {
        current = if c == wanted { current + 1 } else { 0 };
        longest = longest.max(current);
    }
    longest
}
