//! `impact-brief render FILE -f FORMAT [-o PATH]`: one assessment's brief in one or more formats.

mod watch;

use std::path::Path;

use anyhow::Result;

use super::{Outcome, UsageError, load_rubrics, refuse_binary_on_terminal, renderer_for};
use crate::cli::RenderArgs;
use crate::i18n::tr;
use crate::model::Assessment;
use crate::output::{Destination, Inputs, file_name_for, print_stdout, write_brief};
use crate::render::Rendered;
use crate::report::Brief;

/// Runs `render`.
pub fn run(args: &RenderArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    // The language of the lines below, not of the brief (`--lang` asks for both).
    let ui = super::interface_language(args.lang.lang);
    let destination = Destination::from_arg(args.output.as_deref());
    let formats = super::formats_for(&destination, &args.format)?;
    super::check_destination(&destination, &formats, ui)?;
    if args.watch {
        if destination == Destination::Stdout {
            return Err(UsageError(tr(ui, "ui-render-watch-needs-files")).into());
        }
        return watch::run(args, rubrics_dir, &formats, &destination, ui);
    }
    // Templates and PDF settings are checked before the input is read.
    let renderer = renderer_for(&formats, &args.templates, &args.pdf)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    let mut assessment = Assessment::load(&args.file, &rubrics)?;
    args.lang.apply(&mut assessment);
    super::note_untranslated(&rubrics, assessment.lang());
    let brief = Brief::of(&assessment, &rubrics);
    let mut inputs = Inputs::of_run(rubrics_dir, args.templates.templates.as_deref());
    inputs.add_assessment(&args.file, &assessment);
    // A format that fails (a template of one's own that does not compile) does not keep the
    // others from being written: each failure is said, and the last is the command's error.
    let mut failures = Vec::new();
    for format in formats {
        let path = match &destination {
            Destination::Stdout => {
                refuse_binary_on_terminal(format, "brief")?;
                if let Rendered::File(bytes) = renderer.render(&brief, format)? {
                    print_stdout(&bytes)?;
                }
                continue;
            }
            Destination::File(path) => path.clone(),
            Destination::Folder(dir) => dir.join(file_name_for(&args.file, &format.output_suffix())),
        };
        match write_brief(&renderer, &brief, format, &path, &inputs) {
            Ok(()) => crate::eprintln_safe!(
                "{}",
                crate::tr!(ui, "ui-command-wrote", file = path.display().to_string())
            ),
            Err(error) => failures.push(error.context(crate::tr!(
                ui,
                "ui-render-not-written",
                file = path.display().to_string()
            ))),
        }
    }
    match failures.pop() {
        None => Ok(Outcome::Success),
        Some(last) => {
            for failure in &failures {
                // As the last is said: the causes after the language's colon.
                let causes = crate::i18n::causes(failure);
                crate::eprintln_safe!("error: {causes}");
            }
            Err(last)
        }
    }
}
