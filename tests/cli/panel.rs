//! `panel`: several stakeholder groups' assessments of one proposal in one panel brief — group
//! medians, the panel's median, red flags by group, Krippendorff's alpha, dissent side by side.

use crate::support::{TestEnv, repo};

/// The known fixture as another member would answer it: only `answers` differ (each a
/// `(question, new answer table body)` pair), and the stakeholder group is `group`.
fn member(env: &TestEnv, name: &str, group: &str, answers: &[(&str, &str)]) {
    let mut text = std::fs::read_to_string(repo("tests/fixtures/known.toml"))
        .expect("fixture")
        .replace(
            "stakeholder_group = \"academia\"",
            &format!("stakeholder_group = \"{group}\""),
        )
        .replace("assessors = [\"Test Assessor\"]", &format!("assessors = [\"{name}\"]"));
    for (question, body) in answers {
        let header = format!("[answers.{question}]\n");
        let start = text
            .find(&header)
            .unwrap_or_else(|| panic!("{question} not in the fixture"))
            + header.len();
        let end = text[start..].find("\n[").map_or(text.len(), |at| start + at + 1);
        text.replace_range(start..end, &format!("{body}\n"));
    }
    env.write(&format!("panel/{name}.toml"), text);
}

/// Five members in four groups. Encryption: civil society 0 and 1 (median 0), technical
/// community 0, academia 1, government 3 → group medians 0, 0, 1, 3 (sorted) → panel 0 (lower
/// middle of four). Surveillance: 2 everywhere but government 4.
fn panel(env: &TestEnv) {
    member(
        env,
        "cs-one",
        "civil-society",
        &[(
            "openness.encryption",
            "level = 0\nrationale = \"Scanning *breaks* E2EE.\"",
        )],
    );
    member(env, "cs-two", "civil-society", &[("openness.encryption", "level = 1")]);
    member(
        env,
        "tech",
        "technical-community",
        &[("openness.encryption", "level = 0\nrationale = \"No safe way to scan.\"")],
    );
    member(env, "uni", "academia", &[("openness.encryption", "level = 1")]);
    member(
        env,
        "gov",
        "government",
        &[
            (
                "openness.encryption",
                "level = 3\nrationale = \"Orders are targeted and safeguarded.\"",
            ),
            ("openness.surveillance", "level = 4"),
        ],
    );
}

fn questions(json: &serde_json::Value, key: &str) -> Vec<String> {
    json["panel"][key]
        .as_array()
        .expect("list")
        .iter()
        .map(|q| q["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn groups_are_reduced_to_medians_and_the_panel_is_never_kinder_than_half() {
    let env = TestEnv::new();
    panel(&env);
    let run = env.run(&["panel", "panel", "-f", "json"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON panel brief");
    // The shape of a single brief, plus `panel`.
    assert_eq!(json["proposal"]["title"], "Known Scores Act");
    assert!(json["overall"]["dimensions"].is_array() && json["rubrics"].is_array());
    let groups: Vec<(String, u64)> = json["panel"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| {
            (
                g["label"].as_str().unwrap_or_default().to_string(),
                g["members"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            ("Government".to_string(), 1),
            ("Civil society".to_string(), 2),
            ("Technical community".to_string(), 1),
            ("Academia".to_string(), 1)
        ]
    );
    assert_eq!(
        json["panel"]["missing_groups"],
        serde_json::json!(["Private sector", "Intergovernmental organisation"])
    );

    let encryption = json["panel"]["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "openness.encryption")
        .expect("encryption");
    let by_group: Vec<Option<u64>> = encryption["by_group"]
        .as_array()
        .expect("by group")
        .iter()
        .map(|a| a["level"].as_u64())
        .collect();
    assert_eq!(
        by_group,
        [Some(3), Some(0), Some(0), Some(1)],
        "group medians, civil society's the lower middle of 0 and 1"
    );
    assert_eq!(encryption["consolidated_level"], 0);
    assert_eq!(
        (
            encryption["lowest"].as_u64(),
            encryption["highest"].as_u64(),
            encryption["spread"].as_u64()
        ),
        (Some(0), Some(3), Some(3))
    );
    // The consolidated brief scores the panel's answers by the normal rule.
    let consolidated = json["rubrics"][0]["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "openness.encryption")
        .expect("encryption");
    assert_eq!(consolidated["level"], 0);

    // Red flags by the groups that raised them (encryption flags at 1 and below).
    let flag = &json["panel"]["red_flags"][0];
    assert_eq!(flag["question"], "openness.encryption");
    assert_eq!(
        flag["groups"],
        serde_json::json!(["Civil society", "Technical community", "Academia"])
    );

    // Widest spread first: encryption (3) before surveillance (2).
    let disagreements = questions(&json, "disagreements");
    assert_eq!(disagreements[..2], ["openness.encryption", "openness.surveillance"]);
    let words: Vec<String> = json["panel"]["disagreements"][0]["by_group"]
        .as_array()
        .expect("by group")
        .iter()
        .flat_map(|a| a["rationales"].as_array().cloned().unwrap_or_default())
        .map(|r| r["text"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        words,
        [
            "Orders are targeted and safeguarded.",
            "Scanning *breaks* E2EE.",
            "No safe way to scan."
        ],
        "every group's words, verbatim"
    );

    // Alpha over the five assessors.
    let alpha = &json["panel"]["agreement"];
    assert_eq!(alpha["coders"], 5);
    assert!(
        alpha["value"].as_f64().is_some_and(|value| value > 0.5 && value < 1.0),
        "{alpha}"
    );
}

#[test]
fn harms_found_by_half_the_groups_raise_their_red_flag_and_bring_their_advice() {
    let env = TestEnv::new();
    // Civil society finds an IP-blocking duty; academia finds only a safeguard against it. The
    // harm is named by one group of two (at least half: kept), the safeguard by one of two (not
    // more than half: not kept), so the panel's answer raises the harm's red flag.
    member(
        &env,
        "cs",
        "civil-society",
        &[(
            "openness.right-layer",
            "level = 2\nmechanisms = [\"ip-blocking-duty\"]\nrationale = \"Blocks shared IP addresses.\"",
        )],
    );
    member(
        &env,
        "uni",
        "academia",
        &[(
            "openness.right-layer",
            "level = 2\nmechanisms = [\"narrowest-means\"]\nrationale = \"Blocks by the narrowest means.\"",
        )],
    );
    let run = env.run(&["panel", "panel", "-f", "json"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON panel brief");
    let flag = json["panel"]["red_flags"]
        .as_array()
        .expect("red flags")
        .iter()
        .find(|flag| flag["question"] == "openness.right-layer")
        .expect("the harm's red flag, shown though it is no level's");
    assert_eq!(flag["groups"], serde_json::json!(["Civil society"]));
    let consolidated = json["rubrics"][0]["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "openness.right-layer")
        .expect("right-layer");
    assert_eq!(consolidated["level"], 2);
    assert_eq!(consolidated["red_flag"], true, "{consolidated}");
    let markdown = env.run(&["panel", "panel", "-f", "md"]);
    let advice = markdown
        .stdout
        .split("## Recommendations")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Recommendations section");
    assert!(
        advice.contains("Never require shared IP addresses to be blocked"),
        "the harm's advice: {advice}"
    );
    assert!(
        markdown.stdout.contains("a harm is kept where at least half"),
        "the rule is stated"
    );

    // Whether a harm is contained is for those who found it: civil society found it contained,
    // academia found no harm, so nobody raises a flag and neither does the panel.
    member(
        &env,
        "cs",
        "civil-society",
        &[(
            "openness.right-layer",
            "level = 1\nmechanisms = [\"ip-blocking-duty\", \"narrowest-means\"]\nrationale = \"Blocks, narrowly.\"",
        )],
    );
    member(&env, "uni", "academia", &[("openness.right-layer", "level = 3")]);
    let json = env.run(&["panel", "panel", "-f", "json"]).stdout;
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON panel brief");
    let consolidated = json["rubrics"][0]["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "openness.right-layer")
        .expect("right-layer");
    assert_eq!(consolidated["red_flag"], false, "{consolidated}");
    // A member who found the area not affected found no harm in it: one member of three
    // finding the harm does not keep it for the group.
    member(
        &env,
        "cs",
        "civil-society",
        &[(
            "openness.right-layer",
            "level = 1\nmechanisms = [\"ip-blocking-duty\"]\nrationale = \"Blocks shared addresses.\"",
        )],
    );
    member(
        &env,
        "cs-two",
        "civil-society",
        &[("openness.right-layer", "level = 3")],
    );
    member(
        &env,
        "cs-three",
        "civil-society",
        &[("openness.right-layer", "status = \"not-affected\"")],
    );
    std::fs::remove_file(env.path("panel/uni.toml")).expect("removed");
    member(
        &env,
        "gov",
        "government",
        &[("openness.right-layer", "status = \"not-affected\"")],
    );
    let json = env.run(&["panel", "panel", "-f", "json"]).stdout;
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON panel brief");
    let right_layer = json["panel"]["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "openness.right-layer")
        .expect("right-layer");
    assert!(
        right_layer["by_group"]
            .as_array()
            .expect("groups")
            .iter()
            .all(|group| group["red_flag"] == false),
        "{right_layer}"
    );
}

#[test]
fn a_copied_member_and_members_in_several_languages_are_warned_of() {
    let env = TestEnv::new();
    panel(&env);
    std::fs::copy(env.path("panel/uni.toml"), env.path("panel/uni-copy.toml")).expect("a copy");
    let run = env.run(&["panel", "panel"]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "warning: panel/uni.toml holds the same assessors and answers as panel/uni-copy.toml; each counts as an assessment"
        ),
        "{}",
        run.stderr
    );
    std::fs::remove_file(env.path("panel/uni-copy.toml")).expect("removed");
    let french = env
        .read("panel/uni.toml")
        .replace("[assessment]\n", "[assessment]\nlanguage = \"fr\"\n");
    env.write("panel/uni.toml", french);
    let run = env.run(&["panel", "panel"]);
    assert!(
        run.stderr.contains(
            "warning: the members are written in more than one language (panel/uni.toml in fr); the panel brief is in en, the first file's: pass --lang to choose"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !env.run(&["panel", "panel", "--lang", "en"])
            .stderr
            .contains("more than one language")
    );
}

#[test]
fn the_markdown_panel_brief_has_every_section() {
    let env = TestEnv::new();
    panel(&env);
    let run = env.run(&["panel", "panel"]);
    run.code(0);
    crate::support::assert_in_order(
        &run.stdout,
        &[
            "# Panel Brief: Known Scores Act",
            "| Panel | 5 assessments from 4 stakeholder groups |",
            "## Who assessed",
            "Not represented on the panel: Private sector, Intergovernmental organisation.",
            "## Consolidated verdict",
            // Page 1 says how robust the consolidated verdict is, as a single brief's does.
            "Borderline: if the answer on “Blocking websites or shutting down the Internet” were at level 0 instead of 1, the effect would be rated Serious harm.",
            "### Red flags, by the groups that raised them",
            "raised by Civil society, Technical community, Academia",
            // The rubrics after the flags, as a brief's scorecard after its summary.
            "### Ratings by rubric",
            "| Rubric | Effect | Process | Rating | Score |",
            "## Agreement",
            "## Where the groups disagree",
            "Spread 3 (from 0 to 3); the panel's answer: 0 of 4.",
            "Orders are targeted and safeguarded.",
            "Scanning *breaks* E2EE.",
            "## Where they agree",
            "## Each group's own verdict",
            "## Still open, by group",
            "## Consolidated answers",
            "## Methodology",
            "### How the panel's answer is made",
        ],
    );
}

#[test]
fn a_panel_needs_two_files_of_one_proposal_and_counts_a_file_once() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    let run = env.run(&["panel", &known]);
    run.code(1);
    assert!(
        run.stderr
            .contains("a panel needs at least two assessments of the proposal, and 1 was given"),
        "{}",
        run.stderr
    );
    let run = env.run(&["panel", &known, &known]);
    run.code(1);
    assert!(run.stderr.contains("is named twice; it counts once"), "{}", run.stderr);
    // A pattern the shell found nothing for is a path that does not exist, said as such.
    let run = env.run(&["panel", "examples/panel/*.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .starts_with("examples/panel/*.toml: error: cannot read the file: no such file or folder"),
        "{}",
        run.stderr
    );
    // A folder of proposals' folders names them, and the command for each or for all.
    env.write("bills/csa/a.toml", std::fs::read_to_string(&known).expect("fixture"));
    env.write("bills/dsa/a.toml", std::fs::read_to_string(&known).expect("fixture"));
    let run = env.run(&["panel", "bills"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "error: bills holds no assessment of its own; its folders bills/csa, bills/dsa do: give the folder of one \
         proposal (`impact-brief panel bills/csa`), or `impact-brief batch bills --panels` for a panel of each\n"
    );
    env.write(
        "other.toml",
        std::fs::read_to_string(&known)
            .expect("fixture")
            .replace("reference = \"TB 1\"", "reference = \"TB 2\""),
    );
    let run = env.run(&["panel", &known, "other.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("reference \"TB 1\" vs \"TB 2\"); pass --force"),
        "{}",
        run.stderr
    );
    env.run(&["panel", &known, "other.toml", "--force"]).code(0);
}

#[test]
fn the_pdf_panel_brief_shows_where_the_groups_disagree_with_their_words() {
    let env = TestEnv::new();
    panel(&env);
    env.run(&["panel", "panel", "-f", "pdf,html", "-o", "out/"]).code(0);
    // Named after the proposal, not after whichever file came first.
    let pdf = env.path("out/known-scores-act-panel.pdf");
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF-"));
    assert!(
        env.read("out/known-scores-act-panel.html")
            .contains("Panel Brief: Known Scores Act")
    );
    let Some(text) = crate::pdf::pdf_text_if_possible(&pdf) else {
        return;
    };
    crate::support::assert_in_order(
        &text,
        &[
            "Panel Brief: Known Scores Act",
            "Where the groups disagree",
            "Orders are targeted and safeguarded.",
            "No safe way to scan.",
        ],
    );
}

/// Page 1 of a panel brief leads with the effect's score, as each member's brief does, not with
/// the overall score: a reader who sets a member's brief beside the panel's compares like with
/// like (the shipped panel: effect 37, overall 53).
#[test]
fn the_panel_brief_leads_with_the_effect_score_as_a_members_brief_does() {
    let env = TestEnv::new();
    let run = env.run(&[
        "panel",
        &repo("examples/panel/eu-csa-regulation"),
        "-f",
        "pdf,json",
        "-o",
        "out/",
    ]);
    run.code(0);
    let json: serde_json::Value =
        serde_json::from_str(&env.read("out/proposal-for-a-regulation-laying-down-rules-to-prevent-panel.json"))
            .expect("JSON panel brief");
    assert_eq!(json["overall"]["headline_score_display"], "37");
    assert_eq!(json["overall"]["score_display"], "53");
    let page = crate::pdf::page_text(
        &env.path("out/proposal-for-a-regulation-laying-down-rules-to-prevent-panel.pdf"),
        1,
    );
    assert!(
        page.contains("Consolidated verdict 37 effect score, out of 100 Effect on the Internet"),
        "{page}"
    );
}

/// Page 1 of the panel brief says what the groups found: how many red flags they raised, and the
/// first, with the finding it quotes and who did not raise it, stands on page 1 in every language (the flag is kept whole, so
/// a page 1 a few lines too full sends all of it to page 2; French, Spanish and Portuguese are the
/// longest).
#[test]
fn the_panel_brief_keeps_its_first_red_flag_on_page_1_in_every_language() {
    let env = TestEnv::new();
    // pdftotext reads French's no-break spaces as spaces.
    for (lang, not_raised, counted) in [
        (
            "en",
            "Not raised by Government (3 of 4).",
            "The groups raised 4 red flags between them, listed below; the consolidated answers hold one.".to_string(),
        ),
        (
            "fr",
            "Non signalé par Gouvernements (3 sur 4).",
            "Les groupes ont levé 4 signaux d’alerte à eux tous, énumérés ci-dessous ; les réponses consolidées en retiennent un.".to_string(),
        ),
        (
            "es",
            "No planteada por Gobiernos (3 de 4).",
            "Los grupos plantearon 4 señales de alerta entre todos, enumeradas abajo; las respuestas consolidadas recogen una.".to_string(),
        ),
        (
            "pt",
            "Não levantado por Governos (3 de 4).",
            "Os grupos levantaram 4 sinais de alerta ao todo, listados abaixo; as respostas consolidadas registram um.".to_string(),
        ),
    ] {
        let out = format!("{lang}.pdf");
        env.run(&["panel", &repo("examples/panel/eu-csa-regulation"), "--lang", lang, "-o", &out]).code(0);
        let page = crate::pdf::page_text(&env.path(&out), 1);
        assert!(page.contains("a fishing exercise that treats every user as a suspect."), "{lang}: {page}");
        assert!(page.contains(not_raised), "{lang}: {page}");
        // The summary counts the consolidated answers' flag, and says how many the groups raised,
        // so that "one red flag" above a list of four is no contradiction.
        assert!(page.contains(&counted), "{lang}: {page}");
    }
}

#[test]
fn batch_with_panels_adds_a_panel_brief_per_folder_to_the_index() {
    let env = TestEnv::new();
    panel(&env);
    let run = env.run(&["batch", "panel", "-o", "out", "-f", "md", "--panels", "--quiet"]);
    run.code(0);
    assert!(env.path("out/known-scores-act-panel.md").is_file(), "{}", run.stderr);
    let csv = env.read("out/index.csv");
    assert!(
        csv.lines()
            .any(|line| line.starts_with("panel/ (panel of 5),ok,Known Scores Act,")
                // Outputs, then no error and no consultation ledger (response coverage, uptake gap).
                && line.ends_with("known-scores-act-panel.md,,,")),
        "{csv}"
    );
    // An input whose own brief bears the panel's name keeps it; the panel takes the next name.
    let other = env.read("panel/uni.toml").replace("Known Scores Act", "Another Act");
    env.write("panel/known-scores-act-panel.toml", other);
    let run = env.run(&["batch", "panel", "-o", "named", "-f", "md", "--panels", "--quiet"]);
    run.code(0);
    assert!(
        env.read("named/known-scores-act-panel.md")
            .starts_with("# Policy Impact Brief: Another Act"),
        "the input's own brief"
    );
    assert!(
        env.read("named/known-scores-act-consultation-panel.md")
            .starts_with("# Panel Brief: Known Scores Act"),
        "{}",
        run.stderr
    );
    // A file of the folder that cannot be read may be a member: no panel is written without it.
    env.write("panel/broken.toml", "schema_version = 3\n[proposal\n");
    let run = env.run(&["batch", "panel", "-o", "broken", "-f", "md", "--panels", "--quiet"]);
    run.code(1);
    assert!(!env.path("broken/known-scores-act-consultation-panel.md").exists());
    assert!(
        run.stderr.contains(
            "(panel of 5): error: the panel brief was not written: panel/broken.toml could not be read, and may be one of its members; fix it and run again"
        ),
        "{}",
        run.stderr
    );
    // A script reads the same in `index.json`, the problem's parts as fields.
    let index: serde_json::Value = serde_json::from_str(&env.read("broken/index.json")).expect("index.json");
    let rows = index["rows"].as_array().expect("rows");
    let panel = rows
        .iter()
        .find(|row| row["input"] == "panel/ (panel of 5)")
        .expect("the panel's row");
    assert_eq!(
        panel["problems"],
        serde_json::json!([{
            "file": "panel/ (panel of 5)",
            "severity": "error",
            "line": null,
            "column": null,
            "message": "the panel brief was not written: panel/broken.toml could not be read, and may be one of its members; fix it and run again",
            "help": null,
            "not_shown": 0
        }])
    );
    // In French, as the interface is.
    let run = env.run_with_env(
        &["batch", "panel", "-o", "broken-fr", "-f", "md", "--panels", "--quiet"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    run.code(1);
    assert!(
        run.stderr.contains(
            "(panel of 5): error: la note de panel n’a pas été écrite\u{a0}: panel/broken.toml n’a pas pu être lu et en est peut-être membre\u{a0}; corrigez-le et relancez"
        ),
        "{}",
        run.stderr
    );
    // Its row gives no rating for a brief that does not exist.
    let index = env.read("broken/index.csv");
    let row = index
        .lines()
        .find(|line| line.starts_with("panel/ (panel of 5),"))
        .expect("the panel's row");
    assert!(row.starts_with("panel/ (panel of 5),failed,,,,,,,"), "{row}");
    // Two stages of one bill are a change, not a panel.
    let run = env.run(&[
        "batch",
        &repo("examples/changes"),
        "-o",
        "changes",
        "-f",
        "md",
        "--panels",
        "--quiet",
    ]);
    run.code(0);
    assert!(
        !env.read("changes/index.csv").contains("(panel of"),
        "{}",
        env.read("changes/index.csv")
    );
}

#[test]
fn page_one_names_each_members_file_without_its_folder_in_every_format() {
    let env = TestEnv::new();
    panel(&env);
    let folder = env.path("panel").display().to_string();
    env.run(&["panel", &folder, "-f", "md,html,json,docx,typ", "-o", "out/"])
        .code(0);
    let word = crate::pinned::document_xml(&env.path("out/known-scores-act-panel.docx"));
    let bundle = std::fs::read_dir(env.path("out"))
        .expect("out/")
        .map(|entry| entry.expect("entry").path())
        .find(|path| path.is_dir())
        .expect("a Typst bundle folder");
    let typst = std::fs::read_to_string(bundle.join("data.json")).expect("data.json");
    for (format, text) in [
        ("md", env.read("out/known-scores-act-panel.md")),
        ("html", env.read("out/known-scores-act-panel.html")),
        ("json", env.read("out/known-scores-act-panel.json")),
        ("docx", word),
        ("typ", typst),
    ] {
        assert!(text.contains("cs-one (cs-one.toml)"), "{format}: the file's name");
        assert!(!text.contains(&folder), "{format}: no folder of the user's");
    }
}

#[test]
fn a_panel_refuses_assessments_of_another_stage_unless_forced() {
    let env = TestEnv::new();
    panel(&env);
    let gov = env
        .read("panel/gov.toml")
        .replace("stage = \"consultation\"", "stage = \"adopted\"");
    env.write("panel/gov.toml", gov);
    let run = env.run(&["panel", "panel"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("do not assess the same proposal at the same stage (stage \"In consultation\" vs \"Adopted\")")
            && run.stderr.contains("pass --force"),
        "{}",
        run.stderr
    );
    let spanish = env.run(&["panel", "panel", "--lang", "es"]);
    spanish.code(1);
    assert!(
        spanish
            .stderr
            .contains("(etapa «En consulta» frente a «Aprobada»); dos etapas"),
        "{}",
        spanish.stderr
    );
    let forced = env.run(&["panel", "panel", "--force"]);
    forced.code(0);
    assert!(
        forced.stderr.contains(
            "warning: panel/cs-one.toml and panel/gov.toml differ (stage \"In consultation\" vs \"Adopted\"); the panel brief shows panel/cs-one.toml's"
        ),
        "{}",
        forced.stderr
    );
    // `batch --panels` applies the same rule: the adopted one stays out of the panel.
    env.run(&["batch", "panel", "-o", "out", "-f", "md", "--panels", "--quiet"])
        .code(0);
    assert!(
        env.read("out/index.csv").contains("panel/ (panel of 4)"),
        "{}",
        env.read("out/index.csv")
    );
    // Two texts at one stage (a Commission proposal and the Council's position on it, both
    // before the legislature) are a change, not a panel: the shipped pair is refused as one.
    let pair = env.run(&["panel", &repo("examples/changes")]);
    pair.code(1);
    assert!(
        pair.stderr
            .contains("(introduced 2022-05-11 vs 2025-11-26); pass --force"),
        "{}",
        pair.stderr
    );
    // A first member that gives no date lets no two texts in: the other two are held against
    // each other, and the message names them.
    let commission = std::fs::read_to_string(repo("examples/changes/eu-csa-regulation-commission-proposal.toml"))
        .expect("the Commission's assessment");
    let council = std::fs::read_to_string(repo("examples/changes/eu-csa-regulation-council-position.toml"))
        .expect("the Council's assessment");
    let undated = commission
        .replace("introduced = 2022-05-11\n", "")
        .replace("Example Chapter policy group", "Another assessor");
    assert!(!undated.contains("introduced ="));
    env.write("texts/0-undated.toml", undated);
    env.write("texts/a-commission.toml", commission);
    env.write("texts/b-council.toml", council);
    let run = env.run(&[
        "panel",
        "texts/0-undated.toml",
        "texts/a-commission.toml",
        "texts/b-council.toml",
    ]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "texts/a-commission.toml and texts/b-council.toml do not assess the same proposal at the same stage (introduced 2022-05-11 vs 2025-11-26)"
        ),
        "{}",
        run.stderr
    );
    // The same for two countries, and `--force` says every difference, the dates' too.
    let uk = env
        .read("texts/a-commission.toml")
        .replace("jurisdiction = \"European Union\"", "jurisdiction = \"United Kingdom\"");
    let unnamed = env
        .read("texts/0-undated.toml")
        .replace("jurisdiction = \"European Union\"\n", "");
    assert!(uk.contains("United Kingdom") && !unnamed.contains("jurisdiction ="));
    env.write("lands/0-unnamed.toml", unnamed);
    env.write("lands/a-uk.toml", uk);
    env.write(
        "lands/b-eu.toml",
        env.read("texts/0-undated.toml")
            .replace("Another assessor", "A third assessor"),
    );
    let run = env.run(&["panel", "lands/0-unnamed.toml", "lands/a-uk.toml", "lands/b-eu.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("lands/a-uk.toml and lands/b-eu.toml do not assess the same proposal")
            && run
                .stderr
                .contains("jurisdiction \"United Kingdom\" vs \"European Union\""),
        "{}",
        run.stderr
    );
    let forced = env.run(&[
        "panel",
        "texts/0-undated.toml",
        "texts/a-commission.toml",
        "texts/b-council.toml",
        "--force",
    ]);
    forced.code(0);
    assert!(
        forced
            .stderr
            .contains("texts/a-commission.toml and texts/b-council.toml differ (introduced 2022-05-11 vs 2025-11-26)"),
        "{}",
        forced.stderr
    );
    // `batch --panels` makes a panel of the undated file and the first text only.
    env.run(&["batch", "texts", "-o", "texts-out", "-f", "md", "--panels", "--quiet"])
        .code(0);
    let index = env.read("texts-out/index.csv");
    assert!(
        index.contains("(panel of 2)") && !index.contains("(panel of 3)"),
        "{index}"
    );
    // Other rubrics cannot be compared, forced or not: uni answers no transparency question.
    let uni = env.read("panel/uni.toml");
    let other = uni[..uni.find("[answers.transparency").expect("transparency answers")].replace(
        "schema_version = 3",
        "schema_version = 3\nrubrics = [\"openness\", \"inclusiveness\"]",
    );
    env.write("panel/uni.toml", other);
    let run = env.run(&["panel", "panel/cs-one.toml", "panel/uni.toml", "--force"]);
    run.code(1);
    assert!(run.stderr.contains("answer different rubrics"), "{}", run.stderr);
}

#[test]
fn each_group_is_quoted_once_and_every_members_words_are_in_the_json() {
    let env = TestEnv::new();
    panel(&env);
    // Civil society now answers 0, 1 and 1: its median is 1, and cs-three speaks for it.
    member(
        &env,
        "cs-three",
        "civil-society",
        &[(
            "openness.encryption",
            "level = 1\nrationale = \"Scanning weakens E2EE.\"",
        )],
    );
    let run = env.run(&["panel", "panel"]);
    run.code(0);
    assert!(
        run.stdout.contains(
            "**Civil society** (cs-three; 1 other member's words in the JSON panel brief):\n\nScanning weakens E2EE."
        ),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("Scanning *breaks* E2EE."),
        "quoted once, by the group"
    );
    let run = env.run(&["panel", "panel", "-f", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON panel brief");
    let civil = json["panel"]["disagreements"][0]["by_group"]
        .as_array()
        .expect("by group")
        .iter()
        .find(|a| a["group"] == "Civil society")
        .cloned()
        .expect("civil society");
    assert_eq!(civil["quote"]["assessor"], "cs-three");
    assert_eq!(civil["unquoted"], 1);
    assert_eq!(civil["rationales"].as_array().map(Vec::len), Some(2), "{civil}");
}

/// The shipped panel: five groups' assessments of the EU's child sexual abuse regulation proposal.
/// Its alphas were computed independently by `tests/fixtures/panel_alpha.py` with the
/// `krippendorff` Python package (0.9.0, ordinal) over the same levels, not affected and unknown
/// counted as missing.
#[test]
fn the_shipped_panel_has_known_medians_alpha_and_disagreements() {
    let env = TestEnv::new();
    let run = env.run(&["panel", &repo("examples/panel/eu-csa-regulation"), "-f", "json"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON panel brief");
    let panel = &json["panel"];
    assert_eq!(panel["assessments"], 5);
    assert_eq!(
        panel["missing_groups"],
        serde_json::json!(["Intergovernmental organisation"])
    );
    let close =
        |value: &serde_json::Value, expected: f64| value.as_f64().is_some_and(|got| (got - expected).abs() < 1e-9);
    assert!(
        close(&panel["agreement"]["value"], 0.546_839_034_153_991_3),
        "{}",
        panel["agreement"]
    );
    assert_eq!(
        (
            panel["agreement"]["coders"].as_u64(),
            panel["agreement"]["units"].as_u64()
        ),
        (Some(5), Some(26))
    );
    let by_rubric: Vec<f64> = panel["rubric_agreement"]
        .as_array()
        .expect("rubrics")
        .iter()
        .filter_map(|rubric| rubric["alpha"]["value"].as_f64())
        .collect();
    for (got, expected) in by_rubric
        .iter()
        .zip([0.430_275, 0.521_695_620_177_512_1, 0.603_231_002_640_993_5])
    {
        assert!((got - expected).abs() < 1e-9, "{by_rubric:?}");
    }
    let consolidated = |id: &str| {
        panel["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .find(|question| question["id"] == id)
            .map(|question| {
                (
                    question["consolidated"].as_str().unwrap_or_default().to_string(),
                    question["spread"].as_u64(),
                )
            })
    };
    // Encryption: groups 0, 0, 0, 1, 3 → 0; surveillance: 0, 1, 1, 1, 3 → 1.
    assert_eq!(
        consolidated("openness.encryption"),
        Some(("0 of 4".to_string(), Some(3)))
    );
    assert_eq!(
        consolidated("openness.surveillance"),
        Some(("1 of 4".to_string(), Some(3)))
    );
    assert_eq!(
        consolidated("openness.central-dependency"),
        Some(("Not affected".to_string(), Some(0)))
    );
    let first = questions(&json, "disagreements");
    assert_eq!(first[..2], ["openness.encryption", "openness.surveillance"]);
    // The government member is the proposing department assessing its own text (`drafter`):
    // named as such, and the agreement is given without it too, where the others largely agree.
    assert!(
        panel["agreement_line"].as_str().is_some_and(|line| line.ends_with(
            "Without the assessment of the drafter of the text (government.toml), alpha is 0.86: the other assessors largely agree."
        )),
        "{}",
        panel["agreement_line"]
    );
    let government = &panel["groups"][0];
    assert_eq!(government["id"], "government");
    assert!(
        government["assessors"][0]
            .as_str()
            .is_some_and(|named| named.ends_with("(government.toml), drafter of the text")),
        "{government}"
    );
    assert_eq!(json["overall"]["rating"], "Serious concerns");
}

/// A panel grows with its groups, not its members: fifty assessments in five groups, each member
/// with words of their own, take about as many pages as five (the list of members on page 1 may
/// take one more); every member's words stay in the JSON panel brief.
#[test]
fn fifty_members_in_five_groups_take_about_the_pages_of_five() {
    let groups = [
        "civil-society",
        "technical-community",
        "academia",
        "government",
        "private-sector",
    ];
    let pages = |members: usize| {
        let env = TestEnv::new();
        for index in 0..members {
            let level = index % 5;
            let answer =
                format!("level = {level}\nrationale = \"Member {index} reads the scanning order its own way.\"");
            member(
                &env,
                &format!("m{index:02}"),
                groups[index % 5],
                &[("openness.encryption", &answer)],
            );
        }
        env.run(&["panel", "panel", "-f", "pdf", "-o", "panel.pdf"]).code(0);
        let (pages, _) = crate::pdf::page_info(&env.path("panel.pdf"));
        assert!(pages > 0, "pdfinfo reads a page count");
        let json = env.run(&["panel", "panel", "-f", "json"]).stdout;
        for index in 0..members {
            let words = format!("Member {index} reads the scanning order its own way.");
            assert!(json.contains(&words), "{words:?} is not in the JSON panel brief");
        }
        pages
    };
    let (five, fifty) = (pages(5), pages(50));
    assert!(fifty <= five + 1, "5 members: {five} pages; 50 members: {fifty} pages");
}

/// Page 1 of a panel says what the groups found, not only which questions they flagged: each red
/// flag, those most groups raised first, quotes what one group that raised it found and names the
/// groups that did not, with their answers; and a spread that counts a group's "not affected" at
/// the acceptable level says so.
#[test]
fn page_one_quotes_what_the_groups_found_and_who_did_not_raise_the_flag() {
    let env = TestEnv::new();
    let panel = repo("examples/panel/eu-csa-regulation");
    env.run(&["panel", &panel, "-f", "md,pdf", "-o", "out/"]).code(0);
    let md = env.read("out/proposal-for-a-regulation-laying-down-rules-to-prevent-panel.md");
    let flags = &md[md
        .find("### Red flags, by the groups that raised them")
        .expect("the flags")..];
    crate::support::assert_in_order(
        flags,
        &[
            "leave encryption intact?** — raised by Private sector, Civil society, Technical community, Academia",
            "Civil society found: “Obliges providers, end-to-end encrypted messaging included, to scan",
            "Not raised by Government (3\u{a0}of\u{a0}4).",
            "proportionate to what it can achieve?** — raised by Civil society, Academia",
            "## Agreement",
        ],
    );
    assert!(
        md.contains("Spread 2 (from 1 to 3, where “not affected”, the answer of Government, counts as the acceptable level 3); the panel's answer: 2 of 4."),
        "{md}"
    );
    let first_page = crate::pdf::page_text(
        &env.path("out/proposal-for-a-regulation-laying-down-rules-to-prevent-panel.pdf"),
        1,
    );
    assert!(
        first_page.contains("Civil society found: “Obliges providers"),
        "{first_page}"
    );
    // In French too, with the language's quotation marks.
    let fr = env.run(&["panel", &panel, "--lang", "fr", "-f", "md", "-o", "-"]);
    assert!(
        fr.stdout
            .replace('\u{a0}', " ")
            .contains("Société civile constate : « Obliges providers"),
        "{}",
        fr.stdout
    );
}

/// A red flag of a panel is kept whole on one page: its first line ("… raised by …") and its last
/// ("Not raised by …") on the same page, in each language and on both papers; and page 1 holds
/// the first one. The French panel of the shipped example used to cut its first flag's quote
/// between pages 1 and 2, and on US Letter, page 1 of the French, Spanish and Portuguese panels
/// ended before it.
#[test]
fn a_panel_keeps_each_red_flag_on_one_page_and_the_first_on_page_one() {
    let env = TestEnv::new();
    for ((lang, raised, not_raised), paper) in [
        ("en", "Red flag raised by", "Not raised by"),
        ("fr", "Signal d’alerte levé par", "Non signalé par"),
        ("es", "Señal de alerta planteada por", "No planteada por"),
        ("pt", "Sinal de alerta levantado por", "Não levantado por"),
    ]
    .into_iter()
    .flat_map(|language| [(language, "a4"), (language, "us-letter")])
    {
        let pdf = format!("panel-{lang}-{paper}.pdf");
        env.run(&[
            "panel",
            &repo("examples/panel/eu-csa-regulation"),
            "--lang",
            lang,
            "--paper",
            paper,
            "-f",
            "pdf",
            "-o",
            &pdf,
        ])
        .code(0);
        if crate::pdf::pdf_text_if_possible(&env.path(&pdf)).is_none() {
            continue;
        }
        let (pages, _) = crate::pdf::page_info(&env.path(&pdf));
        let mut flags = 0;
        for page in 1..=pages {
            let text = crate::pdf::page_text(&env.path(&pdf), page);
            let ends = text.matches(not_raised).count();
            let starts = text.matches(raised).count();
            assert_eq!(
                starts, ends,
                "{lang}, {paper}, page {page}: a red flag runs onto the next page\n{text}"
            );
            if page == 1 {
                assert!(
                    starts >= 1,
                    "{lang}, {paper}: page 1 ends before the first red flag\n{text}"
                );
            }
            flags += starts;
        }
        assert_eq!(flags, 4, "{lang}, {paper}: the example's four red flags");
    }
}

/// Where the groups' members say another question's advice answers this one too
/// (`advice_under`), so does the panel, by the rule its harms follow (named by at least half):
/// the panel's advice on that question says it answers this concern too, as a member's brief
/// does; a name only one group in three gives is not kept.
#[test]
fn advice_another_question_gives_is_carried_into_the_panel_by_half() {
    let env = TestEnv::new();
    let under =
        |named: &str| format!("level = 1\nadvice_under = [\"{named}\"]\nrationale = \"Licences for every network.\"");
    let blocking = "level = 1\nmechanisms = [\"blocking-power\"]\nrationale = \"Blocking orders without a court.\"";
    member(
        &env,
        "cs",
        "civil-society",
        &[
            ("openness.easy-access", &under("openness.reachability")),
            ("openness.reachability", blocking),
        ],
    );
    member(
        &env,
        "uni",
        "academia",
        &[
            ("openness.easy-access", &under("openness.reachability")),
            ("openness.reachability", blocking),
        ],
    );
    member(
        &env,
        "gov",
        "government",
        &[
            ("openness.easy-access", &under("openness.surveillance")),
            ("openness.reachability", blocking),
        ],
    );
    let run = env.run(&["panel", "panel", "-f", "json"]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON panel brief");
    let advice = json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .find(|advice| advice["question"] == "openness.reachability")
        .expect("the advice on blocking");
    assert_eq!(
        advice["also_answers"],
        serde_json::json!(["openness.easy-access"]),
        "{advice}"
    );
    let surveillance = json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .find(|advice| advice["question"] == "openness.surveillance");
    assert!(
        surveillance.is_none_or(|advice| advice["also_answers"] == serde_json::json!([])),
        "{surveillance:?}"
    );
}
