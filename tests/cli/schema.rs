//! `schema`: the shipped JSON Schemas are the generated ones, accept every shipped file, reject
//! what `check` rejects; the `#:schema` line that `init`, the wizard and `migrate` write points at
//! the schema `schema assessment --install` puts there, and every file loads with it.

use std::path::{Path, PathBuf};

use crate::support::{TestEnv, assessment, examples, repo};

/// Set to 1 to rewrite `schemas/*.schema.json` from the current types and rubrics.
const UPDATE: &str = "UPDATE_SCHEMAS";

#[test]
fn shipped_schemas_are_the_generated_ones() {
    let env = TestEnv::new();
    for kind in ["assessment", "rubric"] {
        let generated = env.run(&["schema", kind]).code(0).stdout.clone();
        let path = PathBuf::from(repo(&format!("schemas/{kind}.schema.json")));
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        if shipped == generated {
            continue;
        }
        let ci = std::env::var("CI").is_ok_and(|ci| !matches!(ci.as_str(), "" | "0" | "false"));
        if std::env::var(UPDATE).is_ok_and(|update| update == "1") && !ci {
            std::fs::write(&path, &generated).expect("write the schema");
            eprintln!("rewrote {}", path.display());
            continue;
        }
        panic!(
            "schemas/{kind}.schema.json is not what `impact-brief schema {kind}` prints (a file format or a \
             built-in rubric changed). Regenerate both with\n    {UPDATE}=1 cargo test --test cli schema::shipped\n\
             and commit them; the diff shows what editors will see."
        );
    }
}

#[test]
fn every_shipped_file_validates() {
    let assessments = Validator::shipped("assessment");
    let mut files = examples();
    files.extend(toml_files(&repo("examples/calibration")));
    files.push(repo("tests/fixtures/known.toml").into());
    assert!(files.len() > 10, "{files:?}");
    for file in &files {
        let errors = assessments.errors(&std::fs::read_to_string(file).expect("read"));
        assert!(errors.is_empty(), "{}:\n{}", file.display(), errors.join("\n"));
    }
    let rubrics = Validator::shipped("rubric");
    for file in toml_files(&repo("rubrics")) {
        let errors = rubrics.errors(&std::fs::read_to_string(&file).expect("read"));
        assert!(errors.is_empty(), "{}:\n{}", file.display(), errors.join("\n"));
    }
}

#[test]
fn assessment_schema_rejects_what_check_rejects() {
    let schema = Validator::shipped("assessment");
    let env = TestEnv::new();
    // (answers, where the schema objects)
    let cases = [
        (
            "[answers.openness.encryption]\nlevel = 5\n",
            "/answers/openness/encryption/level",
        ),
        (
            "[answers.openness.participation]\nstatus = \"not-affected\"\n",
            "/answers/openness/participation/status",
        ),
        (
            "[answers.openness.encryption]\nlevel = 2\nstatus = \"unknown\"\n",
            "/answers/openness/encryption",
        ),
        ("[answers.openness.encrypton]\nlevel = 2\n", "/answers/openness"),
        (
            "[answers.openness.encryption]\nstatus = \"maybe\"\n",
            "/answers/openness/encryption/status",
        ),
        (
            "[answers.openness.encryption]\nlevel = 2\nnote = \"x\"\n",
            "/answers/openness/encryption",
        ),
        ("[assessment]\ndate = 2026-11-20T10:00:00Z\n", "/assessment/date"),
        (
            "[assessment]\nstakeholder_group = \"press\"\n",
            "/assessment/stakeholder_group",
        ),
    ];
    for (answers, location) in cases {
        let text = assessment(answers);
        let errors = schema.errors(&text);
        assert!(
            errors.iter().any(|error| error.starts_with(&format!("{location}: "))),
            "the schema should object at {location} to\n{text}\nbut says:\n{}",
            errors.join("\n")
        );
        env.write("case.toml", &text);
        env.run(&["check", "case.toml"]).code(1);
    }
    for (text, location) in [
        (
            "schema_version = 3\n[proposal]\ntitle = \" \"\n".to_string(),
            "/proposal/title",
        ),
        ("schema_version = 3\n".to_string(), ""),
        (
            assessment("").replace("schema_version = 3", "schema_version = 3\nrubrics = []"),
            "/rubrics",
        ),
    ] {
        let errors = schema.errors(&text);
        assert!(
            errors.iter().any(|error| error.starts_with(&format!("{location}: "))),
            "{text}\n{}",
            errors.join("\n")
        );
    }

    // Every status an effect question takes, and the top level.
    let fine = assessment(
        "[answers.openness.encryption]\nstatus = \"not-affected\"\n\
         [answers.openness.participation]\nstatus = \"not-applicable\"\n\
         [answers.transparency.rationale-published]\nstatus = \"unknown\"\n\
         [answers.openness.easy-access]\nlevel = 4\nrationale = \"Why.\"\nevidence = [\"Clause 1\"]\n",
    );
    assert_eq!(schema.errors(&fine), Vec::<String>::new());
    env.write("fine.toml", &fine);
    env.run(&["check", "fine.toml"]).code(0);
}

#[test]
fn a_rubric_of_ones_own_is_checked_as_answers_in_general() {
    let env = TestEnv::new();
    env.write("mine/mine.toml", OWN_RUBRIC);
    env.run(&["rubric", "check", "mine/mine.toml"]).code(0);
    let text = assessment("[answers.mine.local-access]\nlevel = 2\nrationale = \"Why.\"\n").replace(
        "schema_version = 3",
        "schema_version = 3\nrubrics = [\"openness\", \"mine\"]",
    );
    env.write("bill.toml", &text);
    env.run(&["--rubrics", "mine", "check", "bill.toml"]).code(0);

    let shipped = Validator::shipped("assessment");
    assert_eq!(shipped.errors(&text), Vec::<String>::new());
    for wrong in [
        "level = 2\nstatus = \"maybe\"",
        "level = -1",
        "level = 2\nstatus = \"unknown\"",
    ] {
        let bad = text.replace("level = 2\nrationale = \"Why.\"", wrong);
        let errors = shipped.errors(&bad);
        assert!(
            errors
                .iter()
                .any(|error| error.starts_with("/answers/mine/local-access")),
            "{wrong}: {errors:?}"
        );
    }

    // With --rubrics, the schema knows the rubric's questions and levels too.
    let generated = env
        .run(&["--rubrics", "mine", "schema", "assessment"])
        .code(0)
        .stdout
        .clone();
    let knows = Validator::from_text(&generated);
    assert_eq!(knows.errors(&text), Vec::<String>::new());
    let too_high = text.replace("level = 2", "level = 3");
    assert_eq!(
        shipped.errors(&too_high),
        Vec::<String>::new(),
        "no bound without --rubrics"
    );
    assert!(
        knows
            .errors(&too_high)
            .iter()
            .any(|error| error.starts_with("/answers/mine/local-access/level: ")),
        "{:?}",
        knows.errors(&too_high)
    );
}

#[test]
fn a_file_for_rubrics_1_is_told_to_migrate() {
    let schema = Validator::shipped("assessment");
    let errors = schema.errors(&std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read"));
    assert!(
        errors.iter().any(|error| error.starts_with("/schema_version: ")),
        "{errors:?}"
    );
    let text: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo("schemas/assessment.schema.json")).expect("read"))
            .expect("JSON");
    let description = text["properties"]["schema_version"]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(description.contains("impact-brief migrate"), "{description}");
}

#[test]
fn rubric_schema_rejects_what_rubric_check_rejects() {
    let schema = Validator::shipped("rubric");
    let env = TestEnv::new();
    assert_eq!(schema.errors(OWN_RUBRIC), Vec::<String>::new());
    let cases = [
        ("dimension = \"effect\"\n", "", "/questions/0"),
        ("covers = [\"easy-access\"]\n", "", "/questions/0"),
        (
            "covers = [\"easy-access\"]\n",
            "covers = [\"easy-acess\"]\n",
            "/questions/0/covers/0",
        ),
        (
            "levels = [\"None\", \"Some\", \"All\"]",
            "levels = [\"None\", \"All\"]",
            "/questions/0/levels",
        ),
        ("id = \"mine\"", "id = \"Mine\"", "/id"),
        ("weight = 1.0", "weight = 0.0", "/weight"),
    ];
    for (from, to, location) in cases {
        let text = OWN_RUBRIC.replacen(from, to, 1);
        assert_ne!(text, OWN_RUBRIC, "{from}");
        let errors = schema.errors(&text);
        assert!(
            errors.iter().any(|error| error.starts_with(&format!("{location}: "))),
            "{location}:\n{text}\n{}",
            errors.join("\n")
        );
        env.write("rubric.toml", &text);
        env.run(&["rubric", "check", "rubric.toml"]).code(1);
    }
    // A first-edition rubric has no dimensions.
    let first = OWN_RUBRIC
        .replace("schema_version = 2", "schema_version = 1")
        .replace("dimension = \"effect\"\n", "")
        .replace("covers = [\"easy-access\"]\n", "")
        .replace("area = \"Local access\"\n", "");
    assert_eq!(schema.errors(&first), Vec::<String>::new());
    env.write("first.toml", &first);
    env.run(&["rubric", "check", "first.toml"]).code(0);
}

#[test]
fn init_points_at_the_schema_that_install_writes() {
    let env = TestEnv::new();
    let first = env.run(&["init", "bill.toml"]);
    first.code(0);
    assert!(
        first
            .stderr
            .contains("is not installed: run `impact-brief schema assessment --install`"),
        "{}",
        first.stderr
    );
    let installed = env.path("config/impact-brief/assessment.schema.json");
    let directive = format!("#:schema file://{}", installed.display());
    let text = env.read("bill.toml");
    assert_eq!(text.lines().next(), Some(directive.as_str()));

    let install = env.run(&["schema", "assessment", "--install"]);
    install.code(0);
    assert!(install.stdout.is_empty());
    assert!(
        install.stderr.contains(&installed.display().to_string()),
        "{}",
        install.stderr
    );
    assert!(
        std::fs::read_to_string(&installed).expect("installed")
            == std::fs::read_to_string(repo("schemas/assessment.schema.json")).expect("shipped"),
        "the installed schema is the shipped one"
    );
    let again = env.run(&["init", "other.toml"]);
    again.code(0);
    assert!(!again.stderr.contains("schema"), "{}", again.stderr);

    // The file loads with its directive, and fills in to a valid assessment.
    env.run(&["check", "bill.toml"]).code(0);
    let filled = text.replacen("# level = \n", "level = 3\n", 28);
    assert_eq!(Validator::shipped("assessment").errors(&filled), Vec::<String>::new());
    env.write("bill.toml", filled);
    env.run(&["check", "bill.toml"]).code(0);

    // An installed schema that lacks a question is out of date.
    let stale = std::fs::read_to_string(&installed).expect("installed").replacen(
        "\"encryption\": {",
        "\"encryption-old\": {",
        1,
    );
    std::fs::write(&installed, stale).expect("write");
    let stale = env.run(&["init", "third.toml"]);
    assert!(stale.stderr.contains("is out of date"), "{}", stale.stderr);

    // The rubric schema installs beside it.
    env.run(&["schema", "rubric", "--install"]).code(0);
    assert!(env.path("config/impact-brief/rubric.schema.json").is_file());
}

#[test]
fn the_directive_follows_impact_brief_schema() {
    let env = TestEnv::new();
    let url = "https://example.org/schemas/assessment.schema.json";
    let run = env.run_with_env(&["init", "a.toml"], &[("IMPACT_BRIEF_SCHEMA", url)]);
    run.code(0);
    assert!(!run.stderr.contains("--install"), "{}", run.stderr);
    assert!(
        env.read("a.toml")
            .starts_with(&format!("#:schema {url}\n# Impact assessment"))
    );

    env.run_with_env(&["init", "b.toml"], &[("IMPACT_BRIEF_SCHEMA", "")])
        .code(0);
    assert!(env.read("b.toml").starts_with("# Impact assessment"));

    // migrate writes it too, and keeps one the file has.
    std::fs::copy(repo("tests/fixtures/known-v1.toml"), env.path("old.toml")).expect("copy");
    env.run_with_env(&["migrate", "old.toml"], &[("IMPACT_BRIEF_SCHEMA", url)])
        .code(0);
    // Before the file's own first line, a comment here, which migrate keeps.
    let migrated = env.read("old.toml");
    assert!(
        migrated.starts_with(&format!("#:schema {url}\n# A first-edition")),
        "{migrated}"
    );
    assert!(migrated.contains("\nschema_version = 3\n"), "{migrated}");
    let own = format!(
        "#:schema ./team.schema.json\n{}",
        std::fs::read_to_string(repo("tests/fixtures/known-v1.toml")).expect("read")
    );
    env.write("own.toml", own);
    env.run_with_env(&["migrate", "own.toml"], &[("IMPACT_BRIEF_SCHEMA", url)])
        .code(0);
    let own = env.read("own.toml");
    assert!(
        own.starts_with("#:schema ./team.schema.json\n# A first-edition"),
        "{own}"
    );
    assert_eq!(own.matches("#:schema").count(), 1, "{own}");
}

#[test]
fn every_example_reads_the_same_with_a_directive() {
    let env = TestEnv::new();
    for example in examples() {
        let text = std::fs::read_to_string(&example).expect("read");
        env.write(
            "with.toml",
            format!("#:schema ../schemas/assessment.schema.json\n{text}"),
        );
        env.write("without.toml", &text);
        let with = env.run(&["score", "with.toml", "--json"]);
        with.code(0);
        let without = env.run(&["score", "without.toml", "--json"]);
        assert_eq!(with.stdout, without.stdout, "{}", example.display());
        let check = env.run(&["check", "with.toml"]);
        check.code(0);
        let plain = env.run(&["check", "without.toml"]);
        // The directive adds no warning (the warnings of the answers are the same, a line down).
        assert_eq!(
            check.stderr.matches("warning").count(),
            plain.stderr.matches("warning").count(),
            "{}",
            check.stderr
        );
    }
}

#[test]
fn help_says_how_editors_find_the_schema() {
    let env = TestEnv::new();
    let help = env.run(&["schema", "--help"]);
    help.code(0);
    for part in [
        "#:schema",
        "--install",
        "Even Better TOML",
        "IMPACT_BRIEF_SCHEMA",
        "assessment",
        "rubric",
    ] {
        assert!(help.stdout.contains(part), "{part}:\n{}", help.stdout);
    }
    let wrong = env.run(&["schema", "assesment"]);
    wrong.code(2);
    assert!(wrong.stderr.contains("assessment"), "{}", wrong.stderr);
}

/// A rubric of a user's own, with one effect question of three levels.
const OWN_RUBRIC: &str = r#"schema_version = 2
id = "mine"
title = "Local access"
version = "1.0.0"
weight = 1.0

[[questions]]
id = "local-access"
dimension = "effect"
covers = ["easy-access"]
area = "Local access"
prompt = "Does the proposal keep local access open?"
levels = ["None", "Some", "All"]
recommendation = "Keep it open."
"#;

/// A compiled schema and what it says about TOML texts.
struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    /// `schemas/<kind>.schema.json` of the repository.
    fn shipped(kind: &str) -> Validator {
        Validator::from_text(&std::fs::read_to_string(repo(&format!("schemas/{kind}.schema.json"))).expect("read"))
    }

    fn from_text(text: &str) -> Validator {
        let schema: serde_json::Value = serde_json::from_str(text).expect("the schema is JSON");
        let mut compiler = boon::Compiler::new();
        compiler.enable_format_assertions();
        compiler
            .add_resource("file:///schema.json", schema)
            .expect("the schema is a JSON Schema");
        let mut schemas = boon::Schemas::new();
        let index = compiler
            .compile("file:///schema.json", &mut schemas)
            .unwrap_or_else(|error| panic!("the schema compiles: {error:#}"));
        Validator { schemas, index }
    }

    /// Every error in `toml`, as `/json/pointer: message`, as an editor sees the file.
    fn errors(&self, toml: &str) -> Vec<String> {
        let value = as_json(toml::from_str(toml).expect("valid TOML"));
        match self.schemas.validate(&value, self.index) {
            Ok(()) => Vec::new(),
            Err(error) => {
                let mut leaves = Vec::new();
                collect(&error, &mut leaves);
                leaves
            }
        }
    }
}

fn collect(error: &boon::ValidationError<'_, '_>, leaves: &mut Vec<String>) {
    if error.causes.is_empty() {
        leaves.push(format!("{}: {}", error.instance_location, error.kind));
    }
    for cause in &error.causes {
        collect(cause, leaves);
    }
}

/// TOML as the JSON that TOML editors validate: dates and times become their text.
fn as_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(text) => text.into(),
        toml::Value::Integer(number) => number.into(),
        toml::Value::Float(number) => number.into(),
        toml::Value::Boolean(flag) => flag.into(),
        toml::Value::Datetime(datetime) => datetime.to_string().into(),
        toml::Value::Array(items) => items.into_iter().map(as_json).collect(),
        toml::Value::Table(table) => table.into_iter().map(|(key, value)| (key, as_json(value))).collect(),
    }
}

fn toml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(dir))
        .expect("folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}
