using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

/// <summary>Hand-built KPI definitions, results and comparisons for the narrative and model tests.</summary>
internal static class TestKpis
{
    public static readonly ReportingMonth May2017 = new(2017, 5);

    public static KpiDefinition Definition(
        string id = "test_pct", KpiUnit unit = KpiUnit.Percent, KpiPolarity polarity = KpiPolarity.HigherIsBetter,
        RagRule? rag = null, RateOn rateOn = RateOn.Month, KpiKind kind = KpiKind.Flow, KpiCalculation? calculation = null)
        => new()
        {
            Id = id,
            Title = "Test KPI",
            Area = KpiArea.ChildProtection,
            Unit = unit,
            Kind = kind,
            Numerator = "within timescale",
            Denominator = unit == KpiUnit.Count ? null : "conferences",
            Sources = KpiSources.None,
            Polarity = polarity,
            Rag = rag,
            RateOn = rateOn,
            Calculation = calculation ?? ((_, _) => { }),
        };

    public static KpiResult Result(double? value, Rag rag = Rag.None, double? target = null, double? ytd = null, ReportingMonth? month = null)
        => new("test_pct", month ?? May2017, value, null, null, ytd, null, null, target, rag);

    public static KpiComparison Comparison(
        KpiDefinition def, KpiResult current, double? lastMonth = null, double? lastYear = null,
        KpiExtreme? extreme = null, KpiProjection? projection = null, double? ytdLastYear = null)
        => new(def, current,
            lastMonth is { } lm ? new KpiChange(May2017.Previous, lm, current.Value - lm) : null,
            lastYear is { } ly ? new KpiChange(May2017.PlusMonths(-12), ly, current.Value - ly) : null,
            ytdLastYear is { } y ? new KpiChange(May2017.PlusMonths(-12), y, current.YtdValue - y) : null,
            null, null, extreme, projection);

    /// <summary>
    /// Results from the real engine for a percentage KPI whose month values are exactly
    /// <paramref name="percents"/> (each month: that many within timescale out of 100), starting at <paramref name="from"/>.
    /// </summary>
    public static KpiResults Engine(ReportingMonth from, double[] percents, RagRule? rag = null, KpiPolarity polarity = KpiPolarity.HigherIsBetter)
    {
        var def = Definition(rag: rag, polarity: polarity, calculation: (_, sink) =>
        {
            for (var i = 0; i < percents.Length; i++)
            {
                var m = from.PlusMonths(i).Index;
                for (var k = 0; k < 100; k++)
                {
                    sink.Add(m, m, k < percents[i], true, k, null);
                }
            }
        });
        var to = from.PlusMonths(percents.Length - 1);
        return KpiEngine.Compute(CaseData.Empty, new KpiEngineOptions { From = from, To = to, Catalog = new KpiCatalog([def]) });
    }
}
