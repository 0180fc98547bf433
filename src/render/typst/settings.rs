//! What one PDF is asked to be, the same for both engines: paper, standard and date, and the
//! fixed "today" a document sees.

use time::Date;
use typst::foundations::Datetime;

use super::TypstError;

/// Paper size, passed to the template as `sys.inputs.paper`; also the `--paper` values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    UsLetter,
}

impl Paper {
    /// The name Typst's `page(paper: ..)` knows this paper by.
    pub fn typst_name(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::UsLetter => "us-letter",
        }
    }
}

/// A PDF standard the output must conform to, checked by Typst on export; also the
/// `--pdf-standard` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum PdfStandard {
    /// PDF/UA-1 (universal accessibility). Needs a document title.
    #[value(name = "ua-1")]
    Ua1,
    /// PDF/A-2b (archiving).
    #[value(name = "a-2b")]
    A2b,
}

impl PdfStandard {
    /// The standard's name on the `typst` command line (`--pdf-standard`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Ua1 => "ua-1",
            Self::A2b => "a-2b",
        }
    }

    pub(super) fn to_typst(self) -> typst_pdf::PdfStandard {
        match self {
            Self::Ua1 => typst_pdf::PdfStandard::Ua_1,
            Self::A2b => typst_pdf::PdfStandard::A_2b,
        }
    }
}

/// Settings for one PDF, the same for both engines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PdfSettings {
    /// Paper size (`sys.inputs.paper`).
    pub paper: Paper,
    /// Standard to conform to, if any. Tagged (accessible) PDF is written
    /// either way.
    pub standard: Option<PdfStandard>,
    /// The document date: what `datetime.today()` returns (1970-01-01 when
    /// `None`) and, when given, the PDF's creation date, which PDF/A-2b
    /// requires unless the template sets `document(date: ..)`. Never the
    /// clock, so output is reproducible.
    pub date: Option<Date>,
}

/// The date `datetime.today()` returns when the settings give none.
const DEFAULT_DATE: Date = time::OffsetDateTime::UNIX_EPOCH.date();

/// The date a document sees as today: the settings' date, or 1970-01-01.
pub(super) fn today(date: Option<Date>) -> Date {
    date.unwrap_or(DEFAULT_DATE)
}

/// `date` as Typst's date value.
pub(super) fn typst_date(date: Date) -> Result<Datetime, TypstError> {
    Datetime::from_ymd(date.year(), u8::from(date.month()), date.day()).ok_or(TypstError::InvalidDate { date })
}

/// Seconds since the Unix epoch at 12:00 UTC on `date`.
///
/// Noon, so that `datetime.today(offset: ..)` stays on the same date for any offset within
/// ±12 hours.
pub(super) fn unix_noon(date: Date) -> i64 {
    date.midnight().assume_utc().unix_timestamp() + 12 * 60 * 60
}
