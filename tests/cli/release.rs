//! The release files agree with each other: every target the workflow builds is offered in the
//! README and found by the installers under the archive name package-archive.sh gives it. (The
//! workflow itself runs only on GitHub; its YAML is checked there and by hand.)

use crate::support::repo;

/// The targets of `.github/workflows/release.yml`, as the installers name them.
const TARGETS: [&str; 5] = [
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc",
];

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn the_workflow_readme_and_installers_name_the_same_archives() {
    let workflow = read(".github/workflows/release.yml");
    let readme = read("README.md");
    let built: Vec<&str> = workflow
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- target: "))
        .collect();
    assert_eq!(built, TARGETS, "the workflow's matrix");
    for target in TARGETS {
        let archive = if target.contains("windows") {
            format!("impact-brief-{target}.zip")
        } else {
            format!("impact-brief-{target}.tar.xz")
        };
        assert!(
            readme.contains(&format!("`{archive}`")),
            "README does not offer {archive}"
        );
    }
    // install.sh builds the name as impact-brief-$arch-$os.tar.xz.
    let sh = read("scripts/install.sh");
    for part in [
        "arch=x86_64",
        "arch=aarch64",
        "os=unknown-linux-gnu",
        "os=apple-darwin",
        "archive=\"impact-brief-$target.tar.xz\"",
    ] {
        assert!(sh.contains(part), "install.sh: {part}");
    }
    let ps1 = read("scripts/install.ps1");
    assert!(ps1.contains("$Target = 'x86_64-pc-windows-msvc'"));
    assert!(ps1.contains("$Archive = \"impact-brief-$Target.zip\""));
    let pack = read("scripts/package-archive.sh");
    assert!(pack.contains("name=\"impact-brief-$target\""));
    // The installers are published with the repository and tag written in.
    for script in [&sh, &ps1] {
        assert!(script.contains("@REPOSITORY@") && script.contains("@VERSION@"));
    }
    assert!(workflow.contains("s|@REPOSITORY@|") && workflow.contains("s|@VERSION@|"));
}
