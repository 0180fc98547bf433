//! `impact-brief init FILE`: write a fill-in assessment file, never over an existing one.

use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{Outcome, load_rubrics, today};
use crate::cli::InitArgs;
use crate::model::assessment::DEFAULT_RUBRICS;
use crate::model::fill_in::FillIn;
use crate::model::ids::nearest;

/// Runs `init`.
pub fn run(args: &InitArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    if args.file.is_dir() {
        bail!(
            "{} is a folder; init writes one file\n  help: name the file to create, e.g. `impact-brief init {}`",
            args.file.display(),
            args.file.join("bill.toml").display()
        );
    }
    // A new name without an extension gets `.toml`, as the wizard's does.
    let named = crate::model::assessment::with_toml_extension(&args.file);
    let path = named.as_deref().unwrap_or(&args.file);
    let lang = super::interface_language(args.lang);
    let rubrics = load_rubrics(rubrics_dir)?;
    super::note_untranslated(&rubrics, lang);
    let ids: Vec<&str> = if args.rubric_ids.is_empty() {
        DEFAULT_RUBRICS.to_vec()
    } else {
        // Each once, in the order given: a rubric named twice would write its questions twice.
        let mut ids: Vec<&str> = Vec::new();
        for id in &args.rubric_ids {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    };
    for id in &ids {
        if rubrics.get(id).is_none() {
            bail!(
                "unknown rubric `{id}`\n  help: known rubrics: {}",
                nearest(id, rubrics.ids()).join(", ")
            );
        }
    }
    let title = args.title.clone().unwrap_or_else(|| title_from_file_name(path));
    let today = today();
    let schema = super::schema::directive_target();
    let text = FillIn {
        title: &title,
        today: &today,
        rubrics: &rubrics.in_language(lang).select(&ids),
        known: rubrics.in_language(lang),
        schema: schema.as_deref(),
        lang,
    }
    .to_toml();
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        crate::output::create_folder(parent)?;
    }
    // A file that holds nothing (a file manager's "New text document") loses nothing: the
    // assessment is written in it.
    if crate::output::holds_nothing(path) {
        crate::output::write_durably(path, text.as_bytes())?;
    } else {
        create_new(path, &text)?;
    }
    crate::eprintln_safe!(
        "{}",
        crate::tr!(lang, "ui-init-wrote", file = path.display().to_string())
    );
    if let Some(hint) = super::schema::install_hint(&rubrics, rubrics_dir, lang) {
        crate::eprintln_safe!("{hint}");
    }
    Ok(Outcome::Success)
}

/// Writes `text` to `path`, a file that must not exist yet: an existing one is never written over.
fn create_new(path: &Path, text: &str) -> Result<()> {
    // create_new fails if the file exists, even if it appears between a check and the write.
    let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            let file = path.display().to_string();
            bail!(
                "{}\n  help: {}",
                crate::say!("ui-init-exists", file = file.as_str()),
                crate::say!("ui-init-exists-help", command = format!("impact-brief wizard {file}"))
            );
        }
        Err(error) => {
            anyhow::bail!(
                "{}",
                crate::i18n::colon_joined([
                    crate::say!("ui-init-cannot-create", file = path.display().to_string()),
                    crate::i18n::io_reason(&error)
                ])
            )
        }
    };
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// A readable title from a file name: `uk-online-safety.toml` → "Uk online safety".
fn title_from_file_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default();
    let mut chars = stem.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Untitled proposal".to_string(),
    }
}
