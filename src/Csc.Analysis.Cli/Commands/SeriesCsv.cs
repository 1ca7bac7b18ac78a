using System.Globalization;
using System.Text;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;
using CsvHelper;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// One time series read from a CSV file: its name (the <c>series</c> column, or <see langword="null"/> when the file
/// has none), the time labels as written (for example <c>2016-04</c>, <c>7</c> or <c>Q1</c>, kept as text) and the
/// values in file order, <see cref="double.NaN"/> where the value was blank (missing).
/// </summary>
public sealed record InputSeries(string? Name, IReadOnlyList<string> Labels, double[] Values)
{
    /// <summary>Number of points (missing ones included).</summary>
    public int Count => Values.Length;

    /// <summary>Number of missing (NaN) values.</summary>
    public int MissingCount => Values.Count(double.IsNaN);
}

/// <summary>One problem found in a series CSV file: where it is, the offending text and why it cannot be used.</summary>
/// <param name="File">The file as named to the user.</param>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="Column">The column's header name, or null when the problem is the whole line or file.</param>
/// <param name="Value">The offending cell text, or null.</param>
/// <param name="Reason">Why it cannot be used, phrased to follow the value ("is not a number").</param>
public sealed record SeriesCsvError(string File, int Line, string? Column, string? Value, string Reason)
{
    /// <summary>"file, line N, column 'c': 'value' reason" — the form printed on stderr.</summary>
    public override string ToString()
    {
        var where = Column is null ? $"{File}, line {Line}" : $"{File}, line {Line}, column '{Column}'";
        return Value is null ? $"{where}: {Reason}" : $"{where}: '{Value}' {Reason}";
    }
}

/// <summary>Thrown when a series CSV file cannot be used; <see cref="Errors"/> lists every problem found (all of them, counted).</summary>
public sealed class SeriesCsvException(string file, IReadOnlyList<SeriesCsvError> errors)
    : FormatException(BuildMessage(file, errors))
{
    /// <summary>The maximum number of problems spelled out in <see cref="Exception.Message"/>; all are in <see cref="Errors"/>.</summary>
    public const int MaxErrorsInMessage = 20;

    /// <summary>The file as named to the user.</summary>
    public string File { get; } = file;

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<SeriesCsvError> Errors { get; } = errors;

    private static string BuildMessage(string file, IReadOnlyList<SeriesCsvError> errors)
    {
        if (errors.Count == 1)
        {
            return errors[0].ToString();
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{file}: {errors.Count} problems; nothing was read.");
        foreach (var error in errors.Take(MaxErrorsInMessage))
        {
            text.Append('\n').Append("  ").Append(error.ToString());
        }
        if (errors.Count > MaxErrorsInMessage)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  ... and {errors.Count - MaxErrorsInMessage} more.");
        }
        return text.ToString();
    }
}

/// <summary>
/// Reads the simple series CSV format shared by the statistics commands (decompose, spc, forecast).
/// </summary>
/// <remarks>
/// <para>Input format: a header line, then one row per point. Columns, matched case-insensitively after trimming:</para>
/// <list type="bullet">
/// <item><c>month</c> or <c>t</c> (one of them, required): the time label, kept as text (for example <c>2016-04</c> or <c>17</c>);
/// it must not be blank and must not repeat within a series.</item>
/// <item><c>value</c> or <c>y</c> (one of them, required): the number, invariant culture (<c>1234.5</c>, <c>-2e3</c>). Blank, <c>NA</c>
/// or <c>NaN</c> means missing and becomes <see cref="double.NaN"/>; infinities are refused.</item>
/// <item><c>series</c> (optional): the series name, so one file can hold many series; rows are grouped by name, series in order of
/// first appearance and points in row order. Without it the file is one series with a <see langword="null"/> name.</item>
/// </list>
/// <para>Other columns are ignored. Fields may be quoted with <c>"</c> (a doubled <c>""</c> inside quotes is one quote); a quoted
/// field cannot span lines. Blank lines are skipped. A UTF-8 byte order mark is allowed. Read with <see cref="CsvInput"/>;
/// results are written with <see cref="Csc.Analysis.Csv.CsvOutput"/>.</para>
/// <para>Every problem in the file is collected (file, line, column, value, reason) and reported together in one
/// <see cref="SeriesCsvException"/> (a <see cref="FormatException"/>, so csc-kpi exits with code 1).</para>
/// </remarks>
public static class SeriesCsv
{
    /// <summary>Accepted names of the time column.</summary>
    public static readonly IReadOnlyList<string> TimeColumns = ["month", "t"];

    /// <summary>Accepted names of the value column.</summary>
    public static readonly IReadOnlyList<string> ValueColumns = ["value", "y"];

    /// <summary>Name of the optional series column.</summary>
    public const string SeriesColumn = "series";

    /// <summary>Reads the series in the CSV file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SeriesCsvException">The file is empty or has bad rows; the exception lists every problem.</exception>
    public static IReadOnlyList<InputSeries> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Input file '{path}' was not found. Check the path (relative paths are from the working folder).", path);
        }
        using var csv = CsvInput.Open(path, LineOptions);
        return Read(csv, path);
    }

    /// <summary>Reads series CSV text from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="SeriesCsvException">The text is empty or has bad rows; the exception lists every problem.</exception>
    public static IReadOnlyList<InputSeries> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        using var csv = CsvInput.Open(reader, leaveOpen: true, LineOptions);
        return Read(csv, source);
    }

    // Series files are small and hand-made: a quoted field ends on its line, and spaces around fields are not part of them.
    private static readonly CsvInputOptions LineOptions = new() { QuotedLineBreaks = false, TrimSpaces = true };

    private static IReadOnlyList<InputSeries> Read(CsvInput csv, string source)
    {
        var errors = new List<SeriesCsvError>();
        List<string>? header = null;
        var lineNumber = 0;
        while (csv.Read())
        {
            lineNumber = (int)csv.Line;
            if (csv.Count == 1 && csv.IsBlank)
            {
                continue;
            }
            if (QuoteProblem(csv) is { } headerProblem)
            {
                throw new SeriesCsvException(source, [new SeriesCsvError(source, lineNumber, null, null, headerProblem)]);
            }
            header = [.. csv.Fields()];
            break;
        }
        if (header is null)
        {
            throw new SeriesCsvException(source, [new SeriesCsvError(source, Math.Max(lineNumber, 1), null, null,
                "the file is empty: expected a header line 'month,value' or 't,y' (optionally with a 'series' column) and one row per point.")]);
        }

        var headerLine = lineNumber;
        var timeIndex = FindColumn(header, TimeColumns, source, headerLine, errors);
        var valueIndex = FindColumn(header, ValueColumns, source, headerLine, errors);
        var seriesIndex = FindColumn(header, [SeriesColumn], source, headerLine, errors, required: false);
        if (errors.Count > 0)
        {
            throw new SeriesCsvException(source, errors);
        }
        var timeName = header[timeIndex].Trim();
        var valueName = header[valueIndex].Trim();
        var seriesName = seriesIndex >= 0 ? header[seriesIndex].Trim() : null;
        // A 'month' column is a calendar: every label a real YYYY-MM, each series in order with no month left out.
        var isMonth = string.Equals(timeName, "month", StringComparison.OrdinalIgnoreCase);

        var builders = new Dictionary<string, SeriesBuilder>(StringComparer.Ordinal);
        var order = new List<SeriesBuilder>();
        var rows = 0;
        while (csv.Read())
        {
            lineNumber = (int)csv.Line;
            if (csv.Count == 1 && csv.IsBlank)
            {
                continue;
            }
            rows++;
            if (QuoteProblem(csv) is { } problem)
            {
                errors.Add(new SeriesCsvError(source, lineNumber, null, null, problem));
                continue;
            }
            var fields = csv.Fields();
            if (fields.Length != header.Count)
            {
                errors.Add(new SeriesCsvError(source, lineNumber, null, null,
                    $"has {fields.Length} field(s) but the header has {header.Count}; quote fields that contain commas."));
                continue;
            }

            string? name = null;
            if (seriesIndex >= 0)
            {
                name = fields[seriesIndex].Trim();
                if (name.Length == 0)
                {
                    errors.Add(new SeriesCsvError(source, lineNumber, seriesName, null, "is blank: every row needs a series name when the file has a 'series' column."));
                    continue;
                }
            }

            var label = fields[timeIndex].Trim();
            var rowOk = true;
            if (label.Length == 0)
            {
                errors.Add(new SeriesCsvError(source, lineNumber, timeName, null, "is blank: every row needs a time label (for example 2016-04)."));
                rowOk = false;
            }

            var valueText = fields[valueIndex].Trim();
            if (!TryParseValue(valueText, out var value, out var valueProblem))
            {
                errors.Add(new SeriesCsvError(source, lineNumber, valueName, valueText, valueProblem!));
                rowOk = false;
            }
            if (!rowOk)
            {
                continue;
            }

            var key = name ?? string.Empty;
            if (!builders.TryGetValue(key, out var builder))
            {
                builder = new SeriesBuilder(name);
                builders.Add(key, builder);
                order.Add(builder);
            }
            if (builder.FirstLineOf.TryGetValue(label, out var firstLine))
            {
                var which = name is null ? string.Empty : $" in series '{name}'";
                errors.Add(new SeriesCsvError(source, lineNumber, timeName, label, $"repeats a time label{which} first seen on line {firstLine}; each point must appear once."));
                continue;
            }
            if (isMonth && MonthProblem(builder, label, lineNumber, name) is { } monthProblem)
            {
                errors.Add(new SeriesCsvError(source, lineNumber, timeName, label, monthProblem));
                continue;
            }
            builder.FirstLineOf.Add(label, lineNumber);
            builder.Labels.Add(label);
            builder.Values.Add(value);
        }

        if (rows == 0 && errors.Count == 0)
        {
            errors.Add(new SeriesCsvError(source, headerLine, null, null, "has a header but no data rows: add one row per point."));
        }
        if (errors.Count > 0)
        {
            throw new SeriesCsvException(source, errors);
        }
        return order.Select(b => new InputSeries(b.Name, b.Labels.AsReadOnly(), [.. b.Values])).ToArray();
    }

    /// <summary>
    /// Parses one value field (already trimmed): blank, <c>NA</c> or <c>NaN</c> is missing (<see cref="double.NaN"/>),
    /// otherwise an invariant-culture number. Returns false with the reason when it is not usable.
    /// </summary>
    public static bool TryParseValue(string text, out double value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            problem = "is not a number: use digits with '.' as the decimal point and no thousands separators (for example 1234.5), or leave it blank when missing.";
            return false;
        }
        if (!double.IsFinite(value))
        {
            problem = "is not a finite number: use a finite value, or leave it blank when missing.";
            value = double.NaN;
            return false;
        }
        return true;
    }

    /// <summary>Why a month label cannot follow the series' previous one: not YYYY-MM, not after it, or months left out.</summary>
    private static string? MonthProblem(SeriesBuilder builder, string label, int line, string? name)
    {
        if (!ReportingMonth.TryParse(label, out var month))
        {
            return "is not a month: expected YYYY-MM with a month from 01 to 12, for example 2016-04.";
        }
        var previous = builder.LastMonth;
        var previousLine = builder.LastLine;
        builder.LastMonth = month;
        builder.LastLine = line;
        if (previous is not { } p)
        {
            return null;
        }
        var which = name is null ? string.Empty : $" of series '{name}'";
        if (month <= p)
        {
            return $"comes after {p}{which} (line {previousLine}): the months must be in order; sort the rows by month.";
        }
        if (month != p.Next)
        {
            var gap = month.Previous == p.Next ? $"{p.Next} is" : $"{p.Next} to {month.Previous} are";
            return $"follows {p}{which} (line {previousLine}): {gap} missing; add each missing month with a blank value (a gap the command reports) rather than leaving it out.";
        }
        return null;
    }

    private static int FindColumn(List<string> header, IReadOnlyList<string> names, string source, int line, List<SeriesCsvError> errors, bool required = true)
    {
        var found = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i].Trim();
            if (!names.Any(n => n.Equals(cell, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (found >= 0)
            {
                errors.Add(new SeriesCsvError(source, line, cell, null,
                    $"is a second {Describe(names)} column (column {found + 1} is one already); keep only one."));
                continue;
            }
            found = i;
        }
        if (found < 0 && required)
        {
            errors.Add(new SeriesCsvError(source, line, null, null,
                $"the header has no {Describe(names)} column; found '{string.Join(",", header.Select(h => h.Trim()))}'. Expected 'month,value' or 't,y' (optionally with 'series')."));
        }
        return found;
    }

    private static string Describe(IReadOnlyList<string> names) => string.Join(" or ", names.Select(n => $"'{n}'"));

    // Quoting that CsvHelper recovers from but that would give a wrong value here; a stray quote inside a value is kept as text.
    private static string? QuoteProblem(CsvInput csv) => csv.Malformed switch
    {
        CsvMalformedReason.LineBreakInQuotes or CsvMalformedReason.UnterminatedQuote
            => "has a quoted field with no closing quote (\"); quoted fields must end on the same line.",
        CsvMalformedReason.TextAfterClosingQuote => "has text after a closing quote; put the whole field inside the quotes.",
        _ => null,
    };

    private sealed class SeriesBuilder(string? name)
    {
        public string? Name { get; } = name;

        public ReportingMonth? LastMonth { get; set; }

        public int LastLine { get; set; }

        public List<string> Labels { get; } = [];

        public List<double> Values { get; } = [];

        public Dictionary<string, int> FirstLineOf { get; } = new(StringComparer.Ordinal);
    }
}
