using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

public sealed class KpiNarrativeTests
{
    private static readonly RagRule Icpc = RagRule.FromTarget(90, KpiPolarity.HigherIsBetter, 10);

    [Fact]
    public void Describe_SeedIcpcFigures_SaysCurrentTargetAndLastMonth()
    {
        // The seed: "currently at 29%. Our target is 90% and last month we were at 75%."
        var def = TestKpis.Definition(rag: Icpc);
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(29, Rag.Red, 90), lastMonth: 75));
        Assert.StartsWith("Currently 29% against a target of 90%; last month 75%.", text);
        Assert.Contains("It is rated red.", text);
    }

    [Fact]
    public void Describe_DifferentNumbers_DifferentSentences()
    {
        var def = TestKpis.Definition(rag: Icpc);
        var a = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(29, Rag.Red, 90), lastMonth: 75));
        var b = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(93.5, Rag.Green, 90), lastMonth: 88));
        Assert.NotEqual(a, b);
        Assert.StartsWith("Currently 93.5% against a target of 90%; last month 88%.", b);
        Assert.DoesNotContain("rated", b); // green KPIs are not explained
    }

    [Fact]
    public void Describe_LowestSince_SaidOnlyWhenBeatingThreeMonthsOrMore()
    {
        var def = TestKpis.Definition(unit: KpiUnit.Count, polarity: KpiPolarity.Neutral);
        var since = new KpiExtreme(KpiExtremeKind.Lowest, new ReportingMonth(2016, 7), 9);
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(271), lastMonth: 280, extreme: since));
        Assert.Contains("This is the lowest since July 2016.", text);

        var justLastMonths = new KpiExtreme(KpiExtremeKind.Lowest, new ReportingMonth(2017, 2), 2);
        Assert.DoesNotContain("lowest", KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(271), lastMonth: 280, extreme: justLastMonths)));
    }

    [Fact]
    public void Describe_HighestToDate_Said()
    {
        // The seed: "255 Looked after Children, which is our highest to date".
        var def = TestKpis.Definition(unit: KpiUnit.Count, polarity: KpiPolarity.Neutral);
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(255), lastMonth: 252, extreme: new KpiExtreme(KpiExtremeKind.Highest, null, 35)));
        Assert.Contains("Currently 255; last month 252. This is the highest to date.", text);
    }

    [Fact]
    public void Describe_LowerIsBetterAndLowerThanLastYear_ComparesFavourably()
    {
        // The seed: 15.5% placed over 20 miles "compares favourably against the same point last year (16.1%)".
        var def = TestKpis.Definition(polarity: KpiPolarity.LowerIsBetter, rag: RagRule.FromTarget(10, KpiPolarity.LowerIsBetter, 10));
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(15.5, Rag.Amber, 10), lastYear: 16.1));
        Assert.Contains("This compares favourably against the same point last year (16.1%, May 2016).", text);
    }

    [Fact]
    public void Describe_HigherIsBetterAndLowerThanLastYear_ComparesUnfavourably()
    {
        var def = TestKpis.Definition(rag: Icpc);
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(29, Rag.Red, 90), lastYear: 78.8));
        Assert.Contains("compares unfavourably with the same point last year (78.8%, May 2016)", text);
    }

    [Fact]
    public void Describe_NeutralKpi_SaysHigherOrLowerWithoutJudging()
    {
        var def = TestKpis.Definition(unit: KpiUnit.Count, polarity: KpiPolarity.Neutral);
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(690), lastYear: 677));
        Assert.Contains("This is higher than at the same point last year (677, May 2016).", text);
        Assert.DoesNotContain("favourabl", text);
    }

    [Fact]
    public void Describe_YtdAmberTurningGreenNextMonth_SaysSo()
    {
        // The seed: RHI 82% this month, 70% YTD, amber on YTD; "If the same rate of improvement continues
        // to next month then this will become green."
        var rule = RagRule.FromTarget(80, KpiPolarity.HigherIsBetter, 15);
        var def = TestKpis.Definition(rag: rule, rateOn: RateOn.YearToDate);
        var comparison = TestKpis.Comparison(def, TestKpis.Result(82, Rag.Amber, 80, ytd: 70), lastMonth: 55,
            projection: new KpiProjection(RateOn.YearToDate, 27, 1, 90));
        var text = KpiNarrative.Describe(comparison);
        Assert.Contains("Year to date: 70%.", text);
        Assert.Contains("It is rated amber on the year-to-date figure (70%).", text);
        Assert.Contains("If the same rate of improvement continues, the year-to-date figure becomes green next month.", text);
    }

    [Fact]
    public void Describe_MonthRatedGreenInThreeMonths_SaysInThreeMonths()
    {
        var def = TestKpis.Definition(rag: Icpc);
        var comparison = TestKpis.Comparison(def, TestKpis.Result(76, Rag.Amber, 90), lastMonth: 71, projection: new KpiProjection(RateOn.Month, 5, 3, null));
        Assert.Contains("If the same rate of improvement continues, it becomes green in 3 months.", KpiNarrative.Describe(comparison));
    }

    [Fact]
    public void Describe_ImprovingButNotGreenThisYear_SaysItDoesNotGetThere()
    {
        var rule = RagRule.FromTarget(80, KpiPolarity.HigherIsBetter, 15);
        var def = TestKpis.Definition(rag: rule, rateOn: RateOn.YearToDate);
        var comparison = TestKpis.Comparison(def, TestKpis.Result(60, Rag.Red, 80, ytd: 50), lastMonth: 58, projection: new KpiProjection(RateOn.YearToDate, 2, null, 130));
        Assert.Contains("does not become green this financial year", KpiNarrative.Describe(comparison));
    }

    [Fact]
    public void Describe_Worsening_NoProjectionSentence()
    {
        var def = TestKpis.Definition(rag: Icpc);
        var comparison = TestKpis.Comparison(def, TestKpis.Result(29, Rag.Red, 90), lastMonth: 75, projection: new KpiProjection(RateOn.Month, -46, null, null));
        var text = KpiNarrative.Describe(comparison);
        Assert.DoesNotContain("rate of improvement", text);
    }

    [Fact]
    public void Describe_ThresholdBands_SaysThreshold()
    {
        // CIN plans: green at or below 320 (explicit bands, so a threshold rather than a target).
        var rule = RagRule.FromBands([RagBand.AtOrBelow(Rag.Green, 320), RagBand.Above(Rag.Red, 320)]);
        var def = TestKpis.Definition(unit: KpiUnit.Count, polarity: KpiPolarity.Neutral, rag: rule, kind: KpiKind.Snapshot);
        var text = KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(309, Rag.Green, 320), lastMonth: 298));
        Assert.StartsWith("Currently 309 against a threshold of 320; last month 298.", text);
    }

    [Fact]
    public void Describe_NoValue_SaysWhy()
    {
        var def = TestKpis.Definition(rag: Icpc);
        Assert.Equal("There is no value for this month: there were no conferences.", KpiNarrative.Describe(TestKpis.Comparison(def, TestKpis.Result(null))));
    }

    [Fact]
    public void Describe_FromEngine_LowestSinceTheLastLowerMonth()
    {
        // Jun 2016 .. May 2017: 70 then 60 (Jul 2016), then 80s, then 55 in May 2017 after 75 in April.
        // Lowest since: the latest earlier month at least as low as 55 - none (60 > 55) - so "lowest to date"
        // when every earlier month is higher; with 50 in July 2016 it is "lowest since July 2016".
        double[] values = [70, 50, 85, 86, 84, 83, 82, 81, 80, 79, 75, 55];
        var results = TestKpis.Engine(new ReportingMonth(2016, 6), values, Icpc);
        var text = KpiNarrative.Describe(KpiComparisons.For(results, "test_pct", TestKpis.May2017));
        Assert.StartsWith("Currently 55% against a target of 90%; last month 75%. This is the lowest since July 2016.", text);

        values[1] = 60;
        results = TestKpis.Engine(new ReportingMonth(2016, 6), values, Icpc);
        Assert.Contains("This is the lowest to date.", KpiNarrative.Describe(KpiComparisons.For(results, "test_pct", TestKpis.May2017)));
    }
}
