using System.Globalization;

namespace Csc.Analysis.Reporting.Html;

/// <summary>Horizontal alignment of a column: numbers align right.</summary>
public enum ColumnAlign
{
    /// <summary>Aligned left (text).</summary>
    Left,
    /// <summary>Aligned right (numbers).</summary>
    Right,
}

/// <summary>A table column: header text and alignment.</summary>
public sealed record TableColumn(string Header, ColumnAlign Align = ColumnAlign.Left)
{
    /// <summary>A left-aligned column headed <paramref name="header"/>.</summary>
    public static implicit operator TableColumn(string header) => new(header);
}

/// <summary>One cell: escaped text, or markup from a renderable (a RAG badge, a link).</summary>
public sealed record TableCell
{
    private TableCell(string? text, IHtmlRenderable? content, bool numeric)
    {
        TextValue = text;
        Content = content;
        IsNumeric = numeric;
    }

    /// <summary>The plain text, when the cell is text.</summary>
    public string? TextValue { get; }

    /// <summary>The renderable, when the cell is markup.</summary>
    public IHtmlRenderable? Content { get; }

    /// <summary>Whether the cell holds a number (right-aligned).</summary>
    public bool IsNumeric { get; }

    /// <summary>A text cell (null is empty).</summary>
    public static TableCell Text(string? text) => new(text ?? string.Empty, null, false);

    /// <summary>A number formatted with an invariant .NET format ("0.0", "N0", "0.0%"); null shows as an en dash.</summary>
    public static TableCell Number(double? value, string format = "0.##") =>
        new(value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "\u2013", null, true);

    /// <summary>A whole number with thousands separators (null is a dash).</summary>
    public static TableCell Number(long? value) =>
        new(value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "\u2013", null, true);

    /// <summary>A symbol printed in a numeric column in place of a number (a disclosure symbol: c, z, x or k).</summary>
    public static TableCell Symbol(string symbol) => new(symbol ?? throw new ArgumentNullException(nameof(symbol)), null, true);

    /// <summary>A RAG badge with an optional label.</summary>
    public static TableCell Rag(RagTone tone, string? label = null) => new(null, new RagBadge(tone, label), false);

    /// <summary>A cell holding <paramref name="content"/>.</summary>
    public static TableCell Of(IHtmlRenderable content) => new(null, content ?? throw new ArgumentNullException(nameof(content)), false);

    /// <summary>A text cell.</summary>
    public static implicit operator TableCell(string? text) => Text(text);

    /// <summary>Plain text of the cell (for a RAG cell, the words shown).</summary>
    public string PlainText => TextValue ?? (Content is RagBadge r ? r.DisplayText : string.Empty);
}

/// <summary>
/// A data table with a caption, a header row, optional row headers (first column as &lt;th scope=row&gt;)
/// and right-aligned numeric columns; wide tables scroll horizontally on screen.
/// </summary>
public sealed record HtmlTable(string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows) : IHtmlRenderable
{
    /// <summary>First column as row headers.</summary>
    public bool FirstColumnIsRowHeader { get; init; } = true;

    /// <summary>Hide the caption visually (still read by screen readers), e.g. under a chart.</summary>
    public bool CaptionVisuallyHidden { get; init; }

    /// <summary>Writes the element to <paramref name="writer"/>.</summary>
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var r = 0; r < Rows.Count; r++)
        {
            if (Rows[r].Count != Columns.Count)
            {
                throw new ArgumentException($"Table '{Caption}' row {r + 1} has {Rows[r].Count} cells but there are {Columns.Count} columns.");
            }
        }
        writer.Open("div", ("class", "table-scroll")).Open("table");
        writer.Element("caption", Caption, ("class", CaptionVisuallyHidden ? "visually-hidden" : null));
        writer.Open("thead").Open("tr");
        foreach (var c in Columns)
        {
            writer.Element("th", c.Header, ("scope", "col"), ("class", c.Align == ColumnAlign.Right ? "num" : null));
        }
        writer.Close("tr").Close("thead").Open("tbody");
        foreach (var row in Rows)
        {
            writer.Open("tr");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var header = i == 0 && FirstColumnIsRowHeader;
                var css = cell.IsNumeric || Columns[i].Align == ColumnAlign.Right ? "num" : null;
                writer.Open(header ? "th" : "td", ("scope", header ? "row" : null), ("class", css));
                if (cell.Content is not null)
                {
                    writer.Write(cell.Content);
                }
                else
                {
                    writer.Text(cell.TextValue);
                }
                writer.Close(header ? "th" : "td");
            }
            writer.Close("tr");
        }
        writer.Close("tbody").Close("table").Close("div");
    }
}
