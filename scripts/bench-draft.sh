#!/usr/bin/env bash
# Times `boundary draft --preset P` from a release build, start-up included, as a user runs it.
# Prints min / median / mean wall milliseconds over RUNS runs per preset and format.
# Usage: scripts/bench-draft.sh [RUNS]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
swift build -c release --product boundary >/dev/null
binary="$(swift build -c release --show-bin-path)/boundary"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

measure() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$binary" "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$*" '
    { t[NR] = $1; sum += $1 }
    END { printf "%-50s min %6.1f ms   median %6.1f ms   mean %6.1f ms\n", label, t[1] / 1000, t[int((NR + 1) / 2)] / 1000, sum / NR / 1000 }'
}

echo "boundary draft, release build, $runs runs each, $(nproc) cores, $(date -u +%Y-%m-%d)"
measure --version
for preset in web-design design writing consulting; do
  measure draft --preset "$preset"
done
measure draft --preset web-design --format text
measure draft --preset web-design --format html
