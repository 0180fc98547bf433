//! `impact-brief schema assessment|rubric`: the JSON Schema of a file format, printed or installed
//! in the user's configuration folder; and where the `#:schema` directive of the files that
//! `init`, the wizard and `migrate` write points editors.
//!
//! The directive has to name a schema that an editor can read wherever the file is, and this
//! project publishes none at a stable URL. So it names the user's own copy by absolute file URL,
//! in the configuration folder, where `schema assessment --install` puts it (and `init` says so
//! while it is missing or out of date); `IMPACT_BRIEF_SCHEMA` names another URL or path (say,
//! one a team publishes), or, set empty, writes no directive.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::{Outcome, load_rubrics};
use crate::cli::SchemaArgs;
use crate::model::RubricSet;
use crate::model::schema::SchemaKind;
use crate::output::{print_stdout, write_atomically};

/// The environment variable that overrides where new files' `#:schema` directive points: a URL
/// or a path, or empty for no directive.
pub const SCHEMA_ENV: &str = "IMPACT_BRIEF_SCHEMA";

/// Runs `schema`.
pub fn run(args: &SchemaArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let kind = args.kind.kind();
    let rubrics = match kind {
        SchemaKind::Assessment => load_rubrics(rubrics_dir)?,
        // The rubric format does not depend on which rubrics there are.
        SchemaKind::Rubric => RubricSet::builtin().map_err(crate::diagnostic::Diagnostics)?,
    };
    let text = kind.text(&rubrics);
    if !args.install {
        print_stdout(text.as_bytes())?;
        return Ok(Outcome::Success);
    }
    // `schema` has no `--lang`: the system locale chooses the language of its lines.
    let ui = super::interface_language(args.lang);
    let Some(path) = installed_path(kind) else {
        bail!(
            "{}",
            crate::tr!(
                ui,
                "ui-schema-no-config-folder",
                system = if cfg!(windows) { "windows" } else { "other" },
                kind = kind.id(),
                variable = SCHEMA_ENV
            )
        );
    };
    write_atomically(&path, text.as_bytes())?;
    crate::eprintln_safe!(
        "{}",
        crate::tr!(ui, "ui-command-wrote", file = path.display().to_string())
    );
    let url = file_url(&path);
    match kind {
        SchemaKind::Assessment => {
            crate::eprintln_safe!(
                "{}",
                crate::tr!(ui, "ui-schema-installed-assessment", url = url.as_str())
            );
            if let Some(target) = std::env::var_os(SCHEMA_ENV) {
                crate::eprintln_safe!(
                    "{}",
                    crate::tr!(
                        ui,
                        "ui-schema-variable-set",
                        variable = SCHEMA_ENV,
                        target = target.to_string_lossy().into_owned()
                    )
                );
            }
        }
        SchemaKind::Rubric => {
            crate::eprintln_safe!("{}", crate::tr!(ui, "ui-schema-installed-rubric", url = url.as_str()))
        }
    }
    Ok(Outcome::Success)
}

/// Where the `#:schema` directive of a file written now points: `IMPACT_BRIEF_SCHEMA` if set
/// (no directive if it is empty), else the installed assessment schema's file URL; `None` when
/// there is no configuration folder either.
pub fn directive_target() -> Option<String> {
    match std::env::var_os(SCHEMA_ENV) {
        Some(target) => Some(target.to_string_lossy().trim().to_string()).filter(|target| !target.is_empty()),
        None => installed_path(SchemaKind::Assessment).map(|path| file_url(&path)),
    }
}

/// What to tell the user who just wrote an assessment file whose directive points at the
/// installed schema, when that schema is missing or is not what this version generates with
/// `rubrics`; `None` when all is well or the directive points elsewhere.
pub fn install_hint(rubrics: &RubricSet, rubrics_dir: Option<&Path>, lang: crate::i18n::Lang) -> Option<String> {
    if std::env::var_os(SCHEMA_ENV).is_some() {
        return None;
    }
    let path = installed_path(SchemaKind::Assessment)?;
    let state = match std::fs::read_to_string(&path) {
        Err(_) => "missing",
        Ok(text) if !covers(&text, &SchemaKind::Assessment.schema(rubrics)) => "stale",
        Ok(_) => return None,
    };
    let rubrics_flag = rubrics_dir
        .map(|dir| format!(" --rubrics {}", dir.display()))
        .unwrap_or_default();
    Some(crate::tr!(
        lang,
        "ui-schema-install-hint",
        state = state,
        command = format!("impact-brief{rubrics_flag} schema assessment --install")
    ))
}

/// True when the installed assessment schema `text` says all that `current` says: the same
/// format, and the same questions for every rubric in `current`. (It may know more rubrics: it
/// may have been installed with `--rubrics DIR`.)
fn covers(text: &str, current: &serde_json::Value) -> bool {
    let Ok(mut installed) = serde_json::from_str::<serde_json::Value>(text) else {
        return false;
    };
    let mut current = current.clone();
    let rubrics = |schema: &mut serde_json::Value| {
        let answers = &mut schema["properties"]["answers"];
        answers["description"].take();
        answers["properties"].take()
    };
    let (known, wanted) = (rubrics(&mut installed), rubrics(&mut current));
    installed == current
        && wanted
            .as_object()
            .is_some_and(|wanted| wanted.iter().all(|(id, schema)| known.get(id) == Some(schema)))
}

/// Where `schema KIND --install` writes: `impact-brief/<kind>.schema.json` in the configuration
/// folder (`$XDG_CONFIG_HOME`, else `~/.config`; `%APPDATA%` on Windows).
pub fn installed_path(kind: SchemaKind) -> Option<PathBuf> {
    config_dir().map(|dir| dir.join("impact-brief").join(kind.file_name()))
}

fn config_dir() -> Option<PathBuf> {
    let absolute = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|path| path.is_absolute())
    };
    if cfg!(windows) {
        return absolute("APPDATA");
    }
    absolute("XDG_CONFIG_HOME").or_else(|| absolute("HOME").map(|home| home.join(".config")))
}

/// `path` (absolute) as a `file://` URL, which every editor reads the same way on every system:
/// `/home/a b/x.json` → `file:///home/a%20b/x.json`, `C:\Users\x.json` → `file:///C:/Users/x.json`.
pub fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_escape_what_a_url_cannot_hold() {
        assert_eq!(
            file_url(Path::new("/home/a b/ü#1.json")),
            "file:///home/a%20b/%C3%BC%231.json"
        );
        assert_eq!(file_url(Path::new("C:\\Users\\x\\s.json")), "file:///C:/Users/x/s.json");
    }
}
