#!/usr/bin/env bash
# Speed of `boundary lint` as a user runs it (release build, one process, start-up included):
#   - the cuad-dev contracts (../shared/eval/cuad-dev/txt, or $BOUNDARY_EVAL/cuad-dev/txt) in one run;
#   - a 100-page contract (the Fixtures corpus repeated to about 100 pages of 3,000 characters).
# Prints seconds and MB/s; when ripgrep is installed, rg's time for the same texts and the same phrases.
# Skips the cuad-dev part cleanly when the evaluation data is absent (it is not in the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
swift build -c release --product boundary >/dev/null
binary="$(swift build -c release --show-bin-path)/boundary"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

best() {  # best wall time in seconds over $runs runs of the command
  local best=""
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
    local t=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}

# Every fixed phrase of the library's signals (the ones with a wildcard are left out), for ripgrep.
python3 - "$scratch/phrases.txt" <<'PY'
import glob, re, sys
phrases = set()
for path in glob.glob('Clauses/**/*.md', recursive=True):
    for line in open(path, encoding='utf-8'):
        m = re.match(r'\s+- \[(.*)\]\s*$', line) or re.match(r'\s+unless: \[(.*)\]\s*$', line)
        if m:
            for p in m.group(1).split(','):
                p = p.strip().strip('"')
                if p and '*' not in p: phrases.add(p)
open(sys.argv[1], 'w').write('\n'.join(sorted(phrases)) + '\n')
PY
echo "boundary lint, release build, best of $runs runs, $(nproc) cores, $(date -u +%Y-%m-%d); $(wc -l < "$scratch/phrases.txt") fixed phrases in the library"

eval_dir="${BOUNDARY_EVAL:-../shared/eval}/cuad-dev/txt"
if [ -d "$eval_dir" ]; then
  bytes=$(cat "$eval_dir"/*.txt | wc -c)
  files=$(ls "$eval_dir"/*.txt | wc -l)
  ms=$(best "$binary" lint --format json "$eval_dir")
  awk -v ms="$ms" -v b="$bytes" -v f="$files" 'BEGIN { printf "cuad-dev: %d contracts, %.1f MB in one process: %.2f s (%.1f MB/s)\n", f, b / 1e6, ms / 1000, b / 1e6 / (ms / 1000) }'
  if command -v rg >/dev/null; then
    rms=$(best rg -i -c -F -f "$scratch/phrases.txt" "$eval_dir")
    awk -v ms="$rms" 'BEGIN { printf "ripgrep, same texts and phrases (fixed strings, case-insensitive): %.2f s\n", ms / 1000 }'
  else
    echo "ripgrep is not installed: no side-by-side figure"
  fi
else
  echo "cuad-dev not found at $eval_dir: skipped (set BOUNDARY_EVAL to the folder holding cuad-dev)"
fi

# A 100-page contract: 100 pages of 3,000 characters, cut at a line end from the corpus documents
# repeated; and the same texts repeated to 400 KB, for a denser 100 pages.
: > "$scratch/corpus.txt"
while [ "$(wc -c < "$scratch/corpus.txt")" -lt 400000 ]; do cat Fixtures/lint/corpus/*.txt >> "$scratch/corpus.txt"; done
head -c 300000 "$scratch/corpus.txt" | sed '$d' > "$scratch/100-pages.txt"
head -c 400000 "$scratch/corpus.txt" | sed '$d' > "$scratch/400-kb.txt"
# Two builds: the plain release build, and the self-contained one to install on Linux (Swift runtime
# and Foundation linked in: `swift build -c release --static-swift-stdlib`), which starts faster.
binaries=("release:$binary")
if [ "$(uname)" = Linux ]; then
  swift build -c release --static-swift-stdlib --product boundary --scratch-path .build/static >/dev/null
  binaries+=("release, static stdlib:.build/static/release/boundary")
fi
for entry in "${binaries[@]}"; do
  label="${entry%%:*}"; bin="${entry#*:}"
  for text in 100-pages 400-kb; do
    bytes=$(wc -c < "$scratch/$text.txt")
    ms=$(best "$bin" lint --format json "$scratch/$text.txt")
    awk -v ms="$ms" -v b="$bytes" -v l="$label" -v t="$text" 'BEGIN { printf "%s: one contract, %s (%.0f KB): %d ms (%.1f MB/s), start-up included\n", l, t, b / 1000, ms, b / 1e6 / (ms / 1000) }'
  done
  ms=$(best "$bin" --version)
  echo "$label: start-up alone (boundary --version): $ms ms"
done
