using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// A KPI's monthly trend chart as the monthly report and the notebooks draw it: the values, the
/// target (for KPIs with a polarity), the SPC mean and process limits of the trailing run with its
/// special-cause points, and the given event lines. One place, so both read the same.
/// </summary>
internal static class KpiTrendChart
{
    /// <summary>
    /// The trend over the model's months from index <paramref name="skip"/> on (0 for the whole
    /// history); <paramref name="markers"/> are the event lines for those months.
    /// </summary>
    public static ChartFigure Build(MonthlyReportModel model, KpiSummaryRow row, int skip, IReadOnlyList<ChartEvent> markers)
    {
        var def = row.Definition;
        var labels = model.Results.Months.Skip(skip).Select(ReportText.ShortMonth).ToList();
        var values = row.Series.Results.Skip(skip).Select(r => r.Value).ToList();
        SpcLines? lines = null;
        var special = new List<int>();
        if (row.Spc is { } spc)
        {
            var last = spc.Points[^1];
            lines = new SpcLines(Clamp(def, last.Mean), Clamp(def, last.LowerProcessLimit), Clamp(def, last.UpperProcessLimit))
            {
                Periods = Periods(row, skip),
            };
            special.AddRange(spc.Points.Where(p => p.SpecialCause).Select(p => row.SpcFirstIndex + p.T - skip).Where(i => i >= 0));
        }
        return ReportCharts.Trend(new TrendChartOptions
        {
            Title = def.Title,
            XLabels = labels,
            Series = new ChartSeries(UnitName(def), values) { Symbols = model.Symbols(def.Id)?.Skip(skip).ToList() },
            Target = def.Rag?.Polarity is KpiPolarity.HigherIsBetter or KpiPolarity.LowerIsBetter ? def.Rag.Target : null,
            Spc = lines,
            SpecialCauseIndexes = special,
            Events = markers,
            YAxisTitle = UnitName(def),
            ValueFormat = ReportText.ValueFormat(def.Unit),
            Height = 340,
        });
    }

    // With re-established limits, each period's lines over its own months (on the chart's axis, which starts at skip).
    private static List<SpcPeriod> Periods(KpiSummaryRow row, int skip)
    {
        var periods = new List<SpcPeriod>();
        if (row.Spc is not { } spc || row.SpcRebaseAt.Count == 0)
        {
            return periods;
        }
        var def = row.Definition;
        for (var k = 0; k <= row.SpcRebaseAt.Count; k++)
        {
            var start = k == 0 ? 0 : row.SpcRebaseAt[k - 1];
            var end = k < row.SpcRebaseAt.Count ? row.SpcRebaseAt[k] : spc.Points.Count;
            var from = Math.Max(0, row.SpcFirstIndex + start - skip);
            var to = row.SpcFirstIndex + end - 1 - skip;
            if (to < from)
            {
                continue; // the period lies before the chart's first month
            }
            var p = spc.Points[start];
            periods.Add(new SpcPeriod(from, to, Clamp(def, p.Mean), Clamp(def, p.LowerProcessLimit), Clamp(def, p.UpperProcessLimit)));
        }
        return periods;
    }

    /// <summary>SPC lines kept inside the KPI's possible range (0–100 for a percentage, not below 0 otherwise).</summary>
    public static double Clamp(KpiDefinition def, double v) => def.Unit == KpiUnit.Percent ? Math.Clamp(v, 0, 100) : Math.Max(v, 0);

    /// <summary>The y-axis and series name for a KPI's unit.</summary>
    public static string UnitName(KpiDefinition def) => def.Unit switch
    {
        KpiUnit.Percent => "Percent",
        KpiUnit.Ratio => "Ratio",
        KpiUnit.RatePer10k => "Per 10,000 children",
        _ => "Number",
    };
}
