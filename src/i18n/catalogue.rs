//! The message catalogue: the Fluent files of every language, embedded in the binary and parsed
//! once, and the lookups the rest of the program formats its sentences with.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::Lang;

/// The variables of one message, by name.
pub type Args<'a> = FluentArgs<'a>;

/// The catalogue's domains: one file per domain and language, `locales/<lang>/<domain>.ftl`.
pub const DOMAINS: [&str; 6] = ["common", "brief", "panel", "change", "ui", "serve"];

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
        ]
    };
}

/// The Fluent source of one domain file of `lang`.
pub fn source_of(lang: Lang, domain_index: usize) -> &'static str {
    let files: [&'static str; 6] = match lang {
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
}

impl Catalogue {
    fn load(lang: Lang) -> Catalogue {
        let locale = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // The briefs are documents, not mixed-direction UI strings: Unicode isolation marks
        // around every variable would end up as invisible characters in PDFs and Markdown.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for index in 0..DOMAINS.len() {
            // The shipped files are checked by the catalogue test; a syntax error there keeps the
            // entries that did parse rather than losing the whole language.
            let resource = match FluentResource::try_new(source_of(lang, index).to_string()) {
                Ok(resource) => resource,
                Err((resource, _errors)) => resource,
            };
            ids.extend(message_ids_in(&resource));
            // A message defined twice keeps its first definition (the test reports duplicates).
            let _ = bundle.add_resource(resource);
        }
        Catalogue { bundle, ids }
    }
}

/// Each language's catalogue, loaded on its first use: a French brief parses the French and the
/// English files (its fallback), never the Spanish and Portuguese ones.
fn catalogue(lang: Lang) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGUES[lang.index()].get_or_init(|| Catalogue::load(lang))
}

/// The message `id` in `lang`, falling back to English, then to the marker `⟦id⟧`.
pub(super) fn format(lang: Lang, id: &str, args: Option<&Args<'_>>) -> String {
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

fn message_ids_in(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The variables message `id` of `lang` uses (`$count` → `count`), for the completeness test;
/// `None` if the language has no such message.
pub fn message_variables(lang: Lang, id: &str) -> Option<BTreeSet<String>> {
    for index in 0..DOMAINS.len() {
        let Ok(resource) = fluent_syntax::parser::parse(source_of(lang, index)) else {
            continue;
        };
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry
                && message.id.name == id
            {
                let mut found = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    variables_of(pattern, &mut found);
                }
                return Some(found);
            }
        }
    }
    None
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
