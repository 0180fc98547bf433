//! `impact-brief check FILE...`: every problem in every file, then each file's open questions.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use super::load_rubrics;
use crate::app::Outcome;
use crate::cli::CheckArgs;
use crate::model::Assessment;
use crate::output::print_stdout;
use crate::report::Brief;
use crate::scoring::QuestionStatus;

/// Runs `check`.
pub fn run(args: &CheckArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let rubrics = load_rubrics(rubrics_dir)?;
    let mut failed = 0;
    let mut report = String::new();
    for path in &args.files {
        match Assessment::load(path, &rubrics) {
            Err(diagnostics) => {
                failed += 1;
                eprintln!("{diagnostics}");
                let count = diagnostics.0.len();
                let _ = writeln!(
                    report,
                    "{}: {count} problem{}",
                    path.display(),
                    if count == 1 { "" } else { "s" }
                );
            }
            Ok(assessment) => {
                let brief = Brief::of(&assessment, &rubrics);
                let questions = brief.rubrics.iter().flat_map(|rubric| &rubric.questions);
                let count = |status: QuestionStatus| questions.clone().filter(|q| q.status == status).count();
                let _ = writeln!(
                    report,
                    "{}: ok — {} answered, {} unknown, {} unanswered, {} not applicable",
                    path.display(),
                    count(QuestionStatus::Answered),
                    count(QuestionStatus::Unknown),
                    count(QuestionStatus::Unanswered),
                    count(QuestionStatus::NotApplicable),
                );
                if !args.quiet {
                    for open in &brief.open_questions {
                        let _ = writeln!(
                            report,
                            "  {} ({}): {}",
                            open.question,
                            open.status_label.to_lowercase(),
                            open.prompt
                        );
                    }
                }
            }
        }
    }
    print_stdout(report.as_bytes())?;
    Ok(if failed == 0 {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}
