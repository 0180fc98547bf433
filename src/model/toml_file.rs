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
use crate::say;

/// Files larger than this are refused before they are read, so that no input can make the
/// program use unbounded memory. Real assessments are a few kilobytes; a 5 MB rationale fits.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most keys, values, array elements and tables a TOML file may have (counted by `=`, `,`,
/// `[` and `{` outside strings and comments, before the file is parsed). A parsed document costs
/// a few hundred bytes a node whatever the node's text, so this, not the file's size, bounds the
/// memory a file can make the program use: a real assessment has a few hundred; 400,000 is
/// 20,000 inline consultation submissions and room to spare.
pub const MAX_TOML_ITEMS: usize = 400_000;

/// The syntax errors a file reports before the rest are summed up in one line: a file that is
/// not TOML at all (a Markdown brief given as the assessment) has one on nearly every line.
const MOST_SYNTAX_PROBLEMS: usize = 10;

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
            return Err(Diagnostic::new(path, say!("syntax-directory")).with_help(say!("syntax-directory-help")));
        }
        if !metadata.is_file() {
            // A named pipe or a device would block the read, or never end.
            return Err(Diagnostic::new(path, say!("syntax-not-regular")).with_help(say!("syntax-not-regular-help")));
        }
        if metadata.len() > MAX_FILE_BYTES {
            let message = say!(
                "syntax-too-big",
                size = (metadata.len() / (1024 * 1024)).to_string(),
                limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
            );
            return Err(Diagnostic::new(path, message).with_help(say!("syntax-too-big-help")));
        }
        // Read at most one byte past the limit: devices and pipes report no length, and must not
        // be read until memory runs out.
        // Sized from the length, so that reading does not double the buffer as it grows.
        let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0).saturating_add(1));
        fs::File::open(path)
            .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|error| unreadable(path, &error))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            let message = say!(
                "syntax-larger-than-limit",
                limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
            );
            return Err(Diagnostic::new(path, message).with_help(say!("syntax-too-big-help")));
        }
        Self::from_bytes(path, bytes)
    }

    /// Checks bytes that were read from `path` (or received another way) and keeps them as text.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        if super::encoding::is_utf16(&bytes) {
            return Err(Diagnostic::new(path, say!("syntax-utf16")).with_help(say!("syntax-utf16-help")));
        }
        // The `memchr` crate's vector search: the standard one looks at a word at a time.
        if let Some(nul) = memchr::memchr(0, &bytes) {
            // A text file with a stray NUL (a bad copy, a broken editor) is said where it is; a
            // file of many is not text at all.
            let textual = |byte: &u8| !byte.is_ascii_control() || matches!(byte, 0 | b'\t' | b'\n' | b'\r');
            let stray = memchr::memchr_iter(0, &bytes).nth(3).is_none() && bytes.iter().all(textual);
            if let (true, Ok(before)) = (stray, std::str::from_utf8(&bytes[..nul])) {
                let location = LineIndex::new(before).locate(before, nul);
                return Err(Diagnostic::new(path, say!("syntax-nul-byte"))
                    .at(Some(location))
                    .with_help(say!("syntax-comment-control-help")));
            }
            return Err(Diagnostic::new(path, say!("syntax-binary")).with_help(say!("syntax-binary-help")));
        }
        let text = String::from_utf8(bytes).map_err(|error| {
            let valid = error.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
            let location = LineIndex::new(&prefix).locate(&prefix, valid);
            Diagnostic::new(path, say!("syntax-not-utf8"))
                .at(Some(location))
                .with_help(say!("syntax-not-utf8-help"))
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
        // Lines end at a carriage return too: a file of old Mac line ends that starts with a
        // comment (`#:schema`) is one line to `lines`, all comment, but not empty.
        let meaningful = file
            .text
            .split(['\n', '\r'])
            .any(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'));
        if !meaningful {
            return Err(Diagnostic::new(path, say!("syntax-empty")).with_help(say!("syntax-empty-help")));
        }
        // Every item is at least one byte, so only a larger file can have too many: the common
        // file skips the count, a pass of the lexer over the whole text.
        if file.text.len() > MAX_TOML_ITEMS && count_items(&file.text) > MAX_TOML_ITEMS {
            let message = say!("syntax-too-many-items", limit = MAX_TOML_ITEMS.to_string());
            return Err(Diagnostic::new(path, message).with_help(say!("syntax-too-many-items-help")));
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
    /// bound): a required key left out gets a stand-in value of its type, and a table the format
    /// does not have is left out whole, so that neither hides the problems after it. Returns what
    /// could be parsed with the offending lines left out, if anything and if no stand-in was
    /// needed, so that later checks can look at the rest. Syntax errors are reported, and stop
    /// there.
    pub fn parse_salvaging<T: DeserializeOwned>(&self) -> (Option<T>, Vec<Diagnostic>) {
        // A problem can take more than one round (a stand-in, then the format's refusal of it):
        // the reading stops at whichever bound comes first.
        const MAX_PROBLEMS: usize = 100;
        const MAX_ROUNDS: usize = 250;
        // Most files parse at the first try: only a file with problems is copied to be blanked.
        let first = match toml::from_str::<T>(&self.text) {
            Ok(parsed) => return (Some(parsed), Vec::new()),
            Err(error) => error,
        };
        // Lines that end with a carriage return alone (old Mac files) are one line to the reader:
        // that is the one problem, not what reading the file as one line makes of it.
        if self.text.contains('\r') && !self.text.contains('\n') {
            return (None, vec![self.toml_error(&first)]);
        }
        let mut first = Some(first);
        let mut text = self.text.clone();
        let mut problems = Vec::new();
        // Lines left out, by key: their absence is no new problem. A required key left out is
        // put back with a stand-in value of its type, so that the tables after it are read too.
        let mut left_out: Vec<LeftOut> = Vec::new();
        // Where stand-ins were put in: what is parsed then holds values the file does not, so it
        // is not given back to be checked further.
        let mut stood_in_lines: Vec<Range<usize>> = Vec::new();
        // Whether a table was left out for a key it lacks, or a line for a value that cannot be
        // read: what is parsed then lacks it, so it is not given back either.
        let mut left_out_table = false;
        // The tables left out for names the format does not have.
        let mut unknown_tables: Vec<String> = Vec::new();
        // Whether lines were left out for values that cannot be read: the syntax errors after
        // them are the file's too.
        let mut past_unreadable_values = false;
        for round in 0..=MAX_ROUNDS {
            if round == MAX_ROUNDS || problems.len() >= MAX_PROBLEMS {
                // Said, after them and apart from their count, so that the count is not read
                // as the whole.
                problems.push(
                    Diagnostic::new(&self.path, say!("syntax-more-problems"))
                        .with_help(say!("syntax-more-problems-help"))
                        .as_warning(),
                );
                break;
            }
            let error = match first.take().map_or_else(|| toml::from_str::<T>(&text), Err) {
                Ok(parsed) => {
                    return (
                        (stood_in_lines.is_empty() && !left_out_table).then_some(parsed),
                        problems,
                    );
                }
                Err(error) => error,
            };
            let (_, syntax_errors) = DeTable::parse_recoverable(&text);
            if !syntax_errors.is_empty() {
                // Only the original text's syntax errors are real, and those left once the lines
                // of unreadable values are left out; other blanking never adds any.
                if !problems.is_empty() && !past_unreadable_values {
                    return (None, problems);
                }
                // The first: a value that cannot be read on a line of its own (`date =
                // 20/11/2026`) is reported once, its line left out as a value of the wrong kind
                // is, and the file read on; a later one may be another such value, or what a
                // list left open does to every line after it, which the reading then stops at.
                let first = syntax_errors
                    .iter()
                    .filter(|error| error.span().is_some())
                    .min_by_key(|error| error.span().map(|span| span.start));
                if let Some(first) = first
                    && let Some(line) = unreadable_value_line(&text, first)
                {
                    let at = first.span().map_or(0, |span| span.start);
                    problems.push(
                        self.unclosed_text_problem(&text, at)
                            .unwrap_or_else(|| self.toml_error(first)),
                    );
                    text.replace_range(line.range.clone(), &" ".repeat(line.range.len()));
                    left_out.push(line);
                    // What is parsed then lacks values the file does hold (a title written with
                    // a stray quote): it is not given back to be checked further.
                    left_out_table = true;
                    past_unreadable_values = true;
                    continue;
                }
                problems.extend(self.syntax_problems(&text, &syntax_errors));
                return (None, problems);
            }
            // A missing key has no line to leave out. A required key whose line was left out
            // for a bad value (`group = "privat-sector"`) was reported already.
            if error.message().contains("missing field") {
                // A required key misspelt (`titre = "…"` for `title`) was reported as an unknown
                // key that names it: its value stands in under the name meant, so that the file
                // is read on without the key's absence reported too.
                let missing = error.message().split('`').nth(1).unwrap_or("");
                let misspelt = left_out.iter().rposition(|line| {
                    line.message.starts_with("unknown field") && misspelt_key(&line.message).as_deref() == Some(missing)
                });
                if let Some(stand_in) = misspelt.and_then(|at| {
                    let line = &left_out[at];
                    let value = line.line.split_once('=')?.1.trim();
                    // Its value, or an empty text where the name meant is the longer and no room
                    // is left (`dispositon="accepted"`): a value the format refuses is replaced
                    // in its turn, below.
                    [format!("{missing}={value}"), format!("{missing}=\"\"")]
                        .into_iter()
                        .find_map(|mut stand_in| {
                            let room = line.line.len().checked_sub(stand_in.len())?;
                            stand_in.push_str(&" ".repeat(room));
                            Some(stand_in)
                        })
                }) {
                    let line = left_out.remove(misspelt.unwrap_or_default());
                    text.replace_range(line.range.clone(), &stand_in);
                    stood_in_lines.push(line.range);
                    continue;
                }
                let again = left_out
                    .iter()
                    .rposition(|line| error.message().contains(&format!("missing field `{}`", line.key)));
                let Some(again) = again else {
                    // A table left out under a misspelt name (`[Proposal]`) is the missing one:
                    // reported already.
                    if unknown_tables.iter().any(|name| is_slip(name, missing)) {
                        break;
                    }
                    problems.push(self.toml_error(&error));
                    // One of several tables (`[[consultation.submissions]]`) that lacks a
                    // required key is left out whole, so that the ones after it are read too.
                    let header = error.span().map(|span| line_start(&text, span.start));
                    let Some(start) = header.filter(|&start| text[start..].trim_start().starts_with("[[")) else {
                        break;
                    };
                    blank_table(&mut text, start);
                    left_out_table = true;
                    continue;
                };
                let line = left_out.remove(again);
                if let Some(stand_in) = line.stand_in() {
                    text.replace_range(line.range.clone(), &stand_in);
                    stood_in_lines.push(line.range);
                    continue;
                }
                // No stand-in fits the line: one of several tables is left out whole instead.
                if !blank_enclosing_list_table(&mut text, line.range.start) {
                    break;
                }
                left_out_table = true;
                continue;
            }
            // A stand-in the format refuses in its turn (`group=""`) is not the user's problem:
            // it is replaced by a value the message lists, or the reading stops.
            if let Some(range) = error
                .span()
                .and_then(|span| stood_in_lines.iter().find(|range| range.contains(&span.start)).cloned())
            {
                let line = text[range.clone()].to_string();
                match stand_in_value(error.message()).and_then(|value| stand_in_line(&line, &value)) {
                    Some(stand_in) if stand_in != line => {
                        text.replace_range(range, &stand_in);
                        continue;
                    }
                    _ if blank_enclosing_list_table(&mut text, range.start) => {
                        left_out_table = true;
                        continue;
                    }
                    _ => break,
                }
            }
            problems.push(self.toml_error(&error));
            // Blank the line the error is on, keeping every byte offset (and so every location)
            // unchanged.
            let Some(span) = error.span() else { break };
            let Range { start, end } = line_range(&text, span.start);
            let line = &text[start..end];
            if line.trim().is_empty() {
                break;
            }
            if is_table_header(line) {
                // A table the format does not have (`[Proposal]`): it is left out whole, its keys
                // with it, which would otherwise move into the table above and be reported as
                // problems they are not. Any other problem on a header stops here.
                if !error.message().starts_with("unknown field") {
                    break;
                }
                unknown_tables.push(squeezed_name(line));
                blank_table(&mut text, start);
                continue;
            }
            // A value over several lines (a text in `"""`, a list) is left out whole, as the error
            // spans it: its other lines, left behind, would each be read as a key.
            let end = end.max(line_range(&text, span.end.saturating_sub(1).max(start)).end);
            let line = &text[start..end];
            match line.split_once('=') {
                // A line of an inline table holds more than one value: it is left out whole, and
                // what is parsed without it is not checked further.
                Some(_) if holds_several_values(line) => left_out_table = true,
                Some((key, _)) => left_out.push(LeftOut {
                    key: key.trim().trim_matches(['"', '\'']).to_string(),
                    range: start..end,
                    line: line.to_string(),
                    message: error.message().to_string(),
                }),
                None => left_out_table = true,
            }
            text.replace_range(start..end, &" ".repeat(end - start));
        }
        (None, problems)
    }

    /// A `[[name]]` header for each of `tables`, which the format has once: `[[consultation]]`
    /// makes a list of tables, and what serde then says about it ("expected a table, not a
    /// list"; "datetime key not found") does not tell what to change. `answers` covers its
    /// rubrics and questions too (`[[answers.openness.encryption]]`).
    pub fn list_headers_of_tables(&self, tables: &[&str]) -> Vec<Diagnostic> {
        lines_with_offsets(&self.text)
            .filter_map(|(offset, line)| {
                let indent = line.len() - line.trim_start().len();
                let name = line.trim().strip_prefix("[[")?.split("]]").next()?.trim();
                let single = tables.iter().any(|table| {
                    let below = name.strip_prefix(table).is_some_and(|rest| rest.starts_with('.'));
                    name == *table || (*table == "answers" && below)
                });
                single.then(|| {
                    let start = offset + indent;
                    self.diagnostic_at(Some(start..start + 2), say!("syntax-list-of-tables", name = name))
                        .with_help(say!("syntax-list-of-tables-help", name = name))
                })
            })
            .collect()
    }

    /// A table `[answers.RUBRIC]` that holds an answer's own keys (`level`, `rationale`…) as
    /// values, where it should hold questions: the question's id left out of the header. Each
    /// such table's problem, said at its header, with the lines of those keys and their values
    /// (1-based), whose own problems follow from this one. Read from the parsed file, so that a text over several
    /// lines that looks like such a table is none; in a file whose syntax is broken on a few lines
    /// (a text left open), from the rest.
    pub fn answer_tables_without_question(&self, answer_keys: &[&str]) -> Vec<(Vec<usize>, Diagnostic)> {
        let Some(file) = self.parsed_without_unreadable_lines() else {
            return Vec::new();
        };
        let Some(answers) = file.get("answers").and_then(toml::Value::as_table) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for (rubric, table) in answers {
            let Some(table) = table.as_table() else { continue };
            let keys: Vec<&str> = table
                .iter()
                .filter(|(key, value)| answer_keys.contains(&key.as_str()) && !value.is_table())
                .map(|(key, _)| key.as_str())
                .collect();
            if keys.is_empty() {
                continue;
            }
            // Every line of each key's value: a list over several lines is refused element by
            // element, each on its own line.
            let lines = keys
                .iter()
                .filter_map(|key| {
                    let key_at = self.key_span(&["answers", rubric, key])?.start;
                    let value_end = self
                        .value_span(&["answers", rubric, key])
                        .map_or(key_at, |value| value.end.saturating_sub(1).max(key_at));
                    let first = self.lines().locate(&self.text, key_at).line;
                    let last = self.lines().locate(&self.text, value_end).line;
                    Some(first..=last)
                })
                .flatten()
                .collect();
            let header = self
                .key_span(&["answers", rubric])
                .map(|span| line_start(&self.text, span.start))
                .map(|start| {
                    start + (line_at(&self.text, start).len() - line_at(&self.text, start).trim_start().len())
                });
            let diagnostic = self
                .diagnostic_at(
                    header.map(|start| start..start + 1),
                    say!("syntax-answer-without-question", rubric = rubric.as_str()),
                )
                .with_help(say!("syntax-answer-without-question-help", rubric = rubric.as_str()));
            found.push((lines, diagnostic));
        }
        found
    }

    /// The file parsed as a plain table, the lines of its first few syntax errors blanked (a
    /// text left open, a value that cannot be read), or nothing when it is broken past that.
    fn parsed_without_unreadable_lines(&self) -> Option<toml::Table> {
        // Each round blanks one line; a list left open breaks every line after it, and is not
        // worth reading around.
        const MAX_LINES: usize = 8;
        let mut text = std::borrow::Cow::Borrowed(self.text.as_str());
        for _ in 0..=MAX_LINES {
            let error = match toml::from_str::<toml::Table>(&text) {
                Ok(table) => return Some(table),
                Err(error) => error,
            };
            let span = error.span()?;
            let line = line_range(&text, span.start);
            if text[line.clone()].trim().is_empty() {
                return None;
            }
            let blank = " ".repeat(line.len());
            text.to_mut().replace_range(line, &blank);
        }
        None
    }

    fn schema_version_problem(&self, kind: &str, accepted: &std::ops::RangeInclusive<u32>) -> Diagnostic {
        let expected = *accepted.end();
        let readable = if accepted.start() == accepted.end() {
            expected.to_string()
        } else {
            say!(
                "syntax-schema-versions",
                first = accepted.start().to_string(),
                last = expected.to_string()
            )
        };
        match self.value_span(&["schema_version"]) {
            None => Diagnostic::new(&self.path, say!("syntax-no-schema-version", kind = kind))
                .with_help(say!("syntax-no-schema-version-help", version = expected.to_string())),
            Some(span) => {
                let found = self.text.get(span.clone()).unwrap_or("").to_string();
                if found.starts_with(['"', '\'']) {
                    // The file's own number, if it is one this version reads: an older file read
                    // as the current version would have its levels read on another scale.
                    let written = found
                        .trim_matches(['"', '\''])
                        .trim()
                        .parse::<u32>()
                        .ok()
                        .filter(|number| accepted.contains(number))
                        .unwrap_or(expected);
                    return self
                        .diagnostic_at(Some(span), say!("syntax-schema-version-text", found = found.as_str()))
                        .with_help(say!("syntax-schema-version-text-help", version = written.to_string()));
                }
                self.diagnostic_at(Some(span), say!("syntax-schema-version-unsupported", found = found))
                    .with_help(say!("syntax-schema-version-unsupported-help", readable = readable))
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

    /// The syntax problems of the file, each said once: the keys of a table written a second
    /// time are not each reported again as written twice. `text` is the file as read so far, its
    /// unreadable lines blanked.
    fn syntax_problems(&self, text: &str, errors: &[toml::de::Error]) -> Vec<Diagnostic> {
        let first = errors
            .iter()
            .filter_map(|error| error.span())
            .map(|span| span.start)
            .min();
        // A text over several lines left open turns the file inside out from there: its lines
        // are read as keys, and its keys as text. That one is said instead, where the text opens.
        if let Some(run_on) = first.and_then(|first| run_on_text(&self.text, first)) {
            let opens = run_on.open..run_on.open + run_on.quotes.len();
            let quotes = run_on.quotes;
            let message = match run_on.closed_at {
                Some(next) => say!(
                    "syntax-text-open-closed-later",
                    quotes = quotes,
                    line = self.lines().locate(&self.text, next).line.to_string()
                ),
                None => say!("syntax-text-open", quotes = quotes),
            };
            let diagnostic = self.diagnostic_at(Some(opens), message);
            return vec![diagnostic.with_help(say!("syntax-text-open-help", quotes = quotes))];
        }
        if let Some(unclosed) = first.and_then(|first| self.unclosed_text_problem(text, first)) {
            return vec![unclosed];
        }
        // A key whose text was written on the lines below it, without the `"""` that opens a
        // text: each of those lines is an error of its own, but only the key's is the mistake.
        if let Some(first) = first
            && let Some(error) = errors
                .iter()
                .find(|error| error.span().is_some_and(|span| span.start == first))
            && line_at(&self.text, first)
                .split('#')
                .next()
                .unwrap_or("")
                .trim_end()
                .ends_with('=')
            && errors.iter().filter_map(|error| error.span()).any(|span| {
                span.start > first && line_start(&self.text, span.start) == next_line_start(&self.text, first)
            })
        {
            return vec![self.toml_error(error).with_help(say!("syntax-text-below-help"))];
        }
        // A list or inline table left open makes every line after it a syntax error, none of
        // them where the mistake is: that one is said instead, where the bracket opens.
        if let Some((open, bracket)) = first.and_then(|first| open_bracket_before(&self.text, first)) {
            let (message, help) = match bracket {
                '{' => (
                    say!("syntax-inline-table-open-here"),
                    say!("syntax-inline-table-open-help"),
                ),
                _ => (say!("syntax-list-open-here"), say!("syntax-list-open-help")),
            };
            return vec![self.diagnostic_at(Some(open..open + 1), message).with_help(help)];
        }
        // Nesting too deep to read leaves the reader lost for the rest of the file: what it says
        // after that is noise ("not closed", again and again, at the same place).
        if let Some(deep) = errors.iter().find(|error| error.message().contains("recursion")) {
            return vec![self.toml_error(deep)];
        }
        let mut repeated_tables = Vec::new();
        let mut problems: Vec<Diagnostic> = errors
            .iter()
            .filter(|error| {
                let Some(span) = error.span() else { return true };
                if !error.message().starts_with("duplicate key") {
                    return true;
                }
                if is_table_header(line_at(&self.text, span.start)) {
                    repeated_tables.push(line_start(&self.text, span.start));
                    return true;
                }
                let table = enclosing_table(&self.text, span.start).map(|(start, _)| start);
                table.is_none_or(|table| !repeated_tables.contains(&table))
            })
            .map(|error| self.toml_error(error))
            .collect();
        // One mistake the reader reports at the same place more than once is one problem.
        problems.dedup_by(|next, kept| next.location == kept.location && next.message == kept.message);
        if problems.len() > MOST_SYNTAX_PROBLEMS {
            let rest = problems.len() - MOST_SYNTAX_PROBLEMS;
            problems.truncate(MOST_SYNTAX_PROBLEMS);
            problems.push(
                self.diagnostic_at(None, say!("syntax-more-syntax-errors", count = rest))
                    .with_help(say!("syntax-more-syntax-errors-help"))
                    .standing_for(rest),
            );
        }
        problems
    }

    /// The message and help for a table or a key written twice, the one whose line holds byte
    /// `at`: which it is, and the line of the first.
    fn repeated(&self, at: usize) -> (String, Option<String>) {
        let line = line_at(&self.text, at);
        let before = &self.text[..line_start(&self.text, at)];
        let line_of = |offset: usize| self.lines().locate(&self.text, offset).line;
        if is_table_header(line) {
            let header = line.trim();
            // The first may be a header, or a dotted key that made the table (`proposal.title`).
            let name = squeezed_name(header);
            let dotted = format!("{name}.");
            let first = lines_with_offsets(before)
                .find(|(_, earlier)| {
                    let earlier_key: String = earlier
                        .split_once('=')
                        .map_or("", |(key, _)| key)
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect();
                    same_header(earlier, header) || (!is_table_header(earlier) && earlier_key.starts_with(&dotted))
                })
                .map(|(offset, _)| line_of(offset));
            if first.is_none()
                && let Some((parent, last)) = name.rsplit_once('.')
                && let Some(value) = key_in_table(before, parent, last)
            {
                // `level = 1` under [answers.openness.encryption], then
                // [answers.openness.encryption.level]: a key is a value or a table, not both.
                let message = say!(
                    "syntax-table-and-value",
                    header = header,
                    key = last,
                    line = line_of(value).to_string()
                );
                return (message, Some(say!("syntax-table-and-value-help")));
            }
            let message = match first {
                Some(first) => say!("syntax-table-twice-first", header = header, line = first.to_string()),
                None => say!("syntax-table-twice", header = header),
            };
            return (message, Some(say!("syntax-table-twice-help", header = header)));
        }
        let key = line.split_once('=').map_or("", |(key, _)| key.trim());
        let (table_start, table) = enclosing_table(&self.text, at).unwrap_or((0, ""));
        let first = lines_with_offsets(&before[table_start..])
            .find(|(_, earlier)| {
                // `title` and `"title"` are the same key.
                earlier.split_once('=').is_some_and(|(earlier, _)| {
                    earlier.trim().trim_matches(['"', '\'']) == key.trim_matches(['"', '\''])
                })
            })
            .map(|(offset, _)| line_of(table_start + offset))
            // Or written before as a table of its own (`[answers.openness.encryption]`, then
            // `encryption = { … }` under [answers.openness]).
            .or_else(|| {
                let own = format!("{}.{}", squeezed_name(table), key.trim_matches(['"', '\'']));
                lines_with_offsets(before)
                    .find(|(_, earlier)| is_table_header(earlier) && squeezed_name(earlier) == own)
                    .map(|(offset, _)| line_of(offset))
            });
        if first.is_none()
            && let Some((prefix, last)) = key.rsplit_once('.')
        {
            // `encryption.finding = …` under [answers.openness], after [answers.openness.encryption]
            // was written as a table of its own: a dotted key cannot add to it.
            let parent = squeezed_name(table);
            let prefix: String = prefix.chars().filter(|c| !c.is_whitespace()).collect();
            let full = if parent.is_empty() {
                prefix
            } else {
                format!("{parent}.{prefix}")
            };
            if let Some((offset, _)) = lines_with_offsets(before)
                .find(|(_, earlier)| is_table_header(earlier) && squeezed_name(earlier) == full)
            {
                let message = say!(
                    "syntax-dotted-key-adds",
                    key = key,
                    table = full.as_str(),
                    line = line_of(offset).to_string()
                );
                return (
                    message,
                    Some(say!("syntax-dotted-key-adds-help", key = last.trim(), table = full)),
                );
            }
        }
        let message = match (first, table) {
            (Some(first), "") => say!("syntax-key-twice-first", key = key, line = first.to_string()),
            (None, "") => say!("syntax-key-twice", key = key),
            (Some(first), table) => say!(
                "syntax-key-twice-in-first",
                key = key,
                table = table,
                line = first.to_string()
            ),
            (None, table) => say!("syntax-key-twice-in", key = key, table = table),
        };
        (message, Some(say!("syntax-key-twice-help")))
    }

    /// A quote with no partner inside a list or an inline table of `text` (the file as read so
    /// far, its unreadable lines blanked), up to the end of the line of the first syntax error at
    /// `first`, said where the text it belongs to opens. There the parser does not report one:
    /// it reads on into the next lines and reports what they then look like (a missing comma),
    /// or, on the text's own line, the value after it. At the top level, [`Self::toml_error`]
    /// says more (an apostrophe in 'single quotes', a quote inside a text).
    fn unclosed_text_problem(&self, text: &str, first: usize) -> Option<Diagnostic> {
        let line_end = line_range(text, first).end;
        let unpaired = unpaired_quotes(text).find(|unpaired| unpaired.at < line_end && unpaired.in_brackets)?;
        let (message, help) = if unpaired.stray {
            // `['O'Brien']`: an apostrophe closed the text it is part of.
            let help = if unpaired.quote == '\'' {
                say!("syntax-quotes-unpaired-apostrophe-help")
            } else {
                say!("syntax-quotes-unpaired-help")
            };
            (say!("syntax-quotes-unpaired"), help)
        } else {
            text_open_on_line(unpaired.quote)
        };
        let at = unpaired.missing_near;
        Some(self.diagnostic_at(Some(at..at + 1), message).with_help(help))
    }

    fn toml_error(&self, error: &toml::de::Error) -> Diagnostic {
        // Only the first line of the toml crate's message is kept, since we print the location
        // ourselves; it is then put in words for people who do not program (see `in_words`).
        let first_line = error
            .message()
            .lines()
            .next()
            .map_or_else(|| say!("syntax-invalid-toml"), |first| first.trim().to_string());
        let message = first_line.as_str();
        let plain = message.trim_end_matches('.');
        let line = error.span().map_or("", |span| line_at(&self.text, span.start));
        let column = error
            .span()
            .map_or(0, |span| span.start - line_start(&self.text, span.start));
        let key = key_near(line, column);
        // In a line of an inline table, the value meant is the one at the error, not the line's.
        let value_line;
        let line = if holds_several_values(line) {
            let value = line.get(column..).unwrap_or("");
            let value = value.split([',', '}']).next().unwrap_or(value);
            value_line = format!("{key} = {value}");
            value_line.as_str()
        } else {
            line
        };
        let as_date = is_date_key(key) && !message.contains("duplicate key");
        // A value that is neither text in quotes nor a number, date or yes-or-no (`level = two`,
        // `stage = draft`).
        let unquoted = is_unreadable_value(message) || message.contains("must be quoted");
        let mut at = error.span();
        let invisible = error
            .span()
            .and_then(|span| invisible_character(&self.text, span.start));
        let (message, help) = if let Some((offset, c)) = invisible {
            // A no-break space after `=`, a zero-width space in a header: what the reader sees is
            // right, and the error says nothing of the character. It is named, where it is.
            at = Some(offset..offset + c.len_utf8());
            let code = format!("{:04X}", u32::from(c));
            let name = say!(invisible_character_name(c));
            (
                say!("syntax-invisible-character", code = code, name = name),
                Some(say!("syntax-invisible-character-help")),
            )
        } else if as_date && message.starts_with("invalid date") {
            // Written as a date, but not one the calendar has: what is wrong, in words.
            let shown = shown_value(line).unwrap_or_default();
            let said = match message.split_once(" between 01 and ") {
                Some((start, last)) if start.ends_with("expected day") => say!(
                    "syntax-no-such-day",
                    date = shown,
                    last = last.trim().trim_end_matches('.')
                ),
                Some((start, _)) if start.ends_with("expected month") => say!("syntax-no-such-month", date = shown),
                // Not written as a date is (`2026-3-5`, a two-digit year): how one is written.
                _ => {
                    return self
                        .diagnostic_at(at, say!("syntax-not-a-date", key = key, value = shown))
                        .with_help(say!("syntax-date-help"));
                }
            };
            // The message says what to change; the date's form was right.
            (said, None)
        } else if as_date {
            (
                match shown_value(line) {
                    Some(shown) => say!("syntax-not-a-date", key = key, value = shown),
                    None => say!("syntax-no-date", key = key),
                },
                Some(say!("syntax-date-help")),
            )
        } else if message.starts_with("duplicate key") {
            let at = error.span().map_or(0, |span| span.start);
            self.repeated(at)
        } else if message.contains("expected a sequence") {
            // A single value where a list belongs: the example names the key at hand.
            let example = if key.is_empty() { "evidence" } else { key };
            (
                in_words(plain, key, line),
                Some(say!("syntax-list-help", key = example)),
            )
        } else if message.starts_with("wanted string or table") || message.starts_with("data did not match") {
            (in_words(plain, key, line), Some(say!("syntax-value-help")))
        } else if message.starts_with("invalid type:")
            && expected_id(message.rsplit(", expected ").next().unwrap_or("")) == Some("syntax-expected-table")
        {
            // `level = 2` right under [answers.openness]: there a key names a question's table.
            (in_words(plain, key, line), Some(say!("syntax-table-key-help")))
        } else if message.contains("invalid type: map") && shows_a_date(line) {
            // A date where text belongs: about quotes, not tables.
            (in_words(plain, key, line), Some(say!("syntax-value-help")))
        } else if key == "level" && (unquoted || message.starts_with("invalid type")) {
            // `level = 3 - Anyone`, `level = "3"`: the help about quotes would lead to the other.
            (
                match shown_value(line).filter(|_| unquoted) {
                    Some(shown) => say!("syntax-level-not-number", value = shown),
                    None => in_words(plain, key, line),
                },
                Some(say!("syntax-level-help")),
            )
        } else if (unquoted
            || [
                "missing opening quote",
                "unexpected key or value",
                "invalid basic string",
            ]
            .iter()
            .any(|start| message.starts_with(start)))
            && line.split_once('=').is_some_and(|(_, value)| {
                value.trim_start().starts_with(['«', '“', '”', '„', '‘', '’', '‹'])
                    || value.trim_end().ends_with(['”', '»', '›'])
            })
        {
            // `title = « Loi »`, `“Lei"`, `"Lei”`: quotes of the language's typography, which
            // TOML does not read, at either end.
            let said = if unquoted {
                in_words(plain, key, line)
            } else {
                // Pointed at where the text starts, not where the reader stumbled.
                if let Some(span) = error.span() {
                    let start = line_start(&self.text, span.start);
                    let text_line = line_at(&self.text, span.start);
                    if let Some(equals) = text_line.find('=') {
                        let value = &text_line[equals + 1..];
                        let opening = start + equals + 1 + (value.len() - value.trim_start().len());
                        at = Some(opening..opening + 1);
                    }
                }
                say!("syntax-typographic-quotes", key = key)
            };
            (said, Some(say!("syntax-typographic-quotes-help", key = key)))
        } else if let Some(letter) = message
            .starts_with("invalid unquoted key")
            .then(|| {
                // The character the reader stopped at, where it is a letter of another alphabet
                // or with an accent; another character (`+`) gets the reader's own message.
                error
                    .span()
                    .and_then(|span| self.text.get(span.start..))
                    .and_then(|rest| rest.chars().next())
                    .filter(|c| !c.is_ascii() && c.is_alphabetic())
            })
            .flatten()
        {
            // `jurisdicción = …`: the key is written in the brief's language, with its accents,
            // where the format's keys are English words in unaccented letters.
            (
                say!("syntax-parser-key-accent", letter = letter.to_string()),
                Some(say!("syntax-key-accent-help")),
            )
        } else if message.contains("expected a boolean") && !key.is_empty() {
            // `praised = "sim"`: a yes or no in quotes, or in words.
            (in_words(plain, key, line), Some(say!("syntax-boolean-help", key = key)))
        } else if let Some((message, help)) = unquoted.then(|| written_as(key, line)).flatten() {
            // `praised = yes`, `assessors = A. Analyst`: quoting them would be the next error.
            (message, Some(help))
        } else if message.contains("invalid type: floating point") && key != "level" {
            // A number where text belongs (`url = 2.5`): the help about levels does not apply.
            (in_words(plain, key, line), Some(say!("syntax-value-help")))
        } else if message.contains("expected newline")
            && !message.starts_with("carriage return")
            && line.matches('"').count() > 2
        {
            // `title = "The "Safe" Bill"`: the second quote closed the text.
            let said = parser_message_in_words(message).unwrap_or_else(|| in_words(plain, key, line));
            (said, Some(say!("syntax-quote-in-text-help")))
        } else if let Some(quote) = [("invalid basic string", '"'), ("invalid literal string", '\'')]
            .into_iter()
            .find(|(start, _)| message.starts_with(start))
            .map(|(_, quote)| quote)
            .filter(|_| {
                // The line ends there, with a line feed, Windows' carriage return and line feed, or the
                // end of a file whose last line has no line break.
                error
                    .span()
                    .and_then(|span| self.text.get(span.start..))
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('\n') || rest.starts_with("\r\n"))
            })
        {
            // The problem is pointed at where the text opens, which the reader can see, not at
            // the line's end, where the reader found it.
            if let Some(opening) = error
                .span()
                .and_then(|span| opening_quote(&self.text, span.start, quote))
            {
                at = Some(opening..opening + 1);
            }
            let (message, help) = text_open_on_line(quote);
            (message, Some(help))
        } else if let Some(control) = (message.starts_with("invalid basic string")
            || message.starts_with("invalid literal string"))
        .then(|| {
            error
                .span()
                .and_then(|span| self.text.get(span.start..))
                .and_then(|rest| rest.chars().next())
        })
        .flatten()
        .filter(|c| c.is_control())
        // In a text over several lines, the reader names a carriage return alone itself; outside
        // a text, it is a line end of its own (below).
        .or_else(|| {
            (message.starts_with("carriage return must be followed by newline")
                && error.span().is_some_and(|span| inside_text(&self.text, span.start)))
            .then_some('\r')
        }) {
            // A carriage return alone or another control character pasted into a text.
            let code = format!("{:04X}", u32::from(control));
            let name = match control {
                '\r' => Some(say!("syntax-carriage-return")),
                '\u{1b}' => Some(say!("syntax-escape")),
                '\0' => Some(say!("syntax-nul")),
                _ => None,
            };
            let message = match name {
                Some(name) => say!("syntax-control-character-named", code = code, name = name),
                None => say!("syntax-control-character", code = code),
            };
            (message, Some(say!("syntax-control-character-help")))
        } else if let Some(unclosed) = message
            .strip_prefix("unclosed ")
            .and_then(|rest| rest.split(',').next())
            .and_then(|what| match what {
                "array" => Some((say!("syntax-list-open"), Some(say!("syntax-list-open-help")))),
                "inline table" => Some((
                    say!("syntax-inline-table-open"),
                    Some(say!("syntax-inline-table-open-help")),
                )),
                _ => None,
            })
        {
            unclosed
        } else if let Some(nearest) = misspelt_key(message).filter(|nearest| {
            // Not a key the table has already (`title` and `titel` both): renaming would write it
            // twice.
            let start = error
                .span()
                .and_then(|span| enclosing_table(&self.text, span.start))
                .map_or(0, |(start, _)| start);
            !table_has_key(&self.text, start, nearest)
        }) {
            // `titre` for `title`: the name meant, rather than the list to look it up in.
            (
                in_words(plain, key, line),
                Some(say!("syntax-unknown-key-nearest-help", nearest = nearest)),
            )
        } else if message.contains("recursion") {
            (say!("syntax-too-deep"), Some(say!("syntax-too-deep-help")))
        } else if let Some(said) = parser_message_in_words(message) {
            if message.starts_with("too few unicode value digits")
                && let Some(span) = error.span()
                && let Some(backslash) = self.text[..span.start].rfind('\\')
            {
                // Said at the backslash of `\users`, where the escape starts, not after its `u`.
                at = Some(backslash..backslash + 1);
            }
            if message.starts_with("carriage return must be followed by newline")
                && let Some(span) = error.span()
                && let Some(before) = span
                    .start
                    .checked_sub(1)
                    .filter(|&at| self.text.as_bytes().get(at) == Some(&b'\r'))
            {
                // Said at the carriage return, not after it.
                at = Some(before..before + 1);
            }
            (said, toml_error_help(message))
        } else if let Some(said) = vocabulary_in_words(plain) {
            (said, toml_error_help(message))
        } else {
            (in_words(plain, key, line), toml_error_help(message))
        };
        let diagnostic = self.diagnostic_at(at, message);
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

/// What is wrong with the unquoted value on `line` of `key`, and how it is written, for the keys
/// of the file formats that hold a yes or no, or a list: the help for an unquoted value would
/// lead to another error. `None` for other keys.
fn written_as(key: &str, line: &str) -> Option<(String, String)> {
    let shown = shown_value(line).unwrap_or_default();
    match key {
        "praised" | "drafter" | "answered_by_theme" => Some((
            say!("syntax-not-boolean", key = key, value = shown),
            say!("syntax-boolean-help", key = key),
        )),
        "assessors" | "provisions" | "mechanisms" | "evidence" | "concerns" | "channels" => {
            let listed = line
                .split_once('=')
                .is_some_and(|(_, value)| value.trim_start().starts_with('['));
            let message = if listed {
                say!("syntax-list-value-unquoted", key = key, value = shown)
            } else {
                say!("syntax-not-a-list", key = key, value = shown)
            };
            Some((message, say!("syntax-quoted-list-help", key = key)))
        }
        _ => None,
    }
}

/// The keys whose values are dates, in assessment files and consultation ledgers.
fn is_date_key(key: &str) -> bool {
    matches!(
        key,
        "date" | "introduced" | "opened" | "closed" | "responded" | "submitted"
    )
}

/// The bracket or brace of a value that is never closed and is open at byte `at` of `text`,
/// opened on an earlier line (`assessors = ["A", "B"` with no `]`), and where it is: found with
/// the TOML lexer, so that brackets in strings and comments, and table headers, do not count. A
/// list that is closed later, with a mistake inside it (a missing comma), is not one.
fn open_bracket_before(text: &str, at: usize) -> Option<(usize, char)> {
    use toml_parser::lexer::TokenKind;
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut open_at_error: Option<Vec<(usize, char)>> = None;
    // A `[` that starts a line outside any value opens a table header, which ends with its line.
    let (mut at_line_start, mut in_header) = (true, false);
    for token in toml_parser::Source::new(text).lex() {
        let start = token.span().start();
        if start >= at && open_at_error.is_none() {
            open_at_error = Some(open.clone());
        }
        match token.kind() {
            TokenKind::Newline => {
                in_header = false;
                at_line_start = open.is_empty();
                continue;
            }
            TokenKind::Whitespace | TokenKind::Comment => continue,
            _ if in_header => {}
            TokenKind::LeftSquareBracket if at_line_start => in_header = true,
            TokenKind::LeftSquareBracket => open.push((start, '[')),
            TokenKind::LeftCurlyBracket => open.push((start, '{')),
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => {
                open.pop();
            }
            _ => {}
        }
        at_line_start = false;
    }
    let error_line_start = line_start(text, at);
    // The innermost bracket open at the error, opened before its line, that nothing closes.
    open_at_error
        .unwrap_or_else(|| open.clone())
        .into_iter()
        .rev()
        .find(|bracket| bracket.0 < error_line_start && open.contains(bracket))
}

/// A text over several lines (`"""` or `'''`) that is not closed where it was meant to be.
struct RunOnText {
    /// The byte its opening quotes start at.
    open: usize,
    /// Its quotes, `"""` or `'''`.
    quotes: &'static str,
    /// Where it is closed by the quotes that were meant to open the next key's text
    /// (`context = """`), or `None` when nothing closes it before the end of the file.
    closed_at: Option<usize>,
}

/// The first text over several lines of `text`, opened before byte `before` (the first syntax
/// error: a text opened after it is no cause of it), that runs to the end of the file or whose
/// closing quotes follow `key =` on their line, so were meant to open the next key's text. Found
/// with the TOML lexer, which reads the strings as the parser does.
fn run_on_text(text: &str, before: usize) -> Option<RunOnText> {
    use toml_parser::lexer::TokenKind;
    for token in toml_parser::Source::new(text).lex() {
        let span = token.span();
        if span.start() >= before {
            return None;
        }
        let quotes = match token.kind() {
            TokenKind::MlBasicString => "\"\"\"",
            TokenKind::MlLiteralString => "'''",
            _ => continue,
        };
        let raw = &text[span.start()..span.end()];
        let Some(inside) = raw.strip_suffix(quotes).filter(|_| raw.len() >= 2 * quotes.len()) else {
            return Some(RunOnText {
                open: span.start(),
                quotes,
                closed_at: None,
            });
        };
        // A text on one line is closed where it was meant to be.
        let Some(newline) = inside.rfind('\n') else { continue };
        let last_line = &inside[newline + 1..];
        let names_a_key = last_line.trim_end().strip_suffix('=').is_some_and(|key| {
            let key = key.trim();
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '"' | '\'' | ' '))
        });
        if names_a_key {
            return Some(RunOnText {
                open: span.start(),
                quotes,
                closed_at: Some(span.start() + inside.len() - last_line.len()),
            });
        }
    }
    None
}

/// Where the text that is still open at `end` opens, on `end`'s line: the string of that `quote`
/// that is not closed before the line ends. `None` when no text is open there.
fn opening_quote(text: &str, end: usize, quote: char) -> Option<usize> {
    let start = line_start(text, end);
    let line = text.get(start..end)?;
    unpaired_quotes(line)
        .filter(|unpaired| unpaired.quote == quote && !unpaired.stray)
        .last()
        .map(|unpaired| start + unpaired.at)
}

/// Whether byte `at` of `text` lies inside a text (a string of any kind), as the TOML lexer reads
/// the file up to it.
fn inside_text(text: &str, at: usize) -> bool {
    toml_parser::Source::new(text)
        .lex()
        .take_while(|token| token.span().start() < at)
        .any(|token| is_text(token.kind()) && at < token.span().end())
}

/// Whether a token of the TOML lexer is a text: a string in either quotes, on one line or several.
fn is_text(kind: toml_parser::lexer::TokenKind) -> bool {
    use toml_parser::lexer::TokenKind;
    matches!(
        kind,
        TokenKind::BasicString | TokenKind::LiteralString | TokenKind::MlBasicString | TokenKind::MlLiteralString
    )
}

/// The problem of a text that `quote` opens and its line does not close, and its help.
fn text_open_on_line(quote: char) -> (String, String) {
    let quote = quote.to_string();
    (
        say!("syntax-text-open-on-line", quote = quote.as_str()),
        say!("syntax-text-open-on-line-help", quote = quote),
    )
}

/// A quote that has no partner on its line: a text (`"…"` or `'…'`) that runs to the line's end
/// unclosed, or a quote inside an unquoted word (`["a, "b"]` reads `"a, "`, then the word
/// `b"`).
struct UnpairedQuote {
    /// The byte the quote is at.
    at: usize,
    /// The quote, `"` or `'`.
    quote: char,
    /// Whether it is inside an unquoted word rather than opening a text.
    stray: bool,
    /// Whether it is inside a list or an inline table, where the parser reads on past it.
    in_brackets: bool,
    /// Where the quote missing most likely belongs: the text left open itself; for a stray quote,
    /// the text its word is glued to (`"a, "` in `["a, "b"]`, `'O'` in `['O'Brien']`), whose
    /// closing quote came too soon, or else the word, which lacks its opening quote
    /// (`["a", b"]`).
    missing_near: usize,
}

/// The quotes of `text` that have no partner on their line, in order. Found with the TOML lexer,
/// which reads strings as the parser does (escapes, the other kind of quote, `#` inside a text).
/// The parser reports a text left open only at the top level: inside a list or an inline table
/// it reads on, and reports what the next lines then look like (a missing comma).
fn unpaired_quotes(text: &str) -> impl Iterator<Item = UnpairedQuote> + '_ {
    use toml_parser::lexer::TokenKind;
    // The last closed text and where it ends, while the words after it are glued to it (no
    // comma or bracket between): a quote in them means that text closed too soon.
    let mut glued_to: Option<(usize, usize)> = None;
    let mut glued = false;
    // Where the unquoted words since the last comma, bracket or text start (`B. Analyst"`).
    let mut words_start: Option<usize> = None;
    let mut depth = 0_usize;
    toml_parser::Source::new(text).lex().filter_map(move |token| {
        let start = token.span().start();
        let end = token.span().end();
        let raw = &text[start..end];
        match token.kind() {
            // A table header's brackets open and close on its line.
            TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => depth += 1,
            TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => depth = depth.saturating_sub(1),
            _ => {}
        }
        let (quote, stray, missing_near) = match token.kind() {
            TokenKind::BasicString | TokenKind::LiteralString => {
                let quote = if token.kind() == TokenKind::BasicString {
                    '"'
                } else {
                    '\''
                };
                // `"…\"` ends with an escaped quote, unless the backslash is itself escaped.
                // Counted in bytes: the character before the last may be `é`.
                let bytes = raw.as_bytes();
                let escapes = bytes[..bytes.len().saturating_sub(1)]
                    .iter()
                    .rev()
                    .take_while(|&&b| b == b'\\')
                    .count();
                let closed = raw.len() >= 2 && raw.ends_with(quote) && (quote == '\'' || escapes % 2 == 0);
                words_start = None;
                if closed {
                    glued_to = Some((start, end));
                    glued = false;
                    return None;
                }
                glued_to = None;
                (quote, false, start)
            }
            TokenKind::Atom | TokenKind::Dot => {
                glued = glued_to.is_some_and(|(_, text_end)| glued || start == text_end);
                if !glued {
                    glued_to = None;
                }
                let words = *words_start.get_or_insert(start);
                let (offset, quote) = raw.char_indices().find(|(_, c)| matches!(c, '"' | '\''))?;
                let near = glued_to.map_or(words, |(text_start, _)| text_start);
                glued_to = None;
                words_start = None;
                return Some(UnpairedQuote {
                    at: start + offset,
                    quote,
                    stray: true,
                    in_brackets: depth > 0,
                    missing_near: near,
                });
            }
            // Words glued to a text may have spaces between them (`"A. Analyst, "B. Analyst"`).
            TokenKind::Whitespace if glued || words_start.is_some() => return None,
            _ => {
                glued_to = None;
                glued = false;
                words_start = None;
                return None;
            }
        };
        Some(UnpairedQuote {
            at: missing_near,
            quote,
            stray,
            in_brackets: depth > 0,
            missing_near,
        })
    })
}

/// The first character on the line of `text` that holds byte `at`, outside any text or comment
/// (a text over several lines included), that looks like a space or like nothing but is none
/// TOML reads (a no-break space, a zero-width space, a byte order mark in mid-file), and where
/// it is. Found with the TOML lexer over the file up to that line's end, so that such a
/// character inside a text, where it is part of the text, does not count; nor does text that
/// is no TOML at all, such as a value in typographic quotes (« Loi » with its no-break spaces).
fn invisible_character(text: &str, at: usize) -> Option<(usize, char)> {
    use toml_parser::lexer::TokenKind;
    let line = line_range(text, at);
    let value = line_at(text, at).split_once('=').map_or("", |(_, value)| value);
    if value.contains(['«', '»', '“', '”', '„', '‹', '›']) {
        return None;
    }
    toml_parser::Source::new(text.get(..line.end)?)
        .lex()
        .filter(|token| token.span().end() > line.start)
        .filter(|token| !is_text(token.kind()) && token.kind() != TokenKind::Comment)
        .find_map(|token| {
            let start = token.span().start().max(line.start);
            text.get(start..token.span().end())?
                .char_indices()
                .find(|(_, c)| is_invisible(*c))
                .map(|(offset, c)| (start + offset, c))
        })
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{ad}' | '\u{2007}' | '\u{200b}'..='\u{200d}' | '\u{202f}' | '\u{2060}' | '\u{3000}' | '\u{feff}'
    )
}

/// The message that names an invisible character (see [`invisible_character`]).
fn invisible_character_name(c: char) -> &'static str {
    match c {
        '\u{a0}' | '\u{202f}' | '\u{2007}' => "syntax-char-no-break-space",
        '\u{feff}' => "syntax-char-byte-order-mark",
        '\u{ad}' => "syntax-char-soft-hyphen",
        '\u{3000}' => "syntax-char-wide-space",
        _ => "syntax-char-zero-width",
    }
}

/// Whether `path` names a TOML file: `.toml`, or `.TOML` as Windows tools often write it. What
/// `batch`, `panel` and `--rubrics DIR` look for in a folder.
pub fn has_toml_extension(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
}

/// Where the line of `text` that holds byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |newline| newline + 1)
}

/// The bytes of the line of `text` that holds byte `at`, without its line break.
fn line_range(text: &str, at: usize) -> Range<usize> {
    let start = line_start(text, at);
    start..text[start..].find('\n').map_or(text.len(), |newline| start + newline)
}

/// Where the line after the one of `text` that holds byte `at` starts.
fn next_line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text[at..].find('\n').map_or(text.len(), |newline| at + newline + 1)
}

/// Each line of `text` with the offset it starts at.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len();
        Some((start, line.trim_end_matches(['\n', '\r'])))
    })
}

/// The name a table header line gives, without brackets, spaces or a comment
/// (`[ answers.openness ] # x` → `answers.openness`).
fn squeezed_name(header: &str) -> String {
    header
        .split('#')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '[' && *c != ']')
        .collect()
}

/// Where, in `text`, the table `table` (a header of that name) writes the key `key` as a value:
/// the offset of that line.
fn key_in_table(text: &str, table: &str, key: &str) -> Option<usize> {
    let mut inside = false;
    for (offset, line) in lines_with_offsets(text) {
        if is_table_header(line) {
            inside = squeezed_name(line) == table;
        } else if inside && line.split_once('=').is_some_and(|(name, _)| name.trim() == key) {
            return Some(offset);
        }
    }
    None
}

/// Whether the table whose header starts at byte `start` of `text` (or the top of the file, for
/// 0 before any header) writes `key`, up to the next header: one table of a list of tables, not
/// the others of its name.
fn table_has_key(text: &str, start: usize, key: &str) -> bool {
    let body = if is_table_header(line_at(text, start)) {
        &text[next_line_start(text, start)..]
    } else {
        &text[start..]
    };
    body.lines()
        .take_while(|line| !is_table_header(line))
        .filter_map(|line| line.split_once('='))
        .any(|(name, _)| name.trim().trim_matches(['"', '\'']) == key)
}

/// Whether `line` is a table header (`[proposal]`, `[[consultation.rounds]]`).
fn is_table_header(line: &str) -> bool {
    line.trim_start().starts_with('[')
}

/// Whether two table headers name the same table, spaces aside (`[ a.b ]`, `[a.b]`).
fn same_header(line: &str, header: &str) -> bool {
    let squeeze = |text: &str| -> String {
        let text = text.split('#').next().unwrap_or("");
        text.chars().filter(|c| !c.is_whitespace()).collect()
    };
    is_table_header(line) && squeeze(line) == squeeze(header)
}

/// The header of the table that byte `at` of `text` is in, and where its line starts; `None`
/// above the first header.
fn enclosing_table(text: &str, at: usize) -> Option<(usize, &str)> {
    lines_with_offsets(&text[..line_start(text, at)])
        .filter(|(_, line)| is_table_header(line))
        .last()
        .map(|(offset, line)| (offset, line.trim()))
}

/// Blanks the table whose header line starts at byte `start` of `text`, its keys with it, up to
/// the next header: every byte but the line breaks becomes a space, so no offset moves.
fn blank_table(text: &mut String, start: usize) {
    let end = line_range(text, start).end;
    let section_end = lines_with_offsets(&text[end..])
        .find(|(_, next)| is_table_header(next))
        .map_or(text.len(), |(offset, _)| end + offset);
    let blanked: String = text[start..section_end]
        .chars()
        .map(|c| {
            if c == '\n' {
                "\n".to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect();
    text.replace_range(start..section_end, &blanked);
}

/// Blanks, as [`blank_table`], the table that byte `at` of `text` is in when it is one of a list
/// of tables (`[[consultation.submissions]]`); false when it is not, and nothing changes.
fn blank_enclosing_list_table(text: &mut String, at: usize) -> bool {
    let start = enclosing_table(text, at)
        .filter(|(_, header)| header.starts_with("[["))
        .map(|(start, _)| start);
    if let Some(start) = start {
        blank_table(text, start);
    }
    start.is_some()
}

/// A `key = value` line that [`TomlFile::parse_salvaging`] left out for a problem with its value.
struct LeftOut {
    /// The key, as written (`id`, `consultation.opened`).
    key: String,
    /// Where the line is, and what it held.
    range: Range<usize>,
    line: String,
    /// What was wrong with its value (the toml crate's message).
    message: String,
}

impl LeftOut {
    /// The line with its value replaced by one of the type the message says was expected
    /// (`id=""` for `id = 1`), padded to the line's length so that no offset moves; `None` when
    /// no stand-in is known or none fits.
    fn stand_in(&self) -> Option<String> {
        stand_in_line(&self.line, &stand_in_value(&self.message)?)
    }
}

/// The line of `text` holding the syntax `error`, when it lies in the value of a one-line
/// `key = value` (`date = 20/11/2026`, `level = 3 - Anyone`, `title = "Unclosed`, `assessors =
/// [A]`), as a line to leave out, with a stand-in of text: where the format wants another kind,
/// its refusal of the stand-in brings one of that kind. `None` when the error lies elsewhere (a
/// header, a key, a list or a text over several lines, a key written twice), where leaving the
/// line out could make up problems.
fn unreadable_value_line(text: &str, error: &toml::de::Error) -> Option<LeftOut> {
    let span = error.span()?;
    if error.message().starts_with("duplicate key") {
        return None;
    }
    let range = line_range(text, span.start);
    let line = &text[range.clone()];
    let (before, value) = line.split_once('=')?;
    let value = value.trim_start();
    let in_value = span.start > range.start + before.len();
    let several_lines = value.starts_with("\"\"\"") || value.starts_with("'''") || !brackets_close(value);
    // Nothing after the `=` is more often a text written on the lines below than a value left
    // out: what reads on from there would be its lines, each taken for a key.
    let empty = value.split('#').next().unwrap_or("").trim().is_empty();
    // A dotted key (`consultation.opened`) is missed by its last part, as `line_key` names it.
    let key = line_key(line);
    if !in_value || several_lines || empty || key.is_empty() {
        return None;
    }
    Some(LeftOut {
        key: key.to_string(),
        range,
        line: line.to_string(),
        message: "invalid value, expected a string".to_string(),
    })
}

/// Whether every bracket and brace `value` opens outside its quotes it also closes, so that the
/// value ends on its line.
fn brackets_close(value: &str) -> bool {
    let (mut depth, mut quote) = (0_i32, None);
    for c in value.chars() {
        match (quote, c) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => break,
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth -= 1,
            _ => {}
        }
    }
    depth <= 0
}

/// A value of the kind a toml or serde `message` says was expected: `""` for a string, `0` for
/// a number, the first value listed for a vocabulary ("expected one of `government`, …", or
/// "valid values, nearest first: academia, …").
fn stand_in_value(message: &str) -> Option<String> {
    let message = message.lines().next()?;
    if let Some((_, listed)) = message.split_once("nearest first: ") {
        let first = listed.split([',', ' ']).next()?.trim();
        return (!first.is_empty()).then(|| format!("\"{first}\""));
    }
    let expected = message.rsplit_once("expected ")?.1;
    let value = match expected {
        "a string" | "a borrowed string" => "\"\"".to_string(),
        "a boolean" => "false".to_string(),
        "a sequence" => "[]".to_string(),
        "f32" | "f64" => "0.0".to_string(),
        other if other.starts_with(['i', 'u']) && other[1..].chars().all(|c| c.is_ascii_digit()) => "0".to_string(),
        // An unknown value of a vocabulary: the first value the message lists.
        other => format!("\"{}\"", other.split('`').nth(1)?),
    };
    Some(value)
}

/// `line` (`key = value`) with `value` in place of its own, padded to the same length in bytes.
fn stand_in_line(line: &str, value: &str) -> Option<String> {
    let key = line.split_once('=')?.0.trim();
    let mut stand_in = format!("{key}={value}");
    let room = line.len().checked_sub(stand_in.len())?;
    stand_in.push_str(&" ".repeat(room));
    Some(stand_in)
}

/// The line of `text` that holds byte `at`, without its line break.
fn line_at(text: &str, at: usize) -> &str {
    let line = text.get(line_start(text, at)..).unwrap_or("");
    line.split('\n').next().unwrap_or("").trim_end_matches('\r')
}

/// The key written at the start of `line` (`date` in `date = 05/12/2026`), or "" when the line
/// is not a `key = value` line.
fn line_key(line: &str) -> &str {
    if is_table_header(line) {
        return "";
    }
    match line.split_once('=') {
        Some((key, _)) => {
            // A file's byte-order mark is no part of its first key.
            let key = key.trim().trim_start_matches('\u{feff}');
            // A dotted key (`consultation.opened = ...`) names its last part.
            key.rsplit('.').next().unwrap_or(key).trim().trim_matches(['"', '\''])
        }
        None => "",
    }
}

/// Whether `line` is a line of an inline table (`{ id = "S1", submitted = 2019-07-01 },`), which
/// holds more than one key and value: what stands before its first `=` is not a key alone.
fn holds_several_values(line: &str) -> bool {
    line_key(line).contains(['{', ','])
}

/// The key whose value is at byte `column` of `line`: the line's key, or in a line of an inline
/// table (`{ id = "S1", submitted = "2019-07-01" }`), the one written just before that value.
fn key_near(line: &str, column: usize) -> &str {
    if !holds_several_values(line) {
        return line_key(line);
    }
    let Some((keys, _)) = line.get(..column).unwrap_or(line).rsplit_once('=') else {
        return "";
    };
    let key = keys.rsplit([',', '{']).next().unwrap_or("").trim();
    key.rsplit('.').next().unwrap_or(key).trim().trim_matches(['"', '\''])
}

/// What `line` has after its `=`, as written and shortened, for a message that shows it
/// (`05/12/2026`); `None` when nothing follows the `=`.
fn shown_value(line: &str) -> Option<String> {
    let value = line.split_once('=').map_or("", |(_, value)| value);
    // A comment after a value without quotes is no part of it.
    let value = if value.contains(['"', '\'']) {
        value.trim()
    } else {
        value.split('#').next().unwrap_or("").trim()
    };
    if value.is_empty() {
        return None;
    }
    let mut shown: String = value.chars().take(60).collect();
    if shown.len() < value.len() {
        shown.push('…');
    }
    Some(format!("`{shown}`"))
}

/// Whether the value on `line` is written as a date or a time (`1979-05-27T07:32:00`): the only
/// value that starts with a digit and that serde calls a table, as TOML reads it so.
fn shows_a_date(line: &str) -> bool {
    shown_value(line).is_some_and(|shown| shown.trim_start_matches('`').starts_with(|c: char| c.is_ascii_digit()))
}

/// A message of the toml crate or of serde put in the words of the file format, for people who
/// do not program: "invalid type: string \"2\", expected i64" becomes "`level` must be a whole
/// number, not the text \"2\""; "unknown field" and "unknown variant" name a key and a value.
/// `key` is the key of the line the problem is on ("" on a table header), `line` that line.
fn in_words(message: &str, key: &str, line: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let Some((found, expected)) = rest.rsplit_once(", expected ") else {
            return message.to_string();
        };
        let expected = expected_in_words(expected);
        if let Some(number) = found
            .strip_prefix("integer `")
            .and_then(|found| found.strip_suffix("` as i128"))
        {
            // A whole number too large for any level or count.
            return match key {
                "" => say!("syntax-number-too-large", number = number),
                key => say!("syntax-number-too-large-for", number = number, key = key),
            };
        }
        // A date or a time where text belongs.
        let found = match shown_value(line) {
            Some(shown) if found == "map" && shows_a_date(line) => say!("syntax-found-date", value = shown),
            _ => found_in_words(found),
        };
        return match key {
            "" => say!("syntax-expected-not", expected = expected, found = found),
            key => say!("syntax-must-be", key = key, expected = expected, found = found),
        };
    }
    if message.contains("string values must be quoted") && !key.is_empty() {
        return match shown_value(line) {
            None => say!("syntax-no-value", key = key),
            Some(shown) => say!("syntax-not-in-quotes", key = key, value = shown),
        };
    }
    if message.starts_with("data did not match any variant of untagged enum") && !key.is_empty() {
        // `jurisdiction = 3`: the key takes a text, or a list of texts.
        return say!("syntax-text-or-list", key = key);
    }
    if message.starts_with("wanted string or table") && !key.is_empty() {
        // A vocabulary key (`kind`, `status`, `stakeholder_group`) given a number or a list.
        return say!("syntax-one-of-its-values", key = key);
    }
    if !key.is_empty() && is_unreadable_value(message) {
        return match shown_value(line) {
            None => say!("syntax-no-value", key = key),
            Some(shown) => say!("syntax-cannot-read-value", key = key, value = shown),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return match (listed(rest), key) {
            (Some((value, expected)), "") => say!("syntax-unknown-value", value = value, expected = expected),
            (Some((value, expected)), key) => {
                say!(
                    "syntax-unknown-value-for",
                    value = value,
                    key = key,
                    expected = expected
                )
            }
            // Another wording of serde's ("there are no variants"), passed on as it is.
            (None, "") => format!("unknown value {rest}"),
            (None, key) => format!(
                "unknown value {}",
                rest.replacen(", expected", &format!(" for `{key}`, expected"), 1)
            ),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return match listed(rest) {
            Some((key, expected)) => say!("syntax-unknown-key", key = key, expected = expected),
            // Another wording of serde's ("there are no fields"), passed on as it is.
            None => format!("unknown key {rest}"),
        };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return say!("syntax-missing-key", key = rest);
    }
    message.to_string()
}

/// For serde's "unknown field `titre`, expected one of `title`, …", the key meant, when one of
/// those expected is a slip of the keyboard away (two letters or fewer, or the same letters in
/// another case).
fn misspelt_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field ")?;
    let (typed, expected) = rest.rsplit_once(", expected ")?;
    let typed = typed.trim_matches('`');
    let nearest = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .min_by_key(|name| strsim::levenshtein(&typed.to_lowercase(), name))?;
    is_slip(typed, nearest).then(|| nearest.to_string())
}

/// Whether the name `typed` is a slip of the keyboard for `meant`: two letters or fewer apart,
/// case aside (`titre`, `Title`, `dispositon`), and not a name of one or two letters, which any
/// other is that close to.
pub fn is_slip(typed: &str, meant: &str) -> bool {
    typed != meant && typed.chars().count() > 2 && strsim::levenshtein(&typed.to_lowercase(), meant) <= 2
}

/// What serde says of an unknown key or value after naming it (`` `levle`, expected one of
/// `level`, `status` ``): the name, and the names it expected in the interface's language; `None`
/// for any other wording.
fn listed(rest: &str) -> Option<(&str, String)> {
    let (name, expected) = rest.rsplit_once(", expected ")?;
    let quoted = |names: &str| names.starts_with('`') && names.ends_with('`');
    let expected = if let Some(names) = expected.strip_prefix("one of ").filter(|names| quoted(names)) {
        say!("syntax-expected-one-of", names = names)
    } else if let Some((first, second)) = expected.split_once("` or `").filter(|_| quoted(expected)) {
        say!(
            "syntax-expected-either",
            first = format!("{first}`"),
            second = format!("`{second}")
        )
    } else if quoted(expected) && expected.matches('`').count() == 2 {
        // The only name.
        expected.to_string()
    } else {
        return None;
    };
    Some((name, expected))
}

/// Whether the toml crate's `message` says a value is neither text nor a number, date or
/// boolean (`level = two`, `level = 2.5.1`): it reads "invalid boolean", "invalid float"...
fn is_unreadable_value(message: &str) -> bool {
    // A value that starts as a number or a date and goes wrong (`0b2`, `0x`, `2026-13-45` for a
    // reference, which is text) is one too: the reader's words for it are its own, in English.
    const UNREADABLE: [&str; 14] = [
        "invalid boolean",
        "invalid float",
        "invalid integer",
        "invalid value",
        "invalid mantissa",
        "invalid fraction",
        "invalid exponent",
        "unexpected leading zero",
        "invalid binary number",
        "invalid octal number",
        "invalid hexadecimal number",
        "integer number overflowed",
        "invalid date",
        "invalid time",
    ];
    UNREADABLE.iter().any(|start| message.starts_with(start))
}

/// What serde says a value had to be (`i64`, `a string`), in the file format's words; serde's
/// own words for what they do not cover.
fn expected_in_words(expected: &str) -> String {
    expected_id(expected).map_or_else(|| expected.to_string(), |id| say!(id))
}

/// The message that says what serde says a value had to be (`i64`, `a string`) in the file
/// format's words, if there is one.
fn expected_id(expected: &str) -> Option<&'static str> {
    let id = match expected {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
            "syntax-expected-whole-number"
        }
        "f32" | "f64" => "syntax-expected-number",
        "a string" | "a borrowed string" => "syntax-expected-text",
        "a boolean" => "syntax-expected-boolean",
        "a sequence" => "syntax-expected-list",
        "a map" | "a table" => "syntax-expected-table",
        "a TOML datetime" => "syntax-expected-date",
        other if other.starts_with("struct ") => "syntax-expected-table",
        _ => return None,
    };
    Some(id)
}

/// What serde says a value was (`string "2"`, `floating point `2.5``), in the file format's
/// words.
fn found_in_words(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        say!("syntax-found-text", text = text)
    } else if let Some(number) = found
        .strip_prefix("integer `")
        .or_else(|| found.strip_prefix("floating point `"))
        .and_then(|number| number.strip_suffix('`'))
    {
        say!("syntax-found-number", number = number)
    } else if let Some(value) = found.strip_prefix("boolean ") {
        value.to_string()
    } else {
        match found {
            "sequence" => say!("syntax-found-list"),
            "map" => say!("syntax-found-table"),
            other => other.to_string(),
        }
    }
}

/// A ledger vocabulary's "unknown disposition `x`; valid values, nearest first: …", which its
/// reader words in English for this module to recognise, said in the interface's language.
fn vocabulary_in_words(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown ")?;
    let (what, rest) = rest.split_once(" `")?;
    let (value, valid) = rest.split_once("`; valid values, nearest first: ")?;
    let id = match what {
        "group" => "ledger-unknown-group",
        "disposition" => "ledger-unknown-disposition",
        "reason" => "ledger-unknown-reason",
        _ => return None,
    };
    Some(say!(id, value = value, valid = valid))
}

/// The TOML reader's own words for the commonest mistakes of syntax ("missing comma between
/// array elements, expected `,`"), said in the interface's language. `None` for the others,
/// which are passed on as the reader words them.
fn parser_message_in_words(message: &str) -> Option<String> {
    const SAID: &[(&str, &str)] = &[
        ("missing comma between array elements", "syntax-parser-missing-comma"),
        (
            "missing comma between key-value pairs",
            "syntax-parser-missing-comma-pairs",
        ),
        ("unexpected key or value", "syntax-parser-more-on-line"),
        ("invalid unquoted key", "syntax-parser-invalid-key"),
        ("key with no value", "syntax-parser-key-without-value"),
        ("missing value for key", "syntax-parser-missing-value"),
        ("missing value", "syntax-parser-missing-value"),
        ("missing escaped value", "syntax-parser-bad-escape"),
        ("unexpected `=` in array", "syntax-parser-equals-in-list"),
        ("extra comma in array", "syntax-parser-extra-comma"),
        ("extra comma in inline table", "syntax-parser-extra-comma"),
        ("extra `=`", "syntax-parser-extra-equals"),
        ("extra assignment between key-value pairs", "syntax-parser-extra-equals"),
        (
            "missing assignment between key-value pairs",
            "syntax-parser-missing-equals",
        ),
        ("unclosed table", "syntax-parser-unclosed-header"),
        ("unclosed array table", "syntax-parser-unclosed-header"),
        ("missing table open", "syntax-parser-missing-table-open"),
        ("missing opening quote", "syntax-parser-missing-opening-quote"),
        ("unexpected content", "syntax-parser-unexpected-content"),
        // `"C:\users"`: `\u` opens a Unicode escape.
        ("too few unicode value digits", "syntax-parser-bad-escape"),
        ("invalid comment character", "syntax-parser-comment-control"),
        (
            "carriage return must be followed by newline",
            "syntax-parser-lone-carriage-return",
        ),
        ("unquoted keys cannot be empty", "syntax-parser-empty-key"),
        ("missing key for inline table element", "syntax-parser-empty-key"),
    ];
    let description = message
        .split(", expected")
        .next()
        .unwrap_or(message)
        .trim_end_matches('.');
    if NUMBER_MISWRITTEN.contains(&description) {
        return Some(say!("syntax-parser-bad-number"));
    }
    SAID.iter()
        .find(|(said, _)| description == *said)
        .map(|(_, id)| say!(*id))
}

/// The TOML reader's words for a number it does not read as written (`+-1`, `0XFF`, `1_`).
const NUMBER_MISWRITTEN: &[&str] = &[
    "redundant numeric sign",
    "unexpected sign",
    "unexpected leading zero",
    "`_` may only go between digits",
    "radix must be lowercase",
    "integers with a radix cannot be signed",
    "redundant integer number prefix",
];

/// A hint for the commonest TOML mistakes, phrased for people who do not write TOML every day.
fn toml_error_help(message: &str) -> Option<String> {
    let id = if message.starts_with("unknown field") {
        "syntax-unknown-key-help"
    } else if message.starts_with("unknown variant") || message.contains("valid values, nearest first") {
        "syntax-unknown-value-help"
    } else if message.starts_with("missing field `proposal`") {
        "syntax-missing-proposal-help"
    } else if message.contains("missing field") {
        "syntax-missing-key-help"
    } else if message.contains("invalid type: floating point") || message.contains("as i128") {
        "syntax-whole-level-help"
    } else if message.contains("invalid type: map") || message.contains("invalid type: sequence") {
        "syntax-single-value-help"
    // An impossible date under a date key has its own words (`Self::toml_error`); anywhere else
    // it is a value that cannot be read, whose help says how each kind is written.
    } else if message.contains("datetime") {
        "syntax-date-help"
    } else if message.contains("invalid type") {
        "syntax-value-help"
    } else if message.contains("duplicate key") {
        "syntax-key-twice-help"
    } else if message.starts_with("missing comma between array elements") {
        "syntax-missing-comma-help"
    } else if message.starts_with("carriage return must be followed by newline") {
        "syntax-lone-carriage-return-help"
    } else if message.contains("expected newline") {
        "syntax-one-a-line-help"
    } else if message.starts_with("invalid unquoted key") || message.starts_with("key with no value") {
        "syntax-key-value-help"
    } else if message.starts_with("missing escaped value") || message.starts_with("too few unicode value digits") {
        "syntax-backslash-help"
    } else if message.starts_with("invalid comment character") {
        "syntax-comment-control-help"
    } else if message.starts_with("unquoted keys cannot be empty")
        || message.starts_with("missing key for inline table element")
        || message.starts_with("missing assignment between key-value pairs")
    {
        "syntax-key-value-help"
    } else if ["unclosed table", "unclosed array table", "missing table open"]
        .iter()
        .any(|start| message.starts_with(start))
    {
        "syntax-header-help"
    } else if message.starts_with("missing comma between key-value pairs") {
        "syntax-missing-comma-pairs-help"
    } else if message.starts_with("extra comma in") {
        "syntax-extra-comma-help"
    } else if message.starts_with("extra `=`") || message.starts_with("extra assignment between key-value pairs") {
        "syntax-extra-equals-help"
    } else if message.starts_with("unexpected `=` in array") {
        "syntax-equals-in-list-help"
    } else if message.starts_with("missing opening quote") {
        "syntax-missing-opening-quote-help"
    } else if message.starts_with("unexpected content") {
        "syntax-unexpected-content-help"
    } else if is_unreadable_value(message) || NUMBER_MISWRITTEN.iter().any(|number| message.starts_with(number)) {
        "syntax-unreadable-value-help"
    } else if message.contains("must be quoted") {
        "syntax-unquoted-help"
    } else if message.contains("string") || message.contains("unterminated") {
        "syntax-close-string-help"
    } else {
        return None;
    };
    Some(say!(id))
}

fn unreadable(path: &Path, error: &std::io::Error) -> Diagnostic {
    // A link to a file moved or deleted: "no such file" would send the reader looking for a file
    // they can see in the folder.
    if error.kind() == std::io::ErrorKind::NotFound
        && let Ok(target) = fs::read_link(path)
    {
        let target = crate::markup::path_shown(&target);
        return Diagnostic::new(path, say!("syntax-broken-link", target = target))
            .with_help(say!("syntax-broken-link-help"));
    }
    let diagnostic = Diagnostic::new(path, say!("syntax-unreadable", error = crate::i18n::io_reason(error)));
    if error.kind() == std::io::ErrorKind::NotFound {
        diagnostic.with_help(say!("syntax-unreadable-help"))
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

    /// A text left open is pointed at where it opens, past escaped quotes, the other kind of
    /// quote and a `#` inside it.
    #[test]
    fn a_text_left_open_is_pointed_at_where_it_opens() {
        for (line, column) in [
            (r#"title = "Open"#, 9),
            (r#"title = 'Open"#, 9),
            (r#"title = "He said \"no 'way"#, 9),
            (r#"title = "open # it's"#, 9),
        ] {
            let (_, errors) =
                file(&format!("[proposal]\n{line}\nstage = \"draft\"\n")).parse_salvaging::<toml::Table>();
            assert_eq!(errors[0].location, Some(Location { line: 2, column }), "{line}");
            assert!(
                errors[0].message.contains("opens on this line"),
                "{line}: {}",
                errors[0].message
            );
        }
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
