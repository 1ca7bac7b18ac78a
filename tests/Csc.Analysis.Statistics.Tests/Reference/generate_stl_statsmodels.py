"""Reference values for the statsmodels-defaults STL tests (robust fits use the exact median).

Run from this folder after generate_stl.R (it reads series.csv), with statsmodels 0.13.5:
    /usr/bin/python3 generate_stl_statsmodels.py
It writes stl_statsmodels_cases.csv and stl_statsmodels_components.csv.
"""
import csv

import numpy as np
import statsmodels
from statsmodels.tsa.seasonal import STL

series = {}
periods = {}
with open("series.csv", newline="") as f:
    for row in csv.DictReader(f):
        series.setdefault(row["series"], []).append(float(row["value"]))
        periods[row["series"]] = int(row["period"])

# Arguments given to STL(...) and to fit(...); anything absent is left to statsmodels' defaults.
CASES = [
    ("co2_robust", "co2", dict(robust=True), {}),
    ("co2_default", "co2", dict(), {}),
    ("nottem_robust_s11_deg0", "nottem", dict(seasonal=11, seasonal_deg=0, robust=True), {}),
    ("air_robust_jumps", "airpassengers", dict(seasonal=9, robust=True, seasonal_jump=2, trend_jump=3, low_pass_jump=2), {}),
    ("logair_robust_t25_deg0", "logairpassengers", dict(seasonal=13, trend=25, trend_deg=0, low_pass_deg=0, robust=True), {}),
    # Exactly two cycles: with a locally linear seasonal smoother each two-point cycle-subseries is fitted exactly and the
    # remainder is rounding noise, so the robust case uses a locally constant seasonal smoother.
    ("syn24_default", "syn24", dict(), {}),
    ("syn24_robust_deg0", "syn24", dict(seasonal_deg=0, robust=True), {}),
    ("syn36_robust_custom_iter", "syn36", dict(robust=True), dict(inner_iter=1, outer_iter=5)),
    ("syn48step_robust", "syn48step", dict(seasonal=11, robust=True), {}),
    ("syn60outliers_robust", "syn60outliers", dict(robust=True), {}),
    # R's stl(x, s.window = 7, robust = TRUE) parameters: here R's partial sort picks the wrong median in iteration 9
    # (see psort_median_demo.R); statsmodels and Csc.Analysis use the exact median.
    ("syn60outliers_rparams_robust", "syn60outliers",
     dict(seasonal=7, seasonal_deg=0, trend=23, trend_deg=1, low_pass=13, low_pass_deg=1,
          seasonal_jump=1, trend_jump=3, low_pass_jump=2, robust=True), dict(inner_iter=1, outer_iter=15)),
    ("syn60counts_robust", "syn60counts", dict(seasonal=5, robust=True), {}),
    ("syn40q_robust", "syn40q", dict(robust=True), {}),
    ("syn50p7_robust", "syn50p7", dict(seasonal=9, robust=True), {}),
    ("syn50p7_default", "syn50p7", dict(), {}),
]

KEYS = ["seasonal", "seasonal_deg", "trend", "trend_deg", "low_pass", "low_pass_deg",
        "seasonal_jump", "trend_jump", "low_pass_jump", "robust"]


def fmt(x):
    return "" if x is None else ("TRUE" if x is True else "FALSE" if x is False else repr(x) if isinstance(x, float) else str(x))


with open("stl_statsmodels_cases.csv", "w", newline="") as fc, open("stl_statsmodels_components.csv", "w", newline="") as fo:
    cases = csv.writer(fc, lineterminator="\n")
    comps = csv.writer(fo, lineterminator="\n")
    cases.writerow(["case", "series", "period"] + KEYS + ["inner", "outer"]
                   + ["eff_" + k for k in KEYS] + ["eff_inner", "eff_outer", "statsmodels"])
    comps.writerow(["case", "index", "seasonal", "trend", "remainder", "weights"])
    for name, key, kwargs, fit_kwargs in CASES:
        y = np.array(series[key])
        model = STL(y, period=periods[key], **kwargs)
        res = model.fit(**fit_kwargs)
        config = model.config
        robust = config["robust"]
        inner = fit_kwargs.get("inner_iter", 2 if robust else 5)
        outer = fit_kwargs.get("outer_iter", 15 if robust else 0)
        cases.writerow([name, key, periods[key]] + [fmt(kwargs.get(k)) for k in KEYS]
                       + [fmt(fit_kwargs.get("inner_iter")), fmt(fit_kwargs.get("outer_iter"))]
                       + [fmt(config[k]) for k in KEYS] + [inner, outer, statsmodels.__version__])
        for i in range(len(y)):
            comps.writerow([name, i, repr(float(res.seasonal[i])), repr(float(res.trend[i])),
                            repr(float(res.resid[i])), repr(float(res.weights[i]))])
print("wrote stl_statsmodels_cases.csv, stl_statsmodels_components.csv")
