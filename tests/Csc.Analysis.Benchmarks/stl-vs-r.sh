#!/usr/bin/env bash
# STL speed, C# against R, on the same inputs in one run:
#   - 10,000 monthly series of 60 points: stl(ts(x, frequency = 12), s.window = 7) in an R loop (system.time) against
#     Stl.DecomposeMany (serial and parallel), non-robust and robust;
#   - one series of 10,000 points.
# Also checks that the C# batch agrees with R's seasonal and trend.
# Needs R (base only) and the .NET SDK. Usage, from anywhere:  tests/Csc.Analysis.Benchmarks/stl-vs-r.sh [SERIES] [LENGTH]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
series="${1:-10000}"
length="${2:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(Rscript --version 2>&1 | head -1); .NET $(dotnet --version)"

Rscript - "$work" "$series" "$length" <<'RSCRIPT'
args <- commandArgs(trailingOnly = TRUE)
work <- args[1]; count <- as.integer(args[2]); len <- as.integer(args[3])
set.seed(42)
t <- seq_len(len)
batch <- t(sapply(seq_len(count), function(i) {
  a <- 5 + 20 * runif(1)
  50 + 100 * runif(1) + (runif(1) - 0.5) * t + a * sin(2 * pi * t / 12) + 0.4 * a * cos(4 * pi * t / 12) + rnorm(len, 0, 3)
}))
tl <- seq_len(10000)
long <- 100 + 0.01 * tl + 10 * sin(2 * pi * tl / 12) + rnorm(10000, 0, 2)
write.table(matrix(sprintf("%.17g", batch), nrow = count), file.path(work, "batch.csv"), sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
writeLines(sprintf("%.17g", long), file.path(work, "long.csv"))

# Elapsed (wall-clock) and CPU (user + system) time: on a busy machine the CPU time is the steadier figure.
report <- function(what, st, reps = 1) {
  cat(sprintf("R:  %s: %.1f ms elapsed, %.1f ms CPU%s\n", what, 1000 * st[["elapsed"]] / reps,
              1000 * (st[["user.self"]] + st[["sys.self"]]) / reps, if (reps > 1) sprintf(" (mean of %d)", reps) else ""))
}
fits <- vector("list", count)
report(sprintf("%d x %d, stl(s.window = 7), loop", count, len),
       system.time(for (i in seq_len(count)) fits[[i]] <- stl(ts(batch[i, ], frequency = 12), s.window = 7)))
out <- t(sapply(fits, function(f) c(f$time.series[, "seasonal"], f$time.series[, "trend"])))
write.table(matrix(sprintf("%.17g", out), nrow = count), file.path(work, "r_batch_components.csv"), sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
report(sprintf("%d x %d, robust, loop", count, len),
       system.time(for (i in seq_len(count)) stl(ts(batch[i, ], frequency = 12), s.window = 7, robust = TRUE)))
x <- ts(long, frequency = 12)
reps <- 20
report("1 x 10000, stl(s.window = 7)", system.time(for (r in seq_len(reps)) stl(x, s.window = 7)), reps)
report("1 x 10000, robust", system.time(for (r in seq_len(reps)) stl(x, s.window = 7, robust = TRUE)), reps)
report("1 x 10000, periodic", system.time(for (r in seq_len(reps)) stl(x, s.window = "periodic")), reps)
RSCRIPT

dotnet run -c Release --project "$root/tests/Csc.Analysis.Benchmarks" -- stl-vs-r "$work"
