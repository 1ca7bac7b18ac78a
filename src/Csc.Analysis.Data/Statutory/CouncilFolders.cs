using Csc.Analysis.Csv;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// A regional stack of statutory CSV files (SSDA903 tables, Annex A lists) whose rows carry their council in a column,
/// as regional platforms produce them: the column is <c>la_code</c>, <c>LA</c>, <c>LA_CODE</c>, <c>LA_NUMBER</c> or
/// <c>LEA</c> (any case; see <see cref="Names"/>), holding a DfE number or an ONS code. <see cref="Load"/> splits every
/// file once, row by row, into one folder per council (the same file names, the council column left out), loads each
/// folder with the format's own loader, tags each council's rows with its code and joins the councils: the work is one
/// pass over the rows plus one load of each council's rows, linear in the stack. Issues name the original file and line.
/// </summary>
internal static class CouncilFolders
{
    /// <summary>The council column's accepted names (compared after <see cref="StatutoryValues.NormaliseLabel"/>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["la_code", "LA_NUMBER", "LEA"];

    // How many rows (titles) may stand above the header row that names the council column.
    private const int MaxRowsAboveHeader = 10;

    private static readonly HashSet<string> Normalised = [.. Names.Select(StatutoryValues.NormaliseLabel)];

    /// <summary>The index of the council column in <paramref name="header"/>, or -1.</summary>
    public static int IndexIn(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (Normalised.Contains(StatutoryValues.NormaliseLabel(header[i])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when a file of <paramref name="files"/> has a council column in its header (or a row above the header's place).</summary>
    public static bool AnyStacked(IReadOnlyList<string> files) => files.Any(HasCouncilColumn);

    /// <summary>
    /// Loads the stack: splits <paramref name="files"/> by council, loads each council's folder with <paramref name="loadFolder"/>
    /// and joins the results. A file without the council column is a warning and is not read (its rows belong to no council);
    /// a row whose council is blank or not a code is an error on that row.
    /// </summary>
    public static LoadResult Load(IReadOnlyList<string> files, DataFormat format, Func<string, LoadResult> loadFolder)
    {
        var root = Path.Combine(Path.GetTempPath(), "csc-stack-" + Guid.NewGuid().ToString("N"));
        var issues = new IssueCollector();
        var originals = new List<SourceFile>();
        var maps = new Dictionary<(CouncilCode, string), LineMap>();
        var councils = new SortedDictionary<string, CouncilCode>(StringComparer.Ordinal);
        try
        {
            foreach (var file in files)
            {
                originals.Add(Split(file, root, issues, maps, councils));
            }
            var results = new List<(CouncilCode Code, LoadResult Result)>();
            foreach (var code in councils.Values)
            {
                results.Add((code, loadFolder(Path.Combine(root, code.Value))));
            }
            var folderName = files.Count > 0 ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(files[0]))) ?? string.Empty : string.Empty;
            var all = new List<DataIssue>(issues.Issues);
            foreach (var (code, result) in results)
            {
                foreach (var i in result.Issues)
                {
                    var line = i.Line is { } l && maps.TryGetValue((code, i.File), out var map) ? map.Original(l) : i.Line;
                    // An issue about a council's copy of the folder as a whole names the stack's folder.
                    var file = i.File == code.Value ? folderName : i.File;
                    all.Add(i with { File = file, Line = line, Reason = $"{i.Reason} (council {code})" });
                }
            }
            var data = CouncilPartition.Join([.. results.Select(r => CouncilPartition.Tag(r.Result.Data, r.Code))]);
            return new LoadResult(format, data, all, originals);
        }
        finally
        {
            try
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
            catch (IOException)
            {
                // best effort: a temporary folder left behind is harmless
            }
        }
    }

    private static bool HasCouncilColumn(string file)
    {
        try
        {
            using var rows = CsvRows.Open(file, new IssueCollector(), Path.GetFileName(file));
            if (rows is null)
            {
                return false;
            }
            if (IndexIn(rows.Header) >= 0)
            {
                return true;
            }
            for (var i = 0; i < MaxRowsAboveHeader && rows.Read(); i++)
            {
                if (IndexIn(rows.Record) >= 0)
                {
                    return true;
                }
            }
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // One pass over a file: each row to its council's copy of the file, without the council column.
    private static SourceFile Split(string file, string root, IssueCollector issues, Dictionary<(CouncilCode, string), LineMap> maps, SortedDictionary<string, CouncilCode> councils)
    {
        var name = Path.GetFileName(file);
        using var rows = CsvRows.Open(file, issues, name);
        if (rows is null)
        {
            return SourceFiles.Describe(file, 0);
        }
        // The council column is in the header row, which an Annex A list may have below a title row or two: rows above it
        // are copied to every council's file.
        var above = new List<(long Line, string[] Fields)>();
        var headerLine = rows.Line;
        var labels = rows.Header;
        var column = IndexIn(labels);
        while (column < 0 && above.Count < MaxRowsAboveHeader && rows.Read())
        {
            above.Add((headerLine, [.. labels]));
            (headerLine, labels) = (rows.Line, [.. rows.Record.Select(h => h.Trim())]);
            column = IndexIn(labels);
        }
        if (column < 0)
        {
            issues.Warning(StatutoryRules.CouncilColumnAbsent, name, rows.Line, null, null,
                $"Other files name each row's council ({string.Join(", ", Names)}) but this one does not: its rows belong to no council and are not read. Add the council column to it.");
            return SourceFiles.Describe(file, 0) with { Unusable = true };
        }
        var header = labels.Where((_, i) => i != column).ToArray();
        var writers = new Dictionary<CouncilCode, (CsvOutput Csv, LineMap Map)>();
        try
        {
            while (rows.Read())
            {
                var record = rows.Record;
                var text = column < record.Count ? record[column].Trim() : string.Empty;
                if (!CouncilCode.TryParse(text, out var code))
                {
                    issues.Error(StatutoryRules.CouncilCode, name, rows.Line, labels[column], text.Length == 0 ? null : text,
                        text.Length == 0 ? $"The council is blank; every row of a stacked file names its council ({CouncilCode.Expected}). The row is not loaded."
                            : $"'{text}' is not a council code: use {CouncilCode.Expected}. The row is not loaded.");
                    continue;
                }
                if (councils.TryGetValue(code.Value, out var known))
                {
                    code = known;
                }
                else
                {
                    councils[code.Value] = code;
                }
                if (!writers.TryGetValue(code, out var w))
                {
                    var folder = Path.Combine(root, code.Value);
                    Directory.CreateDirectory(folder);
                    w = (CsvOutput.Create(Path.Combine(folder, name), CsvAudience.Program), new LineMap());
                    foreach (var (line, title) in above)
                    {
                        w.Map.Add(line, title);
                        w.Csv.Row(title);
                    }
                    w.Map.Add(headerLine, header);
                    w.Csv.Row(header);
                    writers[code] = w;
                    maps[(code, name)] = w.Map;
                }
                var fields = record.Where((_, i) => i != column).ToArray();
                w.Map.Add(rows.Line, fields);
                w.Csv.Row(fields);
            }
        }
        finally
        {
            foreach (var (csv, _) in writers.Values)
            {
                csv.Dispose();
            }
        }
        return SourceFiles.Describe(file, rows.Rows - above.Count);
    }

    /// <summary>Where each row of a council's copy of a file starts in the copy and in the original.</summary>
    private sealed class LineMap
    {
        private readonly List<long> copy = [];
        private readonly List<long> original = [];
        private long next = 1;

        public void Add(long originalLine, string[] fields)
        {
            copy.Add(next);
            original.Add(originalLine);
            next++;
            foreach (var f in fields)
            {
                next += f.AsSpan().Count('\n');
            }
        }

        /// <summary>The original line of a line of the copy.</summary>
        public long Original(long line)
        {
            var i = copy.BinarySearch(line);
            if (i < 0)
            {
                i = ~i - 1;
            }
            return i < 0 ? line : original[i] + (line - copy[i]);
        }
    }
}
