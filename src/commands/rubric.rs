//! `impact-brief rubric list | show ID | check FILE`.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use super::load_rubrics;
use super::{Outcome, interface_language};
use crate::cli::RubricCommand;
use crate::diagnostic::Diagnostics;
use crate::i18n::{Lang, tr};
use crate::markup::Markup;
use crate::model::ids::joined;
use crate::model::ids::nearest;
use crate::model::{FlagGrade, Rubric, RubricSet, TomlFile};
use crate::output::print_stdout;

/// Runs a `rubric` subcommand.
pub fn run(command: &RubricCommand, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    match command {
        RubricCommand::List { lang } => {
            let lang = interface_language(*lang);
            let rubrics = load_rubrics(rubrics_dir)?;
            print_stdout(list(rubrics.in_language(lang), lang).as_bytes())?;
            Ok(Outcome::Success)
        }
        RubricCommand::Show { id, lang } => {
            let lang = interface_language(*lang);
            let rubrics = load_rubrics(rubrics_dir)?;
            let Some(rubric) = rubrics.in_language(lang).get(id) else {
                anyhow::bail!(
                    "{}\n  help: {}",
                    crate::tr!(lang, "ui-rubric-unknown", id = id.as_str()),
                    crate::tr!(
                        lang,
                        "ui-rubric-unknown-help",
                        known = nearest(id, rubrics.ids()).join(", ")
                    )
                );
            };
            print_stdout(show(rubric, lang).as_bytes())?;
            Ok(Outcome::Success)
        }
        RubricCommand::Check { file } => {
            let lang = interface_language(None);
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
            let ok = crate::tr!(
                lang,
                "ui-rubric-check-ok",
                file = file.display().to_string(),
                id = rubric.id.as_str(),
                version = rubric.version.as_str(),
                count = rubric.questions.len()
            );
            print_stdout(format!("{ok}\n").as_bytes())?;
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

/// One line per rubric: id, title, version, weight and how many questions.
fn list(rubrics: &RubricSet, lang: Lang) -> String {
    let mut out = String::new();
    for rubric in rubrics.iter() {
        let _ = writeln!(
            out,
            "{:<16} {:<16} v{:<8} {} {:<4} {}",
            rubric.id,
            rubric.title,
            rubric.version,
            tr(lang, "ui-rubric-weight"),
            crate::i18n::decimal_sign(lang, rubric.weight.to_string()),
            crate::tr!(lang, "ui-rubric-question-count", count = rubric.questions.len())
        );
    }
    out
}

/// A rubric as a reader checks it: each question with its levels, its mechanisms and what it
/// rests on, in `lang` (the rubric given is already in it).
fn show(rubric: &Rubric, lang: Lang) -> String {
    let mut out = String::new();
    let weight = |weight: f64| crate::i18n::decimal_sign(lang, weight.to_string());
    let _ = writeln!(
        out,
        "{}\n",
        crate::tr!(
            lang,
            "ui-rubric-header",
            title = rubric.title.as_str(),
            id = rubric.id.as_str(),
            version = rubric.version.as_str(),
            weight = weight(rubric.weight)
        )
    );
    let _ = writeln!(out, "{}\n", Markup::parse(&rubric.description).to_plain_text());
    let colon = tr(lang, "colon");
    for question in &rubric.questions {
        let _ = writeln!(
            out,
            "{}.{}  ({}, {} {})",
            rubric.id,
            question.id,
            question.dimension().word_in(lang),
            tr(lang, "ui-rubric-weight"),
            weight(question.weight)
        );
        let _ = writeln!(out, "  {}", question.prompt);
        for (level, text) in (0u32..).zip(&question.levels) {
            let flag = question.red_flag_at.is_some_and(|at| level <= at);
            let acceptable = question.acceptable_at == Some(level);
            let mark = |shown: bool, id: &str| {
                if shown {
                    format!("  [{}]", tr(lang, id))
                } else {
                    String::new()
                }
            };
            let _ = writeln!(
                out,
                "    {level}  {text}{}{}",
                mark(flag, "ui-rubric-red-flag"),
                mark(acceptable, "ui-rubric-acceptable-from-here")
            );
        }
        if !question.mechanisms.is_empty() {
            let _ = writeln!(out, "  {}", tr(lang, "ui-rubric-mechanisms"));
            for mechanism in &question.mechanisms {
                let kind = mechanism.kind.label_in(lang);
                let flag = match mechanism.flag {
                    FlagGrade::None => String::new(),
                    FlagGrade::Flag => format!(", {}", tr(lang, "ui-rubric-red-flag")),
                    FlagGrade::Severe => format!(", {}", tr(lang, "ui-rubric-severe-red-flag")),
                };
                let contained = if mechanism.contained_by.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", {}",
                        crate::tr!(
                            lang,
                            "ui-rubric-contained-by",
                            safeguards = mechanism.contained_by.join(", ")
                        )
                    )
                };
                let _ = writeln!(
                    out,
                    "    {:<28} {kind}{flag}{contained}{colon} {}",
                    mechanism.id, mechanism.label
                );
            }
        }
        if let Some(since) = question.since {
            let _ = writeln!(out, "  {}", crate::tr!(lang, "ui-rubric-since", edition = since));
        }
        if let Some(widened) = question.widened_in {
            let _ = writeln!(out, "  {}", crate::tr!(lang, "ui-rubric-widened", edition = widened));
        }
        if let Some(area) = &question.area {
            let _ = writeln!(out, "  {}{colon} {area}", tr(lang, "ui-rubric-area"));
        }
        if !question.covers.is_empty() {
            let _ = writeln!(
                out,
                "  {}{colon} {}",
                tr(lang, "ui-rubric-covers"),
                question.covers.join(", ")
            );
        }
        if !question.replaces.is_empty() {
            let _ = writeln!(
                out,
                "  {}{colon} {}",
                tr(lang, "ui-rubric-replaces"),
                joined(&question.replaces)
            );
        }
        if let Some(condition) = &question.applies_if {
            let _ = writeln!(
                out,
                "  {}",
                crate::tr!(
                    lang,
                    "ui-rubric-applies-if",
                    question = condition.question.to_string(),
                    level = condition.min_level
                )
            );
        }
        let _ = writeln!(
            out,
            "  {}{colon} {}\n",
            tr(lang, "ui-rubric-sources"),
            question.sources.join(", ")
        );
    }
    let _ = writeln!(out, "{}", tr(lang, "ui-rubric-sources"));
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
