//! `impact-brief serve [DIR]`: the assessments of a folder in the browser; see [`crate::serve`].

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::{Outcome, load_rubrics, today};
use crate::cli::ServeArgs;

/// Runs `serve` until it is stopped.
pub fn run(args: &ServeArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let rubrics = load_rubrics(rubrics_dir)?;
    let lang = match args.lang {
        Some(lang) => lang,
        None => {
            let negotiated = crate::i18n::from_environment(|name| std::env::var(name).ok());
            if let Some(locale) = negotiated.unmatched {
                crate::eprintln_safe!(
                    "note: the locale {locale} names no language of impact-brief's; the pages are in English (--lang en|fr|es|pt chooses)."
                );
            }
            negotiated.lang
        }
    };
    // What the pages say of a file they cannot open is in the pages' language.
    crate::i18n::set_interface(lang);
    let options = crate::serve::Options {
        dir: args.dir.clone().unwrap_or_else(|| PathBuf::from(".")),
        port: args.port.unwrap_or(0),
        open: !args.no_open,
        today: today(),
        schema: super::schema::directive_target(),
        lang,
        request_timeout: args.request_timeout.map(std::time::Duration::from_secs),
    };
    crate::serve::run(options, rubrics)?;
    Ok(Outcome::Success)
}
