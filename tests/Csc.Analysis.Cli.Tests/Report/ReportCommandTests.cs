using Csc.Analysis.Cli.Commands;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Tests.Report;

/// <summary>A fake repository (Analysis.sln and data-samples/havering-like with the synthetic council) shared by the report command tests.</summary>
public sealed class FakeRepositoryFixture : IDisposable
{
    public FakeRepositoryFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "csc-report-cli-" + Guid.NewGuid().ToString("N"));
        var sample = Path.Combine(Root, "data-samples", "havering-like");
        Directory.CreateDirectory(sample);
        File.WriteAllText(Path.Combine(Root, "Analysis.sln"), string.Empty);
        CanonicalExtractWriter.Write(SyntheticGenerator.Generate(SyntheticOptions.Default).Data, sample);
        File.WriteAllText(Path.Combine(sample, "kpi-config.json"), """{ "kpis": { "icpc_within_15wd_pct": { "target": 95, "amber_band": 10, "polarity": "higher_is_better" } } }""");
        Directory.CreateDirectory(Path.Combine(Root, "src", "deep"));
    }

    public string Root { get; }

    public string Sample => Path.Combine(Root, "data-samples", "havering-like");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}

public sealed class ReportCommandTests(FakeRepositoryFixture repo) : IClassFixture<FakeRepositoryFixture>
{
    private static (int Code, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var code = CliApp.RunAsync(["report", .. args], new CliEnvironment(o, e, TimeProvider.System, false, workingDirectory)).GetAwaiter().GetResult();
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Report_NoArguments_FindsSampleFromSubfolder_WritesUnderRepositoryRoot()
    {
        var (code, output, error) = Run(Path.Combine(repo.Root, "src", "deep"));
        Assert.True(code == 0, error);
        var expected = Path.Combine(repo.Root, "reports", "kpi-report-2017-05.html");
        Assert.True(File.Exists(expected));
        Assert.Equal(Path.GetRelativePath(Path.Combine(repo.Root, "src", "deep"), expected) + "\n", output);
        var html = File.ReadAllText(expected);
        // The sample's own kpi-config.json was used (target 95) and named in the footer with its hash.
        Assert.Contains("against a target of 95%", html);
        Assert.Contains("KPI config: data-samples/havering-like/kpi-config.json (SHA-256 ", html);
        Assert.DoesNotContain("Generated ", html[..html.IndexOf("</header>", StringComparison.Ordinal)]);
        // No population-ethnicity.csv in or beside the sample: the appendix says how to give one.
        Assert.Contains("No population by ethnicity was given, so the children of each cohort cannot be compared with it", html);
    }

    [Fact]
    public void Report_PopulationEthnicity_TheAppendixComparesEachCohort_AndAMissingFileIsExit1()
    {
        Directory.CreateDirectory(Path.Combine(repo.Root, "census"));
        File.WriteAllText(Path.Combine(repo.Root, "census", "eth.csv"), "ethnicity,population\nWBRI,30000\nWOTH,4000\nMixed,3000\nAsian or Asian British,5000\nBlack or Black British,6000\nBAFR,x\nOther ethnic group,1000\n");
        var (code, _, error) = Run(repo.Root, "--data", "data-samples/havering-like", "--population-ethnicity", "census/eth.csv", "--out", "out/eth.html");
        Assert.True(code == 0, error);
        // the bad row is located on stderr and left out; the rest is used
        Assert.Contains("Reading census/eth.csv", error);
        var html = File.ReadAllText(Path.Combine(repo.Root, "out", "eth.html"));
        Assert.Contains(">Appendix: disproportionality</h2>", html);
        Assert.Contains("Population: eth.csv.", html);
        Assert.Contains("Children referred: relative rate index against White British", html);
        Assert.Contains("Children looked after by ethnicity group, 2016-06-01 to 2017-05-31", html);
        Assert.DoesNotContain("No population by ethnicity was given", html);
        var (missing, _, missingError) = Run(repo.Root, "--data", "data-samples/havering-like", "--population-ethnicity", "census/none.csv", "--out", "out/none.html");
        Assert.Equal(1, missing);
        Assert.Contains("census/none.csv", missingError);
        Assert.False(File.Exists(Path.Combine(repo.Root, "out", "none.html")));
    }

    [Fact]
    public void Report_MonthOutAndStamp_Honoured()
    {
        var (code, output, error) = Run(repo.Root, "--data", "data-samples/havering-like", "--month", "2016-12", "--out", "out/dec.html", "--generated-at", "2017-01-05T08:30:00Z");
        Assert.True(code == 0, error);
        Assert.Equal("out/dec.html\n", output);
        var html = File.ReadAllText(Path.Combine(repo.Root, "out", "dec.html"));
        Assert.Contains("<h1>Ofsted KPIs performance monitoring report: December 2016</h1>", html);
        Assert.Contains("Generated 2017-01-05 08:30 UTC", html);
        Assert.Contains("Parameters: month 2016-12, data format canonical.", html);
    }

    [Theory]
    [InlineData("--month", "May 2017", "--month 'May 2017' is not a month: expected YYYY-MM, for example 2017-05.")]
    [InlineData("--format", "xlsx", "--format 'xlsx' is not a format: use auto, canonical, ssda903, cin-census, annex-a or ssd.")]
    [InlineData("--generated-at", "yesterday", "--generated-at 'yesterday' is not a date and time: use ISO 8601, for example 2017-06-01T09:00:00Z.")]
    public void Report_BadOption_Exit2WithMessage(string option, string value, string message)
    {
        var (code, _, error) = Run(repo.Root, option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("csc-kpi: " + message + "\n", error);
    }

    [Fact]
    public void Report_MissingData_Exit2()
    {
        var (code, _, error) = Run(repo.Root, "--data", "nowhere");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void Report_NoSampleAndNoData_Exit2WithAdvice()
    {
        var empty = Path.Combine(Path.GetTempPath(), "csc-report-empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var (code, _, error) = Run(empty);
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("Pass --data PATH.", error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Report_MonthBeforeTheData_Exit1()
    {
        var (code, _, error) = Run(repo.Root, "--month", "2001-01");
        Assert.Equal(ExitCodes.DataErrors, code);
        Assert.Contains("csc-kpi: cannot report on data-samples/havering-like: The first month ", error);
    }

    [Fact]
    public void FindRepositoryRoot_WalksUp()
    {
        Assert.Equal(repo.Root, ReportCommand.FindRepositoryRoot(Path.Combine(repo.Root, "src", "deep")));
    }
}

public sealed class ExportCommandTests(FakeRepositoryFixture repo) : IClassFixture<FakeRepositoryFixture>
{
    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var code = CliApp.RunAsync(["export", .. args], new CliEnvironment(o, e, TimeProvider.System, false, repo.Root)).GetAwaiter().GetResult();
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Export_Both_WritesStarSchemaAndWorkbook()
    {
        var (code, output, error) = Run("--data", "data-samples/havering-like", "--out", "export");
        Assert.True(code == 0, error);
        Assert.Equal("export/kpis.csv\nexport/months.csv\nexport/facts.csv\nexport/drilldowns.csv\nexport/kpi-results.xlsx\n", output.Replace('\\', '/'));
        // The last 36 months up to May 2017.
        var months = File.ReadAllLines(Path.Combine(repo.Root, "export", "months.csv"));
        Assert.Equal(37, months.Length);
        Assert.StartsWith("2014-06,", months[1]);
        Assert.StartsWith("2017-05,", months[^1]);
        Assert.Contains("Exported ", error);
    }

    [Fact]
    public void Export_PowerBiFromTo_OnlyCsv()
    {
        var (code, output, error) = Run("--data", "data-samples/havering-like", "--out", "pbi", "--format", "powerbi", "--from", "2016-04", "--to", "2017-03");
        Assert.True(code == 0, error);
        Assert.DoesNotContain("xlsx", output);
        Assert.Equal(13, File.ReadAllLines(Path.Combine(repo.Root, "pbi", "months.csv")).Length);
    }

    [Fact]
    public void Export_BadFormat_Exit2()
    {
        var (code, _, error) = Run("--data", "data-samples/havering-like", "--out", "x", "--format", "pdf");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("csc-kpi: --format 'pdf' is not an export format: use powerbi, excel, both or parquet.\n", error);
    }

    [Fact]
    public void Export_Parquet_TypedStarSchemaWithDrillDownsByTeamAndWorker()
    {
        var (code, output, error) = Run("--data", "data-samples/havering-like", "--out", "pq", "--format", "parquet");
        Assert.True(code == 0, error);
        Assert.Equal("pq/kpis.parquet\npq/months.parquet\npq/facts.parquet\npq/drilldowns.parquet\n", output.Replace('\\', '/'));
        var folder = Path.Combine(repo.Root, "pq");
        var facts = ParquetColumns(Path.Combine(folder, "facts.parquet"));
        Assert.Equal(KpiTable.Columns, facts.Keys);
        Assert.Equal(typeof(long), facts["numerator"]);
        Assert.Equal(typeof(double), facts["value"]);
        Assert.Equal(typeof(DateOnly), ParquetColumns(Path.Combine(folder, "months.parquet"))["month_start"]);
        var drill = ParquetColumns(Path.Combine(folder, "drilldowns.parquet"));
        Assert.Equal(KpiExport.DrillDownColumns, drill.Keys);
        Assert.Equal(typeof(long), drill["numerator"]);
    }

    [Fact]
    public void Export_DrillDownsAddUpToTheKpi_AndThePublicAudienceHasNone()
    {
        var (code, _, error) = Run("--data", "data-samples/havering-like", "--out", "internal", "--format", "powerbi", "--from", "2017-05");
        Assert.True(code == 0, error);
        var facts = File.ReadAllLines(Path.Combine(repo.Root, "internal", "facts.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => (f[3], f[4]));
        var drill = File.ReadAllLines(Path.Combine(repo.Root, "internal", "drilldowns.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(drill, f => f[2] == "team");
        Assert.Contains(drill, f => f[2] == "worker");
        // Each KPI's groups add up to its numerator and (for a percentage) its denominator in the month.
        // A rate per 10,000's groups each have the whole population as denominator.
        var rates = KpiCatalog.Default.Definitions.Where(d => d.Unit == KpiUnit.RatePer10k).Select(d => d.Id).ToHashSet();
        foreach (var g in drill.GroupBy(f => (f[0], f[1], f[2])))
        {
            var (numerator, denominator) = facts[(g.Key.Item1, g.Key.Item2)];
            Assert.Equal(numerator, g.Sum(f => long.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!rates.Contains(g.Key.Item1) && denominator.Length > 0 && g.All(f => f[5].Length > 0))
            {
                Assert.Equal(denominator, g.Sum(f => long.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var (code2, output, error2) = Run("--data", "data-samples/havering-like", "--out", "public", "--format", "both", "--audience", "public");
        Assert.True(code2 == 0, error2);
        Assert.DoesNotContain("drilldowns", output);
        Assert.False(File.Exists(Path.Combine(repo.Root, "public", "drilldowns.csv")));

        var (code3, output3, error3) = Run("--data", "data-samples/havering-like", "--out", "public-pq", "--format", "parquet", "--audience", "public");
        Assert.True(code3 == 0, error3);
        Assert.DoesNotContain("drilldowns", output3);
        var facts3 = ParquetColumns(Path.Combine(repo.Root, "public-pq", "facts.parquet"));
        Assert.Equal([.. KpiTable.Columns, .. Csc.Analysis.Disclosure.DisclosureColumns.Names], facts3.Keys);
        Assert.Equal(typeof(string), facts3["value_symbol"]);
    }

    private static OrderedDictionary<string, Type> ParquetColumns(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = Parquet.ParquetReader.CreateAsync(stream, new Parquet.ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        try
        {
            var columns = new OrderedDictionary<string, Type>(StringComparer.Ordinal);
            foreach (var f in reader.Schema.GetDataFields())
            {
                columns.Add(f.Name, f.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : f.ClrType);
            }
            return columns;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
