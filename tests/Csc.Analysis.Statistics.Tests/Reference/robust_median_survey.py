"""How often does R's robust stl differ from the same fit with the exact median?

Run from this folder (needs Rscript and statsmodels 0.13.5):   /usr/bin/python3 robust_median_survey.py
It makes 300 random monthly series (25 to 120 months; trend, seasonality, noise, up to three outliers; every seventh
rounded to whole numbers), fits stl(x, s.window = 7, robust = TRUE) in R and statsmodels' STL with R's effective
parameters (seasonal 7 degree 0, trend 23, low-pass 13, jumps 1/3/2, inner 1, outer 15), whose robustness median is
exact, and reports how many fits differ by more than 1e-9. The non-robust fits are compared too, as a control.
Csc.Analysis agrees with the statsmodels fits (to 1e-11 on this survey): see docs/statistics.md.
"""
import csv
import os
import subprocess
import tempfile

import numpy as np
from statsmodels.tsa.seasonal import STL

R_CODE = r"""
args <- commandArgs(trailingOnly = TRUE)
x <- read.csv(args[1])
rows <- list()
for (s in unique(x$series)) {
  y <- ts(x$y[x$series == s], frequency = 12)
  for (robust in c(FALSE, TRUE)) {
    f <- stl(y, s.window = 7, robust = robust)
    rows[[length(rows) + 1]] <- data.frame(series = s, robust = robust, index = seq_along(y) - 1,
      seasonal = sprintf("%.17g", f$time.series[, "seasonal"]), trend = sprintf("%.17g", f$time.series[, "trend"]))
  }
}
write.csv(do.call(rbind, rows), args[2], row.names = FALSE, quote = FALSE)
"""

rng = np.random.default_rng(5)
series = {}
for s in range(300):
    n = int(rng.integers(25, 121))
    t = np.arange(n)
    y = 50 + rng.normal() * t * 0.3 + 10 * np.sin(2 * np.pi * t / 12) * rng.uniform(0.2, 2) + rng.normal(0, 2, n)
    for _ in range(int(rng.integers(0, 4))):
        y[int(rng.integers(0, n))] += rng.choice([-1, 1]) * rng.uniform(10, 60)
    if s % 7 == 0:
        y = np.round(y)
    series[f"s{s}"] = y

with tempfile.TemporaryDirectory() as work:
    inputs, outputs, script = (os.path.join(work, f) for f in ("in.csv", "out.csv", "fit.R"))
    with open(inputs, "w") as f:
        f.write("series,y\n")
        for name, y in series.items():
            f.writelines(f"{name},{v!r}\n" for v in y)
    with open(script, "w") as f:
        f.write(R_CODE)
    subprocess.run(["Rscript", script, inputs, outputs], check=True)
    r = {}
    with open(outputs) as f:
        for row in csv.DictReader(f):
            r.setdefault((row["series"], row["robust"] == "TRUE"), []).append((float(row["seasonal"]), float(row["trend"])))

differ = {False: [], True: []}
for name, y in series.items():
    for robust in (False, True):
        model = STL(y, period=12, seasonal=7, seasonal_deg=0, trend=23, trend_deg=1, low_pass=13, low_pass_deg=1,
                    seasonal_jump=1, trend_jump=3, low_pass_jump=2, robust=robust)
        res = model.fit(inner_iter=1 if robust else 2, outer_iter=15 if robust else 0)
        ours = np.array(r[(name, robust)])
        d = max(np.max(np.abs(ours[:, 0] - res.seasonal)), np.max(np.abs(ours[:, 1] - res.trend)))
        if d > 1e-9:
            differ[robust].append((d, name, len(y)))
for robust in (False, True):
    worst = sorted(differ[robust], reverse=True)
    print(f"{'robust' if robust else 'non-robust'}: {len(worst)} of {len(series)} R fits differ from the exact-median fit by more than 1e-9"
          + (f"; largest {worst[0][0]:.3g} ({worst[0][1]}, {worst[0][2]} months); median of those {np.median([w[0] for w in worst]):.3g}" if worst else ""))
