//! The rubrics' questions: the screening of effect areas, then each question with its level,
//! rationale and evidence, skipping those whose condition fails.

use super::{Pass, SCREENED_OUT, Session, Step, Stop, describe};
use crate::consultation::{ConsultationView, Suggestion, bears_on};
use crate::i18n::{self, Lang};
use crate::markup::Markup;
use crate::model::guidance::Placing;
use crate::model::ids::QuestionId;
use crate::model::{
    Answer, AnswerStatus, AppliesIf, Assessment, Dimension, MechanismKind, Question, Rubric, RubricSet,
};
use crate::report::{percent, score_display};
use crate::scoring::QuestionStatus;
use crate::wizard::input::{self, one_line};
use crate::wizard::prompter::{ConfirmPrompt, MultiSelectPrompt, SelectPrompt, TextPrompt, Validator};

impl Session<'_> {
    /// Like the preliminary analysis of the Internet Impact Assessment Toolkit: one checklist of
    /// the areas the effect questions look at. Ticked areas are asked in full; the others are
    /// recorded as screened out (judged at a glance, not examined), which "Revise an answer" can
    /// change. Ticking nothing asks for confirmation first: it would leave every area unexamined.
    pub(super) fn screening(&mut self) -> Step<()> {
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
            // Whole: the list cuts each option to the terminal's width, and prints whole those
            // it had to cut.
            .map(|(_, question)| one_line(question.area_name(), usize::MAX))
            .collect();
        let picked = loop {
            let picked = self.prompter.multi_select(&MultiSelectPrompt {
                message: self.t("ui-screening"),
                help: Some(self.t("ui-screening-help")),
                options: options.clone(),
                defaults: Vec::new(),
            })?;
            if !picked.is_empty() {
                break picked;
            }
            let none = self.prompter.confirm(
                &ConfirmPrompt::new(crate::tr!(self.lang, "ui-screening-none", count = open.len()), false)
                    .help(self.t("ui-screening-none-help")),
            )?;
            if none {
                break picked;
            }
        };
        for (index, (rubric, question)) in open.iter().enumerate() {
            if picked.contains(&index) {
                continue;
            }
            let answer = Answer {
                status: Some(AnswerStatus::ScreenedOut),
                ..Answer::default()
            };
            self.assessment.set_answer(&rubric.id, &question.id, answer);
        }
        let left_out = open.len() - picked.len().min(open.len());
        self.save()?;
        let line = crate::tr!(
            self.lang,
            "ui-screening-result",
            count = picked.len(),
            screened_out = left_out
        );
        self.say(&line);
        Ok(())
    }

    pub(super) fn questions(&mut self, pass: Pass) -> Step<()> {
        let rubrics = self.rubrics;
        let ids = self
            .assessment
            .rubric_ids()
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>();
        let selected = rubrics.select(&ids.iter().map(String::as_str).collect::<Vec<_>>());
        let mut asked = false;
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
            let heading = crate::tr!(
                self.lang,
                "ui-rubric-heading",
                rubric = rubric.title.as_str(),
                number = index + 1,
                total = selected.len()
            );
            self.say(&format!("\n── {heading} ──\n{}", input::prose(&description)));
            for question in to_ask {
                if let Some(reason) = self.skip_reason(rubric, question) {
                    let line = crate::tr!(
                        self.lang,
                        "ui-skipped",
                        question = format!("{}.{}", rubric.id, question.id),
                        reason = reason
                    );
                    self.say(&format!("  {line}"));
                    continue;
                }
                self.ask_question(rubric, question)?;
                asked = true;
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
                let line = crate::tr!(
                    self.lang,
                    "ui-unsure-left",
                    count = unsure,
                    not_sure = self.t("ui-option-not-sure"),
                    revise = self.t("ui-menu-revise")
                );
                self.say(&format!("\n{line}"));
            }
            // Said when the file is opened too: again only if answers were given since.
            if asked && let Some(line) = without_advice_note(self.rubrics, &self.assessment, self.lang) {
                self.say(&format!("\n{line}"));
            }
        }
        Ok(())
    }

    /// Why `question` is not asked now: its `applies_if` fails on the answers so far.
    pub(super) fn skip_reason(&self, rubric: &Rubric, question: &Question) -> Option<String> {
        let condition = question.applies_if.as_ref()?;
        let full_id = QuestionId::new(&rubric.id, &question.id);
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
        Some(self.condition_text_now(condition))
    }

    /// [`Self::condition_text`], and, while the answer it names is still open (not given, or
    /// "not sure yet"), that the question waits for it: it has not been answered below the level.
    pub(super) fn condition_text_now(&self, condition: &AppliesIf) -> String {
        let text = self.condition_text(condition);
        if !self.gate_open(condition) {
            return text;
        }
        crate::tr!(
            self.lang,
            "ui-condition-open",
            condition = text,
            question = condition.question.to_string(),
            not_sure = self.t("ui-option-not-sure")
        )
    }

    /// Whether the answer `condition` names is still open, as the scoring reads it.
    pub(super) fn gate_open(&self, condition: &AppliesIf) -> bool {
        crate::scoring::condition_open(
            condition,
            &self.rubrics.select(&self.assessment.rubric_ids()),
            &self.assessment,
        )
    }

    pub(super) fn condition_text(&self, condition: &AppliesIf) -> String {
        let level_text = self
            .rubrics
            .question(&condition.question)
            .and_then(|(_, question)| question.levels.get(condition.min_level as usize))
            .map(|text| crate::tr!(self.lang, "ui-condition-level-text", text = one_line(text, 50)))
            .unwrap_or_default();
        crate::tr!(
            self.lang,
            "ui-condition",
            question = condition.question.to_string(),
            level = condition.min_level,
            level_text = level_text
        )
    }

    /// Where a question comes in the order of asking: (rubric, question) indexes.
    pub(super) fn position(&self, full_id: &QuestionId) -> Option<(usize, usize)> {
        let (rubric_id, question_id) = (full_id.rubric(), full_id.question());
        let rubric_index = self.assessment.rubric_ids().iter().position(|id| *id == rubric_id)?;
        let question_index = self
            .rubrics
            .get(rubric_id)?
            .questions
            .iter()
            .position(|question| question.id == question_id)?;
        Some((rubric_index, question_index))
    }

    pub(super) fn answer_of(&self, full_id: &QuestionId) -> Option<&Answer> {
        self.assessment.answer(full_id.rubric(), full_id.question())
    }

    /// "Openness: 58 (Weak), coverage 100%".
    pub(super) fn running_score(&self, rubric: &Rubric) -> String {
        let card = self.scorecard();
        let Some(score) = card.rubrics.iter().find(|score| score.id == rubric.id) else {
            return String::new();
        };
        let shown = match score.score {
            Some(_) => score_display(score.score, self.lang),
            None => self.t("ui-no-score-yet"),
        };
        let line = crate::tr!(
            self.lang,
            "ui-running-score",
            rubric = rubric.title.as_str(),
            score = shown,
            rating = self.t(&format!("ui-rating-{}", score.rating.key())),
            coverage = percent(score.coverage, self.lang)
        );
        format!("\n{line}")
    }

    /// Asks one question: the level (or not sure / not applicable), a rationale, and evidence
    /// for a level. Saves after each part, so stopping midway keeps what was given.
    pub(super) fn ask_question(&mut self, rubric: &Rubric, question: &Question) -> Step<()> {
        let before = self.assessment.answer(&rubric.id, &question.id).cloned();
        let current = before.clone().unwrap_or_default();
        let levels = question.levels.len();
        let mut options: Vec<String> = question
            .levels
            .iter()
            .enumerate()
            .map(|(level, text)| format!("{level} – {text}"))
            .collect();
        // The statuses after the levels; "not affected" only for effect questions.
        let mut statuses = Vec::new();
        // A question screened out is offered as it is, first, so that Enter keeps it: it is not
        // turned into "not affected", a finding nobody made.
        if current.status == Some(AnswerStatus::ScreenedOut) {
            statuses.push((self.t("ui-option-screened-out"), AnswerStatus::ScreenedOut));
        }
        if question.dimension() == Dimension::Effect {
            statuses.push((self.t("ui-option-not-affected"), AnswerStatus::NotAffected));
        }
        statuses.push((self.t("ui-option-not-sure"), AnswerStatus::Unknown));
        statuses.push((self.t("ui-option-not-applicable"), AnswerStatus::NotApplicable));
        options.extend(statuses.iter().map(|(label, _)| label.clone()));
        let suggested = self.ledger_suggestion(rubric, question);
        if let Some(suggestion) = &suggested {
            let line = crate::tr!(
                self.lang,
                "ui-ledger-points-to",
                because = suggestion.because.as_str(),
                level = suggestion.level
            );
            self.say(&line);
        }
        // A question not yet answered starts on "Not sure yet", not on level 0: Enter pressed to
        // move on must not record the worst level, a red flag nobody found.
        let not_sure = levels
            + statuses
                .iter()
                .position(|(_, known)| *known == AnswerStatus::Unknown)
                .unwrap_or(0);
        let start = match (current.level, current.status) {
            (Some(level), _) => usize::try_from(level).unwrap_or(0).min(levels.saturating_sub(1)),
            (None, Some(status)) => levels + statuses.iter().position(|(_, known)| *known == status).unwrap_or(0),
            (None, None) => suggested
                .and_then(|suggestion| usize::try_from(suggestion.level).ok())
                .filter(|&level| level < levels)
                .unwrap_or(not_sure),
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
        // The guidance is shown whole, wrapped, above the list: it often holds the rule for
        // choosing a level, and a one-line hint would cut it.
        let guidance =
            Markup::parse(&self.rubrics.guidance(rubric, question, self.lang, Placing::Position)).to_plain_text();
        if !guidance.trim().is_empty() {
            self.say(&format!("\n{}", input::prose(guidance.trim())));
        }
        let prompt = SelectPrompt::new(message, options).start(start);
        let choice = self.prompter.select(&prompt)?;
        let chosen = if choice < levels {
            (i64::try_from(choice).ok(), None)
        } else {
            let status = statuses
                .get(choice - levels)
                .map_or(AnswerStatus::Unknown, |(_, status)| *status);
            (None, Some(status))
        };
        if chosen.1 == Some(AnswerStatus::ScreenedOut) {
            return Ok(());
        }
        // A red flag goes to page 1 and to a legislator: it is never saved without a reason. If
        // the user stops before giving one, the answer goes back to what it was.
        let flagged = |answer: &Answer| question.flags(answer, rubric.schema_version);
        let mut reason_given = false;
        match self.ask_level_details(rubric, question, current, chosen, &flagged, &mut reason_given) {
            Err(Stop::Cancelled)
                if !reason_given && self.assessment.answer(&rubric.id, &question.id).is_some_and(flagged) =>
            {
                // An answer that was already this red flag, with its reason, is simply left as it
                // was: no red flag was refused.
                let kept = before.as_ref().is_some_and(flagged);
                // Where there was no answer, or only "not sure yet", what the user typed (the
                // finding, the provisions, the mechanisms) is kept under "not sure yet", with no
                // level: nothing typed is lost, and no red flag stands without its reason.
                let unsure = before
                    .as_ref()
                    .is_none_or(|before| before.level.is_none() && before.status == Some(AnswerStatus::Unknown));
                let typed = self.assessment.answer(&rubric.id, &question.id).cloned();
                // An answer given before comes back, and what was typed over it cannot be kept in
                // the file beside it: it is shown, to be copied, rather than lost unseen.
                let mut not_kept = String::new();
                match (before, typed) {
                    (_, Some(mut typed)) if unsure && !kept => {
                        typed.level = None;
                        typed.status = Some(AnswerStatus::Unknown);
                        self.assessment.set_answer(&rubric.id, &question.id, typed);
                    }
                    (Some(before), typed) => {
                        if let Some(typed) = typed {
                            not_kept = self.typed_over(&before, &typed);
                        }
                        self.assessment.set_answer(&rubric.id, &question.id, before);
                    }
                    (None, _) => {
                        self.assessment.remove_answer(&rubric.id, &question.id);
                    }
                }
                self.save()?;
                let name = crate::report::question_name(&rubric.title, question.area_name(), self.lang);
                let id = if kept {
                    "ui-answer-kept"
                } else if unsure {
                    "ui-red-flag-kept-unsure"
                } else {
                    "ui-red-flag-not-saved"
                };
                self.say(&(crate::tr!(self.lang, id, question = name) + &not_kept));
                Err(Stop::Cancelled)
            }
            other => other,
        }
    }

    /// The finding and provisions of `typed` that differ from those of `before`, the answer that
    /// replaces it, as lines to copy ("Finding: …"), under a line that says they were not saved;
    /// nothing when the user typed nothing new.
    fn typed_over(&self, before: &Answer, typed: &Answer) -> String {
        let mut lines = Vec::new();
        if typed.finding.is_some() && typed.finding != before.finding {
            lines.push((self.t("brief-finding"), typed.finding.clone().unwrap_or_default()));
        }
        if !typed.provisions.is_empty() && typed.provisions != before.provisions {
            lines.push((self.t("brief-provisions"), typed.provisions.join("; ")));
        }
        if lines.is_empty() {
            return String::new();
        }
        let mut text = format!("\n{}", self.t("ui-typed-not-saved"));
        for (label, typed) in lines {
            text.push_str(&format!("\n  {label} {typed}"));
        }
        text
    }

    /// The rest of one question once its level or status is `chosen`: finding, provisions and
    /// mechanisms for a level, then the reason and the evidence, saved after each.
    /// `reason_given` is set once the user has confirmed the reason ("Why?").
    fn ask_level_details(
        &mut self,
        rubric: &Rubric,
        question: &Question,
        current: Answer,
        chosen: (Option<i64>, Option<AnswerStatus>),
        flagged: &dyn Fn(&Answer) -> bool,
        reason_given: &mut bool,
    ) -> Step<()> {
        // The reason given for "not applicable", "not affected" or "not sure" explains another
        // kind of answer: it is not offered as the reason for a red flag, which must say what in
        // the text makes it one.
        let status_before = current.level.is_none() && current.status.is_some();
        let mut answer = current;
        (answer.level, answer.status) = chosen;
        if answer.rationale.as_deref() == Some(SCREENED_OUT) {
            answer.rationale = None;
        }
        self.set_answer(rubric, question, answer.clone())?;
        if answer.level.is_some() {
            answer = self.ask_finding(rubric, question, answer)?;
        }
        let flagged = flagged(&answer);

        let rationale_help = self.t(match answer.status {
            _ if flagged => "ui-why-help-red-flag",
            None => "ui-why-help-level",
            Some(AnswerStatus::Unknown) => "ui-why-help-not-sure",
            Some(AnswerStatus::NotApplicable) => "ui-why-help-not-applicable",
            Some(AnswerStatus::NotAffected | AnswerStatus::ScreenedOut) => "ui-why-help-not-affected",
        });
        let offered = if flagged && status_before && answer.level.is_some() {
            None
        } else {
            answer.rationale.as_deref()
        };
        let mut rationale = self.prompter.long_text(
            &TextPrompt::new(self.t("ui-why"))
                .help(rationale_help.as_str())
                .initial(offered)
                .validate(Validator::new(input::long_text, self.lang)),
        )?;
        while flagged && rationale.trim().is_empty() {
            self.say(&self.t("ui-red-flag-needs-reason"));
            rationale = self.prompter.long_text(
                &TextPrompt::new(self.t("ui-why"))
                    .help(rationale_help.as_str())
                    .validate(Validator::new(input::long_text, self.lang)),
            )?;
        }
        answer.rationale = input::optional(&rationale);
        *reason_given = true;
        self.set_answer(rubric, question, answer.clone())?;

        if answer.level.is_some() {
            answer.evidence = self.ask_evidence(rubric, question, answer.clone())?;
            self.set_answer(rubric, question, answer)?;
        }
        Ok(())
    }

    /// For an answer with a level: what the assessors found (one sentence, quoted on page 1), the
    /// provisions it rests on, and, for an effect question, the mechanisms the proposal uses,
    /// harms and safeguards, from the question's list. Saved after each.
    fn ask_finding(&mut self, rubric: &Rubric, question: &Question, mut answer: Answer) -> Step<Answer> {
        // A process question's finding is what the drafters did, not what the text does.
        let asked = match question.dimension() {
            Dimension::Effect => "ui-finding",
            Dimension::Process => "ui-finding-process",
        };
        let finding = self.prompter.text(
            &TextPrompt::new(self.t(asked))
                .help(self.t("ui-finding-help"))
                .initial(answer.finding.as_deref())
                .validate(Validator::new(input::finding, self.lang)),
        )?;
        answer.finding = input::optional(&finding);
        self.set_answer(rubric, question, answer.clone())?;
        let provisions = self.prompter.text(
            &TextPrompt::new(self.t("ui-provisions"))
                .help(self.t("ui-provisions-help"))
                .initial(Some(answer.provisions.join("; ").as_str()).filter(|text| !text.is_empty())),
        )?;
        answer.provisions = provisions
            .split([';', '\n'])
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_string)
            .collect();
        self.set_answer(rubric, question, answer.clone())?;
        if question.mechanisms.is_empty() {
            return Ok(answer);
        }
        let answer = self.ask_mechanisms(rubric, question, answer)?;
        self.ask_advice_source(rubric, question, answer)
    }

    /// The mechanisms of an effect question the proposal uses, harms and safeguards, ticked from
    /// the question's list. Saved.
    fn ask_mechanisms(&mut self, rubric: &Rubric, question: &Question, mut answer: Answer) -> Step<Answer> {
        let options: Vec<String> = question
            .mechanisms
            .iter()
            .map(|mechanism| {
                let kind = match mechanism.kind {
                    MechanismKind::Harm => "ui-mechanism-harm",
                    MechanismKind::Safeguard => "ui-mechanism-safeguard",
                };
                crate::tr!(self.lang, kind, label = one_line(&mechanism.label, usize::MAX))
            })
            .collect();
        let defaults = question
            .mechanisms
            .iter()
            .enumerate()
            .filter(|(_, mechanism)| answer.mechanisms.contains(&mechanism.id))
            .map(|(index, _)| index)
            .collect();
        let picked = self.prompter.multi_select(&MultiSelectPrompt {
            message: self.t("ui-mechanisms"),
            help: Some(self.t("ui-mechanisms-help")),
            options,
            defaults,
        })?;
        answer.mechanisms = question
            .mechanisms
            .iter()
            .enumerate()
            .filter(|(index, _)| picked.contains(index))
            .map(|(_, mechanism)| mechanism.id.clone())
            .collect();
        self.set_answer(rubric, question, answer.clone())?;
        Ok(answer)
    }

    /// Where the advice comes from for an effect answer below its acceptable level that ticks no
    /// harm: a brief's advice on an effect comes from the harms ticked, so as it stands the brief
    /// would give it none (what `check` warns of). The user may tick again, write the assessors'
    /// own advice, name the question whose advice answers this one too (`advice_under`), or
    /// leave it. Nothing more is asked of an answer that has advice already.
    fn ask_advice_source(&mut self, rubric: &Rubric, question: &Question, mut answer: Answer) -> Step<Answer> {
        // The assessors' own advice, written before, is shown to be kept, edited or emptied
        // (which gives the rubric's advice again).
        if answer
            .recommendation
            .as_deref()
            .is_some_and(|text| !text.trim().is_empty())
        {
            answer = self.ask_own_advice(rubric, question, answer, "ui-advice-own-edit-help")?;
        }
        loop {
            if !question.leaves_without_advice(&answer) {
                return Ok(answer);
            }
            self.say(&input::prose(&self.t("ui-advice-none")));
            let options = vec![
                self.t("ui-advice-tick"),
                self.t("ui-advice-own"),
                self.t("ui-advice-other"),
                self.t("ui-advice-leave"),
            ];
            let choice = self
                .prompter
                .select(&SelectPrompt::new(self.t("ui-advice"), options).help(self.t("ui-advice-help")))?;
            match choice {
                0 => answer = self.ask_mechanisms(rubric, question, answer)?,
                1 => answer = self.ask_own_advice(rubric, question, answer, "ui-advice-own-help")?,
                2 => {
                    if let Some((named, name)) = self.ask_advice_under(rubric, question)? {
                        answer.advice_under = vec![named.to_string()];
                        self.set_answer(rubric, question, answer.clone())?;
                        // A question answered later may give advice by then; `check` says if not.
                        if !self
                            .brief()
                            .recommendations
                            .iter()
                            .any(|advice| advice.question == named)
                        {
                            let note = crate::tr!(self.lang, "ui-advice-other-none-yet", question = name);
                            self.say(&input::prose(&note));
                        }
                    }
                }
                _ => return Ok(answer),
            }
        }
    }

    /// The assessors' own advice to the drafters (`recommendation`), the current one in the
    /// input, with `help`. Saved.
    fn ask_own_advice(&mut self, rubric: &Rubric, question: &Question, mut answer: Answer, help: &str) -> Step<Answer> {
        let advice = self.prompter.long_text(
            &TextPrompt::new(self.t("ui-advice-own-prompt"))
                .help(self.t(help))
                .initial(answer.recommendation.as_deref())
                .validate(Validator::new(input::long_text, self.lang)),
        )?;
        answer.recommendation = input::optional(&advice);
        self.set_answer(rubric, question, answer.clone())?;
        Ok(answer)
    }

    /// The effect question whose advice answers `question` too, from the assessment's rubrics,
    /// each named as the brief names it with its answer so far, and that name. `None` to go back.
    fn ask_advice_under(&mut self, rubric: &Rubric, question: &Question) -> Step<Option<(QuestionId, String)>> {
        let this = format!("{}.{}", rubric.id, question.id);
        let mut candidates = Vec::new();
        for (other_rubric, other) in
            self.rubrics
                .other_effect_questions(&self.assessment.rubric_ids(), &rubric.id, &question.id)
        {
            let answer = self.assessment.answer(&other_rubric.id, &other.id);
            // A question that already takes its advice from this one would make a loop.
            if answer.is_some_and(|answer| answer.advice_under.contains(&this)) {
                continue;
            }
            let name = crate::report::question_name(&other_rubric.title, &one_line(other.area_name(), 60), self.lang);
            let label = format!("{name} — {}", describe(answer, other, self.lang));
            candidates.push((label, (QuestionId::new(&other_rubric.id, &other.id), name)));
        }
        let mut labels: Vec<String> = candidates.iter().map(|(label, _)| label.clone()).collect();
        labels.push(self.t("ui-back"));
        let choice = self.prompter.select(
            &SelectPrompt::new(self.t("ui-advice-other-prompt"), labels).help(self.t("ui-advice-other-help")),
        )?;
        Ok(candidates.into_iter().nth(choice).map(|(_, named)| named))
    }

    /// The level the assessment's consultation ledger points to for `question`, if it has a
    /// ledger and the question is one the ledger bears on.
    fn ledger_suggestion(&self, rubric: &Rubric, question: &Question) -> Option<Suggestion> {
        // Counting the indicators reads the whole ledger: only for the questions it bears on.
        if !bears_on(&rubric.id, &question.id) {
            return None;
        }
        let id = QuestionId::new(&rubric.id, &question.id);
        ConsultationView::of_in(&self.assessment, self.lang)?
            .suggested_levels
            .into_iter()
            .find(|suggestion| suggestion.question == id)
    }

    /// Evidence, one item a prompt. Existing items are offered one by one for editing (cleared
    /// means removed); after them, an empty line ends the list. Saved after every item.
    pub(super) fn ask_evidence(
        &mut self,
        rubric: &Rubric,
        question: &Question,
        mut answer: Answer,
    ) -> Step<Vec<String>> {
        let old = std::mem::take(&mut answer.evidence);
        let mut items: Vec<String> = Vec::new();
        let mut index = 0;
        loop {
            let existing = old.get(index);
            let help = if existing.is_some() {
                crate::tr!(
                    self.lang,
                    "ui-evidence-edit-help",
                    number = index + 1,
                    total = old.len()
                )
            } else {
                self.t("ui-evidence-help")
            };
            let typed = self.prompter.text(
                &TextPrompt::new(crate::tr!(self.lang, "ui-evidence", number = items.len() + 1))
                    .help(help)
                    .initial(existing.map(String::as_str))
                    .validate(Validator::new(input::evidence, self.lang)),
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

    pub(super) fn set_answer(&mut self, rubric: &Rubric, question: &Question, answer: Answer) -> Step<()> {
        self.assessment.set_answer(&rubric.id, &question.id, answer);
        self.save()
    }
}

/// What to say of the answers below their acceptable level that get no advice from anywhere
/// (which a stop before the wizard asked where their advice comes from leaves): the brief would
/// list them as concerns and advise nothing. `None` when there are none.
pub(super) fn without_advice_note(rubrics: &RubricSet, assessment: &Assessment, lang: Lang) -> Option<String> {
    let names: Vec<String> = rubrics
        .select(&assessment.rubric_ids())
        .iter()
        .flat_map(|rubric| {
            rubric
                .questions
                .iter()
                .filter(|question| {
                    assessment
                        .answer(&rubric.id, &question.id)
                        .is_some_and(|answer| question.leaves_without_advice(answer))
                })
                .map(|question| crate::report::question_name(&rubric.title, question.area_name(), lang))
        })
        .collect();
    (!names.is_empty()).then(|| {
        crate::tr!(
            lang,
            "ui-without-advice-left",
            count = names.len(),
            questions = names.join(&i18n::tr(lang, "semicolon")),
            revise = i18n::tr(lang, "ui-menu-revise")
        )
    })
}
