//! The Word change brief of two assessments: the sections of templates/change.md.tera, from the
//! two versions side by side and the ratings then and now through the red flags resolved,
//! introduced and still open, every answer that changed (with both rationales), the unchanged
//! answers and the recommendations taken up, to how changes are judged.

use anyhow::{Context, Result};

use super::body::{Body, Fmt, Props};
use super::package::{Page, Properties, package};
use super::table::{Cell, Row};
use super::{FLAG_RED, MUTED, Paper, band_colour, given, written};
use crate::change::{Change, ChangeBrief, Movement, QuestionChange, QuestionLine, RecommendationLine};
use crate::scoring::Rating;

/// Renders `change` as a .docx package on `paper`.
pub(crate) fn render(change: &ChangeBrief, paper: Paper) -> Result<Vec<u8>> {
    let page = Page::of(paper);
    let mut body = Body::new(page.text_width(), change.lang).with_text_lang(change.text_lang);
    versions(change, &mut body);
    summary(change, &mut body);
    red_flags(change, &mut body);
    what_changed(change, &mut body);
    rewritten(change, &mut body);
    unchanged(change, &mut body);
    recommendations(change, &mut body);
    rest(change, &mut body);
    body.para_styled("Closing", &change.generated);
    let overall = &change.overall;
    let properties = Properties {
        lang: change.lang,
        title: format!(
            "{}{} {}",
            label(change, "title"),
            label(change, "colon"),
            change.proposal.title
        ),
        subject: change.overall_line.clone(),
        authors: assessors(change),
        keywords: super::package::keywords(change.lang, Some("change-title")),
        date: change.date,
        proposal: change.proposal.title.clone(),
        verdict: format!(
            "{}{} {} → {}",
            crate::i18n::tr(change.lang, "page-overall"),
            label(change, "colon"),
            overall.old.rating_label,
            overall.new.rating_label
        ),
    };
    package(&properties, &body, None, page).context("cannot write the Word change brief")
}

/// A label of the change brief's catalogue, by key (`what_changed`).
fn label<'a>(change: &'a ChangeBrief, key: &'a str) -> &'a str {
    change.labels.get(key).map_or(key, String::as_str)
}

/// The colon after a label, as the change brief's language writes it, and the space after it.
fn colon(change: &ChangeBrief) -> String {
    format!("{} ", label(change, "colon"))
}

/// The assessors of both assessments, each once, the old one's first.
fn assessors(change: &ChangeBrief) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for assessor in change.old.assessors.iter().chain(&change.new.assessors) {
        if !all.contains(assessor) {
            all.push(assessor.clone());
        }
    }
    all
}

/// A value, or "–" where there is none.
fn or_dash(value: &Option<String>) -> Cell {
    Cell::text(given(value).unwrap_or("–"))
}

/// The title, then the two versions side by side.
fn versions(change: &ChangeBrief, body: &mut Body) {
    let (old, new) = (&change.old, &change.new);
    body.open_p(Some("Title"), Props::default());
    body.run(
        &format!("{}{} ", label(change, "title"), label(change, "colon")),
        Fmt::default(),
    );
    body.assessors_text(|body| body.run(&change.proposal.title, Fmt::default()));
    body.close_p();
    let row = |label: &str, then: Cell, now: Cell| Row::new(vec![Cell::default().and(label, Fmt::MUTED), then, now]);
    let rows = [
        row(label(change, "stage"), or_dash(&old.stage), or_dash(&new.stage)),
        row(label(change, "kind"), Cell::text(&old.kind), Cell::text(&new.kind)),
        row(
            label(change, "introduced"),
            or_dash(&old.introduced_long),
            or_dash(&new.introduced_long),
        ),
        row(
            label(change, "reference"),
            or_dash(&old.reference),
            or_dash(&new.reference),
        ),
        row(
            label(change, "assessment_date"),
            or_dash(&old.date_long),
            or_dash(&new.date_long),
        ),
        row(
            label(change, "assessors"),
            Cell::text(old.assessors.join("; ")),
            Cell::text(new.assessors.join("; ")),
        ),
        row(
            label(change, "stakeholder_group"),
            or_dash(&old.stakeholder_group),
            or_dash(&new.stakeholder_group),
        ),
        row(
            label(change, "rubrics"),
            Cell::text(old.rubrics.as_str()),
            Cell::text(new.rubrics.as_str()),
        ),
        row(
            label(change, "overall"),
            Cell::rating(old.rating, old.rating_label, &old.score_display),
            Cell::rating(new.rating, new.rating_label, &new.score_display),
        ),
        row(
            label(change, "verdict"),
            Cell::text(old.verdict.as_str()),
            Cell::text(new.verdict.as_str()),
        ),
    ];
    body.table(
        label(change, "table_caption"),
        &[22, 39, 39],
        Some(&["", label(change, "then"), label(change, "now")]),
        &[],
        &rows,
    );
}

/// How a change looks: worse in red, better in green, the rest muted; always in words.
fn change_fmt(change: Change) -> Fmt {
    match change {
        Change::Worse => Fmt::marked(FLAG_RED),
        Change::Better => Fmt::marked(band_colour(Rating::Strong)),
        Change::Changed | Change::Unchanged => Fmt::marked(MUTED),
    }
}

/// One rating then and now, as a table row: the change as arrow and word.
fn movement_row(movement: &Movement, bold: bool) -> Row {
    Row {
        cells: vec![
            Cell::text(movement.label.as_str()),
            Cell::verdict(movement.old.rating, movement.old.verdict, &movement.old.score_display),
            Cell::default().and(
                format!("{} {}", movement.arrow, movement.change_label),
                change_fmt(movement.change),
            ),
            Cell::verdict(movement.new.rating, movement.new.verdict, &movement.new.score_display),
            Cell::text(movement.score_change_display.as_str()),
        ],
        bold,
    }
}

fn summary(change: &ChangeBrief, body: &mut Body) {
    let overall = &change.overall;
    body.heading(1, label(change, "summary"));
    body.para_styled("Verdict", &change.overall_line);
    body.para(&change.summary, Fmt::default());
    if !change.key_findings.is_empty() {
        body.heading(2, label(change, "key_findings"));
        for key in &change.key_findings {
            body.open_bullet(0);
            body.run(&format!("{} ", key.arrow), change_fmt(key.change));
            body.run(&key.topic, Fmt::BOLD);
            body.run(&format!(" ({})", key.answers), Fmt::MUTED);
            if let Some(finding) = given(&key.finding) {
                body.run(&format!("{} ", label(change, "colon")), Fmt::default());
                body.assessors_text(|body| body.run(finding, Fmt::default()));
            }
            body.close_p();
        }
    }
    if let Some(note) = given(&change.rewritten_note) {
        body.para(note, Fmt::default());
    }
    let mut rows = vec![movement_row(overall, true)];
    rows.extend(
        change
            .dimensions
            .iter()
            .chain(&change.rubrics)
            .map(|movement| movement_row(movement, false)),
    );
    body.table(
        label(change, "ratings_caption"),
        &[22, 23, 17, 23, 15],
        Some(&[
            label(change, "rating"),
            label(change, "then"),
            label(change, "change"),
            label(change, "now"),
            label(change, "score_change"),
        ]),
        &[4],
        &rows,
    );
    body.para(label(change, "key"), Fmt::MUTED);
}

/// One question in a line: rubric and question, bold, then the answer (after `now`, if given);
/// `colon` as the language writes it.
fn question_line(line: &QuestionLine, now: Option<&str>, colon: &str, body: &mut Body) {
    body.open_bullet(0);
    body.question(colon, &line.rubric_title, &line.prompt);
    body.run(" — ", Fmt::default());
    if let Some(now) = now {
        body.run(&format!("{now} "), Fmt::default());
    }
    body.run(&line.display, Fmt::default());
    if let Some(text) = given(&line.level_text) {
        body.run(&format!("{colon} "), Fmt::default());
        body.run(text, Fmt::default());
    }
    body.close_p();
}

fn red_flags(change: &ChangeBrief, body: &mut Body) {
    body.heading(1, label(change, "red_flags"));
    let flags = &change.flags;
    let now = Some(label(change, "now_prefix"));
    for (heading, lines, now) in [
        ("resolved", &flags.resolved, now),
        ("introduced_flags", &flags.introduced, now),
        ("still_open", &flags.open, None),
    ] {
        body.heading(2, label(change, heading));
        if lines.is_empty() {
            body.para(label(change, "none"), Fmt::default());
        }
        for line in lines {
            question_line(line, now, label(change, "colon"), body);
        }
    }
}

fn what_changed(change: &ChangeBrief, body: &mut Body) {
    body.heading(1, label(change, "what_changed"));
    match &change.no_answer_changed {
        Some(none) => body.para(none, Fmt::default()),
        None => body.para(label(change, "what_changed_intro"), Fmt::default()),
    }
    for question in &change.questions {
        question_change(change, question, body);
    }
}

/// The answers whose level stayed and whose finding was rewritten: both findings.
fn rewritten(change: &ChangeBrief, body: &mut Body) {
    if change.rewritten.is_empty() {
        return;
    }
    body.heading(1, label(change, "rewritten_heading"));
    body.para(label(change, "rewritten_intro"), Fmt::default());
    for line in &change.rewritten {
        body.heading(2, &format!("{}{}{}", line.rubric_title, colon(change), line.prompt));
        body.para(&line.display, Fmt::BOLD);
        found(change, &line.old_finding, &line.new_finding, body);
    }
}

/// "Then found: …" and "Now found: …", each where there is a finding, each marked with the
/// language its file is written in.
fn found(change: &ChangeBrief, old: &Option<String>, new: &Option<String>, body: &mut Body) {
    for (key, finding, lang) in [
        ("then_found", old, change.old_text_lang),
        ("now_found", new, change.text_lang),
    ] {
        if let Some(finding) = given(finding) {
            body.open_bullet(0);
            body.run(&format!("{}{} ", label(change, key), label(change, "colon")), Fmt::BOLD);
            body.text_in(lang, |body| body.run(finding, Fmt::default()));
            body.close_p();
        }
    }
}

fn question_change(change: &ChangeBrief, question: &QuestionChange, body: &mut Body) {
    body.heading(
        2,
        &format!(
            "{} {}{} {}",
            question.arrow,
            question.rubric_title,
            label(change, "colon"),
            question.prompt
        ),
    );
    body.para(&question.answer_line, change_fmt(question.change));
    let (then, now) = (label(change, "then"), label(change, "now"));
    for (when, text, display) in [
        (then, &question.old_level_text, &question.old_display),
        (now, &question.new_level_text, &question.new_display),
    ] {
        body.open_bullet(0);
        body.run(&format!("{when}{} ", label(change, "colon")), Fmt::BOLD);
        body.run(given(text).unwrap_or(display), Fmt::default());
        body.close_p();
    }
    found(change, &question.old_finding, &question.new_finding, body);
    for (when, rationale, lang) in [
        (then, &question.old_rationale, change.old_text_lang),
        (now, &question.new_rationale, change.text_lang),
    ] {
        if let Some(rationale) = written(rationale) {
            body.open_p(Some("Label"), Props::default());
            body.run(when, Fmt::default());
            body.close_p();
            body.text_in(lang, |body| body.markup(rationale.markup(), 2));
        }
    }
}

fn unchanged(change: &ChangeBrief, body: &mut Body) {
    body.heading(1, label(change, "unchanged_heading"));
    if let Some(every) = &change.every_answer_changed {
        body.para(every, Fmt::default());
    }
    for line in &change.unchanged {
        body.open_bullet(0);
        body.run(&line.rubric_title, Fmt::default());
        body.run(&colon(change), Fmt::default());
        body.run(&line.prompt, Fmt::default());
        body.run(" — ", Fmt::default());
        body.run(&line.display, Fmt::default());
        body.close_p();
    }
}

/// One recommendation: the question in bold (`colon` as the language writes it), its red flag in
/// words (`flag`), then what is asked.
fn recommendation(line: &RecommendationLine, flag: Option<&str>, colon: &str, body: &mut Body) {
    body.open_bullet(0);
    body.question(colon, &line.rubric_title, &line.prompt);
    if let Some(flag) = flag.filter(|_| line.red_flag) {
        body.run(&format!(" ({flag})"), Fmt::marked(FLAG_RED));
    }
    body.run(" — ", Fmt::default());
    body.run(&line.text, Fmt::default());
    body.close_p();
}

fn recommendations(change: &ChangeBrief, body: &mut Body) {
    let recommendations = &change.recommendations;
    let flag = Some(label(change, "red_flag"));
    body.heading(1, label(change, "recommendations"));
    body.heading(2, label(change, "taken_up"));
    if let Some(none) = &change.none_taken_up {
        body.para(none, Fmt::default());
    }
    for line in &recommendations.taken_up {
        recommendation(line, None, label(change, "colon"), body);
    }
    body.heading(2, label(change, "still_open"));
    if recommendations.open.is_empty() {
        body.para(label(change, "none"), Fmt::default());
    }
    for line in &recommendations.open {
        recommendation(line, flag, label(change, "colon"), body);
    }
    if !recommendations.introduced.is_empty() {
        body.heading(2, label(change, "new"));
        for line in &recommendations.introduced {
            recommendation(line, flag, label(change, "colon"), body);
        }
    }
}

/// Answers given in one assessment only, notes on the comparison, and how changes are judged.
fn rest(change: &ChangeBrief, body: &mut Body) {
    if !change.answered_in_one.is_empty() {
        body.heading(1, label(change, "answered_in_one"));
        for answer in &change.answered_in_one {
            body.open_bullet(0);
            body.run(&answer.rubric_title, Fmt::default());
            body.run(&colon(change), Fmt::default());
            body.run(&answer.prompt, Fmt::default());
            body.run(" — ", Fmt::default());
            body.run(&answer.note, Fmt::default());
            body.close_p();
        }
    }
    if !change.notes.is_empty() {
        body.heading(1, label(change, "notes"));
        for note in &change.notes {
            body.open_bullet(0);
            body.run(note, Fmt::default());
            body.close_p();
        }
    }
    body.heading(1, label(change, "how_judged"));
    for rule in &change.rules {
        body.open_bullet(0);
        body.run(rule, Fmt::default());
        body.close_p();
    }
}
