using System.Globalization;
using Csc.Analysis.Benchmarking;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;
using Parquet;
using Parquet.Schema;

namespace Csc.Analysis.Data.Benchmarking;

/// <summary>
/// Reads the DfE Local Authority Interactive Tool files (published/dfe-lait in the repository, see its README):
/// the long extract <c>bds_long_0.parquet</c> with Parquet.Net, the data dictionary (<c>lait_data_dictionary*.csv</c>)
/// for each measure's polarity, and the statistical neighbours (<c>sn_*.xlsx</c>, sheet <c>LA SN Groups</c>) with the
/// Open XML SDK. A missing or unreadable file is a <see cref="DataLoadException"/> naming it.
/// </summary>
public static class PublishedFiguresLoader
{
    /// <summary>The extract's file name.</summary>
    public const string ExtractFile = "bds_long_0.parquet";

    /// <summary>The bundled copy, relative to the repository root.</summary>
    public const string BundledFolder = "published/dfe-lait";

    /// <summary>The file at the root of a checkout of the kit.</summary>
    public const string SolutionFile = "Analysis.sln";

    /// <summary>
    /// The bundled published figures, looked for from each of <paramref name="starts"/> in turn (a folder, or a file
    /// whose folder is used): <see cref="BundledFolder"/> under the start itself, else under the nearest parent folder
    /// holding <see cref="SolutionFile"/> (the repository root). Null when none finds it. The <c>benchmark</c> and
    /// <c>report</c> commands and the notebooks use this when no folder is given.
    /// </summary>
    public static string? FindBundled(params string?[] starts)
    {
        ArgumentNullException.ThrowIfNull(starts);
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start))
            {
                continue;
            }
            var folder = Directory.Exists(start) ? start : Path.GetDirectoryName(Path.GetFullPath(start));
            if (folder is null || !Directory.Exists(folder))
            {
                continue;
            }
            var here = Path.Combine(folder, BundledFolder);
            if (Directory.Exists(here))
            {
                return here;
            }
            if (RepositoryRoot(folder) is { } root && Directory.Exists(Path.Combine(root, BundledFolder)))
            {
                return Path.Combine(root, BundledFolder);
            }
        }
        return null;
    }

    /// <summary>The folder holding <see cref="SolutionFile"/>: <paramref name="start"/> or its nearest parent; null when there is none.</summary>
    public static string? RepositoryRoot(string start)
    {
        ArgumentException.ThrowIfNullOrEmpty(start);
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    private static readonly string[] Columns = ["Short Desc", "Years", "LA and Regions", "Values", "LA Number", "Region"];

    /// <summary>Reads the three files from <paramref name="folder"/>.</summary>
    public static PublishedFigures Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataLoadException($"The published figures folder '{folder}' does not exist: it should hold {ExtractFile}, the LAIT data dictionary (.csv) and the statistical neighbours (sn_*.xlsx).");
        }
        var extract = Path.Combine(folder, ExtractFile);
        var dictionary = Single(folder, "lait_data_dictionary*.csv", "the LAIT data dictionary");
        var neighbours = Single(folder, "sn_*.xlsx", "the statistical neighbours workbook");
        var (values, areas) = ReadExtract(extract);
        return new PublishedFigures(values, areas, ReadNeighbours(neighbours), ReadPolarity(dictionary));
    }

    private static string Single(string folder, string pattern, string what)
    {
        var found = Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new DataLoadException($"'{folder}' has no {pattern} ({what})."),
            _ => throw new DataLoadException($"'{folder}' has {found.Count} files matching {pattern} ({what}): keep one."),
        };
    }

    /// <summary>The published values (years that are a plain year number only) and the areas named in the extract.</summary>
    internal static (List<PublishedValue> Values, List<PublishedArea> Areas) ReadExtract(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataLoadException($"The LAIT extract '{path}' does not exist.");
        }
        try
        {
            return ReadExtractAsync(path).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or IndexOutOfRangeException or ArgumentException)
        {
            throw new DataLoadException($"The LAIT extract '{path}' cannot be read as Parquet: {ex.Message}");
        }
    }

    private static async ValueTask<(List<PublishedValue>, List<PublishedArea>)> ReadExtractAsync(string path)
    {
        using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        var fields = reader.Schema.GetDataFields();
        var byName = new Dictionary<string, DataField>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            byName.TryAdd(f.Name, f);
        }
        var absent = Columns.Where(c => !byName.ContainsKey(c)).ToList();
        if (absent.Count > 0)
        {
            throw new DataLoadException($"The LAIT extract '{path}' has no column {string.Join(", ", absent)}: expected {string.Join(", ", Columns)}.");
        }
        var values = new List<PublishedValue>();
        var names = new Dictionary<int, (string Name, string? Region)>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pool(string s) => strings.TryGetValue(s, out var k) ? k : strings[s] = s;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var measure = await Text(group, byName["Short Desc"], n).ConfigureAwait(false);
            var years = await Text(group, byName["Years"], n).ConfigureAwait(false);
            var area = await Text(group, byName["LA and Regions"], n).ConfigureAwait(false);
            var value = await Text(group, byName["Values"], n).ConfigureAwait(false);
            var region = await Text(group, byName["Region"], n).ConfigureAwait(false);
            var number = new double?[n];
            await group.ReadAsync<double>(byName["LA Number"], number.AsMemory()).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                if (number[i] is not { } la || measure[i] is not { } m
                    || !int.TryParse(years[i], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    continue;
                }
                var code = (int)la;
                if (!names.ContainsKey(code) && area[i] is { } name)
                {
                    names[code] = (name, region[i] is { } r && r != "NA" ? r : null);
                }
                // Values are text written from binary floats ("82.300000000000011"): 15 significant digits give the published figure (82.3).
                double? v = double.TryParse(value[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                    ? double.Parse(d.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                    : null;
                values.Add(new PublishedValue { Measure = Pool(m), Year = year, Area = code, Value = v });
            }
        }
        return (values, Areas(names));
    }

    private static async ValueTask<string?[]> Text(ParquetRowGroupReader group, DataField field, int n)
    {
        var text = new string?[n];
        await group.ReadAsync(field, text.AsMemory()).ConfigureAwait(false);
        return text;
    }

    /// <summary>England (970), regions (980 to 990) and councils, each council with its region (a London borough's "Inner/Outer London" is London).</summary>
    private static List<PublishedArea> Areas(Dictionary<int, (string Name, string? Region)> names)
    {
        var regionByName = names.Where(kv => kv.Key is >= 980 and <= 990)
            .GroupBy(kv => kv.Value.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
        var areas = new List<PublishedArea>();
        foreach (var (code, (name, region)) in names.OrderBy(kv => kv.Key))
        {
            var kind = code == PublishedFigures.EnglandNumber ? AreaKind.England : code is >= 980 and <= 990 ? AreaKind.Region : AreaKind.Council;
            var regionName = region is "Inner London" or "Outer London" ? "London" : region;
            int? regionNumber = kind == AreaKind.Council && regionName is not null && regionByName.TryGetValue(regionName, out var rn) ? rn : null;
            areas.Add(new PublishedArea { Number = code, Name = name, Kind = kind, RegionNumber = regionNumber });
        }
        return areas;
    }

    /// <summary>Each measure's polarity from the dictionary: High, Low, anything else none (the first row of a repeated measure wins).</summary>
    internal static Dictionary<string, MeasurePolarity?> ReadPolarity(string path)
    {
        var polarity = new Dictionary<string, MeasurePolarity?>(StringComparer.Ordinal);
        try
        {
            using var csv = CsvInput.Open(path);
            if (!csv.Read())
            {
                throw new DataLoadException($"The LAIT data dictionary '{path}' is empty.");
            }
            var header = csv.Fields();
            var measure = Array.IndexOf(header, "Measure_short");
            var pol = Array.IndexOf(header, "Polarity");
            if (measure < 0 || pol < 0)
            {
                throw new DataLoadException($"The LAIT data dictionary '{path}' has no Measure_short or Polarity column.");
            }
            while (csv.Read())
            {
                if (csv.Count <= Math.Max(measure, pol))
                {
                    continue;
                }
                var m = csv.Text(measure).Trim();
                MeasurePolarity? p = csv.Text(pol).Trim() switch
                {
                    "High" => MeasurePolarity.HigherIsBetter,
                    "Low" => MeasurePolarity.LowerIsBetter,
                    _ => null,
                };
                if (m.Length > 0)
                {
                    polarity.TryAdd(m, p);
                }
            }
        }
        catch (IOException ex)
        {
            throw new DataLoadException($"The LAIT data dictionary '{path}' cannot be read: {ex.Message}");
        }
        return polarity;
    }

    /// <summary>Each council's neighbours (SN1 to SN10, DfE numbers) from the sheet "LA SN Groups" (the header is the row with "SN1").</summary>
    internal static Dictionary<int, IReadOnlyList<int>> ReadNeighbours(string path)
    {
        var neighbours = new Dictionary<int, IReadOnlyList<int>>();
        try
        {
            if (XlsxGuard.Refusal(path) is { } refusal)
            {
                throw new DataLoadException($"The statistical neighbours workbook '{path}': {refusal}");
            }
            using var book = XlsxWorkbook.Open(path);
            var sheet = book.SheetNames.FirstOrDefault(s => s.Equals("LA SN Groups", StringComparison.OrdinalIgnoreCase))
                ?? throw new DataLoadException($"The statistical neighbours workbook '{path}' has no sheet 'LA SN Groups'.");
            int[]? sn = null;
            var la = -1;
            foreach (var row in book.Rows(sheet))
            {
                if (sn is null)
                {
                    var labels = row.Cells.Select(c => c.Text?.Trim() ?? string.Empty).ToList();
                    var first = labels.FindIndex(l => l.Equals("SN1", StringComparison.OrdinalIgnoreCase));
                    if (first < 0)
                    {
                        continue;
                    }
                    sn = [.. Enumerable.Range(1, 10).Select(k => labels.FindIndex(l => l.Equals(string.Create(CultureInfo.InvariantCulture, $"SN{k}"), StringComparison.OrdinalIgnoreCase)))];
                    la = labels.FindIndex(l => l.Equals("LA number", StringComparison.OrdinalIgnoreCase));
                    la = la >= 0 ? la : labels.FindIndex(l => l.Equals("LA num", StringComparison.OrdinalIgnoreCase));
                    if (la < 0 || sn.Any(i => i < 0))
                    {
                        throw new DataLoadException($"The statistical neighbours sheet in '{path}' needs the columns LA number and SN1 to SN10 (row {row.Line}).");
                    }
                    continue;
                }
                if (Number(row[la]) is not { } council)
                {
                    continue;
                }
                var list = sn.Select(i => Number(row[i])).OfType<int>().ToList();
                if (list.Count > 0)
                {
                    neighbours.TryAdd(council, list);
                }
            }
            if (sn is null)
            {
                throw new DataLoadException($"The statistical neighbours sheet in '{path}' has no header row with SN1.");
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new DataLoadException($"The statistical neighbours workbook '{path}' cannot be read: {ex.Message}");
        }
        return neighbours;
    }

    private static int? Number(AnnexCell cell)
    {
        if (cell.Number is { } d && d == Math.Floor(d) && d is > 0 and < 100000)
        {
            return (int)d;
        }
        return int.TryParse(cell.Text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
