//! The consultation ledger an assessment may carry: when the consultation ran, how input was
//! taken, and every submission with what was done with it and why.
//!
//! Written as `[consultation]` with one `[[consultation.submissions]]` table per submission, or
//! with `submissions_file` naming a CSV file in the assessment file's folder (a header row naming
//! the same columns as the table's keys, one submission a row, `evidence` separated by `;`).
//! [`Consultation::load_and_check`] reads that file and checks the whole ledger as the assessment
//! loads, every problem located (for a CSV file: its row's line and the character column where
//! the cell starts). The
//! indicators computed from a checked ledger are in [`crate::consultation`].

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use toml::value::Datetime;

use super::assessment::{StakeholderGroup, calendar_date};
use super::ids::nearest;
use super::toml_file::{MAX_FILE_BYTES, TomlFile};
use crate::diagnostic::{Diagnostic, LineIndex, Location};
use crate::say;

/// The most submissions a ledger may hold, in the file or in its CSV file: enough for any real
/// consultation (mass campaigns are one row with their copies folded in), few enough that loading
/// stays within a few hundred megabytes and a few seconds.
pub const MAX_SUBMISSIONS: usize = 200_000;

/// The most `[[consultation.submissions]]` tables an assessment file may hold. Tables cost far
/// more memory to read than CSV rows (every key and value is a node of the parsed document), so a
/// ledger larger than this belongs in a CSV file named by `submissions_file`, which holds up to
/// [`MAX_SUBMISSIONS`].
pub const MAX_INLINE_SUBMISSIONS: usize = 20_000;

/// The most problems reported in one ledger; beyond it one line says how many more there are.
pub const MAX_LEDGER_PROBLEMS: usize = 100;

/// Ids suggested for a mistyped `merged_into` are looked for only among this many submissions,
/// so that many such mistakes in a huge ledger cannot take quadratic time.
const MAX_SUGGESTION_POOL: usize = 10_000;

/// The columns of a submissions CSV file: the keys of a `[[consultation.submissions]]` table.
pub const COLUMNS: [&str; 13] = [
    "id",
    "submitter",
    "group",
    "provision",
    "asked",
    "disposition",
    "merged_into",
    "reason",
    "reason_text",
    "submitted",
    "responded",
    "reflected_in",
    "evidence",
];

/// The columns a submissions CSV file must have.
pub const REQUIRED_COLUMNS: [&str; 3] = ["id", "group", "disposition"];

/// The consultation on a proposal: its dates, its channels, and its submissions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// Date the consultation opened, without quotes: 2026-01-15.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub opened: Option<Datetime>,
    /// Date it closed, without quotes: 2026-04-09.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub closed: Option<Datetime>,
    /// Date the response to the consultation as a whole was published, if it was. Timeliness is
    /// counted from `closed` to this date, or without it to the latest `responded` of a submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub responded: Option<Datetime>,
    /// How input was taken: "portal", "written", "meeting", "hearing" or "survey", which the
    /// brief says in words in its language, or any other words, shown as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// Where the published response can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_url: Option<String>,
    /// How many responses the consultation received in all, when the ledger records only some
    /// of them (a selection, or the asks traced from a response by theme): the brief then says
    /// that its shares describe the ledger, not the whole consultation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<u64>,
    /// The drafters answered by theme, not each submission: a submission's disposition is what
    /// the response said of its theme, and the brief says so beside response coverage.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub answered_by_theme: bool,
    /// The submissions, one `[[consultation.submissions]]` table each. Leave out when
    /// `submissions_file` names a CSV file instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub submissions: Vec<Submission>,
    /// A CSV file in the assessment file's folder (or below it) holding the submissions instead:
    /// a header row naming the same columns as the keys of `[[consultation.submissions]]` (id,
    /// group and disposition required), one submission a row, `evidence` separated by `;`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submissions_file: Option<String>,
    /// The rows read from `submissions_file` when the assessment was loaded; never written back.
    #[serde(skip)]
    pub imported: Vec<Submission>,
}

/// One submission to the consultation and what was done with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Unique within the ledger, e.g. "S-014".
    pub id: String,
    /// Who sent it: a person or an organisation. Leave it out for an anonymous submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitter: Option<String>,
    /// The sender's stakeholder group, or `individual` for a member of the public speaking for
    /// themselves, or `unknown`.
    pub group: SubmitterGroup,
    /// The provision of the draft it concerns, e.g. "Art. 12(3)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<String>,
    /// What it asked for, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<String>,
    /// What was done with it, as the published response says.
    pub disposition: Disposition,
    /// For a `merged` submission: the id of the submission it was merged into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<String>,
    /// Why it was not (or not fully) taken up. Every reason but `none-given` is a legitimate one;
    /// leaving it out means none was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    /// The reason in the drafters' words, quoted or summarised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_text: Option<String>,
    /// Date it was sent, without quotes: 2026-03-02.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub submitted: Option<Datetime>,
    /// Date the response to it was published, without quotes: 2026-06-20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub responded: Option<Datetime>,
    /// The provision of the final text that reflects it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflected_in: Option<String>,
    /// Where the disposition was read: documents and links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// Ids, labels and parsing for the ledger's closed vocabularies. Unlike the derived
/// deserialisation, an unknown value is reported (by the message `$unknown`) with the valid ones
/// nearest it first.
macro_rules! ledger_vocabulary {
    ($(#[$meta:meta])* $name:ident, $unknown:literal, $prefix:literal { $($(#[$vmeta:meta])* $variant:ident = $id:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every value, in the order briefs list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id written in files.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The English label, as the command line shows it.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The label a document in `lang` shows, from the catalogue's `<prefix><id>`.
            pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
                crate::words::word_of(lang, $prefix, self.id())
            }

            /// The value whose id is exactly `text`.
            pub fn parse(text: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|value| value.id() == text)
            }

            /// What is said about `text` when it is none of the ids, in the interface's language:
            /// the valid ones, nearest first.
            pub fn unknown(text: &str) -> String {
                $name::unknown_in(text, crate::i18n::interface())
            }

            /// [`Self::unknown`] in `lang`.
            pub fn unknown_in(text: &str, lang: crate::i18n::Lang) -> String {
                crate::tr!(
                    lang,
                    $unknown,
                    value = shorten(text),
                    valid = nearest(text, $name::ALL.iter().map(|value| value.id())).join(", ")
                )
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                // In English, the words the TOML reader recognises, and says again in the
                // interface's language (`toml_file::vocabulary_in_words`).
                $name::parse(&text)
                    .ok_or_else(|| serde::de::Error::custom($name::unknown_in(&text, crate::i18n::Lang::En)))
            }
        }
    };
}

ledger_vocabulary! {
    /// Who sent a submission: one of the six stakeholder groups, an individual, or unknown.
    SubmitterGroup, "ledger-unknown-group", "group-" {
        /// Governments and public authorities.
        Government = "government", "Government";
        /// Companies and industry bodies.
        PrivateSector = "private-sector", "Private sector";
        /// Non-governmental organisations and users.
        CivilSociety = "civil-society", "Civil society";
        /// Engineers, operators and standards bodies.
        TechnicalCommunity = "technical-community", "Technical community";
        /// Researchers.
        Academia = "academia", "Academia";
        /// International organisations.
        Intergovernmental = "intergovernmental", "Intergovernmental organisation";
        /// A member of the public speaking for themselves.
        Individual = "individual", "Individuals";
        /// The record does not say.
        Unknown = "unknown", "Unknown";
    }
}

ledger_vocabulary! {
    /// What was done with a submission.
    Disposition, "ledger-unknown-disposition", "disposition-" {
        /// Taken up as asked.
        Accepted = "accepted", "Accepted";
        /// Taken up in part.
        PartiallyAccepted = "partially-accepted", "Partially accepted";
        /// Not taken up.
        Rejected = "rejected", "Rejected";
        /// Ruled outside what the proposal deals with.
        OutOfScope = "out-of-scope", "Out of scope";
        /// Left for later (implementing acts, a review).
        Deferred = "deferred", "Deferred";
        /// No response was published.
        NotAnswered = "not-answered", "Not answered";
        /// Withdrawn by the submitter.
        Withdrawn = "withdrawn", "Withdrawn";
        /// Answered together with another submission, named in `merged_into`.
        Merged = "merged", "Merged into another";
    }
}

ledger_vocabulary! {
    /// Why a submission was not (or not fully) taken up.
    Reason, "ledger-unknown-reason", "reason-" {
        /// The law (a constitution, a treaty, a higher norm) does not allow it.
        LegallyPrecluded = "legally-precluded", "Legally precluded";
        /// The drafters have no power over it.
        OutsideMandate = "outside-mandate", "Outside the mandate";
        /// It cannot be done with current technology.
        TechnicallyInfeasible = "technically-infeasible", "Technically infeasible";
        /// Its cost would be out of proportion to its benefit.
        DisproportionateCost = "disproportionate-cost", "Disproportionate cost";
        /// The evidence offered did not support it.
        InsufficientEvidence = "insufficient-evidence", "Insufficient evidence";
        /// Another provision or instrument already does it (say which in `reflected_in`).
        AddressedElsewhere = "addressed-elsewhere", "Addressed elsewhere";
        /// It would defeat the proposal's stated objective (say which).
        ConflictsWithObjective = "conflicts-with-objective", "Conflicts with the stated objective";
        /// Other submissions argued otherwise and prevailed (say which).
        OutweighedByOtherInput = "outweighed-by-other-input", "Outweighed by other input";
        /// The response gave no reason.
        NoneGiven = "none-given", "None given";
    }
}

impl SubmitterGroup {
    /// The stakeholder group it is, unless an individual or unknown.
    pub fn stakeholder(self) -> Option<StakeholderGroup> {
        StakeholderGroup::ALL
            .iter()
            .copied()
            .find(|group| group.id() == self.id())
    }
}

impl From<StakeholderGroup> for SubmitterGroup {
    fn from(group: StakeholderGroup) -> Self {
        SubmitterGroup::parse(group.id()).unwrap_or(SubmitterGroup::Unknown)
    }
}

impl Reason {
    /// True for every reason but `none-given`: a reason a drafter may legitimately give.
    pub fn is_legitimate(self) -> bool {
        self != Reason::NoneGiven
    }
}

impl Consultation {
    /// The ledger's submissions: the `[[consultation.submissions]]` tables, or when
    /// `submissions_file` is set, the rows read from it as the assessment loaded.
    pub fn entries(&self) -> &[Submission] {
        if self.submissions_file.is_some() {
            &self.imported
        } else {
            &self.submissions
        }
    }

    /// Reads the CSV file named by `submissions_file`, if any, into [`Consultation::imported`],
    /// and checks the whole ledger; `file` is the assessment file the ledger is in. Returns the
    /// problems found (at most [`MAX_LEDGER_PROBLEMS`]) and, when there were more, a last
    /// diagnostic saying how many more, to print after the others.
    pub fn load_and_check(&mut self, file: &TomlFile) -> (Vec<Diagnostic>, Option<Diagnostic>) {
        let mut problems = Problems::default();
        self.check_facts(file, &mut problems);
        let mut ledger_file = file.path.clone();
        match self.submissions_file.clone() {
            Some(_) if !self.submissions.is_empty() => {
                problems.push(
                    file.diagnostic_at(
                        file.value_span(&["consultation", "submissions_file"]),
                        say!("ledger-tables-and-file"),
                    )
                    .with_help(say!("ledger-tables-and-file-help")),
                );
            }
            Some(name) => match ledger_path(file, &name) {
                Err(problem) => problems.push(problem),
                Ok(path) => {
                    ledger_file.clone_from(&path);
                    self.imported = read_and_check_csv(&path, &mut problems);
                }
            },
            None => {
                if self.submissions.len() > MAX_INLINE_SUBMISSIONS {
                    problems.push(
                        file.diagnostic_at(
                            file.key_span(&["consultation", "submissions"]),
                            say!("ledger-too-many-tables", limit = MAX_INLINE_SUBMISSIONS.to_string()),
                        )
                        .with_help(say!("ledger-too-many-tables-help", rows = MAX_SUBMISSIONS.to_string())),
                    );
                } else {
                    check_entries(&self.submissions, &Where::Toml(file), None, &mut problems);
                }
            }
        }
        problems.finish(&ledger_file)
    }

    /// What is wrong with `id` as the id of a submission added to this ledger: empty, or the id
    /// of a submission already in it (compared as the checks compare them, trimmed). `None` when
    /// it may be used.
    pub fn new_id_problem(&self, id: &str, lang: crate::i18n::Lang) -> Option<String> {
        let taken = |id: &str| self.entries().iter().any(|entry| entry.id.trim() == id);
        id_problem(id, taken).map(|problem| match problem {
            IdProblem::Empty => crate::i18n::tr(lang, "submission-id-empty"),
            IdProblem::Duplicate => crate::i18n::tr(lang, "submission-id-taken"),
        })
    }

    /// The consultation's own dates: real days, and in order.
    fn check_facts(&self, file: &TomlFile, problems: &mut Problems) {
        let mut dates = Vec::new();
        for (key, date) in [
            ("opened", &self.opened),
            ("closed", &self.closed),
            ("responded", &self.responded),
        ] {
            let Some(date) = date else { continue };
            match calendar_date(date) {
                Some(day) => dates.push((key, day)),
                None => problems.push(
                    file.diagnostic_at(
                        file.value_span(&["consultation", key]),
                        say!("ledger-not-a-date", key = key, date = date.to_string()),
                    )
                    .with_help(say!("ledger-date-help")),
                ),
            }
        }
        let day = |key: &str| dates.iter().find(|(name, _)| *name == key).map(|(_, day)| *day);
        let [opened, closed, responded] = [day("opened"), day("closed"), day("responded")];
        let shown = |day: Option<time::Date>| day.map(|day| day.to_string()).unwrap_or_default();
        for out_of_order in dates_out_of_order([opened, closed, responded]) {
            let (message, help) = match out_of_order {
                DatesOutOfOrder::ClosedBeforeOpened => {
                    ("ledger-closed-before-opened", "ledger-closed-before-opened-help")
                }
                DatesOutOfOrder::RespondedBeforeClosed => ("ledger-responded-before-closed", "ledger-responded-help"),
                DatesOutOfOrder::RespondedBeforeOpened => ("ledger-responded-before-opened", "ledger-responded-help"),
            };
            problems.push(
                file.diagnostic_at(
                    file.value_span(&["consultation", out_of_order.key()]),
                    say!(
                        message,
                        opened = shown(opened),
                        closed = shown(closed),
                        responded = shown(responded)
                    ),
                )
                .with_help(say!(help)),
            );
        }
    }
}

/// Two of a consultation's dates in the wrong order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatesOutOfOrder {
    /// `closed` is before `opened`.
    ClosedBeforeOpened,
    /// `responded` is before `closed`.
    RespondedBeforeClosed,
    /// `responded` is before `opened`, with no closing date between them.
    RespondedBeforeOpened,
}

impl DatesOutOfOrder {
    /// The key of the later date, where the problem is reported.
    pub fn key(self) -> &'static str {
        match self {
            DatesOutOfOrder::ClosedBeforeOpened => "closed",
            DatesOutOfOrder::RespondedBeforeClosed | DatesOutOfOrder::RespondedBeforeOpened => "responded",
        }
    }
}

/// The consultation's dates (opened, closed, responded) that are out of order: opened ≤ closed ≤
/// responded, and without a closing date opened ≤ responded. One rule for the loader and for the
/// forms that write the dates, whatever the dates are given as (calendar days, or `YYYY-MM-DD`
/// texts, which compare alike).
pub fn dates_out_of_order<T: Ord>([opened, closed, responded]: [Option<T>; 3]) -> Vec<DatesOutOfOrder> {
    let before = |later: &Option<T>, earlier: &Option<T>| matches!((later, earlier), (Some(later), Some(earlier)) if later < earlier);
    let mut found = Vec::new();
    if before(&closed, &opened) {
        found.push(DatesOutOfOrder::ClosedBeforeOpened);
    }
    if before(&responded, &closed) {
        found.push(DatesOutOfOrder::RespondedBeforeClosed);
    }
    if closed.is_none() && before(&responded, &opened) {
        found.push(DatesOutOfOrder::RespondedBeforeOpened);
    }
    found
}

/// Reads the submissions CSV file at `path` and checks its rows as the loader checks the file
/// named by `submissions_file`: the submissions, or every problem found (at most
/// [`MAX_LEDGER_PROBLEMS`], then a last diagnostic saying how many more, if there were).
pub fn read_submissions_file(path: &Path) -> Result<Vec<Submission>, Vec<Diagnostic>> {
    let mut problems = Problems::default();
    let rows = read_and_check_csv(path, &mut problems);
    let (mut found, more) = problems.finish(path);
    found.extend(more);
    if found.is_empty() { Ok(rows) } else { Err(found) }
}

/// The rows of the CSV file at `path` that have no problem, its problems (row by row, then
/// between rows) reported to `problems`.
fn read_and_check_csv(path: &Path, problems: &mut Problems) -> Vec<Submission> {
    let table = read_csv(path, problems);
    let at = Where::Csv {
        path,
        lines: &table.lines,
        starts: &table.starts,
        columns: &table.columns,
    };
    check_entries(&table.rows, &at, Some(&table.ids), problems);
    table.rows
}

/// Why an id cannot be a submission's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdProblem {
    /// It is empty (or only spaces).
    Empty,
    /// Another submission has it.
    Duplicate,
}

impl IdProblem {
    fn message(self, id: &str) -> String {
        match self {
            IdProblem::Empty => say!("ledger-empty-id"),
            IdProblem::Duplicate => say!("ledger-duplicate-id", id = shorten(id.trim())),
        }
    }
}

/// The rule every submission id meets: not empty once trimmed, and not `taken` (asked with the
/// trimmed id) by another submission.
fn id_problem(id: &str, taken: impl Fn(&str) -> bool) -> Option<IdProblem> {
    let id = id.trim();
    if id.is_empty() {
        Some(IdProblem::Empty)
    } else if taken(id) {
        Some(IdProblem::Duplicate)
    } else {
        None
    }
}

/// For each submission, the index of the submission whose disposition is its outcome: itself,
/// or for a `merged` one the submission at the end of its `merged_into` chain. `None` for a
/// merged submission whose chain names an unknown id or comes back on itself (never so in a
/// checked ledger). Linear in the number of submissions, however long the chains.
pub fn outcome_indices(entries: &[Submission]) -> Vec<Option<usize>> {
    let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        by_id.entry(entry.id.trim()).or_insert(index);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Pending,
        Visiting,
        Done(Option<usize>),
    }
    let mut state = vec![State::Pending; entries.len()];
    let mut path = Vec::new();
    for start in 0..entries.len() {
        let mut at = start;
        path.clear();
        let result = loop {
            match state[at] {
                State::Done(result) => break result,
                State::Visiting => break None,
                State::Pending => {}
            }
            let entry = &entries[at];
            if entry.disposition != Disposition::Merged {
                break Some(at);
            }
            state[at] = State::Visiting;
            path.push(at);
            let target = entry.merged_into.as_deref().map(str::trim);
            match target.and_then(|id| by_id.get(id)) {
                Some(&next) => at = next,
                None => break None,
            }
        };
        for &index in &path {
            state[index] = State::Done(result);
        }
        if state[start] == State::Pending {
            state[start] = State::Done(result);
        }
    }
    state
        .into_iter()
        .map(|state| match state {
            State::Done(result) => result,
            _ => None,
        })
        .collect()
}

/// The problems of one ledger, at most [`MAX_LEDGER_PROBLEMS`] of them kept.
#[derive(Default)]
struct Problems {
    kept: Vec<Diagnostic>,
    dropped: usize,
}

impl Problems {
    fn push(&mut self, problem: Diagnostic) {
        if self.kept.len() < MAX_LEDGER_PROBLEMS {
            self.kept.push(problem);
        } else {
            self.dropped += 1;
        }
    }

    fn is_full(&self) -> bool {
        self.kept.len() >= MAX_LEDGER_PROBLEMS
    }

    fn finish(self, file: &Path) -> (Vec<Diagnostic>, Option<Diagnostic>) {
        let more = (self.dropped > 0).then(|| {
            Diagnostic::new(file, say!("ledger-more-problems", count = self.dropped))
                .with_help(say!("ledger-more-problems-help"))
                .standing_for(self.dropped)
        });
        (self.kept, more)
    }
}

/// Where the ledger's submissions are written, to point a problem at one of their fields.
enum Where<'a> {
    /// `[[consultation.submissions]]` tables in the assessment file.
    Toml(&'a TomlFile),
    /// Rows of a CSV file: each row's line, and each column's index.
    Csv {
        path: &'a Path,
        lines: &'a [usize],
        starts: &'a [Vec<usize>],
        columns: &'a HashMap<&'static str, usize>,
    },
}

impl Where<'_> {
    /// A problem with field `field` of submission `index`.
    fn at(&self, index: usize, field: &str, message: impl Into<String>) -> Diagnostic {
        match self {
            Where::Toml(file) => {
                let index = index.to_string();
                file.diagnostic_at(
                    file.value_span(&["consultation", "submissions", &index, field]),
                    message,
                )
            }
            Where::Csv {
                path,
                lines,
                starts,
                columns,
            } => {
                let line = lines.get(index).copied().unwrap_or(1);
                let starts = starts.get(index).map_or(&[][..], Vec::as_slice);
                let column = columns.get(field).copied().unwrap_or(0);
                Diagnostic::new(path, message).at(Some(cell_location(line, starts, column)))
            }
        }
    }

    /// Whether field `field` of submission `index` is written in the file, whatever its value:
    /// one of the wrong kind was reported and left out, and is not also missing.
    fn written(&self, index: usize, field: &str) -> bool {
        match self {
            Where::Toml(file) => file
                .written_value(&["consultation", "submissions", &index.to_string(), field])
                .is_some(),
            Where::Csv { .. } => false,
        }
    }

    /// The line submission `index` is on.
    fn line(&self, index: usize) -> Option<usize> {
        self.at(index, "id", String::new()).location.map(|at| at.line)
    }
}

/// Checks what holds between submissions and within each: unique ids, `merged_into` naming a
/// submission (and only for merged ones), dates in order, no response date on an unanswered
/// submission. For a CSV file, `csv_ids` holds the id of every row, those left out for a problem
/// included: `merged_into` may name them, and duplicates among them were reported as the rows
/// were read.
fn check_entries(
    entries: &[Submission],
    at: &Where<'_>,
    csv_ids: Option<&HashMap<String, usize>>,
    problems: &mut Problems,
) {
    let first = unique_ids(entries, at, csv_ids.is_some(), problems);
    for (index, entry) in entries.iter().enumerate() {
        date_problems(index, entry, at, problems);
        merge_problems(index, entry, &first, csv_ids, at, problems);
    }
    merge_loop_problems(entries, &first, at, problems);
}

/// Owns the submissions' ids: reports empty and (outside a CSV file, which reported them as its
/// rows were read) duplicate ones; returns the index of each id's first submission.
fn unique_ids<'a>(
    entries: &'a [Submission],
    at: &Where<'_>,
    from_csv: bool,
    problems: &mut Problems,
) -> HashMap<&'a str, usize> {
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let id = entry.id.trim();
        match id_problem(id, |id| first.contains_key(id)) {
            Some(problem @ IdProblem::Empty) => problems.push(
                at.at(index, "id", problem.message(id))
                    .with_help(say!("ledger-empty-id-help")),
            ),
            // In a CSV file, duplicates were reported as the rows were read.
            Some(IdProblem::Duplicate) if from_csv => {}
            Some(problem @ IdProblem::Duplicate) => {
                let help = match first.get(id).and_then(|&earlier| at.line(earlier)) {
                    Some(line) => say!("ledger-duplicate-id-help", id = shorten(id), line = line.to_string()),
                    None => say!("ledger-unique-ids-help"),
                };
                problems.push(at.at(index, "id", problem.message(id)).with_help(help));
            }
            None => {
                first.insert(id, index);
            }
        }
    }
    first
}

/// Owns a submission's dates: each a date, the response not before the submission, and none on
/// an unanswered submission.
fn date_problems(index: usize, entry: &Submission, at: &Where<'_>, problems: &mut Problems) {
    let id = shorten(entry.id.trim());
    let mut days = Vec::new();
    for (field, date) in [("submitted", &entry.submitted), ("responded", &entry.responded)] {
        let Some(date) = date else { continue };
        match calendar_date(date) {
            Some(day) => days.push((field, day)),
            None => problems.push(
                at.at(
                    index,
                    field,
                    say!("ledger-not-a-date", key = field, date = date.to_string()),
                )
                .with_help(say!("ledger-date-help")),
            ),
        }
    }
    let day = |key: &str| days.iter().find(|(name, _)| *name == key).map(|(_, day)| *day);
    if let (Some(submitted), Some(responded)) = (day("submitted"), day("responded"))
        && responded < submitted
    {
        problems.push(
            at.at(
                index,
                "responded",
                say!(
                    "ledger-answered-before-submitted",
                    id = id.as_str(),
                    responded = responded.to_string(),
                    submitted = submitted.to_string()
                ),
            )
            .with_help(say!("ledger-answered-before-submitted-help")),
        );
    }
    if entry.disposition == Disposition::NotAnswered && entry.responded.is_some() {
        problems.push(
            at.at(
                index,
                "responded",
                say!("ledger-not-answered-responded", id = id.as_str()),
            )
            .with_help(say!("ledger-not-answered-responded-help")),
        );
    }
}

/// Owns a submission's `merged_into`: present on a merged submission, naming another that exists,
/// and absent on the others. `first` holds the ledger's ids, `csv_ids` a CSV file's left-out rows.
fn merge_problems(
    index: usize,
    entry: &Submission,
    first: &HashMap<&str, usize>,
    csv_ids: Option<&HashMap<String, usize>>,
    at: &Where<'_>,
    problems: &mut Problems,
) {
    let id = shorten(entry.id.trim());
    let known = |id: &str| first.contains_key(id) || csv_ids.is_some_and(|ids| ids.contains_key(id));
    let target = entry
        .merged_into
        .as_deref()
        .map(str::trim)
        .filter(|target| !target.is_empty());
    match (entry.disposition, target) {
        (Disposition::Merged, None) if at.written(index, "merged_into") => {}
        (Disposition::Merged, None) => problems.push(
            at.at(index, "disposition", say!("ledger-merged-nowhere", id = id.as_str()))
                .with_help(say!("ledger-merged-nowhere-help")),
        ),
        (Disposition::Merged, Some(target)) if target == entry.id.trim() => problems.push(
            at.at(
                index,
                "merged_into",
                say!("ledger-merged-into-itself", id = id.as_str()),
            )
            .with_help(say!("ledger-merged-into-itself-help")),
        ),
        (Disposition::Merged, Some(target)) if !known(target) => {
            // Suggestions only while they are shown, and from a bounded pool: bounded time
            // however broken a huge ledger is.
            let help = if first.len() <= MAX_SUGGESTION_POOL && !problems.is_full() {
                // A submission is not merged into itself: its own id is no suggestion.
                let others = first.keys().copied().filter(|other| *other != entry.id.trim());
                let ids: Vec<&str> = nearest(target, others).into_iter().take(5).collect();
                say!("ledger-merged-into-unknown-nearest-help", ids = ids.join(", "))
            } else {
                say!("ledger-merged-into-unknown-help")
            };
            problems.push(
                at.at(
                    index,
                    "merged_into",
                    say!("ledger-merged-into-unknown", id = id.as_str(), target = shorten(target)),
                )
                .with_help(help),
            );
        }
        (Disposition::Merged, Some(_)) => {}
        (_, Some(_)) => problems.push(
            at.at(index, "merged_into", say!("ledger-not-merged", id = id.as_str()))
                .with_help(say!("ledger-not-merged-help")),
        ),
        (_, None) => {}
    }
}

/// Owns the chains of merges that come back on themselves.
fn merge_loop_problems(entries: &[Submission], first: &HashMap<&str, usize>, at: &Where<'_>, problems: &mut Problems) {
    // A chain of merges that comes back on itself leaves its submissions without an outcome. Each
    // loop is said once, at its first submission, with the ids it goes through. Each submission
    // is walked once, so a long chain into a loop costs no more than its length: `met` holds the
    // walk (by its first submission) and the step at which each was met.
    let outcomes = outcome_indices(entries);
    let mut met: Vec<Option<(usize, usize)>> = vec![None; entries.len()];
    for (index, entry) in entries.iter().enumerate() {
        if entry.disposition != Disposition::Merged || outcomes[index].is_some() || met[index].is_some() {
            continue;
        }
        let mut chain = Vec::new();
        let mut current = index;
        let looped = loop {
            match met[current] {
                // Met again in this walk: the chain has come back on itself.
                Some((walk, step)) if walk == index => break Some(chain.split_off(step)),
                // Met in an earlier walk, whose loop, if any, was found then.
                Some(_) => break None,
                None => {}
            }
            met[current] = Some((index, chain.len()));
            chain.push(current);
            let target = entries[current].merged_into.as_deref().map(str::trim).unwrap_or("");
            let Some(&next) = first
                .get(target)
                .filter(|&&next| entries[next].disposition == Disposition::Merged)
            else {
                break None;
            };
            current = next;
        };
        // A submission merged into itself is reported where its own id is checked.
        let Some(looped) = looped.filter(|looped| looped.len() > 1) else {
            continue;
        };
        let start = looped.iter().copied().min().unwrap_or(index);
        let position = looped.iter().position(|&member| member == start).unwrap_or(0);
        let ids: Vec<String> = looped[position..]
            .iter()
            .chain(&looped[..=position])
            .map(|&member| format!("`{}`", shorten(entries[member].id.trim())))
            .collect();
        problems.push(
            at.at(start, "merged_into", say!("ledger-merge-loop", chain = ids.join(" → ")))
                .with_help(say!("ledger-merge-loop-help")),
        );
    }
}

/// The path of the CSV file `name`, refused unless it is in the assessment file's folder or below.
fn ledger_path(file: &TomlFile, name: &str) -> Result<PathBuf, Diagnostic> {
    let at = || file.value_span(&["consultation", "submissions_file"]);
    let relative = Path::new(name.trim());
    let inside = !name.trim().is_empty()
        && relative
            .components()
            .all(|part| matches!(part, Component::Normal(_) | Component::CurDir));
    if name.trim().is_empty() {
        return Err(file
            .diagnostic_at(at(), say!("ledger-file-unnamed"))
            .with_help(say!("ledger-file-unnamed-help")));
    }
    if !inside {
        return Err(file
            .diagnostic_at(at(), say!("ledger-file-outside", name = shorten(name)))
            .with_help(say!("ledger-file-outside-help")));
    }
    let folder = file.path.parent().unwrap_or(Path::new(""));
    let path = folder.join(relative);
    let unreadable = |error: std::io::Error| {
        // "No such file or directory (os error 2)": the system's words, without its number.
        let reason = match error.kind() {
            std::io::ErrorKind::NotFound => say!("ledger-no-such-file"),
            std::io::ErrorKind::PermissionDenied => say!("ledger-permission-denied"),
            _ => error.to_string(),
        };
        file.diagnostic_at(
            at(),
            say!(
                "ledger-file-unreadable",
                path = path.display().to_string(),
                reason = reason
            ),
        )
        .with_help(say!("ledger-file-unreadable-help"))
    };
    let folder_real = (if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    })
    .canonicalize()
    .map_err(unreadable)?;
    let real = path.canonicalize().map_err(unreadable)?;
    if !real.starts_with(&folder_real) {
        return Err(file
            .diagnostic_at(
                at(),
                say!("ledger-file-leads-outside", path = path.display().to_string()),
            )
            .with_help(say!("ledger-file-leads-outside-help")));
    }
    if real.is_dir() {
        return Err(file
            .diagnostic_at(at(), say!("ledger-file-is-folder", path = path.display().to_string()))
            .with_help(say!("ledger-file-is-folder-help")));
    }
    // A named pipe or a device would block the read (or never end): only files on disk are read.
    if !real.is_file() {
        return Err(file
            .diagnostic_at(at(), say!("ledger-file-not-regular", path = path.display().to_string()))
            .with_help(say!("ledger-file-not-regular-help")));
    }
    Ok(path)
}

/// What was read from a submissions CSV file.
#[derive(Default)]
struct CsvLedger {
    /// The submissions of the rows without problems, in file order.
    rows: Vec<Submission>,
    /// The line of each of them.
    lines: Vec<usize>,
    /// The column each of their cells starts at, in characters (see [`cell_starts`]).
    starts: Vec<Vec<usize>>,
    /// The index of each known column.
    columns: HashMap<&'static str, usize>,
    /// The id of every row, those left out for a problem included, and the line of its first row.
    ids: HashMap<String, usize>,
}

/// Reads the submissions CSV file at `path`, reporting its problems (cell by cell) to `problems`.
fn read_csv(path: &Path, problems: &mut Problems) -> CsvLedger {
    let mut ledger = CsvLedger::default();
    let Some(text) = read_text(path, problems) else {
        return ledger;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // The line some spreadsheets write before the header to name the separator ("sep=,") is no
    // row: it is blanked, so that every other line keeps its number.
    let unhinted;
    let text = match text
        .get(..5)
        .filter(|start| start.starts_with("sep=") && start.is_ascii())
    {
        Some(hint) if text[5..].starts_with(['\r', '\n']) => {
            unhinted = " ".repeat(hint.len()) + &text[5..];
            unhinted.as_str()
        }
        _ => text,
    };
    let lines = LineIndex::new(text);
    let locate = |offset: u64, column: usize| {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(text.len());
        // A record's offset may be that of blank lines before it.
        let rest = text.get(offset..).unwrap_or("");
        let skipped = rest.len() - rest.trim_start_matches(['\r', '\n']).len();
        let line = lines.locate(text, offset + skipped).line;
        Location { line, column }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut header: Option<Vec<Header>> = None;
    let mut count = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                let location = error.position().map(|position| locate(position.byte(), 1));
                problems.push(
                    Diagnostic::new(path, say!("ledger-csv-parse-error", error = error.to_string()))
                        .at(location)
                        .with_help(say!("ledger-csv-parse-error-help")),
                );
                break;
            }
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let offset = record.position().map_or(0, csv::Position::byte);
        let line = locate(offset, 1).line;
        // The row's raw text, to say where each cell starts: an editor goes to a column by
        // characters, not by cells.
        let end = usize::try_from(reader.position().byte())
            .unwrap_or(usize::MAX)
            .min(text.len());
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(end);
        let raw = &text[start..end];
        let starts = cell_starts(raw);
        let cell_at = |column: usize| Some(cell_location(line, &starts, column));
        let Some(names) = &header else {
            match read_header(path, &record, (line, &starts), problems) {
                Some(names) => {
                    for (index, name) in names.iter().enumerate() {
                        if let Header::Known(name) = name {
                            ledger.columns.insert(name, index);
                        }
                    }
                    header = Some(names);
                    continue;
                }
                None => return ledger,
            }
        };
        count += 1;
        if count > MAX_SUBMISSIONS {
            problems.push(
                Diagnostic::new(
                    path,
                    say!("ledger-csv-too-many-rows", limit = MAX_SUBMISSIONS.to_string()),
                )
                .at(cell_at(0))
                .with_help(say!("ledger-csv-too-large-help")),
            );
            break;
        }
        // A row whose cells do not line up with the header's columns is one problem, not one
        // per misplaced cell: the id is still recorded, so that no merge into it is reported.
        let last_line = line + raw.trim_matches(['\r', '\n']).matches('\n').count();
        let shape = RowShape {
            cells: record.len(),
            columns: names.len(),
            line,
            last_line,
            text_after_quote: text_after_closing_quote(raw).map(|(at, _)| lines.locate(text, start + at)),
            // Only a quote left open runs a row to the end of the file with an odd number of
            // quotes: an escaped quote inside a cell is two.
            open_at_the_end: end == text.len() && raw.matches('"').count() % 2 == 1,
        };
        if let Some(problem) = shape.problem(path) {
            problems.push(problem);
            if let Some(id) = ledger.columns.get("id").and_then(|&column| record.get(column)) {
                ledger.ids.entry(id.trim().to_string()).or_insert(line);
            }
            continue;
        }
        let before = problems.kept.len() + problems.dropped;
        read_row(path, &record, names, (line, &starts), &mut ledger, problems);
        if problems.kept.len() + problems.dropped > before && shape.last_line > line {
            // Its cells may have lined up by chance: say where a quote may have been left open.
            problems.push(shape.quote_note(path));
        }
    }
    if header.is_none() {
        problems.push(
            Diagnostic::new(path, say!("ledger-csv-empty"))
                .with_help(say!("ledger-csv-empty-help", columns = REQUIRED_COLUMNS.join(","))),
        );
    }
    ledger
}

/// How a CSV row's cells line up with the header row's columns.
struct RowShape {
    /// How many cells the row has, and how many columns the header names.
    cells: usize,
    columns: usize,
    /// Where (line, and cell as the column) text follows a double quote that closes a cell
    /// (`"Fund research" now`): a quote meant as part of the text, or one left open that a later
    /// quote closed.
    text_after_quote: Option<Location>,
    /// The lines the row starts and ends on: more than one when a quoted cell holds a line break.
    line: usize,
    last_line: usize,
    /// Whether the row ends at the end of the file inside a quoted cell.
    open_at_the_end: bool,
}

/// The column (1-based, in characters) at which each cell of a CSV row starts, from the row's raw
/// text: where its line begins and after each comma outside quotes, up to the end of the row's
/// first line (a cell after a line break inside quotes is on another line).
fn cell_starts(raw: &str) -> Vec<usize> {
    /// Where the scan stands in a cell.
    #[derive(Clone, Copy, PartialEq)]
    enum In {
        /// At its start, where a quote opens a quoted cell.
        Start,
        /// In an unquoted cell, where a quote is a character like any other (`Ban 5" screens`).
        Unquoted,
        /// In a quoted cell.
        Quoted,
        /// Just after a quote in a quoted cell: it closes the cell, or a second one is a quote.
        QuoteInQuoted,
    }
    let raw = raw.trim_start_matches(['\r', '\n']);
    let mut starts = vec![1];
    let mut state = In::Start;
    for (index, c) in raw.chars().enumerate() {
        state = match (state, c) {
            // The row's first line ends here, inside a quoted cell or not.
            (_, '\n' | '\r') => break,
            (In::Start, '"') | (In::QuoteInQuoted, '"') => In::Quoted,
            (In::Quoted, '"') => In::QuoteInQuoted,
            (In::Quoted, _) => In::Quoted,
            (_, ',') => {
                starts.push(index + 2);
                In::Start
            }
            _ => In::Unquoted,
        };
    }
    starts
}

/// Where cell `column` (0-based) of a CSV row on `line` starts: its character column where the
/// row's first line holds it, else its number.
fn cell_location(line: usize, starts: &[usize], column: usize) -> Location {
    Location {
        line,
        column: starts.get(column).copied().unwrap_or(column + 1),
    }
}

/// Where, in the raw text of one CSV row, text follows the double quote that closes a quoted
/// cell (`"Fund research" now`, or `"He said "no" to it"`): the offset of that text, and the
/// index of the cell. Spaces before the comma are allowed.
fn text_after_closing_quote(raw: &str) -> Option<(usize, usize)> {
    let bytes = raw.as_bytes();
    // Most rows quote nothing: a vector search settles them.
    memchr::memchr(b'"', bytes)?;
    let (mut at, mut in_quotes, mut cell_start, mut cell) = (0, false, true, 0);
    while let Some(&byte) = bytes.get(at) {
        if in_quotes {
            if byte == b'"' {
                if bytes.get(at + 1) == Some(&b'"') {
                    at += 2;
                    continue;
                }
                in_quotes = false;
                let mut next = at + 1;
                while matches!(bytes.get(next), Some(b' ' | b'\t')) {
                    next += 1;
                }
                if !matches!(bytes.get(next), None | Some(b',' | b'\r' | b'\n')) {
                    return Some((next, cell));
                }
            }
        } else if cell_start && byte == b'"' {
            in_quotes = true;
        }
        cell_start = matches!(byte, b',' | b'\r' | b'\n') && !in_quotes;
        if byte == b',' && !in_quotes {
            cell += 1;
        }
        at += 1;
    }
    None
}

/// How to close a quoted cell of a CSV file.
fn quote_help() -> String {
    say!("ledger-quote-help")
}

impl RowShape {
    /// For a row over several lines that has problems: where it runs to, in case a quote was
    /// left open rather than a line break meant.
    fn quote_note(&self, path: &Path) -> Diagnostic {
        let message = say!(
            "ledger-row-runs-on-note",
            line = self.line.to_string(),
            last = self.last_line.to_string()
        );
        Diagnostic::new(path, message)
            .at(Some(Location {
                line: self.line,
                column: 1,
            }))
            .with_help(quote_help())
    }

    /// What is wrong with the row's shape, if anything: text after the quote that closes a cell;
    /// a double quote left open, which runs the row into the next ones (seen when that leaves it
    /// another number of cells than the header, or when it runs to the end of the file); or an
    /// unquoted comma, which splits a cell in two. A CSV reader that took such a row as it comes
    /// would shift its cells or take the rows after it into one cell, without a word.
    fn problem(&self, path: &Path) -> Option<Diagnostic> {
        let at = Some(Location {
            line: self.line,
            column: 1,
        });
        if let Some(quote) = self.text_after_quote {
            let message = if self.last_line > self.line {
                say!(
                    "ledger-row-text-after-quote",
                    line = self.line.to_string(),
                    last = self.last_line.to_string(),
                    quote = quote.line.to_string()
                )
            } else {
                say!("ledger-text-after-quote")
            };
            return Some(Diagnostic::new(path, message).at(Some(quote)).with_help(quote_help()));
        }
        // A quote open at the end of the file is an error however the cells line up: the rows
        // after it would otherwise be taken, unseen, into one cell.
        if self.open_at_the_end || (self.last_line > self.line && self.cells != self.columns) {
            let message = if self.open_at_the_end {
                say!("ledger-row-runs-to-the-end", line = self.line.to_string())
            } else {
                say!(
                    "ledger-row-runs-on",
                    line = self.line.to_string(),
                    last = self.last_line.to_string()
                )
            };
            return Some(Diagnostic::new(path, message).at(at).with_help(quote_help()));
        }
        // Even when the cells past the last column are empty: a comma in a cell that ends the
        // row early shifts every cell after it.
        if self.cells > self.columns {
            let message = say!(
                "ledger-row-too-many-cells",
                cells = self.cells.to_string(),
                columns = self.columns.to_string()
            );
            let help = say!("ledger-row-too-many-cells-help");
            return Some(Diagnostic::new(path, message).at(at).with_help(help));
        }
        None
    }
}

/// Owns one submission row of the CSV file, on `line`: reports its problems cell by cell and,
/// if it has none, adds it to `ledger`; its id is recorded either way.
fn read_row(
    path: &Path,
    record: &csv::StringRecord,
    names: &[Header],
    (line, starts): (usize, &[usize]),
    ledger: &mut CsvLedger,
    problems: &mut Problems,
) {
    let cell_at = |column: usize| Some(cell_location(line, starts, column));
    let before = problems.kept.len() + problems.dropped;
    unnamed_cell_problems(path, record, names, (line, starts), problems);
    let cell = |name: &str| {
        ledger
            .columns
            .get(name)
            .and_then(|&column| record.get(column))
            .map_or("", str::trim)
    };
    let column = |name: &str| ledger.columns.get(name).copied().unwrap_or(0);
    // Line breaks in a quoted cell as a text file has them, whatever the spreadsheet wrote.
    let text_cell = |name: &str| Some(cell(name).replace("\r\n", "\n")).filter(|text| !text.is_empty());
    let mut problem = |name: &str, message: String, help: String| {
        problems.push(Diagnostic::new(path, message).at(cell_at(column(name))).with_help(help));
    };
    let id = cell("id").to_string();
    if id.is_empty() {
        problem("id", say!("ledger-no-id"), say!("ledger-no-id-help"));
    } else if let Some(first) = ledger.ids.get(&id) {
        problem(
            "id",
            IdProblem::Duplicate.message(&id),
            say!("ledger-duplicate-id-help", id = shorten(&id), line = first.to_string()),
        );
    } else {
        ledger.ids.insert(id.clone(), line);
    }
    let group = required(
        cell("group"),
        "ledger-no-group",
        SubmitterGroup::parse,
        SubmitterGroup::unknown,
        || SubmitterGroup::ALL.iter().map(|group| group.id()).collect(),
    );
    let disposition = required(
        cell("disposition"),
        "ledger-no-disposition",
        Disposition::parse,
        Disposition::unknown,
        || Disposition::ALL.iter().map(|disposition| disposition.id()).collect(),
    );
    let reason = match cell("reason") {
        "" => Ok(None),
        text => Reason::parse(text).map(Some).ok_or_else(|| Reason::unknown(text)),
    };
    for (name, result) in [
        ("group", group.as_ref().err()),
        ("disposition", disposition.as_ref().err()),
        ("reason", reason.as_ref().err()),
    ] {
        if let Some(message) = result {
            problem(name, message.clone(), say!("ledger-value-help"));
        }
    }
    let mut date = |name: &str| match cell(name) {
        "" => None,
        text => {
            let parsed = text
                .parse::<Datetime>()
                .ok()
                .filter(|date| calendar_date(date).is_some());
            match parsed {
                Some(_) => {}
                // Written as a date, but not a day the calendar has: that is what to fix.
                None if super::assessment::has_date_shape(text) => problem(
                    name,
                    say!("ledger-no-such-day", key = name, text = shorten(text)),
                    say!("ledger-no-such-day-help"),
                ),
                None => problem(
                    name,
                    say!("ledger-date-shape", key = name, text = shorten(text)),
                    say!("ledger-date-shape-help"),
                ),
            }
            parsed
        }
    };
    let submitted = date("submitted");
    let responded = date("responded");
    let failed = problems.kept.len() + problems.dropped > before;
    if let (Ok(group), Ok(disposition), Ok(reason), false) = (group, disposition, reason, failed) {
        ledger.rows.push(Submission {
            id,
            submitter: text_cell("submitter"),
            group,
            provision: text_cell("provision"),
            asked: text_cell("asked"),
            disposition,
            merged_into: text_cell("merged_into"),
            reason,
            reason_text: text_cell("reason_text"),
            submitted,
            responded,
            reflected_in: text_cell("reflected_in"),
            evidence: cell("evidence")
                .split(';')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(str::to_string)
                .collect(),
        });
        ledger.lines.push(line);
        ledger.starts.push(starts.to_vec());
    }
}

/// Owns the values in columns without a known name on `line` (those under a column whose name
/// was reported as unknown are not reported again).
fn unnamed_cell_problems(
    path: &Path,
    record: &csv::StringRecord,
    names: &[Header],
    (line, starts): (usize, &[usize]),
    problems: &mut Problems,
) {
    let cell_at = |column: usize| Some(cell_location(line, starts, column));
    for (index, cell) in record.iter().enumerate() {
        let unnamed = names.get(index).is_none_or(|name| *name == Header::Blank);
        if unnamed && !cell.trim().is_empty() {
            problems.push(
                Diagnostic::new(path, say!("ledger-unnamed-cell"))
                    .at(cell_at(index))
                    .with_help(say!("ledger-unnamed-cell-help")),
            );
        }
    }
}

/// A required vocabulary cell: its value, or what is wrong with it (when empty, the message
/// `missing` says so).
fn required<T>(
    text: &str,
    missing: &str,
    parse: impl Fn(&str) -> Option<T>,
    unknown: impl Fn(&str) -> String,
    all: impl Fn() -> Vec<&'static str>,
) -> Result<T, String> {
    if text.is_empty() {
        // The values are listed here too, as the help says to use one of them.
        Err(say!(missing, valid = all().join(", ")))
    } else {
        parse(text).ok_or_else(|| unknown(text))
    }
}

/// What a cell of the header row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    /// One of [`COLUMNS`].
    Known(&'static str),
    /// An unknown or repeated name, reported: the column's values are ignored.
    Reported,
    /// Nothing: the column's cells must be empty.
    Blank,
}

/// The header row: what each of its cells names. `None` when the file cannot be read as a
/// ledger: a required column is missing, or the file is not comma-separated.
fn read_header(
    path: &Path,
    record: &csv::StringRecord,
    (line, starts): (usize, &[usize]),
    problems: &mut Problems,
) -> Option<Vec<Header>> {
    let at = |column: usize| Some(cell_location(line, starts, column));
    if record.len() == 1 && record.get(0).is_some_and(|cell| cell.contains([';', '\t'])) {
        problems.push(
            Diagnostic::new(path, say!("ledger-header-not-comma-separated"))
                .at(at(0))
                .with_help(say!("ledger-header-not-comma-separated-help")),
        );
        return None;
    }
    let mut names = Vec::with_capacity(record.len());
    for (index, cell) in record.iter().enumerate() {
        let typed = cell.trim().to_lowercase().replace([' ', '-'], "_");
        if typed.is_empty() {
            names.push(Header::Blank);
            continue;
        }
        let Some(&name) = COLUMNS.iter().find(|name| **name == typed) else {
            problems.push(
                Diagnostic::new(path, say!("ledger-unknown-column", name = shorten(cell.trim())))
                    .at(at(index))
                    .with_help(say!(
                        "ledger-unknown-column-help",
                        valid = nearest(&typed, COLUMNS).join(", ")
                    )),
            );
            names.push(Header::Reported);
            continue;
        };
        if names.contains(&Header::Known(name)) {
            problems.push(
                Diagnostic::new(path, say!("ledger-column-twice", name = name))
                    .at(at(index))
                    .with_help(say!("ledger-column-twice-help")),
            );
            names.push(Header::Reported);
            continue;
        }
        names.push(Header::Known(name));
    }
    let missing: Vec<&str> = REQUIRED_COLUMNS
        .into_iter()
        .filter(|name| !names.contains(&Header::Known(name)))
        .collect();
    for name in &missing {
        problems.push(
            Diagnostic::new(path, say!("ledger-missing-column", name = *name))
                .at(at(0))
                .with_help(say!(
                    "ledger-missing-column-help",
                    required = REQUIRED_COLUMNS.join(", ")
                )),
        );
    }
    missing.is_empty().then_some(names)
}

/// The text of the CSV file at `path`, refused when too large, binary or not UTF-8.
fn read_text(path: &Path, problems: &mut Problems) -> Option<String> {
    let too_large = || {
        Diagnostic::new(
            path,
            say!(
                "ledger-csv-too-large",
                limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
            ),
        )
        .with_help(say!("ledger-csv-too-large-help"))
    };
    // Opening a named pipe would wait for a writer: only files on disk are read, and one larger
    // than the limit is refused before it is read.
    match fs::metadata(path) {
        Ok(metadata) if !metadata.is_file() => {
            problems.push(
                Diagnostic::new(path, say!("ledger-csv-not-regular")).with_help(say!("ledger-csv-not-regular-help")),
            );
            return None;
        }
        Ok(metadata) if metadata.len() > MAX_FILE_BYTES => {
            problems.push(too_large());
            return None;
        }
        _ => {}
    }
    let mut bytes = Vec::new();
    let read = fs::File::open(path).and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    if let Err(error) = read {
        problems.push(Diagnostic::new(
            path,
            say!("ledger-csv-read-error", error = crate::i18n::io_reason(&error)),
        ));
        return None;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        problems.push(too_large());
        return None;
    }
    if super::encoding::is_utf16(&bytes) {
        problems.push(Diagnostic::new(path, say!("ledger-csv-utf16")).with_help(say!("ledger-csv-save-as-utf8-help")));
        return None;
    }
    if bytes.contains(&0) {
        problems.push(Diagnostic::new(path, say!("ledger-csv-binary")).with_help(say!("ledger-csv-binary-help")));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
            let location = LineIndex::new(&prefix).locate(&prefix, valid);
            problems.push(
                Diagnostic::new(path, say!("ledger-csv-not-utf8"))
                    .at(Some(location))
                    .with_help(say!("ledger-csv-save-as-utf8-help")),
            );
            None
        }
    }
}

/// `text` cut to a length that fits in a one-line message.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    // On one line: a message quotes it inside its `file:line:col` line.
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let text = text.as_str();
    if text.chars().count() <= LIMIT {
        text.to_string()
    } else {
        let cut: String = text.chars().take(LIMIT).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cells_column_counts_characters_and_skips_commas_in_quotes() {
        assert_eq!(cell_starts("S1,academia,accepted"), vec![1, 4, 13]);
        assert_eq!(
            cell_starts("\nS-01,\"Which?, Ltd\",acad\u{e9}mia,x\r\n"),
            vec![1, 6, 20, 29]
        );
        // A quoted cell over two lines: the cells after its line break are on another line.
        assert_eq!(cell_starts("S1,\"a\nb\",c"), vec![1, 4]);
        // A quote inside an unquoted cell is a character; two in a quoted cell are one.
        assert_eq!(cell_starts("S1,Ban 5\" screens,bogus"), vec![1, 4, 19]);
        assert_eq!(cell_starts("S1,\"He said \"\"no\"\"\",x"), vec![1, 4, 21]);
        assert_eq!(cell_location(3, &[1, 4], 1).column, 4);
        assert_eq!(cell_location(3, &[1, 4], 5).column, 6);
    }

    fn entry(id: &str, disposition: Disposition, merged_into: Option<&str>) -> Submission {
        Submission {
            id: id.to_string(),
            submitter: None,
            group: SubmitterGroup::Unknown,
            provision: None,
            asked: None,
            disposition,
            merged_into: merged_into.map(str::to_string),
            reason: None,
            reason_text: None,
            submitted: None,
            responded: None,
            reflected_in: None,
            evidence: Vec::new(),
        }
    }

    #[test]
    fn text_after_the_quote_that_closes_a_cell_is_found() {
        use super::text_after_closing_quote as after;
        assert_eq!(after("S1,a,\"He said \"no\" to it\"\n"), Some((15, 2)));
        assert_eq!(after("S1,\"Fund research\" now,x\n"), Some((19, 1)));
        // Doubled quotes, spaces before the comma, quotes inside an unquoted cell, line breaks
        // in a quoted cell: all fine.
        assert_eq!(after("S1,\"ok \"\"quoted\"\" fine\" ,x\r\n"), None);
        assert_eq!(after("S1,Org \"G\",x\n"), None);
        assert_eq!(after("S1,\"multi\nline\",x"), None);
        assert_eq!(after("\nS1,\"a\""), None);
    }

    #[test]
    fn groups_are_the_stakeholder_groups_plus_two() {
        for group in StakeholderGroup::ALL {
            let ours = SubmitterGroup::from(*group);
            assert_eq!((ours.id(), ours.label()), (group.id(), group.label()));
            assert_eq!(ours.stakeholder(), Some(*group));
        }
        assert_eq!(SubmitterGroup::ALL.len(), StakeholderGroup::ALL.len() + 2);
        assert_eq!(SubmitterGroup::Individual.stakeholder(), None);
    }

    #[test]
    fn unknown_values_list_the_nearest_first() {
        assert_eq!(
            Disposition::unknown("rejectd"),
            "unknown disposition `rejectd`; valid values, nearest first: rejected, accepted, merged, \
             deferred, withdrawn, not-answered, partially-accepted, out-of-scope"
        );
        assert!(Reason::parse("none-given").is_some_and(|reason| !reason.is_legitimate()));
        assert_eq!(Reason::ALL.iter().filter(|reason| reason.is_legitimate()).count(), 8);
    }

    #[test]
    fn outcomes_follow_merge_chains_and_stop_at_loops() {
        let entries = [
            entry("a", Disposition::Accepted, None),
            entry("b", Disposition::Merged, Some("c")),
            entry("c", Disposition::Merged, Some("a")),
            entry("d", Disposition::Merged, Some("e")),
            entry("e", Disposition::Merged, Some("d")),
            entry("f", Disposition::Merged, Some("nowhere")),
            entry("g", Disposition::Merged, Some("d")),
        ];
        assert_eq!(
            outcome_indices(&entries),
            [Some(0), Some(0), Some(0), None, None, None, None]
        );
        // A long chain resolves in linear time.
        let mut chain: Vec<Submission> = (0..100_000)
            .map(|n| entry(&n.to_string(), Disposition::Merged, Some(&(n + 1).to_string())))
            .collect();
        chain.push(entry("100000", Disposition::Rejected, None));
        assert!(outcome_indices(&chain).iter().all(|at| *at == Some(100_000)));
    }
}
