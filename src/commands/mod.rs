//! One module per subcommand. These are the only places (with the wizard and batch) that read
//! files, write files and print; everything they call is pure.

pub mod batch;
pub mod check;
pub mod diff;
pub mod init;
pub mod migrate;
pub mod panel;
pub mod render;
pub mod rubric;
pub mod schema;
pub mod score;
pub mod serve;
pub mod shell;
pub mod version;
pub mod wizard;

use std::path::Path;

use anyhow::Result;

use crate::cli::{FormatArgs, PdfArgs, TemplateArgs};
use crate::diagnostic::Diagnostics;
pub use crate::model::proposal_differences;
use crate::model::{Assessment, RubricSet};
use crate::output::{Destination, Inputs, file_name_for, print_stdout, write_rendered};
use crate::render::{Document, Format, Rendered, Renderer};
use crate::report::Brief;
use crate::templates::Templates;

/// How a command ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// The command reported problems itself (invalid files, failed batch items, a --fail-on hit).
    Failure,
    /// The user stopped the work: the wizard (answers so far are saved) or a batch (its briefs in
    /// progress finished, its index written).
    Cancelled,
}

/// A mistake in how the command was called, detected after parsing (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The renderer for `formats` with the templates and PDF settings the command line asked for:
/// everything that can be wrong with them is found here, before any input is read.
pub fn renderer_for(formats: &[Format], templates: &TemplateArgs, pdf: &PdfArgs) -> Result<Renderer> {
    let templates = Templates::load(templates.templates.as_deref())?;
    Renderer::new(&templates, pdf.options(), formats)
}

/// The language asked for with `--lang`, else the one the system locale names. A locale with
/// no translation gets English and one line saying so, rather than a silent switch. It becomes
/// the language of the problems found in the files the command reads.
pub fn interface_language(asked: Option<crate::i18n::Lang>) -> crate::i18n::Lang {
    let lang = negotiated_language(asked, true);
    crate::i18n::set_interface(lang);
    lang
}

/// [`interface_language`] for a run asked to be quiet (`batch --quiet`, a scheduled job that mails
/// whatever it prints): English for a locale with no translation, without the line saying so.
pub fn quiet_interface_language(asked: Option<crate::i18n::Lang>) -> crate::i18n::Lang {
    let lang = negotiated_language(asked, false);
    crate::i18n::set_interface(lang);
    lang
}

/// [`interface_language`]'s choice, saying so when the locale has no translation if `say`.
fn negotiated_language(asked: Option<crate::i18n::Lang>, say: bool) -> crate::i18n::Lang {
    if let Some(lang) = asked {
        return lang;
    }
    let negotiated = crate::i18n::from_environment(|name| std::env::var(name).ok());
    if let Some(locale) = negotiated.unmatched.as_ref().filter(|_| say) {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                negotiated.lang,
                "ui-locale-unmatched",
                locale = locale.as_str(),
                languages = crate::i18n::Lang::codes()
            )
        );
    }
    negotiated.lang
}

/// Today's date as `YYYY-MM-DD` (UTC), the default date of a new assessment.
pub fn today() -> String {
    let date = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The rubric set for this run: built-in rubrics plus `--rubrics DIR`.
pub fn load_rubrics(dir: Option<&Path>) -> Result<RubricSet> {
    RubricSet::load(dir).map_err(|problems| Diagnostics(problems).into())
}

/// Says, once per language and run, when the rubrics are not wholly translated into `lang`
/// (a user's rubric, or one changed since its translation): those texts are shown in English.
pub fn note_untranslated(rubrics: &RubricSet, lang: crate::i18n::Lang) {
    static NOTED: std::sync::Mutex<Vec<crate::i18n::Lang>> = std::sync::Mutex::new(Vec::new());
    let gaps: Vec<String> = rubrics
        .coverage(lang)
        .iter()
        .filter(|covered| !covered.is_complete())
        .map(|covered| {
            let left = covered.missing.len() + covered.stale.len();
            format!("{} ({left} of its questions)", covered.rubric)
        })
        .collect();
    if gaps.is_empty() {
        return;
    }
    let mut noted = NOTED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if noted.contains(&lang) {
        return;
    }
    noted.push(lang);
    crate::eprintln_safe!(
        "note: not every rubric text is translated into {lang}; these are shown in English: {}\n  help: `impact-brief rubric translations --lang {lang}` lists them",
        gaps.join(", ")
    );
}

/// Reads one assessment file and builds its brief.
pub fn load_brief(path: &Path, rubrics: &RubricSet) -> Result<Brief, Diagnostics> {
    Ok(Brief::of(&Assessment::load(path, rubrics)?, rubrics))
}

/// Ends the process with `message` and exit code 0 when Ctrl-C or SIGTERM arrives: the way to
/// stop a command that runs until it is stopped (`serve`, `render --watch`), which is no failure.
/// Each file those commands write is written whole or not at all, so none is left half done.
pub fn stop_cleanly_on_signal(message: String) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    // Without the handler (signals unavailable), the default stops the process as before.
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            crate::eprintln_safe!("{message}");
            std::process::exit(0);
        }
    });
}

/// True when standard output is a terminal that shows colour: not switched off by `NO_COLOR`, and
/// not a `TERM=dumb` terminal, which prints escape sequences as they are.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && colour_allowed()
}

/// Whether the environment allows colour on a terminal (`NO_COLOR` unset or empty, `TERM` not
/// `dumb`).
pub fn colour_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
}

/// Where a derived document (a change or panel brief) goes: `-o` as given, or, without it,
/// standard output for one text format and the current folder otherwise.
pub fn document_destination(
    output: Option<&Path>,
    asked: &FormatArgs,
    ui: crate::i18n::Lang,
) -> Result<(Destination, Vec<Format>)> {
    let destination = Destination::from_arg(output);
    let formats = formats_for(&destination, asked)?;
    let text_only = formats
        .iter()
        .all(|format| matches!(format, Format::Markdown | Format::Html | Format::Json));
    let destination = match output {
        None if formats.len() == 1 && text_only => Destination::Stdout,
        _ => destination,
    };
    check_destination(&destination, &formats, ui)?;
    Ok((destination, formats))
}

/// Refuses what `destination` cannot hold: several formats in one file or on standard output,
/// and a Typst folder on standard output. Said in the interface's language `ui`.
pub fn check_destination(destination: &Destination, formats: &[Format], ui: crate::i18n::Lang) -> Result<()> {
    if matches!(destination, Destination::File(_) | Destination::Stdout) && formats.len() > 1 {
        return Err(UsageError(crate::i18n::tr(ui, "ui-render-formats-need-folder")).into());
    }
    if *destination == Destination::Stdout && formats.contains(&Format::Typ) {
        return Err(UsageError(crate::i18n::tr(ui, "ui-render-typ-not-stdout")).into());
    }
    Ok(())
}

/// The formats asked for: `-f`'s, else the one that the extension of `-o FILE` names
/// (`-o brief.pdf` alone means PDF), else Markdown. A file whose extension names another format
/// than `-f`, or, without `-f`, none, is refused: `-o brief.doc` would otherwise be Markdown that
/// Word shows as raw text. So is a `.toml` file, the extension of assessments.
pub fn formats_for(destination: &Destination, asked: &FormatArgs) -> Result<Vec<Format>> {
    let Destination::File(path) = destination else {
        return Ok(asked.unique());
    };
    // A brief under `.toml` would be read as an assessment by `check`, `batch` and `serve`.
    if crate::model::toml_file::has_toml_extension(path) {
        return Err(UsageError(crate::say!("ui-output-toml", file = path.display().to_string())).into());
    }
    match (Format::from_extension(path), asked.formats.as_slice()) {
        (Some(format), []) => Ok(vec![format]),
        (Some(format), [asked]) if *asked != format => Err(UsageError(crate::say!(
            "ui-output-extension-disagrees",
            extension = format.extension(),
            format = asked.to_string()
        ))
        .into()),
        (None, []) => Err(UsageError(crate::say!(
            "ui-output-unknown-extension",
            file = path.display().to_string()
        ))
        .into()),
        _ => Ok(asked.unique()),
    }
}

/// Writes `document` in each of `formats` to `destination`, never over one of `inputs`; in a
/// folder, files are named after `named_after` with `suffix` (`bill-changes.md`); each file
/// written is said in the interface's language `ui`.
#[allow(clippy::too_many_arguments)]
pub fn write_document<D: Document>(
    renderer: &Renderer,
    document: &D,
    formats: &[Format],
    destination: &Destination,
    named_after: &Path,
    suffix: &str,
    inputs: &Inputs,
    ui: crate::i18n::Lang,
) -> Result<()> {
    for format in formats {
        if *destination == Destination::Stdout {
            refuse_binary_on_terminal(*format, "FILE")?;
        }
        let rendered = renderer.render(document, *format)?;
        let path = match destination {
            Destination::Stdout => {
                if let Rendered::File(bytes) = rendered {
                    print_stdout(&bytes)?;
                }
                continue;
            }
            Destination::File(path) => path.clone(),
            Destination::Folder(dir) => dir.join(file_name_for(
                named_after,
                &format!("{suffix}{}", format.output_suffix()),
            )),
        };
        write_rendered(&path, inputs, rendered)?;
        crate::eprintln_safe!(
            "{}",
            crate::tr!(ui, "ui-command-wrote", file = path.display().to_string())
        );
    }
    Ok(())
}

/// Refuses to print a PDF or Word file to standard output when that is a terminal, where it
/// would be noise and could leave the terminal in a strange state; `example` names the file to
/// suggest instead (`brief` → `-o brief.pdf`).
pub fn refuse_binary_on_terminal(format: Format, example: &str) -> Result<()> {
    let what = match format {
        Format::Pdf => "a PDF",
        Format::Docx => "a Word file",
        Format::Markdown | Format::Html | Format::Json | Format::Typ => return Ok(()),
    };
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        let file = format!("{example}.{}", format.extension());
        anyhow::bail!("refusing to print {what} to the terminal; redirect it (`-o - > {file}`) or pass `-o {file}`");
    }
    Ok(())
}
