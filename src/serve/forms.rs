//! The forms: what a POST changes. Every one is checked for the session's CSRF token, re-reads
//! the file, applies its one change to the answers as they are on disk now and saves through
//! [`AssessmentDocument`], so comments and layout survive and two tabs answering different
//! questions lose nothing. A form whose part of the file changed since it was shown (another tab,
//! an editor) is not saved over it: the page says so and shows both. What a form says back is a
//! `serve-` message in the page's language.

use std::path::Path;

use anyhow::Context as _;

use super::merge::{self, Outcome};
use super::pages::{self, AnswerFields, AssessmentState, Base, Conflict, LedgerMessage, ProposalFields, Refusal};
use super::security;
use super::server::{App, Incoming, Reply};
use crate::i18n::Lang;
use crate::model::consultation::{DatesOutOfOrder, dates_out_of_order};
use crate::model::{
    Answer, AnswerStatus, Assessment, AssessmentDocument, Consultation, Dimension, Disposition, Jurisdiction,
    ProposalKind, Question, Reason, ReviewStatus, Stage, StakeholderGroup, Submission, SubmitterGroup, TomlFile,
};
use crate::wizard::input;

/// A form's fields.
pub(super) struct Form(Vec<(String, String)>);

impl Form {
    /// The first value of `name`.
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The value of `name`, trimmed, or "" when absent.
    fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().trim().to_string()
    }

    /// The value of `name`, trimmed, or `None` when absent or empty.
    fn optional(&self, name: &str) -> Option<String> {
        input::optional(self.get(name).unwrap_or_default())
    }

    /// Every value of `name` (ticked checkboxes).
    fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .collect()
    }
}

/// The form of an URL-encoded POST, when it carries the session's CSRF token.
fn form(app: &App, request: &Incoming) -> Result<Form, Reply> {
    // A browser sends a text area's line breaks as CRLF: the file keeps them as a text file has
    // them, not as `\r` escapes in its strings.
    let form = Form(
        form_urlencoded::parse(&request.body)
            .into_owned()
            .map(|(key, value)| (key, value.replace("\r\n", "\n").replace('\r', "\n")))
            .collect(),
    );
    if !app.secrets.csrf_ok(form.get("csrf")) {
        return Err(refused(app.lang));
    }
    Ok(form)
}

fn refused(lang: Lang) -> Reply {
    Reply::text(403, &crate::i18n::tr(lang, "serve-error-csrf"))
}

/// Lines (or semicolon-separated items) of a text area, trimmed, empty ones left out.
fn items(text: &str, semicolons: bool) -> Vec<String> {
    let separators: &[char] = if semicolons { &['\n', ';'] } else { &['\n'] };
    text.split(separators)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads the file, lets `change` edit the assessment loaded from it, and saves the changes in
/// place. `change` returns `Err(reply)` to save nothing and answer with that page.
fn edit(
    app: &App,
    name: &str,
    file: &Path,
    change: impl FnOnce(&mut Assessment, &mut AssessmentDocument) -> Result<(), Reply>,
) -> Result<(), Reply> {
    let (text, mut assessment) = pages::load(app, name, file)?;
    if crate::output::is_read_only(file) {
        return Err(pages::problem(
            app,
            409,
            &app.tr("serve-problem-not-saved"),
            &crate::tr!(app.lang, "serve-problem-read-only", file = name.to_string()),
            Some(name),
        ));
    }
    let failed = |error: anyhow::Error| {
        pages::problem(
            app,
            500,
            &app.tr("serve-problem-not-saved"),
            &save_failure(app.lang, &error),
            Some(name),
        )
    };
    let mut document = AssessmentDocument::parse(&text)
        .map_err(failed)?
        .with_order_of(&assessment, &app.rubrics);
    change(&mut assessment, &mut document)?;
    crate::wizard::order_answers(&mut assessment, &app.rubrics);
    document.set_order(&assessment, &app.rubrics);
    document.update(&assessment).map_err(failed)?;
    let changed = document.text();
    if changed != text {
        // What the forms let through must still be a file the program can open: a save that
        // would lock the user out of their own assessment is refused, and the file kept.
        let opened = TomlFile::from_text(file, changed)
            .map_err(|problem| vec![problem])
            .and_then(|toml| Assessment::from_file(&toml, &app.rubrics).map(drop));
        if let Err(problems) = opened {
            let problems = crate::diagnostic::Diagnostics(problems).to_string();
            return Err(pages::problem(
                app,
                422,
                &app.tr("serve-problem-not-saved"),
                &problems,
                Some(name),
            ));
        }
        document.save(file).map_err(failed)?;
    }
    Ok(())
}

/// The text typed in a field, or the file's own when they say the same but for the space around
/// them (a form gives back a text without the line break that closes a `"""` block): a save that
/// changes nothing leaves the file's text as it is written.
fn unless_same(saved: Option<String>, typed: &str) -> Option<String> {
    let typed = input::optional(typed);
    match saved {
        Some(saved) if typed.as_deref() == Some(saved.trim()) => Some(saved),
        _ => typed,
    }
}

/// Why a save failed, for its page: a folder this user cannot write in is said in the page's
/// words, with what to do; any other failure as the system reported it.
fn save_failure(lang: Lang, error: &anyhow::Error) -> String {
    let denied = error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::PermissionDenied)
    });
    if denied {
        crate::i18n::tr(lang, "serve-problem-folder-read-only")
    } else {
        crate::i18n::causes(error)
    }
}

/// The value a select list's field names: `None` for the empty choice ("not said"), an error for
/// one the list does not offer.
fn chosen<T: Copy>(all: &[T], id: fn(T) -> &'static str, value: &str) -> Result<Option<T>, ()> {
    if value.is_empty() {
        return Ok(None);
    }
    all.iter().copied().find(|item| id(*item) == value).map(Some).ok_or(())
}

/// What is wrong with each text longer than a brief takes, in the page's language: `texts` are
/// (the label of its field on the page, its field in the file, the text).
fn too_long(app: &App, texts: &[(&str, &str, &str)]) -> Vec<String> {
    texts
        .iter()
        .filter_map(|(label, field, text)| {
            let (count, limit) = crate::model::assessment::over_length(field, text)?;
            Some(crate::tr!(
                app.lang,
                "serve-error-too-long",
                field = app.tr(label),
                count = crate::i18n::grouped(count, app.lang),
                limit = crate::i18n::grouped(limit, app.lang)
            ))
        })
        .collect()
}

/// [`too_long`], each problem with the name of its field in the form (the first of `texts`),
/// for the page to mark.
fn too_long_fields(app: &App, texts: &[(&'static str, &str, &str, &str)]) -> Vec<(&'static str, String)> {
    texts
        .iter()
        .flat_map(|(name, label, field, text)| {
            too_long(app, &[(label, field, text)])
                .into_iter()
                .map(move |problem| (*name, problem))
        })
        .collect()
}

/// What is wrong with the file name `name` (`.toml` included), each said on its own: a name
/// that is only too long is told its limit, not that its characters are wrong.
fn file_name_problems(app: &App, name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if name.len() > security::MAX_FILE_NAME {
        let toml = ".toml".len();
        problems.push(crate::tr!(
            app.lang,
            "serve-new-error-name-long",
            limit = security::MAX_FILE_NAME - toml,
            count = name.chars().count().saturating_sub(toml)
        ));
    }
    if !security::valid_file_chars(name) {
        problems.push(app.tr("serve-new-error-name"));
    } else if awkward_on_some_system(name) {
        problems.push(app.tr("serve-new-error-name-reserved"));
    }
    problems
}

/// A name a new file is not given, though the server opens such a file: one that starts with a
/// dash, which a command line reads as an option (`impact-brief check -x.toml`), or one that
/// Windows reserves for a device (`con.toml`, `lpt1.toml`), which it cannot create or copy.
fn awkward_on_some_system(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name);
    name.starts_with('-') || crate::file_name::is_device_name(stem)
}

/// `POST /new`: creates a new assessment file in the folder, never over an existing one.
pub(super) fn new_assessment(app: &App, request: &Incoming) -> Reply {
    let form = match form(app, request) {
        Ok(form) => form,
        Err(reply) => return reply,
    };
    let title = form.text("title");
    let typed = form.text("file");
    let refuse = |problems: Vec<(&'static str, String)>| pages::home(app, Some((&title, &typed, problems)));
    // Every problem of the form at once, so that mending one does not reveal the next.
    let mut problems = Vec::new();
    if title.is_empty() {
        problems.push(("title", app.tr("serve-new-error-title")));
    }
    problems.extend(too_long_fields(
        app,
        &[("title", "serve-proposal-title", "title", &title)],
    ));
    let mut name = if typed.is_empty() {
        // A name made from the title never stops the user: one taken gets a number.
        crate::file_name::free_in(&app.dir, &title)
    } else {
        typed.clone()
    };
    if !name.ends_with(".toml") {
        name.push_str(".toml");
    }
    if !typed.is_empty() {
        problems.extend(
            file_name_problems(app, &name)
                .into_iter()
                .map(|problem| ("file", problem)),
        );
    }
    if !problems.is_empty() {
        return refuse(problems);
    }
    let problems = file_name_problems(app, &name);
    if !problems.is_empty() {
        return refuse(problems.into_iter().map(|problem| ("file", problem)).collect());
    }
    let mut assessment = Assessment::new(title.clone());
    assessment.assessment.status = Some(ReviewStatus::Draft);
    // Written in the page's language, as the wizard's files are in the wizard's; English, the
    // default, needs no line in the file.
    assessment.assessment.language = (app.lang != Lang::En).then_some(app.lang);
    assessment.schema_directive = app.schema.clone();
    let text = match assessment.to_toml().context("cannot write the assessment as TOML") {
        Ok(text) => text,
        Err(error) => {
            return pages::problem(
                app,
                500,
                &app.tr("serve-new-error-toml"),
                &crate::i18n::causes(&error),
                None,
            );
        }
    };
    let path = app.dir.join(&name);
    // The name is claimed first, so that nothing is ever written over a file that exists; only a
    // file this request created is removed again when writing it fails.
    let cannot_create = |error: String| {
        refuse(vec![(
            "file",
            crate::tr!(app.lang, "serve-new-error-create", file = name.clone(), error = error),
        )])
    };
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(_) => match crate::output::write_durably(&path, text.as_bytes()) {
            Ok(()) => Reply::redirect(&format!("/a/{name}")),
            Err(error) => {
                let _ = std::fs::remove_file(&path);
                cannot_create(crate::i18n::causes(&error))
            }
        },
        // The same form sent twice (a double click) opens the assessment the first one made; a
        // file that holds nothing (a file manager's "New text document") loses nothing.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            if crate::output::holds_nothing(&path) {
                match crate::output::write_durably(&path, text.as_bytes()) {
                    Ok(()) => Reply::redirect(&format!("/a/{name}")),
                    Err(error) => cannot_create(crate::i18n::causes(&error)),
                }
            } else if std::fs::read_to_string(&path).is_ok_and(|existing| existing == text) {
                Reply::redirect(&format!("/a/{name}"))
            } else {
                refuse(vec![(
                    "file",
                    crate::tr!(app.lang, "serve-new-error-exists", file = name.clone()),
                )])
            }
        }
        Err(error) => cannot_create(error.to_string()),
    }
}

/// The proposal fields of `form`, each under its name after `prefix` (`base-` for the values the
/// form was opened with).
fn proposal_fields(form: &Form, prefix: &str) -> ProposalFields {
    let text = |name: &str| form.text(&format!("{prefix}{name}"));
    ProposalFields {
        title: text("title"),
        kind: text("kind"),
        jurisdiction: text("jurisdiction"),
        reference: text("reference"),
        stage: text("stage"),
        introduced: text("introduced"),
        url: text("url"),
        summary: text("summary"),
        context: text("context"),
        assessors: text("assessors"),
        group: text("group"),
        date: text("date"),
        language: text("language"),
        drafter: text("drafter") == "yes",
        final_brief: text("final") == "yes",
    }
}

/// The answer fields of `form`, each under its name after `prefix` (`base-` for the values the
/// form was opened with).
fn answer_fields(form: &Form, prefix: &str) -> AnswerFields {
    let text = |name: &str| form.text(&format!("{prefix}{name}"));
    AnswerFields {
        choice: text("choice"),
        finding: text("finding"),
        provisions: text("provisions"),
        mechanisms: form.all(&format!("{prefix}mechanism")),
        rationale: text("rationale"),
        evidence: text("evidence"),
        recommendation: text("recommendation"),
        advice_under: text("advice_under"),
        lead: text("lead"),
    }
}

/// The base a form was opened with: its fingerprint, and its values when the form carries them
/// (the page always does; `marker` is a field it always sends among them).
fn posted_base<F>(form: &Form, marker: &str, fields: impl FnOnce(&Form) -> F) -> Base<F> {
    Base {
        hash: form.text("base"),
        fields: form.get(marker).is_some().then(|| fields(form)),
    }
}

/// The base to merge against: the values the form carried, else the file's own when its
/// fingerprint shows it has not changed since, else none (a form from elsewhere).
fn merge_base(
    carried: Option<merge::Values>,
    hash_now: &str,
    hash: &str,
    now: &merge::Values,
) -> Option<merge::Values> {
    carried.or_else(|| (hash_now == hash).then(|| now.clone()))
}

/// The rows of the table a conflict shows: each field both changed, then each field changed only
/// in the file (taken into the form), with the file's value beside the form's.
fn conflict_rows(
    app: &App,
    outcomes: &[(&'static str, Outcome)],
    label: impl Fn(&str) -> &'static str,
    shown: impl Fn(&str) -> (String, String),
) -> Vec<Conflict> {
    [
        (Outcome::Conflict, "serve-conflict-both"),
        (Outcome::File, "serve-conflict-taken"),
    ]
    .into_iter()
    .flat_map(|(outcome, note)| {
        merge::fields_with(outcomes, outcome)
            .into_iter()
            .map(move |name| (name, outcome, note))
    })
    .map(|(name, outcome, note)| {
        let (saved, typed) = shown(name);
        Conflict {
            name,
            label: app.tr(label(name)),
            saved,
            typed,
            both: outcome == Outcome::Conflict,
            note: app.tr(note),
        }
    })
    .collect()
}

/// `POST /a/NAME/proposal`: the proposal and the assessors.
pub(super) fn proposal(app: &App, name: &str, file: &Path, request: &Incoming) -> Reply {
    let form = match form(app, request) {
        Ok(form) => form,
        Err(reply) => return reply,
    };
    let fields = proposal_fields(&form, "");
    let base = posted_base(&form, "base-title", |form| proposal_fields(form, "base-"));
    let refuse = |refusal: Refusal<ProposalFields>| {
        let state = AssessmentState {
            proposal: Some(refusal),
            ..AssessmentState::default()
        };
        pages::assessment_page(app, name, file, state, None).status(422)
    };
    let mut problems: Vec<(&'static str, String)> = Vec::new();
    if fields.title.is_empty() {
        problems.push(("title", app.tr("serve-proposal-error-title")));
    }
    for (field, label, value) in [
        ("introduced", "serve-proposal-introduced", &fields.introduced),
        ("date", "serve-assessors-date", &fields.date),
    ] {
        if let Err(problem) = input::optional_date(value) {
            let problem = crate::i18n::tr(app.lang, problem);
            problems.push((
                field,
                crate::tr!(
                    app.lang,
                    "serve-proposal-error-date",
                    field = app.tr(label),
                    problem = problem
                ),
            ));
        }
    }
    problems.extend(too_long_fields(
        app,
        &[
            ("title", "serve-proposal-title", "title", &fields.title),
            ("reference", "serve-proposal-reference", "reference", &fields.reference),
            ("url", "serve-proposal-url", "url", &fields.url),
            ("summary", "serve-proposal-summary", "summary", &fields.summary),
            ("context", "serve-proposal-context", "context", &fields.context),
        ],
    ));
    // Jurisdictions and assessors are lists: each name is held to a line's length.
    let jurisdictions = items(&fields.jurisdiction, true);
    let assessors = items(&fields.assessors, true);
    let names: Vec<(&'static str, &str, &str, &str)> = jurisdictions
        .iter()
        .map(|name| {
            (
                "jurisdiction",
                "serve-proposal-jurisdiction",
                "jurisdiction",
                name.as_str(),
            )
        })
        .chain(
            assessors
                .iter()
                .map(|name| ("assessors", "serve-assessors-names", "assessors", name.as_str())),
        )
        .collect();
    problems.extend(too_long_fields(app, &names));
    // The select lists offer only known values: another comes from a page of another version,
    // or a hand-made request, and is refused rather than saved as "not said".
    let kind = chosen(ProposalKind::ALL, ProposalKind::id, &fields.kind);
    let stage = chosen(Stage::ALL, Stage::id, &fields.stage);
    let group = chosen(StakeholderGroup::ALL, StakeholderGroup::id, &fields.group);
    let language = match fields.language.as_str() {
        "" => Ok(None),
        code => code.parse::<crate::i18n::Lang>().map(Some).map_err(drop),
    };
    let choices = [
        ("kind", "serve-proposal-kind", kind.is_ok()),
        ("stage", "serve-proposal-stage", stage.is_ok()),
        ("group", "serve-assessors-group", group.is_ok()),
        ("language", "serve-assessors-language", language.is_ok()),
    ];
    for (field, label, known) in choices {
        if !known {
            problems.push((
                field,
                crate::tr!(app.lang, "serve-proposal-error-choice", field = app.tr(label)),
            ));
        }
    }
    if !problems.is_empty() {
        let (invalid, errors) = problems.into_iter().unzip();
        return refuse(Refusal::new(fields, errors, invalid, base));
    }
    let result = edit(app, name, file, |assessment, _| {
        let now = ProposalFields::of(assessment);
        let now_values = now.canonical();
        let hash_now = pages::fingerprint(&(&assessment.proposal, &assessment.assessment));
        let carried = base.fields.as_ref().map(ProposalFields::canonical);
        let base_values = merge_base(carried, &hash_now, &base.hash, &now_values);
        // The page fills in today's date where the file has none: left so, it is not a date the
        // user chose, and does not stand against one saved since.
        let mut fields = fields.clone();
        if base.fields.as_ref().is_some_and(|base| base.date.is_empty())
            && fields.date == app.today
            && !now.date.is_empty()
        {
            fields.date.clone_from(&now.date);
        }
        let outcomes = merge::merge(base_values.as_ref(), &fields.canonical(), &now_values);
        let conflicts = merge::fields_with(&outcomes, Outcome::Conflict);
        if !conflicts.is_empty() {
            // The form shows what was typed, with what changed only in the file taken in, so
            // that sending it again keeps both; the file's value of each conflict is beside it.
            let mut shown = fields.clone();
            for field in merge::fields_with(&outcomes, Outcome::File) {
                take_proposal_field(&mut shown, &now, field);
            }
            let rows = conflict_rows(app, &outcomes, ProposalFields::label, |field| {
                (now.shown(app, field), fields.shown(app, field))
            });
            return Err(refuse(Refusal {
                fields: shown,
                errors: vec![app.tr("serve-proposal-error-changed")],
                invalid: conflicts,
                conflicts: rows,
                base: None,
            }));
        }
        let changed = |field: &str| outcomes.contains(&(field, Outcome::Typed));
        let proposal = &mut assessment.proposal;
        if changed("title") {
            proposal.title = fields.title.clone();
        }
        if changed("kind") {
            proposal.kind = kind.ok().flatten();
        }
        if changed("jurisdiction") {
            let names = items(&fields.jurisdiction, true);
            proposal.jurisdiction = match <[String; 1]>::try_from(names) {
                Ok([one]) => Some(Jurisdiction::One(one)),
                Err(names) if names.is_empty() => None,
                Err(names) => Some(Jurisdiction::Many(names)),
            };
        }
        if changed("reference") {
            proposal.reference = input::optional(&fields.reference);
        }
        if changed("stage") {
            proposal.stage = stage.ok().flatten();
        }
        if changed("introduced") {
            proposal.introduced = input::parse_date(&fields.introduced);
        }
        if changed("url") {
            proposal.url = input::optional(&fields.url);
        }
        if changed("summary") {
            proposal.summary = input::optional(&fields.summary);
        }
        if changed("context") {
            proposal.context = input::optional(&fields.context);
        }
        let info = &mut assessment.assessment;
        if changed("assessors") {
            info.assessors = items(&fields.assessors, true);
        }
        if changed("group") {
            info.stakeholder_group = group.ok().flatten();
        }
        if changed("drafter") {
            info.drafter = fields.drafter;
        }
        if changed("final") {
            info.status = Some(if fields.final_brief {
                ReviewStatus::Final
            } else {
                ReviewStatus::Draft
            });
        }
        if changed("date") {
            info.date = input::parse_date(&fields.date);
        }
        // Written only when the user chooses a language here; the page's own is never saved.
        if changed("language") {
            info.language = language.ok().flatten();
        }
        Ok(())
    });
    match result {
        Ok(()) => Reply::redirect(&format!("/a/{name}?saved=proposal#proposal")),
        Err(reply) => reply,
    }
}

/// Sets the field `name` of `fields` to its value in `from`.
fn take_proposal_field(fields: &mut ProposalFields, from: &ProposalFields, name: &str) {
    match name {
        "title" => fields.title.clone_from(&from.title),
        "kind" => fields.kind.clone_from(&from.kind),
        "jurisdiction" => fields.jurisdiction.clone_from(&from.jurisdiction),
        "reference" => fields.reference.clone_from(&from.reference),
        "stage" => fields.stage.clone_from(&from.stage),
        "introduced" => fields.introduced.clone_from(&from.introduced),
        "url" => fields.url.clone_from(&from.url),
        "summary" => fields.summary.clone_from(&from.summary),
        "context" => fields.context.clone_from(&from.context),
        "assessors" => fields.assessors.clone_from(&from.assessors),
        "group" => fields.group.clone_from(&from.group),
        "date" => fields.date.clone_from(&from.date),
        "language" => fields.language.clone_from(&from.language),
        "final" => fields.final_brief = from.final_brief,
        _ => fields.drafter = from.drafter,
    }
}

/// Sets the field `name` of `fields` to its value in `from`.
fn take_answer_field(fields: &mut AnswerFields, from: &AnswerFields, name: &str) {
    match name {
        "choice" => fields.choice.clone_from(&from.choice),
        "finding" => fields.finding.clone_from(&from.finding),
        "provisions" => fields.provisions.clone_from(&from.provisions),
        "mechanism" => fields.mechanisms.clone_from(&from.mechanisms),
        "rationale" => fields.rationale.clone_from(&from.rationale),
        "evidence" => fields.evidence.clone_from(&from.evidence),
        "recommendation" => fields.recommendation.clone_from(&from.recommendation),
        "lead" => fields.lead.clone_from(&from.lead),
        _ => fields.advice_under.clone_from(&from.advice_under),
    }
}

/// `POST /a/NAME/screening`: the areas the proposal touches. Unticked areas are recorded as
/// screened out; ticking none must be confirmed.
pub(super) fn screening(app: &App, name: &str, file: &Path, request: &Incoming) -> Reply {
    let form = match form(app, request) {
        Ok(form) => form,
        Err(reply) => return reply,
    };
    let ticked = form.all("area");
    if ticked.is_empty() && form.get("confirm_none") != Some("yes") {
        let state = AssessmentState {
            screening_error: Some(app.tr("serve-screening-error-none")),
            confirm_none: true,
            ..AssessmentState::default()
        };
        return pages::assessment_page(app, name, file, state, None).status(422);
    }
    let result = edit(app, name, file, |assessment, _| {
        // Screened already (in another tab, say): the areas ticked here are not what the file
        // holds, and the page says so rather than seem to save them.
        if pages::screening_areas(app, assessment).is_empty() {
            return Err(pages::problem(
                app,
                409,
                &app.tr("serve-problem-not-saved"),
                &app.tr("serve-screening-done-elsewhere"),
                Some(name),
            ));
        }
        let areas: Vec<(String, String)> = pages::screening_areas(app, assessment)
            .iter()
            .map(|(rubric, question)| (rubric.id.clone(), question.id.clone()))
            .collect();
        for (rubric, question) in areas {
            if ticked.contains(&format!("{rubric}.{question}")) {
                continue;
            }
            let answer = Answer {
                status: Some(AnswerStatus::ScreenedOut),
                ..Answer::default()
            };
            assessment.set_answer(&rubric, &question, answer);
        }
        Ok(())
    });
    match result {
        Ok(()) => {
            let (_, assessment) = match pages::load(app, name, file) {
                Ok(loaded) => loaded,
                Err(reply) => return reply,
            };
            let rows = pages::rows(app, name, &assessment, None);
            Reply::redirect(&pages::next_after(&rows, None, name))
        }
        Err(reply) => reply,
    }
}

/// `POST /a/NAME/q/RUBRIC/QUESTION`: one answer.
pub(super) fn answer(
    app: &App,
    name: &str,
    file: &Path,
    rubric_id: &str,
    question_id: &str,
    request: &Incoming,
) -> Reply {
    let form = match form(app, request) {
        Ok(form) => form,
        Err(reply) => return reply,
    };
    let fields = answer_fields(&form, "");
    // Absent where the page shows no list (a process question): what the file names then stays.
    let advice_under_posted = form.get("advice_under").is_some();
    let base = posted_base(&form, "base-choice", |form| answer_fields(form, "base-"));
    let refuse = |refusal: Refusal<AnswerFields>| {
        pages::question_page(app, name, file, rubric_id, question_id, Some(refusal), false).status(422)
    };
    // A refusal for what is typed (not for a conflict) carries the form's base on, so that the
    // form sent again still merges with changes made elsewhere.
    let refuse_for = |errors: Vec<String>, invalid: Vec<&'static str>| {
        let base = Base {
            hash: base.hash.clone(),
            fields: base.fields.clone(),
        };
        refuse(Refusal::new(fields.clone(), errors, invalid, base))
    };
    // The finding field as its page labels it.
    let dimension = app
        .rubrics()
        .get(rubric_id)
        .and_then(|rubric| rubric.questions.iter().find(|question| question.id == question_id))
        .map_or(Dimension::Effect, Question::dimension);
    let finding_label = pages::finding_label(dimension);
    let long = too_long_fields(
        app,
        &[
            ("finding", finding_label, "finding", &fields.finding),
            ("rationale", "serve-question-rationale", "rationale", &fields.rationale),
            (
                "recommendation",
                "serve-question-recommendation",
                "recommendation",
                &fields.recommendation,
            ),
        ],
    );
    if !long.is_empty() {
        let (invalid, errors) = long.into_iter().unzip();
        return refuse_for(errors, invalid);
    }
    let result = edit(app, name, file, |assessment, _| {
        let Some((rubric, question)) = pages::find_question(app, assessment, rubric_id, question_id) else {
            return Err(Reply::not_found(app.lang));
        };
        let current = assessment.answer(&rubric.id, &question.id).cloned();
        let now = AnswerFields::of(current.as_ref());
        let now_values = now.canonical();
        let carried = base.fields.as_ref().map(AnswerFields::canonical);
        let base_values = merge_base(carried, &pages::fingerprint(&current.as_ref()), &base.hash, &now_values);
        let mut typed = fields.canonical();
        if !advice_under_posted && let Some(slot) = typed.iter_mut().find(|(field, _)| *field == "advice_under") {
            slot.1 = now.advice_under.trim().to_string();
        }
        let outcomes = merge::merge(base_values.as_ref(), &typed, &now_values);
        let conflicts = merge::fields_with(&outcomes, Outcome::Conflict);
        if !conflicts.is_empty() {
            // The form shows what was typed, with what changed only in the file taken in, so
            // that sending it again keeps both; the file's value of each conflict is beside it.
            let mut shown = fields.clone();
            for field in merge::fields_with(&outcomes, Outcome::File) {
                take_answer_field(&mut shown, &now, field);
            }
            let label = |name: &str| match name {
                "finding" => finding_label,
                other => AnswerFields::label(other),
            };
            let rows = conflict_rows(app, &outcomes, label, |field| {
                let shown = |fields| pages::shown_answer_field(app, assessment, rubric, question, fields, field);
                (shown(&now), shown(&fields))
            });
            return Err(refuse(Refusal {
                fields: shown,
                errors: vec![app.tr("serve-answer-error-changed")],
                invalid: conflicts,
                conflicts: rows,
                base: None,
            }));
        }
        // Only what this form changed is written: a field it left as it found it keeps what the
        // file holds now, which another tab may have saved meanwhile.
        let changed = |field: &str| outcomes.contains(&(field, Outcome::Typed));
        let mut answer = current.unwrap_or_default();
        if changed("choice") {
            let levels = question.levels.len();
            (answer.level, answer.status) = match fields.choice.strip_prefix("level-") {
                Some(level) => match level.parse::<usize>() {
                    Ok(level) if level < levels => (i64::try_from(level).ok(), None),
                    _ => return Err(refuse_for(vec![app.tr("serve-answer-error-level")], vec!["choice"])),
                },
                None => match fields.choice.as_str() {
                    "unknown" => (None, Some(AnswerStatus::Unknown)),
                    "not-applicable" => (None, Some(AnswerStatus::NotApplicable)),
                    "not-affected" if question.dimension() == crate::model::Dimension::Effect => {
                        (None, Some(AnswerStatus::NotAffected))
                    }
                    "screened-out" if answer.status == Some(AnswerStatus::ScreenedOut) => {
                        (None, Some(AnswerStatus::ScreenedOut))
                    }
                    _ => {
                        return Err(refuse_for(vec![app.tr("serve-answer-error-choice")], vec!["choice"]));
                    }
                },
            };
        }
        if changed("finding") {
            answer.finding = unless_same(answer.finding.take(), &fields.finding);
        }
        if changed("provisions") {
            answer.provisions = items(&fields.provisions, true);
        }
        if changed("mechanism") {
            answer.mechanisms = question
                .mechanisms
                .iter()
                .filter(|mechanism| fields.mechanisms.contains(&mechanism.id))
                .map(|mechanism| mechanism.id.clone())
                .collect();
        }
        if changed("rationale") {
            answer.rationale = unless_same(answer.rationale.take(), &fields.rationale);
        }
        if changed("evidence") {
            answer.evidence = items(&fields.evidence, false);
        }
        if changed("recommendation") {
            answer.recommendation = unless_same(answer.recommendation.take(), &fields.recommendation);
        }
        // The list shows the first question a file names: a change replaces that one, "None"
        // removes it, and any others the file names stay.
        let named = fields.advice_under.as_str();
        let current = answer.advice_under.first().cloned().unwrap_or_default();
        if advice_under_posted && changed("advice_under") && current != named {
            // What the page offered: the list, and what the file named (never what was posted).
            let offered = pages::advice_choices(app, assessment, rubric, question, &current);
            match offered.iter().find(|choice| choice.value == named) {
                Some(choice) => {
                    answer.advice_under.retain(|other| *other != choice.value);
                    if answer.advice_under.is_empty() {
                        answer.advice_under.push(choice.value.clone());
                    } else {
                        answer.advice_under[0] = choice.value.clone();
                    }
                }
                None if named.is_empty() => {
                    if !answer.advice_under.is_empty() {
                        answer.advice_under.remove(0);
                    }
                }
                None => {
                    return Err(refuse_for(
                        vec![app.tr("serve-answer-error-advice-under")],
                        vec!["advice_under"],
                    ));
                }
            }
        }
        // A red flag goes to page 1 and to a legislator: never saved without a reason.
        if question.flags(&answer, rubric.schema_version) && answer.rationale.is_none() {
            return Err(refuse_for(
                vec![app.tr("serve-answer-error-red-flag")],
                vec!["rationale"],
            ));
        }
        // One finding leads page 1: ticking it here unticks any other.
        let leads = if changed("lead") {
            fields.lead == "on"
        } else {
            answer.lead
        };
        if leads && !answer.lead {
            assessment.set_lead(None);
        }
        answer.lead = leads;
        assessment.set_answer(&rubric.id, &question.id, answer);
        Ok(())
    });
    if let Err(reply) = result {
        return reply;
    }
    if form.get("next").is_some() {
        let (_, assessment) = match pages::load(app, name, file) {
            Ok(loaded) => loaded,
            Err(reply) => return reply,
        };
        let rows = pages::rows(app, name, &assessment, Some((rubric_id, question_id)));
        return Reply::redirect(&pages::next_after(&rows, Some((rubric_id, question_id)), name));
    }
    Reply::redirect(&format!("/a/{name}/q/{rubric_id}/{question_id}?saved=1"))
}

fn ledger_message(app: &App, name: &str, file: &Path, request: &Incoming, text: String, error: bool) -> Reply {
    let message = LedgerMessage {
        text,
        error,
        typed_dates: None,
        typed_submission: None,
        invalid: Vec::new(),
    };
    pages::ledger(app, name, file, request, Some(message))
}

/// `POST /a/NAME/ledger/dates`: when the consultation opened, closed and was answered.
pub(super) fn ledger_dates(app: &App, name: &str, file: &Path, request: &Incoming) -> Reply {
    let form = match form(app, request) {
        Ok(form) => form,
        Err(reply) => return reply,
    };
    let dates = [form.text("opened"), form.text("closed"), form.text("responded")];
    // A refusal shows the page again with the dates as typed, and says which one is wrong.
    let refuse = |text: String, invalid: Vec<&'static str>| {
        let message = LedgerMessage {
            text,
            error: true,
            typed_dates: Some(dates.clone()),
            typed_submission: None,
            invalid,
        };
        pages::ledger(app, name, file, request, Some(message))
    };
    let fields = ["serve-ledger-opened", "serve-ledger-closed", "serve-ledger-responded"];
    let names = ["opened", "closed", "responded"];
    if let Some((field, name, problem)) = fields
        .iter()
        .zip(names)
        .zip(&dates)
        .find_map(|((field, name), date)| input::optional_date(date).err().map(|problem| (field, name, problem)))
    {
        // The field is a question; what is wrong with its answer is a sentence of its own.
        return refuse(
            format!("{} {}", app.tr(field), crate::i18n::sentence_case(&app.tr(problem))),
            vec![name],
        );
    }
    // Dates out of order would make a file the program refuses to open: said here, in words,
    // with the dates as typed, by the loader's own rule. Dates of the same shape compare as text.
    let typed = dates
        .each_ref()
        .map(|date| Some(date.trim()).filter(|date| !date.is_empty()));
    if let Some(out_of_order) = dates_out_of_order(typed).first() {
        let (id, invalid) = match out_of_order {
            DatesOutOfOrder::ClosedBeforeOpened => ("serve-ledger-error-closed-before-opened", ["opened", "closed"]),
            DatesOutOfOrder::RespondedBeforeClosed => {
                ("serve-ledger-error-responded-before-closed", ["closed", "responded"])
            }
            DatesOutOfOrder::RespondedBeforeOpened => {
                ("serve-ledger-error-responded-before-opened", ["opened", "responded"])
            }
        };
        let [opened, closed, responded] = typed.map(|date| date.unwrap_or_default());
        return refuse(
            crate::tr!(app.lang, id, opened = opened, closed = closed, responded = responded),
            invalid.to_vec(),
        );
    }
    let base = form.text("base");
    let result = edit(app, name, file, |assessment, _| {
        // Dates saved since this page was opened (in another tab, say) are not overwritten.
        if !base.is_empty() && pages::dates_fingerprint(assessment.consultation.as_ref()) != base {
            // The dates saved since are shown beside those typed, so that keeping one is a choice.
            let saved = fields
                .iter()
                .zip(pages::shown_dates(assessment.consultation.as_ref()))
                .map(|(label, date)| {
                    let date = if date.is_empty() {
                        app.tr("serve-answer-saved-none")
                    } else {
                        date
                    };
                    format!("{} {date}", app.tr(label))
                })
                .collect::<Vec<_>>()
                .join("\n");
            return Err(refuse(
                format!(
                    "{}\n\n{}\n{saved}",
                    app.tr("serve-ledger-dates-changed"),
                    app.tr("serve-answer-saved-now")
                ),
                Vec::new(),
            ));
        }
        let [opened, closed, responded] = dates.each_ref().map(|date| input::parse_date(date));
        let current = assessment.consultation.clone().unwrap_or_default();
        if (opened, closed, responded) != (current.opened, current.closed, current.responded) {
            let consultation = assessment.consultation.get_or_insert_with(Consultation::default);
            (consultation.opened, consultation.closed, consultation.responded) = (opened, closed, responded);
        }
        Ok(())
    });
    match result {
        Ok(()) => Reply::redirect(&format!("/a/{name}/ledger")),
        Err(reply) => reply,
    }
}

/// `POST /a/NAME/ledger/add`: one submission, checked as the wizard checks it.
pub(super) fn add_submission(app: &App, name: &str, file: &Path, request: &Incoming) -> Reply {
    let form = match form(app, request) {
        Ok(form) => form,
        Err(reply) => return reply,
    };
    let id = form.text("id");
    // The lists start on an empty choice: a field left so is an error said on the form, never a
    // submission saved as accepted, or as the government's, because that came first in a list.
    let chosen_group = SubmitterGroup::parse(&form.text("group"));
    let chosen_disposition = Disposition::parse(&form.text("disposition"));
    let disposition = chosen_disposition.unwrap_or(Disposition::NotAnswered);
    let submission = Submission {
        id: id.clone(),
        submitter: form.optional("submitter"),
        group: chosen_group.unwrap_or(SubmitterGroup::Unknown),
        provision: form.optional("provision"),
        asked: form.optional("asked"),
        disposition,
        merged_into: form
            .optional("merged_into")
            .filter(|_| disposition == Disposition::Merged),
        reason: Reason::parse(&form.text("reason")).filter(|_| crate::consultation::is_rejection(disposition)),
        reason_text: form
            .optional("reason_text")
            .filter(|_| crate::consultation::is_rejection(disposition)),
        submitted: None,
        responded: None,
        reflected_in: form.optional("reflected_in"),
        evidence: Vec::new(),
    };
    let unchosen: Vec<&'static str> = [
        ("group", chosen_group.is_none()),
        ("disposition", chosen_disposition.is_none()),
    ]
    .into_iter()
    .filter_map(|(field, missing)| missing.then_some(field))
    .collect();
    if !unchosen.is_empty() {
        let text = unchosen
            .iter()
            .map(|field| {
                let label = if *field == "group" {
                    "serve-ledger-add-group"
                } else {
                    "serve-ledger-add-disposition"
                };
                crate::tr!(app.lang, "serve-proposal-error-choice", field = app.tr(label))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let message = LedgerMessage {
            text,
            error: true,
            typed_dates: None,
            typed_submission: Some(submission),
            invalid: unchosen,
        };
        return pages::ledger(app, name, file, request, Some(message));
    }
    let mut problem = None;
    let result = edit(app, name, file, |assessment, _| {
        let ledger = assessment.consultation.clone().unwrap_or_default();
        if let Some(csv) = &ledger.submissions_file {
            problem = Some((
                crate::tr!(app.lang, "serve-ledger-error-csv", file = csv.clone()),
                Vec::new(),
            ));
            return Ok(());
        }
        if let Some(message) = ledger.new_id_problem(&id, app.lang) {
            let text = crate::tr!(app.lang, "serve-ledger-error-id", id = id.clone(), problem = message);
            problem = Some((text, vec!["id"]));
            return Ok(());
        }
        if disposition == Disposition::Merged {
            let into = submission
                .merged_into
                .as_deref()
                .map(str::trim)
                .filter(|into| !into.is_empty());
            match into {
                None => {
                    problem = Some((app.tr("serve-ledger-error-merged"), vec!["merged_into"]));
                    return Ok(());
                }
                // An id the ledger lacks is named, so that a slip of the keyboard shows.
                Some(into) if !ledger.entries().iter().any(|entry| entry.id.trim() == into) => {
                    let text = crate::tr!(app.lang, "serve-ledger-error-merged-unknown", id = into);
                    problem = Some((text, vec!["merged_into"]));
                    return Ok(());
                }
                Some(_) => {}
            }
        }
        assessment
            .consultation
            .get_or_insert_with(Consultation::default)
            .submissions
            .push(submission.clone());
        Ok(())
    });
    if let Err(reply) = result {
        return reply;
    }
    match problem {
        // The field the problem is about is marked for screen readers.
        Some((problem, invalid)) => {
            let message = LedgerMessage {
                text: problem,
                error: true,
                typed_dates: None,
                typed_submission: Some(submission),
                invalid,
            };
            pages::ledger(app, name, file, request, Some(message))
        }
        None => {
            let saved = crate::tr!(app.lang, "serve-ledger-saved", id = id.clone());
            ledger_message(app, name, file, request, saved, false)
        }
    }
}

/// One part of a `multipart/form-data` body: field name, file name, bytes.
type Part = (String, Option<String>, Vec<u8>);

/// The parts of a `multipart/form-data` body.
fn multipart(content_type: &str, body: &[u8]) -> Option<Vec<Part>> {
    let boundary = content_type
        .split(';')
        .find_map(|part| part.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    let find = |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).position(|window| window == needle);
    let start = find(rest, delimiter.as_bytes())?;
    rest = &rest[start + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let header_end = find(rest, b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&rest[..header_end]).into_owned();
        rest = &rest[header_end + 4..];
        let end = find(rest, format!("\r\n{delimiter}").as_bytes())?;
        let data = rest[..end].to_vec();
        rest = &rest[end + 2 + delimiter.len()..];
        let disposition = headers
            .lines()
            .find(|line| line.to_ascii_lowercase().starts_with("content-disposition"))?;
        let value_of = |key: &str| {
            disposition.split(';').find_map(|item| {
                item.trim()
                    .strip_prefix(key)
                    .and_then(|value| value.strip_prefix('='))
                    .map(|value| value.trim_matches('"').to_string())
            })
        };
        parts.push((value_of("name")?, value_of("filename"), data));
    }
}

/// `POST /a/NAME/ledger/import`: a CSV file of submissions, checked as the loader checks it,
/// copied next to the assessment file and named in `submissions_file`.
pub(super) fn import_csv(app: &App, name: &str, file: &Path, request: &Incoming) -> Reply {
    let Some(parts) = request
        .content_type
        .as_deref()
        .and_then(|content_type| multipart(content_type, &request.body))
    else {
        return Reply::text(400, &app.tr("serve-error-upload"));
    };
    let field = |wanted: &str| parts.iter().find(|(name, _, _)| name == wanted);
    let csrf = field("csrf").map(|(_, _, data)| String::from_utf8_lossy(data).into_owned());
    if !app.secrets.csrf_ok(csrf.as_deref()) {
        return refused(app.lang);
    }
    let Some((_, upload_name, data)) = field("csv").filter(|(_, _, data)| !data.is_empty()) else {
        return ledger_message(app, name, file, request, app.tr("serve-ledger-error-no-file"), true);
    };
    let replace = field("replace").is_some();
    // The uploaded file's own name, when it is a plain one; else one made from the assessment's.
    let own_name = upload_name
        .as_deref()
        .and_then(|upload| upload.rsplit(['/', '\\']).next())
        .filter(|upload| {
            upload.ends_with(".csv")
                && !upload.starts_with('.')
                && upload
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        })
        .map_or_else(
            || format!("{}-submissions.csv", name.trim_end_matches(".toml")),
            str::to_string,
        );
    let staging = match tempfile::tempdir() {
        Ok(staging) => staging,
        Err(error) => {
            let text = crate::tr!(app.lang, "serve-ledger-error-import", error = error.to_string());
            return ledger_message(app, name, file, request, text, true);
        }
    };
    let source = staging.path().join(&own_name);
    if let Err(error) = std::fs::write(&source, data) {
        let text = crate::tr!(app.lang, "serve-ledger-error-import", error = error.to_string());
        return ledger_message(app, name, file, request, text, true);
    }
    let rows = match crate::model::consultation::read_submissions_file(&source) {
        Ok(rows) => rows,
        Err(problems) => {
            // The problems name the file as the user knows it, not as it was staged here.
            let uploaded = upload_name
                .as_deref()
                .and_then(|upload| upload.rsplit(['/', '\\']).next())
                .filter(|upload| !upload.is_empty())
                .unwrap_or(&own_name);
            let text = crate::diagnostic::Diagnostics(problems)
                .to_string()
                .replace(&source.display().to_string(), uploaded);
            return ledger_message(
                app,
                name,
                file,
                request,
                format!("{}\n{text}", app.tr("serve-ledger-error-problems")),
                true,
            );
        }
    };
    let mut message = None;
    let result = edit(app, name, file, |assessment, _| {
        let inline = assessment
            .consultation
            .as_ref()
            .map_or(0, |consultation| consultation.submissions.len());
        if inline > 0 && !replace {
            message = Some((crate::tr!(app.lang, "serve-ledger-error-inline", count = inline), true));
            return Ok(());
        }
        let copied = match crate::wizard::place_beside(file, &source) {
            Ok(copied) => copied,
            Err(error) => {
                message = Some((
                    crate::tr!(app.lang, "serve-ledger-error-copy", error = error.to_string()),
                    true,
                ));
                return Ok(());
            }
        };
        let count = rows.len();
        let consultation = assessment.consultation.get_or_insert_with(Consultation::default);
        consultation.submissions.clear();
        consultation.submissions_file = Some(copied.clone());
        consultation.imported = rows.clone();
        message = Some((
            crate::tr!(app.lang, "serve-ledger-imported", count = count, file = copied.clone()),
            false,
        ));
        Ok(())
    });
    if let Err(reply) = result {
        return reply;
    }
    let (text, error) = message.unwrap_or_default();
    ledger_message(app, name, file, request, text, error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_bodies_give_their_fields_and_files() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"s.csv\"\r\nContent-Type: text/csv\r\n\r\nid,group\r\nS-1,civil-society\r\n\r\n--XyZ--\r\n";
        let parts = multipart("multipart/form-data; boundary=XyZ", body).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].0, "csrf");
        assert_eq!(parts[0].2, b"abc");
        assert_eq!(parts[1].1.as_deref(), Some("s.csv"));
        assert_eq!(parts[1].2, b"id,group\r\nS-1,civil-society\r\n");
        assert!(multipart("multipart/form-data; boundary=Other", body).is_none());
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_said_in_the_page_s_words() {
        let denied = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
            .context("cannot create a temporary file in .");
        assert!(
            super::save_failure(Lang::Fr, &denied).starts_with("Le dossier de cette évaluation n’est pas accessible")
        );
        let other = anyhow::anyhow!("disk full");
        assert_eq!(super::save_failure(Lang::En, &other), "disk full");
    }

    #[test]
    fn a_text_given_back_unchanged_keeps_its_own_line_breaks() {
        let saved = Some("Closed trilogues.\n".to_string());
        assert_eq!(super::unless_same(saved.clone(), "Closed trilogues."), saved);
        assert_eq!(
            super::unless_same(saved, "Open trilogues."),
            Some("Open trilogues.".to_string())
        );
        assert_eq!(super::unless_same(Some("x".into()), "  "), None);
    }

    #[test]
    fn items_split_on_lines_and_semicolons() {
        assert_eq!(items("s. 5; art. 12\n\n s. 9 ", true), ["s. 5", "art. 12", "s. 9"]);
        assert_eq!(items("a; b\nc", false), ["a; b", "c"]);
    }
}
