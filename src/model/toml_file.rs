//! Reading a user's TOML file safely: size, encoding and emptiness checks, typed parsing with every
//! syntax error located, and finding where a key sits so later checks can point at it.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, LineIndex};

/// Files larger than this are refused before they are read, so that no input can make the
/// program use unbounded memory. Real assessments are a few kilobytes; a 5 MB rationale fits.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most keys, values, array elements and tables a TOML file may have (counted by `=`, `,`,
/// `[` and `{` outside strings and comments, before the file is parsed). A parsed document costs
/// a few hundred bytes a node whatever the node's text, so this, not the file's size, bounds the
/// memory a file can make the program use: a real assessment has a few hundred; 400,000 is
/// 20,000 inline consultation submissions and room to spare.
pub const MAX_TOML_ITEMS: usize = 400_000;

/// The text of one TOML file and the path it came from.
#[derive(Debug, Clone)]
pub struct TomlFile {
    /// The path as the user gave it (used in messages).
    pub path: PathBuf,
    /// The whole text, checked to be UTF-8 and not empty.
    pub text: String,
    spans: OnceLock<SpanIndex>,
    lines: OnceLock<LineIndex>,
}

/// Where each key and its value are written, by key path.
#[derive(Debug, Clone, Default)]
struct SpanIndex {
    entries: HashMap<Vec<String>, Spans>,
}

#[derive(Debug, Clone)]
struct Spans {
    key: Range<usize>,
    value: Range<usize>,
}

impl SpanIndex {
    fn new(text: &str) -> SpanIndex {
        let (root, _) = DeTable::parse_recoverable(text);
        let mut entries = HashMap::new();
        // An explicit stack rather than recursion: nesting depth is whatever the file has.
        let mut pending: Vec<(Vec<String>, &Spanned<DeValue<'_>>)> = Vec::new();
        for (key, value) in root.get_ref() {
            pending.push((vec![key.get_ref().to_string()], value));
            entries.insert(
                vec![key.get_ref().to_string()],
                Spans {
                    key: key.span(),
                    value: value.span(),
                },
            );
        }
        while let Some((path, value)) = pending.pop() {
            let children: Vec<(String, Range<usize>, &Spanned<DeValue<'_>>)> = match value.get_ref() {
                DeValue::Table(table) => table
                    .iter()
                    .map(|(key, value)| (key.get_ref().to_string(), key.span(), value))
                    .collect(),
                DeValue::Array(array) => array
                    .iter()
                    .enumerate()
                    .map(|(index, value)| (index.to_string(), value.span(), value))
                    .collect(),
                _ => Vec::new(),
            };
            for (name, key_span, child) in children {
                let mut child_path = path.clone();
                child_path.push(name);
                entries.insert(
                    child_path.clone(),
                    Spans {
                        key: key_span,
                        value: child.span(),
                    },
                );
                pending.push((child_path, child));
            }
        }
        SpanIndex { entries }
    }

    /// The spans at `key_path`, or at the longest prefix of it that exists.
    fn find(&self, key_path: &[&str]) -> Option<&Spans> {
        (1..=key_path.len()).rev().find_map(|length| {
            let path: Vec<String> = key_path[..length].iter().map(|part| part.to_string()).collect();
            self.entries.get(&path)
        })
    }
}

impl TomlFile {
    /// Reads `path`, refusing files that are too large, binary, not UTF-8 or empty.
    pub fn read(path: &Path) -> Result<Self, Diagnostic> {
        let metadata = fs::metadata(path).map_err(|error| unreadable(path, &error))?;
        if metadata.is_dir() {
            return Err(Diagnostic::new(path, "this is a directory, not a TOML file")
                .with_help("name a `.toml` file, or use `impact-brief batch DIR` for a folder"));
        }
        if !metadata.is_file() {
            // A named pipe or a device would block the read, or never end.
            return Err(
                Diagnostic::new(path, "this is not a regular file (a pipe, a socket or a device)")
                    .with_help("name a `.toml` file saved on disk"),
            );
        }
        if metadata.len() > MAX_FILE_BYTES {
            return Err(Diagnostic::new(
                path,
                format!(
                    "the file is {} MB, more than the {} MB limit",
                    metadata.len() / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            )
            .with_help("split long texts into linked documents and cite them as evidence"));
        }
        // Read at most one byte past the limit: devices and pipes report no length, and must not
        // be read until memory runs out.
        // Sized from the length, so that reading does not double the buffer as it grows.
        let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0).saturating_add(1));
        fs::File::open(path)
            .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|error| unreadable(path, &error))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Diagnostic::new(
                path,
                format!(
                    "the file is larger than the {} MB limit",
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            )
            .with_help("split long texts into linked documents and cite them as evidence"));
        }
        Self::from_bytes(path, bytes)
    }

    /// Checks bytes that were read from `path` (or received another way) and keeps them as text.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        // The `memchr` crate's vector search: the standard one looks at a word at a time.
        if memchr::memchr(0, &bytes).is_some() {
            return Err(Diagnostic::new(path, "this is a binary file, not a TOML text file")
                .with_help("check the file name; assessment and rubric files are plain text"));
        }
        let text = String::from_utf8(bytes).map_err(|error| {
            let valid = error.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
            let location = LineIndex::new(&prefix).locate(&prefix, valid);
            Diagnostic::new(path, "the file is not valid UTF-8 text")
                .at(Some(location))
                .with_help("save the file with UTF-8 encoding (most editors offer it under \"Save as\")")
        })?;
        Self::from_text(path, text)
    }

    /// Keeps `text` as the content of `path`, refusing an empty file.
    pub fn from_text(path: &Path, text: String) -> Result<Self, Diagnostic> {
        let file = TomlFile {
            path: path.to_path_buf(),
            text,
            spans: OnceLock::new(),
            lines: OnceLock::new(),
        };
        let meaningful = file
            .text
            .lines()
            .any(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'));
        if !meaningful {
            return Err(Diagnostic::new(path, "the file is empty"));
        }
        // Every item is at least one byte, so only a larger file can have too many: the common
        // file skips the count, a pass of the lexer over the whole text.
        if file.text.len() > MAX_TOML_ITEMS && count_items(&file.text) > MAX_TOML_ITEMS {
            return Err(Diagnostic::new(
                path,
                format!("the file has more than {MAX_TOML_ITEMS} keys, values and tables"),
            )
            .with_help(
                "keep a large consultation ledger in a CSV file named by `submissions_file`; an assessment itself has a few hundred",
            ));
        }
        Ok(file)
    }

    /// Parses a `kind` file (rubric, assessment) whose `schema_version` must be in `accepted`,
    /// finding as many problems as it can (see [`TomlFile::parse_salvaging`]). A missing or
    /// other version is reported alone, rather than as the unknown keys a file of another version
    /// would otherwise show.
    pub fn parse_versioned<T: DeserializeOwned>(
        &self,
        kind: &str,
        accepted: std::ops::RangeInclusive<u32>,
        version: impl Fn(&T) -> u32,
    ) -> (Option<T>, Vec<Diagnostic>) {
        let (parsed, problems) = self.parse_salvaging::<T>();
        let version_matches = match &parsed {
            Some(parsed) => accepted.contains(&version(parsed)),
            None => match toml::from_str::<toml::Table>(&self.text) {
                Ok(table) => {
                    matches!(table.get("schema_version"), Some(toml::Value::Integer(found)) if u32::try_from(*found).is_ok_and(|found| accepted.contains(&found)))
                }
                // Broken TOML: its syntax errors say more than a guess about the version.
                Err(_) => true,
            },
        };
        if version_matches {
            (parsed, problems)
        } else {
            (None, vec![self.schema_version_problem(kind, &accepted)])
        }
    }

    /// Parses the file into `T` and, where a value has the wrong type or a key is unknown, reports
    /// it and tries again without that line, so that one run finds every such problem (up to a
    /// bound). Returns what could be parsed with the offending lines left out, if anything, so
    /// that later checks can look at the rest. Syntax errors are all reported, and stop there.
    pub fn parse_salvaging<T: DeserializeOwned>(&self) -> (Option<T>, Vec<Diagnostic>) {
        const MAX_ROUNDS: usize = 100;
        // Most files parse at the first try: only a file with problems is copied to be blanked.
        let first = match toml::from_str::<T>(&self.text) {
            Ok(parsed) => return (Some(parsed), Vec::new()),
            Err(error) => error,
        };
        let mut first = Some(first);
        let mut text = self.text.clone();
        let mut problems = Vec::new();
        // Keys whose lines were left out: their absence is no new problem.
        let mut left_out: Vec<String> = Vec::new();
        for _ in 0..MAX_ROUNDS {
            let error = match first.take().map_or_else(|| toml::from_str::<T>(&text), Err) {
                Ok(parsed) => return (Some(parsed), problems),
                Err(error) => error,
            };
            let (_, syntax_errors) = DeTable::parse_recoverable(&text);
            if !syntax_errors.is_empty() {
                // Only the original text's syntax errors are real; blanking never adds any.
                if problems.is_empty() {
                    problems.extend(syntax_errors.iter().map(|error| self.toml_error(error)));
                }
                return (None, problems);
            }
            // A missing key has no line to leave out. A required key whose line was left out
            // for a bad value (`group = "privat-sector"`) was reported already.
            if error.message().contains("missing field") {
                let again = left_out
                    .iter()
                    .any(|key| error.message().contains(&format!("missing field `{key}`")));
                if !again {
                    problems.push(self.toml_error(&error));
                }
                break;
            }
            problems.push(self.toml_error(&error));
            // Blank the line the error is on, keeping every byte offset (and so every location)
            // unchanged. A table header is left alone: without it, its keys would move into the
            // table above and be reported as problems they are not.
            let Some(span) = error.span() else { break };
            let start = text[..span.start.min(text.len())].rfind('\n').map_or(0, |at| at + 1);
            let end = text[start..].find('\n').map_or(text.len(), |at| start + at);
            let line = &text[start..end];
            if line.trim().is_empty() || line.trim_start().starts_with('[') {
                break;
            }
            if let Some((key, _)) = line.split_once('=') {
                left_out.push(key.trim().trim_matches(['"', '\'']).to_string());
            }
            text.replace_range(start..end, &" ".repeat(end - start));
        }
        (None, problems)
    }

    fn schema_version_problem(&self, kind: &str, accepted: &std::ops::RangeInclusive<u32>) -> Diagnostic {
        let expected = *accepted.end();
        let readable = if accepted.start() == accepted.end() {
            expected.to_string()
        } else {
            format!("{} to {expected}", accepted.start())
        };
        match self.value_span(&["schema_version"]) {
            None => Diagnostic::new(&self.path, format!("this {kind} file has no schema_version"))
                .with_help(format!("add `schema_version = {expected}` as the first line")),
            Some(span) => {
                let found = self.text.get(span.clone()).unwrap_or("").to_string();
                self.diagnostic_at(Some(span), format!("unsupported schema_version {found}")).with_help(format!(
                    "this version of impact-brief reads schema_version {readable}; upgrade impact-brief or convert the file"
                ))
            }
        }
    }

    /// A diagnostic for a problem at `span` of this file.
    pub fn diagnostic_at(&self, span: Option<Range<usize>>, message: impl Into<String>) -> Diagnostic {
        let location = span.map(|span| self.lines().locate(&self.text, span.start));
        Diagnostic::new(&self.path, message).at(location)
    }

    /// Where the key at `key_path` is written (e.g. `["answers", "openness", "participation"]`),
    /// or the nearest enclosing key that exists. `None` when not even the first key is there.
    /// Array entries are addressed by their index as a string (`["questions", "2", "id"]`).
    pub fn key_span(&self, key_path: &[&str]) -> Option<Range<usize>> {
        self.spans().find(key_path).map(|spans| spans.key.clone())
    }

    /// Where the value of the key at `key_path` is written, or the nearest enclosing key.
    pub fn value_span(&self, key_path: &[&str]) -> Option<Range<usize>> {
        self.spans().find(key_path).map(|spans| spans.value.clone())
    }

    /// The value of the key at `key_path` as written in the file (`5`, `"Bill"`), if that very
    /// key is written; never an enclosing one's.
    pub fn written_value(&self, key_path: &[&str]) -> Option<&str> {
        let path: Vec<String> = key_path.iter().map(|part| part.to_string()).collect();
        let spans = self.spans().entries.get(&path)?;
        self.text.get(spans.value.clone())
    }

    /// Where lines start, computed once per file.
    fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    /// The spans of every key, parsed once: a file with thousands of problems is located in
    /// linear time.
    fn spans(&self) -> &SpanIndex {
        self.spans.get_or_init(|| SpanIndex::new(&self.text))
    }

    fn toml_error(&self, error: &toml::de::Error) -> Diagnostic {
        // The toml crate's message is good ("unknown field `titel`, expected one of ...");
        // only its first line is kept, since we print the location ourselves.
        let message = error.message().lines().next().unwrap_or("invalid TOML").trim();
        let plain = message.trim_end_matches('.');
        let key = error.span().map_or("", |span| line_key(&self.text, span.start));
        let as_date = is_date_key(key) && !message.contains("duplicate key");
        let (message, help) = if as_date && message.starts_with("invalid date") {
            // Written as a date, but not one the calendar has: the message says what is wrong.
            (plain.to_string(), Some(DATE_HELP.to_string()))
        } else if as_date {
            (
                format!("`{key}` is not written as a date ({plain})"),
                Some(DATE_HELP.to_string()),
            )
        } else if message.contains("expected a sequence") {
            // A single value where a list belongs: the example names the key at hand.
            let key = if key.is_empty() { "evidence" } else { key };
            let help = format!("write a list in square brackets, e.g. {key} = [\"first\", \"second\"]");
            (plain.to_string(), Some(help))
        } else {
            (plain.to_string(), toml_error_help(message).map(str::to_string))
        };
        let diagnostic = self.diagnostic_at(error.span(), message);
        match help {
            Some(help) => diagnostic.with_help(help),
            None => diagnostic,
        }
    }
}

/// How many keys, values, array elements and tables `text` has, roughly (see
/// [`MAX_TOML_ITEMS`]): the `=`, `,`, `[` and `{` tokens, found by the TOML lexer (so that those
/// characters in strings and comments do not count), stopping once past the limit. The lexer
/// builds nothing, so this costs no memory however large the file.
fn count_items(text: &str) -> usize {
    use toml_parser::lexer::TokenKind;
    let mut count = 0;
    for token in toml_parser::Source::new(text).lex() {
        if matches!(
            token.kind(),
            TokenKind::Equals | TokenKind::Comma | TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket
        ) {
            count += 1;
            if count > MAX_TOML_ITEMS {
                break;
            }
        }
    }
    count
}

/// How every date in the file formats is written.
pub const DATE_HELP: &str = "write dates as 2026-12-05, without quotes";

/// The keys whose values are dates, in assessment files and consultation ledgers.
fn is_date_key(key: &str) -> bool {
    matches!(
        key,
        "date" | "introduced" | "opened" | "closed" | "responded" | "submitted"
    )
}

/// The key written at the start of the line that holds byte `at` (`date` in `date = 05/12/2026`),
/// or "" when the line is not a `key = value` line.
fn line_key(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = text
        .get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |newline| newline + 1);
    let line = text.get(start..).unwrap_or("");
    let line = line.split('\n').next().unwrap_or("");
    match line.split_once('=') {
        Some((key, _)) => {
            let key = key.trim();
            // A dotted key (`consultation.opened = ...`) names its last part.
            key.rsplit('.').next().unwrap_or(key).trim().trim_matches(['"', '\''])
        }
        None => "",
    }
}

/// A hint for the commonest TOML mistakes, phrased for people who do not write TOML every day.
fn toml_error_help(message: &str) -> Option<&'static str> {
    if message.starts_with("unknown field") {
        Some("remove or rename this key; the keys allowed here are listed above")
    } else if message.starts_with("unknown variant") || message.contains("valid values, nearest first") {
        Some("use one of the values listed above, spelled exactly")
    } else if message.contains("missing field") {
        Some("add the missing key to this table")
    } else if message.contains("invalid type: floating point") || message.contains("as i128") {
        Some("levels are whole numbers, from 0 to the question's top level")
    } else if message.contains("invalid type: map") || message.contains("invalid type: sequence") {
        Some("this key takes a single value; check for [[double brackets]] or a table where a value belongs")
    } else if message.contains("datetime") || message.contains("invalid date") {
        Some(DATE_HELP)
    } else if message.contains("invalid type") {
        Some("check the quotes: text needs \"quotes\", numbers and dates do not")
    } else if message.contains("duplicate key") {
        Some("each key may appear only once in a table; remove one of them")
    } else if message.contains("must be quoted") {
        Some("a value is missing or unquoted after `=`: text needs \"quotes\", dates are written 2026-12-05")
    } else if message.contains("string") || message.contains("unterminated") {
        Some("close the string with the same quote that opened it; use \"\"\" for text over several lines")
    } else {
        None
    }
}

fn unreadable(path: &Path, error: &std::io::Error) -> Diagnostic {
    let diagnostic = Diagnostic::new(path, format!("cannot read the file: {error}"));
    if error.kind() == std::io::ErrorKind::NotFound {
        diagnostic.with_help("check the path")
    } else {
        diagnostic
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;

    fn file(text: &str) -> TomlFile {
        TomlFile::from_text(Path::new("t.toml"), text.to_string()).expect("non-empty")
    }

    #[test]
    fn empty_and_comment_only_files_are_refused() {
        for text in ["", "  \n\n", "# only a comment\n"] {
            let error = TomlFile::from_text(Path::new("e.toml"), text.to_string()).unwrap_err();
            assert_eq!(error.message, "the file is empty");
        }
    }

    #[test]
    fn binary_and_non_utf8_files_are_refused() {
        let binary = TomlFile::from_bytes(Path::new("b.toml"), vec![0x7f, b'E', b'L', b'F', 0, 1]);
        assert!(binary.unwrap_err().message.contains("binary file"));
        let latin1 = TomlFile::from_bytes(Path::new("l.toml"), b"a = 1\ntitle = \"caf\xe9\"".to_vec());
        let error = latin1.unwrap_err();
        assert!(error.message.contains("not valid UTF-8"));
        assert_eq!(error.location, Some(Location { line: 2, column: 13 }));
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let (parsed, errors) = file("a = 1\nb = \"open\n").parse_salvaging::<toml::Table>();
        assert!(parsed.is_none());
        assert_eq!(errors[0].location.map(|l| l.line), Some(2));
    }

    #[test]
    fn finds_keys_and_values_by_path() {
        let f = file("[answers.openness.participation]\nlevel = 9\n");
        let value = f
            .value_span(&["answers", "openness", "participation", "level"])
            .unwrap();
        assert_eq!(&f.text[value], "9");
        let key = f.key_span(&["answers", "openness", "participation"]).unwrap();
        assert_eq!(&f.text[key], "participation");
        assert!(f.key_span(&["nothing"]).is_none());
        let f = file("[[questions]]\nid = \"a\"\n[[questions]]\nid = \"b\"\n");
        let second = f.value_span(&["questions", "1", "id"]).unwrap();
        assert_eq!(&f.text[second], "\"b\"");
    }
}
