#!/usr/bin/env bash
# Measures impact-brief against the performance targets, on this machine, in one run:
#   (a) batch of N assessments to Markdown + PDF (embedded Typst, one process): time, peak memory;
#   (b) the same N briefs written with -f typ and compiled by separate `typst compile` runs, one
#       after another, and (b2) one per core (`xargs -P`), as a user scripting Typst would;
#   (c) a Markdown-only batch of N_MD assessments: time, user CPU, peak memory;
#   (d) one brief, whole process: Markdown and PDF;
#   (e) render --watch: the first PDF render (cold) against re-renders after an edit (warm);
#   (f) a panel of 50 assessments of one proposal to PDF, whole process: time, pages, per page,
#       against one member's brief, in pairs.
# It ends with the table of figures against their targets. Wall time, CPU time and peak memory
# come from GNU time (/usr/bin/time -v). (b) needs the typst CLI on the PATH (`cargo install
# --locked typst-cli --version 0.15.1`; .ci/run installs it) and is skipped without it.
#
# Usage: bench/run.sh            N=300 N_MD=10000 by default
#        N=100 N_MD=2000 bench/run.sh
#        BIN=/tmp/old/impact-brief bench/run.sh   the same figures for another build
#        PROFILE=dist bench/run.sh   the build that releases ship (fat LTO, one codegen unit:
#                                    about 12% faster than --release, and 25 minutes to build)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-300}
N_MD=${N_MD:-10000}
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/impact-brief/target}"
# BIN=path/to/impact-brief measures another build (an older commit's, for a before/after table in
# the same session); without it, this checkout built with PROFILE (release by default).
PROFILE=${PROFILE:-release}
if [ -n "${BIN:-}" ]; then
  bin="$BIN"
else
  cargo build --profile "$PROFILE" --quiet
  bin="$CARGO_TARGET_DIR/$PROFILE/impact-brief"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/generate.py "$N" "$work/in"
python3 bench/generate.py "$N_MD" "$work/in-md"

# Prints "seconds user-CPU-seconds peak-MB" for a command, from GNU time's report.
measure() {
  /usr/bin/time -v "$@" 2> "$work/time.txt" > /dev/null || { cat "$work/time.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
              /User time/ { user = $2 }
              /Maximum resident set size/ { mb = $2 / 1024 }
              END { printf "%.2f %.2f %.0f\n", s, user, mb }' "$work/time.txt"
}

# Milliseconds since an epoch, for the loops timed as a whole.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2/1048576 }' /proc/meminfo); impact-brief $("$bin" --version | cut -d' ' -f2), $bin"
echo

read -r a_s _ a_mb < <(measure "$bin" batch "$work/in" -o "$work/a" -f md,pdf --quiet)
printf "(a) batch md+pdf, N=%d:        %6.2f s  %6.1f briefs/s  peak %4d MB\n" "$N" "$a_s" "$(echo "$N / $a_s" | bc -l)" "$a_mb"

b_s="" b2_s=""
if command -v typst > /dev/null 2>&1; then
  "$bin" batch "$work/in" -o "$work/b" -f typ --quiet 2> /dev/null
  find "$work/b" -name brief.typ -print0 > "$work/bundles"
  start=$(now_ms)
  while IFS= read -r -d '' bundle; do
    typst compile --root "$(dirname "$bundle")" "$bundle" "$(dirname "$bundle")/brief.pdf" 2> /dev/null
  done < "$work/bundles"
  b_s=$(echo "($(now_ms) - $start) / 1000" | bc -l)
  printf "(b) loop of typst compile, N=%d: %6.2f s  %6.1f briefs/s  (a) is %.2fx faster\n" "$N" "$b_s" "$(echo "$N / $b_s" | bc -l)" "$(echo "$b_s / $a_s" | bc -l)"
  start=$(now_ms)
  xargs -0 -P "$(nproc)" -I{} sh -c 'typst compile --root "$(dirname "$1")" "$1" "$(dirname "$1")/brief-p.pdf" 2> /dev/null' _ {} < "$work/bundles"
  b2_s=$(echo "($(now_ms) - $start) / 1000" | bc -l)
  printf "(b2) the same, xargs -P%d:       %6.2f s  %6.1f briefs/s  (a) is %.2fx faster\n" "$(nproc)" "$b2_s" "$(echo "$N / $b2_s" | bc -l)" "$(echo "$b2_s / $a_s" | bc -l)"
else
  echo "(b) skipped: no typst on the PATH (cargo install --locked typst-cli --version 0.15.1)"
fi

read -r c_s c_user c_mb < <(measure "$bin" batch "$work/in-md" -o "$work/c" -f md --quiet)
printf "(c) batch md only, N=%d:      %6.2f s  user CPU %5.2f s  peak %4d MB\n" "$N_MD" "$c_s" "$c_user" "$c_mb"

one="$(find "$work/in" -name '*.toml' -print -quit)"
declare -A d_ms
for format in md pdf; do
  total=0
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$bin" render "$one" -f "$format" -o "$work/one.$format" 2> /dev/null
    total=$(( total + $(date +%s%N) - start ))
  done
  d_ms[$format]=$(echo "$total / 5 / 1000000" | bc -l)
  printf "(d) one brief, %-3s whole process: %6.1f ms (mean of 5)\n" "$format" "${d_ms[$format]}"
done

# (e) One watch session: the first render pays for fonts, the library and a cold layout; each
# edit after it reuses what Typst memoised. Two kinds of edit: the title, which is in every page's
# running head (so every page is laid out again), and one answer's rationale, which is on one page.
cp "$one" "$work/watched.toml"
"$bin" render "$work/watched.toml" -f pdf -o "$work/watched.pdf" --watch 2> "$work/watch.log" &
watcher=$!
edits=6
for i in $(seq "$edits"); do
  sleep 1.5
  sed -i "0,/^title = \"/s//title = \"Edit $i /" "$work/watched.toml"
done
for i in $(seq "$edits"); do
  sleep 1.5
  # The first rationale, whichever quotes open it.
  perl -0pi -e "s/^(rationale = (?:\"\"\"\\n|\"))/\${1}Edit $i. /m" "$work/watched.toml"
done
sleep 1.5
kill "$watcher" 2> /dev/null || true
wait "$watcher" 2> /dev/null || true
times=$(grep -o 'in [0-9]* ms' "$work/watch.log" | awk '{print $2}')
cold=$(echo "$times" | head -n 1)
mean() { awk '{ s += $1; n++ } END { if (n) printf "%.0f", s / n }'; }
warm=$(echo "$times" | sed -n "2,$((edits + 1))p" | mean)
warm_rationale=$(echo "$times" | sed -n "$((edits + 2)),$((2 * edits + 1))p" | mean)
# Each edit should give one re-render; if the watcher took two edits as one, the means mix kinds.
if [ "$(echo "$times" | wc -l)" -ne $((2 * edits + 1)) ]; then
  echo "(e) note: $(echo "$times" | wc -l) renders for $((2 * edits)) edits and a first render; the title and rationale means may mix" >&2
fi
printf "(e) render --watch, PDF:         cold %s ms, warm %s ms after a title edit, %s ms after a rationale edit (%d edits)\n" \
  "$cold" "$warm" "$warm_rationale" "$(echo "$times" | tail -n +2 | wc -l)"

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
# The target compares time per page with one brief's, so it is measured in pairs (a member's own
# brief, then the panel, seven times) and each pair gives a ratio: a drift of the machine's speed
# during the run then moves both sides of a ratio alike.
member="$work/panel/member-00.toml"
"$bin" render "$member" -f pdf -o "$work/member.pdf" 2> /dev/null
"$bin" panel "$work/panel" -f pdf -o "$work/panel.pdf" --force 2> /dev/null
f_pages=$(pdfinfo "$work/panel.pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
member_pages=$(pdfinfo "$work/member.pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
: > "$work/pairs"
for _ in 1 2 3 4 5 6 7; do
  start=$(date +%s%N)
  "$bin" render "$member" -f pdf -o "$work/member.pdf" 2> /dev/null
  member_ns=$(( $(date +%s%N) - start ))
  start=$(date +%s%N)
  "$bin" panel "$work/panel" -f pdf -o "$work/panel.pdf" --force 2> /dev/null
  panel_ns=$(( $(date +%s%N) - start ))
  echo "$panel_ns $member_ns" >> "$work/pairs"
done
# Medians of the panel's time, the member's, and the pairs' ratio of time per page.
read -r f_ms member_ms f_ratio < <(python3 - "$work/pairs" "$f_pages" "$member_pages" <<'PY'
import statistics, sys
pairs = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
pages, member_pages = int(sys.argv[2]), int(sys.argv[3])
ratios = [(p / pages) / (m / member_pages) for p, m in pairs]
print(statistics.median(p for p, _ in pairs) / 1e6, statistics.median(m for _, m in pairs) / 1e6, statistics.median(ratios))
PY
)
printf "(f) panel of 50, pdf, whole process: %6.1f ms (median of 7) for %d pages, %.1f ms a page; one member's brief %.1f ms for %d pages, %.1f ms a page; per page, the panel takes %.2fx a brief's (median of the pairs)\n" \
  "$f_ms" "$f_pages" "$(echo "$f_ms / $f_pages" | bc -l)" "$member_ms" "$member_pages" "$(echo "$member_ms / $member_pages" | bc -l)" "$f_ratio"

# The figures against their targets, as the performance section of the README gives them.
ratio() { if [ -n "$1" ]; then printf "%.2fx" "$(echo "$1 / $a_s" | bc -l)"; else printf "skipped"; fi; }
echo
echo "| Figure | Now | Target |"
echo "|---|---|---|"
echo "| Batch of $N to Markdown + PDF against typst compile, one per core | $(ratio "$b2_s") faster | >= 3x |"
echo "| The same against a sequential loop | $(ratio "$b_s") faster | >= 5x |"
printf "| Peak memory of that batch | %d MB | < 150 MB |\n" "$a_mb"
printf "| render --watch, warm re-render of a PDF: title / rationale edited | %s / %s ms | < 20 ms |\n" "$warm" "$warm_rationale"
printf "| One brief to PDF, whole process | %.0f ms | < 60 ms |\n" "${d_ms[pdf]}"
printf "| Panel of 50 to PDF | %.2f s for %d pages, %.1f ms a page: %.2fx a member's brief's time per page | one brief's time per page (1x) |\n" \
  "$(echo "$f_ms / 1000" | bc -l)" "$f_pages" "$(echo "$f_ms / $f_pages" | bc -l)" "$f_ratio"
printf "| %d briefs to Markdown, user CPU | %.2f s | < 2 s |\n" "$N_MD" "$c_user"
