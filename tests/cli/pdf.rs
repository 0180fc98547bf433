//! PDF briefs: real PDFs whose text (read back with pdftotext) holds every section, the scores and
//! user text exactly as typed; identical bytes for identical input; the same findings as the
//! Markdown and HTML briefs; and clear errors for broken templates and a missing typst program.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use crate::support::{TestEnv, assert_in_order, assessment, examples, json_lines, repo};

/// Whether poppler-utils is there to read PDFs back. CI must have it (`.ci/run` installs it), so
/// there its absence fails the test; elsewhere the tests say on stderr what they skip and still
/// check that every PDF renders.
fn poppler_present() -> bool {
    static PRESENT: OnceLock<bool> = OnceLock::new();
    let present = *PRESENT.get_or_init(|| Command::new("pdftotext").arg("-v").output().is_ok());
    if !present {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdftotext is needed for the PDF tests: apt-get install poppler-utils"
        );
        eprintln!("poppler-utils is not installed: PDF text, page and font checks skipped");
    }
    present
}

/// The text of a PDF where poppler-utils is there (always under CI), else `None`.
pub fn pdf_text_if_possible(path: &Path) -> Option<String> {
    poppler_present().then(|| pdf_text(path))
}

/// The text of page `page` (from 1) of a PDF, whitespace collapsed: what a reader sees there.
pub fn page_text(path: &Path, page: usize) -> String {
    let page = page.to_string();
    pdftotext(path, &["-f", &page, "-l", &page])
}

/// The text of a PDF, whitespace collapsed, as a reader would copy it.
pub fn pdf_text(path: &Path) -> String {
    pdftotext(path, &[])
}

/// What `pdftotext` reads in a PDF with `args`, whitespace collapsed.
fn pdftotext(path: &Path, args: &[&str]) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is needed for the PDF tests: apt-get install poppler-utils");
    assert!(output.status.success(), "pdftotext failed on {}", path.display());
    collapse(&String::from_utf8_lossy(&output.stdout))
}

fn collapse(text: &str) -> String {
    // pdftotext breaks lines and may hyphenate; zero-width spaces are invisible break hints.
    text.replace('\u{200b}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The page count and page size of a PDF, as pdfinfo gives them.
pub fn page_info(path: &Path) -> (usize, String) {
    let output = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&output.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let size = info
        .lines()
        .find_map(|line| line.strip_prefix("Page size:"))
        .unwrap_or("")
        .trim()
        .to_string();
    (pages, size)
}

const HEADINGS: [&str; 8] = [
    "Policy Impact Brief:",
    "Summary",
    "Scorecard",
    "The proposal",
    "Findings",
    "Recommendations",
    "Open questions",
    "Methodology",
];

#[test]
fn every_example_is_a_real_pdf_with_all_sections_and_scores() {
    let env = TestEnv::new();
    for example in examples() {
        env.run(&["render", &example.to_string_lossy(), "-f", "pdf", "-o", "out/"])
            .code(0);
        let name = example.file_stem().expect("stem").to_string_lossy().into_owned();
        let pdf = env.path(&format!("out/{name}.pdf"));
        let bytes = std::fs::read(&pdf).expect("pdf");
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
        if !poppler_present() {
            continue;
        }
        let (pages, _) = page_info(&pdf);
        assert!((3..=25).contains(&pages), "{name}: {pages} pages");
        let text = pdf_text(&pdf);
        assert_in_order(&text, &HEADINGS);
        let json = env.run(&["score", &example.to_string_lossy(), "--json"]);
        let brief: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
        for rubric in brief["rubrics"].as_array().expect("rubrics") {
            let score = rubric["score"].as_f64().map(|s| format!("{s:.0}")).unwrap_or_default();
            assert!(text.contains(&score), "{name}: score {score} of {}", rubric["id"]);
        }
        assert!(
            text.contains(brief["overall"]["rating"].as_str().expect("rating")),
            "{name}"
        );
        // Page 1 opens with both verdicts, and lists what was found not affected.
        let first_page = collapse(&text[..text.find("Scorecard").unwrap_or(text.len())]);
        for dimension in brief["overall"]["dimensions"].as_array().expect("dimensions") {
            let label = if dimension["id"] == "effect" {
                "Effect on the Internet"
            } else {
                "Process"
            };
            // The box sets labels and verdicts in columns, which pdftotext reads apart.
            let verdict = dimension["verdict"].as_str().expect("verdict");
            assert!(first_page.contains(label), "{name}: {label}");
            assert!(first_page.contains(&collapse(verdict)), "{name}: {verdict}");
        }
        let not_affected = brief["not_affected"].as_array().expect("not affected");
        if let Some(first) = not_affected.first() {
            assert!(first_page.contains("Considered, no effect found"), "{name}");
            let area = collapse(first["area"].as_str().expect("area"));
            assert!(first_page.contains(&area), "{name}: {area}");
        }
        page_one_says_what_the_assessors_found(&name, &pdf, &brief);
    }
}

/// Page 1 of a PDF brief (`pdftotext -f 1 -l 1`): every main concern is there by its finding and
/// provisions (so every red flag that page 1 names), at most five of them; no level text is
/// printed as a claim.
fn page_one_says_what_the_assessors_found(name: &str, pdf: &Path, brief: &serde_json::Value) {
    let page = page_text(pdf, 1);
    let concerns = brief["summary"]["main_concerns"].as_array().expect("main concerns");
    assert!(concerns.len() <= 5, "{name}: {} concerns on page 1", concerns.len());
    // The page may end inside the list: what it shows must be the first concerns, in order.
    let mut shown = 0;
    for concern in concerns {
        let Some(finding) = concern["finding"].as_str() else {
            continue;
        };
        let start: String = collapse(finding).chars().take(60).collect();
        if !page.contains(&start) {
            break;
        }
        shown += 1;
        if page.contains(&collapse(finding)) {
            for provision in concern["provisions"].as_array().expect("provisions") {
                let provision = collapse(provision.as_str().expect("provision"));
                assert!(
                    page.contains(&provision),
                    "{name}: provision {provision} of {}",
                    concern["question"]
                );
            }
        }
    }
    let flags = brief["summary"]["red_flags"].as_array().expect("red flags");
    if !flags.is_empty() {
        assert!(shown > 0, "{name}: page 1 names no red flag by its finding");
    }
    for question in brief["rubrics"]
        .as_array()
        .expect("rubrics")
        .iter()
        .flat_map(|rubric| rubric["questions"].as_array().expect("questions"))
    {
        if let Some(level_text) = question["level_text"].as_str() {
            assert!(
                !page.contains(&collapse(level_text)),
                "{name}: page 1 prints the level text of {} as a claim",
                question["id"]
            );
        }
    }
}

/// The fonts a PDF uses, one `(name, embedded)` per line of `pdffonts`, subset tags removed.
pub fn pdf_fonts(path: &Path) -> Vec<(String, bool)> {
    let output = Command::new("pdffonts")
        .arg(path)
        .output()
        .expect("pdffonts (poppler-utils)");
    assert!(output.status.success(), "pdffonts failed on {}", path.display());
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(2)
        .filter_map(|line| {
            let columns: Vec<&str> = line.split_whitespace().collect();
            let name = columns.first()?;
            let name = name.split_once('+').map_or(*name, |(_, name)| name);
            // name, type (one or more words), encoding, then emb, sub, uni, object id, generation
            let embedded = columns.len().checked_sub(5).and_then(|at| columns.get(at))? == &"yes";
            Some((name.to_string(), embedded))
        })
        .collect()
}

#[test]
fn every_font_is_embedded_and_bold_shares_the_semibold_face() {
    let env = TestEnv::new();
    env.run(&[
        "render",
        &repo("examples/uk-online-safety-bill-encryption.toml"),
        "-f",
        "pdf",
        "-o",
        "x.pdf",
    ])
    .code(0);
    if !poppler_present() {
        return;
    }
    let fonts = pdf_fonts(&env.path("x.pdf"));
    assert!(!fonts.is_empty(), "no fonts listed");
    for (name, embedded) in &fonts {
        assert!(embedded, "{name} is not embedded: {fonts:?}");
    }
    let names: Vec<&str> = fonts.iter().map(|(name, _)| name.as_str()).collect();
    assert!(names.iter().any(|name| name.contains("Semibold")), "{names:?}");
    // Strong text and headings are both semibold: a separate bold face would be
    // embedded, subset and compressed in every brief for no visible purpose.
    assert!(!names.iter().any(|name| name.contains("-Bold")), "{names:?}");
}

#[test]
fn typst_and_markdown_specials_print_exactly_as_typed() {
    let env = TestEnv::new();
    let rationale =
        r#"Typst code #read("/etc/passwd") and #set page(fill: red) ] [ $x^2$ @label <x> a * b _c 100% = {x} end"#;
    env.write(
        "inject.toml",
        assessment(&format!("[answers.openness.participation]\nlevel = 1\nrationale = '''{rationale}'''\nevidence = ['#image(\"/etc/hostname\")']\n"))
            .replace("title = \"Test Bill\"", "title = '#read(\"/etc/passwd\") ]* $'"),
    );
    env.run(&["render", "inject.toml", "-f", "pdf", "-o", "inject.pdf"])
        .code(0);
    if !poppler_present() {
        return;
    }
    let text = pdf_text(&env.path("inject.pdf"));
    assert!(text.contains(rationale), "{text}");
    assert!(
        text.contains("Policy Impact Brief: #read(\"/etc/passwd\") ]* $"),
        "{text}"
    );
    assert!(text.contains("#image(\"/etc/hostname\")"));
    // No file was read: nothing of /etc/passwd reached the PDF.
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    if let Some(first) = passwd.lines().next().filter(|line| line.len() > 8) {
        assert!(!text.contains(first));
    }
}

#[test]
fn same_input_same_bytes() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.run(&["render", &known, "-f", "pdf", "-o", "one.pdf"]).code(0);
    env.run(&["render", &known, "-f", "pdf", "-o", "two.pdf"]).code(0);
    assert_eq!(
        std::fs::read(env.path("one.pdf")).expect("one"),
        std::fs::read(env.path("two.pdf")).expect("two")
    );
}

#[test]
fn findings_and_recommendations_agree_across_formats() {
    let env = TestEnv::new();
    let example = repo("examples/south-korea-network-fees.toml");
    env.run(&["render", &example, "-f", "md,html,pdf,json", "-o", "out/"])
        .code(0);
    let brief: serde_json::Value = serde_json::from_str(&env.read("out/south-korea-network-fees.json")).expect("json");
    let md = collapse(&env.read("out/south-korea-network-fees.md"));
    let html = collapse(&env.read("out/south-korea-network-fees.html"));
    let pdf = poppler_present().then(|| pdf_text(&env.path("out/south-korea-network-fees.pdf")));
    let html_escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    let mut expected: Vec<String> = Vec::new();
    for rubric in brief["rubrics"].as_array().expect("rubrics") {
        for question in rubric["questions"].as_array().expect("questions") {
            expected.push(question["prompt"].as_str().expect("prompt").to_string());
            // The position on the scale and what the assessors found.
            if let Some(level) = question["level_text"].as_str() {
                expected.push(level.to_string());
            }
            if let Some(finding) = question["finding"].as_str() {
                expected.push(finding.to_string());
            }
        }
    }
    for recommendation in brief["recommendations"].as_array().expect("recommendations") {
        expected.push(recommendation["text"].as_str().expect("text").to_string());
    }
    for open in brief["open_questions"].as_array().expect("open") {
        expected.push(open["prompt"].as_str().expect("prompt").to_string());
    }
    assert!(expected.len() > 30);
    for text in &expected {
        let text = collapse(text);
        if let Some(pdf) = &pdf {
            // pdftotext drops the hyphen of a compound broken at a line end ("sending-" /
            // "party-pays" reads "sendingparty-pays"): compare without hyphens.
            assert!(
                pdf.replace('-', "").contains(&text.replace('-', "")),
                "PDF lacks: {text}"
            );
        }
        assert!(html.contains(&collapse(&html_escape(&text))), "HTML lacks: {text}");
        // Markdown escapes punctuation with backslashes; compare without them.
        assert!(md.replace('\\', "").contains(&text), "Markdown lacks: {text}");
    }
}

#[test]
fn paper_sizes_and_pdf_standards() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.run(&["render", &known, "-f", "pdf", "-o", "a4.pdf"]).code(0);
    env.run(&[
        "render",
        &known,
        "-f",
        "pdf",
        "-o",
        "letter.pdf",
        "--paper",
        "us-letter",
    ])
    .code(0);
    env.run(&["render", &known, "-f", "pdf", "-o", "ua.pdf", "--pdf-standard", "ua-1"])
        .code(0);
    env.run(&["render", &known, "-f", "pdf", "-o", "a2b.pdf", "--pdf-standard", "a-2b"])
        .code(0);
    let tagged = std::fs::read(env.path("ua.pdf")).expect("ua");
    let contains = |needle: &[u8]| tagged.windows(needle.len()).any(|window| window == needle);
    assert!(contains(b"StructTreeRoot"), "tagged PDF");
    assert!(contains(b"pdfuaid"), "PDF/UA identification");
    if !poppler_present() {
        return;
    }
    assert!(
        page_info(&env.path("a4.pdf")).1.starts_with("595.276 x 841.89"),
        "{}",
        page_info(&env.path("a4.pdf")).1
    );
    assert!(
        page_info(&env.path("letter.pdf")).1.starts_with("612 x 792"),
        "{}",
        page_info(&env.path("letter.pdf")).1
    );
}

/// The methodology is an annex: it starts a page of its own in a brief and in a panel, so that the
/// findings end before it (and Typst lays the two parts out side by side).
/// The running header gives the overall rating alone: beside a rating capped by red flags, a score
/// in another band (54, "Weak", beside "Serious concerns") read as a contradiction that only page
/// 1 explains.
#[test]
fn the_running_header_gives_the_rating_without_a_score() {
    let env = TestEnv::new();
    let brief = repo("examples/uk-online-safety-bill-encryption.toml");
    env.run(&["render", &brief, "-f", "pdf", "-o", "brief.pdf"]).code(0);
    let page = page_text(&env.path("brief.pdf"), 2);
    assert!(
        page.starts_with("Online Safety Bill (draft, May 2021): end-to-end encryption Overall Serious concerns •"),
        "{page}"
    );
}

#[test]
fn the_methodology_starts_a_page_of_its_own() {
    let env = TestEnv::new();
    let brief = repo("examples/uk-online-safety-bill-encryption.toml");
    let panel = repo("examples/panel/eu-csa-regulation");
    env.run(&["render", &brief, "-f", "pdf", "-o", "brief.pdf"]).code(0);
    env.run(&["panel", &panel, "-f", "pdf", "-o", "panel.pdf"]).code(0);
    if !poppler_present() {
        return;
    }
    // The heading that comes last before the methodology in each: the brief's open questions,
    // the panel's recommendations.
    for (pdf, before) in [("brief.pdf", "Open questions"), ("panel.pdf", "Recommendations")] {
        let path = env.path(pdf);
        let (pages, _) = page_info(&path);
        let texts: Vec<String> = (1..=pages).map(|page| page_text(&path, page)).collect();
        let starts = texts
            .iter()
            .position(|text| text.contains("Methodology This brief follows"))
            .unwrap_or_else(|| panic!("{pdf}: no page starts the methodology"));
        assert!(
            !texts[starts].contains(before),
            "{pdf}: page {} holds both {before} and the methodology: {}",
            starts + 1,
            texts[starts]
        );
        assert!(
            texts[..starts].iter().any(|text| text.contains(before)),
            "{pdf}: {before} is not before the methodology"
        );
    }
}

#[test]
fn long_title_and_long_rationale_render() {
    let env = TestEnv::new();
    let title = "A Bill to Make Provision for and in Connection with the Regulation of Online Services, Communications Networks and Related Infrastructure, and for Connected Purposes Including Enforcement Powers";
    assert!(title.len() > 190);
    let words: Vec<String> = (0..2000).map(|n| format!("word{n}")).collect();
    let rationale = format!(
        "{} https://example.org/a/very/long/path/that/keeps/going/and/going/without/any/space/at/all/index.html **end of rationale**",
        words.join(" ")
    );
    env.write("long.toml", assessment(&format!("[answers.openness.participation]\nlevel = 2\nrationale = \"\"\"{rationale}\"\"\"\nevidence = [\"https://example.org/another/extremely/long/link/with/many/segments/that/would/overflow/a/table/cell.pdf\"]\n")).replace("Test Bill", title));
    env.run(&["render", "long.toml", "-f", "pdf", "-o", "long.pdf"]).code(0);
    if !poppler_present() {
        return;
    }
    let text = pdf_text(&env.path("long.pdf"));
    assert!(text.contains("word1999"), "the whole rationale is there");
    assert!(text.contains("end of rationale"));
    let (pages, _) = page_info(&env.path("long.pdf"));
    assert!(pages < 30, "{pages} pages");
}

#[test]
fn typst_bundle_holds_template_and_data() {
    let env = TestEnv::new();
    env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "-f",
        "typ",
        "-o",
        "bundle/",
    ])
    .code(0);
    let template = env.read("bundle/known-typst/brief.typ");
    assert!(
        template.contains("json(\"/data.json\")"),
        "the template reads its data as JSON"
    );
    // data.json is the template's contract: pinned whole, one value per line for a readable diff.
    let data = env.read("bundle/known-typst/data.json");
    insta::assert_snapshot!("known-typst-data.json", env.normalise(&json_lines(&data)));
}

/// Every `-f typ` folder (brief, panel, change) holds its template, the common.typ it imports
/// and its data, and compiles as it is with the stand-alone `typst compile`.
#[test]
fn typst_bundles_compile_stand_alone() {
    let env = TestEnv::new();
    env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "-f",
        "typ",
        "-o",
        "brief/",
    ])
    .code(0);
    env.run(&[
        "panel",
        &repo("examples/panel/eu-csa-regulation"),
        "-f",
        "typ",
        "-o",
        "panel/",
    ])
    .code(0);
    env.diff_shipped_change(&["-f", "typ", "-o", "change/"]).code(0);
    let bundles: Vec<(std::path::PathBuf, &str)> =
        [("brief", "brief.typ"), ("panel", "panel.typ"), ("change", "change.typ")]
            .into_iter()
            .map(|(out, template)| {
                let folder = std::fs::read_dir(env.path(out))
                    .expect("out folder")
                    .map(|entry| entry.expect("entry").path())
                    .find(|path| path.is_dir())
                    .unwrap_or_else(|| panic!("a Typst folder in {out}/"));
                (folder, template)
            })
            .collect();
    for (folder, template) in &bundles {
        for file in [*template, "common.typ", "data.json"] {
            assert!(folder.join(file).is_file(), "{} lacks {file}", folder.display());
        }
        let text = std::fs::read_to_string(folder.join(template)).expect("template");
        assert!(
            text.contains("#import \"common.typ\": *"),
            "{template} imports common.typ"
        );
    }
    if Command::new("typst").arg("--version").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the stand-alone typst is needed to compile the folders: \
             cargo install --locked typst-cli --version 0.15.1"
        );
        eprintln!("typst is not installed: stand-alone compilation not checked here");
        return;
    }
    for (folder, template) in &bundles {
        let output = Command::new("typst")
            .current_dir(folder)
            .args(["compile", "--ignore-system-fonts", template, "out.pdf"])
            .output()
            .expect("typst");
        assert!(
            output.status.success(),
            "typst compile {template} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(folder.join("out.pdf").is_file());
    }
}

/// Renders the known fixture to x.pdf with the templates in `tpl/`.
fn render_with_templates(env: &TestEnv) -> crate::support::Run {
    env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "-f",
        "pdf",
        "-o",
        "x.pdf",
        "--templates",
        "tpl",
    ])
}

#[test]
fn broken_user_template_reports_typst_diagnostics() {
    let env = TestEnv::new();
    env.write(
        "tpl/brief.typ",
        "#let data = json(\"/data.json\")\n= Title\n#let x = (1, 2\nmore\n",
    );
    let run = render_with_templates(&env);
    run.code(1);
    assert!(run.stderr.contains("tpl/brief.typ:3:"), "{}", run.stderr);
    assert!(run.stderr.contains("error:"), "{}", run.stderr);
    assert!(!env.path("x.pdf").exists(), "no half-written output");
    env.write("tpl/brief.typ", "#read(\"/etc/passwd\")\n");
    let run = render_with_templates(&env);
    run.code(1);
    assert!(!run.stderr.contains("root:"), "{}", run.stderr);
}

#[test]
fn typst_cli_engine_missing_program_says_how_to_fix() {
    let env = TestEnv::new();
    let run = env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "-f",
        "pdf",
        "-o",
        "x.pdf",
        "--engine",
        "typst-cli",
        "--typst",
        "/nonexistent/typst",
    ]);
    run.code(1);
    assert!(run.stderr.contains("typst program was not found"), "{}", run.stderr);
    assert!(run.stderr.contains("--engine embedded"), "{}", run.stderr);
}

#[test]
fn typst_cli_engine_gives_the_same_text_where_installed() {
    if Command::new("typst").arg("--version").output().is_err() {
        // CI must compare the engines (`.ci/run` installs typst-cli and fails if it cannot).
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the stand-alone typst is needed for the engine comparison: \
             cargo install --locked typst-cli --version 0.15.1"
        );
        eprintln!("typst is not installed: engine parity not checked here");
        return;
    }
    if !poppler_present() {
        return;
    }
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.run(&["render", &known, "-f", "pdf", "-o", "embedded.pdf"]).code(0);
    env.run(&["render", &known, "-f", "pdf", "-o", "cli.pdf", "--engine", "typst-cli"])
        .code(0);
    assert_eq!(pdf_text(&env.path("embedded.pdf")), pdf_text(&env.path("cli.pdf")));
}

/// The box of the first word `word` on page 1 of a PDF (`pdftotext -bbox-layout`), in points
/// from the top left: `(x_min, y_min, x_max, y_max)`.
fn word_box(pdf: &Path, word: &str) -> (f64, f64, f64, f64) {
    let output = Command::new("pdftotext")
        .args(["-bbox-layout", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let xml = String::from_utf8_lossy(&output.stdout);
    let line = xml
        .lines()
        .find(|line| line.contains("<word ") && line.trim_end().ends_with(&format!(">{word}</word>")))
        .unwrap_or_else(|| panic!("no word {word} on page 1"));
    let attribute = |name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        let end = start + line[start..].find('"').expect("closing quote");
        line[start..end].parse().expect("a number")
    };
    (
        attribute("xMin"),
        attribute("yMin"),
        attribute("xMax"),
        attribute("yMax"),
    )
}

/// Page 1 of a PDF as a grey image (`pdftoppm -gray`, binary PGM): width, height and one byte a
/// pixel, row after row, 255 white.
fn page_one_pixels(pdf: &Path, dpi: u32, dir: &Path) -> (usize, usize, Vec<u8>) {
    let prefix = dir.join("page");
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", &dpi.to_string(), "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success(), "pdftoppm failed");
    let bytes = std::fs::read(prefix.with_extension("pgm")).expect("page.pgm");
    // Header: "P5", width, height, maximum value, each followed by one whitespace byte.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
        at += 1;
    }
    assert_eq!(fields[0], "P5", "a binary grey map");
    let (width, height): (usize, usize) = (fields[1].parse().expect("width"), fields[2].parse().expect("height"));
    (width, height, bytes[at..at + width * height].to_vec())
}

/// The rule under THEN and NOW at the head of a change brief's first page is drawn at the foot of
/// the header row: below the labels and above the first row (Stage), not through either.
#[test]
fn change_brief_then_now_rule_sits_under_the_header_row() {
    let env = TestEnv::new();
    env.diff_shipped_change(&["-f", "pdf", "-o", "change.pdf"]).code(0);
    if !poppler_present() {
        return;
    }
    let pdf = env.path("change.pdf");
    let then = word_box(&pdf, "THEN");
    let now = word_box(&pdf, "NOW");
    let stage = word_box(&pdf, "Stage");
    assert!(then.3 < stage.1, "THEN sits above Stage: {then:?} {stage:?}");

    let dpi = 144;
    let scale = f64::from(dpi) / 72.0;
    let (width, height, pixels) = page_one_pixels(&pdf, dpi, &env.path(""));
    // Every pixel row from the top of the labels to the foot of the Stage row that a long
    // horizontal rule crosses: a run of non-white pixels under both columns, wider than any word.
    let pixel = |points: f64| -> usize {
        // A page coordinate, positive and a few hundred points at most, as a whole pixel index.
        format!("{:.0}", (points * scale).max(0.0))
            .parse()
            .expect("a pixel index")
    };
    let (top, bottom) = (pixel(then.1), (pixel(stage.3) + 2).min(height));
    let (left, right) = (pixel(then.0), pixel(now.2).min(width));
    let rule_rows: Vec<f64> = (top..bottom)
        .filter(|&y| {
            let row = &pixels[y * width..(y + 1) * width];
            row[left..right].iter().all(|&value| value < 250)
        })
        .map(|y| y as f64 / scale)
        .collect();
    assert!(!rule_rows.is_empty(), "no rule between THEN/NOW and the Stage row");
    for y in &rule_rows {
        assert!(
            *y > then.3 && *y > now.3 && *y < stage.1,
            "the rule at {y:.1}pt is not between the labels (foot {:.1}pt) and the Stage row (top {:.1}pt)",
            then.3,
            stage.1
        );
    }
}

#[test]
fn control_characters_pasted_into_a_text_never_reach_the_pdf() {
    let env = TestEnv::new();
    env.write(
        "bell.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"Bell\\u0007 Bill\"\nsummary = \"Pasted\\u001b[31m text\\u007f.\"\n",
    );
    let run = env.run(&["render", "bell.toml", "-f", "pdf", "-o", "bell.pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&env.path("bell.pdf"));
    assert!(!text.chars().any(|c| c.is_control() && !c.is_whitespace()), "{text:?}");
    assert!(text.contains("Bell\u{fffd} Bill"), "{text}");
}
