//! Text as WordprocessingML holds it: escaped content and attribute values, and link targets as
//! URIs. Every user string passes through here on its way into a part.

use std::fmt::Write as _;

/// `text` made safe for XML content and attribute values: the five markup characters escaped,
/// line ends and tabs as spaces (each value is one line), and characters XML cannot hold
/// (other control characters, U+FFFE, U+FFFF) replaced with U+FFFD, as the Markdown brief does,
/// and the bidirectional controls the value opens closed at its end.
pub(super) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if crate::markup::unshowable(c) => out.push(char::REPLACEMENT_CHARACTER),
            c => out.push(c),
        }
    }
    // Word carries an override on into the runs after it (a title's into the footer's page
    // number): the value closes its own.
    crate::markup::close_bidi(out, text);
}

/// [`escape_into`] a new string.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// A link target as a relationship may hold it: characters a URI cannot hold literally
/// (spaces, quotes, angle brackets, anything outside ASCII) are percent-encoded, since a
/// relationship's target must be a URI.
pub(super) fn uri(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        if !c.is_ascii() || c.is_ascii_control() || c.is_ascii_whitespace() || "\"<>\\^`{|}".contains(c) {
            let mut buffer = [0; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_what_xml_cannot_hold_is_replaced() {
        assert_eq!(
            escape("<w:p>&\"'\u{0}\u{7}\u{1b}[31m\u{fffe}\n\ttab ]]>"),
            "&lt;w:p&gt;&amp;&quot;&apos;\u{fffd}\u{fffd}\u{fffd}[31m\u{fffd}  tab ]]&gt;"
        );
        assert_eq!(escape("Straße – “quoted”"), "Straße – “quoted”");
    }

    #[test]
    fn link_targets_are_uris() {
        assert_eq!(uri(" https://example.org/a?b=1&c=2 "), "https://example.org/a?b=1&c=2");
        assert_eq!(
            uri("https://example.org/a b\"<x>/Straße"),
            "https://example.org/a%20b%22%3Cx%3E/Stra%C3%9Fe"
        );
    }
}
