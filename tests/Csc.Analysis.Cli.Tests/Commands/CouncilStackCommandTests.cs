using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests.Commands;

/// <summary>export, benchmark and report on a stack of councils (tables with la_code): each council from its own rows.</summary>
public sealed class CouncilStackCommandTests
{
    private static readonly string[] Shape = ["--from", "2015-04", "--to", "2017-05", "--scale", "0.3"];

    private static string Published => Path.Combine(Repo.Root(), "published", "dfe-lait");

    /// <summary>A generated two-council stack whose councils are renamed 311 and 303 (published councils) in every table.</summary>
    private static void WritePublishedStack(CliRun run, string folder)
    {
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", folder, "--councils", "2", .. Shape]));
        foreach (var file in Directory.GetFiles(Path.Combine(run.Folder, folder), "*.csv"))
        {
            var lines = File.ReadAllLines(file).Select(l => l.StartsWith("001,", StringComparison.Ordinal) ? "311," + l[4..]
                : l.StartsWith("002,", StringComparison.Ordinal) ? "303," + l[4..] : l);
            File.WriteAllText(file, string.Join('\n', lines) + "\n");
        }
    }

    private static string RunRecordBeside(string output) => Csc.Analysis.Output.RunRecord.BesidePath(output);

    [Fact]
    public void Export_Stack_OneFolderPerCouncil_EachTheCouncilAlone()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "stack", "--councils", "2", .. Shape]));
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "alone", "--seed", "20170532", .. Shape]));
        Assert.Equal(ExitCodes.Ok, run.Run("export", "--data", "stack", "--out", "out", "--format", "powerbi"));
        Assert.Contains("for council 002.", run.Error);
        Assert.Equal(ExitCodes.Ok, run.Run("export", "--data", "alone", "--out", "one", "--format", "powerbi"));
        foreach (var file in new[] { "kpis.csv", "months.csv", "facts.csv", "drilldowns.csv" })
        {
            Assert.True(File.Exists(Path.Combine(run.Folder, "out", "la_code=001", file)));
            Assert.Equal(File.ReadAllText(Path.Combine(run.Folder, "one", file)), File.ReadAllText(Path.Combine(run.Folder, "out", "la_code=002", file)));
        }
    }

    [Fact]
    public void Benchmark_Stack_EveryPublishedCouncilWithLaCode_OrTheOneNamed()
    {
        using var run = new CliRun();
        WritePublishedStack(run, "stack");
        Assert.Equal(ExitCodes.Ok, run.Run("benchmark", "--data", "stack", "--published", Published, "--out", "all.csv"));
        Assert.Contains("for 2 councils (303, 311)", run.Out);
        var all = File.ReadAllLines(Path.Combine(run.Folder, "all.csv"));
        Assert.Equal("la_code,kpi_id,year,value,england,region,neighbours_mean,neighbours_n,rank,of,quartile,measure", all[0]);
        Assert.Equal(ExitCodes.Ok, run.Run("benchmark", "--data", "stack", "--published", Published, "--la", "311", "--out", "one.csv"));
        var one = File.ReadAllLines(Path.Combine(run.Folder, "one.csv"));
        Assert.StartsWith("kpi_id,", one[0]);
        Assert.Equal(one.Skip(1), all.Where(l => l.StartsWith("311,", StringComparison.Ordinal)).Select(l => l[4..]));
        // Public: the values pass disclosure control and the run record names every council compared.
        Assert.Equal(ExitCodes.Ok, run.Run("benchmark", "--data", "stack", "--published", Published, "--audience", "public", "--out", "public.csv"));
        Assert.EndsWith(",value_symbol", File.ReadAllLines(Path.Combine(run.Folder, "public.csv"))[0], StringComparison.Ordinal);
        Assert.Contains("\"303 311\"", File.ReadAllText(RunRecordBeside(Path.Combine(run.Folder, "public.csv"))), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, run.Run("benchmark", "--data", "stack", "--published", Published, "--la", "312"));
        Assert.Contains("--la 312 is not a council of the data: use one of 303, 311.", run.Error);
    }

    [Fact]
    public void Report_Stack_NeedsLa_ThenComparesWithTheOtherCouncils()
    {
        using var run = new CliRun();
        WritePublishedStack(run, "stack");
        Assert.Equal(ExitCodes.Usage, run.Run("report", "--data", "stack", "--out", "r.html"));
        Assert.Equal("csc-kpi: stack holds 2 councils (303, 311): pick the one to report with --la CODE.\n", run.Error);
        Assert.Equal(ExitCodes.Ok, run.Run("report", "--data", "stack", "--la", "311", "--published", Published, "--out", "r.html"));
        var html = File.ReadAllText(Path.Combine(run.Folder, "r.html"));
        Assert.Contains("Council 311 beside the 1 other councils of the data it was loaded from (303) in May 2017", html, StringComparison.Ordinal);
        Assert.Contains("statistical neighbours (", html, StringComparison.Ordinal); // the published comparison still there
        Assert.Equal(ExitCodes.Usage, run.Run("report", "--data", "stack", "--la", "E09000016", "--out", "r.html"));
        Assert.Contains("--la E09000016 is not a council of stack: use one of 303, 311.", run.Error);
    }

    [Fact]
    public void ChildByChildCommands_RefuseAStack()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run(["generate", "--out", "stack", "--councils", "2", .. Shape]));
        Assert.Equal(ExitCodes.Usage, run.Run("journeys", "--data", "stack", "--out", "j.csv"));
        Assert.Contains("stack holds 2 councils (001, 002); this command reads one council's data", run.Error);
    }
}
