using System.Reflection;
using System.Xml.Linq;

namespace Csc.Analysis.Cli.Tests.Architecture;

/// <summary>
/// Locks the layers: Statistics ← Analysis ← Data / Reporting ← Interactive / Cli. An arrow may skip
/// layers downwards (Data may use Statistics) but never point up or sideways: Data and Reporting do
/// not know each other, nothing references the CLI, and only Interactive touches .NET Interactive.
/// Checked twice: on the compiled assemblies (what the code really uses) and on the project files
/// (so an unused reference cannot sit there waiting to be used).
/// </summary>
public sealed class LayeringTests
{
    private const string Statistics = "Csc.Analysis.Statistics";
    private const string Core = "Csc.Analysis";
    private const string Data = "Csc.Analysis.Data";
    private const string Reporting = "Csc.Analysis.Reporting";
    private const string Interactive = "Csc.Analysis.Interactive";
    private const string Cli = "Csc.Analysis.Cli";

    /// <summary>Each project and the kit projects it may reference.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Statistics] = [],
        [Core] = [Statistics],
        [Data] = [Core, Statistics],
        [Reporting] = [Core, Statistics],
        [Interactive] = [Data, Reporting, Core, Statistics],
        [Cli] = [Interactive, Data, Reporting, Core, Statistics],
    };

    /// <summary>The assembly each project builds (the CLI's is named after its command).</summary>
    private static readonly Dictionary<string, Assembly> Assemblies = new()
    {
        [Statistics] = typeof(Csc.Analysis.Statistics.Survival.KaplanMeier).Assembly,
        [Core] = typeof(Csc.Analysis.Domain.CaseData).Assembly,
        [Data] = typeof(Csc.Analysis.Data.Loading.CaseDataLoader).Assembly,
        [Reporting] = typeof(Csc.Analysis.Reporting.MonthlyReport.MonthlyKpiReport).Assembly,
        [Interactive] = typeof(Csc.Analysis.Interactive.CscKernel).Assembly,
        [Cli] = typeof(Csc.Analysis.Cli.CliApp).Assembly,
    };

    private static string ProjectOf(string assemblyName) =>
        Assemblies.Single(a => a.Value.GetName().Name == assemblyName).Key;

    private static bool IsKit(string assemblyName) => Assemblies.Values.Any(a => a.GetName().Name == assemblyName);

    private static bool IsDotNetInteractive(string name) => name.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal);

    [Fact]
    public void Compiled_assemblies_reference_only_lower_layers()
    {
        var wrong = new List<string>();
        foreach (var (project, assembly) in Assemblies)
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Select(r => r.Name!))
            {
                if (IsKit(reference) && !Allowed[project].Contains(ProjectOf(reference)))
                {
                    wrong.Add($"{project} -> {ProjectOf(reference)}");
                }
                if (IsDotNetInteractive(reference) && project != Interactive)
                {
                    wrong.Add($"{project} -> {reference}");
                }
            }
        }
        Assert.True(wrong.Count == 0, "References outside Statistics <- Analysis <- Data/Reporting <- Interactive/Cli: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Project_files_reference_only_lower_layers()
    {
        var wrong = new List<string>();
        foreach (var project in Allowed.Keys)
        {
            var file = Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");
            var xml = XDocument.Load(file);
            foreach (var include in xml.Descendants("ProjectReference").Select(e => (string)e.Attribute("Include")!))
            {
                var referenced = Path.GetFileNameWithoutExtension(include);
                if (!Allowed[project].Contains(referenced))
                {
                    wrong.Add($"{project} -> {referenced}");
                }
            }
            foreach (var package in xml.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!))
            {
                if (IsDotNetInteractive(package) && project != Interactive)
                {
                    wrong.Add($"{project} -> {package}");
                }
            }
        }
        Assert.True(wrong.Count == 0, "Project references outside Statistics <- Analysis <- Data/Reporting <- Interactive/Cli: " + string.Join(", ", wrong));
    }

    [Fact]
    public void The_cli_uses_interactive_only_for_the_notebook_commands()
    {
        var cli = Path.Combine(RepositoryRoot(), "src", Cli);
        var users = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Csc.Analysis.Interactive", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(cli, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["Commands/NotebookCommand.cs"], users);
    }

    [Fact]
    public void Every_src_project_is_covered()
    {
        var projects = Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "src"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), projects);
    }

    private static string RepositoryRoot() => RepositoryPaths.Root;
}
