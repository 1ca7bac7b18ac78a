using MathNet.Numerics.Distributions;

namespace Csc.Analysis.Statistics.Regression;

/// <summary>
/// The Pearson correlation of x_t with y_{t+lag} over the pairs where both exist. A positive lag means
/// x leads y. <see cref="EffectiveN"/> discounts autocorrelation (Bartlett): n / (1 + 2 Σ_k r_x(k) r_y(k));
/// the Fisher z interval uses it: tanh(atanh(r) ± z_{α/2} / sqrt(EffectiveN - 3)). Intervals are NaN
/// when EffectiveN &lt;= 3.
/// </summary>
/// <param name="Lag">The lag in observations (−MaxLag..MaxLag); positive: x leads y.</param>
/// <param name="Pairs">The pairs (x_t, y_{t+lag}) used: both values present and finite (NaN marks a missing value).</param>
/// <param name="R">Pearson correlation of the pairs; NaN when either side has no variation.</param>
/// <param name="EffectiveN">The pairs discounted for autocorrelation, never more than <paramref name="Pairs"/> (equal to it with the correction off).</param>
/// <param name="Lower">Lower end of the Fisher z interval (NaN when EffectiveN ≤ 3).</param>
/// <param name="Upper">Upper end of the Fisher z interval (NaN when EffectiveN ≤ 3).</param>
public sealed record LagCorrelation(int Lag, int Pairs, double R, double EffectiveN, double Lower, double Upper);

/// <summary>Options for <see cref="CrossCorrelation.Compute"/>.</summary>
public sealed record CrossCorrelationOptions
{
    /// <summary>Lags from -MaxLag to +MaxLag.</summary>
    public int MaxLag { get; init; } = 6;

    /// <summary>Confidence level of the intervals; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Autocorrelation lags summed in the effective sample size (Bartlett); 0 turns the correction off.</summary>
    public int AutocorrelationLags { get; init; } = 6;

    /// <summary>Lags −6..6, 95% intervals, Bartlett correction over 6 lags.</summary>
    public static CrossCorrelationOptions Default { get; } = new();
}

/// <summary>Lagged Pearson correlations between two equally spaced series of the same length.</summary>
public static class CrossCorrelation
{
    /// <summary>The correlation at every lag from −MaxLag to +MaxLag, in that order.</summary>
    /// <param name="x">The leading candidate series.</param>
    /// <param name="y">The other series, same length and spacing as <paramref name="x"/>.</param>
    /// <param name="options">Lags, confidence level and autocorrelation correction; null for <see cref="CrossCorrelationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The series differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">MaxLag is negative or leaves fewer than 3 pairs at the largest lag.</exception>
    public static IReadOnlyList<LagCorrelation> Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, CrossCorrelationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        options ??= CrossCorrelationOptions.Default;
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"The series must have the same length: x has {x.Count} values, y has {y.Count}.");
        }
        if (options.MaxLag < 0 || options.MaxLag > x.Count - 3)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxLag, $"The largest lag must be between 0 and {Math.Max(0, x.Count - 3)} for series of {x.Count} values (at least 3 pairs per lag).");
        }
        var acfX = Autocorrelation(x, options.AutocorrelationLags);
        var acfY = Autocorrelation(y, options.AutocorrelationLags);
        var inflation = 1.0;
        for (var k = 1; k < acfX.Count && k < acfY.Count; k++)
        {
            inflation += 2 * acfX[k] * acfY[k];
        }
        inflation = Math.Max(inflation, 1e-9);
        var zq = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
        var result = new List<LagCorrelation>();
        for (var lag = -options.MaxLag; lag <= options.MaxLag; lag++)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (var t = 0; t < x.Count; t++)
            {
                var u = t + lag;
                if (u >= 0 && u < y.Count && double.IsFinite(x[t]) && double.IsFinite(y[u]))
                {
                    xs.Add(x[t]);
                    ys.Add(y[u]);
                }
            }
            var r = Pearson(xs, ys);
            var nEff = Math.Min(xs.Count, xs.Count / inflation);
            double lo = double.NaN, hi = double.NaN;
            if (nEff > 3 && double.IsFinite(r))
            {
                var z = Math.Atanh(Math.Clamp(r, -1 + 1e-15, 1 - 1e-15));
                var half = zq / Math.Sqrt(nEff - 3);
                lo = Math.Tanh(z - half);
                hi = Math.Tanh(z + half);
            }
            result.Add(new LagCorrelation(lag, xs.Count, r, nEff, lo, hi));
        }
        return result;
    }

    /// <summary>Pearson correlation; NaN when either side has no variation or fewer than 2 pairs.</summary>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"Pearson needs pairs: x has {x.Count} values, y has {y.Count}.");
        }
        if (x.Count < 2)
        {
            return double.NaN;
        }
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>The sample autocorrelation r(0..maxLag) with the usual 1/n autocovariance (R <c>acf</c>).</summary>
    public static IReadOnlyList<double> Autocorrelation(IReadOnlyList<double> x, int maxLag)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Count;
        maxLag = Math.Min(maxLag, n - 1);
        var result = new double[Math.Max(maxLag + 1, 1)];
        if (n == 0)
        {
            return result;
        }
        var m = x.Average();
        double c0 = 0;
        for (var t = 0; t < n; t++)
        {
            c0 += (x[t] - m) * (x[t] - m);
        }
        result[0] = 1;
        for (var k = 1; k <= maxLag; k++)
        {
            double c = 0;
            for (var t = 0; t + k < n; t++)
            {
                c += (x[t] - m) * (x[t + k] - m);
            }
            result[k] = c0 == 0 ? 0 : c / c0;
        }
        return result;
    }
}
