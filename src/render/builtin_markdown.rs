//! The built-in Markdown brief, written straight from the view-model. It is byte for byte what
//! `templates/brief.md.tera` renders (a test renders a range of briefs both ways, in English and
//! in French), without tera's interpreter: looking up every `{{ value }}` by path, and serialising
//! the brief into a context first, cost more than the rest of a Markdown brief together. A user's
//! own `brief.md.tera` is always rendered by tera.
//!
//! Like the template, it prints only the view-model's fields and its labels, so it writes every
//! language the catalogue has; the only text of its own is Markdown punctuation.
//!
//! Why it stays, and when it goes: the performance bar for a Markdown batch of 10,000 briefs is
//! 3 s, and tera was measured 2.3 times slower than this writer. When tera (or another engine for
//! the same template) renders that batch under the bar on its own, delete this file and its
//! parity tests, and render the built-in brief through the template. Until then every change to
//! the Markdown brief is made twice, here and in the template; the parity tests below and the
//! `known.md` snapshot (rendered both ways) say where they differ.

use std::fmt::Write;

use super::markdown::{one_line, push_safe_url};
use crate::markup::{UserText, push_markdown_escaped};
use crate::model::Dimension;
use crate::report::{Brief, ConsultationView, DimensionView, FindingRef, QuestionView, RubricView};
use crate::scoring::QuestionStatus;

/// Renders `brief` as the built-in Markdown template would.
pub(crate) fn render(brief: &Brief) -> String {
    // A brief of three rubrics is about 70 KB: room for it at once rather than growing by copies.
    let mut out = Out {
        text: String::with_capacity(96 * 1024),
        colon: escaped_colon(brief),
    };
    header(brief, &mut out);
    summary(brief, &mut out);
    scorecard(brief, &mut out);
    proposal(brief, &mut out);
    out.raw("\n## ");
    out.label(brief, "findings");
    out.raw("\n");
    for rubric in &brief.rubrics {
        findings(brief, rubric, &mut out);
    }
    if let Some(ledger) = &brief.consultation {
        consultation(brief, ledger, &mut out);
    }
    recommendations(brief, &mut out);
    open_questions(brief, &mut out);
    methodology(brief, &mut out);
    out.raw("\n---\n*");
    out.text(&brief.colophon);
    out.raw("*\n");
    out.text
}

/// The output, with the two ways the template prints: literal Markdown, and escaped values.
struct Out {
    text: String,
    /// `{{ labels.colon }} `, escaped once: a brief writes it a hundred times.
    colon: String,
}

/// The brief's colon after a label and the space after it, as `{{ labels.colon }} ` prints them.
fn escaped_colon(brief: &Brief) -> String {
    let mut colon = String::new();
    push_markdown_escaped(&mut colon, brief.labels.get("colon").map_or("colon", String::as_str));
    colon.push(' ');
    colon
}

impl Out {
    /// Literal Markdown from the template.
    fn raw(&mut self, markdown: &str) {
        self.text.push_str(markdown);
    }

    /// A value, escaped as `{{ value }}` escapes it.
    fn text(&mut self, value: &str) {
        push_markdown_escaped(&mut self.text, value);
    }

    /// One of the brief's labels, `{{ labels.key }}`; tera would fail on a missing one, which
    /// the catalogue test rules out, so the key stands in for it.
    fn label(&mut self, brief: &Brief, key: &str) {
        let text = brief.labels.get(key).map_or(key, String::as_str);
        self.text(text);
    }

    /// A heading of `level` whose text is a label: `\n### {{ labels.key }}\n`.
    fn heading(&mut self, brief: &Brief, level: &str, key: &str) {
        self.raw("\n");
        self.raw(level);
        self.raw(" ");
        self.label(brief, key);
        self.raw("\n");
    }

    /// A table's header row of labels and its alignment row.
    fn table_head(&mut self, brief: &Brief, keys: &[&str], align: &str) {
        for key in keys {
            self.raw("| ");
            self.label(brief, key);
            self.raw(" ");
        }
        self.raw("|\n");
        self.raw(align);
        self.raw("\n");
    }

    /// A number, which `{{ value }}` prints with `Display`.
    fn number(&mut self, value: impl std::fmt::Display) {
        // Writing into a String cannot fail.
        let _ = write!(self.text, "{value}");
    }

    /// User Markdown with its headings below level `base`: `{{ value | markdown(base=N) | safe }}`.
    fn markdown(&mut self, value: &UserText, base: u8) {
        value.markup().push_markdown(base, &mut self.text);
    }

    /// A web link as an autolink: `<{{ url | safe_url | safe }}>`.
    fn autolink(&mut self, url: &str) {
        self.text.push('<');
        push_safe_url(&mut self.text, url);
        self.text.push('>');
    }

    /// The colon after a label, as the brief's language writes it, and the space after it:
    /// `{{ labels.colon }} `.
    fn colon(&mut self) {
        self.text.push_str(&self.colon);
    }

    /// Which question a line is about: `{{ rubric_title }}{{ labels.colon }} {{ prompt }}`.
    fn question(&mut self, rubric_title: &str, prompt: &str) {
        self.text(rubric_title);
        self.colon();
        self.text(prompt);
    }

    /// Cells of a table row, each escaped, and the row's end.
    fn cells(&mut self, cells: &[&str]) {
        for cell in cells {
            self.raw("| ");
            self.text(cell);
            self.raw(" ");
        }
        self.raw("|\n");
    }
}

/// What tera counts as true for an optional text: present and not empty.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|text| !text.is_empty())
}

/// The same for user Markdown.
fn written(value: &Option<UserText>) -> Option<&UserText> {
    value.as_ref().filter(|text| !text.is_empty())
}

fn header(brief: &Brief, out: &mut Out) {
    let proposal = &brief.proposal;
    let assessment = &brief.assessment;
    out.raw("# ");
    out.label(brief, "title");
    out.colon();
    out.text(&proposal.title);
    if brief
        .labels
        .get("subtitle")
        .is_some_and(|subtitle| !subtitle.is_empty())
    {
        out.raw("\n\n*");
        out.label(brief, "subtitle");
        out.raw("*");
    }
    out.raw("\n\n| | |\n|---|---|\n");
    let row = |out: &mut Out, key: &str, value: Option<&str>| {
        if let Some(value) = value {
            out.raw("| ");
            out.label(brief, key);
            out.raw(" | ");
            out.text(value);
            out.raw(" |\n");
        }
    };
    row(out, "jurisdiction", given(&proposal.jurisdiction));
    row(out, "reference", given(&proposal.reference));
    row(out, "kind", Some(&proposal.kind_label));
    row(out, "stage", given(&proposal.stage_label));
    row(
        out,
        "introduced",
        proposal.introduced.and(proposal.introduced_long.as_deref()),
    );
    if let Some(url) = given(&proposal.url) {
        out.raw("| ");
        out.label(brief, "link_text");
        out.raw(" | ");
        match given(&proposal.link) {
            Some(link) => out.autolink(link),
            None => out.text(url),
        }
        out.raw(" |\n");
    }
    if !assessment.assessors.is_empty() {
        row(out, "assessors", Some(&assessment.assessors.join("; ")));
    }
    row(out, "stakeholder_group", given(&assessment.stakeholder_group_label));
    row(out, "date", assessment.date.and(assessment.date_long.as_deref()));
    row(out, "status", given(&assessment.status));
    out.raw("| ");
    out.label(brief, "rubrics");
    out.raw(" | ");
    for (index, rubric) in brief.methodology.rubrics.iter().enumerate() {
        if index > 0 {
            out.raw(", ");
        }
        out.text(&rubric.title);
        out.raw(" ");
        out.text(&rubric.version);
    }
    out.raw(" |\n");
}

fn summary(brief: &Brief, out: &mut Out) {
    out.heading(brief, "##", "summary");
    out.raw("\n**");
    for dimension in &brief.overall.dimensions {
        out.text(dimension.label);
        out.colon();
        out.text(dimension.verdict);
        if let Some(note) = given(&dimension.score_note) {
            out.raw(" ");
            out.text(note);
        }
        out.raw(". ");
    }
    out.label(brief, "overall_rating");
    out.colon();
    out.text(brief.overall.rating_label);
    out.raw("** — ");
    out.text(&brief.overall.coverage_note);
    out.raw(".\n");
    if let Some(provisional) = given(&brief.provisional) {
        out.raw("\n**");
        out.label(brief, "provisional");
        out.raw("** ");
        out.text(provisional);
        out.raw("\n");
    }
    out.raw("\n");
    out.text(&brief.summary.paragraph);
    out.raw("\n\n");
    out.text(&brief.robustness.sentence);
    out.raw(" ");
    out.text(&brief.screening.sentence);
    out.raw("\n");
    summary_findings(brief, out);
    for (key, items) in [
        ("not_affected", &brief.not_affected),
        ("screened_out", &brief.screened_out),
    ] {
        if items.is_empty() {
            continue;
        }
        out.heading(brief, "###", key);
        out.raw("\n");
        for item in items {
            out.raw("- ");
            out.question(&item.rubric_title, &item.area);
            out.raw("\n");
        }
    }
    if !brief.summary.next_steps.is_empty() || brief.summary.next_steps_note.is_some() {
        out.heading(brief, "###", "next_steps");
        if let Some(note) = &brief.summary.next_steps_note {
            out.raw("\n");
            out.text(note);
            out.raw("\n");
        }
        if !brief.summary.next_steps.is_empty() {
            out.raw("\n");
        }
        for (index, step) in brief.summary.next_steps.iter().enumerate() {
            out.number(index + 1);
            out.raw(". ");
            out.text(&step.text);
            if step.red_flag {
                out.raw(" *(");
                out.label(brief, "red_flag");
                out.raw(")*");
            }
            out.raw("\n");
        }
    }
}

/// Page 1's lists of findings: main concerns (with the note of how many more), points to watch,
/// strengths.
fn summary_findings(brief: &Brief, out: &mut Out) {
    let summary = &brief.summary;
    if !summary.main_concerns.is_empty() {
        out.heading(brief, "###", "main_concerns");
        out.raw("\n");
        for finding in &summary.main_concerns {
            out.raw("- ");
            if let Some(flag) = given(&finding.flag_label) {
                out.raw("**");
                out.text(flag);
                out.raw(".** ");
            }
            finding_line(brief, finding, true, out);
            out.raw("\n");
        }
        if let Some(note) = given(&summary.more_concerns_note) {
            out.raw("\n");
            out.text(note);
            out.raw("\n");
        }
    }
    if !summary.points_to_watch.is_empty() {
        out.heading(brief, "###", "points_to_watch");
        out.raw("\n");
        for finding in &summary.points_to_watch {
            out.raw("- ");
            finding_line(brief, finding, false, out);
            out.raw("\n");
        }
    }
    if !summary.strengths.is_empty() {
        out.heading(brief, "###", "strengths");
        out.raw("\n");
        for finding in &summary.strengths {
            out.raw("- ");
            finding_line(brief, finding, true, out);
            if let Some(note) = given(&finding.safeguards_note) {
                out.raw(" ");
                out.text(note);
            }
            out.raw("\n");
        }
    }
}

/// One finding on page 1: "**Topic** (Rubric, effect): what was found (s. 5, s. 9)".
fn finding_line(brief: &Brief, finding: &FindingRef, with_dimension: bool, out: &mut Out) {
    out.raw("**");
    out.text(&finding.topic);
    out.raw("** (");
    out.text(&finding.rubric_title);
    if with_dimension {
        out.raw(", ");
        out.text(&finding.dimension_label);
    }
    out.raw(")");
    out.colon();
    match given(&finding.finding) {
        Some(text) => out.text(text),
        None => {
            out.raw("*");
            out.label(brief, "no_finding");
            out.raw("*");
        }
    }
    if !finding.provisions.is_empty() {
        out.raw(" (");
        out.text(&finding.provisions_text);
        out.raw(")");
    }
}

fn scorecard(brief: &Brief, out: &mut Out) {
    out.heading(brief, "##", "scorecard");
    out.raw("\n");
    out.table_head(
        brief,
        &[
            "rubric",
            "effect",
            "process",
            "score",
            "points",
            "rating",
            "coverage",
            "red_flags",
        ],
        "|---|---|---|---:|---:|---|---:|---:|",
    );
    for rubric in &brief.rubrics {
        out.raw("| ");
        out.text(&rubric.title);
        out.raw(" | ");
        for dimension in Dimension::ALL {
            out.text(&dimension_cell(&rubric.dimensions, dimension));
            out.raw(" | ");
        }
        let flags = rubric.red_flags.len().to_string();
        out.text(&rubric.score_display);
        out.raw(" ");
        out.cells(&[
            &rubric.points_display,
            rubric.rating_label,
            &rubric.coverage_display,
            &flags,
        ]);
    }
    let overall = &brief.overall;
    out.raw("| **");
    out.label(brief, "overall");
    out.raw("** | ");
    for dimension in Dimension::ALL {
        out.raw("**");
        out.text(&dimension_cell(&overall.dimensions, dimension));
        out.raw("** | ");
    }
    out.raw("**");
    out.text(&overall.score_display);
    out.raw("** | | **");
    out.text(overall.rating_label);
    out.raw("** | ");
    out.text(&overall.coverage_display);
    out.raw(" | ");
    out.number(overall.red_flags.len());
    out.raw(" |\n");
    for note in &brief.scorecard_notes {
        out.raw("\n*");
        out.text(note);
        out.raw("*\n");
    }
}

/// A scorecard cell: "Weak (45)", or "–" where the rubric asks nothing of that dimension.
fn dimension_cell(dimensions: &[DimensionView], dimension: Dimension) -> String {
    dimensions.iter().find(|found| found.id == dimension).map_or_else(
        || "–".to_string(),
        |found| format!("{} ({})", found.verdict, found.score_display),
    )
}

fn proposal(brief: &Brief, out: &mut Out) {
    out.heading(brief, "##", "the_proposal");
    for (key, text) in [
        ("summary", &brief.proposal.summary),
        ("context", &brief.proposal.context),
    ] {
        if let Some(text) = written(text) {
            out.heading(brief, "###", key);
            out.raw("\n");
            out.markdown(text, 3);
            out.raw("\n");
        }
    }
    if let Some(note) = given(&brief.empty.proposal) {
        out.raw("\n");
        out.text(note);
        out.raw("\n");
    }
}

fn findings(brief: &Brief, rubric: &RubricView, out: &mut Out) {
    out.raw("\n### ");
    out.text(&rubric.title);
    out.colon();
    out.text(rubric.rating_label);
    out.raw(" (");
    out.text(&rubric.score_display);
    out.raw(")\n\n");
    if !rubric.description.is_empty() {
        out.markdown(&rubric.description, 3);
        out.raw("\n\n");
    }
    out.text(&rubric.score_line);
    out.raw("\n");
    for question in &rubric.questions {
        finding(brief, question, out);
    }
}

fn finding(brief: &Brief, question: &QuestionView, out: &mut Out) {
    out.raw("\n#### ");
    out.text(&question.prompt);
    out.raw("\n\n");
    if question.status == QuestionStatus::Answered {
        answered(brief, question, out);
    } else {
        out.raw("**");
        out.text(question.status_label);
        out.raw("**");
        if let Some(note) = given(&question.note) {
            out.raw(" — ");
            out.text(note);
        }
        out.raw("\n");
    }
    if let Some(rationale) = written(&question.rationale) {
        out.raw("\n");
        out.markdown(rationale, 4);
        out.raw("\n");
    }
    if !question.evidence.is_empty() {
        out.raw("\n");
        out.label(brief, "evidence");
        out.raw("\n");
        for evidence in &question.evidence {
            out.raw("\n- ");
            match given(&evidence.url) {
                Some(url) => out.autolink(url),
                None => out.text(&evidence.text),
            }
        }
        out.raw("\n");
    }
}

/// An answered question: its finding and provisions, its position on the scale, its mechanisms.
fn answered(brief: &Brief, question: &QuestionView, out: &mut Out) {
    if let Some(finding) = given(&question.finding) {
        out.raw("**");
        out.label(brief, "finding");
        out.raw("** ");
        out.text(finding);
        if !question.provisions.is_empty() {
            out.raw(" (");
            out.text(&question.provisions_text);
            out.raw(")");
        }
        out.raw("\n\n");
    } else if !question.provisions.is_empty() {
        out.label(brief, "provisions");
        out.raw(" ");
        out.text(&question.provisions_text);
        out.raw("\n\n");
    }
    out.label(brief, "position");
    out.raw(" **");
    out.text(&question.level_phrase);
    // A full stop, not a comma: the level's text is a sentence of its own, with its capital.
    out.raw("**. ");
    out.text(question.level_text.as_deref().unwrap_or_default());
    if let Some(flag) = given(&question.flag_label) {
        out.raw(" — **");
        out.text(flag);
        out.raw("**");
    }
    out.raw(" · ");
    out.text(&question.points_phrase);
    out.raw("\n");
    if !question.mechanisms.is_empty() {
        out.raw("\n");
        out.label(brief, "mechanisms_found");
        out.raw("\n");
        for mechanism in &question.mechanisms {
            out.raw("\n- ");
            out.text(&mechanism.label);
            out.raw(" (");
            out.text(&mechanism.note);
            out.raw(")");
        }
        out.raw("\n");
    }
}

/// How views were reflected: the consultation's facts, then each part of the section as the
/// view-model wrote it (its table, its lines with their lead in bold, and its notes).
fn consultation(brief: &Brief, ledger: &ConsultationView, out: &mut Out) {
    out.heading(brief, "##", "consultation");
    out.raw("\n");
    out.label(brief, "consultation_intro");
    out.raw("\n\n| | |\n|---|---|\n");
    for fact in &ledger.facts {
        out.raw("| ");
        out.text(&fact.label);
        out.raw(" | ");
        match given(&fact.link) {
            Some(link) => out.autolink(link),
            None => out.text(&fact.value),
        }
        out.raw(" |\n");
    }
    for part in &ledger.parts {
        out.raw("\n### ");
        out.text(&part.heading);
        out.raw("\n\n");
        if let Some(table) = &part.table {
            out.cells(&table.header.iter().map(String::as_str).collect::<Vec<_>>());
            let align = |column| {
                if table.numeric.contains(&column) {
                    "---:|"
                } else {
                    "---|"
                }
            };
            out.raw(&(0..table.header.len()).fold(String::from("|"), |row, column| row + align(column)));
            out.raw("\n");
            for row in &table.rows {
                out.cells(&row.iter().map(|cell| cell.text.as_str()).collect::<Vec<_>>());
            }
        }
        for line in &part.lines {
            out.raw("- **");
            out.text(&line.lead);
            out.raw("**");
            out.text(&line.rest);
            out.raw("\n");
        }
        for (index, note) in part.notes.iter().enumerate() {
            if part.table.is_some() || !part.lines.is_empty() || index > 0 {
                out.raw("\n");
            }
            out.text(note);
            out.raw("\n");
        }
    }
}

fn recommendations(brief: &Brief, out: &mut Out) {
    out.heading(brief, "##", "recommendations");
    if brief.recommendations.is_empty() {
        out.raw("\n");
        out.text(given(&brief.empty.recommendations).unwrap_or_default());
        out.raw("\n");
        return;
    }
    out.raw("\n");
    for (index, recommendation) in brief.recommendations.iter().enumerate() {
        out.number(index + 1);
        out.raw(". **");
        out.question(&recommendation.rubric_title, &recommendation.prompt);
        out.raw("** (");
        out.text(&recommendation.meta);
        if recommendation.red_flag {
            out.raw(", ");
            out.label(brief, "red_flag");
        }
        if recommendation.own {
            out.raw(", ");
            out.label(brief, "own_advice");
        }
        out.raw(")  \n   ");
        out.text(&recommendation.text);
        if let Some(also) = &recommendation.also {
            out.raw(" ");
            out.text(also);
        }
        out.raw("\n");
    }
}

fn open_questions(brief: &Brief, out: &mut Out) {
    out.heading(brief, "##", "open_questions");
    if brief.open_questions.is_empty() {
        out.raw("\n");
        out.text(given(&brief.empty.open_questions).unwrap_or_default());
        out.raw("\n");
        return;
    }
    out.raw("\n");
    for open in &brief.open_questions {
        out.raw("- **");
        out.question(&open.rubric_title, &open.prompt);
        out.raw("** (");
        out.text(open.status_label);
        out.raw(")");
        if let Some(rationale) = written(&open.rationale) {
            out.colon();
            out.text(&one_line(rationale.markup()));
        }
        out.raw("\n");
    }
}

fn methodology(brief: &Brief, out: &mut Out) {
    let methodology = &brief.methodology;
    out.heading(brief, "##", "methodology");
    out.raw("\n");
    out.text(&methodology.intro);
    out.raw("\n\n");
    out.table_head(
        brief,
        &["rubric", "version", "weight", "questions", "effect", "process"],
        "|---|---|---:|---:|---:|---:|",
    );
    for rubric in &methodology.rubrics {
        out.raw("| ");
        out.text(&rubric.title);
        out.raw(" | ");
        out.text(&rubric.version);
        out.raw(" | ");
        out.number(rubric.weight);
        for count in [rubric.questions, rubric.effect_questions, rubric.process_questions] {
            out.raw(" | ");
            out.number(count);
        }
        out.raw(" |\n");
    }
    out.heading(brief, "###", "scoring");
    out.raw("\n");
    bullets(&methodology.rules, out);
    if let Some(ledger) = &brief.consultation {
        out.heading(brief, "###", "consultation_indicators");
        out.raw("\n");
        bullets(&ledger.rules, out);
    }
    out.heading(brief, "###", "coverage_map");
    out.raw("\n");
    out.table_head(brief, &["property_or_enabler", "kind", "questions"], "|---|---|---|");
    for row in &methodology.coverage_map {
        out.raw("| ");
        out.text(row.label);
        out.raw(" | ");
        out.text(row.kind);
        out.raw(" | ");
        match &row.covered_by {
            Some(areas) => out.text(areas),
            None => out.label(brief, "none"),
        }
        out.raw(" |\n");
    }
    bands_and_sources(brief, out);
}

/// The rating bands and the sources, the methodology's last two lists.
fn bands_and_sources(brief: &Brief, out: &mut Out) {
    out.heading(brief, "###", "rating_bands");
    out.raw("\n");
    for band in &brief.methodology.bands {
        out.raw("- **");
        out.text(band.rating_label);
        out.raw("**");
        out.colon();
        out.text(&band.rule);
        out.raw("\n");
    }
    out.heading(brief, "###", "sources");
    out.raw("\n");
    for source in &brief.methodology.sources {
        out.raw("- ");
        out.text(&source.title);
        if let Some(url) = given(&source.url) {
            out.raw(", ");
            out.autolink(url);
        }
        out.raw("\n");
    }
}

/// A bulleted list of sentences, `- {{ line }}` each.
fn bullets(lines: &[String], out: &mut Out) {
    for line in lines {
        out.raw("- ");
        out.text(line);
        out.raw("\n");
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Assessment, RubricSet};
    use crate::render::markdown::{Dialect, TeraRenderer};
    use crate::report::EvidenceView;
    use crate::templates::Templates;

    /// What tera makes of the shipped template for `brief`.
    fn through_tera(brief: &Brief) -> String {
        let templates = Templates::load(None).expect("built-in templates");
        TeraRenderer::new(
            &templates.brief.markdown,
            &templates.styles,
            Dialect::Markdown,
            crate::templates::DocumentKind::Brief,
        )
        .expect("the shipped template compiles")
        .render(brief)
        .expect("the shipped template renders")
    }

    /// The brief of the assessment at `path`, written in `lang`.
    fn brief_in(path: &Path, lang: Lang) -> Brief {
        let rubrics = RubricSet::builtin().expect("the shipped rubrics are valid");
        let mut assessment = Assessment::load(path, &rubrics).expect("a valid assessment");
        assessment.assessment.language = Some(lang);
        Brief::of(&assessment, &rubrics)
    }

    /// Every shipped example and the known fixture, in English and in French (the writer prints
    /// the view-model's words, so one other language checks that none of its own is left).
    fn shipped_briefs() -> Vec<Brief> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths: Vec<_> = std::fs::read_dir(root.join("examples"))
            .expect("the examples folder")
            .map(|entry| entry.expect("an example").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "toml"))
            .collect();
        paths.sort();
        paths.push(root.join("tests/fixtures/known.toml"));
        // The example with a consultation ledger (its CSV file beside it).
        paths.push(root.join("examples/consultation/uk-online-safety-bill-encryption.toml"));
        [Lang::En, Lang::Fr]
            .into_iter()
            .flat_map(|lang| paths.iter().map(move |path| brief_in(path, lang)))
            .collect()
    }

    fn assert_same(brief: &Brief, case: &str) {
        let expected = through_tera(brief);
        let actual = render(brief);
        if expected != actual {
            let line = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
            panic!(
                "{case}: the built-in Markdown differs from the template at line {}\n\
                 template: {:?}\nbuilt-in: {:?}",
                line + 1,
                expected.lines().nth(line),
                actual.lines().nth(line)
            );
        }
    }

    #[test]
    fn matches_the_template_for_every_shipped_brief() {
        for (index, brief) in shipped_briefs().iter().enumerate() {
            assert_same(brief, &format!("shipped brief {index}"));
        }
    }

    #[test]
    fn matches_the_template_when_every_optional_part_is_missing() {
        for mut brief in shipped_briefs() {
            let proposal = &mut brief.proposal;
            for field in [
                &mut proposal.jurisdiction,
                &mut proposal.reference,
                &mut proposal.stage_label,
                &mut proposal.url,
                &mut proposal.link,
            ] {
                *field = None;
            }
            proposal.introduced = None;
            proposal.introduced_long = None;
            proposal.summary = None;
            proposal.context = None;
            brief.assessment.assessors.clear();
            brief.assessment.stakeholder_group_label = None;
            brief.assessment.date = None;
            brief.assessment.date_long = None;
            brief.assessment.status = None;
            brief.summary.red_flags.clear();
            brief.summary.concerns.clear();
            brief.summary.strengths.clear();
            brief.summary.next_steps.clear();
            // Steps none, but the sentence that opens them (a measure withdrawn).
            brief.summary.next_steps_note = Some("The measure has been withdrawn.".to_string());
            brief.recommendations.clear();
            brief.open_questions.clear();
            std::sync::Arc::make_mut(&mut brief.methodology).sources.clear();
            if let Some(ledger) = &mut brief.consultation {
                ledger.opened = None;
                ledger.closed = None;
                ledger.channels.clear();
                ledger.response_url = None;
                ledger.response_link = None;
                ledger.uptake.clear();
                ledger.uptake_gap = None;
                ledger.absent_groups.clear();
                ledger.unreasoned_rejections.clear();
                ledger.reasoned_rejections.total = 0;
                let time = &mut ledger.timeliness;
                time.length_days = None;
                time.length_meets_benchmark = None;
                time.response_date = None;
                time.response_date_from = None;
                time.response_days = None;
                time.response_within_benchmark = None;
            }
            for rubric in &mut brief.rubrics {
                rubric.description = UserText::new("");
                for question in &mut rubric.questions {
                    question.rationale = None;
                    question.evidence.clear();
                }
            }
            assert_same(&brief, "nothing optional");
        }
    }

    #[test]
    fn matches_the_template_when_optional_texts_are_empty() {
        for mut brief in shipped_briefs() {
            let empty = Some(String::new());
            brief.proposal.jurisdiction = empty.clone();
            brief.proposal.url = Some("https://example.org/bill".to_string());
            brief.proposal.link = empty.clone();
            let empty_text = Some(UserText::new(""));
            brief.proposal.summary = empty_text.clone();
            brief.proposal.context = Some(UserText::new("Only context."));
            for rubric in &mut brief.rubrics {
                for question in &mut rubric.questions {
                    question.rationale = empty_text.clone();
                    question.note = empty.clone();
                }
            }
            for open in &mut brief.open_questions {
                open.rationale = empty_text.clone();
            }
            assert_same(&brief, "empty optional texts");
        }
    }

    /// The brief of the example with a consultation ledger.
    fn ledger_brief() -> Brief {
        ledger_brief_in(Lang::En)
    }

    /// The same in `lang`.
    fn ledger_brief_in(lang: Lang) -> Brief {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let brief = brief_in(
            &root.join("examples/consultation/uk-online-safety-bill-encryption.toml"),
            lang,
        );
        assert!(brief.consultation.is_some(), "the example has a ledger");
        brief
    }

    #[test]
    fn matches_the_template_for_every_shape_of_a_ledger() {
        // Every rejection reasoned; the other benchmark outcomes; a response date from the
        // submissions; a merged rejection without provision, question or recorded reason.
        let mut brief = ledger_brief();
        let ledger = brief.consultation.as_mut().expect("a ledger");
        let mut merged = ledger.unreasoned_rejections[0].clone();
        merged.provision = None;
        merged.asked = None;
        merged.merged_into = Some("S-01".to_string());
        merged.reason = None;
        merged.outcome_label = "Out of scope";
        ledger.unreasoned_rejections.push(merged);
        ledger.unreasoned_listed = ledger.unreasoned_rejections.len();
        let time = &mut ledger.timeliness;
        time.length_meets_benchmark = Some(false);
        time.response_within_benchmark = Some(true);
        time.response_date_from = Some("submissions");
        assert_same(&brief, "a merged rejection, other benchmark outcomes");

        let ledger = brief.consultation.as_mut().expect("a ledger");
        ledger.unreasoned_listed = 2;
        ledger.unreasoned_not_listed = ledger.unreasoned_rejections.len() - 2;
        assert_same(&brief, "a list cut short");
        let ledger = brief.consultation.as_mut().expect("a ledger");
        ledger.unreasoned_not_listed = 0;

        let ledger = brief.consultation.as_mut().expect("a ledger");
        ledger.unreasoned_rejections.clear();
        ledger.absent_groups.clear();
        ledger.uptake_gap = None;
        ledger.response_link = None;
        assert_same(&brief, "every rejection reasoned, no gap, no link");

        // User text as hostile as a spreadsheet allows, in every field of the ledger.
        let hostile = "1. *Act* <script>alert(1)</script> | `code` [link](javascript:x) \\ # _x_ ~y~ & !$\n\
                       second line\u{1b}[31m";
        let mut brief = ledger_brief();
        let ledger = brief.consultation.as_mut().expect("a ledger");
        ledger.channels = vec![hostile.to_string(), "- a list?".to_string()];
        ledger.response_url = Some(hostile.to_string());
        ledger.response_link = Some("https://example.org/a b<c>\"d\"".to_string());
        for rejection in &mut ledger.unreasoned_rejections {
            rejection.id = "+ 1".to_string();
            rejection.submitter = hostile.to_string();
            rejection.provision = Some(hostile.to_string());
            rejection.asked = Some(hostile.to_string());
            rejection.merged_into = Some(hostile.to_string());
        }
        ledger.rules = vec![hostile.to_string()];
        assert_same(&brief, "hostile ledger text");
    }

    #[test]
    fn a_french_brief_with_a_ledger_matches_the_template_and_is_in_french() {
        let brief = ledger_brief_in(Lang::Fr);
        assert_same(&brief, "a French brief with a ledger");
        let markdown = render(&brief);
        for heading in [
            "## Synthèse",
            "## Prise en compte des avis",
            "## Méthodologie",
            "12 mai 2021",
        ] {
            assert!(markdown.contains(heading), "no {heading:?} in the French brief");
        }
    }

    #[test]
    fn matches_the_template_for_hostile_user_text() {
        let hostile = "1. *Act* <script>alert(1)</script> | `code` [link](javascript:x) \\ # _x_ ~y~ & !$\n\
                       second line\u{1b}[31m";
        let markdown = "# Heading\n\n- item *one*\n- item two\n\n> quote\n\n```\ncode {{ x }}\n```\n\n1. first";
        for mut brief in shipped_briefs() {
            brief.proposal.title = hostile.to_string();
            brief.proposal.jurisdiction = Some("- not a list".to_string());
            brief.proposal.url = Some("javascript:alert(1)".to_string());
            brief.proposal.summary = Some(UserText::new(markdown));
            brief.assessment.assessors = vec!["A | B".to_string(), "+ C".to_string()];
            brief.generator = hostile.to_string();
            brief.summary.next_steps_note = Some(hostile.to_string());
            for step in &mut brief.summary.next_steps {
                step.red_flag = true;
                step.text = hostile.to_string();
            }
            for rubric in &mut brief.rubrics {
                rubric.title = hostile.to_string();
                for question in &mut rubric.questions {
                    question.prompt = hostile.to_string();
                    question.rationale = Some(UserText::new(markdown));
                    question.note = Some(hostile.to_string());
                    question.evidence = vec![
                        EvidenceView {
                            text: hostile.to_string(),
                            url: None,
                        },
                        EvidenceView {
                            text: "a link".to_string(),
                            url: Some("https://example.org/a b<c>\"d\"".to_string()),
                        },
                        EvidenceView {
                            text: "not a web link".to_string(),
                            url: Some("file:///etc/passwd".to_string()),
                        },
                    ];
                }
            }
            for recommendation in &mut brief.recommendations {
                recommendation.red_flag = !recommendation.red_flag;
                recommendation.text = hostile.to_string();
            }
            for open in &mut brief.open_questions {
                open.rationale = Some(UserText::new(markdown));
            }
            assert_same(&brief, "hostile text");
        }
    }
}
