#!/usr/bin/env bash
# Builds the binary that people download (the dist profile: LTO, one codegen unit, no symbols)
# and fails if it is larger than the budget. Typst, its fonts and the brief fonts are most of it;
# fonts for new languages count against the same budget, so raise it on purpose, with the reason,
# or take such fonts from the system.
#
# Usage: bench/size.sh              build, then check
#        bench/size.sh --no-build   check the binary already built
#        BUDGET_MB=60 bench/size.sh another budget, in MiB
# The dist build takes far longer than --release (about 25 minutes on two cores from nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/impact-brief/target}"

# Measured (x86_64 Linux, Rust 1.95, Typst 0.15.1 with its embedded fonts): 48.1 MiB with English
# only; 50.9 MiB (53,372,432 bytes) with the four languages' catalogues and rubric overlays and the
# Noto fonts for their scripts, 9% under the budget. The same sources with `--release` make
# 80.0 MiB. The budget leaves room for the catalogues and overlays of more languages and a
# Latin-script font or two, not for a CJK font (15 MiB or more each), which should come from the
# system.
BUDGET_MB=${BUDGET_MB:-56}

if [ "${1:-}" != "--no-build" ]; then
  cargo build --locked --profile dist --bin impact-brief --quiet
fi
bin="$CARGO_TARGET_DIR/dist/impact-brief"
[ -f "$bin" ] || bin="$bin.exe"
[ -f "$bin" ] || { echo "error: no dist build at $CARGO_TARGET_DIR/dist/ (run without --no-build)" >&2; exit 1; }

bytes=$(wc -c < "$bin" | tr -d ' ')
budget=$(( BUDGET_MB * 1024 * 1024 ))
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
if [ "$bytes" -gt "$budget" ]; then
  echo "impact-brief (dist): $mib MiB ($bytes bytes), over the budget of $BUDGET_MB MiB" >&2
  exit 1
fi
echo "impact-brief (dist): $mib MiB ($bytes bytes), within the budget of $BUDGET_MB MiB ($(( (budget - bytes) * 100 / budget ))% left)"
