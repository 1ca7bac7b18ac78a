namespace Csc.Analysis.Cli.Tests.Hostile;

/// <summary>
/// The hostile copy of the sample (<see cref="HostileLabels"/>) in a temporary working folder, and every output the
/// CLI writes from it, each command run once with paths typed relative to that folder.
/// </summary>
public sealed class HostileTeamNameFixture : IDisposable
{
    /// <summary>The data folder as typed on the command lines.</summary>
    internal const string Data = "data";

    private readonly CliRun run = new();

    public HostileTeamNameFixture()
    {
        HostileLabels.WriteCopy(Path.Combine(run.Folder, Data));
        Report = Run("report", "--data", Data, "--out", "report.html", "--run-record", "report.run.json");
        PublicReport = Run("report", "--data", Data, "--audience", "public", "--out", "public/report.html");
        PowerBi = Run("export", "--data", Data, "--out", "powerbi", "--format", "powerbi", "--run-record", "powerbi.run.json");
        Excel = Run("export", "--data", Data, "--out", "excel", "--format", "excel");
        Parquet = Run("export", "--data", Data, "--out", "parquet", "--format", "parquet");
        Both = Run("export", "--data", Data, "--out", "both");
        PublicExport = Run("export", "--data", Data, "--out", "public-export", "--audience", "public");
    }

    /// <summary>The working folder (a machine path that no output may show).</summary>
    internal string Folder => run.Folder;

    internal CliOutcome Report { get; }

    internal CliOutcome PublicReport { get; }

    internal CliOutcome PowerBi { get; }

    internal CliOutcome Excel { get; }

    internal CliOutcome Parquet { get; }

    internal CliOutcome Both { get; }

    internal CliOutcome PublicExport { get; }

    /// <summary>A file under the working folder.</summary>
    internal string PathOf(string relative) => Path.Combine(run.Folder, relative);

    /// <summary>The text of a file under the working folder.</summary>
    internal string Text(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose() => run.Dispose();

    private CliOutcome Run(params string[] args)
    {
        var code = run.Run(args);
        return new CliOutcome(code, run.Out, run.Error);
    }
}
