#!/usr/bin/env bash
# Writes the files that ship beside the binary and are generated from it, so that they always
# match it and are never committed: the manual pages and the shell completions.
#
# Usage: scripts/package-assets.sh BINARY [DIR]
#   DIR defaults to package-assets/ beside BINARY, which is where `cargo deb` looks for them
#   (target/release/package-assets/ in [package.metadata.deb], for whichever profile is packaged).
#
#   DIR/man/impact-brief.1, impact-brief-render.1, ...   one page per command
#   DIR/man/impact-brief.1.gz, ...                       the same compressed, as Debian wants
#                                                         them (cargo deb compresses only the
#                                                         files that are not under target/)
#   DIR/completions/impact-brief.bash                     bash
#   DIR/completions/_impact-brief                         zsh
#   DIR/completions/impact-brief.fish                     fish
#   DIR/completions/_impact-brief.ps1                     PowerShell
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 BINARY [DIR]" >&2
  exit 2
fi
bin=$1
dir=${2:-"$(dirname "$bin")/package-assets"}

rm -rf "$dir"
mkdir -p "$dir/man" "$dir/completions"
"$bin" man --dir "$dir/man" 2> /dev/null
for page in "$dir"/man/*.1; do
  # -n: no name or time inside, so the same page compresses to the same bytes.
  gzip -9 -n -c "$page" > "$page.gz"
done
"$bin" completions bash > "$dir/completions/impact-brief.bash"
"$bin" completions zsh > "$dir/completions/_impact-brief"
"$bin" completions fish > "$dir/completions/impact-brief.fish"
"$bin" completions powershell > "$dir/completions/_impact-brief.ps1"
echo "$dir: $(find "$dir/man" -name '*.1' | wc -l) manual pages, 4 completion scripts"
