//! The stand-alone `typst` program as a second engine, fed the very same template, data, inputs,
//! date, standard and fonts as the embedded one, in a temporary folder and without network.

use std::io;
use std::path::Path;
use std::process::{Command, Stdio};

use super::fonts::{FontSettings, Fonts, noto_files};
use super::settings::{PdfSettings, today, typst_date, unix_noon};
use super::{TemplateSource, TypstError, sys_inputs, world};

/// Compiles with the stand-alone `typst` program instead of the embedded one.
///
/// Writes the template (as `brief.typ`, or its own plain `*.typ` file name)
/// and `data.json` to a temporary directory that is also the Typst root, runs
/// `typst compile` there with the same `sys.inputs`, date, standard and fonts
/// as [`TypstEngine::compile_pdf`], and returns the PDF bytes. `typst_path`
/// is a path or a name looked up on the `PATH` (usually `"typst"`).
///
/// The fonts are the CLI's embedded ones, the Noto fonts this program embeds (written to the
/// temporary directory), those under `fonts.paths`, and the system's only where the embedded
/// engine would search them too (a character none of the others has).
///
/// Without a [`PdfSettings::date`], the CLI still records 1970-01-01 as the
/// PDF's creation date (its only way to fix `datetime.today()`), which the
/// embedded engine leaves out.
pub fn compile_pdf_with_cli(
    typst_path: &Path,
    template: &TemplateSource,
    data_json: &[u8],
    options: &PdfSettings,
    fonts: &FontSettings,
) -> Result<Vec<u8>, TypstError> {
    // Validate before spawning anything, with the embedded engine's rules.
    let today = today(options.date);
    typst_date(today)?;

    let dir = tempfile::Builder::new().prefix("impact-brief-typst-").tempdir()?;
    let main_name = world::main_file_name(&template.name);
    std::fs::write(dir.path().join(main_name), &template.text)?;
    for import in template.imports() {
        std::fs::write(dir.path().join(&import.name), &import.text)?;
    }
    std::fs::write(dir.path().join("data.json"), data_json)?;
    // An empty package directory: no local or cached package is visible,
    // matching the embedded engine, which has none.
    let packages = dir.path().join("packages");
    std::fs::create_dir(&packages)?;
    let output = dir.path().join("brief.pdf");
    let font_dir = dir.path().join("fonts");
    std::fs::create_dir(&font_dir)?;
    for (name, bytes) in noto_files() {
        std::fs::write(font_dir.join(name), bytes)?;
    }
    let data = String::from_utf8_lossy(data_json);
    // The embedded engine's rule, with its fonts parsed again: slow next to a batch's, fast next
    // to starting the program.
    let needs_system = fonts.system
        && Fonts::new(&FontSettings {
            system: false,
            ..fonts.clone()
        })
        .select(&[&template.text, &data])
        .incomplete;

    // The program runs in the temporary folder: a path such as `./typst` or `bin/typst` is the
    // user's, relative to where they are, and is made absolute first. A bare name is looked up
    // on the PATH as it is.
    let program = if typst_path.components().count() > 1 {
        std::path::absolute(typst_path).unwrap_or_else(|_| typst_path.to_owned())
    } else {
        typst_path.to_owned()
    };
    let mut command = Command::new(&program);
    command
        .current_dir(dir.path())
        .arg("compile")
        .arg("--root")
        .arg(dir.path())
        .arg("--font-path")
        .arg(&font_dir)
        .args(
            fonts
                .paths
                .iter()
                .flat_map(|path| [std::ffi::OsStr::new("--font-path"), path.as_os_str()]),
        )
        .args((!needs_system).then_some("--ignore-system-fonts"))
        .arg("--package-path")
        .arg(&packages)
        .arg("--package-cache-path")
        .arg(&packages)
        .arg(format!("--creation-timestamp={}", unix_noon(today)))
        .args(
            sys_inputs(options.paper)
                .into_iter()
                // `--input=k=v` as one argument, so a value starting with `-`
                // is never taken for a flag.
                .map(|(key, value)| format!("--input={key}={value}")),
        );
    if let Some(standard) = options.standard {
        command.arg(format!("--pdf-standard={}", standard.cli_name()));
    }
    command
        .arg(main_name)
        .arg(&output)
        // The user's Typst environment must not change the result.
        .env_remove("TYPST_FONT_PATHS")
        .env_remove("TYPST_ROOT")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("TYPST_IGNORE_EMBEDDED_FONTS")
        .env_remove("no_proxy")
        .env_remove("NO_PROXY")
        // Package downloads go through this proxy, on a loopback port where
        // nothing listens, so a template cannot make the CLI reach the network
        // (the embedded engine refuses packages outright).
        .env("https_proxy", NO_NETWORK_PROXY)
        .env("HTTPS_PROXY", NO_NETWORK_PROXY)
        .env("http_proxy", NO_NETWORK_PROXY)
        .env("HTTP_PROXY", NO_NETWORK_PROXY)
        .env("ALL_PROXY", NO_NETWORK_PROXY)
        .stdin(Stdio::null());

    let result = match command.output() {
        Ok(result) => result,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Err(TypstError::CliNotFound {
                path: typst_path.to_owned(),
            });
        }
        Err(err) => return Err(TypstError::Io(err)),
    };
    if !result.status.success() {
        return Err(TypstError::Cli {
            program: typst_path.to_owned(),
            status: result.status.to_string(),
            stderr: String::from_utf8_lossy(&result.stderr).trim_end().to_owned(),
        });
    }
    Ok(std::fs::read(&output)?)
}

/// A proxy address nothing answers on (port 9 is "discard", closed here).
const NO_NETWORK_PROXY: &str = "http://127.0.0.1:9";
