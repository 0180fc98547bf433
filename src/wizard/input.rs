//! Reading what the user types in the wizard: the rules answers must meet (shared by the
//! terminal and the test prompter), and turning typed text into file values — dates, name
//! lists, file names — plus quoting a path for a command the user can paste, and wrapping the
//! wizard's prose to the terminal.

use std::path::Path;

use toml::value::Datetime;

use crate::model::assessment::has_date_shape;

/// Rejects an empty answer. Refusals are message ids of the catalogue, worded in the wizard's
/// language by [`Validator`](super::Validator).
pub fn required(input: &str) -> Result<(), &'static str> {
    if input.trim().is_empty() {
        Err("ui-invalid-empty")
    } else {
        Ok(())
    }
}

/// Accepts a non-empty title that a brief can set (see [`crate::model::assessment::over_length`]).
pub fn title(input: &str) -> Result<(), &'static str> {
    required(input)?;
    fits("title", input)
}

/// Accepts a finding a brief can quote on page 1.
pub fn finding(input: &str) -> Result<(), &'static str> {
    fits("finding", input)
}

/// Accepts a summary, context or reason a brief can set.
pub fn long_text(input: &str) -> Result<(), &'static str> {
    fits("rationale", input)
}

/// Accepts a line of page 1's table (a reference, an address) a brief can set.
pub fn line(input: &str) -> Result<(), &'static str> {
    fits("reference", input)
}

/// Accepts a web address the brief can link to (`https://…` or `http://…`, naming a site), or
/// nothing: text that is not one would be printed as text, and `check` would warn of it.
pub fn optional_web_address(input: &str) -> Result<(), &'static str> {
    let input = input.trim();
    line(input)?;
    if input.is_empty() || crate::markup::is_web_link(input) {
        Ok(())
    } else if input.contains(char::is_whitespace)
        && ["http://", "https://", "www."].iter().any(|start| {
            input
                .get(..start.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(start))
        })
    {
        // `https://www.camara.leg.br/proposicao 123`: the space is what is wrong.
        Err("ui-url-has-space")
    } else {
        Err("ui-url-not-web")
    }
}

/// Accepts an item of evidence as long as a brief can link or print it.
pub fn evidence(input: &str) -> Result<(), &'static str> {
    fits("evidence", input)
}

/// Accepts names separated by semicolons or lines (assessors, jurisdictions), each as long as a
/// line of page 1's table may be.
pub fn names(input: &str) -> Result<(), &'static str> {
    split_names(input).iter().try_for_each(|name| fits("assessors", name))
}

/// Refuses a text longer than a brief takes in `field`, as `check` would once it is saved.
fn fits(field: &str, input: &str) -> Result<(), &'static str> {
    if crate::model::assessment::over_length(field, input.trim()).is_none() {
        return Ok(());
    }
    Err(match field {
        "title" => "ui-invalid-too-long-title",
        "finding" | "recommendation" => "ui-invalid-too-long-finding",
        "summary" | "context" | "rationale" => "ui-invalid-too-long-text",
        "evidence" => "ui-invalid-too-long-evidence",
        _ => "ui-invalid-too-long-line",
    })
}

/// Accepts a date written `YYYY-MM-DD` that exists in the calendar.
pub fn date(input: &str) -> Result<(), &'static str> {
    match parse_date(input) {
        Some(_) => Ok(()),
        // Written as a date, but the calendar has no such day (2026-02-31).
        None if has_date_shape(input.trim()) => Err("ui-invalid-day"),
        None => Err("ui-invalid-date"),
    }
}

/// Accepts an empty answer or a date (see [`date`]).
pub fn optional_date(input: &str) -> Result<(), &'static str> {
    if input.trim().is_empty() { Ok(()) } else { date(input) }
}

/// A `YYYY-MM-DD` date as a TOML date, or `None` when it is not one (or not a real day).
pub fn parse_date(input: &str) -> Option<Datetime> {
    let input = input.trim();
    if !has_date_shape(input) {
        return None;
    }
    let year: i32 = input[0..4].parse().ok()?;
    let month: u8 = input[5..7].parse().ok()?;
    let day: u8 = input[8..10].parse().ok()?;
    // `time` knows month lengths and leap years, so 2025-02-29 is refused.
    time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    input.parse().ok()
}

/// The trimmed text, or `None` when it is empty.
pub fn optional(input: &str) -> Option<String> {
    let input = input.trim();
    (!input.is_empty()).then(|| input.to_string())
}

/// The names in one answer, one per line or separated by semicolons: a comma belongs to the
/// name ("Maria Okafor, ISOC Veridia Chapter" is one assessor).
pub fn split_names(input: &str) -> Vec<String> {
    input.split(['\n', ';']).filter_map(optional).collect()
}

/// `path` written so that a POSIX shell reads it back unchanged.
pub fn shell_quote(path: &Path) -> String {
    let text = path.to_string_lossy();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/+:@%,=".contains(c));
    if plain {
        text.into_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Width prose is wrapped at: 80 columns, which reads well, or the terminal's width where it is
/// narrower, since a terminal that wraps an 80-column line again breaks it mid-word.
pub fn text_width() -> usize {
    terminal_size::terminal_size_of(std::io::stderr())
        .map_or(80, |(width, _)| usize::from(width.0).saturating_sub(1))
        .clamp(20, 80)
}

pub use crate::markup::wrap;

/// `text` wrapped at [`text_width`], as the wizard shows its prose.
pub fn prose(text: &str) -> String {
    wrap(text, text_width())
}

/// `text` on one line, shortened to `limit` characters at a word boundary, with an ellipsis.
pub fn one_line(text: &str, limit: usize) -> String {
    // Only ASCII whitespace is flattened: a no-break space (French "proposition ?") holds, so
    // that the line is never broken before its question mark.
    let flat = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= limit {
        return flat;
    }
    // The ellipsis takes the last place.
    crate::markup::first_words(&flat, limit.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_cuts_at_a_word_boundary() {
        assert_eq!(one_line("Elle rend la connexion inaccessible", 20), "Elle rend la…");
        assert_eq!(one_line("Short  text\non lines", 40), "Short text on lines");
        assert_eq!(one_line("Unbrokenwordthatislong", 10), "Unbrokenw…");
        assert_eq!(one_line("Comma, then more words", 8), "Comma…");
        assert_eq!(one_line("la proposition\u{a0}?", 40), "la proposition\u{a0}?");
    }

    #[test]
    fn each_text_is_held_to_what_a_brief_takes_with_a_message_of_its_own() {
        let over = |limit: usize| "x".repeat(limit + 1);
        assert_eq!(title(&over(500)), Err("ui-invalid-too-long-title"));
        assert_eq!(line(&over(500)), Err("ui-invalid-too-long-line"));
        assert_eq!(line(&"x".repeat(500)), Ok(()));
        assert_eq!(
            names(&format!("A. Analyst; {}", over(500))),
            Err("ui-invalid-too-long-line")
        );
        assert_eq!(
            names(&format!("{0}; {0}", "x".repeat(400))),
            Ok(()),
            "each name on its own"
        );
        assert_eq!(finding(&over(5_000)), Err("ui-invalid-too-long-finding"));
        assert_eq!(long_text(&over(20_000)), Err("ui-invalid-too-long-text"));
    }

    #[test]
    fn dates_must_be_real_days_in_iso_form() {
        assert!(date("2024-02-29").is_ok());
        assert!(date(" 2026-11-20 ").is_ok());
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-1-01",
            "20-11-2026",
            "2026/11/20",
            "",
            "2026-11-20T10:00:00",
        ] {
            assert!(date(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(optional_date("").is_ok());
        assert_eq!(
            parse_date("2021-05-12").map(|date| date.to_string()),
            Some("2021-05-12".to_string())
        );
    }

    /// The text's address is one the brief can link to, or nothing: `www.…` without its scheme
    /// or a scheme alone is refused as it is typed, with what a web address looks like.
    #[test]
    fn the_texts_address_is_a_web_address_or_nothing() {
        for good in [
            "",
            "  ",
            "https://www.diputados.gob.mx/iniciativa-45",
            "http://example.org",
        ] {
            assert!(optional_web_address(good).is_ok(), "{good:?}");
        }
        for bad in [
            "www.diputados.gob.mx/iniciativa-45",
            "http://",
            "Gazette no. 12",
            "javascript:alert(1)",
        ] {
            assert_eq!(optional_web_address(bad), Err("ui-url-not-web"), "{bad:?}");
        }
        // An address with a space in it is told of the space.
        for spaced in [
            "https://www.camara.leg.br/proposicao 123",
            "www.camara.leg.br/proposicao 123",
        ] {
            assert_eq!(optional_web_address(spaced), Err("ui-url-has-space"), "{spaced:?}");
        }
    }

    #[test]
    fn names_split_at_semicolons_and_lines_never_at_commas() {
        assert_eq!(
            split_names("Maria Okafor, ISOC Veridia Chapter"),
            vec!["Maria Okafor, ISOC Veridia Chapter".to_string()]
        );
        assert_eq!(
            split_names("A. Analyst (Chapter, UK); B. Reviewer, Org\nC. Third;  ;"),
            vec![
                "A. Analyst (Chapter, UK)".to_string(),
                "B. Reviewer, Org".to_string(),
                "C. Third".to_string()
            ]
        );
        assert!(split_names("  ").is_empty());
    }

    #[test]
    fn paths_are_quoted_for_the_shell() {
        assert_eq!(shell_quote(Path::new("bills/uk-bill.toml")), "bills/uk-bill.toml");
        assert_eq!(shell_quote(Path::new("my bill's.toml")), r"'my bill'\''s.toml'");
    }

    #[test]
    fn text_wraps_between_words() {
        assert_eq!(wrap("aa bb cc\n dd\n\nee", 5), "aa bb\ncc dd\n\nee");
        assert_eq!(wrap("averyveryverylongword x", 5), "averyveryverylongword\nx");
        // A no-break space holds its words together, as French « … » needs.
        assert_eq!(
            wrap("sous «\u{a0}Passerelles\u{a0}» ici", 12),
            "sous\n«\u{a0}Passerelles\u{a0}»\nici"
        );
    }

    #[test]
    fn long_text_is_flattened_and_shortened() {
        assert_eq!(one_line("a\n  b", 10), "a b");
        assert_eq!(one_line("abcdefghijkl", 5), "abcd…");
    }
}
