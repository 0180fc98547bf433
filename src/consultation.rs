//! How views were reflected: the indicators of a consultation, computed from its ledger
//! ([`crate::model::consultation`]). Pure: a ledger in, a [`ConsultationView`] out, with every
//! number raw and formatted, and every indicator's definition in [`ConsultationView::rules`].
//!
//! The definitions, precisely:
//!
//! - A submission's **outcome** is its disposition, or for a `merged` submission the disposition
//!   of the submission at the end of its `merged_into` chain (it was answered with that one). The
//!   **considered** submissions are those whose outcome is not `withdrawn`: withdrawn ones had
//!   nothing left to answer, and every share below leaves them out.
//! - **Response coverage**: considered submissions whose outcome is anything but
//!   `not-answered`, over all considered submissions. A deferral or an out-of-scope ruling is a
//!   published response; the `responded` date is not needed (it is for timeliness), and a
//!   checked ledger never gives one to a `not-answered` submission.
//! - **Reasoned rejections**: considered submissions whose outcome is `rejected`,
//!   `out-of-scope` or `partially-accepted` (what was not taken up is owed a reason too) and whose
//!   outcome submission gives a legitimate reason (any `reason` but `none-given`, and
//!   `addressed-elsewhere` only with the `reflected_in` provision that shows where; none at all
//!   counts as none given), over all considered submissions with such an outcome.
//! - **Uptake** of a group: its considered submissions with outcome `accepted`, plus half of
//!   those with outcome `partially-accepted`, over its considered submissions; only groups with
//!   at least one considered submission have one. The **uptake gap** is the best-served group's
//!   uptake minus the worst-served group's, among the groups with an uptake other than
//!   `unknown` (which is no constituency), when there are at least two.
//! - **Participation**: every submission in the ledger by group, withdrawn and merged ones
//!   included (they took part), and each group's share of them. A group is **absent** when it
//!   sent none: any of the six stakeholder groups and individuals (never `unknown`).
//! - **Timeliness**: the consultation's length is the days from `opened` to `closed`, in weeks,
//!   against the 12-week benchmark (the EU's Better Regulation minimum for public
//!   consultations). The response time is the days from `closed` to the published response:
//!   `[consultation] responded` when given, else the latest `responded` of any submission;
//!   within 12 weeks (84 days) meets the UK Consultation Principles' benchmark.
//! - **Rejections without a legitimate reason**: the considered submissions counted in the
//!   denominator of reasoned rejections but not its numerator, listed with their groups.

use serde::{Serialize, Serializer};
use time::Date;

use crate::i18n::Lang;
use crate::markup::is_web_link;
use crate::model::assessment::calendar_date;
use crate::model::consultation::outcome_indices;
use crate::model::ids::QuestionId;
use crate::model::{Assessment, Consultation, Disposition, Reason, Submission, SubmitterGroup};

/// The benchmark length of a public consultation, and of the wait for its response, in weeks.
pub const BENCHMARK_WEEKS: u32 = 12;

/// The most rejections without a legitimate reason a brief lists: a ledger of thousands would
/// otherwise bury the section in hundreds of pages. The JSON brief keeps every one.
pub const LISTED_REJECTIONS: usize = 50;

/// The indicators of one consultation, as the brief shows them and the JSON brief exports them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsultationView {
    /// Date the consultation opened, `YYYY-MM-DD`.
    #[serde(serialize_with = "iso_date")]
    pub opened: Option<Date>,
    /// Date it closed, `YYYY-MM-DD`.
    #[serde(serialize_with = "iso_date")]
    pub closed: Option<Date>,
    /// How input was taken, as written (empty entries dropped).
    pub channels: Vec<String>,
    /// Where the published response is, as written.
    pub response_url: Option<String>,
    /// The same, when it is a web address that may be made a link.
    pub response_link: Option<String>,
    /// Submissions in the ledger, withdrawn and merged ones included.
    pub submissions: usize,
    /// Responses the consultation received in all, when the ledger says (`received`).
    pub received: Option<u64>,
    /// The drafters answered by theme, not each submission (`answered_by_theme`).
    pub answered_by_theme: bool,
    /// Submissions counted in the shares: those whose outcome is not withdrawn.
    pub considered: usize,
    /// How many submissions have each disposition (their own, not their outcome), every
    /// disposition listed in its usual order, zero counts included.
    pub dispositions: Vec<DispositionCount>,
    /// Considered submissions whose outcome is a published response.
    pub response_coverage: Share,
    /// Rejected or out-of-scope considered submissions with a legitimate reason.
    pub reasoned_rejections: Share,
    /// Uptake per group with at least one considered submission, in the groups' usual order.
    pub uptake: Vec<GroupUptake>,
    /// Best- and worst-served groups and the gap between them; `null` with fewer than two groups
    /// (`unknown` left out).
    pub uptake_gap: Option<UptakeGap>,
    /// Submissions per group, every group listed in its usual order, zero counts included.
    pub participation: Vec<GroupParticipation>,
    /// The six stakeholder groups and individuals that sent no submission.
    pub absent_groups: Vec<GroupRef>,
    /// The consultation's length and how long its response took.
    pub timeliness: Timeliness,
    /// Considered submissions rejected or ruled out of scope without a legitimate reason, in
    /// ledger order.
    pub unreasoned_rejections: Vec<UnreasonedRejection>,
    /// How many of them the brief lists: all, up to [`LISTED_REJECTIONS`].
    pub unreasoned_listed: usize,
    /// How many the brief leaves out (every one is in the JSON brief).
    pub unreasoned_not_listed: usize,
    /// Each indicator's definition, one sentence each, for the methodology.
    pub rules: Vec<String>,
    /// The levels the ledger points to for the process questions it bears on, with the level
    /// the assessors chose.
    pub suggested_levels: Vec<Suggestion>,
    /// The facts above the indicators (opened, closed, channels, response, submissions), each
    /// with its label, in the brief's language.
    pub facts: Vec<Fact>,
    /// The five indicators as the brief's table shows them.
    pub indicators: Vec<Indicator>,
    /// The sentence under the uptake table: the gap, or why there is none.
    pub uptake_note: String,
    /// The sentence under the participation table: the groups that sent nothing.
    pub participation_note: String,
    /// The listed rejections without a legitimate reason, one line each.
    pub rejections: Vec<RejectionLine>,
    /// Where there is no such rejection, the sentence that says why.
    pub rejections_note: Option<String>,
    /// Where the brief lists only some, the sentence that says how many more the JSON brief has.
    pub more_note: Option<String>,
    /// The section after its facts as every layout prints it: the indicators, uptake and
    /// participation tables, the rejections and the levels the ledger points to, each part a
    /// heading with its table, lines and notes (the fields above hold the same in pieces).
    pub parts: Vec<ConsultationPart>,
}

/// One part of the section: a heading, then a table, lines and the sentences under them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsultationPart {
    /// `indicators`, `uptake`, `participation`, `unreasoned`, `suggested-levels`.
    pub id: &'static str,
    /// The part's heading.
    pub heading: String,
    /// Its table, if it has one with rows.
    pub table: Option<TableView>,
    /// Its list, one line each, if it has one.
    pub lines: Vec<LeadLine>,
    /// The sentences under the table or list.
    pub notes: Vec<String>,
}

/// A table as every layout prints it: a caption for screen readers, the header, the rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableView {
    /// What the table shows, for its caption or alternative text.
    pub caption: String,
    /// The column headings.
    pub header: Vec<String>,
    /// The rows, one cell per column.
    pub rows: Vec<Vec<TableCell>>,
    /// The columns that hold figures (0-based), aligned right.
    pub numeric: Vec<usize>,
    /// Each column's share of the width in percent; the widest takes what the others leave.
    pub widths: Vec<usize>,
}

/// A cell: its text, and whether it marks a benchmark not met.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableCell {
    /// The text.
    pub text: String,
    /// Whether the layout shows it as a warning.
    pub flag: bool,
}

/// A list line that starts with a lead in bold: an id or a question, then the rest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeadLine {
    /// The lead, in bold.
    pub lead: String,
    /// The rest, from the separator after the lead to the full stop.
    pub rest: String,
}

/// One fact of the consultation, as a labelled row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// `opened`, `closed`, `channels`, `response`, `submissions`.
    pub id: &'static str,
    /// The row's label.
    pub label: String,
    /// The value, in words.
    pub value: String,
    /// A web address the value may link to.
    pub link: Option<String>,
}

/// One indicator as a table row: what it is, its value and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// `response-coverage`, `reasoned-rejections`, `uptake-gap`, `length`, `response-time`.
    pub id: &'static str,
    /// Its name.
    pub label: String,
    /// Its value ("78%", "12 weeks", "–").
    pub value: String,
    /// What it counts, in a sentence with the numbers.
    pub basis: String,
    /// Whether it meets its benchmark, for the two that have one and can be measured.
    pub met: Option<bool>,
}

/// One rejection without a legitimate reason, as the brief lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RejectionLine {
    /// The submission's id.
    pub id: String,
    /// Who sent it and their group: "Open Rights Group (Civil society)".
    pub who: String,
    /// The rest of the line, from the provision to the missing reason, with its full stop.
    pub text: String,
}

/// A count out of a total, and the share it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    /// The submissions that meet the indicator.
    pub count: usize,
    /// The submissions it is measured over.
    pub total: usize,
    /// `count ÷ total`, 0 to 1; `null` when `total` is 0.
    pub value: Option<f64>,
    /// The share as a percentage ("78%"), or "–" when there is none.
    pub display: String,
}

/// A submitter group's id and label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GroupRef {
    /// Id as written in the ledger (`civil-society`).
    pub id: &'static str,
    /// Label (`Civil society`).
    pub label: &'static str,
}

/// How many submissions have one disposition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DispositionCount {
    /// Disposition id (`partially-accepted`).
    pub id: &'static str,
    /// Label (`Partially accepted`).
    pub label: &'static str,
    /// Submissions with it.
    pub count: usize,
}

/// One group's uptake.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupUptake {
    /// The group.
    pub group: GroupRef,
    /// Its considered submissions.
    pub submissions: usize,
    /// Of them, those whose outcome is accepted.
    pub accepted: usize,
    /// Of them, those whose outcome is partially accepted.
    pub partially_accepted: usize,
    /// `(accepted + ½ partially_accepted) ÷ submissions`, 0 to 1.
    pub uptake: f64,
    /// The uptake as a percentage ("67%").
    pub display: String,
}

/// The gap between the best- and the worst-served group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UptakeGap {
    /// The group with the highest uptake (the first in the usual order on a tie).
    pub best: GroupRef,
    /// Its uptake.
    pub best_uptake: f64,
    /// The group with the lowest uptake (the first in the usual order on a tie).
    pub worst: GroupRef,
    /// Its uptake.
    pub worst_uptake: f64,
    /// `best_uptake − worst_uptake`, 0 to 1.
    pub gap: f64,
    /// The gap in percentage points ("67 points").
    pub display: String,
}

/// One group's participation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupParticipation {
    /// The group.
    pub group: GroupRef,
    /// Its submissions, withdrawn and merged ones included.
    pub submissions: usize,
    /// Its share of all submissions, 0 to 1 (0 for an empty ledger).
    pub share: f64,
    /// The share as a percentage ("27%").
    pub display: String,
}

/// How long the consultation ran and how long its response took.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeliness {
    /// The benchmark, in weeks, for both: 12.
    pub benchmark_weeks: u32,
    /// Days from `opened` to `closed`; `null` unless both are known.
    pub length_days: Option<i64>,
    /// The same in weeks, unrounded.
    pub length_weeks: Option<f64>,
    /// Whether the consultation ran at least the benchmark's weeks.
    pub length_meets_benchmark: Option<bool>,
    /// The length as shown ("8 weeks"), or "–".
    pub length_display: String,
    /// The date of the published response, `YYYY-MM-DD`.
    #[serde(serialize_with = "iso_date")]
    pub response_date: Option<Date>,
    /// Where that date comes from: `consultation` (`[consultation] responded`) or `submissions`
    /// (the latest `responded` of a submission); `null` when there is none.
    pub response_date_from: Option<&'static str>,
    /// Days from `closed` to the response; `null` unless both are known.
    pub response_days: Option<i64>,
    /// Whether the response came within the benchmark's weeks of the close.
    pub response_within_benchmark: Option<bool>,
    /// The response time as shown ("105 days"), or "–".
    pub response_display: String,
}

/// A submission rejected or ruled out of scope without a legitimate reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnreasonedRejection {
    /// Its id.
    pub id: String,
    /// Who sent it, or "anonymous".
    pub submitter: String,
    /// Its group.
    pub group: GroupRef,
    /// The provision it concerns, if given.
    pub provision: Option<String>,
    /// What it asked, if given.
    pub asked: Option<String>,
    /// Its outcome: `rejected` or `out-of-scope`.
    pub outcome: &'static str,
    /// The outcome's label.
    pub outcome_label: &'static str,
    /// For a merged submission, the id of the submission whose outcome it shares.
    pub merged_into: Option<String>,
    /// The reason recorded: `none-given`, or `null` when none was recorded.
    pub reason: Option<&'static str>,
}

impl ConsultationView {
    /// The indicators of `assessment`'s consultation, if it has a ledger.
    pub fn of(assessment: &Assessment) -> Option<ConsultationView> {
        ConsultationView::of_in(assessment, Lang::En)
    }

    /// The same, its sentences in `lang`.
    pub fn of_in(assessment: &Assessment, lang: Lang) -> Option<ConsultationView> {
        ConsultationView::for_brief(assessment, lang, |_| None)
    }

    /// The same for a brief, which names each question the ledger points a level for by
    /// `prompt_of` (its prompt in the brief's language) rather than by its id.
    pub fn for_brief(
        assessment: &Assessment,
        lang: Lang,
        prompt_of: impl Fn(&QuestionId) -> Option<String>,
    ) -> Option<ConsultationView> {
        let mut view = ConsultationView::numbers(assessment.consultation.as_ref()?);
        view.relabel(lang);
        for suggestion in &mut view.suggested_levels {
            let chosen = assessment
                .answer(suggestion.question.rubric(), suggestion.question.question())
                .and_then(|answer| answer.level);
            suggestion.compare_with(chosen);
            suggestion.prompt = prompt_of(&suggestion.question);
        }
        crate::report::consultation_text(&mut view, lang);
        Some(view)
    }

    /// Names the groups and dispositions in `lang`, and writes its percentages as `lang` does
    /// (the numbers name and write them in English).
    fn relabel(&mut self, lang: Lang) {
        for share in [&mut self.response_coverage, &mut self.reasoned_rejections] {
            share.display = share
                .value
                .map_or_else(|| "–".to_string(), |value| percent(value, lang));
        }
        for uptake in &mut self.uptake {
            uptake.display = percent(uptake.uptake, lang);
        }
        show_shares(&mut self.participation, lang);
        let group = |group: &mut GroupRef| {
            if let Some(found) = SubmitterGroup::parse(group.id) {
                group.label = found.label_in(lang);
            }
        };
        let disposition = |id: &str| Disposition::parse(id).map(|found| found.label_in(lang));
        for count in &mut self.dispositions {
            count.label = disposition(count.id).unwrap_or(count.label);
        }
        self.uptake.iter_mut().for_each(|uptake| group(&mut uptake.group));
        if let Some(gap) = &mut self.uptake_gap {
            group(&mut gap.best);
            group(&mut gap.worst);
        }
        self.participation.iter_mut().for_each(|share| group(&mut share.group));
        self.absent_groups.iter_mut().for_each(group);
        for rejection in &mut self.unreasoned_rejections {
            group(&mut rejection.group);
            rejection.outcome_label = disposition(rejection.outcome).unwrap_or(rejection.outcome_label);
        }
    }

    /// The indicators of one consultation, with their sentences in English (its ledger assumed
    /// checked; an unchecked one still gives numbers, never a panic).
    pub fn build(consultation: &Consultation) -> ConsultationView {
        let mut view = ConsultationView::numbers(consultation);
        crate::report::consultation_text(&mut view, Lang::En);
        view
    }

    /// The numbers of one consultation, its sentences still to be written.
    fn numbers(consultation: &Consultation) -> ConsultationView {
        let entries = consultation.entries();
        let outcomes: Vec<Option<&Submission>> = outcome_indices(entries)
            .into_iter()
            .map(|at| at.and_then(|at| entries.get(at)))
            .collect();
        // A merged submission whose chain goes nowhere (never in a checked ledger) keeps its own
        // disposition: answered, no uptake.
        let outcome = |index: usize| outcomes[index].map_or(entries[index].disposition, |o| o.disposition);
        let considered: Vec<usize> = (0..entries.len())
            .filter(|&index| outcome(index) != Disposition::Withdrawn)
            .collect();

        let answered = considered
            .iter()
            .filter(|&&index| outcome(index) != Disposition::NotAnswered)
            .count();
        let rejections: Vec<usize> = considered
            .iter()
            .copied()
            .filter(|&index| is_rejection(outcome(index)))
            .collect();
        // A legitimate reason counts; "addressed elsewhere" only where the ledger says where
        // (`reflected_in`), since otherwise nothing shows that it was.
        let legitimate = |index: usize| {
            let decided = outcomes[index].unwrap_or(&entries[index]);
            decided.reason.is_some_and(|reason| {
                reason.is_legitimate()
                    && (reason != Reason::AddressedElsewhere || non_empty(decided.reflected_in.as_deref()).is_some())
            })
        };
        let reasoned = rejections.iter().filter(|&&index| legitimate(index)).count();

        let uptake = uptake_by_group(entries, &considered, &outcome);
        let uptake_gap = uptake_gap(&uptake);

        let participation = participation(entries);
        let absent_groups = participation
            .iter()
            .filter(|row| row.submissions == 0 && row.group.id != "unknown")
            .map(|row| row.group)
            .collect();

        let unreasoned_rejections = unreasoned_rejections(entries, &outcomes, &rejections, &outcome, &legitimate);
        let response_url = non_empty(consultation.response_url.as_deref());
        let mut view = ConsultationView {
            opened: consultation.opened.as_ref().and_then(calendar_date),
            closed: consultation.closed.as_ref().and_then(calendar_date),
            channels: consultation
                .channels
                .iter()
                .filter_map(|channel| non_empty(Some(channel)))
                .collect(),
            response_link: response_url.clone().filter(|url| is_web_link(url)),
            response_url,
            submissions: entries.len(),
            received: consultation.received,
            answered_by_theme: consultation.answered_by_theme,
            considered: considered.len(),
            dispositions: Disposition::ALL
                .iter()
                .map(|&disposition| DispositionCount {
                    id: disposition.id(),
                    label: disposition.label(),
                    count: entries.iter().filter(|entry| entry.disposition == disposition).count(),
                })
                .collect(),
            response_coverage: share(answered, considered.len()),
            reasoned_rejections: share(reasoned, rejections.len()),
            uptake,
            uptake_gap,
            participation,
            absent_groups,
            timeliness: timeliness(consultation),
            unreasoned_listed: unreasoned_rejections.len().min(LISTED_REJECTIONS),
            unreasoned_not_listed: unreasoned_rejections.len().saturating_sub(LISTED_REJECTIONS),
            unreasoned_rejections,
            rules: Vec::new(),
            suggested_levels: Vec::new(),
            facts: Vec::new(),
            indicators: Vec::new(),
            uptake_note: String::new(),
            participation_note: String::new(),
            rejections: Vec::new(),
            rejections_note: None,
            more_note: None,
            parts: Vec::new(),
        };
        view.suggested_levels = suggestions(&view);
        view
    }
}

/// Owns the uptake table: for each group with considered submissions, the share accepted (a
/// partial acceptance counting half).
fn uptake_by_group(
    entries: &[Submission],
    considered: &[usize],
    outcome: &dyn Fn(usize) -> Disposition,
) -> Vec<GroupUptake> {
    SubmitterGroup::ALL
        .iter()
        .filter_map(|&group| {
            let of_group: Vec<usize> = considered
                .iter()
                .copied()
                .filter(|&index| entries[index].group == group)
                .collect();
            let count =
                |disposition: Disposition| of_group.iter().filter(|&&index| outcome(index) == disposition).count();
            let accepted = count(Disposition::Accepted);
            let partially_accepted = count(Disposition::PartiallyAccepted);
            (!of_group.is_empty()).then(|| {
                let value = (accepted as f64 + 0.5 * partially_accepted as f64) / of_group.len() as f64;
                GroupUptake {
                    group: group_ref(group),
                    submissions: of_group.len(),
                    accepted,
                    partially_accepted,
                    uptake: value,
                    display: percent(value, Lang::En),
                }
            })
        })
        .collect()
}

/// Owns the gap between the groups with the highest and the lowest uptake (unknown submitters
/// left out), when at least two groups are ranked.
pub(crate) fn uptake_gap<'a>(uptake: impl IntoIterator<Item = &'a GroupUptake>) -> Option<UptakeGap> {
    let ranked: Vec<&GroupUptake> = uptake.into_iter().filter(|row| row.group.id != "unknown").collect();
    let best = ranked
        .iter()
        .copied()
        .reduce(|best, row| if row.uptake > best.uptake { row } else { best });
    let worst = ranked
        .iter()
        .copied()
        .reduce(|worst, row| if row.uptake < worst.uptake { row } else { worst });
    match (best, worst) {
        (Some(best), Some(worst)) if ranked.len() >= 2 => {
            let gap = best.uptake - worst.uptake;
            Some(UptakeGap {
                best: best.group,
                best_uptake: best.uptake,
                worst: worst.group,
                worst_uptake: worst.uptake,
                gap,
                display: format!("{:.0} points", gap * 100.0),
            })
        }
        _ => None,
    }
}

/// Owns the participation table: each group's share of the submissions.
fn participation(entries: &[Submission]) -> Vec<GroupParticipation> {
    let mut rows: Vec<GroupParticipation> = SubmitterGroup::ALL
        .iter()
        .map(|&group| {
            let submissions = entries.iter().filter(|entry| entry.group == group).count();
            let share = if entries.is_empty() {
                0.0
            } else {
                submissions as f64 / entries.len() as f64
            };
            GroupParticipation {
                group: group_ref(group),
                submissions,
                share,
                display: String::new(),
            }
        })
        .collect();
    show_shares(&mut rows, Lang::En);
    rows
}

/// Owns the rejections without a legitimate reason, each with the submission that decided it.
fn unreasoned_rejections(
    entries: &[Submission],
    outcomes: &[Option<&Submission>],
    rejections: &[usize],
    outcome: &dyn Fn(usize) -> Disposition,
    legitimate: &dyn Fn(usize) -> bool,
) -> Vec<UnreasonedRejection> {
    rejections
        .iter()
        .filter(|&&index| !legitimate(index))
        .map(|&index| {
            let entry = &entries[index];
            let decided = outcomes[index].unwrap_or(entry);
            let disposition = outcome(index);
            UnreasonedRejection {
                id: entry.id.trim().to_string(),
                submitter: non_empty(entry.submitter.as_deref()).unwrap_or_else(|| "anonymous".to_string()),
                group: group_ref(entry.group),
                provision: non_empty(entry.provision.as_deref()),
                asked: non_empty(entry.asked.as_deref()),
                outcome: disposition.id(),
                outcome_label: disposition.label(),
                merged_into: (entry.disposition == Disposition::Merged).then(|| decided.id.trim().to_string()),
                reason: decided.reason.map(|reason| reason.id()),
            }
        })
        .collect()
}

/// Whether a submission with this outcome was turned down in whole or in part (rejected, ruled
/// out of scope, or only partly accepted), so that the drafters owe a reason for what they did not
/// take up: the rows of the reasoned-rejection indicator, and those whose reason the wizard and
/// `serve` ask for.
pub fn is_rejection(disposition: Disposition) -> bool {
    matches!(
        disposition,
        Disposition::Rejected | Disposition::OutOfScope | Disposition::PartiallyAccepted
    )
}

fn timeliness(consultation: &Consultation) -> Timeliness {
    let opened = consultation.opened.as_ref().and_then(calendar_date);
    let closed = consultation.closed.as_ref().and_then(calendar_date);
    let benchmark_days = i64::from(BENCHMARK_WEEKS) * 7;
    let length_days = opened
        .zip(closed)
        .map(|(opened, closed)| (closed - opened).whole_days());
    let length_weeks = length_days.map(|days| days as f64 / 7.0);
    let own = consultation.responded.as_ref().and_then(calendar_date);
    let latest = consultation
        .entries()
        .iter()
        .filter_map(|entry| entry.responded.as_ref().and_then(calendar_date))
        .max();
    let (response_date, response_date_from) = match (own, latest) {
        (Some(date), _) => (Some(date), Some("consultation")),
        (None, Some(date)) => (Some(date), Some("submissions")),
        (None, None) => (None, None),
    };
    let response_days = closed
        .zip(response_date)
        .map(|(closed, response)| (response - closed).whole_days());
    Timeliness {
        benchmark_weeks: BENCHMARK_WEEKS,
        length_days,
        length_weeks,
        length_meets_benchmark: length_days.map(|days| days >= benchmark_days),
        length_display: length_weeks.map_or_else(
            || "–".to_string(),
            |weeks| {
                let shown = format!("{weeks:.1}");
                let shown = shown.strip_suffix(".0").unwrap_or(&shown);
                format!("{shown} week{}", if shown == "1" { "" } else { "s" })
            },
        ),
        response_date,
        response_date_from,
        response_days,
        response_within_benchmark: response_days.map(|days| days <= benchmark_days),
        response_display: response_days.map_or_else(
            || "–".to_string(),
            |days| format!("{days} day{}", if days == 1 { "" } else { "s" }),
        ),
    }
}

fn share(count: usize, total: usize) -> Share {
    let value = (total > 0).then(|| count as f64 / total as f64);
    Share {
        count,
        total,
        value,
        display: value.map_or_else(|| "–".to_string(), |value| percent(value, Lang::En)),
    }
}

fn group_ref(group: SubmitterGroup) -> GroupRef {
    GroupRef {
        id: group.id(),
        label: group.label(),
    }
}

/// A fraction as a whole percentage, with one decimal where rounding would show a share that is
/// not all as 100% or one that is not nothing as 0%; as `lang` writes a percentage ("99.6%",
/// "99,6 %").
fn percent(fraction: f64, lang: Lang) -> String {
    let whole = (fraction * 100.0).round();
    let number = if (whole >= 100.0 && fraction < 1.0) || (whole <= 0.0 && fraction > 0.0) {
        let tenth = (fraction * 1000.0).round() / 10.0;
        let tenth = if fraction < 1.0 { tenth.min(99.9) } else { tenth };
        format!("{:.1}", tenth.max(0.1))
    } else {
        format!("{whole:.0}")
    };
    crate::i18n::percentage(lang, crate::i18n::decimal_sign(lang, number))
}

/// Writes each group's share of the submissions as `lang` does. Whole percentages that would not
/// add up to 100 (17, 11, 3, 3, 3, 2 and 1 of 40 show 43 + 28 + 8 + 8 + 8 + 5 + 3 = 103) are
/// shown to a tenth instead, every row alike, so that equal shares look equal and the column
/// adds up.
fn show_shares(rows: &mut [GroupParticipation], lang: Lang) {
    let whole: f64 = rows.iter().map(|row| (row.share * 100.0).round()).sum();
    let to_a_tenth = rows.iter().any(|row| row.submissions > 0) && whole != 100.0;
    for row in rows {
        row.display = if to_a_tenth {
            percent_to_a_tenth(row.share, lang)
        } else {
            percent(row.share, lang)
        };
    }
}

/// A fraction as a percentage to a tenth: "42.5%", "5.0%", and "0%" for nothing.
fn percent_to_a_tenth(fraction: f64, lang: Lang) -> String {
    let tenths = (fraction * 1000.0).round() / 10.0;
    // Every share to a tenth, "5.0%" beside "7.5%", so that the column reads alike; a group that
    // sent nothing is "0%".
    let number = if fraction == 0.0 {
        "0".to_string()
    } else {
        format!("{tenths:.1}")
    };
    crate::i18n::percentage(lang, crate::i18n::decimal_sign(lang, number))
}

fn non_empty(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|text| !text.is_empty()).map(str::to_string)
}

/// A date as `YYYY-MM-DD`.
fn iso_date<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}

/// A level the ledger suggests for a process question it bears on, with the reason: evidence for
/// the assessor, who still decides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The question.
    pub question: QuestionId,
    /// The level the ledger points to.
    pub level: u32,
    /// Why, in one sentence with the numbers.
    pub because: String,
    /// The level the assessors chose, if they chose one.
    pub chosen: Option<i64>,
    /// Whether the chosen level differs from the one the ledger points to.
    pub departs: bool,
    /// The comparison in one sentence, as the brief prints it after the question.
    pub note: String,
    /// The question as the brief asks it, in the brief's language, which the brief prints
    /// rather than its id; `None` outside a brief.
    pub prompt: Option<String>,
}

impl Suggestion {
    /// The suggestion on one line, its question named as the wizard and the pages name it
    /// ("Transparency: Did the drafters report back …? — the ledger points to level 3 …"), by
    /// its id where `rubrics` lacks it.
    pub fn line(&self, rubrics: &crate::model::RubricSet, lang: Lang) -> String {
        let name = rubrics.question(&self.question).map_or_else(
            || self.question.to_string(),
            |(rubric, question)| crate::report::question_name(&rubric.title, question.area_name(), lang),
        );
        format!("{name} — {}", self.note)
    }

    /// Records the level the assessors chose and says how it compares.
    fn compare_with(&mut self, chosen: Option<i64>) {
        self.chosen = chosen;
        self.departs = chosen.is_some_and(|chosen| chosen != i64::from(self.level));
    }
}

/// The question response coverage and reasoned rejections bear on, as (rubric, question).
const FEEDBACK_LOOP: (&str, &str) = ("transparency", "feedback-loop");
/// Below this many considered submissions, a group's uptake rests on too few to compare with
/// confidence: the brief says so where such a group is the best or the worst served.
pub const FEW_SUBMISSIONS: usize = 5;

/// The question the uptake gap bears on.
const BALANCE: (&str, &str) = ("inclusiveness", "balance");

/// Whether the ledger can point to a level for `rubric.question`: a check that costs nothing,
/// before the indicators are counted.
pub fn bears_on(rubric: &str, question: &str) -> bool {
    [FEEDBACK_LOOP, BALANCE].contains(&(rubric, question))
}

/// The levels the ledger suggests:
/// - `transparency.feedback-loop` from how many submissions got a response and how many
///   rejections gave a legitimate reason: no response at all → 0; fewer than half answered → 1;
///   most answered but fewer than half of the rejections reasoned → 2; at least 80% answered and
///   at least half of the rejections reasoned → 3; every submission answered, every rejection
///   reasoned and the response published within the 12-week benchmark → 4.
/// - `inclusiveness.balance` from the uptake gap between the best- and worst-served groups: 50
///   points or more → 1 (one interest clearly prevailed); 30 or more → 2; under 30 → 3; under 15
///   with at least four groups taking part → 4.
pub fn suggestions(view: &ConsultationView) -> Vec<Suggestion> {
    let mut found = Vec::new();
    let coverage = view.response_coverage.value;
    let reasoned = view.reasoned_rejections.value;
    if let Some(coverage) = coverage {
        let reasoned_share = reasoned.unwrap_or(1.0);
        let timely = view.timeliness.response_within_benchmark == Some(true);
        let level = feedback_level(coverage, reasoned_share, timely);
        found.push(Suggestion {
            question: QuestionId::new(FEEDBACK_LOOP.0, FEEDBACK_LOOP.1),
            level,
            chosen: None,
            departs: false,
            note: String::new(),
            because: String::new(),
            prompt: None,
        });
    }
    if let Some(gap) = &view.uptake_gap {
        let groups = view.participation.iter().filter(|group| group.submissions > 0).count();
        let level = balance_level(gap.gap, groups);
        found.push(Suggestion {
            question: QuestionId::new(BALANCE.0, BALANCE.1),
            level,
            chosen: None,
            departs: false,
            note: String::new(),
            because: String::new(),
            prompt: None,
        });
    }
    found
}

/// The `transparency.feedback-loop` level that response coverage, the share of reasoned
/// rejections and a timely response point to.
fn feedback_level(coverage: f64, reasoned_share: f64, timely: bool) -> u32 {
    if coverage <= 0.0 {
        0
    } else if coverage < 0.5 {
        1
    } else if coverage >= 1.0 && reasoned_share >= 1.0 && timely {
        4
    } else if coverage >= 0.8 && reasoned_share >= 0.5 {
        3
    } else {
        2
    }
}

/// The `inclusiveness.balance` level that an uptake gap (0 to 1) across `groups` taking part
/// points to.
fn balance_level(gap: f64, groups: usize) -> u32 {
    if gap >= 0.5 {
        1
    } else if gap >= 0.3 {
        2
    } else if gap < 0.15 && groups >= 4 {
        4
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Reason;
    use toml::value::Datetime;

    fn date(text: &str) -> Option<Datetime> {
        Some(text.parse().expect("a date"))
    }

    fn day(text: &str) -> Option<Date> {
        date(text).as_ref().and_then(calendar_date)
    }

    fn submission(id: &str, group: SubmitterGroup, disposition: Disposition) -> Submission {
        Submission {
            id: id.to_string(),
            submitter: None,
            group,
            provision: None,
            asked: None,
            disposition,
            merged_into: None,
            reason: None,
            reason_text: None,
            submitted: None,
            responded: None,
            reflected_in: None,
            evidence: Vec::new(),
        }
    }

    /// Eleven submissions, every indicator computed by hand below.
    fn ledger() -> Consultation {
        use Disposition::*;
        use SubmitterGroup::*;
        let with = |mut s: Submission, f: &dyn Fn(&mut Submission)| {
            f(&mut s);
            s
        };
        Consultation {
            opened: date("2026-01-05"),
            closed: date("2026-03-02"),
            channels: vec!["online portal".into(), " ".into()],
            response_url: Some("https://example.org/response".into()),
            submissions: vec![
                with(submission("S1", CivilSociety, Accepted), &|s| {
                    s.responded = date("2026-05-01");
                }),
                with(submission("S2", CivilSociety, Rejected), &|s| {
                    s.reason = Some(Reason::NoneGiven);
                    s.submitter = Some("Open Net".into());
                    s.provision = Some("Art. 4".into());
                }),
                submission("S3", CivilSociety, PartiallyAccepted),
                submission("S4", PrivateSector, Accepted),
                with(submission("S5", PrivateSector, Accepted), &|s| {
                    s.responded = date("2026-06-15");
                }),
                with(submission("S6", PrivateSector, Rejected), &|s| {
                    s.reason = Some(Reason::LegallyPrecluded);
                }),
                submission("S7", Academia, OutOfScope),
                submission("S8", Individual, NotAnswered),
                with(submission("S9", Individual, Merged), &|s| {
                    s.merged_into = Some("S4".into());
                }),
                submission("S10", TechnicalCommunity, Withdrawn),
                submission("S11", Unknown, Deferred),
            ],
            ..Consultation::default()
        }
    }

    #[test]
    fn participation_shares_that_would_not_add_up_are_shown_to_a_tenth() {
        use SubmitterGroup::*;
        let mut consultation = Consultation::default();
        // 17, 11, 3, 3, 3, 2 and 1 of 40: whole percentages would add up to 103.
        for (group, count) in [
            (CivilSociety, 17),
            (PrivateSector, 11),
            (Government, 3),
            (Individual, 3),
            (Unknown, 3),
            (Academia, 2),
            (TechnicalCommunity, 1),
        ] {
            for n in 0..count {
                let id = format!("{}-{n}", group.id());
                consultation
                    .submissions
                    .push(submission(&id, group, Disposition::Accepted));
            }
        }
        let view = ConsultationView::build(&consultation);
        let share = |id: &str| {
            view.participation
                .iter()
                .find(|row| row.group.id == id)
                .map(|row| row.display.clone())
        };
        assert_eq!(share("civil-society").as_deref(), Some("42.5%"));
        assert_eq!(share("academia").as_deref(), Some("5.0%"));
        assert_eq!(share("intergovernmental").as_deref(), Some("0%"));
        // A ledger whose whole percentages add up keeps them whole: 1 of 4 and 3 of 4.
        let mut even = Consultation::default();
        even.submissions.push(submission("A", Academia, Disposition::Accepted));
        for n in 0..3 {
            even.submissions
                .push(submission(&format!("C{n}"), CivilSociety, Disposition::Accepted));
        }
        let view = ConsultationView::build(&even);
        let displays: Vec<&str> = view
            .participation
            .iter()
            .filter(|row| row.submissions > 0)
            .map(|row| row.display.as_str())
            .collect();
        assert_eq!(displays, ["75%", "25%"]);
    }

    #[test]
    fn indicators_of_a_known_ledger() {
        let view = ConsultationView::build(&ledger());
        // 11 rows; S10 is withdrawn, so 10 are considered. S9's outcome is S4's: accepted.
        assert_eq!((view.submissions, view.considered), (11, 10));
        let count = |id: &str| view.dispositions.iter().find(|d| d.id == id).map(|d| d.count);
        assert_eq!(count("accepted"), Some(3), "S1, S4, S5 (S9 counts as merged here)");
        assert_eq!(count("merged"), Some(1));

        // Response coverage: of the 10 considered, only S8 is not answered: 9 / 10 = 90%.
        assert_eq!(view.response_coverage.count, 9);
        assert_eq!(view.response_coverage.total, 10);
        assert_eq!(view.response_coverage.value, Some(0.9));
        assert_eq!(view.response_coverage.display, "90%");

        // Reasoned rejections: S2 (none-given), S3 (partly accepted, no reason), S6
        // (legally-precluded), S7 (out of scope, no reason) were turned down in whole or in part;
        // only S6 has a legitimate reason: 1 / 4 = 25%.
        assert_eq!((view.reasoned_rejections.count, view.reasoned_rejections.total), (1, 4));
        assert_eq!(view.reasoned_rejections.display, "25%");

        // Uptake, considered submissions only:
        //   private-sector S4, S5 accepted, S6 rejected:       (2 + 0) / 3 = 0.667
        //   civil-society  S1 accepted, S2 rejected, S3 part:  (1 + 0.5) / 3 = 0.5
        //   academia       S7 out of scope:                    0 / 1 = 0
        //   individual     S8 not answered, S9 → S4 accepted:  1 / 2 = 0.5
        //   unknown        S11 deferred:                       0 / 1 = 0
        //   technical-community: S10 withdrawn, none considered, so no uptake.
        let uptake: Vec<(&str, usize, f64)> = view
            .uptake
            .iter()
            .map(|row| (row.group.id, row.submissions, row.uptake))
            .collect();
        assert_eq!(
            uptake,
            [
                ("private-sector", 3, 2.0 / 3.0),
                ("civil-society", 3, 0.5),
                ("academia", 1, 0.0),
                ("individual", 2, 0.5),
                ("unknown", 1, 0.0),
            ]
        );
        assert_eq!(view.uptake[0].display, "67%");
        // Gap: best private-sector 0.667, worst academia 0 (unknown is left out): 67 points.
        let gap = view.uptake_gap.as_ref().expect("a gap");
        assert_eq!((gap.best.id, gap.worst.id), ("private-sector", "academia"));
        assert!((gap.gap - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(gap.display, "67 points");

        // Participation, all 11 rows: civil-society 3, private-sector 3, academia 1,
        // individual 2, technical-community 1, unknown 1; government and intergovernmental none.
        let participation: Vec<(&str, usize)> = view
            .participation
            .iter()
            .map(|row| (row.group.id, row.submissions))
            .collect();
        assert_eq!(
            participation,
            [
                ("government", 0),
                ("private-sector", 3),
                ("civil-society", 3),
                ("technical-community", 1),
                ("academia", 1),
                ("intergovernmental", 0),
                ("individual", 2),
                ("unknown", 1),
            ]
        );
        // 3 / 11 = 27.3%: to a tenth, as whole shares (27 + 27 + 9 + 9 + 18 + 9) add up to 99.
        assert_eq!(view.participation[1].display, "27.3%");
        let absent: Vec<&str> = view.absent_groups.iter().map(|group| group.id).collect();
        assert_eq!(absent, ["government", "intergovernmental"]);

        // Timeliness: 5 January to 2 March 2026 is 26 + 28 + 2 = 56 days = 8 weeks, under 12.
        // No consultation-wide response date, so the latest submission's: 15 June (S5).
        // 2 March to 15 June: 29 + 30 + 31 + 15 = 105 days, over the 84 of 12 weeks.
        let time = &view.timeliness;
        assert_eq!(time.length_days, Some(56));
        assert_eq!(time.length_weeks, Some(8.0));
        assert_eq!(time.length_meets_benchmark, Some(false));
        assert_eq!(time.length_display, "8 weeks");
        assert_eq!(time.response_date, day("2026-06-15"));
        assert_eq!(time.response_date_from, Some("submissions"));
        assert_eq!(time.response_days, Some(105));
        assert_eq!(time.response_within_benchmark, Some(false));
        assert_eq!(time.response_display, "105 days");

        // Without a legitimate reason: S2 (rejected, none given) and S7 (out of scope, none).
        let unreasoned: Vec<(&str, &str, &str, Option<&str>)> = view
            .unreasoned_rejections
            .iter()
            .map(|row| (row.id.as_str(), row.group.id, row.outcome, row.reason))
            .collect();
        assert_eq!(
            unreasoned,
            [
                ("S2", "civil-society", "rejected", Some("none-given")),
                ("S3", "civil-society", "partially-accepted", None),
                ("S7", "academia", "out-of-scope", None),
            ]
        );
        assert_eq!(view.unreasoned_rejections[0].submitter, "Open Net");
        assert_eq!(view.unreasoned_rejections[0].provision.as_deref(), Some("Art. 4"));
        assert_eq!(view.unreasoned_rejections[2].submitter, "anonymous");

        assert_eq!(view.channels, ["online portal"]);
        assert_eq!(view.response_link.as_deref(), Some("https://example.org/response"));
        assert_eq!(view.rules.len(), 6);
        assert!(view.rules.iter().all(|rule| rule.ends_with('.')));
    }

    #[test]
    fn the_consultation_response_date_wins_and_merged_rejections_are_listed() {
        let mut consultation = ledger();
        // 2 March to 25 May: 29 + 30 + 25 = 84 days, exactly 12 weeks: within the benchmark.
        consultation.responded = date("2026-05-25");
        // S12, an individual's, merged into S2, which was rejected without a reason: its
        // outcome is S2's, so it is a rejection without a legitimate reason too.
        let mut merged = submission("S12", SubmitterGroup::Individual, Disposition::Merged);
        merged.merged_into = Some("S2".into());
        consultation.submissions.push(merged);
        let view = ConsultationView::build(&consultation);
        assert_eq!(view.timeliness.response_date_from, Some("consultation"));
        assert_eq!(view.timeliness.response_days, Some(84));
        assert_eq!(view.timeliness.response_within_benchmark, Some(true));
        // Turned down now S2, S3, S6, S7, S12; reasoned still only S6: 1 / 5 = 20%.
        assert_eq!(view.reasoned_rejections.display, "20%");
        let last = view.unreasoned_rejections.last().expect("S12");
        assert_eq!(
            (last.id.as_str(), last.merged_into.as_deref(), last.reason),
            ("S12", Some("S2"), Some("none-given"))
        );
        // Individuals: S8 0, S9 1, S12 0: 1 / 3.
        let individual = view
            .uptake
            .iter()
            .find(|row| row.group.id == "individual")
            .expect("row");
        assert_eq!((individual.submissions, individual.uptake), (3, 1.0 / 3.0));
    }

    #[test]
    fn an_empty_ledger_has_no_shares_and_nothing_to_divide_by_zero() {
        let view = ConsultationView::build(&Consultation::default());
        assert_eq!(view.response_coverage.value, None);
        assert_eq!(view.response_coverage.display, "–");
        assert!(view.uptake.is_empty() && view.uptake_gap.is_none());
        assert_eq!(view.absent_groups.len(), 7);
        assert_eq!(view.timeliness.length_display, "–");
        assert_eq!(view.timeliness.response_days, None);
        let json = serde_json::to_value(&view).expect("json");
        assert_eq!(json["opened"], serde_json::Value::Null);
    }

    #[test]
    fn percentages_never_round_to_all_or_nothing() {
        assert_eq!(percent(0.9, Lang::En), "90%");
        assert_eq!(percent(0.996, Lang::En), "99.6%");
        assert_eq!(percent(0.9999, Lang::En), "99.9%");
        assert_eq!(percent(0.003, Lang::En), "0.3%");
        assert_eq!(percent(0.0001, Lang::En), "0.1%");
        assert_eq!(percent(1.0, Lang::En), "100%");
        assert_eq!(percent(0.0, Lang::En), "0%");
    }

    #[test]
    fn the_ledger_points_to_feedback_levels_at_their_thresholds() {
        assert_eq!(feedback_level(0.0, 1.0, true), 0);
        assert_eq!(feedback_level(0.49, 1.0, true), 1);
        assert_eq!(feedback_level(0.5, 1.0, true), 2);
        assert_eq!(feedback_level(0.9, 0.49, true), 2);
        assert_eq!(feedback_level(0.8, 0.5, false), 3);
        assert_eq!(feedback_level(1.0, 1.0, false), 3);
        assert_eq!(feedback_level(1.0, 1.0, true), 4);
    }

    #[test]
    fn the_ledger_points_to_balance_levels_at_their_thresholds() {
        assert_eq!(balance_level(0.5, 5), 1);
        assert_eq!(balance_level(16.0 / 33.0, 5), 2);
        assert_eq!(balance_level(0.3, 5), 2);
        assert_eq!(balance_level(0.29, 5), 3);
        assert_eq!(balance_level(0.1, 3), 3);
        assert_eq!(balance_level(0.1, 4), 4);
    }
}
