//! `completions SHELL`: a script for each shell that completes every command, and that the shell
//! itself accepts where it is installed.

use std::process::Command;

use crate::support::TestEnv;

/// Every subcommand a user can type after `impact-brief`.
pub const COMMANDS: [&str; 15] = [
    "wizard",
    "serve",
    "init",
    "check",
    "score",
    "render",
    "batch",
    "rubric",
    "diff",
    "panel",
    "migrate",
    "schema",
    "completions",
    "man",
    "version",
];

#[test]
fn every_shell_gets_every_command() {
    let env = TestEnv::new();
    for (shell, marker) in [
        ("bash", "complete -F _impact__brief"),
        ("zsh", "#compdef impact-brief"),
        ("fish", "complete -c impact-brief"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[impact-brief]"),
    ] {
        let run = env.run(&["completions", shell]);
        run.code(0);
        assert!(run.stdout.contains(marker), "{shell}: no {marker}");
        for command in COMMANDS {
            assert!(run.stdout.contains(command), "{shell} does not complete `{command}`");
        }
        for flag in ["rubrics", "format", "fail-on", "install"] {
            // fish names long options without their dashes.
            let written = if shell == "fish" {
                format!("-l {flag}")
            } else {
                format!("--{flag}")
            };
            assert!(run.stdout.contains(&written), "{shell} does not complete --{flag}");
        }
    }
    let wrong = env.run(&["completions", "tcsh"]);
    wrong.code(2);
    assert!(wrong.stderr.contains("bash"), "{}", wrong.stderr);
}

#[test]
fn bash_loads_the_script_and_completes_commands_and_values() {
    let env = TestEnv::new();
    let script = env.run(&["completions", "bash"]).code(0).stdout.clone();
    let path = env.write("impact-brief.bash", script);
    // Completes `impact-brief sch<TAB>` and `impact-brief schema <TAB>` as bash would.
    let probe = format!(
        "source {}\n\
         complete -p impact-brief\n\
         COMP_WORDS=(impact-brief sch); COMP_CWORD=1; COMP_LINE='impact-brief sch'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief sch impact-brief; echo \"first: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief schema ''); COMP_CWORD=2; COMP_LINE='impact-brief schema '; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief '' schema; echo \"kinds: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief render bill.toml --pa); COMP_CWORD=3; COMP_LINE='impact-brief render bill.toml --pa'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief --pa bill.toml; echo \"flags: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief render bill.toml --paper ''); COMP_CWORD=4; COMP_LINE='impact-brief render bill.toml --paper '; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief '' --paper; echo \"papers: ${{COMPREPLY[*]}}\"\n",
        path.display()
    );
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &probe])
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("-F _impact__brief"), "{stdout}");
    assert!(stdout.contains("first: schema"), "{stdout}");
    assert!(
        stdout.contains("kinds: ") && stdout.contains(" assessment rubric"),
        "{stdout}"
    );
    assert!(stdout.contains("flags: --paper"), "{stdout}");
    assert!(stdout.contains("papers: a4 us-letter"), "{stdout}");
}

#[test]
fn help_says_how_to_install_them() {
    let env = TestEnv::new();
    let help = env.run(&["completions", "--help"]);
    help.code(0);
    for part in [
        "~/.local/share/bash-completion/completions",
        "~/.zfunc/_impact-brief",
        "~/.config/fish/completions/impact-brief.fish",
        "$PROFILE",
    ] {
        assert!(help.stdout.contains(part), "{part}:\n{}", help.stdout);
    }
}

#[test]
fn bash_completes_ratings_lists_of_formats_and_never_files_for_numbers() {
    let env = TestEnv::new();
    let script = env.run(&["completions", "bash"]).code(0).stdout.clone();
    let path = env.write("impact-brief.bash", script);
    // A file that file-name completion would offer.
    env.write("weak.toml", "x");
    let probe = format!(
        "cd {}\nsource {}\n\
         COMP_WORDS=(impact-brief batch in -o out --fail-on ''); COMP_CWORD=6; COMP_LINE='impact-brief batch in -o out --fail-on '; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief '' --fail-on; echo \"ratings: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief batch in -o out --fail-on we); COMP_CWORD=6; COMP_LINE='impact-brief batch in -o out --fail-on we'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief we --fail-on; echo \"we: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief batch in -o out --jobs we); COMP_CWORD=6; COMP_LINE='impact-brief batch in -o out --jobs we'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief we --jobs; echo \"jobs: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief render bill.toml -f md,); COMP_CWORD=4; COMP_LINE='impact-brief render bill.toml -f md,'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief md, -f; echo \"formats: ${{COMPREPLY[*]}}\"\n\
         COMP_WORDS=(impact-brief render bill.toml -f md,p); COMP_CWORD=4; COMP_LINE='impact-brief render bill.toml -f md,p'; COMP_POINT=${{#COMP_LINE}}\n\
         _impact__brief impact-brief md,p -f; echo \"md,p: ${{COMPREPLY[*]}}\"\n",
        env.path("").display(),
        path.display()
    );
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &probe])
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("ratings: no-effect-found strong adequate weak serious-concerns insufficient-evidence"),
        "{stdout}"
    );
    assert!(stdout.contains("we: weak\n"), "{stdout}");
    assert!(!stdout.contains("weak.toml"), "no file names: {stdout}");
    assert!(stdout.contains("jobs: we\n"), "{stdout}");
    assert!(
        stdout.contains("formats: md,md md,pdf md,html md,docx md,json md,typ"),
        "{stdout}"
    );
    assert!(stdout.contains("md,p: md,pdf\n"), "{stdout}");
}
