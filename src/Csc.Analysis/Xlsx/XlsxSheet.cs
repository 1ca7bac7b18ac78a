namespace Csc.Analysis.Xlsx;

/// <summary>
/// One worksheet for <see cref="XlsxWriter"/>: its name, its rows of cells and how many rows at the top are
/// headings (bold, and frozen so they stay in view when scrolling). A cell is text (<see cref="string"/>),
/// a number (<see cref="double"/>, <see cref="int"/>, <see cref="long"/>), a date (<see cref="DateOnly"/>,
/// written as an Excel date shown dd/mm/yyyy), a <see cref="XlsxRagCell"/>, or null / empty text for no cell.
/// </summary>
public sealed record XlsxSheet
{
    /// <summary>The sheet's tab name (Excel allows 31 characters and none of : \ / ? * [ ]).</summary>
    public required string Name { get; init; }

    /// <summary>The rows from the top, each a list of cells from column A.</summary>
    public required IReadOnlyList<object?[]> Rows { get; init; }

    /// <summary>The number of heading rows at the top (0 for none).</summary>
    public int HeadingRows { get; init; } = 1;

    /// <summary>The width of the used columns in characters, or null for Excel's default.</summary>
    public double? ColumnWidth { get; init; }
}
