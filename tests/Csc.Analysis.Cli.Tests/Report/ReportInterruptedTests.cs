using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Csc.Analysis.Cli.Tests.Kpis;
using Xunit.Abstractions;

namespace Csc.Analysis.Cli.Tests.Report;

/// <summary>
/// Issue 12's "killing a report run mid-write leaves the previous report byte-identical": csc-kpi run as a real process
/// over a report it is replacing, killed (with its process tree) before it writes, while its temporary file is being
/// written, and later. A stale temporary file is hidden and named <c>.report.html.RANDOM.tmp</c> (never like the
/// report, never *.html); the next run ignores it (it may be another run's, still writing) and replaces the report whole.
/// </summary>
public sealed partial class ReportInterruptedTests(ITestOutputHelper output)
{
    private static string Cli => Path.Combine(AppContext.BaseDirectory, "csc-kpi.dll");

    [GeneratedRegex(@"^\.report\.html\.[0-9a-f]{12}\.tmp$")]
    private static partial Regex TemporaryName();

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static Process Start(string folder, string data, string output)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var a in new[] { Cli, "report", "--data", data, "--out", output })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment.Remove("CI");
        psi.Environment.Remove("SOURCE_DATE_EPOCH");
        var p = Process.Start(psi)!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        return p;
    }

    private static List<string> Others(string outFolder)
        => [.. Directory.EnumerateFileSystemEntries(outFolder).Select(e => Path.GetFileName(e)).Where(n => n != "report.html").Order(StringComparer.Ordinal)];

    [Fact]
    public void KilledWhileReplacingAReport_ThePreviousReportIsByteIdenticalOrTheWholeNewOne()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("generate", "--scale", "3", "--out", "big"));
        var report = Path.Combine(run.Folder, "out", "report.html");
        Assert.Equal(0, run.Run("report", "--data", Repo.SampleFolder, "--out", "out/report.html"));
        var first = Hash(report);
        var firstBytes = File.ReadAllBytes(report);

        // Each attempt: kill after a delay, or the moment the temporary file appears (the write is under way).
        var attempts = new List<(string When, string Before, string After, bool SawTemporary)>();
        var caught = 0;
        foreach (var delay in new int?[] { 1500, null, null, 5000, null, null, null, null, null, null })
        {
            if (delay is null && caught >= 1)
            {
                continue;
            }
            // The previous report is the sample's each time, so a report left unchanged is told from a new one.
            File.WriteAllBytes(report, firstBytes);
            var previous = first;
            // Only this run's temporary file counts (an earlier kill may have left one).
            var earlier = Others(Path.GetDirectoryName(report)!).ToHashSet(StringComparer.Ordinal);
            bool Writing() => Others(Path.GetDirectoryName(report)!).Any(n => TemporaryName().IsMatch(n) && !earlier.Contains(n));
            using var p = Start(run.Folder, "big", "out/report.html");
            var watch = Stopwatch.StartNew();
            var sawTemporary = false;
            if (delay is { } ms)
            {
                p.WaitForExit(ms);
                sawTemporary = Writing();
            }
            else
            {
                while (!p.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
                {
                    if (Writing())
                    {
                        sawTemporary = true;
                        break;
                    }
                }
            }
            var exitedFirst = p.HasExited;
            p.Kill(entireProcessTree: true);
            Assert.True(p.WaitForExit(60_000), "csc-kpi did not stop after the kill");
            var after = Hash(report);
            caught += sawTemporary && !exitedFirst && after == previous ? 1 : 0;
            attempts.Add((delay is { } d ? $"{d} ms" : "at the temporary file", previous, after, sawTemporary && !exitedFirst));
            // Nothing beside the report but hidden temporary files, never named like it.
            Assert.All(Others(Path.GetDirectoryName(report)!), n => Assert.Matches(TemporaryName(), n));
        }
        Assert.True(caught >= 1, "no attempt killed csc-kpi while its temporary file was open: " + string.Join("; ", attempts));
        // A kill mid-write leaves its temporary file behind (hidden, named as above).
        Assert.NotEmpty(Others(Path.GetDirectoryName(report)!));

        // The next run ignores the stale temporary files and writes the whole new report.
        var stale = Others(Path.GetDirectoryName(report)!);
        using (var complete = Start(run.Folder, "big", "out/report.html"))
        {
            Assert.True(complete.WaitForExit(180_000), "csc-kpi did not finish in 3 minutes");
            Assert.Equal(0, complete.ExitCode);
        }
        var whole = Hash(report);
        Assert.NotEqual(first, whole);
        Assert.Equal(stale, Others(Path.GetDirectoryName(report)!));

        // Each kill left the report it found, or (killed after the move) the whole new one: never a part of either.
        foreach (var a in attempts)
        {
            Assert.True(a.After == a.Before || a.After == whole, $"killed {a.When}: the report is neither the previous one nor the whole new one");
        }
        output.WriteLine(string.Join("\n", attempts.Select(a => $"killed {a.When}: temporary file open {a.SawTemporary}, report {(a.After == a.Before ? "unchanged" : "the whole new one")}")));
        output.WriteLine($"stale temporary files after the kills: {stale.Count}");
        // A kill while the temporary file was being written kept the previous report.
        Assert.Contains(attempts, a => a.SawTemporary && a.After == a.Before);
    }
}
