//! Messages in the reader's language, from the Fluent catalogues under `locales/`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language a brief can be written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    fn files(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[include_str!("../../locales/en/brief.ftl")],
            Lang::Fr => &[include_str!("../../locales/fr/brief.ftl")],
            Lang::Es => &[include_str!("../../locales/es/brief.ftl")],
            Lang::Pt => &[include_str!("../../locales/pt/brief.ftl")],
        }
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 4] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[at].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        for file in lang.files() {
            let resource = FluentResource::try_new((*file).to_string()).expect("a valid catalogue");
            bundle.add_resource(resource).expect("no duplicate message");
        }
        bundle
    })
}

/// Formats message `id` with `args`; a missing message shows as `⟦id⟧`.
pub fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return format!("⟦{id}⟧");
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// A message without variables.
pub fn tr(lang: Lang, id: &str) -> String {
    format(lang, id, None)
}

/// An argument value: numbers select plural forms.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// `tr!(lang, "id", name = value, ...)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )*
        $crate::i18n::format($lang, $id, Some(&args))
    }};
}

/// Every message whose id starts with `prefix`, keyed by the rest with '-' turned into '_'.
pub fn labels(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in lang.files() {
        let Ok(resource) = FluentResource::try_new((*file).to_string()) else {
            continue;
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry
                && let Some(rest) = message.id.name.strip_prefix(prefix)
            {
                out.insert(rest.replace('-', "_"), tr(lang, message.id.name));
            }
        }
    }
    out
}

/// A date in words: "12 May 2021", "12 mai 2021", "12 de mayo de 2021", "12 de maio de 2021".
pub fn long_date(lang: Lang, date: time::Date) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const PT: [&str; 12] = [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ];
    let month = usize::from(u8::from(date.month())) - 1;
    let (day, year) = (date.day(), date.year());
    match lang {
        Lang::En => format!("{day} {} {year}", EN[month]),
        Lang::Fr => format!(
            "{} {} {year}",
            if day == 1 { "1er".to_string() } else { day.to_string() },
            FR[month]
        ),
        Lang::Es => format!("{day} de {} de {year}", ES[month]),
        Lang::Pt => format!("{day} de {} de {year}", PT[month]),
    }
}
