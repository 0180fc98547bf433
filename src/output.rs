//! Writing results without losing data: every file is written to a temporary file beside its
//! destination and renamed into place, inputs are never overwritten, and standard output treats
//! a closed pipe (`| head`) as success.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::markup::terminal_safe;
use crate::render::{Format, Rendered, Renderer};
use crate::report::Brief;

/// How hard a write insists on reaching the disk before it counts as done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Rendered outputs: they can be made again, so a crash may lose the newest one.
    Regenerable,
    /// The user's own work (the wizard's answers): flushed to disk before it replaces the old file.
    Precious,
}

/// Renders `brief` as `format` and writes it to `path` (a file, or for `-f typ` a folder),
/// refusing to write over `input`. The one way every command turns a brief into a file.
pub fn write_brief(renderer: &Renderer, brief: &Brief, format: Format, path: &Path, input: &Path) -> Result<()> {
    let rendered = renderer.render(brief, format)?;
    write_rendered(path, input, rendered)
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never half.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(path, bytes, Durability::Regenerable)
}

/// Writes `bytes` to `path` atomically and flushed to disk, for data that exists nowhere else.
pub fn write_durably(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(path, bytes, Durability::Precious)
}

fn write_file(path: &Path, bytes: &[u8], durability: Durability) -> Result<()> {
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent).with_context(|| format!("cannot create the folder {}", parent.display()))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".impact-brief-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Temporary files are private by default; the file they become should not be. A new file
        // gets what any program's new file gets (0666 less the umask), a replaced one keeps its own.
        let permissions =
            fs::metadata(path).map_or_else(|_| fs::Permissions::from_mode(0o666), |meta| meta.permissions());
        builder.permissions(permissions);
    }
    let mut temporary = builder
        .tempfile_in(parent)
        .with_context(|| format!("cannot create a temporary file in {}", parent.display()))?;
    temporary
        .write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    // An fsync costs more than rendering a Markdown brief; it is paid only where data is at stake.
    if durability == Durability::Precious {
        temporary
            .as_file()
            .sync_all()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    temporary
        .persist(path)
        .map_err(|error| error.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Writes one rendered output at `path` (a folder for multi-file formats), never over `input`.
pub fn write_rendered(path: &Path, input: &Path, rendered: Rendered) -> Result<()> {
    let files = match rendered {
        Rendered::File(bytes) => vec![(path.to_path_buf(), bytes)],
        Rendered::Folder(files) => files
            .into_iter()
            .map(|(name, bytes)| (path.join(name), bytes))
            .collect(),
    };
    for (file, bytes) in files {
        ensure_not_input(&file, input)?;
        write_atomically(&file, &bytes)?;
    }
    Ok(())
}

/// Prints to standard output; a reader that went away is not an error. On a terminal, text is
/// made safe first ([`terminal_safe`]): a file's escape sequences never reach the screen, while
/// what goes to a pipe or a file is left exactly as rendered.
pub fn print_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::IsTerminal;
    let mut stdout = io::stdout().lock();
    let safe;
    let bytes = if stdout.is_terminal() {
        safe = terminal_safe(&String::from_utf8_lossy(bytes)).into_owned();
        safe.as_bytes()
    } else {
        bytes
    };
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            Err(error).context("cannot write to standard output")
        }
        _ => Ok(()),
    }
}

/// Prints text that is already safe for a terminal, such as the coloured scorecard (whose
/// colours are escape sequences of its own, and whose every user text went through
/// [`crate::markup::printable`]), exactly as it is.
pub fn print_stdout_prepared(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            Err(error).context("cannot write to standard output")
        }
        _ => Ok(()),
    }
}

/// Prints `text` on standard error, made safe for a terminal ([`terminal_safe`]): every message
/// a command prints goes through here (or through [`crate::eprintln_safe`]).
pub fn print_stderr(text: &str) {
    eprint!("{}", terminal_safe(text));
}

/// `eprintln!` for messages that may quote a file's content or a file name: the text is made
/// safe for a terminal first.
#[macro_export]
macro_rules! eprintln_safe {
    ($($arg:tt)*) => {
        $crate::output::print_stderr(&(format!($($arg)*) + "\n"))
    };
}

/// `eprint!` made safe for a terminal, as [`crate::eprintln_safe`].
#[macro_export]
macro_rules! eprint_safe {
    ($($arg:tt)*) => {
        $crate::output::print_stderr(&format!($($arg)*))
    };
}

/// Refuses to write over `input`, however the two paths are spelled.
pub fn ensure_not_input(output: &Path, input: &Path) -> Result<()> {
    // A file that does not exist yet cannot be the input; this spares a batch the cost of
    // resolving every new output path.
    if !output.exists() {
        return Ok(());
    }
    let same = match (fs::canonicalize(output), fs::canonicalize(input)) {
        (Ok(output), Ok(input)) => output == input,
        _ => false,
    };
    if same {
        bail!(
            "refusing to write {} over the input file; choose another output path with -o",
            output.display()
        );
    }
    Ok(())
}

/// Where `-o` points for one input: a file, a folder (existing, or written with a trailing `/`),
/// or standard output (`-`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// Print to standard output.
    Stdout,
    /// Write into this folder, named after the input.
    Folder(PathBuf),
    /// Write exactly this file.
    File(PathBuf),
}

impl Destination {
    /// Interprets the `-o` argument (`None`: the current folder). A folder is one that exists,
    /// a path ending in `/`, or a new path without an extension.
    pub fn from_arg(arg: Option<&Path>) -> Destination {
        match arg {
            None => Destination::Folder(PathBuf::from(".")),
            Some(path) if path == Path::new("-") => Destination::Stdout,
            // A new path without an extension is a folder to create: `-o out` means out/.
            Some(path)
                if path.is_dir()
                    || path
                        .as_os_str()
                        .to_string_lossy()
                        .ends_with(['/', std::path::MAIN_SEPARATOR])
                    || (!path.exists() && path.extension().is_none()) =>
            {
                Destination::Folder(path.to_path_buf())
            }
            Some(path) => Destination::File(path.to_path_buf()),
        }
    }
}

/// The output name for `input`: its stem followed by `suffix` (`.pdf`, `-typst`), so that names
/// come from input paths and never from what the file says.
pub fn file_name_for(input: &Path, suffix: &str) -> PathBuf {
    let stem = input
        .file_stem()
        .map_or_else(|| "brief".into(), |stem| stem.to_string_lossy().into_owned());
    PathBuf::from(format!("{stem}{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested/out.md");
        write_atomically(&path, b"first").expect("write");
        write_atomically(&path, b"second").expect("rewrite");
        assert_eq!(fs::read(&path).expect("read"), b"second");
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("nested")).expect("list").collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_not_private_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let new = dir.path().join("new.md");
        write_atomically(&new, b"x").expect("write");
        let mode = fs::metadata(&new).expect("meta").permissions().mode() & 0o777;
        assert_ne!(mode & 0o044, 0, "readable by others as umask allows: {mode:o}");
        let private = dir.path().join("private.toml");
        fs::write(&private, "x").expect("write");
        fs::set_permissions(&private, fs::Permissions::from_mode(0o600)).expect("chmod");
        write_atomically(&private, b"y").expect("rewrite");
        assert_eq!(
            fs::metadata(&private).expect("meta").permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn destinations() {
        assert_eq!(Destination::from_arg(None), Destination::Folder(".".into()));
        assert_eq!(Destination::from_arg(Some(Path::new("-"))), Destination::Stdout);
        assert_eq!(
            Destination::from_arg(Some(Path::new("out/"))),
            Destination::Folder("out/".into())
        );
        assert_eq!(
            Destination::from_arg(Some(Path::new("brief.md"))),
            Destination::File("brief.md".into())
        );
        assert_eq!(
            Destination::from_arg(Some(Path::new("no-such-folder"))),
            Destination::Folder("no-such-folder".into())
        );
        assert_eq!(
            file_name_for(Path::new("a/b/uk-bill.toml"), ".pdf"),
            PathBuf::from("uk-bill.pdf")
        );
    }

    #[test]
    fn refuses_to_overwrite_the_input() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("a.toml");
        fs::write(&input, "x").expect("write");
        let spelled_differently = dir.path().join(".").join("a.toml");
        assert!(ensure_not_input(&spelled_differently, &input).is_err());
        assert!(ensure_not_input(&dir.path().join("a.md"), &input).is_ok());
    }
}
