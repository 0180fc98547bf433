//! The languages of the briefs and the interface: which ones exist, how one is chosen, and the
//! message catalogue every sentence a reader sees comes from (Project Fluent files in `locales/`).

mod catalogue;
mod locale;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use catalogue::{Args, DOMAINS, message_ids, message_variables, source_of};
pub use locale::{Negotiated, from_environment, from_locale};

/// A language the briefs and the interface are written in.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Portuguese (as written in Brazil).
    Pt,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Pt];

    /// The language's code: `en`, `fr`, `es`, `pt`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    /// The tag a document declares (HTML `lang`, Word `w:lang`): the region the texts are written
    /// for, where it matters (Brazilian Portuguese, British English spelling).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt-BR",
        }
    }

    /// The region part of [`Lang::tag`], where there is one: `GB`, `BR`.
    pub fn region(self) -> Option<&'static str> {
        self.tag().split_once('-').map(|(_, region)| region)
    }

    /// The language's own name for itself: "Français".
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pt => "Português",
        }
    }

    /// The language's place in [`Lang::ALL`], for tables with one entry per language.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
            Lang::Pt => 3,
        }
    }

    /// The codes of every language, for messages: "en, fr, es, pt".
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Lang, String> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| format!("no language `{text}`: the languages are {}", Lang::codes()))
    }
}

/// A message of the catalogue in `lang`, without variables. A message missing in `lang` is
/// taken from English; one missing in English too comes out as `⟦id⟧`, which the tests look for.
pub fn tr(lang: Lang, id: &str) -> String {
    catalogue::format(lang, id, None)
}

/// A message with variables (see [`tr!`](crate::tr)): numbers select plural forms.
pub fn tr_args(lang: Lang, id: &str, args: &Args<'_>) -> String {
    catalogue::format(lang, id, Some(args))
}

/// `items` as the language lists them: "A, B and C", « A, B et C ».
pub fn and_list<S: AsRef<str>>(items: &[S], lang: Lang) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => crate::tr!(
            lang,
            "brief-text-and",
            first = rest.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", "),
            last = last.as_ref().to_string()
        ),
        _ => items.iter().map(AsRef::as_ref).collect(),
    }
}

/// Every message whose id starts with `prefix`, keyed by the rest of its id with `-` written as
/// `_` (`brief-summary` → `summary`): the headings and column titles a template lays out. With
/// them, `colon`: the colon a template writes after a label, as the language writes it (French
/// puts a no-break space before it).
pub fn labels(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    with_colon(
        lang,
        message_ids(Lang::En)
            .filter_map(|id| Some((id.strip_prefix(prefix)?.replace('-', "_"), tr(lang, id))))
            .collect(),
    )
}

/// `labels` and the language's colon, which every document's templates write after a label.
fn with_colon(lang: Lang, mut labels: BTreeMap<String, String>) -> BTreeMap<String, String> {
    labels.insert("colon".to_string(), tr(lang, "colon"));
    labels
}

/// A document's headings and labels (see [`labels`]), built once per language and shared by
/// every document of a batch: cloning it copies no text. Serialised as the map it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels(std::sync::Arc<BTreeMap<String, String>>);

impl Labels {
    /// `map`, shared.
    pub fn new(map: BTreeMap<String, String>) -> Labels {
        Labels(std::sync::Arc::new(map))
    }

    /// The label called `name`.
    pub fn get(&self, name: &str) -> Option<&String> {
        self.0.get(name)
    }
}

impl Serialize for Labels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// The messages of [`labels`] that take no variables: the words a template prints as they are
/// (headings, column titles, fixed sentences), without the sentences a view-model fills in;
/// and `colon`, as in [`labels`].
pub fn fixed_labels(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    with_colon(
        lang,
        message_ids(Lang::En)
            .filter(|id| message_variables(Lang::En, id).is_some_and(|variables| variables.is_empty()))
            .filter_map(|id| Some((id.strip_prefix(prefix)?.replace('-', "_"), tr(lang, id))))
            .collect(),
    )
}

/// A date in words, as the language writes it: "12 May 2021", "12 mai 2021",
/// "12 de mayo de 2021", "12 de maio de 2021".
pub fn long_date(lang: Lang, date: time::Date) -> String {
    let month = tr(lang, &format!("month-{}", u8::from(date.month())));
    crate::tr!(lang, "date-long", day = date.day(), month = month, year = date.year())
}

/// A number with `places` decimals, with the language's decimal sign: "2.5", "2,5".
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    decimal_sign(lang, format!("{value:.places$}"))
}

/// `number`, written with a point, with the language's decimal sign instead: "59.7", "59,7".
pub fn decimal_sign(lang: Lang, number: String) -> String {
    match lang {
        // Most numbers of a brief are whole: they are given back as they came.
        Lang::Fr | Lang::Es | Lang::Pt if number.contains('.') => number.replace('.', ","),
        _ => number,
    }
}

/// `number` (with the language's decimal sign already) as a percentage, as the language writes
/// one: "94%", "94 %" with a no-break space in French and Spanish.
pub fn percentage(lang: Lang, number: String) -> String {
    // What the message writes before and after the number, formatted once per language: a brief
    // writes a dozen percentages, and formatting the message for each took 1% of a Markdown batch.
    static AROUND: [OnceLock<(String, String)>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let (before, after) = AROUND[lang.index()].get_or_init(|| {
        let whole = crate::tr!(lang, "percent", number = "\u{0}");
        match whole.split_once('\u{0}') {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (String::new(), whole),
        }
    });
    format!("{before}{number}{after}")
}

/// A message with variables: `tr!(lang, "brief-answered", answered = 3, total = 28)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::tr($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::tr_args($lang, $id, &args)
    }};
}

/// A message in the interface's language ([`interface`](crate::i18n::interface)), as the checks
/// of the files say their problems: `say!("syntax-file-empty")`,
/// `say!("ui-file-unknown-rubric", id = id)`.
#[macro_export]
macro_rules! say {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::tr!($crate::i18n::interface(), $id $(, $name = $value)*)
    };
}

/// `text` with its first letter a capital, as a sentence starts ("the calendar…" → "The
/// calendar…"); the rest as it is.
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// The language of what the program says about the files it reads (the problems `check` and
/// every other command report), which have no page or brief of their own to take a language
/// from: set once by the command from `--lang` or the system's locale, English until then (as in
/// the library's own tests).
static INTERFACE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Makes `lang` the interface's language (see [`interface`]).
pub fn set_interface(lang: Lang) {
    let index = Lang::ALL.iter().position(|known| *known == lang).unwrap_or(0);
    INTERFACE.store(index, std::sync::atomic::Ordering::Relaxed);
}

/// The interface's language: that of the problems found in a file.
pub fn interface() -> Lang {
    Lang::ALL
        .get(INTERFACE.load(std::sync::atomic::Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

/// `number` with its digits grouped in threes as `lang` writes a large number ("5,000,000",
/// "5 000 000", "5.000.000"); Spanish leaves a number of four digits as it is.
pub fn grouped(number: usize, lang: Lang) -> String {
    let digits = number.to_string();
    let from: usize = tr(lang, "thousands-from").trim().parse().unwrap_or(4);
    if digits.len() < from {
        return digits;
    }
    let separator = tr(lang, "thousands-separator");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(digit);
    }
    out
}

/// `parts` joined as a cause follows what it explains ("cannot write a.md: permission denied"),
/// with the interface language's colon (French puts a no-break space before it).
pub fn colon_joined<S: AsRef<str>>(parts: impl IntoIterator<Item = S>) -> String {
    let separator = format!("{} ", tr(interface(), "colon"));
    parts
        .into_iter()
        .map(|part| part.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(&separator)
}

/// An error and its causes, as one line, each after the interface language's colon ("non écrit :
/// permission refusée"): `{error:#}` would join them with an English colon.
pub fn causes(error: &anyhow::Error) -> String {
    colon_joined(error.chain().map(ToString::to_string))
}

/// What the operating system said of a file or folder it could not read or write, in the
/// interface's language where the kind of error has words of ours ("permission denied",
/// "permission refusée"); its own text otherwise.
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        ErrorKind::NotFound => "ui-io-not-found",
        ErrorKind::PermissionDenied => "ui-io-permission-denied",
        ErrorKind::ReadOnlyFilesystem => "ui-io-read-only",
        ErrorKind::StorageFull => "ui-io-storage-full",
        ErrorKind::IsADirectory => "ui-io-is-a-folder",
        ErrorKind::NotADirectory => "ui-io-not-a-folder",
        ErrorKind::InvalidFilename => "ui-io-invalid-name",
        ErrorKind::AddrInUse => "ui-io-address-in-use",
        _ => return error.to_string(),
    };
    tr(interface(), id)
}

#[cfg(test)]
mod tests;
