//! User Markdown as HTML, every text escaped, headings shifted below the brief's own. Every block
//! takes its direction from its own text (`dir="auto"`), so a paragraph in Arabic or Hebrew reads
//! right to left in a brief whose labels read left to right.

use std::fmt::Write as _;

use super::escape::escape_html;
use super::{Block, Inline};

pub(super) fn write_blocks(blocks: &[Block], heading_base: u8, out: &mut String) {
    for block in blocks {
        match block {
            Block::Paragraph { children, .. } => {
                let _ = writeln!(out, "<p dir=\"auto\">{}</p>", inlines_html(children));
            }
            Block::Heading { level, children } => {
                let level = (heading_base + level).min(6);
                let _ = writeln!(out, "<h{level} dir=\"auto\">{}</h{level}>", inlines_html(children));
            }
            Block::List { ordered, start, items } => {
                let open = if *ordered {
                    format!("<ol start=\"{start}\">")
                } else {
                    "<ul>".to_string()
                };
                out.push_str(&open);
                for item in items {
                    out.push_str("<li dir=\"auto\">");
                    write_blocks(item, heading_base, out);
                    out.push_str("</li>");
                }
                out.push_str(if *ordered { "</ol>\n" } else { "</ul>\n" });
            }
            Block::Quote { children } => {
                out.push_str("<blockquote dir=\"auto\">");
                write_blocks(children, heading_base, out);
                out.push_str("</blockquote>\n");
            }
            Block::Code { text } => {
                let _ = writeln!(out, "<pre><code>{}</code></pre>", escape_html(text));
            }
            Block::Rule => out.push_str("<hr>\n"),
        }
    }
}

fn inlines_html(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(&escape_html(text)),
            Inline::Code { text } => {
                let _ = write!(out, "<code>{}</code>", escape_html(text));
            }
            Inline::Emph { children } => {
                let _ = write!(out, "<em>{}</em>", inlines_html(children));
            }
            Inline::Strong { children } => {
                let _ = write!(out, "<strong>{}</strong>", inlines_html(children));
            }
            Inline::Strike { children } => {
                let _ = write!(out, "<del>{}</del>", inlines_html(children));
            }
            Inline::Link { url, children } => {
                let _ = write!(out, "<a href=\"{}\">{}</a>", escape_html(url), inlines_html(children));
            }
            Inline::Break => out.push_str("<br>"),
            Inline::Space => out.push(' '),
        }
    }
    out
}
