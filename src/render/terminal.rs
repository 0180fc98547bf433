//! The scorecard as terminal text: a bar per rubric, the rating, coverage and red flags, then
//! red flags, next steps and open questions. Colour only when asked (a terminal without NO_COLOR).
//! Its words are the brief's labels and, for what only the terminal says, `ui-score-*` messages,
//! in the brief's language.

use std::fmt::Write as _;

use crate::i18n::{Lang, tr};
use crate::markup::printable;
use crate::model::Dimension;
use crate::report::Brief;
use crate::scoring::{QuestionStatus, Rating};

const BAR_WIDTH: usize = 20;

/// The scorecard of `brief`, coloured when `color` is true. On a terminal `width` columns wide,
/// a row too wide for it puts its points and red flags on a line of their own, and the lists'
/// items wrap between words under their own text; without a width (a pipe, a file), each row
/// and item is one line, for scripts.
pub fn scorecard(brief: &Brief, color: bool, width: Option<usize>) -> String {
    let paint = Paint(color);
    let mut out = String::new();
    header(brief, paint, width, &mut out);
    score_rows(brief, paint, width, &mut out);
    verdict_and_lists(brief, paint, width, &mut out);
    out
}

/// The width a scorecard is laid out for, from the size of the terminal it is written to
/// (`terminal_size::terminal_size_of` of that stream): the terminal's width less one column (a
/// line as wide as the terminal wraps on some), or none when it is not a terminal.
pub fn width_for(size: Option<(terminal_size::Width, terminal_size::Height)>) -> Option<usize> {
    size.map(|(width, _)| usize::from(width.0).saturating_sub(1).max(40))
}

/// A line of prose: as it is without a width, else wrapped between words.
fn fitted(text: &str, width: Option<usize>) -> String {
    width.map_or_else(|| text.to_string(), |width| crate::markup::wrap(text, width))
}

/// One item of a list: on one line without a width, else wrapped under its own text.
fn item(out: &mut String, marker: &str, text: &str, width: Option<usize>) {
    let _ = match width {
        Some(width) => writeln!(out, "{}", crate::markup::hanging(marker, text, width)),
        None => writeln!(out, "{marker}{text}"),
    };
}

/// Terminal colour, or none.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    /// `text` in the SGR colour `code`, when colour is on.
    fn apply(self, text: &str, code: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// One of the brief's labels (its headings and row names), in its language.
fn label(brief: &Brief, name: &str) -> String {
    brief.labels.get(name).cloned().unwrap_or_default()
}

/// The title line and the proposal's jurisdiction, stage and reference.
fn header(brief: &Brief, paint: Paint, width: Option<usize>, out: &mut String) {
    let lang = brief.lang;
    let title = crate::tr!(
        lang,
        "ui-score-title",
        heading = label(brief, "title"),
        title = printable(&brief.proposal.title)
    );
    let _ = writeln!(out, "{}", paint.apply(&fitted(&title, width), "1"));
    let stage = brief
        .proposal
        .stage
        .as_deref()
        .and_then(|stage| stage_word(lang, stage));
    let details: Vec<&str> = [
        brief.proposal.jurisdiction.as_deref(),
        stage.as_deref().or(brief.proposal.stage_label.as_deref()),
        brief.proposal.reference.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !details.is_empty() {
        let _ = writeln!(out, "{}", fitted(&printable(&details.join(" · ")), width));
    }
    out.push('\n');
}

/// The bar rows: one per rubric, then the effect, the process and the overall rating, with the
/// name and band columns as wide as their longest word in the brief's language.
fn score_rows(brief: &Brief, paint: Paint, width: Option<usize>, out: &mut String) {
    let lang = brief.lang;
    let (effect, process, overall_label) = (label(brief, "effect"), label(brief, "process"), label(brief, "overall"));
    let name_width = brief
        .rubrics
        .iter()
        .map(|rubric| rubric.title.as_str())
        .chain([effect.as_str(), process.as_str(), overall_label.as_str()])
        .map(|name| name.chars().count())
        .max()
        .unwrap_or(0);
    let rating_width = Rating::ALL
        .into_iter()
        .flat_map(|rating| [rating_word(lang, rating), verdict_word(lang, rating, Dimension::Effect)])
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0);
    // As wide as "100%" is written in the language ("100 %" in French), so the column lines up.
    let coverage_width = crate::report::percent(1.0, lang).chars().count();
    // On a terminal too narrow for the whole row, the bar gives up columns first, down to a
    // quarter of its length; then the coverage goes under the rating with the points and flags.
    let coverage_words = crate::tr!(lang, "ui-score-coverage", coverage = crate::report::percent(1.0, lang));
    let fixed = |bar: usize| rating_column(name_width, bar) + rating_width + 2 + coverage_words.chars().count();
    let (bar_width, coverage_below) = match width {
        Some(width) if fixed(BAR_WIDTH) > width => {
            let bar = BAR_WIDTH.saturating_sub(fixed(BAR_WIDTH) - width).max(BAR_WIDTH / 4);
            (bar, fixed(bar) > width)
        }
        _ => (BAR_WIDTH, false),
    };
    let mut rows = Rows {
        out,
        paint,
        lang,
        name_width,
        rating_width,
        coverage_width,
        bar_width,
        coverage_below,
        width,
    };
    for rubric in &brief.rubrics {
        let points = crate::tr!(lang, "ui-score-points", points = rubric.points_display.as_str());
        rows.row(
            &printable(&rubric.title),
            (rubric.score, &rubric.score_display),
            (rubric.rating, rating_word(lang, rubric.rating)),
            &rubric.coverage_display,
            format!("  {points}{}", red_flags(lang, rubric.red_flags.len())),
        );
    }
    let overall = &brief.overall;
    for dimension in &overall.dimensions {
        rows.row(
            match dimension.id {
                Dimension::Effect => &effect,
                Dimension::Process => &process,
            },
            (dimension.score, &dimension.score_display),
            // The effect's row names its rating as the verdict does ("Serious harm").
            (dimension.rating, verdict_word(lang, dimension.rating, dimension.id)),
            &dimension.coverage_display,
            red_flags(lang, dimension.red_flags.len()),
        );
    }
    rows.row(
        &overall_label,
        (overall.score, &overall.score_display),
        (overall.rating, rating_word(lang, overall.rating)),
        &overall.coverage_display,
        String::new(),
    );
}

/// The column a row's rating starts at: after the name, the bar and the score, each followed by
/// two spaces (`{name}  {bar}  {score:>3}  `).
fn rating_column(name_width: usize, bar_width: usize) -> usize {
    name_width + 2 + bar_width + 2 + 3 + 2
}

/// Writes the bar rows, in columns of a fixed width.
struct Rows<'a> {
    out: &'a mut String,
    paint: Paint,
    lang: Lang,
    name_width: usize,
    rating_width: usize,
    coverage_width: usize,
    /// The bar's length in columns: [`BAR_WIDTH`], or less on a narrow terminal.
    bar_width: usize,
    /// The coverage goes under the rating, the row being too wide for the terminal without it.
    coverage_below: bool,
    /// The terminal's width, if the scorecard is laid out for one.
    width: Option<usize>,
}

impl Rows<'_> {
    /// One row: the name, a bar of the score, the score, the rating (coloured by its band, named
    /// by `word`), the coverage and `extra`.
    fn row(
        &mut self,
        name: &str,
        (score, display): (Option<f64>, &str),
        (rating, word): (Rating, String),
        coverage: &str,
        extra: String,
    ) {
        let bar_width = self.bar_width;
        // Scores run from 0 to 100, so the count is within 0..=bar_width; clamped all the same.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let filled = score
            .map_or(0, |score| {
                ((score / 100.0) * bar_width as f64)
                    .round()
                    .clamp(0.0, bar_width as f64) as usize
            })
            .min(bar_width);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(bar_width - filled));
        let width = self.coverage_width;
        let coverage = crate::tr!(self.lang, "ui-score-coverage", coverage = format!("{coverage:>width$}"));
        let name_width = self.name_width;
        // Padded by the word's own width: the colour's escape codes, which differ from band to
        // band, take no column on screen.
        let padding = " ".repeat(self.rating_width.saturating_sub(word.chars().count()));
        let rating_column = rating_column(name_width, bar_width);
        let (coverage, extra) = if self.coverage_below {
            (String::new(), format!("{coverage}{extra}"))
        } else {
            (format!("  {coverage}"), extra)
        };
        let row_width = rating_column + self.rating_width + coverage.chars().count();
        // Points and red flags that would take the row past the terminal's edge, where the
        // terminal would break it mid-word, go on a line of their own under the rating, wrapped
        // between words if they are still too long.
        let (extra, below) = match self.width {
            Some(width) if !extra.is_empty() && (self.coverage_below || row_width + extra.chars().count() > width) => {
                let indent = if rating_column * 2 > width { 4 } else { rating_column };
                let below = crate::markup::hanging(&" ".repeat(indent), extra.trim_start(), width);
                (String::new(), Some(below))
            }
            _ => (extra, None),
        };
        let row = format!(
            "{name:<name_width$}  {}  {display:>3}  {}{padding}{coverage}{extra}",
            self.paint.apply(&bar, rating_color(rating)),
            self.paint.apply(&word, rating_color(rating)),
        );
        let _ = writeln!(self.out, "{}", row.trim_end());
        if let Some(below) = below {
            let _ = writeln!(self.out, "{below}");
        }
    }
}

/// The verdict line, then the red flags, next steps and open questions.
fn verdict_and_lists(brief: &Brief, paint: Paint, width: Option<usize>, out: &mut String) {
    let lang = brief.lang;
    // The verdict in the scorecard's words (the effect's ratings by their own names), one
    // sentence per dimension as the brief's verdict line has it.
    let verdict: Vec<String> = brief
        .overall
        .dimensions
        .iter()
        .map(|dimension| {
            crate::tr!(
                lang,
                "ui-score-verdict",
                dimension = tr(lang, &format!("ui-score-dimension-{}", dimension_key(dimension.id))),
                verdict = verdict_word(lang, dimension.rating, dimension.id)
            )
        })
        .collect();
    if !verdict.is_empty() {
        let _ = writeln!(out, "\n{}", paint.apply(&fitted(&verdict.join(" "), width), "1"));
    }
    // An upgraded file with questions still open: the effect's rating is provisional, as the
    // brief says under its verdict.
    if let Some(provisional) = &brief.provisional {
        let _ = writeln!(out, "{}", fitted(&printable(provisional), width));
    }
    if !brief.summary.red_flags.is_empty() {
        let _ = writeln!(out, "\n{}", paint.apply(&label(brief, "red_flags"), "1;31"));
        for flag in &brief.summary.red_flags {
            let name = crate::report::question_name(&flag.rubric_title, &flag.topic, lang);
            // What the assessors found, as page 1 quotes it; the level's words only where they
            // wrote nothing, since a flag raised by a harm may sit at a level that reads "unclear".
            let said = flag.finding.as_deref().unwrap_or(&flag.level_text);
            item(
                out,
                "  ! ",
                &format!("{} — {}", printable(&name), printable(said)),
                width,
            );
        }
    }
    if !brief.summary.next_steps.is_empty() || brief.summary.next_steps_note.is_some() {
        let _ = writeln!(out, "\n{}", paint.apply(&label(brief, "next_steps"), "1"));
        if let Some(note) = &brief.summary.next_steps_note {
            item(out, "  ", &printable(note), width);
        }
        for (index, step) in brief.summary.next_steps.iter().enumerate() {
            let name = topic_of(brief, &step.question, lang);
            let marker = format!("  {}. ", index + 1);
            item(
                out,
                &marker,
                &format!("{} ({})", printable(&step.text), printable(&name)),
                width,
            );
        }
    }
    if !brief.open_questions.is_empty() {
        let _ = writeln!(out, "\n{}", paint.apply(&label(brief, "open_questions"), "1"));
        for open in &brief.open_questions {
            let status = status_word(lang, open.status).unwrap_or_else(|| open.status_label.to_lowercase());
            let name = topic_of(brief, &open.question, lang);
            item(out, "  - ", &format!("{} ({status})", printable(&name)), width);
        }
    }
}

/// A question as the brief names it, in its language: "Openness: Encryption and private
/// messages" (an effect question's area, a process question's prompt), never its id.
fn topic_of(brief: &Brief, id: &crate::model::ids::QuestionId, lang: Lang) -> String {
    brief
        .rubrics
        .iter()
        .flat_map(|rubric| rubric.questions.iter().map(move |question| (rubric, question)))
        .find(|(_, question)| question.id == *id)
        .map_or_else(
            || id.to_string(),
            |(rubric, question)| crate::report::question_name(&rubric.title, &question.topic, lang),
        )
}

/// "Serious concerns", as a rubric's or dimension's row names its band.
pub fn rating_word(lang: Lang, rating: Rating) -> String {
    tr(lang, &format!("ui-rating-{}", rating.key()))
}

/// The band as the verdict names it: the effect's ratings by their own names ("Serious harm").
fn verdict_word(lang: Lang, rating: Rating, dimension: Dimension) -> String {
    match dimension {
        Dimension::Effect => tr(lang, &format!("ui-score-effect-{}", rating.effect_key())),
        Dimension::Process => rating_word(lang, rating),
    }
}

fn dimension_key(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Effect => "effect",
        Dimension::Process => "process",
    }
}

/// "unknown" or "not answered", for an open question in a list; `None` for a status that
/// leaves no question open.
pub fn status_word(lang: Lang, status: QuestionStatus) -> Option<String> {
    match status {
        QuestionStatus::Unknown => Some(tr(lang, "ui-score-status-unknown")),
        QuestionStatus::Unanswered => Some(tr(lang, "ui-score-status-unanswered")),
        _ => None,
    }
}

/// "  2 red flags" after a row, or nothing.
fn red_flags(lang: Lang, count: usize) -> String {
    if count == 0 {
        return String::new();
    }
    format!("  {}", crate::tr!(lang, "ui-score-red-flags", count = count))
}

/// The stage in the interface's words (`in-legislature` → "In the legislature"), as the wizard
/// offers it; a stage the catalogue does not know keeps the brief's label.
fn stage_word(lang: Lang, stage: &str) -> Option<String> {
    let id = format!("ui-stage-{stage}");
    crate::i18n::message_ids(Lang::En)
        .any(|known| known == id)
        .then(|| tr(lang, &id))
}

fn rating_color(rating: Rating) -> &'static str {
    match rating {
        // Blue, as the PDF's slate blue: nothing found is not a merit, so not Strong's green.
        Rating::NoEffectFound => "34",
        Rating::Strong => "32",
        Rating::Adequate => "36",
        Rating::Weak => "33",
        Rating::SeriousConcerns => "31",
        Rating::InsufficientEvidence => "90",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rating_has_a_colour_of_its_own() {
        let colours: std::collections::BTreeSet<&str> =
            Rating::ALL.iter().map(|&rating| rating_color(rating)).collect();
        assert_eq!(
            colours.len(),
            Rating::ALL.len(),
            "two ratings share a colour: {colours:?}"
        );
        assert_ne!(rating_color(Rating::NoEffectFound), rating_color(Rating::Strong));
    }

    #[test]
    fn in_colour_the_columns_line_up_whatever_the_ratings() {
        use crate::model::{Assessment, RubricSet};
        let rubrics = RubricSet::builtin().expect("the shipped rubrics are valid");
        // Its rows are rated Serious concerns, Weak and Serious harm: colours of different codes.
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/known.toml");
        let assessment = Assessment::load(&path, &rubrics).expect("a valid assessment");
        let card = scorecard(&Brief::of(&assessment, &rubrics), true, None);
        let mut plain = String::new();
        let mut chars = card.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                chars.by_ref().find(|&c| c == 'm');
            } else {
                plain.push(c);
            }
        }
        let columns: std::collections::BTreeSet<usize> = plain
            .lines()
            .filter_map(|line| line.find("coverage").map(|at| line[..at].chars().count()))
            .collect();
        for band in ["  Weak  ", "  Serious concerns  ", "  Harmful  "] {
            assert!(plain.contains(band), "a row rated {band}:\n{plain}");
        }
        assert_eq!(columns.len(), 1, "the coverage column starts at one place:\n{plain}");
    }

    #[test]
    fn on_a_narrow_terminal_rows_and_items_break_between_words_never_past_the_edge() {
        use crate::model::{Assessment, RubricSet};
        let rubrics = RubricSet::builtin().expect("the shipped rubrics are valid");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/calibration/india-cert-in-directions-2022.toml");
        let mut assessment = Assessment::load(&path, &rubrics).expect("a valid assessment");
        // Spanish makes the widest rows ("Preocupaciones graves", "3 señales de alerta").
        assessment.brief_in(Lang::Es);
        let brief = Brief::of(&assessment, &rubrics);
        let wide = scorecard(&brief, false, None);
        assert!(
            wide.lines().any(|line| line.chars().count() > 100),
            "rows this wide are what the test is about:\n{wide}"
        );
        // No line past the edge, whatever the width and the language.
        for lang in [Lang::En, Lang::Fr, Lang::Es, Lang::Pt] {
            let mut other = assessment.clone();
            other.brief_in(lang);
            let brief = Brief::of(&other, &rubrics);
            for width in [59, 79, 99] {
                for line in scorecard(&brief, false, Some(width)).lines() {
                    assert!(
                        line.chars().count() <= width,
                        "{lang:?} at {width}: {} columns: {line}",
                        line.chars().count()
                    );
                }
            }
        }
        let card = scorecard(&brief, false, Some(99));
        // The points and flags of a row too wide go under its rating, whole.
        let lines: Vec<&str> = card.lines().collect();
        let at = lines
            .iter()
            .position(|line| line.starts_with("Apertura"))
            .expect("the Openness row");
        assert!(!lines[at].contains("puntos"), "{}", lines[at]);
        assert!(
            lines[at + 1]
                .trim_start()
                .starts_with("(6,5 de 30 puntos) 2 señales de alerta"),
            "{}",
            lines[at + 1]
        );
        // An item's later lines hang under its text, not under its marker.
        let next = lines
            .iter()
            .position(|line| line.starts_with("  1. "))
            .expect("a next step");
        assert!(
            lines[next + 1].starts_with("     ") && !lines[next + 1].starts_with("      "),
            "{}",
            lines[next + 1]
        );
        // Nothing but the layout changed: the same words in the same order.
        let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words(&card), words(&wide));
    }
}
