//! How errors read: one `file: error: …` line with a hint that fits the kind of file, never an
//! `error:` prefix stacked on a located problem.

use crate::support::{TestEnv, repo};

#[test]
fn a_missing_templates_folder_is_one_located_error() {
    let env = TestEnv::new();
    let run = env.run(&[
        "render",
        &repo("tests/fixtures/known.toml"),
        "--templates",
        "nosuch",
        "-o",
        "out/",
    ]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "nosuch: error: the templates folder does not exist\n  \
         help: --templates takes a folder holding any of brief.md.tera, brief.html.tera, brief.typ, \
         change.md.tera, change.html.tera, change.typ, panel.md.tera, panel.html.tera, panel.typ, common.typ, common.css\n"
    );
    assert!(
        !env.path("out").exists(),
        "nothing is written when the settings are wrong"
    );
}

#[test]
fn a_missing_rubric_file_is_not_told_to_run_init() {
    let env = TestEnv::new();
    let run = env.run(&["rubric", "check", "nosuch.toml"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "nosuch.toml: error: cannot read the file: no such file or folder\n  help: check the path\n"
    );
    // A missing assessment is: `init` is how one is made.
    let run = env.run(&["render", "nosuch.toml"]);
    run.code(1);
    assert!(
        run.stderr
            .ends_with("help: check the path; `impact-brief init FILE` creates a new assessment file\n"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.starts_with("error: "), "{}", run.stderr);
}

#[test]
fn a_day_the_calendar_does_not_have_is_a_located_error() {
    let env = TestEnv::new();
    env.write(
        "bill.toml",
        "schema_version = 3\n\n[proposal]\ntitle = \"T\"\nintroduced = 2026-02-30\n",
    );
    let run = env.run(&["check", "bill.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "bill.toml:5:14: error: the calendar has no such day: `2026-02-30` (that month has days 01 to 28)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_question_id_without_its_rubric_is_refused_where_it_is_written() {
    let env = TestEnv::new();
    let rubric = std::fs::read_to_string(repo("rubrics/openness.toml"))
        .expect("rubric")
        .replace(
            "applies_if = { question = \"openness.participation\", min_level = 1 }",
            "applies_if = { question = \"participation\", min_level = 1 }",
        );
    env.write("mine.toml", rubric);
    let run = env.run(&["rubric", "check", "mine.toml"]);
    run.code(1);
    assert!(
        run.stderr.contains(
            "`participation` is not a full question id; write it as `rubric.question`, e.g. `openness.participation`"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.starts_with("mine.toml:"), "{}", run.stderr);
}

#[test]
fn help_describes_every_format_as_it_is() {
    let env = crate::support::TestEnv::new();
    let help = env.run(&["render", "--help"]);
    help.code(0);
    assert!(!help.stdout.contains("pandoc"), "{}", help.stdout);
    assert!(
        help.stdout
            .contains("Markdown, to read, diff and keep under version control"),
        "{}",
        help.stdout
    );
    let top = env.run(&["--help"]);
    assert!(
        top.stdout.contains("Markdown, PDF, Word, HTML, JSON or a Typst"),
        "{}",
        top.stdout
    );
}

#[test]
fn a_template_of_ones_own_is_named_by_its_file_with_the_line_and_column_tera_gives() {
    let env = TestEnv::new();
    let known = repo("tests/fixtures/known.toml");
    env.write("tpl/brief.md.tera", "# {{ proposal.title }\n");
    let run = env.run(&["render", &known, "-f", "md", "-o", "out.md", "--templates", "tpl"]);
    run.code(1);
    assert!(
        run.stderr
            .starts_with("tpl/brief.md.tera:1:21: error: the template cannot be read: expected `or`, `and`, `not`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("help: tera's syntax is at https://keats.github.io/tera/docs/")
    );
    env.write("tpl/brief.md.tera", "# {{ proposal.nosuch.x }}\n");
    let run = env.run(&["render", &known, "-f", "md", "-o", "out.md", "--templates", "tpl"]);
    run.code(1);
    assert_eq!(
        run.stderr,
        "error: out.md not written: the template tpl/brief.md.tera failed: Variable `proposal.nosuch.x` \
         not found in context while rendering 'brief.md'\n"
    );
}

/// What a command says when it cannot write, or will not, is in the interface's language, the
/// system's own words included ("permission denied" has words of ours), with the language's
/// colon: French puts a no-break space before it.
#[test]
fn output_errors_speak_the_interface_language() {
    let env = TestEnv::new();
    env.write(
        "a.toml",
        std::fs::read_to_string(repo("tests/fixtures/known.toml")).expect("read"),
    );
    let nb = '\u{a0}';
    let expectations: [(&[&str], i32, String); 5] = [
        (
            &["render", "a.toml", "--lang", "fr", "-f", "md", "-o", "a.toml"],
            2,
            format!(
                "error: `-o a.toml`{nb}: une note ne s’écrit pas sous .toml, l’extension des évaluations, que check, \
                 batch et serve liraient comme telle{nb}; terminez le nom par .md, .pdf, .html, .docx ou .json\n"
            ),
        ),
        (
            &["render", "a.toml", "--lang", "es", "-o", "a.doc"],
            2,
            "error: `-o a.doc`: impact-brief no sabe qué escribir con esa extensión; termine el nombre en .md, .pdf, \
             .html, .docx (Word) o .json, o indique el formato con -f\n\nPara más información, pruebe '--help'.\n"
                .to_string(),
        ),
        (
            &["init", "--lang", "fr", "a.toml"],
            1,
            format!(
                "error: a.toml existe déjà{nb}; init n’écrase jamais un fichier\n  \
                 help: choisissez un autre nom, ou poursuivez-le avec `impact-brief wizard a.toml`\n"
            ),
        ),
        (
            &["check", "--lang", "pt", "nowhere.toml"],
            1,
            "nowhere.toml: error: não é possível ler o arquivo: arquivo ou pasta inexistente\n".to_string(),
        ),
        (
            &["render", "a.toml", "--lang", "fr", "-f", "md", "-o", "a.toml/x.md"],
            1,
            format!(
                "error: a.toml/x.md non écrit{nb}: impossible de créer le dossier a.toml{nb}: a.toml est un fichier, \
                 non un dossier{nb}; choisissez un autre chemin de sortie\n"
            ),
        ),
    ];
    for (args, code, expected) in expectations {
        let run = env.run(args);
        run.code(code);
        assert!(run.stderr.starts_with(&expected), "{args:?}\n{}", run.stderr);
    }
    // Two formats that both fail: each said with the language's colon, not the first with an
    // English one.
    let run = env.run(&["render", "a.toml", "--lang", "fr", "-f", "md,json", "-o", "a.toml/sub/"]);
    run.code(1);
    let failures: Vec<&str> = run.stderr.lines().filter(|line| line.starts_with("error: ")).collect();
    assert_eq!(failures.len(), 2, "{}", run.stderr);
    assert!(
        failures.iter().all(|line| line.contains(&format!("non écrit{nb}: "))),
        "{}",
        run.stderr
    );
    // An output that is the input under another name (a link) is refused, in French.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(env.path("a.toml"), env.path("link.md")).expect("link");
        let run = env.run(&["render", "a.toml", "--lang", "fr", "-f", "md", "-o", "link.md"]);
        run.code(1);
        assert!(
            run.stderr.starts_with(&format!(
                "error: link.md non écrit{nb}: refus d’écrire link.md par-dessus le fichier d’entrée a.toml"
            )),
            "{}",
            run.stderr
        );
    }
    // A brief is never written under .toml, where check, batch and serve would read it.
    let run = env.run(&["render", "a.toml", "-f", "md", "-o", "other.toml"]);
    run.code(2);
    assert!(
        run.stderr
            .starts_with("error: `-o other.toml`: a brief is not written under .toml"),
        "{}",
        run.stderr
    );
    assert!(!env.path("other.toml").exists());
    // A folder that cannot be read in a batch is a failed row in the batch's language.
    let run = env.run(&["batch", "--lang", "fr", "nowhere", "-o", "out", "-f", "md"]);
    run.code(1);
    assert!(
        run.stderr.contains(&format!(
            "nowhere: error: impossible de le lire{nb}: fichier ou dossier introuvable"
        )),
        "{}",
        run.stderr
    );
}

/// `--help`, `-h` and `help COMMAND` speak the language `--lang` names, else the system
/// locale's: the commands' and flags' descriptions, the values', clap's own headings ("Uso:",
/// "Opciones:") and its line for the help flag, with the usage's lines kept one under the other;
/// what the user types stays as it is. English is clap's own page.
#[test]
fn help_is_in_the_users_language() {
    let env = TestEnv::new();
    let french = env.run(&["render", "--help", "--lang", "fr"]);
    french.code(0);
    crate::support::assert_in_order(
        &french.stdout,
        &[
            "Produire la note d’une évaluation en Markdown, PDF, Word, HTML, JSON",
            "Utilisation\u{a0}: impact-brief render [OPTIONS] <FILE>",
            "Arguments\u{a0}:",
            "Le fichier d’évaluation",
            "Options\u{a0}:",
            "-f, --format <FORMAT>",
            "Formats de sortie, un ou plusieurs séparés par des virgules\u{a0}: `-f pdf`, `-f md,pdf`.",
            "Valeurs possibles\u{a0}:",
            "- md:   Markdown, pour la lecture",
            "- typ:  Un dossier contenant brief.typ et data.json",
            "[par défaut\u{a0}: a4]",
            "-h, --help",
            "Afficher l’aide (un résumé avec '-h')",
        ],
    );
    for english in [
        "Render the brief",
        "Possible values",
        "Usage:",
        "Print help",
        "[default:",
    ] {
        assert!(!french.stdout.contains(english), "{english}:\n{}", french.stdout);
    }
    // From the locale, at the top: the usage's second line under the first.
    let spanish = env.run_with_env(&["--help"], &[("LANG", "es_ES.UTF-8")]);
    spanish.code(0);
    assert!(
        spanish
            .stdout
            .contains("Uso: impact-brief [OPTIONS] <COMMAND>\n     impact-brief --version [--verbose]\n\nComandos:\n"),
        "{}",
        spanish.stdout
    );
    assert!(
        spanish.stdout.contains("Juzgar un proyecto de ley por su efecto"),
        "{}",
        spanish.stdout
    );
    // The short help lists the values in a line of the language; `help COMMAND` too.
    let short = env.run(&["render", "-h", "--lang", "es"]);
    assert!(
        short
            .stdout
            .contains("[valores posibles: md, pdf, html, docx, json, typ]"),
        "{}",
        short.stdout
    );
    let portuguese = env.run_with_env(&["help", "batch"], &[("LANG", "pt_BR.UTF-8")]);
    portuguese.code(0);
    assert!(portuguese.stdout.contains("Opções:"), "{}", portuguese.stdout);
    assert!(!portuguese.stdout.contains("Options:"), "{}", portuguese.stdout);
    // `help help` lists the commands in the language too.
    let listed = env.run_with_env(&["help", "help"], &[("LANG", "fr_FR.UTF-8")]);
    assert!(
        listed.stdout.contains("render       Produire la note d’une évaluation"),
        "{}",
        listed.stdout
    );
    // A command that needs a subcommand says its help on standard error, in the language.
    let missing = env.run_with_env(&["rubric"], &[("LANG", "fr_FR.UTF-8")]);
    missing.code(2);
    assert!(missing.stderr.contains("Commandes\u{a0}:"), "{}", missing.stderr);
    // English is as clap words it.
    let english = env.run(&["render", "--help"]);
    assert!(
        english.stdout.contains("Usage: impact-brief render [OPTIONS] <FILE>")
            && english
                .stdout
                .contains("Possible values:\n          - md:   Markdown, to read"),
        "{}",
        english.stdout
    );
}
