//! Tables: real Word tables whose header row repeats on every page, with an accessible caption,
//! right-aligned numeric columns, and cells of runs (a rating in words, a link).

use std::fmt::Write as _;

use super::body::{Body, Fmt, Props};
use super::xml::escape;
use super::{HAIRLINE, INK, TINT, band_colour};
use crate::model::Dimension;
use crate::report::DimensionView;
use crate::scoring::Rating;

/// The empty paragraph that Word needs between two tables, and after a table that ends the
/// document: the only empty paragraphs a brief has.
pub(super) const TABLE_GAP: &str = r#"<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>"#;

impl Body {
    /// A table: `widths` in parts of the text column, a header row that repeats on every page,
    /// then `rows`; `numeric` columns are right-aligned. `caption` is its accessible title.
    pub(super) fn table(
        &mut self,
        caption: &str,
        widths: &[usize],
        header: Option<&[&str]>,
        numeric: &[usize],
        rows: &[Row],
    ) {
        // Two tables in a row would merge into one: a paragraph keeps them apart.
        if std::mem::take(&mut self.after_table) {
            self.raw(TABLE_GAP);
        }
        let columns = column_widths(self.width, widths, header, rows);
        // Schema order: tblW, tblBorders, tblCellMar, tblLook, tblCaption.
        let _ = write!(
            self.xml,
            r#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="{INK}"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{INK}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="{HAIRLINE}"/></w:tblBorders><w:tblCellMar><w:top w:w="50" w:type="dxa"/><w:left w:w="{CELL_MARGIN}" w:type="dxa"/><w:bottom w:w="50" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="{}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="{}"/></w:tblPr><w:tblGrid>"#,
            u8::from(header.is_some()),
            escape(caption)
        );
        for width in &columns {
            let _ = write!(self.xml, r#"<w:gridCol w:w="{width}"/>"#);
        }
        self.raw("</w:tblGrid>");
        // The header row is kept with the first row, and a short table with itself, so that a
        // page never ends on a header alone: LibreOffice then drops the rows that follow it.
        let kept_whole = rows.len() <= KEPT_WHOLE;
        if let Some(header) = header {
            self.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (index, (label, width)) in header.iter().zip(&columns).enumerate() {
                self.open_cell(*width, true);
                self.open_p(
                    Some("TableText"),
                    Props {
                        keep_with_next: true,
                        ..cell_props(numeric.contains(&index))
                    },
                );
                self.run(label, Fmt::BOLD);
                self.close_p();
                self.raw("</w:tc>");
            }
            self.raw("</w:tr>");
        }
        for (number, row) in rows.iter().enumerate() {
            let keep = kept_whole && number + 1 < rows.len();
            self.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (index, (cell, width)) in row.cells.iter().zip(&columns).enumerate() {
                self.open_cell(*width, false);
                self.open_p(
                    Some("TableText"),
                    Props {
                        keep_with_next: keep,
                        ..cell_props(numeric.contains(&index))
                    },
                );
                for (text, fmt) in &cell.runs {
                    let fmt = Fmt {
                        bold: fmt.bold || row.bold,
                        ..*fmt
                    };
                    match text {
                        Piece::Text(text) => self.run(text, fmt),
                        Piece::Own(text) => self.assessors_text(|body| body.run(text, fmt)),
                        Piece::Link(url) => self.link(url),
                    }
                }
                self.close_p();
                self.raw("</w:tc>");
            }
            self.raw("</w:tr>");
        }
        self.raw("</w:tbl>");
        self.after_table = true;
    }

    fn open_cell(&mut self, width: usize, header: bool) {
        let _ = write!(self.xml, r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#);
        if header {
            let _ = write!(
                self.xml,
                r#"<w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{INK}"/></w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="{TINT}"/>"#
            );
        }
        self.raw("</w:tcPr>");
    }
}

/// About how wide a character of a table's text is, in twentieths of a point: the tables' 9 pt
/// text, bold (a header, a rating), wide enough for the wider fonts that stand in for Calibri
/// where it is missing: LibreOffice without Carlito sets DejaVu Sans, whose bold letters average
/// about 0.65 em, 117 twips at 9 pt.
const CHAR_WIDTH: usize = 116;

/// The most rows a table has for it to be kept on one page whole.
const KEPT_WHOLE: usize = 12;

/// A cell's left and right margins together, and a little slack.
const CELL_PADDING: usize = 2 * CELL_MARGIN + 40;

/// A cell's left and right margin, in twentieths of a point: 2.5 points, so that seven columns of
/// French or Spanish ratings fit their longest words even in a stand-in font.
const CELL_MARGIN: usize = 50;

/// The widest a column is made for its longest word, in parts of the text column's width: a
/// longer word (an address) may break.
const MAX_WORD_SHARE: f64 = 0.4;

/// The widths of a table's columns, in twentieths of a point, that fill `width`: in proportion
/// to `parts`, but never narrower than the column's longest word needs, so that a word is not
/// broken in the middle ("Préoccupatio-ns", "Pontuaçã-o"): columns laid out for English labels
/// would break the longer words of other languages. What a column gains, the columns with room
/// to spare give up, in proportion to that room.
fn column_widths(width: usize, parts: &[usize], header: Option<&[&str]>, rows: &[Row]) -> Vec<usize> {
    let total: usize = parts.iter().sum();
    let share: Vec<usize> = parts.iter().map(|part| width * part / total.max(1)).collect();
    let longest_word = |text: &str| {
        text.split_whitespace()
            .map(|word| word.chars().count())
            .max()
            .unwrap_or(0)
    };
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let cap = (width as f64 * MAX_WORD_SHARE) as usize;
    let needs: Vec<usize> = (0..parts.len())
        .map(|column| {
            let header_word = header
                .and_then(|labels| labels.get(column))
                .map_or(0, |label| longest_word(label));
            let cell_word = rows
                .iter()
                .filter_map(|row| row.cells.get(column))
                .flat_map(|cell| &cell.runs)
                .filter_map(|(piece, _)| match piece {
                    Piece::Text(text) | Piece::Own(text) => Some(longest_word(text)),
                    Piece::Link(_) => None,
                })
                .max()
                .unwrap_or(0);
            (header_word.max(cell_word) * CHAR_WIDTH + CELL_PADDING).min(cap)
        })
        .collect();
    let short: usize = share
        .iter()
        .zip(&needs)
        .map(|(has, needs)| needs.saturating_sub(*has))
        .sum();
    let room: usize = share
        .iter()
        .zip(&needs)
        .map(|(has, needs)| has.saturating_sub(*needs))
        .sum();
    if short == 0 {
        return share;
    }
    if room == 0 {
        // Only rounding leaves a shortfall with no room anywhere: the proportions stand.
        return share;
    }
    let needed: usize = needs.iter().sum();
    if needed >= width {
        // Not every longest word fits: each column gets its need's share of the width, so that
        // the breaks fall evenly rather than all in the narrowest columns.
        return needs.iter().map(|need| width * need / needed).collect();
    }
    share
        .iter()
        .zip(&needs)
        .map(|(&has, &needs)| {
            if has < needs {
                needs
            } else {
                // Rounded up, so that the columns never add up to more than the width.
                has - ((has - needs) * short).div_ceil(room)
            }
        })
        .collect()
}

fn cell_props(numeric: bool) -> Props {
    Props {
        align: numeric.then_some("right"),
        ..Props::default()
    }
}

/// A piece of a table cell.
enum Piece {
    Text(String),
    /// The assessors' own words (a jurisdiction, their names), marked with the language they
    /// are written in.
    Own(String),
    Link(String),
}

/// A table cell: text runs, and at most links.
#[derive(Default)]
pub(super) struct Cell {
    runs: Vec<(Piece, Fmt)>,
}

impl Cell {
    pub(super) fn text(text: impl Into<String>) -> Cell {
        Cell::default().and(text, Fmt::default())
    }

    pub(super) fn and(mut self, text: impl Into<String>, fmt: Fmt) -> Cell {
        self.runs.push((Piece::Text(text.into()), fmt));
        self
    }

    /// A cell of the assessors' own words, marked with their language where it is not the
    /// document's.
    pub(super) fn own(text: impl Into<String>) -> Cell {
        Cell {
            runs: vec![(Piece::Own(text.into()), Fmt::default())],
        }
    }

    pub(super) fn link(url: &str) -> Cell {
        Cell {
            runs: vec![(Piece::Link(url.to_string()), Fmt::default())],
        }
    }

    /// A scorecard cell: the rating in words and the score, or "–" where the rubric asks nothing
    /// of that dimension.
    pub(super) fn dimension(dimensions: &[DimensionView], dimension: Dimension) -> Cell {
        dimensions.iter().find(|found| found.id == dimension).map_or_else(
            || Cell::text("–"),
            |found| {
                Cell::default()
                    .and(found.verdict, Fmt::marked(band_colour(found.rating)))
                    .and(format!(" ({})", found.score_display), Fmt::default())
            },
        )
    }

    /// A rating under its dimension's name for it ("Harmful"), in its band's colour, and the
    /// score it stands for.
    pub(super) fn verdict(rating: Rating, verdict: &str, score: &str) -> Cell {
        Cell::default()
            .and(verdict, Fmt::marked(band_colour(rating)))
            .and(format!(" ({score})"), Fmt::default())
    }

    /// A rating in words (`label`, in the document's language), in its colour, and the score it
    /// stands for.
    pub(super) fn rating(rating: Rating, label: &str, score: &str) -> Cell {
        Cell::default()
            .and(label, Fmt::marked(band_colour(rating)))
            .and(format!(" ({score})"), Fmt::default())
    }
}

/// A table row.
pub(super) struct Row {
    pub(super) cells: Vec<Cell>,
    pub(super) bold: bool,
}

impl Row {
    pub(super) fn new(cells: Vec<Cell>) -> Row {
        Row { cells, bold: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_is_made_wide_enough_for_its_longest_word_at_the_others_expense() {
        // Five columns in equal parts of 9,000: 1,800 each. "Preocupações" (12 characters) needs
        // 12 × 116 + 140 = 1,532; "Transparência" 13 × 116 + 140 = 1,648; both fit as they are.
        assert_eq!((CHAR_WIDTH, CELL_PADDING), (116, 140));
        let rows = [Row::new(vec![
            Cell::text("Transparência"),
            Cell::text("Preocupações graves"),
            Cell::text("1"),
            Cell::text("2"),
            Cell::text("3"),
        ])];
        assert_eq!(column_widths(9000, &[1, 1, 1, 1, 1], None, &rows), [1800; 5]);
        // Given only 1,000 by its part, the rating column takes what it needs from the others,
        // which keep at least their own needs, and the total stays the text column's width.
        let widths = column_widths(9000, &[3, 1, 2, 2, 1], None, &rows);
        assert_eq!(widths[1], 1532, "{widths:?}");
        assert!(
            widths[0] >= 1648 && widths[2..].iter().all(|width| *width >= 256),
            "{widths:?}"
        );
        assert!(widths.iter().sum::<usize>() <= 9000, "{widths:?}");
        // A link is never the reason for a wide column: it may break.
        let linked = [Row::new(vec![
            Cell::link("https://example.org/a-very-long-address-indeed"),
            Cell::text("x"),
        ])];
        assert_eq!(column_widths(9000, &[1, 1], None, &linked), [4500, 4500]);
    }

    /// A table's header row is kept with its first row, and a short table with itself, so that a
    /// page never ends on a header alone (LibreOffice then drops the rows after it); a long
    /// table may break between rows.
    #[test]
    fn a_header_is_kept_with_its_first_row_and_a_short_table_whole() {
        let rows = |count: usize| {
            (0..count)
                .map(|n| Row::new(vec![Cell::text(n.to_string())]))
                .collect::<Vec<_>>()
        };
        let kept = |count: usize| {
            let mut body = Body::new(9000, crate::i18n::Lang::En);
            body.table("t", &[1], Some(&["Header"]), &[], &rows(count));
            body.xml.matches("<w:keepNext/>").count()
        };
        // The header, and every row but the last.
        assert_eq!(kept(6), 1 + 5);
        assert_eq!(kept(KEPT_WHOLE), KEPT_WHOLE);
        // The header only.
        assert_eq!(kept(KEPT_WHOLE + 1), 1);
    }
}
