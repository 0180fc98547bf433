//! Runs a parsed command line and maps its outcome to an exit code: 0 success, 1 invalid input
//! or failed work, 2 usage error, 130 wizard cancelled or batch stopped. An error a command returns is printed
//! here, once; commands that go on after a problem (`check`, `batch`, the wizard) print theirs
//! as they find them and end with `Outcome::Failure`.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::commands::{self, Outcome, UsageError};

/// Runs `cli` and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let rubrics = cli.rubrics.as_deref();
    if cli.version && cli.command.is_some() {
        return usage_error("ui-usage-version-no-command");
    }
    let Some(command) = &cli.command else {
        if cli.version {
            return finish(commands::version::run(cli.verbose, rubrics));
        }
        // What clap would say for a missing subcommand, now that --version makes it optional.
        return usage_error("ui-usage-command-needed");
    };
    let result = match command {
        Command::Wizard(args) => commands::wizard::run(args, rubrics),
        Command::Serve(args) => commands::serve::run(args, rubrics),
        Command::Init(args) => commands::init::run(args, rubrics),
        Command::Check(args) => commands::check::run(args, rubrics),
        Command::Score(args) => commands::score::run(args, rubrics),
        Command::Render(args) => commands::render::run(args, rubrics),
        Command::Batch(args) => commands::batch::run(args, rubrics),
        Command::Rubric(command) => commands::rubric::run(command, rubrics),
        Command::Migrate(args) => commands::migrate::run(args, rubrics),
        Command::Diff(args) => commands::diff::run(args, rubrics),
        Command::Panel(args) => commands::panel::run(args, rubrics),
        Command::Schema(args) => commands::schema::run(args, rubrics),
        Command::Completions(args) => commands::shell::completions(args),
        Command::Man(args) => commands::shell::man(args),
        Command::Version => commands::version::run(true, rubrics),
    };
    finish(result)
}

/// Prints the usage error `id` as clap's own are said (with the usage lines), in the language of
/// the command line, and returns exit code 2.
fn usage_error(id: &str) -> ExitCode {
    let lang = crate::usage_error::language();
    let usage = Cli::command().render_usage().to_string();
    crate::eprint_safe!(
        "{}",
        crate::usage_error::text(lang, &crate::i18n::tr(lang, id), None, Some(&usage))
    );
    ExitCode::from(2)
}

/// The exit code of a command's outcome, after printing its error if it failed.
fn finish(result: anyhow::Result<Outcome>) -> ExitCode {
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::from(1),
        Ok(Outcome::Cancelled) => ExitCode::from(130),
        Err(error) => {
            if let Some(usage) = error.downcast_ref::<UsageError>() {
                crate::eprintln_safe!("error: {usage}\n\n{}", crate::say!("ui-more-information"));
                return ExitCode::from(2);
            }
            // Problems in files print as `file:line:col: error: …` themselves, with no prefix.
            if let Some(diagnostics) = error.downcast_ref::<crate::diagnostic::Diagnostics>() {
                crate::eprintln_safe!("{diagnostics}");
            } else if let Some(diagnostic) = error.downcast_ref::<crate::diagnostic::Diagnostic>() {
                crate::eprintln_safe!("{diagnostic}");
            } else {
                // The causes follow with the language's colon ("non écrit : permission refusée").
                let causes = crate::i18n::causes(&error);
                crate::eprintln_safe!("error: {causes}");
            }
            ExitCode::from(1)
        }
    }
}
