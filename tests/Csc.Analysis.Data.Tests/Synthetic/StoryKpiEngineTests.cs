using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>The May 2017 story figures as the kit's KPI engine computes them on the default generated data.</summary>
public sealed class StoryKpiEngineTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>
{
    private static readonly ReportingMonth May2017 = new(2017, 5);
    private static readonly ReportingMonth May2016 = new(2016, 5);
    private readonly KpiResults results = KpiEngine.Compute(fixture.Set.Data);

    [Theory]
    [InlineData(KpiIds.CpPlans, 271)]
    [InlineData(KpiIds.CinPlans, 309)]
    [InlineData(KpiIds.Lac, 255)]
    [InlineData(KpiIds.EarlyHelpStepDowns, 13)]
    public void Count_May2017(string kpi, double expected)
    {
        var value = results[kpi, May2017]!.Value!.Value;
        Assert.True(Math.Abs(value - expected) <= expected * 0.03, $"{kpi}: expected {expected} ± 3%, got {value}.");
    }

    [Theory]
    [InlineData(KpiIds.IcpcWithin15WdPct, 29)]
    [InlineData(KpiIds.LacS20Pct, 38)]
    [InlineData(KpiIds.LacCareOrderPct, 55)]
    [InlineData(KpiIds.LacOver20MilesPct, 15.5)]
    [InlineData(KpiIds.LacOutsideLaPct, 50)]
    [InlineData(KpiIds.LacAged1617Pct, 31)]
    [InlineData(KpiIds.RhiWithin72hPct, 82)]
    [InlineData(KpiIds.ContactsEarlyHelpPct, 8)]
    [InlineData(KpiIds.LacWithAdvocatePct, 8)]
    [InlineData(KpiIds.AdvocacyLacPct, 50)]
    [InlineData(KpiIds.LacCeasedPermanencyPct, 5.6)]
    [InlineData(KpiIds.CinPlansOver12mPct, 13)]
    public void Percent_May2017(string kpi, double expected)
    {
        var value = results[kpi, May2017]!.Value!.Value;
        Assert.True(Math.Abs(value - expected) <= 2, $"{kpi}: expected {expected}% ± 2 points, got {value:0.0}%.");
    }

    [Theory]
    [InlineData(KpiIds.RhiWithin72hPct, 70)]
    [InlineData(KpiIds.AssessmentsNfaPct, 22)]
    [InlineData(KpiIds.EarlyHelpStepDowns, 25)]
    public void YearToDate_May2017(string kpi, double expected)
    {
        var value = results[kpi, May2017]!.YtdValue!.Value;
        var tolerance = kpi == KpiIds.EarlyHelpStepDowns ? expected * 0.03 : 2;
        Assert.True(Math.Abs(value - expected) <= tolerance, $"{kpi} year to date: expected {expected} ± {tolerance}, got {value:0.0}.");
    }

    [Fact]
    public void YearEarlier_May2016()
    {
        Assert.InRange(results[KpiIds.AssessmentsNfaPct, May2016]!.YtdValue!.Value, 46, 50);
        Assert.InRange(results[KpiIds.LacOver20MilesPct, May2016]!.Value!.Value, 14.1, 18.1);
        Assert.InRange(results[KpiIds.LacAged1617Pct, May2016]!.Value!.Value, 25, 29);
        Assert.InRange(results[KpiIds.IcpcWithin15WdPct, new ReportingMonth(2017, 4)]!.Value!.Value, 73, 77);
    }
}
