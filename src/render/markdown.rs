//! Briefs from tera templates over the view-model: the HTML brief, and a user's own Markdown
//! brief (the built-in one is written by `builtin_markdown`, to the same bytes). Every value a
//! template prints is escaped for its format, so user text stays text; user Markdown fields go
//! through the `markdown` filter, which renders the parsed, sanitised [`Markup`].

use std::collections::HashMap;

use std::path::Path;

use tera::{Tera, Value};

use crate::diagnostic::{Diagnostic, Location};
use crate::markup::{ByteSet, Markup, escape_html, escape_markdown};
use crate::templates::{DocumentKind, Template};

/// The output language of a tera template, which decides how values are escaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// CommonMark.
    Markdown,
    /// HTML.
    Html,
}

/// A compiled tera template, ready to render many briefs (it is `Sync`, so a batch shares one).
pub struct TeraRenderer {
    tera: Tera,
    name: String,
    /// The template's file, or the built-in template's name, for its errors.
    origin: String,
}

impl TeraRenderer {
    /// Compiles `template` for `dialect`; an HTML template may include `styles` as `common.css`.
    pub fn new(
        template: &Template,
        styles: &Template,
        dialect: Dialect,
        kind: DocumentKind,
    ) -> Result<TeraRenderer, Diagnostic> {
        let mut tera = Tera::default();
        // The name must end in the suffix autoescaping is switched on for.
        let name: &'static str = match (kind, dialect) {
            (DocumentKind::Brief, Dialect::Markdown) => "brief.md",
            (DocumentKind::Brief, Dialect::Html) => "brief.html",
            (DocumentKind::Change, Dialect::Markdown) => "change.md",
            (DocumentKind::Change, Dialect::Html) => "change.html",
            (DocumentKind::Panel, Dialect::Markdown) => "panel.md",
            (DocumentKind::Panel, Dialect::Html) => "panel.html",
        };
        tera.autoescape_on(vec![name]);
        match dialect {
            Dialect::Markdown => tera.set_escape_fn(escape_markdown),
            Dialect::Html => tera.set_escape_fn(escape_html),
        }
        tera.register_filter("markdown", MarkdownFilter { dialect });
        tera.register_filter("markdown_inline", markdown_inline);
        tera.register_filter("safe_url", safe_url_filter);
        tera.register_filter("long_date", long_date_filter);
        tera.register_filter("lang_tag", lang_tag_filter);
        if dialect == Dialect::Html {
            // Not escaped: its name is not among the autoescaped ones, and it holds no user text.
            tera.add_raw_template(crate::templates::COMMON_CSS, &styles.text)
                .map_err(|error| unreadable_template(&styles.origin, &error))?;
        }
        tera.add_raw_template(name, &template.text)
            .map_err(|error| unreadable_template(&template.origin, &error))?;
        Ok(TeraRenderer {
            tera,
            name: name.to_string(),
            origin: template.origin.clone(),
        })
    }

    /// Renders one document.
    pub fn render(&self, document: &impl serde::Serialize) -> Result<String, String> {
        let context = tera::Context::from_serialize(document).map_err(|error| error_chain(&error))?;
        self.tera.render(&self.name, &context).map_err(|error| {
            // "Failed to render 'brief.md': Variable `x` not found...": the template is named by
            // its file instead.
            let chain = error_chain(&error);
            let cause = chain.split_once("': ").map_or(chain.as_str(), |(_, cause)| cause);
            format!("the template {} failed: {cause}", self.origin)
        })
    }
}

/// What is wrong with a template tera cannot read, at the line and column tera names
/// (" --> 3:18"), in the words of tera's explanation ("= expected a variable end"): `3:18:`
/// after the template's file name, as every other file's problems are located.
fn unreadable_template(origin: &str, error: &tera::Error) -> Diagnostic {
    let chain = error_chain(error);
    let location = chain.split_once("--> ").and_then(|(_, rest)| {
        let place = rest.split_whitespace().next()?;
        let (line, column) = place.split_once(':')?;
        Some(Location {
            line: line.parse().ok()?,
            column: column.parse().ok()?,
        })
    });
    let reason = chain.lines().find_map(|line| line.trim().strip_prefix("= "));
    let diagnostic = match reason {
        Some(reason) => {
            Diagnostic::new(Path::new(origin), format!("the template cannot be read: {reason}")).at(location)
        }
        None => Diagnostic::new(Path::new(origin), chain.clone()),
    };
    diagnostic.with_help(
        "tera's syntax is at https://keats.github.io/tera/docs/; the built-in templates are in the templates folder of impact-brief's source",
    )
}

/// `{{ text | markdown(base=3) | safe }}`: user Markdown, headings shifted below level `base`.
struct MarkdownFilter {
    dialect: Dialect,
}

impl tera::Filter for MarkdownFilter {
    fn filter(&self, value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let text = value.as_str().unwrap_or_default();
        let base = args.get("base").and_then(Value::as_u64).unwrap_or(2).min(6) as u8;
        let markup = Markup::parse(text);
        Ok(Value::String(match self.dialect {
            Dialect::Markdown => markup.to_markdown(base),
            Dialect::Html => markup.to_html(base),
        }))
    }
}

/// `{{ text | markdown_inline }}`: user Markdown flattened to one line of plain text, which
/// autoescaping then escapes for the dialect.
fn markdown_inline(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(plain_line(value.as_str().unwrap_or_default())))
}

/// User Markdown as one line of plain text.
pub(super) fn plain_line(markdown: &str) -> String {
    one_line(&Markup::parse(markdown))
}

/// Parsed user Markdown as one line of plain text.
pub(super) fn one_line(markup: &Markup) -> String {
    markup.to_plain_text().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `{{ url | safe_url | safe }}`: see [`safe_url`].
fn safe_url_filter(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(safe_url(value.as_str().unwrap_or_default())))
}

/// `{{ date | long_date }}`: "2021-05-12" as "12 May 2021", as every format writes dates for
/// readers.
fn long_date_filter(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(crate::report::long_date_of(
        value.as_str().unwrap_or_default(),
    )))
}

/// A language's code (`pt`) as the tag a page declares (`pt-BR`), as Word and `serve` declare
/// it; anything else is given back as it is.
fn lang_tag_filter(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let code = value.as_str().unwrap_or_default();
    Ok(Value::String(
        code.parse::<crate::i18n::Lang>()
            .map_or_else(|_| code.to_string(), |lang| lang.tag().to_string()),
    ))
}

/// A web link with nothing that could end an autolink or attribute; empty unless it is http(s).
pub(super) fn safe_url(url: &str) -> String {
    let mut out = String::new();
    push_safe_url(&mut out, url);
    out
}

/// [`safe_url`], written at the end of `out`.
pub(super) fn push_safe_url(out: &mut String, url: &str) {
    let web = ["https://", "http://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    });
    if !web {
        return;
    }
    // Most links are ASCII and leave out nothing: they are copied whole.
    if MAY_LEAVE_OUT.positions(url.as_bytes()).next().is_none() {
        out.push_str(url);
        return;
    }
    let left_out = |c: char| matches!(c, '<' | '>' | '"' | '\'' | '`') || c.is_whitespace();
    // Copied in runs between the characters left out.
    let mut start = 0;
    for (at, c) in url.char_indices() {
        if left_out(c) {
            out.push_str(&url[start..at]);
            start = at + c.len_utf8();
        }
    }
    out.push_str(&url[start..]);
}

/// The bytes of characters [`push_safe_url`] may leave out: the marks that could end an autolink
/// or an attribute, ASCII's white space (among its control characters), and every non-ASCII byte
/// (Unicode has spaces of its own).
const MAY_LEAVE_OUT: ByteSet = ByteSet::controls_and(b"<>\"'` ", b"").and_non_ascii();

/// An error with its causes, which is where tera puts the useful part ("Variable `x` not found").
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
