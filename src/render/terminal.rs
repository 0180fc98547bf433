//! The scorecard as terminal text: a bar per rubric, the rating, coverage and red flags, then
//! red flags, next steps and open questions. Colour only when asked (a terminal without NO_COLOR).

use std::fmt::Write as _;

use crate::markup::printable;
use crate::report::Brief;
use crate::scoring::Rating;

const BAR_WIDTH: usize = 20;

/// The scorecard of `brief`, coloured when `color` is true.
pub fn scorecard(brief: &Brief, color: bool) -> String {
    let paint = |text: &str, code: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        paint(
            &format!("Policy Impact Brief: {}", printable(&brief.proposal.title)),
            "1"
        )
    );
    let details: Vec<&str> = [
        &brief.proposal.jurisdiction,
        &brief.proposal.stage_label,
        &brief.proposal.reference,
    ]
    .into_iter()
    .filter_map(|field| field.as_deref())
    .collect();
    if !details.is_empty() {
        let _ = writeln!(out, "{}", printable(&details.join(" · ")));
    }
    out.push('\n');
    let name_width = brief
        .rubrics
        .iter()
        .map(|rubric| rubric.title.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let mut row = |name: &str, score: Option<f64>, display: &str, rating: Rating, coverage: &str, extra: String| {
        // Scores run from 0 to 100, so the count is within 0..=BAR_WIDTH; clamped all the same.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let filled = score
            .map_or(0, |score| {
                ((score / 100.0) * BAR_WIDTH as f64)
                    .round()
                    .clamp(0.0, BAR_WIDTH as f64) as usize
            })
            .min(BAR_WIDTH);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(BAR_WIDTH - filled));
        let _ = writeln!(
            out,
            "{name:<name_width$}  {}  {display:>3}  {:<21}  coverage {coverage:>4}{extra}",
            paint(&bar, rating_color(rating)),
            paint(rating.label(), rating_color(rating)),
        );
    };
    for rubric in &brief.rubrics {
        let flags = match rubric.red_flags.len() {
            0 => String::new(),
            n => format!("  {n} red flag{}", if n == 1 { "" } else { "s" }),
        };
        row(
            &printable(&rubric.title),
            rubric.score,
            &rubric.score_display,
            rubric.rating,
            &rubric.coverage_display,
            format!("  ({} points){flags}", rubric.points_display),
        );
    }
    let overall = &brief.overall;
    for dimension in &overall.dimensions {
        let flags = match dimension.red_flags.len() {
            0 => String::new(),
            n => format!("  {n} red flag{}", if n == 1 { "" } else { "s" }),
        };
        row(
            match dimension.id {
                crate::model::Dimension::Effect => "Effect",
                crate::model::Dimension::Process => "Process",
            },
            dimension.score,
            &dimension.score_display,
            dimension.rating,
            &dimension.coverage_display,
            flags,
        );
    }
    row(
        "Overall",
        overall.score,
        &overall.score_display,
        overall.rating,
        &overall.coverage_display,
        String::new(),
    );

    if !overall.verdict.is_empty() {
        let _ = writeln!(out, "\n{}", paint(&overall.verdict, "1"));
    }
    if !brief.summary.red_flags.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Red flags", "1;31"));
        for flag in &brief.summary.red_flags {
            let _ = writeln!(out, "  ! {} — {}", flag.question, printable(&flag.level_text));
        }
    }
    if !brief.summary.next_steps.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Next steps", "1"));
        for (index, step) in brief.summary.next_steps.iter().enumerate() {
            let _ = writeln!(out, "  {}. {} ({})", index + 1, printable(&step.text), step.question);
        }
    }
    if !brief.open_questions.is_empty() {
        let _ = writeln!(out, "\n{}", paint("Open questions", "1"));
        for open in &brief.open_questions {
            let _ = writeln!(out, "  - {} ({})", open.question, open.status_label.to_lowercase());
        }
    }
    out
}

fn rating_color(rating: Rating) -> &'static str {
    match rating {
        Rating::NoEffectFound => "32",
        Rating::Strong => "32",
        Rating::Adequate => "36",
        Rating::Weak => "33",
        Rating::SeriousConcerns => "31",
        Rating::InsufficientEvidence => "90",
    }
}
