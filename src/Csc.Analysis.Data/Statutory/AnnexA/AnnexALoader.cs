using System.Globalization;
using System.Xml;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;
using DocumentFormat.OpenXml.Packaging;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// Loads an Ofsted Annex A return: an .xlsx workbook with sheets "List 1" ... "List 11" (or
/// "List_1"; a sheet with another name is recognised by its header), or a folder of one CSV per
/// list (the list number in the file name, or recognised by the header). Title rows above the
/// header are skipped; header labels are matched with a table of known variants, ignoring case,
/// spaces and punctuation. Dates may be Excel serial numbers or dd/mm/yyyy text. Lists 1-8 are
/// mapped to the domain model; lists 9-11 and non-list sheets are read, validated and counted.
/// </summary>
public sealed class AnnexALoader : ICaseDataLoader
{
    private const int HeaderSearchRows = 10;

    /// <summary>The format this loader reads.</summary>
    public DataFormat Format => DataFormat.AnnexA;

    /// <summary>Whether <paramref name="path"/> looks like this format.</summary>
    public bool CanLoad(string path)
    {
        if (File.Exists(path))
        {
            return path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);
        }
        return Directory.Exists(path)
            && Directory.EnumerateFiles(path, "*.csv", SearchOption.TopDirectoryOnly).Any(f => AnnexALists.NumberFromName(f) is not null);
    }

    /// <summary>Loads <paramref name="path"/>: every row is loaded or reported as an issue with its file, line, column and value.</summary>
    public LoadResult Load(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var csvs = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()
            : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && File.Exists(path) ? new List<string> { path } : [];
        if (CouncilFolders.AnyStacked(csvs))
        {
            // A regional stack of CSV lists: each council's rows loaded as that council's own lists (see CouncilFolders).
            return CouncilFolders.Load(csvs, DataFormat.AnnexA, folder => Load(folder, options));
        }
        var state = new AnnexLoadState(new IssueCollector(), options);
        if (Directory.Exists(path))
        {
            LoadFolder(path, state);
        }
        else if (File.Exists(path))
        {
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                LoadCsv(path, state, single: true);
            }
            else
            {
                LoadWorkbook(path, state);
            }
        }
        else
        {
            throw new DataLoadException($"'{path}' does not exist.");
        }
        var data = state.Build(Path.GetFileName(path));
        return new LoadResult(DataFormat.AnnexA, data, state.Sink.Issues, state.Files);
    }

    private static void LoadFolder(string folder, AnnexLoadState state)
    {
        var files = Directory.EnumerateFiles(folder, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            state.Sink.Error(StatutoryRules.FileEmpty, Path.GetFileName(folder), null, null, null,
                "The folder has no .csv files: expected one CSV per Annex A list, for example list_1_contacts.csv.");
        }
        foreach (var f in files)
        {
            LoadCsv(f, state, single: false);
        }
    }

    private static void LoadCsv(string path, AnnexLoadState state, bool single)
    {
        var name = Path.GetFileName(path);
        long rows = 0;
        try
        {
            using var csv = CsvRows.Open(path, state.Sink, name);
            if (csv is not null)
            {
                var byName = AnnexALists.NumberFromName(name);
                rows = ReadList(byName, CsvListRows.Rows(csv), name, state, spreadsheet: false, singleSource: single);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Sink.Error(StatutoryRules.FileUnreadable, name, null, null, null, $"The file cannot be read: {ex.Message}");
        }
        state.Files.Add(SourceFiles.Describe(path, rows));
    }

    private static void LoadWorkbook(string path, AnnexLoadState state)
    {
        var name = Path.GetFileName(path);
        long rows = 0;
        try
        {
            if (XlsxGuard.Refusal(path) is { } refusal)
            {
                state.Sink.Error(StatutoryRules.FileUnreadable, name, null, null, null, refusal);
                state.Files.Add(SourceFiles.Describe(path, rows));
                return;
            }
            using var workbook = XlsxWorkbook.Open(path);
            var sheets = workbook.SheetNames;
            if (sheets.Count == 0)
            {
                state.Sink.Error(StatutoryRules.FileEmpty, name, null, null, null, "The workbook has no worksheets.");
            }
            foreach (var sheet in sheets)
            {
                var file = $"{name} [{sheet}]";
                try
                {
                    rows += ReadList(AnnexALists.NumberFromName(sheet), workbook.Rows(sheet), file, state, spreadsheet: true, singleSource: false);
                }
                catch (Exception ex) when (ex is XmlException or OpenXmlPackageException or InvalidDataException or FormatException)
                {
                    state.Sink.Error(StatutoryRules.FileUnreadable, file, null, null, null, $"The sheet cannot be read: {ex.Message}");
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or UnauthorizedAccessException)
        {
            state.Sink.Error(StatutoryRules.FileUnreadable, name, null, null, null,
                $"The file is not a readable .xlsx workbook ({ex.Message}). Open it in Excel and save it as an Excel Workbook (.xlsx), or export each list as CSV.");
        }
        state.Files.Add(SourceFiles.Describe(path, rows));
    }

    /// <summary>Reads one list's rows (header search, column matching, mapping); returns the data rows read.</summary>
    private static long ReadList(int? numberFromName, IEnumerable<AnnexRow> source, string file, AnnexLoadState state, bool spreadsheet, bool singleSource)
    {
        var sink = state.Sink;
        using var rows = source.GetEnumerator();
        AnnexRow? header = null;
        var scanned = 0;
        while (scanned < HeaderSearchRows && rows.MoveNext())
        {
            scanned++;
            if (rows.Current.Cells.Any(c => !c.IsError && AnnexALists.IsIdLabel(c.Text)))
            {
                header = rows.Current;
                break;
            }
        }
        var labels = header is null ? [] : header.Cells.Select(c => c.Text?.Trim() ?? string.Empty).ToList();
        var list = numberFromName is { } n ? AnnexALists.All[n - 1] : header is null ? null : AnnexALists.Identify(labels);
        if (list is null)
        {
            if (spreadsheet)
            {
                sink.Info(StatutoryRules.SheetIgnored, file, null, null, null,
                    "The sheet is not an Annex A list (its name is not 'List n' and it has no list header); ignored.");
            }
            else
            {
                var message = "The file is not an Annex A list: its name has no list number (for example list_3_referrals.csv) and its header matches no list.";
                if (singleSource)
                {
                    sink.Error(StatutoryRules.TableUnknown, file, null, null, null, message);
                }
                else
                {
                    sink.Warning(StatutoryRules.TableUnknown, file, null, null, null, message + " The file is skipped.");
                }
            }
            return 0;
        }
        state.ListsSeen.Add(list.Number);
        if (header is null)
        {
            if (scanned == 0)
            {
                sink.Warning(StatutoryRules.FileEmpty, file, null, null, null, $"List {list.Number} ({list.Title}) is empty: no header and no rows.");
            }
            else
            {
                sink.Error(StatutoryRules.ColumnMissing, file, null, list.IdField.Label, null,
                    $"No header row with '{list.IdField.Label}' in the first {HeaderSearchRows} rows: list {list.Number} ({list.Title}) was not read. Put the column labels in one row above the data.");
            }
            return 0;
        }
        string ColumnName(int i) => spreadsheet
            ? $"{StatutoryValues.ColumnLetters(i)} ({(i < labels.Count ? labels[i] : string.Empty)})"
            : i < labels.Count ? labels[i] : StatutoryValues.ColumnLetters(i);
        var map = ColumnMap.Match(labels, [.. list.Fields.Select(f => f.ToColumnSpec())], sink, file, header.Line, ColumnName);
        if (map.Missing.Count > 0)
        {
            sink.Error(StatutoryRules.ColumnMissing, file, header.Line, null, null,
                $"List {list.Number} ({list.Title}) cannot be read without {string.Join(", ", map.Missing.Select(k => $"'{list.Field(k)!.Label}'"))}; no rows were loaded from it.");
            return 0;
        }
        if (list.Number == 6)
        {
            state.StatusColumnPresent = map.Has("CaseStatus");
        }
        var reader = new AnnexRowReader(list, map, new FieldReader(sink, state.Options, file, DateStyle.Any), ColumnName);
        long count = 0;
        long rejected = 0;
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.IsBlank)
            {
                continue;
            }
            count++;
            reader.Row = row;
            var errorsBefore = sink.ErrorCount;
            var ok = state.Map(list, reader);
            reader.ValidateRest();
            if (!ok || sink.ErrorCount > errorsBefore)
            {
                rejected++;
                state.Rejected(list.Number);
            }
            else
            {
                state.Accepted(list.Number);
            }
        }
        if (count == 0)
        {
            sink.Info(StatutoryRules.FileEmpty, file, header.Line, null, null, $"List {list.Number} ({list.Title}) has a header but no rows.");
        }
        return count;
    }
}

/// <summary>Reads the fields of one Annex A row by key, recording located issues; remembers which fields were read so the rest can be validated by kind.</summary>
internal sealed class AnnexRowReader(AnnexList list, ColumnMap map, FieldReader fields, Func<int, string> columnName)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly HashSet<string> serialTextReported = new(StringComparer.Ordinal);
    private AnnexRow row = new(0, []);

    public AnnexRow Row
    {
        get => row;
        set
        {
            row = value;
            read.Clear();
        }
    }

    public FieldReader Fields => fields;

    public long Line => row.Line;

    private readonly Dictionary<string, string> columnNames = new(StringComparer.Ordinal);

    /// <summary>The column's name for messages ("F (Date of Referral)" in a workbook, the label in a CSV); built once per column.</summary>
    public string Column(string key)
    {
        if (!columnNames.TryGetValue(key, out var name))
        {
            name = map.IndexOf(key) is var i and >= 0 ? columnName(i) : list.Field(key)?.Label ?? key;
            columnNames[key] = name;
        }
        return name;
    }

    /// <summary>True when the list's header has the column <paramref name="key"/>.</summary>
    public bool Has(string key) => map.IndexOf(key) >= 0;

    private AnnexCell Cell(string key)
    {
        read.Add(key);
        var i = map.IndexOf(key);
        return i < 0 ? default : row[i];
    }

    /// <summary>The trimmed text of a cell; an Excel error (#N/A) is a warning and reads as blank.</summary>
    public string? Text(string key, bool required = false)
    {
        var cell = Cell(key);
        if (cell.IsError)
        {
            fields.Sink.Warning(StatutoryRules.ExcelError, fields.File, row.Line, Column(key), cell.Text,
                $"The cell holds the Excel error {cell.Text}; read as blank. Replace the formula's result with a value.");
            cell = default;
        }
        return fields.Text(row.Line, Column(key), cell.Text, required);
    }

    /// <summary>The code at the start of a coded label ("a) U6: Foster placement" gives U6).</summary>
    public string? Code(string key, bool required = false)
        => Text(key, required) is { } t ? StatutoryValues.LeadingCode(t) is { Length: > 0 } c ? c : null : null;

    public bool? Flag(string key) => Text(key) is { } t ? fields.Flag(row.Line, Column(key), t) : null;

    public int? Count(string key)
    {
        var cell = Cell(key);
        if (cell.IsError)
        {
            Text(key);
            return null;
        }
        if (cell.Number is { } d && d >= 0 && d == Math.Floor(d) && d <= int.MaxValue)
        {
            return (int)d;
        }
        var t = fields.Text(row.Line, Column(key), cell.Text);
        if (t is null)
        {
            return null;
        }
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        fields.Fail(StatutoryRules.NumberFormat, row.Line, Column(key), t, $"{Column(key)} is not a whole number of zero or more.");
        return null;
    }

    /// <summary>A non-negative decimal (an age in years).</summary>
    public double? Decimal(string key)
    {
        var cell = Cell(key);
        if (cell.Number is { } d)
        {
            return d;
        }
        return Text(key) is { } t ? fields.Number(row.Line, Column(key), t) : null;
    }

    /// <summary>A date from an Excel serial number or from text (dd/mm/yyyy or another unambiguous spelling).</summary>
    public DateOnly? Date(string key, bool required = false)
    {
        var cell = Cell(key);
        var column = Column(key);
        if (cell.IsError)
        {
            Text(key);
            if (required)
            {
                fields.Fail(StatutoryRules.ValueMissing, row.Line, column, cell.Text, $"{column} is required but holds an Excel error.");
            }
            return null;
        }
        var serial = cell.Number;
        if (serial is null && cell.Text is { } text && text.Trim().Length is >= 4 and <= 6 && text.Trim().All(char.IsAsciiDigit))
        {
            serial = double.Parse(text.Trim(), CultureInfo.InvariantCulture);
            if (serialTextReported.Add(key))
            {
                fields.Sink.Warning(StatutoryRules.DateFormatVariant, fields.File, row.Line, column, text,
                    $"{column} holds an Excel serial number as text; read as a date. Reported once per column.");
            }
        }
        if (serial is { } s)
        {
            if (!StatutoryValues.TryFromExcelSerial(s, out var d))
            {
                fields.Fail(StatutoryRules.DateFormat, row.Line, column, cell.Text,
                    $"{column} is the number {cell.Text}, which is not an Excel date (serials run from 61, 1900-03-01, to 2958465, 9999-12-31).");
                return null;
            }
            return fields.CheckFuture(row.Line, column, cell.Text, d);
        }
        return fields.Date(row.Line, column, cell.Text, required);
    }

    /// <summary>
    /// Validates the fields the mapping did not read, by kind (dates, flags, counts). For lists the
    /// kit maps (1-8) their problems are warnings: the columns are not used, so the row is kept.
    /// </summary>
    public void ValidateRest()
    {
        if (list.Number <= 8)
        {
            fields.Leniently(ValidateUnread);
        }
        else
        {
            ValidateUnread();
        }
    }

    private void ValidateUnread()
    {
        foreach (var f in list.Fields)
        {
            if (read.Contains(f.Key) || !map.Has(f.Key))
            {
                continue;
            }
            switch (f.Kind)
            {
                case AnnexFieldKind.Date:
                    Date(f.Key);
                    break;
                case AnnexFieldKind.Flag:
                    Flag(f.Key);
                    break;
                case AnnexFieldKind.Count:
                    Count(f.Key);
                    break;
                case AnnexFieldKind.Decimal:
                    Decimal(f.Key);
                    break;
                default:
                    Text(f.Key);
                    break;
            }
        }
    }
}
