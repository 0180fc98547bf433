//! The fill-in assessment file that `init` writes: valid as it stands, with every question's
//! guidance and level texts as comments, so that someone with a text editor can assess a
//! proposal without other documentation.

use std::fmt::Write as _;

use super::assessment::{ASSESSMENT_SCHEMA_VERSION, Stage, StakeholderGroup};
use super::rubric::{Dimension, Rubric};
use super::schema::directive_line;

/// What goes at the top of the file.
pub struct FillIn<'a> {
    /// The proposal's title.
    pub title: &'a str,
    /// Today's date, `YYYY-MM-DD`.
    pub today: &'a str,
    /// The rubrics to answer, in order.
    pub rubrics: &'a [&'a Rubric],
    /// Where the `#:schema` directive on the first line points editors, if anywhere.
    pub schema: Option<&'a str>,
}

impl FillIn<'_> {
    /// The file's text.
    pub fn to_toml(&self) -> String {
        let mut out = self.schema.map(directive_line).unwrap_or_default();
        let ids: Vec<String> = self.rubrics.iter().map(|rubric| toml_string(&rubric.id)).collect();
        let stages: Vec<&str> = Stage::ALL.iter().map(|stage| stage.id()).collect();
        let groups: Vec<&str> = StakeholderGroup::ALL.iter().map(|group| group.id()).collect();
        let _ = write!(
            out,
            r#"# Impact assessment of a legislative proposal.
#
# 1. Describe the proposal under [proposal] and yourself under [assessment].
# 2. Answer each question below: set `level` to one of the numbers listed above it
#    (0 is the worst), and say why in `rationale`. Markdown is allowed in long texts.
#    If you cannot judge a question yet, write  status = "unknown"  instead of a level;
#    if it does not apply to this proposal, write  status = "not-applicable".
#    An effect question (what the proposal does to the Internet) also takes
#    status = "not-affected": you looked, and the proposal does not touch that area.
#    Start with the screening list below: it names every effect area in one place.
# 3. Check the file with   impact-brief check FILE
#    and render it with    impact-brief render FILE -f pdf
#    Editors with Taplo (such as VS Code's Even Better TOML) check it as you type, using
#    the schema named on the first line: see  impact-brief schema --help

schema_version = {ASSESSMENT_SCHEMA_VERSION}
rubrics = [{rubrics}]

[proposal]
title = {title}
jurisdiction = ""
reference = ""
# stage: {stages}
stage = "draft"
# introduced = 2026-01-31
url = ""
summary = """
"""
context = """
"""

[assessment]
assessors = []
# stakeholder_group: {groups}
# stakeholder_group = "civil-society"
date = {today}
status = "draft"
"#,
            rubrics = ids.join(", "),
            title = toml_string(self.title),
            stages = stages.join(" | "),
            groups = groups.join(" | "),
            today = self.today,
        );
        self.screening(&mut out);
        for rubric in self.rubrics {
            let _ = write!(out, "\n\n# {}\n# {}\n", "=".repeat(78), rubric.title.to_uppercase());
            comment_block(&mut out, &rubric.description, "");
            let _ = writeln!(out, "# {}", "=".repeat(78));
            for question in &rubric.questions {
                let _ = write!(
                    out,
                    "\n# {}.{} ({}): {}\n",
                    rubric.id,
                    question.id,
                    question.dimension().id(),
                    single_line(&question.prompt)
                );
                comment_block(&mut out, &question.help, "");
                let _ = writeln!(out, "#");
                for (level, text) in (0u32..).zip(&question.levels) {
                    let flag = question.red_flag_at.is_some_and(|at| level <= at);
                    let _ = writeln!(
                        out,
                        "#   {level}  {}{}",
                        single_line(text),
                        if flag { "  [red flag]" } else { "" }
                    );
                }
                if let Some(condition) = &question.applies_if {
                    let _ = writeln!(
                        out,
                        "# Asked only when {} is at level {} or above.",
                        condition.question, condition.min_level
                    );
                }
                if !question.mechanisms.is_empty() {
                    let _ = writeln!(
                        out,
                        "# Mechanisms: tick what the proposal does in `mechanisms = [...]`:"
                    );
                    for mechanism in &question.mechanisms {
                        let kind = mechanism.kind.id();
                        let _ = writeln!(
                            out,
                            "#   {:<30} {kind}: {}",
                            format!("\"{}\"", mechanism.id),
                            single_line(&mechanism.label)
                        );
                    }
                }
                let (not_affected, mechanisms) = if question.dimension() == Dimension::Effect {
                    ("# status = \"not-affected\"\n", "mechanisms = []\n")
                } else {
                    ("", "")
                };
                let _ = write!(
                    out,
                    "[answers.{}.{}]\n# level = \n{not_affected}finding = \"\"\nprovisions = []\n{mechanisms}rationale = \"\"\"\n\"\"\"\nevidence = []\n",
                    rubric.id, question.id
                );
            }
        }
        out
    }
}

impl FillIn<'_> {
    /// The screening checklist: every effect area, so a reader decides first what the proposal
    /// touches, as the Internet Impact Assessment Toolkit's preliminary analysis does.
    fn screening(&self, out: &mut String) {
        let areas: Vec<(String, String)> = self
            .rubrics
            .iter()
            .flat_map(|rubric| {
                rubric
                    .questions
                    .iter()
                    .filter(|question| question.dimension() == Dimension::Effect)
                    .map(move |question| {
                        (
                            single_line(question.area_name()),
                            format!("{}.{}", rubric.id, question.id),
                        )
                    })
            })
            .collect();
        if areas.is_empty() {
            return;
        }
        let _ = write!(
            out,
            "\n# {}\n# SCREENING: which of these areas does the proposal touch?\n\
             # For each area it does not touch, answer its question below with\n\
             #   status = \"not-affected\"\n\
             # and say in `rationale` what you checked (or `status = \"screened-out\"` for an area\n\
             # left out at a glance, unexamined). Answer the others with a level, a `finding`\n\
             # in one sentence of your own, the `provisions` it rests on and the mechanisms found.\n#\n",
            "=".repeat(78)
        );
        let width = areas.iter().map(|(area, _)| area.chars().count()).max().unwrap_or(0);
        for (area, id) in &areas {
            let _ = writeln!(out, "#   [ ] {area:<width$}  {id}");
        }
    }
}

/// `text` as comment lines, wrapped at sentence-friendly widths and never escaping the comment.
fn comment_block(out: &mut String, text: &str, indent: &str) {
    for paragraph in text.trim().split("\n\n") {
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        let mut line = String::new();
        for word in words {
            if !line.is_empty() && line.len() + word.len() > 88 {
                let _ = writeln!(out, "# {indent}{line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        let _ = writeln!(out, "# {indent}{line}");
    }
}

fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A TOML basic string with every special character escaped.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}
