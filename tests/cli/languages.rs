//! A brief asked in another language says none of the catalogue's English sentences and shows
//! no message missing from its catalogue, in every shipped example, in French, Spanish and
//! Portuguese, in Markdown, HTML, Word and PDF; its PDF draws no word over another; and it writes
//! the language's colon after a label.

use std::collections::BTreeMap;

use crate::support::{TestEnv, repo};

/// The one-line messages of a catalogue without variables, by id.
fn messages(lang: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(repo(&format!("locales/{lang}/brief.ftl"))).expect("a catalogue");
    text.lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, value)| id.starts_with("brief-") && !value.contains('{'))
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

/// The English sentences of brief.ftl (4 words or more, no variables) that `lang` translates.
fn english_sentences(lang: &str) -> Vec<String> {
    let (english, other) = (messages("en"), messages(lang));
    english
        .iter()
        .filter(|(id, value)| value.split_whitespace().count() >= 4 && other.get(*id) != Some(value))
        .map(|(_, value)| value.clone())
        .collect()
}

/// The text of a Word file's body.
fn docx_text(path: &std::path::Path) -> String {
    docx_runs(path).into_iter().map(|(text, _)| text).collect()
}

/// The text of a brief in `format`, as a reader would search it.
fn brief_text(path: &std::path::Path, format: &str) -> String {
    match format {
        "docx" => docx_text(path),
        "pdf" => crate::pdf::pdf_text(path),
        _ => std::fs::read_to_string(path).expect("the brief"),
    }
}

/// Every shipped example, and the one with a ledger with its CSV file, copied into `env`.
fn shipped_examples(env: &TestEnv) -> Vec<String> {
    let mut names = Vec::new();
    for example in crate::support::examples() {
        let name = example.file_name().expect("a name").to_string_lossy().into_owned();
        env.write(&name, std::fs::read_to_string(&example).expect("the example"));
        names.push(name);
    }
    let ledger = "examples/consultation/uk-online-safety-bill-encryption";
    env.write(
        "ledger/uk.toml",
        std::fs::read_to_string(repo(&format!("{ledger}.toml"))).expect("it"),
    );
    env.write(
        "ledger/uk-online-safety-bill-encryption-submissions.csv",
        std::fs::read_to_string(repo(&format!("{ledger}-submissions.csv"))).expect("the ledger"),
    );
    names.push("ledger/uk.toml".to_string());
    names
}

#[test]
fn a_french_brief_has_no_english_catalogue_sentence() {
    let env = TestEnv::new();
    let examples = shipped_examples(&env);
    for lang in ["fr", "es", "pt"] {
        let sentences = english_sentences(lang);
        assert!(sentences.len() > 20, "{lang}: {sentences:?}");
        for example in &examples {
            let out = format!("out-{lang}/{}/", example.replace(['/', '.'], "-"));
            env.run(&["render", example, "--lang", lang, "-f", "md,html,docx,pdf", "-o", &out])
                .code(0);
            let stem = example.rsplit('/').next().expect("a name").replace(".toml", "");
            for format in ["md", "html", "docx", "pdf"] {
                let path = env.path(&format!("{out}{stem}.{format}"));
                let text = brief_text(&path, format);
                if format == "pdf" {
                    let overlaps = crate::layout::overlapping_words(&path);
                    assert!(
                        overlaps.is_empty(),
                        "{lang} {example}: words drawn over others: {overlaps:#?}"
                    );
                }
                assert!(!text.contains('⟦'), "{lang} {example} {format}: a message is missing");
                for sentence in &sentences {
                    let escaped = sentence.replace('\'', "&#39;");
                    assert!(
                        !text.contains(sentence.as_str()) && !text.contains(&escaped),
                        "{lang} {example} {format} says in English: {sentence}"
                    );
                }
            }
        }
    }
    // The colon the templates write after a label is the language's: French puts a space before
    // it, as its catalogue does, and the others do not.
    for (lang, title, area) in [
        ("fr", "Policy Impact Brief : Online", "Ouverture : Passerelles"),
        ("es", "Policy Impact Brief: Online", "Apertura: Pasarelas"),
        ("pt", "Policy Impact Brief: Online", "Abertura: Gateways"),
    ] {
        for format in ["md", "html", "docx", "pdf"] {
            // pdftotext gives a no-break space back as a space.
            let text =
                brief_text(&env.path(&format!("out-{lang}/ledger-uk-toml/uk.{format}")), format).replace('\u{a0}', " ");
            for expected in [title, area] {
                assert!(text.contains(expected), "{lang} {format}: no {expected:?}");
            }
        }
    }
    // Numbers take the language's decimal sign, and percentages its spacing.
    for (lang, points, coverage) in [
        ("fr", "14,5 sur 36 points", "100\u{a0}%"),
        ("es", "14,5 de 36 puntos", "100\u{a0}%"),
        ("pt", "14,5 de 36 pontos", "cobertura 100%"),
    ] {
        let md = env.read(&format!(
            "out-{lang}/nigeria-social-media-bill-toml/nigeria-social-media-bill.md"
        ));
        assert!(
            md.contains(points) && md.contains(coverage),
            "{lang}: {points:?}, {coverage:?} in\n{md}"
        );
        assert!(!md.contains("14.5"), "{lang}: a decimal point");
    }
    let md = env.read("out-fr/ledger-uk-toml/uk.md");
    // The space French puts before a colon, a question mark or a closing guillemet, and after an
    // opening one, is a no-break space: the sign never starts a line of its own.
    for french in [
        "Policy Impact Brief\u{a0}: Online",
        "Ouverture\u{a0}: Passerelles",
        "«\u{a0}Préjudice grave\u{a0}»",
    ] {
        assert!(md.contains(french), "{french:?} in\n{md}");
    }
    assert!(
        !md.contains(" :") && !md.contains("« "),
        "a breaking space in French typography"
    );
    assert!(md.contains("12 mai 2021"), "a date in French");
    assert!(md.contains("## Synthèse"));
    let pdf = crate::pdf::pdf_text(&env.path("out-fr/ledger-uk-toml/uk.pdf"));
    for heading in [
        "Synthèse",
        "Tableau des résultats",
        "Constats",
        "Prise en compte des avis",
        "Méthodologie",
        "12 mai 2021",
    ] {
        assert!(pdf.contains(heading), "the French PDF has no {heading:?}");
    }
}

/// `--lang` reaches every command that writes a document: a batch (its briefs and its index), a
/// panel brief and a change brief, each in another language.
#[test]
fn batch_panel_and_diff_write_in_the_language_asked() {
    let env = TestEnv::new();
    shipped_examples(&env);
    env.run(&[
        "batch",
        "ledger",
        "--lang",
        "fr",
        "-f",
        "md",
        "-o",
        "batch-out",
        "--quiet",
    ])
    .code(0);
    let brief = env.read("batch-out/uk.md");
    assert!(
        brief.contains("## Recommandations") && brief.contains("12 mai 2021"),
        "{brief}"
    );
    // The index too: its headings, stages, rating words and numbers.
    let index = env.read("batch-out/index.md");
    assert!(index.starts_with("# Index du lot\n"), "{index}");
    assert!(
        index.contains("| Fichier | Titre | Territoire | Étape | Score | Appréciation | Effet | Processus |"),
        "{index}"
    );
    assert!(
        index.contains("| Projet de texte | 54 | Préoccupations graves | Préjudice grave | Satisfaisant |"),
        "{index}"
    );
    assert!(
        index.contains("| 100\u{202f}% | 48 points de pourcentage |")
            || index.contains("| 100\u{a0}% | 48 points de pourcentage |"),
        "{index}"
    );
    let panel = env.run(&["panel", &repo("examples/panel/eu-csa-regulation"), "--lang", "es"]);
    panel.code(0);
    assert!(panel.stdout.starts_with("# Informe del panel"), "{}", panel.stdout);
    let diff = env.diff_shipped_change(&["--lang", "pt"]);
    diff.code(0);
    assert!(diff.stdout.starts_with("# Relatório de mudanças"), "{}", diff.stdout);
    for (lang, text) in [("fr", &brief), ("es", &panel.stdout), ("pt", &diff.stdout)] {
        assert!(!text.contains('⟦'), "{lang}: a message is missing");
    }
    // The panel and change briefs write the language's colon after a label too.
    let panel = env.run(&["panel", &repo("examples/panel/eu-csa-regulation"), "--lang", "fr"]);
    assert!(panel.stdout.starts_with("# Note du panel\u{a0}: "), "{}", panel.stdout);
    let diff = env.diff_shipped_change(&["--lang", "fr"]);
    assert!(diff.stdout.starts_with("# Note d’évolution\u{a0}: "), "{}", diff.stdout);
    assert!(diff.stdout.contains("- Avant\u{a0}: "), "{}", diff.stdout);
    // Their PDFs are tagged in the language, and Typst's own words (a figure's caption) and
    // hyphenation follow it.
    env.run(&[
        "panel",
        &repo("examples/panel/eu-csa-regulation"),
        "--lang",
        "fr",
        "-f",
        "pdf",
        "-o",
        "panel-fr.pdf",
    ])
    .code(0);
    env.diff_shipped_change(&["--lang", "es", "-f", "pdf", "-o", "change-es.pdf"])
        .code(0);
    for (file, lang) in [("panel-fr.pdf", "fr"), ("change-es.pdf", "es")] {
        let bytes = std::fs::read(env.path(file)).expect("the PDF");
        let tagged = [format!("/Lang ({lang})"), format!("/Lang({lang})")]
            .iter()
            .any(|tag| bytes.windows(tag.len()).any(|window| window == tag.as_bytes()));
        assert!(tagged, "{file}: not tagged {lang}");
    }
    let text = crate::pdf::pdf_text(&env.path("panel-fr.pdf"));
    assert!(text.contains("Fig. 1. –") && !text.contains("Figure 1:"), "{text}");
}

#[test]
fn the_borderline_sentence_names_the_answer_and_says_what_would_change() {
    let env = TestEnv::new();
    let file = repo("examples/calibration/daily-stormer-registrar-cdn-cutoff-2017.toml");
    let nb = '\u{a0}';
    for (lang, expected) in [
        (
            "en",
            "Borderline: if the answer on “Duties on network, DNS and hosting providers” were at level 0 instead of 1, the effect would be rated Serious harm. So would 6 other single changes: “Blocking websites or shutting down the Internet” (2 → 1), “Domain names and IP addresses” (2 → 1), “Orders to block, remove content or hand over data” (2 → 1), “How clearly its rules and duties are defined” (1 → 0), “Whether it works, and whether it is worth its side effects” (2 → 1) and “Who decides, and how independent they are” (1 → 0).".to_string(),
        ),
        (
            "fr",
            format!(
                "Limite{nb}: si la réponse sur «{nb}Obligations des fournisseurs de réseaux, de DNS et d’hébergement{nb}» était au niveau 0 au lieu de 1, l’effet serait apprécié «{nb}Préjudice grave{nb}». 6 autres modifications isolées changeraient aussi cette appréciation{nb}: «{nb}Blocage de sites web ou coupure de l’Internet{nb}» (2 → 1), «{nb}Noms de domaine et adresses IP{nb}» (2 → 1), «{nb}Injonctions de blocage, de retrait de contenus ou de communication de données{nb}» (2 → 1), «{nb}Clarté des règles et des obligations{nb}» (1 → 0), «{nb}Efficacité de la mesure et proportionnalité de ses effets secondaires{nb}» (2 → 1) et «{nb}Qui décide, et avec quelle indépendance{nb}» (1 → 0)."
            ),
        ),
        (
            "es",
            "En el límite: si la respuesta sobre «Obligaciones de los proveedores de red, de DNS y de alojamiento» estuviera en el nivel 0 en lugar del 1, el efecto se calificaría como «Daño grave». Otros 6 cambios aislados también cambiarían esa calificación: «Bloqueo de sitios web o apagones de Internet» (2 → 1), «Nombres de dominio y direcciones IP» (2 → 1), «Órdenes de bloqueo, de retirada de contenidos o de entrega de datos» (2 → 1), «Claridad de las normas y obligaciones» (1 → 0), «Eficacia de la medida y proporción con sus efectos secundarios» (2 → 1) y «Quién decide y con qué independencia» (1 → 0).".to_string(),
        ),
        (
            "pt",
            "No limite: se a resposta sobre “Obrigações de provedores de rede, de DNS e de hospedagem” estivesse no nível 0 em vez do 1, o efeito seria classificado como “Dano grave”. Outras 6 mudanças isoladas também mudariam essa classificação: “Bloqueio de sites ou desligamento da Internet” (2 → 1), “Nomes de domínio e endereços IP” (2 → 1), “Ordens de bloqueio, de remoção de conteúdo ou de entrega de dados” (2 → 1), “Clareza das regras e obrigações” (1 → 0), “Eficácia da medida e proporcionalidade dos efeitos colaterais” (2 → 1) e “Quem decide e com que independência” (1 → 0).".to_string(),
        ),
    ] {
        let run = env.run(&["render", &file, "--lang", lang, "-f", "md", "-o", "-"]);
        run.code(0);
        assert!(run.stdout.contains(&expected), "{lang}: {}", run.stdout);
        // Areas are named by their names, never by the rubric's ids.
        assert!(!run.stdout.contains("(openness."), "{lang}: {}", run.stdout);
    }
}

#[test]
fn a_brief_in_another_language_says_under_its_english_name_what_it_is() {
    let env = TestEnv::new();
    let file = repo("examples/nigeria-social-media-bill.toml");
    for (lang, subtitle) in [
        ("fr", "Note d’impact sur l’Internet"),
        ("es", "Informe de impacto en Internet"),
        ("pt", "Relatório de impacto na Internet"),
        ("en", ""),
    ] {
        let out = format!("out-{lang}/");
        let run = env.run(&["render", &file, "--lang", lang, "-f", "md,html,pdf,docx", "-o", &out]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for format in ["md", "html", "pdf", "docx"] {
            let text = brief_text(&env.path(&format!("{out}nigeria-social-media-bill.{format}")), format)
                .replace("&#x27;", "'")
                .replace("&#39;", "'");
            // Under the title, within the heading's few lines (the HTML names it in <title> first).
            let top = text
                .match_indices("Policy Impact Brief")
                .map(|(at, _)| text[at..].chars().take(200).collect::<String>())
                .find(|window| window.contains(subtitle))
                .unwrap_or_default();
            if subtitle.is_empty() {
                for other in ["Note d’impact", "Informe de impacto", "Relatório de impacto"] {
                    assert!(!text.contains(other), "{lang} {format}: {other}");
                }
            } else {
                assert!(top.contains(subtitle), "{lang} {format}: {top}");
            }
        }
    }
}

/// The assessors' own text keeps the language they wrote it in, in HTML and Word as in the PDF: an
/// English finding in a French brief is read aloud, hyphenated and spell-checked as English, and
/// the brief's own words stay French. A brief in the language of its text marks nothing.
#[test]
fn the_assessors_text_is_marked_with_the_language_it_is_written_in() {
    let env = TestEnv::new();
    let file = repo("examples/nigeria-social-media-bill.toml");
    let finding = "Anyone could in principle send a memorandum";
    let rationale = "Anyone could in principle submit a memorandum";
    for lang in ["fr", "en"] {
        let out = format!("out-{lang}/");
        env.run(&["render", &file, "--lang", lang, "-f", "html,docx", "-o", &out])
            .code(0);
        let html = env.read(&format!("{out}nigeria-social-media-bill.html"));
        let runs = docx_runs(&env.path(&format!("{out}nigeria-social-media-bill.docx")));
        let finding_runs: Vec<_> = runs.iter().filter(|(text, _)| text.starts_with(finding)).collect();
        assert!(!finding_runs.is_empty(), "{lang}: the finding");
        if lang == "fr" {
            assert!(
                html.contains(&format!(r#"<span lang="en-GB">{finding}"#)),
                "{lang}: the finding"
            );
            assert!(
                html.contains(r#"<div lang="en-GB"><p dir="auto">Anyone could in principle submit"#),
                "{lang}: the rationale"
            );
            // The heading too: the brief's English name, and the proposal's title as written.
            assert!(
                html.contains(
                    "<h1><span lang=\"en-GB\">Policy Impact Brief</span>\u{a0}: <span lang=\"en-GB\">Protection from Internet Falsehood"
                ),
                "{lang}: the heading"
            );
            // The sources' titles are citations, in English: marked so in HTML too.
            assert!(
                html.contains("<li><span lang=\"en\">Internet Impact Brief: Nigeria&#39;s Protection"),
                "{lang}: the source titles"
            );
            // So does the Word brief's title, the assessors' details and the sources' titles.
            for english in [
                "Policy Impact Brief",
                "Protection from Internet Falsehood and Manipulation Bill, 2019",
                "Nigeria",
                "Internet Impact Brief: Nigeria's Protection from Internet Falsehood",
            ] {
                let run = runs
                    .iter()
                    .find(|(text, _)| text.starts_with(english))
                    .unwrap_or_else(|| panic!("{lang}: no run {english}"));
                assert_eq!(run.1.as_deref(), Some("en-GB"), "{lang}: {english}");
            }
            let rationale_runs: Vec<_> = runs.iter().filter(|(text, _)| text.starts_with(rationale)).collect();
            assert_eq!(rationale_runs.len(), 1, "{lang}: the rationale");
            for (text, run_lang) in finding_runs.into_iter().chain(rationale_runs) {
                assert_eq!(run_lang.as_deref(), Some("en-GB"), "{lang}: {text}");
            }
            // The brief's own words are in the document's language, which the styles declare.
            let label = runs
                .iter()
                .find(|(text, _)| text.replace('\u{a0}', " ") == "Constat :")
                .expect("the Finding label");
            assert_eq!(label.1, None, "{lang}: the label");
        } else {
            assert!(
                !html.contains("<span lang=") && !html.contains("<div lang="),
                "{lang}: marked in a brief of its own language"
            );
            // The page declares the region the texts are written for, as Word and `serve` do.
            assert!(html.contains("<html lang=\"en-GB\">"), "{lang}: the page's language");
            assert!(
                runs.iter().all(|(_, run_lang)| run_lang.is_none()),
                "{lang}: a run marked"
            );
        }
    }
}

/// A PDF declares the region of its language, and of the assessors' text, as the HTML and Word
/// briefs do: Brazilian Portuguese, and British English inside it.
#[test]
fn the_pdf_declares_the_region_of_its_languages() {
    let env = TestEnv::new();
    let file = repo("examples/nigeria-social-media-bill.toml");
    env.run(&["render", &file, "--lang", "pt", "-f", "pdf", "-o", "pt.pdf"])
        .code(0);
    let bytes = std::fs::read(env.path("pt.pdf")).expect("the PDF");
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("/Lang(pt-BR)") || text.contains("/Lang (pt-BR)"),
        "the document's language"
    );
    assert!(
        text.contains("/Lang(en-GB)") || text.contains("/Lang (en-GB)"),
        "the assessors' English"
    );
    assert!(!text.contains("en-BR"), "English set with Brazil's region");
}

/// A change brief marks the assessors' text too: what they now find, in French, is English.
#[test]
fn a_change_brief_marks_the_assessors_text_with_its_language() {
    let env = TestEnv::new();
    let html = env.diff_shipped_change(&["--lang", "fr", "-f", "html", "-o", "-"]);
    html.code(0);
    assert!(
        html.stdout.contains(r#"<span lang="en-GB">Removes detection orders"#),
        "{}",
        html.stdout
    );
    assert!(
        html.stdout.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"),
        "{}",
        html.stdout
    );
    env.diff_shipped_change(&["--lang", "fr", "-f", "docx", "-o", "change.docx"])
        .code(0);
    let runs = docx_runs(&env.path("change.docx"));
    let found = runs
        .iter()
        .find(|(text, _)| text.starts_with("Removes detection orders"))
        .expect("the new finding");
    assert_eq!(found.1.as_deref(), Some("en-GB"));
}

/// The two files of a change brief may be written in different languages: each side's findings
/// and rationales are marked with its own file's.
#[test]
fn a_change_brief_marks_each_sides_text_with_its_files_language() {
    let env = TestEnv::new();
    let old = std::fs::read_to_string(repo("examples/changes/eu-csa-regulation-commission-proposal.toml"))
        .expect("the old file")
        .replacen("[assessment]\n", "[assessment]\nlanguage = \"fr\"\n", 1);
    env.write("old.toml", old);
    let new = repo("examples/changes/eu-csa-regulation-council-position.toml");
    let then = "Lets authorities order messaging services, end-to-end encrypted ones included";
    let now = "Removes detection orders";
    env.run(&["diff", "old.toml", &new, "-f", "html,docx,pdf", "-o", "out/"])
        .code(0);
    let html = std::fs::read_to_string(written(&env, "html")).expect("the HTML");
    // The brief is in the new file's language, English: the old side is French.
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "{html}");
    assert!(html.contains(&format!(r#"<span lang="fr">{then}"#)), "the old finding");
    assert!(html.contains(r#"<div lang="fr"><p dir="auto">"#), "an old rationale");
    assert!(!html.contains(&format!(r#"<span lang="fr">{now}"#)), "the new finding");
    let runs = docx_runs(&written(&env, "docx"));
    let lang_of = |start: &str| {
        runs.iter()
            .find(|(text, _)| text.starts_with(start))
            .unwrap_or_else(|| panic!("{start}"))
            .1
            .clone()
    };
    assert_eq!(lang_of(then).as_deref(), Some("fr"));
    assert_eq!(lang_of(now), None);
    let pdf = std::fs::read(written(&env, "pdf")).expect("the PDF");
    let pdf = String::from_utf8_lossy(&pdf);
    assert!(
        pdf.contains("/Lang(fr)") || pdf.contains("/Lang (fr)"),
        "the old side in the PDF"
    );
}

/// The file with extension `extension` a command wrote into `out/`.
fn written(env: &TestEnv, extension: &str) -> std::path::PathBuf {
    std::fs::read_dir(env.path("out"))
        .expect("out")
        .map(|entry| entry.expect("entry").path())
        .find(|path| path.extension().is_some_and(|ext| ext == extension))
        .unwrap_or_else(|| panic!("no .{extension} file written"))
}

/// A panel marks each member's words with the language they are written in: the finding its red
/// flags quote and each group's rationale, English in a French panel, and nothing in an English
/// one.
#[test]
fn a_panel_marks_each_members_words_with_their_language() {
    let env = TestEnv::new();
    let panel = repo("examples/panel/eu-csa-regulation");
    let name = "proposal-for-a-regulation-laying-down-rules-to-prevent-panel";
    let finding = "Obliges providers, end-to-end encrypted messaging included";
    let rationale = "Detection orders are a last resort";
    for lang in ["fr", "en"] {
        let out = format!("out-{lang}/");
        env.run(&["panel", &panel, "--lang", lang, "-f", "html,docx,pdf", "-o", &out])
            .code(0);
        let html = env.read(&format!("{out}{name}.html"));
        let runs = docx_runs(&env.path(&format!("{out}{name}.docx")));
        let pdf = std::fs::read(env.path(&format!("{out}{name}.pdf"))).expect("the PDF");
        let pdf = String::from_utf8_lossy(&pdf);
        let quoted: Vec<_> = runs
            .iter()
            .filter(|(text, _)| text.starts_with(finding) || text.starts_with(rationale))
            .collect();
        assert!(quoted.len() >= 2, "{lang}: the finding and the rationale in Word");
        if lang == "fr" {
            assert!(
                html.replace('\u{a0}', " ")
                    .contains(&format!(r#"Société civile constate : « <span lang="en-GB">{finding}"#)),
                "{lang}: the flag's finding"
            );
            assert!(
                html.contains(&format!(
                    r#"<div class="rationale" lang="en-GB"><p dir="auto">{rationale}"#
                )),
                "{lang}: the group's rationale"
            );
            for (text, run_lang) in quoted {
                assert_eq!(run_lang.as_deref(), Some("en-GB"), "{lang}: {text}");
            }
            assert!(
                pdf.contains("/Lang(en-GB)") || pdf.contains("/Lang (en-GB)"),
                "{lang}: the members' English in the PDF"
            );
        } else {
            assert!(
                !html.contains("<span lang=") && !html.contains(r#"class="rationale" lang="#),
                "{lang}: marked in a panel of its own language"
            );
            assert!(
                runs.iter().all(|(_, run_lang)| run_lang.is_none()),
                "{lang}: a run marked"
            );
        }
    }
}

/// The sentence that ends page 1's paragraph of a favourable brief quotes the assessors' finding:
/// a brief in French of an English assessment marks that finding as English, in HTML and Word,
/// and an English brief marks nothing.
#[test]
fn a_briefs_summary_marks_the_finding_it_quotes_with_its_language() {
    let env = TestEnv::new();
    let finding = "Expressly excludes the root name servers";
    for lang in ["fr", "en"] {
        let out = format!("out-{lang}/");
        env.run(&[
            "render",
            &repo("examples/eu-nis2-dns-scope.toml"),
            "--lang",
            lang,
            "-f",
            "html,docx",
            "-o",
            &out,
        ])
        .code(0);
        let html = env.read(&format!("{out}eu-nis2-dns-scope.html"));
        let runs = docx_runs(&env.path(&format!("{out}eu-nis2-dns-scope.docx")));
        // The run after the one that leads into the quotation.
        let lead = runs
            .iter()
            .position(|(text, _)| text.contains("dont celui-ci") || text.contains("among them this one"))
            .unwrap_or_else(|| panic!("{lang}: the sentence in Word"));
        let quoted = runs.get(lead + 1).expect("the quotation's run");
        assert!(quoted.0.starts_with(finding), "{lang}: {quoted:?}");
        if lang == "fr" {
            assert!(
                html.replace('\u{a0}', " ").contains(&format!(
                    r#"dont celui-ci (Ouverture : Noms de domaine et adresses IP) : « <span lang="en-GB">{finding}"#
                )),
                "{lang}: the quotation in HTML"
            );
            assert_eq!(quoted.1.as_deref(), Some("en-GB"), "{lang}: the quotation in Word");
        } else {
            assert!(
                html.contains(&format!("(Openness: Domain names and IP addresses): “{finding}")),
                "{lang}: the quotation in HTML"
            );
            assert!(
                !html.contains("<span lang="),
                "{lang}: marked in a brief of its own language"
            );
            assert_eq!(quoted.1, None, "{lang}: the quotation in Word");
        }
    }
}

/// Each run of a Word file's body: its text and the language it declares, if any.
fn docx_runs(path: &std::path::Path) -> Vec<(String, Option<String>)> {
    let file = std::fs::File::open(path).expect("the Word file");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").expect("the body"), &mut xml).expect("UTF-8");
    let document = roxmltree::Document::parse(&xml).expect("well-formed");
    document
        .descendants()
        .filter(|node| node.tag_name().name() == "r")
        .map(|run| {
            let text = run
                .descendants()
                .filter(|node| node.tag_name().name() == "t")
                .filter_map(|node| node.text())
                .collect::<String>();
            let lang = run
                .descendants()
                .find(|node| node.tag_name().name() == "lang")
                .and_then(|node| {
                    node.attributes()
                        .find(|a| a.name() == "val")
                        .map(|a| a.value().to_string())
                });
            (text, lang)
        })
        .collect()
}
