//! The `impact-brief` binary: parse the command line, run, exit with the outcome's code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = impact_brief::cli::Cli::parse();
    impact_brief::app::run(cli)
}
