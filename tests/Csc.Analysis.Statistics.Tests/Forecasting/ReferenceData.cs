using System.Globalization;

namespace Csc.Analysis.Statistics.Tests.Forecasting;

/// <summary>
/// Reads the R reference CSVs copied to the test output (Reference/Forecasting, produced by
/// <c>Rscript make_reference.R</c> in that folder with R 4.2 and forecast 8.20).
/// </summary>
internal static class ReferenceData
{
    private static string PathOf(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Reference", "Forecasting", file);

    public static double[] Series(string name) => Column($"series_{name}.csv", "value");

    public static double[] Column(string file, string column)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index >= 0, $"{file} has no column {column}");
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => double.Parse(l.Split(',')[index], CultureInfo.InvariantCulture)).ToArray();
    }

    public static bool HasColumn(string file, string column) =>
        File.ReadLines(PathOf(file)).First().Split(',').Contains(column);

    public static Dictionary<string, double> NamedValues(string file) =>
        File.ReadAllLines(PathOf(file)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    public static string[][] Rows(string file) =>
        File.ReadAllLines(PathOf(file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();

    /// <summary>Asserts |actual − expected| ≤ 1e-9 · max(1, |expected|).</summary>
    public static void Close(double expected, double actual, string what, double tolerance = 1e-9)
    {
        var allowed = tolerance * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(actual - expected) <= allowed,
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)} (difference {Math.Abs(actual - expected):E3}, allowed {allowed:E3})");
    }
}
