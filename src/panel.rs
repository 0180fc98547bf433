//! The panel brief: several assessments of one proposal by assessors of different stakeholder
//! groups, brought together without averaging dissent away. Each group is first reduced to its
//! own median answer, so a group that sent five people does not outvote a group that sent one;
//! the panel's answer is the median of the groups' (the lower middle on an even count, so the
//! panel is never kinder than half of its groups), scored by the normal rule. Agreement is
//! Krippendorff's alpha over the individual assessors; where the groups differ, every group's
//! level and words are shown side by side. Pure: assessments in, view-model out.

use serde::Serialize;

use crate::agreement::{Alpha, ordinal_alpha};
use crate::markup::UserText;
use crate::model::ids::QuestionId;
use crate::model::{Answer, AnswerStatus, Assessment, Dimension, Question, Rubric, RubricSet, StakeholderGroup};
use crate::report::Brief;
use crate::scoring::Rating;

/// How many questions the "where they agree" list names at most.
const AGREEMENT_ITEMS: usize = 10;

/// One member's assessment, with the file it came from.
#[derive(Debug, Clone)]
pub struct Member {
    /// The file, as the user named it (for messages; documents show its name only).
    pub file: String,
    /// The assessment.
    pub assessment: Assessment,
}

/// A complete panel brief: the consolidated brief, plus what the panel adds.
#[derive(Debug, Clone, Serialize)]
pub struct PanelBrief {
    /// The brief of the consolidated answers, in the shape of a single brief.
    #[serde(flatten)]
    pub brief: Brief,
    /// Who assessed, agreement, dissent.
    pub panel: PanelView,
}

/// What the panel adds to a brief.
#[derive(Debug, Clone, Serialize)]
pub struct PanelView {
    /// The groups that took part, in the usual order, each with its members.
    pub groups: Vec<GroupView>,
    /// The stakeholder groups with nobody on the panel.
    pub missing_groups: Vec<String>,
    /// Number of assessments.
    pub assessments: usize,
    /// Agreement over all questions.
    pub agreement: Alpha,
    /// Agreement per rubric.
    pub rubric_agreement: Vec<RubricAgreement>,
    /// Every question: the groups' levels, the spread and the consolidated answer.
    pub questions: Vec<PanelQuestion>,
    /// The questions the groups disagree on, widest spread first, with every group's words.
    pub disagreements: Vec<PanelQuestion>,
    /// Questions every group answered alike (a short list).
    pub agreements: Vec<PanelQuestion>,
    /// Red flags raised by any group, with the groups that raised them.
    pub red_flags: Vec<PanelFlag>,
    /// The rule, a sentence a line.
    pub rules: Vec<String>,
}

/// One stakeholder group on the panel.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    /// Group id (`civil-society`), or `unspecified`.
    pub id: String,
    /// Label ("Civil society").
    pub label: String,
    /// How many assessments it sent.
    pub members: usize,
    /// Who, by name and file name (never the folder, which may name a home folder).
    pub assessors: Vec<String>,
    /// Its own verdict: the brief of its median answers.
    pub rating: Rating,
    /// Rating key.
    pub rating_key: &'static str,
    /// Its own overall score, rounded.
    pub score_display: String,
    /// Its own score, unrounded.
    pub score: Option<f64>,
    /// Its effect and process ratings.
    pub dimensions: Vec<GroupDimension>,
    /// Its rubric ratings.
    pub rubrics: Vec<GroupDimension>,
    /// Questions none of its members has answered yet.
    pub unanswered: Vec<QuestionId>,
}

/// One rating of a group's own verdict.
#[derive(Debug, Clone, Serialize)]
pub struct GroupDimension {
    /// `effect`, `process` or a rubric id.
    pub id: String,
    /// Rating label (the band).
    pub rating: Rating,
    /// Rating key.
    pub rating_key: &'static str,
    /// The rating as its dimension names it: the effect's "Harmful" for the band Weak.
    pub verdict: &'static str,
    /// The key of `verdict`.
    pub verdict_key: &'static str,
    /// Rounded score.
    pub score_display: String,
}

/// Agreement within one rubric.
#[derive(Debug, Clone, Serialize)]
pub struct RubricAgreement {
    /// Rubric id.
    pub id: String,
    /// Rubric title.
    pub title: String,
    /// Krippendorff's alpha (ordinal) and what it rests on.
    pub alpha: Alpha,
}

/// One question across the panel.
#[derive(Debug, Clone, Serialize)]
pub struct PanelQuestion {
    /// Full id.
    pub id: QuestionId,
    /// Its rubric's title.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// `effect` or `process`.
    pub dimension: Dimension,
    /// Each group's answer, in group order.
    pub by_group: Vec<GroupAnswer>,
    /// Lowest group level (not-affected counted at the acceptable level).
    pub lowest: Option<u32>,
    /// Highest group level.
    pub highest: Option<u32>,
    /// `highest − lowest`; 0 when fewer than two groups answered.
    pub spread: u32,
    /// The panel's answer, as a brief shows it ("2 of 4", "Not affected", "Unknown").
    pub consolidated: String,
    /// The panel's level, when it is one.
    pub consolidated_level: Option<u32>,
}

/// One group's answer to one question.
#[derive(Debug, Clone, Serialize)]
pub struct GroupAnswer {
    /// Group label.
    pub group: String,
    /// Its median answer, as shown ("1 of 4", "Not affected", "Not answered").
    pub display: String,
    /// Its median level, when it has one.
    pub level: Option<u32>,
    /// The level text of that level.
    pub level_text: Option<String>,
    /// Every member's rationale, verbatim, each with who wrote it (in the JSON only).
    pub rationales: Vec<Rationale>,
    /// The group's words, quoted once in the documents: the rationale of a member whose own
    /// answer is the group's (or, when none of them wrote one, is nearest to it).
    pub quote: Option<Rationale>,
    /// The quoted member's own answer, when it has a level (or is "not affected") other than
    /// the group's.
    pub quote_answer: Option<String>,
    /// How many other members' rationales there are, in `rationales` only.
    pub unquoted: usize,
    /// The group's median is a red flag.
    pub red_flag: bool,
}

/// One member's rationale.
#[derive(Debug, Clone, Serialize)]
pub struct Rationale {
    /// Who wrote it.
    pub assessor: String,
    /// Their own answer, as shown ("1 of 4", "Not affected").
    pub answer: String,
    /// What they wrote (Markdown).
    pub text: UserText,
}

/// A red flag, with who raised it.
#[derive(Debug, Clone, Serialize)]
pub struct PanelFlag {
    /// Full id.
    pub question: QuestionId,
    /// Its rubric's title.
    pub rubric_title: String,
    /// The question.
    pub prompt: String,
    /// The groups whose median answer is a red flag.
    pub groups: Vec<String>,
}

/// Where one group stands on one question: a level, or "not affected" counted at the question's
/// acceptable level, which is where a finding of no effect sits among the levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Standing {
    value: u32,
    not_affected: bool,
}

impl PanelBrief {
    /// Brings the members' assessments together (they must answer the same rubrics of `rubrics`).
    pub fn of(members: &[Member], rubrics: &RubricSet) -> PanelBrief {
        let first = members.first().map(|member| &member.assessment);
        let ids: Vec<&str> = first.map(Assessment::rubric_ids).unwrap_or_default();
        let selected = rubrics.select(&ids);
        let groups = group_members(members);

        // The consolidated assessment: one answer per question, the median of the groups'.
        let mut consolidated = first.cloned().unwrap_or_else(|| Assessment::new("Panel"));
        consolidated.answers.clear();
        consolidated.upgrade = None;
        consolidated.assessment.stakeholder_group = None;
        consolidated.assessment.assessors = members
            .iter()
            .flat_map(|member| member.assessment.assessment.assessors.iter().cloned())
            .collect();
        let mut questions = Vec::new();
        let mut red_flags = Vec::new();
        for rubric in &selected {
            for question in &rubric.questions {
                let by_group: Vec<(String, Option<Standing>, Vec<&Member>)> = groups
                    .iter()
                    .map(|(label, group)| {
                        let standings: Vec<Standing> = group
                            .iter()
                            .filter_map(|member| standing(member.assessment.answer(&rubric.id, &question.id), question))
                            .collect();
                        (label.clone(), lower_median(&standings), group.clone())
                    })
                    .collect();
                let group_standings: Vec<Standing> = by_group.iter().filter_map(|(_, standing, _)| *standing).collect();
                let panel = lower_median(&group_standings);
                if let Some(answer) = panel.map(to_answer).or_else(|| status_of(&groups, rubric, question)) {
                    consolidated.set_answer(&rubric.id, &question.id, answer);
                }
                let id = QuestionId::new(&rubric.id, &question.id);
                let answers: Vec<GroupAnswer> = by_group
                    .iter()
                    .map(|(label, standing, group)| group_answer(label, *standing, group, rubric, question))
                    .collect();
                let flagged: Vec<String> = answers.iter().filter(|a| a.red_flag).map(|a| a.group.clone()).collect();
                if !flagged.is_empty() {
                    red_flags.push(PanelFlag {
                        question: id.clone(),
                        rubric_title: rubric.title.clone(),
                        prompt: question.prompt.trim().to_string(),
                        groups: flagged,
                    });
                }
                let values: Vec<u32> = group_standings.iter().map(|standing| standing.value).collect();
                let (lowest, highest) = (values.iter().min().copied(), values.iter().max().copied());
                questions.push(PanelQuestion {
                    id,
                    rubric_title: rubric.title.clone(),
                    prompt: question.prompt.trim().to_string(),
                    dimension: question.dimension(),
                    by_group: answers,
                    lowest,
                    highest,
                    spread: highest.zip(lowest).map_or(0, |(high, low)| high - low),
                    consolidated: display(panel, question),
                    consolidated_level: panel
                        .filter(|standing| !standing.not_affected)
                        .map(|standing| standing.value),
                });
            }
        }
        let brief = Brief::build(&selected, &consolidated);

        let mut disagreements: Vec<PanelQuestion> = questions.iter().filter(|q| q.spread > 0).cloned().collect();
        // Widest spread first; ties keep rubric order.
        disagreements.sort_by_key(|question| std::cmp::Reverse(question.spread));
        let agreements = questions
            .iter()
            .filter(|q| {
                q.spread == 0
                    && q.by_group
                        .iter()
                        .filter(|a| a.level.is_some() || a.display == "Not affected")
                        .count()
                        >= 2
            })
            .take(AGREEMENT_ITEMS)
            .cloned()
            .collect();

        let matrix = |rubric: Option<&str>| -> Vec<Vec<Option<u32>>> {
            selected
                .iter()
                .filter(|candidate| rubric.is_none_or(|id| candidate.id == id))
                .flat_map(|rubric| rubric.questions.iter().map(move |question| (rubric, question)))
                .map(|(rubric, question)| {
                    members
                        .iter()
                        .map(|member| {
                            member
                                .assessment
                                .answer(&rubric.id, &question.id)
                                .and_then(|answer| answer.level)
                                .and_then(|level| u32::try_from(level).ok())
                        })
                        .collect()
                })
                .collect()
        };
        let rubric_agreement = selected
            .iter()
            .map(|rubric| RubricAgreement {
                id: rubric.id.clone(),
                title: rubric.title.clone(),
                alpha: ordinal_alpha(&matrix(Some(&rubric.id))),
            })
            .collect();
        let present: Vec<&str> = groups.iter().map(|(label, _)| label.as_str()).collect();
        PanelBrief {
            brief,
            panel: PanelView {
                groups: groups
                    .iter()
                    .map(|(label, group)| group_view(label, group, &selected))
                    .collect(),
                missing_groups: StakeholderGroup::ALL
                    .iter()
                    .map(|group| group.label().to_string())
                    .filter(|label| !present.contains(&label.as_str()))
                    .collect(),
                assessments: members.len(),
                agreement: ordinal_alpha(&matrix(None)),
                rubric_agreement,
                questions,
                disagreements,
                agreements,
                red_flags,
                rules: rules(),
            },
        }
    }
}

/// The members by stakeholder group, in the usual order of the groups; members who named no
/// group form a group of their own at the end.
fn group_members(members: &[Member]) -> Vec<(String, Vec<&Member>)> {
    let mut groups: Vec<(String, Vec<&Member>)> = StakeholderGroup::ALL
        .iter()
        .map(|group| {
            let of_group: Vec<&Member> = members
                .iter()
                .filter(|member| member.assessment.assessment.stakeholder_group == Some(*group))
                .collect();
            (group.label().to_string(), of_group)
        })
        .filter(|(_, group)| !group.is_empty())
        .collect();
    let unspecified: Vec<&Member> = members
        .iter()
        .filter(|member| member.assessment.assessment.stakeholder_group.is_none())
        .collect();
    if !unspecified.is_empty() {
        groups.push(("No group named".to_string(), unspecified));
    }
    groups
}

fn standing(answer: Option<&Answer>, question: &Question) -> Option<Standing> {
    let answer = answer?;
    match (answer.level, answer.status) {
        (Some(level), None) => Some(Standing {
            value: u32::try_from(level).ok()?,
            not_affected: false,
        }),
        (None, Some(AnswerStatus::NotAffected)) => Some(Standing {
            value: question.acceptable_level(),
            not_affected: true,
        }),
        _ => None,
    }
}

/// The median, the lower of the two middle values on an even count: never kinder than half.
/// Between a level and "not affected" at the same value, the level wins (a finding is shown).
fn lower_median(standings: &[Standing]) -> Option<Standing> {
    let mut sorted = standings.to_vec();
    sorted.sort_by_key(|standing| (standing.value, standing.not_affected));
    let middle = sorted.len().checked_sub(1)? / 2;
    let value = sorted.get(middle)?.value;
    let level_there = sorted
        .iter()
        .any(|standing| standing.value == value && !standing.not_affected);
    Some(Standing {
        value,
        not_affected: !level_there,
    })
}

fn to_answer(standing: Standing) -> Answer {
    if standing.not_affected {
        Answer {
            status: Some(AnswerStatus::NotAffected),
            ..Answer::default()
        }
    } else {
        Answer {
            level: Some(i64::from(standing.value)),
            ..Answer::default()
        }
    }
}

/// The panel's answer where no group gave a level: not applicable when every answer says so,
/// unknown when any member marked it unknown, else no answer.
fn status_of(groups: &[(String, Vec<&Member>)], rubric: &Rubric, question: &Question) -> Option<Answer> {
    let statuses: Vec<AnswerStatus> = groups
        .iter()
        .flat_map(|(_, group)| group.iter())
        .filter_map(|member| member.assessment.answer(&rubric.id, &question.id)?.status)
        .collect();
    let status = if !statuses.is_empty() && statuses.iter().all(|status| *status == AnswerStatus::NotApplicable) {
        AnswerStatus::NotApplicable
    } else if statuses.contains(&AnswerStatus::Unknown) {
        AnswerStatus::Unknown
    } else {
        return None;
    };
    Some(Answer {
        status: Some(status),
        ..Answer::default()
    })
}

fn display(standing: Option<Standing>, question: &Question) -> String {
    match standing {
        Some(Standing { not_affected: true, .. }) => "Not affected".to_string(),
        Some(Standing { value, .. }) => format!("{value} of {}", question.max_level()),
        None => "Not answered".to_string(),
    }
}

fn group_answer(
    label: &str,
    standing: Option<Standing>,
    group: &[&Member],
    rubric: &Rubric,
    question: &Question,
) -> GroupAnswer {
    let level = standing
        .filter(|standing| !standing.not_affected)
        .map(|standing| standing.value);
    // Every member's words, each with how far its author's answer lies from the group's.
    let written: Vec<(u32, Option<Standing>, Rationale)> = group
        .iter()
        .filter_map(|member| {
            let answer = member.assessment.answer(&rubric.id, &question.id)?;
            let text = answer.rationale.as_deref()?.trim();
            let own = self::standing(Some(answer), question);
            let distance = match (own, standing) {
                (Some(own), Some(median)) if own == median => 0,
                (Some(own), Some(median)) => 1 + own.value.abs_diff(median.value),
                _ => u32::MAX,
            };
            (!text.is_empty()).then(|| {
                (
                    distance,
                    own,
                    Rationale {
                        assessor: member.assessment.assessment.assessors.join("; "),
                        answer: own.map_or_else(|| status_display(answer), |own| display(Some(own), question)),
                        text: UserText::new(text),
                    },
                )
            })
        })
        .collect();
    let quoted = written.iter().min_by_key(|(distance, _, _)| *distance);
    let quote_answer = quoted
        .and_then(|(_, own, _)| own.filter(|own| Some(*own) != standing))
        .map(|own| display(Some(own), question));
    let quote = quoted.map(|(_, _, rationale)| rationale.clone());
    GroupAnswer {
        group: label.to_string(),
        display: display(standing, question),
        level,
        level_text: level
            .and_then(|level| question.levels.get(level as usize))
            .map(|text| text.trim().to_string()),
        unquoted: written.len().saturating_sub(1),
        quote,
        quote_answer,
        rationales: written.into_iter().map(|(_, _, rationale)| rationale).collect(),
        red_flag: matches!((level, question.red_flag_at), (Some(level), Some(at)) if level <= at),
    }
}

/// A member's answer that has no level, as shown.
fn status_display(answer: &Answer) -> String {
    match answer.status {
        Some(AnswerStatus::Unknown) => "Unknown",
        Some(AnswerStatus::NotApplicable) => "Not applicable",
        Some(AnswerStatus::NotAffected) => "Not affected",
        Some(AnswerStatus::ScreenedOut) => "Screened out",
        None => "Not answered",
    }
    .to_string()
}

/// A group's own verdict: the brief of its members' median answers.
fn group_view(label: &str, group: &[&Member], rubrics: &[&Rubric]) -> GroupView {
    let mut own = group
        .first()
        .map(|member| member.assessment.clone())
        .unwrap_or_else(|| Assessment::new("Group"));
    own.answers.clear();
    let mut unanswered = Vec::new();
    for rubric in rubrics {
        for question in &rubric.questions {
            let standings: Vec<Standing> = group
                .iter()
                .filter_map(|member| standing(member.assessment.answer(&rubric.id, &question.id), question))
                .collect();
            match lower_median(&standings) {
                Some(standing) => own.set_answer(&rubric.id, &question.id, to_answer(standing)),
                None => {
                    let groups = [(label.to_string(), group.to_vec())];
                    match status_of(&groups, rubric, question) {
                        Some(answer) => {
                            if answer.status == Some(AnswerStatus::Unknown) {
                                unanswered.push(QuestionId::new(&rubric.id, &question.id));
                            }
                            own.set_answer(&rubric.id, &question.id, answer);
                        }
                        None => unanswered.push(QuestionId::new(&rubric.id, &question.id)),
                    }
                }
            }
        }
    }
    let brief = Brief::build(rubrics, &own);
    // A question whose condition fails is not open, whoever left it unanswered.
    unanswered.retain(|id| brief.unanswered.contains(id));
    GroupView {
        id: group
            .first()
            .and_then(|member| member.assessment.assessment.stakeholder_group)
            .map_or_else(|| "unspecified".to_string(), |group| group.id().to_string()),
        label: label.to_string(),
        members: group.len(),
        assessors: group
            .iter()
            .map(|member| {
                format!(
                    "{} ({})",
                    member.assessment.assessment.assessors.join("; "),
                    file_name(&member.file)
                )
            })
            .collect(),
        rating: brief.overall.rating,
        rating_key: brief.overall.rating.key(),
        score_display: brief.overall.score_display.clone(),
        score: brief.overall.score,
        dimensions: brief
            .overall
            .dimensions
            .iter()
            .map(|dimension| GroupDimension {
                id: dimension.id.id().to_string(),
                rating: dimension.rating,
                rating_key: dimension.rating.key(),
                verdict: dimension.verdict,
                verdict_key: dimension.verdict_key,
                score_display: dimension.score_display.clone(),
            })
            .collect(),
        rubrics: brief
            .rubrics
            .iter()
            .map(|rubric| GroupDimension {
                id: rubric.id.clone(),
                rating: rubric.rating,
                rating_key: rubric.rating.key(),
                verdict: rubric.rating.label(),
                verdict_key: rubric.rating.key(),
                score_display: rubric.score_display.clone(),
            })
            .collect(),
        unanswered,
    }
}

/// How a panel brief is made, a sentence a line.
pub fn rules() -> Vec<String> {
    vec![
        "Each stakeholder group is first reduced to its own answer per question: the median of its members' levels, the lower of the two middle levels when they are even in number, so a group that sent five people does not outvote a group that sent one.".to_string(),
        "The panel's answer is the median of the groups' answers, again the lower middle on an even count, so the panel is never kinder than half of its groups; it is then scored by the normal rule.".to_string(),
        "\"Not affected\" counts at the question's acceptable level when medians are taken; the panel answers \"not affected\" only where that is where the median falls and no group gave a level there.".to_string(),
        "A red flag raised by any group is shown, with the groups that raised it, even where the panel's answer raises none.".to_string(),
        "Agreement is Krippendorff's alpha for ordinal data over the individual assessors' levels (1 is perfect agreement, 0 what chance would give); below two assessors, or with no question answered by two, there is not enough data.".to_string(),
        "The spread of a question is the distance between the lowest and the highest group answer; questions are listed where the groups disagree, widest spread first, with each group's words quoted once, verbatim: those of a member whose own answer is the group's, or nearest to it. Every member's words are in the JSON panel brief.".to_string(),
    ]
}

/// The name of a member's file without its folder, which may name the user's home folder.
fn file_name(file: &str) -> String {
    std::path::Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |name| name.to_string_lossy().into_owned())
}

/// Why two assessments may not sit on one panel, and whether `--force` may overrule it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// What differs ("stage \"Draft\" vs \"Adopted\"").
    pub what: String,
    /// Whether `panel --force` may bring them together anyway (not so for other rubrics, whose
    /// answers cannot be compared).
    pub forcible: bool,
}

/// The one rule for "the same proposal", used by `panel` and `batch --panels`: the same title
/// and reference (ignoring case and spacing), the same stage (two stages of one bill are a
/// change, not a panel) and the same rubrics. Empty when the two may sit on one panel.
pub fn mismatches(a: &Assessment, b: &Assessment) -> Vec<Mismatch> {
    let mut found: Vec<Mismatch> = crate::model::proposal_differences(a, b)
        .into_iter()
        .map(|what| Mismatch { what, forcible: true })
        .collect();
    let (a_stage, b_stage) = (a.proposal.stage, b.proposal.stage);
    if a_stage != b_stage {
        let label = |stage: Option<crate::model::Stage>| stage.map_or("none", crate::model::Stage::label);
        found.push(Mismatch {
            what: format!("stage \"{}\" vs \"{}\"", label(a_stage), label(b_stage)),
            forcible: true,
        });
    }
    if a.rubric_ids() != b.rubric_ids() {
        found.push(Mismatch {
            what: format!("rubrics {} vs {}", a.rubric_ids().join(", "), b.rubric_ids().join(", ")),
            forcible: false,
        });
    }
    found
}

/// The longest file name made from a proposal's title, before `-panel` and the extension.
const NAME_LENGTH: usize = 60;

/// A file name made from a proposal's title: ASCII letters and digits in lowercase, every other
/// run of characters one hyphen, cut at a hyphen to at most 60 characters; `proposal` when
/// nothing is left.
pub fn file_stem(title: &str) -> String {
    let mut name = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    if name.len() > NAME_LENGTH {
        let cut = name[..=NAME_LENGTH].rfind('-').unwrap_or(NAME_LENGTH);
        name.truncate(cut);
    }
    let name = name.trim_matches('-');
    if name.is_empty() {
        "proposal".to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_names_are_made_of_safe_characters_and_bounded() {
        assert_eq!(
            file_stem(
                "Proposal for a Regulation laying down rules to prevent and combat child sexual abuse (\"CSA Regulation\")"
            ),
            "proposal-for-a-regulation-laying-down-rules-to-prevent-and"
        );
        assert_eq!(
            file_stem("  Ley Nº 27.078 / Argentina Digital  "),
            "ley-n-27-078-argentina-digital"
        );
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("Закон"), "proposal");
        assert_eq!(file_stem(&"a".repeat(200)).len(), 60);
    }
}
