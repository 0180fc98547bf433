#!/usr/bin/env bash
# Where a PDF batch's peak memory goes, measured with heaptrack (Debian's `heaptrack` package):
#   - the peak heap of batches of 1, 4, 10 and 30 briefs to PDF, one worker (`-j 1`), which shows
#     how much of it is what Typst's caches keep of the briefs before the current one;
#   - for the largest batch, the peak heap split by the memoised Typst function whose result holds
#     it (the innermost one on the allocation's call stack), and the part of it Typst's PDF
#     export holds.
# heaptrack sees only the system allocator's calls, so the binary measured is built with the
# `system-allocator` feature (mimalloc left out); the release build is put back afterwards.
# The resident memory (RSS) of the shipped build is that heap plus the binary's own pages and
# the allocator's slack: bench/run.sh measures it.
#
# Usage: bench/heap.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v heaptrack > /dev/null || { echo "error: needs heaptrack (apt install heaptrack)" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/impact-brief/target}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet --features system-allocator
cp "$CARGO_TARGET_DIR/release/impact-brief" "$work/impact-brief"
cargo build --release --quiet
bin="$work/impact-brief"

python3 bench/generate.py 30 "$work/all" > /dev/null
mapfile -t inputs < <(find "$work/all" -name '*.toml' | sort)

peak_heap() { heaptrack_print -f "$1" 2> /dev/null | awk -F': ' '/peak heap memory consumption/ { print $2 }'; }

for n in 1 4 10 30; do
  mkdir "$work/in$n"
  for file in "${inputs[@]:0:$n}"; do cp "$file" "$work/in$n/$(basename "$(dirname "$file")")-$(basename "$file")"; done
  heaptrack -o "$work/heap$n" "$bin" batch "$work/in$n" -o "$work/out$n" -f pdf --quiet -j 1 > /dev/null 2>&1
  printf "batch of %2d briefs to PDF, one worker: peak heap %s\n" "$n" "$(peak_heap "$work/heap$n.zst")"
done

# The peak's allocations, each with its call stack, outermost first; then summed by the innermost
# memoised function on the stack (its cached result is what holds them).
heaptrack_print -f "$work/heap30.zst" --print-peaks 0 --print-allocators 0 --print-temporary 0 \
  --print-leaks 0 --flamegraph-cost-type peak -F "$work/peak.stacks" > /dev/null 2>&1
echo
echo "peak heap of the batch of 30, by the memoised function whose result holds it:"
python3 - "$work/peak.stacks" <<'EOF'
import collections, re, sys

def name(frame):
    frame = re.sub(r"::h[0-9a-f]{16}$", "", frame.split(" (")[0])
    for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u7b$", "{"), ("$u7d$", "}"), ("$C$", ","), ("$u20$", " "), ("$RF$", "&")):
        frame = frame.replace(code, char)
    return frame

by_function, total = collections.Counter(), 0
for line in open(sys.argv[1]):
    stack, _, size = line.rstrip().rpartition(" ")
    size = int(size)
    if size == 0:
        continue
    total += size
    frames = [name(frame) for frame in stack.split(";") if frame]
    # The memoised function is the caller of comemo's `memoize`.
    memoised = [frames[i - 1] for i, frame in enumerate(frames) if i > 0 and frame.startswith("comemo::memoize::memoize")]
    if any(frame.startswith(("typst_pdf", "krilla")) for frame in frames):
        key = "(PDF export)"
    else:
        key = memoised[-1] if memoised else "(not memoised)"
    by_function[key] += size
for function, size in by_function.most_common(10):
    print(f"  {size / 1e6:6.1f} MB  {size * 100 / total:3.0f}%  {function}")
print(f"  {total / 1e6:6.1f} MB  in all")
EOF
