//! Whole outputs of the panel brief, the change brief, the brief with a consultation ledger and
//! the Word files, pinned by snapshot: any change to what they say or how they are laid out shows
//! in review as a diff of the snapshot.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::support::{TestEnv, json_lines, repo};

const PANEL: &str = "examples/panel/eu-csa-regulation";
const OLD: &str = "examples/changes/eu-csa-regulation-commission-proposal.toml";
const NEW: &str = "examples/changes/eu-csa-regulation-council-position.toml";
const LEDGER: &str = "examples/consultation/uk-online-safety-bill-encryption.toml";

/// `word/document.xml` of a Word file, one paragraph, table or row a line, so that a snapshot of
/// it shows a readable diff. Only line ends are added (user text has its `<` escaped, so no
/// break falls inside it): the snapshot still fixes every byte of the part.
pub fn document_xml(path: &Path) -> String {
    let file = std::fs::File::open(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut archive = zip::ZipArchive::new(file).expect("a zip package");
    let mut parts = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("a zip entry");
        let mut text = String::new();
        if entry.read_to_string(&mut text).is_ok() {
            parts.insert(entry.name().to_string(), text);
        }
    }
    let xml = parts.remove("word/document.xml").expect("word/document.xml");
    let mut out = String::with_capacity(xml.len() + xml.len() / 20);
    let mut rest = xml.as_str();
    while let Some(at) = ["<w:p>", "<w:p ", "<w:tbl>", "<w:tr>", "<w:tr ", "<w:sectPr"]
        .iter()
        .filter_map(|tag| rest[1..].find(tag).map(|at| at + 1))
        .min()
    {
        out.push_str(&rest[..at]);
        out.push('\n');
        rest = &rest[at..];
    }
    out.push_str(rest);
    out
}

/// The `data.json` of the one Typst bundle folder in `out/`.
fn bundle_data(env: &TestEnv) -> String {
    let bundle = std::fs::read_dir(env.path("out"))
        .expect("out/")
        .map(|entry| entry.expect("entry").path())
        .find(|path| path.is_dir())
        .expect("a Typst bundle folder");
    std::fs::read_to_string(bundle.join("data.json")).expect("data.json")
}

/// Runs `impact-brief ARGS`, which must succeed.
fn render(env: &TestEnv, args: &[&str]) {
    let run = env.run(args);
    run.code(0);
}

#[test]
fn panel_brief_in_every_format() {
    let env = TestEnv::new();
    let panel = repo(PANEL);
    for format in ["md", "html", "json", "docx"] {
        render(
            &env,
            &["panel", &panel, "-f", format, "-o", &format!("out/panel.{format}")],
        );
    }
    render(&env, &["panel", &panel, "-f", "typ", "-o", "out/"]);
    insta::assert_snapshot!("panel.md", env.normalise(&env.read("out/panel.md")));
    insta::assert_snapshot!("panel.html", env.normalise(&env.read("out/panel.html")));
    insta::assert_snapshot!("panel.json", env.normalise(&env.read("out/panel.json")));
    insta::assert_snapshot!(
        "panel.docx.xml",
        env.normalise(&document_xml(&env.path("out/panel.docx")))
    );
    let data = bundle_data(&env);
    insta::assert_snapshot!("panel-typst-data.json", env.normalise(&json_lines(&data)));
}

#[test]
fn change_brief_in_every_format() {
    let env = TestEnv::new();
    let (old, new) = (repo(OLD), repo(NEW));
    for format in ["md", "html", "json", "docx"] {
        render(
            &env,
            &["diff", &old, &new, "-f", format, "-o", &format!("out/change.{format}")],
        );
    }
    render(&env, &["diff", &old, &new, "-f", "typ", "-o", "out/"]);
    insta::assert_snapshot!("change.md", env.normalise(&env.read("out/change.md")));
    insta::assert_snapshot!("change.html", env.normalise(&env.read("out/change.html")));
    insta::assert_snapshot!("change.json", env.normalise(&env.read("out/change.json")));
    insta::assert_snapshot!(
        "change.docx.xml",
        env.normalise(&document_xml(&env.path("out/change.docx")))
    );
    let data = bundle_data(&env);
    insta::assert_snapshot!("change-typst-data.json", env.normalise(&json_lines(&data)));
}

#[test]
fn brief_with_a_ledger_in_every_format() {
    let env = TestEnv::new();
    let ledger = repo(LEDGER);
    render(&env, &["render", &ledger, "-f", "md,html,json,docx,typ", "-o", "out/"]);
    let name = "out/uk-online-safety-bill-encryption";
    insta::assert_snapshot!("ledger.md", env.normalise(&env.read(&format!("{name}.md"))));
    insta::assert_snapshot!("ledger.html", env.normalise(&env.read(&format!("{name}.html"))));
    insta::assert_snapshot!("ledger.json", env.normalise(&env.read(&format!("{name}.json"))));
    insta::assert_snapshot!(
        "ledger.docx.xml",
        env.normalise(&document_xml(&env.path(&format!("{name}.docx"))))
    );
    let data = bundle_data(&env);
    insta::assert_snapshot!("ledger-typst-data.json", env.normalise(&json_lines(&data)));
}

#[test]
fn example_brief_in_word() {
    let env = TestEnv::new();
    render(
        &env,
        &[
            "render",
            &repo("examples/eu-nis2-dns-scope.toml"),
            "-f",
            "docx",
            "-o",
            "out/",
        ],
    );
    insta::assert_snapshot!(
        "eu-nis2.docx.xml",
        env.normalise(&document_xml(&env.path("out/eu-nis2-dns-scope.docx")))
    );
}

#[test]
fn known_brief_in_word() {
    let env = TestEnv::new();
    render(
        &env,
        &["render", &repo("tests/fixtures/known.toml"), "-f", "docx", "-o", "out/"],
    );
    insta::assert_snapshot!(
        "known.docx.xml",
        env.normalise(&document_xml(&env.path("out/known.docx")))
    );
}
