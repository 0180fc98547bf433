//! The Word panel brief of several stakeholder groups' assessments: the sections of
//! templates/panel.md.tera, from who assessed and the consolidated verdict through agreement,
//! where the groups disagree (every group's answer and words), where they agree, each group's own
//! verdict and what is still open, to the consolidated answers, recommendations and methodology.

use anyhow::{Context, Result};

use super::body::{Body, Fmt, Props};
use super::brief::sources;
use super::package::{Page, Properties, package};
use super::table::{Cell, Row};
use super::{FLAG_RED, Paper, band_colour, given};
use crate::model::Dimension;
use crate::panel::{GroupDimension, GroupView, PanelBrief, PanelQuestion};

/// Renders `panel` as a .docx package on `paper`.
pub(crate) fn render(panel: &PanelBrief, paper: Paper) -> Result<Vec<u8>> {
    let page = Page::of(paper);
    let mut body = Body::new(page.text_width(), panel.panel.lang).with_text_lang(panel.brief.text_lang);
    header(panel, &mut body);
    who_assessed(panel, &mut body);
    verdict(panel, &mut body);
    agreement(panel, &mut body);
    disagreements(panel, &mut body);
    agreements(panel, &mut body);
    group_verdicts(panel, &mut body);
    still_open(panel, &mut body);
    consolidated_answers(panel, &mut body);
    recommendations(panel, &mut body);
    methodology(panel, &mut body);
    body.para_styled("Closing", &panel.panel.generated);
    let brief = &panel.brief;
    let mut authors: Vec<String> = Vec::new();
    for assessor in &brief.assessment.assessors {
        if !authors.contains(assessor) {
            authors.push(assessor.clone());
        }
    }
    let properties = Properties {
        lang: panel.panel.lang,
        title: format!(
            "{}{} {}",
            label(panel, "title"),
            label(panel, "colon"),
            brief.proposal.title
        ),
        subject: panel.panel.verdict_line.clone(),
        authors,
        keywords: super::package::keywords(panel.panel.lang, Some("panel-title")),
        date: brief.assessment.date,
        proposal: brief.proposal.title.clone(),
        // The rating without its score, as the PDF's running header: beside a rating capped by
        // red flags, a score from another band reads as a contradiction only page 1 explains.
        verdict: format!(
            "{}{} {}",
            label(panel, "overall_rating"),
            label(panel, "colon"),
            brief.overall.rating_label
        ),
    };
    package(&properties, &body, None, page).context("cannot write the Word panel brief")
}

/// A label of the panel brief's catalogue, by key (`who_assessed`).
fn label<'a>(panel: &'a PanelBrief, key: &'a str) -> &'a str {
    panel.panel.labels.get(key).map_or(key, String::as_str)
}

/// A bulleted list of plain lines.
fn bullets<'a>(lines: impl IntoIterator<Item = &'a String>, body: &mut Body) {
    for line in lines {
        body.open_bullet(0);
        body.run(line, Fmt::default());
        body.close_p();
    }
}

/// The title and what the panel assessed.
fn header(panel: &PanelBrief, body: &mut Body) {
    let brief = &panel.brief;
    let proposal = &brief.proposal;
    body.open_p(Some("Title"), Props::default());
    body.run(
        &format!("{}{} ", label(panel, "title"), label(panel, "colon")),
        Fmt::default(),
    );
    body.assessors_text(|body| body.run(&proposal.title, Fmt::default()));
    body.close_p();
    let mut rows = Vec::new();
    let mut row = |name: &str, value: &str| {
        rows.push(Row::new(vec![Cell::default().and(name, Fmt::MUTED), Cell::text(value)]));
    };
    if let Some(value) = given(&proposal.jurisdiction) {
        row(label(panel, "jurisdiction"), value);
    }
    if let Some(value) = given(&proposal.reference) {
        row(label(panel, "reference"), value);
    }
    if let Some(value) = given(&proposal.stage_label) {
        row(label(panel, "stage"), value);
    }
    row(label(panel, "panel"), &panel.panel.line);
    let rubrics = brief
        .methodology
        .rubrics
        .iter()
        .map(|rubric| format!("{} {}", rubric.title, rubric.version))
        .collect::<Vec<_>>()
        .join(", ");
    row(label(panel, "rubrics"), &rubrics);
    body.table(label(panel, "proposal_and_panel"), &[1, 3], None, &[], &rows);
}

fn who_assessed(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "who_assessed"));
    let rows: Vec<Row> = panel
        .panel
        .groups
        .iter()
        .map(|group| {
            Row::new(vec![
                Cell::text(group.label.as_str()),
                Cell::text(group.members.to_string()),
                Cell::text(group.assessors.join("; ")),
            ])
        })
        .collect();
    body.table(
        label(panel, "caption_who"),
        &[22, 17, 61],
        Some(&[
            label(panel, "stakeholder_group"),
            label(panel, "assessments"),
            label(panel, "assessors"),
        ]),
        &[1],
        &rows,
    );
    body.para(&panel.panel.missing_note, Fmt::default());
}

fn verdict(panel: &PanelBrief, body: &mut Body) {
    let brief = &panel.brief;
    body.heading(1, label(panel, "consolidated_verdict"));
    body.para_styled("Verdict", &panel.panel.verdict_line);
    body.para(&brief.summary.paragraph, Fmt::default());
    body.para(&brief.robustness.sentence, Fmt::default());
    body.heading(2, label(panel, "red_flags_by_group"));
    if let Some(none) = &panel.panel.no_red_flags {
        body.para(none, Fmt::default());
    }
    for flag in &panel.panel.red_flags {
        body.open_bullet(0);
        body.question(label(panel, "colon"), &flag.rubric_title, &flag.prompt);
        body.run(&format!(" — {} ", label(panel, "raised_by")), Fmt::default());
        body.run(&flag.groups.join(", "), Fmt::default());
        // What one of them found, and who answered without raising it.
        if let Some(quote) = &flag.finding_quote {
            body.line_break();
            body.quote(quote);
        }
        if let Some(line) = &flag.not_raised_line {
            body.line_break();
            body.run(line, Fmt::default());
        }
        body.close_p();
    }
    // The rubrics after the red flags, as a brief's scorecard comes after its summary: page 1
    // keeps the first flag, with what the groups found, on any paper and in any language.
    body.heading(2, label(panel, "by_rubric"));
    let rows: Vec<Row> = brief
        .rubrics
        .iter()
        .map(|rubric| {
            Row::new(vec![
                Cell::text(rubric.title.as_str()),
                Cell::dimension(&rubric.dimensions, Dimension::Effect),
                Cell::dimension(&rubric.dimensions, Dimension::Process),
                Cell::default().and(rubric.rating_label, Fmt::marked(band_colour(rubric.rating))),
                Cell::text(rubric.score_display.as_str()),
            ])
        })
        .collect();
    body.table(
        label(panel, "caption_rubrics"),
        &[22, 24, 24, 18, 12],
        Some(&[
            label(panel, "rubric"),
            label(panel, "effect"),
            label(panel, "process"),
            label(panel, "rating"),
            label(panel, "score"),
        ]),
        &[4],
        &rows,
    );
}

fn agreement(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "agreement"));
    body.para(&panel.panel.agreement_line, Fmt::default());
    let rows: Vec<Row> = panel
        .panel
        .rubric_agreement
        .iter()
        .map(|rubric| {
            Row::new(vec![
                Cell::text(rubric.title.as_str()),
                Cell::text(rubric.display.as_str()),
                Cell::text(rubric.alpha.coders.to_string()),
                Cell::text(rubric.alpha.units.to_string()),
            ])
        })
        .collect();
    body.table(
        label(panel, "caption_agreement"),
        &[40, 20, 20, 20],
        Some(&[
            label(panel, "rubric"),
            label(panel, "alpha"),
            label(panel, "assessors"),
            label(panel, "questions"),
        ]),
        &[1, 2, 3],
        &rows,
    );
}

fn disagreements(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "disagree"));
    if let Some(none) = &panel.panel.no_disagreements {
        body.para(none, Fmt::default());
    } else {
        body.para(label(panel, "disagree_intro"), Fmt::default());
    }
    for question in &panel.panel.disagreements {
        disagreement(panel, question, body);
    }
}

/// One question the groups answer differently: the spread, every group's answer side by side,
/// then each group's words once.
fn disagreement(panel: &PanelBrief, question: &PanelQuestion, body: &mut Body) {
    body.heading(
        2,
        &format!("{}{} {}", question.rubric_title, label(panel, "colon"), question.prompt),
    );
    body.para(&question.spread_line, Fmt::default());
    let rows: Vec<Row> = question
        .by_group
        .iter()
        .map(|answer| {
            let mut cell = Cell::text(answer.display.as_str());
            if answer.red_flag {
                cell = cell
                    .and(" — ", Fmt::default())
                    .and(label(panel, "red_flag"), Fmt::marked(FLAG_RED));
            }
            Row::new(vec![
                Cell::text(answer.group.as_str()),
                cell,
                Cell::text(given(&answer.level_text).unwrap_or_default()),
            ])
        })
        .collect();
    body.table(
        label(panel, "caption_answers"),
        &[22, 22, 56],
        Some(&[
            label(panel, "group"),
            label(panel, "answer"),
            label(panel, "level_means"),
        ]),
        &[],
        &rows,
    );
    // Each group's words once: a member whose own answer is the group's, or nearest to it.
    for answer in &question.by_group {
        let (Some(rationale), Some(note)) = (&answer.quote, &answer.quote_note) else {
            continue;
        };
        body.open_p(None, Props::default());
        body.run(&answer.group, Fmt::BOLD);
        body.run(&format!(" ({note}){}", label(panel, "colon")), Fmt::default());
        body.close_p();
        body.text_in(rationale.lang, |body| body.markup(rationale.text.markup(), 2));
    }
}

fn agreements(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "agree"));
    if let Some(none) = &panel.panel.no_agreements {
        body.para(none, Fmt::default());
    }
    for question in &panel.panel.agreements {
        body.open_bullet(0);
        body.run(&question.rubric_title, Fmt::default());
        body.run(&format!("{} ", label(panel, "colon")), Fmt::default());
        body.run(&question.prompt, Fmt::default());
        body.run(" — ", Fmt::default());
        body.run(&question.consolidated, Fmt::default());
        body.close_p();
    }
}

/// A group's rating of one dimension or rubric, by id: in words with its score, or "–".
fn group_cell(ratings: &[GroupDimension], id: &str) -> Cell {
    ratings.iter().find(|rating| rating.id == id).map_or_else(
        || Cell::text("–"),
        |rating| Cell::verdict(rating.rating, rating.verdict, &rating.score_display),
    )
}

fn group_verdicts(panel: &PanelBrief, body: &mut Body) {
    let brief = &panel.brief;
    body.heading(1, label(panel, "own_verdict"));
    // Two tables, the verdicts then the rubrics: in one, seven columns of a portrait page were
    // too narrow for a word such as "Préoccupations", which Word broke in the middle.
    let group_cell_of = |group: &GroupView| Cell::text(group.label.as_str());
    let mut header = vec![label(panel, "group"), label(panel, "overall")];
    header.extend(brief.overall.dimensions.iter().map(|dimension| dimension.label));
    let rows: Vec<Row> = panel
        .panel
        .groups
        .iter()
        .map(|group| {
            let mut cells = vec![
                group_cell_of(group),
                Cell::rating(group.rating, group.rating_label, &group.score_display),
            ];
            cells.extend(
                brief
                    .overall
                    .dimensions
                    .iter()
                    .map(|dimension| group_cell(&group.dimensions, dimension.id.id())),
            );
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![28];
    widths.resize(header.len(), 24);
    body.table(label(panel, "caption_own_verdict"), &widths, Some(&header), &[], &rows);
    let mut header = vec![label(panel, "group")];
    header.extend(brief.rubrics.iter().map(|rubric| rubric.title.as_str()));
    let rows: Vec<Row> = panel
        .panel
        .groups
        .iter()
        .map(|group| {
            let mut cells = vec![group_cell_of(group)];
            cells.extend(
                brief
                    .rubrics
                    .iter()
                    .map(|rubric| group_cell(&group.rubrics, &rubric.id)),
            );
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![28];
    widths.resize(header.len(), 24);
    body.table(label(panel, "caption_own_verdict"), &widths, Some(&header), &[], &rows);
}

fn still_open(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "still_open"));
    let open: Vec<String> = panel
        .panel
        .groups
        .iter()
        .filter(|group| !group.open_questions.is_empty())
        .map(|group| {
            // One paragraph a group: its questions end in question marks, which a list joined by
            // commas or semicolons would run together.
            format!(
                "{}{} {}",
                group.label,
                label(panel, "colon"),
                group.open_questions.join(" · ")
            )
        })
        .collect();
    if let Some(all) = &panel.panel.all_answered {
        body.para(all, Fmt::default());
    }
    bullets(&open, body);
}

fn consolidated_answers(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "consolidated_answers"));
    let groups = &panel.panel.groups;
    let mut header = vec![label(panel, "question")];
    header.extend(groups.iter().map(|group| group.label.as_str()));
    header.push(label(panel, "panel"));
    let rows: Vec<Row> = panel
        .panel
        .questions
        .iter()
        .map(|question| {
            let mut cells = vec![Cell::text(format!(
                "{}{} {}",
                question.rubric_title,
                label(panel, "colon"),
                question.prompt
            ))];
            cells.extend(
                question
                    .by_group
                    .iter()
                    .map(|answer| Cell::text(answer.display.as_str())),
            );
            cells.push(Cell::default().and(question.consolidated.as_str(), Fmt::BOLD));
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![28];
    widths.resize(header.len(), 12);
    body.table(label(panel, "caption_consolidated"), &widths, Some(&header), &[], &rows);
}

fn recommendations(panel: &PanelBrief, body: &mut Body) {
    body.heading(1, label(panel, "recommendations"));
    if let Some(none) = &panel.panel.no_recommendations {
        body.para(none, Fmt::default());
        return;
    }
    let list = body.ordered_list(0, 1);
    for recommendation in &panel.panel.recommendations {
        body.open_numbered(list, 0);
        body.question(
            label(panel, "colon"),
            &recommendation.rubric_title,
            &recommendation.prompt,
        );
        body.run(&format!(" ({})", recommendation.note), Fmt::MUTED);
        body.line_break();
        body.run(&recommendation.text, Fmt::default());
        body.close_p();
    }
}

fn methodology(panel: &PanelBrief, body: &mut Body) {
    let methodology = &panel.brief.methodology;
    body.annex_heading(label(panel, "methodology"));
    body.para(&methodology.intro, Fmt::default());
    body.heading(2, label(panel, "how_made"));
    bullets(&panel.panel.rules, body);
    body.heading(2, label(panel, "scoring"));
    bullets(&methodology.rules, body);
    sources(&methodology.sources, label(panel, "sources"), body);
}
