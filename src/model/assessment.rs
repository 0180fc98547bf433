//! Assessment files: the proposal being judged, who judged it, and the answer to each question,
//! read from TOML and checked against the rubrics they answer.

use std::fmt;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::value::Datetime;

use super::catalog::RubricSet;
use super::consultation::Consultation;
use super::ids::{QuestionId, nearest};
use super::rubric::{Dimension, Rubric};
use super::toml_file::TomlFile;
use super::upgrade::{self, Upgrade};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::say;

/// The assessment format this version writes: answers to the third-edition rubrics (3.x), with
/// the assessors' findings, the provisions they rest on and the mechanisms found.
pub const ASSESSMENT_SCHEMA_VERSION: u32 = 3;

/// Every assessment format this version reads. A file of an earlier edition (answers to rubrics
/// 1.x or 2.x) is upgraded in memory as it loads; `impact-brief migrate` rewrites it.
pub const ASSESSMENT_SCHEMA_VERSIONS: std::ops::RangeInclusive<u32> = 1..=ASSESSMENT_SCHEMA_VERSION;

/// The rubrics an assessment answers when its file does not say.
pub const DEFAULT_RUBRICS: [&str; 3] = ["openness", "inclusiveness", "transparency"];

/// One assessment of one legislative proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Format version: 3, answers to the rubrics 3.x. A file with 1 or 2 (rubrics 1.x or 2.x)
    /// still loads, upgraded in memory; `impact-brief migrate FILE` rewrites it.
    // Accepted: ASSESSMENT_SCHEMA_VERSIONS.
    pub schema_version: u32,
    /// Ids of the rubrics answered, e.g. ["openness", "transparency"]; all three built-in ones
    /// (openness, inclusiveness, transparency) when absent.
    // Absent: DEFAULT_RUBRICS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubrics: Option<Vec<String>>,
    /// The proposal being assessed.
    pub proposal: Proposal,
    /// Who assessed it, when, and how final the assessment is.
    #[serde(default, skip_serializing_if = "AssessmentInfo::is_empty")]
    pub assessment: AssessmentInfo,
    /// Answers by rubric id, then by question id: `[answers.openness.participation]`.
    // The schema lists the built-in rubrics' questions (model::schema); file order is kept.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    #[schemars(with = "std::collections::BTreeMap<String, std::collections::BTreeMap<String, Answer>>")]
    pub answers: IndexMap<String, IndexMap<String, Answer>>,
    /// The consultation on the proposal and what was done with each submission to it: dates,
    /// channels, and the submissions as `[[consultation.submissions]]` tables or a CSV file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultation: Option<Consultation>,
    /// For calibration cases: the published conclusion this assessment should reproduce.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expectation>,
    /// What upgrading a first-edition file in memory did, when it was one.
    #[serde(skip)]
    pub upgrade: Option<Upgrade>,
    /// Where the file's `#:schema` comment points editors (see [`super::schema`]): read from the
    /// file's header and written again as its first line by [`Assessment::to_toml`].
    #[serde(skip)]
    pub schema_directive: Option<String>,
}

/// The outcome a published analysis reached, so a test can check the tool reaches it too.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The rating the effect should get: protective, low-risk, harmful, serious-harm,
    /// no-effect-found or insufficient-evidence (the band names strong, adequate, weak and
    /// serious-concerns are read as the same bands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<String>,
    /// True for a measure the published analysis praised.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub praised: bool,
    /// Full question ids each of which must be among the red flags or main concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concerns: Vec<String>,
    /// The published conclusion, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The legislative proposal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// Name of the proposal (required; an empty title is reported).
    #[serde(default)]
    pub title: String,
    /// What kind of measure it is: a law (the default), a regulation, a request to a global
    /// body, a private network's action, a non-binding text ... Advice names it accordingly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProposalKind>,
    /// Country or region, or several for a measure that spans them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
    /// Official reference, such as a bill number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// How far the proposal has come.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// Date the proposal was introduced or published, without quotes: 2021-05-12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub introduced: Option<Datetime>,
    /// Where the text can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Markdown: what the proposal does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Markdown: background and assumptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// Where a proposal applies: one place, or several.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Jurisdiction {
    /// One country or region.
    One(String),
    /// Several, e.g. a treaty's parties or a union and its members.
    Many(Vec<String>),
}

impl Jurisdiction {
    /// The names, trimmed, without empty ones.
    pub fn names(&self) -> Vec<String> {
        let names: Vec<&String> = match self {
            Jurisdiction::One(name) => vec![name],
            Jurisdiction::Many(names) => names.iter().collect(),
        };
        names
            .into_iter()
            .map(|name| name.trim().to_string())
            .filter(|name| !name.is_empty())
            .collect()
    }
}

impl From<&str> for Jurisdiction {
    fn from(name: &str) -> Self {
        Jurisdiction::One(name.to_string())
    }
}

/// Who made the assessment, and when.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentInfo {
    /// Names of the assessors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessors: Vec<String>,
    /// The stakeholder group the assessors speak for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholder_group: Option<StakeholderGroup>,
    /// Date of the assessment, without quotes: 2026-11-20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<super::schema::TomlDate>")]
    pub date: Option<Datetime>,
    /// Draft or final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReviewStatus>,
    /// The assessors drafted or proposed the text they assess (a ministry on its own bill): a
    /// panel names them as such, and gives its agreement without their assessment as well.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drafter: bool,
    /// The edition the answers were first given in, when `migrate` upgraded the file: until the
    /// questions the upgrade left open are answered, the effect rating is provisional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgraded_from: Option<u32>,
    /// The language of the brief: en, fr, es or pt (`--lang` overrides it). English when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    /// The language the assessors wrote their text in, kept when `--lang` asks for the brief in
    /// another (see [`crate::cli::LangArgs::apply`]): the PDF sets their text in it, so that it
    /// is hyphenated and read aloud as that language.
    #[serde(skip)]
    #[schemars(skip)]
    pub written_in: Option<crate::i18n::Lang>,
}

impl AssessmentInfo {
    /// Nothing said: a file without an `[assessment]` table is written without one.
    fn is_empty(&self) -> bool {
        *self == AssessmentInfo::default()
    }
}

/// The answer to one question: a level, or a status saying why there is none (not both).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("not" = { "required": ["level", "status"] }))]
pub struct Answer {
    /// The chosen level, 0 the worst; leave it out when `status` says why there is none.
    // Kept signed so that a negative level gets a clear message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub level: Option<i64>,
    /// Instead of a level: why there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AnswerStatus>,
    /// One sentence in the assessors' words: what this proposal does here. Page 1 quotes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// The clauses the finding rests on, e.g. ["s. 5(2)", "art. 12"].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provisions: Vec<String>,
    /// Effect questions: ids of the question's mechanisms (harms and safeguards) the proposal has.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mechanisms: Vec<String>,
    /// Markdown: why this level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// Clauses, documents and links supporting the answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// Markdown: the assessor's own advice, which replaces the rubric's generic recommendation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<String>,
    /// Full ids of other questions whose advice also answers this one (`openness.reachability`),
    /// for an effect that comes from what those questions judge: the brief prints this answer
    /// beside their advice rather than advice of its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = r"^[a-z0-9-]+\.[a-z0-9-]+$")))]
    pub advice_under: Vec<String>,
    /// `true` on the one finding the assessors would put first: it leads page 1's list it is in,
    /// and its advice leads the next steps, whatever the order of concern would say. An answer
    /// with a level only; with several, the first in the file leads.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lead: bool,
}

/// Why an answer has no level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStatus {
    /// Applicable, but the assessor could not judge it yet.
    Unknown,
    /// Does not apply to this proposal; excluded from scores.
    NotApplicable,
    /// Effect questions only: the assessor looked and found no effect. Counts toward coverage,
    /// not toward the score, and is never a strength.
    NotAffected,
    /// Effect questions only: left unticked at the screening step, so judged untouched at a
    /// glance, not examined. Counts like not affected, and is printed as screened out.
    ScreenedOut,
}

impl AnswerStatus {
    /// The id written in files.
    pub fn id(self) -> &'static str {
        match self {
            AnswerStatus::Unknown => "unknown",
            AnswerStatus::NotApplicable => "not-applicable",
            AnswerStatus::NotAffected => "not-affected",
            AnswerStatus::ScreenedOut => "screened-out",
        }
    }
}

/// Ids, labels and ordering shared by the small closed vocabularies of the file format.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($(#[$vmeta:meta])* $variant:ident = $id:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every value, in the order offered to users.
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

            /// The value whose id is exactly `id` (as a view-model holds it).
            pub fn parse(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|value| value.id() == id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

vocabulary! {
    /// How far a proposal has come through the legislative process.
    Stage, "stage-" {
        /// A request or call for legislation (e.g. from a regulator or a petition), no text yet.
        Request = "request", "Request";
        /// An idea or announcement, no text yet.
        Idea = "idea", "Idea";
        /// A draft text.
        Draft = "draft", "Draft";
        /// Open for public consultation.
        Consultation = "consultation", "In consultation";
        /// Before the legislature.
        InLegislature = "in-legislature", "In the legislature";
        /// Adopted, not yet in force.
        Adopted = "adopted", "Adopted";
        /// In force.
        InForce = "in-force", "In force";
        /// Withdrawn by those who proposed it.
        Withdrawn = "withdrawn", "Withdrawn";
        /// Rejected by the legislature, a court or a referendum.
        Rejected = "rejected", "Rejected";
    }
}

vocabulary! {
    /// What kind of measure a proposal is; advice and level texts name it accordingly.
    ProposalKind, "kind-" {
        /// An act of a legislature, or a bill.
        Law = "law", "Law";
        /// Secondary rules: a regulation, ordinance, rules or directions of a regulator.
        Regulation = "regulation", "Regulation";
        /// An executive order or decree.
        Decree = "decree", "Decree";
        /// A binding agreement between states.
        Treaty = "treaty", "Treaty";
        /// An order of a court.
        CourtOrder = "court-order", "Court order";
        /// A request to a global body (ICANN, a Regional Internet Registry, the IETF, the ITU ...).
        Request = "request", "Request to a global body";
        /// An action or policy of a private network, platform or infrastructure provider.
        PrivateNetwork = "private-network", "Action of a private network";
        /// A non-binding text of governments or of many stakeholders: a declaration, statement,
        /// compact, resolution.
        NonBinding = "non-binding", "Non-binding declaration or statement";
    }
}

impl ProposalKind {
    /// How advice in `lang` names a measure of this kind ("la loi"), from `measure-<id>`.
    pub fn measure_in(self, lang: crate::i18n::Lang) -> &'static str {
        crate::words::word_of(lang, "measure-", self.id())
    }

    /// How advice names a measure of this kind: "the law", "the request".
    pub fn measure(self) -> &'static str {
        match self {
            ProposalKind::Law => "the law",
            ProposalKind::Regulation => "the regulation",
            ProposalKind::Decree => "the decree",
            ProposalKind::Treaty => "the treaty",
            ProposalKind::CourtOrder => "the order",
            ProposalKind::Request => "the request",
            ProposalKind::PrivateNetwork => "the network's policy",
            ProposalKind::NonBinding => "the declaration",
        }
    }
}

vocabulary! {
    /// The stakeholder groups of Internet governance (WSIS, NETmundial).
    StakeholderGroup, "group-" {
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
    }
}

vocabulary! {
    /// Whether an assessment is still being worked on.
    ReviewStatus, "review-" {
        /// Work in progress.
        Draft = "draft", "Draft";
        /// Reviewed and final.
        Final = "final", "Final";
    }
}

/// The keys of an answer's table, which an `[answers.RUBRIC]` table holding them lacks its
/// question's id.
const ANSWER_KEYS: &[&str] = &[
    "level",
    "status",
    "finding",
    "provisions",
    "mechanisms",
    "rationale",
    "evidence",
    "recommendation",
    "advice_under",
    "lead",
];

impl Assessment {
    /// The answer the assessors chose to lead with (`lead = true`): the first in the file that
    /// has a level.
    pub fn lead(&self) -> Option<QuestionId> {
        self.answers.iter().find_map(|(rubric, answers)| {
            answers
                .iter()
                .find(|(_, answer)| answer.lead && answer.level.is_some())
                .map(|(question, _)| QuestionId::new(rubric, question))
        })
    }

    /// Makes `lead` the one answer the assessors lead with, or none: every other answer's
    /// `lead` is taken off, as only one finding can come first.
    pub fn set_lead(&mut self, lead: Option<&QuestionId>) {
        for (rubric, answers) in &mut self.answers {
            for (question, answer) in answers.iter_mut() {
                answer.lead = lead.is_some_and(|lead| lead.rubric() == rubric && lead.question() == question);
            }
        }
    }

    /// The language its brief is written in.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.assessment.language.unwrap_or_default()
    }

    /// The language its own text (findings, rationales, the proposal) is written in.
    pub fn text_lang(&self) -> crate::i18n::Lang {
        self.assessment.written_in.unwrap_or_else(|| self.lang())
    }

    /// Asks for its brief in `lang`, keeping the language its own text is written in.
    pub fn brief_in(&mut self, lang: crate::i18n::Lang) {
        let written_in = self.text_lang();
        self.assessment.written_in = Some(written_in);
        self.assessment.language = Some(lang);
    }

    /// A new, empty assessment of a proposal titled `title`.
    pub fn new(title: impl Into<String>) -> Self {
        Assessment {
            schema_version: ASSESSMENT_SCHEMA_VERSION,
            rubrics: None,
            proposal: Proposal {
                title: title.into(),
                ..Proposal::default()
            },
            assessment: AssessmentInfo::default(),
            answers: IndexMap::new(),
            consultation: None,
            expect: None,
            upgrade: None,
            schema_directive: None,
        }
    }

    /// Parses an assessment file and checks it against `rubrics`, returning every problem. A
    /// consultation ledger kept in a CSV file beside it is read and checked too; its problems
    /// come after the file's own.
    pub fn from_file(file: &TomlFile, rubrics: &RubricSet) -> Result<Assessment, Vec<Diagnostic>> {
        let doubled = file.list_headers_of_tables(&["proposal", "assessment", "consultation", "expect", "answers"]);
        if !doubled.is_empty() {
            return Err(doubled);
        }
        let (mut assessment, mut problems) =
            file.parse_versioned("assessment", ASSESSMENT_SCHEMA_VERSIONS, |assessment: &Assessment| {
                assessment.schema_version
            });
        let mut last = None;
        if let Some(assessment) = &mut assessment {
            if assessment.schema_version < ASSESSMENT_SCHEMA_VERSION {
                let report = upgrade::upgrade(assessment, rubrics);
                assessment.upgrade = Some(report);
            }
            problems.extend(assessment.problems(file, rubrics));
            if let Some(consultation) = &mut assessment.consultation {
                let (found, more) = consultation.load_and_check(file);
                problems.extend(found);
                last = more;
            }
            assessment.schema_directive = super::schema::directive_in(&file.text).map(str::to_string);
        }
        // `[answers.openness]` over an answer's keys: one problem at the header, rather than
        // one for each key, each read as a question.
        // Looked for only when there are problems (it reads the file again): such a table always
        // makes some.
        let keyless = if problems.is_empty() {
            Vec::new()
        } else {
            file.answer_tables_without_question(ANSWER_KEYS)
        };
        if !keyless.is_empty() {
            problems.retain(|problem| {
                problem.file != file.path
                    || !problem
                        .location
                        .is_some_and(|at| keyless.iter().any(|(lines, _)| lines.contains(&at.line)))
            });
            problems.extend(keyless.into_iter().map(|(_, diagnostic)| diagnostic));
            assessment = None;
        }
        // The assessment file's problems first, then the CSV file's, each in file order; what is
        // said of a whole file (that more may follow) after its lines.
        problems.sort_by_key(|problem| {
            (
                problem.file != file.path,
                problem.location.map_or((usize::MAX, 0), |at| (at.line, at.column)),
            )
        });
        problems.extend(last);
        match assessment {
            Some(assessment) if problems.is_empty() => Ok(assessment),
            _ => Err(problems),
        }
    }

    /// Reads the assessment file at `path` and checks it against `rubrics`.
    pub fn load(path: &std::path::Path, rubrics: &RubricSet) -> Result<Assessment, Diagnostics> {
        let file = read_assessment_file(path)?;
        Assessment::from_file(&file, rubrics).map_err(Diagnostics)
    }

    /// The file text: the assessment as TOML, answers in rubric order, after the `#:schema`
    /// directive when it has one (other comments are not kept).
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        let body = toml::to_string(self)?;
        Ok(match &self.schema_directive {
            Some(target) => super::schema::directive_line(target) + &body,
            None => body,
        })
    }

    /// Ids of the rubrics this assessment answers.
    pub fn rubric_ids(&self) -> Vec<&str> {
        match &self.rubrics {
            Some(ids) => ids.iter().map(String::as_str).collect(),
            None => DEFAULT_RUBRICS.to_vec(),
        }
    }

    /// The answer to the question with full id `rubric.question`.
    pub fn answer(&self, rubric: &str, question: &str) -> Option<&Answer> {
        self.answers.get(rubric)?.get(question)
    }

    /// Takes back the answer to `rubric.question`, if there is one.
    pub fn remove_answer(&mut self, rubric: &str, question: &str) -> Option<Answer> {
        self.answers.get_mut(rubric)?.shift_remove(question)
    }

    /// Sets the answer to a question, keeping the other answers where they are.
    pub fn set_answer(&mut self, rubric: &str, question: &str, answer: Answer) {
        self.answers
            .entry(rubric.to_string())
            .or_default()
            .insert(question.to_string(), answer);
    }

    /// Every mistake in the content, after the TOML itself parsed.
    fn problems(&self, file: &TomlFile, rubrics: &RubricSet) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        // A title of the wrong type (`title = 5`) was reported as such and left out: it is not
        // also a missing one. (Asked only of an empty title: finding spans parses the file again.)
        let title_mistyped = || {
            file.written_value(&["proposal", "title"])
                .is_some_and(|value| !value.starts_with(['"', '\'']))
        };
        // Nor is a title under a misspelt key (`titre = "…"`), reported as an unknown key that
        // names `title`.
        let title_misspelt = || {
            toml::from_str::<toml::Table>(&file.text).is_ok_and(|table| {
                table
                    .get("proposal")
                    .and_then(toml::Value::as_table)
                    .is_some_and(|proposal| proposal.keys().any(|key| super::toml_file::is_slip(key, "title")))
            })
        };
        if self.proposal.title.trim().is_empty() && !title_mistyped() && !title_misspelt() {
            let span = file
                .key_span(&["proposal", "title"])
                .or_else(|| file.key_span(&["proposal"]));
            problems.push(
                file.diagnostic_at(span, say!("ui-file-no-title"))
                    .with_help(say!("ui-file-no-title-help")),
            );
        }
        for (key, text) in [
            (["proposal", "title"], Some(&self.proposal.title)),
            (["proposal", "reference"], self.proposal.reference.as_ref()),
            (["proposal", "url"], self.proposal.url.as_ref()),
            (["proposal", "summary"], self.proposal.summary.as_ref()),
            (["proposal", "context"], self.proposal.context.as_ref()),
        ] {
            if let Some(problem) = too_long(file, &key, text) {
                problems.push(problem);
            }
        }
        // The lines of page 1's table that may hold several names, each as long as one line and
        // reported at its entry of the list.
        let mut name_too_long = |path: &[&str], name: &String| {
            problems.extend(too_long(file, path, Some(name)));
        };
        match &self.proposal.jurisdiction {
            Some(Jurisdiction::One(name)) => name_too_long(&["proposal", "jurisdiction"], name),
            Some(Jurisdiction::Many(names)) => {
                for (index, name) in names.iter().enumerate() {
                    name_too_long(&["proposal", "jurisdiction", &index.to_string()], name);
                }
            }
            None => {}
        }
        for (index, name) in self.assessment.assessors.iter().enumerate() {
            name_too_long(&["assessment", "assessors", &index.to_string()], name);
        }
        for (key, date) in [
            (["proposal", "introduced"], &self.proposal.introduced),
            (["assessment", "date"], &self.assessment.date),
        ] {
            if let Some(date) = date.as_ref().filter(|date| calendar_date(date).is_none()) {
                problems.push(
                    file.diagnostic_at(
                        file.value_span(&key),
                        say!("ui-file-not-a-date", key = key[1], date = date.to_string()),
                    )
                    .with_help(say!("ui-file-date-help")),
                );
            }
        }
        let selected = self.rubric_ids();
        if selected.is_empty() {
            problems.push(
                file.diagnostic_at(file.value_span(&["rubrics"]), say!("ui-file-no-rubric"))
                    .with_help(say!("ui-file-no-rubric-help", example = DEFAULT_RUBRICS[0])),
            );
        }
        for (index, id) in selected.iter().enumerate() {
            let span = || file.value_span(&["rubrics", &index.to_string()]);
            if rubrics.get(id).is_none() {
                problems.push(
                    file.diagnostic_at(span(), say!("ui-file-unknown-rubric", id = *id))
                        .with_help(say!(
                            "ui-file-unknown-rubric-help",
                            known = nearest(id, rubrics.ids()).join(", ")
                        )),
                );
            } else if selected[..index].contains(id) {
                problems.push(
                    file.diagnostic_at(span(), say!("ui-file-rubric-twice", id = *id))
                        .with_help(say!("ui-file-rubric-twice-help")),
                );
            }
        }
        for (rubric_id, answers) in &self.answers {
            let Some(rubric) = rubrics
                .get(rubric_id)
                .filter(|_| selected.contains(&rubric_id.as_str()))
            else {
                let candidates = selected.iter().copied().filter(|id| rubrics.get(id).is_some());
                let help = if rubrics.get(rubric_id).is_some() {
                    say!("ui-file-answers-unlisted-rubric-help", id = rubric_id.as_str())
                } else {
                    say!(
                        "ui-file-answers-unknown-rubric-help",
                        known = nearest(rubric_id, candidates).join(", ")
                    )
                };
                problems.push(
                    file.diagnostic_at(
                        file.key_span(&["answers", rubric_id]),
                        say!("ui-file-answers-unknown-rubric", id = rubric_id.as_str()),
                    )
                    .with_help(help),
                );
                continue;
            };
            for (question_id, answer) in answers {
                // The level texts a problem quotes are those of the interface's language.
                let worded = rubrics
                    .in_language(crate::i18n::interface())
                    .get(rubric_id)
                    .unwrap_or(rubric);
                answer_problems(file, worded, question_id, answer, &mut problems);
                for (index, named) in answer.advice_under.iter().enumerate() {
                    let key = ["answers", rubric_id, question_id, "advice_under", &index.to_string()];
                    let own = QuestionId::new(rubric_id, question_id);
                    if *named == own.as_str() {
                        problems.push(
                            file.diagnostic_at(
                                file.value_span(&key),
                                say!("ui-file-advice-under-self", question = own.to_string()),
                            )
                            .with_help(say!("ui-file-advice-under-self-help")),
                        );
                    } else if let Some(unlisted) = QuestionId::parse(named)
                        .filter(|id| rubrics.question(id).is_some() && !selected.contains(&id.rubric()))
                    {
                        // A question of a rubric the assessment leaves out: the rubric is what to add.
                        problems.push(
                            file.diagnostic_at(
                                file.value_span(&key),
                                say!(
                                    "ui-file-advice-under-unlisted",
                                    question = own.to_string(),
                                    named = named.as_str(),
                                    rubric = unlisted.rubric()
                                ),
                            )
                            .with_help(say!("ui-file-advice-under-unlisted-help", rubric = unlisted.rubric())),
                        );
                    } else {
                        let message = || {
                            say!(
                                "ui-file-advice-under-unknown",
                                question = own.to_string(),
                                named = named.as_str()
                            )
                        };
                        problems.extend(unknown_question(file, rubrics, &selected, &key, named, message));
                    }
                }
            }
        }
        if let Some(expect) = &self.expect {
            // The expected effect is one of the ratings, by either of its names: a value that is
            // none would make the calibration it is for fail, or pass, for the wrong reason.
            if let Some(effect) = &expect.effect {
                let names: Vec<&str> = crate::scoring::Rating::ALL
                    .into_iter()
                    .flat_map(|rating| [rating.effect_key(), rating.key()])
                    .collect();
                if !names.contains(&effect.as_str()) {
                    let mut listed: Vec<&str> = crate::scoring::Rating::ALL
                        .into_iter()
                        .map(|r| r.effect_key())
                        .collect();
                    listed.dedup();
                    problems.push(
                        file.diagnostic_at(
                            file.value_span(&["expect", "effect"]),
                            say!("ui-file-unknown-effect", value = effect.as_str()),
                        )
                        .with_help(say!("ui-file-unknown-effect-help", known = listed.join(", "))),
                    );
                }
            }
            for (index, concern) in expect.concerns.iter().enumerate() {
                let key = ["expect", "concerns", &index.to_string()];
                let message = || say!("ui-file-unknown-concern", concern = concern.as_str());
                problems.extend(unknown_question(file, rubrics, &selected, &key, concern, message));
            }
        }
        problems
    }
}

/// The problem with a full question id written at `key` (an expected concern, a question named in
/// `advice_under`) that names no question of the assessment's rubrics, with the nearest ones.
fn unknown_question(
    file: &TomlFile,
    rubrics: &RubricSet,
    selected: &[&str],
    key: &[&str],
    written: &str,
    message: impl FnOnce() -> String,
) -> Option<Diagnostic> {
    let known =
        QuestionId::parse(written).is_some_and(|id| selected.contains(&id.rubric()) && rubrics.question(&id).is_some());
    if known {
        return None;
    }
    let all: Vec<String> = selected
        .iter()
        .filter_map(|id| rubrics.get(id))
        .flat_map(Rubric::question_ids)
        .map(|id| id.to_string())
        .collect();
    let nearest: Vec<&str> = nearest(written, all.iter().map(String::as_str))
        .into_iter()
        .take(5)
        .collect();
    Some(
        file.diagnostic_at(file.value_span(key), message())
            .with_help(say!("ui-file-nearest-questions", known = nearest.join(", "))),
    )
}

/// Whether `text` is written `YYYY-MM-DD`, digits and hyphens, whatever the numbers: a date in
/// form, which the calendar may still lack (2026-02-30).
pub fn has_date_shape(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(index, byte)| {
            if index == 4 || index == 7 {
                *byte == b'-'
            } else {
                byte.is_ascii_digit()
            }
        })
}

/// The calendar date a TOML date stands for; `None` for a date-time, a time, or a day the
/// calendar does not have (such as 2026-02-30).
pub fn calendar_date(value: &Datetime) -> Option<time::Date> {
    let date = value.date.filter(|_| value.time.is_none() && value.offset.is_none())?;
    let month = time::Month::try_from(date.month).ok()?;
    time::Date::from_calendar_date(i32::from(date.year), month, date.day).ok()
}

/// The name a new assessment file is given when `file` names a new file without an extension:
/// `file` with `.toml`, which `batch` and editors look for. `None` when `file` is used as it is
/// named (it exists, or has an extension).
pub fn with_toml_extension(file: &std::path::Path) -> Option<std::path::PathBuf> {
    if file.exists() || file.extension().is_some() || file.file_name().is_none() {
        return None;
    }
    let mut name = file.as_os_str().to_os_string();
    name.push(".toml");
    Some(name.into())
}

/// Reads an assessment file; a missing one gets the hint that `init` makes one.
pub fn read_assessment_file(path: &std::path::Path) -> Result<TomlFile, Diagnostic> {
    TomlFile::read(path).map_err(|problem| {
        // A name typed without its extension, as `init` and the wizard take it.
        let with_extension = path.with_extension("toml");
        // A link that leads nowhere exists, as a link: the problem already says where it leads.
        if path.exists() || path.is_symlink() {
            problem
        } else if path.extension().is_none() && with_extension.is_file() {
            problem.with_help(say!(
                "ui-file-did-you-mean",
                file = crate::markup::path_shown(&with_extension)
            ))
        } else if let Some(near) = near_name(path) {
            problem.with_help(say!("ui-file-did-you-mean", file = crate::markup::path_shown(&near)))
        } else {
            problem.with_help(say!("ui-file-no-such-file-help"))
        }
    })
}

/// The assessment file beside `path` whose name is nearest to the one typed, a slip or two away
/// (`pl2630.toml` for `pl-2630.toml`, `bil.toml` for `bill.toml`), where exactly one is.
fn near_name(path: &std::path::Path) -> Option<std::path::PathBuf> {
    let typed = path.file_stem()?.to_str()?.to_lowercase();
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => std::path::Path::new("."),
    };
    // A folder of thousands is not read for a hint.
    let entries = std::fs::read_dir(folder).ok()?.take(1_000);
    let mut near = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|candidate| {
            crate::model::toml_file::has_toml_extension(candidate)
                && candidate.is_file()
                && candidate
                    .file_stem()
                    .and_then(|stem| stem.to_str())
                    .is_some_and(|stem| {
                        let slips = if typed.chars().count() <= 4 { 1 } else { 2 };
                        strsim::osa_distance(&typed, &stem.to_lowercase()) <= slips
                    })
        });
    let first = near.next()?;
    if near.next().is_some() {
        return None;
    }
    // Named as the user named the folder, not as `read_dir` spells it (`./`).
    let name = first.file_name()?;
    Some(match path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        Some(parent) => parent.join(name),
        None => std::path::PathBuf::from(name),
    })
}

/// The longest title, in characters: a long official title is 250; a longer one cannot be set
/// on a title page or in a running head.
const MAX_TITLE_CHARS: usize = 500;
/// The longest reference, address, jurisdiction or assessor's name: one line of page 1's table,
/// as long as the longest title (a reference that lists several documents is 200).
const MAX_LINE_CHARS: usize = MAX_TITLE_CHARS;
/// The smallest of the limits below.
const SHORTEST_LIMIT: usize = MAX_TITLE_CHARS;
/// The longest item of evidence: a citation, or a web address (browsers and PDF readers follow
/// addresses of up to about 2,000 characters; the PDF cannot link a much longer one).
const MAX_EVIDENCE_CHARS: usize = 2_000;
/// The longest finding or recommendation: a sentence or a paragraph, quoted on page 1.
const MAX_FINDING_CHARS: usize = 5_000;
/// The longest summary, context or rationale: some 3,000 words, more than any brief needs, and
/// few enough that typesetting a file of them all stays within a few hundred megabytes (a text
/// of megabytes took gigabytes).
const MAX_TEXT_CHARS: usize = 20_000;

/// How much longer than a brief takes a text of field `field` (`title`, `summary`, `context`,
/// `finding`, `rationale`, `recommendation`) is: its length and the limit, in characters; `None`
/// when it fits or the field has no limit. For forms that refuse such a text before it is saved.
pub fn over_length(field: &str, text: &str) -> Option<(usize, usize)> {
    let limit = match field {
        "title" => MAX_TITLE_CHARS,
        "reference" | "url" | "jurisdiction" | "assessors" => MAX_LINE_CHARS,
        "finding" | "recommendation" => MAX_FINDING_CHARS,
        "evidence" => MAX_EVIDENCE_CHARS,
        "summary" | "context" | "rationale" => MAX_TEXT_CHARS,
        _ => return None,
    };
    debug_assert!(limit >= SHORTEST_LIMIT, "{field}: {limit}");
    // Bytes bound characters from above: most texts are decided without counting.
    if text.len() <= limit {
        return None;
    }
    let count = text.chars().count();
    (count > limit).then_some((count, limit))
}

/// A problem when `text`, at `key`, is longer than its field takes (see [`over_length`]).
fn too_long(file: &TomlFile, key: &[&str], text: Option<&String>) -> Option<Diagnostic> {
    // Bytes bound characters from above, and no field takes fewer than SHORTEST_LIMIT: most
    // texts are decided before their field is looked for.
    let text = text.filter(|text| text.len() > SHORTEST_LIMIT)?;
    // The key's name, not the index of a list's entry.
    let field = key
        .iter()
        .rev()
        .find(|part| part.parse::<usize>().is_err())
        .copied()
        .unwrap_or_default();
    let (count, limit) = over_length(field, text)?;
    Some(
        file.diagnostic_at(
            file.value_span(key),
            say!(
                "ui-file-too-long",
                field = field,
                count = crate::i18n::grouped(count, crate::i18n::interface()),
                limit = crate::i18n::grouped(limit, crate::i18n::interface())
            ),
        )
        .with_help(if field == "evidence" {
            say!("ui-file-too-long-evidence-help")
        } else {
            say!("ui-file-too-long-help")
        }),
    )
}

/// Checks one answer against its question: the id exists, the level is in range, and a level
/// and a status are not both given.
fn answer_problems(
    file: &TomlFile,
    rubric: &Rubric,
    question_id: &str,
    answer: &Answer,
    problems: &mut Vec<Diagnostic>,
) {
    let path = ["answers", rubric.id.as_str(), question_id];
    let Some(question) = rubric.question(question_id) else {
        let ids = rubric.questions.iter().map(|question| question.id.as_str());
        let valid: Vec<String> = nearest(question_id, ids)
            .iter()
            .map(|id| format!("{}.{id}", rubric.id))
            .collect();
        problems.push(
            file.diagnostic_at(
                file.key_span(&path),
                say!(
                    "ui-file-unknown-question",
                    question = format!("{}.{question_id}", rubric.id)
                ),
            )
            .with_help(say!("ui-file-unknown-question-help", known = valid.join(", "))),
        );
        return;
    };
    for (field, text) in [
        ("finding", answer.finding.as_ref()),
        ("rationale", answer.rationale.as_ref()),
        ("recommendation", answer.recommendation.as_ref()),
    ] {
        if let Some(problem) = too_long(file, &[path[0], path[1], path[2], field], text) {
            problems.push(problem);
        }
    }
    for (index, item) in answer.evidence.iter().enumerate() {
        let key = [path[0], path[1], path[2], "evidence", &index.to_string()];
        problems.extend(too_long(file, &key, Some(item)));
    }
    // Named only in problems, which most answers have none of.
    let full_id = || format!("{}.{question_id}", rubric.id);
    let max_level = question.levels.len().saturating_sub(1);
    if let Some(status @ (AnswerStatus::NotAffected | AnswerStatus::ScreenedOut)) = answer.status
        && question.dimension() != Dimension::Effect
    {
        problems.push(
            file.diagnostic_at(
                file.value_span(&[path[0], path[1], path[2], "status"]),
                say!("ui-file-status-process", question = full_id(), status = status.id()),
            )
            .with_help(say!("ui-file-status-process-help")),
        );
    }
    for (index, ticked) in answer.mechanisms.iter().enumerate() {
        if question.mechanism(ticked).is_some() {
            continue;
        }
        let at = file.value_span(&[path[0], path[1], path[2], "mechanisms", &index.to_string()]);
        let help = if question.mechanisms.is_empty() {
            say!("ui-file-no-mechanisms-help", question = full_id())
        } else {
            let ids = question.mechanisms.iter().map(|mechanism| mechanism.id.as_str());
            say!(
                "ui-file-mechanisms-nearest-help",
                question = full_id(),
                known = nearest(ticked, ids).join(", ")
            )
        };
        problems.push(
            file.diagnostic_at(
                at,
                say!(
                    "ui-file-unknown-mechanism",
                    mechanism = ticked.as_str(),
                    question = full_id()
                ),
            )
            .with_help(help),
        );
    }
    if let Some(level) = answer.level {
        // Spans are looked up only for problems: finding them costs a second parse.
        let at = || file.value_span(&[path[0], path[1], path[2], "level"]);
        if usize::try_from(level).map_or(true, |level| level > max_level) {
            problems.push(
                file.diagnostic_at(
                    at(),
                    say!(
                        "ui-file-level-out-of-range",
                        level = level.to_string(),
                        question = full_id()
                    ),
                )
                .with_help(say!(
                    "ui-file-level-out-of-range-help",
                    lowest = first_words(question.levels.first().map_or("", String::as_str)),
                    top = max_level.to_string(),
                    highest = first_words(question.levels.get(max_level).map_or("", String::as_str))
                )),
            );
        }
        if let Some(status) = answer.status {
            let status = status.id();
            problems.push(
                file.diagnostic_at(
                    at(),
                    say!("ui-file-level-and-status", question = full_id(), status = status),
                )
                .with_help(say!("ui-file-level-and-status-help")),
            );
        }
    }
}

/// The start of a level text, short enough for a one-line hint.
fn first_words(text: &str) -> String {
    crate::markup::first_words(text, 48)
}

/// How two assessments' proposals differ by title, reference or jurisdiction (ignoring case and
/// spacing), each difference said in the interface's language: empty when they assess the same
/// proposal.
pub fn proposal_differences(a: &Assessment, b: &Assessment) -> Vec<String> {
    let mut differences = Vec::new();
    let (a_title, b_title) = (a.proposal.title.as_str(), b.proposal.title.as_str());
    if normal(a_title) != normal(b_title) {
        differences.push(say!("ui-difference-title", old = a_title, new = b_title));
    }
    let (a_reference, b_reference) = (a.proposal.reference.as_deref(), b.proposal.reference.as_deref());
    if normal(a_reference.unwrap_or_default()) != normal(b_reference.unwrap_or_default()) {
        let none = say!("ui-difference-none");
        differences.push(say!(
            "ui-difference-reference",
            old = a_reference.unwrap_or(&none),
            new = b_reference.unwrap_or(&none)
        ));
    }
    // Two countries' bills can share a title (the UK's and Australia's Online Safety Acts). A
    // file that names no jurisdiction differs from none.
    let names = |assessment: &Assessment| {
        let jurisdiction = assessment.proposal.jurisdiction.as_ref()?;
        let mut names: Vec<String> = jurisdiction.names().iter().map(|name| normal(name)).collect();
        names.sort();
        (!names.is_empty()).then(|| (names, jurisdiction.names().join("; ")))
    };
    if let (Some((a_names, a_shown)), Some((b_names, b_shown))) = (names(a), names(b))
        && a_names != b_names
    {
        differences.push(say!("ui-difference-jurisdiction", old = a_shown, new = b_shown));
    }
    differences
}

/// Whether `a` and `b` answer the same rubrics, in whatever order they list them: `panel` and
/// `diff` compare only answers to the same questions.
pub fn same_rubrics(a: &Assessment, b: &Assessment) -> bool {
    let (mut a, mut b) = (a.rubric_ids(), b.rubric_ids());
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// A text with case and spacing set aside, for comparing names.
fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
