//! Opening, creating, loading and saving the assessment file: the wizard never overwrites a file
//! it did not open or cannot read, and saves atomically after every answer.

use std::fs::OpenOptions;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};

use super::{Plan, Step, Stop};
use crate::i18n::{self, Lang};
use crate::model::{Assessment, ReviewStatus, RubricSet};
use crate::output::write_durably;
use crate::scoring::{self, QuestionStatus, Scorecard};
use crate::wizard::input::{self};
use crate::wizard::prompter::{ConfirmPrompt, Prompter, SelectPrompt, TextPrompt, Validator};
use crate::wizard::{Options, resume_command};

/// Finds or creates the file and decides what to ask.
pub(super) fn open(
    prompter: &mut dyn Prompter,
    rubrics: &RubricSet,
    options: &Options,
    saved: &mut Option<PathBuf>,
) -> Step<(PathBuf, Assessment, Plan)> {
    let lang = options.lang;
    if let Some(file) = &options.file {
        let file = &name_to_save(prompter, file, lang);
        // Said before the first question, so that no answer is given to a file that cannot keep it.
        can_save(file, lang).map_err(|problem| Stop::Failed(anyhow!(problem)))?;
        // A blank file (a file manager's "New text document") is started as a new one.
        if file.exists() && !crate::output::holds_nothing(file) {
            let assessment = load(prompter, file, rubrics, options)?;
            *saved = Some(file.clone());
            let plan = choose_plan(prompter, rubrics, &assessment, lang)?;
            return Ok((file.clone(), assessment, plan));
        }
        let assessment = new_assessment(ask_title(prompter, lang)?, options);
        create(file, &assessment)
            .map_err(|error| anyhow!(error).context(format!("cannot create {}", file.display())))?;
        *saved = Some(file.clone());
        return Ok((file.clone(), assessment, Plan::New));
    }
    let title = ask_title(prompter, lang)?;
    let mut suggestion = format!("{}.toml", crate::file_name::from_title(&title, "assessment"));
    loop {
        // The name is offered as the default, not typed in: a name typed replaces it, where text
        // already in the input would have been added to; Enter takes it, and it is shown as the
        // answer.
        let name = prompter.text(
            &TextPrompt::new(i18n::tr(lang, "ui-save-as"))
                .default(suggestion.clone())
                .help(i18n::tr(lang, "ui-save-as-help")),
        )?;
        let name = match name.trim() {
            "" => suggestion.clone(),
            typed => typed.to_string(),
        };
        let file = name_to_save(prompter, Path::new(&name), lang);
        suggestion = file.display().to_string();
        if let Err(problem) = can_save(&file, lang) {
            prompter.say(&problem);
            continue;
        }
        if file.exists() && !crate::output::holds_nothing(&file) {
            let resume = prompter.confirm(
                &ConfirmPrompt::new(
                    crate::tr!(lang, "ui-file-exists-resume", file = file.display().to_string()),
                    true,
                )
                .help(i18n::tr(lang, "ui-file-exists-resume-help")),
            )?;
            if resume {
                let assessment = load(prompter, &file, rubrics, options)?;
                *saved = Some(file.clone());
                let plan = choose_plan(prompter, rubrics, &assessment, lang)?;
                return Ok((file, assessment, plan));
            }
            continue;
        }
        let assessment = new_assessment(title.clone(), options);
        match create(&file, &assessment) {
            Ok(()) => {
                *saved = Some(file.clone());
                return Ok((file, assessment, Plan::New));
            }
            // Someone created it between the check and now: treat it as existing.
            Err(error) if error.kind() == ErrorKind::AlreadyExists => continue,
            Err(error) => prompter.say(&crate::tr!(
                lang,
                "ui-cannot-create",
                file = file.display().to_string(),
                error = error.to_string()
            )),
        }
    }
}

/// Whether answers can be saved to `file`: it is not read-only, and its folder (or, for a folder
/// still to be made, the nearest that exists) is a folder this user can write in, since every
/// save writes a new file beside it and renames it into place. `Err` says why not, and what to do.
fn can_save(file: &Path, lang: Lang) -> Result<(), String> {
    if crate::output::is_read_only(file) {
        return Err(crate::tr!(lang, "ui-read-only", file = file.display().to_string()));
    }
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let Some(existing) = folder
        .ancestors()
        .find(|ancestor| ancestor.as_os_str().is_empty() || ancestor.exists())
    else {
        return Ok(());
    };
    let existing = if existing.as_os_str().is_empty() {
        Path::new(".")
    } else {
        existing
    };
    if !existing.is_dir() {
        return Err(crate::tr!(
            lang,
            "ui-not-a-folder",
            file = existing.display().to_string()
        ));
    }
    crate::output::can_create_in(existing).map_err(|error| {
        crate::tr!(
            lang,
            "ui-cannot-save-in",
            // "." says nothing to someone who did not choose it: the folder's full name.
            folder = std::fs::canonicalize(existing)
                .unwrap_or_else(|_| existing.to_path_buf())
                .display()
                .to_string(),
            error = error.kind().to_string()
        )
    })
}

/// The file to save to for the name typed: as it is for an existing file; for a new one, with
/// `.toml` added where it has no extension (which `batch` and editors look for), and, where
/// `serve` would not open it (accents, spaces: "ley niñez"), named without them in a name no
/// file has yet (`ley-ninez.toml`, or `ley-ninez-2.toml`), saying which: the wizard and `serve`
/// edit the same files, and a new assessment never lands on another.
fn name_to_save(prompter: &mut dyn Prompter, typed: &Path, lang: Lang) -> PathBuf {
    let with_extension = crate::model::assessment::with_toml_extension(typed);
    let file = with_extension.clone().unwrap_or_else(|| typed.to_path_buf());
    let name = file.file_name().and_then(|name| name.to_str()).unwrap_or_default();
    // The name without its extension, whatever its case (`Ley.TOML`).
    let stem = match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    };
    let portable = file.exists() || name.is_empty() || crate::file_name::is_portable(&format!("{stem}.toml"));
    if !portable {
        let folder = match file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let renamed = file.with_file_name(crate::file_name::free_in(folder, stem));
        prompter.say(&input::prose(&crate::tr!(
            lang,
            "ui-saving-as-portable",
            file = renamed.display().to_string()
        )));
        return renamed;
    }
    if with_extension.is_some() {
        prompter.say(&input::prose(&crate::tr!(
            lang,
            "ui-saving-as-toml",
            file = file.display().to_string()
        )));
    }
    file
}

pub(super) fn ask_title(prompter: &mut dyn Prompter, lang: Lang) -> Step<String> {
    prompter.say(&format!("{}\n", input::prose(&i18n::tr(lang, "ui-welcome"))));
    let title = prompter.text(
        &TextPrompt::new(i18n::tr(lang, "ui-title"))
            .help(i18n::tr(lang, "ui-title-help"))
            .validate(Validator::new(input::title, lang)),
    )?;
    Ok(title.trim().to_string())
}

pub(super) fn new_assessment(title: String, options: &Options) -> Assessment {
    let mut assessment = Assessment::new(title);
    assessment.assessment.status = Some(ReviewStatus::Draft);
    assessment.schema_directive = options.schema.clone();
    // Written in the wizard's language; English, the default, needs no line in the file.
    assessment.assessment.language = (options.lang != Lang::En).then_some(options.lang);
    assessment
}

/// Creates `file` with the assessment in it, failing if the file exists (even if it appeared a
/// moment ago): the wizard never overwrites a file it did not open.
pub(super) fn create(file: &Path, assessment: &Assessment) -> std::io::Result<()> {
    // A file that holds nothing loses nothing: the assessment is written in it.
    if crate::output::holds_nothing(file) {
        return write_file(file, assessment).map_err(|error| std::io::Error::other(crate::i18n::causes(&error)));
    }
    if let Some(parent) = file.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    OpenOptions::new().write(true).create_new(true).open(file)?;
    write_file(file, assessment).map_err(|error| {
        // Leave no empty file behind: it would not load.
        let _ = std::fs::remove_file(file);
        std::io::Error::other(crate::i18n::causes(&error))
    })
}

/// Loads an existing file; an invalid one stops the wizard (it is never overwritten).
pub(super) fn load(
    prompter: &mut dyn Prompter,
    file: &Path,
    rubrics: &RubricSet,
    options: &Options,
) -> Step<Assessment> {
    match Assessment::load(file, rubrics) {
        Ok(mut assessment) => {
            // A directive the file has is kept (it may name a team's schema); one it lacks is added.
            if assessment.schema_directive.is_none() {
                assessment.schema_directive = options.schema.clone();
            }
            Ok(assessment)
        }
        Err(problems) => {
            let message = crate::tr!(
                options.lang,
                "ui-cannot-resume",
                file = file.display().to_string(),
                command = resume_command(file, options)
            );
            prompter.say(&format!("{}\n", input::prose(&message)));
            Err(Stop::Failed(problems.into()))
        }
    }
}

pub(super) fn choose_plan(
    prompter: &mut dyn Prompter,
    rubrics: &RubricSet,
    assessment: &Assessment,
    lang: Lang,
) -> Step<Plan> {
    let card = scorecard_of(rubrics, assessment);
    let questions = || card.rubrics.iter().flat_map(|rubric| &rubric.questions);
    let count = |status: QuestionStatus| questions().filter(|question| question.status == status).count();
    let (open, unknown, answered) = (
        count(QuestionStatus::Unanswered),
        count(QuestionStatus::Unknown),
        count(QuestionStatus::Answered),
    );
    let progress = crate::tr!(
        lang,
        "ui-progress",
        answered = answered,
        total = open + unknown + answered,
        unsure = unknown
    );
    // Wrapped as the wizard's other prose is: a long title or a French progress line ran past
    // the terminal's edge, which broke it mid-word.
    prompter.say(&format!(
        "{}\n{}",
        input::prose(&assessment.proposal.title),
        input::prose(&progress)
    ));
    if let Some(line) = super::questions::without_advice_note(rubrics, assessment, lang) {
        prompter.say(&input::prose(&line));
    }
    let first = if open > 0 {
        crate::tr!(lang, "ui-plan-continue", count = open)
    } else {
        i18n::tr(lang, "ui-plan-continue-all-answered")
    };
    let options = vec![
        first,
        // The same words as the end menu's entry, which does the same.
        i18n::tr(lang, "ui-menu-revise"),
        i18n::tr(lang, "ui-plan-review"),
        i18n::tr(lang, "ui-plan-render"),
    ];
    let choice = prompter.select(&SelectPrompt::new(i18n::tr(lang, "ui-plan"), options))?;
    Ok([Plan::Continue, Plan::Revise, Plan::Review, Plan::Render]
        .get(choice)
        .copied()
        .unwrap_or(Plan::Continue))
}

pub(super) fn scorecard_of(rubrics: &RubricSet, assessment: &Assessment) -> Scorecard {
    scoring::score(&rubrics.select(&assessment.rubric_ids()), assessment)
}

/// The file text: the assessment as TOML, answers in rubric order.
pub(in crate::wizard) fn to_toml(assessment: &Assessment) -> anyhow::Result<String> {
    assessment.to_toml().context("cannot write the assessment as TOML")
}

/// Writes a new assessment to `file` atomically.
fn write_file(file: &Path, assessment: &Assessment) -> anyhow::Result<()> {
    write_durably(file, to_toml(assessment)?.as_bytes())
}
