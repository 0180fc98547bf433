//! Tables: real Word tables whose header row repeats on every page, with an accessible caption,
//! right-aligned numeric columns, and cells of runs (a rating in words, a link).

use std::fmt::Write as _;

use super::body::{Body, Fmt, Props};
use super::xml::escape;
use super::{HAIRLINE, INK, TINT, band_colour};
use crate::model::Dimension;
use crate::report::DimensionView;
use crate::scoring::Rating;

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
        let total: usize = widths.iter().sum();
        let columns: Vec<usize> = widths.iter().map(|part| self.width * part / total.max(1)).collect();
        // Schema order: tblW, tblBorders, tblCellMar, tblLook, tblCaption.
        let _ = write!(
            self.xml,
            r#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="{INK}"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{INK}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="{HAIRLINE}"/></w:tblBorders><w:tblCellMar><w:top w:w="50" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="50" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="{}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="{}"/></w:tblPr><w:tblGrid>"#,
            u8::from(header.is_some()),
            escape(caption)
        );
        for width in &columns {
            let _ = write!(self.xml, r#"<w:gridCol w:w="{width}"/>"#);
        }
        self.raw("</w:tblGrid>");
        if let Some(header) = header {
            self.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (index, (label, width)) in header.iter().zip(&columns).enumerate() {
                self.open_cell(*width, true);
                self.open_p(Some("TableText"), cell_props(numeric.contains(&index)));
                self.run(label, Fmt::BOLD);
                self.close_p();
                self.raw("</w:tc>");
            }
            self.raw("</w:tr>");
        }
        for row in rows {
            self.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (index, (cell, width)) in row.cells.iter().zip(&columns).enumerate() {
                self.open_cell(*width, false);
                self.open_p(Some("TableText"), cell_props(numeric.contains(&index)));
                for (text, fmt) in &cell.runs {
                    let fmt = Fmt {
                        bold: fmt.bold || row.bold,
                        ..*fmt
                    };
                    match text {
                        Piece::Text(text) => self.run(text, fmt),
                        Piece::Link(url) => self.link(url),
                    }
                }
                self.close_p();
                self.raw("</w:tc>");
            }
            self.raw("</w:tr>");
        }
        self.raw("</w:tbl>");
        // A table may not end the document or touch the next table: a small gap after it.
        self.raw(r#"<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>"#);
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

fn cell_props(numeric: bool) -> Props {
    Props {
        align: numeric.then_some("right"),
        ..Props::default()
    }
}

/// A piece of a table cell.
enum Piece {
    Text(String),
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
