using Csc.Analysis.Cli;
using Csc.Analysis.Cli.Commands;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli.Tests.Kpis;

public sealed class KpisCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("csc-kpis-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var env = new CliEnvironment(o, e, TimeProvider.System, false, dir);
        var code = await CliApp.RunAsync(args, env);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Kpis_MissingData_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", "nowhere", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"csc-kpi: '{Path.Combine(dir, "nowhere")}' does not exist.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Kpis_BadMonth_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", ".", "--from", "May 2017", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--from 'May 2017' is not a month: expected YYYY-MM, for example 2017-05.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_FromAfterTo_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", ".", "--from", "2017-06", "--to", "2017-05", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--from 2017-06 is after --to 2017-05.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_BadFormat_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", ".", "--format", "xls", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--format 'xls' is not a format: use auto, canonical, ssda903, cin-census or annex-a.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_BadConfig_UsageWithConfigMessage()
    {
        File.WriteAllText(Path.Combine(dir, "bad.json"), """{ "kpis": { "nope": {} } }""");
        var (code, _, error) = await Run("kpis", "--data", ".", "--config", "bad.json", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"csc-kpi: KPI config '{Path.Combine(dir, "bad.json")}': unknown KPI id 'nope' in \"kpis\".", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_NoOut_Usage()
    {
        var (code, _, _) = await Run("kpis", "--data", ".");
        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public void Summarise_CountsByRuleWithFirstExample()
    {
        var w = new StringWriter();
        KpisCommand.Summarise(w, "Loading x", [
            new DataIssue(IssueSeverity.Error, "DATE_FORMAT", "contacts.csv", 3, "contact_date", "31/02/2017", "not a date"),
            new DataIssue(IssueSeverity.Error, "DATE_FORMAT", "contacts.csv", 9, "contact_date", "x", "not a date"),
            new DataIssue(IssueSeverity.Warning, "DISTANCE", "lac.csv", 2, "distance", "900", "implausible"),
        ], "rows with errors were left out");
        Assert.Equal(
            "Loading x: 2 error(s), 1 warning(s), 0 note(s); rows with errors were left out.\n"
            + "  DATE_FORMAT: 2 (first: error DATE_FORMAT contacts.csv:3 column contact_date value '31/02/2017': not a date)\n"
            + "  DISTANCE: 1 (first: warning DISTANCE lac.csv:2 column distance value '900': implausible)\n",
            w.ToString().ReplaceLineEndings("\n"));
    }
}
