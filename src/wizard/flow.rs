//! The wizard's flow over a [`Prompter`]: open or create the file, ask about the proposal and
//! the assessors, ask each rubric's questions (skipping those whose `applies_if` fails), save
//! after every answer, then show the scorecard and offer to render or revise. Knows nothing of
//! the terminal library.

use std::fs::OpenOptions;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};

use super::input::{self, one_line};
use super::prompter::{ConfirmPrompt, MultiSelectPrompt, PromptError, Prompter, SelectPrompt, TextPrompt};
use super::{Ended, Options, resume_command};
use crate::diagnostic::Diagnostics;
use crate::model::{
    Answer, AnswerStatus, AppliesIf, Assessment, Dimension, Jurisdiction, Question, ReviewStatus, Rubric, RubricSet,
    Stage, StakeholderGroup,
};
use crate::output::{file_name_for, write_durably, write_rendered};
use crate::render::markup::Markup;
use crate::render::{Format, PdfOptions, Renderer};
use crate::report::{Brief, percent, score_display};
use crate::scoring::{self, QuestionStatus, Scorecard};
use crate::templates::Templates;

/// The answer options offered after the levels, in this order.
const NOT_SURE: &str = "Not sure yet";
const NOT_APPLICABLE: &str = "Not applicable";
const NOT_AFFECTED: &str = "Not affected – I looked and the proposal does not touch this";

/// The rationale recorded for an area the screening step left unticked.
const SCREENED_OUT: &str =
    "Screened out: when asked which areas the proposal touches, the assessor did not tick this one.";

/// Width prose is wrapped at: readable, and narrower than almost any terminal.
const TEXT_WIDTH: usize = 80;

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
pub(super) fn run(prompter: &mut dyn Prompter, rubrics: &RubricSet, options: &Options) -> anyhow::Result<Ended> {
    // Set as soon as a file with the user's content exists, so a cancel says where it is.
    let mut saved: Option<PathBuf> = None;
    let opened = open(prompter, rubrics, options, &mut saved);
    let result = match opened {
        Ok((file, assessment, plan)) => {
            let mut session = Session {
                prompter: &mut *prompter,
                rubrics,
                options,
                file,
                assessment,
                renderer: None,
            };
            session.run(plan).map(|()| session.file)
        }
        Err(stop) => Err(stop),
    };
    match result {
        Ok(file) => Ok(Ended::Finished { file }),
        Err(Stop::Cancelled) => {
            match &saved {
                Some(file) => prompter.say(&format!(
                    "\nStopped. Your answers are saved in {}.\nTo carry on, run: {}",
                    file.display(),
                    resume_command(file, options.rubrics_dir.as_deref())
                )),
                None => prompter.say("\nStopped. Nothing was saved."),
            }
            Ok(Ended::Cancelled { file: saved })
        }
        Err(Stop::Failed(error)) => Err(error),
    }
}

/// Finds or creates the file and decides what to ask.
fn open(
    prompter: &mut dyn Prompter,
    rubrics: &RubricSet,
    options: &Options,
    saved: &mut Option<PathBuf>,
) -> Step<(PathBuf, Assessment, Plan)> {
    if let Some(file) = &options.file {
        if file.exists() {
            let assessment = load(prompter, file, rubrics, options)?;
            *saved = Some(file.clone());
            let plan = choose_plan(prompter, rubrics, &assessment)?;
            return Ok((file.clone(), assessment, plan));
        }
        let assessment = new_assessment(ask_title(prompter)?);
        create(file, &assessment)
            .map_err(|error| anyhow!(error).context(format!("cannot create {}", file.display())))?;
        *saved = Some(file.clone());
        return Ok((file.clone(), assessment, Plan::New));
    }
    let title = ask_title(prompter)?;
    let mut suggestion = format!("{}.toml", input::slug(&title));
    loop {
        let name = prompter.text(
            &TextPrompt::new("Save the assessment as")
                .initial(Some(&suggestion))
                .help("A file in the current folder; you can come back to it with `impact-brief wizard FILE`")
                .validate(input::required),
        )?;
        let file = PathBuf::from(name.trim());
        suggestion = name.trim().to_string();
        if file.exists() {
            let resume = prompter.confirm(
                &ConfirmPrompt::new(format!("{} already exists. Resume it instead?", file.display()), true)
                    .help("No: choose another name (an existing file is never overwritten)"),
            )?;
            if resume {
                let assessment = load(prompter, &file, rubrics, options)?;
                *saved = Some(file.clone());
                let plan = choose_plan(prompter, rubrics, &assessment)?;
                return Ok((file, assessment, plan));
            }
            continue;
        }
        let assessment = new_assessment(title.clone());
        match create(&file, &assessment) {
            Ok(()) => {
                *saved = Some(file.clone());
                return Ok((file, assessment, Plan::New));
            }
            // Someone created it between the check and now: treat it as existing.
            Err(error) if error.kind() == ErrorKind::AlreadyExists => continue,
            Err(error) => prompter.say(&format!(
                "Cannot create {}: {error}. Choose another name.",
                file.display()
            )),
        }
    }
}

fn ask_title(prompter: &mut dyn Prompter) -> Step<String> {
    prompter.say("Let's assess a legislative proposal. Press Esc at any time to stop.\n");
    let title = prompter.text(
        &TextPrompt::new("What is the proposal called?")
            .help("Its official or usual name, e.g. \"Online Safety Bill (draft)\"")
            .validate(input::required),
    )?;
    Ok(title.trim().to_string())
}

fn new_assessment(title: String) -> Assessment {
    let mut assessment = Assessment::new(title);
    assessment.assessment.status = Some(ReviewStatus::Draft);
    assessment
}

/// Creates `file` with the assessment in it, failing if the file exists (even if it appeared a
/// moment ago): the wizard never overwrites a file it did not open.
fn create(file: &Path, assessment: &Assessment) -> std::io::Result<()> {
    if let Some(parent) = file.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    OpenOptions::new().write(true).create_new(true).open(file)?;
    write_file(file, assessment).map_err(|error| {
        // Leave no empty file behind: it would not load.
        let _ = std::fs::remove_file(file);
        std::io::Error::other(format!("{error:#}"))
    })
}

/// Loads an existing file; an invalid one stops the wizard (it is never overwritten).
fn load(prompter: &mut dyn Prompter, file: &Path, rubrics: &RubricSet, options: &Options) -> Step<Assessment> {
    match Assessment::load(file, rubrics) {
        Ok(assessment) => {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            if text.lines().any(|line| line.trim_start().starts_with('#')) {
                prompter.say(&format!(
                    "Note: {} has comments; the wizard keeps every answer but rewrites the file without them.",
                    file.display()
                ));
            }
            Ok(assessment)
        }
        Err(problems) => {
            let message = format!(
                "Cannot resume {}: it has problems (listed below). Fix them, then run `{}` again; the wizard never overwrites a file it cannot read.",
                file.display(),
                resume_command(file, options.rubrics_dir.as_deref())
            );
            prompter.say(&format!("{}\n", input::wrap(&message, TEXT_WIDTH)));
            Err(Stop::Failed(problems.into()))
        }
    }
}

fn choose_plan(prompter: &mut dyn Prompter, rubrics: &RubricSet, assessment: &Assessment) -> Step<Plan> {
    let card = scorecard_of(rubrics, assessment);
    let questions = || card.rubrics.iter().flat_map(|rubric| &rubric.questions);
    let count = |status: QuestionStatus| questions().filter(|question| question.status == status).count();
    let (open, unknown, answered) = (
        count(QuestionStatus::Unanswered),
        count(QuestionStatus::Unknown),
        count(QuestionStatus::Answered),
    );
    let unsure = if unknown > 0 {
        format!(", {unknown} marked not sure yet")
    } else {
        String::new()
    };
    prompter.say(&format!(
        "{}\n{answered} of {} applicable questions answered{unsure}.",
        assessment.proposal.title,
        open + unknown + answered
    ));
    let first = if open > 0 {
        format!("Continue with the unanswered questions ({open} left)")
    } else {
        "Continue (every question has an answer)".to_string()
    };
    let options = vec![
        first,
        "Review every answer".to_string(),
        "Render the brief now".to_string(),
    ];
    let choice = prompter.select(&SelectPrompt::new("What would you like to do?", options))?;
    Ok([Plan::Continue, Plan::Review, Plan::Render]
        .get(choice)
        .copied()
        .unwrap_or(Plan::Continue))
}

fn scorecard_of(rubrics: &RubricSet, assessment: &Assessment) -> Scorecard {
    scoring::score(&rubrics.select(&assessment.rubric_ids()), assessment)
}

/// The file text: the assessment as TOML, answers in rubric order.
pub(super) fn to_toml(assessment: &Assessment) -> anyhow::Result<String> {
    assessment.to_toml().context("cannot write the assessment as TOML")
}

/// Writes the assessment to `file` atomically (keeping the permissions the file had).
fn write_file(file: &Path, assessment: &Assessment) -> anyhow::Result<()> {
    write_durably(file, to_toml(assessment)?.as_bytes())
}

/// One open file and the answers in it.
struct Session<'a> {
    prompter: &'a mut dyn Prompter,
    rubrics: &'a RubricSet,
    options: &'a Options,
    file: PathBuf,
    assessment: Assessment,
    /// Built the first time the user renders; preparing PDF fonts is not free.
    renderer: Option<Renderer>,
}

impl Session<'_> {
    fn run(&mut self, plan: Plan) -> Step<()> {
        if plan != Plan::Render {
            // The command stays on one line, so it can be copied whole.
            let intro = format!(
                "Your answers are saved in {} after each one.\nIf you stop, carry on with: {}",
                self.file.display(),
                resume_command(&self.file, self.options.rubrics_dir.as_deref())
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
                    self.proposal(false)?;
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
            Plan::Render => self.finish(true),
        }
    }

    fn say(&mut self, text: &str) {
        self.prompter.say(text);
    }

    /// Writes the file atomically, answers in rubric order.
    fn save(&mut self) -> Step<()> {
        order_answers(&mut self.assessment, self.rubrics);
        write_file(&self.file, &self.assessment)?;
        Ok(())
    }

    fn scorecard(&self) -> Scorecard {
        scorecard_of(self.rubrics, &self.assessment)
    }

    // ----- The proposal and the assessors -----

    fn proposal(&mut self, with_title: bool) -> Step<()> {
        self.say("\n── The proposal ──");
        if with_title {
            let current = self.assessment.proposal.title.clone();
            let title = self.prompter.text(
                &TextPrompt::new("What is the proposal called?")
                    .initial(Some(&current))
                    .validate(input::required),
            )?;
            self.assessment.proposal.title = title.trim().to_string();
            self.save()?;
        }
        let jurisdiction = self.optional_text(
            "Jurisdiction",
            "The country or region whose law this would be; separate several with \";\" (optional)",
            self.assessment
                .proposal
                .jurisdiction
                .as_ref()
                .map(|jurisdiction| jurisdiction.names().join("; ")),
        )?;
        self.assessment.proposal.jurisdiction = jurisdiction.map(|typed| {
            let names: Vec<String> = typed
                .split(';')
                .map(|name| name.trim().to_string())
                .filter(|name| !name.is_empty())
                .collect();
            match <[String; 1]>::try_from(names) {
                Ok([one]) => Jurisdiction::One(one),
                Err(names) => Jurisdiction::Many(names),
            }
        });
        self.save()?;
        let reference = self.optional_text(
            "Official reference",
            "A bill number or document reference, e.g. \"HL Bill 87\" (optional)",
            self.assessment.proposal.reference.clone(),
        )?;
        self.assessment.proposal.reference = reference;
        self.save()?;

        let mut labels: Vec<String> = Stage::ALL.iter().map(|stage| stage.label().to_string()).collect();
        labels.push("Not sure".to_string());
        let start = self
            .assessment
            .proposal
            .stage
            .and_then(|stage| Stage::ALL.iter().position(|known| *known == stage))
            .unwrap_or(0);
        let choice = self.prompter.select(
            &SelectPrompt::new("How far has it come?", labels)
                .start(start)
                .help("Its stage in the legislative process"),
        )?;
        self.assessment.proposal.stage = Stage::ALL.get(choice).copied();
        self.save()?;

        let current = self.assessment.proposal.introduced.map(|date| date.to_string());
        let introduced = self.prompter.text(
            &TextPrompt::new("Date introduced or published")
                .initial(current.as_deref())
                .placeholder("YYYY-MM-DD")
                .help("Optional; press Enter to skip")
                .validate(input::optional_date),
        )?;
        self.assessment.proposal.introduced = input::parse_date(&introduced);
        self.save()?;
        let url = self.optional_text(
            "Where can the text be read?",
            "A web address (optional)",
            self.assessment.proposal.url.clone(),
        )?;
        self.assessment.proposal.url = url;
        self.save()?;

        let summary = self.long_text(
            "Summary: what does the proposal do?",
            "A few sentences in your own words (optional; Markdown is fine)",
            self.assessment.proposal.summary.clone(),
        )?;
        self.assessment.proposal.summary = summary;
        self.save()?;
        let context = self.long_text(
            "Context: why now, and what else should readers know?",
            "Background, related laws, who is pushing it (optional; Markdown is fine)",
            self.assessment.proposal.context.clone(),
        )?;
        self.assessment.proposal.context = context;
        self.save()
    }

    fn assessors(&mut self) -> Step<()> {
        self.say("\n── Who is assessing ──");
        let current = self.assessment.assessment.assessors.join(", ");
        let names = self.prompter.text(
            &TextPrompt::new("Your name, and your organisation")
                .initial(Some(&current))
                .placeholder("A. Analyst (Example Chapter)")
                .help("Separate several people with commas"),
        )?;
        self.assessment.assessment.assessors = input::split_names(&names);
        self.save()?;

        let mut labels: Vec<String> = StakeholderGroup::ALL
            .iter()
            .map(|group| group.label().to_string())
            .collect();
        labels.push("Prefer not to say".to_string());
        let start = self
            .assessment
            .assessment
            .stakeholder_group
            .and_then(|group| StakeholderGroup::ALL.iter().position(|known| *known == group))
            .unwrap_or(0);
        let choice = self.prompter.select(
            &SelectPrompt::new("Which stakeholder group do you speak for?", labels)
                .start(start)
                .help("Briefs from different groups can be compared side by side"),
        )?;
        self.assessment.assessment.stakeholder_group = StakeholderGroup::ALL.get(choice).copied();
        self.save()?;

        let current = self
            .assessment
            .assessment
            .date
            .map(|date| date.to_string())
            .unwrap_or_else(|| self.options.today.clone());
        let date = self.prompter.text(
            &TextPrompt::new("Date of the assessment")
                .initial(Some(&current))
                .help("YYYY-MM-DD")
                .validate(input::date),
        )?;
        self.assessment.assessment.date = input::parse_date(&date);
        self.save()
    }

    /// One optional line of text; empty means none.
    fn optional_text(&mut self, message: &str, help: &str, current: Option<String>) -> Step<Option<String>> {
        let typed = self
            .prompter
            .text(&TextPrompt::new(message).help(help).initial(current.as_deref()))?;
        Ok(input::optional(&typed))
    }

    /// One optional text that may span paragraphs.
    fn long_text(&mut self, message: &str, help: &str, current: Option<String>) -> Step<Option<String>> {
        let typed = self
            .prompter
            .long_text(&TextPrompt::new(message).help(help).initial(current.as_deref()))?;
        Ok(input::optional(&typed))
    }

    // ----- The rubrics' questions -----

    /// Like the preliminary analysis of the Internet Impact Assessment Toolkit: one checklist of
    /// the areas the effect questions look at. Ticked areas are asked in full; the others are
    /// recorded as not affected, which "Revise an answer" can change.
    fn screening(&mut self) -> Step<()> {
        let ids: Vec<String> = self.assessment.rubric_ids().into_iter().map(str::to_string).collect();
        let selected = self.rubrics.select(&ids.iter().map(String::as_str).collect::<Vec<_>>());
        let effect: Vec<(&Rubric, &Question)> = selected
            .iter()
            .flat_map(|rubric| rubric.questions.iter().map(move |question| (*rubric, question)))
            .filter(|(_, question)| question.dimension() == Dimension::Effect)
            .collect();
        // Screen once: after any effect answer (screening's own, or the assessor's), the areas
        // left are ones the assessor chose to assess, and are asked in full.
        let screened = effect
            .iter()
            .any(|(rubric, question)| self.assessment.answer(&rubric.id, &question.id).is_some());
        if screened || effect.len() < 2 {
            return Ok(());
        }
        let open = effect;
        let options: Vec<String> = open
            .iter()
            .map(|(_, question)| one_line(question.area_name(), 70))
            .collect();
        let picked = self.prompter.multi_select(&MultiSelectPrompt {
            message: "Which of these does the proposal touch? Tick every area it could affect.".to_string(),
            help: Some(
                "Space ticks, Enter confirms. Ticked areas get their full question; the rest are recorded as \"not affected\" (you can revise them later)."
                    .to_string(),
            ),
            options,
            defaults: Vec::new(),
        })?;
        for (index, (rubric, question)) in open.iter().enumerate() {
            if picked.contains(&index) {
                continue;
            }
            let answer = Answer {
                status: Some(AnswerStatus::NotAffected),
                rationale: Some(SCREENED_OUT.to_string()),
                ..Answer::default()
            };
            self.assessment.set_answer(&rubric.id, &question.id, answer);
        }
        let left_out = open.len() - picked.len().min(open.len());
        self.save()?;
        self.say(&format!(
            "{} area{} to assess in full; {left_out} recorded as not affected.",
            picked.len(),
            if picked.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    }

    fn questions(&mut self, pass: Pass) -> Step<()> {
        let rubrics = self.rubrics;
        let ids = self
            .assessment
            .rubric_ids()
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>();
        let selected = rubrics.select(&ids.iter().map(String::as_str).collect::<Vec<_>>());
        for (index, rubric) in selected.iter().enumerate() {
            let to_ask: Vec<&Question> = rubric
                .questions
                .iter()
                .filter(|question| pass == Pass::All || self.assessment.answer(&rubric.id, &question.id).is_none())
                .collect();
            if to_ask.is_empty() {
                continue;
            }
            let description = Markup::parse(&rubric.description).to_plain_text();
            self.say(&format!(
                "\n── {} (rubric {} of {}) ──\n{}",
                rubric.title,
                index + 1,
                selected.len(),
                input::wrap(&description, TEXT_WIDTH)
            ));
            for question in to_ask {
                if let Some(reason) = self.skip_reason(rubric, question) {
                    self.say(&format!("  Skipped {}.{}: {reason}.", rubric.id, question.id));
                    continue;
                }
                self.ask_question(rubric, question)?;
            }
            let line = self.running_score(rubric);
            self.say(&line);
        }
        if pass == Pass::Unanswered {
            let unsure = self
                .scorecard()
                .rubrics
                .iter()
                .flat_map(|rubric| &rubric.questions)
                .filter(|q| q.status == QuestionStatus::Unknown)
                .count();
            if unsure > 0 {
                self.say(&format!(
                    "\n{unsure} question{} marked \"{NOT_SURE}\"; choose \"Revise an answer\" when you know more.",
                    if unsure == 1 { " is" } else { "s are" }
                ));
            }
        }
        Ok(())
    }

    /// Why `question` is not asked now: its `applies_if` fails on the answers so far.
    fn skip_reason(&self, rubric: &Rubric, question: &Question) -> Option<String> {
        let condition = question.applies_if.as_ref()?;
        let full_id = format!("{}.{}", rubric.id, question.id);
        let card = self.scorecard();
        let status = card
            .rubrics
            .iter()
            .flat_map(|rubric| &rubric.questions)
            .find(|score| score.id == full_id)?;
        if !(status.status == QuestionStatus::NotApplicable && status.excluded_by_condition) {
            return None;
        }
        // A condition on a question that comes later and has no answer yet cannot be judged:
        // ask now rather than skip something that may well apply.
        if let (Some(target), Some(own)) = (self.position(&condition.question), self.position(&full_id))
            && target > own
            && self.answer_of(&condition.question).is_none()
        {
            return None;
        }
        Some(self.condition_text(condition))
    }

    fn condition_text(&self, condition: &AppliesIf) -> String {
        let level_text = condition
            .question
            .split_once('.')
            .and_then(|(rubric, question)| self.rubrics.get(rubric)?.question(question))
            .and_then(|question| question.levels.get(condition.min_level as usize))
            .map(|text| format!(" (\"{}\")", one_line(text, 50)))
            .unwrap_or_default();
        format!(
            "it applies only when {} is at level {}{level_text} or higher",
            condition.question, condition.min_level
        )
    }

    /// Where a question comes in the order of asking: (rubric, question) indexes.
    fn position(&self, full_id: &str) -> Option<(usize, usize)> {
        let (rubric_id, question_id) = full_id.split_once('.')?;
        let rubric_index = self.assessment.rubric_ids().iter().position(|id| *id == rubric_id)?;
        let question_index = self
            .rubrics
            .get(rubric_id)?
            .questions
            .iter()
            .position(|question| question.id == question_id)?;
        Some((rubric_index, question_index))
    }

    fn answer_of(&self, full_id: &str) -> Option<&Answer> {
        let (rubric, question) = full_id.split_once('.')?;
        self.assessment.answer(rubric, question)
    }

    /// "Openness: 58 (Weak), coverage 100%".
    fn running_score(&self, rubric: &Rubric) -> String {
        let card = self.scorecard();
        let Some(score) = card.rubrics.iter().find(|score| score.id == rubric.id) else {
            return String::new();
        };
        let shown = match score.score {
            Some(_) => score_display(score.score),
            None => "no score yet".to_string(),
        };
        format!(
            "\n{}: {shown} ({}), coverage {}",
            rubric.title,
            score.rating.label(),
            percent(score.coverage)
        )
    }

    /// Asks one question: the level (or not sure / not applicable), a rationale, and evidence
    /// for a level. Saves after each part, so stopping midway keeps what was given.
    fn ask_question(&mut self, rubric: &Rubric, question: &Question) -> Step<()> {
        let current = self
            .assessment
            .answer(&rubric.id, &question.id)
            .cloned()
            .unwrap_or_default();
        let levels = question.levels.len();
        let mut options: Vec<String> = question
            .levels
            .iter()
            .enumerate()
            .map(|(level, text)| format!("{level} – {text}"))
            .collect();
        // The statuses after the levels; "not affected" only for effect questions.
        let mut statuses = Vec::new();
        if question.dimension() == Dimension::Effect {
            statuses.push((NOT_AFFECTED, AnswerStatus::NotAffected));
        }
        statuses.push((NOT_SURE, AnswerStatus::Unknown));
        statuses.push((NOT_APPLICABLE, AnswerStatus::NotApplicable));
        options.extend(statuses.iter().map(|(label, _)| label.to_string()));
        let start = match (current.level, current.status) {
            (Some(level), _) => usize::try_from(level).unwrap_or(0).min(levels.saturating_sub(1)),
            (None, Some(status)) => levels + statuses.iter().position(|(_, known)| *known == status).unwrap_or(0),
            (None, None) => 0,
        };
        let number = rubric
            .questions
            .iter()
            .position(|known| known.id == question.id)
            .map_or(0, |index| index + 1);
        let message = format!(
            "[{} {number}/{}] {}",
            rubric.title,
            rubric.questions.len(),
            question.prompt
        );
        let help = one_line(&Markup::parse(&question.help).to_plain_text(), 400);
        let mut prompt = SelectPrompt::new(message, options).start(start);
        if !help.is_empty() {
            prompt = prompt.help(help);
        }
        let choice = self.prompter.select(&prompt)?;
        let mut answer = current;
        (answer.level, answer.status) = if choice < levels {
            (i64::try_from(choice).ok(), None)
        } else {
            let status = statuses
                .get(choice - levels)
                .map_or(AnswerStatus::Unknown, |(_, status)| *status);
            (None, Some(status))
        };
        if answer.rationale.as_deref() == Some(SCREENED_OUT) {
            answer.rationale = None;
        }
        self.set_answer(rubric, question, answer.clone())?;

        let rationale_help = match answer.status {
            None => "What in the text or the process supports this level? (optional; Markdown is fine)",
            Some(AnswerStatus::Unknown) => "What is missing to judge it, and where could it be found? (optional)",
            Some(AnswerStatus::NotApplicable) => "Why does this not apply to the proposal? (optional)",
            Some(AnswerStatus::NotAffected) => "What did you check, and why does it show no effect? (optional)",
        };
        let rationale = self.prompter.long_text(
            &TextPrompt::new("Why?")
                .help(rationale_help)
                .initial(answer.rationale.as_deref()),
        )?;
        answer.rationale = input::optional(&rationale);
        self.set_answer(rubric, question, answer.clone())?;

        if answer.level.is_some() {
            answer.evidence = self.ask_evidence(rubric, question, answer.clone())?;
            self.set_answer(rubric, question, answer)?;
        }
        Ok(())
    }

    /// Evidence, one item a prompt. Existing items are offered one by one for editing (cleared
    /// means removed); after them, an empty line ends the list. Saved after every item.
    fn ask_evidence(&mut self, rubric: &Rubric, question: &Question, mut answer: Answer) -> Step<Vec<String>> {
        let old = std::mem::take(&mut answer.evidence);
        let mut items: Vec<String> = Vec::new();
        let mut index = 0;
        loop {
            let existing = old.get(index);
            let help = if existing.is_some() {
                format!("Edit item {} of {}, or clear it to remove it", index + 1, old.len())
            } else {
                "A clause, document or link, one per line; press Enter on an empty line to finish".to_string()
            };
            let typed = self.prompter.text(
                &TextPrompt::new(format!("Evidence {}", items.len() + 1))
                    .help(help)
                    .initial(existing.map(String::as_str)),
            )?;
            let typed = typed.trim();
            if existing.is_none() && typed.is_empty() {
                return Ok(items);
            }
            if !typed.is_empty() {
                items.push(typed.to_string());
            }
            index += 1;
            // Save what is settled plus the old items not yet reviewed, so stopping here loses
            // nothing.
            answer.evidence = items.iter().chain(old.iter().skip(index)).cloned().collect();
            self.set_answer(rubric, question, answer.clone())?;
        }
    }

    fn set_answer(&mut self, rubric: &Rubric, question: &Question, answer: Answer) -> Step<()> {
        self.assessment.set_answer(&rubric.id, &question.id, answer);
        self.save()
    }

    // ----- The end: scorecard, render, revise -----

    fn show_scorecard(&mut self) {
        let brief = Brief::of(&self.assessment, self.rubrics);
        let card = crate::render::terminal::scorecard(&brief, self.options.color);
        self.say(&format!("\n{}", card.trim_end()));
    }

    fn finish(&mut self, render_now: bool) -> Step<()> {
        self.show_scorecard();
        if render_now {
            self.render()?;
        }
        loop {
            let options = vec![
                "Render the brief".to_string(),
                "Revise an answer".to_string(),
                "Save and quit".to_string(),
            ];
            match self.prompter.select(&SelectPrompt::new("What next?", options))? {
                0 => self.render()?,
                1 => {
                    self.revise()?;
                    self.show_scorecard();
                }
                _ => {
                    self.save()?;
                    let file = input::shell_quote(&self.file);
                    self.say(&format!(
                        "\nSaved {}.\nRender it later with: impact-brief render {file} -f pdf\nChange answers with:  {}",
                        self.file.display(),
                        resume_command(&self.file, self.options.rubrics_dir.as_deref())
                    ));
                    return Ok(());
                }
            }
        }
    }

    /// Asks for formats and a folder, then writes the brief. A failed render is reported and
    /// the wizard goes on: the answers are safe either way.
    fn render(&mut self) -> Step<()> {
        const FORMATS: [(Format, &str); 4] = [
            (Format::Markdown, "Markdown (.md): for review and track changes"),
            (Format::Pdf, "PDF (.pdf): for publication"),
            (Format::Html, "HTML (.html): one web page"),
            (Format::Json, "JSON (.json): for scripts"),
        ];
        let picked = self.prompter.multi_select(&MultiSelectPrompt {
            message: "Which formats?".to_string(),
            help: Some("Space ticks a format, Enter confirms".to_string()),
            options: FORMATS.iter().map(|(_, label)| (*label).to_string()).collect(),
            defaults: vec![0],
        })?;
        if picked.is_empty() {
            self.say("No format chosen; nothing written.");
            return Ok(());
        }
        let default_folder = match self.file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.display().to_string(),
            _ => ".".to_string(),
        };
        let folder = self.prompter.text(
            &TextPrompt::new("Write the files into which folder?")
                .initial(Some(&default_folder))
                .validate(input::required),
        )?;
        let folder = PathBuf::from(folder.trim());
        if self.renderer.is_none() {
            let templates = match Templates::load(self.options.templates.as_deref()) {
                Ok(templates) => templates,
                Err(problem) => {
                    self.say(&format!("Cannot render: {}", Diagnostics(vec![problem])));
                    return Ok(());
                }
            };
            match Renderer::new(&templates, PdfOptions::default(), &[]) {
                Ok(renderer) => self.renderer = Some(renderer),
                Err(error) => {
                    self.say(&format!("Cannot render: {error:#}"));
                    return Ok(());
                }
            }
        }
        let brief = Brief::of(&self.assessment, self.rubrics);
        let mut report = Vec::new();
        if let Some(renderer) = &self.renderer {
            for format in picked
                .iter()
                .filter_map(|&index| FORMATS.get(index))
                .map(|(format, _)| *format)
            {
                let path = folder.join(file_name_for(&self.file, &format.output_suffix()));
                let written = renderer
                    .render(&brief, format)
                    .and_then(|rendered| write_rendered(&path, &self.file, rendered));
                report.push(match written {
                    Ok(()) => format!("Wrote {}", path.display()),
                    Err(error) => format!("Could not write {}: {error:#}", path.display()),
                });
            }
        }
        self.say(&report.join("\n"));
        Ok(())
    }

    /// Lets the user pick any answer and give it again.
    fn revise(&mut self) -> Step<()> {
        enum Target<'r> {
            Proposal,
            Assessors,
            Question(&'r Rubric, &'r Question),
            Back,
        }
        let rubrics = self.rubrics;
        let card = self.scorecard();
        let mut targets = vec![
            (
                format!("The proposal — {}", one_line(&self.assessment.proposal.title, 50)),
                Target::Proposal,
            ),
            (
                format!(
                    "Who is assessing — {}",
                    one_line(&self.assessment.assessment.assessors.join(", "), 50)
                ),
                Target::Assessors,
            ),
        ];
        let selected = rubrics.select(&self.assessment.rubric_ids());
        for rubric in selected {
            for question in &rubric.questions {
                let full_id = format!("{}.{}", rubric.id, question.id);
                let excluded = card
                    .rubrics
                    .iter()
                    .flat_map(|rubric| &rubric.questions)
                    .any(|score| score.id == full_id && score.excluded_by_condition);
                let mut label = format!(
                    "{full_id} — {}",
                    describe(self.assessment.answer(&rubric.id, &question.id), question)
                );
                if excluded {
                    label.push_str(" (does not apply now)");
                }
                targets.push((label, Target::Question(rubric, question)));
            }
        }
        targets.push(("Back".to_string(), Target::Back));
        let labels = targets.iter().map(|(label, _)| label.clone()).collect();
        let choice = self.prompter.select(
            &SelectPrompt::new("Which answer do you want to change?", labels).help("Type to filter, e.g. \"openness\""),
        )?;
        match targets.get(choice).map(|(_, target)| target) {
            Some(Target::Proposal) => self.proposal(true),
            Some(Target::Assessors) => self.assessors(),
            Some(Target::Question(rubric, question)) => {
                if let Some(condition) = question
                    .applies_if
                    .as_ref()
                    .filter(|_| self.skip_reason(rubric, question).is_some())
                {
                    let note = self.condition_text(condition);
                    self.say(&format!("Note: this answer does not count at the moment: {note}."));
                }
                self.ask_question(rubric, question)?;
                self.ask_newly_applicable(rubric, question)
            }
            Some(Target::Back) | None => Ok(()),
        }
    }

    /// After an answer changed, asks the unanswered questions that apply because of it.
    fn ask_newly_applicable(&mut self, rubric: &Rubric, changed: &Question) -> Step<()> {
        let rubrics = self.rubrics;
        let changed_id = format!("{}.{}", rubric.id, changed.id);
        let selected = rubrics.select(&self.assessment.rubric_ids());
        for dependent_rubric in selected {
            for question in &dependent_rubric.questions {
                let depends = question
                    .applies_if
                    .as_ref()
                    .is_some_and(|condition| condition.question == changed_id);
                if depends
                    && self.assessment.answer(&dependent_rubric.id, &question.id).is_none()
                    && self.skip_reason(dependent_rubric, question).is_none()
                {
                    self.say(&format!("{}.{} applies now:", dependent_rubric.id, question.id));
                    self.ask_question(dependent_rubric, question)?;
                }
            }
        }
        Ok(())
    }
}

/// The current answer in a few words: "1 – Only hand-picked…", "not sure yet".
fn describe(answer: Option<&Answer>, question: &Question) -> String {
    match answer.map(|answer| (answer.level, answer.status)) {
        Some((Some(level), _)) => {
            let text = usize::try_from(level)
                .ok()
                .and_then(|level| question.levels.get(level))
                .map_or("", String::as_str);
            format!("{level} – {}", one_line(text, 50))
        }
        Some((None, Some(AnswerStatus::Unknown))) => "not sure yet".to_string(),
        Some((None, Some(AnswerStatus::NotApplicable))) => "not applicable".to_string(),
        Some((None, Some(AnswerStatus::NotAffected))) => "not affected".to_string(),
        Some((None, None)) | None => "not answered".to_string(),
    }
}

/// Puts rubrics in the assessment's order and answers in question order, so the file reads
/// like the rubrics whatever order the answers were given in.
fn order_answers(assessment: &mut Assessment, rubrics: &RubricSet) {
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
