//! Records where a binary came from, for `impact-brief --version`: the commit it was built from
//! and the date of the build.
//!
//! - `IMPACT_BRIEF_COMMIT`: the commit's short hash, from git. It is `unknown` when the sources
//!   are not a git checkout of their own (a source tarball, a vendored copy inside another
//!   repository) or git is missing. A packager who knows the commit may set `IMPACT_BRIEF_COMMIT`
//!   in the build's environment instead.
//! - `IMPACT_BRIEF_BUILD_DATE`: `YYYY-MM-DD` (UTC). For reproducible builds it is the date of
//!   `SOURCE_DATE_EPOCH` when that is set (<https://reproducible-builds.org/specs/source-date-epoch/>),
//!   otherwise the day this script last ran: cargo runs it again when the commit or either
//!   variable changes, not on every build, so that an edit does not recompile the whole crate.
//!
//! Nothing here fails a build: what cannot be found is reported as `unknown`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-env-changed=IMPACT_BRIEF_COMMIT");
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());

    let commit = match std::env::var("IMPACT_BRIEF_COMMIT") {
        Ok(commit) if !commit.trim().is_empty() => commit.trim().to_string(),
        _ => git_commit(&manifest_dir).unwrap_or_else(|| "unknown".to_string()),
    };
    println!("cargo:rustc-env=IMPACT_BRIEF_COMMIT={commit}");
    println!("cargo:rustc-env=IMPACT_BRIEF_BUILD_DATE={}", build_date());
}

/// The short hash of `HEAD` in the repository whose top folder is `dir`, and tells cargo to run
/// this script again when `HEAD` moves.
fn git_commit(dir: &Path) -> Option<String> {
    // Only a repository of these sources counts: a tarball unpacked inside someone's home
    // folder under git must not report that repository's commit.
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if Path::new(&top).canonicalize().ok()? != dir.canonicalize().ok()? {
        return None;
    }
    let commit = git(dir, &["rev-parse", "--short=12", "HEAD"])?;
    // HEAD names a branch, whose ref is a loose file or a line in packed-refs: a new commit
    // changes one of these. (`--git-path` finds them in a worktree too.)
    let mut watched = vec!["HEAD".to_string(), "packed-refs".to_string()];
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        watched.push(branch);
    }
    for name in watched {
        if let Some(path) = git(dir, &["rev-parse", "--git-path", &name]) {
            let path = dir.join(path);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    Some(commit)
}

/// What `git ARGS` prints in `dir`, trimmed; `None` if git is missing or fails.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).current_dir(dir).output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// `SOURCE_DATE_EPOCH` or now, as a UTC date.
fn build_date() -> String {
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => match value.trim().parse::<i64>() {
            Ok(seconds) => seconds,
            Err(_) => {
                println!("cargo:warning=SOURCE_DATE_EPOCH is not a number of seconds: {value:?}");
                return "unknown".to_string();
            }
        },
        Err(_) => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)),
    };
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's
/// `civil_from_days`), so that the build script needs no dependency.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
