#!/usr/bin/env bash
# Packs one release archive: the binary, README, licence, manual pages and completions.
#
# Usage: scripts/package-archive.sh TARGET BINARY ASSETS OUTDIR
#   TARGET  the Rust target triple, which names the archive (x86_64-unknown-linux-gnu, ...)
#   BINARY  the built program (impact-brief, or impact-brief.exe for Windows)
#   ASSETS  the folder scripts/package-assets.sh wrote (man/, completions/)
#   OUTDIR  where the archive goes: impact-brief-TARGET.tar.xz, or .zip for Windows
#
# Inside, one folder impact-brief-TARGET/ holds:
#   impact-brief[.exe]  README.md  LICENSE
#   man/man1/*.1        (not for Windows)
#   completions/        impact-brief.bash, _impact-brief (zsh), impact-brief.fish, _impact-brief.ps1
set -euo pipefail

if [ "$#" -ne 4 ]; then
  echo "usage: $0 TARGET BINARY ASSETS OUTDIR" >&2
  exit 2
fi
target=$1 bin=$2 assets=$3 out=$4
root=$(cd "$(dirname "$0")/.." && pwd)
name="impact-brief-$target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/$name/completions" "$out"
cp "$bin" "$work/$name/"
cp "$root/README.md" "$root/LICENSE" "$work/$name/"
cp "$assets"/completions/* "$work/$name/completions/"
case "$target" in
  *windows*)
    # 7-Zip is on Windows runners; zip elsewhere.
    if command -v 7z > /dev/null 2>&1; then
      (cd "$work" && 7z a -tzip "$name.zip" "$name" > /dev/null)
    else
      (cd "$work" && zip -qr "$name.zip" "$name")
    fi
    archive="$name.zip"
    ;;
  *)
    mkdir -p "$work/$name/man/man1"
    cp "$assets"/man/*.1 "$work/$name/man/man1/"
    chmod 755 "$work/$name/$(basename "$bin")"
    # A stable order and owner, so that the same files make the same archive.
    tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner -cJf "$work/$name.tar.xz" "$name" 2> /dev/null \
      || tar -C "$work" -cJf "$work/$name.tar.xz" "$name"
    archive="$name.tar.xz"
    ;;
esac
mv "$work/$archive" "$out/"
echo "$out/$archive"
