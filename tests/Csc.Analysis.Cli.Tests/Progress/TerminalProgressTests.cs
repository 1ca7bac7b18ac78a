using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Csc.Analysis.Cli.Tests.Progress;

/// <summary>
/// The progress display as a person sees it: csc-kpi run as a process under a pseudo-terminal (util-linux
/// <c>script</c>, part of every Debian system) draws a live display; under CI it prints plain lines; redirected, nothing.
/// </summary>
public sealed partial class TerminalProgressTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "csc-progress-" + Guid.NewGuid().ToString("N"));

    public TerminalProgressTests() => Directory.CreateDirectory(folder);

    /// <summary>The sequence a live display starts with (.NET itself writes other sequences to any terminal).</summary>
    private const string HideCursor = "\u001b[?25l";

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "csc-kpi.dll");

    [Fact]
    public void GenerateAndKpis_ShowProgressInATerminal_PlainLinesUnderCi_NothingWhenRedirected()
    {
        var data = Path.Combine(folder, "data");
        var generate = UnderTerminal(ci: false, "generate", "--scale", "3", "--out", data);
        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("Generating 3 unit(s) as canonical", generate.Output, StringComparison.Ordinal);
        Assert.Contains("100%", generate.Output, StringComparison.Ordinal);
        Assert.Contains(HideCursor, generate.Output, StringComparison.Ordinal); // a live display, drawn with terminal control sequences

        var kpis = UnderTerminal(ci: false, "kpis", "--data", data, "--out", Path.Combine(folder, "kpis.csv"));
        Assert.Equal(0, kpis.ExitCode);
        Assert.Contains("Loading " + data, kpis.Output, StringComparison.Ordinal);
        Assert.Contains("Calculating KPIs", kpis.Output, StringComparison.Ordinal);
        Assert.Matches(ElapsedClock(), kpis.Output);

        var ci = UnderTerminal(ci: true, "kpis", "--data", data, "--out", Path.Combine(folder, "kpis-ci.csv"));
        Assert.Equal(0, ci.ExitCode);
        Assert.DoesNotContain(HideCursor, ci.Output, StringComparison.Ordinal);
        Assert.Matches(PlainLine("Calculating KPIs"), ci.Output);

        var redirected = Redirected("kpis", "--data", data, "--out", Path.Combine(folder, "kpis-redirected.csv"));
        Assert.Equal(0, redirected.ExitCode);
        Assert.DoesNotContain("\u001b[", redirected.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(PlainLine("Calculating KPIs"), redirected.Error);
        Assert.DoesNotMatch(ElapsedClock(), redirected.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "kpis.csv")), File.ReadAllBytes(Path.Combine(folder, "kpis-redirected.csv")));
    }

    [GeneratedRegex(@"\d\d:\d\d:\d\d")]
    private static partial Regex ElapsedClock();

    private static Regex PlainLine(string stage) => new($"(?m)^{Regex.Escape(stage)}: \\d+\\.\\d s\\r?$");

    private static (int ExitCode, string Output) UnderTerminal(bool ci, params string[] args)
    {
        var command = "dotnet " + string.Join(' ', new[] { Cli }.Concat(args).Select(Quote));
        var psi = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-qefc", command, "/dev/null" })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["TERM"] = "xterm-256color";
        psi.Environment["COLUMNS"] = "120";
        psi.Environment.Remove("CI");
        if (ci)
        {
            psi.Environment["CI"] = "true";
        }
        var (code, output, error) = Run(psi);
        return (code, output + error);
    }

    private static (int ExitCode, string Output, string Error) Redirected(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Cli);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment.Remove("CI");
        return Run(psi);
    }

    private static (int ExitCode, string Output, string Error) Run(ProcessStartInfo psi)
    {
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{psi.FileName} {string.Join(' ', psi.ArgumentList)} did not finish in 3 minutes.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
