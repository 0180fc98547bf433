//! The wizard's flow driven by scripts: full runs, stopping and resuming, revising, `applies_if`
//! skipping, statuses, rendering, and files that always load again.

use std::path::{Path, PathBuf};

use super::flow::to_toml;
use super::{Ended, Options, Reply, ScriptedPrompter, run};
use crate::diagnostic::Diagnostics;
use crate::i18n::Lang;
use crate::model::guidance::Placing;
use crate::model::{Answer, AnswerStatus, Assessment, Jurisdiction, RubricSet};
use crate::scoring::{self, Rating};

fn rubrics() -> RubricSet {
    RubricSet::builtin().expect("built-in rubrics load")
}

fn options(file: Option<PathBuf>) -> Options {
    Options {
        file,
        rubrics_dir: None,
        templates: None,
        color: false,
        today: "2026-11-20".to_string(),
        schema: None,
        lang: Lang::En,
    }
}

fn choose(option: &str) -> Reply {
    Reply::Choose(option.to_string())
}

fn text(typed: &str) -> Reply {
    Reply::Text(typed.to_string())
}

/// The replies answering a process question: a level, no finding or provisions, a rationale
/// and evidence items.
fn level(level: usize, rationale: &str, evidence: &[&str]) -> Vec<Reply> {
    let mut replies = vec![choose(&format!("{level} –")), text(""), text(""), text(rationale)];
    replies.extend(evidence.iter().map(|item| text(item)));
    replies.push(text(""));
    replies
}

/// The replies answering an effect question: a level, a finding and provisions, the mechanisms
/// ticked (each named by the start of its option, "Harm: Makes …"), a rationale and evidence.
fn effect_level(
    level: usize,
    finding: &str,
    provisions: &str,
    mechanisms: &[&str],
    rationale: &str,
    evidence: &[&str],
) -> Vec<Reply> {
    let mut replies = vec![
        choose(&format!("{level} –")),
        text(finding),
        text(provisions),
        Reply::Tick(mechanisms.iter().map(|m| (*m).to_string()).collect()),
        text(rationale),
    ];
    replies.extend(evidence.iter().map(|item| text(item)));
    replies.push(text(""));
    replies
}

fn status(option: &str, rationale: &str) -> Vec<Reply> {
    vec![choose(option), text(rationale)]
}

/// Replies for the proposal section after the title, then the assessors.
fn proposal_and_assessors() -> Vec<Reply> {
    vec![
        text("United Kingdom"),
        text(""),
        choose("Regulation"),
        choose("Draft"),
        text("2021-05-12"),
        text("https://bills.parliament.uk/bills/3137"),
        text("First paragraph with \"quotes\", # not a comment and a \"\"\" run.\n\nSecond paragraph."),
        text(""),
        text("A. Analyst (Example Chapter, UK); B. Reviewer"),
        choose("Civil society"),
        text("2026-11-20"),
    ]
}

const TRICKY: &str = "Line one with 'single' and \"double\" quotes, a # hash,\na \"\"\" triple and a ''' triple,\nand a backslash \\ at the end\\";

/// The effect areas `full_run_saves_a_file_that_loads_and_scores` ticks in the screening step.
const TOUCHED: [&str; 3] = ["openness.easy-access", "openness.reachability", "openness.encryption"];

/// Ticks the screening areas of `questions` (full ids).
fn screening(rubrics: &RubricSet, questions: &[&str]) -> Reply {
    Reply::Tick(
        questions
            .iter()
            .map(|full_id| {
                let (rubric, question) = full_id.split_once('.').expect("full id");
                let question = rubrics
                    .get(rubric)
                    .and_then(|r| r.question(question))
                    .expect("question");
                question.area_name().to_string()
            })
            .collect(),
    )
}

/// Openness answered as in the hand computation of `full_run_saves_a_file_that_loads_and_scores`:
/// its two process questions, then the three effect areas ticked in screening.
fn openness_answers() -> Vec<Reply> {
    [
        level(3, TRICKY, &["Clause 103", "https://example.org/consultation"]),
        level(2, "", &[]),
        effect_level(
            4,
            "Abolishes the licence for community networks.",
            "s. 4; s. 5(2)",
            &["Safeguard: Exempts small"],
            "",
            &[],
        ),
        effect_level(3, "", "", &[], "", &[]),
        status("Not sure yet", "The encryption clauses are still being negotiated."),
    ]
    .concat()
}

/// "Not applicable" for each question of rubric `id` the wizard asks: its process questions
/// (the effect ones were screened out).
fn all_not_applicable(rubrics: &RubricSet, id: &str) -> Vec<Reply> {
    let count = rubrics
        .get(id)
        .expect("rubric")
        .questions
        .iter()
        .filter(|question| question.dimension() == crate::model::Dimension::Process)
        .count();
    (0..count).flat_map(|_| status("Not applicable", "")).collect()
}

fn load(path: &Path) -> Assessment {
    Assessment::load(path, &rubrics())
        .unwrap_or_else(|problems| panic!("{} does not load:\n{problems}", path.display()))
}

/// A file where every question of the default rubrics is answered at level 2, except `missing`.
fn answered_file(dir: &Path, missing: &[&str]) -> PathBuf {
    let rubrics = rubrics();
    let mut assessment = Assessment::new("Network Fees Act");
    assessment.assessment.date = "2026-11-01".parse().ok();
    assessment.assessment.assessors = vec!["T. Tester".to_string()];
    for rubric in rubrics.select(&assessment.rubric_ids()) {
        for question in &rubric.questions {
            if !missing.contains(&format!("{}.{}", rubric.id, question.id).as_str()) {
                assessment.set_answer(
                    &rubric.id,
                    &question.id,
                    Answer {
                        level: Some(2),
                        ..Answer::default()
                    },
                );
            }
        }
    }
    let path = dir.join("fees.toml");
    std::fs::write(&path, to_toml(&assessment).expect("toml")).expect("write");
    path
}

/// Writes `answer` into the assessment file at `file` as the answer to `rubric.question`.
fn set_answer_in_file(file: &Path, rubric: &str, question: &str, answer: Answer) {
    let mut assessment = load(file);
    assessment.set_answer(rubric, question, answer);
    std::fs::write(file, to_toml(&assessment).expect("toml")).expect("write");
}

#[test]
fn full_run_saves_a_file_that_loads_and_scores() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("osb.toml");
    let mut script = vec![text("Online Safety Bill (draft)")];
    script.extend(proposal_and_assessors());
    script.push(screening(&rubrics, &TOUCHED));
    script.extend(openness_answers());
    script.extend(all_not_applicable(&rubrics, "inclusiveness"));
    script.extend(all_not_applicable(&rubrics, "transparency"));
    script.push(choose("Save and quit"));
    let mut prompter = ScriptedPrompter::new(script);

    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(ended, Ended::Finished { file: file.clone() });
    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    // A new file presumes no stakeholder group: the list starts on "Prefer not to say".
    let groups = prompter
        .selects()
        .iter()
        .find(|select| select.message == "Which stakeholder group do you speak for?")
        .expect("the group is asked");
    assert_eq!(groups.options[groups.start], "Prefer not to say");
    let saved = load(&file);
    assert_eq!(saved.proposal.title, "Online Safety Bill (draft)");
    assert_eq!(saved.proposal.kind, Some(crate::model::ProposalKind::Regulation));
    assert_eq!(
        saved.proposal.introduced.map(|date| date.to_string()).as_deref(),
        Some("2021-05-12")
    );
    assert!(
        saved
            .proposal
            .summary
            .as_deref()
            .is_some_and(|summary| summary.contains("\"\"\" run.\n\nSecond"))
    );
    assert_eq!(saved.proposal.reference, None);
    // Every question asked showed its guidance whole, however long (several are over 400
    // characters, and hold the rule for choosing a level).
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let said = words(&prompter.said().join("\n"));
    let mut long = 0;
    for rubric in rubrics.select(&saved.rubric_ids()) {
        for question in &rubric.questions {
            if !prompter
                .asked()
                .iter()
                .any(|prompt| prompt.contains(question.prompt.as_str()))
            {
                continue;
            }
            let guidance = rubrics.guidance(rubric, question, crate::i18n::Lang::En, Placing::Position);
            let guidance = words(&crate::markup::Markup::parse(&guidance).to_plain_text());
            long += usize::from(guidance.chars().count() > 400);
            assert!(said.contains(&guidance), "{} guidance cut: {guidance}", question.id);
        }
    }
    assert!(long > 0, "the run asks at least one question with long guidance");
    assert_eq!(
        saved.assessment.assessors,
        ["A. Analyst (Example Chapter, UK)", "B. Reviewer"]
    );
    let participation = saved.answer("openness", "participation").expect("answer");
    assert_eq!(participation.level, Some(3));
    assert_eq!(participation.rationale.as_deref(), Some(TRICKY));
    assert_eq!(
        participation.evidence,
        ["Clause 103", "https://example.org/consultation"]
    );
    assert_eq!(
        saved.answer("openness", "encryption").and_then(|answer| answer.status),
        Some(AnswerStatus::Unknown)
    );

    // The finding, its provisions and the safeguard ticked are saved with the level.
    let access = saved.answer("openness", "easy-access").expect("answer");
    assert_eq!(
        access.finding.as_deref(),
        Some("Abolishes the licence for community networks.")
    );
    assert_eq!(access.provisions, ["s. 4", "s. 5(2)"]);
    assert_eq!(access.mechanisms, ["small-networks-spared"]);

    // Left unticked at screening, so recorded as screened out: not examined.
    assert_eq!(
        saved
            .answer("openness", "surveillance")
            .and_then(|answer| answer.status),
        Some(AnswerStatus::ScreenedOut)
    );

    // By hand: participation 3, timing 2, easy-access 4, reachability 3 (weight 1.5); encryption
    // (weight 2) unknown; the other six effect questions (weights 1, 1, 1, 1.5, 1, 1) screened
    // out. points = 3 + 2 + 4 + 4.5 = 13.5; possible = 4 × 4.5 = 18 → 75; coverage = 11 / 13.
    // Effect (4 + 4.5) / 10 = 85, Strong; process 5 / 8 = 62.5, Adequate: the worse decides.
    let card = scoring::score(&rubrics.select(&saved.rubric_ids()), &saved);
    let openness = &card.rubrics[0];
    assert!((openness.score.expect("score") - 75.0).abs() < 1e-9);
    assert!((openness.coverage - 11.0 / 13.0).abs() < 1e-9);
    assert_eq!(openness.rating, Rating::Adequate);
    assert!(
        prompter
            .said()
            .iter()
            .any(|line| line.contains("Openness: 75 (Adequate), coverage 85%")),
        "{:?}",
        prompter.said()
    );
    assert!(
        prompter
            .said()
            .iter()
            .any(|line| line.contains("3 areas to assess in full; 14 screened out"))
    );
    assert!(
        prompter
            .said()
            .iter()
            .any(|line| line.contains("Policy Impact Brief: Online Safety Bill (draft)"))
    );

    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("status = \"unknown\""), "{text}");
    assert!(text.contains("status = \"not-applicable\""), "{text}");
    // Answers are written in rubric order.
    let position = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle} missing"));
    assert!(position("[answers.openness.participation]") < position("[answers.openness.consultation-timing]"));
    assert!(
        position("[answers.openness.encryption]") < position("[answers.inclusiveness."),
        "{text}"
    );
}

/// Left unanswered by [`answered_file`]: the question on who could take part, and the three asked
/// only once it is at level 1 or above.
const PARTICIPATION_AND_ITS_DEPENDENTS: &[&str] = &[
    "openness.participation",
    "openness.consultation-timing",
    "transparency.input-published",
    "transparency.feedback-loop",
];

#[test]
fn applies_if_skips_dependent_questions() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), PARTICIPATION_AND_ITS_DEPENDENTS);
    let mut script = vec![choose("Continue")];
    script.extend(level(0, "Drafted behind closed doors.", &[]));
    script.push(choose("Save and quit"));
    let mut prompter = ScriptedPrompter::new(script);

    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(ended, Ended::Finished { file: file.clone() });
    let asked = prompter.asked().join("\n");
    assert!(asked.contains("Who could take part"), "{asked}");
    assert!(
        !asked.contains("consulted early enough"),
        "openness.consultation-timing was asked:\n{asked}"
    );
    let responses = rubrics
        .get("transparency")
        .and_then(|rubric| rubric.question("input-published"))
        .expect("question");
    assert!(
        !asked.contains(&responses.prompt),
        "transparency.input-published was asked:\n{asked}"
    );
    let said = prompter.said().join("\n");
    assert!(
        said.contains(
            "Skipped openness.consultation-timing: it applies only when openness.participation is at level 1"
        ),
        "{said}"
    );
    assert!(said.contains("Skipped transparency.input-published"), "{said}");
    assert!(said.contains("Skipped transparency.feedback-loop"), "{said}");
    let saved = load(&file);
    assert!(saved.answer("openness", "consultation-timing").is_none());
}

/// A question whose condition names an answer still open ("not sure yet") waits for it, and the
/// wizard says that the answer is open, not that it is below the level.
#[test]
fn a_question_waiting_on_an_open_answer_says_it_waits() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), PARTICIPATION_AND_ITS_DEPENDENTS);
    let mut script = vec![choose("Continue")];
    script.extend(status("Not sure yet", "Not found yet."));
    script.push(choose("Save and quit"));
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let said = prompter.said().join("\n");
    assert!(
        said.contains(
            "Skipped openness.consultation-timing: it applies only when openness.participation is at level 1"
        ),
        "{said}"
    );
    assert!(
        said.contains(", and openness.participation is still open (not answered, or “Not sure yet”): it is asked once openness.participation is known."),
        "{said}"
    );
}

/// A government or intergovernmental assessor is asked whether it drafted the text (a panel
/// names such a member); other groups are not asked.
#[test]
fn a_government_assessor_is_asked_whether_it_drafted_the_text() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let question = "Did your organisation draft or propose this text?";
    for (group, drafter) in [
        ("Government", Some(true)),
        ("Intergovernmental organisation", Some(false)),
        ("Civil society", None),
    ] {
        let file = dir
            .path()
            .join(format!("{}.toml", crate::file_name::from_title(group, "group")));
        let mut script = vec![text("Network Fees Act")];
        let mut replies = proposal_and_assessors();
        let at = replies.len() - 1;
        replies[at - 1] = choose(group);
        if let Some(drafter) = drafter {
            replies.insert(at, Reply::Confirm(drafter));
        }
        script.extend(replies);
        script.push(Reply::Cancel);
        let mut prompter = ScriptedPrompter::new(script);

        run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

        assert_eq!(prompter.remaining(), 0, "{group}: every reply used");
        let asked = prompter.asked().iter().any(|message| message == question);
        assert_eq!(asked, drafter.is_some(), "{group}");
        assert_eq!(load(&file).assessment.drafter, drafter == Some(true), "{group}");
    }
    // A file that says so is asked again whatever its group, so that the mark can be taken back
    // after the group changes.
    let file = dir.path().join("government.toml");
    let mut script = vec![choose("Review every answer"), text("Network Fees Act")];
    let mut replies = proposal_and_assessors();
    let at = replies.len() - 1;
    replies[at - 1] = choose("Civil society");
    replies.insert(at, Reply::Confirm(false));
    script.extend(replies);
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0, "every reply used");
    assert!(prompter.asked().iter().any(|message| message == question));
    assert!(!load(&file).assessment.drafter);
}

#[test]
fn stopping_keeps_answers_and_continue_asks_only_the_rest() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("nested/folder/bill.toml");
    let mut script = vec![text("Network Fees Act")];
    script.extend(proposal_and_assessors());
    script.push(screening(&rubrics, &["openness.easy-access"]));
    script.extend(level(1, "Invitation only.", &["Ministry press release"]));
    script.extend(level(2, "", &[]));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);

    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );
    let farewell = prompter.said().last().cloned().unwrap_or_default();
    assert!(farewell.contains(&format!("saved in {}", file.display())), "{farewell}");
    assert!(
        farewell.contains(&format!("impact-brief wizard --lang en {}", file.display())),
        "{farewell}"
    );
    let saved = load(&file);
    assert_eq!(
        saved
            .answer("openness", "participation")
            .and_then(|answer| answer.level),
        Some(1)
    );
    assert_eq!(
        saved
            .answer("openness", "participation")
            .map(|answer| answer.evidence.clone()),
        Some(vec!["Ministry press release".to_string()])
    );
    assert_eq!(
        saved
            .answer("openness", "consultation-timing")
            .and_then(|answer| answer.level),
        Some(2)
    );
    assert_eq!(saved.proposal.jurisdiction, Some(Jurisdiction::from("United Kingdom")));

    // Again, continuing: the proposal and the two answers are not asked again.
    let mut script = vec![choose("Continue with the unanswered questions")];
    script.extend(effect_level(4, "", "", &[], "", &[]));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);

    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );
    let first_continue = &prompter.selects()[0].options[0];
    // 14 process questions less the two answered, and the one effect area ticked.
    assert!(first_continue.contains("(13 left)"), "{first_continue}");
    let asked = prompter.asked();
    assert!(asked[1].contains("[Openness 3/11]"), "{asked:?}");
    // The level, the finding, the provisions, the mechanisms, why, evidence: then the next.
    assert_eq!(
        &asked[2..7],
        [
            "What does the proposal do here?",
            "Which provisions?",
            "Which of these does the proposal do? Tick each one it has, harms and safeguards.",
            "Why?",
            "Evidence 1"
        ]
    );
    assert!(asked[7].contains("[Inclusiveness 1/8]"), "{asked:?}");
    let saved = load(&file);
    assert_eq!(
        saved.answer("openness", "easy-access").and_then(|answer| answer.level),
        Some(4)
    );
    assert_eq!(
        saved
            .answer("openness", "participation")
            .and_then(|answer| answer.level),
        Some(1)
    );
}

/// Stopped at the assessors, the proposal already gone through: continuing asks whether to go
/// through the proposal again; No goes on to the assessors, and the details stay. Stopped halfway
/// through the proposal, Yes goes through it again from its first field, each kept by Enter.
#[test]
fn continue_after_stopping_asks_whether_to_go_through_the_proposal_again() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bill.toml");
    let mut script = vec![text("Network Fees Act")];
    script.extend(proposal_and_assessors().into_iter().take(8));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let saved = load(&file);
    assert!(saved.assessment.assessors.is_empty());
    assert_eq!(saved.proposal.jurisdiction, Some(Jurisdiction::from("United Kingdom")));

    let mut script = vec![choose("Continue"), Reply::Confirm(false)];
    script.extend(proposal_and_assessors().into_iter().skip(8));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let asked = prompter.asked();
    assert_eq!(
        asked[1..3],
        [
            "The proposal’s details are already on file. Go through them again?",
            "Your name, and your organisation"
        ],
        "{asked:?}"
    );
    let saved = load(&file);
    assert_eq!(saved.assessment.assessors.len(), 2);
    assert_eq!(saved.proposal.jurisdiction, Some(Jurisdiction::from("United Kingdom")));
    assert_eq!(
        saved.proposal.url.as_deref(),
        Some("https://bills.parliament.uk/bills/3137")
    );

    // Stopped after the jurisdiction: Yes asks the proposal's fields again, from the first.
    let half = dir.path().join("half.toml");
    let mut script = vec![text("Half Act")];
    script.extend(proposal_and_assessors().into_iter().take(1));
    script.push(Reply::Cancel);
    run(
        &mut ScriptedPrompter::new(script),
        &rubrics,
        &options(Some(half.clone())),
    )
    .expect("run");
    let mut script = vec![choose("Continue"), Reply::Confirm(true)];
    script.extend(proposal_and_assessors());
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(half.clone()))).expect("run");
    assert!(
        prompter.asked()[2].starts_with("Jurisdiction"),
        "{:?}",
        prompter.asked()
    );
    let saved = load(&half);
    assert_eq!(
        saved.proposal.url.as_deref(),
        Some("https://bills.parliament.uk/bills/3137")
    );
    assert_eq!(saved.assessment.assessors.len(), 2);
}

#[test]
fn continue_fills_in_the_proposal_of_a_file_from_init() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("from-init.toml");
    let ids = crate::model::assessment::DEFAULT_RUBRICS;
    let today = "2026-11-20";
    let text = crate::model::fill_in::FillIn {
        title: "From init",
        today,
        rubrics: &rubrics.select(&ids),
        known: &rubrics,
        schema: None,
        lang: crate::i18n::Lang::En,
    }
    .to_toml();
    std::fs::write(&file, &text).expect("write");
    let mut script = vec![choose("Continue")];
    script.extend(proposal_and_assessors());
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert!(!prompter.said()[0].contains("has comments"), "{:?}", prompter.said());
    let saved = load(&file);
    // Every guidance comment of the fill-in file is still there.
    let after = std::fs::read_to_string(&file).expect("read");
    let comments = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|line| line.trim_start().starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(comments(&after), comments(&text));
    assert_eq!(saved.proposal.jurisdiction, Some(Jurisdiction::from("United Kingdom")));
    assert_eq!(
        saved.proposal.reference, None,
        "an empty field from init is left out, not kept as \"\""
    );
    assert_eq!(saved.assessment.assessors.len(), 2);
}

#[test]
fn stopping_midway_through_an_answer_keeps_its_level() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &["openness.easy-access"]);
    let script = vec![
        choose("Continue"),
        choose("3 –"),
        text("Charges a small fee for a licence."),
        text("s. 2"),
        Reply::Tick(vec![]),
        text("Partly: fees"),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);

    assert_eq!(
        run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run"),
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );

    let answer = load(&file).answer("openness", "easy-access").cloned().expect("answer");
    assert_eq!(
        (answer.level, answer.rationale.as_deref()),
        (Some(3), Some("Partly: fees"))
    );
}

#[test]
fn revising_preselects_the_answer_and_asks_what_now_applies() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &["openness.consultation-timing"]);
    set_answer_in_file(
        &file,
        "openness",
        "participation",
        Answer {
            level: Some(0),
            rationale: Some("Old\nreason".into()),
            evidence: vec!["Old item".into(), "Kept item".into()],
            status: None,
            recommendation: None,
            ..Answer::default()
        },
    );

    let script = vec![
        choose("Continue"),
        choose("Revise an answer"),
        choose("Openness: Who could take part"),
        choose("2 –"),
        text(""),
        text(""),
        text("New reason"),
        text("Edited item"),
        text(""),
        text("Added item"),
        text(""),
        // openness.consultation-timing applies now that participation is 2.
        choose("3 –"),
        text(""),
        text(""),
        text(""),
        text(""),
        choose("Save and quit"),
    ];
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0);
    let participation_prompt = prompter
        .selects()
        .iter()
        .find(|select| select.message.contains("Who could take part"))
        .expect("asked");
    assert_eq!(participation_prompt.start, 0, "the current level is preselected");
    let evidence_prompts: Vec<Option<String>> = prompter
        .texts()
        .iter()
        .filter(|prompt| prompt.message.starts_with("Evidence"))
        .map(|prompt| prompt.initial.clone())
        .collect();
    assert_eq!(
        evidence_prompts[..3],
        [Some("Old item".to_string()), Some("Kept item".to_string()), None]
    );
    let saved = load(&file);
    let participation = saved.answer("openness", "participation").expect("answer");
    assert_eq!(participation.level, Some(2));
    assert_eq!(participation.rationale.as_deref(), Some("New reason"));
    assert_eq!(participation.evidence, ["Edited item", "Added item"]);
    assert_eq!(
        saved
            .answer("openness", "consultation-timing")
            .and_then(|answer| answer.level),
        Some(3)
    );
    assert!(
        prompter
            .said()
            .join("\n")
            .contains("openness.consultation-timing applies now")
    );
    // The scorecard is shown again after the change.
    assert!(
        prompter
            .said()
            .iter()
            .filter(|line| line.contains("Policy Impact Brief"))
            .count()
            >= 2
    );
}

#[test]
fn review_preselects_statuses() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    set_answer_in_file(
        &file,
        "openness",
        "participation",
        Answer {
            status: Some(AnswerStatus::NotApplicable),
            ..Answer::default()
        },
    );
    let script = vec![choose("Review every answer"), text("Renamed Act"), Reply::Cancel];
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(load(&file).proposal.title, "Renamed Act");
    assert_eq!(prompter.texts()[0].initial.as_deref(), Some("Network Fees Act"));
    let mut prompter = ScriptedPrompter::new([
        choose("Continue"),
        choose("Revise"),
        choose("Openness: Who could take part"),
        Reply::Cancel,
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let select = prompter.selects().last().expect("asked");
    assert_eq!(select.options[select.start], "Not applicable");
    let list = &prompter.selects()[2].options;
    assert!(
        list.iter()
            .any(|label| label == "Openness: Who could take part in developing the proposal? — not applicable"),
        "{list:?}"
    );
}

#[test]
fn new_file_without_a_name_suggests_one_and_never_overwrites() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let taken = answered_file(dir.path(), &[]);
    let before = std::fs::read(&taken).expect("read");
    let fresh = dir.path().join("fresh.toml");
    let script = vec![
        text("Online Safety Bill (draft)"),
        text(&taken.display().to_string()),
        Reply::Confirm(false),
        text(&fresh.display().to_string()),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);

    let ended = run(&mut prompter, &rubrics, &options(None)).expect("run");

    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(fresh.clone())
        }
    );
    // Offered as the default, not in the input, so that a name typed replaces it.
    assert_eq!(prompter.texts()[1].initial, None);
    assert_eq!(
        prompter.texts()[1].default.as_deref(),
        Some("online-safety-bill-draft.toml")
    );
    assert_eq!(
        std::fs::read(&taken).expect("read"),
        before,
        "an existing file is never overwritten"
    );
    assert_eq!(load(&fresh).proposal.title, "Online Safety Bill (draft)");

    // Choosing to resume the existing file instead opens its menu.
    let script = vec![
        text("Whatever"),
        text(&taken.display().to_string()),
        Reply::Confirm(true),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);
    assert_eq!(
        run(&mut prompter, &rubrics, &options(None)).expect("run"),
        Ended::Cancelled {
            file: Some(taken.clone())
        }
    );
    assert_eq!(
        prompter.asked().last().map(String::as_str),
        Some("What would you like to do?")
    );
    assert_eq!(std::fs::read(&taken).expect("read"), before);
}

#[test]
fn stopping_at_the_first_question_saves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("never.toml");
    for options in [options(None), options(Some(file.clone()))] {
        let mut prompter = ScriptedPrompter::new([Reply::Cancel]);
        let ended = run(&mut prompter, &rubrics(), &options).expect("run");
        assert_eq!(ended, Ended::Cancelled { file: None });
        assert!(
            prompter
                .said()
                .last()
                .is_some_and(|line| line.contains("Nothing was saved"))
        );
    }
    assert!(!file.exists());
}

#[test]
fn an_invalid_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("broken.toml");
    let text = "schema_version = 1\n[proposal]\ntitle = \"\"\n[answers.openness.nope]\nlevel = 9\n";
    std::fs::write(&file, text).expect("write");
    let mut prompter = ScriptedPrompter::new([]);

    let error = run(&mut prompter, &rubrics(), &options(Some(file.clone()))).expect_err("invalid");

    let diagnostics = error.downcast_ref::<Diagnostics>().expect("diagnostics");
    assert!(diagnostics.0.len() >= 2, "{diagnostics}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), text);
    assert!(prompter.asked().is_empty());
}

#[test]
fn render_now_writes_the_chosen_formats() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let out = dir.path().join("briefs");
    let script = vec![
        choose("Render the brief now"),
        Reply::Tick(vec!["Markdown".into(), "Word".into(), "JSON".into()]),
        text(&out.display().to_string()),
        choose("Save and quit"),
    ];
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    // The assessment's folder is offered as the default, not typed into the input: a folder
    // typed replaces it rather than being added to it (".briefs").
    assert_eq!(
        prompter.texts()[0].default.as_deref(),
        Some(dir.path().display().to_string().as_str())
    );
    assert_eq!(prompter.texts()[0].initial, None);
    // PDF, what a brief is sent as, is ticked at the start.
    let formats = &prompter.multi_selects()[0];
    let ticked: Vec<&str> = formats
        .defaults
        .iter()
        .map(|&at| formats.options[at].as_str())
        .collect();
    assert_eq!(ticked, ["PDF (.pdf): for publication"]);
    assert!(out.join("fees.md").is_file());
    let docx = std::fs::read(out.join("fees.docx")).expect("the Word brief");
    assert!(docx.starts_with(b"PK\x03\x04"), "the Word brief is no zip");
    let json = std::fs::read_to_string(out.join("fees.json")).expect("json");
    assert!(json.contains("\"Network Fees Act\""));
    assert!(
        prompter
            .said()
            .join("\n")
            .contains(&format!("Wrote {}", out.join("fees.md").display()))
    );

    // Enter on the empty input takes the default: the assessment's own folder.
    let mut prompter = ScriptedPrompter::new([
        choose("Render the brief now"),
        Reply::Tick(vec!["Markdown".into()]),
        text(""),
        choose("Save and quit"),
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert!(dir.path().join("fees.md").is_file());
}

#[test]
fn a_script_that_does_not_fit_is_an_error_naming_the_prompt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut prompter = ScriptedPrompter::new([text("not a choice")]);
    let error = run(&mut prompter, &rubrics(), &options(Some(file.clone()))).expect_err("mismatch");
    assert!(error.to_string().contains("What would you like to do?"), "{error}");

    let mut prompter = ScriptedPrompter::new([choose("Continue")]);
    let error = run(&mut prompter, &rubrics(), &options(Some(file))).expect_err("ran out");
    assert!(
        error.to_string().contains("ran out at a select prompt \"What next?\""),
        "{error}"
    );
}

#[test]
fn saved_files_round_trip_awkward_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("awkward.toml");
    let mut assessment = Assessment::new("The \"Quoted\" Bill # 1 '''");
    assessment.proposal.context = Some(format!(
        "{TRICKY}\n\n\ttab, unicode é ✓, and \u{7f} control\r\nCRLF line"
    ));
    assessment.set_answer(
        "openness",
        "participation",
        Answer {
            level: Some(1),
            rationale: Some(TRICKY.into()),
            evidence: vec![TRICKY.into()],
            status: None,
            recommendation: None,
            ..Answer::default()
        },
    );
    std::fs::write(&path, to_toml(&assessment).expect("toml")).expect("write");
    assert_eq!(load(&path), assessment);
}

#[test]
fn a_new_file_starts_with_the_schema_directive() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bill.toml");
    let mut script = vec![text("Network Fees Act")];
    script.extend(proposal_and_assessors());
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    let mut new = options(Some(file.clone()));
    new.schema = Some("https://example.org/assessment.schema.json".to_string());

    run(&mut prompter, &rubrics, &new).expect("run");

    let text = std::fs::read_to_string(&file).expect("read");
    assert!(
        text.starts_with("#:schema https://example.org/assessment.schema.json\nschema_version = 3\n"),
        "{text}"
    );
    let saved = load(&file);
    assert_eq!(saved.proposal.jurisdiction, Some(Jurisdiction::from("United Kingdom")));
    assert_eq!(
        saved.schema_directive.as_deref(),
        Some("https://example.org/assessment.schema.json")
    );
}

#[test]
fn resuming_keeps_the_files_own_directive_and_does_not_count_it_as_a_comment() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &["openness.participation"]);
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, format!("#:schema ../team/assessment.schema.json\n{text}")).expect("write");
    let mut script = vec![choose("Continue")];
    script.extend(level(3, "Open to all.", &[]));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    let elsewhere = Some("file:///elsewhere/assessment.schema.json".to_string());
    let mut resume = options(Some(file.clone()));
    resume.schema = elsewhere.clone();

    run(&mut prompter, &rubrics, &resume).expect("run");

    assert!(
        prompter.said().iter().all(|said| !said.contains("has comments")),
        "{:?}",
        prompter.said()
    );
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(
        text.starts_with("#:schema ../team/assessment.schema.json\nschema_version = 3\n"),
        "{text}"
    );
    assert_eq!(text.matches("#:schema").count(), 1, "{text}");
    assert_eq!(
        load(&file)
            .answer("openness", "participation")
            .and_then(|answer| answer.level),
        Some(3)
    );

    // A file without one gets the directive when it is saved.
    let other = tempfile::tempdir().expect("tempdir");
    let bare = answered_file(other.path(), &["openness.participation"]);
    let mut script = vec![choose("Continue")];
    script.extend(level(3, "", &[]));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    let mut resume = options(Some(bare.clone()));
    resume.schema = elsewhere;
    run(&mut prompter, &rubrics, &resume).expect("run");
    let text = std::fs::read_to_string(&bare).expect("read");
    assert!(
        text.starts_with("#:schema file:///elsewhere/assessment.schema.json\nschema_version = 3\n"),
        "{text}"
    );
}

#[test]
fn the_consultation_ledger_is_shown_with_the_question_it_bears_on() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/consultation");
    let csv = "uk-online-safety-bill-encryption-submissions.csv";
    std::fs::copy(shipped.join(csv), dir.path().join(csv)).expect("copy the ledger");
    let mut assessment = load(&shipped.join("uk-online-safety-bill-encryption.toml"));
    if let Some(transparency) = assessment.answers.get_mut("transparency") {
        transparency.shift_remove("feedback-loop");
    }
    let file = dir.path().join("bill.toml");
    std::fs::write(&file, to_toml(&assessment).expect("toml")).expect("write");

    let mut prompter = ScriptedPrompter::new(vec![choose("Continue"), Reply::Cancel]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    let asked = prompter.selects().last().expect("the question was asked");
    assert!(
        asked.message.contains("report back on how the input was used"),
        "{}",
        asked.message
    );
    // 40 of 40 answered, but only 3 of the 21 submissions turned down in whole or in part were
    // given a legitimate reason: level 2, which starts selected.
    assert_eq!(asked.start, 2);
    let said = prompter.said().join("\n");
    assert!(
        said.contains(
            "Consultation ledger: 40 of 40 submissions got a response and 3 of 21 rejections gave a legitimate reason"
        ),
        "{said}"
    );
    assert!(said.contains("It points to level 2 for this question"), "{said}");
    // The answer was not chosen, so nothing was written for it.
    assert!(load(&file).answer("transparency", "feedback-loop").is_none());
}

/// Replies adding one submission one by one, from its id to its disposition (and the reason of
/// a rejection).
fn submission(id: &str, submitter: &str, group: &str, asked: &str, disposition: &str) -> Vec<Reply> {
    let mut replies = vec![
        text(id),
        text(submitter),
        choose(group),
        text(""),
        text(asked),
        choose(disposition),
    ];
    if disposition == "Rejected" {
        replies.extend([choose("None given"), text("")]);
    }
    // Where the text takes up an accepted submission: left empty.
    if disposition == "Accepted" {
        replies.push(text(""));
    }
    replies
}

fn record_one_by_one() -> Vec<Reply> {
    vec![
        choose("Continue"),
        choose("Record consultation submissions"),
        choose("Add submissions one by one"),
        // When the consultation opened, closed and was answered.
        text("2026-01-05"),
        text("2026-03-02"),
        text(""),
    ]
}

#[test]
fn submissions_added_one_by_one_are_saved_after_each() {
    use crate::model::{Disposition, Reason, SubmitterGroup};
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut script = record_one_by_one();
    script.extend(submission(
        "S-01",
        "Carnegie UK Trust",
        "Civil society",
        "Make it systemic.",
        "Accepted",
    ));
    script.push(Reply::Confirm(true));
    script.extend(submission("S-02", "", "Individuals", "Drop clause 3.", "Rejected"));
    script.extend([Reply::Confirm(false), choose("Save and quit")]);
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    let ids: Vec<Option<&str>> = prompter
        .texts()
        .iter()
        .filter(|prompt| prompt.message == "Submission id")
        .map(|prompt| prompt.initial.as_deref())
        .collect();
    assert_eq!(ids, [Some("S-01"), Some("S-02")]);
    let saved = load(&file);
    let ledger = saved.consultation.expect("a ledger");
    // The dates asked before the first submission.
    assert_eq!(
        ledger.opened.map(|date| date.to_string()).as_deref(),
        Some("2026-01-05")
    );
    assert_eq!(
        ledger.closed.map(|date| date.to_string()).as_deref(),
        Some("2026-03-02")
    );
    assert_eq!(ledger.responded, None);
    assert!(
        prompter
            .asked()
            .iter()
            .any(|prompt| prompt.contains("When was the response to it published?"))
    );
    assert_eq!(ledger.submissions_file, None);
    let [first, second] = ledger.submissions.as_slice() else {
        panic!("two submissions: {:?}", ledger.submissions);
    };
    assert_eq!(first.id, "S-01");
    assert_eq!(first.submitter.as_deref(), Some("Carnegie UK Trust"));
    assert_eq!(first.group, SubmitterGroup::CivilSociety);
    assert_eq!(first.asked.as_deref(), Some("Make it systemic."));
    assert_eq!((first.disposition, first.reason), (Disposition::Accepted, None));
    assert_eq!(second.id, "S-02");
    assert_eq!((second.submitter.as_deref(), second.provision.as_deref()), (None, None));
    assert_eq!(second.group, SubmitterGroup::Individual);
    assert_eq!(second.disposition, Disposition::Rejected);
    assert_eq!(
        (second.reason, second.reason_text.as_deref()),
        (Some(Reason::NoneGiven), None)
    );
    // Both answered, the one rejection without a reason: the ledger points to level 2.
    let said = prompter.said().join("\n");
    assert!(
        said.contains(
            "Transparency: Did the drafters report back on how the input was used, and why\nsuggestions were not taken up? — the ledger points to level 2"
        ),
        "{said}"
    );

    // Stopping after the first submission keeps it.
    let other = tempfile::tempdir().expect("tempdir");
    let file = answered_file(other.path(), &[]);
    let mut script = record_one_by_one();
    script.extend(submission("S-01", "", "Academia", "", "Deferred"));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );
    let ledger = load(&file).consultation.expect("a ledger");
    assert_eq!(ledger.submissions.len(), 1);
    assert_eq!(ledger.submissions[0].disposition, Disposition::Deferred);
}

/// A submission said to be addressed elsewhere is asked where (`reflected_in`), which it needs to
/// count as given a legitimate reason; one rejected for another reason is not asked.
#[test]
fn addressed_elsewhere_asks_where_the_text_addresses_it() {
    use crate::model::{Disposition, Reason};
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut script = record_one_by_one();
    script.extend([
        text("S-01"),
        text(""),
        choose("Civil society"),
        text(""),
        text("Bring fraud into scope."),
        choose("Rejected"),
        choose("Addressed elsewhere"),
        text("The fraud duties cover it."),
        text("cl. 9"),
        Reply::Cancel,
    ]);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    let ledger = load(&file).consultation.expect("a ledger");
    let saved = &ledger.submissions[0];
    assert_eq!(saved.disposition, Disposition::Rejected);
    assert_eq!(saved.reason, Some(Reason::AddressedElsewhere));
    assert_eq!(saved.reflected_in.as_deref(), Some("cl. 9"));
}

#[test]
fn a_taken_or_empty_submission_id_is_asked_again() {
    use crate::model::Disposition;
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut script = record_one_by_one();
    script.extend(submission("S-01", "", "Government", "", "Accepted"));
    script.extend([Reply::Confirm(true), text(" S-01 "), text("  ")]);
    script.extend(submission("S-07", "", "Government", "", "Merged into another"));
    script.extend([choose("S-01"), Reply::Confirm(false), Reply::Cancel]);
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    let asked = prompter
        .asked()
        .iter()
        .filter(|message| *message == "Submission id")
        .count();
    assert_eq!(asked, 4);
    let said = prompter.said().join("\n");
    assert!(
        said.contains("Cannot use that id: another submission already has it. Choose another."),
        "{said}"
    );
    assert!(
        said.contains("Cannot use that id: it is empty. Choose another."),
        "{said}"
    );
    let ledger = load(&file).consultation.expect("a ledger");
    let ids: Vec<&str> = ledger.submissions.iter().map(|entry| entry.id.as_str()).collect();
    assert_eq!(ids, ["S-01", "S-07"]);
    assert_eq!(ledger.submissions[1].disposition, Disposition::Merged);
    assert_eq!(ledger.submissions[1].merged_into.as_deref(), Some("S-01"));
}

const LEDGER_CSV: &str = "id,submitter,group,disposition,reason\n\
    S-01,Carnegie UK Trust,civil-society,accepted,\n\
    S-02,,individual,rejected,none-given\n\
    S-03,\"Which?\",private-sector,partially-accepted,\n";

fn import(path: &Path) -> Vec<Reply> {
    vec![
        choose("Continue"),
        choose("Record consultation submissions"),
        choose("Import a CSV file"),
        text(""),
        text(""),
        text(""),
        text(&path.display().to_string()),
    ]
}

#[test]
fn an_imported_csv_file_is_copied_beside_the_assessment_and_named() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    // A different file already has the CSV file's name: it is left alone.
    std::fs::write(dir.path().join("ledger.csv"), "not this one\n").expect("write");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let source = elsewhere.path().join("ledger.csv");
    std::fs::write(&source, LEDGER_CSV).expect("write");
    let mut script = import(&source);
    script.push(choose("Save and quit"));
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    let copy = dir.path().join("fees-submissions.csv");
    assert_eq!(std::fs::read_to_string(&copy).expect("the copy"), LEDGER_CSV);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ledger.csv")).expect("read"),
        "not this one\n"
    );
    let saved = load(&file);
    let ledger = saved.consultation.expect("a ledger");
    assert_eq!(ledger.submissions_file.as_deref(), Some("fees-submissions.csv"));
    assert!(ledger.submissions.is_empty());
    assert_eq!(ledger.entries().len(), 3);
    let said = prompter.said().join("\n");
    assert!(
        said.contains("Imported 3 submissions from fees-submissions.csv"),
        "{said}"
    );
    assert!(
        said.contains("Transparency: Did the drafters report back on how the input was used"),
        "{said}"
    );
}

#[test]
fn a_broken_csv_file_is_reported_and_nothing_changes() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let before = std::fs::read_to_string(&file).expect("read");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let source = elsewhere.path().join("ledger.csv");
    std::fs::write(&source, LEDGER_CSV.replace("civil-society", "civil-societ")).expect("write");
    let mut script = import(&source);
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    let said = prompter.said().join("\n");
    assert!(said.contains("Nothing was imported"), "{said}");
    assert!(
        said.contains("ledger.csv:2:24: error: unknown group `civil-societ`"),
        "{said}"
    );
    // Back at the menu after the problems.
    assert_eq!(prompter.asked().last().map(String::as_str), Some("What next?"));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["fees.toml"]);
}

#[test]
fn an_import_over_inline_submissions_needs_a_yes_and_a_csv_ledger_is_not_added_to() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let source = dir.path().join("ledger.csv");
    std::fs::write(&source, LEDGER_CSV).expect("write");
    let mut script = record_one_by_one();
    script.extend(submission("S-01", "", "Academia", "", "Accepted"));
    script.push(Reply::Confirm(false));
    script.extend(import(&source).into_iter().skip(1));
    script.push(Reply::Confirm(false));
    script.extend(import(&source).into_iter().skip(1));
    script.push(Reply::Confirm(true));
    script.extend([
        choose("Record consultation submissions"),
        choose("Add submissions one by one"),
    ]);
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0, "every scripted reply is used");
    let said = prompter.said().join("\n");
    assert!(
        said.contains("the submissions in the assessment file are kept"),
        "{said}"
    );
    assert!(said.contains("kept in the CSV file ledger.csv"), "{said}");
    // Already beside the assessment file: named where it is, not copied.
    let ledger = load(&file).consultation.expect("a ledger");
    assert_eq!(ledger.submissions_file.as_deref(), Some("ledger.csv"));
    assert!(ledger.submissions.is_empty());
    assert_eq!(ledger.entries().len(), 3);
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 2);
}

/// A first-edition file answering only process questions, each line dressed with comments: a
/// block of whole-line comments above every line, a trailing comment beside every key and table
/// header, and a long block before `[assessment]`.
fn commented_first_edition() -> String {
    let base = "schema_version = 1

[proposal]
title = \"Comment Keeping Act\"
jurisdiction = \"Testland\"
stage = \"draft\"
introduced = 2026-01-15

[assessment]
assessors = [\"Maria Okafor, ISOC Veridia Chapter\"]
stakeholder_group = \"civil-society\"
date = 2026-11-20
status = \"draft\"

[answers.openness.participation]
level = 2
rationale = \"Public consultation with barriers.\"
evidence = [\"Consultation notice\"]

[answers.openness.consultation-timing]
level = 1

[answers.inclusiveness.stakeholder-groups]
level = 1

[answers.transparency.consultation-responses]
level = 2
rationale = \"A summary of responses was published.\"
";
    let mut text = String::new();
    for (number, line) in base.lines().enumerate() {
        if line.is_empty() {
            text.push('\n');
            continue;
        }
        if line == "[assessment]" {
            for extra in 0..200 {
                text.push_str(&format!(
                    "# note before the assessor section, {extra}: ask the legal team\n"
                ));
            }
            text.push('\n');
        }
        for comment in 0..20 {
            text.push_str(&format!("# line {number}, comment {comment}\n"));
        }
        text.push_str(&format!("   # indented comment inside, line {number}\n"));
        text.push_str(&format!("{line}  # beside line {number}\n"));
    }
    text.push_str("\n# the last comment of the file\n");
    text
}

#[test]
fn comments_and_layout_survive_migrate_a_screening_step_and_ten_wizard_saves() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("commented.toml");
    let original = commented_first_edition();
    // The `#:schema` line migrate adds for editors is not the user's.
    let comments = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|line| line.trim_start().starts_with('#') && !line.starts_with("#:schema"))
            .map(str::to_string)
            .collect()
    };
    assert!(
        comments(&original).len() >= 600,
        "{} comments",
        comments(&original).len()
    );
    std::fs::write(&file, &original).expect("write");

    // 1. migrate rewrites it for the second edition.
    let args = crate::cli::MigrateArgs {
        file: file.clone(),
        dry_run: false,
        lang: Some(crate::i18n::Lang::En),
    };
    crate::commands::migrate::run(&args, None).expect("migrate");
    let migrated = std::fs::read_to_string(&file).expect("read");

    // 2. The wizard continues it: the screening step (one area ticked, the others recorded as
    // not affected: one save), then every unanswered question (a save each), then "Save and quit".
    // The questions left after screening, in the order asked: each a level, a finding for an
    // effect question, a rationale and evidence, and a save for each part.
    let mut script = vec![choose("Continue"), screening(&rubrics, &["openness.encryption"])];
    let after_migrate = load(&file);
    let mut asked = 0;
    for rubric in rubrics.select(&after_migrate.rubric_ids()) {
        for question in &rubric.questions {
            let effect = question.dimension() == crate::model::Dimension::Effect;
            let screened_out = effect && question.id != "encryption";
            if after_migrate.answer(&rubric.id, &question.id).is_some() || screened_out {
                continue;
            }
            asked += 1;
            script.extend(if effect {
                let mut replies = effect_level(
                    1,
                    "Found in the wizard.",
                    "cl. 1",
                    &[],
                    "Answered in the wizard.",
                    &["Clause 1"],
                );
                // Below its acceptable level with no harm ticked: asked where its advice comes from.
                replies.insert(4, choose("Leave it without advice"));
                replies
            } else {
                level(1, "Answered in the wizard.", &["Clause 1"])
            });
        }
    }
    assert!(asked >= 10, "ten questions or more are asked and saved, found {asked}");
    script.push(choose("Save and quit"));
    let mut prompter = ScriptedPrompter::new(script);
    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert!(matches!(ended, Ended::Finished { .. }), "{ended:?}");
    let saved = std::fs::read_to_string(&file).expect("read");
    let assessment = load(&file);
    assert_eq!(assessment.assessment.assessors, ["Maria Okafor, ISOC Veridia Chapter"]);
    assert_eq!(
        assessment
            .answer("openness", "encryption")
            .and_then(|answer| answer.level),
        Some(1)
    );

    // Every comment is there, unchanged and in its order, after migrate and after the wizard.
    assert!(comments(&migrated) == comments(&original), "{migrated}");
    assert!(comments(&saved) == comments(&original), "{saved}");
    // Line by line: the original's lines are all in the final file, in order, with new lines
    // only between them, except exactly the lines migrate had to change.
    let saved_lines: Vec<&str> = saved.lines().collect();
    let mut at = 0;
    let mut changed = Vec::new();
    for line in original.lines() {
        match saved_lines[at..].iter().position(|candidate| *candidate == line) {
            Some(offset) => at += offset + 1,
            None => changed.push(line),
        }
    }
    assert_eq!(
        changed,
        [
            "schema_version = 1  # beside line 0",
            "[answers.transparency.consultation-responses]  # beside line 25",
            "level = 2  # beside line 26",
        ],
        "{saved}"
    );
    assert!(saved.contains("schema_version = 3  # beside line 0\n"), "{saved}");
    assert!(
        saved.contains("[answers.transparency.input-published]  # beside line 25\n"),
        "{saved}"
    );
    assert!(saved.contains("level = 3  # beside line 26\n"), "{saved}");
    // Blank lines: every run of them in the original is still there.
    let blank_runs = |text: &str| text.matches("\n\n").count();
    assert!(blank_runs(&saved) >= blank_runs(&original));
}

/// A file that holds nothing (a file manager's "New text document") is started as a new one,
/// whether named on the command line or typed at the "Save as" question, rather than refused as
/// empty.
#[test]
fn a_blank_file_is_started_as_a_new_one() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("blank.toml");
    std::fs::write(&file, "").expect("blank");
    let mut prompter = ScriptedPrompter::new([text("Blank Bill"), Reply::Cancel]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(load(&file).proposal.title, "Blank Bill");

    let typed = dir.path().join("typed.toml");
    std::fs::write(&typed, "\n").expect("blank");
    let mut prompter = ScriptedPrompter::new([text("Typed Bill"), text(&typed.display().to_string()), Reply::Cancel]);
    run(&mut prompter, &rubrics, &options(None)).expect("run");
    assert_eq!(load(&typed).proposal.title, "Typed Bill");
}

#[test]
fn a_new_file_named_without_an_extension_is_saved_as_toml() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let named = dir.path().join("mybill");
    let mut prompter = ScriptedPrompter::new([text("My Bill"), Reply::Cancel]);

    let ended = run(&mut prompter, &rubrics, &options(Some(named.clone()))).expect("run");

    let file = dir.path().join("mybill.toml");
    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );
    assert!(file.exists() && !named.exists());
    assert!(
        prompter
            .said()
            .iter()
            .any(|line| line.contains("Saving as") && line.contains("mybill.toml")),
        "{:?}",
        prompter.said()
    );
    assert_eq!(load(&file).proposal.title, "My Bill");
}

#[test]
fn a_new_name_serve_would_not_open_is_saved_without_accents_or_spaces() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    // Typed at the prompt, in Spanish.
    let typed = dir.path().join("ley niñez");
    let mut prompter = ScriptedPrompter::new([
        text("Ley de la Niñez"),
        text(&typed.display().to_string()),
        Reply::Cancel,
    ]);
    let options_es = Options {
        lang: Lang::Es,
        ..options(None)
    };
    run(&mut prompter, &rubrics, &options_es).expect("run");
    let file = dir.path().join("ley-ninez.toml");
    assert_eq!(load(&file).proposal.title, "Ley de la Niñez");
    assert!(!dir.path().join("ley niñez.toml").exists());
    // Wrapped at the terminal's width: read as one line.
    let said = prompter
        .said()
        .join(" ")
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        said.contains(&format!(
            "Se guarda como {}: un nombre de letras sin tildes, cifras, - y _ se abre en todas partes, también en `impact-brief serve`.",
            file.display()
        )),
        "{said}"
    );
    // Said once: not also that .toml was added.
    assert!(!said.contains("terminan en .toml"), "{said}");

    // Named on the command line, too; a file that already exists keeps its name.
    let named = dir.path().join("Loi numérique.toml");
    let mut prompter = ScriptedPrompter::new([text("Loi numérique"), Reply::Cancel]);
    run(&mut prompter, &rubrics, &options(Some(named.clone()))).expect("run");
    assert!(dir.path().join("loi-numerique.toml").exists() && !named.exists());
    std::fs::copy(dir.path().join("loi-numerique.toml"), &named).expect("copy");
    let mut prompter = ScriptedPrompter::new([Reply::Cancel]);
    let ended = run(&mut prompter, &rubrics, &options(Some(named.clone()))).expect("run");
    assert_eq!(ended, Ended::Cancelled { file: Some(named) });

    // A name already taken is never resumed in its place: the new assessment gets a number. The
    // extension is read whatever its case.
    let taken = dir.path().join("Niñez.TOML");
    let mut prompter = ScriptedPrompter::new([text("Ley de la Niñez 2"), Reply::Cancel]);
    let ended = run(&mut prompter, &rubrics, &options(Some(taken))).expect("run");
    let numbered = dir.path().join("ninez.toml");
    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(numbered.clone())
        }
    );
    let mut prompter = ScriptedPrompter::new([text("Ley de la Niñez 3"), Reply::Cancel]);
    let ended = run(&mut prompter, &rubrics, &options(Some(dir.path().join("niñez")))).expect("run");
    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(dir.path().join("ninez-2.toml"))
        }
    );
    assert_eq!(load(&numbered).proposal.title, "Ley de la Niñez 2");
    // A name serve opens keeps its own extension.
    let mut prompter = ScriptedPrompter::new([text("Plain"), Reply::Cancel]);
    let ended = run(&mut prompter, &rubrics, &options(Some(dir.path().join("plain.txt")))).expect("run");
    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(dir.path().join("plain.txt"))
        }
    );
}

#[test]
fn screening_with_nothing_ticked_asks_before_leaving_every_area_unexamined() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bill.toml");
    let mut script = vec![text("Quiet Act")];
    script.extend(proposal_and_assessors());
    // Enter with nothing ticked: asked to confirm; "no" goes back to the list.
    script.push(Reply::Tick(vec![]));
    script.push(Reply::Confirm(false));
    script.push(screening(&rubrics, &["openness.encryption"]));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    assert!(
        prompter
            .asked()
            .iter()
            .any(|prompt| prompt.contains("You ticked no area")),
        "{:?}",
        prompter.asked()
    );
    let saved = load(&file);
    let status = |rubric: &str, question: &str| saved.answer(rubric, question).and_then(|answer| answer.status);
    assert_eq!(status("openness", "surveillance"), Some(AnswerStatus::ScreenedOut));
    assert_eq!(
        status("openness", "encryption"),
        None,
        "the ticked area is asked in full"
    );
}

#[test]
fn a_red_flag_is_not_saved_without_a_reason() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &["openness.encryption"]);
    let script = vec![
        choose("Continue"),
        // Client-side scanning is a severe harm: the answer is a red flag.
        choose("1 –"),
        text("Requires scanning of messages on the user's device."),
        text("s. 9"),
        Reply::Tick(vec!["Harm: Requires scanning on users' devices".to_string()]),
        text(""),
        text("   "),
        text("Section 9 makes providers scan content before it is encrypted."),
        text(""),
        choose("Save and quit"),
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    let said = prompter.said().join("\n");
    assert_eq!(
        said.matches("A red flag needs a reason before it is saved").count(),
        2,
        "{said}"
    );
    let answer = load(&file).answer("openness", "encryption").cloned().expect("answer");
    assert_eq!(
        answer.rationale.as_deref(),
        Some("Section 9 makes providers scan content before it is encrypted.")
    );
    assert_eq!(answer.mechanisms, ["client-side-scanning"]);
}

#[test]
fn rendering_never_writes_over_the_ledger_it_reads() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    // A ledger whose name is the one the Markdown brief would get.
    let ledger = "id,group,disposition\nS-01,academia,accepted\n";
    std::fs::write(dir.path().join("fees.md"), ledger).expect("write");
    let mut written = std::fs::read_to_string(&file).expect("read");
    written.push_str("\n[consultation]\nsubmissions_file = \"fees.md\"\n");
    std::fs::write(&file, written).expect("write");
    let script = vec![
        choose("Render the brief now"),
        Reply::Tick(vec!["Markdown".into()]),
        text(&dir.path().display().to_string()),
        choose("Save and quit"),
    ];
    let mut prompter = ScriptedPrompter::new(script);

    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    let said = prompter.said().join("\n");
    assert!(
        said.contains("Could not write") && said.contains("refusing to write"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("fees.md")).expect("read"),
        ledger
    );
}

/// The French prompt of a built-in question, which must differ from the English one (else the
/// test would not show the question was asked in French).
fn french_prompt(rubrics: &RubricSet, rubric: &str, question: &str) -> String {
    let prompt = |set: &RubricSet| {
        set.get(rubric)
            .and_then(|rubric| rubric.question(question))
            .map(|question| question.prompt.clone())
            .expect("question")
    };
    let french = prompt(rubrics.in_language(Lang::Fr));
    assert_ne!(french, prompt(rubrics), "{rubric}.{question} has no French text");
    french
}

#[test]
fn a_french_run_asks_in_french_and_saves_the_same_ids() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("loi.toml");
    let mut script = vec![
        text("Loi sur les réseaux"),
        text("France"),
        text(""),
        choose("Loi"),
        choose("Projet de texte"),
        text("2021-05-12"),
        text(""),
        text(""),
        text(""),
        text("A. Analyste"),
        choose("Société civile"),
        text("2026-11-20"),
        screening(rubrics.in_language(Lang::Fr), &["openness.easy-access"]),
    ];
    script.extend(level(1, "Sur invitation seulement.", &["Communiqué du ministère"]));
    script.extend(status("Je ne sais pas encore", ""));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    let options = Options {
        lang: Lang::Fr,
        ..options(Some(file.clone()))
    };

    let ended = run(&mut prompter, &rubrics, &options).expect("run");

    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );
    let asked = prompter.asked().join("\n");
    for french in [
        "Quel est l’intitulé de la proposition\u{a0}?",
        "Territoire",
        "De quel type de mesure s’agit-il\u{a0}?",
        "Où en est-elle\u{a0}?",
        "Au nom de quel groupe de parties prenantes vous exprimez-vous\u{a0}?",
        "Lesquels de ces domaines la proposition touche-t-elle\u{a0}?",
        "Qu’ont fait ses auteurs sur ce point\u{a0}?",
        "Pourquoi\u{a0}?",
        "Élément de preuve 1",
    ] {
        assert!(asked.contains(french), "{french:?} not asked:\n{asked}");
    }
    for question in ["participation", "consultation-timing"] {
        let prompt = french_prompt(&rubrics, "openness", question);
        assert!(asked.contains(&prompt), "{prompt:?} not asked:\n{asked}");
    }
    for english in ["What is the proposal called?", "Why?", "Evidence 1", "Jurisdiction"] {
        assert!(!asked.contains(english), "{english:?} asked in a French run:\n{asked}");
    }
    let options_shown: Vec<&String> = prompter.selects().iter().flat_map(|select| &select.options).collect();
    assert!(
        options_shown.iter().any(|option| *option == "Sans objet"),
        "{options_shown:?}"
    );
    let said = prompter.said().join("\n");
    assert!(said.contains("── La proposition ──"), "{said}");
    assert!(
        prompter.said().last().is_some_and(
            |farewell| farewell.contains(&format!("Vos réponses sont enregistrées dans {}", file.display()))
        ),
        "{said}"
    );

    // The answers are saved under the English ids, and the new file is written in French.
    let saved = load(&file);
    assert_eq!(saved.assessment.language, Some(Lang::Fr));
    assert_eq!(saved.proposal.stage, Some(crate::model::Stage::Draft));
    assert_eq!(saved.proposal.kind, Some(crate::model::ProposalKind::Law));
    assert_eq!(
        saved.assessment.stakeholder_group,
        Some(crate::model::StakeholderGroup::CivilSociety)
    );
    let participation = saved.answer("openness", "participation").expect("answered");
    assert_eq!(participation.level, Some(1));
    assert_eq!(participation.evidence, vec!["Communiqué du ministère".to_string()]);
    assert_eq!(
        saved
            .answer("openness", "consultation-timing")
            .and_then(|answer| answer.status),
        Some(AnswerStatus::Unknown)
    );
    assert_eq!(
        saved
            .answer("openness", "reachability")
            .and_then(|answer| answer.status),
        Some(AnswerStatus::ScreenedOut)
    );
}

#[test]
fn an_existing_file_keeps_its_language_whatever_the_wizard_speaks() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bill.toml");
    std::fs::write(&file, to_toml(&Assessment::new("Network Fees Act")).expect("toml")).expect("write");
    let script = vec![choose("Poursuivre"), text("Royaume-Uni"), Reply::Cancel];
    let mut prompter = ScriptedPrompter::new(script);
    let options = Options {
        lang: Lang::Fr,
        ..options(Some(file.clone()))
    };

    run(&mut prompter, &rubrics, &options).expect("run");

    assert!(
        prompter
            .asked()
            .iter()
            .any(|asked| asked == "Que souhaitez-vous faire\u{a0}?")
    );
    let saved = load(&file);
    assert_eq!(saved.proposal.jurisdiction, Some(Jurisdiction::from("Royaume-Uni")));
    assert_eq!(saved.assessment.language, None);
}

#[test]
fn every_language_words_the_refusals_of_typed_answers() {
    use super::Validator;
    use super::input;
    for lang in Lang::ALL {
        let refusal = Validator::new(input::date, lang)
            .check("20-11-2026")
            .expect_err("refused");
        assert!(
            refusal.contains("2026-03-01") && !refusal.contains('⟦'),
            "{lang}: {refusal}"
        );
        assert!(Validator::new(input::required, lang).check(" ").is_err());
    }
    assert_eq!(
        Validator::new(input::required, Lang::Es)
            .check("")
            .expect_err("refused"),
        "este campo no puede quedar vacío"
    );
    // Written as a date, but not a day the calendar has: the day is what is wrong.
    assert_eq!(
        Validator::new(input::date, Lang::En).check("2026-02-31"),
        Err("the calendar has no such day: check the day and the month".to_string())
    );
    // A text longer than a brief takes is refused as it is typed, not once it locks the file.
    assert!(Validator::new(input::title, Lang::En).check(&"t".repeat(500)).is_ok());
    assert_eq!(
        Validator::new(input::title, Lang::En).check(&"t".repeat(501)),
        Err("a title of at most 500 characters, please: the official title is enough".to_string())
    );
    assert!(
        Validator::new(input::finding, Lang::Fr)
            .check(&"é".repeat(5_001))
            .is_err()
    );
    assert!(
        Validator::new(input::long_text, Lang::Pt)
            .check(&"a ".repeat(10_001))
            .is_err()
    );
    assert!(
        Validator::new(input::long_text, Lang::Pt)
            .check(&"a ".repeat(10_000))
            .is_ok()
    );
}

#[test]
fn a_red_flag_left_without_a_reason_is_taken_back_when_the_wizard_stops() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &["openness.encryption"]);
    let script = vec![
        choose("Continue"),
        choose("1 –"),
        text("Requires scanning of messages on the user's device."),
        text("s. 9"),
        Reply::Tick(vec!["Harm: Requires scanning on users' devices".to_string()]),
        text(""),
        // Esc at the second "Why?".
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);
    let ended = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(
        ended,
        Ended::Cancelled {
            file: Some(file.clone())
        }
    );
    let said = prompter.said().join("\n");
    assert!(
        said.contains(
            "The red flag on Openness: Encryption and private messages was not saved: it needs a reason. What you \
             wrote is kept, answered “Not sure yet”: choose the level again and give the reason to finish it."
        ),
        "{said}"
    );
    // Unanswered before: what was typed is kept, under "not sure yet", with no level.
    let kept = load(&file).answer("openness", "encryption").cloned().expect("kept");
    assert_eq!((kept.level, kept.status), (None, Some(AnswerStatus::Unknown)));
    assert_eq!(
        kept.finding.as_deref(),
        Some("Requires scanning of messages on the user's device.")
    );
    assert_eq!(kept.provisions, ["s. 9"]);
    assert_eq!(kept.mechanisms, ["client-side-scanning"]);
    // Answered again, the finding is offered as it was typed.
    let script = vec![
        choose("Continue"),
        choose("Revise an answer"),
        choose("Openness: Encryption and private messages"),
        choose("1 –"),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let finding = prompter
        .texts()
        .iter()
        .find(|t| t.message == "What does the proposal do here?")
        .cloned();
    assert_eq!(
        finding.and_then(|t| t.initial).as_deref(),
        Some("Requires scanning of messages on the user's device.")
    );
    // With the "not sure yet" left as it is, the test below starts from an answer of its own.
    // An answer that was there before comes back as it was.
    set_answer_in_file(
        &file,
        "openness",
        "encryption",
        Answer {
            level: Some(3),
            rationale: Some("Leaves encryption alone.".into()),
            ..Answer::default()
        },
    );
    let script = vec![
        choose("Continue"),
        choose("Revise an answer"),
        choose("Openness: Encryption and private messages"),
        // Level 0 is a red flag whatever is ticked; Esc at the finding.
        choose("0 –"),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let answer = load(&file).answer("openness", "encryption").cloned().expect("kept");
    assert_eq!(answer.level, Some(3));
    assert_eq!(answer.rationale.as_deref(), Some("Leaves encryption alone."));
    // Stopped at the reason, after a new finding and provisions: the answer before comes back,
    // and what was typed over it is shown, to be copied, not lost unseen.
    let script = vec![
        choose("Continue"),
        choose("Revise an answer"),
        choose("Openness: Encryption and private messages"),
        choose("0 –"),
        text("Orders every provider to scan each message before it is sent."),
        text("s. 12; s. 14"),
        Reply::Tick(Vec::new()),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    let answer = load(&file).answer("openness", "encryption").cloned().expect("kept");
    assert_eq!((answer.level, answer.finding), (Some(3), None));
    let said = prompter.said().join("\n");
    assert!(
        said.contains(
            "The red flag on Openness: Encryption and private messages was not saved: it needs a reason. The \
             answer is as it was before.\nWhat you typed was not saved; here it is, to copy if you need it:\n  \
             Finding: Orders every provider to scan each message before it is sent.\n  Provisions: s. 12; s. 14"
        ),
        "{said}"
    );
}

#[test]
fn revising_a_question_screened_out_offers_to_keep_it_and_enter_keeps_it() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    set_answer_in_file(
        &file,
        "openness",
        "easy-access",
        Answer {
            status: Some(AnswerStatus::ScreenedOut),
            ..Answer::default()
        },
    );
    let script = vec![
        choose("Continue"),
        choose("Revise an answer"),
        choose("Openness: Licences, fees"),
        choose("Screened out"),
        choose("Save and quit"),
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    let asked = prompter
        .selects()
        .iter()
        .find(|select| select.options.iter().any(|option| option.starts_with("Screened out")))
        .expect("the question is asked with its status offered");
    assert_eq!(
        asked.options[asked.start], "Screened out – left out at the screening, not examined (keep)",
        "Enter keeps it"
    );
    assert_eq!(
        load(&file)
            .answer("openness", "easy-access")
            .and_then(|answer| answer.status),
        Some(AnswerStatus::ScreenedOut)
    );
}

#[test]
fn a_folder_or_file_that_cannot_keep_answers_is_said_before_any_question() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");

    // A file inside a file: said at once, before the title is asked.
    let blocker = dir.path().join("notes.toml");
    std::fs::write(&blocker, "x").expect("write");
    let mut prompter = ScriptedPrompter::new(vec![]);
    let error = run(&mut prompter, &rubrics, &options(Some(blocker.join("x.toml")))).expect_err("refused");
    assert!(format!("{error:#}").contains("is a file, not a folder"), "{error:#}");
    assert!(prompter.asked().is_empty(), "{:?}", prompter.asked());

    // A read-only file: said before the first question, and left as it is.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = answered_file(dir.path(), &[]);
        let before = std::fs::read(&file).expect("read");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        let mut prompter = ScriptedPrompter::new(vec![]);
        let error = run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect_err("refused");
        assert!(
            format!("{error:#}").contains("is read-only, so no answer could be saved"),
            "{error:#}"
        );
        assert!(prompter.asked().is_empty(), "{:?}", prompter.asked());
        assert_eq!(std::fs::read(&file).expect("read"), before);
    }
}

#[test]
fn the_resume_command_keeps_the_language_and_the_rubrics() {
    let mut french = options(None);
    french.lang = Lang::Fr;
    assert_eq!(
        crate::wizard::resume_command(Path::new("loi souv.toml"), &french),
        "impact-brief wizard --lang fr 'loi souv.toml'"
    );
    let mut own = options(None);
    own.rubrics_dir = Some(PathBuf::from("mine"));
    assert_eq!(
        crate::wizard::resume_command(Path::new("x.toml"), &own),
        "impact-brief wizard --lang en --rubrics mine x.toml"
    );
}

#[test]
fn a_red_flag_replacing_not_applicable_is_not_offered_the_old_reason() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    set_answer_in_file(
        &file,
        "openness",
        "encryption",
        Answer {
            status: Some(AnswerStatus::NotApplicable),
            rationale: Some("The levy does not touch messaging.".into()),
            ..Answer::default()
        },
    );
    let mut script = vec![
        choose("Continue"),
        choose("Revise an answer"),
        choose("Openness: Encryption and private messages"),
    ];
    script.extend(effect_level(
        1,
        "Requires scanning of messages on the user's device.",
        "s. 9",
        &["Harm: Requires scanning on users' devices"],
        "Section 9 makes every provider scan messages before they are encrypted.",
        &[],
    ));
    script.push(Reply::Cancel);
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let why = prompter
        .texts()
        .iter()
        .find(|prompt| prompt.message == "Why?")
        .expect("asked why");
    assert_eq!(
        why.initial, None,
        "the reason for 'not applicable' is not the red flag's"
    );
    let saved = load(&file);
    let answer = saved.answer("openness", "encryption").expect("answered");
    assert_eq!(
        answer.rationale.as_deref(),
        Some("Section 9 makes every provider scan messages before they are encrypted.")
    );
}

/// An effect answer below its acceptable level that ticks no harm would get no advice in the
/// brief: the wizard says so and asks where its advice comes from. Going back and ticking a harm
/// ends it; the assessors' own advice and another question's are saved as `recommendation` and
/// `advice_under`.
#[test]
fn an_answer_without_advice_is_asked_where_its_advice_comes_from() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let revise = |then: Vec<Reply>| {
        let mut script = vec![
            choose("Continue"),
            choose("Revise"),
            choose("Openness: Licences, fees"),
            choose("1 –"),
            text("Licence fees for every network."),
            text(""),
            Reply::Tick(vec![]),
        ];
        script.extend(then);
        script.extend([text("Why."), text(""), choose("Save and quit")]);
        ScriptedPrompter::new(script)
    };
    let answer = || {
        load(&file)
            .answer("openness", "easy-access")
            .cloned()
            .expect("answered")
    };

    // Back to the list, where a harm is ticked: nothing more is asked.
    let mut prompter = revise(vec![
        choose("Tick what the proposal does"),
        Reply::Tick(vec!["Harm: Sets fees".to_string()]),
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    assert!(
        said_on_one_line(&prompter)
            .iter()
            .any(|line| line.contains("ticks no harm") && line.contains("gives this answer no advice")),
        "{:?}",
        prompter.said()
    );
    assert_eq!(
        prompter
            .selects()
            .iter()
            .filter(|select| select.message == "Where should its advice come from?")
            .count(),
        1
    );
    assert!(!answer().mechanisms.is_empty());

    // The assessors' own advice.
    let mut prompter = revise(vec![choose("Write our own advice"), text("Exempt community networks.")]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(answer().recommendation.as_deref(), Some("Exempt community networks."));

    // Another question's advice, from a list of the other effect questions with their answers.
    set_answer_in_file(
        &file,
        "openness",
        "easy-access",
        Answer {
            level: Some(2),
            ..Answer::default()
        },
    );
    let mut prompter = revise(vec![
        choose("Another question's advice"),
        choose("Openness: Blocking websites"),
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(answer().advice_under, ["openness.reachability"]);
    // That question, at level 2 with no harm ticked, gives no advice yet, and the wizard says so.
    assert!(
        said_on_one_line(&prompter)
            .iter()
            .any(|line| line.starts_with("“Openness: Blocking websites") && line.contains("gives no advice yet")),
        "{:?}",
        prompter.said()
    );
    let list = prompter
        .selects()
        .iter()
        .find(|select| select.message == "Which question's advice answers this one too?")
        .expect("the list is shown");
    assert!(
        !list.options.iter().any(|label| label.starts_with("Openness: Licences")),
        "{:?}",
        list.options
    );
    assert!(
        !list
            .options
            .iter()
            .any(|label| label.starts_with("Openness: Who could take part")),
        "{:?}",
        list.options
    );
}

/// What the wizard said, each message on one line (wrapped notes joined again).
fn said_on_one_line(prompter: &ScriptedPrompter) -> Vec<String> {
    prompter
        .said()
        .iter()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Stopping at the advice step of an answer that was already a red flag with its reason leaves it
/// as it was and says so, not that a red flag was refused; and a question that takes its advice
/// from this one is not offered for this one's (a loop).
#[test]
fn stopping_a_red_flag_already_saved_keeps_it_and_no_loop_is_offered() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let flagged = Answer {
        level: Some(0),
        rationale: Some("A licence for every network.".to_string()),
        ..Answer::default()
    };
    set_answer_in_file(&file, "openness", "easy-access", flagged.clone());
    set_answer_in_file(
        &file,
        "openness",
        "reachability",
        Answer {
            level: Some(1),
            advice_under: vec!["openness.easy-access".to_string()],
            ..Answer::default()
        },
    );
    let mut prompter = ScriptedPrompter::new(vec![
        choose("Continue"),
        choose("Revise"),
        choose("Openness: Licences, fees"),
        choose("0 –"),
        text(""),
        text(""),
        Reply::Tick(vec![]),
        choose("Another question's advice"),
        Reply::Cancel,
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    let list = prompter
        .selects()
        .iter()
        .find(|select| select.message == "Which question's advice answers this one too?")
        .expect("the list is shown");
    assert!(
        !list
            .options
            .iter()
            .any(|label| label.starts_with("Openness: Blocking websites")),
        "{:?}",
        list.options
    );
    let said = prompter.said().join("\n");
    assert!(
        said.contains("Stopped before the reason: the answer to Openness: Licences"),
        "{said}"
    );
    assert!(!said.contains("was not saved"), "{said}");
    let kept = load(&file).answer("openness", "easy-access").cloned().expect("kept");
    assert_eq!((kept.level, kept.rationale), (flagged.level, flagged.rationale));
}

/// An answer below its acceptable level with no advice from anywhere, as a stop before the
/// wizard asked where its advice comes from leaves it, is named when the file is opened again,
/// with where to go to finish it: the brief would list it as a concern and advise nothing.
#[test]
fn an_answer_left_without_advice_is_named_when_the_file_is_opened_again() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut assessment = load(&file);
    for rubric in rubrics.select(&assessment.rubric_ids()) {
        for question in &rubric.questions {
            let level = if question.id == "easy-access" { 1 } else { 3 };
            assessment.set_answer(
                &rubric.id,
                &question.id,
                Answer {
                    level: Some(level),
                    ..Answer::default()
                },
            );
        }
    }
    std::fs::write(&file, to_toml(&assessment).expect("toml")).expect("write");
    let mut prompter = ScriptedPrompter::new([choose("Continue"), choose("Save and quit")]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    let notes: Vec<String> = said_on_one_line(&prompter)
        .into_iter()
        .filter(|line| line.contains("no advice from anywhere"))
        .collect();
    assert_eq!(
        notes,
        [
            "One answer is below the acceptable level with no harm ticked and no advice from anywhere, so the brief \
             lists it as a concern and advises nothing: Openness: Licences, fees and the cost of getting online. \
             To say where the advice comes from, choose \"Revise an answer\" in the menu at the end."
        ],
        "{:?}",
        prompter.said()
    );
}

/// The assessors' own advice, once written, is shown when the answer is revised, to be kept,
/// edited or emptied (the rubric's advice then applies again).
#[test]
fn an_answers_own_advice_can_be_edited_when_it_is_revised() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    set_answer_in_file(
        &file,
        "openness",
        "easy-access",
        Answer {
            level: Some(3),
            recommendation: Some("Old advice.".to_string()),
            ..Answer::default()
        },
    );
    let mut prompter = ScriptedPrompter::new([
        choose("Continue"),
        choose("Revise"),
        choose("Openness: Licences, fees"),
        choose("3 –"),
        text(""),
        text(""),
        Reply::Tick(vec![]),
        text("Exempt community networks from the licence."),
        text("Why."),
        text(""),
        choose("Save and quit"),
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(prompter.remaining(), 0);
    let asked = prompter
        .texts()
        .iter()
        .find(|prompt| prompt.message == "Your advice to the drafters")
        .expect("the advice is shown");
    assert_eq!(asked.initial.as_deref(), Some("Old advice."));
    let answer = load(&file)
        .answer("openness", "easy-access")
        .cloned()
        .expect("answered");
    assert_eq!(
        answer.recommendation.as_deref(),
        Some("Exempt community networks from the licence.")
    );
}

/// A text address already on file that is no web address is kept with Enter, with a word on what
/// the brief does with it; a new one of that kind is refused as it is typed.
#[test]
fn an_address_on_file_that_is_no_web_address_is_kept_with_a_word() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut assessment = load(&file);
    assessment.proposal.url = Some("Gazette no. 12".to_string());
    std::fs::write(&file, to_toml(&assessment).expect("toml")).expect("write");
    let script = vec![
        choose("Review every answer"),
        text("Network Fees Act"),
        text(""),
        text(""),
        choose("Law"),
        choose("Not sure"),
        text(""),
        text("Gazette no. 12"),
        Reply::Cancel,
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert_eq!(load(&file).proposal.url.as_deref(), Some("Gazette no. 12"));
    assert!(
        said_on_one_line(&prompter).iter().any(|line| line.starts_with(
            "The address on file, “Gazette no. 12”, is no web address: the brief prints it as text, not as a link."
        )),
        "{:?}",
        prompter.said()
    );
    // Without one on file, the same text is refused.
    let url = prompter
        .texts()
        .iter()
        .find(|prompt| prompt.message == "Where can the text be read?")
        .expect("asked");
    assert!(url.validate.is_some_and(|rule| rule.check("Gazette no. 12").is_ok()));
    assert!(crate::wizard::input::optional_web_address("Gazette no. 12").is_err());
}

/// Runs the wizard on `file` as far as the list of findings to put first, and stops there:
/// the list, as offered.
fn lead_list(file: &Path, lang: Lang) -> super::SelectPrompt {
    let rubrics = rubrics();
    let (plan, menu) = match lang {
        Lang::Fr => ("Produire la note maintenant", "Choisir le constat"),
        _ => ("Render the brief now", "Choose the finding"),
    };
    let mut prompter = ScriptedPrompter::new([choose(plan), Reply::Tick(vec![]), choose(menu), Reply::Cancel]);
    let options = Options {
        lang,
        ..options(Some(file.to_path_buf()))
    };
    let ended = run(&mut prompter, &rubrics, &options).expect("the wizard runs");
    assert!(matches!(ended, Ended::Cancelled { .. }), "{ended:?}");
    prompter.selects().last().expect("the list of findings").clone()
}

/// Runs the wizard on `file` to choose `finding` for page 1's lead, then save and quit; gives
/// the prompter, for what the wizard said.
fn choose_lead(file: &Path, finding: &str) -> ScriptedPrompter {
    let mut prompter = ScriptedPrompter::new([
        choose("Render the brief now"),
        Reply::Tick(vec![]),
        choose("Choose the finding"),
        choose(finding),
        choose("Save and quit"),
    ]);
    run(&mut prompter, &rubrics(), &options(Some(file.to_path_buf()))).expect("the wizard runs");
    prompter
}

#[test]
fn the_wizard_lets_the_assessors_choose_the_finding_page_one_puts_first() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("cert-in.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/calibration/india-cert-in-directions-2022.toml"),
        &file,
    )
    .expect("copy");

    // The list: "none" first, then page 1's concerns in the method's order, the points to
    // watch and the strengths, each with what the assessors found; the cursor starts on the
    // finding the file leads with.
    let list = lead_list(&file, Lang::En);
    assert_eq!(list.message, "Which finding should page 1 put first?");
    assert_eq!(list.options[0], "None: keep the method's order");
    let led = &list.options[list.start];
    assert!(
        led.starts_with("Main concerns: Openness: Central gateways and single points of control — "),
        "{led}"
    );
    assert!(list.options[1].starts_with("Main concerns: "), "{:?}", list.options);
    assert_ne!(
        list.start, 1,
        "the led finding is not the method's first: {:?}",
        list.options
    );
    assert!(
        list.options
            .iter()
            .any(|option| option.starts_with("Points to watch: ")),
        "{:?}",
        list.options
    );

    // Choosing the method's first concern moves the lead there, and only there.
    let first = list.options[1].clone();
    let prompter = choose_lead(&file, &first);
    let assessment = load(&file);
    let lead = assessment.lead().expect("a lead");
    let leads = assessment
        .answers
        .values()
        .flat_map(|answers| answers.values())
        .filter(|a| a.lead)
        .count();
    assert_eq!(leads, 1);
    let brief = crate::report::Brief::of(&assessment, &rubrics);
    assert_eq!(brief.summary.main_concerns[0].question, lead);
    let said = prompter.said().join("\n");
    let topic = &brief.summary.main_concerns[0].topic;
    // Named as the list names it, in the wizard's language.
    let name = first
        .split_once(": ")
        .and_then(|(_, rest)| rest.split_once(" — "))
        .map(|(name, _)| name)
        .expect("a name in the option");
    assert!(said.contains(&format!("Page 1 now puts “{name}” first.")), "{said}");
    assert!(
        brief
            .summary
            .paragraph
            .contains(&format!("The assessors chose to put “{topic}”"))
    );
    // The file says so as the key, and keeps the rest of the file as it was.
    let written = std::fs::read_to_string(&file).expect("read");
    assert_eq!(written.matches("lead = true").count(), 1, "{written}");
    assert!(written.contains("CERT-In"), "{written}");

    // "None" takes it off: page 1 keeps the method's order and says nothing of a choice.
    let prompter = choose_lead(&file, "None: keep the method's order");
    assert!(prompter.said().join("\n").contains("Page 1 keeps the method's order."));
    let assessment = load(&file);
    assert_eq!(assessment.lead(), None);
    assert!(!std::fs::read_to_string(&file).expect("read").contains("lead = true"));
    let brief = crate::report::Brief::of(&assessment, &rubrics);
    assert!(!brief.summary.paragraph.contains("The assessors chose"));

    // In French, the list speaks French.
    let list = lead_list(&file, Lang::Fr);
    assert_eq!(list.message, "Quel constat placer en premier en page 1\u{a0}?");
    assert_eq!(list.options[0], "Aucun\u{a0}: garder l’ordre de la méthode");
    assert!(
        list.options[1].starts_with("Principales préoccupations\u{a0}: "),
        "{:?}",
        list.options
    );
    assert_eq!(list.start, 0);

    // A lead on a finding page 1's lists do not show (here a strength after the first few, as
    // `serve` or the file may set) is offered as it is, the cursor on it, so that Enter keeps it.
    let netmundial = dir.path().join("netmundial.toml");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/calibration/netmundial-multistakeholder-statement-2014.toml"),
    )
    .expect("read")
    .replace(
        "[answers.transparency.legal-certainty]\n",
        "[answers.transparency.legal-certainty]\nlead = true\n",
    );
    std::fs::write(&netmundial, text).expect("write");
    let list = lead_list(&netmundial, Lang::En);
    let kept = list.options[list.start].clone();
    assert!(kept.starts_with("First now: Transparency: "), "{:?}", list.options);
    choose_lead(&netmundial, &kept);
    assert_eq!(
        load(&netmundial).lead().map(|id| id.to_string()).as_deref(),
        Some("transparency.legal-certainty")
    );
}

#[test]
fn with_fewer_than_two_findings_there_is_no_lead_to_choose() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("one.toml");
    let mut assessment = Assessment::new("One Finding Act");
    assessment.assessment.date = "2026-11-01".parse().ok();
    assessment.assessment.assessors = vec!["T. Tester".to_string()];
    assessment.set_answer(
        "openness",
        "global-identifiers",
        Answer {
            level: Some(0),
            rationale: Some("It takes over the names.".to_string()),
            ..Answer::default()
        },
    );
    std::fs::write(&file, to_toml(&assessment).expect("toml")).expect("write");
    let mut prompter = ScriptedPrompter::new([
        choose("Render the brief now"),
        Reply::Tick(vec![]),
        choose("Choose the finding"),
        choose("Save and quit"),
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("the wizard runs");
    let said = prompter.said().join("\n");
    assert!(
        said.contains("Page 1 has fewer than two findings to put in order yet: there is nothing to choose."),
        "{said}"
    );
    assert_eq!(
        prompter
            .selects()
            .iter()
            .filter(|s| s.message.starts_with("Which finding"))
            .count(),
        0
    );
    assert_eq!(load(&file).lead(), None);
}

#[test]
fn resuming_offers_to_revise_one_answer_without_going_through_the_rest() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    // Two questions still open: "Continue" would ask them; revising one answer does not.
    let file = answered_file(
        dir.path(),
        &["transparency.advance-notice", "transparency.review-clause"],
    );
    let script = vec![
        choose("Revise an answer"),
        choose("Openness: Who could take part"),
        choose("3 –"),
        text(""),
        text(""),
        text("Anyone could comment on the draft."),
        text(""),
        choose("Save and quit"),
    ];
    let mut prompter = ScriptedPrompter::new(script);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");

    assert_eq!(prompter.remaining(), 0);
    let plan = &prompter.selects()[0];
    assert_eq!(
        plan.options,
        [
            "Continue with the unanswered questions (2 left)",
            "Revise an answer",
            "Review every answer",
            "Render the brief now"
        ]
    );
    let assessment = load(&file);
    let answer = assessment.answer("openness", "participation").expect("answered");
    assert_eq!(answer.level, Some(3));
    assert_eq!(answer.rationale.as_deref(), Some("Anyone could comment on the draft."));
    // The open questions are still open, and nothing before the list was asked again.
    assert!(assessment.answer("transparency", "review-clause").is_none());
    assert_eq!(
        prompter.asked()[..2],
        ["What would you like to do?", "Which answer do you want to change?"]
    );
}

#[test]
fn the_menu_marks_the_brief_final_and_a_draft_again() {
    let rubrics = rubrics();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = answered_file(dir.path(), &[]);
    let mut prompter = ScriptedPrompter::new([
        choose("Render the brief now"),
        Reply::Tick(vec![]),
        choose("Mark the brief final"),
        choose("Save and quit"),
    ]);
    run(&mut prompter, &rubrics, &options(Some(file.clone()))).expect("run");
    assert!(
        prompter
            .said()
            .join("\n")
            .contains("The brief's first page now says: Final.")
    );
    assert_eq!(load(&file).assessment.status, Some(crate::model::ReviewStatus::Final));
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("status = \"final\"")
    );
    let brief = crate::report::Brief::of(&load(&file), &rubrics);
    let json = serde_json::to_string(&brief).expect("json");
    assert!(json.contains("\"Final\""), "{json}");

    // Once final, the menu offers the way back, in the wizard's language.
    let mut prompter = ScriptedPrompter::new([
        choose("Produire la note maintenant"),
        Reply::Tick(vec![]),
        choose("Marquer de nouveau la note comme version provisoire"),
        choose("Enregistrer et quitter"),
    ]);
    let options = Options {
        lang: Lang::Fr,
        ..options(Some(file.clone()))
    };
    run(&mut prompter, &rubrics, &options).expect("run");
    assert!(
        prompter
            .said()
            .join("\n")
            .contains("La première page de la note indique désormais\u{a0}: Version provisoire.")
    );
    assert_eq!(load(&file).assessment.status, Some(crate::model::ReviewStatus::Draft));
}
