using System.Reflection;
using System.Xml.Linq;

namespace Csc.Analysis.Cli.Tests.Architecture;

/// <summary>
/// No package sits in a project unused: every package a src project references is an assembly its compiled
/// code references (so a package is referenced by the project that uses it, not by one below it), and every
/// package version in Directory.Packages.props is referenced by some project.
/// </summary>
public sealed class PackageUseTests
{
    private static readonly Dictionary<string, Assembly> Projects = new()
    {
        ["Csc.Analysis.Statistics"] = typeof(Csc.Analysis.Statistics.Survival.KaplanMeier).Assembly,
        ["Csc.Analysis"] = typeof(Csc.Analysis.Domain.CaseData).Assembly,
        ["Csc.Analysis.Data"] = typeof(Csc.Analysis.Data.Loading.CaseDataLoader).Assembly,
        ["Csc.Analysis.Reporting"] = typeof(Csc.Analysis.Reporting.MonthlyReport.MonthlyKpiReport).Assembly,
        ["Csc.Analysis.Interactive"] = typeof(Csc.Analysis.Interactive.CscKernel).Assembly,
        ["Csc.Analysis.Cli"] = typeof(Csc.Analysis.Cli.CliApp).Assembly,
    };

    /// <summary>The assembly a package brings, where its name differs from the package's.</summary>
    private static readonly Dictionary<string, string> AssemblyOf = new(StringComparer.Ordinal)
    {
        ["Parquet.Net"] = "Parquet",
        ["DuckDB.NET.Data.Full"] = "DuckDB.NET.Data",
    };

    /// <summary>
    /// Packages referenced only to pin a dependency's version: FSharp.Core at the version Plotly.NET and Deedle
    /// need, above the one .NET Interactive brings (README, "FSharp.Core").
    /// </summary>
    private static readonly HashSet<string> VersionPins = new(StringComparer.Ordinal) { "FSharp.Core" };

    private static IEnumerable<string> PackagesOf(string projectFile)
        => XDocument.Load(projectFile).Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!);

    [Fact]
    public void EverySrcPackage_IsUsedByTheCompiledProject()
    {
        var root = RepositoryRoot();
        var unused = new List<string>();
        foreach (var (project, assembly) in Projects)
        {
            var referenced = assembly.GetReferencedAssemblies().Select(r => r.Name!).ToHashSet(StringComparer.Ordinal);
            foreach (var package in PackagesOf(Path.Combine(root, "src", project, project + ".csproj")))
            {
                var name = AssemblyOf.GetValueOrDefault(package, package);
                if (!referenced.Contains(name) && !VersionPins.Contains(package))
                {
                    unused.Add($"{project} references the package {package} but its code does not use {name}");
                }
            }
        }
        Assert.True(unused.Count == 0, string.Join("\n", unused));
    }

    [Fact]
    public void EveryCentralVersion_IsReferencedBySomeProject()
    {
        var root = RepositoryRoot();
        var versions = XDocument.Load(Path.Combine(root, "Directory.Packages.props")).Descendants("PackageVersion").Select(e => (string)e.Attribute("Include")!);
        var referenced = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(PackagesOf)
            .Concat(PackagesOf(Path.Combine(root, "Directory.Build.props")))
            .ToHashSet(StringComparer.Ordinal);
        var orphans = versions.Where(v => !referenced.Contains(v)).ToList();
        Assert.True(orphans.Count == 0, $"Directory.Packages.props pins packages no project references: {string.Join(", ", orphans)}");
    }

    private static string RepositoryRoot() => RepositoryPaths.Root;
}
