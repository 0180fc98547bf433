//! `impact-brief rubric list | show ID | check FILE`.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use super::Outcome;
use super::load_rubrics;
use crate::cli::RubricCommand;
use crate::diagnostic::Diagnostics;
use crate::markup::Markup;
use crate::model::ids::joined;
use crate::model::ids::nearest;
use crate::model::{FlagGrade, Rubric, RubricSet, TomlFile};
use crate::output::print_stdout;

/// Runs a `rubric` subcommand.
pub fn run(command: &RubricCommand, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    match command {
        RubricCommand::List => {
            let rubrics = load_rubrics(rubrics_dir)?;
            print_stdout(list(&rubrics).as_bytes())?;
            Ok(Outcome::Success)
        }
        RubricCommand::Show { id } => {
            let rubrics = load_rubrics(rubrics_dir)?;
            let Some(rubric) = rubrics.get(id) else {
                anyhow::bail!(
                    "unknown rubric `{id}`\n  help: known rubrics: {}",
                    nearest(id, rubrics.ids()).join(", ")
                );
            };
            print_stdout(show(rubric).as_bytes())?;
            Ok(Outcome::Success)
        }
        RubricCommand::Check { file } => {
            let text = TomlFile::read(file)?;
            let rubric = Rubric::from_file(&text).map_err(Diagnostics)?;
            // Dependencies are checked against the built-in rubrics plus this one.
            let mut all: Vec<Rubric> = load_rubrics(rubrics_dir)?
                .iter()
                .filter(|known| known.id != rubric.id)
                .cloned()
                .collect();
            all.push(rubric.clone());
            RubricSet::from_rubrics(all).map_err(Diagnostics)?;
            print_stdout(
                format!(
                    "{}: ok — rubric `{}` {} with {} question{}\n",
                    file.display(),
                    rubric.id,
                    rubric.version,
                    rubric.questions.len(),
                    if rubric.questions.len() == 1 { "" } else { "s" }
                )
                .as_bytes(),
            )?;
            Ok(Outcome::Success)
        }
        RubricCommand::Translations { lang } => {
            let rubrics = load_rubrics(rubrics_dir)?;
            let coverage = rubrics.coverage(*lang);
            print_stdout(translations(*lang, &rubrics, coverage).as_bytes())?;
            let complete = coverage.iter().all(crate::model::translation::Coverage::is_complete);
            Ok(if complete { Outcome::Success } else { Outcome::Failure })
        }
    }
}

fn list(rubrics: &RubricSet) -> String {
    let mut out = String::new();
    for rubric in rubrics.iter() {
        let _ = writeln!(
            out,
            "{:<16} {:<16} v{:<8} weight {:<4} {} questions",
            rubric.id,
            rubric.title,
            rubric.version,
            rubric.weight,
            rubric.questions.len()
        );
    }
    out
}

fn show(rubric: &Rubric) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}, version {}, weight {})\n",
        rubric.title, rubric.id, rubric.version, rubric.weight
    );
    let _ = writeln!(out, "{}\n", Markup::parse(&rubric.description).to_plain_text());
    for question in &rubric.questions {
        let _ = writeln!(
            out,
            "{}.{}  ({}, weight {})",
            rubric.id,
            question.id,
            question.dimension().id(),
            question.weight
        );
        let _ = writeln!(out, "  {}", question.prompt);
        for (level, text) in (0u32..).zip(&question.levels) {
            let flag = question.red_flag_at.is_some_and(|at| level <= at);
            let acceptable = question.acceptable_at == Some(level);
            let _ = writeln!(
                out,
                "    {level}  {text}{}{}",
                if flag { "  [red flag]" } else { "" },
                if acceptable { "  [acceptable from here]" } else { "" }
            );
        }
        if !question.mechanisms.is_empty() {
            let _ = writeln!(out, "  Mechanisms (tick those the proposal has):");
            for mechanism in &question.mechanisms {
                let kind = mechanism.kind.id();
                let flag = match mechanism.flag {
                    FlagGrade::None => "",
                    FlagGrade::Flag => ", red flag",
                    FlagGrade::Severe => ", severe red flag",
                };
                let contained = if mechanism.contained_by.is_empty() {
                    String::new()
                } else {
                    format!(", contained by {}", mechanism.contained_by.join(", "))
                };
                let _ = writeln!(
                    out,
                    "    {:<28} {kind}{flag}{contained}: {}",
                    mechanism.id, mechanism.label
                );
            }
        }
        if let Some(since) = question.since {
            let _ = writeln!(out, "  New in rubrics {since}.x.");
        }
        if let Some(widened) = question.widened_in {
            let _ = writeln!(
                out,
                "  Asks more since rubrics {widened}.x: an earlier answer needs a new one."
            );
        }
        if let Some(area) = &question.area {
            let _ = writeln!(out, "  Screening area: {area}");
        }
        if !question.covers.is_empty() {
            let _ = writeln!(out, "  Covers: {}", question.covers.join(", "));
        }
        if !question.replaces.is_empty() {
            let _ = writeln!(out, "  Replaces (rubrics 1.x): {}", joined(&question.replaces));
        }
        if let Some(condition) = &question.applies_if {
            let _ = writeln!(
                out,
                "  Asked only when {} is at level {} or above.",
                condition.question, condition.min_level
            );
        }
        let _ = writeln!(out, "  Sources: {}\n", question.sources.join(", "));
    }
    let _ = writeln!(out, "Sources");
    for source in &rubric.sources {
        let _ = writeln!(
            out,
            "  {:<28} {}{}",
            source.id,
            source.title,
            source.url.as_deref().map(|url| format!(" <{url}>")).unwrap_or_default()
        );
    }
    out
}

/// The `rubric translations` report: one line per rubric, then one per question left in English.
fn translations(
    lang: crate::i18n::Lang,
    rubrics: &RubricSet,
    coverage: &[crate::model::translation::Coverage],
) -> String {
    let mut out = String::new();
    if coverage.is_empty() {
        let _ = writeln!(out, "English is the rubrics' own language: nothing to translate.");
    }
    for covered in coverage {
        let total = rubrics.get(&covered.rubric).map_or(0, |rubric| rubric.questions.len());
        let _ = writeln!(
            out,
            "{} ({lang}): {} of {total} questions translated{}",
            covered.rubric,
            covered.translated,
            if covered.is_complete() { ", up to date" } else { "" }
        );
        if let Some(digest) = &covered.header_stale {
            let _ = writeln!(out, "  stale    title and description    now {digest}");
        }
        for (id, digest) in &covered.stale {
            let _ = writeln!(out, "  stale    {}.{id}    now {digest}", covered.rubric);
        }
        for id in &covered.missing {
            let _ = writeln!(out, "  missing  {}.{id}", covered.rubric);
        }
        for problem in &covered.problems {
            let _ = writeln!(out, "  problem  {}: {problem}", covered.rubric);
        }
    }
    out
}
