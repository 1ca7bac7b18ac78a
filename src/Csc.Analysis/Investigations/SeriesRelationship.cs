using System.Globalization;
using System.Text;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Decomposition;
using Csc.Analysis.Statistics.Regression;

namespace Csc.Analysis.Investigations;

/// <summary>Options for <see cref="SeriesRelationship.Analyse"/>.</summary>
public sealed record SeriesRelationshipOptions
{
    /// <summary>The largest lag in months tried for the cross-correlation.</summary>
    public int MaxLag { get; init; } = 6;

    /// <summary>The confidence level of the correlation intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Remove each series' seasonal part before correlating (needs 24 months without gaps; otherwise the raw series are used and the finding says so).</summary>
    public bool RemoveSeasonality { get; init; } = true;

    /// <summary>The seasonal adjustment (values → adjusted values). Default: <see cref="StlPeriodic"/>.</summary>
    public Func<double[], double[]>? SeasonalAdjust { get; init; }

    /// <summary>A name for the adjustment in the finding text.</summary>
    public string SeasonalMethod { get; init; } = "STL with a periodic seasonal pattern";

    /// <summary>Observed minus the seasonal part of STL (period 12, s.window = "periodic", R defaults otherwise).</summary>
    public static double[] StlPeriodic(double[] values)
        => SeasonalAdjustment.Adjust(Stl.Decompose(values, new StlOptions { Period = 12, PeriodicSeasonal = true }));
}

/// <summary>The two series side by side with their ratio.</summary>
public sealed record RatioPoint(ReportingMonth Month, double X, double Y, double Ratio);

/// <summary>How two monthly KPI series move together.</summary>
public sealed record SeriesRelationshipResult(
    string X,
    string Y,
    ReportingMonth From,
    ReportingMonth To,
    int Months,
    bool SeasonalityRemoved,
    IReadOnlyList<RatioPoint> Ratio,
    IReadOnlyList<LagCorrelation> Correlations,
    string Finding)
{
    /// <summary>The monthly ratio as a table.</summary>
    public ITabular RatioTable => Tabular.Of(Ratio, ["month", "x", "y", "ratio"], r => [r.Month, r.X, r.Y, r.Ratio]);

    /// <summary>The correlations by lag as a table.</summary>
    public ITabular CorrelationTable => Tabular.Of(Correlations, ["lag_months", "pairs", "r", "effective_n", "lower", "upper"],
        c => [c.Lag, c.Pairs, c.R, c.EffectiveN, c.Lower, c.Upper]);
}

/// <summary>
/// Ratio and lagged correlation of two monthly series (for example CIN plans and CP plans) over the
/// months both have, after removing each one's seasonal part so shared seasonality is not mistaken
/// for a link. Lag k correlates x in month t with y in month t+k (positive: x leads). Intervals are
/// Fisher z intervals on an effective sample size discounted for autocorrelation (Bartlett).
/// </summary>
public static class SeriesRelationship
{
    /// <summary>The ratio of <paramref name="y"/> to <paramref name="x"/> by month and their correlation at each lag.</summary>
    public static SeriesRelationshipResult Analyse(MonthlySeries x, MonthlySeries y, SeriesRelationshipOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        options ??= new SeriesRelationshipOptions();
        // the longest run of consecutive months where both have values
        var from = x.Start > y.Start ? x.Start : y.Start;
        var to = x.End < y.End ? x.End : y.End;
        ReportingMonth? bestStart = null;
        int bestLength = 0, runLength = 0;
        var runStart = from;
        for (var m = from; m <= to; m = m.Next)
        {
            if (double.IsFinite(x[m]) && double.IsFinite(y[m]))
            {
                if (runLength == 0)
                {
                    runStart = m;
                }
                runLength++;
                if (runLength > bestLength)
                {
                    bestLength = runLength;
                    bestStart = runStart;
                }
            }
            else
            {
                runLength = 0;
            }
        }
        if (bestStart is null || bestLength < options.MaxLag + 3)
        {
            throw new ArgumentException($"'{x.Name}' and '{y.Name}' share {bestLength} consecutive months with values; lags up to {options.MaxLag} need at least {options.MaxLag + 3}.");
        }
        var start = bestStart.Value;
        var xs = Enumerable.Range(0, bestLength).Select(i => x[start.PlusMonths(i)]).ToArray();
        var ys = Enumerable.Range(0, bestLength).Select(i => y[start.PlusMonths(i)]).ToArray();
        var ratio = Enumerable.Range(0, bestLength).Select(i => new RatioPoint(start.PlusMonths(i), xs[i], ys[i], ys[i] == 0 ? double.NaN : xs[i] / ys[i])).ToList();

        var seasonal = options.RemoveSeasonality && bestLength >= 24;
        double[] ax = xs, ay = ys;
        if (seasonal)
        {
            var adjust = options.SeasonalAdjust ?? SeriesRelationshipOptions.StlPeriodic;
            ax = adjust(xs);
            ay = adjust(ys);
        }
        var correlations = CrossCorrelation.Compute(ax, ay, new CrossCorrelationOptions { MaxLag = options.MaxLag, ConfidenceLevel = options.ConfidenceLevel });
        var end = start.PlusMonths(bestLength - 1);
        return new SeriesRelationshipResult(x.Name, y.Name, start, end, bestLength, seasonal, ratio, correlations,
            Text(x.Name, y.Name, start, end, bestLength, seasonal, options, ratio, correlations));
    }

    private static string Text(string x, string y, ReportingMonth from, ReportingMonth to, int months, bool seasonal, SeriesRelationshipOptions options,
        IReadOnlyList<RatioPoint> ratio, IReadOnlyList<LagCorrelation> correlations)
    {
        var sb = new StringBuilder();
        var r0 = ratio[0].Ratio;
        var r1 = ratio[^1].Ratio;
        sb.Append(CultureInfo.InvariantCulture, $"The evidence covers {months} months ({Words.Month(from)} to {Words.Month(to)}). The ratio of {x} to {y} went from {Words.Num(r0, "0.00")} to {Words.Num(r1, "0.00")}. ");
        sb.Append(seasonal
            ? $"After removing each series' seasonal pattern ({options.SeasonalMethod}), "
            : months >= 24 ? "Without removing seasonality (switched off), " : "With fewer than 24 months the seasonal pattern could not be removed, so shared seasonality may inflate these figures; ");
        var same = correlations.Single(c => c.Lag == 0);
        var best = correlations.Where(c => double.IsFinite(c.R)).MaxBy(c => Math.Abs(c.R));
        sb.Append(CultureInfo.InvariantCulture, $"the same-month correlation is {Words.Num(same.R, "0.00")} ({Words.Pct(options.ConfidenceLevel)} interval {Words.Num(same.Lower, "0.00")} to {Words.Num(same.Upper, "0.00")}, effective sample {Words.Num(same.EffectiveN, "0")} of {same.Pairs} months after allowing for autocorrelation)");
        if (best is not null && best.Lag != 0)
        {
            var lead = best.Lag > 0 ? $"{x} leading {y} by {Words.Count(best.Lag, "month")}" : $"{y} leading {x} by {Words.Count(-best.Lag, "month")}";
            sb.Append(CultureInfo.InvariantCulture, $"; the strongest is {Words.Num(best.R, "0.00")} with {lead} (interval {Words.Num(best.Lower, "0.00")} to {Words.Num(best.Upper, "0.00")})");
        }
        sb.Append(". ");
        var clear = best is not null && double.IsFinite(best.Lower) && (best.Lower > 0 || best.Upper < 0);
        sb.Append(clear
            ? "The interval excludes zero, but with this many lags tried one in twenty would by chance; treat it as a lead to check, not proof of a link."
            : "No interval excludes zero: the data do not show the two moving together beyond chance.");
        return sb.ToString();
    }
}
