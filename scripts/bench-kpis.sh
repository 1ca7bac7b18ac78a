#!/usr/bin/env bash
# Times `csc-kpi kpis` over the full history (April 2014 to May 2017) of generated data at scale
# 1, 10 and 100, with /usr/bin/time -v (wall clock and peak memory). Reproducible: fixed seed.
#
#   scripts/bench-kpis.sh [WORK_DIR] [SCALES...]
#
# WORK_DIR defaults to a new temporary folder; SCALES default to "1 10 100". Needs the .NET 10 SDK
# and GNU time (/usr/bin/time). Prints one line per scale and keeps the data, outputs and timings
# in WORK_DIR. docs/performance.md ("KPI engine") has the figures measured with it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d -t csc-bench-kpis-XXXXXX)}
shift || true
scales=${*:-"1 10 100"}
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  echo "bench-kpis: /usr/bin/time (GNU time) is needed: apt-get install time" >&2
  exit 2
fi

echo "Building csc-kpi (Release) ..." >&2
dotnet build -c Release "$root/src/Csc.Analysis.Cli" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
cli=$(find "$root/artifacts/bin/Csc.Analysis.Cli" -path '*release*' -name 'csc-kpi.dll' | head -n 1)
if [ -z "$cli" ]; then
  echo "bench-kpis: csc-kpi.dll not found under artifacts/bin/Csc.Analysis.Cli" >&2
  exit 1
fi

printf '%-6s %12s %12s %10s %12s %10s\n' scale input_rows input_MB wall_s peak_RSS_MB out_rows
for scale in $scales; do
  data="$work/data-scale-$scale"
  if [ ! -d "$data" ]; then
    dotnet "$cli" generate --out "$data" --seed 20170531 --from 2014-04 --to 2017-05 --scale "$scale" >"$work/generate-$scale.log" 2>&1 \
      || { cat "$work/generate-$scale.log" >&2; exit 1; }
  fi
  rows=$(cat "$data"/*.csv | wc -l)
  mb=$(du -sm "$data" | cut -f1)
  out="$work/kpis-scale-$scale.csv"
  # one untimed run to warm the disk cache, then the timed run
  dotnet "$cli" kpis --data "$data" --from 2014-04 --to 2017-05 --out "$out" >/dev/null 2>&1
  /usr/bin/time -v dotnet "$cli" kpis --data "$data" --from 2014-04 --to 2017-05 --out "$out" >"$work/kpis-$scale.log" 2>"$work/time-$scale.txt"
  wall=$(grep 'Elapsed (wall clock)' "$work/time-$scale.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print ($1 * 3600) + ($2 * 60) + $3; else print ($1 * 60) + $2 }')
  rss=$(grep 'Maximum resident set size' "$work/time-$scale.txt" | awk '{printf "%.0f", $NF / 1024}')
  printf '%-6s %12s %12s %10s %12s %10s\n' "$scale" "$rows" "$mb" "$wall" "$rss" "$(($(wc -l <"$out") - 1))"
done
echo "Work folder: $work" >&2
