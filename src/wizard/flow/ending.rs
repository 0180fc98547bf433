//! The end of a run: the scorecard, rendering the brief, revising any answer, and the menu
//! entry to recording the consultation ledger.

use std::path::PathBuf;

use super::{Session, Step, describe};
use crate::diagnostic::Diagnostics;
use crate::model::ids::QuestionId;
use crate::model::{Question, ReviewStatus, Rubric};
use crate::output::{Inputs, file_name_for, write_brief};
use crate::render::{Format, PdfOptions, Renderer};
use crate::report::Brief;
use crate::templates::Templates;
use crate::wizard::input::{self, one_line};
use crate::wizard::prompter::{MultiSelectPrompt, SelectPrompt, TextPrompt};
use crate::wizard::resume_command;

impl Session<'_> {
    /// The brief as `render` would write it: in the assessment's language, with the rubrics'
    /// texts in that language, whatever language the wizard asks in.
    pub(super) fn brief(&self) -> Brief {
        Brief::of(&self.assessment, self.base.in_language(self.assessment.lang()))
    }

    pub(super) fn show_scorecard(&mut self) {
        let brief = self.brief();
        let card = crate::render::terminal::scorecard(&brief, self.options.color, self.prompter.scorecard_width());
        self.prompter.show_scorecard(&format!("\n{}", card.trim_end()));
    }

    pub(super) fn finish(&mut self, render_now: bool) -> Step<()> {
        self.show_scorecard();
        if render_now {
            self.render()?;
        }
        loop {
            let is_final = self.assessment.assessment.status == Some(ReviewStatus::Final);
            let options = vec![
                self.t("ui-menu-render"),
                self.t("ui-menu-revise"),
                self.t("ui-menu-lead"),
                self.t(if is_final {
                    "ui-menu-mark-draft"
                } else {
                    "ui-menu-mark-final"
                }),
                self.t("ui-menu-record"),
                self.t("ui-menu-quit"),
            ];
            match self.prompter.select(&SelectPrompt::new(self.t("ui-menu"), options))? {
                0 => self.render()?,
                1 => {
                    self.revise()?;
                    self.show_scorecard();
                }
                2 => self.choose_lead()?,
                3 => self.mark(if is_final {
                    ReviewStatus::Draft
                } else {
                    ReviewStatus::Final
                })?,
                4 => self.record_ledger()?,
                _ => {
                    self.save()?;
                    let file = input::shell_quote(&self.file);
                    // `render` says what it wrote in the wizard's language, where that is the
                    // brief's: `--lang` would otherwise also change the brief's language.
                    let lang = if self.assessment.lang() == self.lang {
                        format!(" --lang {}", self.lang.code())
                    } else {
                        String::new()
                    };
                    let other = self.t("ui-saved-other-file");
                    let farewell = crate::tr!(
                        self.lang,
                        "ui-saved",
                        file = self.file.display().to_string(),
                        render = format!("impact-brief render{lang} {file} -f pdf"),
                        resume = resume_command(&self.file, self.options),
                        panel = format!("impact-brief panel{lang} {file} {other} ... -f pdf")
                    );
                    self.say(&format!("\n{farewell}"));
                    return Ok(());
                }
            }
        }
    }

    /// Records whether the brief is final or a draft, which its first page shows.
    fn mark(&mut self, status: ReviewStatus) -> Step<()> {
        self.assessment.assessment.status = Some(status);
        self.save()?;
        let line = crate::tr!(self.lang, "ui-marked", status = status.label_in(self.lang));
        self.say(&line);
        Ok(())
    }

    /// Asks for formats and a folder, then writes the brief. A failed render is reported and
    /// the wizard goes on: the answers are safe either way.
    pub(super) fn render(&mut self) -> Step<()> {
        const FORMATS: [(Format, &str); 5] = [
            (Format::Markdown, "ui-format-markdown"),
            (Format::Pdf, "ui-format-pdf"),
            (Format::Docx, "ui-format-docx"),
            (Format::Html, "ui-format-html"),
            (Format::Json, "ui-format-json"),
        ];
        let picked = self.prompter.multi_select(&MultiSelectPrompt {
            message: self.t("ui-formats"),
            help: Some(self.t("ui-formats-help")),
            options: FORMATS.iter().map(|(_, id)| self.t(id)).collect(),
            // The PDF, what a brief is sent as: a wizard user is rarely one who edits Markdown.
            defaults: vec![1],
        })?;
        if picked.is_empty() {
            self.say(&self.t("ui-formats-none"));
            return Ok(());
        }
        let default_folder = match self.file.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.display().to_string(),
            _ => ".".to_string(),
        };
        // Offered as the default, not typed in: a folder typed replaces it ("informes"), where
        // text already in the input was added to (".informes", a hidden folder).
        let folder = self
            .prompter
            .text(&TextPrompt::new(self.t("ui-folder")).default(default_folder.clone()))?;
        let folder = PathBuf::from(match folder.trim() {
            "" => default_folder.as_str(),
            typed => typed,
        });
        if self.renderer.is_none() {
            let templates = match Templates::load(self.options.templates.as_deref()) {
                Ok(templates) => templates,
                Err(problem) => {
                    let line = crate::tr!(
                        self.lang,
                        "ui-cannot-render",
                        error = Diagnostics(vec![problem]).to_string()
                    );
                    self.say(&line);
                    return Ok(());
                }
            };
            match Renderer::new(&templates, PdfOptions::default(), &[]) {
                Ok(renderer) => self.renderer = Some(renderer),
                Err(error) => {
                    let line = crate::tr!(self.lang, "ui-cannot-render", error = crate::i18n::causes(&error));
                    self.say(&line);
                    return Ok(());
                }
            }
        }
        let brief = self.brief();
        let mut inputs = Inputs::of_run(self.options.rubrics_dir.as_deref(), self.options.templates.as_deref());
        inputs.add_assessment(&self.file, &self.assessment);
        let mut report = Vec::new();
        if let Some(renderer) = &self.renderer {
            for format in picked
                .iter()
                .filter_map(|&index| FORMATS.get(index))
                .map(|(format, _)| *format)
            {
                let path = folder.join(file_name_for(&self.file, &format.output_suffix()));
                let written = write_brief(renderer, &brief, format, &path, &inputs);
                let shown = path.display().to_string();
                report.push(match written {
                    Ok(()) => crate::tr!(self.lang, "ui-wrote", file = shown),
                    Err(error) => crate::tr!(
                        self.lang,
                        "ui-could-not-write",
                        file = shown,
                        error = crate::i18n::causes(&error)
                    ),
                });
            }
        }
        self.say(&report.join("\n"));
        Ok(())
    }

    /// Lets the user pick any answer and give it again.
    pub(super) fn revise(&mut self) -> Step<()> {
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
                format!(
                    "{} — {}",
                    self.t("ui-section-proposal"),
                    one_line(&self.assessment.proposal.title, 50)
                ),
                Target::Proposal,
            ),
            (
                format!(
                    "{} — {}",
                    self.t("ui-section-assessors"),
                    one_line(&self.assessment.assessment.assessors.join("; "), 50)
                ),
                Target::Assessors,
            ),
        ];
        let selected = rubrics.select(&self.assessment.rubric_ids());
        for rubric in selected {
            for question in &rubric.questions {
                let full_id = QuestionId::new(&rubric.id, &question.id);
                let excluded = card
                    .rubrics
                    .iter()
                    .flat_map(|rubric| &rubric.questions)
                    .any(|score| score.id == full_id && score.excluded_by_condition);
                // Named as the brief names it, in the wizard's language, so that typing a
                // rubric's or an area's name ("ouverture", "encryption") filters the list.
                let name = crate::report::question_name(&rubric.title, &one_line(question.area_name(), 60), self.lang);
                let mut label = format!(
                    "{name} — {}",
                    describe(self.assessment.answer(&rubric.id, &question.id), question, self.lang)
                );
                if excluded {
                    label = crate::tr!(self.lang, "ui-revise-does-not-apply", answer = label);
                }
                targets.push((label, Target::Question(rubric, question)));
            }
        }
        targets.push((self.t("ui-back"), Target::Back));
        let labels = targets.iter().map(|(label, _)| label.clone()).collect();
        let choice = self
            .prompter
            .select(&SelectPrompt::new(self.t("ui-revise"), labels).help(self.t("ui-revise-help")))?;
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
                    // While the answer it depends on is open, an answer given here is kept and
                    // counted: said so, rather than that it does not count.
                    let line = if self.gate_open(condition) {
                        crate::tr!(
                            self.lang,
                            "ui-revise-counts-while-open",
                            reason = note,
                            question = condition.question.to_string()
                        )
                    } else {
                        crate::tr!(self.lang, "ui-revise-does-not-count", reason = note)
                    };
                    self.say(&line);
                }
                self.ask_question(rubric, question)?;
                self.ask_newly_applicable(rubric, question)
            }
            Some(Target::Back) | None => Ok(()),
        }
    }

    /// After an answer changed, asks the unanswered questions that apply because of it.
    pub(super) fn ask_newly_applicable(&mut self, rubric: &Rubric, changed: &Question) -> Step<()> {
        let rubrics = self.rubrics;
        let changed_id = QuestionId::new(&rubric.id, &changed.id);
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
                    let line = crate::tr!(
                        self.lang,
                        "ui-applies-now",
                        question = format!("{}.{}", dependent_rubric.id, question.id)
                    );
                    self.say(&line);
                    self.ask_question(dependent_rubric, question)?;
                }
            }
        }
        Ok(())
    }
}
