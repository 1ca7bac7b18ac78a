using Csc.Analysis.Benchmarking;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Benchmarking;

public sealed class BenchmarkComparisonTests
{
    [Fact]
    public void Rank_TiesTakeTheBetterRank_BothPolarities()
    {
        double[] others = [50, 60, 60, 70];
        // Higher is better: 70 is above 60; two councils tie with 60, so 60 ranks 2nd (1 + one better).
        Assert.Equal(2, BenchmarkComparison.Rank(60, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal(1, BenchmarkComparison.Rank(70, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal(5, BenchmarkComparison.Rank(10, others, MeasurePolarity.HigherIsBetter));
        // Lower is better: only 50 is better than 60.
        Assert.Equal(2, BenchmarkComparison.Rank(60, others, MeasurePolarity.LowerIsBetter));
        Assert.Equal(1, BenchmarkComparison.Rank(50, others, MeasurePolarity.LowerIsBetter));
    }

    [Fact]
    public void Quantile_RType7_HandWorked()
    {
        // n = 5, sorted 10 20 30 40 50: h = 4p; p = 0.25 gives the 2nd value, 20; p = 0.5 the 3rd, 30.
        double[] five = [10, 20, 30, 40, 50];
        Assert.Equal(20, BenchmarkComparison.Quantile(five, 0.25));
        Assert.Equal(30, BenchmarkComparison.Quantile(five, 0.5));
        Assert.Equal(40, BenchmarkComparison.Quantile(five, 0.75));
        // n = 4, 1 2 3 4: h = 0.75 for p = 0.25: 1 + 0.75 × (2 - 1) = 1.75; p = 0.75: h = 2.25: 3.25.
        double[] four = [1, 2, 3, 4];
        Assert.Equal(1.75, BenchmarkComparison.Quantile(four, 0.25), 12);
        Assert.Equal(3.25, BenchmarkComparison.Quantile(four, 0.75), 12);
        Assert.Equal(5, BenchmarkComparison.Quantile([5], 0.75));
    }

    [Fact]
    public void Quartile_CutPointsTakeTheBetterQuartile()
    {
        // Quartiles of 10 20 30 40 50: 20, 30, 40.
        double[] others = [50, 10, 40, 20, 30];
        Assert.Equal('A', BenchmarkComparison.Quartile(40, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal('B', BenchmarkComparison.Quartile(39.9, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal('B', BenchmarkComparison.Quartile(30, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal('C', BenchmarkComparison.Quartile(20, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal('D', BenchmarkComparison.Quartile(19, others, MeasurePolarity.HigherIsBetter));
        Assert.Equal('A', BenchmarkComparison.Quartile(20, others, MeasurePolarity.LowerIsBetter));
        Assert.Equal('B', BenchmarkComparison.Quartile(30, others, MeasurePolarity.LowerIsBetter));
        Assert.Equal('C', BenchmarkComparison.Quartile(40, others, MeasurePolarity.LowerIsBetter));
        Assert.Equal('D', BenchmarkComparison.Quartile(40.1, others, MeasurePolarity.LowerIsBetter));
    }

    [Fact]
    public void CompleteYears_OnlyYearsWithAllTwelveMonths()
    {
        // April 2014 to May 2017: the years to March 2015, 2016 and 2017; 2018 has only two months.
        var months = Enumerable.Range(new ReportingMonth(2014, 4).Index, 38).Select(ReportingMonth.FromIndex).ToList();
        Assert.Equal([2015, 2016, 2017], BenchmarkComparison.CompleteYears(months));
        // From May 2014: the year to March 2015 misses April 2014.
        Assert.Equal([2016, 2017], BenchmarkComparison.CompleteYears(months.Skip(1).ToList()));
    }

    private static LacEpisode Episode(string child, DateOnly start, DateOnly? end)
        => new($"{child}/e", child, start, end, "S", "C2", "N1", "U1", "PR1", null, null, null, end is null ? null : "E8");

    [Fact]
    public void Compare_SnapshotAtMarch_PublishedComparators_RankAmongOthers()
    {
        // Children looked after at 31 March 2017: A and B (C left on 31 March itself, so is not open that day).
        var data = new CaseData
        {
            LacEpisodes =
            [
                Episode("A", new DateOnly(2015, 1, 5), null),
                Episode("B", new DateOnly(2017, 3, 31), null),
                Episode("C", new DateOnly(2016, 2, 29), new DateOnly(2017, 3, 31)),
            ],
        };
        var results = KpiEngine.Compute(data, new KpiEngineOptions { From = new ReportingMonth(2016, 4), To = new ReportingMonth(2017, 3) });
        PublishedValue V(int area, double? value) => new() { Measure = "X", Year = 2017, Area = area, Value = value };
        var published = new PublishedFigures(
            [V(970, 100), V(986, 10), V(1, 7), V(2, 1), V(3, 2), V(4, null), V(5, 2)],
            [
                new PublishedArea { Number = 970, Name = "England", Kind = AreaKind.England },
                new PublishedArea { Number = 986, Name = "London", Kind = AreaKind.Region },
                new PublishedArea { Number = 1, Name = "Own", Kind = AreaKind.Council, RegionNumber = 986 },
                new PublishedArea { Number = 2, Name = "Two", Kind = AreaKind.Council, RegionNumber = 986 },
                new PublishedArea { Number = 3, Name = "Three", Kind = AreaKind.Council },
                new PublishedArea { Number = 4, Name = "Four", Kind = AreaKind.Council },
                new PublishedArea { Number = 5, Name = "Five", Kind = AreaKind.Council },
            ],
            new Dictionary<int, IReadOnlyList<int>> { [1] = [2, 3, 4, 99] },
            new Dictionary<string, MeasurePolarity?> { ["X"] = MeasurePolarity.HigherIsBetter });

        var row = Assert.Single(BenchmarkComparison.Compare(results, published, 1, [new BenchmarkMapping { KpiId = "lac", Measure = "X", Difference = "" }]));

        Assert.Equal(2017, row.Year);
        Assert.Equal(2, row.Value);
        Assert.Equal((100.0, 10.0), (row.England!.Value, row.Region!.Value));
        // Neighbours 2 and 3 are published (1 and 2); 4 is not available and 99 unknown: mean 1.5 of 2.
        Assert.Equal((1.5, 2, 1.0, 2.0), (row.NeighboursMean!.Value, row.NeighboursN, row.NeighboursMin!.Value, row.NeighboursMax!.Value));
        // Other councils 2, 3 and 5 (1, 2, 2; the council's own published 7 is left out): 2 ties with two, rank 1 of 4.
        Assert.Equal((1, 4), (row.Rank!.Value, row.Of!.Value));
        // Quartiles of 1 2 2: 1.5, 2, 2: 2 is at the upper quartile, A.
        Assert.Equal('A', row.Quartile);
    }

    [Fact]
    public void Compare_NoPolarityOrUnmappedKpi_NoRankAndNoRow()
    {
        var results = KpiEngine.Compute(new CaseData { LacEpisodes = [Episode("A", new DateOnly(2015, 1, 5), null)] },
            new KpiEngineOptions { From = new ReportingMonth(2016, 4), To = new ReportingMonth(2017, 3) });
        var published = new PublishedFigures(
            [new PublishedValue { Measure = "X", Year = 2017, Area = 2, Value = 3 }],
            [new PublishedArea { Number = 1, Name = "Own", Kind = AreaKind.Council }, new PublishedArea { Number = 2, Name = "Two", Kind = AreaKind.Council }],
            new Dictionary<int, IReadOnlyList<int>>(),
            new Dictionary<string, MeasurePolarity?> { ["X"] = null });
        var rows = BenchmarkComparison.Compare(results, published, 1,
            [new BenchmarkMapping { KpiId = "lac", Measure = "X", Difference = "" }, new BenchmarkMapping { KpiId = "no_such_kpi", Measure = "X", Difference = "" }]);
        var row = Assert.Single(rows);
        Assert.Equal(1, row.Value);
        Assert.Null(row.Rank);
        Assert.Null(row.Of);
        Assert.Null(row.Quartile);
        Assert.Null(row.England);
        Assert.Null(row.NeighboursMean);
        Assert.Equal(0, row.NeighboursN);
    }
}
