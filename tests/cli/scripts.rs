//! Text in every script a brief may hold: Arabic (joined, right to left), Hebrew, Chinese,
//! Japanese, Korean, Devanagari, Cyrillic and Greek print in the PDF with a font each and read
//! back intact; a script no font has is named on stderr; `--font-path` and
//! `--ignore-system-fonts` decide where fonts come from.
//!
//! Chinese, Japanese and Korean come from the system's fonts (`.ci/run` installs fonts-noto-cjk):
//! under CI their absence fails the test, elsewhere those checks are skipped with a note.

use std::path::Path;
use std::process::Command;

use crate::support::{TestEnv, assessment};

/// Arabic without the lam-alef ligatures (لا, لى): pdftotext writes the letters of a ligature in
/// right-to-left text in visual order (إلى comes back as إىل), the only change it makes.
const ARABIC: &str = "العربية مكتوبة من اليمين";
const HEBREW: &str = "עברית מימין לשמאל";
/// Left to right, in the order written: compared as one run.
const LEFT_TO_RIGHT: &str =
    "中文简体字; 日本語のひらがなとカタカナ; 한국어 문장; हिन्दी भाषा; Русский язык; Ελληνική γλώσσα.";

/// A brief whose summary and one finding mix every script with English.
fn mixed_brief() -> String {
    let summary = format!("English text; {ARABIC}; {HEBREW}; {LEFT_TO_RIGHT}");
    let finding = format!("Finding in English, {ARABIC}, {HEBREW}, {LEFT_TO_RIGHT}");
    assessment(&format!(
        "[answers.openness.participation]\nlevel = 2\nfinding = \"{finding}\"\n"
    ))
    .replace(
        "title = \"Test Bill\"",
        &format!("title = \"Test Bill\"\nsummary = \"\"\"\n{summary}\n\"\"\""),
    )
}

/// Whether a Chinese font is installed. Under CI it must be (`.ci/run` installs fonts-noto-cjk).
fn cjk_font_installed() -> bool {
    let installed = Command::new("fc-list")
        .arg(":lang=zh")
        .output()
        .is_ok_and(|output| output.status.success() && !output.stdout.is_empty());
    if !installed {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "a Chinese font is needed for the scripts test under CI: apt-get install fonts-noto-cjk"
        );
        eprintln!("no Chinese font installed (fc-list :lang=zh): the CJK checks are skipped");
    }
    installed
}

/// The text of a PDF with bidi controls (pdftotext wraps right-to-left runs in U+202B..U+202C)
/// removed, and with no whitespace at all when `squeeze`, for text whose line breaks pdftotext
/// turns into spaces (CJK has none between words).
fn text_of(path: &Path, squeeze: bool) -> Option<String> {
    let text = crate::pdf::pdf_text_if_possible(path)?;
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    Some(if squeeze {
        text.split_whitespace().collect()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    })
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

#[test]
fn every_script_prints_with_a_font_and_reads_back_intact() {
    if !cjk_font_installed() {
        return;
    }
    let env = TestEnv::new();
    env.write("mixed.toml", mixed_brief());
    let run = env.run(&["render", "mixed.toml", "-f", "pdf", "-o", "mixed.pdf"]);
    run.code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let pdf = env.path("mixed.pdf");
    let (Some(text), Some(squeezed)) = (text_of(&pdf, false), text_of(&pdf, true)) else {
        return;
    };
    // At least twice each: the summary, and the finding (which page 1 may quote as well).
    assert!(squeezed.matches(&squeeze(LEFT_TO_RIGHT)).count() >= 2, "{text}");
    // Right-to-left runs come back in reading order, word by word; the punctuation between
    // them is placed by the bidi algorithm, so only the words are compared.
    for word in ARABIC.split(' ').chain(HEBREW.split(' ')) {
        assert!(text.matches(word).count() >= 2, "{word} missing in:\n{text}");
    }
    let fonts = crate::pdf::pdf_fonts(&pdf);
    let names: Vec<&str> = fonts.iter().map(|(name, _)| name.as_str()).collect();
    for (script, family) in [
        ("Latin, Greek, Cyrillic and Hebrew", "LibertinusSerif"),
        ("Arabic", "NotoSansArabic"),
        ("Devanagari", "NotoSansDevanagari"),
        ("Chinese, Japanese and Korean", "CJK"),
    ] {
        assert!(
            names.iter().any(|name| name.contains(family)),
            "no font for {script}: {names:?}"
        );
    }
    assert!(fonts.iter().all(|(_, embedded)| *embedded), "{fonts:?}");
}

#[test]
fn font_path_serves_the_fonts_the_system_would() {
    if !cjk_font_installed() {
        return;
    }
    let Some(folder) = cjk_font_folder() else {
        panic!("fc-list names a Chinese font but not its folder");
    };
    let env = TestEnv::new();
    env.write("mixed.toml", mixed_brief());
    let run = env.run(&[
        "render",
        "mixed.toml",
        "-f",
        "pdf",
        "-o",
        "mixed.pdf",
        "--ignore-system-fonts",
        "--font-path",
        &folder,
    ]);
    run.code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    if let Some(squeezed) = text_of(&env.path("mixed.pdf"), true) {
        assert!(squeezed.contains(&squeeze(LEFT_TO_RIGHT)), "{squeezed}");
    }
}

/// The folder of the first Chinese font fc-list names.
fn cjk_font_folder() -> Option<String> {
    let output = Command::new("fc-list").args([":lang=zh", "file"]).output().ok()?;
    let listing = String::from_utf8_lossy(&output.stdout);
    let file = listing.lines().next()?.trim().trim_end_matches(':');
    Some(Path::new(file).parent()?.display().to_string())
}

#[test]
fn a_script_without_a_font_is_named_once_with_its_count() {
    let env = TestEnv::new();
    env.write(
        "cjk.toml",
        assessment("").replace(
            "title = \"Test Bill\"",
            "title = \"Test Bill\"\nsummary = \"漢字漢字 かな 한국 Ελληνικά العربية\"",
        ),
    );
    std::fs::create_dir(env.path("no-fonts")).unwrap();
    let no_system = [
        "render",
        "cjk.toml",
        "-f",
        "pdf",
        "-o",
        "cjk.pdf",
        "--font-path",
        "no-fonts",
    ];
    for run in [
        env.run(&[&no_system[..], &["--ignore-system-fonts"]].concat()),
        env.run_with_env(&no_system, &[("IMPACT_BRIEF_IGNORE_SYSTEM_FONTS", "true")]),
    ] {
        run.code(0);
        let warnings: Vec<&str> = run.stderr.lines().filter(|line| line.starts_with("warning:")).collect();
        // Each character counts once, however often it is printed: 漢字漢字 is two.
        assert_eq!(
            warnings,
            [
                "warning: 2 characters of Chinese (Han) have no font; install e.g. fonts-noto-cjk or pass --font-path",
                "warning: 2 characters of Japanese (Hiragana) have no font; install e.g. fonts-noto-cjk or pass --font-path",
                "warning: 2 characters of Korean (Hangul) have no font; install e.g. fonts-noto-cjk or pass --font-path",
            ],
            "{}",
            run.stderr
        );
    }
    // Greek and Arabic have fonts built in: a brief in them says nothing.
    env.write(
        "covered.toml",
        assessment("").replace(
            "title = \"Test Bill\"",
            "title = \"Test Bill\"\nsummary = \"Ελληνικά العربية עברית हिन्दी Русский\"",
        ),
    );
    let run = env.run(&[
        "render",
        "covered.toml",
        "-f",
        "pdf",
        "-o",
        "covered.pdf",
        "--ignore-system-fonts",
    ]);
    run.code(0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

/// A paragraph of the user's text in Arabic reads from the right: the PDF aligns it to the right
/// margin and Word marks it right to left (`w:bidi`); the English paragraph after it stays on the
/// left, unmarked.
#[test]
fn a_right_to_left_paragraph_aligns_right_in_the_pdf_and_in_word() {
    let env = TestEnv::new();
    let summary = format!("summary = \"\"\"\n{ARABIC}\n\nShort English line.\n\"\"\"");
    let text = assessment("").replace("title = \"Test Bill\"", &format!("title = \"Test Bill\"\n{summary}"));
    env.write("bill.toml", text);
    env.run(&["render", "bill.toml", "-f", "pdf,docx", "-o", "out/"])
        .code(0);

    let xml = crate::pinned::document_xml(&env.path("out/bill.docx"));
    let paragraph = |words: &str| {
        xml.split("<w:p>")
            .find(|paragraph| paragraph.contains(words))
            .unwrap_or_else(|| panic!("no paragraph with {words:?}"))
            .to_string()
    };
    assert!(paragraph(ARABIC).contains("<w:bidi/>"), "{}", paragraph(ARABIC));
    assert!(!paragraph("Short English line.").contains("<w:bidi/>"));

    let Some(_) = crate::pdf::pdf_text_if_possible(&env.path("out/bill.pdf")) else {
        return;
    };
    let boxes = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(env.path("out/bill.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext");
    let boxes = String::from_utf8_lossy(&boxes.stdout).into_owned();
    let attribute = |line: &str, name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[start..]
            .split('"')
            .next()
            .and_then(|value| value.parse().ok())
            .expect("a number")
    };
    let width = boxes
        .lines()
        .find(|line| line.contains("<page "))
        .map(|line| attribute(line, "width"))
        .expect("a page");
    let word = |text: &str| {
        boxes
            .lines()
            .find(|line| line.contains(&format!(">{text}</word>")))
            .unwrap_or_else(|| panic!("no word {text:?} on page 1:\n{boxes}"))
            .to_string()
    };
    // pdftotext gives right-to-left words in visual order, letters reversed: the Arabic words are
    // found by their script. The paragraph's rightmost word ends at the right margin.
    let right = boxes
        .lines()
        .filter(|line| line.contains("<word") && line.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)))
        .map(|line| attribute(line, "xMax"))
        .fold(0.0, f64::max);
    assert!(
        right > width * 0.8,
        "the Arabic paragraph ends at {right} of {width}:\n{boxes}"
    );
    assert!(attribute(&word("Short"), "xMin") < width * 0.2, "{}", word("Short"));
}
