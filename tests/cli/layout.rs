//! No word of a PDF brief is drawn over another: the tables keep every column readable when the
//! words of French, Spanish or Portuguese are longer than English's, and a label column is as wide
//! as its longest label.

use std::path::Path;
use std::process::Command;

use crate::support::{TestEnv, repo};

/// One word of a page and its box, as `pdftotext -bbox` gives them.
struct Word {
    page: usize,
    text: String,
    x: (f64, f64),
    y: (f64, f64),
}

/// A number attribute of one `<word …>` element.
fn attribute(element: &str, name: &str) -> f64 {
    let start = element.find(&format!("{name}=\"")).expect("the attribute") + name.len() + 2;
    let end = start + element[start..].find('"').expect("its end");
    element[start..end].parse().expect("a number")
}

/// Every word of the PDF at `path`, page by page in reading order.
fn words(path: &Path) -> Vec<Word> {
    let out = Command::new("pdftotext")
        .args([
            std::ffi::OsStr::new("-bbox"),
            path.as_os_str(),
            std::ffi::OsStr::new("-"),
        ])
        .output()
        .expect("pdftotext (poppler-utils)");
    let xhtml = String::from_utf8_lossy(&out.stdout);
    let mut found = Vec::new();
    for (page, body) in xhtml.split("<page ").skip(1).enumerate() {
        for element in body.split("<word ").skip(1) {
            let (Some(open_end), Some(close)) = (element.find('>'), element.find("</word>")) else {
                continue;
            };
            found.push(Word {
                page: page + 1,
                text: element[open_end + 1..close].to_string(),
                x: (attribute(element, "xMin"), attribute(element, "xMax")),
                y: (attribute(element, "yMin"), attribute(element, "yMax")),
            });
        }
    }
    found
}

/// The pairs of words drawn over each other: their boxes overlap by more than a point across and
/// by more than half a line down. Words near each other in reading order are compared, which is
/// where a column's text runs into its neighbour's.
pub fn overlapping_words(path: &Path) -> Vec<String> {
    let words = words(path);
    let mut overlaps = Vec::new();
    for (i, a) in words.iter().enumerate() {
        for b in words.iter().skip(i + 1).take(40).filter(|b| b.page == a.page) {
            let across = a.x.1.min(b.x.1) - a.x.0.max(b.x.0);
            let down = a.y.1.min(b.y.1) - a.y.0.max(b.y.0);
            let line = (a.y.1 - a.y.0).min(b.y.1 - b.y.0);
            if across > 1.0 && down > 0.5 * line {
                overlaps.push(format!("page {}: {:?} over {:?}", a.page, a.text, b.text));
            }
        }
    }
    overlaps
}

/// The panel brief and the change brief in every language, and an English brief whose rubric
/// names once ran under its ratings, are drawn with no word over another.
#[test]
fn no_word_is_drawn_over_another() {
    let env = TestEnv::new();
    let mut pdfs = Vec::new();
    for lang in ["en", "fr", "es", "pt"] {
        let panel = format!("panel-{lang}.pdf");
        env.run(&[
            "panel",
            &repo("examples/panel/eu-csa-regulation"),
            "--lang",
            lang,
            "-f",
            "pdf",
            "-o",
            &panel,
        ])
        .code(0);
        let change = format!("change-{lang}.pdf");
        env.diff_shipped_change(&["--lang", lang, "-f", "pdf", "-o", &change])
            .code(0);
        pdfs.extend([panel, change]);
    }
    env.run(&[
        "render",
        &repo("examples/calibration/itu-t-new-ip-proposal-2019.toml"),
        "-f",
        "pdf",
        "-o",
        "itu.pdf",
    ])
    .code(0);
    pdfs.push("itu.pdf".to_string());
    for pdf in &pdfs {
        let path = env.path(pdf);
        assert!(words(&path).len() > 500, "{pdf}: pdftotext read too few words");
        let overlaps = overlapping_words(&path);
        assert!(overlaps.is_empty(), "{pdf}: {overlaps:#?}");
    }
}
