//! The Debian package: `cargo deb` packages the binary this test suite built, with the manual
//! pages and completions that scripts/package-assets.sh generates from it; `dpkg -i` installs it;
//! then the installed program, `man impact-brief` and the bash completion work from the
//! installed files, and the installed program renders an example to PDF.
//!
//! Installing changes the machine, so this runs under CI (`CI=true`, as root, with cargo-deb
//! from `.ci/run`), where nothing it needs may be missing, or where a developer asks for it with
//! `IMPACT_BRIEF_DEB_TEST=1`; elsewhere it says that it is skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use crate::pdf::pdf_text_if_possible;
use crate::support::{TestEnv, repo};

/// Removes the package again when the test ends, passed or not.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = Command::new("dpkg").args(["--purge", "impact-brief"]).output();
    }
}

fn run(command: &mut Command) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("cannot run {command:?}: {error}"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Whether this run should install a package, failing under CI if it cannot.
fn wanted() -> bool {
    let ci = std::env::var("CI").as_deref() == Ok("true");
    if !ci && std::env::var("IMPACT_BRIEF_DEB_TEST").as_deref() != Ok("1") {
        eprintln!("skipped: the .deb test installs a package; it runs under CI=true or with IMPACT_BRIEF_DEB_TEST=1");
        return false;
    }
    let cargo_deb = Command::new(cargo())
        .args(["deb", "--version"])
        .output()
        .is_ok_and(|output| output.status.success());
    let dpkg = Command::new("dpkg").arg("--version").output().is_ok();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| stdout(&output).trim() == "0");
    let missing: Vec<&str> = [
        (!cargo_deb).then_some("cargo-deb (cargo install --locked cargo-deb; .ci/run installs it)"),
        (!dpkg).then_some("dpkg (a Debian-based system)"),
        (!root).then_some("root, to install the package"),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(missing.is_empty(), "the .deb test needs: {}", missing.join("; "));
    true
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

#[test]
fn the_deb_installs_a_working_program_its_manual_and_completions() {
    if !wanted() {
        return;
    }
    let started = Instant::now();
    let env = TestEnv::new();
    // The binary under test is TARGET/<profile dir>/impact-brief; cargo deb finds it as
    // target/release/impact-brief of that profile (`dev` is the `debug` folder).
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_impact-brief"));
    let profile_dir = binary.parent().expect("profile folder");
    let target_dir = profile_dir.parent().expect("target folder");
    let profile = match profile_dir.file_name().and_then(|name| name.to_str()) {
        Some("debug") => "dev",
        Some(name) => name,
        None => panic!("no profile folder in {}", binary.display()),
    };

    run(Command::new("bash")
        .arg(repo("scripts/package-assets.sh"))
        .arg(&binary)
        .current_dir(repo("")));
    let packaged = run(Command::new(cargo())
        .args(["deb", "--no-build", "--fast", "--profile", profile, "--output"])
        .arg(env.path("deb/"))
        .env("CARGO_TARGET_DIR", target_dir)
        .current_dir(repo("")));
    let deb = std::fs::read_dir(env.path("deb"))
        .expect("the package folder")
        .map(|entry| entry.expect("entry").path())
        .find(|path| path.extension().is_some_and(|ext| ext == "deb"))
        .unwrap_or_else(|| panic!("no .deb written:\n{}", String::from_utf8_lossy(&packaged.stderr)));
    let name = deb.file_name().and_then(|name| name.to_str()).expect("name");
    assert!(
        name.starts_with(concat!("impact-brief_", env!("CARGO_PKG_VERSION"), "-1_")),
        "{name}"
    );
    let built = started.elapsed();

    // What the package holds, before it is installed.
    let contents = stdout(&run(Command::new("dpkg-deb").arg("--contents").arg(&deb)));
    for path in [
        "./usr/bin/impact-brief",
        "./usr/share/man/man1/impact-brief.1.gz",
        "./usr/share/man/man1/impact-brief-render.1.gz",
        "./usr/share/bash-completion/completions/impact-brief",
        "./usr/share/zsh/vendor-completions/_impact-brief",
        "./usr/share/fish/vendor_completions.d/impact-brief.fish",
        "./usr/share/doc/impact-brief/README.md",
        "./usr/share/doc/impact-brief/copyright",
    ] {
        assert!(
            contents.contains(&format!("{path}\n")),
            "{path} not in the package:\n{contents}"
        );
    }

    let _installed = Installed;
    run(Command::new("dpkg").arg("-i").arg(&deb));
    let installed = Path::new("/usr/bin/impact-brief");

    // The same build as the one tested: same version, commit and date.
    let version = stdout(&run(Command::new(installed).arg("--version")));
    assert_eq!(version, env.run(&["--version"]).code(0).stdout);
    assert!(version.starts_with(concat!("impact-brief ", env!("CARGO_PKG_VERSION"), " (commit ")));

    // `man` finds the pages where dpkg put them (man-db reads them without an index update).
    let page = stdout(&run(Command::new("man")
        .args(["-P", "cat", "impact-brief"])
        .env("MANWIDTH", "100")
        .env_remove("MANPATH")));
    // man justifies lines: compare with the spaces collapsed.
    let words = page.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("impact-brief - Judge a draft law"), "{page}");
    assert!(page.contains("impact-brief-render(1)"), "{page}");
    let render_page = stdout(&run(Command::new("man").args(["-P", "cat", "impact-brief-render"])));
    assert!(render_page.contains("--paper"), "{render_page}");

    // bash-completion loads completions by the command's name from this folder.
    let completion = Path::new("/usr/share/bash-completion/completions/impact-brief");
    let probe = format!(
        "source {}\ncomplete -p impact-brief\n\
         COMP_WORDS=(impact-brief ren); COMP_CWORD=1; COMP_LINE='impact-brief ren'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief ren impact-brief; echo \"first: ${{COMPREPLY[*]}}\"\n",
        completion.display()
    );
    let completed = stdout(&run(Command::new("bash").args(["--norc", "--noprofile", "-c", &probe])));
    assert!(completed.contains("-F _impact__brief"), "{completed}");
    assert!(completed.contains("first: render"), "{completed}");

    // The installed program, on its own, renders an example to PDF.
    let example = repo("examples/eu-nis2-dns-scope.toml");
    run(Command::new(installed)
        .args(["render", &example, "-f", "pdf", "-o"])
        .arg(env.path("brief.pdf"))
        .current_dir(env.path("")));
    let pdf = std::fs::read(env.path("brief.pdf")).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    if let Some(text) = pdf_text_if_possible(&env.path("brief.pdf")) {
        assert!(text.contains("NIS2 Directive"), "{text}");
    }
    eprintln!(
        ".deb test: packaged in {:.1} s, {:.1} s in all",
        built.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
}
