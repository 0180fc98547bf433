//! User Markdown in Word: the parsed [`Markup`] of a rationale, summary or description becomes
//! paragraphs, headings below the section's, Word lists, quotations, code, emphasis and links.
//! Every piece of text goes into a run as escaped text, so none of it can become markup.

use super::body::{BULLETS, Body, Fmt, Props};
use crate::markup::{Block, Inline, Markup, is_safe_url};

impl Body {
    /// User Markdown, its headings below level `base`.
    pub(super) fn markup(&mut self, markup: &Markup, base: usize) {
        self.blocks(&markup.0, base, Nest::default());
    }

    pub(super) fn blocks(&mut self, blocks: &[Block], base: usize, nest: Nest) {
        for block in blocks {
            self.block(block, base, nest);
        }
    }

    fn block(&mut self, block: &Block, base: usize, nest: Nest) {
        match block {
            Block::Paragraph { children, rtl } => {
                self.open_p(
                    nest.style(),
                    Props {
                        bidi: *rtl,
                        ..nest.props()
                    },
                );
                self.inlines(children, Fmt::default());
                self.close_p();
            }
            Block::Heading { level, children } => {
                self.open_p(
                    Some(&format!("Heading{}", (base + usize::from(*level)).clamp(1, 6))),
                    Props::default(),
                );
                self.inlines(children, Fmt::default());
                self.close_p();
            }
            Block::List { ordered, start, items } => {
                let level = nest.lists;
                let list = if *ordered {
                    self.ordered_list(level, *start)
                } else {
                    BULLETS
                };
                let inner = Nest {
                    lists: level + 1,
                    ..nest
                };
                for item in items {
                    // The item's first paragraph carries its bullet or number; the rest of the
                    // item is indented under it.
                    let (first, rest) = match item.split_first() {
                        Some((Block::Paragraph { children, .. }, rest)) => (children.as_slice(), rest),
                        _ => (&[][..], item.as_slice()),
                    };
                    self.open_p(
                        Some("ListParagraph"),
                        Props {
                            numbering: Some((list, level.min(8))),
                            ..Props::default()
                        },
                    );
                    self.inlines(first, Fmt::default());
                    self.close_p();
                    self.blocks(rest, base, inner);
                }
            }
            Block::Quote { children } => {
                let inner = Nest {
                    quotes: nest.quotes + 1,
                    ..nest
                };
                self.blocks(children, base, inner);
            }
            Block::Code { text } => {
                self.open_p(
                    Some("SourceCode"),
                    Props {
                        indent: nest.indent(),
                        ..Props::default()
                    },
                );
                for (index, line) in text.split('\n').enumerate() {
                    if index > 0 {
                        self.line_break();
                    }
                    self.run(line, Fmt::default());
                }
                self.close_p();
            }
            Block::Rule => {
                self.open_p(
                    None,
                    Props {
                        rule: true,
                        indent: nest.indent(),
                        ..Props::default()
                    },
                );
                self.close_p();
            }
        }
    }

    fn inlines(&mut self, inlines: &[Inline], fmt: Fmt) {
        for inline in inlines {
            match inline {
                Inline::Text { text } => self.run(text, fmt),
                Inline::Code { text } => self.run(text, Fmt { code: true, ..fmt }),
                Inline::Emph { children } => self.inlines(children, Fmt { italic: true, ..fmt }),
                Inline::Strong { children } => self.inlines(children, Fmt { bold: true, ..fmt }),
                Inline::Strike { children } => self.inlines(children, Fmt { strike: true, ..fmt }),
                // The parse keeps only web and mail links; a link never holds another.
                Inline::Link { url, children } if !fmt.link && is_safe_url(url) => {
                    self.open_link(url);
                    self.inlines(children, Fmt { link: true, ..fmt });
                    self.close_link();
                }
                Inline::Link { children, .. } => self.inlines(children, fmt),
                Inline::Break => self.line_break(),
                Inline::Space => self.run(" ", fmt),
            }
        }
    }
}

/// Where user Markdown sits: inside how many lists and quotations.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Nest {
    pub(super) lists: usize,
    pub(super) quotes: usize,
}

impl Nest {
    fn indent(self) -> Option<usize> {
        let left = 360 * self.lists + 567 * self.quotes;
        (left > 0).then_some(left)
    }

    fn style(self) -> Option<&'static str> {
        (self.quotes > 0).then_some("Quote")
    }

    fn props(self) -> Props {
        Props {
            indent: self.indent(),
            ..Props::default()
        }
    }
}
