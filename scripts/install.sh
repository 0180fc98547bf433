#!/bin/sh
# Installs impact-brief from a release: downloads the archive for this system, checks it against
# the release's SHA256SUMS, and puts the program, its manual pages and its shell completions
# under your home folder (no root needed).
#
#   curl -fsSL https://github.com/OWNER/REPO/releases/latest/download/install.sh | sh
#
# Settings (environment variables):
#   IMPACT_BRIEF_INSTALL_DIR  where the program goes (default: ~/.local/bin)
#   IMPACT_BRIEF_DATA_DIR     where manual pages and completions go (default: ~/.local/share)
#   IMPACT_BRIEF_VERSION      a release tag such as v0.2.0 (default: the release this script
#                             came with)
#   IMPACT_BRIEF_REPOSITORY   OWNER/REPO on GitHub (default: the one this script came from)
#   IMPACT_BRIEF_DOWNLOAD_URL the folder the release files are in, instead of GitHub's
set -eu

# The release workflow writes the repository and the tag here when it attaches this script to a
# release.
repository=${IMPACT_BRIEF_REPOSITORY:-@REPOSITORY@}
version=${IMPACT_BRIEF_VERSION:-@VERSION@}
bin_dir=${IMPACT_BRIEF_INSTALL_DIR:-$HOME/.local/bin}
data_dir=${IMPACT_BRIEF_DATA_DIR:-$HOME/.local/share}

say() { printf 'impact-brief installer: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 1; }

case "$(uname -s)" in
  Linux) os=unknown-linux-gnu ;;
  Darwin) os=apple-darwin ;;
  *) fail "no build for $(uname -s); on Windows use install.ps1, elsewhere build from source (see README)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) fail "no build for $(uname -m) processors; build from source (see README)" ;;
esac
# A shell running under Rosetta reports x86_64 on Apple silicon: take the native build there.
if [ "$os" = apple-darwin ] && [ "$arch" = x86_64 ] && [ "$(sysctl -n sysctl.proc_translated 2> /dev/null || echo 0)" = 1 ]; then
  arch=aarch64
fi
target="$arch-$os"
archive="impact-brief-$target.tar.xz"

if [ -n "${IMPACT_BRIEF_DOWNLOAD_URL:-}" ]; then
  base=$IMPACT_BRIEF_DOWNLOAD_URL
else
  case "$repository$version" in
    *@*) fail "set IMPACT_BRIEF_REPOSITORY=OWNER/REPO and IMPACT_BRIEF_VERSION=vX.Y.Z (this copy of the script is not from a release)" ;;
  esac
  base="https://github.com/$repository/releases/download/$version"
fi

if command -v curl > /dev/null 2>&1; then
  download() { curl --proto '=https,http' -fsSL "$1" -o "$2"; }
elif command -v wget > /dev/null 2>&1; then
  download() { wget -q "$1" -O "$2"; }
else
  fail "curl or wget is needed to download the release"
fi
if command -v sha256sum > /dev/null 2>&1; then
  sha256() { sha256sum "$1" | cut -d ' ' -f 1; }
elif command -v shasum > /dev/null 2>&1; then
  sha256() { shasum -a 256 "$1" | cut -d ' ' -f 1; }
else
  fail "sha256sum or shasum is needed to check the download"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
say "downloading $archive from $base"
download "$base/$archive" "$work/$archive" || fail "could not download $base/$archive"
download "$base/SHA256SUMS" "$work/SHA256SUMS" || fail "could not download $base/SHA256SUMS"
expected=$(awk -v name="$archive" '$2 == name || $2 == "*" name { print $1 }' "$work/SHA256SUMS")
[ -n "$expected" ] || fail "$archive is not listed in SHA256SUMS"
[ "$(sha256 "$work/$archive")" = "$expected" ] || fail "$archive does not match its SHA-256 checksum; not installed"

tar -xJf "$work/$archive" -C "$work"
from="$work/impact-brief-$target"
mkdir -p "$bin_dir" "$data_dir/man/man1" "$data_dir/bash-completion/completions" "$data_dir/zsh/site-functions" "$data_dir/fish/vendor_completions.d"
cp "$from/impact-brief" "$bin_dir/impact-brief.new"
chmod 755 "$bin_dir/impact-brief.new"
mv "$bin_dir/impact-brief.new" "$bin_dir/impact-brief"
cp "$from"/man/man1/*.1 "$data_dir/man/man1/"
cp "$from/completions/impact-brief.bash" "$data_dir/bash-completion/completions/impact-brief"
cp "$from/completions/_impact-brief" "$data_dir/zsh/site-functions/_impact-brief"
cp "$from/completions/impact-brief.fish" "$data_dir/fish/vendor_completions.d/impact-brief.fish"
# Quarantine is only set on browser downloads, but a copied file may carry it.
if [ "$os" = apple-darwin ]; then
  xattr -d com.apple.quarantine "$bin_dir/impact-brief" 2> /dev/null || true
fi

say "installed $("$bin_dir/impact-brief" --version) in $bin_dir"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) say "add $bin_dir to your PATH, e.g. echo 'export PATH=\"$bin_dir:\$PATH\"' >> ~/.profile" ;;
esac
say "manual: man impact-brief (if not found, add $data_dir/man to MANPATH); zsh completions: add $data_dir/zsh/site-functions to fpath"
