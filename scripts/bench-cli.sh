#!/usr/bin/env bash
# Times `boundary draft`, `refund`, `letter`, `tone` and `screen` from a release build, start-up included, as a user runs them.
# Prints min / median / mean wall milliseconds over RUNS runs of each command.
# Usage: scripts/bench-cli.sh [RUNS]   (default 30)
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

echo "boundary, release build, $runs runs each, $(nproc) cores, $(date -u +%Y-%m-%d)"
measure --version
for preset in web-design design writing consulting; do
  measure draft --preset "$preset"
done
measure draft --preset web-design --format text
measure draft --preset web-design --format html
measure refund --currency USD --total 12000.00 --paid 12000.00 --method time --start 2025-01-01 --end 2025-12-31 --last-day 2025-03-31
measure refund --currency EUR --total 8000 --paid 4000 --milestone 20:accepted --milestone 30:delivered --milestone 30:in-progress@50 --milestone 20:not-started --format json
"$binary" init --preset web-design -o agreement.yaml 2>/dev/null
measure refund --agreement agreement.yaml --paid 7200.00 --status 1=accepted --status 2=in-progress@50
measure letter end --agreement agreement.yaml --date 2027-03-01 --paid 3600.00 --status 1=accepted --status 2=in-progress@50
measure letter scope --agreement agreement.yaml --request "an online shop" --estimate-hours 12
"$binary" letter end --agreement agreement.yaml --date 2027-03-01 --paid 3600.00 --status 1=accepted -o end.md
measure tone end.md
measure screen --answer guarantees=yes --answer price-extra-time=yes --assume unsure
