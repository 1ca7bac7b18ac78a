using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Disclosure;

public sealed class KpiDisclosureTests
{
    private static readonly ReportingMonth April2016 = new(2016, 4);

    // A flow count KPI whose months are exactly `counts` from April 2016 (YTD: the sum from April).
    private static KpiResults Counts(params int[] counts) => Engine(KpiUnit.Count, counts.Select(c => (c, 0)).ToArray());

    // A percentage KPI: each month `n` of `d` records within timescale.
    private static KpiResults Percent(params (int N, int D)[] months) => Engine(KpiUnit.Percent, months);

    private static KpiResults Engine(KpiUnit unit, (int N, int D)[] months)
    {
        var def = new KpiDefinition
        {
            Id = "test_kpi",
            Title = "Test KPI",
            Area = KpiArea.ChildProtection,
            Unit = unit,
            Kind = KpiKind.Flow,
            Numerator = "counted",
            Denominator = unit == KpiUnit.Count ? null : "records",
            Sources = KpiSources.None,
            Calculation = (_, sink) =>
            {
                var key = 0;
                for (var i = 0; i < months.Length; i++)
                {
                    var m = April2016.PlusMonths(i).Index;
                    var total = unit == KpiUnit.Count ? months[i].N : months[i].D;
                    for (var k = 0; k < total; k++)
                    {
                        sink.Add(m, m, unit == KpiUnit.Count || k < months[i].N, unit != KpiUnit.Count, key++, null);
                    }
                }
            },
        };
        return KpiEngine.Compute(CaseData.Empty, new KpiEngineOptions { From = April2016, To = April2016.PlusMonths(months.Length - 1), Catalog = new KpiCatalog([def]) });
    }

    private static string Shown(DisclosedKpiResults d, bool ytd = false)
        => string.Join(' ', d.Series("test_kpi").Select(r => DisclosedKpiResults.Text(ytd ? r.Result.YtdValue : r.Result.Value, ytd ? r.YtdValue : r.Value, v => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void SmallMonth_IsC_ZeroStaysZero_AndTheYtdCannotGiveItAway()
    {
        // Apr 12, May 3, Jun 0, Jul 9; YTD 12, 15, 15, 24. May (3) is small: c. YTD May = YTD Apr + May, so with
        // both YTDs shown May would be 15 - 12: YTD Apr (the only shown part of that relation) is withheld; then
        // YTD Apr = Apr, so April's count goes too. Left shown: YTD May 15 = Apr + May, two unknowns.
        var d = KpiDisclosure.Apply(Counts(12, 3, 0, 9), DisclosureOptions.Default);
        Assert.Equal("c c 0 9", Shown(d));
        Assert.Equal("c 15 15 24", Shown(d, ytd: true));
        Assert.Equal(1, d.PrimaryCount);
        Assert.Equal(2, d.SecondaryCount);
        Assert.Empty(SuppressionAudit.RecoverableCells(d.Table("test_kpi").Table, d.Table("test_kpi").IsSuppressed));
        Assert.Empty(Recover(d));
    }

    [Fact]
    public void SmallMonthAfterAFullYear_NewYearStartsItsOwnChain()
    {
        // 12 months of 20 from April 2016, then April 2017 = 4: April 2017's YTD is April itself, so it is c too;
        // YTD May 2017 (24) = YTD April + May, so May's count (the relation's shown part) goes as well. March's
        // YTD (240) belongs to the year before and stays.
        var d = KpiDisclosure.Apply(Counts([.. Enumerable.Repeat(20, 12), 4, 20]), DisclosureOptions.Default);
        var months = Shown(d).Split(' ');
        var ytd = Shown(d, ytd: true).Split(' ');
        Assert.Equal(["c", "c"], months[12..]);
        Assert.Equal(["c", "24"], ytd[12..]);
        Assert.Equal("240", ytd[11]);
        Assert.Empty(Recover(d));
    }

    [Fact]
    public void NoSmallCount_NothingWithheld()
    {
        var d = KpiDisclosure.Apply(Counts(12, 30, 0, 9), DisclosureOptions.Default);
        Assert.Equal("12 30 0 9", Shown(d));
        Assert.Equal("12 42 42 51", Shown(d, ytd: true));
        Assert.Equal(0, d.PrimaryCount + d.SecondaryCount);
    }

    [Fact]
    public void ThresholdIsConfigurable_AndRoundingRoundsShownCounts()
    {
        var options = new DisclosureOptions { Threshold = 9, Rounding = DisclosureRounding.Nearest5 };
        var d = KpiDisclosure.Apply(Counts(12, 30, 0, 13), options);
        // 12 -> 10, 30, 0, 13 -> 15; YTD 12 -> 10, 42 -> 40, 42 -> 40, 55.
        Assert.Equal("10 30 0 15", Shown(d));
        Assert.Equal("10 40 40 55", Shown(d, ytd: true));
        var nine = KpiDisclosure.Apply(Counts(12, 9, 10, 13), new DisclosureOptions { Threshold = 9 });
        Assert.Equal("c", Shown(nine).Split(' ')[1]);
    }

    [Fact]
    public void Percentage_WithSmallNumeratorOrDenominator_IsC()
    {
        // Apr 3 of 40 (numerator small), May 4 of 4 (both small), Jun 0 of 3 (denominator small), Jul 20 of 40.
        var d = KpiDisclosure.Apply(Percent((3, 40), (4, 4), (0, 3), (20, 40)), DisclosureOptions.Default);
        var months = Shown(d).Split(' ');
        Assert.Equal(["c", "c", "c", "50"], months);
        var jul = d.Series("test_kpi")[3];
        Assert.Null(jul.Value);
        Assert.Empty(SuppressionAudit.RecoverableCells(d.Table("test_kpi").Table, d.Table("test_kpi").IsSuppressed));
        Assert.Empty(Recover(d));
    }

    [Fact]
    public void PercentageBelowHalf_IsK_AndNoDenominator_IsZ()
    {
        var d = KpiDisclosure.Apply(Percent((6, 2000), (0, 0), (10, 20)), DisclosureOptions.Default);
        Assert.Equal(["k", "z", "50"], Shown(d).Split(' '));
    }

    [Fact]
    public void WithheldMonth_IsNotRated_AndIsNullInThePublishedResults()
    {
        var d = KpiDisclosure.Apply(Counts(12, 3, 20), DisclosureOptions.Default);
        var may = d.Results["test_kpi", new ReportingMonth(2016, 5)]!;
        Assert.Null(may.Value);
        Assert.Null(may.Numerator);
        Assert.Equal(Rag.None, may.Rag);
        Assert.Empty(d.Results.Issues);
    }

    [Fact]
    public void RandomCounts_NoWithheldCellIsRecoverableFromTheMonthsAndYtd()
    {
        var random = new Random(20170531);
        for (var run = 0; run < 200; run++)
        {
            var counts = Enumerable.Range(0, 14).Select(_ => random.Next(0, 4) == 0 ? random.Next(0, 6) : random.Next(0, 40)).ToArray();
            var d = KpiDisclosure.Apply(Counts(counts), DisclosureOptions.Default);
            var s = d.Table("test_kpi");
            Assert.Empty(SuppressionAudit.RecoverableCells(s.Table, s.IsSuppressed));
            Assert.Empty(Recover(d));
            foreach (var r in d.Series("test_kpi"))
            {
                Assert.False(r.Result.Value is > 0 and <= 5, $"count {r.Result.Value} shown in {r.Result.Month} of [{string.Join(',', counts)}]");
                Assert.False(r.Result.YtdValue is > 0 and <= 5, $"YTD {r.Result.YtdValue} shown in {r.Result.Month}");
            }
        }
    }

    /// <summary>
    /// What an intruder can work out from the published months and YTDs alone: April = its YTD; a month = its YTD
    /// minus the previous month's YTD; a previous YTD = this YTD minus this month. The withheld figures so found.
    /// </summary>
    internal static List<KpiResult> Recover(DisclosedKpiResults d)
    {
        var found = new List<KpiResult>();
        var rows = d.Results["test_kpi"].Results;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var prev = i > 0 && r.Month.Month != 4 ? rows[i - 1] : null;
            if (r.Numerator is null)
            {
                if (r.Month.Month == 4 && r.YtdNumerator is not null)
                {
                    found.Add(r);
                }
                else if (prev?.YtdNumerator is not null && r.YtdNumerator is not null)
                {
                    found.Add(r);
                }
            }
            if (prev is { YtdNumerator: null } && r.YtdNumerator is not null && r.Numerator is not null)
            {
                found.Add(prev);
            }
        }
        return found;
    }
}
