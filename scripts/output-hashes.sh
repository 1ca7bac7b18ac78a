#!/usr/bin/env bash
# Writes every analyst-facing output of csc-kpi on data-samples into OUT_DIR and prints their SHA-256
# sums (relative paths, sorted), so a refactoring can be checked byte for byte against main:
#
#   scripts/output-hashes.sh /tmp/before > before.sums   # on main
#   scripts/output-hashes.sh /tmp/after  > after.sums    # on the branch
#   diff before.sums after.sums
#
# The outputs do not depend on OUT_DIR. Notebooks are executed (needs `dotnet tool restore`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/output-hashes.sh OUT_DIR}
rm -rf "$out"; mkdir -p "$out"
dotnet build "$root/src/Csc.Analysis.Cli" -v q >"$out/.build.log" 2>&1 || { cat "$out/.build.log" >&2; exit 1; }
cli=$(find "$root/artifacts/bin/Csc.Analysis.Cli/debug" -name csc-kpi.dll | head -n 1)
data="$root/data-samples/havering-like"
run() { dotnet "$cli" "$@" >>"$out/.run.log" 2>&1 || echo "exit $? from: $*" >>"$out/.run.log"; }
cd "$root"
run report --data "$data" --out "$out/report.html"
run kpis --data "$data" --out "$out/kpis.csv"
run kpis --data "$data" --out "$out/kpis.json"
run export --data "$data" --out "$out/export"
run investigate icpc-recording --data "$data" --out "$out/icpc.json" --rows "$out/icpc-rows.csv"
run investigate data-quality --data "$data" --out "$out/dq.json" --rows "$out/dq-rows.csv"
dotnet "$cli" validate --data "$data" --issues "$out/validate-issues.csv" >"$out/validate.txt" 2>&1 || true
run notebook publish "$root/notebooks" --out "$out/notebooks" --execute
cd "$out" && find . -type f ! -name '.*' | sort | xargs sha256sum | sed 's#  \./#  #'
