//! A generated sentence that quotes the assessors' own words, kept in parts so that a document
//! can mark the quotation with the language it is written in.

use serde::Serialize;

use crate::i18n::Lang;

/// A sentence of the brief's or the panel's that quotes an assessor: the words before the
/// quotation, the quoted text as written, the words after it, and the language the quoted text is
/// written in, which a document marks where it is not its own.
#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    /// The words before the quoted text ("Civil society found: “").
    pub before: String,
    /// The assessor's text, as written.
    pub text: String,
    /// The words after it ("”.").
    pub after: String,
    /// The language the quoted text is written in.
    pub lang: Lang,
}

impl Quote {
    /// Formats message `id` with `text` as its `quoted` argument, keeping the quoted text apart
    /// from the words around it; `args` are the message's other arguments.
    pub(crate) fn format(
        lang: Lang,
        id: &str,
        args: &[(&str, String)],
        quoted: &str,
        text: String,
        text_lang: Lang,
    ) -> Quote {
        // The message is formatted around a character no argument may hold, then split there.
        const MARK: char = '\u{E000}';
        let mut fluent_args = crate::i18n::Args::new();
        for (name, value) in args {
            fluent_args.set(*name, value.replace(MARK, ""));
        }
        fluent_args.set(quoted, MARK.to_string());
        let sentence = crate::i18n::tr_args(lang, id, &fluent_args);
        match sentence.split_once(MARK) {
            Some((before, after)) => Quote {
                before: before.to_string(),
                after: after.to_string(),
                text,
                lang: text_lang,
            },
            // A translation that does not quote the text is said as it is.
            None => Quote {
                before: sentence.clone(),
                after: String::new(),
                text: String::new(),
                lang: text_lang,
            },
        }
    }

    /// The sentence whole, as a reader sees it.
    pub fn sentence(&self) -> String {
        [self.before.as_str(), self.text.as_str(), self.after.as_str()].concat()
    }
}
