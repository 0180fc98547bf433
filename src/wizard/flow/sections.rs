//! The proposal and the assessors: the sections asked before the rubrics' questions.

use super::{Session, Step};
use crate::model::{Jurisdiction, Stage, StakeholderGroup};
use crate::wizard::input::{self};
use crate::wizard::prompter::{SelectPrompt, TextPrompt};

impl Session<'_> {
    pub(super) fn proposal(&mut self, with_title: bool) -> Step<()> {
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

    pub(super) fn assessors(&mut self) -> Step<()> {
        self.say("\n── Who is assessing ──");
        let current = self.assessment.assessment.assessors.join("; ");
        let names = self.prompter.text(
            &TextPrompt::new("Your name, and your organisation")
                .initial(Some(&current))
                .placeholder("Maria Okafor, ISOC Veridia Chapter")
                .help("Separate several people with semicolons (;): a comma stays part of the name"),
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
                .help("Assessments from different groups can be brought together with `impact-brief panel`"),
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
    pub(super) fn optional_text(&mut self, message: &str, help: &str, current: Option<String>) -> Step<Option<String>> {
        let typed = self
            .prompter
            .text(&TextPrompt::new(message).help(help).initial(current.as_deref()))?;
        Ok(input::optional(&typed))
    }

    /// One optional text that may span paragraphs.
    pub(super) fn long_text(&mut self, message: &str, help: &str, current: Option<String>) -> Step<Option<String>> {
        let typed = self
            .prompter
            .long_text(&TextPrompt::new(message).help(help).initial(current.as_deref()))?;
        Ok(input::optional(&typed))
    }
}
