#!/usr/bin/env bash
# Measures impact-brief against the targets of the design, on this machine, in one run:
#   (a) batch of N assessments to Markdown + PDF (embedded Typst, one process);
#   (b) the same N briefs written with -f typ and compiled by a loop of separate `typst compile`;
#   (c) a Markdown-only batch of N_MD assessments;
#   (d) one brief, whole process: Markdown and PDF;
#   (e) render --watch: the first PDF render (cold) against re-renders after an edit (warm);
#   (f) a panel of 50 assessments of one proposal, to Markdown and PDF, whole process.
# Wall time and peak memory come from /usr/bin/time -v. (b) needs the typst CLI on the PATH
# (`cargo install --locked typst-cli --version 0.15.1`) and is skipped without it.
#
# Usage: bench/run.sh            N=1000 N_MD=10000 by default
#        N=200 N_MD=2000 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
N_MD=${N_MD:-10000}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/impact-brief/target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/impact-brief"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/generate.py "$N" "$work/in"
python3 bench/generate.py "$N_MD" "$work/in-md"

# Prints "seconds peak-MB" for a command, from GNU time's report.
measure() {
  /usr/bin/time -v "$@" 2> "$work/time.txt" > /dev/null || { cat "$work/time.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
              /Maximum resident set size/ { mb = $2 / 1024 }
              END { printf "%.2f %.0f\n", s, mb }' "$work/time.txt"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2/1048576 }' /proc/meminfo); impact-brief $("$bin" --version | cut -d' ' -f2)"
echo

read -r a_s a_mb < <(measure "$bin" batch "$work/in" -o "$work/a" -f md,pdf --quiet)
printf "(a) batch md+pdf, N=%d:        %6.2f s  %6.1f briefs/s  peak %4d MB\n" "$N" "$a_s" "$(echo "$N / $a_s" | bc -l)" "$a_mb"

if command -v typst > /dev/null 2>&1; then
  "$bin" batch "$work/in" -o "$work/b" -f typ --quiet 2> /dev/null
  start=$(date +%s.%N)
  while IFS= read -r -d '' bundle; do
    dir=$(dirname "$bundle")
    typst compile --root "$dir" "$bundle" "$dir/brief.pdf"
  done < <(find "$work/b" -name brief.typ -print0)
  b_s=$(echo "$(date +%s.%N) - $start" | bc -l)
  printf "(b) loop of typst compile, N=%d: %6.2f s  %6.1f briefs/s  (a) is %.2fx faster\n" "$N" "$b_s" "$(echo "$N / $b_s" | bc -l)" "$(echo "$b_s / $a_s" | bc -l)"
else
  echo "(b) skipped: no typst on the PATH (cargo install --locked typst-cli --version 0.15.1)"
fi

read -r c_s c_mb < <(measure "$bin" batch "$work/in-md" -o "$work/c" -f md --quiet)
printf "(c) batch md only, N=%d:      %6.2f s  %6.1f briefs/s  peak %4d MB\n" "$N_MD" "$c_s" "$(echo "$N_MD / $c_s" | bc -l)" "$c_mb"

one="$(find "$work/in" -name '*.toml' -print -quit)"
for format in md pdf; do
  total=0
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$bin" render "$one" -f "$format" -o "$work/one.$format" 2> /dev/null
    total=$(( total + $(date +%s%N) - start ))
  done
  printf "(d) one brief, %-3s whole process: %6.1f ms (mean of 5)\n" "$format" "$(echo "$total / 5 / 1000000" | bc -l)"
done

# (e) One watch session: the first render pays for fonts, the library and a cold layout; each
# edit after it reuses what Typst memoised.
cp "$one" "$work/watched.toml"
"$bin" render "$work/watched.toml" -f pdf -o "$work/watched.pdf" --watch 2> "$work/watch.log" &
watcher=$!
for i in 1 2 3 4 5 6; do
  sleep 1.5
  sed -i "0,/^title = \"/s//title = \"Edit $i /" "$work/watched.toml"
done
sleep 1.5
kill "$watcher" 2> /dev/null || true
wait "$watcher" 2> /dev/null || true
times=$(grep -o 'in [0-9]* ms' "$work/watch.log" | awk '{print $2}')
cold=$(echo "$times" | head -n 1)
warm=$(echo "$times" | tail -n +2 | awk '{ s += $1; n++ } END { if (n) printf "%.0f", s / n }')
printf "(e) render --watch, PDF:         cold %s ms, warm %s ms (mean of %d edits)\n" "$cold" "$warm" "$(echo "$times" | tail -n +2 | wc -l)"

# (f) Fifty members of one panel: one proposal, rotating stakeholder groups, seeded levels.
python3 - "$one" "$work/panel" <<'PY'
import pathlib, random, re, sys
source, out = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"), pathlib.Path(sys.argv[2])
out.mkdir(parents=True)
groups = ["government", "private-sector", "civil-society", "technical-community", "academia"]
rng = random.Random(2026)
for index in range(50):
    text = re.sub(r"(?m)^level = \d+$", lambda _: f"level = {rng.randint(0, 4)}", source)
    text = re.sub(r'(?m)^stakeholder_group = ".*"$', f'stakeholder_group = "{groups[index % 5]}"', text)
    (out / f"member-{index:02d}.toml").write_text(text, encoding="utf-8")
PY
total=0
for _ in 1 2 3; do
  start=$(date +%s%N)
  "$bin" panel "$work/panel" -f md,pdf -o "$work/panel-out/" 2> /dev/null
  total=$(( total + $(date +%s%N) - start ))
done
printf "(f) panel of 50, md+pdf, whole process: %6.1f ms (mean of 3)\n" "$(echo "$total / 3 / 1000000" | bc -l)"
