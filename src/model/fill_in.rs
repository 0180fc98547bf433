//! The fill-in assessment file that `init` writes: valid as it stands, with every question's
//! guidance and level texts as comments, so that someone with a text editor can assess a
//! proposal without other documentation.

use std::fmt::Write as _;

use super::assessment::{ASSESSMENT_SCHEMA_VERSION, Stage, StakeholderGroup};
use super::catalog::RubricSet;
use super::guidance::Placing;
use super::rubric::{Dimension, Rubric};
use super::schema::directive_line;
use crate::i18n::{Lang, tr};

/// What goes at the top of the file.
pub struct FillIn<'a> {
    /// The proposal's title.
    pub title: &'a str,
    /// Today's date, `YYYY-MM-DD`.
    pub today: &'a str,
    /// The rubrics to answer, in order.
    pub rubrics: &'a [&'a Rubric],
    /// Every rubric known, in the file's language: guidance names the questions it points to,
    /// of these rubrics or others.
    pub known: &'a RubricSet,
    /// Where the `#:schema` directive on the first line points editors, if anywhere.
    pub schema: Option<&'a str>,
    /// The language of the file's comments and of the brief it asks for; the rubrics are given
    /// in it.
    pub lang: Lang,
}

impl FillIn<'_> {
    /// The file's text.
    pub fn to_toml(&self) -> String {
        let mut out = self.schema.map(directive_line).unwrap_or_default();
        let ids: Vec<String> = self.rubrics.iter().map(|rubric| toml_string(&rubric.id)).collect();
        let stages: Vec<&str> = Stage::ALL.iter().map(|stage| stage.id()).collect();
        let groups: Vec<&str> = StakeholderGroup::ALL.iter().map(|group| group.id()).collect();
        // How to fill it in, in the file's language; the keys and values stay the format's own.
        let lang = self.lang;
        let _ = writeln!(out, "# {}\n#", tr(lang, "ui-init-title"));
        for (number, step) in ["ui-init-step-describe", "ui-init-step-answer", "ui-init-step-check"]
            .iter()
            .enumerate()
        {
            comment_lines(&mut out, &tr(lang, step), &format!("{}. ", number + 1), "   ");
        }
        // Only a file in another language than English says so: the brief follows it.
        let language = match lang {
            Lang::En => String::new(),
            other => format!("language = \"{}\"\n", other.code()),
        };
        let _ = write!(
            out,
            r#"
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
{language}"#,
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
                    "\n# {}.{} ({}){} {}\n",
                    rubric.id,
                    question.id,
                    question.dimension().word_in(lang),
                    tr(lang, "colon"),
                    single_line(&question.prompt)
                );
                comment_block(&mut out, &self.known.guidance(rubric, question, lang, Placing::Id), "");
                let _ = writeln!(out, "#");
                for (level, text) in (0u32..).zip(&question.levels) {
                    let flag = question.red_flag_at.is_some_and(|at| level <= at);
                    let _ = writeln!(
                        out,
                        "#   {level}  {}{}",
                        single_line(text),
                        if flag {
                            format!("  [{}]", tr(lang, "brief-red-flag"))
                        } else {
                            String::new()
                        }
                    );
                }
                if let Some(condition) = &question.applies_if {
                    let _ = writeln!(
                        out,
                        "# {}",
                        crate::tr!(
                            lang,
                            "ui-init-asked-only-when",
                            question = condition.question.to_string(),
                            level = condition.min_level
                        )
                    );
                }
                if !question.mechanisms.is_empty() {
                    let _ = writeln!(out, "# {}", tr(lang, "ui-init-mechanisms"));
                    for mechanism in &question.mechanisms {
                        let kind = mechanism.kind.label_in(lang);
                        let _ = writeln!(
                            out,
                            "#   {:<30} {kind}{} {}",
                            format!("\"{}\"", mechanism.id),
                            tr(lang, "colon"),
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
        let _ = writeln!(out, "\n# {}", "=".repeat(78));
        let _ = writeln!(out, "# {}", tr(self.lang, "ui-init-screening-title"));
        comment_block(out, &tr(self.lang, "ui-init-screening"), "");
        let _ = writeln!(out, "#");
        let width = areas.iter().map(|(area, _)| area.chars().count()).max().unwrap_or(0);
        for (area, id) in &areas {
            let _ = writeln!(out, "#   [ ] {area:<width$}  {id}");
        }
    }
}

/// `text` as comment lines, wrapped at sentence-friendly widths and never escaping the comment.
fn comment_block(out: &mut String, text: &str, indent: &str) {
    comment_lines(out, text, indent, indent);
}

/// As [`comment_block`], each paragraph's first line after `first` (a step's number) and the
/// others after `indent`.
fn comment_lines(out: &mut String, text: &str, first: &str, indent: &str) {
    for paragraph in text.trim().split("\n\n") {
        let words = unbroken_words(paragraph);
        if words.is_empty() {
            continue;
        }
        let mut lead = first;
        let mut line = String::new();
        for word in words {
            if !line.is_empty() && line.len() + word.len() > 88 {
                let _ = writeln!(out, "# {lead}{line}");
                lead = indent;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        let _ = writeln!(out, "# {lead}{line}");
    }
}

/// The words of `paragraph`, a command in backticks (`impact-brief check FILE`) kept as one, so
/// that a line break never splits what is to be typed.
fn unbroken_words(paragraph: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut open = false;
    // Split at ASCII spaces only: a no-break space (French puts one before a colon) binds.
    for word in paragraph.split_ascii_whitespace() {
        match words.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
        if word.matches('`').count() % 2 == 1 {
            open = !open;
        }
    }
    words
}

/// `text` on one line; a no-break space stays.
fn single_line(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// A TOML basic string with every special character escaped.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}
