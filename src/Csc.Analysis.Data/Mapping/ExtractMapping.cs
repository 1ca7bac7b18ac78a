using System.Globalization;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Mapping;

/// <summary>One canonical column of a mapped table: the source column it is read from, or a constant, and its value map.</summary>
/// <param name="Canonical">The canonical column.</param>
/// <param name="Source">The source file's header name, or null for a constant.</param>
/// <param name="Constant">The value every row gets, or null when read from <paramref name="Source"/>.</param>
/// <param name="Line">The mapping file's line that names the column.</param>
public sealed record MappedColumn(string Canonical, string? Source, string? Constant, long Line)
{
    /// <summary>Source values (matched ignoring case and surrounding spaces) and the canonical value each stands for; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One canonical table of a mapping: its source file, columns and date formats.</summary>
/// <param name="Table">The canonical table.</param>
/// <param name="File">The source CSV file (full path).</param>
/// <param name="Line">The mapping file's line that names the table.</param>
/// <param name="Columns">The mapped columns, in the mapping's order (source columns, then constants).</param>
/// <param name="DateFormats">The date and date-time formats of the source (.NET custom formats such as dd/MM/yyyy), tried in order.</param>
public sealed record MappedTable(CanonicalTable Table, string File, long Line, IReadOnlyList<MappedColumn> Columns, IReadOnlyList<string> DateFormats)
{
    /// <summary>The worksheet read when <see cref="File"/> is an .xlsx workbook (null: its first sheet).</summary>
    public string? Sheet { get; init; }

    /// <summary>The field separator of a CSV source: a comma (the default), semicolon, tab or bar.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>True when <see cref="File"/> is an .xlsx workbook.</summary>
    public bool IsWorkbook => System.IO.Path.GetExtension(File).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A column mapping (<c>--mapping FILE</c>, JSON, or YAML for a .yaml or .yml file): how a council's own export becomes the canonical extract. Per
/// canonical table (children, contacts, ...): the source CSV file, the source column of each canonical column,
/// constants, value maps for codes ("No Further Action" to NFA) and the source's date formats. The mapping is checked
/// as it is read: each problem is a <see cref="CanonicalRules.MappingInvalid"/> error naming the mapping file and line,
/// and what it concerns (a table, a column, a value map) is left out; docs/mapping.md documents the schema.
/// </summary>
public sealed class ExtractMapping
{
    private static readonly string[] RootMembers = ["tables", "date_formats"];
    private static readonly string[] TableMembers = ["file", "sheet", "delimiter", "columns", "constants", "values", "date_formats"];

    private ExtractMapping(string path, string sourceFolder, IReadOnlyList<MappedTable> tables, IReadOnlyList<DataIssue> problems)
    {
        Path = path;
        SourceFolder = sourceFolder;
        Tables = tables;
        Problems = problems;
    }

    /// <summary>The mapping file.</summary>
    public string Path { get; }

    /// <summary>The folder the source files are named relative to.</summary>
    public string SourceFolder { get; }

    /// <summary>The tables that can be read, in the canonical order.</summary>
    public IReadOnlyList<MappedTable> Tables { get; }

    /// <summary>The problems found in the mapping, each located in the mapping file.</summary>
    public IReadOnlyList<DataIssue> Problems { get; }

    /// <summary>
    /// Reads and checks the mapping at <paramref name="path"/>; source files are named relative to
    /// <paramref name="sourceFolder"/> (null: the mapping file's folder). A file that is not JSON, or not an object with
    /// a "tables" object, is a <see cref="DataLoadException"/>; every other problem is one of <see cref="Problems"/>.
    /// </summary>
    public static ExtractMapping Load(string path, string? sourceFolder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.File.Exists(path))
        {
            throw new DataLoadException($"The mapping file '{path}' does not exist.");
        }
        var name = System.IO.Path.GetFileName(path);
        var root = MappingYaml.IsYaml(path) ? MappingYaml.Read(path) : MappingJson.Read(path);
        var folder = sourceFolder ?? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        if (root is not MappingObject rootObject || Member(rootObject, "tables") is not { Value: MappingObject tablesNode })
        {
            throw new DataLoadException($"{name} line {root.Line}: a mapping is {(MappingYaml.IsYaml(path) ? "a YAML mapping" : "a JSON object")} with a \"tables\" {(MappingYaml.IsYaml(path) ? "mapping" : "object")} (one member per canonical table: children, contacts, ...).");
        }
        var issues = new IssueCollector();
        void Problem(long line, string? column, string? value, string reason) => issues.Error(CanonicalRules.MappingInvalid, name, line, column, value, reason);

        foreach (var m in rootObject.Members.Where(m => !RootMembers.Contains(m.Name)))
        {
            Problem(m.Line, null, m.Name, $"unknown member '{m.Name}'; a mapping has {string.Join(" and ", RootMembers)}. It is ignored.");
        }
        var defaultFormats = DateFormats(Member(rootObject, "date_formats"), Problem);
        var byName = CanonicalSchema.Tables.ToDictionary(CanonicalDuckDb.TableName, StringComparer.OrdinalIgnoreCase);
        var tables = new List<MappedTable>();
        foreach (var (tableName, tableLine, node) in tablesNode.Members)
        {
            if (!byName.TryGetValue(tableName, out var table))
            {
                Problem(tableLine, null, tableName, $"unknown table '{tableName}'; the canonical tables are {string.Join(", ", byName.Keys)}. It is not read.");
                continue;
            }
            if (tables.Any(t => t.Table == table))
            {
                Problem(tableLine, null, tableName, $"the table {tableName} is mapped twice; the second mapping is not read.");
                continue;
            }
            if (node is not MappingObject t)
            {
                Problem(tableLine, null, tableName, $"the table {tableName} is {node.Kind}; expected an object with file and columns. It is not read.");
                continue;
            }
            if (ReadTable(tableName, table, t, folder, defaultFormats, Problem) is { } mapped)
            {
                tables.Add(mapped);
            }
        }
        var ordered = tables.OrderBy(t => CanonicalSchema.Tables.ToList().IndexOf(t.Table)).ToList();
        return new ExtractMapping(System.IO.Path.GetFullPath(path), folder, ordered, issues.Issues);
    }

    private static (string Name, long Line, MappingNode Value)? Member(MappingObject o, string name)
    {
        foreach (var m in o.Members)
        {
            if (string.Equals(m.Name, name, StringComparison.Ordinal))
            {
                return m;
            }
        }
        return null;
    }

    private static MappedTable? ReadTable(string tableName, CanonicalTable table, MappingObject node, string folder, IReadOnlyList<string> defaultFormats,
        Action<long, string?, string?, string> problem)
    {
        foreach (var m in node.Members.Where(m => !TableMembers.Contains(m.Name)))
        {
            problem(m.Line, null, m.Name, $"unknown member '{m.Name}' of the table {tableName}; a table has {string.Join(", ", TableMembers)}. It is ignored.");
        }
        if (Member(node, "file") is not { Value: MappingScalar { ScalarKind: "text", Text: { Length: > 0 } file } } fileMember)
        {
            problem(node.Line, null, null, $"the table {tableName} has no \"file\" (the source CSV file, relative to {folder}). It is not read.");
            return null;
        }
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file));
        if (!System.IO.File.Exists(path))
        {
            problem(fileMember.Line, "file", file, $"the source file of the table {tableName} is not there ({path}). The table is not read.");
            return null;
        }
        string? sheetName = null;
        if (Member(node, "sheet") is { } sheet)
        {
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                problem(sheet.Line, "sheet", null, $"the table {tableName} names a sheet, but its file {file} is not an .xlsx workbook. The table is not read.");
                return null;
            }
            if (sheet.Value is not MappingScalar { ScalarKind: "text", Text: { Length: > 0 } s })
            {
                problem(sheet.Line, "sheet", null, $"the sheet of the table {tableName} is {sheet.Value.Kind}; expected the worksheet's name as text. The table is not read.");
                return null;
            }
            sheetName = s;
        }
        var delimiter = ',';
        if (Member(node, "delimiter") is { } d)
        {
            if (d.Value is MappingScalar { ScalarKind: "text", Text: "," or ";" or "\t" or "|" } dv)
            {
                delimiter = dv.Text![0];
            }
            else
            {
                problem(d.Line, "delimiter", (d.Value as MappingScalar)?.Text, $"the delimiter of the table {tableName} must be \",\", \";\", \"\\t\" (a tab) or \"|\". The table is not read.");
                return null;
            }
        }
        var formats = Member(node, "date_formats") is { } f ? DateFormats(f, problem) : defaultFormats;
        var columns = new List<MappedColumn>();
        // Any table may name each row's council (a stack of councils): la_code is mapped like a column, or set as a constant.
        var known = new HashSet<string>([.. table.Columns, CanonicalSchema.CouncilColumn], StringComparer.Ordinal);
        string Known() => string.Join(", ", table.Columns) + ", " + CanonicalSchema.CouncilColumn;
        if (Member(node, "columns") is { } cm)
        {
            if (cm.Value is not MappingObject co)
            {
                problem(cm.Line, null, null, $"\"columns\" of the table {tableName} is {cm.Value.Kind}; expected an object of canonical column: source column.");
            }
            else
            {
                foreach (var (column, line, value) in co.Members)
                {
                    if (!known.Contains(column))
                    {
                        problem(line, column, null, $"unknown column '{column}' of the table {tableName}; its columns are {Known()}. It is not read.");
                    }
                    else if (value is not MappingScalar { ScalarKind: "text", Text: { Length: > 0 } source })
                    {
                        problem(line, column, null, $"the column {column} of the table {tableName} is mapped to {value.Kind}; expected the source column's header as text.");
                    }
                    else if (columns.Any(c => c.Canonical == column))
                    {
                        problem(line, column, source, $"the column {column} of the table {tableName} is mapped twice; the second is not read.");
                    }
                    else
                    {
                        columns.Add(new MappedColumn(column, source.Trim(), null, line));
                    }
                }
            }
        }
        if (Member(node, "constants") is { } cs)
        {
            if (cs.Value is not MappingObject co)
            {
                problem(cs.Line, null, null, $"\"constants\" of the table {tableName} is {cs.Value.Kind}; expected an object of canonical column: value.");
            }
            else
            {
                foreach (var (column, line, value) in co.Members)
                {
                    if (!known.Contains(column))
                    {
                        problem(line, column, null, $"unknown column '{column}' of the table {tableName}; its columns are {Known()}. The constant is not used.");
                    }
                    else if (columns.Any(c => c.Canonical == column))
                    {
                        problem(line, column, null, $"the column {column} of the table {tableName} is both mapped and a constant; the constant is not used.");
                    }
                    else if (value is not MappingScalar { Text: { } text } || value.Kind is "null")
                    {
                        problem(line, column, null, $"the constant of {column} is {value.Kind}; expected a value.");
                    }
                    else if (CheckTarget(table, column, text) is { } why)
                    {
                        problem(line, column, text, $"the constant of {column} {why} The constant is not used.");
                    }
                    else
                    {
                        columns.Add(new MappedColumn(column, null, text, line));
                    }
                }
            }
        }
        if (Member(node, "values") is { } vs)
        {
            if (vs.Value is not MappingObject vo)
            {
                problem(vs.Line, null, null, $"\"values\" of the table {tableName} is {vs.Value.Kind}; expected an object of canonical column: {{ source value: canonical value }}.");
            }
            else
            {
                foreach (var (column, line, value) in vo.Members)
                {
                    var index = columns.FindIndex(c => c.Canonical == column && c.Source is not null);
                    if (index < 0)
                    {
                        problem(line, column, null, known.Contains(column)
                            ? $"values are given for {column}, which the table {tableName} does not read from a source column. They are not used."
                            : $"unknown column '{column}' of the table {tableName}; its columns are {Known()}. The values are not used.");
                        continue;
                    }
                    if (value is not MappingObject map)
                    {
                        problem(line, column, null, $"the values of {column} are {value.Kind}; expected an object of source value: canonical value.");
                        continue;
                    }
                    var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (from, fromLine, to) in map.Members)
                    {
                        if (to is not MappingScalar { Text: { } target } || to.Kind == "null")
                        {
                            problem(fromLine, column, from, $"the value '{from}' of {column} is mapped to {to.Kind}; expected the canonical value as text.");
                        }
                        else if (CheckTarget(table, column, target) is { } why)
                        {
                            problem(fromLine, column, from, $"'{from}' is mapped to '{target}', which {why.TrimEnd('.')}. This value map is not used.");
                        }
                        else if (!values.TryAdd(from.Trim(), target.Trim()))
                        {
                            problem(fromLine, column, from, $"the value '{from}' of {column} is mapped twice; the second is not used.");
                        }
                    }
                    columns[index] = columns[index] with { Values = values };
                }
            }
        }
        var missing = table.RequiredColumns.Where(r => !columns.Any(c => c.Canonical == r)).ToList();
        if (missing.Count > 0)
        {
            problem(node.Line, string.Join(", ", missing), null,
                $"the table {tableName} does not map its required column{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)}. The table is not read.");
            return null;
        }
        return new MappedTable(table, path, node.Line, columns, formats) { Sheet = sheetName, Delimiter = delimiter };
    }

    // Why a canonical value cannot go into the column (not one of its codes, not a flag), or null when it can.
    private static string? CheckTarget(CanonicalTable table, string column, string value)
    {
        if (CanonicalCodes.ListFor(table, column) is { } codes && !codes.Contains(value))
        {
            return $"is not a {codes.Name} code; expected one of {string.Join(", ", codes.Codes)}.";
        }
        if (CanonicalSchema.KindOf(column) == CanonicalColumnKind.Flag && !FieldParsers.TryParseFlag(value, FlagStyles.Any, out _))
        {
            return "is not a flag; expected Y or N.";
        }
        return null;
    }

    // The date formats of a "date_formats" member; each is tried on a fixed date and time, so a format that cannot
    // read back what it writes (a typo such as dd/MM/yyy) is reported on its line.
    private static List<string> DateFormats((string Name, long Line, MappingNode Value)? member, Action<long, string?, string?, string> problem)
    {
        var formats = new List<string>();
        if (member is not { } m)
        {
            return formats;
        }
        var items = m.Value switch
        {
            MappingList l => l.Items,
            MappingScalar => [m.Value],
            _ => [],
        };
        if (m.Value is MappingObject)
        {
            problem(m.Line, null, null, "\"date_formats\" is an object; expected a list of formats such as [\"dd/MM/yyyy\", \"dd/MM/yyyy HH:mm\"].");
        }
        var probe = new DateTime(2017, 5, 31, 14, 5, 0);
        foreach (var item in items)
        {
            if (item is not MappingScalar { ScalarKind: "text", Text: { Length: > 0 } format })
            {
                problem(item.Line, null, null, $"a date format is {item.Kind}; expected text such as dd/MM/yyyy.");
                continue;
            }
            bool ok;
            try
            {
                var text = probe.ToString(format, CultureInfo.InvariantCulture);
                ok = DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                    && back.Date == probe.Date && format.Contains('y', StringComparison.Ordinal) && format.Contains('d', StringComparison.Ordinal);
            }
            catch (FormatException)
            {
                ok = false;
            }
            if (ok)
            {
                formats.Add(format);
            }
            else
            {
                problem(item.Line, null, format, $"'{format}' is not a date format that reads a day, month and year back (for example dd/MM/yyyy, d/M/yyyy or dd/MM/yyyy HH:mm). It is not used.");
            }
        }
        return formats;
    }
}
