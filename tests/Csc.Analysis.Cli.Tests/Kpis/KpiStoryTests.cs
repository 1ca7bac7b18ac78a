using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Cli.Tests.Kpis;

/// <summary>Paths in the repository, found by walking up from the test assembly to the folder holding Analysis.sln.</summary>
internal static class Repo
{
    public static string Root() => RepositoryPaths.Root;

    public static string SampleFolder => Path.Combine(Root(), "data-samples", "havering-like");

    public static string SampleConfig => Path.Combine(SampleFolder, "kpi-config.json");
}

/// <summary>A fact that is skipped, saying why, when the bundled sample extract is not in the checkout.</summary>
public sealed class SampleDataFactAttribute : FactAttribute
{
    public SampleDataFactAttribute()
    {
        if (!File.Exists(Path.Combine(Repo.SampleFolder, "children.csv")))
        {
            Skip = $"The sample extract data-samples/havering-like (children.csv, ...) is not in this checkout; generate it with 'csc-kpi generate --out data-samples/havering-like'.";
        }
    }
}

/// <summary>The May 2017 report's figures and colours, from the generated story data and the sample config.</summary>
public sealed class KpiStoryTests
{
    private static readonly ReportingMonth May2017 = new(2017, 5);
    private static readonly Lazy<KpiResults> Story = new(() => KpiEngine.Compute(
        SyntheticGenerator.Generate(SyntheticOptions.Default).Data,
        new KpiEngineOptions { Config = KpiConfig.Load(Repo.SampleConfig) }));

    [Theory]
    [InlineData(KpiIds.IcpcWithin15WdPct, Rag.Red)]
    [InlineData(KpiIds.CpPlans, Rag.Green)]
    [InlineData(KpiIds.CinPlans, Rag.Green)]
    [InlineData(KpiIds.RhiWithin72hPct, Rag.Amber)]
    [InlineData(KpiIds.Lac, Rag.Red)]
    [InlineData(KpiIds.LacOutsideLaPct, Rag.Amber)]
    [InlineData(KpiIds.LacOver20MilesPct, Rag.Amber)]
    [InlineData(KpiIds.LacCeasedPermanencyPct, Rag.Amber)]
    [InlineData(KpiIds.AssessmentsWithin45WdPct, Rag.Green)]
    public void May2017_ColoursOfTheReport(string kpi, Rag expected)
        => Assert.Equal(expected, Story.Value[kpi, May2017]!.Rag);

    [Fact]
    public void May2017_DefaultMonths_CoverTheStoryToTheExtractMonth()
    {
        // The extract is dated 31 May 2017, so May is complete and the last month; the history starts
        // with the earliest contact or referral (the story starts in April 2014).
        Assert.Equal(May2017, Story.Value.Months[^1]);
        Assert.True(Story.Value.Months[0] <= new ReportingMonth(2014, 4), $"starts {Story.Value.Months[0]}");
        Assert.True(Story.Value.Months[0] >= new ReportingMonth(2013, 4), $"starts {Story.Value.Months[0]}");
    }

    [Fact]
    public void May2017_FiguresOfTheReport()
    {
        var r = Story.Value;
        Assert.Equal(271.0, r[KpiIds.CpPlans, May2017]!.Value!.Value, 8.0);
        Assert.Equal(309.0, r[KpiIds.CinPlans, May2017]!.Value!.Value, 9.0);
        Assert.Equal(255.0, r[KpiIds.Lac, May2017]!.Value!.Value, 8.0);
        Assert.Equal(29.0, r[KpiIds.IcpcWithin15WdPct, May2017]!.Value!.Value, 2.0);
        Assert.Equal(82.0, r[KpiIds.RhiWithin72hPct, May2017]!.Value!.Value, 2.0);
        Assert.Equal(70.0, r[KpiIds.RhiWithin72hPct, May2017]!.YtdValue!.Value, 2.0);
        Assert.Equal(15.5, r[KpiIds.LacOver20MilesPct, May2017]!.Value!.Value, 2.0);
        Assert.Equal(50.0, r[KpiIds.LacOutsideLaPct, May2017]!.Value!.Value, 2.0);
    }

    [Fact]
    public void May2017_ComparisonsOfTheReport()
    {
        var r = Story.Value;
        // "the lowest we have seen since July 2016"
        Assert.Equal("lowest since July 2016", KpiComparisons.For(r, KpiIds.CpPlans, May2017).Extreme?.Describe());
        // "our highest to date"
        Assert.Equal("highest to date", KpiComparisons.For(r, KpiIds.Lac, May2017).Extreme?.Describe());
        // "our S20 rate is 38%, which is the lowest percentage to date"
        Assert.Equal("lowest to date", KpiComparisons.For(r, KpiIds.LacS20Pct, May2017).Extreme?.Describe());
        // "If the same rate of improvement continues to next month then this will become green"
        Assert.Equal(1, KpiComparisons.For(r, KpiIds.RhiWithin72hPct, May2017).Projection?.MonthsToGreen);
        // "last month we were at 75%"
        Assert.Equal(75.0, KpiComparisons.For(r, KpiIds.IcpcWithin15WdPct, May2017).LastMonth!.Value!.Value, 2.0);
        // "still lower than the average for last year (321)"
        Assert.Equal(321.0, KpiComparisons.For(r, KpiIds.CinPlans, May2017).LastFinancialYearAverage!.Value, 5.0);
    }

    [SampleDataFact]
    public async Task Kpis_SampleExtract_May2017RowsMatchTheReport()
    {
        var dir = Directory.CreateTempSubdirectory("csc-kpis-sample-").FullName;
        try
        {
            var o = new StringWriter();
            var e = new StringWriter();
            var code = await CliApp.RunAsync(
                ["kpis", "--data", Repo.SampleFolder, "--config", Repo.SampleConfig, "--out", "kpis.csv"],
                new CliEnvironment(o, e, TimeProvider.System, false, dir));
            Assert.Equal(ExitCodes.Ok, code);
            var rows = File.ReadLines(Path.Combine(dir, "kpis.csv")).Skip(1)
                .Select(l => l.Split(','))
                .Where(c => c[1] == "2017-05")
                .ToDictionary(c => c[0], c => c);
            Assert.Equal("red", rows[KpiIds.IcpcWithin15WdPct][9]);
            Assert.Equal("green", rows[KpiIds.CpPlans][9]);
            Assert.Equal("green", rows[KpiIds.CinPlans][9]);
            Assert.Equal("amber", rows[KpiIds.RhiWithin72hPct][9]);
            Assert.Equal("red", rows[KpiIds.Lac][9]);
            Assert.Equal("amber", rows[KpiIds.LacOutsideLaPct][9]);
            Assert.Equal("amber", rows[KpiIds.LacOver20MilesPct][9]);
            Assert.Equal("amber", rows[KpiIds.LacCeasedPermanencyPct][9]);
            Assert.Equal("green", rows[KpiIds.AssessmentsWithin45WdPct][9]);
            Assert.InRange(double.Parse(rows[KpiIds.CpPlans][2], System.Globalization.CultureInfo.InvariantCulture), 263, 279);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
