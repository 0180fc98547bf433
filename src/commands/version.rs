//! `impact-brief --version`, `--version --verbose` and `impact-brief version`: which build this
//! is, so that a bug report or a brief's reader can tell exactly what made it.

use anyhow::Result;

use super::Outcome;
use crate::i18n::Lang;
use crate::output::print_stdout;

/// The commit this binary was built from (12 hex digits), or `unknown` for a build outside a git
/// checkout; set by `build.rs`.
pub const COMMIT: &str = env!("IMPACT_BRIEF_COMMIT");

/// The date of the build, `YYYY-MM-DD` (UTC): `SOURCE_DATE_EPOCH`'s when it was set; set by
/// `build.rs`.
pub const BUILD_DATE: &str = env!("IMPACT_BRIEF_BUILD_DATE");

/// The version as `--version` prints it after the program's name, and as the manual page shows
/// it: `0.1.0 (commit 0123456789ab, built 2026-05-04)`.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("IMPACT_BRIEF_COMMIT"),
    ", built ",
    env!("IMPACT_BRIEF_BUILD_DATE"),
    ")"
);

/// Prints the one-line version, or with `verbose` what the binary embeds as well.
pub fn run(verbose: bool, rubrics_dir: Option<&std::path::Path>) -> Result<Outcome> {
    let text = if verbose {
        long(rubrics_dir)?
    } else {
        format!("impact-brief {VERSION}\n")
    };
    print_stdout(text.as_bytes())?;
    Ok(Outcome::Success)
}

/// The version, commit and build date, then the embedded Typst, the rubrics in use (the built-in
/// ones, with `--rubrics` as it adds to or replaces them) and the languages, one per line.
fn long(rubrics_dir: Option<&std::path::Path>) -> Result<String> {
    let rubrics = super::load_rubrics(rubrics_dir)?;
    let rubrics = rubrics
        .iter()
        .map(|rubric| format!("{} {}", rubric.id, rubric.version))
        .collect::<Vec<_>>()
        .join(", ");
    let languages = Lang::ALL
        .iter()
        .map(|lang| format!("{} ({})", lang.native_name(), lang.code()))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(format!(
        "impact-brief {}\ncommit:    {COMMIT}\nbuilt:     {BUILD_DATE}\ntypst:     {} (embedded)\nrubrics:   {rubrics}\nlanguages: {languages}\n",
        env!("CARGO_PKG_VERSION"),
        typst::utils::version().raw(),
    ))
}
