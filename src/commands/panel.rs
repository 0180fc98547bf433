//! `impact-brief panel FILE...`: several stakeholder groups' assessments of one proposal brought
//! together in one panel brief.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::{Outcome, document_destination, load_rubrics, renderer_for, write_document};
use crate::cli::PanelArgs;
use crate::diagnostic::Diagnostics;
use crate::i18n::{Lang, tr};
use crate::model::Assessment;
use crate::output::Inputs;
use crate::panel::{Member, PanelBrief};
use crate::templates::DocumentKind;

/// Runs `panel`.
pub fn run(args: &PanelArgs, rubrics_dir: Option<&Path>) -> Result<Outcome> {
    // The language of the lines below, not of the panel brief (`--lang` asks for both).
    let ui = super::interface_language(args.out.lang.lang);
    let (destination, formats) = document_destination(args.out.output.as_deref(), &args.out.format, ui)?;
    let renderer = renderer_for(&formats, &args.out.templates, &args.out.pdf)?;
    renderer.check(DocumentKind::Panel, &formats)?;
    let rubrics = load_rubrics(rubrics_dir)?;
    // A path that does not exist (a pattern the shell found nothing for, left as typed) is said
    // as such, not counted as a member.
    let missing: Vec<_> = args
        .files
        .iter()
        .filter(|path| !path.exists())
        .filter_map(|path| crate::model::assessment::read_assessment_file(path).err())
        .collect();
    if !missing.is_empty() {
        return Err(Diagnostics(missing).into());
    }
    let files = member_files(&args.files, ui)?;
    if files.len() < 2 {
        // A folder of folders (one per proposal, as `batch --panels` takes): named, with them.
        if let Some((folder, inner)) = args.files.iter().find_map(|path| folders_with_assessments(path)) {
            bail!(
                "{}",
                crate::tr!(
                    ui,
                    "ui-panel-in-subfolders",
                    folder = crate::markup::path_shown(folder),
                    count = inner.len(),
                    first = inner
                        .first()
                        .map(|first| crate::markup::path_shown(first))
                        .unwrap_or_default(),
                    folders = inner
                        .iter()
                        .map(|inner| crate::markup::path_shown(inner))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            );
        }
        bail!("{}", crate::tr!(ui, "ui-panel-too-few", count = files.len()));
    }
    let mut members: Vec<Member> = Vec::new();
    let mut problems = Vec::new();
    for file in &files {
        match Assessment::load(file, &rubrics) {
            Ok(assessment) => members.push(Member {
                file: file.display().to_string(),
                assessment,
            }),
            Err(Diagnostics(found)) => problems.extend(found),
        }
    }
    if !problems.is_empty() {
        return Err(Diagnostics(problems).into());
    }
    let Some(first) = members.first() else {
        bail!("{}", tr(ui, "ui-panel-none-read"));
    };
    for (index, member) in members.iter().enumerate().skip(1) {
        for (other, mismatches) in crate::panel::joining(&members[..index], &member.assessment) {
            let what = mismatches
                .iter()
                .map(|mismatch| mismatch.what.as_str())
                .collect::<Vec<_>>()
                .join(tr(ui, "semicolon").as_str());
            if mismatches.iter().any(|mismatch| !mismatch.forcible) {
                bail!(
                    "{}",
                    crate::tr!(
                        ui,
                        "ui-panel-different-rubrics",
                        first = other.file.as_str(),
                        second = member.file.as_str(),
                        what = what.as_str()
                    )
                );
            }
            if args.force {
                // Brought together anyway: the brief shows the first file's proposal, and says so
                // here, for each difference.
                crate::eprintln_safe!(
                    "{}",
                    crate::tr!(
                        ui,
                        "ui-panel-forced",
                        first = other.file.as_str(),
                        second = member.file.as_str(),
                        what = what.as_str(),
                        shown = first.file.as_str()
                    )
                );
                continue;
            }
            let id = if mismatches.iter().any(|mismatch| mismatch.stage) {
                "ui-panel-two-stages"
            } else {
                "ui-panel-not-same-proposal"
            };
            bail!(
                "{}",
                crate::tr!(
                    ui,
                    id,
                    first = other.file.as_str(),
                    second = member.file.as_str(),
                    what = what.as_str()
                )
            );
        }
    }
    for member in &members {
        if let Some(upgrade) = &member.assessment.upgrade {
            crate::eprintln_safe!(
                "{}",
                crate::tr!(
                    ui,
                    "ui-panel-upgraded",
                    file = member.file.as_str(),
                    edition = upgrade.from_edition
                )
            );
        }
    }
    // Two files with the same answers, rationales and assessors are one assessment copied: each
    // would count as an assessor, and raise the agreement.
    for (index, member) in members.iter().enumerate() {
        if let Some(earlier) = members[..index].iter().find(|earlier| {
            earlier.assessment.assessment.assessors == member.assessment.assessment.assessors
                && earlier.assessment.answers == member.assessment.answers
        }) {
            crate::eprintln_safe!(
                "{}",
                crate::tr!(
                    ui,
                    "ui-panel-copy",
                    file = member.file.as_str(),
                    earlier = earlier.file.as_str()
                )
            );
        }
    }
    // One language for the panel: `--lang`, else the first member's.
    let lang = args.out.lang.lang.unwrap_or_else(|| first.assessment.lang());
    if args.out.lang.lang.is_none()
        && let Some(other) = members.iter().find(|member| member.assessment.lang() != lang)
    {
        crate::eprintln_safe!(
            "{}",
            crate::tr!(
                ui,
                "ui-panel-languages",
                file = other.file.as_str(),
                other = other.assessment.lang().code(),
                lang = lang.code()
            )
        );
    }
    // Named after the proposal, not after whichever file came first.
    let named_after = PathBuf::from(crate::file_name::from_title(
        &first.assessment.proposal.title,
        "proposal",
    ));
    for member in &mut members {
        member.assessment.brief_in(lang);
    }
    super::note_untranslated(&rubrics, lang);
    let panel = PanelBrief::of(&members, rubrics.in_language(lang), lang);
    let mut inputs = Inputs::of_run(rubrics_dir, args.out.templates.templates.as_deref());
    for (file, member) in files.iter().zip(&members) {
        inputs.add_assessment(file, &member.assessment);
    }
    write_document(
        &renderer,
        &panel,
        &formats,
        &destination,
        &named_after,
        "-panel",
        &inputs,
        ui,
    )?;
    Ok(Outcome::Success)
}

/// The assessment files named, folders replaced by their `*.toml` files (sorted), each file once:
/// the same file named twice counts once, with a warning.
/// `path` and its subfolders that hold assessments, when `path` is a folder that holds none of its
/// own.
fn folders_with_assessments(path: &Path) -> Option<(&Path, Vec<PathBuf>)> {
    let entries: Vec<PathBuf> = std::fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    let is_assessment = |file: &Path| file.is_file() && crate::model::toml_file::has_toml_extension(file);
    if entries.iter().any(|entry| is_assessment(entry)) {
        return None;
    }
    let mut inner: Vec<PathBuf> = entries
        .into_iter()
        .filter(|entry| {
            entry.is_dir()
                && std::fs::read_dir(entry)
                    .is_ok_and(|mut files| files.any(|file| file.is_ok_and(|file| is_assessment(&file.path()))))
        })
        .collect();
    inner.sort();
    (!inner.is_empty()).then_some((path, inner))
}

fn member_files(paths: &[PathBuf], ui: Lang) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    for path in paths {
        let found = if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|file| file.is_file() && crate::model::toml_file::has_toml_extension(file))
                .collect();
            inside.sort();
            inside
        } else {
            vec![path.clone()]
        };
        for file in found {
            let canonical = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
            if seen.contains(&canonical) {
                crate::eprintln_safe!(
                    "{}",
                    crate::tr!(ui, "ui-panel-named-twice", file = file.display().to_string())
                );
                continue;
            }
            seen.push(canonical);
            files.push(file);
        }
    }
    Ok(files)
}
