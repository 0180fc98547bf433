//! The message catalogue: the Fluent files of every language, embedded in the binary and parsed
//! once, and the lookups the rest of the program formats its sentences with.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::Lang;

/// The variables of one message, by name.
pub type Args<'a> = FluentArgs<'a>;

/// The catalogue's domains: one file per domain and language, `locales/<lang>/<domain>.ftl`.
pub const DOMAINS: [&str; 9] = [
    "common", "brief", "panel", "change", "ui", "serve", "syntax", "ledger", "rubric",
];

/// The text of `locales/<lang>/<domain>.ftl`, as built into the binary.
macro_rules! files_of {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/brief.ftl")),
            include_str!(concat!("../../locales/", $lang, "/panel.ftl")),
            include_str!(concat!("../../locales/", $lang, "/change.ftl")),
            include_str!(concat!("../../locales/", $lang, "/ui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/serve.ftl")),
            include_str!(concat!("../../locales/", $lang, "/syntax.ftl")),
            include_str!(concat!("../../locales/", $lang, "/ledger.ftl")),
            include_str!(concat!("../../locales/", $lang, "/rubric.ftl")),
        ]
    };
}

/// The Fluent source of one domain file of `lang`.
pub fn source_of(lang: Lang, domain_index: usize) -> &'static str {
    let files: [&'static str; 9] = match lang {
        Lang::En => files_of!("en"),
        Lang::Fr => files_of!("fr"),
        Lang::Es => files_of!("es"),
        Lang::Pt => files_of!("pt"),
    };
    files[domain_index]
}

/// One language's messages, ready to format.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// Every message id, in file order (for [`super::labels`] and the completeness test).
    ids: Vec<String>,
    /// The variables each message uses, by id: its first definition's, as the bundle keeps
    /// the first (for [`message_variables`]).
    variables: HashMap<String, BTreeSet<String>>,
}

impl Catalogue {
    fn load(lang: Lang) -> Catalogue {
        let locale = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // The briefs are documents, not mixed-direction UI strings: Unicode isolation marks
        // around every variable would end up as invisible characters in PDFs and Markdown.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        let mut variables = HashMap::new();
        for index in 0..DOMAINS.len() {
            // The shipped files are checked by the catalogue test; a syntax error there keeps the
            // entries that did parse rather than losing the whole language.
            let resource = match FluentResource::try_new(source_of(lang, index).to_string()) {
                Ok(resource) => resource,
                Err((resource, _errors)) => resource,
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    ids.push(message.id.name.to_string());
                    variables.entry(message.id.name.to_string()).or_insert_with(|| {
                        let mut found = BTreeSet::new();
                        if let Some(pattern) = &message.value {
                            variables_of(pattern, &mut found);
                        }
                        found
                    });
                }
            }
            // A message defined twice keeps its first definition (the test reports duplicates).
            let _ = bundle.add_resource(resource);
        }
        Catalogue { bundle, ids, variables }
    }
}

/// Each language's catalogue, loaded on its first use: a French brief parses the French and the
/// English files (its fallback), never the Spanish and Portuguese ones.
fn catalogue(lang: Lang) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGUES[lang.index()].get_or_init(|| Catalogue::load(lang))
}

/// The message `id` in `lang`, falling back to English, then to the marker `⟦id⟧`.
///
/// A batch formats the same few hundred sentences with the same few values for every brief
/// ("3 of 4", "Level 2 of 4"), so each thread keeps the sentences it has formatted: a lookup
/// costs a fraction of resolving the Fluent pattern again.
pub(super) fn format(lang: Lang, id: &str, args: Option<&Args<'_>>) -> String {
    // The key is written into a buffer the thread keeps, and copied only when it is new.
    if !KEY.with_borrow_mut(|key| memo_key(lang, id, args, key)) {
        return resolve(lang, id, args);
    }
    let known = KEY.with_borrow(|key| MEMO.with_borrow(|memo| memo.get(key.as_slice()).cloned()));
    if let Some(text) = known {
        return text;
    }
    let text = resolve(lang, id, args);
    KEY.with_borrow(|key| {
        MEMO.with_borrow_mut(|memo| {
            // Values that differ from brief to brief (a title, a date) would grow the memo
            // without end over a long batch: past a bound it starts again, and the common
            // sentences return.
            if memo.len() >= MEMO_BOUND {
                memo.clear();
            }
            memo.insert(key.clone(), text.clone());
        });
    });
    text
}

/// How many sentences a thread keeps; far more than one brief formats.
const MEMO_BOUND: usize = 4096;

thread_local! {
    /// The key of the sentence this thread formats now (see [`memo_key`]).
    static KEY: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The sentences this thread has formatted, by [`memo_key`].
    static MEMO: std::cell::RefCell<HashMap<Vec<u8>, String, FoldHasher>> =
        std::cell::RefCell::new(HashMap::with_hasher(FoldHasher::default()));
}

type FoldHasher = foldhash::fast::FixedState;

/// Writes into `key` what a formatted sentence depends on: the language, the message id and each
/// variable's name and value, every text preceded by its length so that no value can pass for
/// another split. False for a value the memo cannot compare exactly (a number with formatting
/// options, a custom value): such a message is always resolved anew.
fn memo_key(lang: Lang, id: &str, args: Option<&Args<'_>>, key: &mut Vec<u8>) -> bool {
    fn push_text(key: &mut Vec<u8>, text: &str) {
        key.extend_from_slice(&text.len().to_le_bytes());
        key.extend_from_slice(text.as_bytes());
    }
    key.clear();
    push_text(key, lang.code());
    push_text(key, id);
    for (name, value) in args.into_iter().flat_map(|args| args.iter()) {
        push_text(key, name);
        match value {
            FluentValue::String(text) => {
                key.push(b's');
                push_text(key, text);
            }
            FluentValue::Number(number) if number.options == FluentNumberOptions::default() => {
                // The exact bits: 2 and 2.0 format alike, but 2.5 and 2.50000001 must not meet.
                key.push(b'n');
                key.extend_from_slice(&number.value.to_bits().to_le_bytes());
            }
            FluentValue::None => key.push(b'0'),
            _ => return false,
        }
    }
    true
}

/// Resolves message `id` in `lang` with the Fluent bundle.
fn resolve(lang: Lang, id: &str, args: Option<&Args<'_>>) -> String {
    for lang in [lang, Lang::En] {
        let bundle = &catalogue(lang).bundle;
        if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    format!("⟦{id}⟧")
}

/// Every message id of `lang`'s catalogue.
pub fn message_ids(lang: Lang) -> impl Iterator<Item = &'static str> {
    catalogue(lang).ids.iter().map(String::as_str)
}

/// The variables message `id` of `lang` uses (`$count` → `count`); `None` if the language has no
/// such message. Read from the catalogue as it was loaded: [`super::fixed_labels`] asks for every
/// message of a domain each time a panel, a change brief or a page of `serve` is made, and
/// parsing the Fluent files again for each message took a third of a panel's time.
pub fn message_variables(lang: Lang, id: &str) -> Option<BTreeSet<String>> {
    catalogue(lang).variables.get(id).cloned()
}

fn variables_of(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, found);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, found);
            for variant in variants {
                variables_of(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, found),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, found),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_in_inline(argument, found);
            }
        }
        _ => {}
    }
}
