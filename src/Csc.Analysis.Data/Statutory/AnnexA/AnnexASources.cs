using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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

/// <summary>
/// Streams the rows of the worksheets of an .xlsx workbook. The Open XML SDK opens the package and
/// finds the sheets; the sheet XML and the shared strings are read with a plain XmlReader (the
/// SDK's typed elements cost several microseconds a cell). Cells: shared strings, inline strings,
/// formula strings, numbers, booleans, errors (#N/A) and ISO date cells.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private readonly SpreadsheetDocument document;
    private readonly Lazy<string[]> sharedStrings;

    private XlsxWorkbook(SpreadsheetDocument document)
    {
        this.document = document;
        sharedStrings = new Lazy<string[]>(ReadSharedStrings);
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
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, Settings);
        long running = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }
            var number = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : running + 1;
            running = number;
            if (number > XlsxGuard.MaxRows)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"row {number:N0} is beyond Excel's limit of {XlsxGuard.MaxRows:N0} rows; the rows before it were read, the rest of the sheet is not"));
            }
            var cells = new List<AnnexCell>();
            if (!xml.IsEmptyElement)
            {
                ReadCells(xml, cells);
            }
            yield return new AnnexRow(number, cells);
        }
    }

    /// <summary>Reads the cells of the row the reader is on, up to its end tag.</summary>
    private void ReadCells(XmlReader xml, List<AnnexCell> cells)
    {
        var depth = xml.Depth;
        var position = 0;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }
            var reference = xml.GetAttribute("r");
            var type = xml.GetAttribute("t");
            var column = reference is null ? position : ColumnIndex(reference);
            if (column < 0)
            {
                column = position;
            }
            string? value = null;
            string? inline = null;
            if (!xml.IsEmptyElement)
            {
                var cellDepth = xml.Depth;
                while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
                {
                    if (xml.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }
                    if (xml.LocalName == "v")
                    {
                        value = xml.ReadElementContentAsString();
                        if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth)
                        {
                            break;
                        }
                    }
                    else if (xml.LocalName == "is")
                    {
                        inline = ReadText(xml);
                    }
                }
            }
            while (cells.Count < column)
            {
                cells.Add(default);
            }
            var cell = Cell(type, value, inline);
            if (column < cells.Count)
            {
                cells[column] = cell;
            }
            else
            {
                cells.Add(cell);
            }
            position = column + 1;
        }
    }

    /// <summary>The text of an &lt;is&gt; or &lt;si&gt; element: its &lt;t&gt; runs, without phonetic (&lt;rPh&gt;) runs; the reader ends on its end tag.</summary>
    private static string ReadText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
        var phonetic = -1;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement)
            {
                phonetic = xml.Depth;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == phonetic)
            {
                phonetic = -1;
            }
            else if (phonetic < 0 && xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                text.Append(xml.Value);
            }
        }
        return text.ToString();
    }

    private AnnexCell Cell(string? type, string? raw, string? inline)
    {
        switch (type)
        {
            case "s":
                var strings = sharedStrings.Value;
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length
                    ? AnnexCell.FromText(strings[i])
                    : AnnexCell.FromText(raw);
            case "inlineStr":
                return AnnexCell.FromText(inline ?? raw);
            case "e":
                return new AnnexCell(raw, null, true);
            case "str" or "d":
                return AnnexCell.FromText(raw);
            case "b":
                return AnnexCell.FromText(raw == "1" ? "TRUE" : "FALSE");
        }
        if (raw is null)
        {
            return inline is null ? default : AnnexCell.FromText(inline);
        }
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? new AnnexCell(d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture), d, false)
            : AnnexCell.FromText(raw);
    }

    private string[] ReadSharedStrings()
    {
        var part = document.WorkbookPart?.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }
        var list = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                list.Add(ReadText(xml));
            }
        }
        return [.. list];
    }

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
