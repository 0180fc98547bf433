//! The Word brief of one assessment: the sections of the PDF brief, from the title and metadata
//! through the summary, the scorecard (chart and table), the proposal, the findings, how views
//! were reflected (with a consultation ledger), the recommendations and the open questions to the
//! methodology. Every word comes from the view-model: its labels (headings, column titles) and
//! the sentences it wrote in the brief's language; nothing here is English of its own.

use std::fmt::Write as _;

use anyhow::{Context, Result};

use super::body::{Body, Fmt, Props};
use super::markup::Nest;
use super::package::{NS_A, NS_PIC, Page, Properties, package};
use super::table::{Cell, Row};
use super::xml::escape;
use super::{FLAG_RED, Paper, band_colour, chart, given, written};
use crate::consultation::TableCell;
use crate::i18n::Lang;
use crate::markup::is_safe_url;
use crate::model::Dimension;
use crate::report::{
    Brief, ConsultationView, FindingRef, OverallView, QuestionView, RecommendationView, RubricView, SourceView,
    SummaryView,
};
use crate::scoring::QuestionStatus;

/// Renders `brief` as a .docx package on `paper`.
pub(crate) fn render(brief: &Brief, paper: Paper) -> Result<Vec<u8>> {
    let page = Page::of(paper);
    let chart = chart::draw(brief).context("cannot draw the chart of the Word brief")?;
    let mut body = Body::new(page.text_width(), brief.lang).with_text_lang(brief.text_lang);
    header(brief, &mut body);
    summary(brief, &mut body);
    scorecard(brief, &chart, &mut body);
    proposal(brief, &mut body);
    body.heading(1, label(brief, "findings"));
    for rubric in &brief.rubrics {
        findings(brief, rubric, &mut body);
    }
    if let Some(ledger) = &brief.consultation {
        consultation(brief, ledger, &mut body);
    }
    recommendations(brief, &mut body);
    open_questions(brief, &mut body);
    methodology(brief, &mut body);
    body.para_styled("Closing", &brief.colophon);
    let properties = Properties {
        lang: brief.lang,
        title: format!(
            "{}{} {}",
            label(brief, "title"),
            label(brief, "colon"),
            brief.proposal.title
        ),
        subject: brief.overall.verdict.clone(),
        authors: brief.assessment.assessors.clone(),
        keywords: super::package::keywords(brief.lang, None),
        date: brief.assessment.date,
        proposal: brief.proposal.title.clone(),
        // The rating without its score, as the PDF's running header: beside a rating capped by
        // red flags, a score from another band reads as a contradiction only page 1 explains.
        verdict: format!(
            "{}{} {}",
            crate::i18n::tr(brief.lang, "page-overall"),
            label(brief, "colon"),
            brief.overall.rating_label
        ),
    };
    package(&properties, &body, Some(&chart), page).context("cannot write the Word brief")
}

/// A label of the brief's catalogue, by key (`main_concerns`); the key itself if it is missing,
/// which the catalogue test rules out.
fn label<'a>(brief: &'a Brief, key: &'a str) -> &'a str {
    brief.labels.get(key).map_or(key, String::as_str)
}

/// The colon after a label, as the brief's language writes it, and the space after it.
fn colon(brief: &Brief) -> String {
    format!("{} ", label(brief, "colon"))
}

fn header(brief: &Brief, body: &mut Body) {
    let proposal = &brief.proposal;
    let assessment = &brief.assessment;
    body.open_p(Some("Title"), Props::default());
    // The brief's name keeps its English in every language (`brief-title-lang`), and the title
    // is the assessors' text: each carries its language, as in the HTML and PDF briefs.
    let title_lang = label(brief, "title_lang").parse().unwrap_or(brief.lang);
    body.text_in(title_lang, |body| body.run(label(brief, "title"), Fmt::default()));
    body.run(&colon(brief), Fmt::default());
    body.assessors_text(|body| body.run(&proposal.title, Fmt::default()));
    body.close_p();
    let subtitle = label(brief, "subtitle");
    if !subtitle.is_empty() {
        body.para(subtitle, Fmt::MUTED);
    }
    let mut rows = Vec::new();
    let mut row = |key: &str, value: Cell| {
        rows.push(Row::new(vec![
            Cell::default().and(label(brief, key), Fmt::MUTED),
            value,
        ]));
    };
    let text = |value: &Option<String>| given(value).map(Cell::text);
    let own = |value: &Option<String>| given(value).map(Cell::own);
    for (key, value) in [
        ("jurisdiction", own(&proposal.jurisdiction)),
        ("reference", own(&proposal.reference)),
        ("kind", Some(Cell::text(proposal.kind_label.as_str()))),
        ("stage", text(&proposal.stage_label)),
        ("introduced", text(&proposal.introduced_long)),
    ] {
        if let Some(value) = value {
            row(key, value);
        }
    }
    if let Some(url) = given(&proposal.url) {
        row(
            "link_text",
            given(&proposal.link).map_or_else(|| Cell::text(url), Cell::link),
        );
    }
    if !assessment.assessors.is_empty() {
        row("assessors", Cell::own(assessment.assessors.join("; ")));
    }
    for (key, value) in [
        ("stakeholder_group", text(&assessment.stakeholder_group_label)),
        ("date", text(&assessment.date_long)),
        ("status", text(&assessment.status)),
    ] {
        if let Some(value) = value {
            row(key, value);
        }
    }
    let rubrics = brief
        .methodology
        .rubrics
        .iter()
        .map(|rubric| format!("{} {}", rubric.title, rubric.version))
        .collect::<Vec<_>>()
        .join(", ");
    row("rubrics", Cell::text(rubrics));
    body.table(label(brief, "the_proposal"), &[1, 3], None, &[], &rows);
}

fn summary(brief: &Brief, body: &mut Body) {
    body.heading(1, label(brief, "summary"));
    body.open_p(Some("Verdict"), Props::default());
    verdict_lines(
        &brief.overall,
        label(brief, "overall_rating"),
        label(brief, "colon"),
        body,
    );
    body.close_p();
    if let Some(provisional) = given(&brief.provisional) {
        body.open_p(None, Props::default());
        body.run(label(brief, "provisional"), Fmt::BOLD);
        body.run(" ", Fmt::default());
        body.run(provisional, Fmt::default());
        body.close_p();
    }
    summary_paragraph(&brief.summary, body);
    body.para(
        &format!("{} {}", brief.robustness.sentence, brief.screening.sentence),
        Fmt::default(),
    );
    summary_findings(brief, body);
    for (key, items) in [
        ("not_affected", &brief.not_affected),
        ("screened_out", &brief.screened_out),
    ] {
        if items.is_empty() {
            continue;
        }
        body.heading(2, label(brief, key));
        for item in items {
            body.open_bullet(0);
            body.run(&item.rubric_title, Fmt::default());
            body.run(&colon(brief), Fmt::default());
            body.run(&item.area, Fmt::default());
            body.close_p();
        }
    }
    next_steps(brief, body);
}

/// Page 1's paragraph, ending, where the effect is favourable, with the assessors' finding it
/// rests on most, marked with its language.
fn summary_paragraph(summary: &SummaryView, body: &mut Body) {
    body.open_p(None, Props::default());
    body.run(&summary.opening, Fmt::default());
    if let Some(lead) = &summary.strength_lead {
        body.run(" ", Fmt::default());
        body.quote(lead);
    }
    body.close_p();
}

/// Page 1's lists of findings: the main concerns (with how many more the findings hold), the
/// points to watch and the strengths.
fn summary_findings(brief: &Brief, body: &mut Body) {
    let summary = &brief.summary;
    for (key, findings, listing) in [
        ("main_concerns", &summary.main_concerns, Listing::Concern),
        ("points_to_watch", &summary.points_to_watch, Listing::Watch),
        ("strengths", &summary.strengths, Listing::Strength),
    ] {
        if findings.is_empty() {
            continue;
        }
        body.heading(2, label(brief, key));
        for finding in findings {
            finding_item(brief, finding, listing, body);
        }
        if listing == Listing::Concern
            && let Some(note) = given(&summary.more_concerns_note)
        {
            body.para(note, Fmt::MUTED);
        }
    }
}

fn next_steps(brief: &Brief, body: &mut Body) {
    if brief.summary.next_steps.is_empty() && brief.summary.next_steps_note.is_none() {
        return;
    }
    body.heading(2, label(brief, "next_steps"));
    if let Some(note) = &brief.summary.next_steps_note {
        body.para(note, Fmt::default());
    }
    if brief.summary.next_steps.is_empty() {
        return;
    }
    let list = body.ordered_list(0, 1);
    for step in &brief.summary.next_steps {
        body.open_numbered(list, 0);
        advice(step, body);
        if step.red_flag {
            body.run(" (", Fmt::default());
            body.red_flag_words(label(brief, "red_flag"));
            body.run(")", Fmt::default());
        }
        body.line_break();
        body.run(
            &format!("{}{}{}", step.rubric_title, colon(brief), step.prompt),
            Fmt::MUTED,
        );
        body.close_p();
    }
}

/// Which page-1 list a finding is in: it decides what is said beside the finding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// A main concern: marked when it is a red flag.
    Concern,
    /// A point to watch: an effect answer, so no dimension is named.
    Watch,
    /// A strength: the safeguards found are named.
    Strength,
}

/// One answered question in a summary list: the red flag if it is one, what it looks at, then
/// what the assessors found and the provisions it rests on (and, for a strength, the safeguards).
fn finding_item(brief: &Brief, finding: &FindingRef, listing: Listing, body: &mut Body) {
    body.open_bullet(0);
    if listing == Listing::Concern
        && let Some(flag) = given(&finding.flag_label)
    {
        body.red_flag_words(&format!("{flag}."));
        body.run(" ", Fmt::default());
    }
    body.run(&finding.topic, Fmt::BOLD);
    let whose = if listing == Listing::Watch {
        format!(" ({})", finding.rubric_title)
    } else {
        format!(" ({}, {})", finding.rubric_title, finding.dimension_label)
    };
    body.run(&whose, Fmt::MUTED);
    body.line_break();
    match given(&finding.finding) {
        Some(text) => body.assessors_text(|body| body.run(text, Fmt::default())),
        None => body.run(label(brief, "no_finding"), Fmt::MUTED),
    }
    if !finding.provisions.is_empty() {
        body.assessors_aside(&finding.provisions_text, Fmt::MUTED);
    }
    // A strength is a safeguard found: say which (a point to watch may have one too, but it is
    // listed for what it leaves open).
    if listing == Listing::Strength
        && let Some(note) = given(&finding.safeguards_note)
    {
        body.run(" ", Fmt::default());
        body.run(note, Fmt::MUTED);
    }
    body.close_p();
}

fn scorecard(brief: &Brief, chart: &chart::Chart, body: &mut Body) {
    body.heading(1, label(brief, "scorecard"));
    // The chart, as an inline picture with its alt text.
    body.open_p(
        Some("Figure"),
        Props {
            align: Some("center"),
            ..Props::default()
        },
    );
    // Its width on the page: the text column, at most 16 cm; in EMU (635 to a twip).
    let width = (body.width * 635).min(5_760_000);
    let height = width * chart.height / chart::WIDTH;
    let alt = escape(&chart.alt);
    let _ = write!(
        body.xml,
        r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Scores chart" descr="{alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{NS_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_PIC}"><pic:pic xmlns:pic="{NS_PIC}"><pic:nvPicPr><pic:cNvPr id="0" name="chart.png" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdChart"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#
    );
    body.close_p();
    body.para_styled("Caption", label(brief, "chart_title"));
    scorecard_table(brief, body);
    for note in &brief.scorecard_notes {
        body.para(note, Fmt::MUTED);
    }
}

fn scorecard_table(brief: &Brief, body: &mut Body) {
    let mut rows: Vec<Row> = brief
        .rubrics
        .iter()
        .map(|rubric| {
            let mut cells = vec![Cell::text(rubric.title.as_str())];
            cells.extend(Dimension::ALL.map(|dimension| Cell::dimension(&rubric.dimensions, dimension)));
            cells.extend([
                Cell::text(rubric.score_display.as_str()),
                Cell::default().and(rubric.rating_label, Fmt::marked(band_colour(rubric.rating))),
                Cell::text(rubric.coverage_display.as_str()),
                Cell::text(rubric.red_flags.len().to_string()),
            ]);
            Row::new(cells)
        })
        .collect();
    let overall = &brief.overall;
    let mut cells = vec![Cell::text(label(brief, "overall"))];
    cells.extend(Dimension::ALL.map(|dimension| Cell::dimension(&overall.dimensions, dimension)));
    cells.extend([
        Cell::text(overall.score_display.as_str()),
        Cell::default().and(overall.rating_label, Fmt::marked(band_colour(overall.rating))),
        Cell::text(overall.coverage_display.as_str()),
        Cell::text(overall.red_flags.len().to_string()),
    ]);
    rows.push(Row { cells, bold: true });
    let header = [
        "rubric",
        "effect",
        "process",
        "score",
        "rating",
        "coverage",
        "red_flags",
    ]
    .map(|key| label(brief, key));
    // As the PDF's: the points behind each score are in each rubric's findings, and a column of
    // them left the ratings too narrow for the longer words of other languages.
    body.table(
        label(brief, "scorecard"),
        &[16, 16, 16, 9, 18, 13, 12],
        Some(&header),
        &[3, 5, 6],
        &rows,
    );
}

fn proposal(brief: &Brief, body: &mut Body) {
    body.heading(1, label(brief, "the_proposal"));
    for (key, text) in [
        ("summary", &brief.proposal.summary),
        ("context", &brief.proposal.context),
    ] {
        if let Some(text) = written(text) {
            body.heading(2, label(brief, key));
            body.assessors_text(|body| body.markup(text.markup(), 2));
        }
    }
    if let Some(note) = given(&brief.empty.proposal) {
        body.para(note, Fmt::MUTED);
    }
}

fn findings(brief: &Brief, rubric: &RubricView, body: &mut Body) {
    body.open_p(Some("Heading2"), Props::default());
    body.run(&rubric.title, Fmt::default());
    body.run(&colon(brief), Fmt::default());
    body.run(rubric.rating_label, Fmt::default());
    body.run(&format!(" ({})", rubric.score_display), Fmt::default());
    body.close_p();
    if !rubric.description.is_empty() {
        body.markup(rubric.description.markup(), 2);
    }
    body.para(&rubric.score_line, Fmt::MUTED);
    for question in &rubric.questions {
        finding(brief, question, body);
    }
}

fn finding(brief: &Brief, question: &QuestionView, body: &mut Body) {
    body.heading(3, &question.prompt);
    if question.status == QuestionStatus::Answered {
        answered(brief, question, body);
    } else {
        body.open_p(None, Props::default());
        body.run(question.status_label, Fmt::BOLD);
        if let Some(note) = given(&question.note) {
            body.run(" — ", Fmt::MUTED);
            body.run(note, Fmt::MUTED);
        }
        body.close_p();
    }
    if let Some(rationale) = written(&question.rationale) {
        body.assessors_text(|body| body.markup(rationale.markup(), 3));
    }
    if !question.evidence.is_empty() {
        body.para_styled("Label", label(brief, "evidence"));
        for evidence in &question.evidence {
            body.open_bullet(0);
            match given(&evidence.url) {
                Some(url) => body.link(url),
                None => body.assessors_text(|body| body.run(&evidence.text, Fmt::default())),
            }
            body.close_p();
        }
    }
}

/// An answered question: the finding and its provisions, the position on the scale with its red
/// flag and points, and the mechanisms found.
fn answered(brief: &Brief, question: &QuestionView, body: &mut Body) {
    body.open_p(None, Props::default());
    let provisions = &question.provisions_text;
    if let Some(finding) = given(&question.finding) {
        body.run(label(brief, "finding"), Fmt::BOLD);
        body.run(" ", Fmt::default());
        body.assessors_text(|body| body.run(finding, Fmt::default()));
        if !provisions.is_empty() {
            body.assessors_aside(provisions, Fmt::MUTED);
        }
        body.line_break();
    } else if !provisions.is_empty() {
        body.run(label(brief, "provisions"), Fmt::MUTED);
        body.run(" ", Fmt::default());
        body.assessors_text(|body| body.run(provisions, Fmt::default()));
        body.line_break();
    }
    body.run(label(brief, "position"), Fmt::MUTED);
    body.run(" ", Fmt::default());
    body.run(&question.level_phrase, Fmt::BOLD);
    // The level's text is a sentence of its own, with its capital.
    body.run(". ", Fmt::default());
    body.run(question.level_text.as_deref().unwrap_or_default(), Fmt::default());
    if let Some(flag) = given(&question.flag_label) {
        body.run(" — ", Fmt::MUTED);
        body.red_flag_words(flag);
    }
    body.run(" · ", Fmt::MUTED);
    body.run(&question.points_phrase, Fmt::MUTED);
    body.close_p();
    if !question.mechanisms.is_empty() {
        body.para_styled("Label", label(brief, "mechanisms_found"));
        for mechanism in &question.mechanisms {
            body.open_bullet(0);
            body.run(&mechanism.label, Fmt::default());
            body.run(&format!(" ({})", mechanism.note), Fmt::MUTED);
            body.close_p();
        }
    }
}

/// How views were reflected: the consultation's facts, then each part of the section as the
/// view-model wrote it (tables, lines in bold and notes; the PDF and HTML briefs also draw the
/// uptake).
fn consultation(brief: &Brief, ledger: &ConsultationView, body: &mut Body) {
    body.heading(1, label(brief, "consultation"));
    body.para(label(brief, "consultation_intro"), Fmt::default());
    let rows: Vec<Row> = ledger
        .facts
        .iter()
        .map(|fact| {
            let value = fact
                .link
                .as_deref()
                .map_or_else(|| Cell::text(fact.value.as_str()), Cell::link);
            Row::new(vec![Cell::default().and(fact.label.as_str(), Fmt::MUTED), value])
        })
        .collect();
    body.table(label(brief, "consultation"), &[1, 3], None, &[], &rows);
    for part in &ledger.parts {
        body.heading(2, &part.heading);
        if let Some(table) = &part.table {
            let flagged = |flag: bool| if flag { Fmt::marked(FLAG_RED) } else { Fmt::default() };
            let cells = |row: &Vec<TableCell>| {
                row.iter()
                    .map(|cell| Cell::default().and(cell.text.as_str(), flagged(cell.flag)))
                    .collect()
            };
            let rows: Vec<Row> = table.rows.iter().map(|row| Row::new(cells(row))).collect();
            let header: Vec<&str> = table.header.iter().map(String::as_str).collect();
            body.table(&table.caption, &table.widths, Some(&header), &table.numeric, &rows);
        }
        for line in &part.lines {
            body.open_bullet(0);
            body.run(&line.lead, Fmt::BOLD);
            body.run(&line.rest, Fmt::default());
            body.close_p();
        }
        for note in &part.notes {
            body.para(note, Fmt::default());
        }
    }
}

fn recommendations(brief: &Brief, body: &mut Body) {
    body.heading(1, label(brief, "recommendations"));
    if let Some(note) = given(&brief.empty.recommendations) {
        body.para(note, Fmt::default());
    }
    if brief.recommendations.is_empty() {
        return;
    }
    let list = body.ordered_list(0, 1);
    for recommendation in &brief.recommendations {
        body.open_numbered(list, 0);
        body.question(
            label(brief, "colon"),
            &recommendation.rubric_title,
            &recommendation.prompt,
        );
        body.run(" (", Fmt::MUTED);
        body.run(&recommendation.meta, Fmt::MUTED);
        if recommendation.red_flag {
            body.run(", ", Fmt::MUTED);
            body.red_flag_words(label(brief, "red_flag"));
        }
        if recommendation.own {
            body.run(", ", Fmt::MUTED);
            body.run(label(brief, "own_advice"), Fmt::MUTED);
        }
        body.run(")", Fmt::MUTED);
        body.line_break();
        advice(recommendation, body);
        if let Some(also) = &recommendation.also {
            body.run(" ", Fmt::default());
            body.run(also, Fmt::default());
        }
        body.close_p();
    }
}

/// What a recommendation asks: the assessors' own advice in the language they wrote it in.
fn advice(recommendation: &RecommendationView, body: &mut Body) {
    if recommendation.own {
        body.assessors_text(|body| body.run(&recommendation.text, Fmt::default()));
    } else {
        body.run(&recommendation.text, Fmt::default());
    }
}

fn open_questions(brief: &Brief, body: &mut Body) {
    body.heading(1, label(brief, "open_questions"));
    if let Some(note) = given(&brief.empty.open_questions) {
        body.para(note, Fmt::default());
    }
    for open in &brief.open_questions {
        body.open_bullet(0);
        body.question(label(brief, "colon"), &open.rubric_title, &open.prompt);
        body.run(&format!(" ({})", open.status_label), Fmt::MUTED);
        body.close_p();
        if let Some(rationale) = written(&open.rationale) {
            body.assessors_text(|body| body.blocks(&rationale.markup().0, 3, Nest { lists: 1, quotes: 0 }));
        }
    }
}

fn methodology(brief: &Brief, body: &mut Body) {
    let methodology = &brief.methodology;
    body.annex_heading(label(brief, "methodology"));
    body.para(&methodology.intro, Fmt::default());
    let rows: Vec<Row> = methodology
        .rubrics
        .iter()
        .map(|rubric| {
            Row::new(vec![
                Cell::text(rubric.title.as_str()),
                Cell::text(rubric.version.as_str()),
                Cell::text(crate::report::number(rubric.weight)),
                Cell::text(rubric.questions.to_string()),
                Cell::text(rubric.effect_questions.to_string()),
                Cell::text(rubric.process_questions.to_string()),
            ])
        })
        .collect();
    let header = ["rubric", "version", "weight", "questions", "effect", "process"].map(|key| label(brief, key));
    body.table(
        label(brief, "rubrics"),
        &[30, 14, 14, 14, 14, 14],
        Some(&header),
        &[2, 3, 4, 5],
        &rows,
    );
    body.heading(2, label(brief, "scoring"));
    bullets(&methodology.rules, body);
    if let Some(ledger) = &brief.consultation {
        body.heading(2, label(brief, "consultation_indicators"));
        bullets(&ledger.rules, body);
    }
    coverage_and_bands(brief, body);
    sources(&methodology.sources, label(brief, "sources"), body);
}

/// What the effect questions cover, and the rating bands with how each is reached.
fn coverage_and_bands(brief: &Brief, body: &mut Body) {
    let methodology = &brief.methodology;
    body.heading(2, label(brief, "coverage_map"));
    let rows: Vec<Row> = methodology
        .coverage_map
        .iter()
        .map(|row| {
            let questions = row
                .covered_by
                .clone()
                .unwrap_or_else(|| label(brief, "none").to_string());
            Row::new(vec![Cell::text(row.label), Cell::text(row.kind), Cell::text(questions)])
        })
        .collect();
    let header = ["property_or_enabler", "kind", "questions"].map(|key| label(brief, key));
    body.table(label(brief, "coverage_map"), &[35, 20, 45], Some(&header), &[], &rows);
    body.heading(2, label(brief, "rating_bands"));
    for band in &methodology.bands {
        body.open_bullet(0);
        body.rating(band.rating);
        body.run(&colon(brief), Fmt::default());
        body.run(&band.rule, Fmt::default());
        body.close_p();
    }
}

/// A bulleted list of plain lines.
fn bullets(lines: &[String], body: &mut Body) {
    for line in lines {
        body.open_bullet(0);
        body.run(line, Fmt::default());
        body.close_p();
    }
}

/// The verdicts in an open paragraph, each rating in words: each dimension's on its own line,
/// then the overall rating (under `overall_label`) with its coverage, as the view-model words
/// them; each label followed by `colon`, as the language writes it.
fn verdict_lines(overall: &OverallView, overall_label: &str, colon: &str, body: &mut Body) {
    let colon = format!("{colon} ");
    for dimension in &overall.dimensions {
        body.run(dimension.label, Fmt::BOLD);
        body.run(&colon, Fmt::BOLD);
        body.run(dimension.verdict, Fmt::marked(band_colour(dimension.rating)));
        if let Some(note) = given(&dimension.score_note) {
            body.run(" ", Fmt::default());
            body.run(note, Fmt::default());
        }
        body.line_break();
    }
    body.run(overall_label, Fmt::BOLD);
    body.run(&colon, Fmt::BOLD);
    body.rating(overall.rating);
    body.run(&format!(" — {}.", overall.coverage_note), Fmt::default());
}

/// The methodology's sources under `heading`, each a link where its address is a web one.
pub(super) fn sources(sources: &[SourceView], heading: &str, body: &mut Body) {
    if sources.is_empty() {
        return;
    }
    body.heading(2, heading);
    for source in sources {
        body.open_bullet(0);
        // Source titles are citations, in English whatever the brief's language.
        body.text_in(Lang::En, |body| body.run(&source.title, Fmt::default()));
        if let Some(url) = given(&source.url) {
            body.run(", ", Fmt::default());
            if is_safe_url(url) {
                body.link(url);
            } else {
                body.run(url, Fmt::default());
            }
        }
        body.close_p();
    }
}
