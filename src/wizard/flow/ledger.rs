//! Recording the consultation ledger from the end menu: submissions added one by one (saved
//! after each), or a CSV file imported next to the assessment file.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Component, Path, PathBuf};

use super::{Session, Step};
use crate::consultation::{ConsultationView, is_rejection};
use crate::diagnostic::Diagnostics;
use crate::model::consultation::read_submissions_file;
use crate::model::{Consultation, Disposition, Reason, Submission, SubmitterGroup};
use crate::wizard::input::{self, one_line};
use crate::wizard::prompter::{ConfirmPrompt, SelectPrompt, TextPrompt, Validator};

impl Session<'_> {
    /// Asks how to record submissions, records them, then shows what the ledger now suggests.
    pub(super) fn record_ledger(&mut self) -> Step<()> {
        let options = vec![self.t("ui-ledger-add"), self.t("ui-ledger-import"), self.t("ui-back")];
        let recorded = match self.prompter.select(&SelectPrompt::new(self.t("ui-ledger"), options))? {
            0 => self.add_submissions()?,
            1 => {
                self.ask_consultation_dates()?;
                self.import_submissions()?
            }
            _ => false,
        };
        if recorded {
            self.show_ledger_suggestions();
        }
        Ok(())
    }

    /// When the consultation opened, closed and was answered: the dates the ledger's timing
    /// indicators are counted from. Each may be left empty (not known, or not yet); saved once
    /// all three are asked.
    fn ask_consultation_dates(&mut self) -> Step<()> {
        let current = self.assessment.consultation.clone().unwrap_or_default();
        let questions = [
            ("ui-consultation-opened", current.opened),
            ("ui-consultation-closed", current.closed),
            ("ui-consultation-responded", current.responded),
        ];
        let mut answers = Vec::new();
        for (message, date) in questions {
            let initial = date.map(|date| date.to_string()).unwrap_or_default();
            let typed = self.prompter.text(
                &TextPrompt::new(self.t(message))
                    .initial(Some(&initial))
                    .help(self.t("ui-consultation-date-help"))
                    .validate(Validator::new(input::optional_date, self.lang)),
            )?;
            answers.push(input::parse_date(&typed));
        }
        let [opened, closed, responded] = answers[..] else {
            return Ok(());
        };
        if (opened, closed, responded) == (current.opened, current.closed, current.responded) {
            return Ok(());
        }
        let consultation = self.assessment.consultation.get_or_insert_with(Consultation::default);
        (consultation.opened, consultation.closed, consultation.responded) = (opened, closed, responded);
        self.save()
    }

    /// Adds submissions one at a time, saving after each. Returns whether any was added (a
    /// cancel stops the run, keeping those saved).
    fn add_submissions(&mut self) -> Step<bool> {
        if let Some(name) = self
            .assessment
            .consultation
            .as_ref()
            .and_then(|consultation| consultation.submissions_file.as_deref())
        {
            // The file's tables and the CSV file together would not load: one place only.
            let message = crate::tr!(self.lang, "ui-ledger-in-csv", file = name);
            self.say(&input::prose(&message));
            return Ok(false);
        }
        self.ask_consultation_dates()?;
        loop {
            let submission = self.ask_submission()?;
            let id = submission.id.clone();
            self.assessment
                .consultation
                .get_or_insert_with(Consultation::default)
                .submissions
                .push(submission);
            self.save()?;
            self.say(&crate::tr!(self.lang, "ui-submission-saved", id = id.as_str()));
            if !self
                .prompter
                .confirm(&ConfirmPrompt::new(self.t("ui-submission-another"), true))?
            {
                return Ok(true);
            }
        }
    }

    /// Asks every field of one new submission.
    fn ask_submission(&mut self) -> Step<Submission> {
        let ledger = self.assessment.consultation.clone().unwrap_or_default();
        let id = self.ask_submission_id(&ledger)?;
        let submitter = self
            .prompter
            .text(&TextPrompt::new(self.t("ui-submitter")).help(self.t("ui-submitter-help")))?;
        let groups = SubmitterGroup::ALL
            .iter()
            .map(|group| self.t(&format!("ui-submitter-{}", group.id())))
            .collect();
        let group = self
            .prompter
            .select(&SelectPrompt::new(self.t("ui-submitter-group"), groups))?;
        let group = SubmitterGroup::ALL
            .get(group)
            .copied()
            .unwrap_or(SubmitterGroup::Unknown);
        let provision = self
            .prompter
            .text(&TextPrompt::new(self.t("ui-submission-provision")).help(self.t("ui-submission-provision-help")))?;
        let asked = self
            .prompter
            .text(&TextPrompt::new(self.t("ui-submission-asked")).help(self.t("ui-submission-asked-help")))?;
        let earlier: Vec<&str> = ledger.entries().iter().map(|entry| entry.id.as_str()).collect();
        // Merging needs a submission to merge into.
        let dispositions: Vec<Disposition> = Disposition::ALL
            .iter()
            .copied()
            .filter(|disposition| *disposition != Disposition::Merged || !earlier.is_empty())
            .collect();
        let labels = dispositions
            .iter()
            .map(|disposition| self.t(&format!("ui-disposition-{}", disposition.id())))
            .collect();
        let disposition = self
            .prompter
            .select(&SelectPrompt::new(self.t("ui-disposition"), labels).help(self.t("ui-disposition-help")))?;
        let disposition = dispositions
            .get(disposition)
            .copied()
            .unwrap_or(Disposition::NotAnswered);
        let mut merged_into = None;
        if disposition == Disposition::Merged {
            let ids = earlier.iter().map(|id| one_line(id, 60)).collect();
            let choice = self
                .prompter
                .select(&SelectPrompt::new(self.t("ui-merged-into"), ids).help(self.t("ui-merged-into-help")))?;
            merged_into = earlier.get(choice).map(|id| id.trim().to_string());
        }
        let (mut reason, mut reason_text) = (None, None);
        if is_rejection(disposition) {
            let labels = Reason::ALL
                .iter()
                .map(|reason| self.t(&format!("ui-reason-{}", reason.id())))
                .collect();
            let choice = self
                .prompter
                .select(&SelectPrompt::new(self.t("ui-reason"), labels).help(self.t("ui-reason-help")))?;
            reason = Reason::ALL.get(choice).copied();
            let text = self
                .prompter
                .text(&TextPrompt::new(self.t("ui-reason-text")).help(self.t("ui-reason-text-help")))?;
            reason_text = input::optional(&text);
        }
        // Where the text takes a submission up, or addresses it elsewhere: without it, "addressed
        // elsewhere" is not counted as a legitimate reason.
        let mut reflected_in = None;
        let taken = matches!(disposition, Disposition::Accepted | Disposition::PartiallyAccepted);
        if taken || reason == Some(Reason::AddressedElsewhere) {
            let text = self
                .prompter
                .text(&TextPrompt::new(self.t("ui-reflected-in")).help(self.t("ui-reflected-in-help")))?;
            reflected_in = input::optional(&text);
        }
        Ok(Submission {
            id,
            submitter: input::optional(&submitter),
            group,
            provision: input::optional(&provision),
            asked: input::optional(&asked),
            disposition,
            merged_into,
            reason,
            reason_text,
            submitted: None,
            responded: None,
            reflected_in,
            evidence: Vec::new(),
        })
    }

    /// Asks for an id until it is one the ledger accepts, offering the next free "S-NN".
    fn ask_submission_id(&mut self, ledger: &Consultation) -> Step<String> {
        let count = ledger.entries().len();
        let suggestion = (count + 1..)
            .map(|number| format!("S-{number:02}"))
            .find(|id| ledger.new_id_problem(id, self.lang).is_none())
            .unwrap_or_default();
        loop {
            let typed = self.prompter.text(
                &TextPrompt::new(self.t("ui-submission-id"))
                    .initial(Some(&suggestion))
                    .help(self.t("ui-submission-id-help")),
            )?;
            match ledger.new_id_problem(&typed, self.lang) {
                None => return Ok(typed.trim().to_string()),
                Some(problem) => self.say(&crate::tr!(self.lang, "ui-submission-id-refused", problem = problem)),
            }
        }
    }

    /// Imports a submissions CSV file: checked as the loader checks it, copied next to the
    /// assessment file, and named in `submissions_file`. Returns whether it was imported.
    fn import_submissions(&mut self) -> Step<bool> {
        let typed = self.prompter.text(
            &TextPrompt::new(self.t("ui-csv-file"))
                .help(self.t("ui-csv-file-help"))
                .validate(Validator::new(input::required, self.lang)),
        )?;
        let source = PathBuf::from(typed.trim());
        let rows = match read_submissions_file(&source) {
            Ok(rows) => rows,
            Err(problems) => {
                let line = crate::tr!(self.lang, "ui-import-problems", file = source.display().to_string());
                self.say(&format!("{line}\n{}", Diagnostics(problems)));
                return Ok(false);
            }
        };
        let inline = self
            .assessment
            .consultation
            .as_ref()
            .map_or(0, |consultation| consultation.submissions.len());
        if inline > 0 {
            let replace = self.prompter.confirm(
                &ConfirmPrompt::new(crate::tr!(self.lang, "ui-import-replace", count = inline), false)
                    .help(self.t("ui-import-replace-help")),
            )?;
            if !replace {
                self.say(&self.t("ui-import-kept"));
                return Ok(false);
            }
        }
        let name = match self.place_beside_assessment(&source) {
            Ok(name) => name,
            Err(error) => {
                let line = crate::tr!(
                    self.lang,
                    "ui-import-cannot-copy",
                    file = source.display().to_string(),
                    error = error.to_string()
                );
                self.say(&line);
                return Ok(false);
            }
        };
        let count = rows.len();
        let consultation = self.assessment.consultation.get_or_insert_with(Consultation::default);
        consultation.submissions.clear();
        consultation.submissions_file = Some(name.clone());
        consultation.imported = rows;
        self.save()?;
        self.say(&crate::tr!(self.lang, "ui-imported", count = count, file = name));
        Ok(true)
    }

    /// The name, relative to the assessment file's folder, under which `source` is found there:
    /// its own when it is already in that folder (or below), else that of a copy made under a
    /// name no other file has (a file with the same content is used as it is).
    fn place_beside_assessment(&self, source: &Path) -> std::io::Result<String> {
        place_beside(&self.file, source)
    }

    /// Says, for each question the ledger bears on, the level it points to.
    fn show_ledger_suggestions(&mut self) {
        let Some(view) = ConsultationView::of_in(&self.assessment, self.lang) else {
            return;
        };
        let lines: Vec<String> = view
            .suggested_levels
            .iter()
            .map(|suggestion| input::prose(&suggestion.line(self.rubrics, self.lang)))
            .collect();
        if lines.is_empty() {
            self.say(&self.t("ui-ledger-no-suggestion"));
        } else {
            self.say(&lines.join("\n"));
        }
    }
}

/// The name, relative to the folder of the assessment `file`, under which `source` is found
/// there: its own when it is already in that folder (or below), else that of a copy made under a
/// name no other file has (a file with the same content is used as it is). The wizard and
/// `serve` import a submissions CSV file this way.
pub(crate) fn place_beside(file: &Path, source: &Path) -> std::io::Result<String> {
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let real_folder = folder.canonicalize()?;
    let real_source = source.canonicalize()?;
    if let Ok(inside) = real_source.strip_prefix(&real_folder)
        && inside.components().all(|part| matches!(part, Component::Normal(_)))
        && let Some(name) = inside.to_str()
    {
        return Ok(name.replace('\\', "/"));
    }
    let bytes = fs::read(&real_source)?;
    let stem = file
        .file_stem()
        .map_or_else(|| "assessment".to_string(), |stem| stem.to_string_lossy().into_owned());
    let own = source.file_name().and_then(|name| name.to_str()).map(str::to_string);
    let numbered = (2..1000).map(|number| format!("{stem}-submissions-{number}.csv"));
    let candidates = own
        .into_iter()
        .chain(std::iter::once(format!("{stem}-submissions.csv")))
        .chain(numbered);
    for name in candidates {
        let target = folder.join(&name);
        // `create_new` so that a file appearing meanwhile is never overwritten.
        match OpenOptions::new().write(true).create_new(true).open(&target) {
            Ok(mut file) => {
                let written = file.write_all(&bytes).and_then(|()| file.sync_all());
                if let Err(error) = written {
                    let _ = fs::remove_file(&target);
                    return Err(error);
                }
                return Ok(name);
            }
            Err(error) if error.kind() == ErrorKind::AlreadyExists => {
                if fs::read(&target).is_ok_and(|existing| existing == bytes) {
                    return Ok(name);
                }
            }
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::other(format!(
        "every name tried for the copy is taken in {}",
        folder.display()
    )))
}
