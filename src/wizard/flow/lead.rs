//! The assessors' choice of the finding page 1 puts first (`lead = true` on one answer): the
//! same choice `serve` offers on each question's page, made here from one list.

use super::{Session, Step, describe};
use crate::model::ids::QuestionId;
use crate::report::{Brief, FindingRef};
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
        let candidates: Vec<(String, &FindingRef)> = groups
            .iter()
            .flat_map(|(group, findings)| findings.iter().map(move |finding| (*group, *finding)))
            .map(|(group, finding)| (self.lead_label(group, finding), finding))
            .collect();
        if candidates.len() < 2 {
            self.say(&self.t("ui-lead-too-few"));
            return Ok(());
        }
        let current = self.assessment.lead();
        let start = current
            .as_ref()
            .and_then(|lead| candidates.iter().position(|(_, finding)| &finding.question == lead))
            .map_or(0, |at| at + 1);
        let mut options = vec![self.t("ui-lead-none")];
        options.extend(candidates.iter().map(|(label, _)| label.clone()));
        let choice = self.prompter.select(
            &SelectPrompt::new(self.t("ui-lead"), options)
                .help(self.t("ui-lead-help"))
                .start(start),
        )?;
        let chosen: Option<(QuestionId, String)> = choice
            .checked_sub(1)
            .and_then(|at| candidates.get(at))
            .map(|(_, finding)| (finding.question.clone(), finding.topic.clone()));
        self.assessment.set_lead(chosen.as_ref().map(|(question, _)| question));
        self.save()?;
        let line = match chosen {
            Some((_, topic)) => crate::tr!(self.lang, "ui-lead-set", topic = topic),
            None => self.t("ui-lead-cleared"),
        };
        self.say(&line);
        Ok(())
    }

    /// One finding in the list: its place on page 1, the question as the wizard names it, and
    /// what the assessors found (or the level they chose, where they wrote no finding).
    fn lead_label(&self, group: &str, finding: &FindingRef) -> String {
        let question = self.rubrics.get(finding.question.rubric()).and_then(|rubric| {
            let question = rubric.questions.iter().find(|q| q.id == finding.question.question())?;
            Some((rubric, question))
        });
        let (name, found) = match question {
            Some((rubric, question)) => (
                crate::report::question_name(&rubric.title, &one_line(question.area_name(), 60), self.lang),
                finding.finding.as_deref().map_or_else(
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
            None => (finding.question.to_string(), String::new()),
        };
        format!("{}{} {name} — {found}", self.t(group), self.t("colon"))
    }
}
