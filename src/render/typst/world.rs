//! The Typst [`World`] for one brief: the sandbox the template compiles in.
//!
//! It owns exactly four things a compilation may see: the main template
//! source, the files it may import beside it (`/common.typ`, embedded or the
//! user's, never read from disk here), the JSON data served as `/data.json`,
//! and the (shared) fonts the engine chose for it. Every other file request, whether an absolute path such as
//! `/etc/passwd`, a relative one such as `../x.png`, or anything inside a
//! package (`@preview/...`), is refused without touching the disk or the
//! network. It must never read files, scan fonts or consult the clock: that is
//! what keeps untrusted templates contained and the output reproducible. (The
//! engine scans fonts before, see `fonts.rs`; a template cannot ask for that.)

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};
use typst_kit::fonts::FontStore;

use super::fonts::Selection;

/// The virtual path at which templates find their data: `json("/data.json")`.
pub(super) const DATA_PATH: &str = "/data.json";

/// The file name used for the main template when the caller's name cannot
/// serve as one (see [`main_file_name`]).
const FALLBACK_MAIN_NAME: &str = "brief.typ";

/// The world one brief is compiled in: main source + `/data.json` + fonts.
///
/// Built per document around the engine's shared fonts, so concurrent
/// compilations share no mutable state.
pub(super) struct BriefWorld<'a> {
    /// The standard library, with this document's `sys.inputs`.
    library: &'a LazyHash<Library>,
    /// The fonts, shared by every document of the engine that uses the same set.
    fonts: &'a FontStore,
    /// Whether some character of the template or data has no font in `fonts`.
    fonts_incomplete: bool,
    /// The main template, parsed.
    main: Source,
    /// The files the template may import, parsed.
    imports: Vec<Source>,
    /// How the main template is named in diagnostics (the caller's name, e.g.
    /// a user's path), which may differ from its virtual file name.
    main_display_name: String,
    /// The file id of `/data.json`.
    data_id: FileId,
    /// The bytes served as `/data.json`.
    data: Bytes,
    /// The fixed date `datetime.today()` returns.
    today: Datetime,
}

impl<'a> BriefWorld<'a> {
    /// Creates the world for one compilation.
    ///
    /// `template_name` names the template in diagnostics; `today` is the fixed
    /// date seen by `datetime.today()`.
    pub(super) fn new(
        library: &'a LazyHash<Library>,
        fonts: Selection<'a>,
        main: Source,
        imports: Vec<Source>,
        template_name: &str,
        data_json: &[u8],
        today: Datetime,
    ) -> Self {
        Self {
            library,
            fonts: fonts.store,
            fonts_incomplete: fonts.incomplete,
            main,
            imports,
            main_display_name: template_name.to_owned(),
            data_id: project_file_id(DATA_PATH),
            data: Bytes::new(data_json.to_vec()),
            today,
        }
    }

    /// Whether some character of the template or data has no font (it prints as a box).
    pub(super) fn fonts_incomplete(&self) -> bool {
        self.fonts_incomplete
    }

    /// A user-facing name for a file id, used when printing diagnostics: the
    /// caller's template name for the main file, the virtual path otherwise.
    pub(super) fn display_name(&self, id: FileId) -> String {
        if id == self.main.id() {
            return self.main_display_name.clone();
        }
        match id.root() {
            VirtualRoot::Project => id.vpath().get_without_slash().to_owned(),
            VirtualRoot::Package(package) => {
                format!("{package}{}", id.vpath().get_with_slash())
            }
        }
    }
}

impl World for BriefWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.data_id {
            // `import "/data.json"` would land here: data is never code.
            Err(FileError::NotSource)
        } else if let Some(import) = self.imports.iter().find(|import| import.id() == id) {
            Ok(import.clone())
        } else {
            Err(refuse(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            // Typst may read the main file as bytes (e.g. `read` on itself);
            // a view of the source costs no copy.
            Ok(Bytes::from_string(self.main.clone()))
        } else if let Some(import) = self.imports.iter().find(|import| import.id() == id) {
            Ok(Bytes::from_string(import.clone()))
        } else {
            Err(refuse(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The document date is fixed by the caller, whatever the offset, so
        // that the same inputs always give the same bytes.
        Some(self.today)
    }
}

/// The error for any file outside the sandbox.
///
/// Packages report "package not found" (there is no package source at all, so
/// nothing is downloaded); project files report "access denied" rather than
/// "not found" so the message does not suggest the file merely went missing.
fn refuse(id: FileId) -> FileError {
    match id.root() {
        VirtualRoot::Package(spec) => FileError::Package(PackageError::NotFound(spec.clone())),
        VirtualRoot::Project => FileError::AccessDenied,
    }
}

/// The template `text` parsed as the main file, named after `template_name`.
pub(super) fn main_source(template_name: &str, text: String) -> Source {
    Source::new(project_file_id(main_file_name(template_name)), text)
}

/// A file the template may import, parsed under its plain file name `name` at the root.
pub(super) fn import_source(name: &str, text: String) -> Source {
    Source::new(project_file_id(name), text)
}

/// The virtual file name under which the main template is compiled: the last
/// component of the caller's name when that is a plain `*.typ` file name
/// (so relative paths and the CLI engine behave alike), else `brief.typ`.
///
/// `data.json` is never returned, so the template and its data cannot share
/// a file id.
pub(super) fn main_file_name(template_name: &str) -> &str {
    let base = template_name.rsplit(['/', '\\']).next().unwrap_or(template_name);
    let plain = !base.is_empty()
        && base.ends_with(".typ")
        && base
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !base.starts_with('.');
    if plain { base } else { FALLBACK_MAIN_NAME }
}

/// The interned id of a file at the root of the project.
fn project_file_id(path: &str) -> FileId {
    // Callers pass a constant or a name vetted by `main_file_name`; should a
    // name ever be rejected, fall back to the constant rather than panic.
    let vpath = VirtualPath::new(path)
        .or_else(|_| VirtualPath::new(FALLBACK_MAIN_NAME))
        .expect("`brief.typ` is a valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

#[cfg(test)]
mod tests {
    use super::main_file_name;

    #[test]
    fn main_file_name_keeps_plain_typ_names_only() {
        assert_eq!(main_file_name("brief.typ"), "brief.typ");
        assert_eq!(main_file_name("/home/a/templates/my-brief_2.typ"), "my-brief_2.typ");
        assert_eq!(main_file_name(r"C:\t\x.typ"), "x.typ");
        assert_eq!(main_file_name("data.json"), "brief.typ");
        assert_eq!(main_file_name("notes.md"), "brief.typ");
        assert_eq!(main_file_name("weird name.typ"), "brief.typ");
        assert_eq!(main_file_name(".typ"), "brief.typ");
        assert_eq!(main_file_name(""), "brief.typ");
    }
}
