//! Problems found in a user's file, located by line and column, and printed the same way by every
//! command: `file:line:column: error: what is wrong` (or `warning:` for something worth knowing
//! that does not stop the file from being used), then a `help:` line saying how to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

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
    /// An error makes the file unusable; a warning does not.
    pub severity: Severity,
    /// The problems this one stands for, not shown ("183 more syntax errors are not shown"):
    /// counted in a file's total, which would otherwise read against it.
    pub not_shown: usize,
}

/// Whether a problem stops the file from being used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    #[default]
    Error,
    /// The file is used as it is; the reader should still look.
    Warning,
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
            message: cut_long_quotes(message.into()),
            help: None,
            severity: Severity::Error,
            not_shown: 0,
        }
    }

    /// Makes this the stand-in for `count` problems not shown.
    pub fn standing_for(mut self, count: usize) -> Self {
        self.not_shown = count;
        self
    }

    /// How many problems this counts for in a file's total: itself, or those it stands for.
    pub fn count(&self) -> usize {
        match (self.severity, self.not_shown) {
            (Severity::Warning, _) => 0,
            (Severity::Error, 0) => 1,
            (Severity::Error, hidden) => hidden,
        }
    }

    /// Makes this a warning: worth knowing, but the file is still used.
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Adds the place of the problem.
    pub fn at(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    /// Adds a hint saying how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(cut_long_quotes(help.into()));
        self
    }
}

/// `text` with each `quoted` stretch longer than a line can show cut, with "…": a message quotes
/// what the file holds (a value, a key, an id), and a value of 200,000 characters would
/// otherwise fill the terminal. The line and column say where the whole of it is.
fn cut_long_quotes(text: String) -> String {
    // Whatever else a message holds (a value with backticks of its own, which pair up wrongly),
    // it is never longer than this.
    const LONGEST_MESSAGE: usize = 2_000;
    let text = cut_each_quote(text);
    if text.chars().nth(LONGEST_MESSAGE).is_none() {
        return text;
    }
    let mut cut: String = text.chars().take(LONGEST_MESSAGE).collect();
    cut.push('…');
    cut
}

/// See [`cut_long_quotes`].
fn cut_each_quote(text: String) -> String {
    const LONGEST: usize = 80;
    const KEPT: usize = 60;
    let too_long = text
        .split('`')
        .skip(1)
        .step_by(2)
        .any(|quoted| quoted.chars().nth(LONGEST).is_some());
    if !too_long {
        return text;
    }
    let pieces: Vec<&str> = text.split('`').collect();
    let last = pieces.len() - 1;
    let mut out = String::with_capacity(KEPT * pieces.len() + 16);
    for (index, piece) in pieces.iter().enumerate() {
        if index > 0 {
            out.push('`');
        }
        // Odd pieces are quoted, when a backtick closes them.
        if index % 2 == 1 && index < last && piece.chars().nth(LONGEST).is_some() {
            out.extend(piece.chars().take(KEPT));
            out.push('…');
        } else {
            out.push_str(piece);
        }
    }
    out
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", crate::markup::path_shown(&self.file))?;
        if let Some(Location { line, column }) = self.location {
            write!(f, ":{line}:{column}")?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// One problem as a script reads it (`check --json`, a batch's `index.json`): the parts of the
/// line `check` prints, each a field of its own, so that nothing has to parse that line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemRecord {
    /// The file the problem is in, as named (an assessment, or the ledger CSV file it names); a
    /// name that is not UTF-8 has U+FFFD for its bytes.
    pub file: String,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// 1-based line, where the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column in characters, with the line.
    pub column: Option<usize>,
    /// What is wrong, in the interface's language.
    pub message: String,
    /// How to fix it, where there is something useful to say.
    pub help: Option<String>,
    /// How many more problems this one stands for, not listed.
    pub not_shown: usize,
}

impl From<&Diagnostic> for ProblemRecord {
    fn from(diagnostic: &Diagnostic) -> Self {
        ProblemRecord {
            file: diagnostic.file.to_string_lossy().into_owned(),
            severity: match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            line: diagnostic.location.map(|at| at.line),
            column: diagnostic.location.map(|at| at.column),
            message: diagnostic.message.clone(),
            help: diagnostic.help.clone(),
            not_shown: diagnostic.not_shown,
        }
    }
}

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

/// Where the lines of one text start, to turn byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the start of every line of `text`.
    pub fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex { line_starts }
    }

    /// The line and column of the byte at `offset` in `text` (the text this index was built
    /// from), clamped to the text.
    pub fn locate(&self, text: &str, offset: usize) -> Location {
        let offset = offset.min(text.len());
        let line = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        // Count characters, not bytes, so that columns match what an editor shows; an editor
        // shows no byte-order mark at the start of a file either.
        let column = text.get(start..offset).map_or(offset - start, |prefix| {
            let prefix = if start == 0 {
                prefix.trim_start_matches('\u{feff}')
            } else {
                prefix
            };
            prefix.chars().count()
        });
        Location {
            line: line + 1,
            column: column + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quoted value too long for a line is cut, with "…"; short ones, text outside the quotes
    /// and an unpaired backtick are left as they are.
    #[test]
    fn long_quoted_values_are_cut() {
        let long = "x".repeat(200_000);
        let said = Diagnostic::new(Path::new("a.toml"), format!("unknown value `{long}` for `stage`"))
            .with_help(format!("not `{long}`"));
        assert_eq!(said.message, format!("unknown value `{}…` for `stage`", "x".repeat(60)));
        assert_eq!(
            said.help.as_deref(),
            Some(format!("not `{}…`", "x".repeat(60)).as_str())
        );
        let short = format!("`{}` and a ` alone", "y".repeat(80));
        assert_eq!(Diagnostic::new(Path::new("a.toml"), short.clone()).message, short);
        let unpaired = format!("a ` then {}", "z".repeat(1_000));
        assert_eq!(Diagnostic::new(Path::new("a.toml"), unpaired.clone()).message, unpaired);
        // A value with a backtick of its own, which pairs the quotes up wrongly, is still cut.
        let odd = format!("unknown value `x`{long}` for `stage`");
        assert_eq!(Diagnostic::new(Path::new("a.toml"), odd).message.chars().count(), 2_001);
    }

    #[test]
    fn locates_lines_and_character_columns() {
        let text = "a = 1\nné = 2\n";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 0), Location { line: 1, column: 1 });
        assert_eq!(index.locate(text, 6), Location { line: 2, column: 1 });
        // "né" is three bytes; the `=` after it is the fourth character.
        assert_eq!(index.locate(text, 10), Location { line: 2, column: 4 });
        assert_eq!(index.locate(text, 999), Location { line: 3, column: 1 });
        // A byte-order mark is not a column.
        let marked = "\u{feff}a = x\n";
        let index = LineIndex::new(marked);
        assert_eq!(index.locate(marked, 7), Location { line: 1, column: 5 });
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
