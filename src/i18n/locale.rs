//! Choosing a language from a system locale (`fr_CA.UTF-8` → French), for the interface when
//! no `--lang` is given.

use super::Lang;

/// The language a locale name asks for, if it is one we have: `fr_CA.UTF-8`, `pt-BR`, `es` and
/// `fr_FR@euro` all name theirs; `C` and `POSIX` name English; `de_DE` names none.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let name = locale.split(['.', '@']).next().unwrap_or_default().trim();
    if name.eq_ignore_ascii_case("C") || name.eq_ignore_ascii_case("POSIX") {
        return Some(Lang::En);
    }
    let language = name.split(['_', '-']).next().unwrap_or_default();
    language.parse().ok()
}

/// What the environment asked for, and what it got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The language chosen.
    pub lang: Lang,
    /// The locale the user's environment names when no language of ours matches it (the caller
    /// says that English is used instead, rather than switching silently).
    pub unmatched: Option<String>,
}

/// The interface language the environment asks for, read as gettext does: `LANGUAGE` (a list,
/// `fr:en`), then `LC_ALL`, `LC_MESSAGES` and `LANG`, the first one set.
pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Negotiated {
    let set = |name: &str| get(name).filter(|value| !value.trim().is_empty());
    let locale = set("LC_ALL").or_else(|| set("LC_MESSAGES")).or_else(|| set("LANG"));
    // LANGUAGE is a priority list, which gettext ignores unless a locale other than C is set.
    let is_c = locale
        .as_deref()
        .is_none_or(|name| matches!(name.split(['.', '@']).next(), Some("C" | "POSIX")));
    if !is_c
        && let Some(list) = set("LANGUAGE")
        && let Some(lang) = list.split(':').find_map(from_locale)
    {
        return Negotiated { lang, unmatched: None };
    }
    match locale {
        None => Negotiated {
            lang: Lang::En,
            unmatched: None,
        },
        Some(name) => match from_locale(&name) {
            Some(lang) => Negotiated { lang, unmatched: None },
            None => Negotiated {
                lang: Lang::En,
                unmatched: Some(name),
            },
        },
    }
}
