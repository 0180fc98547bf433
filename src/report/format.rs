//! Numbers and dates as a brief shows them: scores rounded without crossing a band edge,
//! percentages, weights without trailing zeros, dates in words.

use crate::i18n::{Lang, decimal_sign, percentage};
use crate::scoring::{BANDS, MIN_COVERAGE};

/// A score rounded to a whole number, or an en dash when there is none, with the language's
/// decimal sign where it keeps a decimal ("79.6", "79,6").
pub fn score_display(score: Option<f64>, lang: Lang) -> String {
    score.map_or_else(
        || "–".to_string(),
        |score| decimal_sign(lang, rounded(score, &BANDS.map(|(_, lowest)| lowest))),
    )
}

/// A fraction as a whole percentage, as the language writes one ("94%", "94 %").
pub fn percent(fraction: f64, lang: Lang) -> String {
    percentage(
        lang,
        decimal_sign(lang, rounded(fraction * 100.0, &[MIN_COVERAGE * 100.0])),
    )
}

/// A difference of two shares in whole percentage points ("48 points"), as the language writes
/// them: the uptake gap of a consultation ledger.
pub fn percentage_points(fraction: f64, lang: Lang) -> String {
    crate::tr!(
        lang,
        "brief-text-percentage-points",
        points = (fraction * 100.0).round()
    )
}

/// The difference between two scores as the brief shows them ("+5", "−17", "+4.7", "0"): taken
/// between the shown values, so that it is the difference a reader computes from them (42 and 58
/// show +16 where the unrounded scores differ by 16.6).
pub fn score_change_display(old: f64, new: f64, lang: Lang) -> String {
    let edges = BANDS.map(|(_, lowest)| lowest);
    // In tenths, whole: the shown values have at most one decimal.
    let tenths = ((shown(new, &edges) - shown(old, &edges)) * 10.0).round();
    if tenths == 0.0 {
        return "0".to_string();
    }
    let sign = if tenths > 0.0 { "+" } else { "−" };
    let size = tenths.abs() / 10.0;
    let digits = if tenths % 10.0 == 0.0 {
        format!("{size:.0}")
    } else {
        format!("{size:.1}")
    };
    format!("{sign}{}", decimal_sign(lang, digits))
}

/// `value` rounded half up to a whole number, unless that would carry it over one of `edges`
/// (79.6 shown as "80" beside the rating Adequate): then one decimal, rounded down ("79.6").
fn rounded(value: f64, edges: &[f64]) -> String {
    let shown = shown(value, edges);
    if shown.fract() == 0.0 {
        whole_number(shown).map_or_else(|| format!("{shown:.0}"), |whole| whole.to_string())
    } else {
        format!("{shown:.1}")
    }
}

/// The number [`rounded`] writes.
fn shown(value: f64, edges: &[f64]) -> f64 {
    let whole = value.round();
    let crosses = edges.iter().any(|edge| whole >= *edge && value < *edge - 1e-9);
    if crosses { (value * 10.0).floor() / 10.0 } else { whole }
}

/// A count of things with its thousands grouped as the language writes them: "2,400" in
/// English, "2 400" in French (a narrow no-break space), "2.400" in Portuguese; Spanish leaves
/// four digits together and groups from five ("2400", "24 000").
pub fn count(value: u64, lang: Lang) -> String {
    let digits = value.to_string();
    let (separator, from) = match lang {
        Lang::En => (",", 4),
        Lang::Fr => ("\u{202f}", 4),
        Lang::Es => ("\u{a0}", 5),
        Lang::Pt => (".", 4),
    };
    if digits.len() < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// A number without trailing zeros: 4, 1.5, 0.75.
pub fn number(value: f64) -> String {
    // Points and weights are nearly always whole numbers or hundredths (0.75), which integer
    // arithmetic writes exactly and far faster than a float's exact decimal expansion.
    if let Some(hundredths) = whole_number(value * 100.0) {
        let sign = if hundredths < 0 { "-" } else { "" };
        let (units, cents) = (hundredths.unsigned_abs() / 100, hundredths.unsigned_abs() % 100);
        return match cents {
            0 => format!("{sign}{units}"),
            _ if cents % 10 == 0 => format!("{sign}{units}.{}", cents / 10),
            _ => format!("{sign}{units}.{cents:02}"),
        };
    }
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `value` as an integer, if it is one that an `i64` holds exactly (and not `-0`, which float
/// formatting writes with its sign).
fn whole_number(value: f64) -> Option<i64> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below it is a float
    let exact = value.fract() == 0.0 && value.abs() < EXACT && !(value == 0.0 && value.is_sign_negative());
    // The bounds above make the conversion exact where it is kept.
    #[allow(clippy::cast_possible_truncation)]
    exact.then_some(value as i64)
}

/// A date as a brief writes it for readers, as the PDF's template does: "12 May 2021".
pub fn long_date(date: time::Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// The same for a date written `YYYY-MM-DD` (as the JSON brief and the templates see it);
/// anything else is returned as it is.
pub fn long_date_of(text: &str) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, format).map_or_else(|_| text.to_string(), long_date)
}

/// A question named as a reader sees it, with its rubric: "Openness: Encryption and private
/// messages", « Ouverture : … » (the topic is an effect question's area, or the prompt).
pub fn question_name(rubric_title: &str, topic: &str, lang: Lang) -> String {
    format!("{rubric_title}{} {topic}", crate::i18n::tr(lang, "colon"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_their_thousands_as_each_language_does() {
        assert_eq!(count(40, Lang::En), "40");
        assert_eq!(count(2400, Lang::En), "2,400");
        assert_eq!(count(1_234_567, Lang::En), "1,234,567");
        assert_eq!(count(2400, Lang::Fr), "2\u{202f}400");
        assert_eq!(count(2400, Lang::Es), "2400");
        assert_eq!(count(24_000, Lang::Es), "24\u{a0}000");
        assert_eq!(count(2400, Lang::Pt), "2.400");
    }

    #[test]
    fn numbers_are_written_as_float_formatting_would_write_them() {
        for value in [
            0.0,
            -0.0,
            1.0,
            4.0,
            1.5,
            0.75,
            0.05,
            2.25,
            12.5,
            100.0,
            0.35,
            0.57,
            0.29,
            1.0 / 3.0,
            2.0 / 3.0,
            0.125,
            0.005,
            1e-9,
            -1.5,
            -0.75,
            -0.001,
            123_456.78,
            1e20,
            79.6,
            4.999,
        ] {
            let slow = format!("{value:.2}");
            let slow = slow.trim_end_matches('0').trim_end_matches('.');
            assert_eq!(number(value), slow, "{value}");
        }
        for value in [0.0, 79.6, 79.4, 59.5, 100.0, 0.4, 39.96] {
            assert_eq!(rounded(value, &[]), format!("{:.0}", value.round()), "{value}");
        }
        assert_eq!(score_display(Some(79.6), Lang::En), "79.6");
        assert_eq!(percent(0.6, Lang::En), "60%");
    }

    #[test]
    fn a_score_change_is_the_difference_of_the_scores_as_shown() {
        // 41.6 and 58.4 show as 42 and 58: +16, not the +17 of their unrounded difference.
        assert_eq!(score_change_display(41.6, 58.4, Lang::En), "+16");
        assert_eq!(score_change_display(58.4, 41.6, Lang::En), "−16");
        // 59.7 stays below the band of 60: 55 → 59.7 is +4.7.
        assert_eq!(score_change_display(55.0, 59.7, Lang::En), "+4.7");
        assert_eq!(score_change_display(55.0, 59.7, Lang::Fr), "+4,7");
        assert_eq!(score_change_display(48.4, 48.6, Lang::En), "+1");
        assert_eq!(score_change_display(48.6, 49.4, Lang::En), "0");
    }
}
