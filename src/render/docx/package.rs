//! The package: every part of a .docx file (content types, relationships, document properties,
//! the body, numbering, settings, styles, footer, and the chart where there is one), written in
//! schema order and zipped. The same document gives the same bytes, and the package is marked
//! with a digest of its parts, so that a later run can tell it from a copy edited since.

use std::fmt::Write as _;
use std::io::{Cursor, Read as _, Write as _};

use anyhow::Result;
use time::Date;
use zip::write::SimpleFileOptions;

use super::Paper;
use super::body::{BULLETS, Body, list_indent};
use super::chart::Chart;
use super::styles::styles;
use super::xml::escape;
use crate::i18n::Lang;

const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
pub(super) const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
pub(super) const NS_PIC: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
const NS_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The page: size and margins, in twentieths of a point.
#[derive(Debug, Clone, Copy)]
pub(super) struct Page {
    width: usize,
    height: usize,
    margin: usize,
}

impl Page {
    pub(super) fn of(paper: Paper) -> Page {
        match paper {
            Paper::A4 => Page {
                width: 11906,
                height: 16838,
                margin: 1247,
            },
            Paper::UsLetter => Page {
                width: 12240,
                height: 15840,
                margin: 1247,
            },
        }
    }

    pub(super) fn text_width(self) -> usize {
        self.width - 2 * self.margin
    }
}

/// What the document properties and the running footer say about a document.
pub(super) struct Properties {
    /// The language it is written in: declared on every run (through the styles), in the
    /// settings and in the document properties.
    pub(super) lang: Lang,
    /// The title (`dc:title`), as the Title paragraph gives it.
    pub(super) title: String,
    /// What it concludes, in a sentence (`dc:subject`).
    pub(super) subject: String,
    /// Who wrote what it reports: the assessors (`dc:creator`), none to leave it out.
    pub(super) authors: Vec<String>,
    /// Keywords for a library catalogue.
    pub(super) keywords: String,
    /// When it was made: the assessment's date.
    pub(super) date: Option<Date>,
    /// The proposal's title, shortened in the footer.
    pub(super) proposal: String,
    /// The footer's verdict after the title ("Overall: Weak"), in words.
    pub(super) verdict: String,
}

/// Writes every part into the package; `chart` is the picture the body refers to as `rIdChart`.
pub(super) fn package(properties: &Properties, body: &Body, chart: Option<&Chart>, page: Page) -> Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut parts = PartsDigest::default();
    let mut part = |name: &str, bytes: &[u8]| -> Result<()> {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        parts.add(name, bytes);
        Ok(())
    };
    part("[Content_Types].xml", CONTENT_TYPES.as_bytes())?;
    part("_rels/.rels", PACKAGE_RELS.as_bytes())?;
    part("docProps/core.xml", core_properties(properties).as_bytes())?;
    part("docProps/app.xml", APP_PROPERTIES.as_bytes())?;
    part("word/document.xml", document(body, page).as_bytes())?;
    part(
        "word/_rels/document.xml.rels",
        document_rels(body, chart.is_some()).as_bytes(),
    )?;
    part("word/styles.xml", styles(properties.lang).as_bytes())?;
    part("word/numbering.xml", numbering(body).as_bytes())?;
    part("word/settings.xml", settings(properties.lang).as_bytes())?;
    part("word/footer1.xml", footer(properties).as_bytes())?;
    if let Some(chart) = chart {
        part("word/media/chart.png", &chart.png)?;
    }
    zip.set_comment(parts.mark())?;
    Ok(zip.finish()?.into_inner())
}

/// The mark's start, in the zip comment of every package this program writes.
const MARK: &str = "impact-brief sha256:";

/// Whether the Word document at `path` is one this program wrote, as it wrote it: its zip
/// comment holds the mark and the mark is that of the parts it holds; or, written before
/// packages were marked, it holds the parts `package` writes, in their order, and its
/// application is still this program. Word, LibreOffice and the other editors write a package
/// anew when they save it, without the comment and with their own name as its application, so a
/// copy someone has opened and saved (with comments or tracked changes, perhaps) is not; nor is a
/// file that is not a package, one too large to be a brief, or one that cannot be read.
pub(crate) fn written_as_is(path: &std::path::Path) -> bool {
    // Far more than a brief's package (its chart is the largest part) and its part count.
    const MOST_BYTES: u64 = 64 * 1024 * 1024;
    const MOST_PARTS: usize = 16;
    let file = match std::fs::File::open(path) {
        Ok(file) if file.metadata().is_ok_and(|meta| meta.len() <= MOST_BYTES) => file,
        _ => return false,
    };
    let Ok(mut archive) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return false;
    };
    if archive.len() > MOST_PARTS {
        return false;
    }
    let recorded = archive.comment().to_vec();
    if recorded.is_empty() {
        return written_before_the_mark(&mut archive);
    }
    if !recorded.starts_with(MARK.as_bytes()) {
        return false;
    }
    // Each part is read as far as its declared size and no further, and all of them together no
    // further than the file's limit: a package that only looks like a brief is found out before
    // it takes the memory or the time a brief would not.
    let mut parts = PartsDigest::default();
    let mut left = MOST_BYTES * 4;
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index(index) else {
            return false;
        };
        let (name, size) = (part.name().to_string(), part.size());
        if size > left {
            return false;
        }
        left -= size;
        let mut content = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        let read = part.take(size + 1).read_to_end(&mut content);
        if read.is_err() || content.len() as u64 != size {
            return false;
        }
        parts.add(&name, &content);
    }
    recorded == parts.mark().as_bytes()
}

/// The parts [`package`] writes, in its order, before the chart's picture where there is one.
const PARTS: [&str; 10] = [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "docProps/app.xml",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/footer1.xml",
];

/// Whether an unmarked package is one an earlier version of this program wrote: the parts
/// `package` writes, in its order, and its own name as the application.
fn written_before_the_mark<R: std::io::Read + std::io::Seek>(archive: &mut zip::ZipArchive<R>) -> bool {
    let names: Vec<&str> = archive.file_names().collect();
    let ours = names.len() >= PARTS.len()
        && names[..PARTS.len()] == PARTS
        && matches!(&names[PARTS.len()..], [] | ["word/media/chart.png"]);
    if !ours {
        return false;
    }
    let mut application = String::new();
    let read = archive
        .by_name("docProps/app.xml")
        .map(|part| part.take(4096).read_to_string(&mut application));
    matches!(read, Ok(Ok(_))) && application.contains("<Application>impact-brief ")
}

/// A SHA-256 of a package's parts, names and bytes, in the order they are written.
#[derive(Default)]
struct PartsDigest(sha2::Sha256);

impl PartsDigest {
    fn add(&mut self, name: &str, bytes: &[u8]) {
        use sha2::Digest;
        // Each length first, so that no two lists of parts feed the same bytes.
        for field in [name.as_bytes(), bytes] {
            self.0.update((field.len() as u64).to_le_bytes());
            self.0.update(field);
        }
    }

    /// "impact-brief sha256:…", the zip comment of a package as written.
    fn mark(&self) -> String {
        use sha2::Digest;
        format!("{MARK}{}", crate::hex::encode(&self.0.clone().finalize()))
    }
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Default Extension="png" ContentType="image/png"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    r#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    "</Types>"
);

const PACKAGE_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    "</Relationships>"
);

const APP_PROPERTIES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    "<Application>impact-brief ",
    env!("CARGO_PKG_VERSION"),
    "</Application></Properties>"
);

/// A document's keywords in `lang`: its own kind (`kind`, the message of a change or panel
/// brief's title; none for a brief), the brief it derives from and the method.
pub(super) fn keywords(lang: Lang, kind: Option<&str>) -> String {
    let kinds = kind.into_iter().chain(["brief-title", "keywords-method"]);
    kinds.map(|id| crate::i18n::tr(lang, id)).collect::<Vec<_>>().join("; ")
}

/// Title, authors (the assessors), subject (the verdict), keywords, language and date.
fn core_properties(properties: &Properties) -> String {
    let mut xml = String::from(XML_DECLARATION);
    xml.push_str(concat!(
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
        r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
        r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    ));
    let _ = write!(
        xml,
        "<dc:title>{}</dc:title><dc:subject>{}</dc:subject>",
        escape(&properties.title),
        escape(&properties.subject)
    );
    if !properties.authors.is_empty() {
        let _ = write!(
            xml,
            "<dc:creator>{}</dc:creator>",
            escape(&properties.authors.join("; "))
        );
    }
    let _ = write!(
        xml,
        "<cp:keywords>{}</cp:keywords><dc:language>{}</dc:language>",
        escape(&properties.keywords),
        properties.lang.tag()
    );
    if let Some(date) = properties.date {
        for element in ["dcterms:created", "dcterms:modified"] {
            let _ = write!(
                xml,
                r#"<{element} xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</{element}>"#
            );
        }
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

fn document(body: &Body, page: Page) -> String {
    let mut xml = String::with_capacity(body.xml.len() + 1024);
    xml.push_str(XML_DECLARATION);
    let _ = write!(
        xml,
        r#"<w:document xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="{NS_WP}"><w:body>"#
    );
    xml.push_str(&body.xml);
    if body.after_table {
        xml.push_str(super::table::TABLE_GAP);
    }
    let Page { width, height, margin } = page;
    let _ = write!(
        xml,
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="{width}" w:h="{height}"/><w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" w:left="{margin}" w:header="709" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    );
    xml
}

fn document_rels(body: &Body, chart: bool) -> String {
    let mut xml = String::from(XML_DECLARATION);
    let _ = write!(xml, r#"<Relationships xmlns="{NS_REL}">"#);
    for (id, kind, target) in [
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdNumbering", "numbering", "numbering.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        ("rIdFooter", "footer", "footer1.xml"),
        ("rIdChart", "image", "media/chart.png"),
    ]
    .into_iter()
    .filter(|(id, _, _)| chart || *id != "rIdChart")
    {
        let _ = write!(
            xml,
            r#"<Relationship Id="{id}" Type="{REL}/{kind}" Target="{target}"/>"#
        );
    }
    for (index, url) in body.links.iter().enumerate() {
        let _ = write!(
            xml,
            r#"<Relationship Id="rIdLink{}" Type="{REL}/hyperlink" Target="{}" TargetMode="External"/>"#,
            index + 1,
            escape(url)
        );
    }
    xml.push_str("</Relationships>");
    xml
}

/// Bullets (instance 1) and one instance per numbered list, each restarting at its start.
fn numbering(body: &Body) -> String {
    let mut xml = String::from(XML_DECLARATION);
    let _ = write!(xml, r#"<w:numbering xmlns:w="{NS_W}">"#);
    // Schema order in a level: start, numFmt, lvlText, lvlJc, pPr, rPr.
    xml.push_str(r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>"#);
    for level in 0..9 {
        let bullet = ["•", "◦", "▪"][level % 3];
        let indent = list_indent(level);
        let _ = write!(
            xml,
            r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{bullet}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>"#
        );
    }
    xml.push_str("</w:abstractNum>");
    xml.push_str(r#"<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>"#);
    for level in 0..9 {
        let format = ["decimal", "lowerLetter", "lowerRoman"][level % 3];
        let indent = list_indent(level) + 60;
        let _ = write!(
            xml,
            r#"<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="%{}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="420"/></w:pPr></w:lvl>"#,
            level + 1
        );
    }
    xml.push_str("</w:abstractNum>");
    let _ = write!(
        xml,
        r#"<w:num w:numId="{BULLETS}"><w:abstractNumId w:val="0"/></w:num>"#
    );
    for (index, list) in body.ordered.iter().enumerate() {
        let _ = write!(
            xml,
            r#"<w:num w:numId="{}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="{}"><w:startOverride w:val="{}"/></w:lvlOverride></w:num>"#,
            index + 2,
            list.level.min(8),
            list.start
        );
    }
    xml.push_str("</w:numbering>");
    xml
}

/// `text` cut to at most `room` characters, an ellipsis included, at the last space before
/// the cut where there is one; with the ellipsis to add, or none when it fits whole.
fn cut_at_word(text: &str, room: usize) -> (String, &'static str) {
    if text.chars().count() <= room {
        return (text.to_string(), "");
    }
    let kept: String = text.chars().take(room.saturating_sub(1)).collect();
    let at_word = kept
        .rfind(' ')
        .filter(|&space| space > kept.len() / 2)
        .map_or(kept.as_str(), |space| &kept[..space]);
    (at_word.trim_end_matches([' ', ',', ';', ':', '(']).to_string(), "…")
}

/// The running footer: the proposal's title, the verdict in words, and the page as "3 / 12",
/// which needs no word of any language.
fn footer(properties: &Properties) -> String {
    let mut xml = String::from(XML_DECLARATION);
    let _ = write!(
        xml,
        r#"<w:ftr xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>"#
    );
    // "page 2 of 5" in the document's language, lower-case after the verdict.
    let words = crate::words::Furniture::of(properties.lang);
    // The footer is one line: at its 8 points, about 110 characters fit between the margins of
    // A4 or Letter. The title takes what the verdict and the page number leave, cut at a word.
    const LINE: usize = 105;
    const SHORTEST_TITLE: usize = 24;
    let rest = format!(
        " · {} · {}999{}999{}",
        properties.verdict, words.page_before, words.page_between, words.page_after
    );
    let room = LINE.saturating_sub(rest.chars().count()).max(SHORTEST_TITLE);
    let (title, ellipsis) = cut_at_word(&properties.proposal, room);
    let _ = write!(
        xml,
        r#"<w:r><w:t xml:space="preserve">{}{ellipsis} · {} · {}</w:t></w:r>"#,
        escape(&title),
        escape(&properties.verdict),
        escape(&words.page_before.to_lowercase())
    );
    let _ = write!(
        xml,
        concat!(
            r#"<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#,
            r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
            r#"<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#,
        ),
        escape(&words.page_between)
    );
    if !words.page_after.is_empty() {
        let _ = write!(
            xml,
            r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
            escape(&words.page_after)
        );
    }
    xml.push_str("</w:p></w:ftr>");
    xml
}

/// The settings part: the theme's fonts are those of the document's language.
fn settings(lang: Lang) -> String {
    SETTINGS.replace("{lang}", lang.tag())
}

const SETTINGS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    r#"<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#,
    r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
    r#"<w:themeFontLang w:val="{lang}"/>"#,
    "</w:settings>"
);

#[cfg(test)]
mod tests {
    use super::{PARTS, PartsDigest, cut_at_word, written_as_is};

    /// A package of `parts`, with the comment `mark` gives it from the digest of `marked` (none
    /// for `None`), written into `dir` as `name`.
    fn zipped(
        dir: &std::path::Path,
        name: &str,
        parts: &[(&str, &[u8])],
        marked: Option<&[(&str, &[u8])]>,
    ) -> std::path::PathBuf {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("part");
            zip.write_all(bytes).expect("bytes");
        }
        if let Some(marked) = marked {
            let mut digest = PartsDigest::default();
            for (name, bytes) in marked {
                digest.add(name, bytes);
            }
            zip.set_comment(digest.mark()).expect("comment");
        }
        let path = dir.join(name);
        std::fs::write(&path, zip.finish().expect("zip").into_inner()).expect("write");
        path
    }

    /// Only a package whose parts are still those its mark was made from is this program's to
    /// replace: an edited part, a part added or taken away, a package written anew without the
    /// mark (as every editor saves one), or a file that is no package at all is someone's copy.
    #[test]
    fn a_package_is_known_as_written_only_while_its_parts_are_those_marked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let at = dir.path();
        let document: &[(&str, &[u8])] = &[("word/document.xml", b"<w:document/>"), ("docProps/app.xml", b"<a/>")];
        assert!(written_as_is(&zipped(at, "a", document, Some(document))));
        let edited: &[(&str, &[u8])] = &[
            ("word/document.xml", b"<w:document>!</w:document>"),
            ("docProps/app.xml", b"<a/>"),
        ];
        assert!(!written_as_is(&zipped(at, "b", edited, Some(document))));
        let added: &[(&str, &[u8])] = &[
            ("word/document.xml", b"<w:document/>"),
            ("docProps/app.xml", b"<a/>"),
            ("word/comments.xml", b"<w:comments/>"),
        ];
        assert!(!written_as_is(&zipped(at, "c", added, Some(document))));
        assert!(!written_as_is(&zipped(at, "d", &document[..1], Some(document))));
        // Parts that only move bytes from one to the next are not the same parts.
        let shifted: &[(&str, &[u8])] = &[("word/document.xml", b"<w:document/><a/"), ("docProps/app.xml", b">")];
        assert!(!written_as_is(&zipped(at, "e", shifted, Some(document))));
        assert!(!written_as_is(&zipped(at, "f", document, None)));
        std::fs::write(at.join("g"), b"a reviewer's comments").expect("write");
        assert!(!written_as_is(&at.join("g")));
        assert!(!written_as_is(&at.join("nothing here")));
    }

    /// A package written before packages were marked is known by its parts, in the order this
    /// program writes them, and by its application: an editor's save names another.
    #[test]
    fn an_unmarked_package_of_an_earlier_version_is_known_by_its_parts_and_application() {
        let dir = tempfile::tempdir().expect("tempdir");
        let names: Vec<&str> = PARTS.into_iter().chain(["word/media/chart.png"]).collect();
        let package = |application: &'static [u8], count: usize| -> Vec<(&'static str, &'static [u8])> {
            names[..count]
                .iter()
                .map(|name| {
                    (
                        *name,
                        if *name == "docProps/app.xml" {
                            application
                        } else {
                            &b"<x/>"[..]
                        },
                    )
                })
                .collect()
        };
        let ours: &[u8] = b"<Properties><Application>impact-brief 0.1.0</Application></Properties>";
        let word: &[u8] = b"<Properties><Application>Microsoft Office Word</Application></Properties>";
        assert!(written_as_is(&zipped(dir.path(), "a", &package(ours, 11), None)));
        assert!(written_as_is(&zipped(dir.path(), "b", &package(ours, 10), None)));
        assert!(!written_as_is(&zipped(dir.path(), "c", &package(word, 11), None)));
        let mut commented = package(ours, 11);
        commented.push(("word/comments.xml", b"<w:comments/>"));
        assert!(!written_as_is(&zipped(dir.path(), "d", &commented, None)));
        let mut reordered = package(ours, 11);
        reordered.swap(4, 6);
        assert!(!written_as_is(&zipped(dir.path(), "e", &reordered, None)));
    }

    /// A package that declares more than a brief could hold is not read through: it is not one.
    #[test]
    fn a_package_larger_than_a_brief_is_not_read_through() {
        let dir = tempfile::tempdir().expect("tempdir");
        let many: Vec<(String, Vec<u8>)> = (0..20)
            .map(|index| (format!("part{index}.xml"), b"<x/>".to_vec()))
            .collect();
        let parts: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
            .collect();
        assert!(!written_as_is(&zipped(dir.path(), "many", &parts, Some(&parts))));
    }

    /// The footer's title is cut at a word, with an ellipsis, to the room the line leaves it.
    #[test]
    fn a_long_title_is_cut_at_a_word_to_the_room_left() {
        let title = "Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Rules, 2021";
        assert_eq!(
            cut_at_word(title, 54),
            ("Information Technology (Intermediary Guidelines and".to_string(), "…")
        );
        assert_eq!(cut_at_word("Short Act", 54), ("Short Act".to_string(), ""));
        // One long word is cut where the room ends.
        assert_eq!(cut_at_word("Abcdefghijklmnop", 8), ("Abcdefg".to_string(), "…"));
    }
}
