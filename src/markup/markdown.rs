//! User Markdown written back as CommonMark, every character that could change its meaning
//! escaped, headings shifted below the brief's own.

use std::fmt::Write as _;

use super::escape::{push_inline_escaped, push_markdown_escaped};
use super::{Block, Inline};

pub(super) fn write_blocks(blocks: &[Block], heading_base: u8, out: &mut String) {
    for block in blocks {
        match block {
            Block::Paragraph { children, .. } => {
                out.push_str(&inlines_md(children));
            }
            Block::Heading { level, children } => {
                let level = (heading_base + level).min(6) as usize;
                let _ = write!(out, "{} {}", "#".repeat(level), inlines_md(children));
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
                let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
                let _ = write!(out, "{fence}\n{text}\n{fence}");
            }
            Block::Rule => out.push_str("---"),
        }
        out.push_str("\n\n");
    }
}

fn inlines_md(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            // Only text at the very start of a block can be mistaken for a list marker.
            Inline::Text { text } if out.is_empty() => push_markdown_escaped(&mut out, text),
            Inline::Text { text } => push_inline_escaped(&mut out, text),
            Inline::Code { text } => {
                let fence = "`".repeat(longest_run(text, '`') + 1);
                let pad = if text.starts_with('`') || text.ends_with('`') {
                    " "
                } else {
                    ""
                };
                let _ = write!(out, "{fence}{pad}{text}{pad}{fence}");
            }
            Inline::Emph { children } => {
                let _ = write!(out, "*{}*", inlines_md(children));
            }
            Inline::Strong { children } => {
                let _ = write!(out, "**{}**", inlines_md(children));
            }
            Inline::Strike { children } => {
                let _ = write!(out, "~~{}~~", inlines_md(children));
            }
            Inline::Link { url, children } => {
                let _ = write!(
                    out,
                    "[{}](<{}>)",
                    inlines_md(children),
                    url.replace(['<', '>', '\n'], "")
                );
            }
            Inline::Break => out.push_str("\\\n"),
            Inline::Space => out.push(' '),
        }
    }
    out
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
