using System.Diagnostics;
using System.IO.Compression;

namespace Csc.Analysis.Cli.Tests.Workspace;

/// <summary>
/// The README's install works: <c>dotnet pack</c> of the CLI gives a .NET tool package carrying the bundled sample and
/// the published figures, <c>dotnet tool install --add-source</c> installs it, and the installed <c>csc-kpi report</c>
/// writes the monthly report from a folder outside the repository.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "csc-tool-" + Guid.NewGuid().ToString("N"));

    public ToolPackageTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void PackedTool_Installs_AndRunsTheReportOnTheBundledSample_FromAnyFolder()
    {
        var packages = Path.Combine(folder, "packages");
        // --no-build: the test run has built the CLI (Debug) already.
        Run(RepositoryPaths.Root, "dotnet", "pack", RepositoryPaths.Of("src", "Csc.Analysis.Cli"), "-c", "Debug", "--no-build", "-o", packages, "--nologo", "-v", "q");
        var package = Assert.Single(Directory.GetFiles(packages, "csc-kpi.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains(names, n => n.EndsWith("/data-samples/havering-like/referrals.csv", StringComparison.Ordinal));
            Assert.Contains(names, n => n.EndsWith("/published/dfe-lait/bds_long_0.parquet", StringComparison.Ordinal));
            Assert.Contains(names, n => n.EndsWith("/csc-kpi.dll", StringComparison.Ordinal));
        }

        var tools = Path.Combine(folder, "tools");
        var version = Path.GetFileNameWithoutExtension(package)["csc-kpi.".Length..];
        Run(folder, "dotnet", "tool", "install", "csc-kpi", "--tool-path", tools, "--add-source", packages, "--version", version);

        var anywhere = Directory.CreateDirectory(Path.Combine(folder, "anywhere")).FullName;
        var (_, output) = Run(anywhere, Path.Combine(tools, "csc-kpi"), "report", "--out", "report.html", "--progress", "none");
        Assert.Contains("report.html", output, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(anywhere, "report.html"));
        Assert.Contains("data-samples/havering-like", page, StringComparison.Ordinal);
        Assert.Contains("How we compare", page, StringComparison.Ordinal);
        Assert.DoesNotContain(folder, page, StringComparison.Ordinal); // no machine path of the install in the page
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish in 5 minutes.");
        }
        var text = output.Result + error.Result;
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{text}");
        return (process.ExitCode, text);
    }

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
