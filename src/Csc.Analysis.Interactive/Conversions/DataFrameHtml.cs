using System.Globalization;
using Csc.Analysis.Reporting.Html;
using Microsoft.Data.Analysis;

namespace Csc.Analysis.Interactive.Conversions;

/// <summary>
/// A Microsoft.Data.Analysis DataFrame as the kit's accessible HTML table, so a DataFrame shows as a
/// table in notebooks and on published pages (the default .NET Interactive view is a property tree).
/// </summary>
public static class DataFrameHtml
{
    /// <summary>The default number of rows shown.</summary>
    public const int DefaultMaxRows = 50;

    /// <summary>
    /// The first <paramref name="maxRows"/> rows as an <see cref="HtmlTable"/>: a column per DataFrame
    /// column, numbers right-aligned with the invariant culture, nulls as an en dash, dates as yyyy-MM-dd.
    /// The caption says how many rows and columns the frame has and how many are shown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is less than 1.</exception>
    public static HtmlTable ToHtmlTable(this DataFrame frame, string? caption = null, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var columns = frame.Columns.ToList();
        var shown = (int)Math.Min(frame.Rows.Count, maxRows);
        var size = string.Create(CultureInfo.InvariantCulture, $"{frame.Rows.Count} rows \u00d7 {columns.Count} columns");
        if (shown < frame.Rows.Count)
        {
            size += string.Create(CultureInfo.InvariantCulture, $", first {shown} shown");
        }
        var headers = columns.Select(c => new TableColumn(c.Name, IsNumeric(c) ? ColumnAlign.Right : ColumnAlign.Left)).ToList();
        var rows = new List<IReadOnlyList<TableCell>>(shown);
        for (var i = 0; i < shown; i++)
        {
            rows.Add([.. columns.Select(c => Cell(c[i]))]);
        }
        return new HtmlTable(caption is null ? "DataFrame: " + size : $"{caption} ({size})", headers, rows) { FirstColumnIsRowHeader = false };
    }

    private static bool IsNumeric(DataFrameColumn column) =>
        column.DataType == typeof(double) || column.DataType == typeof(float) || column.DataType == typeof(decimal)
        || column.DataType == typeof(int) || column.DataType == typeof(long) || column.DataType == typeof(short);

    private static TableCell Cell(object? value) => value switch
    {
        null => TableCell.Number((double?)null),
        double d => TableCell.Number(double.IsFinite(d) ? d : null, "0.###"),
        float f => TableCell.Number(float.IsFinite(f) ? f : null, "0.###"),
        decimal m => TableCell.Number((double)m, "0.###"),
        int n => TableCell.Number((long)n),
        long n => TableCell.Number(n),
        short n => TableCell.Number((long)n),
        DateTime t => TableCell.Text(t.TimeOfDay == TimeSpan.Zero ? IsoFormat.Date(DateOnly.FromDateTime(t)) : IsoFormat.ReadableDateTime(t)),
        bool b => TableCell.Text(b ? "true" : "false"),
        IFormattable x => TableCell.Text(x.ToString(null, CultureInfo.InvariantCulture)),
        _ => TableCell.Text(value.ToString()),
    };
}
