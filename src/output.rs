//! Writing results without losing data: every file is written to a temporary file beside its
//! destination and renamed into place, inputs are never overwritten, and standard output treats
//! a closed pipe (`| head`) as success.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::markup::terminal_safe;
use crate::render::{FolderFile, Format, Rendered, Renderer};
use crate::report::Brief;
use crate::say;

/// How hard a write insists on reaching the disk before it counts as done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Rendered outputs: they can be made again, so a crash may lose the newest one.
    Regenerable,
    /// The user's own work (the wizard's answers): flushed to disk before it replaces the old file.
    Precious,
}

/// Renders `brief` as `format` and writes it to `path` (a file, or for `-f typ` a folder),
/// refusing to write over any of `inputs`. The one way every command turns a brief into a file.
pub fn write_brief(renderer: &Renderer, brief: &Brief, format: Format, path: &Path, inputs: &Inputs) -> Result<()> {
    let rendered = renderer.render(brief, format)?;
    write_rendered(path, inputs, rendered)
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never half.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(path, bytes, Durability::Regenerable)
}

/// Writes `bytes` to `path` atomically and flushed to disk, for data that exists nowhere else.
pub fn write_durably(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(path, bytes, Durability::Precious)
}

/// Writes files that belong together (a batch's three index files) so that either all of them
/// are new or none is: each is written in full under a temporary name first, and only then are
/// they renamed into place, which needs no room on the disk. A full disk or a refused file leaves
/// every one of them as it was.
pub fn write_together(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    let staged = files
        .iter()
        .map(|(path, bytes)| stage(path, bytes, Durability::Regenerable))
        .collect::<Result<Vec<_>>>()?;
    staged.into_iter().try_for_each(Staged::commit)
}

fn write_file(path: &Path, bytes: &[u8], durability: Durability) -> Result<()> {
    stage(path, bytes, durability)?.commit()
}

/// A file written in full under a temporary name beside its path, waiting to replace it; or a
/// device or pipe, already written into.
struct Staged {
    temporary: Option<(tempfile::NamedTempFile, PathBuf)>,
}

impl Staged {
    fn commit(self) -> Result<()> {
        if let Some((temporary, path)) = self.temporary {
            temporary
                .persist(&path)
                .map_err(|error| cannot_write(&path, &error.error))?;
        }
        Ok(())
    }
}

fn stage(path: &Path, bytes: &[u8], durability: Durability) -> Result<Staged> {
    // The user's own file (an assessment the wizard, `serve` or `migrate` edits in place) is
    // edited where it lives: a link to it stays a link, and the file it names gets the edit.
    let followed;
    let path = match durability {
        Durability::Precious if fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink()) => {
            followed = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            followed.as_path()
        }
        _ => path,
    };
    // A rename replaces whatever is at the path. For a file or a link to a rendered output that
    // is what is wanted (the link is replaced, never written through, so it cannot lead a write
    // onto an input); but a device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO),
    // directly or through a link, is written into instead, as a shell's redirection would.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        if meta.is_dir() {
            bail!("{}", say!("ui-output-is-folder", file = path.display().to_string()));
        }
        fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut special| special.write_all(bytes))
            .map_err(|error| cannot_write(path, &error))?;
        return Ok(Staged { temporary: None });
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    create_folder(parent)?;
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
    let mut temporary = builder.tempfile_in(parent).map_err(|error| {
        anyhow::anyhow!(
            "{}",
            say!(
                "ui-output-cannot-create-in",
                file = path.display().to_string(),
                folder = parent.display().to_string(),
                reason = crate::i18n::io_reason(&error)
            )
        )
    })?;
    temporary.write_all(bytes).map_err(|error| cannot_write(path, &error))?;
    // An fsync costs more than rendering a Markdown brief; it is paid only where data is at stake.
    if durability == Durability::Precious {
        temporary
            .as_file()
            .sync_all()
            .map_err(|error| cannot_write(path, &error))?;
    }
    Ok(Staged {
        temporary: Some((temporary, path.to_path_buf())),
    })
}

/// "cannot write FILE: permission denied", in the interface's language.
fn cannot_write(path: &Path, error: &io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "{}",
        crate::i18n::colon_joined([
            say!("ui-output-cannot-write", file = path.display().to_string()),
            crate::i18n::io_reason(error)
        ])
    )
}

/// True when `path` is a file its owner made read-only: the user's own file (an assessment the
/// wizard, `serve` or `migrate` edits) is then left as it is, though its folder would allow a
/// rename over it.
pub fn is_read_only(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.permissions().readonly())
}

/// True when `path` is a file of its own (not a link), writable, that holds nothing but white
/// space, or nothing at all: what a file manager's "New text document" makes. `init`, the wizard
/// and `serve` start a new assessment in it, as in a file that does not exist, since writing over
/// it loses nothing; every other file, a read-only one included, is never written over.
pub fn holds_nothing(path: &Path) -> bool {
    const MOST: u64 = 4096;
    let Ok(meta) = fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() || meta.len() > MOST || meta.permissions().readonly() {
        return false;
    }
    fs::read(path).is_ok_and(|bytes| blank_text(&bytes))
}

/// Whether `bytes` are a text of white space alone: UTF-8, or UTF-16 after its byte-order mark
/// (read unit by unit, so that a character whose two bytes each look like a space is one).
fn blank_text(bytes: &[u8]) -> bool {
    let units = |bytes: &[u8], read: fn([u8; 2]) -> u16| {
        bytes.len().is_multiple_of(2)
            && char::decode_utf16(bytes.chunks_exact(2).map(|pair| read([pair[0], pair[1]])))
                .all(|unit| unit.is_ok_and(char::is_whitespace))
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return units(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return units(rest, u16::from_be_bytes);
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    text.iter().all(u8::is_ascii_whitespace)
}

/// Whether this user can create files in `folder`, which exists: every output is written as a
/// new file there and renamed into place. The error says what to do.
pub fn check_writable(folder: &Path) -> Result<()> {
    can_create_in(folder).map_err(|error| {
        anyhow::anyhow!(
            "{}",
            say!(
                "ui-output-cannot-write-into",
                folder = folder.display().to_string(),
                reason = crate::i18n::io_reason(&error)
            )
        )
    })
}

/// Whether this user can create a file in `folder`, tried with a temporary file that is removed
/// at once: what every save and output does there before renaming its file into place.
pub fn can_create_in(folder: &Path) -> io::Result<()> {
    tempfile::Builder::new()
        .prefix(".impact-brief-")
        .tempfile_in(folder)
        .map(drop)
}

/// Makes `folder` and its parents, saying so plainly when one of them is a file.
pub fn create_folder(folder: &Path) -> Result<()> {
    fs::create_dir_all(folder).map_err(|error| {
        let blocker = folder
            .ancestors()
            .find(|ancestor| fs::metadata(ancestor).is_ok_and(|meta| !meta.is_dir()));
        match blocker {
            Some(file) => anyhow::anyhow!(
                "{}",
                say!(
                    "ui-output-folder-is-file",
                    folder = folder.display().to_string(),
                    file = file.display().to_string()
                )
            ),
            None => anyhow::anyhow!(
                "{}",
                crate::i18n::colon_joined([
                    say!("ui-output-cannot-create-folder", folder = folder.display().to_string()),
                    crate::i18n::io_reason(&error)
                ])
            ),
        }
    })
}

/// Writes one rendered output at `path` (a folder for multi-file formats), never over one of
/// `inputs`, and never over a hand-edited copy of a file made to be edited (a Typst bundle's
/// template): that is kept, and a warning says so and how to have it written again.
pub fn write_rendered(path: &Path, inputs: &Inputs, rendered: Rendered) -> Result<()> {
    let files = match rendered {
        Rendered::File(bytes) => return write_checked(path, inputs, &bytes),
        Rendered::Folder(files) => files,
    };
    let mut written = WrittenTemplates::read(path);
    for FolderFile { name, bytes, editable } in files {
        let file = path.join(&name);
        if editable && let Ok(existing) = fs::read(&file) {
            if existing == bytes {
                written.record(&name, &bytes);
                continue;
            }
            // A template is written over only where it is still what this command last wrote
            // there: a newer version's template, or the one `--templates` names, replaces it,
            // but an edit by hand (or a file from before the record was kept) is never lost.
            if !written.wrote(&name, &existing) {
                inputs.check(&file)?;
                crate::eprintln_safe!(
                    "warning: kept {}: it is neither the template this command writes nor the one it last wrote \
                     there (edited by hand?); delete it to have it written again",
                    file.display()
                );
                continue;
            }
        }
        write_checked(&file, inputs, &bytes)?;
        if editable {
            written.record(&name, &bytes);
        }
    }
    written.save(path)
}

fn write_checked(file: &Path, inputs: &Inputs, bytes: &[u8]) -> Result<()> {
    inputs.check(file)?;
    if let Some(keep) = kept_by_owner(file) {
        // Kept as it is, a read-only brief may already be what this run would write: nothing to
        // refuse. (A Word copy kept is never: what this run writes is marked as written.)
        if keep == Keep::ReadOnly && fs::read(file).is_ok_and(|existing| existing == bytes) {
            return Ok(());
        }
        let file = file.display().to_string();
        let message = match keep {
            Keep::ReadOnly => say!("ui-output-read-only", file = file),
            Keep::EditedWord => say!("ui-output-edited-word", file = file),
        };
        return Err(Kept(message).into());
    }
    write_atomically(file, bytes)
}

/// The error of a write that left a brief as it was because its owner keeps it (see [`Keep`]):
/// it says nothing against the input, so a caller can tell it from a failure and go on.
#[derive(Debug)]
pub struct Kept(String);

impl std::fmt::Display for Kept {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for Kept {}

/// Why a file already at an output's path is its owner's to keep, not this command's to replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// They made it read-only (a Word copy holding a reviewer's comments, a PDF sent out).
    ReadOnly,
    /// A Word document that is not the one this program wrote: opened and saved since, with a
    /// reviewer's comments or tracked changes perhaps, or another file under a brief's name.
    EditedWord,
}

/// Whether the file at `path` is to be kept rather than replaced or removed by a command that
/// writes or clears a brief there (see [`Keep`]). Nothing there, or a brief as written: `None`.
pub fn kept_by_owner(path: &Path) -> Option<Keep> {
    if is_read_only(path) {
        return Some(Keep::ReadOnly);
    }
    let is_word = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("docx"));
    // A rename would replace a copy the reviewers worked on since it was written: only a package
    // still as this program wrote it is replaced, and one that cannot be read is kept. (Opened
    // only for a Word name: a batch looks at every output path it writes.)
    if is_word && fs::metadata(path).is_ok_and(|meta| meta.is_file()) && !crate::render::docx::written_as_is(path) {
        return Some(Keep::EditedWord);
    }
    None
}

/// What a bundle's templates were when this command last wrote them, kept beside them in
/// `.impact-brief-written` (a SHA-256 and a name a line), so that a template changed since is
/// known for an edit and kept.
struct WrittenTemplates {
    lines: Vec<(String, String)>,
    changed: bool,
}

impl WrittenTemplates {
    const FILE: &'static str = ".impact-brief-written";

    fn read(folder: &Path) -> WrittenTemplates {
        let lines = fs::read_to_string(folder.join(Self::FILE))
            .unwrap_or_default()
            .lines()
            .filter_map(|line| line.split_once(' '))
            .map(|(digest, name)| (digest.to_string(), name.to_string()))
            .collect();
        WrittenTemplates { lines, changed: false }
    }

    fn digest(bytes: &[u8]) -> String {
        use sha2::{Digest, Sha256};
        crate::hex::encode(&Sha256::digest(bytes))
    }

    /// True when `bytes` are what was last written as `name`.
    fn wrote(&self, name: &Path, bytes: &[u8]) -> bool {
        let (name, digest) = (name.to_string_lossy(), Self::digest(bytes));
        self.lines.iter().any(|(known, file)| *file == name && *known == digest)
    }

    fn record(&mut self, name: &Path, bytes: &[u8]) {
        if self.wrote(name, bytes) {
            return;
        }
        let name = name.to_string_lossy().into_owned();
        self.lines.retain(|(_, file)| *file != name);
        self.lines.push((Self::digest(bytes), name));
        self.changed = true;
    }

    fn save(&self, folder: &Path) -> Result<()> {
        if !self.changed {
            return Ok(());
        }
        let text: String = self
            .lines
            .iter()
            .map(|(digest, name)| format!("{digest} {name}\n"))
            .collect();
        write_atomically(&folder.join(Self::FILE), text.as_bytes())
    }
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

/// Prints on standard error text already safe for a terminal, as [`print_stdout_prepared`] does
/// on standard output: the wizard's coloured scorecard.
pub fn print_stderr_prepared(text: &str) {
    let mut stderr = io::stderr().lock();
    // Nothing to say if standard error is gone.
    let _ = stderr.write_all(text.as_bytes()).and_then(|()| stderr.flush());
}

/// Prints `text` on standard error, made safe for a terminal ([`terminal_safe`]): every message
/// a command prints goes through here (or through [`crate::eprintln_safe`]).
pub fn print_stderr(text: &str) {
    // A script that stops reading (`batch … 2>&1 | head -1`) must not stop the work: the message
    // is dropped, as `eprint!` would instead panic.
    print_stderr_prepared(&terminal_safe(text));
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

/// Every file a command reads (assessments, the ledger CSV files they name, rubric files from
/// `--rubrics`, templates from `--templates`), so that no output is ever written over one of
/// them, however either path is spelled (`./x`, a link, another case on a case-insensitive
/// disk): files are compared by identity (device and inode on Unix), not by name.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The identity of each input file that exists, and the path it was named by.
    files: std::collections::HashMap<FileIdentity, PathBuf>,
}

/// What makes two paths the same file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileIdentity {
    /// Device and inode: the same file through any name or link.
    #[cfg(unix)]
    Inode(u64, u64),
    /// Where there are no inodes: the resolved path, in lower case (disks there ignore case).
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn identity(path: &Path) -> Option<FileIdentity> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let metadata = fs::metadata(path).ok()?;
        Some(FileIdentity::Inode(metadata.dev(), metadata.ino()))
    }
    #[cfg(not(unix))]
    {
        let real = fs::canonicalize(path).ok()?;
        Some(FileIdentity::Path(PathBuf::from(real.to_string_lossy().to_lowercase())))
    }
}

impl Inputs {
    /// The files of the run's `--rubrics` and `--templates` folders (either may be absent).
    pub fn of_run(rubrics_dir: Option<&Path>, templates_dir: Option<&Path>) -> Inputs {
        let mut inputs = Inputs::default();
        for dir in [rubrics_dir, templates_dir].into_iter().flatten() {
            inputs.add_folder(dir);
        }
        inputs
    }

    /// `path` is read by this command.
    pub fn add(&mut self, path: &Path) {
        if let Some(identity) = identity(path) {
            self.files.entry(identity).or_insert_with(|| path.to_path_buf());
        }
    }

    /// An assessment file and the ledger CSV file it names, if any.
    pub fn add_assessment(&mut self, path: &Path, assessment: &crate::model::Assessment) {
        self.add(path);
        if let Some(name) = assessment
            .consultation
            .as_ref()
            .and_then(|consultation| consultation.submissions_file.as_deref())
        {
            let folder = path.parent().unwrap_or(Path::new(""));
            self.add(&folder.join(name.trim()));
        }
    }

    /// Every file in `dir` (a `--rubrics` or `--templates` folder), or `dir` itself if a file.
    pub fn add_folder(&mut self, dir: &Path) {
        match fs::read_dir(dir) {
            Ok(entries) => {
                for entry in entries.flatten() {
                    self.add(&entry.path());
                }
            }
            Err(_) => self.add(dir),
        }
    }

    /// Adds every input of `other`.
    pub fn extend(&mut self, other: &Inputs) {
        for (identity, path) in &other.files {
            self.files.entry(identity.clone()).or_insert_with(|| path.clone());
        }
    }

    /// Refuses `output` if it is one of the inputs. A file that does not exist yet cannot be
    /// one, which spares a batch the cost of looking at every new output path.
    pub fn check(&self, output: &Path) -> Result<()> {
        if self.files.is_empty() || fs::symlink_metadata(output).is_err() {
            return Ok(());
        }
        if let Some(input) = identity(output).and_then(|identity| self.files.get(&identity)) {
            let file = output.display().to_string();
            bail!(
                "{}",
                if input == output {
                    say!("ui-output-over-itself", file = file)
                } else {
                    say!("ui-output-over-input", file = file, input = input.display().to_string())
                }
            );
        }
        Ok(())
    }
}

/// Refuses to write over `input`, however the two paths are spelled (see [`Inputs`]).
pub fn ensure_not_input(output: &Path, input: &Path) -> Result<()> {
    let mut inputs = Inputs::default();
    inputs.add(input);
    inputs.check(output)
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
    // The stem's own bytes, not a text made of them: a name that is not UTF-8 keeps its bytes.
    let mut name = input
        .file_stem()
        .map_or_else(|| std::ffi::OsString::from("brief"), std::ffi::OsStr::to_os_string);
    name.push(suffix);
    PathBuf::from(name)
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
        // A name that is not UTF-8 keeps its bytes ("caf\xe9", not "caf\u{fffd}").
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let input = Path::new(std::ffi::OsStr::from_bytes(b"caf\xe9.toml"));
            assert_eq!(file_name_for(input, ".md").as_os_str().as_bytes(), b"caf\xe9.md");
        }
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
