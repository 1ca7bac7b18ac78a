using System.Text;
using Csc.Analysis.Output;
using CsvHelper;

namespace Csc.Analysis.Csv;

/// <summary>
/// The one CSV writer of the kit, over CsvHelper's <see cref="CsvWriter"/>: UTF-8 without a byte-order mark,
/// comma separated, rows ended by "\n", a field quoted when it holds a comma, a quote or a line break or starts
/// or ends with a space or tab (quotes inside doubled). Numbers are written in the invariant round-trip form,
/// dates as yyyy-MM-dd, a missing value as an empty field. For <see cref="CsvAudience.Spreadsheet"/> text that a
/// spreadsheet would run as a formula is escaped (see <see cref="CsvAudience"/>).
/// </summary>
/// <example>
/// <code>
/// CsvOutput.Write("out.csv", CsvAudience.Program, csv =>
/// {
///     csv.Row("month", "value");
///     csv.Text("2016-04").Number(12.5).EndRow();
/// });
/// </code>
/// </example>
public sealed class CsvOutput : IDisposable
{
    private readonly CsvWriter writer;
    private readonly PendingOutput? pending;
    private readonly CsvAudience audience;
    private bool disposed;

    private CsvOutput(CsvWriter writer, CsvAudience audience, PendingOutput? pending = null)
    {
        this.writer = writer;
        this.audience = audience;
        this.pending = pending;
    }

    /// <summary>The options every CSV of the kit is written with, for <paramref name="audience"/>.</summary>
    public static CsvWriterOptions Options(CsvAudience audience) => new()
    {
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        ValidateFieldCount = false,
        Injection = audience == CsvAudience.Spreadsheet ? CsvInjection.Escape : CsvInjection.None,
    };

    /// <summary>
    /// Writes the file at <paramref name="path"/> with <paramref name="write"/> through <see cref="OutputFile"/>: its folder
    /// is created when needed and the file is replaced only when <paramref name="write"/> returns (when it throws the
    /// previous file is left as it was).
    /// </summary>
    public static void Write(string path, CsvAudience audience, Action<CsvOutput> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var csv = Create(path, audience);
        try
        {
            write(csv);
        }
        catch
        {
            csv.Abandon();
            throw;
        }
        csv.Dispose();
    }

    /// <summary>
    /// Creates (or replaces) the file at <paramref name="path"/> through <see cref="OutputFile"/>, creating its folder
    /// when needed: the rows go to a temporary file that disposing the writer moves into place. Prefer
    /// <see cref="Write(string, CsvAudience, Action{CsvOutput})"/>, which also keeps the previous file when writing throws.
    /// </summary>
    public static CsvOutput Create(string path, CsvAudience audience)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var output = OutputFile.Begin(path);
        return new CsvOutput(CsvWriter.Create(output.Stream, Options(audience), leaveOpen: true), audience, output);
    }

    /// <summary>Writes to <paramref name="stream"/> (UTF-8); disposing the writer disposes the stream unless <paramref name="leaveOpen"/>.</summary>
    public static CsvOutput Create(Stream stream, CsvAudience audience, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new CsvOutput(CsvWriter.Create(stream, Options(audience), leaveOpen), audience);
    }

    /// <summary>Writes to <paramref name="text"/> (a console, a string); disposing the writer disposes it unless <paramref name="leaveOpen"/>.</summary>
    public static CsvOutput Create(TextWriter text, CsvAudience audience, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CsvOutput(CsvWriter.Create(text, Options(audience), leaveOpen), audience);
    }

    /// <summary>The CSV text of the rows <paramref name="write"/> writes, for tests and small in-memory tables.</summary>
    public static string ToText(CsvAudience audience, Action<CsvOutput> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var text = new StringBuilder();
        using (var csv = Create(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture), audience))
        {
            write(csv);
        }
        return text.ToString();
    }

    /// <summary>A text field; null is an empty field.</summary>
    public CsvOutput Text(string? value)
    {
        writer.WriteField(Shown(value));
        return this;
    }

    /// <summary>A number in the invariant round-trip form; null, NaN and infinities are an empty field.</summary>
    public CsvOutput Number(double? value)
    {
        if (value is { } x && double.IsFinite(x))
        {
            writer.WriteField(x, "R");
        }
        else
        {
            writer.WriteField(string.Empty);
        }
        return this;
    }

    /// <summary>A whole number; null is an empty field.</summary>
    public CsvOutput Number(long? value)
    {
        if (value is { } x)
        {
            writer.WriteField(x);
        }
        else
        {
            writer.WriteField(string.Empty);
        }
        return this;
    }

    /// <summary>A date as yyyy-MM-dd; null is an empty field.</summary>
    public CsvOutput Date(DateOnly? value)
    {
        if (value is { } d)
        {
            writer.WriteField(d, IsoFormat.DatePattern);
        }
        else
        {
            writer.WriteField(string.Empty);
        }
        return this;
    }

    /// <summary>
    /// A cell of a table by its type: text as text, numbers and dates typed (see <see cref="Number(double?)"/>,
    /// <see cref="Date(DateOnly?)"/>), a month as yyyy-MM, booleans as true/false, null empty.
    /// </summary>
    public CsvOutput Cell(object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteField(string.Empty);
                break;
            case string s:
                writer.WriteField(Shown(s));
                break;
            case double x:
                Number(x);
                break;
            case float f:
                Number(f);
                break;
            case int i:
                writer.WriteField(i);
                break;
            case long l:
                writer.WriteField(l);
                break;
            case decimal m:
                writer.WriteField(m);
                break;
            case DateOnly d:
                Date(d);
                break;
            case bool b:
                // Typed as text the spreadsheet reads as a boolean, not as a formula.
                writer.WriteField(b ? "true" : "false");
                break;
            case IFormattable f:
                writer.WriteField(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteField(Shown(value.ToString()));
                break;
        }
        return this;
    }

    // For a spreadsheet a direction control would disguise the text around it (see DirectionControls); CsvHelper escapes formulas.
    private string? Shown(string? text) => audience == CsvAudience.Spreadsheet && text is not null ? DirectionControls.Neutralise(text) : text;

    /// <summary>Ends the current row.</summary>
    public void EndRow() => writer.EndRecord();

    /// <summary>Writes a whole row of text fields (a header, or a row already formatted).</summary>
    public void Row(params ReadOnlySpan<string?> fields)
    {
        foreach (var field in fields)
        {
            writer.WriteField(Shown(field));
        }
        writer.EndRecord();
    }

    /// <summary>Writes a whole row of text fields.</summary>
    public void Row(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            writer.WriteField(Shown(field));
        }
        writer.EndRecord();
    }

    /// <summary>Writes buffered rows to the destination.</summary>
    public void Flush() => writer.Flush();

    /// <summary>
    /// Closes the writer without replacing the file it was created for (the temporary file is deleted, the previous
    /// file keeps its bytes): for a writer that failed part way. On a stream or text writer it is <see cref="Dispose"/>.
    /// </summary>
    public void Abandon()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        try
        {
            writer.Dispose();
        }
        finally
        {
            pending?.Dispose();
        }
    }

    /// <summary>Writes what is buffered and closes the destination (unless it was left open); a file is moved into place.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        writer.Dispose();
        pending?.Commit();
    }
}
