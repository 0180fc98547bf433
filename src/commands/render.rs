//! `impact-brief render FILE -f FORMAT [-o PATH]`: one assessment's brief in one or more formats.

use std::path::Path;

use anyhow::{Result, bail};

use super::{load_brief, load_rubrics};
use crate::app::{Outcome, UsageError};
use crate::cli::{EngineArg, PaperArg, PdfArgs, PdfStandardArg, RenderArgs};
use crate::output::{Destination, file_name_for, print_stdout, write_rendered};
use crate::render::typst::{Paper, PdfStandard};
use crate::render::{Engine, Format, PdfOptions, Rendered, Renderer};
use crate::templates::Templates;

/// Runs `render`.
pub fn run(args: &RenderArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    let destination = Destination::from_arg(args.output.as_deref());
    let named = match &destination {
        Destination::File(path) => Format::from_extension(path),
        _ => None,
    };
    let formats = match (named, args.format.formats.as_slice()) {
        // `-o brief.pdf` alone means PDF.
        (Some(format), []) => vec![format],
        (Some(format), [asked]) if *asked != format => {
            return Err(UsageError(format!(
                "`-o` names a .{} file but `-f {asked}` was asked for; make them agree",
                format.extension()
            ))
            .into());
        }
        _ => args.format.unique(),
    };
    match &destination {
        Destination::File(_) | Destination::Stdout if formats.len() > 1 => {
            return Err(UsageError("several formats need a folder: pass `-o DIR/` (or leave -o out)".into()).into());
        }
        _ => {}
    }
    let rubrics = load_rubrics(rubrics_dir)?;
    let brief = load_brief(&args.file, &rubrics)?;
    let templates = Templates::load(args.templates.templates.as_deref())?;
    let renderer = Renderer::new(&templates, pdf_options(&args.pdf), &formats)?;
    for format in formats {
        let rendered = renderer.render(&brief, format)?;
        match (&destination, rendered) {
            (Destination::Stdout, Rendered::File(bytes)) => {
                if format == Format::Pdf && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    bail!(
                        "refusing to print a PDF to the terminal; redirect it (`-o - > brief.pdf`) or pass `-o brief.pdf`"
                    );
                }
                print_stdout(&bytes)?;
            }
            (Destination::Stdout, Rendered::Folder(_)) => {
                return Err(UsageError(
                    "`-f typ` writes a folder and cannot go to standard output; pass `-o DIR`".into(),
                )
                .into());
            }
            (Destination::File(path), rendered) => write_and_report(path, &args.file, rendered)?,
            (Destination::Folder(dir), rendered) => {
                write_and_report(
                    &dir.join(file_name_for(&args.file, &format.output_suffix())),
                    &args.file,
                    rendered,
                )?;
            }
        }
    }
    Ok(Outcome::Success)
}

fn write_and_report(path: &Path, input: &Path, rendered: Rendered) -> Result<()> {
    write_rendered(path, input, rendered)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The PDF settings from the command line.
pub fn pdf_options(args: &PdfArgs) -> PdfOptions {
    PdfOptions {
        engine: match args.engine {
            EngineArg::Embedded => Engine::Embedded,
            EngineArg::TypstCli => Engine::TypstCli(args.typst.clone()),
        },
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::UsLetter => Paper::UsLetter,
        },
        standard: args.pdf_standard.map(|standard| match standard {
            PdfStandardArg::Ua1 => PdfStandard::Ua1,
            PdfStandardArg::A2b => PdfStandard::A2b,
        }),
    }
}
