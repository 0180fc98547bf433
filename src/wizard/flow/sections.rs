//! The proposal and the assessors: the sections asked before the rubrics' questions.

use super::{Session, Step};
use crate::model::{Jurisdiction, ProposalKind, Stage, StakeholderGroup};
use crate::wizard::input::{self};
use crate::wizard::prompter::{ConfirmPrompt, SelectPrompt, TextPrompt, Validator};

impl Session<'_> {
    pub(super) fn proposal(&mut self, with_title: bool) -> Step<()> {
        self.say(&format!("\n── {} ──", self.t("ui-section-proposal")));
        if with_title {
            let current = self.assessment.proposal.title.clone();
            let title = self.prompter.text(
                &TextPrompt::new(self.t("ui-title"))
                    .initial(Some(&current))
                    .validate(Validator::new(input::title, self.lang)),
            )?;
            self.assessment.proposal.title = title.trim().to_string();
            self.save()?;
        }
        let jurisdiction = self.optional_text(
            "ui-jurisdiction",
            self.assessment
                .proposal
                .jurisdiction
                .as_ref()
                .map(|jurisdiction| jurisdiction.names().join("; ")),
            input::names,
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
        let reference = self.optional_text("ui-reference", self.assessment.proposal.reference.clone(), input::line)?;
        self.assessment.proposal.reference = reference;
        self.save()?;

        // The kind names the measure throughout the brief ("the law", "the request"); a file
        // that names none is read as a law, which Enter keeps.
        let kinds = ProposalKind::ALL
            .iter()
            .map(|kind| kind.label_in(self.lang).to_string())
            .collect();
        let current = self.assessment.proposal.kind;
        self.assessment.proposal.kind = self.choose_one(
            ("ui-kind", "ui-kind-help"),
            kinds,
            "ui-stage-not-sure",
            ProposalKind::ALL,
            current,
            0,
        )?;
        self.save()?;

        let stages = Stage::ALL
            .iter()
            .map(|stage| self.t(&format!("ui-stage-{}", stage.id())))
            .collect();
        // Enter on a stage nobody chose records none, rather than the first of the list.
        let current = self.assessment.proposal.stage;
        self.assessment.proposal.stage = self.choose_one(
            ("ui-stage", "ui-stage-help"),
            stages,
            "ui-stage-not-sure",
            Stage::ALL,
            current,
            Stage::ALL.len(),
        )?;
        self.save()?;

        let current = self.assessment.proposal.introduced.map(|date| date.to_string());
        let introduced = self.prompter.text(
            &TextPrompt::new(self.t("ui-introduced"))
                .initial(current.as_deref())
                .placeholder(self.t("ui-date-placeholder"))
                .help(self.t("ui-introduced-help"))
                .validate(Validator::new(input::optional_date, self.lang)),
        )?;
        self.assessment.proposal.introduced = input::parse_date(&introduced);
        self.save()?;
        // An address already on file that is no web address is not refused: Enter keeps it (the
        // brief prints it as text, and `check` warns), and the wizard says so.
        let current = self.assessment.proposal.url.clone();
        let rule: fn(&str) -> Result<(), &'static str> = match current.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() && !crate::markup::is_web_link(url) => {
                let note = crate::tr!(self.lang, "ui-url-kept-as-text", url = url);
                self.say(&input::prose(&note));
                input::line
            }
            _ => input::optional_web_address,
        };
        let url = self.optional_text("ui-url", current, rule)?;
        self.assessment.proposal.url = url;
        self.save()?;

        let summary = self.long_text("ui-summary", self.assessment.proposal.summary.clone())?;
        self.assessment.proposal.summary = summary;
        self.save()?;
        let context = self.long_text("ui-context", self.assessment.proposal.context.clone())?;
        self.assessment.proposal.context = context;
        self.save()
    }

    pub(super) fn assessors(&mut self) -> Step<()> {
        self.say(&format!("\n── {} ──", self.t("ui-section-assessors")));
        let current = self.assessment.assessment.assessors.join("; ");
        let names = self.prompter.text(
            &TextPrompt::new(self.t("ui-assessors"))
                .initial(Some(&current))
                .placeholder(self.t("ui-assessors-placeholder"))
                .help(self.t("ui-assessors-help"))
                .validate(Validator::new(input::names, self.lang)),
        )?;
        self.assessment.assessment.assessors = input::split_names(&names);
        self.save()?;

        let groups = StakeholderGroup::ALL
            .iter()
            .map(|group| self.t(&format!("ui-stakeholder-{}", group.id())))
            .collect();
        let current = self.assessment.assessment.stakeholder_group;
        self.assessment.assessment.stakeholder_group = self.choose_one(
            ("ui-stakeholder", "ui-stakeholder-help"),
            groups,
            "ui-stakeholder-not-said",
            StakeholderGroup::ALL,
            current,
            // Nothing is presumed: Enter on a new file leaves the group unsaid rather than
            // making the assessors a government, the first of the list.
            StakeholderGroup::ALL.len(),
        )?;
        self.save()?;
        self.drafter()?;

        let current = self
            .assessment
            .assessment
            .date
            .map(|date| date.to_string())
            .unwrap_or_else(|| self.options.today.clone());
        let date = self.prompter.text(
            &TextPrompt::new(self.t("ui-date"))
                .initial(Some(&current))
                .help(self.t("ui-date-placeholder"))
                .validate(Validator::new(input::date, self.lang)),
        )?;
        self.assessment.assessment.date = input::parse_date(&date);
        self.save()
    }

    /// Whether the assessors drafted or proposed the text, asked of a government or an
    /// intergovernmental body, the groups that draft laws and treaties (a panel names such a
    /// member and gives its agreement without it too), and of anyone whose file already says
    /// so, who may need to take it back.
    fn drafter(&mut self) -> Step<()> {
        let current = self.assessment.assessment.drafter;
        let drafts = matches!(
            self.assessment.assessment.stakeholder_group,
            Some(StakeholderGroup::Government | StakeholderGroup::Intergovernmental)
        );
        if !drafts && !current {
            return Ok(());
        }
        self.assessment.assessment.drafter = self
            .prompter
            .confirm(&ConfirmPrompt::new(self.t("ui-drafter"), current).help(self.t("ui-drafter-help")))?;
        self.save()
    }

    /// One of `all` (named by `labels`, in order) or none (the option `none` adds last), asked
    /// with the messages `(question, help)`: the list starts on `current`, or at `unset` when
    /// nothing is chosen yet.
    fn choose_one<T: Copy + PartialEq>(
        &mut self,
        (question, help): (&str, &str),
        mut labels: Vec<String>,
        none: &str,
        all: &[T],
        current: Option<T>,
        unset: usize,
    ) -> Step<Option<T>> {
        labels.push(self.t(none));
        let start = current
            .and_then(|current| all.iter().position(|known| *known == current))
            .unwrap_or(unset);
        let choice = self.prompter.select(
            &SelectPrompt::new(self.t(question), labels)
                .start(start)
                .help(self.t(help)),
        )?;
        Ok(all.get(choice).copied())
    }

    /// One optional line of page 1's table, which `valid` accepts; empty means none. `id` names
    /// the question in the catalogue, and `id-help` its guidance.
    pub(super) fn optional_text(
        &mut self,
        id: &str,
        current: Option<String>,
        valid: fn(&str) -> Result<(), &'static str>,
    ) -> Step<Option<String>> {
        let prompt = TextPrompt::new(self.t(id))
            .help(self.t(&format!("{id}-help")))
            .initial(current.as_deref())
            .validate(Validator::new(valid, self.lang));
        let typed = self.prompter.text(&prompt)?;
        Ok(input::optional(&typed))
    }

    /// One optional text that may span paragraphs, named like [`Self::optional_text`].
    pub(super) fn long_text(&mut self, id: &str, current: Option<String>) -> Step<Option<String>> {
        let prompt = TextPrompt::new(self.t(id))
            .help(self.t(&format!("{id}-help")))
            .initial(current.as_deref());
        let typed = self.prompter.long_text(&prompt)?;
        Ok(input::optional(&typed))
    }
}
