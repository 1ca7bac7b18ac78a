using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Data.Statutory;

/// <summary>How a format writes its dates.</summary>
internal enum DateStyle
{
    /// <summary>dd/mm/yyyy (SSDA903); other unambiguous spellings are read with a warning.</summary>
    Uk,

    /// <summary>yyyy-mm-dd (CIN census XML); other unambiguous spellings are read with a warning.</summary>
    Iso,

    /// <summary>Annex A: dd/mm/yyyy text or any unambiguous spelling (serial numbers are handled by the sheet reader).</summary>
    Any,
}

/// <summary>
/// Reads one field at a time and records every problem as a located issue. A method returns
/// null (and records an error) when the value is unusable; callers reject the row when a
/// required value is null. One instance per file.
/// </summary>
internal sealed class FieldReader(IssueCollector sink, LoadOptions options, string file, DateStyle style)
{
    private readonly HashSet<string> variantColumnsReported = new(StringComparer.Ordinal);
    private readonly HashSet<string> pool = new(StringComparer.Ordinal);

    public IssueCollector Sink => sink;

    /// <summary>
    /// While true, problems that would be errors are recorded as warnings: used for columns the
    /// kit validates but does not map, so a bad value there does not reject a usable row.
    /// </summary>
    public bool Lenient { get; set; }

    /// <summary>Records a problem as an error (the row is rejected) or, while <see cref="Lenient"/>, as a warning.</summary>
    public void Fail(string rule, long? line, string? column, string? value, string reason)
    {
        if (Lenient)
        {
            sink.Warning(rule, file, line, column, value, reason + " The column is not used by the kit, so the row is kept.");
        }
        else
        {
            sink.Error(rule, file, line, column, value, reason);
        }
    }

    /// <summary>Runs <paramref name="validate"/> with <see cref="Lenient"/> set.</summary>
    public void Leniently(Action validate)
    {
        var was = Lenient;
        Lenient = true;
        try
        {
            validate();
        }
        finally
        {
            Lenient = was;
        }
    }

    public string File => file;

    /// <summary>Text with surrounding spaces removed; null when blank. Required and blank is a VALUE_MISSING error.</summary>
    public string? Text(long? line, string column, string? text, bool required = false)
    {
        var t = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (t is null && required)
        {
            Fail(StatutoryRules.ValueMissing, line, column, text, $"{column} is required but blank.");
        }
        return t;
    }

    /// <summary>A date in the file's style; blank gives null (an error when required).</summary>
    public DateOnly? Date(long? line, string column, string? text, bool required = false)
    {
        var t = Text(line, column, text, required);
        if (t is null)
        {
            return null;
        }
        if (FieldParsers.TryParseDate(t, out var d))
        {
            var uk = t.Length == 10 && t[2] == '/';
            if (((style == DateStyle.Uk && !uk) || (style == DateStyle.Iso && uk)) && variantColumnsReported.Add(column))
            {
                Variant(line, column, t, d);
            }
        }
        else if (StatutoryValues.TryParseVariantDate(t, out d))
        {
            if (style != DateStyle.Any && variantColumnsReported.Add(column))
            {
                Variant(line, column, t, d);
            }
        }
        else
        {
            Fail(StatutoryRules.DateFormat, line, column, t, $"{column} is {FieldParsers.DescribeBadDate(t)}");
            return null;
        }
        return CheckFuture(line, column, t, d);
    }

    private void Variant(long? line, string column, string text, DateOnly date)
    {
        var expected = style == DateStyle.Uk ? "dd/mm/yyyy" : "yyyy-mm-dd";
        sink.Warning(StatutoryRules.DateFormatVariant, file, line, column, text,
            $"{column} is not written {expected} as the specification asks; read as {IsoFormat.Date(date)}. Reported once per column.");
    }

    /// <summary>Checks a date (from any source) against the extract date.</summary>
    public DateOnly? CheckFuture(long? line, string column, string? text, DateOnly date)
    {
        if (options.ExtractDate is { } extract && date > extract)
        {
            Fail(StatutoryRules.DateFuture, line, column, text ?? IsoFormat.Date(date),
                $"{column} {IsoFormat.Date(date)} is after the extract date {IsoFormat.Date(extract)}.");
            return null;
        }
        return date;
    }

    /// <summary>A yes/no flag; blank gives null; an unreadable value is a FLAG_FORMAT error and gives null.</summary>
    public bool? Flag(long? line, string column, string? text, bool required = false)
    {
        var t = Text(line, column, text, required);
        if (t is null)
        {
            return null;
        }
        var f = StatutoryValues.TryParseFlag(t);
        if (f is null)
        {
            Fail(StatutoryRules.FlagFormat, line, column, t, $"{column} is not a yes/no value: expected 1/0, true/false, Y/N or Yes/No.");
        }
        return f;
    }

    /// <summary>A code checked against its code list; an unknown code is a CODE_UNKNOWN warning and is kept as written.</summary>
    public string? Code(long? line, string column, string? text, IReadOnlySet<string>? allowed, bool required = false)
    {
        var t = Text(line, column, text, required);
        if (t is not null && allowed is HashSet<string> set && set.TryGetValue(t, out var listed))
        {
            // The code list's own instance: a large file then holds one string per code, not one per row.
            return listed;
        }
        if (t is not null && allowed is not null && !allowed.Contains(t))
        {
            sink.Warning(StatutoryRules.CodeUnknown, file, line, column, t,
                $"{column} '{t}' is not in the code list ({string.Join(", ", allowed.Order(StringComparer.Ordinal))}); kept as written.");
        }
        return t;
    }

    /// <summary>A non-negative decimal number; unreadable is a NUMBER_FORMAT error and gives null.</summary>
    public double? Number(long? line, string column, string? text)
    {
        var t = Text(line, column, text);
        if (t is null)
        {
            return null;
        }
        if (FieldParsers.TryParseDouble(t, out var v) && v >= 0)
        {
            return v;
        }
        Fail(StatutoryRules.NumberFormat, line, column, t, $"{column} is not a non-negative number.");
        return null;
    }

    /// <summary>A non-negative whole number; unreadable is a NUMBER_FORMAT error (a warning while <see cref="Lenient"/>) and gives null.</summary>
    public int? WholeNumber(long? line, string column, string? text)
    {
        var t = Text(line, column, text);
        if (t is null)
        {
            return null;
        }
        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }
        Fail(StatutoryRules.NumberFormat, line, column, t, $"{column} is not a whole number of 0 or more.");
        return null;
    }

    /// <summary>One shared instance per distinct value (child ids, postcodes repeat on many rows).</summary>
    public string? Pooled(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (pool.TryGetValue(value, out var known))
        {
            return known;
        }
        pool.Add(value);
        return value;
    }

    /// <summary>Records DATE_ORDER when <paramref name="end"/> is before <paramref name="start"/>; returns false then.</summary>
    public bool CheckOrder(long? line, string startColumn, DateOnly start, string endColumn, DateOnly? end)
    {
        if (end is { } e && e < start)
        {
            Fail(StatutoryRules.DateOrder, line, endColumn, IsoFormat.Date(e),
                $"{endColumn} {IsoFormat.Date(e)} is before {startColumn} {IsoFormat.Date(start)}.");
            return false;
        }
        return true;
    }
}
