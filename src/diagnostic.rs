//! Problems found in a user's file, located by line and column, and printed the same way by every
//! command: `file:line:column: error: what is wrong`, then a `help:` line saying how to fix it.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the problem is in, as the user named it.
    pub file: PathBuf,
    /// 1-based line and column, where the problem has a place in the file.
    pub location: Option<Location>,
    /// What is wrong, in one sentence without a trailing period.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub help: Option<String>,
}

/// A 1-based line and column (in characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number in characters, starting at 1.
    pub column: usize,
}

impl Diagnostic {
    /// A problem with no place in the file (an unreadable file, an empty one).
    pub fn new(file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_path_buf(),
            location: None,
            message: message.into(),
            help: None,
        }
    }

    /// Adds the place of the problem.
    pub fn at(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    /// Adds a hint saying how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(Location { line, column }) = self.location {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": error: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// The problems found in a set of files; an error value for commands that stop on invalid input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

/// Turns byte offsets into line and column for one file's text.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the start of every line of `text`.
    pub fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex { text, line_starts }
    }

    /// The line and column of the byte at `offset` (clamped to the text).
    pub fn locate(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        // Count characters, not bytes, so that columns match what an editor shows.
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |prefix| prefix.chars().count());
        Location {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The location of the start of a span.
    pub fn locate_span(&self, span: &Range<usize>) -> Location {
        self.locate(span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_character_columns() {
        let index = LineIndex::new("a = 1\nné = 2\n");
        assert_eq!(index.locate(0), Location { line: 1, column: 1 });
        assert_eq!(index.locate(6), Location { line: 2, column: 1 });
        // "né" is three bytes; the `=` after it is the fourth character.
        assert_eq!(index.locate(10), Location { line: 2, column: 4 });
        assert_eq!(index.locate(999), Location { line: 3, column: 1 });
    }

    #[test]
    fn prints_file_line_column_and_help() {
        let diagnostic = Diagnostic::new(Path::new("a.toml"), "level 7 is out of range")
            .at(Some(Location { line: 3, column: 9 }))
            .with_help("use a level from 0 to 4");
        assert_eq!(
            diagnostic.to_string(),
            "a.toml:3:9: error: level 7 is out of range\n  help: use a level from 0 to 4"
        );
    }
}
