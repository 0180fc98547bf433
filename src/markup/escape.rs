//! Escaping user text for each output: Markdown, HTML, and the terminal.

/// Escapes text so that CommonMark shows it exactly as typed, on one line, wherever it is placed.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_markdown_escaped(&mut out, text);
    out
}

/// [`escape_markdown`], written at the end of `out`: a document written piece by piece escapes
/// each value in place rather than through a string of its own.
pub fn push_markdown_escaped(out: &mut String, text: &str) {
    let start = out.len();
    push_inline_escaped(out, text);
    // Placed at the start of a line, the text could still open a list ("- ", "+ ", "1. ").
    if starts_list_marker(&out[start..]) {
        out.insert(start, '\\');
    }
}

/// Escapes text that follows other text on its line, at the end of `out`.
pub(super) fn push_inline_escaped(out: &mut String, text: &str) {
    // Every character that needs escaping is ASCII, so the text is copied in runs of bytes
    // between them: most values (titles, level texts) need no escape at all.
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut start = 0;
    // Whether the value holds a bidirectional control, which its end must then close.
    let mut bidi = false;
    for at in NEEDS_ESCAPE.positions(bytes) {
        match bytes[at] {
            // The lead bytes of a C1 control (C2 80–C2 9F; U+009B is a terminal's CSI) and of a
            // bidirectional control (E2 80 AA–AE, E2 81 A6–A9). Most characters they lead are
            // letters and punctuation (« », ’), left as they are in the run.
            0xC2 => {
                if bytes.get(at + 1).is_some_and(|next| (0x80..=0x9F).contains(next)) {
                    out.push_str(&text[start..at]);
                    out.push(char::REPLACEMENT_CHARACTER);
                    start = at + 2;
                }
                continue;
            }
            // The noncharacters U+FFFE and U+FFFF (EF BF BE, EF BF BF), which no text may hold
            // and a browser shows as a box: replaced, as the Word brief replaces them.
            0xEF => {
                if matches!(bytes.get(at + 1..at + 3), Some([0xBF, 0xBE | 0xBF])) {
                    out.push_str(&text[start..at]);
                    out.push(char::REPLACEMENT_CHARACTER);
                    start = at + 3;
                }
                continue;
            }
            0xE2 => {
                bidi |= matches!(
                    bytes.get(at + 1..at + 3),
                    Some([0x80, 0xAA..=0xAE] | [0x81, 0xA6..=0xA9])
                );
                continue;
            }
            _ => {}
        }
        out.push_str(&text[start..at]);
        match bytes[at] {
            b'\n' | b'\r' | b'\t' => out.push(' '),
            // Other control characters (ESC, BEL...) would reach whoever prints the file.
            byte if byte.is_ascii_control() => out.push(char::REPLACEMENT_CHARACTER),
            byte => {
                out.push('\\');
                out.push(char::from(byte));
            }
        }
        start = at + 1;
    }
    out.push_str(&text[start..]);
    if bidi {
        close_bidi(out, text);
    }
}

/// Bytes that CommonMark could read as markup, control characters (replaced, not escaped), and
/// the lead bytes of the C1 and bidirectional controls (looked at, mostly kept).
const NEEDS_ESCAPE: ByteSet = ByteSet::controls_and(b"\\`*_[]<>#|~&!$\xC2\xE2\xEF", b"");

/// A set of bytes, for scanning user text: every byte of every value of every brief is looked
/// at, so a byte costs one load from a table rather than a dozen comparisons.
pub(crate) struct ByteSet([bool; 256]);

impl ByteSet {
    /// The ASCII control characters and the bytes among `marks`, but for those in `but_not`.
    pub(crate) const fn controls_and(marks: &[u8], but_not: &[u8]) -> Self {
        let mut table = [false; 256];
        let mut byte = 0;
        while byte < 128 {
            // `byte` is below 128 here, so the cast keeps every bit (and `u8::try_from` is not
            // const).
            #[allow(clippy::cast_possible_truncation)]
            let ascii = byte as u8;
            table[byte] = ascii.is_ascii_control();
            byte += 1;
        }
        let mut at = 0;
        while at < marks.len() {
            table[marks[at] as usize] = true;
            at += 1;
        }
        let mut at = 0;
        while at < but_not.len() {
            table[but_not[at] as usize] = false;
            at += 1;
        }
        Self(table)
    }

    /// The set with every byte of a non-ASCII character added.
    pub(crate) const fn and_non_ascii(self) -> Self {
        let mut table = self.0;
        let mut byte = 128;
        while byte < 256 {
            table[byte] = true;
            byte += 1;
        }
        Self(table)
    }

    /// Whether `byte` is in the set.
    pub(crate) fn contains(&self, byte: u8) -> bool {
        self.0[usize::from(byte)]
    }

    /// Where the bytes of the set are in `bytes`, in order.
    pub(crate) fn positions<'a>(&'a self, bytes: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            // Most of a text is letters and spaces: a block of them is passed over with its
            // lookups or-ed together, without a branch for each byte (a third of the
            // instructions of the byte-by-byte loop).
            while let Some(block) = bytes.get(at..at + SKIP_BLOCK) {
                if block.iter().fold(false, |found, &byte| found | self.contains(byte)) {
                    break;
                }
                at += SKIP_BLOCK;
            }
            while let Some(&byte) = bytes.get(at) {
                at += 1;
                if self.contains(byte) {
                    return Some(at - 1);
                }
            }
            None
        })
    }
}

/// How many bytes [`ByteSet::positions`] passes over at a time where none is in the set.
const SKIP_BLOCK: usize = 16;

/// Text safe to print on a terminal, keeping its layout: every control character but the line
/// feed and the tab (C0 controls such as ESC, BEL, NUL and the carriage return, DEL, the C1
/// controls such as `\u{9b}`) and every bidirectional override or isolate (U+202A–U+202E,
/// U+2066–U+2069) is written out as a visible `\u001b`-style escape. Those escapes are also valid
/// inside JSON strings, so JSON printed to a terminal stays JSON. The one function through which
/// everything printed to a terminal goes (messages on standard error, the scorecard, Markdown on
/// a terminal, the wizard's notes).
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    with_unicode_escapes(text, needs_terminal_escape)
}

/// `text` with each character `escaped` picks written as a `\u001b`-style escape, valid in JSON
/// strings too; `text` itself when it has none.
pub(crate) fn with_unicode_escapes(text: &str, escaped: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(&escaped) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if escaped(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A file's name as a message shows it on one line: as [`terminal_safe`], and the line feed and
/// the tab that a name may hold are escaped too, so that a name with a line break in it
/// (`new⏎line.toml`) does not split the line that a script reads as one.
pub fn path_shown(path: &std::path::Path) -> String {
    let name = path.to_string_lossy();
    with_unicode_escapes(&name, |c| c == '\n' || c == '\t' || needs_terminal_escape(c)).into_owned()
}

/// Characters a terminal could act on rather than show (see [`terminal_safe`]).
fn needs_terminal_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text safe to print on a terminal: control characters (escape sequences that could retitle
/// the window or recolour the screen) and bidirectional overrides are replaced.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .collect()
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL, ESC and the other controls have no place in a page (NUL makes tools take the
            // file for binary); the line feed and the tab are layout.
            c if unshowable(c) && c != '\n' && c != '\t' => out.push(char::REPLACEMENT_CHARACTER),
            _ => out.push(c),
        }
    }
    close_bidi(&mut out, text);
    out
}

/// Ends `out`, which holds the escaped `value` at its end, with what closes the bidirectional
/// embeddings, overrides and isolates `value` left open (U+202A–U+202E, U+2066–U+2069), so that a
/// value written right-to-left-override ends where the value ends, not in the brief's own text
/// after it. Values without any (all but a few) are passed over with one search for their
/// lead byte.
pub(crate) fn close_bidi(out: &mut String, value: &str) {
    const EMBEDDING_END: char = '\u{202c}';
    const ISOLATE_END: char = '\u{2069}';
    // Every bidirectional control is encoded E2 80 xx or E2 81 xx.
    if memchr::memchr(0xE2, value.as_bytes()).is_none() {
        return;
    }
    let mut open: Vec<char> = Vec::new();
    for c in value.chars() {
        match c {
            '\u{202a}'..='\u{202b}' | '\u{202d}'..='\u{202e}' => open.push(EMBEDDING_END),
            '\u{2066}'..='\u{2068}' => open.push(ISOLATE_END),
            EMBEDDING_END if open.last() == Some(&EMBEDDING_END) => {
                open.pop();
            }
            // A PDI closes its isolate and whatever was opened inside it.
            ISOLATE_END => {
                if let Some(at) = open.iter().rposition(|&end| end == ISOLATE_END) {
                    open.truncate(at);
                }
            }
            _ => {}
        }
    }
    out.extend(open.iter().rev());
}

/// Whether user text shows `c` as U+FFFD in a brief: a control character (which could act on a
/// terminal, or which XML cannot hold) or one of the noncharacters U+FFFE and U+FFFF (which no
/// text may hold, and a browser shows as a box). Each writer keeps the line ends and tabs its
/// format lays out.
pub(crate) fn unshowable(c: char) -> bool {
    c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// `value` with what closes the bidirectional controls it leaves open ([`close_bidi`]), for a value
/// that is joined to others or set inside the brief's own text before any renderer escapes it
/// (the assessors, a title in a running footer): each value then ends its own override.
pub(crate) fn bidi_closed(value: &str) -> String {
    let mut out = value.to_string();
    close_bidi(&mut out, value);
    out
}

/// The text of a code span or block as the Markdown brief writes it: literal, backslashes and
/// all, but with control characters and the noncharacters U+FFFE and U+FFFF replaced with U+FFFD
/// (line ends and tabs kept in a block) and the bidirectional controls it opens closed, as any
/// other user text in the brief.
pub(crate) fn code_text(text: &str, block: bool) -> String {
    let mut out: String = text
        .chars()
        .map(|c| match c {
            '\n' | '\t' if block => c,
            c if unshowable(c) => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect();
    close_bidi(&mut out, text);
    out
}

fn starts_list_marker(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let marker = match text.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => digits + 1,
        Some(b'-' | b'+') if digits == 0 => 1,
        _ => return false,
    };
    text[marker..].chars().next().is_none_or(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_never_reverses_or_controls_what_follows_it() {
        // An override left open is closed at the end of its value; a balanced one is left alone.
        assert_eq!(escape_html("x \u{202e}evil"), "x \u{202e}evil\u{202c}");
        assert_eq!(escape_html("\u{2067}a\u{202b}b"), "\u{2067}a\u{202b}b\u{202c}\u{2069}");
        assert_eq!(escape_html("\u{2067}a\u{202b}b\u{2069}"), "\u{2067}a\u{202b}b\u{2069}");
        assert_eq!(escape_markdown("\u{202e}a"), "\u{202e}a\u{202c}");
        assert_eq!(bidi_closed("Ada \u{202e}Lovelace"), "Ada \u{202e}Lovelace\u{202c}");
        assert_eq!(bidi_closed("Grace Hopper"), "Grace Hopper");
        // Noncharacters become U+FFFD; other characters led by EF stay.
        assert_eq!(
            escape_markdown("a\u{fffe}b\u{ffff}c\u{feff}\u{ff01}"),
            "a\u{fffd}b\u{fffd}c\u{feff}\u{ff01}"
        );
        assert_eq!(escape_html("a\u{ffff}b"), "a\u{fffd}b");
        assert_eq!(
            code_text("co\u{1b}[31mde\u{fffe} \u{202e}RLO \\n", false),
            "co\u{fffd}[31mde\u{fffd} \u{202e}RLO \\n\u{202c}"
        );
        assert_eq!(code_text("a\n\tb\u{7}", true), "a\n\tb\u{fffd}");
        // NUL, ESC and the C1 CSI never reach a page or a file as themselves.
        assert_eq!(
            escape_html("a\u{0}b\u{1b}[31m\u{9b}c\nd"),
            "a\u{fffd}b\u{fffd}[31m\u{fffd}c\nd"
        );
        assert_eq!(escape_markdown("a\u{9b}31m é"), "a\u{fffd}31m é");
    }

    /// The block skip must find a byte of the set wherever it falls: first or last in a block,
    /// across two blocks, or in the tail shorter than a block; and none in text without one.
    #[test]
    fn positions_finds_every_byte_of_the_set_wherever_it_falls() {
        for length in 0..=3 * SKIP_BLOCK + 5 {
            let plain = "a".repeat(length);
            assert_eq!(NEEDS_ESCAPE.positions(plain.as_bytes()).count(), 0, "length {length}");
            for first in 0..length {
                for second in first..length {
                    let mut bytes = plain.clone().into_bytes();
                    bytes[first] = b'*';
                    bytes[second] = b'_';
                    let found: Vec<usize> = NEEDS_ESCAPE.positions(&bytes).collect();
                    let expected: Vec<usize> = if first == second {
                        vec![first]
                    } else {
                        vec![first, second]
                    };
                    assert_eq!(found, expected, "length {length}, marks at {first} and {second}");
                }
            }
        }
    }

    #[test]
    fn non_ascii_bytes_are_in_the_set_only_when_asked_for() {
        let text = "é<".as_bytes();
        assert_eq!(
            ByteSet::controls_and(b"<", b"").positions(text).collect::<Vec<_>>(),
            [2]
        );
        assert_eq!(
            ByteSet::controls_and(b"<", b"")
                .and_non_ascii()
                .positions(text)
                .collect::<Vec<_>>(),
            [0, 1, 2]
        );
    }

    #[test]
    fn escaped_text_keeps_what_lies_between_the_marks() {
        let text = format!("{}*{}\u{1b}{}", "x".repeat(15), "é".repeat(9), "y".repeat(20));
        let expected = format!("{}\\*{}\u{fffd}{}", "x".repeat(15), "é".repeat(9), "y".repeat(20));
        assert_eq!(escape_markdown(&text), expected);
    }
}
