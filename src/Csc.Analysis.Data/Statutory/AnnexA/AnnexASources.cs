using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml;

namespace Csc.Analysis.Data.Statutory;

/// <summary>One spreadsheet or CSV cell: its text, its number when the cell is numeric (an Excel serial date in a date column), and whether it holds an Excel error such as #N/A.</summary>
internal readonly record struct AnnexCell(string? Text, double? Number, bool IsError)
{
    public static AnnexCell FromText(string? text) => new(text, null, false);
}

/// <summary>One row of a list: its 1-based line (spreadsheet row or CSV line) and its cells by 0-based column.</summary>
internal sealed record AnnexRow(long Line, IReadOnlyList<AnnexCell> Cells)
{
    public AnnexCell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : default;

    public bool IsBlank => Cells.All(c => string.IsNullOrWhiteSpace(c.Text) && c.Number is null && !c.IsError);
}

/// <summary>Streams the rows of the worksheets of an .xlsx workbook (Open XML SDK; shared strings, inline strings, numbers, booleans, errors, ISO date cells).</summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly string[] sharedStrings;

    private XlsxWorkbook(SpreadsheetDocument document)
    {
        this.document = document;
        var sst = document.WorkbookPart?.SharedStringTablePart?.SharedStringTable;
        sharedStrings = sst is null ? [] : [.. sst.Elements<SharedStringItem>().Select(ItemText)];
    }

    public static XlsxWorkbook Open(string path) => new(SpreadsheetDocument.Open(path, false));

    /// <summary>The worksheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames
        => [.. (document.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>() ?? []).Select(s => s.Name?.Value ?? string.Empty)];

    /// <summary>The rows of the named sheet, in order; rows without cells are skipped (so row numbers may jump).</summary>
    public IEnumerable<AnnexRow> Rows(string sheetName)
    {
        var wb = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var sheet = wb.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheetName);
        if (sheet?.Id?.Value is not { } id || wb.GetPartById(id) is not WorksheetPart part)
        {
            yield break;
        }
        using var reader = OpenXmlReader.Create(part);
        long running = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } ri ? (long)ri : running + 1;
            running = number;
            var cells = new List<AnnexCell>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                if (column < 0)
                {
                    column = position;
                }
                while (cells.Count < column)
                {
                    cells.Add(default);
                }
                var value = Read(cell);
                if (column < cells.Count)
                {
                    cells[column] = value;
                }
                else
                {
                    cells.Add(value);
                }
                position = column + 1;
            }
            yield return new AnnexRow(number, cells);
        }
    }

    private AnnexCell Read(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Length
                ? AnnexCell.FromText(sharedStrings[i])
                : AnnexCell.FromText(raw);
        }
        if (type == CellValues.InlineString)
        {
            return AnnexCell.FromText(cell.InlineString is { } inline ? InlineText(inline) : raw);
        }
        if (type == CellValues.Error)
        {
            return new AnnexCell(raw, null, true);
        }
        if (type == CellValues.String || type == CellValues.Date)
        {
            return AnnexCell.FromText(raw);
        }
        if (type == CellValues.Boolean)
        {
            return AnnexCell.FromText(raw == "1" ? "TRUE" : "FALSE");
        }
        if (raw is null)
        {
            return default;
        }
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? new AnnexCell(d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture), d, false)
            : AnnexCell.FromText(raw);
    }

    private static string ItemText(SharedStringItem item)
        => item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));

    private static string InlineText(InlineString inline)
        => inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));

    /// <summary>0-based column of a cell reference ("F12" gives 5), or -1.</summary>
    public static int ColumnIndex(string reference)
    {
        var n = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            n = (n * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : n - 1;
    }

    public void Dispose() => document.Dispose();
}

internal static class CsvListRows
{
    /// <summary>The records of an Annex A CSV list as rows (header included), from an open <see cref="CsvRows"/>.</summary>
    public static IEnumerable<AnnexRow> Rows(CsvRows csv)
    {
        yield return new AnnexRow(csv.Line, [.. csv.Header.Select(AnnexCell.FromText)]);
        while (csv.Read())
        {
            if (csv.RecordBroken)
            {
                continue;
            }
            yield return new AnnexRow(csv.Line, [.. csv.Record.Select(AnnexCell.FromText)]);
        }
    }
}
