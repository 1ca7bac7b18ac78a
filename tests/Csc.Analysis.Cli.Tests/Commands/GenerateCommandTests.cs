namespace Csc.Analysis.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    private static readonly string[] Short = ["--from", "2016-10", "--to", "2017-03", "--scale", "0.4"];

    private static Dictionary<string, byte[]> Files(string folder)
        => Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public void Generate_Canonical_WritesEveryTableAndSummary()
    {
        using var run = new CliRun();
        var code = run.Run(["generate", "--out", "data", .. Short]);
        Assert.Equal(ExitCodes.Ok, code);
        var files = Files(Path.Combine(run.Folder, "data"));
        // the thirteen core tables and the five optional ones (care_leavers.csv header only: no 17th birthday after leaving care in six months)
        Assert.Equal(18, files.Count);
        Assert.Contains("section47.csv", files.Keys);
        Assert.Contains("population.csv", files.Keys);
        Assert.Equal("year,aged_0_17\n2016,", System.Text.Encoding.UTF8.GetString(files["population.csv"])[..20]);
        Assert.Matches(@"\n  cp_reviews +[1-9][0-9]*\n  lac_reviews +[1-9][0-9]*\n  lac_health +[1-9][0-9]*\n  care_leavers +[0-9]+\n  population +1\n", run.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("Seed 20170531, 2016-10 to 2017-03 (extract date 2017-03-31), scale 0.4 (1 unit(s)), plant icpc-recording", run.Out);
        Assert.Contains("Planted (icpc-recording): team 'ISS South' enters the ICPC date as the recording date from 2016-12-01.", run.Out);
    }

    [Fact]
    public void Generate_SameSeed_IdenticalBytes_DifferentSeed_DifferentBytes()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "a", .. Short]));
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "b", .. Short]));
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "c", "--seed", "99", .. Short]));
        var a = Files(Path.Combine(run.Folder, "a"));
        var b = Files(Path.Combine(run.Folder, "b"));
        var c = Files(Path.Combine(run.Folder, "c"));
        foreach (var (name, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs between two runs with the same seed");
        }
        Assert.False(a["contacts.csv"].AsSpan().SequenceEqual(c["contacts.csv"]), "contacts.csv should differ for another seed");
    }

    [Fact]
    public void Generate_ScaleTwo_StreamsTwoUnits()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "data", "--from", "2016-10", "--to", "2017-03", "--scale", "2", "--plant", "none"]));
        Assert.Contains("(2 unit(s)), plant none", run.Out);
        Assert.Contains("Planted: nothing (--plant none).", run.Out);
        var children = File.ReadAllLines(Path.Combine(run.Folder, "data", "children.csv"));
        Assert.StartsWith("U001-", children[1]);
        Assert.StartsWith("U002-", children[^1]);
    }

    [Fact]
    public void Generate_ParquetAndDuckDb_GiveTheCanonicalKpis()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "csv", .. Short]));
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "pq", "--format", "parquet", .. Short]));
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "duck", "--format", "duckdb", .. Short]));
        Assert.Contains("children.parquet", Directory.GetFiles(Path.Combine(run.Folder, "pq")).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(run.Folder, "duck", "canonical.duckdb")));

        Assert.Equal(ExitCodes.Ok, run.Run(["kpis", "--data", "csv", "--out", "csv.csv"]));
        Assert.Equal(ExitCodes.Ok, run.Run(["kpis", "--data", "pq", "--out", "pq.csv"]));
        Assert.Equal(ExitCodes.Ok, run.Run(["kpis", "--data", "duck/canonical.duckdb", "--out", "duck.csv"]));
        var expected = File.ReadAllText(Path.Combine(run.Folder, "csv.csv"));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(run.Folder, "pq.csv")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(run.Folder, "duck.csv")));
    }

    [Fact]
    public void Generate_Ssda903_WritesHeaderEpisodesMissing()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "903", "--format", "ssda903", .. Short]));
        var names = Directory.GetFiles(Path.Combine(run.Folder, "903")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["episodes.csv", "header.csv", "missing.csv"], names);
    }

    [Fact]
    public void Generate_AnnexA_WritesWorkbook()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "annex", "--format", "annex-a", .. Short]));
        Assert.True(new FileInfo(Path.Combine(run.Folder, "annex", "annex_a.xlsx")).Length > 1000);
    }

    [Theory]
    [InlineData(new[] { "--plant", "typos" }, "csc-kpi: unknown --plant 'typos': expected icpc-recording or none.")]
    [InlineData(new[] { "--format", "xml" }, "csc-kpi: unknown --format 'xml': expected canonical, parquet, duckdb, ssda903, annex-a or ssd.")]
    [InlineData(new[] { "--from", "April 2014" }, "csc-kpi: --from 'April 2014' is not a month: expected YYYY-MM, for example 2017-05.")]
    [InlineData(new[] { "--scale", "-1" }, "csc-kpi: Scale -1 is out of range: use a number above 0 and at most 1000 (1 is one council).")]
    [InlineData(new[] { "--from", "2017-05", "--to", "2017-01" }, "csc-kpi: The period ends (2017-01) before it starts (2017-05): give --from before --to.")]
    public void Generate_BadOption_Usage(string[] extra, string message)
    {
        using var run = new CliRun();
        var code = run.Run(["generate", "--out", "data", .. extra]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(message, run.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(run.Folder, "data")));
    }

    [Fact]
    public void Generate_Councils_WritesAStackTaggedInLaCode_InEveryLayout()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "csv", "--councils", "2", .. Short]));
        Assert.Contains("Councils: 2 (001 to 002, seeds 20170531 to 20170532), each row tagged in la_code.", run.Out);
        var children = File.ReadAllLines(Path.Combine(run.Folder, "csv", "children.csv"));
        Assert.StartsWith("la_code,child_id,", children[0]);
        Assert.StartsWith("001,C000001,", children[1]);
        Assert.StartsWith("002,", children[^1]);
        Assert.Contains(children, l => l.StartsWith("002,C000001,", StringComparison.Ordinal)); // ids repeat across councils
        // Parquet and DuckDB stacks give the CSV stack's KPI table.
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "pq", "--format", "parquet", "--councils", "2", .. Short]));
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "db", "--format", "duckdb", "--councils", "2", .. Short]));
        Assert.Equal(ExitCodes.Ok, run.Run(["kpis", "--data", "csv", "--out", "csv.csv"]));
        Assert.Equal(ExitCodes.Ok, run.Run(["kpis", "--data", "pq", "--out", "pq.csv"]));
        Assert.Equal(ExitCodes.Ok, run.Run(["kpis", "--data", Path.Combine("db", "canonical.duckdb"), "--out", "db.csv"]));
        var expected = File.ReadAllText(Path.Combine(run.Folder, "csv.csv"));
        Assert.StartsWith("la_code,", expected);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(run.Folder, "pq.csv")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(run.Folder, "db.csv")));
    }

    [Fact]
    public void Generate_Councils_OutOfRangeOrStatutoryFormat_IsAUsageError()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run(["generate", "--out", "data", "--councils", "0"]));
        Assert.Contains("--councils 0 is out of range: use 1 to 200.", run.Error);
        Assert.Equal(ExitCodes.Usage, run.Run(["generate", "--out", "data", "--councils", "2", "--format", "ssda903"]));
        Assert.Contains("--councils writes a stack as canonical, parquet or duckdb, not ssda903.", run.Error);
    }
}
