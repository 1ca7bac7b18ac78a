using System.Globalization;

namespace Csc.Analysis.Statistics.Tests.Reference;

/// <summary>
/// Reads the reference CSV files produced by generate_stl.R and generate_stl_statsmodels.py (copied to the test output folder).
/// Empty cells mean "not given" (arguments) or NA (components).
/// </summary>
internal static class ReferenceData
{
    private static readonly Lazy<Dictionary<string, (int Period, double[] Values)>> SeriesTable = new(LoadSeries);

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", file);

    /// <summary>Rows of a CSV file as dictionaries keyed by the header names.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split(',');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = cells[i];
            }
            return (IReadOnlyDictionary<string, string>)row;
        }).ToArray();
    }

    public static (int Period, double[] Values) Series(string name) => SeriesTable.Value[name];

    public static double Number(string cell) => cell.Length == 0 ? double.NaN : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int? OptionalInt(string cell) => cell.Length == 0 ? null : int.Parse(cell, CultureInfo.InvariantCulture);

    public static int Int(string cell) => int.Parse(cell, CultureInfo.InvariantCulture);

    /// <summary>The component columns of one case, in index order.</summary>
    public static Dictionary<string, double[]> Components(string file, string caseName, params string[] columns)
    {
        var rows = Rows(file).Where(r => r["case"] == caseName).OrderBy(r => Int(r["index"])).ToArray();
        return columns.ToDictionary(c => c, c => rows.Select(r => Number(r[c])).ToArray());
    }

    public static TheoryData<string> CaseNames(string file)
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows(file))
        {
            data.Add(row["case"]);
        }
        return data;
    }

    /// <summary>Asserts equal length and |expected − actual| ≤ tolerance everywhere (NaN must match NaN), naming the first bad index.</summary>
    public static void AssertClose(double[] expected, double[] actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]) || double.IsNaN(actual[i]))
            {
                Assert.True(double.IsNaN(expected[i]) && double.IsNaN(actual[i]), $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
                continue;
            }
            var difference = Math.Abs(expected[i] - actual[i]);
            Assert.True(difference <= tolerance, $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (difference {difference:R})");
        }
    }

    private static Dictionary<string, (int Period, double[] Values)> LoadSeries()
        => Rows("series.csv")
            .GroupBy(r => r["series"])
            .ToDictionary(g => g.Key, g => (Int(g.First()["period"]), g.OrderBy(r => Int(r["index"])).Select(r => Number(r["value"])).ToArray()));
}
