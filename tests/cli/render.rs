//! `render`: the Markdown brief's sections, output locations, and user text kept as data.

use crate::support::{TestEnv, assert_in_order, assessment, examples, repo};

const SECTIONS: [&str; 8] = [
    "# Policy Impact Brief: ",
    "## Summary",
    "## Scorecard",
    "## The proposal",
    "## Findings",
    "## Recommendations",
    "## Open questions",
    "## Methodology",
];

#[test]
fn every_example_renders_all_eight_sections() {
    let env = TestEnv::new();
    for example in examples() {
        let run = env.run(&["render", &example.to_string_lossy(), "-f", "md", "-o", "out/"]);
        run.code(0);
        let name = example.file_stem().expect("stem").to_string_lossy().into_owned();
        let markdown = env.read(&format!("out/{name}.md"));
        assert_in_order(&markdown, &SECTIONS);
        assert!(markdown.contains("**Effect on the Internet: "), "{name}");
        assert!(markdown.contains("Overall rating: "), "{name}");
    }
}

/// The Markdown brief of the known fixture.
fn known_markdown() -> String {
    let env = TestEnv::new();
    env.run(&["render", &repo("tests/fixtures/known.toml"), "-o", "known.md"])
        .code(0);
    env.read("known.md")
}

#[test]
fn a_source_cited_by_several_rubrics_is_listed_once() {
    let md = known_markdown();
    let sources = md.split("### Sources").nth(1).expect("a Sources section");
    let entries: Vec<&str> = sources.lines().filter(|line| line.starts_with("- ")).collect();
    // NETmundial 2014 is cited by all three shipped rubrics.
    let netmundial = entries
        .iter()
        .filter(|line| line.contains("NETmundial Multistakeholder Statement (2014)"));
    assert_eq!(netmundial.count(), 1, "{sources}");
    let mut unique = entries.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), entries.len(), "{sources}");
}

/// The whole Markdown, HTML and JSON briefs of the known fixture, pinned: a change to any of them
/// shows as a diff to review (`cargo insta review`, see tests/README.md).
#[test]
fn known_brief_in_markdown_html_and_json() {
    let env = TestEnv::new();
    env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "-f",
        "md,html,json",
        "-o",
        "out/",
    ])
    .code(0);
    insta::assert_snapshot!("known.md", env.normalise(&env.read("out/known.md")));
    insta::assert_snapshot!("known.html", env.normalise(&env.read("out/known.html")));
    insta::assert_snapshot!("known.json", env.normalise(&env.read("out/known.json")));
}

/// The shipped `brief.md.tera`, rendered by tera as a user's copy of it is, gives the same pinned
/// brief as the built-in Markdown writer, so a change to the template shows here as a diff.
#[test]
fn the_shipped_markdown_template_gives_the_pinned_brief() {
    let env = TestEnv::new();
    env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "-f",
        "md",
        "-o",
        "tera.md",
        "--templates",
        &repo("templates"),
    ])
    .code(0);
    insta::assert_snapshot!("known.md", env.normalise(&env.read("tera.md")));
}

/// Clauses are separated by commas, or by semicolons where one holds a comma ("art. 6º, § 1º"),
/// which commas would run into the next: in every format, the shipped template as the built-in
/// writer. The PDF's author line keeps the assessors apart the same way.
#[test]
fn a_clause_that_holds_a_comma_is_kept_apart_from_the_next() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        "schema_version = 3\n[proposal]\ntitle = \"PL 2630\"\n[assessment]\n\
         assessors = [\"João Araújo, Capítulo Brasil\", \"Conceição Lima\"]\n\
         [answers.openness.encryption]\nlevel = 1\nfinding = \"Traces the first sender.\"\n\
         provisions = [\"art. 2º\", \"art. 6º, § 1º\"]\nrationale = \"Why.\"\n\
         [answers.openness.participation]\nlevel = 3\nprovisions = [\"s. 4\", \"s. 5\"]\n",
    );
    let clauses = "(art. 2º; art. 6º, § 1º)";
    env.run(&["render", "bill.toml", "-f", "md,html,json,pdf", "-o", "out/"])
        .code(0);
    let markdown = env.read("out/bill.md");
    assert!(markdown.contains(clauses), "{markdown}");
    assert!(markdown.contains("s. 4, s. 5"), "{markdown}");
    env.run(&[
        "render",
        "bill.toml",
        "-f",
        "md",
        "-o",
        "tera.md",
        "--templates",
        &repo("templates"),
    ])
    .code(0);
    assert_eq!(env.read("tera.md"), markdown);
    assert!(env.read("out/bill.html").contains(clauses));
    let json: serde_json::Value = serde_json::from_str(&env.read("out/bill.json")).expect("JSON");
    let encryption = json["rubrics"][0]["questions"]
        .as_array()
        .and_then(|questions| questions.iter().find(|q| q["id"] == "openness.encryption"))
        .expect("the encryption question");
    assert_eq!(encryption["provisions_text"], "art. 2º; art. 6º, § 1º");
    if let Some(text) = crate::pdf::pdf_text_if_possible(&env.path("out/bill.pdf")) {
        assert!(text.contains("art. 2º; art. 6º, § 1º"), "{text}");
        let info = std::process::Command::new("pdfinfo")
            .arg(env.path("out/bill.pdf"))
            .output()
            .expect("pdfinfo");
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("João Araújo, Capítulo Brasil; Conceição Lima"), "{info}");
    }
}

#[test]
fn output_destinations() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.run(&["render", &known]).code(0);
    assert!(env.path("known.md").is_file(), "default: the current folder");
    env.run(&["render", &known, "-f", "md,json", "-o", "both/"]).code(0);
    assert!(env.path("both/known.md").is_file() && env.path("both/known.json").is_file());
    let stdout = env.run(&["render", &known, "-o", "-"]);
    assert!(stdout.stdout.starts_with("# Policy Impact Brief: Known Scores Act"));
    let usage = env.run(&["render", &known, "-f", "md,json", "-o", "one.md"]);
    usage.code(2);
    assert!(usage.stderr.contains("several formats need a folder"));
}

#[test]
fn never_overwrites_the_input() {
    let env = TestEnv::new();
    let input = env.write("bill.toml", assessment(""));
    let before = std::fs::read(&input).expect("read");
    // Named as it is, it is refused for its extension; through a link, as the input itself.
    let run = env.run(&["render", "bill.toml", "-f", "md", "-o", "bill.toml"]);
    run.code(2);
    assert!(
        run.stderr.contains("a brief is not written under .toml"),
        "{}",
        run.stderr
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&input, env.path("bill.md")).expect("link");
        let run = env.run(&["render", "bill.toml", "-f", "md", "-o", "bill.md"]);
        run.code(1);
        assert!(
            run.stderr
                .contains("refusing to write bill.md over the input bill.toml, which this command reads"),
            "{}",
            run.stderr
        );
    }
    assert_eq!(std::fs::read(&input).expect("read"), before);
}

#[test]
fn a_brief_made_read_only_is_kept_and_the_others_are_written() {
    let env = TestEnv::new();
    env.write("bill.toml", assessment(""));
    env.run(&["render", "bill.toml", "-f", "md,docx"]).code(0);
    let kept = env.path("bill.docx");
    std::fs::write(&kept, b"a reviewer's comments").expect("write");
    crate::support::make_read_only(&kept);
    let markdown = std::fs::read(env.path("bill.md")).expect("read");
    std::fs::write(env.path("bill.md"), b"old").expect("write");

    let run = env.run(&["render", "bill.toml", "-f", "md,docx"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "bill.docx is read-only, so it is left as it is: make it writable to have it written again, \
             or write the brief elsewhere"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&kept).expect("read"), b"a reviewer's comments");
    // The other format is written all the same.
    assert_eq!(std::fs::read(env.path("bill.md")).expect("read"), markdown);

    // A read-only brief that is already what the run would write is no failure.
    crate::support::make_read_only(&env.path("bill.md"));
    env.run(&["render", "bill.toml", "-f", "md"]).code(0);
    // In the user's language.
    let run = env.run(&["render", "bill.toml", "-f", "docx", "--lang", "es"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("bill.docx es de solo lectura, así que se deja como está"),
        "{}",
        run.stderr
    );
}

#[test]
fn template_syntax_in_user_text_is_printed_as_typed() {
    let env = TestEnv::new();
    let text = r#"{{ proposal.title }} {% for x in rubrics %}loop{% endfor %} {# comment #}"#;
    let file = assessment(&format!(
        "[answers.openness.participation]\nlevel = 1\nrationale = '''{text}'''\n"
    ));
    env.write("t.toml", file);
    let run = env.run(&["render", "t.toml", "-o", "-"]);
    run.code(0);
    // Markdown shows `#` escaped as `\#`; what matters is that tera evaluated nothing.
    assert!(
        run.stdout
            .contains("{{ proposal.title }} {% for x in rubrics %}loop{% endfor %} {\\# comment \\#}"),
        "{}",
        run.stdout
    );
    let html = env.run(&["render", "t.toml", "-f", "html", "-o", "-"]);
    assert!(
        html.stdout
            .contains("{{ proposal.title }} {% for x in rubrics %}loop{% endfor %} {# comment #}")
    );
}

#[test]
fn huge_and_deeply_nested_text_renders() {
    let env = TestEnv::new();
    // Five megabytes of rationale is refused for its length, where it is written, rather than
    // taking gigabytes to typeset.
    let huge = "word ".repeat(1_000_000);
    env.write(
        "huge.toml",
        assessment(&format!(
            "[answers.openness.participation]\nlevel = 1\nrationale = \"\"\"{huge}\"\"\"\n"
        )),
    );
    let refused = env.run(&["render", "huge.toml", "-f", "md", "-o", "out/"]);
    refused.code(1);
    assert!(
        refused
            .stderr
            .contains("huge.toml:8:13: error: `rationale` is 5,000,000 characters long"),
        "{}",
        refused.stderr
    );
    // Nesting as deep as the bound on a text's length allows renders.
    let huge = "word ".repeat(3_999);
    let deep = format!("{}bottom", "> ".repeat(5_000));
    let lists = (0..135)
        .map(|depth| format!("{}- level {depth}", "  ".repeat(depth)))
        .collect::<Vec<_>>()
        .join("\n");
    env.write(
        "big.toml",
        assessment(&format!(
            "[answers.openness.participation]\nlevel = 1\nrationale = \"\"\"{huge}\"\"\"\n\n[answers.openness.easy-access]\nlevel = 2\nrationale = \"\"\"{deep}\"\"\"\n\n[answers.openness.reachability]\nlevel = 2\nrationale = \"\"\"{lists}\"\"\"\n"
        )),
    );
    let run = env.run(&["render", "big.toml", "-f", "md,html,json", "-o", "out/"]);
    run.code(0);
    assert!(env.read("out/big.md").contains("bottom"));
    assert!(env.read("out/big.html").contains("level 134"));
}

#[test]
fn html_is_self_contained_and_escapes_raw_html() {
    let env = TestEnv::new();
    env.write(
        "h.toml",
        assessment("[answers.openness.participation]\nlevel = 1\nrationale = \"<script>alert(1)</script> <img src=x onerror=y> [x](javascript:alert(2))\"\n"),
    );
    let run = env.run(&["render", "h.toml", "-f", "html", "-o", "-"]);
    run.code(0);
    let html = run.stdout;
    assert!(!html.contains("<script>"), "raw HTML escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<img") && !html.contains("href=\"javascript"));
    assert!(html.contains("<svg") && html.contains("<style>"));
    assert!(
        !html.contains("<link") && !html.contains("src=\"http"),
        "no external resources"
    );
}

#[test]
fn the_output_extension_chooses_the_format_or_must_agree_with_it() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.run(&["render", &known, "-o", "brief.json"]).code(0);
    let json: serde_json::Value = serde_json::from_str(&env.read("brief.json")).expect("JSON, not Markdown");
    assert_eq!(json["proposal"]["title"], "Known Scores Act");
    env.run(&["render", &known, "-o", "brief.html"]).code(0);
    assert!(env.read("brief.html").starts_with("<!DOCTYPE html>"));
    let clash = env.run(&["render", &known, "-f", "html", "-o", "brief.md"]);
    clash.code(2);
    assert!(
        clash
            .stderr
            .contains("`-o` names a .md file but `-f html` was asked for"),
        "{}",
        clash.stderr
    );
}

#[test]
fn a_users_markdown_template_is_rendered_by_tera_with_user_text_escaped() {
    let env = TestEnv::new();
    env.write(
        "tpl/brief.md.tera",
        "Custom brief for {{ proposal.title }}: {{ overall.rating }} ({{ overall.score_display }}).\n\
         {% for r in rubrics %}- {{ r.title }} {{ r.score_display }}\n{% endfor %}",
    );
    let input = env.write(
        "in.toml",
        "schema_version = 1\n[proposal]\ntitle = \"*Bold* {{ x }} Act\"\n",
    );
    let run = env.run(&[
        "render",
        input.to_str().expect("utf-8 path"),
        "-f",
        "md",
        "-o",
        "out.md",
        "--templates",
        "tpl",
    ]);
    run.code(0);
    assert_eq!(
        env.read("out.md"),
        "Custom brief for \\*Bold\\* {{ x }} Act: Insufficient evidence (–).\n\
         - Openness –\n- Inclusiveness –\n- Transparency –\n"
    );

    env.write("tpl/brief.md.tera", "{% for r in rubrics %}{{ r.title }}\n");
    let run = env.run(&[
        "render",
        input.to_str().expect("utf-8 path"),
        "-f",
        "md",
        "-o",
        "broken.md",
        "--templates",
        "tpl",
    ]);
    run.code(1);
    assert!(run.stderr.contains("tpl/brief.md.tera"), "{}", run.stderr);
    assert!(!env.path("broken.md").exists(), "no output from a broken template");
}

/// The HTML templates share their style rules through `common.css`, which a `--templates`
/// folder may replace; a user's HTML template that does not include it renders as before.
#[test]
fn html_templates_share_common_css_and_a_user_may_replace_it() {
    let env = TestEnv::new();
    let example = repo("examples/eu-nis2-dns-scope.toml");
    let shipped = env.run(&["render", &example, "-f", "html", "-o", "-"]);
    shipped.code(0);
    assert!(shipped.stdout.contains("--none-found: #3f5a8a;"), "{}", shipped.stdout);
    assert!(!shipped.stdout.contains("{#"), "the partial's comment is not printed");

    env.write("own/common.css", "  body { color: #123456; }");
    let replaced = env.run(&["render", &example, "--templates", "own", "-f", "html", "-o", "-"]);
    replaced.code(0);
    assert!(
        replaced.stdout.contains("body { color: #123456; }"),
        "{}",
        replaced.stdout
    );
    assert!(!replaced.stdout.contains("--none-found"), "{}", replaced.stdout);

    env.write(
        "plain/brief.html.tera",
        "<html lang=\"{{ lang }}\"><style>p { margin: 0; }</style><h1>{{ proposal.title }}</h1></html>\n",
    );
    let plain = env.run(&["render", &example, "--templates", "plain", "-f", "html", "-o", "-"]);
    plain.code(0);
    assert!(
        plain
            .stdout
            .starts_with("<html lang=\"en\"><style>p { margin: 0; }</style><h1>NIS2"),
        "{}",
        plain.stdout
    );
}

#[test]
fn a_format_that_fails_does_not_keep_the_others_from_being_written() {
    let env = TestEnv::new();
    env.write("bill.toml", assessment("[answers.openness.participation]\nlevel = 2\n"));
    // A PDF template of one's own that does not compile.
    env.write("tpl/brief.typ", "#let x = (\n");
    let run = env.run(&[
        "render",
        "bill.toml",
        "-f",
        "md,pdf,html",
        "-o",
        "out/",
        "--templates",
        "tpl",
    ]);
    run.code(1);
    assert!(env.read("out/bill.md").starts_with("# Policy Impact Brief: Test Bill"));
    assert!(env.read("out/bill.html").starts_with("<!DOCTYPE html>"));
    assert!(!env.path("out/bill.pdf").exists());
    assert!(run.stderr.contains("out/bill.pdf not written"), "{}", run.stderr);
    assert!(run.stderr.contains("wrote out/bill.html"), "{}", run.stderr);
}

/// The line that says what was written speaks the system locale's language.
#[test]
fn the_written_line_speaks_the_system_locale() {
    let env = TestEnv::new();
    let example = std::fs::read_to_string(repo("examples/nigeria-social-media-bill.toml")).expect("example");
    env.write("bill.toml", &example);
    let run = env.run_with_env(
        &["render", "bill.toml", "-f", "md", "-o", "out/"],
        &[("LANG", "es_ES.UTF-8")],
    );
    run.code(0);
    assert!(env.path("out/bill.md").is_file(), "{}", run.stderr);
    assert!(
        run.stderr.lines().any(|line| line == "se ha escrito out/bill.md"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("wrote "), "{}", run.stderr);
}

/// The JSON brief of a file of the repository, in `lang`.
fn json_brief(env: &TestEnv, file: &str, lang: &str) -> serde_json::Value {
    let run = env.run(&["render", &repo(file), "-f", "json", "-o", "-", "--lang", lang]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON brief")
}

/// A severe harm found with most areas still open: the flag decides the effect's rating (no open
/// answer could take it away, and Serious harm is the lowest band), so the brief rates it Serious
/// harm rather than Insufficient evidence, and page 1 says why; a flag that caps higher leaves
/// the rating to the coverage rule.
#[test]
fn a_severe_flag_rates_the_effect_with_most_areas_still_open() {
    let env = TestEnv::new();
    let scanning = "[answers.openness.encryption]\nlevel = 1\nmechanisms = [\"client-side-scanning\"]\n";
    env.write("severe.toml", assessment(scanning));
    let run = env.run(&["render", "severe.toml", "-f", "json", "-o", "-"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
    let effect = &json["overall"]["dimensions"][0];
    assert_eq!(effect["id"], "effect");
    assert_eq!(effect["verdict"], "Serious harm");
    assert_eq!(json["overall"]["rating"], "Serious concerns");
    let paragraph = json["summary"]["paragraph"].as_str().unwrap_or_default();
    assert!(
        paragraph.contains(
            "One red flag on the effect rates it Serious harm, although too few questions were answered for its score \
             to count: no answer still open could change that rating."
        ),
        "{paragraph}"
    );
    assert!(
        !paragraph.contains("Too few questions were answered for a firm rating"),
        "{paragraph}"
    );
    // The scorecard names no band the score would "otherwise" give: there is none to give.
    assert!(json["scorecard_notes"].as_array().is_some_and(Vec::is_empty), "{json}");
    // Two flags at level 0: moving one takes away what decides the rating, and leaves none, which
    // is no other rating (no "would be rated Insufficient evidence").
    env.write(
        "two.toml",
        assessment("[answers.openness.encryption]\nlevel = 0\n[answers.openness.surveillance]\nlevel = 0\n"),
    );
    let run = env.run(&["render", "two.toml", "-f", "json", "-o", "-"]);
    let two: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
    assert_eq!(two["overall"]["dimensions"][0]["verdict"], "Serious harm");
    assert!(
        !run.stdout.contains("would be rated Insufficient evidence"),
        "{}",
        run.stdout
    );
    // A level alone raises an ordinary flag, which caps at Harmful: too little is known to rate.
    env.write("flag.toml", assessment("[answers.openness.encryption]\nlevel = 0\n"));
    let run = env.run(&["render", "flag.toml", "-f", "json", "-o", "-"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
    assert_eq!(json["overall"]["dimensions"][0]["verdict"], "Insufficient evidence");
    assert!(
        json["summary"]["paragraph"]
            .as_str()
            .is_some_and(|paragraph| paragraph.contains("Too few questions were answered for a firm rating")),
        "{json}"
    );
    // A flag whose cap is above the score's band says so, rather than seem to contradict it.
    let comcast = json_brief(&env, "examples/calibration/comcast-p2p-interference-2007.toml", "en");
    assert!(
        comcast["summary"]["paragraph"].as_str().is_some_and(|paragraph| {
            paragraph.ends_with(
            "One red flag on the effect would cap its rating at Harmful; the score alone rates it lower, Serious harm."
        )
        }),
        "{comcast}"
    );
}

/// Where the process as a whole has too little evidence to be rated, it counts where it has
/// enough: the verdict is the worse of the effect and the worst process rating of a rubric, and
/// page 1 says where it comes from. With no rubric's process rated, the effect alone sets it, and
/// page 1 says so: otherwise "Strong" stands beside a score that the bands would rate lower.
#[test]
fn an_unrated_process_leaves_the_verdict_to_the_effect_and_page_one_says_so() {
    let env = TestEnv::new();
    let brief = |file: &str, lang: &str| {
        let json = json_brief(&env, file, lang);
        assert_eq!(
            json["overall"]["dimensions"][1]["rating_key"], "insufficient-evidence",
            "{file}"
        );
        json
    };
    let paragraph = |json: &serde_json::Value| json["summary"]["paragraph"].as_str().unwrap_or_default().to_string();
    // India's tariff rules: a protective effect, the process rated Adequate in two rubrics of the
    // three. The verdict is Adequate, as each rubric's is, not Strong beside a score of 69.
    let india = brief("examples/calibration/india-trai-discriminatory-tariffs-2016.toml", "en");
    assert_eq!(india["overall"]["rating_key"], "adequate");
    assert!(
        paragraph(&india).starts_with(
            "Overall, the proposal is rated Adequate because the process that produced it is rated \
             Adequate where it could be rated (Openness and Inclusiveness), although its effect on the \
             Internet is rated Protective: too few questions on how it was prepared were answered to \
             rate the process as a whole. Across all questions the proposal scores 69 out of 100"
        ),
        "{india}"
    );
    let french = paragraph(&brief(
        "examples/calibration/india-trai-discriminatory-tariffs-2016.toml",
        "fr",
    ));
    assert!(
        french.starts_with(
            "Dans l’ensemble, la proposition reçoit l’appréciation «\u{a0}Satisfaisant\u{a0}», car le processus \
             qui l’a produite reçoit l’appréciation «\u{a0}Satisfaisant\u{a0}» là où il a pu être apprécié \
             (Ouverture et Inclusivité)"
        ),
        "{french}"
    );
    // Kenya's licensing of community networks: its process is rated in one rubric, Weak, which
    // the verdict counts, as Inclusiveness's own rating does.
    let kenya = brief(
        "examples/calibration/kenya-ca-community-networks-licensing-2021.toml",
        "en",
    );
    assert_eq!(kenya["overall"]["rating_key"], "weak");
    assert!(
        paragraph(&kenya).contains("rated Weak where it could be rated (Inclusiveness)"),
        "{kenya}"
    );
    // Argentina's: no rubric's process is rated, so the effect alone sets the verdict.
    let argentina = brief(
        "examples/calibration/argentina-enacom-community-networks-2018.toml",
        "en",
    );
    assert_eq!(argentina["overall"]["rating_key"], "strong");
    assert!(
        paragraph(&argentina).starts_with(
            "Overall, the proposal is rated Strong on its effect on the Internet alone, which is rated \
             Protective: too few questions on how it was prepared were answered to rate the process. "
        ),
        "{argentina}"
    );
    let french = paragraph(&brief(
        "examples/calibration/argentina-enacom-community-networks-2018.toml",
        "fr",
    ));
    assert!(
        french.starts_with(
            "Dans l’ensemble, la proposition reçoit l’appréciation «\u{a0}Solide\u{a0}» sur son seul effet"
        ),
        "{french}"
    );
    // A process that is rated says nothing of the kind.
    let nis2 = json_brief(&env, "examples/eu-nis2-dns-scope.toml", "en");
    assert!(
        !nis2["summary"]["paragraph"]
            .as_str()
            .is_some_and(|paragraph| paragraph.contains("on its effect on the Internet alone")),
        "{nis2}"
    );
}

#[test]
fn a_favourable_effect_says_on_page_one_which_finding_it_rests_on() {
    let env = TestEnv::new();
    let summary = |file: &str, lang: &str| {
        json_brief(&env, file, lang)["summary"]["paragraph"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let nis2 = summary("examples/eu-nis2-dns-scope.toml", "en");
    assert!(
        nis2.contains(
            "The effect's Low risk rating rests on 2 findings of the same strength, among them this one (Openness: \
             Domain names and IP addresses): “Expressly excludes the root name servers from its definition of DNS \
             service provider"
        ),
        "{nis2}"
    );
    let french = summary("examples/eu-nis2-dns-scope.toml", "fr");
    assert!(
        french.contains(
            "L’appréciation «\u{a0}Risque faible\u{a0}» de l’effet repose sur 2 constats de même force, dont celui-ci"
        ),
        "{french}"
    );
    // One finding stronger than every other is said to carry the rating above all (India's ban on
    // differential pricing: the only answer at the top of its scale).
    let tariffs = summary("examples/calibration/india-trai-discriminatory-tariffs-2016.toml", "en");
    assert!(
        tariffs.contains(
            "The effect's Protective rating rests above all on this finding (Openness: How access providers treat their \
             users' traffic): “Forbids every service provider to charge different prices"
        ),
        "{tariffs}"
    );
    // The sentence comes in its parts too, so that a document can mark the English finding of a
    // French brief as English; the paragraph is the opening and that sentence.
    let json = json_brief(&env, "examples/eu-nis2-dns-scope.toml", "fr");
    let lead = &json["summary"]["strength_lead"];
    assert_eq!(lead["lang"], "en");
    assert!(
        lead["text"]
            .as_str()
            .is_some_and(|text| text.starts_with("Expressly excludes")),
        "{lead}"
    );
    let parts: String = ["before", "text", "after"]
        .iter()
        .map(|part| lead[part].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        french,
        format!("{} {parts}", json["summary"]["opening"].as_str().unwrap_or_default())
    );
    // The weightiest of the tied answers without a finding of its own: the next that has one is
    // quoted, rather than none.
    let nis2_text = std::fs::read_to_string(repo("examples/eu-nis2-dns-scope.toml")).expect("example");
    let section = nis2_text
        .find("[answers.openness.global-identifiers]")
        .expect("the answer");
    let finding_at = section + nis2_text[section..].find("\nfinding = ").expect("its finding") + 1;
    let finding_end = finding_at + nis2_text[finding_at..].find('\n').expect("one line");
    env.write(
        "nis2-no-finding.toml",
        format!("{}{}", &nis2_text[..finding_at], &nis2_text[finding_end + 1..]),
    );
    let lead =
        &json_brief(&env, &env.path("nis2-no-finding.toml").display().to_string(), "en")["summary"]["strength_lead"];
    assert!(
        lead["before"].as_str().is_some_and(
            |before| before.contains("rests on 2 findings of the same strength, among them this one (Transparency")
        ),
        "{lead}"
    );
    // A harmful effect is explained by its concerns, not by a strength.
    let nigeria = summary("examples/nigeria-social-media-bill.toml", "en");
    assert!(
        !nigeria.contains("rests above all") && !nigeria.contains("rests on"),
        "{nigeria}"
    );
    // A protective text drafted behind closed doors: page 1 says that the process, not the
    // effect, sets its overall rating. Where the process is the better, it says nothing of it.
    let declaration = summary("examples/calibration/declaration-future-internet-2022.toml", "en");
    assert!(
        declaration.starts_with(
            "Overall, the proposal is rated Serious concerns because the process that produced it is rated Serious \
             concerns, although its effect on the Internet is rated Protective: the worse of the two sets the overall rating."
        ),
        "{declaration}"
    );
    assert!(!nis2.contains("the process that produced it"), "{nis2}");
    assert!(!nigeria.contains("the process that produced it"), "{nigeria}");
}

/// An answer that takes its advice from another question (`advice_under`) is named after that
/// question's advice, in each format and in the brief's language: Nigeria's blocking orders cut
/// people off from global services, and the advice on the blocking power answers both.
#[test]
fn advice_shared_by_two_questions_says_what_else_it_answers() {
    let env = TestEnv::new();
    let nigeria = repo("examples/nigeria-social-media-bill.toml");
    let run = env.run(&["render", &nigeria, "-f", "md", "-f", "html", "-f", "pdf", "-o", "out/"]);
    run.code(0);
    let sentence = "It also answers the concerns under Openness: Licences, fees and the cost of getting online \
                    (level 2 of 4); Openness: Central gateways and single points of control (level 2 of 4); \
                    Inclusiveness: Staying connected to the global Internet (level 1 of 4).";
    let markdown = env.read("out/nigeria-social-media-bill.md");
    let recommendations = &markdown[markdown.find("## Recommendations").expect("recommendations")..];
    assert_in_order(
        recommendations,
        &["**Openness: ", "blocking", sentence, "## Open questions"],
    );
    // Said after each advice shared: the blocking power's, and that on rules left to regulations
    // (which the cost of operating a service shares too).
    assert_eq!(markdown.matches("It also answers").count(), 2, "{recommendations}");
    let html = env.read("out/nigeria-social-media-bill.html");
    assert!(html.contains(sentence), "{html}");
    let pdf = crate::pdf::pdf_text(&env.path("out/nigeria-social-media-bill.pdf"));
    assert!(pdf.contains(sentence), "{pdf}");

    let french = env.run(&["render", &nigeria, "--lang", "fr", "-f", "md", "-o", "fr/"]);
    french.code(0);
    let markdown = env.read("fr/nigeria-social-media-bill.md");
    assert!(
        markdown.contains(
            "Elle répond aussi aux préoccupations relevées sous Ouverture\u{a0}: Licences, redevances et coût de la connexion (niveau"
        ),
        "{markdown}"
    );
}

/// A question asked only after another's answer keeps its own answer while that answer is "not
/// sure yet": it is counted, and `check` says nothing of it. A question not asked says why by what
/// the answer it depends on is about, never by the rubric's ids.
#[test]
fn answers_that_depend_on_an_open_answer_are_kept_and_a_question_not_asked_says_why_in_words() {
    let env = TestEnv::new();
    let original = std::fs::read_to_string(repo("examples/eu-nis2-dns-scope.toml")).expect("example");
    let header = "[answers.openness.participation]\n";
    let at = original.find(header).expect("participation answered") + header.len();
    let next = at + original[at..].find("\n[").expect("a table after it");
    let with = |answer: &str| format!("{}{answer}\n{}", &original[..at], &original[next..]);

    env.write(
        "open.toml",
        with("status = \"unknown\"\nrationale = \"Not found yet.\"\n"),
    );
    let run = env.run(&["check", "open.toml"]);
    run.code(0);
    assert!(
        run.stdout.contains("1 unknown, 0 unanswered, 0 not applicable"),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("does not apply"), "{}", run.stderr);
    let brief = env.run(&["render", "open.toml", "-f", "md", "-o", "-"]).stdout;
    assert!(!brief.contains("Not asked"), "{brief}");

    env.write("none.toml", with("level = 0\nrationale = \"No one could.\"\n"));
    let brief = env.run(&["render", "none.toml", "-f", "md", "-o", "-"]).stdout;
    assert!(
        brief.contains(
            "Not asked: it applies only when the answer on “Who could take part in developing the proposal?” is at level 1 or above."
        ),
        "{brief}"
    );
    assert!(!brief.contains("openness.participation"), "{brief}");
}

/// On a phone, a table too wide for the screen scrolls on its own, its words whole, rather than
/// being squeezed until words break ("Govern/ment"): in the panel and change briefs as in the
/// brief, every data table is inside a region that scrolls (`.wide`), named for screen readers.
#[test]
fn every_data_table_of_every_html_brief_scrolls_on_its_own() {
    let env = TestEnv::new();
    env.panel_shipped(&["-f", "html", "-o", "panel.html"]).code(0);
    env.diff_shipped_change(&["-f", "html", "-o", "change.html"]).code(0);
    // A member's brief too: its methodology's tables ("Versi/on", "Pro/pri/été") included.
    env.run(&[
        "render",
        &repo("examples/india-intermediary-traceability.toml"),
        "-f",
        "html",
        "-o",
        "brief.html",
    ])
    .code(0);
    for file in ["panel.html", "change.html", "brief.html"] {
        let html = env.read(file);
        let tables = html.matches("<table").count() - html.matches("<table class=\"meta\"").count();
        let wide = html
            .matches("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"")
            .count();
        assert!(tables >= 3, "{file}: {tables} tables");
        assert_eq!(wide, tables, "{file}");
        let closed = html
            .replace("</table>\n</div>", "</table></div>")
            .matches("</table></div>")
            .count();
        assert_eq!(closed, tables, "{file}");
    }
}

/// The HTML chart colours every bar by its rating, the overall one included, with the same key
/// to the colours as the PDF and the Word chart; the panel's chart too.
#[test]
fn the_html_charts_colour_every_bar_by_its_rating_and_say_what_the_colours_mean() {
    let env = TestEnv::new();
    let uk = repo("examples/uk-online-safety-bill-encryption.toml");
    env.run(&["render", &uk, "-f", "html", "-o", "uk.html"]).code(0);
    env.panel_shipped(&["-f", "html", "-o", "panel.html"]).code(0);
    let brief = env.read("uk.html");
    // Openness and Overall are capped at Serious concerns; the other two rubrics are Weak.
    let bars: Vec<&str> = brief
        .split("class=\"bar ")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert_eq!(bars, ["serious-concerns", "weak", "weak", "serious-concerns"]);
    for html in [&brief, &env.read("panel.html")] {
        assert!(!html.contains("fill=\"#1a4f8b\""), "a bar in the accent colour");
        assert!(
            html.contains(
                "<ul class=\"legend\" aria-hidden=\"true\"><li><span class=\"swatch rating strong\"></span>Strong</li>"
            ),
            "no key to the colours"
        );
        assert!(
            html.contains("svg.chart .bar.serious-concerns, svg.chart .bar.serious-harm { fill: var(--serious); }")
        );
    }
}

/// Advice that ends a measure names the step for how far it has come: Cambodia's gateway decree
/// is in force, so it is to be repealed, in each language.
#[test]
fn advice_that_ends_a_measure_fits_its_stage() {
    let env = TestEnv::new();
    let cambodia = "examples/calibration/cambodia-national-internet-gateway.toml";
    for (lang, start) in [
        (
            "en",
            "Repeal the decree if routing traffic through a national gateway is what it is for",
        ),
        ("fr", "Abroger le décret si le transit du trafic"),
        ("es", "Derogar el decreto si su finalidad"),
        ("pt", "Revogar o decreto se sua finalidade"),
    ] {
        let brief = json_brief(&env, cambodia, lang);
        let first = brief["summary"]["next_steps"][0]["text"].as_str().unwrap_or_default();
        assert!(first.starts_with(start), "{lang}: {first}");
    }
}

/// Page 1's next steps open with a sentence where the facts call for one: a measure withdrawn is
/// said to be so, a favourable effect's first step is to keep what earns it, and the steps of a
/// network's practice or a request say whom they are for; a harmful draft law has none. In
/// Markdown and HTML (the Word and PDF briefs lay out the same view: the pinned snapshots hold
/// them), and in the brief's language.
#[test]
fn the_next_steps_open_with_what_the_stage_or_a_favourable_effect_calls_for() {
    let env = TestEnv::new();
    let comcast = repo("examples/calibration/comcast-p2p-interference-2007.toml");
    let argentina = repo("examples/calibration/argentina-enacom-community-networks-2018.toml");
    let uk = repo("examples/uk-online-safety-bill-encryption.toml");
    env.run(&["render", &comcast, "-f", "md", "-o", "comcast.md"]).code(0);
    env.run(&["render", &comcast, "-f", "html", "-o", "comcast.html"])
        .code(0);
    env.run(&["render", &argentina, "-f", "md", "-o", "argentina.md"])
        .code(0);
    env.run(&[
        "render",
        &argentina,
        "-f",
        "md",
        "--lang",
        "es",
        "-o",
        "argentina-es.md",
    ])
    .code(0);
    env.run(&["render", &uk, "-f", "md", "-o", "uk.md"]).code(0);
    let comcast_md = env.read("comcast.md");
    assert!(
        comcast_md.contains(
            "### Next steps\n\nThe practice has ended: these steps aim to keep it, or a practice like it, from \
             coming back. As this is a network's own practice, each step is for the operator to adopt as its own \
             policy, and for regulators to require where it does not.\n\n1. Forbid access providers to block \
             lawful services"
        ),
        "{comcast_md}"
    );
    assert!(env.read("comcast.html").contains(
        "<h3>Next steps</h3>\n<p>The practice has ended: these steps aim to keep it, or a practice like it, from coming back. \
         As this is a network&#39;s own practice, each step is for the operator to adopt as its own policy, and for \
         regulators to require where it does not.</p>\n<ol>"
    ));
    // Argentina's brief has no advice to give; page 1 had no next steps at all.
    assert!(
        env.read("argentina.md").contains(
            "### Next steps\n\nKeep what this brief finds protective (Inclusiveness: Staying connected to the global \
             Internet; Openness: Licences, fees and the cost of getting online), and defend it through the \
             implementation, review and any later amendment of the measure.\n\n## Scorecard"
        ),
        "{}",
        env.read("argentina.md")
    );
    assert!(
        env.read("argentina-es.md")
            .contains("Mantener lo que este informe considera protector (Inclusión: "),
        "{}",
        env.read("argentina-es.md")
    );
    // A request's steps are for its authors and the body that decides on it.
    let etno = repo("examples/calibration/etno-wcit12-itrs-interconnection-proposal.toml");
    env.run(&["render", &etno, "-f", "md", "--lang", "fr", "-o", "etno.md"])
        .code(0);
    assert!(
        env.read("etno.md").contains(
            "### Prochaines étapes\n\nS’agissant d’une demande, chaque étape revient à ses auteurs, qui peuvent la \
             reprendre, et aux membres de l’organe appelé à se prononcer, qui peuvent l’exiger et rejeter la demande à \
             défaut.\n\n1. "
        ),
        "{}",
        env.read("etno.md")
    );
    // Withdrawn although this brief finds it protective: the step is to bring it back, and there
    // are no "these steps" to speak of.
    let withdrawn = std::fs::read_to_string(&argentina)
        .expect("read")
        .replace("stage = \"in-force\"", "stage = \"withdrawn\"");
    env.write("withdrawn.toml", &withdrawn);
    env.run(&["render", "withdrawn.toml", "-f", "md", "-o", "withdrawn.md"])
        .code(0);
    assert!(
        env.read("withdrawn.md").contains(
            "### Next steps\n\nThe measure has been withdrawn, although this brief finds it protective \
             (Inclusiveness: Staying connected to the global Internet; Openness: Licences, fees and the cost of \
             getting online): press for it, or a measure like it, to be brought back.\n\n## Scorecard"
        ),
        "{}",
        env.read("withdrawn.md")
    );
    let uk_md = env.read("uk.md");
    assert!(uk_md.contains("### Next steps\n\n1. "), "{uk_md}");
    assert!(!uk_md.contains("Keep what this brief"));
}
