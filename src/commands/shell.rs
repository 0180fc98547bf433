//! `impact-brief completions SHELL` and `impact-brief man`: a completion script and manual pages,
//! generated from the same clap definitions as `--help`, so they never disagree with it.

use std::path::Path;

use anyhow::{Context, Result};
use clap::CommandFactory;

use super::Outcome;
use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::output::{print_stdout, write_atomically};

/// The program's name, as completions and manual pages know it.
const NAME: &str = "impact-brief";

/// Runs `completions`.
pub fn completions(args: &CompletionsArgs) -> Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), NAME, &mut script);
    if args.shell == clap_complete::Shell::Bash {
        script = bash_formats(&bash_fix(&script)).into_bytes();
    }
    print_stdout(&script)?;
    Ok(Outcome::Success)
}

/// clap_complete's bash script names the state of `impact-brief render` `impact__brief__subcmd__render`
/// where it tracks the words typed but `impact__subcmd__brief__subcmd__render` where it completes
/// them, so nothing after a subcommand completes in a program whose name has a hyphen
/// (clap-rs/clap#6421). Spelling both alike fixes it; where clap already does, this changes nothing.
fn bash_fix(script: &[u8]) -> String {
    String::from_utf8_lossy(script).replace("impact__subcmd__brief", "impact__brief")
}

/// `-f md,<TAB>`: clap_complete's bash script completes the whole word `md,` against the
/// format names and finds nothing. Completing the part after the last comma, and putting the
/// part before it back in front of every candidate, offers `md,pdf`, `md,html`, …
fn bash_formats(script: &str) -> String {
    use clap::ValueEnum;
    let names: Vec<String> = crate::render::Format::value_variants()
        .iter()
        .filter_map(|format| format.to_possible_value())
        .map(|value| value.get_name().to_string())
        .collect();
    let names = names.join(" ");
    let generated = format!("COMPREPLY=($(compgen -W \"{names}\" -- \"${{cur}}\"))");
    let listed = format!("COMPREPLY=($(compgen -P \"${{cur%\"${{cur##*,}}\"}}\" -W \"{names}\" -- \"${{cur##*,}}\"))");
    script.replace(&generated, &listed)
}

/// Runs `man`: the main page on standard output, or every page into `--dir`.
pub fn man(args: &ManArgs) -> Result<Outcome> {
    let pages = pages()?;
    match &args.dir {
        None => print_stdout(&pages[0].1)?,
        Some(dir) => {
            for (name, page) in &pages {
                write_atomically(&dir.join(name), page)?;
            }
            crate::eprintln_safe!(
                "wrote {} manual pages to {}: {}",
                pages.len(),
                dir.display(),
                pages
                    .iter()
                    .map(|(name, _)| name.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            if !in_man_path(dir) {
                // `man` looks for section 1 in a folder named `man1` under each MANPATH entry.
                if dir.file_name().is_some_and(|name| name == "man1") {
                    crate::eprintln_safe!(
                        "if `man {NAME}` does not find them, add the folder above {} to MANPATH",
                        dir.display()
                    );
                } else {
                    crate::eprintln_safe!(
                        "`man` looks for these pages in a folder named man1: write them with \
                         `{NAME} man --dir {}` and add {} to MANPATH",
                        dir.join("man1").display(),
                        dir.display()
                    );
                }
            }
        }
    }
    Ok(Outcome::Success)
}

/// Every manual page, by file name: `impact-brief.1` first, then one per command and
/// subcommand (`impact-brief-render.1`, `impact-brief-rubric-show.1`, ...).
pub fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    // Built once at the top, so that each subcommand's page is named `impact-brief-render`.
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    add_pages(&command, &mut pages)?;
    Ok(pages)
}

/// The page of `command`, then those of its subcommands, depth first. clap_mangen's sections,
/// except that the text after the options becomes EXAMPLES (and NOTES, for what is not an
/// example) instead of "EXTRA", and every page says what the exit codes mean under EXIT STATUS.
fn add_pages(command: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    render_page(&man, command, &mut page).context("cannot write the manual page")?;
    pages.push((man.get_filename(), page));
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        add_pages(sub, pages)?;
    }
    Ok(())
}

fn render_page(man: &clap_mangen::Man, command: &clap::Command, page: &mut Vec<u8>) -> std::io::Result<()> {
    use std::io::Write as _;
    man.render_title(page)?;
    man.render_name_section(page)?;
    man.render_synopsis_section(page)?;
    man.render_description_section(page)?;
    if command.get_arguments().any(|arg| !arg.is_hide_set()) {
        man.render_options_section(page)?;
    }
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        man.render_subcommands_section(page)?;
    }
    if let Some(after) = command.get_after_help() {
        let text = after.to_string();
        // The exit codes have their own section below.
        let text = text.split("\nExit codes:").next().unwrap_or("").trim_end();
        let (notes, examples) = match ["Typical use:", "Examples:"]
            .iter()
            .find_map(|header| text.find(header).map(|at| (at, header.len())))
        {
            Some((at, length)) => (text[..at].trim(), text[at + length..].trim_matches('\n')),
            None => (text.trim(), ""),
        };
        if !notes.is_empty() {
            write!(page, ".SH NOTES\n{}\n", roff_text(notes))?;
        }
        if !examples.is_empty() {
            write!(page, ".SH EXAMPLES\n.nf\n{}\n.fi\n", roff_text(examples))?;
        }
    }
    writeln!(page, ".SH \"EXIT STATUS\"")?;
    for (code, meaning) in crate::cli::EXIT_CODES {
        write!(page, ".TP\n{code}\n{}\n", roff_text(meaning))?;
    }
    if command.get_version().is_some() {
        man.render_version_section(page)?;
    }
    Ok(())
}

/// Text for a roff page: backslashes and hyphens escaped, no line read as a request.
fn roff_text(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.replace('\\', "\\e").replace('-', "\\-");
            if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else if line.trim().is_empty() {
                ".sp".to_string()
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A guess at whether `man` searches `dir`: it is a `man1` folder under a usual place.
fn in_man_path(dir: &Path) -> bool {
    dir.ends_with("man1")
        && dir.parent().is_some_and(|parent| {
            parent.ends_with("share/man") || parent.ends_with("man") && parent.starts_with("/usr")
        })
}
