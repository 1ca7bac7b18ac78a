# Shows where R's stl robustness weights use a wrong "median": the Fortran partial sort (psort) that stlrwt calls to find
# the two middle order statistics of |remainder| can leave a wrong value in one of the two positions.
#
# Run from this folder after generate_stl.R:   Rscript psort_median_demo.R
# For each robustness iteration j of stl(x, s.window = 7, robust = TRUE) on the series syn60outliers (60 values), it
# recomputes the bisquare weights from the previous fit's remainders with the exact median (median()) and compares them
# with the weights R returned; from one R weight it recovers which order statistics R summed.

s <- read.csv("series.csv")
x <- ts(s$value[s$series == "syn60outliers"], frequency = 12)
for (j in 1:15) {
  prev <- stl(x, s.window = 7, inner = 1, outer = j - 1)
  r <- abs(as.numeric(x) - prev$time.series[, "seasonal"] - prev$time.series[, "trend"])
  cmad <- 6 * median(r)
  exact <- ifelse(r <= 0.001 * cmad, 1, ifelse(r <= 0.999 * cmad, (1 - (r / cmad)^2)^2, 0))
  w <- stl(x, s.window = 7, inner = 1, outer = j)$weights
  i <- which(w > 0.05 & w < 0.95)[1]
  implied <- r[i] / sqrt(1 - sqrt(w[i]))
  sorted <- sort(r)
  used <- ""
  for (a in seq_along(sorted)) for (b in a:length(sorted)) if (abs(sorted[a] + sorted[b] - implied / 3) < 1e-9) used <- paste(a, "and", b)
  cat(sprintf("iteration %2d: max |R weight - exact weight| = %.3g; R summed order statistics %s (exact: 30 and 31)\n",
              j, max(abs(w - exact)), used))
}
