//! The pages: what a GET shows. Each builds a view of the file as it is on disk now and renders
//! it with the templates in `templates/` (embedded; tera escapes every value, so user text is
//! always shown as text). Every word of a page is a `serve-` message of the catalogue in the
//! page's language ([`App::lang`]), and the rubric texts come from the rubrics in that language.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

use anyhow::Result;
use serde::Serialize;
use tera::{Context, Tera};

use super::merge;
use super::server::{App, Incoming, Reply};
use crate::consultation::ConsultationView;
use crate::i18n::{Lang, tr};
use crate::markup::Markup;
use crate::model::guidance::Placing;
use crate::model::ids::QuestionId;
use crate::model::{
    Answer, AnswerStatus, Assessment, Dimension, Disposition, MechanismKind, ProposalKind, Question, Reason, Rubric,
    Stage, StakeholderGroup, SubmitterGroup,
};
use crate::render::{Format, Rendered};
use crate::report::Brief;
use crate::scoring::{self, QuestionStatus, Scorecard};

/// The embedded templates; tera escapes every value in them (their names end in `.html`).
pub(super) fn templates() -> Result<Tera> {
    let mut tera = Tera::default();
    tera.add_raw_templates([
        ("base.html", include_str!("templates/base.html")),
        ("home.html", include_str!("templates/home.html")),
        ("assessment.html", include_str!("templates/assessment.html")),
        ("question.html", include_str!("templates/question.html")),
        ("scorecard.html", include_str!("templates/scorecard.html")),
        ("ledger.html", include_str!("templates/ledger.html")),
        ("problem.html", include_str!("templates/problem.html")),
        ("rows.html", include_str!("templates/rows.html")),
        ("form_errors.html", include_str!("templates/form_errors.html")),
    ])?;
    tera.autoescape_on(vec![".html"]);
    Ok(tera)
}

/// A language of the switcher every page carries.
#[derive(Serialize)]
struct Language {
    code: &'static str,
    tag: &'static str,
    name: &'static str,
    current: bool,
}

/// Renders `template` with `context` plus what every page has: the CSRF token, the page's words
/// (`t`, the `serve-` messages without variables), its language, and the language switcher, whose
/// links lead back to `here` (the page's own address, `/` unless the page says).
pub(super) fn render(app: &App, template: &str, mut context: Context) -> Reply {
    context.insert("csrf", &app.secrets.csrf);
    context.insert("root", &app.secrets.root);
    context.insert("t", &crate::i18n::fixed_labels(app.lang, "serve-"));
    context.insert("lang_tag", app.lang.tag());
    let languages: Vec<Language> = Lang::ALL
        .iter()
        .map(|lang| Language {
            code: lang.code(),
            tag: lang.tag(),
            name: lang.native_name(),
            current: *lang == app.lang,
        })
        .collect();
    context.insert("languages", &languages);
    if !context.contains_key("here") {
        context.insert("here", "/");
    }
    if !context.contains_key("own_lang") {
        context.insert("own_lang", &None::<&str>);
    }
    match app.tera.render(template, &context) {
        Ok(html) => Reply::html(html),
        Err(error) => {
            let mut message = error.to_string();
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                message.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            Reply::text(500, &crate::tr!(app.lang, "serve-error-page", error = message))
        }
    }
}

/// A page that says what went wrong (an invalid file, a missing question).
pub(super) fn problem(app: &App, status: u16, title: &str, message: &str, name: Option<&str>) -> Reply {
    let here = name.map(|name| format!("/a/{name}"));
    problem_at(app, status, title, message, name, here.as_deref().unwrap_or("/"))
}

/// [`problem`], whose language switcher leads back to `here`.
fn problem_at(app: &App, status: u16, title: &str, message: &str, name: Option<&str>, here: &str) -> Reply {
    let mut context = Context::new();
    context.insert("title", title);
    context.insert("message", message);
    context.insert("file", &name);
    context.insert("here", here);
    render(app, "problem.html", context).status(status)
}

/// The file's text and assessment as they are on disk now, or the page that says why it cannot be
/// opened (it is never written then).
pub(super) fn load(app: &App, name: &str, file: &Path) -> Result<(String, Assessment), Reply> {
    let problem_page = |message: String| {
        problem_at(
            app,
            422,
            &app.tr("serve-problem-cannot-open"),
            // The command as it runs from where `serve` was started, as the problems name it.
            &format!(
                "{message}\n\n{}",
                crate::tr!(app.lang, "serve-problem-fix", file = crate::markup::path_shown(file))
            ),
            None,
            &format!("/a/{name}"),
        )
    };
    // A blank file (a file manager's "New text document") is one to start, not a broken one.
    if crate::output::holds_nothing(file) {
        return Err(problem_at(
            app,
            422,
            &app.tr("serve-problem-cannot-open"),
            &crate::tr!(app.lang, "serve-problem-blank", file = name),
            None,
            &format!("/a/{name}"),
        ));
    }
    // Read as `check` reads it: a file saved as UTF-16 or Latin-1 is said so, with what to do.
    let toml =
        crate::model::assessment::read_assessment_file(file).map_err(|problem| problem_page(problem.to_string()))?;
    let assessment = Assessment::from_file(&toml, &app.rubrics)
        .map_err(|problems| problem_page(crate::diagnostic::Diagnostics(problems).to_string()))?;
    Ok((toml.text.clone(), assessment))
}

/// Gives the page the language the assessment's own text is written in (its `lang` tag), where it
/// is not the page's: the title, the findings and the fields that hold that text are marked with
/// it, so that a French page reads an English finding as English, as the briefs do.
fn mark_own_language(app: &App, assessment: &Assessment, context: &mut Context) {
    let own = assessment.text_lang();
    context.insert("own_lang", &(own != app.lang).then(|| own.tag()));
}

/// The scorecard of `assessment`.
pub(super) fn scorecard_of(app: &App, assessment: &Assessment) -> Scorecard {
    scoring::score(&app.rubrics().select(&assessment.rubric_ids()), assessment)
}

/// The label of a value of a vocabulary (`stage`, `kind`, `group`, `disposition`, `reason`) in
/// the page's language: the message `serve-VOCABULARY-ID`.
fn vocabulary_label(lang: Lang, vocabulary: &str, id: &str) -> String {
    tr(lang, &format!("serve-{vocabulary}-{id}"))
}

/// A fingerprint of a value as loaded, sent with a form: a save finds out whether the file
/// changed meanwhile (another tab, an editor) by comparing it with the value on disk.
pub(super) fn fingerprint(value: &impl Serialize) -> String {
    let mut hasher = DefaultHasher::new();
    serde_json::to_string(value).unwrap_or_default().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// One question in the list of questions.
#[derive(Serialize)]
pub(super) struct Row {
    url: String,
    rubric: String,
    rubric_title: String,
    question: String,
    prompt: String,
    /// `done`, `unsure`, `open` or `skipped`.
    state: &'static str,
    status: String,
    current: bool,
    first_of_rubric: bool,
}

/// Every question of `assessment`, in the order they are asked.
pub(super) fn rows(app: &App, name: &str, assessment: &Assessment, current: Option<(&str, &str)>) -> Vec<Row> {
    let card = scorecard_of(app, assessment);
    let mut rows = Vec::new();
    let lang = app.lang;
    for rubric in app.rubrics().select(&assessment.rubric_ids()) {
        for question in &rubric.questions {
            let score = card
                .rubrics
                .iter()
                .flat_map(|rubric| &rubric.questions)
                .find(|score| score.id.rubric() == rubric.id && score.id.question() == question.id);
            let answer = assessment.answer(&rubric.id, &question.id);
            let (state, status) = match (score, answer) {
                (Some(score), _) if score.excluded_by_condition => ("skipped", tr(lang, "serve-row-condition")),
                (_, Some(answer)) => match (answer.level, answer.status) {
                    (Some(level), _) => ("done", crate::tr!(lang, "serve-row-level", level = level)),
                    (None, Some(AnswerStatus::Unknown)) => ("unsure", status_label(lang, AnswerStatus::Unknown)),
                    (None, Some(status)) => ("done", status_label(lang, status)),
                    (None, None) => ("open", tr(lang, "serve-row-open")),
                },
                (_, None) => ("open", tr(lang, "serve-row-open")),
            };
            rows.push(Row {
                url: format!("/a/{name}/q/{}/{}", rubric.id, question.id),
                rubric: rubric.id.clone(),
                rubric_title: rubric.title.clone(),
                question: question.id.clone(),
                prompt: question.prompt.clone(),
                state,
                status,
                current: current == Some((rubric.id.as_str(), question.id.as_str())),
                first_of_rubric: rubric.questions.first().is_some_and(|first| first.id == question.id),
            });
        }
    }
    rows
}

/// How many questions are still open: not answered, or answered "not sure yet", which the brief
/// counts as open too ("4 questions are still open").
pub(super) fn left(rows: &[Row]) -> usize {
    rows.iter().filter(|row| matches!(row.state, "open" | "unsure")).count()
}

/// The page to go to after saving the question `current`: the next one not answered (after it,
/// then from the start), else the next one after it answered "not sure yet", else the scorecard.
pub(super) fn next_after(rows: &[Row], current: Option<(&str, &str)>, name: &str) -> String {
    let position = current.and_then(|(rubric, question)| {
        rows.iter()
            .position(|row| row.rubric == rubric && row.question == question)
    });
    let start = position.map_or(0, |index| index + 1);
    let in_turn = || rows.iter().skip(start).chain(rows.iter().take(start));
    let other = |row: &&Row| Some((row.rubric.as_str(), row.question.as_str())) != current;
    // Unsure ones only after the current one: saved in turn, they lead on to the scorecard
    // rather than from one to the other and back.
    in_turn()
        .filter(other)
        .find(|row| row.state == "open")
        .or_else(|| rows.iter().skip(start).filter(other).find(|row| row.state == "unsure"))
        .map_or_else(|| format!("/a/{name}/scorecard"), |row| row.url.clone())
}

fn status_label(lang: Lang, status: AnswerStatus) -> String {
    tr(
        lang,
        match status {
            AnswerStatus::Unknown => "serve-status-unknown",
            AnswerStatus::NotApplicable => "serve-status-not-applicable",
            AnswerStatus::NotAffected => "serve-status-not-affected-short",
            AnswerStatus::ScreenedOut => "serve-status-screened-out-short",
        },
    )
}

/// `GET /`: the assessments in the folder, and a form to start one.
/// Each problem of a refused form, with the name of the field it is about.
pub(super) type Problems = Vec<(&'static str, String)>;

/// `error` is a refused new assessment: the title and file name typed, and its problems.
pub(super) fn home(app: &App, error: Option<(&str, &str, Problems)>) -> Reply {
    #[derive(Serialize)]
    struct Item {
        name: String,
        title: String,
        progress: String,
        ok: bool,
    }
    let mut items = Vec::new();
    // `*.toml` files the server will not open (a name it cannot put in an address, a link that
    // could lead out of the folder) are named with what to do, never left out without a word.
    let mut unserved = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&app.dir) {
        let mut names: Vec<String> = Vec::new();
        for entry in entries.filter_map(|entry| entry.ok()) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if super::security::assessment_path(&app.dir, &name).is_some() {
                names.push(name);
            } else if name.to_lowercase().ends_with(".toml")
                && !name.starts_with('.')
                && entry.file_type().is_ok_and(|kind| !kind.is_dir())
            {
                let is_link = entry.file_type().is_ok_and(|kind| kind.is_symlink());
                unserved.push(if is_link {
                    crate::tr!(app.lang, "serve-home-unserved-link", file = name)
                } else {
                    let stem = name.get(..name.len() - ".toml".len()).unwrap_or(&name);
                    let renamed = crate::file_name::free_in(&app.dir, stem);
                    crate::tr!(app.lang, "serve-home-unserved-name", file = name, renamed = renamed)
                });
            }
        }
        names.sort();
        unserved.sort();
        for name in names {
            let file = app.dir.join(&name);
            let item = match load(app, &name, &file) {
                Ok((_, assessment)) => {
                    let rows = rows(app, &name, &assessment, None);
                    let open = left(&rows);
                    Item {
                        title: assessment.proposal.title.clone(),
                        progress: if open == 0 {
                            app.tr("serve-home-progress-done")
                        } else {
                            crate::tr!(app.lang, "serve-home-progress-left", count = open, total = rows.len())
                        },
                        ok: true,
                        name,
                    }
                }
                Err(_) => Item {
                    title: name.clone(),
                    progress: app.tr(if crate::output::holds_nothing(&file) {
                        "serve-home-blank"
                    } else {
                        "serve-home-has-problems"
                    }),
                    ok: false,
                    name,
                },
            };
            items.push(item);
        }
    }
    let mut context = Context::new();
    context.insert("items", &items);
    context.insert("unserved", &unserved);
    // Where the folder is, whole: `.` says nothing to a reader of the page.
    let dir = std::path::absolute(&app.dir).unwrap_or_else(|_| app.dir.clone());
    context.insert("dir", &dir.display().to_string());
    let refused = error.is_some();
    let (title, file_name, problems) = error.unwrap_or_default();
    let (invalid, errors): (Vec<&str>, Vec<String>) = problems.into_iter().unzip();
    context.insert("new_title", title);
    context.insert("new_file", file_name);
    context.insert("errors", &errors);
    context.insert("invalid", &invalid);
    context.insert("conflicts", &Vec::<Conflict>::new());
    context.insert("file_name_max", &super::security::MAX_FILE_NAME);
    let reply = render(app, "home.html", context);
    if refused { reply.status(422) } else { reply }
}

/// The label of a question's finding field: a process question's finding is what the drafters
/// did, not what the text does.
pub(super) fn finding_label(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Effect => "serve-question-finding",
        Dimension::Process => "serve-question-finding-process",
    }
}

/// The effect questions the screening step lists, when the file has not been screened yet.
pub(super) fn screening_areas<'a>(app: &'a App, assessment: &Assessment) -> Vec<(&'a Rubric, &'a Question)> {
    let effect: Vec<(&Rubric, &Question)> = app
        .rubrics()
        .select(&assessment.rubric_ids())
        .into_iter()
        .flat_map(|rubric| rubric.questions.iter().map(move |question| (rubric, question)))
        .filter(|(_, question)| question.dimension() == Dimension::Effect)
        .collect();
    let screened = effect
        .iter()
        .any(|(rubric, question)| assessment.answer(&rubric.id, &question.id).is_some());
    if screened || effect.len() < 2 {
        Vec::new()
    } else {
        effect
    }
}

/// An option of a select list.
#[derive(Serialize)]
pub(super) struct Choice {
    pub(super) value: String,
    label: String,
    selected: bool,
}

/// The options of a vocabulary's select list, labelled in the page's language.
fn choices<T: Copy + PartialEq>(
    lang: Lang,
    vocabulary: &str,
    all: &[T],
    current: Option<T>,
    id: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|item| Choice {
            value: id(*item).to_string(),
            label: vocabulary_label(lang, vocabulary, id(*item)),
            selected: current == Some(*item),
        })
        .collect()
}

/// The proposal and assessor fields as the form shows them.
#[derive(Serialize, Default, Clone)]
pub(super) struct ProposalFields {
    pub(super) title: String,
    pub(super) kind: String,
    pub(super) jurisdiction: String,
    pub(super) reference: String,
    pub(super) stage: String,
    pub(super) introduced: String,
    pub(super) url: String,
    pub(super) summary: String,
    pub(super) context: String,
    pub(super) assessors: String,
    pub(super) group: String,
    pub(super) date: String,
    /// The language of the brief the file names (`language`), or empty: then the page's.
    pub(super) language: String,
    /// The assessors drafted or proposed the text (`drafter`).
    pub(super) drafter: bool,
    /// The brief is final, not a draft (`status = "final"`).
    pub(super) final_brief: bool,
}

impl ProposalFields {
    pub(super) fn of(assessment: &Assessment) -> ProposalFields {
        let proposal = &assessment.proposal;
        ProposalFields {
            title: proposal.title.clone(),
            kind: proposal.kind.map(|kind| kind.id().to_string()).unwrap_or_default(),
            jurisdiction: proposal
                .jurisdiction
                .as_ref()
                .map(|jurisdiction| jurisdiction.names().join("; "))
                .unwrap_or_default(),
            reference: proposal.reference.clone().unwrap_or_default(),
            stage: proposal.stage.map(|stage| stage.id().to_string()).unwrap_or_default(),
            introduced: proposal.introduced.map(|date| date.to_string()).unwrap_or_default(),
            url: proposal.url.clone().unwrap_or_default(),
            summary: proposal.summary.clone().unwrap_or_default(),
            context: proposal.context.clone().unwrap_or_default(),
            assessors: assessment.assessment.assessors.join("\n"),
            group: assessment
                .assessment
                .stakeholder_group
                .map(|group| group.id().to_string())
                .unwrap_or_default(),
            date: assessment
                .assessment
                .date
                .map(|date| date.to_string())
                .unwrap_or_default(),
            language: assessment
                .assessment
                .language
                .map(|lang| lang.code().to_string())
                .unwrap_or_default(),
            drafter: assessment.assessment.drafter,
            final_brief: assessment.assessment.status == Some(crate::model::ReviewStatus::Final),
        }
    }

    /// The fields as a merge compares them, by their names in the form.
    pub(super) fn canonical(&self) -> merge::Values {
        vec![
            ("title", merge::one_line(&self.title)),
            ("kind", merge::text(&self.kind)),
            ("jurisdiction", merge::list(&self.jurisdiction, true)),
            ("reference", merge::one_line(&self.reference)),
            ("stage", merge::text(&self.stage)),
            ("introduced", merge::text(&self.introduced)),
            ("url", merge::one_line(&self.url)),
            ("summary", merge::text(&self.summary)),
            ("context", merge::text(&self.context)),
            ("assessors", merge::list(&self.assessors, true)),
            ("group", merge::text(&self.group)),
            ("date", merge::text(&self.date)),
            ("language", merge::text(&self.language)),
            ("drafter", if self.drafter { "yes" } else { "" }.to_string()),
            ("final", if self.final_brief { "yes" } else { "" }.to_string()),
        ]
    }

    /// The label of the field `name` (a name of the form).
    pub(super) fn label(name: &str) -> &'static str {
        match name {
            "title" => "serve-proposal-title",
            "kind" => "serve-proposal-kind",
            "jurisdiction" => "serve-proposal-jurisdiction",
            "reference" => "serve-proposal-reference",
            "stage" => "serve-proposal-stage",
            "introduced" => "serve-proposal-introduced",
            "url" => "serve-proposal-url",
            "summary" => "serve-proposal-summary",
            "context" => "serve-proposal-context",
            "assessors" => "serve-assessors-names",
            "group" => "serve-assessors-group",
            "date" => "serve-assessors-date",
            "language" => "serve-assessors-language",
            "final" => "serve-assessors-final",
            _ => "serve-assessors-drafter",
        }
    }

    /// How the page shows the value of `name`: a choice of a list by its label.
    pub(super) fn shown(&self, app: &App, name: &str) -> String {
        let label = |vocabulary: &str, id: &str| {
            if id.is_empty() {
                String::new()
            } else {
                vocabulary_label(app.lang, vocabulary, id)
            }
        };
        let value = match name {
            "title" => self.title.clone(),
            "kind" => label("kind", &self.kind),
            "jurisdiction" => merge::list(&self.jurisdiction, true),
            "reference" => self.reference.clone(),
            "stage" => label("stage", &self.stage),
            "introduced" => self.introduced.clone(),
            "url" => self.url.clone(),
            "summary" => self.summary.clone(),
            "context" => self.context.clone(),
            "assessors" => merge::list(&self.assessors, true),
            "group" => label("group", &self.group),
            "date" => self.date.clone(),
            "language" => self
                .language
                .parse::<Lang>()
                .map(|lang| lang.native_name().to_string())
                .unwrap_or_default(),
            "final" => app.tr(if self.final_brief {
                "serve-conflict-ticked"
            } else {
                "serve-conflict-not-ticked"
            }),
            _ => app.tr(if self.drafter {
                "serve-conflict-ticked"
            } else {
                "serve-conflict-not-ticked"
            }),
        };
        shown_or_empty(app, value)
    }
}

/// What the assessment page shows beside the file: a form that was refused, with its message.
#[derive(Default)]
pub(super) struct AssessmentState {
    pub(super) proposal: Option<Refusal<ProposalFields>>,
    pub(super) screening_error: Option<String>,
    pub(super) confirm_none: bool,
    pub(super) ticked: Vec<String>,
}

/// `GET /a/NAME`: the proposal, the screening step and the list of questions.
pub(super) fn assessment(app: &App, name: &str, file: &Path, request: &Incoming) -> Reply {
    assessment_page(app, name, file, AssessmentState::default(), request.param("saved"))
}

/// The assessment page, with `state` from a refused form.
pub(super) fn assessment_page(
    app: &App,
    name: &str,
    file: &Path,
    state: AssessmentState,
    saved: Option<&str>,
) -> Reply {
    let (_, assessment) = match load(app, name, file) {
        Ok(loaded) => loaded,
        Err(reply) => return reply,
    };
    // The base the form carries back: the file as shown, unless a refused form carries its own.
    let (base, base_fields) = match state.proposal.as_ref().and_then(|refused| refused.base.as_ref()) {
        Some(base) => (base.hash.clone(), base.fields.clone()),
        None => (
            fingerprint(&(&assessment.proposal, &assessment.assessment)),
            Some(ProposalFields::of(&assessment)),
        ),
    };
    let refused = state.proposal.unwrap_or_else(|| Refusal {
        fields: ProposalFields::of(&assessment),
        errors: Vec::new(),
        invalid: Vec::new(),
        conflicts: Vec::new(),
        base: None,
    });
    let mut fields = refused.fields;
    if fields.date.is_empty() {
        fields.date = app.today.clone();
    }
    #[derive(Serialize)]
    struct Area {
        value: String,
        label: String,
        ticked: bool,
    }
    let areas: Vec<Area> = screening_areas(app, &assessment)
        .iter()
        .map(|(rubric, question)| {
            let value = format!("{}.{}", rubric.id, question.id);
            Area {
                ticked: state.ticked.contains(&value),
                value,
                label: question.area_name().to_string(),
            }
        })
        .collect();
    let rows = rows(app, name, &assessment, None);
    let mut context = Context::new();
    context.insert("file", name);
    context.insert("title", &assessment.proposal.title);
    mark_own_language(app, &assessment, &mut context);
    context.insert("fields", &fields);
    context.insert("base", &base);
    context.insert("base_fields", &base_fields);
    context.insert("errors", &refused.errors);
    context.insert("invalid", &refused.invalid);
    context.insert("conflicts", &refused.conflicts);
    context.insert(
        "kinds",
        &choices(
            app.lang,
            "kind",
            ProposalKind::ALL,
            assessment.proposal.kind,
            ProposalKind::id,
        ),
    );
    context.insert(
        "stages",
        &choices(app.lang, "stage", Stage::ALL, assessment.proposal.stage, Stage::id),
    );
    context.insert(
        "groups",
        &choices(
            app.lang,
            "group",
            StakeholderGroup::ALL,
            assessment.assessment.stakeholder_group,
            StakeholderGroup::id,
        ),
    );
    context.insert(
        "brief_languages",
        &Lang::ALL
            .iter()
            .map(|lang| Choice {
                value: lang.code().to_string(),
                label: lang.native_name().to_string(),
                selected: assessment.assessment.language == Some(*lang),
            })
            .collect::<Vec<_>>(),
    );
    let next = next_after(&rows, None, name);
    let open = left(&rows);
    context.insert("open", &open);
    context.insert(
        "progress",
        &if open > 0 {
            crate::tr!(app.lang, "serve-assessment-left", count = open)
        } else {
            app.tr("serve-assessment-all-answered")
        },
    );
    context.insert(
        "confirm_none_label",
        &crate::tr!(app.lang, "serve-screening-confirm", count = areas.len()),
    );
    context.insert("here", &format!("/a/{name}"));
    context.insert("rows", &rows);
    context.insert("next", &next);
    context.insert("areas", &areas);
    context.insert("screening_error", &state.screening_error);
    context.insert("confirm_none", &state.confirm_none);
    context.insert("saved", &saved);
    render(app, "assessment.html", context)
}

/// The answer fields as the question form shows them.
#[derive(Serialize, Default, Clone)]
pub(super) struct AnswerFields {
    /// `level-N`, a status id, or empty.
    pub(super) choice: String,
    pub(super) finding: String,
    pub(super) provisions: String,
    pub(super) mechanisms: Vec<String>,
    pub(super) rationale: String,
    pub(super) evidence: String,
    pub(super) recommendation: String,
    /// The question whose advice answers this one too (`rubric.question`), or empty.
    pub(super) advice_under: String,
    /// `on` where this finding is the one page 1 leads with, else empty.
    pub(super) lead: String,
}

impl AnswerFields {
    pub(super) fn of(answer: Option<&Answer>) -> AnswerFields {
        let Some(answer) = answer else {
            return AnswerFields::default();
        };
        AnswerFields {
            choice: match (answer.level, answer.status) {
                (Some(level), _) => format!("level-{level}"),
                (None, Some(status)) => status.id().to_string(),
                (None, None) => String::new(),
            },
            finding: answer.finding.clone().unwrap_or_default(),
            provisions: answer.provisions.join("\n"),
            mechanisms: answer.mechanisms.clone(),
            rationale: answer.rationale.clone().unwrap_or_default(),
            evidence: answer.evidence.join("\n"),
            recommendation: answer.recommendation.clone().unwrap_or_default(),
            advice_under: answer.advice_under.first().cloned().unwrap_or_default(),
            lead: if answer.lead { "on".to_string() } else { String::new() },
        }
    }

    /// The fields as a merge compares them, by their names in the form.
    pub(super) fn canonical(&self) -> merge::Values {
        vec![
            ("choice", self.choice.trim().to_string()),
            ("finding", merge::one_line(&self.finding)),
            ("provisions", merge::list(&self.provisions, true)),
            ("mechanism", merge::set(&self.mechanisms)),
            ("rationale", merge::text(&self.rationale)),
            ("evidence", merge::list(&self.evidence, false)),
            ("recommendation", merge::text(&self.recommendation)),
            ("advice_under", self.advice_under.trim().to_string()),
            ("lead", self.lead.trim().to_string()),
        ]
    }

    /// The label of the field `name` (a name of the form), for the page that shows a conflict.
    pub(super) fn label(name: &str) -> &'static str {
        match name {
            "choice" => "serve-question-answer",
            "finding" => "serve-question-finding",
            "provisions" => "serve-question-provisions",
            "mechanism" => "serve-conflict-mechanisms",
            "rationale" => "serve-question-rationale",
            "evidence" => "serve-question-evidence",
            "recommendation" => "serve-question-recommendation",
            "lead" => "serve-question-lead",
            _ => "serve-question-advice-under",
        }
    }
}

/// A form that was not saved: what it held, and why.
pub(super) struct Refusal<F> {
    /// What the form shows again: what was typed, with the file's changes taken in.
    pub(super) fields: F,
    /// What is wrong, a sentence (or a few) each.
    pub(super) errors: Vec<String>,
    /// The fields (by their names in the form) the errors are about, marked on the page.
    pub(super) invalid: Vec<&'static str>,
    /// The fields both this form and the file changed, each with both values.
    pub(super) conflicts: Vec<Conflict>,
    /// The base the form was opened with, carried on; `None`: the file as it is now, which the
    /// user has just been shown (after a conflict).
    pub(super) base: Option<Base<F>>,
}

impl<F> Refusal<F> {
    /// A form refused for `errors` about `invalid`, its base carried on.
    pub(super) fn new(fields: F, errors: Vec<String>, invalid: Vec<&'static str>, base: Base<F>) -> Refusal<F> {
        Refusal {
            fields,
            errors,
            invalid,
            conflicts: Vec::new(),
            base: Some(base),
        }
    }
}

/// What a form was opened with: the fingerprint of its part of the file, and its values, when
/// the form carried them.
pub(super) struct Base<F> {
    pub(super) hash: String,
    pub(super) fields: Option<F>,
}

/// A field the file changed since the form was opened, which the form holds otherwise: both
/// changed it (`both`), or only the file did and its value was taken into the form.
#[derive(Serialize)]
pub(super) struct Conflict {
    /// The form's name of the field.
    pub(super) name: &'static str,
    pub(super) label: String,
    /// The file's value, as the page shows it.
    pub(super) saved: String,
    /// The value typed, as the page shows it.
    pub(super) typed: String,
    pub(super) both: bool,
    /// What the form does with it, in words.
    pub(super) note: String,
}

/// A value for the conflict table: "(empty)" rather than nothing, which reads as a fault.
pub(super) fn shown_or_empty(app: &App, value: String) -> String {
    if value.trim().is_empty() {
        app.tr("serve-conflict-empty")
    } else {
        value
    }
}

/// How the question page shows the value of `name` in `fields`: levels and statuses by their
/// text, harms and safeguards by their labels, another question by its name.
pub(super) fn shown_answer_field(
    app: &App,
    assessment: &Assessment,
    rubric: &Rubric,
    question: &Question,
    fields: &AnswerFields,
    name: &str,
) -> String {
    let value = match name {
        "choice" => {
            let levels = question
                .levels
                .iter()
                .enumerate()
                .map(|(level, text)| (format!("level-{level}"), format!("{level} – {text}")));
            let statuses = statuses(question, assessment.answer(&rubric.id, &question.id), app.lang);
            levels
                .chain(statuses)
                .find(|(value, _)| *value == fields.choice)
                .map_or_else(|| app.tr("serve-answer-saved-none"), |(_, label)| label)
        }
        "mechanism" => question
            .mechanisms
            .iter()
            .filter(|mechanism| fields.mechanisms.contains(&mechanism.id))
            .map(|mechanism| mechanism.label.clone())
            .collect::<Vec<_>>()
            .join("\n"),
        "advice_under" => advice_choices(app, assessment, rubric, question, &fields.advice_under)
            .into_iter()
            .find(|choice| choice.selected)
            .map(|choice| choice.label)
            .unwrap_or_default(),
        "finding" => fields.finding.clone(),
        "provisions" => merge::list(&fields.provisions, true),
        "rationale" => fields.rationale.clone(),
        "evidence" => merge::list(&fields.evidence, false),
        "lead" if fields.lead == "on" => app.tr("serve-question-lead-ticked"),
        "lead" => String::new(),
        _ => fields.recommendation.clone(),
    };
    shown_or_empty(app, value)
}

/// `GET /a/NAME/q/RUBRIC/QUESTION`: one question with its full guidance.
pub(super) fn question(app: &App, name: &str, file: &Path, rubric: &str, question: &str, request: &Incoming) -> Reply {
    question_page(
        app,
        name,
        file,
        rubric,
        question,
        None,
        request.param("saved").is_some(),
    )
}

/// The question page; `refused` holds a form that was not saved and why.
pub(super) fn question_page(
    app: &App,
    name: &str,
    file: &Path,
    rubric_id: &str,
    question_id: &str,
    refused: Option<Refusal<AnswerFields>>,
    saved: bool,
) -> Reply {
    let (_, assessment) = match load(app, name, file) {
        Ok(loaded) => loaded,
        Err(reply) => return reply,
    };
    let Some((rubric, question)) = find_question(app, &assessment, rubric_id, question_id) else {
        return Reply::not_found(app.lang);
    };
    let answer = assessment.answer(&rubric.id, &question.id);
    // The base the form carries back: the answer as shown, unless a refused form carries its own.
    let (base, base_fields) = match refused.as_ref().and_then(|refused| refused.base.as_ref()) {
        Some(base) => (base.hash.clone(), base.fields.clone()),
        None => (fingerprint(&answer), Some(AnswerFields::of(answer))),
    };
    let refused = refused.unwrap_or_else(|| Refusal {
        fields: AnswerFields::of(answer),
        errors: Vec::new(),
        invalid: Vec::new(),
        conflicts: Vec::new(),
        base: None,
    });
    let fields = refused.fields;
    let lang = app.lang;
    let levels = form_choices(
        question
            .levels
            .iter()
            .enumerate()
            .map(|(level, text)| (format!("level-{level}"), format!("{level} – {text}")))
            .collect(),
        &fields.choice,
    );
    let statuses = form_choices(statuses(question, answer, lang), &fields.choice);
    let rows = rows(app, name, &assessment, Some((&rubric.id, &question.id)));
    let number = rubric
        .questions
        .iter()
        .position(|known| known.id == question.id)
        .map_or(0, |index| index + 1);
    let condition = skipped_condition(app, &assessment, rubric, question, lang);
    let open = left(&rows);
    let mut context = Context::new();
    context.insert("file", name);
    context.insert("title", &assessment.proposal.title);
    mark_own_language(app, &assessment, &mut context);
    context.insert(
        "position",
        &crate::tr!(
            lang,
            "serve-question-position",
            rubric = rubric.title.clone(),
            number = number,
            count = rubric.questions.len()
        ),
    );
    context.insert("remaining", &crate::tr!(lang, "serve-question-remaining", count = open));
    context.insert("prompt", &question.prompt);
    context.insert("area", &question.area_name());
    context.insert("effect", &(question.dimension() == Dimension::Effect));
    // The rubric's guidance, whole: Markdown rendered by the brief's own writer, which escapes
    // every text in it.
    let guidance = app.rubrics().guidance(rubric, question, lang, Placing::Position);
    context.insert("help_html", &Markup::parse(&guidance).to_html(2));
    context.insert("levels", &levels);
    context.insert("statuses", &statuses);
    context.insert(
        "harms",
        &mechanism_choices(question, MechanismKind::Harm, &fields.mechanisms),
    );
    context.insert(
        "safeguards",
        &mechanism_choices(question, MechanismKind::Safeguard, &fields.mechanisms),
    );
    context.insert(
        "advice_under",
        &advice_choices(app, &assessment, rubric, question, &fields.advice_under),
    );
    context.insert("fields", &fields);
    context.insert("errors", &refused.errors);
    context.insert("invalid", &refused.invalid);
    context.insert("conflicts", &refused.conflicts);
    context.insert("saved", &saved);
    context.insert("condition", &condition);
    context.insert("finding_label", &tr(lang, finding_label(question.dimension())));
    context.insert("base", &base);
    context.insert("base_fields", &base_fields);
    context.insert("action", &format!("/a/{name}/q/{}/{}", rubric.id, question.id));
    context.insert("here", &format!("/a/{name}/q/{}/{}", rubric.id, question.id));
    context.insert("open", &open);
    context.insert("rows", &rows);
    render(app, "question.html", context)
}

/// The effect questions whose advice may answer `question` too (`advice_under`), named as the
/// pages name questions, the one `chosen` selected: the other effect questions of the
/// assessment's rubrics, and first the question `chosen` names if it is not one of them (a file
/// may name any question), so that it is shown and kept. Empty for a process question.
pub(super) fn advice_choices(
    app: &App,
    assessment: &Assessment,
    rubric: &Rubric,
    question: &Question,
    chosen: &str,
) -> Vec<Choice> {
    if question.mechanisms.is_empty() {
        return Vec::new();
    }
    let rubrics = app.rubrics();
    let mut choices: Vec<Choice> = rubrics
        .other_effect_questions(&assessment.rubric_ids(), &rubric.id, &question.id)
        .into_iter()
        .map(|(other_rubric, other)| {
            let value = format!("{}.{}", other_rubric.id, other.id);
            Choice {
                selected: value == chosen,
                label: crate::report::question_name(&other_rubric.title, other.area_name(), app.lang),
                value,
            }
        })
        .collect();
    if !chosen.is_empty() && !choices.iter().any(|choice| choice.selected) {
        let named = QuestionId::parse(chosen)
            .and_then(|id| rubrics.question(&id))
            .map_or_else(
                || chosen.to_string(),
                |(rubric, question)| crate::report::question_name(&rubric.title, question.area_name(), app.lang),
            );
        choices.insert(
            0,
            Choice {
                value: chosen.to_string(),
                label: named,
                selected: true,
            },
        );
    }
    choices
}

/// One choice of the question form: a radio button or a checkbox.
#[derive(Serialize)]
struct FormChoice {
    value: String,
    label: String,
    checked: bool,
}

/// Owns the radio buttons of `items` (value, label), the one whose value is `chosen` checked.
fn form_choices(items: Vec<(String, String)>, chosen: &str) -> Vec<FormChoice> {
    items
        .into_iter()
        .map(|(value, label)| FormChoice {
            checked: chosen == value,
            value,
            label,
        })
        .collect()
}

/// Owns the statuses a question can be given instead of a level: "not affected" only for an
/// effect question, "screened out" only when the answer already has it.
fn statuses(question: &Question, answer: Option<&Answer>, lang: Lang) -> Vec<(String, String)> {
    let mut statuses = Vec::new();
    if question.dimension() == Dimension::Effect {
        statuses.push((
            AnswerStatus::NotAffected.id().to_string(),
            tr(lang, "serve-status-not-affected"),
        ));
    }
    statuses.push((AnswerStatus::Unknown.id().to_string(), tr(lang, "serve-status-unknown")));
    statuses.push((
        AnswerStatus::NotApplicable.id().to_string(),
        tr(lang, "serve-status-not-applicable"),
    ));
    if answer.is_some_and(|answer| answer.status == Some(AnswerStatus::ScreenedOut)) {
        statuses.push((
            AnswerStatus::ScreenedOut.id().to_string(),
            tr(lang, "serve-status-screened-out"),
        ));
    }
    statuses
}

/// Owns the checkboxes of a question's mechanisms of `kind`, those in `ticked` checked.
fn mechanism_choices(question: &Question, kind: MechanismKind, ticked: &[String]) -> Vec<FormChoice> {
    question
        .mechanisms
        .iter()
        .filter(|mechanism| mechanism.kind == kind)
        .map(|mechanism| FormChoice {
            checked: ticked.contains(&mechanism.id),
            value: mechanism.id.clone(),
            label: mechanism.label.clone(),
        })
        .collect()
}

/// Owns the sentence saying why a question was not asked, when its condition left it out.
fn skipped_condition(
    app: &App,
    assessment: &Assessment,
    rubric: &Rubric,
    question: &Question,
    lang: Lang,
) -> Option<String> {
    let card = scorecard_of(app, assessment);
    let skipped = card
        .rubrics
        .iter()
        .flat_map(|rubric| &rubric.questions)
        .find(|score| score.id.rubric() == rubric.id && score.id.question() == question.id)
        .is_some_and(|score| score.excluded_by_condition && score.status == QuestionStatus::NotApplicable);
    question.applies_if.as_ref().filter(|_| skipped).map(|condition| {
        crate::tr!(
            lang,
            "serve-question-condition",
            question = condition.question.to_string(),
            level = condition.min_level
        )
    })
}

/// The rubric and question `rubric_id.question_id` among the assessment's rubrics.
pub(super) fn find_question<'a>(
    app: &'a App,
    assessment: &Assessment,
    rubric_id: &str,
    question_id: &str,
) -> Option<(&'a Rubric, &'a Question)> {
    let rubric = app
        .rubrics()
        .select(&assessment.rubric_ids())
        .into_iter()
        .find(|rubric| rubric.id == rubric_id)?;
    let question = rubric.question(question_id)?;
    Some((rubric, question))
}

/// `GET /a/NAME/scorecard`: the two verdicts and the overall rating, each rubric, and the
/// downloads.
pub(super) fn scorecard(app: &App, name: &str, file: &Path) -> Reply {
    let (_, assessment) = match load(app, name, file) {
        Ok(loaded) => loaded,
        Err(reply) => return reply,
    };
    // The scorecard speaks the page's language, whatever the file names for its brief; the file
    // itself is not touched.
    let lang = app.lang;
    let mut assessment = assessment;
    let named = assessment.assessment.language;
    // Its own text keeps its language, which the page marks.
    assessment.brief_in(lang);
    let brief = Brief::of(&assessment, app.rubrics());
    #[derive(Serialize)]
    struct Verdict {
        label: String,
        verdict: String,
        key: String,
        figures: String,
        brief_figures: String,
        note: Option<String>,
    }
    // One card: its label, its rating by key, its score and coverage, and a note under them.
    let card = |label: String, key: &str, (score, coverage): (&str, &str), note: Option<String>| Verdict {
        label,
        verdict: tr(lang, &format!("serve-verdict-{key}")),
        key: key.to_string(),
        figures: crate::tr!(lang, "serve-scorecard-figures", score = score, coverage = coverage),
        brief_figures: crate::tr!(
            lang,
            "serve-scorecard-figures-short",
            score = score,
            coverage = coverage
        ),
        note,
    };
    let verdict = |dimension: &crate::report::DimensionView| {
        card(
            tr(lang, &format!("serve-dimension-{}", dimension.id.id())),
            dimension.verdict_key,
            (&dimension.score_display, &dimension.coverage_display),
            dimension.cap_note.clone(),
        )
    };
    #[derive(Serialize)]
    struct RubricRow {
        title: String,
        verdicts: Vec<Verdict>,
        red_flags: usize,
    }
    let rubrics: Vec<RubricRow> = brief
        .rubrics
        .iter()
        .map(|rubric| RubricRow {
            title: rubric.title.clone(),
            verdicts: rubric.dimensions.iter().map(verdict).collect(),
            red_flags: rubric.red_flags.len(),
        })
        .collect();
    #[derive(Serialize)]
    struct Concern {
        /// The question as page 1 names it ("Openness: Encryption and private messages").
        name: String,
        text: String,
        /// The text is the assessors' finding, in the file's language, rather than the area's
        /// name, in the page's.
        assessors: bool,
        flag: bool,
    }
    let concerns: Vec<Concern> = brief
        .summary
        .main_concerns
        .iter()
        .map(|finding| Concern {
            // A rubric alone does not say which finding it is.
            name: crate::report::question_name(&finding.rubric_title, &finding.topic, lang),
            text: finding.finding.clone().unwrap_or_else(|| finding.topic.clone()),
            assessors: finding.finding.is_some(),
            flag: finding.red_flag,
        })
        .collect();
    let rows = rows(app, name, &assessment, None);
    let mut context = Context::new();
    context.insert("file", name);
    context.insert("title", &assessment.proposal.title);
    mark_own_language(app, &assessment, &mut context);
    // Both verdicts, then the rating the brief's first page gives the whole, from them.
    let overall = &brief.overall;
    let mut verdicts: Vec<Verdict> = overall.dimensions.iter().map(verdict).collect();
    verdicts.push(card(
        tr(lang, "brief-overall-rating"),
        overall.rating_key,
        (&overall.score_display, &overall.coverage_display),
        None,
    ));
    context.insert("verdicts", &verdicts);
    context.insert("rubrics", &rubrics);
    context.insert("concerns", &concerns);
    context.insert("more_concerns", &brief.summary.more_concerns_note);
    context.insert("robustness", &brief.robustness.sentence);
    context.insert("screening", &brief.screening.sentence);
    context.insert("provisional", &brief.provisional);
    let open = left(&rows);
    context.insert("open", &open);
    context.insert("open_note", &crate::tr!(lang, "serve-scorecard-open", count = open));
    context.insert("next", &next_after(&rows, None, name));
    let brief_lang = brief_lang(app, &named);
    context.insert(
        "download_intro",
        &crate::tr!(lang, "serve-download-intro", language = brief_lang.code()),
    );
    context.insert("here", &format!("/a/{name}/scorecard"));
    render(app, "scorecard.html", context)
}

/// The language a download is written in: the one the file names, else the page's.
fn brief_lang(app: &App, named: &Option<Lang>) -> Lang {
    named.unwrap_or(app.lang)
}

/// `GET /a/NAME/brief.EXT`: the brief, rendered now from the file, as a download.
pub(super) fn download(app: &App, name: &str, file: &Path, extension: &str) -> Reply {
    let (format, content_type) = match extension {
        "pdf" => (Format::Pdf, "application/pdf"),
        "docx" => (
            Format::Docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        "html" => (Format::Html, "text/html; charset=utf-8"),
        "md" => (Format::Markdown, "text/markdown; charset=utf-8"),
        _ => return Reply::not_found(app.lang),
    };
    let (_, mut assessment) = match load(app, name, file) {
        Ok(loaded) => loaded,
        Err(reply) => return reply,
    };
    // A file that names no language gets its brief in the page's, for this download only: the
    // file is not written.
    let lang = brief_lang(app, &assessment.assessment.language);
    assessment.brief_in(lang);
    let brief = Brief::of(&assessment, app.rubrics.in_language(lang));
    let rendered = app.renderer().and_then(|renderer| renderer.render(&brief, format));
    match rendered {
        Ok(Rendered::File(bytes)) => {
            let stem = name.trim_end_matches(".toml");
            Reply {
                status: 200,
                content_type,
                body: bytes,
                headers: vec![(
                    "Content-Disposition",
                    format!("attachment; filename=\"{stem}.{}\"", format.extension()),
                )],
            }
        }
        Ok(Rendered::Folder(_)) => Reply::not_found(app.lang),
        Err(error) => problem(
            app,
            500,
            &app.tr("serve-problem-not-rendered"),
            &crate::i18n::causes(&error),
            Some(name),
        ),
    }
}

/// What the ledger page says after a form: a message, and whether it is an error.
pub(super) struct LedgerMessage {
    pub(super) text: String,
    pub(super) error: bool,
    /// The dates as typed in a form that was refused, shown again instead of the file's.
    pub(super) typed_dates: Option<[String; 3]>,
    /// The submission as typed in a form that was refused, shown again in the form.
    pub(super) typed_submission: Option<crate::model::Submission>,
    /// The fields the message is about, marked invalid for screen readers: a date, or a list left
    /// on its empty choice (`group`, `disposition`), which is shown so again.
    pub(super) invalid: Vec<&'static str>,
}

/// The consultation's three dates (opened, closed, responded) as the page shows them, empty where
/// none is given.
pub(super) fn shown_dates(consultation: Option<&crate::model::Consultation>) -> [String; 3] {
    consultation.map_or_else(Default::default, |consultation| {
        [consultation.opened, consultation.closed, consultation.responded]
            .map(|date| date.map(|date| date.to_string()).unwrap_or_default())
    })
}

/// The fingerprint of the dates as the page shows them, which the dates form carries back so
/// that a save from a page opened before another change is refused.
pub(super) fn dates_fingerprint(consultation: Option<&crate::model::Consultation>) -> String {
    fingerprint(&shown_dates(consultation))
}

/// `GET /a/NAME/ledger`: the consultation's submissions, and forms to add one or import a CSV.
pub(super) fn ledger(app: &App, name: &str, file: &Path, request: &Incoming, message: Option<LedgerMessage>) -> Reply {
    let (_, assessment) = match load(app, name, file) {
        Ok(loaded) => loaded,
        Err(reply) => return reply,
    };
    let consultation = assessment.consultation.clone().unwrap_or_default();
    #[derive(Serialize)]
    struct Entry {
        id: String,
        submitter: String,
        group: String,
        provision: String,
        asked: String,
        disposition: String,
    }
    let entries: Vec<Entry> = consultation
        .entries()
        .iter()
        .map(|entry| Entry {
            id: entry.id.clone(),
            submitter: entry.submitter.clone().unwrap_or_default(),
            group: vocabulary_label(app.lang, "group", entry.group.id()),
            provision: entry.provision.clone().unwrap_or_default(),
            asked: entry.asked.clone().unwrap_or_default(),
            disposition: vocabulary_label(app.lang, "disposition", entry.disposition.id()),
        })
        .collect();
    let suggestion = (consultation.entries().len() + 1..)
        .map(|number| format!("S-{number:02}"))
        .find(|id| consultation.new_id_problem(id, app.lang).is_none())
        .unwrap_or_default();
    let suggestions: Vec<String> = ConsultationView::of_in(&assessment, app.lang)
        .map(|view| {
            view.suggested_levels
                .iter()
                .map(|suggestion| suggestion.line(app.rubrics(), app.lang))
                .collect()
        })
        .unwrap_or_default();
    let mut context = Context::new();
    context.insert("file", name);
    context.insert("title", &assessment.proposal.title);
    mark_own_language(app, &assessment, &mut context);
    context.insert(
        "entries_heading",
        &crate::tr!(app.lang, "serve-ledger-entries", count = entries.len()),
    );
    context.insert("entries", &entries);
    context.insert("csv_file", &consultation.submissions_file);
    let shown = shown_dates(assessment.consultation.as_ref());
    let [opened, closed, responded] = message
        .as_ref()
        .and_then(|message| message.typed_dates.clone())
        .unwrap_or(shown);
    context.insert("opened", &opened);
    context.insert("closed", &closed);
    context.insert("responded", &responded);
    context.insert("dates_base", &dates_fingerprint(assessment.consultation.as_ref()));
    // A refused submission comes back as typed, so that nothing typed is lost.
    let typed = message.as_ref().and_then(|message| message.typed_submission.clone());
    let text = |field: Option<&String>| field.cloned().unwrap_or_default();
    let typed_fields: std::collections::BTreeMap<&str, String> = typed
        .as_ref()
        .map(|submission| {
            [
                ("submitter", text(submission.submitter.as_ref())),
                ("provision", text(submission.provision.as_ref())),
                ("asked", text(submission.asked.as_ref())),
                ("merged_into", text(submission.merged_into.as_ref())),
                ("reason_text", text(submission.reason_text.as_ref())),
                ("reflected_in", text(submission.reflected_in.as_ref())),
            ]
            .into_iter()
            .collect()
        })
        .unwrap_or_default();
    context.insert(
        "suggested_id",
        &typed.as_ref().map_or(suggestion, |submission| submission.id.clone()),
    );
    context.insert("typed", &typed_fields);
    context.insert("reason_chosen", &typed.as_ref().is_some_and(|s| s.reason.is_some()));
    context.insert("suggestions", &suggestions);
    let invalid = message
        .as_ref()
        .map(|message| message.invalid.clone())
        .unwrap_or_default();
    let typed_choice = |field: &str| typed.as_ref().filter(|_| !invalid.contains(&field));
    context.insert(
        "groups",
        &choices(
            app.lang,
            "group",
            SubmitterGroup::ALL,
            typed_choice("group").map(|s| s.group),
            SubmitterGroup::id,
        ),
    );
    context.insert(
        "dispositions",
        &choices(
            app.lang,
            "disposition",
            Disposition::ALL,
            typed_choice("disposition").map(|s| s.disposition),
            Disposition::id,
        ),
    );
    context.insert("invalid", &invalid);
    context.insert(
        "reasons",
        &choices(
            app.lang,
            "reason",
            Reason::ALL,
            typed.as_ref().and_then(|s| s.reason),
            Reason::id,
        ),
    );
    context.insert("here", &format!("/a/{name}/ledger"));
    context.insert("message", &message.as_ref().map(|message| &message.text));
    context.insert("message_error", &message.as_ref().is_some_and(|message| message.error));
    context.insert("imported", &request.param("imported"));
    let reply = render(app, "ledger.html", context);
    if message.is_some_and(|message| message.error) {
        reply.status(422)
    } else {
        reply
    }
}

#[cfg(test)]
mod tests {
    use super::{Row, next_after};

    fn row(question: &str, state: &'static str) -> Row {
        Row {
            url: format!("/a/bill.toml/q/openness/{question}"),
            rubric: "openness".to_string(),
            rubric_title: "Openness".to_string(),
            question: question.to_string(),
            prompt: String::new(),
            state,
            status: String::new(),
            current: false,
            first_of_rubric: false,
        }
    }

    /// Questions not answered come first, from the one saved on; then those answered "not sure
    /// yet" after it, never back before it, so that saving them in turn reaches the scorecard.
    #[test]
    fn next_leads_on_and_never_back_and_forth() {
        let rows = [
            row("a", "unsure"),
            row("b", "done"),
            row("c", "unsure"),
            row("d", "open"),
        ];
        let next =
            |current: Option<&str>| next_after(&rows, current.map(|question| ("openness", question)), "bill.toml");
        assert_eq!(next(None), "/a/bill.toml/q/openness/d");
        // The last unanswered saved, the scorecard: it lists what is still open.
        assert_eq!(next(Some("d")), "/a/bill.toml/scorecard");
        let rows = [row("a", "unsure"), row("b", "done"), row("c", "unsure")];
        let next =
            |current: Option<&str>| next_after(&rows, current.map(|question| ("openness", question)), "bill.toml");
        assert_eq!(next(None), "/a/bill.toml/q/openness/a");
        assert_eq!(next(Some("a")), "/a/bill.toml/q/openness/c");
        assert_eq!(next(Some("c")), "/a/bill.toml/scorecard");
    }
}
