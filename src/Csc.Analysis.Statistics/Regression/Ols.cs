using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Csc.Analysis.Statistics.Regression;

/// <summary>How coefficient standard errors are estimated.</summary>
public enum CovarianceType
{
    /// <summary>The classical OLS covariance s²(X'X)⁻¹ (R <c>lm</c>).</summary>
    Classical,

    /// <summary>
    /// Newey–West HAC covariance with a Bartlett kernel and a fixed lag, no prewhitening and no
    /// small-sample adjustment (R <c>sandwich::NeweyWest(fit, lag = L, prewhite = FALSE, adjust = FALSE)</c>).
    /// </summary>
    NeweyWest,
}

/// <summary>Options for <see cref="Ols.Fit"/>.</summary>
public sealed record OlsOptions
{
    /// <summary>Confidence level of the coefficient intervals (0.95 gives 95% intervals).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>How standard errors are estimated; default <see cref="CovarianceType.Classical"/>.</summary>
    public CovarianceType Covariance { get; init; } = CovarianceType.Classical;

    /// <summary>The Newey–West lag L (autocovariances 1..L get weights 1 - l/(L+1)). Used only with <see cref="CovarianceType.NeweyWest"/>.</summary>
    public int NeweyWestLag { get; init; } = 1;

    /// <summary>95% intervals, classical covariance.</summary>
    public static OlsOptions Default { get; } = new();
}

/// <summary>One fitted coefficient with its standard error, t statistic, two-sided p-value and interval (Student t on the residual degrees of freedom).</summary>
/// <param name="Name">The design column's name.</param>
/// <param name="Estimate">The least-squares coefficient.</param>
/// <param name="StandardError">Its standard error under the chosen covariance.</param>
/// <param name="TStatistic">Estimate ÷ standard error.</param>
/// <param name="PValue">Two-sided p-value of t on the residual degrees of freedom.</param>
/// <param name="Lower">Lower end of the confidence interval.</param>
/// <param name="Upper">Upper end of the confidence interval.</param>
public sealed record OlsCoefficient(string Name, double Estimate, double StandardError, double TStatistic, double PValue, double Lower, double Upper);

/// <summary>An ordinary least squares fit.</summary>
/// <param name="Coefficients">One per design column, in column order.</param>
/// <param name="Observations">Rows fitted (n).</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom, n − columns.</param>
/// <param name="ResidualStandardError">sqrt(Σ residual² / degrees of freedom), as R's sigma.</param>
/// <param name="RSquared">As R's multiple R²: 1 − RSS / Σ(y − ȳ)² when a column is all ones (an intercept; 1 when y is constant), else 1 − RSS / Σy².</param>
/// <param name="Fitted">Xβ for each observation.</param>
/// <param name="Residuals">y − Xβ for each observation.</param>
/// <param name="Covariance">The covariance the standard errors used.</param>
public sealed record OlsFit(
    IReadOnlyList<OlsCoefficient> Coefficients,
    int Observations,
    int DegreesOfFreedom,
    double ResidualStandardError,
    double RSquared,
    IReadOnlyList<double> Fitted,
    IReadOnlyList<double> Residuals,
    CovarianceType Covariance)
{
    /// <summary>The coefficient called <paramref name="name"/>.</summary>
    public OlsCoefficient this[string name]
        => Coefficients.FirstOrDefault(c => c.Name == name)
           ?? throw new KeyNotFoundException($"No coefficient named '{name}'; the fit has {string.Join(", ", Coefficients.Select(c => c.Name))}.");
}

/// <summary>Ordinary least squares by QR decomposition (numerically stable; no normal equations).</summary>
public static class Ols
{
    /// <summary>
    /// Fits y = Xβ + ε. <paramref name="design"/> holds one row per observation (include a column of
    /// ones for an intercept); <paramref name="names"/> names the columns. Throws when the sizes
    /// disagree, a value is not finite, there are no residual degrees of freedom, or a column is a
    /// linear combination of the others (the message names it).
    /// </summary>
    public static OlsFit Fit(IReadOnlyList<double[]> design, IReadOnlyList<string> names, IReadOnlyList<double> y, OlsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(y);
        options ??= OlsOptions.Default;
        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must be strictly between 0 and 1, for example 0.95.");
        }
        var n = y.Count;
        var p = names.Count;
        if (design.Count != n)
        {
            throw new ArgumentException($"The design has {design.Count} rows but y has {n} values: give one row per observation.", nameof(design));
        }
        for (var i = 0; i < n; i++)
        {
            if (design[i].Length != p)
            {
                throw new ArgumentException($"Design row {i} has {design[i].Length} columns but {p} names were given.", nameof(design));
            }
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"y[{i}] is {y[i]}: every value must be finite.", nameof(y));
            }
            for (var j = 0; j < p; j++)
            {
                if (!double.IsFinite(design[i][j]))
                {
                    throw new ArgumentException($"Design row {i}, column '{names[j]}' is {design[i][j]}: every value must be finite.", nameof(design));
                }
            }
        }
        if (n <= p)
        {
            throw new ArgumentException($"{n} observations cannot fit {p} coefficients with any residual degrees of freedom: give more than {p} observations.", nameof(y));
        }
        if (options.Covariance == CovarianceType.NeweyWest && (options.NeweyWestLag < 0 || options.NeweyWestLag >= n))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.NeweyWestLag, $"The Newey–West lag must be between 0 and {n - 1}.");
        }

        var x = Matrix<double>.Build.DenseOfRowArrays(design);
        var yv = Vector<double>.Build.DenseOfEnumerable(y);
        var qr = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var r = qr.R;
        var scale = 0.0;
        for (var j = 0; j < p; j++)
        {
            scale = Math.Max(scale, Math.Abs(r[j, j]));
        }
        for (var j = 0; j < p; j++)
        {
            if (Math.Abs(r[j, j]) <= scale * 1e-10)
            {
                throw new ArgumentException($"The design is rank deficient: column '{names[j]}' is (nearly) a linear combination of the columns before it. Remove it or add data that varies it.", nameof(design));
            }
        }
        var beta = qr.Solve(yv);
        var fitted = x * beta;
        var resid = yv - fitted;
        var df = n - p;
        var rss = resid.DotProduct(resid);
        var sigma2 = rss / df;
        var rInv = r.Inverse();
        var xtxInv = rInv * rInv.Transpose();

        Matrix<double> cov;
        if (options.Covariance == CovarianceType.Classical)
        {
            cov = xtxInv * sigma2;
        }
        else
        {
            var meat = Matrix<double>.Build.Dense(p, p);
            for (var lag = 0; lag <= options.NeweyWestLag; lag++)
            {
                var w = lag == 0 ? 1.0 : 1.0 - (lag / (options.NeweyWestLag + 1.0));
                var g = Matrix<double>.Build.Dense(p, p);
                for (var t = lag; t < n; t++)
                {
                    var e = resid[t] * resid[t - lag];
                    for (var a = 0; a < p; a++)
                    {
                        var xa = design[t][a] * e;
                        for (var b = 0; b < p; b++)
                        {
                            g[a, b] += xa * design[t - lag][b];
                        }
                    }
                }
                meat += lag == 0 ? g : (g + g.Transpose()) * w;
            }
            cov = xtxInv * meat * xtxInv;
        }

        var tQuantile = StudentT.InvCDF(0, 1, df, 1 - ((1 - options.ConfidenceLevel) / 2));
        var coefficients = new List<OlsCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(cov[j, j]);
            var tStat = beta[j] / se;
            var pValue = 2 * StudentT.CDF(0, 1, df, -Math.Abs(tStat));
            coefficients.Add(new OlsCoefficient(names[j], beta[j], se, tStat, pValue, beta[j] - (tQuantile * se), beta[j] + (tQuantile * se)));
        }

        var mean = y.Average();
        var tss = y.Sum(v => (v - mean) * (v - mean));
        var hasIntercept = design.All(row => row.Length > 0) && Enumerable.Range(0, p).Any(j => design.All(row => row[j] == 1.0));
        var rSquared = hasIntercept
            ? (tss == 0 ? 1.0 : 1 - (rss / tss))
            : 1 - (rss / y.Sum(v => v * v));
        return new OlsFit(coefficients, n, df, Math.Sqrt(sigma2), rSquared, fitted.ToArray(), resid.ToArray(), options.Covariance);
    }
}
