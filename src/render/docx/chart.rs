//! The scorecard chart of the Word brief: the PDF brief's chart, drawn as SVG and rasterised to
//! PNG in the PDF's typeface: one bar per rubric, then the overall score, over a track marking
//! the band limits, with the score in figures beside each bar, a scale and a key to the colours.

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result};
use resvg::{tiny_skia, usvg};

use super::xml::escape;
use super::{HAIRLINE, INK, MUTED, TINT, band_colour};
use crate::report::Brief;
use crate::scoring::Rating;

/// The chart's width in CSS pixels; it is rasterised at [`SCALE`] times that.
pub(super) const WIDTH: usize = 640;
const SCALE: u32 = 3;
const ROW: usize = 26;
const TRACK_X: usize = 176;
const TRACK_WIDTH: usize = 400;
/// Labels longer than this are shortened (a rubric of one's own may have a long title).
const LABEL_CHARS: usize = 26;

/// A drawn chart.
pub(super) struct Chart {
    /// The PNG.
    pub(super) png: Vec<u8>,
    /// Its height in CSS pixels (its width is [`WIDTH`]).
    pub(super) height: usize,
    /// What it shows, in words, for screen readers.
    pub(super) alt: String,
}

/// One bar.
struct Bar<'a> {
    label: &'a str,
    score: Option<f64>,
    score_display: &'a str,
    /// The rating, which colours the bar (as in the PDF and HTML briefs, and as the badges
    /// beside it: a red flag's cap shows) and is named in the alt text.
    rating: Rating,
}

pub(super) fn draw(brief: &Brief) -> Result<Chart> {
    let mut bars: Vec<Bar<'_>> = brief
        .rubrics
        .iter()
        .map(|rubric| Bar {
            label: &rubric.title,
            score: rubric.score,
            score_display: &rubric.score_display,
            rating: rubric.rating,
        })
        .collect();
    let overall = &brief.overall;
    bars.push(Bar {
        label: crate::words::word(brief.lang, "page-overall"),
        score: overall.score,
        score_display: &overall.score_display,
        rating: overall.rating,
    });
    // The chart's own title first, as the other formats caption it, then every bar in words.
    let alt = format!(
        "{}. {}.",
        brief.labels.get("chart_title").map_or("", String::as_str),
        bars.iter()
            .map(|bar| format!(
                "{}{} {}, {}",
                bar.label,
                brief.labels.get("colon").map_or(":", String::as_str),
                bar.score_display,
                bar.rating.label_in(brief.lang)
            ))
            .collect::<Vec<_>>()
            .join(". ")
    );
    let rows = bars.len();
    let scale_y = 6 + rows * ROW + 8;
    let legend_y = scale_y + 20;
    let height = legend_y + 20;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="Libertinus Serif" font-size="13" fill="#{INK}"><rect width="{WIDTH}" height="{height}" fill="#FFFFFF"/>"##
    );
    for (index, bar) in bars.iter().enumerate() {
        let last = index + 1 == rows;
        // The overall bar sits below a rule, a little apart.
        let y = 6 + index * ROW + if last { 8 } else { 0 };
        if last {
            let _ = write!(
                svg,
                r##"<line x1="0" y1="{}" x2="{WIDTH}" y2="{}" stroke="#{HAIRLINE}" stroke-width="1"/>"##,
                y - 4,
                y - 4
            );
        }
        row(&mut svg, bar, y, last);
    }
    // The scale under the tracks.
    for tick in [0, 40, 60, 80, 100] {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="10" text-anchor="middle" fill="#{MUTED}">{tick}</text>"##,
            TRACK_X + TRACK_WIDTH * tick / 100,
            scale_y + 10
        );
    }
    legend(&mut svg, brief, legend_y);
    svg.push_str("</svg>");
    Ok(Chart {
        png: rasterise(&svg, height)?,
        height,
        alt,
    })
}

/// One bar: label, track with the band limits, the bar in its band's colour, the score.
fn row(svg: &mut String, bar: &Bar<'_>, y: usize, bold: bool) {
    let weight = if bold { 600 } else { 400 };
    let mut label: String = bar.label.chars().take(LABEL_CHARS).collect();
    if bar.label.chars().count() > LABEL_CHARS {
        label.pop();
        label.push('…');
    }
    let _ = write!(
        svg,
        r##"<text x="0" y="{}" font-weight="{weight}">{}</text><rect x="{TRACK_X}" y="{}" width="{TRACK_WIDTH}" height="14" fill="#{TINT}"/>"##,
        y + 17,
        escape(&label),
        y + 6
    );
    for limit in [40, 60, 80] {
        let x = TRACK_X + TRACK_WIDTH * limit / 100;
        let _ = write!(
            svg,
            r##"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="#FFFFFF" stroke-width="1"/>"##,
            y + 6,
            y + 20
        );
    }
    match bar.score {
        Some(score) => {
            let _ = write!(
                svg,
                r##"<rect x="{TRACK_X}" y="{}" width="{:.1}" height="14" fill="#{}"/>"##,
                y + 6,
                score.clamp(0.0, 100.0) * 4.0,
                band_colour(bar.rating)
            );
        }
        None => {
            // No bar: the score column says "–", in every language.
            let _ = write!(
                svg,
                r##"<text x="{}" y="{}" font-size="10" fill="#{MUTED}">–</text>"##,
                TRACK_X + 5,
                y + 16
            );
        }
    }
    let _ = write!(
        svg,
        r##"<text x="{WIDTH}" y="{}" text-anchor="end" font-weight="{weight}">{}</text>"##,
        y + 17,
        escape(bar.score_display)
    );
}

/// A key to the colours: a square of each band's colour and its name, centred.
fn legend(svg: &mut String, brief: &Brief, y: usize) {
    // Libertinus at 10 px averages about 4.4 px a character; the key need only be roughly
    // centred.
    let items: Vec<(&str, &str, usize)> = brief
        .methodology
        .bands
        .iter()
        .map(|band| {
            let label = band.rating_label;
            (label, band_colour(band.rating), 12 + label.chars().count() * 44 / 10)
        })
        .collect();
    let gap = 16;
    let total: usize = items.iter().map(|(_, _, width)| width).sum::<usize>() + gap * items.len().saturating_sub(1);
    let mut x = WIDTH.saturating_sub(total) / 2;
    for (label, colour, width) in items {
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{}" width="8" height="8" fill="#{colour}"/><text x="{}" y="{}" font-size="10" fill="#{MUTED}">{}</text>"##,
            y + 1,
            x + 12,
            y + 9,
            escape(label)
        );
        x += width + gap;
    }
}

/// The fonts of the PDF brief, loaded once.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut database = usvg::fontdb::Database::new();
            for font in typst_assets::fonts() {
                database.load_font_source(usvg::fontdb::Source::Binary(Arc::new(font)));
            }
            Arc::new(database)
        })
        .clone()
}

fn rasterise(svg: &str, height: usize) -> Result<Vec<u8>> {
    let options = usvg::Options {
        font_family: "Libertinus Serif".to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).context("the chart's SVG does not parse")?;
    let width = u32::try_from(WIDTH)? * SCALE;
    let height = u32::try_from(height)? * SCALE;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).context("the chart has no size")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    #[allow(clippy::cast_precision_loss)] // SCALE is a small whole number.
    let scale = SCALE as f32;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().context("cannot encode the chart as PNG")
}
