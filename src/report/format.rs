//! Numbers and dates as a brief shows them: scores rounded without crossing a band edge,
//! percentages, weights without trailing zeros, dates in words.

use crate::scoring::{BANDS, MIN_COVERAGE};

/// A score rounded to a whole number, or an en dash when there is none.
pub fn score_display(score: Option<f64>) -> String {
    score.map_or_else(
        || "–".to_string(),
        |score| rounded(score, &BANDS.map(|(_, lowest)| lowest)),
    )
}

/// A fraction as a whole percentage.
pub fn percent(fraction: f64) -> String {
    format!("{}%", rounded(fraction * 100.0, &[MIN_COVERAGE * 100.0]))
}

/// `value` rounded half up to a whole number, unless that would carry it over one of `edges`
/// (79.6 shown as "80" beside the rating Adequate): then one decimal, rounded down ("79.6").
fn rounded(value: f64, edges: &[f64]) -> String {
    let whole = value.round();
    let crosses = edges.iter().any(|edge| whole >= *edge && value < *edge - 1e-9);
    if crosses {
        format!("{:.1}", (value * 10.0).floor() / 10.0)
    } else {
        format!("{whole:.0}")
    }
}

/// A number without trailing zeros: 4, 1.5, 0.75.
pub fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
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
