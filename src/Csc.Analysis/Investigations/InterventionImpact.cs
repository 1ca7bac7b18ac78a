using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Regression;

namespace Csc.Analysis.Investigations;

/// <summary>The interrupted time series fit of a KPI around an intervention month, with the months used.</summary>
public sealed record InterventionImpactResult(
    string Kpi,
    ReportingMonth Intervention,
    ReportingMonth From,
    ReportingMonth To,
    SegmentedRegressionResult Fit,
    string Finding)
{
    /// <summary>The regression coefficients as a table.</summary>
    public ITabular CoefficientTable => Tabular.Of(Fit.Fit.Coefficients, ["term", "estimate", "standard_error", "t", "p_value", "lower", "upper"],
        c => [c.Name, c.Estimate, c.StandardError, c.TStatistic, c.PValue, c.Lower, c.Upper]);

    /// <summary>Fitted values, the counterfactual and residuals by month as a table.</summary>
    public ITabular FittedTable => Tabular.Of(Enumerable.Range(0, Fit.Fit.Observations).ToList(), ["month", "fitted", "counterfactual", "residual"],
        i => [From.PlusMonths(i), Fit.Fit.Fitted[i], Fit.Counterfactual[i], Fit.Fit.Residuals[i]]);
}

/// <summary>
/// Interrupted time series: segmented regression of a monthly KPI with a level change and a slope
/// change at the intervention month and a seasonal term (one Fourier pair by default), with OLS or
/// Newey–West standard errors and 95% intervals (<see cref="SegmentedRegression"/>).
/// </summary>
public static class InterventionImpact
{
    /// <summary>Segmented regression of <paramref name="series"/> with a change in level and slope at <paramref name="intervention"/>.</summary>
    public static InterventionImpactResult Analyse(MonthlySeries series, ReportingMonth intervention, SegmentedRegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= SegmentedRegressionOptions.Default;
        var months = series.Values.Count;
        for (var i = 0; i < months; i++)
        {
            if (!double.IsFinite(series.Values[i]))
            {
                throw new ArgumentException($"'{series.Name}' has no value for {series.Start.PlusMonths(i)}: segmented regression needs every month.", nameof(series));
            }
        }
        var k = intervention.Index - series.Start.Index;
        if (k < 2 || k > months - 2)
        {
            throw new ArgumentException($"The intervention month {intervention} must leave at least 2 months on each side of '{series.Name}' ({series.Start} to {series.End}).", nameof(intervention));
        }
        var fitOptions = options with { SeasonOffset = options.Period == 12 ? series.Start.Month - 1 : options.SeasonOffset };
        var fit = SegmentedRegression.Fit(series.Values, k, fitOptions);
        return new InterventionImpactResult(series.Name, intervention, series.Start, series.End, fit, Text(series, intervention, fit, fitOptions));
    }

    private static string Text(MonthlySeries s, ReportingMonth m, SegmentedRegressionResult fit, SegmentedRegressionOptions o)
    {
        var level = fit.LevelChange;
        var slope = fit.SlopeChange;
        var pct = Words.Pct(o.Ols.ConfidenceLevel);
        var se = o.Ols.Covariance == CovarianceType.NeweyWest ? string.Create(CultureInfo.InvariantCulture, $"Newey–West standard errors, lag {o.Ols.NeweyWestLag}") : "OLS standard errors";
        string Verdict(OlsCoefficient c) => c.Lower > 0 || c.Upper < 0 ? "the interval excludes zero" : "the interval includes zero, so no clear change";
        return string.Create(CultureInfo.InvariantCulture,
            $"From {Words.Month(s.Start)} to {Words.Month(s.End)} ({fit.Fit.Observations} months, {fit.Fit.Observations - fit.BreakIndex} from {Words.Month(m)}), allowing for trend and season ({o.Seasonal}), " +
            $"{s.Name} changed level by {Words.Num(level.Estimate, "+0.##;-0.##;0")} at {Words.Month(m)} ({pct} interval {Words.Num(level.Lower, "0.##")} to {Words.Num(level.Upper, "0.##")}; {Verdict(level)}) " +
            $"and its monthly slope by {Words.Num(slope.Estimate, "+0.###;-0.###;0")} ({Words.Num(slope.Lower, "0.###")} to {Words.Num(slope.Upper, "0.###")}; {Verdict(slope)}), " +
            $"from a slope of {Words.Num(fit.PreSlope.Estimate, "+0.###;-0.###;0")} a month before. {se}. With few months after the change, a level shift and a slope change are hard to tell apart; other changes at the same time are not separated out.");
    }
}
