namespace Csc.Analysis.Cli.Tests.Matrix;

/// <summary>
/// Two councils made by <c>csc-kpi generate</c> into a temporary folder, neither with a
/// <c>kpi-config.json</c>: seed 7 over the default 38 months, and seed 7 over 13 months (May 2016 to May 2017).
/// </summary>
public sealed class GeneratedCouncilsFixture : IDisposable
{
    private readonly CliRun _run = new();

    public GeneratedCouncilsFixture()
    {
        Full = Generate("seed7", "--seed", "7");
        ThirteenMonths = Generate("seed7-13m", "--seed", "7", "--from", "2016-05", "--to", "2017-05");
    }

    /// <summary>Seed 7, April 2014 to May 2017.</summary>
    public string Full { get; }

    /// <summary>Seed 7, May 2016 to May 2017: too short for seasonal patterns and forecasts.</summary>
    public string ThirteenMonths { get; }

    private string Generate(string name, params string[] args)
    {
        var folder = Path.Combine(_run.Folder, name);
        var code = _run.Run(["generate", "--out", folder, .. args]);
        if (code != 0)
        {
            throw new InvalidOperationException($"generate {string.Join(' ', args)} exited {code}: {_run.Error}");
        }
        if (File.Exists(Path.Combine(folder, "kpi-config.json")))
        {
            throw new InvalidOperationException("generate wrote a kpi-config.json; the matrix needs a council without one.");
        }
        return folder;
    }

    public void Dispose() => _run.Dispose();
}
