//! The fonts a document may use, and the characters none of them has.
//!
//! Always: the embedded fonts (Typst's own, plus Noto Sans Arabic, Hebrew and Devanagari, which
//! Libertinus Serif lacks) and the folders given with `--font-path`. The system's fonts are
//! searched only for a document with a character none of those has (CJK, Thai, ...), once per
//! process: the search reads every font on the machine, which would cost every other document
//! its start-up time, and a document that needs no system font stays the same bytes on every
//! machine. A character that no font has is printed as a box by Typst, which says nothing;
//! [`missing_glyphs`] finds such characters in the laid-out document so that they can be named.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::layout::{Frame, FrameItem};
use typst::text::{Font, FontInfo, is_default_ignorable};
use typst_kit::fonts::{self, FontPath, FontSource, FontStore};
use typst_layout::PagedDocument;
use unicode_script::{Script, UnicodeScript};

/// The fonts built into the binary beside Typst's, for the scripts of the brief's languages
/// that Libertinus Serif lacks (Greek, Cyrillic and Hebrew it has). Listed after it in the
/// templates' font lists; the licence is `assets/fonts/OFL.txt`.
const NOTO: [&[u8]; 6] = [
    include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansHebrew-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansDevanagari-Bold.ttf"),
];

/// Where fonts come from besides the embedded ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontSettings {
    /// Folders searched (recursively) for fonts, as `typst compile --font-path`.
    pub paths: Vec<PathBuf>,
    /// Whether the system's fonts are searched for characters no other font has.
    pub system: bool,
}

impl Default for FontSettings {
    fn default() -> Self {
        FontSettings {
            paths: Vec::new(),
            system: true,
        }
    }
}

/// The Noto fonts this program embeds, as files for the stand-alone `typst` program: a name and
/// the bytes.
pub(super) fn noto_files() -> impl Iterator<Item = (String, &'static [u8])> {
    NOTO.iter()
        .enumerate()
        .map(|(index, bytes)| (format!("noto-{index}.ttf"), *bytes))
}

/// Where one font comes from, so that the same font can be put in more than one store.
#[derive(Clone)]
enum Source {
    /// Built in (already parsed; a clone shares the bytes).
    Embedded(Font),
    /// A file, read when first used.
    File { path: PathBuf, index: u32 },
}

impl FontSource for Source {
    fn load(&self) -> Option<Font> {
        match self {
            Source::Embedded(font) => Some(font.clone()),
            Source::File { path, index } => FontPath {
                path: path.clone(),
                index: *index,
            }
            .load(),
        }
    }
}

/// A set of fonts: the store Typst reads, and what each font covers.
struct FontSet {
    store: FontStore,
    infos: Vec<FontInfo>,
}

impl FontSet {
    fn of(entries: impl IntoIterator<Item = (Source, FontInfo)>) -> FontSet {
        let mut store = FontStore::new();
        let mut infos = Vec::new();
        for (source, info) in entries {
            infos.push(info.clone());
            store.push((source, info));
        }
        FontSet { store, infos }
    }

    fn covers(&self, c: char) -> bool {
        self.infos.iter().any(|info| info.coverage.contains(c as u32))
    }
}

/// The fonts of one engine: the base set, loaded with it, and the system's, searched on first
/// need.
pub(super) struct Fonts {
    /// The embedded fonts and those under `--font-path`, in that order.
    base: Vec<(Source, FontInfo)>,
    base_set: FontSet,
    system: bool,
    /// The base set followed by the system's fonts.
    with_system: OnceLock<FontSet>,
}

/// The fonts chosen for one document.
pub(super) struct Selection<'a> {
    /// What Typst is given.
    pub(super) store: &'a FontStore,
    /// Whether some character of the document's text has no font in it.
    pub(super) incomplete: bool,
}

impl Fonts {
    /// The embedded fonts and those under `settings.paths`, scanned now (the user asked for
    /// them, so a custom template may name them); the system's are searched later if needed.
    pub(super) fn new(settings: &FontSettings) -> Fonts {
        let mut base: Vec<(Source, FontInfo)> = fonts::embedded()
            .chain(NOTO.iter().flat_map(|bytes| {
                Font::iter(Bytes::new(*bytes)).map(|font| {
                    let info = font.info().clone();
                    (font, info)
                })
            }))
            .map(|(font, info)| (Source::Embedded(font), info))
            .collect();
        for path in &settings.paths {
            base.extend(fonts::scan(path).map(|(file, info)| {
                (
                    Source::File {
                        path: file.path,
                        index: file.index,
                    },
                    info,
                )
            }));
        }
        Fonts {
            base_set: FontSet::of(base.iter().cloned()),
            base,
            system: settings.system,
            with_system: OnceLock::new(),
        }
    }

    /// The fonts for a document whose text is among `texts` (the template and its data): the
    /// base set when it has every character, else the base set and the system's fonts.
    pub(super) fn select(&self, texts: &[&str]) -> Selection<'_> {
        let lacking = uncovered(&self.base_set, texts);
        if lacking.is_empty() {
            return Selection {
                store: &self.base_set.store,
                incomplete: false,
            };
        }
        if !self.system {
            return Selection {
                store: &self.base_set.store,
                incomplete: true,
            };
        }
        let set = self.with_system.get_or_init(|| {
            FontSet::of(self.base.iter().cloned().chain(fonts::system().map(|(file, info)| {
                (
                    Source::File {
                        path: file.path,
                        index: file.index,
                    },
                    info,
                )
            })))
        });
        Selection {
            store: &set.store,
            incomplete: lacking.iter().any(|&c| !set.covers(c)),
        }
    }

    /// Whether every character of `texts` is in the base set (tests).
    #[cfg(test)]
    pub(super) fn base_covers(&self, texts: &[&str]) -> Vec<char> {
        uncovered(&self.base_set, texts)
    }
}

/// The characters of `texts` that no font of `set` has, each once, leaving out those that are
/// never drawn (spaces, controls, joiners and direction marks).
fn uncovered(set: &FontSet, texts: &[&str]) -> Vec<char> {
    let mut seen = HashSet::new();
    let mut lacking = Vec::new();
    for c in texts.iter().flat_map(|text| text.chars()) {
        // ASCII is in Libertinus Serif; most briefs are nearly all ASCII.
        if c.is_ascii() || !drawn(c) || !seen.insert(c) {
            continue;
        }
        if !set.covers(c) {
            lacking.push(c);
        }
    }
    lacking
}

/// Whether `c` is drawn with a glyph (not a space, a control or an invisible format character).
fn drawn(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || is_default_ignorable(c))
}

/// One warning per script whose characters were printed as boxes (no font had them), e.g.
/// `12 characters of Chinese (Han) have no font; install e.g. fonts-noto-cjk or pass --font-path`.
/// Each character counts once, however often it is printed: a title's three Thai letters,
/// repeated in every page's running head, are three characters, not three a page.
pub(super) fn missing_glyphs(document: &PagedDocument) -> Vec<String> {
    let mut missing: BTreeMap<&'static str, (HashSet<char>, &'static str)> = BTreeMap::new();
    for page in document.pages() {
        collect_missing(&page.frame, &mut missing);
    }
    missing
        .into_iter()
        .map(|(name, (chars, hint))| {
            let count = chars.len();
            let (noun, verb) = if count == 1 {
                ("character", "has")
            } else {
                ("characters", "have")
            };
            format!("{count} {noun} of {name} {verb} no font; install {hint} or pass --font-path")
        })
        .collect()
}

/// Adds the characters of `frame` drawn with the missing glyph to `missing`, by script.
fn collect_missing(frame: &Frame, missing: &mut BTreeMap<&'static str, (HashSet<char>, &'static str)>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => collect_missing(&group.frame, missing),
            FrameItem::Text(text) => {
                // Glyphs that share a cluster give its characters again: the set keeps each once.
                for glyph in text.glyphs.iter().filter(|glyph| glyph.id == 0) {
                    for c in text
                        .text
                        .get(glyph.range())
                        .unwrap_or_default()
                        .chars()
                        .filter(|&c| drawn(c))
                    {
                        let (name, hint) = script_name(c.script());
                        missing
                            .entry(name)
                            .or_insert_with(|| (HashSet::new(), hint))
                            .0
                            .insert(c);
                    }
                }
            }
            _ => {}
        }
    }
}

/// How a warning names a script, and which font to suggest for it (Debian's package names,
/// which most Linux distributions share; elsewhere they say which family to look for).
fn script_name(script: Script) -> (&'static str, &'static str) {
    const CJK: &str = "e.g. fonts-noto-cjk";
    match script {
        Script::Han => ("Chinese (Han)", CJK),
        Script::Bopomofo => ("Chinese (Bopomofo)", CJK),
        Script::Hiragana => ("Japanese (Hiragana)", CJK),
        Script::Katakana => ("Japanese (Katakana)", CJK),
        Script::Hangul => ("Korean (Hangul)", CJK),
        Script::Common | Script::Inherited | Script::Unknown => {
            ("symbols or emoji", "a font that has them (e.g. fonts-noto-color-emoji)")
        }
        other => (other.full_name(), "e.g. fonts-noto-core"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_named_for_people() {
        assert_eq!(script_name('中'.script()).0, "Chinese (Han)");
        assert_eq!(script_name('か'.script()).0, "Japanese (Hiragana)");
        assert_eq!(script_name('한'.script()).0, "Korean (Hangul)");
        assert_eq!(script_name('ก'.script()).0, "Thai");
        assert_eq!(script_name('ሀ'.script()), ("Ethiopic", "e.g. fonts-noto-core"));
    }

    #[test]
    fn embedded_fonts_cover_the_briefs_scripts_but_not_cjk() {
        let fonts = Fonts::new(&FontSettings {
            paths: Vec::new(),
            system: false,
        });
        let covered = "Ελληνικά Русский עברית العربية हिन्दी Français Español Português «»–—’…";
        assert_eq!(fonts.base_covers(&[covered]), Vec::<char>::new());
        // Invisible characters never call for a font.
        assert_eq!(
            fonts.base_covers(&["a\u{200d}b\u{200f}c\u{a0}d\u{fe0f}"]),
            Vec::<char>::new()
        );
        assert_eq!(fonts.base_covers(&["中文 中"]), vec!['中', '文']);
    }

    #[test]
    fn built_in_templates_need_no_system_font() {
        let fonts = Fonts::new(&FontSettings {
            paths: Vec::new(),
            system: false,
        });
        for template in [
            include_str!("../../../templates/brief.typ"),
            include_str!("../../../templates/panel.typ"),
            include_str!("../../../templates/change.typ"),
        ] {
            assert_eq!(fonts.base_covers(&[template]), Vec::<char>::new());
        }
    }
}
