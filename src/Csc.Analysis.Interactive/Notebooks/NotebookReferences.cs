using System.Reflection;
using System.Text.RegularExpressions;

namespace Csc.Analysis.Interactive.Notebooks;

/// <summary>
/// Makes a notebook's <c>#r "path.dll"</c> lines work in the kit's in-process runner: a reference
/// to an assembly the runner has already loaded (the kit, Plotly.NET, Deedle, ...) is pointed at
/// the loaded file, so the notebook's artifacts path need not exist (an installed csc-kpi tool
/// has no artifacts folder) and no second copy is loaded; other relative paths are made absolute
/// from the notebook's folder, as the official kernel does in VS Code.
/// </summary>
public static partial class NotebookReferences
{
    [GeneratedRegex("^(?<lead>\\s*#r\\s+)\"(?<path>[^\"]+\\.dll)\"(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DllReference();

    /// <summary>Anchor types whose assemblies the runner preloads into every kernel.</summary>
    internal static readonly Type[] KitAnchors =
    [
        typeof(Csc.Analysis.Domain.DataIssue),
        typeof(Csc.Analysis.Data.Loading.CaseDataLoader),
        typeof(Csc.Analysis.Reporting.Html.HtmlPageBuilder),
        typeof(CscKernel),
        typeof(Plotly.NET.GenericChart),
        typeof(Plotly.NET.CSharp.Chart),
        typeof(DynamicObj.DynamicObj),
        typeof(Microsoft.FSharp.Core.FSharpOption<>),
        typeof(Deedle.Frame),
        typeof(Microsoft.Data.Analysis.DataFrame),
    ];

    /// <summary>The files of the kit's assemblies and their main dependencies (plus Csc.Analysis.Statistics when loaded).</summary>
    public static IReadOnlyList<string> KitAssemblyFiles()
    {
        var files = KitAnchors.Select(t => t.Assembly)
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Csc.Analysis", StringComparison.Ordinal) == true))
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .Select(a => a.Location)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files;
    }

    /// <summary>Rewrites the #r lines of one cell.</summary>
    public static string Rewrite(string code, string notebookDirectory)
    {
        ArgumentNullException.ThrowIfNull(code);
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .GroupBy(a => Path.GetFileName(a.Location), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Location, StringComparer.OrdinalIgnoreCase);
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = DllReference().Match(lines[i].TrimEnd('\r'));
            if (!m.Success)
            {
                continue;
            }
            var path = m.Groups["path"].Value;
            string target;
            if (loaded.TryGetValue(Path.GetFileName(path.Replace('\\', '/')), out var location))
            {
                target = location;
            }
            else if (Path.IsPathRooted(path))
            {
                continue;
            }
            else
            {
                target = Path.GetFullPath(path, notebookDirectory);
            }
            var cr = lines[i].EndsWith('\r') ? "\r" : string.Empty;
            lines[i] = $"{m.Groups["lead"].Value}\"{target}\"{m.Groups["rest"].Value}{cr}";
        }
        return string.Join('\n', lines);
    }

    /// <summary>The assembly a file name belongs to, when loaded (for messages).</summary>
    internal static Assembly? LoadedAssembly(string fileName) =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && string.Equals(Path.GetFileName(a.Location), fileName, StringComparison.OrdinalIgnoreCase));
}
