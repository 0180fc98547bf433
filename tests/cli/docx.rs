//! Word briefs, change briefs and panel briefs (`-f docx`): real Office Open XML packages whose
//! every part is well-formed XML, with Word's heading styles, real tables, the brief's chart as a
//! picture with alt text, the document properties, user Markdown as Word paragraphs, lists,
//! emphasis and links, and hostile user text as literal text. Where LibreOffice is installed
//! (always under CI: `.ci/run` installs it), each file is also converted to PDF by `soffice` and
//! its text read back with pdftotext.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{TestEnv, assert_in_order, examples, repo};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The section headings, in order, each a Heading 1 (the title is the Title style).
const SECTIONS: [&str; 7] = [
    "Summary",
    "Scorecard",
    "The proposal",
    "Findings",
    "Recommendations",
    "Open questions",
    "Methodology",
];

/// The section headings of `brief` (its JSON form), in order: [`SECTIONS`], with "How views were
/// reflected" after the findings when it has a consultation ledger.
fn sections(brief: &serde_json::Value) -> Vec<&'static str> {
    let mut sections = SECTIONS.to_vec();
    if brief.get("consultation").is_some() {
        sections.insert(4, "How views were reflected");
    }
    sections
}

/// Every part of a .docx package, by name.
fn parts(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut archive =
        zip::ZipArchive::new(file).unwrap_or_else(|error| panic!("{} is no zip: {error}", path.display()));
    let mut parts = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("a zip entry");
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("read a zip entry");
        parts.insert(entry.name().to_string(), bytes);
    }
    parts
}

/// A part as text, checked to be well-formed XML that holds only characters XML allows.
fn xml_part(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    let bytes = parts.get(name).unwrap_or_else(|| panic!("no {name} in the package"));
    let text = String::from_utf8(bytes.clone()).unwrap_or_else(|_| panic!("{name} is not UTF-8"));
    if let Err(error) = roxmltree::Document::parse(&text) {
        panic!("{name} is not well-formed XML: {error}");
    }
    let bad = text
        .chars()
        .find(|c| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}'));
    assert!(bad.is_none(), "{name} holds {bad:?}, which XML 1.0 forbids");
    text
}

/// Checks every part of a package is well-formed and the package has what Word needs to open
/// it; returns the parts.
fn valid_package(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let parts = parts(path);
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/numbering.xml",
        "docProps/core.xml",
    ] {
        assert!(parts.contains_key(name), "{}: no {name}", path.display());
    }
    for name in parts
        .keys()
        .filter(|name| name.ends_with(".xml") || name.ends_with(".rels"))
    {
        xml_part(&parts, name);
    }
    // Every relationship the document uses is declared, and every part declared is there.
    let rels = xml_part(&parts, "word/_rels/document.xml.rels");
    let rels = roxmltree::Document::parse(&rels).expect("rels");
    let document = xml_part(&parts, "word/document.xml");
    for id in ids_used(&document) {
        let rel = rels
            .descendants()
            .find(|node| node.attribute("Id") == Some(id.as_str()))
            .unwrap_or_else(|| panic!("{}: relationship {id} is not declared", path.display()));
        if rel.attribute("TargetMode") != Some("External") {
            let target = format!("word/{}", rel.attribute("Target").expect("target"));
            assert!(parts.contains_key(&target), "{}: no {target}", path.display());
        }
    }
    let content_types = xml_part(&parts, "[Content_Types].xml");
    assert!(content_types.contains(r#"PartName="/word/document.xml""#));
    assert!(content_types.contains(r#"Extension="png" ContentType="image/png""#));
    parts
}

/// The relationship ids `document.xml` refers to (`r:id`, `r:embed`).
fn ids_used(document: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(document).expect("document.xml");
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    doc.descendants()
        .flat_map(|node| [node.attribute((r, "id")), node.attribute((r, "embed"))])
        .flatten()
        .map(str::to_string)
        .collect()
}

/// One paragraph: its style and its text.
#[derive(Debug)]
struct Para {
    style: Option<String>,
    text: String,
    /// Whether it starts a page.
    page_break_before: bool,
}

/// The body's paragraphs, in order (table cells included).
fn paragraphs(document: &str) -> Vec<Para> {
    let doc = roxmltree::Document::parse(document).expect("document.xml");
    doc.descendants()
        .filter(|node| node.has_tag_name((W, "p")))
        .map(|p| Para {
            style: p
                .descendants()
                .find(|node| node.has_tag_name((W, "pStyle")))
                .and_then(|style| style.attribute((W, "val")))
                .map(str::to_string),
            page_break_before: p.descendants().any(|node| node.has_tag_name((W, "pageBreakBefore"))),
            text: p
                .descendants()
                .filter(|node| node.has_tag_name((W, "t")))
                .filter_map(|t| t.text())
                .collect(),
        })
        .collect()
}

/// Everything the document says, one paragraph a line.
fn document_text(document: &str) -> String {
    paragraphs(document)
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The texts of the paragraphs in `style`.
fn styled(document: &str, style: &str) -> Vec<String> {
    paragraphs(document)
        .into_iter()
        .filter(|p| p.style.as_deref() == Some(style))
        .map(|p| p.text)
        .collect()
}

/// The texts of the paragraphs that start a page.
fn page_starts(document: &str) -> Vec<String> {
    paragraphs(document)
        .into_iter()
        .filter(|p| p.page_break_before)
        .map(|p| p.text)
        .collect()
}

/// An element of `core.xml` by its local name.
fn core_property(core: &str, name: &str) -> Option<String> {
    let doc = roxmltree::Document::parse(core).expect("core.xml");
    doc.descendants()
        .find(|node| node.tag_name().name() == name)
        .and_then(|node| node.text())
        .map(str::to_string)
}

/// The brief of `input` as the JSON renderer writes it.
fn json_brief(env: &TestEnv, input: &str) -> serde_json::Value {
    serde_json::from_str(&env.run(&["score", input, "--json"]).stdout).expect("the JSON brief")
}

/// Checks one rendered brief against its JSON twin: package, properties, headings, tables,
/// chart, scores.
fn check_brief(path: &Path, brief: &serde_json::Value) {
    let name = path.display();
    let parts = valid_package(path);
    let document = xml_part(&parts, "word/document.xml");
    let title = brief["proposal"]["title"].as_str().expect("title");
    // Document properties: title, authors, language.
    let core = xml_part(&parts, "docProps/core.xml");
    assert_eq!(
        core_property(&core, "title").as_deref(),
        Some(format!("Policy Impact Brief: {title}").as_str()),
        "{name}"
    );
    let assessors: Vec<&str> = brief["assessment"]["assessors"]
        .as_array()
        .expect("assessors")
        .iter()
        .map(|a| a.as_str().expect("assessor"))
        .collect();
    if !assessors.is_empty() {
        assert_eq!(core_property(&core, "creator"), Some(assessors.join("; ")), "{name}");
    }
    assert_eq!(core_property(&core, "language").as_deref(), Some("en-GB"), "{name}");
    let styles = xml_part(&parts, "word/styles.xml");
    assert!(styles.contains(r#"<w:lang w:val="en-GB""#), "{name}: no language");
    // The title, then every section as a Heading 1, in order; the rubrics' findings as
    // Heading 2 and the questions as Heading 3 (Word's own heading styles, with outline levels).
    assert_eq!(
        styled(&document, "Title"),
        [format!("Policy Impact Brief: {title}")],
        "{name}"
    );
    assert_eq!(styled(&document, "Heading1"), sections(brief), "{name}");
    // The methodology is an annex on a page of its own, as in the PDF.
    assert_eq!(page_starts(&document), ["Methodology"], "{name}");
    for (level, style) in ["heading 1", "heading 2", "heading 3"].iter().enumerate() {
        let defined = format!(r#"<w:name w:val="{style}"/>"#);
        let at = styles
            .find(&defined)
            .unwrap_or_else(|| panic!("{name}: no {style} style"));
        let outline = format!(r#"<w:outlineLvl w:val="{level}"/>"#);
        let end = styles[at..].find("</w:style>").expect("style end") + at;
        assert!(
            styles[at..end].contains(&outline),
            "{name}: {style} has no outline level"
        );
    }
    let findings = styled(&document, "Heading2");
    let questions = styled(&document, "Heading3");
    for rubric in brief["rubrics"].as_array().expect("rubrics") {
        let heading = format!(
            "{}: {} ({})",
            rubric["title"].as_str().expect("title"),
            rubric["rating"].as_str().expect("rating"),
            rubric["score_display"].as_str().expect("score")
        );
        assert!(
            findings.contains(&heading),
            "{name}: no heading {heading} in {findings:?}"
        );
        for question in rubric["questions"].as_array().expect("questions") {
            let prompt = question["prompt"].as_str().expect("prompt");
            assert!(questions.iter().any(|q| q == prompt), "{name}: no heading {prompt}");
        }
    }
    // Real tables: metadata, scorecard (with a header row that repeats), methodology.
    let doc = roxmltree::Document::parse(&document).expect("document.xml");
    let tables: Vec<_> = doc.descendants().filter(|node| node.has_tag_name((W, "tbl"))).collect();
    assert!(tables.len() >= 4, "{name}: {} tables", tables.len());
    let scorecard = tables
        .iter()
        .find(|table| table.descendants().any(|node| node.text() == Some("Red flags")))
        .unwrap_or_else(|| panic!("{name}: no scorecard table"));
    let header_row = scorecard
        .descendants()
        .find(|node| node.has_tag_name((W, "tr")))
        .expect("a row");
    assert!(
        header_row.descendants().any(|node| node.has_tag_name((W, "tblHeader"))),
        "{name}: the scorecard's header row is not marked"
    );
    let scorecard_text: String = scorecard
        .descendants()
        .filter(|node| node.has_tag_name((W, "t")))
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join("|");
    let overall = &brief["overall"];
    for rubric in brief["rubrics"].as_array().expect("rubrics") {
        for key in ["title", "score_display", "coverage_display"] {
            let value = rubric[key].as_str().expect(key);
            assert!(
                scorecard_text.contains(value),
                "{name}: {key} {value} not in {scorecard_text}"
            );
        }
        // The points behind a score are given with the rubric's findings, as in the PDF.
        let points = rubric["points_display"].as_str().expect("points_display");
        assert!(!scorecard_text.contains(points), "{name}: {points} in the scorecard");
        assert!(document_text(&document).contains(points), "{name}: {points} nowhere");
    }
    // Ratings are words in the table, not only colours.
    assert!(
        scorecard_text.contains(overall["rating"].as_str().expect("rating")),
        "{name}"
    );
    // The verdict opens the summary, every rating in words.
    let text = document_text(&document);
    for dimension in overall["dimensions"].as_array().expect("dimensions") {
        let label = dimension["label"].as_str().expect("label");
        let rating = dimension["verdict"].as_str().expect("verdict");
        assert!(
            text.contains(&format!("{label}: {rating}")),
            "{name}: {label}: {rating}"
        );
    }
    assert!(
        text.contains(&format!(
            "Overall rating: {}",
            overall["rating"].as_str().expect("rating")
        )),
        "{name}"
    );
    // Red flags are named in words.
    let flags = brief["summary"]["red_flags"].as_array().expect("red flags");
    if !flags.is_empty() {
        assert!(text.contains("Red flag"), "{name}");
    }
    // The chart: a PNG picture whose alt text gives every score.
    let png = parts.get("word/media/chart.png").expect("the chart");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name}: the chart is not PNG");
    let picture = doc
        .descendants()
        .find(|node| node.tag_name().name() == "docPr")
        .unwrap_or_else(|| panic!("{name}: no picture"));
    let alt = picture.attribute("descr").expect("alt text");
    let title = brief["labels"]["chart_title"].as_str().expect("chart title");
    assert!(alt.starts_with(&format!("{title}.")), "{name}: {alt}");
    for rubric in brief["rubrics"].as_array().expect("rubrics") {
        let said = format!(
            "{}: {}, {}",
            rubric["title"].as_str().expect("title"),
            rubric["score_display"].as_str().expect("score"),
            rubric["rating"].as_str().expect("rating")
        );
        assert!(alt.contains(&said), "{name}: {said} not in {alt}");
    }
    // Each bar is in its rating's colour, as in the PDF and HTML briefs and as the badges: a
    // rubric that a red flag holds below the band of its score shows the flag's colour.
    let chart = resvg::tiny_skia::Pixmap::decode_png(png).expect("a PNG the chart decodes to");
    let mut bars: Vec<(&str, Option<f64>)> = brief["rubrics"]
        .as_array()
        .expect("rubrics")
        .iter()
        .map(|rubric| {
            (
                rubric["rating_key"].as_str().expect("rating key"),
                rubric["score"].as_f64(),
            )
        })
        .collect();
    bars.push((
        overall["rating_key"].as_str().expect("rating key"),
        overall["score"].as_f64(),
    ));
    let last = bars.len() - 1;
    for (index, (rating, score)) in bars.into_iter().enumerate() {
        if score.is_none_or(|score| score < 1.0) {
            continue;
        }
        // The chart's layout (render/docx/chart.rs), three pixels to its unit: the middle of a
        // bar's first units; the overall bar sits 8 units lower.
        let row = u32::try_from(index).expect("a few bars");
        let (x, y) = (178 * 3, (6 + row * 26 + if index == last { 8 } else { 0 } + 13) * 3);
        let pixel = chart.pixel(x, y).expect("a pixel of the chart");
        let colour = format!("{:02X}{:02X}{:02X}", pixel.red(), pixel.green(), pixel.blue());
        let expected = match rating {
            "strong" => "1E7B4A",
            "no-effect-found" => "3F5A8A",
            "adequate" => "1F6E7E",
            "weak" => "9C6408",
            "serious-concerns" => "B83232",
            _ => "5F6672",
        };
        assert_eq!(colour, expected, "{name}: bar {index}, rated {rating}");
    }
}

#[test]
fn the_known_brief_and_every_example_are_valid_word_files() {
    let env = TestEnv::new();
    let mut inputs = vec![PathBuf::from(repo("tests/fixtures/known.toml"))];
    inputs.extend(examples());
    // With a consultation ledger (a CSV file beside it): one section more.
    inputs.push(PathBuf::from(repo(
        "examples/consultation/uk-online-safety-bill-encryption.toml",
    )));
    let mut rendered = Vec::new();
    // Each under a name of its own: two examples share a file name (the ledger example), and
    // LibreOffice prints them all into one folder.
    for (index, input) in inputs.iter().enumerate() {
        let input = input.to_string_lossy();
        let stem = Path::new(&*input)
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let output = format!("out/{index}-{stem}.docx");
        let run = env.run(&["render", &input, "-f", "docx", "-o", &output]);
        run.code(0);
        let path = env.path(&output);
        let brief = json_brief(&env, &input);
        check_brief(&path, &brief);
        rendered.push((path, brief));
    }
    // LibreOffice opens every one of them and prints the sections and the scores.
    let Some(pdfs) = libreoffice_pdfs(&env, &rendered.iter().map(|(path, _)| path.clone()).collect::<Vec<_>>()) else {
        return;
    };
    for ((path, brief), text) in rendered.iter().zip(pdfs) {
        let name = path.display();
        let title = brief["proposal"]["title"].as_str().expect("title");
        let mut headings = vec![format!("Policy Impact Brief: {}", collapse(title))];
        headings.extend(sections(brief).iter().map(|section| section.to_string()));
        assert_in_order(&text, &headings.iter().map(String::as_str).collect::<Vec<_>>());
        for rubric in brief["rubrics"].as_array().expect("rubrics") {
            let score = rubric["score_display"].as_str().expect("score");
            let title = rubric["title"].as_str().expect("title");
            assert!(
                text.contains(&format!("{title}: {}", rubric["rating"].as_str().expect("rating"))),
                "{name}"
            );
            assert!(text.contains(score), "{name}: score {score}");
        }
        // Page 1's number is the effect's score.
        let effect = &brief["overall"]["dimensions"][0];
        let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flowing.contains(&format!(
                "score {} of 100",
                effect["score_display"].as_str().expect("score")
            )),
            "{name}: score {} of 100",
            effect["score_display"]
        );
    }
}

/// An assessment whose every user text tries to be markup: WordprocessingML, XML's own
/// specials, template and Typst syntax, control characters; and a summary using every kind of
/// Markdown block.
const HOSTILE_TITLE: &str = r#"<w:p>Bill & "Act" ]]> {{ x }}"#;
const HOSTILE_RATIONALE: &str =
    r#"Rationale </w:t></w:r><w:p/> & {% raw %} ]]> #read("/etc/passwd") #set page(fill: red)"#;

fn hostile_assessment() -> String {
    let summary = "Clause *103* <w:r><w:t>injected</w:t></w:r> & ]]> {{ x }} #read(\\\"/etc/passwd\\\") bell:\\u0007: esc:\\u001b[31m.\\n\\n\
                   1. first *item*\\n2. second with [a link](https://example.org/a?b=1&c=2)\\n   - nested **bold** `code <x>`\\n\\n\
                   > quoted ~~struck~~ text\\n\\n```\\ncode block <w:p> &amp;\\nsecond line\\n```\\n\\n---\\n\\n# A user heading\\n\\n\
                   [not a link](javascript:alert(1))";
    format!(
        "schema_version = 3\n\n[proposal]\ntitle = '{HOSTILE_TITLE}'\njurisdiction = '#read(\"/etc/passwd\")'\n\
         url = 'javascript:alert(1)'\nsummary = \"{summary}\"\n\n\
         [assessment]\nassessors = ['A <b>& B</b>', 'C ]]> \"D\"']\n\n\
         [answers.openness.participation]\nlevel = 1\nrationale = '{HOSTILE_RATIONALE}'\n\
         evidence = ['<w:hyperlink r:id=\"rIdChart\"/>', 'https://example.org/?q=<x>&y=\"z\"']\n"
    )
}

#[test]
fn hostile_user_text_is_printed_literally_and_the_xml_stays_well_formed() {
    let env = TestEnv::new();
    env.write("hostile.toml", hostile_assessment());
    env.run(&["render", "hostile.toml", "-f", "docx", "-o", "hostile.docx"])
        .code(0);
    let parts = valid_package(&env.path("hostile.docx"));
    let document = xml_part(&parts, "word/document.xml");
    let text = document_text(&document);
    for literal in [
        HOSTILE_TITLE,
        HOSTILE_RATIONALE,
        "#read(\"/etc/passwd\")",
        "<w:r><w:t>injected</w:t></w:r> & ]]> {{ x }}",
        "code block <w:p> &amp;",
        "<w:hyperlink r:id=\"rIdChart\"/>",
        "A <b>& B</b>; C ]]> \"D\"",
        "javascript:alert(1)",
    ] {
        assert!(text.contains(literal), "not printed literally: {literal}\n{text}");
    }
    // Control characters are replaced, as in the Markdown brief; the rest of the text stays.
    assert!(text.contains("bell:\u{fffd}: esc:\u{fffd}[31m."), "{text}");
    // The document has exactly the structure the brief gives it: no paragraph, run or link came
    // from user text, and no unsafe address became a link.
    let doc = roxmltree::Document::parse(&document).expect("document.xml");
    let count = |tag: &str| doc.descendants().filter(|node| node.has_tag_name((W, tag))).count();
    let texts_with_markup = doc
        .descendants()
        .filter(|node| node.has_tag_name((W, "t")))
        .filter(|node| node.children().any(|child| child.is_element()))
        .count();
    assert_eq!(texts_with_markup, 0);
    // The user's two links come first (the summary's, then the evidence address made a URI),
    // then the methodology's sources; the `javascript:` addresses stay text.
    let rels = xml_part(&parts, "word/_rels/document.xml.rels");
    let rels = roxmltree::Document::parse(&rels).expect("rels");
    let links: Vec<&str> = rels
        .descendants()
        .filter(|node| node.attribute("TargetMode") == Some("External"))
        .filter_map(|node| node.attribute("Target"))
        .collect();
    assert_eq!(
        links[..2],
        [
            "https://example.org/a?b=1&c=2",
            "https://example.org/?q=%3Cx%3E&y=%22z%22"
        ]
    );
    assert!(
        links
            .iter()
            .all(|link| link.starts_with("https://") || link.starts_with("http://")),
        "{links:?}"
    );
    assert_eq!(count("hyperlink"), links.len());
    // The properties hold the title and the assessors as text too.
    let core = xml_part(&parts, "docProps/core.xml");
    assert_eq!(
        core_property(&core, "title"),
        Some(format!("Policy Impact Brief: {HOSTILE_TITLE}"))
    );
    assert_eq!(
        core_property(&core, "creator").as_deref(),
        Some("A <b>& B</b>; C ]]> \"D\"")
    );
    // LibreOffice prints all of it literally.
    if let Some(pdfs) = libreoffice_pdfs(&env, &[env.path("hostile.docx")]) {
        let pdf = &pdfs[0];
        for literal in [
            "Policy Impact Brief: <w:p>Bill & \"Act\" ]]> {{ x }}",
            "Rationale </w:t></w:r><w:p/> & {% raw %} ]]> #read(\"/etc/passwd\") #set page(fill: red)",
            "<w:r><w:t>injected</w:t></w:r> & ]]> {{ x }} #read(\"/etc/passwd\")",
            "code block <w:p> &amp;",
            "<w:hyperlink r:id=\"rIdChart\"/>",
        ] {
            assert!(pdf.contains(literal), "LibreOffice does not print {literal}:\n{pdf}");
        }
        let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
        if let Some(first) = passwd.lines().next().filter(|line| line.len() > 8) {
            assert!(!pdf.contains(first), "a file was read");
        }
    }
}

#[test]
fn user_markdown_becomes_word_paragraphs_lists_emphasis_and_links() {
    let env = TestEnv::new();
    env.write("hostile.toml", hostile_assessment());
    env.run(&["render", "hostile.toml", "-f", "docx", "-o", "hostile.docx"])
        .code(0);
    let parts = valid_package(&env.path("hostile.docx"));
    let document = xml_part(&parts, "word/document.xml");
    let doc = roxmltree::Document::parse(&document).expect("document.xml");
    let run_of = |text: &str| {
        doc.descendants()
            .find(|node| node.has_tag_name((W, "t")) && node.text() == Some(text))
            .and_then(|t| t.parent())
            .unwrap_or_else(|| panic!("no run {text}"))
    };
    let has = |run: roxmltree::Node<'_, '_>, tag: &str| run.descendants().any(|node| node.has_tag_name((W, tag)));
    assert!(has(run_of("103"), "i"), "emphasis is italic");
    assert!(has(run_of("item"), "i"));
    assert!(has(run_of("bold"), "b"), "strong is bold");
    assert!(has(run_of("struck"), "strike"));
    let style_of = |run: roxmltree::Node<'_, '_>| {
        run.descendants()
            .find(|node| node.has_tag_name((W, "rStyle")))
            .and_then(|style| style.attribute((W, "val")))
            .map(str::to_string)
    };
    assert_eq!(style_of(run_of("code <x>")).as_deref(), Some("VerbatimChar"));
    // The link is a real hyperlink to the address, through a relationship.
    let link = run_of("a link").parent().expect("parent");
    assert!(link.has_tag_name((W, "hyperlink")), "{:?}", link.tag_name());
    let id = link
        .attribute((
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "id",
        ))
        .expect("r:id");
    let rels = xml_part(&parts, "word/_rels/document.xml.rels");
    let rels = roxmltree::Document::parse(&rels).expect("rels");
    let rel = rels
        .descendants()
        .find(|node| node.attribute("Id") == Some(id))
        .expect("the link's relationship");
    assert_eq!(rel.attribute("Target"), Some("https://example.org/a?b=1&c=2"));
    assert_eq!(rel.attribute("TargetMode"), Some("External"));
    // "javascript:" links keep their text only.
    assert_eq!(
        run_of("not a link").parent().map(|p| p.has_tag_name((W, "hyperlink"))),
        Some(false)
    );
    // Lists are Word numbering: a numbered list and, inside it, a bulleted one a level down.
    let numbered = |text: &str| {
        let p = run_of(text)
            .ancestors()
            .find(|node| node.has_tag_name((W, "p")))
            .expect("p");
        let level = p
            .descendants()
            .find(|node| node.has_tag_name((W, "ilvl")))
            .and_then(|node| node.attribute((W, "val")))
            .map(str::to_string);
        let id = p
            .descendants()
            .find(|node| node.has_tag_name((W, "numId")))
            .and_then(|node| node.attribute((W, "val")))
            .map(str::to_string);
        (id, level)
    };
    let (first, first_level) = numbered("first ");
    let (second, _) = numbered("second with ");
    let (nested, nested_level) = numbered("nested ");
    assert!(first.is_some() && first == second, "{first:?} {second:?}");
    assert_ne!(nested, first);
    assert_eq!(first_level.as_deref(), Some("0"));
    assert_eq!(nested_level.as_deref(), Some("1"));
    let numbering = xml_part(&parts, "word/numbering.xml");
    let first = first.expect("numbered");
    assert!(
        numbering.contains(&format!(r#"<w:num w:numId="{first}"><w:abstractNumId w:val="1"/>"#)),
        "{numbering}"
    );
    // Quotes, code and headings inside user text have their own styles; the heading sits below
    // the section's ("# A user heading" under The proposal › Summary).
    let paragraphs = paragraphs(&document);
    let style = |text: &str| {
        paragraphs
            .iter()
            .find(|p| p.text.starts_with(text))
            .and_then(|p| p.style.clone())
            .unwrap_or_else(|| panic!("no paragraph {text}"))
    };
    assert_eq!(style("quoted "), "Quote");
    assert_eq!(style("code block"), "SourceCode");
    assert_eq!(style("A user heading"), "Heading3");
}

#[test]
fn same_input_same_bytes_and_the_paper_follows_the_pdf_setting() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.run(&["render", &known, "-o", "one.docx"]).code(0);
    env.run(&["render", &known, "-f", "docx", "-o", "two.docx"]).code(0);
    let one = std::fs::read(env.path("one.docx")).expect("one");
    assert_eq!(one, std::fs::read(env.path("two.docx")).expect("two"));
    let a4 = xml_part(&parts(&env.path("one.docx")), "word/document.xml");
    assert!(a4.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    env.run(&[
        "render",
        &known,
        "-f",
        "docx",
        "--paper",
        "us-letter",
        "-o",
        "letter.docx",
    ])
    .code(0);
    let letter = xml_part(&parts(&env.path("letter.docx")), "word/document.xml");
    assert!(letter.contains(r#"<w:pgSz w:w="12240" w:h="15840"/>"#));
}

#[test]
fn batch_writes_word_files_beside_the_others() {
    let env = TestEnv::new();
    let run = env.run(&["batch", &repo("examples"), "-o", "out", "-f", "md,docx", "--quiet"]);
    run.code(0);
    for example in examples() {
        let stem = example.file_stem().expect("stem").to_string_lossy().into_owned();
        valid_package(&env.path(&format!("out/{stem}.docx")));
        assert!(env.path(&format!("out/{stem}.md")).exists());
    }
}

// ---------------------------------------------------------------- change and panel briefs

const CHANGE_OLD: &str = "examples/changes/eu-csa-regulation-commission-proposal.toml";
const CHANGE_NEW: &str = "examples/changes/eu-csa-regulation-council-position.toml";
const PANEL: &str = "examples/panel/eu-csa-regulation/";

/// The panel brief's sections, in order, each a Heading 1 (as in templates/panel.md.tera).
const PANEL_SECTIONS: [&str; 10] = [
    "Who assessed",
    "Consolidated verdict",
    "Agreement",
    "Where the groups disagree",
    "Where they agree",
    "Each group's own verdict",
    "Still open, by group",
    "Consolidated answers",
    "Recommendations",
    "Methodology",
];

/// The change brief's sections, in order, as templates/change.md.tera writes them for `change`
/// (the last sections only where they have something to say).
fn change_sections(change: &serde_json::Value) -> Vec<&'static str> {
    let mut sections = vec!["Summary", "Red flags", "What changed"];
    if !list(&change["rewritten"]).is_empty() {
        sections.push("Same answer, new finding");
    }
    sections.extend(["Unchanged", "Recommendations"]);
    if !list(&change["answered_in_one"]).is_empty() {
        sections.push("Answered in one assessment only");
    }
    if !list(&change["notes"]).is_empty() {
        sections.push("Notes");
    }
    sections.push("How changes are judged");
    sections
}

fn list(value: &serde_json::Value) -> &Vec<serde_json::Value> {
    value.as_array().unwrap_or_else(|| panic!("not a list: {value}"))
}

fn string(value: &serde_json::Value) -> &str {
    value.as_str().unwrap_or_else(|| panic!("not a string: {value}"))
}

/// The JSON form of a document a command writes (`diff …` or `panel …`).
fn json_document(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.extend(["-f", "json", "-o", "-"]);
    let run = env.run(&args);
    run.code(0);
    serde_json::from_str(&run.stdout).expect("the JSON document")
}

/// The document's tables, each as its rows of cell texts, and whether its first row is a header
/// row that repeats on every page.
fn tables(document: &str) -> Vec<(bool, Vec<Vec<String>>)> {
    let doc = roxmltree::Document::parse(document).expect("document.xml");
    doc.descendants()
        .filter(|node| node.has_tag_name((W, "tbl")))
        .map(|table| {
            let rows: Vec<roxmltree::Node<'_, '_>> =
                table.children().filter(|node| node.has_tag_name((W, "tr"))).collect();
            let header = rows
                .first()
                .is_some_and(|row| row.descendants().any(|node| node.has_tag_name((W, "tblHeader"))));
            let cells = rows
                .iter()
                .map(|row| {
                    row.children()
                        .filter(|node| node.has_tag_name((W, "tc")))
                        .map(|cell| {
                            cell.descendants()
                                .filter(|node| node.has_tag_name((W, "t")))
                                .filter_map(|t| t.text())
                                .collect::<String>()
                        })
                        .collect()
                })
                .collect();
            (header, cells)
        })
        .collect()
}

/// The table whose header row starts with `first` and holds `also`; checks the header repeats.
fn table_headed<'a>(tables: &'a [(bool, Vec<Vec<String>>)], first: &str, also: &str, name: &str) -> &'a [Vec<String>] {
    let (header, rows) = tables
        .iter()
        .find(|(_, rows)| {
            rows.first()
                .is_some_and(|row| row[0] == first && row.iter().any(|cell| cell == also))
        })
        .unwrap_or_else(|| panic!("{name}: no table headed {first} … {also}"));
    assert!(
        header,
        "{name}: the header row of the table headed {first} is not marked"
    );
    rows
}

/// Checks the package, the document properties and the language every Word document has.
fn check_properties(parts: &BTreeMap<String, Vec<u8>>, title: &str, authors: &[&str], name: &str) {
    let core = xml_part(parts, "docProps/core.xml");
    assert_eq!(core_property(&core, "title").as_deref(), Some(title), "{name}");
    let mut unique: Vec<&str> = Vec::new();
    for author in authors {
        if !unique.contains(author) {
            unique.push(author);
        }
    }
    assert_eq!(core_property(&core, "creator"), Some(unique.join("; ")), "{name}");
    assert_eq!(core_property(&core, "language").as_deref(), Some("en-GB"), "{name}");
    let styles = xml_part(parts, "word/styles.xml");
    assert!(styles.contains(r#"<w:lang w:val="en-GB""#), "{name}: no language");
    let document = xml_part(parts, "word/document.xml");
    assert_eq!(styled(&document, "Title"), [title], "{name}");
    // User Markdown was parsed, never printed as Markdown.
    let text = document_text(&document);
    assert!(!text.contains("**"), "{name}: Markdown printed as text");
}

/// Checks a Word change brief against its JSON twin: properties, sections, both tables, the red
/// flags and the rationales.
fn check_change(path: &Path, change: &serde_json::Value) {
    let name = path.display().to_string();
    let parts = valid_package(path);
    let title = format!("Change Brief: {}", string(&change["proposal"]["title"]));
    let authors: Vec<&str> = list(&change["old"]["assessors"])
        .iter()
        .chain(list(&change["new"]["assessors"]))
        .map(string)
        .collect();
    check_properties(&parts, &title, &authors, &name);
    let document = xml_part(&parts, "word/document.xml");
    assert_eq!(styled(&document, "Heading1"), change_sections(change), "{name}");
    let subsections = styled(&document, "Heading2");
    assert_in_order(
        &subsections.join("\n"),
        &[
            "Resolved",
            "Introduced",
            "Still open",
            "Taken up or no longer needed",
            "Still open",
        ],
    );
    for question in list(&change["questions"]) {
        let heading = format!(
            "{} {}: {}",
            string(&question["arrow"]),
            string(&question["rubric_title"]),
            string(&question["prompt"])
        );
        assert!(subsections.contains(&heading), "{name}: no heading {heading}");
    }
    for line in list(&change["rewritten"]) {
        let heading = format!("{}: {}", string(&line["rubric_title"]), string(&line["prompt"]));
        assert!(subsections.contains(&heading), "{name}: no heading {heading}");
    }
    // The versions side by side, every value in its column.
    let tables = tables(&document);
    let versions = table_headed(&tables, "", "Then", &name);
    assert_eq!(versions[0], ["", "Then", "Now"], "{name}");
    for (label, key) in [("Stage", "stage"), ("Introduced", "introduced"), ("Verdict", "verdict")] {
        let row = versions
            .iter()
            .find(|row| row[0] == label)
            .unwrap_or_else(|| panic!("{name}: no row {label}"));
        // Dates are written in words, as in the PDF.
        let shown = |value: &str| {
            if key == "introduced" {
                impact_brief::report::long_date_of(value)
            } else {
                value.to_string()
            }
        };
        assert_eq!(
            row[1..],
            [shown(string(&change["old"][key])), shown(string(&change["new"][key]))],
            "{name}"
        );
    }
    // Then and now: every rating in words, with the change in words beside its arrow.
    let movements = table_headed(&tables, "Rating", "Score change", &name);
    let expected: Vec<&serde_json::Value> = std::iter::once(&change["overall"])
        .chain(list(&change["dimensions"]))
        .chain(list(&change["rubrics"]))
        .collect();
    assert_eq!(movements.len(), expected.len() + 1, "{name}");
    for (row, movement) in movements[1..].iter().zip(expected) {
        let point = |side: &str| {
            format!(
                "{} ({})",
                string(&movement[side]["verdict"]),
                string(&movement[side]["score_display"])
            )
        };
        assert_eq!(
            *row,
            [
                string(&movement["label"]).to_string(),
                point("old"),
                format!("{} {}", string(&movement["arrow"]), string(&movement["change"])),
                point("new"),
                string(&movement["score_change_display"]).to_string(),
            ],
            "{name}"
        );
    }
    // A changed answer's red flag is written in words.
    let paragraphs = paragraphs(&document);
    for question in list(&change["questions"]) {
        let at = paragraphs
            .iter()
            .position(|p| p.text.ends_with(string(&question["prompt"])) && p.style.as_deref() == Some("Heading2"))
            .expect("the question's heading");
        let line = &paragraphs[at + 1].text;
        let flags = usize::from(question["old_red_flag"] == true) + usize::from(question["new_red_flag"] == true);
        assert_eq!(line.matches("red flag").count(), flags, "{name}: {line}");
    }
    // The red flags resolved, introduced and still open, each under its heading.
    let text = document_text(&document);
    let flags = flag_lines(change);
    assert_in_order(&text, &flags.iter().map(String::as_str).collect::<Vec<_>>());
    // Each rationale follows, then and now.
    for question in list(&change["questions"]) {
        for key in ["old_rationale", "new_rationale"] {
            if let Some(rationale) = question[key].as_str() {
                let start = plain_start(rationale);
                assert!(text.contains(&start), "{name}: no rationale {start}");
            }
        }
    }
}

/// What the red flags section says, in order: each kind of flag, then its questions or "None.".
fn flag_lines(change: &serde_json::Value) -> Vec<String> {
    let mut lines = vec!["Red flags".to_string()];
    for (heading, key) in [
        ("Resolved", "resolved"),
        ("Introduced", "introduced"),
        ("Still open", "open"),
    ] {
        lines.push(heading.to_string());
        let flags = list(&change["flags"][key]);
        if flags.is_empty() {
            lines.push("None.".to_string());
        }
        for flag in flags {
            lines.push(format!(
                "{}: {}",
                string(&flag["rubric_title"]),
                collapse(string(&flag["prompt"]))
            ));
        }
    }
    lines
}

/// The first words of user Markdown up to its first markup, as any rendering of it prints them.
fn plain_start(markdown: &str) -> String {
    let text = collapse(markdown);
    let plain: String = text
        .chars()
        .skip_while(|c| "*_`".contains(*c))
        .take_while(|c| !"*_`[]<>#\\".contains(*c))
        .take(60)
        .collect();
    let words: Vec<&str> = plain.split(' ').collect();
    let start = words[..words.len().saturating_sub(1).max(1)].join(" ");
    assert!(start.len() >= 15, "too little plain text at the start of {markdown:?}");
    start
}

#[test]
fn the_change_brief_is_a_valid_word_file_with_the_sections_of_the_markdown() {
    let env = TestEnv::new();
    let (old, new) = (repo(CHANGE_OLD), repo(CHANGE_NEW));
    // Forwards the encryption red flag is resolved; backwards it is introduced.
    let mut rendered = Vec::new();
    for (folder, from, to) in [("forwards", &old, &new), ("backwards", &new, &old)] {
        env.run(&["diff", from, to, "-f", "docx", "-o", &format!("{folder}/")])
            .code(0);
        let stem = Path::new(to).file_stem().expect("stem").to_string_lossy().into_owned();
        let path = env.path(&format!("{folder}/{stem}-changes.docx"));
        let change = json_document(&env, &["diff", from, to]);
        check_change(&path, &change);
        rendered.push((path, change));
    }
    assert!(!list(&rendered[0].1["flags"]["resolved"]).is_empty());
    assert!(!list(&rendered[1].1["flags"]["introduced"]).is_empty());
    // The same input gives the same bytes.
    env.run(&["diff", &old, &new, "-f", "docx", "-o", "again.docx"]).code(0);
    assert_eq!(
        std::fs::read(env.path("again.docx")).expect("again"),
        std::fs::read(&rendered[0].0).expect("forwards")
    );
    // LibreOffice opens both and prints the sections, and the flags resolved and introduced.
    let Some(pdfs) = libreoffice_pdfs(&env, &rendered.iter().map(|(path, _)| path.clone()).collect::<Vec<_>>()) else {
        return;
    };
    for ((path, change), text) in rendered.iter().zip(pdfs) {
        let title = format!("Change Brief: {}", collapse(string(&change["proposal"]["title"])));
        let mut expected = vec![title.clone()];
        let overall = &change["overall"];
        expected.push(format!(
            "Overall: {} {} {}",
            string(&overall["old"]["rating"]),
            string(&overall["arrow"]),
            string(&overall["new"]["rating"])
        ));
        expected.extend(flag_lines(change));
        expected.push("What changed".to_string());
        expected.push("How changes are judged".to_string());
        let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        if !text.contains(expected[0]) {
            panic!("{}: LibreOffice does not print {title}:\n{text}", path.display());
        }
        assert_in_order(&text, &expected);
    }
}

#[test]
fn the_panel_brief_is_a_valid_word_file_with_the_sections_of_the_markdown() {
    let env = TestEnv::new();
    let panel_dir = repo(PANEL);
    env.run(&["panel", &panel_dir, "-f", "docx", "-o", "out/"]).code(0);
    let path = env.path("out/proposal-for-a-regulation-laying-down-rules-to-prevent-panel.docx");
    let panel = json_document(&env, &["panel", &panel_dir]);
    let name = path.display().to_string();
    let parts = valid_package(&path);
    let title = format!("Panel Brief: {}", string(&panel["proposal"]["title"]));
    let authors: Vec<&str> = list(&panel["assessment"]["assessors"]).iter().map(string).collect();
    check_properties(&parts, &title, &authors, &name);
    let document = xml_part(&parts, "word/document.xml");
    assert_eq!(styled(&document, "Heading1"), PANEL_SECTIONS, "{name}");
    assert_eq!(page_starts(&document), ["Methodology"], "{name}");
    let subsections = styled(&document, "Heading2");
    let view = &panel["panel"];
    for question in list(&view["disagreements"]) {
        let heading = format!("{}: {}", string(&question["rubric_title"]), string(&question["prompt"]));
        assert!(subsections.contains(&heading), "{name}: no heading {heading}");
    }
    assert_in_order(
        &subsections.join("\n"),
        &[
            "Red flags, by the groups that raised them",
            "Ratings by rubric",
            "How the panel's answer is made",
            "Scoring",
        ],
    );
    let tables = tables(&document);
    // Who assessed.
    let who = table_headed(&tables, "Stakeholder group", "Assessors", &name);
    let groups = list(&view["groups"]);
    assert_eq!(who.len(), groups.len() + 1, "{name}");
    for (row, group) in who[1..].iter().zip(groups) {
        assert_eq!(row[0], string(&group["label"]), "{name}");
        assert_eq!(row[1], group["members"].to_string(), "{name}");
    }
    // The rubric table of the consolidated verdict, ratings in words.
    let rubrics = table_headed(&tables, "Rubric", "Process", &name);
    for (row, rubric) in rubrics[1..].iter().zip(list(&panel["rubrics"])) {
        assert_eq!(row[0], string(&rubric["title"]), "{name}");
        assert_eq!(row[3], string(&rubric["rating"]), "{name}");
        assert_eq!(row[4], string(&rubric["score_display"]), "{name}");
    }
    // Agreement, by rubric, to two decimals.
    let agreement = table_headed(&tables, "Rubric", "Alpha", &name);
    for (row, rubric) in agreement[1..].iter().zip(list(&view["rubric_agreement"])) {
        let alpha = rubric["alpha"]["value"].as_f64().expect("alpha");
        assert_eq!(row[1], format!("{alpha:.2}"), "{name}");
    }
    // Each group's own verdict.
    let verdicts = table_headed(&tables, "Group", "Overall", &name);
    for (row, group) in verdicts[1..].iter().zip(groups) {
        assert_eq!(
            row[1],
            format!("{} ({})", string(&group["rating"]), string(&group["score_display"])),
            "{name}"
        );
    }
    // The consolidated answers: every question, every group and the panel.
    let answers = table_headed(&tables, "Question", "Panel", &name);
    let questions = list(&view["questions"]);
    assert_eq!(answers.len(), questions.len() + 1, "{name}");
    for (row, question) in answers[1..].iter().zip(questions) {
        assert_eq!(row.len(), groups.len() + 2, "{name}");
        assert_eq!(
            row.last().map(String::as_str),
            Some(string(&question["consolidated"])),
            "{name}"
        );
    }
    // Where the groups disagree: each group's answer with its red flag in words, then its words.
    let text = document_text(&document);
    let first = &list(&view["disagreements"])[0];
    let side_by_side = tables
        .iter()
        .map(|(_, rows)| rows)
        .find(|rows| rows[0] == ["Group", "Answer", "What the level means"])
        .expect("a disagreement's table");
    for (row, answer) in side_by_side[1..].iter().zip(list(&first["by_group"])) {
        let flagged = if answer["red_flag"] == true {
            " — red flag"
        } else {
            ""
        };
        assert_eq!(row[1], format!("{}{flagged}", string(&answer["display"])), "{name}");
    }
    let (group, rationale) = first_rationale(&panel);
    assert!(text.contains(&format!("{group} (")), "{name}");
    assert!(text.contains(&plain_start(rationale)), "{name}");
    // The same input gives the same bytes.
    env.run(&["panel", &panel_dir, "-f", "docx", "-o", "again.docx"])
        .code(0);
    assert_eq!(
        std::fs::read(env.path("again.docx")).expect("again"),
        std::fs::read(&path).expect("out")
    );
    // LibreOffice opens it and prints the sections, and where the groups disagree, a group's
    // rationale.
    let Some(pdfs) = libreoffice_pdfs(&env, std::slice::from_ref(&path)) else {
        return;
    };
    let text = &pdfs[0];
    let title = format!("Panel Brief: {}", collapse(string(&panel["proposal"]["title"])));
    let mut expected = vec![title.as_str()];
    expected.extend(&PANEL_SECTIONS[..4]);
    let prompt = collapse(string(&first["prompt"]));
    let start = plain_start(rationale);
    expected.extend([prompt.as_str(), group, start.as_str()]);
    expected.extend(&PANEL_SECTIONS[4..]);
    assert_in_order(text, &expected);
}

/// The first disagreement's first rationale: its group's label and its text.
fn first_rationale(panel: &serde_json::Value) -> (&str, &str) {
    let first = &list(&panel["panel"]["disagreements"])[0];
    list(&first["by_group"])
        .iter()
        .find_map(|answer| {
            let rationale = list(&answer["rationales"]).first()?;
            Some((string(&answer["group"]), string(&rationale["text"])))
        })
        .expect("a rationale where the groups disagree")
}

#[test]
fn hostile_text_in_change_and_panel_briefs_stays_text() {
    let env = TestEnv::new();
    let hostile = hostile_assessment();
    let with_group = |group: &str| {
        hostile.replace(
            "\n\n[answers.",
            &format!("\nstakeholder_group = '{group}'\n\n[answers."),
        )
    };
    env.write("old.toml", with_group("government"));
    env.write(
        "new.toml",
        with_group("civil-society").replace("level = 1", "level = 3"),
    );
    env.run(&["diff", "old.toml", "new.toml", "-f", "docx", "-o", "change.docx"])
        .code(0);
    env.run(&["panel", "old.toml", "new.toml", "-f", "docx", "-o", "panel.docx"])
        .code(0);
    for (file, title) in [("change.docx", "Change Brief: "), ("panel.docx", "Panel Brief: ")] {
        let parts = valid_package(&env.path(file));
        let document = xml_part(&parts, "word/document.xml");
        let text = document_text(&document);
        for literal in [HOSTILE_TITLE, HOSTILE_RATIONALE, "A <b>& B</b>; C ]]> \"D\""] {
            assert!(
                text.contains(literal),
                "{file}: not printed literally: {literal}\n{text}"
            );
        }
        let doc = roxmltree::Document::parse(&document).expect("document.xml");
        let texts_with_markup = doc
            .descendants()
            .filter(|node| node.has_tag_name((W, "t")))
            .filter(|node| node.children().any(|child| child.is_element()))
            .count();
        assert_eq!(texts_with_markup, 0, "{file}");
        let core = xml_part(&parts, "docProps/core.xml");
        assert_eq!(
            core_property(&core, "title"),
            Some(format!("{title}{HOSTILE_TITLE}")),
            "{file}"
        );
        assert_eq!(
            core_property(&core, "creator").as_deref(),
            Some("A <b>& B</b>; C ]]> \"D\""),
            "{file}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_word_file_goes_to_standard_output_but_never_to_a_terminal() {
    use std::time::Duration;

    use expectrl::process::unix::WaitStatus;
    use expectrl::{Eof, Expect, Session};

    let env = TestEnv::new();
    let (known, old, new, panel) = (
        repo("tests/fixtures/known.toml"),
        repo(CHANGE_OLD),
        repo(CHANGE_NEW),
        repo(PANEL),
    );
    let commands: [&[&str]; 3] = [
        &["render", &known, "-f", "docx", "-o", "-"],
        &["diff", &old, &new, "-f", "docx", "-o", "-"],
        &["panel", &panel, "-f", "docx", "-o", "-"],
    ];
    for args in commands {
        // Piped, the Word file is printed.
        let run = env.run(args);
        run.code(0);
        assert!(
            run.stdout.starts_with("PK\u{3}\u{4}"),
            "{args:?}: no zip on standard output"
        );
        // To a terminal, it is refused.
        let mut command = Command::new(env!("CARGO_BIN_EXE_impact-brief"));
        command.args(args).current_dir(env.dir.path()).env("NO_COLOR", "1");
        let mut session = Session::spawn(command).expect("spawn in a pty");
        session.set_expect_timeout(Some(Duration::from_secs(60)));
        if let Err(error) = session.expect("refusing to print a Word file to the terminal") {
            panic!("{args:?}: no refusal: {error}");
        }
        if let Err(error) = session.expect(Eof) {
            panic!("{args:?}: does not end: {error}");
        }
        match session.get_process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => assert_ne!(code, 0, "{args:?}"),
            other => panic!("{args:?}: did not exit normally: {other:?}"),
        }
    }
}

// ---------------------------------------------------------------- LibreOffice

/// Whether LibreOffice and poppler-utils are there to open the files and read them back. CI
/// must have both (`.ci/run` installs them), so there their absence fails the test; elsewhere the
/// test says on stderr what it skips.
fn libreoffice_present() -> bool {
    let soffice = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    let poppler = Command::new("pdftotext").arg("-v").output().is_ok();
    if !(soffice && poppler) {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "LibreOffice (soffice) and pdftotext are needed for the Word tests under CI: \
             apt-get install libreoffice-writer-nogui poppler-utils (.ci/run does)"
        );
        eprintln!(
            "SKIPPED: the LibreOffice round trip of the Word briefs: {} not installed \
             (apt-get install libreoffice-writer-nogui poppler-utils)",
            if soffice { "pdftotext is" } else { "soffice is" }
        );
    }
    soffice && poppler
}

/// Converts `files` to PDF with LibreOffice in one run, and returns each PDF's text with its
/// whitespace collapsed; `None` where LibreOffice is missing (never under CI).
fn libreoffice_pdfs(env: &TestEnv, files: &[PathBuf]) -> Option<Vec<String>> {
    let (out, output) = libreoffice_convert(env, files, "pdf")?;
    Some(
        files
            .iter()
            .map(|file| {
                let pdf = out.join(file.with_extension("pdf").file_name().expect("name"));
                assert!(
                    pdf.exists(),
                    "LibreOffice made no PDF of {}:\n{}",
                    file.display(),
                    String::from_utf8_lossy(&output.stderr)
                );
                let text = Command::new("pdftotext")
                    .args(["-enc", "UTF-8"])
                    .arg(&pdf)
                    .arg("-")
                    .output()
                    .expect("run pdftotext");
                assert!(text.status.success(), "pdftotext failed on {}", pdf.display());
                collapse(&String::from_utf8_lossy(&text.stdout))
            })
            .collect(),
    )
}

/// Has LibreOffice convert `files` to `to` (its `--convert-to` argument) in one run, into a
/// folder of the test's own; returns that folder and what it printed. `None` where LibreOffice is
/// missing (never under CI).
fn libreoffice_convert(env: &TestEnv, files: &[PathBuf], to: &str) -> Option<(PathBuf, std::process::Output)> {
    if !libreoffice_present() {
        return None;
    }
    let out = env.path("libreoffice");
    // Its own profile, so that tests running at the same time do not share one instance.
    let profile = format!("file://{}", env.path("libreoffice-profile").display());
    let output = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(&out)
        .args(files)
        .output()
        .expect("run soffice");
    assert!(
        output.status.success(),
        "soffice failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Some((out, output))
}

/// Text with its whitespace collapsed, as a reader would copy it.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Word brief says, after an advice, which other concerns it answers (`advice_under`), as
/// the other formats do.
#[test]
fn shared_advice_names_the_other_concerns_it_answers() {
    let env = TestEnv::new();
    let nigeria = repo("examples/nigeria-social-media-bill.toml");
    env.run(&["render", &nigeria, "-f", "docx", "-o", "out/"]).code(0);
    let parts = valid_package(&env.path("out/nigeria-social-media-bill.docx"));
    let text = document_text(&xml_part(&parts, "word/document.xml"));
    assert!(
        text.contains(
            "drop grounds that are vague or that shield the government from criticism, which can never justify a \
             restriction. It also answers the concerns under Openness: Licences, fees and the cost of getting online \
             (level 2 of 4); Openness: Central gateways and single points of control (level 2 of 4); Inclusiveness: \
             Staying connected to the global Internet (level 1 of 4)."
        ),
        "{text}"
    );
}

/// A right-to-left override in a title or an assessor's name reverses that value only: each value
/// closes it, in the Word brief's body, footer and properties, and in the HTML and Markdown
/// briefs, where the assessors are joined into one line.
#[test]
fn an_override_in_user_text_reverses_only_its_own_value() {
    let env = TestEnv::new();
    env.write(
        "rlo.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"Short \\u202eevil title\"\n\n\
         [assessment]\nassessors = [\"Ada \\u202eLovelace\", \"Grace Hopper\"]\n",
    );
    env.run(&["render", "rlo.toml", "-f", "docx,html,md", "-o", "out/"])
        .code(0);
    let parts = valid_package(&env.path("out/rlo.docx"));
    let closed_title = "Short \u{202e}evil title\u{202c}";
    let closed_names = "Ada \u{202e}Lovelace\u{202c}; Grace Hopper";
    let document = document_text(&xml_part(&parts, "word/document.xml"));
    assert!(document.contains(closed_title), "{document}");
    assert!(document.contains(closed_names), "{document}");
    let footer = xml_part(&parts, "word/footer1.xml");
    assert!(footer.contains(closed_title), "{footer}");
    let core = xml_part(&parts, "docProps/core.xml");
    assert_eq!(
        core_property(&core, "title"),
        Some(format!("Policy Impact Brief: {closed_title}"))
    );
    assert_eq!(core_property(&core, "creator").as_deref(), Some(closed_names));
    for brief in ["out/rlo.html", "out/rlo.md"] {
        let text = env.read(brief);
        assert!(text.contains(closed_names), "{brief}: {text}");
        assert!(!text.contains("Lovelace; Grace Hopper\u{202c}"), "{brief}");
    }
}

/// The footer gives the overall rating without its score, as the PDF's running header does: the
/// UK example's rating is capped by red flags at Serious concerns, and its score (54) is in the
/// band above.
#[test]
fn the_footer_gives_the_rating_without_a_score() {
    let env = TestEnv::new();
    let example = repo("examples/uk-online-safety-bill-encryption.toml");
    env.run(&["render", &example, "-f", "docx", "-o", "uk.docx"]).code(0);
    let footer = xml_part(&valid_package(&env.path("uk.docx")), "word/footer1.xml");
    assert!(footer.contains(" · Overall: Serious concerns · page "), "{footer}");
    assert!(!footer.contains("(54)"), "{footer}");
}

/// No empty paragraph stands for spacing, which a screen reader announces as "blank": the
/// paragraph after a table takes a gap above it, and an empty one is written only where Word
/// needs one, between two tables or after a table that ends the document.
#[test]
fn no_empty_paragraph_is_used_for_spacing() {
    let env = TestEnv::new();
    for (args, name) in [
        (
            vec![
                "render",
                &repo("tests/fixtures/known.toml"),
                "-f",
                "docx",
                "-o",
                "known.docx",
            ],
            "known.docx",
        ),
        (
            vec!["panel", &repo(PANEL), "-f", "docx", "-o", "panel.docx"],
            "panel.docx",
        ),
    ] {
        env.run(&args).code(0);
        let document = xml_part(&valid_package(&env.path(name)), "word/document.xml");
        let empty = r#"<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>"#;
        let mut rest = document.as_str();
        while let Some(at) = rest.find(empty) {
            let (before, after) = (&rest[..at], &rest[at + empty.len()..]);
            rest = after;
            // A cell must hold a paragraph, empty where the cell is.
            if before.ends_with("</w:tcPr>") && after.starts_with("</w:tc>") {
                continue;
            }
            assert!(
                before.ends_with("</w:tbl>"),
                "{name}: an empty paragraph not after a table"
            );
            assert!(
                after.starts_with("<w:tbl>") || after.starts_with("<w:sectPr"),
                "{name}: an empty paragraph after a table, before {}",
                after.chars().take(120).collect::<String>()
            );
        }
        assert!(
            document.contains(r#"</w:tbl><w:p><w:pPr><w:spacing w:before="160"/></w:pPr>"#)
                || document.contains(r#"</w:tbl><w:p><w:pPr><w:pStyle w:val="Heading"#),
            "{name}"
        );
    }
}

/// A Word brief opened and saved since it was written (as a reviewer does to comment or track
/// changes) is kept, not replaced, by `render` and `batch` alike, which say so and why, and write
/// the other formats all the same; `batch` does not remove it with a failed input's outputs
/// either. A Word brief still as written is replaced as any brief is.
#[test]
fn a_word_brief_saved_since_it_was_written_is_kept() {
    let env = TestEnv::new();
    env.write("bill.toml", crate::support::assessment(""));
    env.run(&["render", "bill.toml", "-f", "docx"]).code(0);
    let word = env.path("bill.docx");
    let rendered = std::fs::read(&word).expect("read");
    // Unchanged, and so replaced when the assessment changes.
    env.write(
        "bill.toml",
        crate::support::assessment("").replace("Test Bill", "Test Bill, as amended"),
    );
    env.run(&["render", "bill.toml", "-f", "docx"]).code(0);
    assert_ne!(
        std::fs::read(&word).expect("read"),
        rendered,
        "the unchanged copy is replaced"
    );

    // A brief an earlier version wrote, without the mark, is still the program's to replace.
    let unmarked = {
        use std::io::Write as _;
        let mut archive = zip::ZipArchive::new(std::fs::File::open(&word).expect("open")).expect("zip");
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for index in 0..archive.len() {
            let mut part = archive.by_index(index).expect("part");
            let mut bytes = Vec::new();
            part.read_to_end(&mut bytes).expect("read");
            zip.start_file(part.name(), zip::write::SimpleFileOptions::default())
                .expect("part");
            zip.write_all(&bytes).expect("bytes");
        }
        zip.finish().expect("zip").into_inner()
    };
    std::fs::write(&word, &unmarked).expect("write");
    env.run(&["render", "bill.toml", "-f", "docx"]).code(0);
    assert_ne!(
        std::fs::read(&word).expect("read"),
        unmarked,
        "an earlier version's brief is replaced"
    );

    // A reviewer's comment, saved as an editor saves: every part written anew, and no mark.
    let mut parts = parts(&word);
    let document = parts.get_mut("word/document.xml").expect("the document");
    *document = String::from_utf8(document.clone())
        .expect("UTF-8")
        .replacen(
            "</w:body>",
            "<w:p><w:r><w:t>Reviewed: see the comments.</w:t></w:r></w:p></w:body>",
            1,
        )
        .into_bytes();
    let saved = {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in &parts {
            zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
                .expect("part");
            zip.write_all(bytes).expect("bytes");
        }
        zip.finish().expect("zip").into_inner()
    };
    std::fs::write(&word, &saved).expect("write");
    let run = env.run(&["render", "bill.toml", "-f", "docx,md"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "bill.docx is not a Word document as impact-brief wrote it (it may have been opened and saved since, \
             with a reviewer's comments or tracked changes), so it is left as it is: move or rename it to have \
             the brief written again, or write the brief elsewhere"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(&word).expect("read"),
        saved,
        "the reviewer's copy is kept"
    );
    assert!(env.path("bill.md").is_file(), "the other format is written");
    // In the user's language.
    let run = env.run(&["render", "bill.toml", "-f", "docx", "--lang", "fr"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("bill.docx n’est pas un document Word tel qu’impact-brief l’a écrit"),
        "{}",
        run.stderr
    );

    // batch: kept, the other formats written, and not removed when the input fails.
    env.write("in/bill.toml", crate::support::assessment(""));
    env.run(&["batch", "in", "-o", "out", "-f", "docx,md", "--quiet"])
        .code(0);
    std::fs::write(env.path("out/bill.docx"), &saved).expect("write");
    std::fs::write(env.path("out/bill.md"), "old").expect("write");
    let says_kept = |run: &crate::support::Run| {
        run.code(1);
        assert!(
            run.stderr.contains("is not a Word document as impact-brief wrote it"),
            "{}",
            run.stderr
        );
    };
    says_kept(&env.run(&["batch", "in", "-o", "out", "-f", "docx,md", "--quiet"]));
    assert_ne!(env.read("out/bill.md"), "old", "the other format is written");
    env.write("in/bill.toml", "title = ");
    let run = env.run(&["batch", "in", "-o", "out", "-f", "docx,md", "--quiet"]);
    run.code(1);
    assert_eq!(
        std::fs::read(env.path("out/bill.docx")).expect("read"),
        saved,
        "never removed"
    );
    assert!(
        run.stderr.contains(
            "note: kept, as their owner's (read-only, or a Word copy saved since), though this run could not \
             bring them up to date: bill.docx"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !env.path("out/bill.md").exists(),
        "the stale Markdown brief is removed: {}",
        run.stderr
    );

    // The same for a copy LibreOffice has saved.
    env.run(&["render", "bill.toml", "-f", "docx", "-o", "fresh.docx"])
        .code(0);
    if let Some((out, _)) = libreoffice_convert(&env, &[env.path("fresh.docx")], "docx:MS Word 2007 XML") {
        let saved = std::fs::read(out.join("fresh.docx")).expect("LibreOffice's copy");
        std::fs::write(env.path("fresh.docx"), &saved).expect("write");
        says_kept(&env.run(&["render", "bill.toml", "-f", "docx", "-o", "fresh.docx"]));
        assert_eq!(std::fs::read(env.path("fresh.docx")).expect("read"), saved);
    }
}
