using System.Globalization;

namespace Csc.Analysis.Statistics.Tests.Regression;

/// <summary>Reads the committed R reference CSVs from the source tree (found by walking up to Analysis.sln).</summary>
internal static class ReferenceFiles
{
    /// <summary>A path under tests/Csc.Analysis.Statistics.Tests.</summary>
    public static string Path(params string[] parts) => RepositoryPaths.Of(["tests", "Csc.Analysis.Statistics.Tests", .. parts]);

    /// <summary>Rows of a simple comma-separated file with a header (no quoting), as column → text.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(params string[] parts)
    {
        var lines = File.ReadAllLines(Path(parts)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l =>
        {
            var cells = l.Split(',');
            return (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2);
        })];
    }

    public static double D(string text) => text == "NA" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
