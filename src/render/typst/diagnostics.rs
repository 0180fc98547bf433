//! Turns Typst's [`SourceDiagnostic`]s into the text a template author reads.
//!
//! The layout follows the `typst` CLI (one block per diagnostic: severity and
//! message, `┌─ file:line:col`, the source line with the span underlined,
//! `= hint:` lines, then the call trace), so users can move between the two
//! engines without relearning the format. It is plain text, without colour:
//! the caller decides where it goes.
//!
//! typst-kit's `diagnostics::emit` does the same through `codespan-reporting`,
//! but only behind its `emit-diagnostics` feature; a small formatter here
//! keeps that dependency out and the output free of terminal escapes.

use std::fmt::Write as _;

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::syntax::{DiagSpan, Lines};

use super::world::BriefWorld;

/// Width of a tab when a source line is shown (the CLI's choice as well).
const TAB: &str = "  ";

/// Formats diagnostics in the order given (callers pass errors, then
/// warnings), one block each, separated by a blank line.
pub(super) fn format<'a>(
    world: &BriefWorld<'_>,
    diagnostics: impl IntoIterator<Item = &'a SourceDiagnostic>,
) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        if !out.is_empty() {
            out.push('\n');
        }
        format_one(&mut out, world, diagnostic);
    }
    out.truncate(out.trim_end().len());
    out
}

/// Appends one diagnostic block to `out`.
fn format_one(out: &mut String, world: &BriefWorld<'_>, diagnostic: &SourceDiagnostic) {
    let severity = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    // Writing to a `String` cannot fail, hence the ignored results below.
    let _ = writeln!(out, "{severity}: {}", diagnostic.message);

    if let Some(location) = locate(world, diagnostic.span) {
        location.write_snippet(out);
    }

    for hint in &diagnostic.hints {
        // Typst's path errors suggest the `typst` CLI's `--root` flag; no
        // root can be adjusted here, so that advice would only mislead.
        if hint.v.contains("`--root`") {
            continue;
        }
        match locate(world, hint.span) {
            Some(location) => {
                let _ = writeln!(out, "  = hint: {} (at {})", hint.v, location.position());
            }
            None => {
                let _ = writeln!(out, "  = hint: {}", hint.v);
            }
        }
    }

    for point in &diagnostic.trace {
        match locate(world, point.span) {
            Some(location) => {
                let _ = writeln!(out, "  - {} at {}", point.v, location.position());
            }
            None => {
                let _ = writeln!(out, "  - {}", point.v);
            }
        }
    }
}

/// Where a span points: file name, 1-based line and column, and the line.
struct Location {
    name: String,
    /// 1-based line number.
    line: usize,
    /// 1-based column, in characters.
    column: usize,
    /// The text of the line the span starts on, without its line break.
    text: String,
    /// Number of characters the span covers on that line (at least 1).
    width: usize,
}

impl Location {
    /// `file:line:col`, the form editors and terminals recognise.
    fn position(&self) -> String {
        format!("{}:{}:{}", self.name, self.line, self.column)
    }

    /// The `┌─ file:line:col` header and the source line with the span
    /// underlined by carets.
    fn write_snippet(&self, out: &mut String) {
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        let prefix: String = self.text.chars().take(self.column - 1).collect();
        let underlined: String = self.text.chars().skip(self.column - 1).take(self.width).collect();
        let indent = " ".repeat(expand_tabs(&prefix).chars().count());
        let carets = "^".repeat(expand_tabs(&underlined).chars().count().max(1));
        let _ = writeln!(out, "{gutter} ┌─ {}", self.position());
        let _ = writeln!(out, "{gutter} │");
        let _ = writeln!(out, "{number} │ {}", expand_tabs(&self.text));
        let _ = writeln!(out, "{gutter} │ {indent}{carets}");
    }
}

/// Resolves a span to its file and line, or `None` for a detached span or a
/// file the world does not serve.
fn locate(world: &BriefWorld<'_>, span: impl Into<DiagSpan>) -> Option<Location> {
    let span = span.into();
    let id = span.id()?;
    let range = world.range(span)?;
    // Spans point into the template (a source) or into `/data.json` (e.g. a
    // JSON syntax error), which is only available as bytes.
    let lines = match world.source(id) {
        Ok(source) => source.lines().clone(),
        Err(_) => {
            let bytes = world.file(id).ok()?;
            Lines::new(std::str::from_utf8(&bytes).ok()?.to_owned())
        }
    };

    let (line_index, column_index) = lines.byte_to_line_column(range.start)?;
    let line_range = lines.line_to_range(line_index)?;
    let text = lines.text().get(line_range.clone())?;
    let text = text.trim_end_matches(['\n', '\r']);
    // Underline to the span's end, or to the end of the line if it goes on.
    // (The span may start on the line break itself, past the trimmed text.)
    let line_end = (line_range.start + text.len()).max(range.start);
    let end = range.end.min(line_end).max(range.start);
    let width = lines.text().get(range.start..end).map_or(1, |s| s.chars().count());

    Some(Location {
        name: world.display_name(id),
        line: line_index + 1,
        column: column_index + 1,
        text: text.to_owned(),
        width: width.max(1),
    })
}

/// Shows tabs as two spaces so that carets line up with the text above.
fn expand_tabs(text: &str) -> String {
    text.replace('\t', TAB)
}
