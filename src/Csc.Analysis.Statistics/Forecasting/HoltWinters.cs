using System.Globalization;

namespace Csc.Analysis.Statistics.Forecasting;

/// <summary>
/// Holt–Winters exponential smoothing exactly as R's <c>stats::HoltWinters</c> and <c>predict.HoltWinters</c>
/// (R 4.2): the same start values, recursions, SSE and prediction-interval formula.
/// <para>Start values. Seasonal models: the first <c>StartPeriods × Period</c> observations are decomposed as R's
/// <c>decompose</c> (centred moving average trend; seasonal figure = mean detrended value per position, centred to
/// sum 0 or average 1); a straight line fitted by least squares to the moving-average trend gives the level
/// (intercept) and trend (slope); the figure gives the seasonal start values; fitting starts at observation
/// <c>Period</c> (0-based). Without seasonality: level x[1] and trend x[1] − x[0], fitting from observation 2;
/// simple exponential smoothing: level x[0], fitting from observation 1.</para>
/// <para>Prediction intervals: additive models use R's variance var(e)·(1 + Σ_{j=1}^{h−1} ψ_j²),
/// ψ_j = α(1 + jβ) + [j mod m = 0]γ(1 − α). Multiplicative models use R's expression
/// var(e)·Σ_{j=0}^{h−1} (ψ_j · s_rel / s_{rel−j})², rel = 1 + (h − 1) mod m, except that R reads coefficient
/// b instead of s_m when (rel − j) mod m = 0 (from h = m on) and is shifted by one without a trend;
/// this implementation uses s_m there, so it equals R for h &lt; m and differs from h = m on.</para>
/// </summary>
public static class HoltWinters
{
    private static readonly double[] OptimStart = [0.3, 0.1, 0.1];

    /// <summary>Fits the model described by <paramref name="options"/> to <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">Too few values, a NaN, zeros in a multiplicative model, or a smoothing parameter outside [0, 1].</exception>
    public static HoltWintersFit Fit(ReadOnlySpan<double> values, HoltWintersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var layout = Layout.Of(values, options);
        var start = new double[layout.SeasonLength];
        var buffer = new double[layout.SeasonLength];
        var scratch = new double[layout.DecomposeLength];
        ComputeStartValues(values, layout, start, scratch, out var a0, out var b0);
        var (alpha, beta, gamma) = EstimateParameters(values, layout, options, start, buffer, a0, b0);

        var fittedCount = values.Length - layout.FirstIndex;
        var fitted = new double[fittedCount];
        var level = new double[fittedCount];
        var trend = new double[layout.Trend ? fittedCount : 0];
        var season = new double[layout.Seasonality == Seasonality.None ? 0 : fittedCount];
        var residuals = new double[fittedCount];
        var sse = Run(values, layout, alpha, beta, gamma, a0, b0, start, buffer,
            fitted, level, trend, season, residuals, out var aEnd, out var bEnd);

        var coefficients = new double[layout.SeasonLength];
        for (var j = 0; j < layout.SeasonLength; j++)
        {
            coefficients[j] = buffer[(fittedCount + j) % layout.SeasonLength];
        }
        return new HoltWintersFit
        {
            Seasonality = layout.Seasonality,
            HasTrend = layout.Trend,
            Period = layout.Period,
            Alpha = alpha,
            Beta = layout.Trend ? beta : 0,
            Gamma = layout.Seasonality == Seasonality.None ? 0 : gamma,
            FirstFittedIndex = layout.FirstIndex,
            Fitted = fitted,
            FittedLevel = level,
            FittedTrend = trend,
            FittedSeason = season,
            Level = aEnd,
            Slope = layout.Trend ? bEnd : 0,
            SeasonalCoefficients = coefficients,
            Sse = sse,
            ResidualVariance = Variance(residuals),
        };
    }

    /// <summary>Parameters and final states of a fit made in a workspace (no allocation).</summary>
    internal readonly record struct State(double Alpha, double Beta, double Gamma, double Level, double Slope, double Variance, double Sse);

    /// <summary>
    /// Fits without allocating: estimates (or takes) the parameters on the first <paramref name="trainLength"/> values,
    /// then runs the recursion over all of <paramref name="x"/>. The one-step residuals land in workspace.Residuals
    /// (index 0 is observation FirstIndex), the final seasonal coefficients in workspace.Coefficients.
    /// </summary>
    internal static State FitCore(ReadOnlySpan<double> x, int trainLength, Layout layout, HoltWintersOptions options, Workspace workspace)
    {
        workspace.Ensure(x.Length, layout);
        var m = layout.SeasonLength;
        var start = workspace.Start.AsSpan(0, m);
        var buffer = workspace.Buffer.AsSpan(0, m);
        ComputeStartValues(x, layout, start, workspace.Scratch.AsSpan(0, layout.DecomposeLength), out var a0, out var b0);
        var (alpha, beta, gamma) = EstimateParameters(x[..trainLength], layout, options, start, buffer, a0, b0);
        var count = x.Length - layout.FirstIndex;
        var residuals = workspace.Residuals.AsSpan(0, count);
        var sse = Run(x, layout, alpha, beta, gamma, a0, b0, start, buffer, [], [], [], [], residuals, out var aEnd, out var bEnd);
        var coefficients = workspace.Coefficients.AsSpan(0, m);
        for (var j = 0; j < m; j++)
        {
            coefficients[j] = buffer[(count + j) % m];
        }
        return new State(alpha, layout.Trend ? beta : 0, layout.Seasonality == Seasonality.None ? 0 : gamma,
            aEnd, layout.Trend ? bEnd : 0, Variance(residuals), sse);
    }

    /// <summary>Reusable buffers for allocation-free fitting of many series.</summary>
    internal sealed class Workspace
    {
        public double[] Start = [];
        public double[] Buffer = [];
        public double[] Coefficients = [];
        public double[] Scratch = [];
        public double[] Residuals = [];

        public void Ensure(int length, Layout layout)
        {
            if (Start.Length < layout.SeasonLength)
            {
                Start = new double[layout.SeasonLength];
                Buffer = new double[layout.SeasonLength];
                Coefficients = new double[layout.SeasonLength];
            }
            if (Scratch.Length < layout.DecomposeLength)
            {
                Scratch = new double[layout.DecomposeLength];
            }
            if (Residuals.Length < length)
            {
                Residuals = new double[Math.Max(length, 2 * Residuals.Length)];
            }
        }
    }

    /// <summary>Fits and forecasts in one call; the result carries the fitted model in <see cref="ForecastResult.Model"/>.</summary>
    /// <exception cref="ArgumentException">As <see cref="Fit"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is below 1.</exception>
    public static ForecastResult Forecast(ReadOnlySpan<double> values, HoltWintersOptions options, int horizon)
    {
        var fit = Fit(values, options);
        return new ForecastResult(MethodOf(fit.Seasonality, fit.HasTrend), fit.Forecast(horizon)) { Model = fit };
    }

    /// <summary>
    /// Writes <c>destination.Length</c> steps of point forecasts and 80%/95% intervals of a fitted model (step 1 first), without
    /// allocating. Interval variances are R's <c>predict.HoltWinters</c> (see docs/statistics-spc-forecasting.md for the one
    /// deliberate difference in multiplicative models from step <c>Period</c> on).
    /// </summary>
    public static void Forecast(HoltWintersFit fit, Span<ForecastPoint> destination)
    {
        ArgumentNullException.ThrowIfNull(fit);
        WriteForecast(fit.Seasonality, fit.HasTrend, fit.Period, fit.Alpha, fit.Beta, fit.Gamma, fit.Level, fit.Slope,
            fit.SeasonalCoefficients is double[] array ? array : fit.SeasonalCoefficients.ToArray(), fit.ResidualVariance, destination);
    }

    internal static ForecastMethod MethodOf(Seasonality seasonality, bool trend) => seasonality switch
    {
        Seasonality.Additive => ForecastMethod.HoltWintersAdditive,
        Seasonality.Multiplicative => ForecastMethod.HoltWintersMultiplicative,
        _ => trend ? ForecastMethod.Holt : ForecastMethod.SimpleExponentialSmoothing,
    };

    internal static void WriteForecast(Seasonality seasonality, bool trend, int period, double alpha, double beta, double gamma,
        double level, double slope, ReadOnlySpan<double> s, double variance, Span<ForecastPoint> destination)
    {
        var m = seasonality == Seasonality.None ? Math.Max(period, 1) : period;
        var b = trend ? beta : 0;
        var g = seasonality == Seasonality.None ? 0 : gamma;
        double cumulative = 1; // additive: 1 + Σ ψ_j², j = 1..h−1
        for (var h = 1; h <= destination.Length; h++)
        {
            var mean = level + (trend ? h * slope : 0);
            if (seasonality == Seasonality.Additive)
            {
                mean += s[(h - 1) % m];
            }
            else if (seasonality == Seasonality.Multiplicative)
            {
                mean *= s[(h - 1) % m];
            }

            double factor;
            if (seasonality == Seasonality.Multiplicative)
            {
                var rel = (h - 1) % m; // 0-based index of s_rel
                factor = 0;
                for (var j = 0; j < h; j++)
                {
                    var psi = Psi(j, alpha, b, g, m);
                    var back = ((rel - j) % m + m) % m; // 0-based index of s_{rel−j}, s_m when rel − j ≡ 0
                    var term = psi * s[rel] / s[back];
                    factor += term * term;
                }
            }
            else
            {
                if (h > 1)
                {
                    var psi = Psi(h - 1, alpha, b, g, m);
                    cumulative += psi * psi;
                }
                factor = cumulative;
            }
            var sd = Math.Sqrt(variance * factor);
            destination[h - 1] = new ForecastPoint(h, mean,
                mean - NormalQuantiles.Z80 * sd, mean + NormalQuantiles.Z80 * sd,
                mean - NormalQuantiles.Z95 * sd, mean + NormalQuantiles.Z95 * sd);
        }
    }

    private static double Psi(int j, double alpha, double beta, double gamma, int m) =>
        alpha * (1 + j * beta) + (j % m == 0 ? gamma * (1 - alpha) : 0);

    internal static double Variance(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (var v in values)
        {
            mean += v;
        }
        mean /= values.Length;
        double sum = 0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.Length - 1);
    }

    /// <summary>Shape of one fit: what is smoothed, where fitting starts, buffer sizes. Validates the input.</summary>
    internal readonly record struct Layout(Seasonality Seasonality, bool Trend, int Period, int StartPeriods, int FirstIndex)
    {
        public int SeasonLength => Seasonality == Seasonality.None ? 0 : Period;
        public int DecomposeLength => Seasonality == Seasonality.None ? 0 : StartPeriods * Period;

        public static Layout Of(ReadOnlySpan<double> values, HoltWintersOptions options)
        {
            CheckParameter(options.Alpha, "Alpha", allowZero: false);
            CheckParameter(options.Beta, "Beta", allowZero: true);
            CheckParameter(options.Gamma, "Gamma", allowZero: true);
            var seasonality = options.Seasonality;
            if (seasonality != Seasonality.None)
            {
                if (options.Period < 2)
                {
                    throw new ArgumentException($"A seasonal Holt–Winters model needs a period of at least 2; got {options.Period}.", nameof(options));
                }
                if (options.StartPeriods < 2)
                {
                    throw new ArgumentException($"StartPeriods must be at least 2 (R's start.periods); got {options.StartPeriods}.", nameof(options));
                }
            }
            var first = seasonality != Seasonality.None ? options.Period : options.Trend ? 2 : 1;
            var needed = Math.Max(first + 2, seasonality != Seasonality.None ? options.StartPeriods * options.Period : 0);
            if (values.Length < needed)
            {
                var what = seasonality != Seasonality.None
                    ? $"{options.StartPeriods} whole periods of {options.Period} for the start values and 2 more to fit"
                    : "the start values and at least 2 observations to fit";
                throw new ArgumentException(
                    $"Holt–Winters needs at least {needed} values ({what}); got {values.Length}.", nameof(values));
            }
            SeriesChecks.RequireFinite(values, nameof(values));
            if (seasonality == Seasonality.Multiplicative)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] == 0)
                    {
                        throw new ArgumentException(
                            $"Value at index {i} is 0; multiplicative Holt–Winters needs non-zero data (use the additive model).", nameof(values));
                    }
                }
            }
            return new Layout(seasonality, options.Trend, options.Period, options.StartPeriods, first);
        }

        private static void CheckParameter(double? value, string name, bool allowZero)
        {
            if (value is { } v && (double.IsNaN(v) || v > 1 || v < 0 || (!allowZero && v == 0)))
            {
                var range = allowZero ? "[0, 1]" : "(0, 1]";
                throw new ArgumentException(
                    $"{name} must be in {range}; got {v.ToString(CultureInfo.InvariantCulture)}.", name);
            }
        }
    }

    /// <summary>Start values as R: see the class summary. <paramref name="scratch"/> has DecomposeLength elements.</summary>
    internal static void ComputeStartValues(ReadOnlySpan<double> x, Layout layout, Span<double> s0, Span<double> scratch, out double a0, out double b0)
    {
        if (layout.Seasonality == Seasonality.None)
        {
            a0 = layout.Trend ? x[1] : x[0];
            b0 = x[1] - x[0];
            return;
        }
        var p = layout.Period;
        var w = layout.DecomposeLength;
        var even = p % 2 == 0;
        var nf = even ? p + 1 : p;
        var o = nf / 2;
        double inner = 1.0 / p, outer = even ? 0.5 / p : 1.0 / p;

        // centred moving average (R filter, sides = 2), valid for i in [o, w − 1 − o]
        int firstTrend = o, lastTrend = w - 1 - o;
        var trend = scratch; // trend[i] stored in place for valid i
        for (var i = firstTrend; i <= lastTrend; i++)
        {
            double z = 0;
            for (var j = 0; j < nf; j++)
            {
                z += (j == 0 || j == nf - 1 ? outer : inner) * x[i + o - j];
            }
            trend[i] = z;
        }

        // seasonal figure: mean detrended value per position in the cycle
        s0.Clear();
        Span<int> counts = stackalloc int[p];
        for (var i = firstTrend; i <= lastTrend; i++)
        {
            var detrended = layout.Seasonality == Seasonality.Additive ? x[i] - trend[i] : x[i] / trend[i];
            s0[i % p] += detrended;
            counts[i % p]++;
        }
        double figureMean = 0;
        for (var k = 0; k < p; k++)
        {
            s0[k] /= counts[k];
            figureMean += s0[k];
        }
        figureMean /= p;
        for (var k = 0; k < p; k++)
        {
            s0[k] = layout.Seasonality == Seasonality.Additive ? s0[k] - figureMean : s0[k] / figureMean;
        }

        // least-squares line through the moving-average trend against 1, 2, ...
        var count = lastTrend - firstTrend + 1;
        double tMean = (count + 1) / 2.0, yMean = 0;
        for (var i = firstTrend; i <= lastTrend; i++)
        {
            yMean += trend[i];
        }
        yMean /= count;
        double sxy = 0, sxx = 0;
        for (var k = 0; k < count; k++)
        {
            var dt = k + 1 - tMean;
            sxy += dt * (trend[firstTrend + k] - yMean);
            sxx += dt * dt;
        }
        b0 = sxy / sxx;
        a0 = yMean - b0 * tMean;
    }

    /// <summary>
    /// The Holt–Winters recursion (R's C_HoltWinters). Output spans may be empty to skip them. <paramref name="buffer"/>
    /// (length SeasonLength) receives the rolling seasonal states; after the run, coefficient s_j (0-based j) is
    /// buffer[(fittedCount + j) mod m]. Returns the SSE.
    /// </summary>
    internal static double Run(ReadOnlySpan<double> x, Layout layout, double alpha, double beta, double gamma,
        double a0, double b0, ReadOnlySpan<double> s0, Span<double> buffer,
        Span<double> fitted, Span<double> levels, Span<double> trends, Span<double> seasons, Span<double> residuals,
        out double aEnd, out double bEnd)
    {
        alpha = Math.Clamp(alpha, 0, 1);
        beta = Math.Clamp(beta, 0, 1);
        gamma = Math.Clamp(gamma, 0, 1);
        var additive = layout.Seasonality != Seasonality.Multiplicative;
        var seasonal = layout.Seasonality != Seasonality.None;
        var trend = layout.Trend;
        var p = layout.SeasonLength;
        s0.CopyTo(buffer);
        double level = a0, slope = trend ? b0 : 0, sse = 0;
        var k = 0;
        for (var i = layout.FirstIndex; i < x.Length; i++, k++)
        {
            var slot = seasonal ? k % p : 0;
            var stmp = seasonal ? buffer[slot] : (additive ? 0 : 1);
            var xhat = level + slope;
            xhat = additive ? xhat + stmp : xhat * stmp;
            var res = x[i] - xhat;
            sse += res * res;
            if (!residuals.IsEmpty)
            {
                residuals[k] = res;
            }
            if (!fitted.IsEmpty)
            {
                fitted[k] = xhat;
                levels[k] = level;
                if (!trends.IsEmpty)
                {
                    trends[k] = slope;
                }
                if (!seasons.IsEmpty)
                {
                    seasons[k] = stmp;
                }
            }
            var newLevel = additive
                ? alpha * (x[i] - stmp) + (1 - alpha) * (level + slope)
                : alpha * (x[i] / stmp) + (1 - alpha) * (level + slope);
            if (trend)
            {
                slope = beta * (newLevel - level) + (1 - beta) * slope;
            }
            if (seasonal)
            {
                buffer[slot] = additive
                    ? gamma * (x[i] - newLevel) + (1 - gamma) * stmp
                    : gamma * (x[i] / newLevel) + (1 - gamma) * stmp;
            }
            level = newLevel;
        }
        aEnd = level;
        bEnd = slope;
        return sse;
    }

    /// <summary>The smoothing parameters: given ones as they are, missing ones by least squares.</summary>
    internal static (double Alpha, double Beta, double Gamma) EstimateParameters(ReadOnlySpan<double> x, Layout layout,
        HoltWintersOptions options, ReadOnlySpan<double> s0, Span<double> buffer, double a0, double b0)
    {
        var alpha = options.Alpha ?? double.NaN;
        var beta = layout.Trend ? options.Beta ?? double.NaN : 0;
        var gamma = layout.Seasonality != Seasonality.None ? options.Gamma ?? double.NaN : 0;
        Span<int> free = stackalloc int[3];
        var count = 0;
        if (double.IsNaN(alpha)) free[count++] = 0;
        if (double.IsNaN(beta)) free[count++] = 1;
        if (double.IsNaN(gamma)) free[count++] = 2;
        if (count == 0)
        {
            return (alpha, beta, gamma);
        }
        Span<double> p = stackalloc double[count];
        Span<double> lower = stackalloc double[count];
        Span<double> upper = stackalloc double[count];
        for (var i = 0; i < count; i++)
        {
            p[i] = OptimStart[free[i]];
            upper[i] = 1;
        }
        var objective = new SseObjective(x, layout, s0, buffer, a0, b0, alpha, beta, gamma, free[..count]);
        BoxMinimizer.Minimize(ref objective, p, lower, upper);
        Span<double> all = [alpha, beta, gamma];
        for (var i = 0; i < count; i++)
        {
            all[free[i]] = p[i];
        }
        return (all[0], all[1], all[2]);
    }

    private ref struct SseObjective(ReadOnlySpan<double> x, Layout layout, ReadOnlySpan<double> s0, Span<double> buffer,
        double a0, double b0, double alpha, double beta, double gamma, ReadOnlySpan<int> free) : IBoxObjective
    {
        private readonly ReadOnlySpan<double> x = x;
        private readonly ReadOnlySpan<double> s0 = s0;
        private readonly Span<double> buffer = buffer;
        private readonly ReadOnlySpan<int> free = free;

        public readonly double Evaluate(scoped ReadOnlySpan<double> parameters)
        {
            Span<double> all = [alpha, beta, gamma];
            for (var i = 0; i < free.Length; i++)
            {
                all[free[i]] = parameters[i];
            }
            return Run(x, layout, all[0], all[1], all[2], a0, b0, s0, buffer, [], [], [], [], [], out _, out _);
        }
    }
}
