//! The batch index: one row per input, sorted by input path, as Markdown (to read), CSV (for
//! spreadsheets) and JSON (for scripts).

use crate::model::ids::{QuestionId, joined};
use std::fmt::Write as _;

use anyhow::Result;
use serde::Serialize;

use super::{Row, RowStatus};
use crate::i18n::{Lang, tr};
use crate::markup::escape_markdown;
use crate::model::{Dimension, RubricSet, Stage};
use crate::report::{number, percent, percentage_points, score_display};

/// The index's rubric columns: every rubric of the run's set, shipped ones first, whichever rows
/// use them, so that the columns are the same from run to run (a script reading them by position
/// keeps working when every input fails, or when the first lists its rubrics in another order).
fn rubric_columns(rubrics: &RubricSet) -> Vec<&str> {
    rubrics.ids().collect()
}

fn rubric_score(row: &Row, id: &str) -> Option<f64> {
    row.rubrics
        .iter()
        .find(|cell| cell.id == id)
        .and_then(|cell| cell.score)
}

/// `index.md`, in `lang`: its headings, rubric titles, rating words, stages and numbers as the
/// brief writes them (`--lang`, else English; each brief is in its own language).
pub fn markdown(rows: &[Row], rubrics: &RubricSet, lang: Lang) -> String {
    let columns = rubric_columns(rubrics);
    let count = |status: RowStatus| rows.iter().filter(|row| row.status == status).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        tr(lang, "ui-index-title"),
        crate::tr!(
            lang,
            "ui-index-summary",
            inputs = rows.len(),
            rendered = count(RowStatus::Ok),
            failed = count(RowStatus::Failed),
            skipped = count(RowStatus::Skipped)
        )
    );
    let mut header: Vec<String> = [
        "ui-index-input",
        "ui-index-proposal",
        "brief-jurisdiction",
        "brief-stage",
        "brief-score",
        "brief-rating",
        "brief-effect",
        "brief-process",
    ]
    .iter()
    .map(|id| tr(lang, id))
    .collect();
    let titles = rubrics.in_language(lang);
    header.extend(
        columns
            .iter()
            .map(|id| escape_markdown(titles.get(id).map_or(*id, |rubric| rubric.title.as_str()))),
    );
    header.extend(
        [
            "brief-red-flags",
            "ui-index-outputs",
            "ui-index-error",
            "brief-response-coverage",
            "brief-uptake-gap",
        ]
        .iter()
        .map(|id| tr(lang, id)),
    );
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for row in rows {
        let cell = |text: Option<&str>| escape_markdown(text.unwrap_or(""));
        let ok = row.status == RowStatus::Ok;
        // Scores of a row that failed are left out, not shown as "–"; a rendered brief's missing
        // rating (no process question answered) is "–", as its missing scores are.
        let score = |score: Option<f64>| if ok { score_display(score, lang) } else { String::new() };
        let rated = |label: Option<&'static str>| match (ok, label) {
            (true, None) => "–",
            (_, label) => label.unwrap_or_default(),
        };
        let stage = row
            .stage
            .as_deref()
            .and_then(Stage::parse)
            .map_or_else(|| cell(row.stage.as_deref()), |stage| stage.label_in(lang).to_string());
        let _ = write!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            escape_markdown(&row.input),
            cell(row.title.as_deref()),
            cell(row.jurisdiction.as_deref()),
            stage,
            score(row.score),
            rated(row.rating.map(|rating| rating.label_in(lang))),
            rated(
                row.effect_rating
                    .map(|rating| rating.label_for_in(Dimension::Effect, lang))
            ),
            rated(row.process_rating.map(|rating| rating.label_in(lang))),
        );
        for id in &columns {
            let _ = write!(out, " {} |", score(rubric_score(row, id)));
        }
        let (coverage, gap) = match (ok, row.response_coverage) {
            (true, Some(coverage)) => (
                percent(coverage, lang),
                row.uptake_gap
                    .map_or_else(|| "–".to_string(), |gap| percentage_points(gap, lang)),
            ),
            _ => (String::new(), String::new()),
        };
        let _ = writeln!(
            out,
            " {} | {} | {} | {} | {} |",
            escape_markdown(&joined(&row.red_flags)),
            escape_markdown(&row.outputs.join(", ")),
            cell(row.error.as_deref().map(first_line)),
            escape_markdown(&coverage),
            escape_markdown(&gap),
        );
    }
    out
}

/// `index.csv`: scores to two decimals, shares (response coverage, uptake gap) as fractions to
/// four, lists separated by semicolons.
pub fn csv(rows: &[Row], rubrics: &RubricSet) -> Result<Vec<u8>> {
    let columns = rubric_columns(rubrics);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "input",
        "status",
        "title",
        "jurisdiction",
        "stage",
        "score",
        "rating",
        "rating_key",
        "effect_score",
        "effect_rating",
        "effect_rating_key",
        "effect_verdict",
        "effect_verdict_key",
        "process_score",
        "process_rating",
        "process_rating_key",
    ];
    header.extend(columns.iter().copied());
    header.extend(["red_flags", "outputs", "error", "response_coverage", "uptake_gap"]);
    writer.write_record(&header)?;
    for row in rows {
        // Paths stay paths (a script opens them) but never read as a formula; text may be
        // anyone's, so it is made plain (see `text_cell`).
        let text = |value: Option<&str>| text_cell(value.unwrap_or_default());
        let mut record = vec![
            path_cell(&row.input),
            status_key(row.status).to_string(),
            text(row.title.as_deref()),
            text(row.jurisdiction.as_deref()),
            text(row.stage.as_deref()),
            row.score.map(number).unwrap_or_default(),
            row.rating.map(|rating| rating.label().to_string()).unwrap_or_default(),
            row.rating_key.unwrap_or_default().to_string(),
            row.effect_score.map(number).unwrap_or_default(),
            row.effect_rating
                .map(|rating| rating.label().to_string())
                .unwrap_or_default(),
            row.effect_rating_key.unwrap_or_default().to_string(),
            row.effect_verdict.unwrap_or_default().to_string(),
            row.effect_verdict_key.unwrap_or_default().to_string(),
            row.process_score.map(number).unwrap_or_default(),
            row.process_rating
                .map(|rating| rating.label().to_string())
                .unwrap_or_default(),
            row.process_rating_key.unwrap_or_default().to_string(),
        ];
        record.extend(
            columns
                .iter()
                .map(|id| rubric_score(row, id).map(number).unwrap_or_default()),
        );
        record.push(
            row.red_flags
                .iter()
                .map(QuestionId::as_str)
                .collect::<Vec<_>>()
                .join("; "),
        );
        record.push(
            row.outputs
                .iter()
                .map(|output| path_cell(output))
                .collect::<Vec<_>>()
                .join("; "),
        );
        record.push(text(row.error.as_deref()));
        record.push(row.response_coverage.map(fraction).unwrap_or_default());
        record.push(row.uptake_gap.map(fraction).unwrap_or_default());
        writer.write_record(&record)?;
    }
    writer
        .into_inner()
        .map_err(|error| anyhow::anyhow!("cannot write the CSV index: {error}"))
}

/// `index.json`; `stopped` when a signal stopped the run, so that a script reading the index
/// alone can tell a finished run from one that left rows not started.
pub fn json(rows: &[Row], stopped: bool) -> Result<Vec<u8>> {
    #[derive(Serialize)]
    struct Index<'a> {
        schema_version: u32,
        /// Whether the run did all it was asked (no signal stopped it; failures count as done).
        complete: bool,
        inputs: usize,
        rendered: usize,
        failed: usize,
        skipped: usize,
        rows: &'a [Row],
    }
    let count = |status: RowStatus| rows.iter().filter(|row| row.status == status).count();
    let index = Index {
        schema_version: 1,
        complete: !stopped,
        inputs: rows.len(),
        rendered: count(RowStatus::Ok),
        failed: count(RowStatus::Failed),
        skipped: count(RowStatus::Skipped),
        rows,
    };
    crate::render::json(&index)
}

/// Whether a spreadsheet would run a cell starting so as a formula (`=HYPERLINK(...)`, `+1`,
/// `@SUM`), or a tab or carriage return could start one.
fn starts_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text cell (a title, a jurisdiction, an error quoting the file) as a spreadsheet and a
/// terminal will show it: a formula start gets a leading apostrophe, and control characters
/// other than the line feed and the tab (an escape sequence that would recolour a CI log on
/// `cat index.csv`) become U+FFFD, as in `index.md`.
fn text_cell(cell: &str) -> String {
    let plain = without_controls(cell);
    if starts_a_formula(&plain) {
        format!("'{plain}")
    } else {
        plain
    }
}

/// `text` with its control characters other than the line feed and the tab as U+FFFD.
fn without_controls(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .collect()
}

/// A path cell: a relative path a spreadsheet would take for a formula (`+plus.toml`) is written
/// `./+plus.toml`, which names the same file, so that scripts can still open it.
fn path_cell(path: &str) -> String {
    let plain = without_controls(path);
    if starts_a_formula(&plain) {
        format!("./{plain}")
    } else {
        plain
    }
}

fn status_key(status: RowStatus) -> &'static str {
    match status {
        RowStatus::Ok => "ok",
        RowStatus::Failed => "failed",
        RowStatus::Skipped => "skipped",
    }
}

/// A share of 0 to 1 to four decimals, without trailing zeros: 1, 0.4848.
fn fraction(value: f64) -> String {
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}
