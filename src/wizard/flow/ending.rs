//! The end of a run: the scorecard, rendering the brief, revising any answer, and the menu
//! entry to recording the consultation ledger.

use std::path::PathBuf;

use super::{Session, Step, describe};
use crate::diagnostic::Diagnostics;
use crate::model::ids::QuestionId;
use crate::model::{Question, Rubric};
use crate::output::{Inputs, file_name_for, write_brief};
use crate::render::{Format, PdfOptions, Renderer};
use crate::report::Brief;
use crate::templates::Templates;
use crate::wizard::input::{self, one_line};
use crate::wizard::prompter::{MultiSelectPrompt, SelectPrompt, TextPrompt};
use crate::wizard::resume_command;

impl Session<'_> {
    pub(super) fn show_scorecard(&mut self) {
        let brief = Brief::of(&self.assessment, self.rubrics);
        let card = crate::render::terminal::scorecard(&brief, self.options.color);
        self.say(&format!("\n{}", card.trim_end()));
    }

    pub(super) fn finish(&mut self, render_now: bool) -> Step<()> {
        self.show_scorecard();
        if render_now {
            self.render()?;
        }
        loop {
            let options = vec![
                "Render the brief".to_string(),
                "Revise an answer".to_string(),
                "Record consultation submissions".to_string(),
                "Save and quit".to_string(),
            ];
            match self.prompter.select(&SelectPrompt::new("What next?", options))? {
                0 => self.render()?,
                1 => {
                    self.revise()?;
                    self.show_scorecard();
                }
                2 => self.record_ledger()?,
                _ => {
                    self.save()?;
                    let file = input::shell_quote(&self.file);
                    self.say(&format!(
                        "\nSaved {}.\nRender it later with: impact-brief render {file} -f pdf\nChange answers with:  {}\n\
                         With others' assessments of the same proposal, make a panel brief:\n  \
                         impact-brief panel {file} OTHER.toml ... -f pdf",
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
    pub(super) fn render(&mut self) -> Step<()> {
        const FORMATS: [(Format, &str); 5] = [
            (Format::Markdown, "Markdown (.md): for review and track changes"),
            (Format::Pdf, "PDF (.pdf): for publication"),
            (Format::Docx, "Word (.docx): for comments and track changes"),
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
                let full_id = QuestionId::new(&rubric.id, &question.id);
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
                    self.say(&format!("{}.{} applies now:", dependent_rubric.id, question.id));
                    self.ask_question(dependent_rubric, question)?;
                }
            }
        }
        Ok(())
    }
}
