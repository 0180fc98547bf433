//! The consultation ledger: `[[consultation.submissions]]` tables and a submissions CSV file give
//! the same brief, every broken ledger gives its error at its line and column (in the CSV file
//! for a CSV ledger), and a ledger of 100,000 rows loads while one over the cap fails cleanly.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{TestEnv, assessment, repo};

/// The `[consultation]` facts both forms share.
const FACTS: &str = "[consultation]
opened = 2026-01-05
closed = 2026-03-02
responded = 2026-05-25
channels = [\"online portal\", \"public hearing\"]
response_url = \"https://example.org/response\"
";

/// Seven submissions as tables.
const TABLES: &str = r#"
[[consultation.submissions]]
id = "S1"
submitter = "Open Rights Group, London"
group = "civil-society"
provision = "Art. 4"
asked = "Drop the scanning duty, \"in full\".\nKeep encryption."
disposition = "rejected"
reason = "none-given"
submitted = 2026-01-20
responded = 2026-05-25
evidence = ["https://example.org/r#s1", "Summary, p. 4"]

[[consultation.submissions]]
id = "S2"
submitter = "ISP Association"
group = "private-sector"
disposition = "accepted"
reflected_in = "Art. 4(2)"
responded = 2026-05-25

[[consultation.submissions]]
id = "S3"
group = "technical-community"
disposition = "partially-accepted"
reason = "disproportionate-cost"
reason_text = "Too costly for small operators."

[[consultation.submissions]]
id = "S4"
submitter = "A. Citizen"
group = "individual"
disposition = "merged"
merged_into = "S1"

[[consultation.submissions]]
id = "S5"
group = "academia"
disposition = "out-of-scope"
reason = "outside-mandate"

[[consultation.submissions]]
id = "S6"
group = "unknown"
disposition = "not-answered"

[[consultation.submissions]]
id = "S7"
group = "government"
disposition = "withdrawn"
"#;

/// The same seven as a spreadsheet would save them: a byte-order mark, CRLF line ends, header
/// names in another case and spelling, quoted cells with commas, quotes and a line break.
const CSV: &str = "\u{feff}ID,Submitter,Group,Provision,Asked,Disposition,Merged into,Reason,Reason_text,Submitted,Responded,Reflected_in,Evidence\r
S1,\"Open Rights Group, London\",civil-society,Art. 4,\"Drop the scanning duty, \"\"in full\"\".\r
Keep encryption.\",rejected,,none-given,,2026-01-20,2026-05-25,,\"https://example.org/r#s1; Summary, p. 4\"\r
S2,ISP Association,private-sector,,,accepted,,,,,2026-05-25,Art. 4(2),\r
S3,,technical-community,,,partially-accepted,,disproportionate-cost,Too costly for small operators.,,,,\r
\r
S4,A. Citizen,individual,,,merged,S1,,,,,,\r
S5,,academia,,,out-of-scope,,outside-mandate,,,,,\r
S6,,unknown,,,not-answered,,,,,,,\r
S7,,government,,,withdrawn,,,,,,,\r
";

fn json_brief(env: &TestEnv, file: &str) -> String {
    let run = env.run(&["render", file, "-f", "json", "-o", "-"]);
    run.code(0);
    run.stdout.clone()
}

#[test]
fn tables_and_a_csv_file_give_the_same_json_brief() {
    let env = TestEnv::new();
    env.write("tables/bill.toml", assessment(&format!("{FACTS}{TABLES}")));
    env.write(
        "csv/bill.toml",
        assessment(&format!("{FACTS}submissions_file = \"ledger/submissions.csv\"\n")),
    );
    env.write("csv/ledger/submissions.csv", CSV);
    env.run(&["check", "tables/bill.toml", "csv/bill.toml"]).code(0);
    let from_tables = json_brief(&env, "tables/bill.toml");
    let from_csv = json_brief(&env, "csv/bill.toml");
    let brief: Value = serde_json::from_str(&from_csv).expect("JSON");
    let tables: Value = serde_json::from_str(&from_tables).expect("JSON");
    assert_eq!(
        tables["consultation"], brief["consultation"],
        "the ledgers differ (tables first)"
    );
    assert!(from_tables == from_csv, "the briefs differ outside the ledger");

    let ledger = &brief["consultation"];
    // Seven submissions, S7 withdrawn: six considered. S6 is not answered: 5 of 6.
    assert_eq!(ledger["submissions"], 7);
    assert_eq!(ledger["considered"], 6);
    assert_eq!(ledger["response_coverage"]["count"], 5);
    assert_eq!(ledger["response_coverage"]["display"], "83%");
    // Turned down in whole or in part: S1 (none given), S3 (partly accepted, disproportionate
    // cost), S4 (merged into S1, so the same as S1), S5 (outside the mandate): 2 of 4 reasoned.
    assert_eq!(ledger["reasoned_rejections"]["count"], 2);
    assert_eq!(ledger["reasoned_rejections"]["total"], 4);
    let unreasoned: Vec<(&str, &str)> = ledger["unreasoned_rejections"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|row| {
            (
                row["id"].as_str().unwrap_or(""),
                row["group"]["id"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(unreasoned, [("S1", "civil-society"), ("S4", "individual")]);
    assert_eq!(
        ledger["unreasoned_rejections"][0]["asked"],
        "Drop the scanning duty, \"in full\".\nKeep encryption."
    );
    assert_eq!(
        ledger["unreasoned_rejections"][0]["submitter"],
        "Open Rights Group, London"
    );
    // 5 January to 2 March: 56 days; 2 March to 25 May: 84 days, within 12 weeks.
    assert_eq!(ledger["timeliness"]["length_days"], 56);
    assert_eq!(ledger["timeliness"]["response_days"], 84);
    assert_eq!(ledger["timeliness"]["response_date"], "2026-05-25");
    assert_eq!(ledger["absent_groups"][0]["id"], "intergovernmental");
    assert_eq!(ledger["absent_groups"].as_array().map(Vec::len), Some(1));
    assert_eq!(ledger["rules"].as_array().map(Vec::len), Some(6));

    // A brief without a ledger has no `consultation` key at all.
    env.write("plain.toml", assessment(""));
    let plain: Value = serde_json::from_str(&json_brief(&env, "plain.toml")).expect("JSON");
    assert!(plain.get("consultation").is_none());
}

#[test]
fn rewriting_keeps_a_ledger_as_it_was_written() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        assessment(&format!("{FACTS}submissions_file = \"submissions.csv\"\n")),
    );
    env.write("submissions.csv", CSV);
    // `migrate` on a current file prints nothing to rewrite; `init`-style rewriting goes through
    // `Assessment::to_toml`, which the wizard uses: check it through the library.
    let rubrics = impact_brief::model::RubricSet::builtin().expect("built-in rubrics");
    let loaded = impact_brief::model::Assessment::load(&env.path("bill.toml"), &rubrics).expect("loads");
    let consultation = loaded.consultation.as_ref().expect("a ledger");
    assert_eq!(consultation.entries().len(), 7);
    let text = loaded.to_toml().expect("TOML");
    assert!(text.contains("submissions_file = \"submissions.csv\""), "{text}");
    assert!(!text.contains("[[consultation.submissions]]"), "{text}");

    // Tables written back (as the wizard saves) load to the same ledger.
    env.write("tables.toml", assessment(&format!("{FACTS}{TABLES}")));
    let loaded = impact_brief::model::Assessment::load(&env.path("tables.toml"), &rubrics).expect("loads");
    env.write("again.toml", loaded.to_toml().expect("TOML"));
    let again = impact_brief::model::Assessment::load(&env.path("again.toml"), &rubrics).expect("loads again");
    assert_eq!(again.consultation, loaded.consultation);
    assert_eq!(again.consultation.as_ref().map(|c| c.entries().len()), Some(7));
}

/// A ledger with more problems than are shown counts them all in the file's total, as the TOML
/// reader does: "150 more … not shown" beside "101 problems" read as a contradiction.
#[test]
fn a_ledgers_problems_not_shown_are_counted() {
    let env = TestEnv::new();
    let rows: String = (0..250).map(|row| format!("S{row},academia,bogus\n")).collect();
    env.write("submissions.csv", format!("id,group,disposition\n{rows}"));
    env.write(
        "bill.toml",
        format!(
            "{}[consultation]\nsubmissions_file = \"submissions.csv\"\n",
            assessment("")
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    let shown = run.stderr.matches(": error: unknown disposition").count();
    let rest: usize = run
        .stderr
        .split(" more problems in the consultation ledger not shown")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .and_then(|count| count.parse().ok())
        .expect("the number not shown");
    assert_eq!(shown + rest, 250, "{}", run.stderr);
    assert!(run.stdout.contains("bill.toml: 250 problems"), "{}", run.stdout);
}

/// One broken ledger: its files, and the start of the line `check` must print.
struct Case {
    name: &'static str,
    ledger: String,
    csv: Option<&'static str>,
    expected: &'static str,
}

fn csv_case(name: &'static str, csv: &'static str, expected: &'static str) -> Case {
    Case {
        name,
        ledger: "[consultation]\nsubmissions_file = \"submissions.csv\"\n".to_string(),
        csv: Some(csv),
        expected,
    }
}

fn toml_case(name: &'static str, ledger: &str, expected: &'static str) -> Case {
    Case {
        name,
        ledger: ledger.to_string(),
        csv: None,
        expected,
    }
}

const HEADER: &str = "id,group,disposition,merged_into,reason,submitted,responded\n";

#[test]
fn broken_ledgers_give_located_errors() {
    // Lines of the assessment file: its ledger starts on line 6 (see `assessment`).
    let one = |fields: &str| format!("[consultation]\n[[consultation.submissions]]\n{fields}");
    let cases = [
        toml_case(
            "unknown group in a table",
            &one("id = \"S1\"\ngroup = \"privat-sector\"\ndisposition = \"accepted\"\n"),
            "bill.toml:9:9: error: unknown group `privat-sector`; valid values, nearest first: private-sector,",
        ),
        toml_case(
            "unknown disposition in a table",
            &one("id = \"S1\"\ngroup = \"academia\"\ndisposition = \"rejectd\"\n"),
            "bill.toml:10:15: error: unknown disposition `rejectd`; valid values, nearest first: rejected,",
        ),
        toml_case(
            "unknown reason in a table",
            &one("id = \"S1\"\ngroup = \"academia\"\ndisposition = \"rejected\"\nreason = \"too-costly\"\n"),
            "bill.toml:11:10: error: unknown reason `too-costly`; valid values, nearest first:",
        ),
        toml_case(
            "a missing group",
            &one("id = \"S1\"\ndisposition = \"accepted\"\n"),
            "bill.toml:7:1: error: missing key `group`",
        ),
        toml_case(
            "duplicate ids in tables",
            &format!(
                "{}[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n",
                one("id = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n")
            ),
            "bill.toml:12:6: error: duplicate submission id `S1`",
        ),
        toml_case(
            "merged without merged_into",
            &one("id = \"S1\"\ngroup = \"academia\"\ndisposition = \"merged\"\n"),
            "bill.toml:10:15: error: submission `S1` is merged but does not say into which",
        ),
        toml_case(
            "merged into an unknown id",
            &one("id = \"S1\"\ngroup = \"academia\"\ndisposition = \"merged\"\nmerged_into = \"S9\"\n"),
            "bill.toml:11:15: error: submission `S1` is merged into `S9`, which is not in the ledger",
        ),
        toml_case(
            "answered before submitted",
            &one(
                "id = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\nsubmitted = 2026-03-02\nresponded = 2026-03-01\n",
            ),
            "bill.toml:12:13: error: submission `S1` was answered (2026-03-01) before it was submitted (2026-03-02)",
        ),
        toml_case(
            "closed before opened",
            "[consultation]\nopened = 2026-03-02\nclosed = 2026-01-05\n",
            "bill.toml:8:10: error: the consultation closed (2026-01-05) before it opened (2026-03-02)",
        ),
        toml_case(
            "a response before the close",
            "[consultation]\nclosed = 2026-03-02\nresponded = 2026-02-01\n",
            "bill.toml:8:13: error: the response (2026-02-01) is dated before the consultation closed (2026-03-02)",
        ),
        toml_case(
            "a response date on an unanswered submission",
            &one("id = \"S1\"\ngroup = \"academia\"\ndisposition = \"not-answered\"\nresponded = 2026-03-01\n"),
            "bill.toml:11:13: error: submission `S1` is not-answered but has a response date",
        ),
        toml_case(
            "a date with a time",
            "[consultation]\nopened = 2026-03-02T10:00:00Z\n",
            "bill.toml:7:10: error: `opened` must be a date, not 2026-03-02T10:00:00Z",
        ),
        toml_case(
            "both tables and a file",
            &format!(
                "{}submissions_file = \"submissions.csv\"\n[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n",
                "[consultation]\n"
            ),
            "bill.toml:7:20: error: the consultation has both `submissions` tables and a `submissions_file`",
        ),
        toml_case(
            "an absolute path",
            "[consultation]\nsubmissions_file = \"/etc/passwd\"\n",
            "bill.toml:7:20: error: `submissions_file` must name a file in the assessment file's folder, not `/etc/passwd`",
        ),
        toml_case(
            "a path out of the folder",
            "[consultation]\nsubmissions_file = \"../submissions.csv\"\n",
            "bill.toml:7:20: error: `submissions_file` must name a file in the assessment file's folder, not `../submissions.csv`",
        ),
        toml_case(
            "a missing file",
            "[consultation]\nsubmissions_file = \"nowhere.csv\"\n",
            "bill.toml:7:20: error: cannot read the submissions file nowhere.csv: ",
        ),
        csv_case(
            "unknown group in a row",
            "id,group,disposition\nS1,academia,accepted\nS2,privat-sector,accepted\n",
            "submissions.csv:3:4: error: unknown group `privat-sector`; valid values, nearest first: private-sector,",
        ),
        csv_case(
            "unknown disposition in a row",
            "id,group,disposition\nS1,academia,acepted\n",
            "submissions.csv:2:13: error: unknown disposition `acepted`; valid values, nearest first: accepted,",
        ),
        csv_case(
            "unknown reason in a row",
            "id,group,disposition,reason\nS1,academia,rejected,nope\n",
            "submissions.csv:2:22: error: unknown reason `nope`; valid values, nearest first:",
        ),
        csv_case(
            "missing columns",
            "id,submitter,disposition\nS1,x,accepted\n",
            "submissions.csv:1:1: error: the header row has no `group` column",
        ),
        csv_case(
            "an unknown column",
            "id,group,disposition,reason_code\nS1,academia,accepted,\n",
            "submissions.csv:1:22: error: unknown column `reason_code`",
        ),
        csv_case(
            "duplicate ids in rows",
            "id,group,disposition\nS1,academia,accepted\nS2,academia,accepted\nS1,academia,accepted\n",
            "submissions.csv:4:1: error: duplicate submission id `S1`",
        ),
        csv_case(
            "merged into an unknown id in a row",
            "id,group,disposition,merged_into,reason,submitted,responded\nS1,academia,accepted,,,,\nS2,academia,merged,S3,,,\n",
            "submissions.csv:3:20: error: submission `S2` is merged into `S3`, which is not in the ledger",
        ),
        csv_case(
            "a loop of merges, said once",
            "id,group,disposition,merged_into\nS1,academia,accepted,\nS4,academia,merged,S5\nS5,academia,merged,S4\nS6,academia,merged,S4\n",
            "submissions.csv:3:20: error: the merges `S4` → `S5` → `S4` come back on themselves",
        ),
        csv_case(
            "the separator line some spreadsheets write first",
            "sep=,\nid,group,disposition\nS1,academia,accepted\nS2,acadmia,accepted\n",
            "submissions.csv:4:4: error: unknown group `acadmia`",
        ),
        toml_case(
            "a ledger file that does not exist",
            "[consultation]\nsubmissions_file = \"nope.csv\"\n",
            "bill.toml:7:20: error: cannot read the submissions file nope.csv: there is no such file",
        ),
        toml_case(
            "a ledger file named as nothing",
            "[consultation]\nsubmissions_file = \"\"\n",
            "bill.toml:7:20: error: `submissions_file` names no file",
        ),
        csv_case(
            "merged without merged_into in a row",
            "id,group,disposition,merged_into,reason,submitted,responded\nS2,academia,merged,,,,\n",
            "submissions.csv:2:13: error: submission `S2` is merged but does not say into which",
        ),
        csv_case(
            "answered before submitted in a row",
            "id,group,disposition,merged_into,reason,submitted,responded\nS1,academia,accepted,,,2026-03-02,2026-03-01\n",
            "submissions.csv:2:35: error: submission `S1` was answered (2026-03-01) before it was submitted (2026-03-02)",
        ),
        csv_case(
            "not a date in a row",
            "id,group,disposition,merged_into,reason,submitted,responded\nS1,academia,accepted,,,2 March 2026,\n",
            "submissions.csv:2:24: error: `submitted` must be a date like 2026-03-02, not `2 March 2026`",
        ),
        csv_case(
            "semicolons between cells",
            "id;group;disposition\nS1;academia;accepted\n",
            "submissions.csv:1:1: error: the header row has one column: the file is not comma-separated",
        ),
        csv_case(
            "a value beyond the last column",
            "id,group,disposition\nS1,academia,accepted,surprise\n",
            "submissions.csv:2:1: error: the row has 4 cells, but the header row names 3 columns",
        ),
        csv_case(
            "a quote left open that runs into the next row",
            "id,group,disposition,asked\nS1,academia,\"accepted,x\nS2,academia\",accepted,y\n",
            "submissions.csv:2:1: error: the row on line 2 runs on to line 3: a double quote in it is not closed where it should be",
        ),
        csv_case(
            "a quote left open that takes in the rows after it",
            "id,group,disposition,asked\nS1,academia,accepted,\"Open\nS2,academia,accepted,\"Closed\"\n",
            "submissions.csv:3:23: error: the row on line 2 runs on to line 3: on line 3, text follows a double quote that should close a cell",
        ),
        csv_case(
            "a quote meant as part of the text",
            "id,group,disposition,asked\nS1,academia,rejected,\"He said \"no\" to it\"\n",
            "submissions.csv:2:32: error: text follows a double quote that closes a cell",
        ),
        csv_case(
            "an unquoted comma in a row whose last cells are empty",
            "id,group,disposition,reason_text,reflected_in\nS1,academia,rejected,We said no, because,\n",
            "submissions.csv:2:1: error: the row has 6 cells, but the header row names 5 columns",
        ),
        csv_case(
            "a quote left open to the end of the file",
            "id,group,disposition,asked\nS1,academia,accepted,Fine\nS2,academia,\"accepted,Open\n\n",
            "submissions.csv:3:1: error: the row on line 3 runs to the end of the file: a double quote in it is never closed",
        ),
        csv_case(
            "a quote left open whose row lines up by chance",
            "id,group,disposition,asked\nS1,academia,\"accepted,x\nS2\",y\n",
            "submissions.csv:2:1: error: the row on line 2 runs on to line 3, as a quoted cell holds a line break; if none is meant, a double quote in it is not closed",
        ),
        csv_case(
            "an accented group",
            "id,group,disposition\nS1,acad\u{e9}mia,accepted\n",
            "submissions.csv:2:4: error: unknown group `acad\u{e9}mia`; valid values, nearest first: academia,",
        ),
    ];
    let mut failures = Vec::new();
    for case in &cases {
        let env = TestEnv::new();
        env.write("bill.toml", assessment(&case.ledger));
        if let Some(csv) = case.csv {
            env.write("submissions.csv", csv);
        }
        let run = env.run(&["check", "bill.toml"]);
        let stderr = env.normalise(&run.stderr);
        let found = stderr.lines().any(|line| line.starts_with(case.expected));
        if run.code != 1 || !found || stderr.contains("panicked") {
            failures.push(format!(
                "{}: expected exit 1 and a line starting\n  {}\ngot exit {}:\n{stderr}",
                case.name, case.expected, run.code
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_bad_value_is_reported_once_not_again_as_missing() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        assessment(
            "[consultation]\n[[consultation.submissions]]\nid = \"S1\"\ngroup = \"privat-sector\"\ndisposition = \"accepted\"\n",
        ),
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert_eq!(run.stderr.matches(": error: ").count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("help: use one of the values listed above"),
        "{}",
        run.stderr
    );
}

#[test]
fn bytes_that_are_not_utf8_are_located_in_the_csv_file() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        assessment("[consultation]\nsubmissions_file = \"submissions.csv\"\n"),
    );
    env.write("submissions.csv", b"id,group,disposition\nS1,acad\xe9mia,accepted\n");
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("submissions.csv:2:8: error: the file is not valid UTF-8 text"),
        "{}",
        run.stderr
    );
    // Saved as UTF-16 ("Unicode text"), with or without a byte-order mark: said as such, not as
    // a binary file.
    for with_mark in [true, false] {
        let mut bytes: Vec<u8> = if with_mark { vec![0xFF, 0xFE] } else { Vec::new() };
        for unit in "id,group,disposition\nS1,academia,accepted\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        env.write("submissions.csv", &bytes);
        let run = env.run(&["check", "bill.toml"]);
        run.code(1);
        assert!(
            run.stderr
                .contains("submissions.csv: error: the file is saved as UTF-16 text, not UTF-8"),
            "{}",
            run.stderr
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_refused() {
    let env = TestEnv::new();
    env.write(
        "outside/submissions.csv",
        "id,group,disposition\nS1,academia,accepted\n",
    );
    env.write(
        "bills/bill.toml",
        assessment("[consultation]\nsubmissions_file = \"submissions.csv\"\n"),
    );
    std::os::unix::fs::symlink(env.path("outside/submissions.csv"), env.path("bills/submissions.csv"))
        .expect("symlink");
    let run = env.run(&["check", "bills/bill.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains("leads outside the assessment file's folder"),
        "{}",
        run.stderr
    );
}

/// A CSV ledger of `rows` submissions: groups, dispositions and reasons in rotation, every tenth
/// merged into the first.
fn big_csv(rows: usize) -> String {
    let groups = [
        "government",
        "private-sector",
        "civil-society",
        "technical-community",
        "academia",
        "intergovernmental",
        "individual",
        "unknown",
    ];
    let dispositions = [
        "accepted",
        "partially-accepted",
        "rejected",
        "out-of-scope",
        "not-answered",
    ];
    let mut csv = String::with_capacity(rows * 64);
    csv.push_str(HEADER);
    for n in 0..rows {
        let (disposition, merged_into) = if n > 0 && n % 10 == 0 {
            ("merged", "S0")
        } else {
            (dispositions[n % dispositions.len()], "")
        };
        let reason = if n % 3 == 0 { "insufficient-evidence" } else { "" };
        let responded = if disposition == "not-answered" {
            ""
        } else {
            "2026-05-25"
        };
        csv.push_str(&format!(
            "S{n},{},{disposition},{merged_into},{reason},2026-02-01,{responded}\n",
            groups[n % groups.len()]
        ));
    }
    csv
}

#[test]
fn a_csv_ledger_of_100000_rows_loads_and_one_over_the_cap_fails_cleanly() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        assessment("[consultation]\nsubmissions_file = \"submissions.csv\"\n"),
    );
    env.write("submissions.csv", big_csv(100_000));
    let started = Instant::now();
    let brief: Value = serde_json::from_str(&json_brief(&env, "bill.toml")).expect("JSON");
    let took = started.elapsed();
    assert_eq!(brief["consultation"]["submissions"], 100_000);
    assert_eq!(brief["consultation"]["participation"][0]["submissions"], 12_500);
    assert!(took < Duration::from_secs(60), "took {took:?}");

    // Over the cap: one error, at the first row too many (the header is line 1).
    env.write("submissions.csv", big_csv(200_001));
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .contains("submissions.csv:200002:1: error: the file has more than 200000 submissions"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);

    // 100,000 broken rows: the first hundred problems, then how many more.
    let broken = big_csv(100_000).replace(",academia,", ",academy,");
    env.write("submissions.csv", broken);
    let started = Instant::now();
    let run = env.run(&["check", "bill.toml"]);
    let took = started.elapsed();
    run.code(1);
    assert_eq!(run.stderr.matches(": error: ").count(), 101, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("submissions.csv: error: 12400 more problems in the consultation ledger not shown"),
        "{}",
        run.stderr
    );
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

/// The shipped ledger: 40 submissions to the UK Online Harms White Paper consultation (2019),
/// derived from the published government responses; every number below is computed by hand in
/// `tests/fixtures/ledger-expected.md`.
#[test]
fn the_shipped_ledger_gives_the_hand_computed_indicators() {
    let env = TestEnv::new();
    let run = env.run(&[
        "score",
        &repo("examples/consultation/uk-online-safety-bill-encryption.toml"),
        "--json",
    ]);
    run.code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON brief");
    let ledger = &json["consultation"];
    assert_eq!(ledger["submissions"], 40);
    assert_eq!(
        (
            ledger["response_coverage"]["count"].as_u64(),
            ledger["response_coverage"]["total"].as_u64()
        ),
        (Some(40), Some(40))
    );
    assert_eq!(
        (
            ledger["reasoned_rejections"]["count"].as_u64(),
            ledger["reasoned_rejections"]["total"].as_u64()
        ),
        (Some(3), Some(21))
    );
    let gap = &ledger["uptake_gap"];
    assert_eq!(
        (gap["best"]["id"].as_str(), gap["worst"]["id"].as_str()),
        (Some("private-sector"), Some("individual"))
    );
    assert!(
        gap["gap"]
            .as_f64()
            .is_some_and(|value| (value - 16.0 / 33.0).abs() < 1e-9),
        "{gap}"
    );
    let unreasoned: Vec<&str> = ledger["unreasoned_rejections"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|row| row["id"].as_str())
        .collect();
    // The 21 turned down less the three reasoned (S-13, S-15, S-37), in ledger order.
    assert_eq!(
        unreasoned,
        [
            "S-03", "S-04", "S-05", "S-06", "S-07", "S-09", "S-10", "S-11", "S-12", "S-16", "S-17", "S-30", "S-33",
            "S-34", "S-35", "S-36", "S-38", "S-39"
        ]
    );
    assert_eq!(ledger["absent_groups"].as_array().map(Vec::len), Some(1));
}

/// The shipped example with a ledger.
const LEDGER_EXAMPLE: &str = "examples/consultation/uk-online-safety-bill-encryption.toml";

/// The Markdown brief of the shipped ledger has the section "How views were reflected" between
/// the findings and the recommendations, with the numbers of `tests/fixtures/ledger-expected.md`,
/// and the indicators' definitions in the methodology.
#[test]
fn the_markdown_brief_shows_how_views_were_reflected() {
    let env = TestEnv::new();
    let run = env.run(&["render", &repo(LEDGER_EXAMPLE), "-f", "md", "-o", "-"]);
    run.code(0);
    let brief = &run.stdout;
    crate::support::assert_in_order(
        brief,
        &[
            "\n## Findings\n",
            "\n## How views were reflected\n",
            "| Opened | 8 April 2019 |",
            "| Closed | 1 July 2019 |",
            "| Channels | online portal; written submissions; meetings |",
            "| Published response | <https://www.gov.uk/government/consultations/online-harms-white-paper/outcome/",
            "| Submissions | 40 in the ledger, 40 counted in the shares (withdrawn ones left out); the consultation \
             received 2,400 responses in all, so the shares below describe these 40, not the whole consultation |",
            "\n### Indicators\n",
            // 40 answered of 40.
            "| Response coverage | 100% | 40 of 40 submissions were answered in a response by theme; none was answered on its own |",
            // S-13, S-37 and S-15 reasoned, of 8 rejections and 13 partial acceptances; S-03 and
            // S-30, addressed elsewhere, name no provision that addresses them.
            "| Reasoned rejections | 14% | 3 of 21 submissions rejected, ruled out of scope or only partly accepted",
            // 9/11 − 1/3 = 16/33 = 0.485.
            "| Uptake gap | 48 points | between Private sector (best served) and Individuals (worst served) |",
            // 2019-04-08 to 2019-07-01: 84 days; 2019-07-01 to 2020-12-15: 533 days.
            "| Consultation length | 12 weeks | from 8 April 2019 to 1 July 2019; the EU's Better Regulation guidelines \
             ask for at least 12 weeks: met |",
            "| Time to the published response | 533 days | from the close to 15 December 2020 (the published response); \
             the UK Consultation Principles ask for at most 12 weeks (84 days): not met |",
            "\n### Uptake by stakeholder group\n",
            "| Group | Submissions | Accepted | Partially accepted | Uptake |",
            "| Government | 3 | 2 | 0 | 67% |",
            "| Private sector | 11 | 9 | 0 | 82% |",
            "| Civil society | 17 | 3 | 7 | 38% |",
            "| Technical community | 1 | 0 | 1 | 50% |",
            "| Academia | 2 | 1 | 1 | 75% |",
            "| Individuals | 3 | 0 | 2 | 33% |",
            "| Unknown | 3 | 1 | 2 | 67% |",
            "is 48 points. The figure for Individuals rests on fewer than 5 submissions, too few to compare with \
             confidence; among the groups with at least 5, the gap is 44 points, between Private sector (82%) and \
             Civil society (38%).",
            "\n### Participation by group\n",
            "| Civil society | 17 | 42.5% |",
            "| Intergovernmental organisation | 0 | 0% |",
            "Groups that sent no submission: Intergovernmental organisation.",
            "\n### Turned down without a legitimate reason\n",
            "- **S-03**, ",
            "- **S-09**, Global Partners Digital (Civil society), on duty-of-care: Replace one blanket duty of care",
            "- **S-10**, Global Partners Digital (Civil society), on enforcement-sanctions:",
            "- **S-11**, Privacy International (Civil society), on duty-of-care:",
            "- **S-16**, Which? (Civil society), on scope-harms: Include online consumer harms in scope",
            "— Rejected, no reason given.\n",
            // The levels the ledger points to, against those chosen (2 and 2 in the file), each
            // question named as the brief asks it.
            "\n### The ledger and the process questions\n\n",
            "- **Did the drafters report back on how the input was used, and why suggestions were not \
             taken up?** — the ledger points to level 2 (40 of 40 submissions got a response \
             and 3 of 21 rejections gave a legitimate reason; the response came 533 days after the close). \
             The assessors chose level 2, as the ledger suggests.\n",
            "- **Could a single interest group dominate the process or the outcome?** — the ledger \
             points to level 2 (uptake differs by 48 points between the \
             best-served group, Private sector, and the worst-served, Individuals). The assessors chose level 2, \
             as the ledger suggests.\n\n## Recommendations\n",
            "\n## Methodology\n",
            "\n### Consultation indicators\n\n- A submission's outcome is its disposition",
            "\n### What the effect questions cover\n",
        ],
    );
    // Exactly the 18 turned down without a legitimate reason, none of the reasoned ones.
    let section = &brief
        [brief.find("### Turned down without").expect("section")..brief.find("### The ledger and").expect("next")];
    assert_eq!(section.matches("\n- **").count(), 18, "{section}");
    for reasoned in ["S-13", "S-15", "S-37"] {
        assert!(!section.contains(reasoned), "{reasoned} was reasoned:\n{section}");
    }
}

/// A ledger's user text is escaped as every other field is: nothing in it becomes markup.
#[test]
fn ledger_text_is_escaped_in_every_brief() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        assessment(
            r#"[consultation]
channels = ["<b>portal</b> | *hearing*"]
response_url = "javascript:alert(1)"
[[consultation.submissions]]
id = "S1"
submitter = "<script>alert(1)</script> & Co | *Ltd*"
group = "civil-society"
provision = "Art. 4 <i>"
asked = "Drop `it` | [x](javascript:y)"
disposition = "rejected"
reason = "none-given"
"#,
        ),
    );
    let markdown = env.run(&["render", "bill.toml", "-f", "md", "-o", "-"]);
    markdown.code(0);
    assert!(
        markdown.stdout.contains(
            "- **S1**, \\<script\\>alert(1)\\</script\\> \\& Co \\| \\*Ltd\\* (Civil society), on Art. 4 \\<i\\>: \
             Drop \\`it\\` \\| \\[x\\](javascript:y) — Rejected, no reason given."
        ),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown.stdout.contains("| Published response | javascript:alert(1) |"),
        "{}",
        markdown.stdout
    );
    let html = env.run(&["render", "bill.toml", "-f", "html", "-o", "-"]);
    html.code(0);
    assert!(!html.stdout.contains("<script>alert"), "{}", html.stdout);
    assert!(!html.stdout.contains("href=\"javascript"), "{}", html.stdout);
    assert!(
        html.stdout.contains(
            "<li><strong>S1</strong>, &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co | *Ltd* (Civil society), \
             on Art. 4 &lt;i&gt;: Drop `it` | [x](javascript:y) — Rejected, no reason given.</li>"
        ),
        "{}",
        html.stdout
    );
    assert!(
        html.stdout.contains("<td>&lt;b&gt;portal&lt;/b&gt; | *hearing*</td>"),
        "{}",
        html.stdout
    );
    env.run(&["render", "bill.toml", "-f", "pdf,docx", "-o", "out/"])
        .code(0);
}

/// The PDF, HTML and Word briefs of the shipped ledger have the section too: the PDF's text shows
/// the heading and a rejection without a legitimate reason, the HTML draws the uptake as an SVG
/// chart, and the Word document has the heading.
#[test]
fn the_pdf_html_and_word_briefs_show_how_views_were_reflected() {
    let env = TestEnv::new();
    env.run(&["render", &repo(LEDGER_EXAMPLE), "-f", "pdf,html,docx", "-o", "out/"])
        .code(0);

    if let Some(text) = crate::pdf::pdf_text_if_possible(&env.path("out/uk-online-safety-bill-encryption.pdf")) {
        crate::support::assert_in_order(
            &text,
            &[
                "Findings",
                "How views were reflected",
                "Response coverage 100%",
                "Uptake by stakeholder group",
                "Turned down without a legitimate reason",
                "S-09, Global Partners Digital (Civil society), on duty-of-care",
                "Recommendations",
                "Consultation indicators",
            ],
        );
    }

    let html = env.read("out/uk-online-safety-bill-encryption.html");
    crate::support::assert_in_order(
        &html,
        &[
            "<h2>Findings</h2>",
            "<h2 id=\"consultation\">How views were reflected</h2>",
            "<svg class=\"chart\" role=\"img\" aria-labelledby=\"uptake-chart-title\"",
            "<title id=\"uptake-chart-title\">Uptake by stakeholder group",
            // One bar per group counted: private sector's 9 / 11 of the 560-unit track.
            ">Private sector</text>",
            "width=\"458.1818181818182\"",
            ">82%</text>",
            "</svg>",
            "<strong>S-16</strong>, Which? (Civil society)",
            "<h2>Recommendations</h2>",
            "<h3>Consultation indicators</h3>",
        ],
    );
    assert_eq!(
        html.matches("<svg").count(),
        2,
        "the scorecard chart and the uptake chart"
    );

    let file = std::fs::File::open(env.path("out/uk-online-safety-bill-encryption.docx")).expect("the Word brief");
    let mut zip = zip::ZipArchive::new(file).expect("a zip package");
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").expect("word/document.xml"),
        &mut document,
    )
    .expect("UTF-8 XML");
    let heading = |text: &str| format!(r#"<w:t xml:space="preserve">{text}</w:t>"#);
    crate::support::assert_in_order(
        &document,
        &[
            &heading("Findings"),
            &heading("How views were reflected"),
            &heading("Response coverage"),
            &heading("48 points"),
            &heading("Turned down without a legitimate reason"),
            &heading("S-09"),
            &heading("Recommendations"),
            &heading("Consultation indicators"),
        ],
    );
}

/// A brief without a ledger has none of it, in any format.
#[test]
fn a_brief_without_a_ledger_has_no_such_section() {
    let env = TestEnv::new();
    env.write("bill.toml", assessment(""));
    env.run(&["render", "bill.toml", "-f", "md,html", "-o", "out/"]).code(0);
    for file in ["out/bill.md", "out/bill.html"] {
        let text = env.read(file);
        assert!(!text.contains("How views were reflected"), "{file}");
        assert!(!text.contains("Consultation indicators"), "{file}");
    }
}

/// The batch index gives a ledger's response coverage and uptake gap, and leaves both empty for an
/// assessment without one.
#[test]
fn the_batch_index_has_response_coverage_and_the_uptake_gap() {
    let env = TestEnv::new();
    let ledger = std::fs::read_to_string(repo(LEDGER_EXAMPLE)).expect("the example");
    let csv = std::fs::read_to_string(repo(
        "examples/consultation/uk-online-safety-bill-encryption-submissions.csv",
    ))
    .expect("its ledger");
    env.write("in/ledger.toml", ledger);
    env.write("in/uk-online-safety-bill-encryption-submissions.csv", csv);
    env.write("in/plain.toml", assessment(""));
    env.run(&["batch", "in", "-o", "out", "-f", "json", "--quiet"]).code(0);

    let index = env.read("out/index.csv");
    let header = index.lines().next().expect("header");
    assert!(header.ends_with(",error,response_coverage,uptake_gap"), "{header}");
    let row = |name: &str| {
        index
            .lines()
            .find(|line| line.starts_with(name))
            .unwrap_or_else(|| panic!("no row for {name}:\n{index}"))
            .to_string()
    };
    // 40 / 40 = 1; 16/33 = 0.4848…
    assert!(row("in/ledger.toml").ends_with(",1,0.4848"), "{index}");
    assert!(row("in/plain.toml").ends_with(",,"), "{index}");

    let markdown = env.read("out/index.md");
    assert!(
        markdown.contains("| Error | Response coverage | Uptake gap |"),
        "{markdown}"
    );
    assert!(markdown.contains(" |  | 100% | 48 points |\n"), "{markdown}");

    let json: Value = serde_json::from_str(&env.read("out/index.json")).expect("JSON");
    let rows = json["rows"].as_array().expect("rows");
    let ledger_row = rows.iter().find(|row| row["input"] == "in/ledger.toml").expect("row");
    assert_eq!(ledger_row["response_coverage"], 1.0);
    assert!(
        ledger_row["uptake_gap"]
            .as_f64()
            .is_some_and(|gap| (gap - 16.0 / 33.0).abs() < 1e-9),
        "{ledger_row}"
    );
    let plain_row = rows.iter().find(|row| row["input"] == "in/plain.toml").expect("row");
    assert_eq!(plain_row["response_coverage"], Value::Null);
    assert_eq!(plain_row["uptake_gap"], Value::Null);
}

/// A brief lists at most 50 rejections without a legitimate reason and says how many more there
/// are; the JSON brief keeps every one.
#[test]
fn a_long_list_of_unreasoned_rejections_is_cut_at_fifty_in_the_brief() {
    let env = TestEnv::new();
    let mut csv = String::from("id,group,disposition,reason\n");
    for n in 1..=53 {
        csv.push_str(&format!("S{n},civil-society,rejected,none-given\n"));
    }
    env.write(
        "bill.toml",
        assessment(&format!("{FACTS}submissions_file = \"ledger.csv\"\n")),
    );
    env.write("ledger.csv", csv);
    let run = env.run(&["render", "bill.toml", "-f", "md", "-o", "-"]);
    run.code(0);
    let start = run.stdout.find("### Turned down without").expect("section");
    let end = start + run.stdout[start..].find("\n## Recommendations").expect("next section");
    let section = &run.stdout[start..end];
    assert_eq!(section.matches("\n- **S").count(), 50, "{section}");
    assert!(section.contains("- **S50**"), "{section}");
    assert!(!section.contains("- **S51**"), "{section}");
    assert!(
        section.contains("\nAnd 3 more; the JSON brief (-f json) lists every one.\n"),
        "{section}"
    );
    let json: Value = serde_json::from_str(&json_brief(&env, "bill.toml")).expect("JSON");
    assert_eq!(
        json["consultation"]["unreasoned_rejections"].as_array().map(Vec::len),
        Some(53)
    );
    assert_eq!(json["consultation"]["unreasoned_not_listed"], 3);
}

/// A ledger's problems are said in the interface's language, at the same line and column as in
/// English, with the file's keys and ids left as written.
#[test]
fn ledger_problems_are_said_in_the_interface_language() {
    let env = TestEnv::new();
    let submission = "[[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndisposition = \"accepted\"\n";
    env.write(
        "bill.toml",
        assessment(&format!(
            "[consultation]\nopened = 2026-03-02\nclosed = 2026-01-05\n{submission}{submission}"
        )),
    );
    let run = env.run_with_env(&["check", "bill.toml"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(1);
    // Each problem's line, then its help on the next: both in French.
    let said = |at: &str, message: &str, help: &str| {
        let mut lines = run.stderr.lines().skip_while(|line| !line.starts_with(at));
        let found = (lines.next(), lines.next());
        assert!(
            found.0.is_some_and(|line| line.ends_with(message)) && found.1.is_some_and(|line| line.ends_with(help)),
            "{at} {message}\n{}",
            run.stderr
        );
    };
    said(
        "bill.toml:8:10: ",
        ": la consultation a été close (2026-01-05) avant d’avoir été ouverte (2026-03-02)",
        ": vérifiez les deux dates\u{a0}; `closed` est le dernier jour de réception des contributions",
    );
    said(
        "bill.toml:14:6: ",
        ": l’identifiant de contribution `S1` figure en double",
        ": les identifiants doivent être uniques\u{a0}; le premier `S1` se trouve à la ligne 10",
    );
    assert!(!run.stderr.contains("duplicate submission id"), "{}", run.stderr);
}

/// An unknown value of a ledger vocabulary, read from the file's TOML, is said in the interface's
/// language with its help (the reader recognises the English its vocabulary gives it).
#[test]
fn an_unknown_disposition_is_said_in_french_with_its_help() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"T\"\n\n[consultation]\nopened = 2026-01-01\n\n\
         [[consultation.submissions]]\nid = \"S1\"\ngroup = \"academia\"\ndisposition = \"rejectd\"\n",
    );
    let run = env.run_with_env(&["check", "bill.toml"], &[("LANG", "fr_FR.UTF-8")]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "bill.toml:12:15: error: suite donnée inconnue `rejectd`\u{a0}; valeurs valides, de la plus proche à la plus éloignée\u{a0}: rejected, "
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("help: utilisez l’une des valeurs indiquées ci-dessus, écrite exactement ainsi"),
        "{}",
        run.stderr
    );
}
