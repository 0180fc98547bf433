//! The wizard's flow over a [`Prompter`]: open or create the file, ask about the proposal and
//! the assessors, ask each rubric's questions (skipping those whose `applies_if` fails), save
//! after every answer, then show the scorecard and offer to render or revise. Knows nothing of
//! the terminal library.
//!
//! One file a part of the flow: `files` opens, creates and saves the assessment file,
//! `sections` asks about the proposal and the assessors, `questions` screens the effect areas
//! and asks the rubrics' questions, `ending` shows the scorecard and renders or revises,
//! `lead` records the finding page 1 puts first, `ledger` records the consultation's
//! submissions.

mod ending;
mod files;
mod lead;
pub(crate) mod ledger;
mod questions;
mod sections;

#[cfg(test)]
pub(super) use files::to_toml;
use files::{open, scorecard_of};

use std::path::PathBuf;

use anyhow::{Context, anyhow};

use super::input::one_line;
use super::prompter::{ConfirmPrompt, PromptError, Prompter};
use super::{Ended, Options, resume_command};
use crate::i18n::{self, Lang};
use crate::model::{Answer, AnswerStatus, Assessment, AssessmentDocument, Question, RubricSet};
use crate::render::Renderer;
use crate::scoring::Scorecard;

/// The rationale an earlier version recorded for an area the screening step left unticked: it is
/// file data, in English, and cleared when the area is answered.
const SCREENED_OUT: &str =
    "Screened out: when asked which areas the proposal touches, the assessor did not tick this one.";

/// Why the flow stopped early.
enum Stop {
    /// Esc or Ctrl-C.
    Cancelled,
    /// Something went wrong that the user must see.
    Failed(anyhow::Error),
}

impl From<PromptError> for Stop {
    fn from(error: PromptError) -> Self {
        match error {
            PromptError::Cancelled => Stop::Cancelled,
            PromptError::Failed(reason) => Stop::Failed(anyhow!(reason)),
        }
    }
}

impl From<anyhow::Error> for Stop {
    fn from(error: anyhow::Error) -> Self {
        Stop::Failed(error)
    }
}

type Step<T> = Result<T, Stop>;

/// What to do once the file is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// A file just created: the proposal, the assessors, then every question.
    New,
    /// Ask what is still unanswered.
    Continue,
    /// Straight to the list of answers, to give one again, then the menu.
    Revise,
    /// Ask everything again, current answers preselected.
    Review,
    /// Straight to the scorecard and the render menu.
    Render,
}

/// Which questions a pass over the rubrics asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Only questions with no answer at all.
    Unanswered,
    /// Every question.
    All,
}

/// Runs the wizard; see [`super::run`].
pub(super) fn run(prompter: &mut dyn Prompter, base: &RubricSet, options: &Options) -> anyhow::Result<Ended> {
    // The questions are asked in the wizard's language: the same ids, levels and rules, so the
    // answers are saved and scored as in English.
    let rubrics = base.in_language(options.lang);
    let lang = options.lang;
    // Set as soon as a file with the user's content exists, so a cancel says where it is.
    let mut saved: Option<PathBuf> = None;
    let opened = open(prompter, rubrics, options, &mut saved);
    let result = match opened {
        Ok((file, assessment, plan)) => match open_document(&file, &assessment, rubrics) {
            Ok(document) => {
                let mut session = Session {
                    prompter: &mut *prompter,
                    base,
                    rubrics,
                    lang,
                    options,
                    file,
                    assessment,
                    document,
                    renderer: None,
                };
                session.run(plan).map(|()| session.file)
            }
            Err(error) => Err(Stop::Failed(error)),
        },
        Err(stop) => Err(stop),
    };
    match result {
        Ok(file) => Ok(Ended::Finished { file }),
        Err(Stop::Cancelled) => {
            match &saved {
                Some(file) => prompter.say(&format!(
                    "\n{}",
                    crate::tr!(
                        lang,
                        "ui-stopped-saved",
                        file = file.display().to_string(),
                        command = resume_command(file, options)
                    )
                )),
                None => prompter.say(&format!("\n{}", i18n::tr(lang, "ui-stopped-nothing-saved"))),
            }
            Ok(Ended::Cancelled { file: saved })
        }
        Err(Stop::Failed(error)) => Err(error),
    }
}

/// The file as a document to edit in place: what the user wrote around the answers (comments,
/// blank lines, key order) stays through every save.
fn open_document(
    file: &std::path::Path,
    assessment: &Assessment,
    rubrics: &RubricSet,
) -> anyhow::Result<AssessmentDocument> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    Ok(AssessmentDocument::parse(&text)?.with_order_of(assessment, rubrics))
}

/// One open file and the answers in it.
struct Session<'a> {
    prompter: &'a mut dyn Prompter,
    /// The rubrics as loaded, for the brief (written in the assessment's language).
    base: &'a RubricSet,
    /// The rubrics in the wizard's language, for the questions.
    rubrics: &'a RubricSet,
    /// The language the wizard asks in.
    lang: Lang,
    options: &'a Options,
    file: PathBuf,
    assessment: Assessment,
    /// The file as written, changed key by key on every save.
    document: AssessmentDocument,
    /// Built the first time the user renders; preparing PDF fonts is not free.
    renderer: Option<Renderer>,
}

impl Session<'_> {
    fn run(&mut self, plan: Plan) -> Step<()> {
        if plan != Plan::Render {
            // The command stays on one line, so it can be copied whole.
            let intro = crate::tr!(
                self.lang,
                "ui-intro-saving",
                file = self.file.display().to_string(),
                command = resume_command(&self.file, self.options)
            );
            self.say(&intro);
        }
        match plan {
            Plan::New => {
                self.proposal(false)?;
                self.assessors()?;
                self.screening()?;
                self.questions(Pass::Unanswered)?;
                self.finish(false)
            }
            Plan::Continue => {
                // The date is the last thing the assessor section sets: without it, that section
                // and the proposal before it were never finished. A file with no assessor named
                // (such as one from `init`) has not had them filled in either.
                if self.assessment.assessment.date.is_none() || self.assessment.assessment.assessors.is_empty() {
                    // A proposal with details on file was gone through, at least in part: the user
                    // says whether to go through it again (a session stopped at the assessors
                    // need not), rather than being asked every field again or none of the rest.
                    let again = !proposal_has_details(&self.assessment.proposal)
                        || self.prompter.confirm(
                            &ConfirmPrompt::new(self.t("ui-resume-proposal-again"), false)
                                .help(self.t("ui-resume-proposal-again-help")),
                        )?;
                    if again {
                        self.proposal(false)?;
                    }
                    self.assessors()?;
                }
                self.screening()?;
                self.questions(Pass::Unanswered)?;
                self.finish(false)
            }
            Plan::Review => {
                self.proposal(true)?;
                self.assessors()?;
                self.questions(Pass::All)?;
                self.finish(false)
            }
            // One answer to fix need not mean going through every other again.
            Plan::Revise => {
                self.revise()?;
                self.finish(false)
            }
            Plan::Render => self.finish(true),
        }
    }

    fn say(&mut self, text: &str) {
        self.prompter.say(text);
    }

    /// A message of the interface in the wizard's language.
    fn t(&self, id: &str) -> String {
        i18n::tr(self.lang, id)
    }

    /// Writes the file atomically, changing only what changed: comments, blank lines and key
    /// order stay; a new answer goes after the previous question's.
    fn save(&mut self) -> Step<()> {
        order_answers(&mut self.assessment, self.rubrics);
        self.document.set_order(&self.assessment, self.rubrics);
        self.document.update(&self.assessment)?;
        self.document.save(&self.file)?;
        Ok(())
    }

    fn scorecard(&self) -> Scorecard {
        scorecard_of(self.rubrics, &self.assessment)
    }
}

/// Whether the proposal has anything on file beyond its title and stage, which `init` writes: a
/// jurisdiction, reference, kind, date, address, summary or context.
fn proposal_has_details(proposal: &crate::model::Proposal) -> bool {
    let written = |text: &Option<String>| text.as_deref().is_some_and(|text| !text.trim().is_empty());
    proposal
        .jurisdiction
        .as_ref()
        .is_some_and(|jurisdiction| !jurisdiction.names().is_empty())
        || proposal.kind.is_some()
        || proposal.introduced.is_some()
        || [&proposal.reference, &proposal.url, &proposal.summary, &proposal.context]
            .into_iter()
            .any(written)
}

/// The current answer in a few words: "1 – Only hand-picked…", "not sure yet".
fn describe(answer: Option<&Answer>, question: &Question, lang: Lang) -> String {
    match answer.map(|answer| (answer.level, answer.status)) {
        Some((Some(level), _)) => {
            let text = usize::try_from(level)
                .ok()
                .and_then(|level| question.levels.get(level))
                .map_or("", String::as_str);
            format!("{level} – {}", one_line(text, 50))
        }
        Some((None, Some(AnswerStatus::Unknown))) => i18n::tr(lang, "ui-answer-not-sure"),
        Some((None, Some(AnswerStatus::NotApplicable))) => i18n::tr(lang, "ui-answer-not-applicable"),
        Some((None, Some(AnswerStatus::NotAffected))) => i18n::tr(lang, "ui-answer-not-affected"),
        Some((None, Some(AnswerStatus::ScreenedOut))) => i18n::tr(lang, "ui-answer-screened-out"),
        Some((None, None)) | None => i18n::tr(lang, "ui-answer-none"),
    }
}

/// Puts rubrics in the assessment's order and answers in question order, so the file reads
/// like the rubrics whatever order the answers were given in.
pub(crate) fn order_answers(assessment: &mut Assessment, rubrics: &RubricSet) {
    let rubric_order: Vec<String> = assessment.rubric_ids().into_iter().map(str::to_string).collect();
    assessment
        .answers
        .sort_by_cached_key(|rubric_id, _| rubric_order.iter().position(|id| id == rubric_id).unwrap_or(usize::MAX));
    for (rubric_id, answers) in &mut assessment.answers {
        if let Some(rubric) = rubrics.get(rubric_id) {
            answers.sort_by_cached_key(|question_id, _| {
                rubric
                    .questions
                    .iter()
                    .position(|question| &question.id == question_id)
                    .unwrap_or(usize::MAX)
            });
        }
    }
}
