//! The assessors' choice of the finding page 1 puts first (`lead = true` on one answer): the
//! same choice `serve` offers on each question's page, made here from one list.

use super::{Session, Step, describe};
use crate::model::ids::QuestionId;
use crate::report::Brief;
use crate::wizard::input::one_line;
use crate::wizard::prompter::SelectPrompt;

impl Session<'_> {
    /// Offers the findings page 1 lists (every concern, the points to watch, the strengths), in
    /// the order the method gives them, and records the one chosen, or none.
    pub(super) fn choose_lead(&mut self) -> Step<()> {
        // Listed as page 1 would order them without a choice, so the list does not move
        // around the finding chosen last time.
        let mut unchosen = self.assessment.clone();
        unchosen.set_lead(None);
        let brief = Brief::of(&unchosen, self.base.in_language(unchosen.lang()));
        let summary = &brief.summary;
        let groups = [
            (
                "brief-main-concerns",
                summary.red_flags.iter().chain(&summary.concerns).collect::<Vec<_>>(),
            ),
            ("brief-points-to-watch", summary.points_to_watch.iter().collect()),
            ("brief-strengths", summary.strengths.iter().collect()),
        ];
        // Each one as (question, label in the list, name in the wizard's language).
        let mut candidates: Vec<(QuestionId, String, String)> = groups
            .iter()
            .flat_map(|(group, findings)| findings.iter().map(move |finding| (*group, *finding)))
            .map(|(group, finding)| {
                let (name, found) = self.name_and_finding(&finding.question, finding.finding.as_deref());
                (finding.question.clone(), self.lead_label(group, &name, &found), name)
            })
            .collect();
        // A lead the file gives to a finding the lists do not show (a strength after the first
        // few, one set in `serve` or the file) is offered as it is, so that Enter keeps it.
        let current = self.assessment.lead();
        if let Some(lead) = current
            .as_ref()
            .filter(|lead| !candidates.iter().any(|(id, _, _)| id == *lead))
        {
            let (name, found) = self.name_and_finding(lead, None);
            candidates.push((lead.clone(), self.lead_label("ui-lead-now-first", &name, &found), name));
        }
        if candidates.len() < 2 {
            self.say(&self.t("ui-lead-too-few"));
            return Ok(());
        }
        let start = current
            .as_ref()
            .and_then(|lead| candidates.iter().position(|(id, _, _)| id == lead))
            .map_or(0, |at| at + 1);
        let mut options = vec![self.t("ui-lead-none")];
        options.extend(candidates.iter().map(|(_, label, _)| label.clone()));
        let choice = self.prompter.select(
            &SelectPrompt::new(self.t("ui-lead"), options)
                .help(self.t("ui-lead-help"))
                .start(start),
        )?;
        let chosen = choice.checked_sub(1).and_then(|at| candidates.get(at));
        self.assessment.set_lead(chosen.map(|(id, _, _)| id));
        self.save()?;
        let line = match chosen {
            Some((_, _, name)) => crate::tr!(self.lang, "ui-lead-set", topic = name.clone()),
            None => self.t("ui-lead-cleared"),
        };
        self.say(&line);
        Ok(())
    }

    /// One finding in the list: its place on page 1 (`group`, a message id), the question as the
    /// wizard names it, and what the assessors found.
    fn lead_label(&self, group: &str, name: &str, found: &str) -> String {
        format!("{}{} {name} — {found}", self.t(group), self.t("colon"))
    }

    /// The question as the wizard names it, in its language ("Openness: Encryption and private
    /// messages"), and what the assessors found: their `finding`, or the level they chose.
    fn name_and_finding(&self, id: &QuestionId, finding: Option<&str>) -> (String, String) {
        let question = self.rubrics.get(id.rubric()).and_then(|rubric| {
            let question = rubric.questions.iter().find(|q| q.id == id.question())?;
            Some((rubric, question))
        });
        match question {
            Some((rubric, question)) => (
                crate::report::question_name(&rubric.title, &one_line(question.area_name(), 60), self.lang),
                finding.map_or_else(
                    || {
                        describe(
                            self.assessment.answer(rubric.id.as_str(), question.id.as_str()),
                            question,
                            self.lang,
                        )
                    },
                    |text| one_line(text, 60),
                ),
            ),
            None => (id.to_string(), String::new()),
        }
    }
}
