using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExtendedProperties = DocumentFormat.OpenXml.ExtendedProperties;

namespace Csc.Analysis.Xlsx;

/// <summary>
/// The one .xlsx writer of the kit (the Annex A return and the KPI workbook), over the Open XML SDK: typed cells
/// (inline text, numbers, dates as Excel dates shown dd/mm/yyyy, RAG ratings as text on a green, amber or red
/// fill), bold heading rows frozen at the top of each sheet. There are no formula cells: text that starts with = is an
/// inline string, shown as written; the Unicode direction controls become U+FFFD (<see cref="DirectionControls"/>) and
/// the control characters XML cannot hold are dropped. The package is written with fixed relationship ids,
/// fixed document properties and zip entries in name order stamped 1980-01-01, so the same sheets always give
/// the same bytes.
/// </summary>
public static class XlsxWriter
{
    private const uint DateStyle = 1;
    private const uint HeadingStyle = 2;
    private const uint GreenStyle = 3;
    private const uint AmberStyle = 4;
    private const uint RedStyle = 5;
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="path"/> through <see cref="OutputFile"/> (replaced whole if present; its folder is created).</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="sheets">The worksheets in tab order.</param>
    /// <param name="title">The document title (File, Info in Excel).</param>
    /// <param name="documentTime">The created and modified time of the document properties (fixed, so output is reproducible).</param>
    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets, string title, DateTimeOffset documentTime)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        OutputFile.Write(path, file => Write(file, sheets, title, documentTime));
    }

    /// <summary>Writes the workbook to <paramref name="stream"/>, which is left open.</summary>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets, string title, DateTimeOffset documentTime)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(title);
        using var buffer = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Parts are added with fixed relationship ids: the SDK's defaults are random.
            var wb = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            AddProperties(doc, title, documentTime);
            var styles = wb.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Styles();
            styles.Stylesheet.Save();
            var list = new Sheets();
            wb.Workbook = new Workbook(list);
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var id = (uint)(i + 1);
                var part = wb.AddNewPart<WorksheetPart>("rId" + id.ToString(CultureInfo.InvariantCulture));
                part.Worksheet = Worksheet(sheet);
                part.Worksheet.Save();
                list.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id, Name = sheet.Name });
            }
            wb.Workbook.Save();
        }
        // System.IO.Packaging stamps each zip entry with the current time: copy the entries into a
        // fresh archive in name order with a fixed time.
        buffer.Position = 0;
        using var source = new ZipArchive(buffer, ZipArchiveMode.Read);
        using var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>The Excel serial number of <paramref name="date"/> (days since 1899-12-30, as Excel counts them after February 1900).</summary>
    public static int ToExcelSerial(DateOnly date) => date.DayNumber - ExcelEpoch.DayNumber;

    /// <summary>The date of an Excel serial number (its whole part).</summary>
    public static DateOnly FromExcelSerial(double serial) => ExcelEpoch.AddDays((int)Math.Floor(serial));

    /// <summary>The column letters of a 0-based column index: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }
        return name;
    }

    private static void AddProperties(SpreadsheetDocument doc, string title, DateTimeOffset time)
    {
        var core = doc.AddNewPart<CoreFilePropertiesPart>("rId2");
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using (var s = core.GetStream(FileMode.Create))
        using (var w = XmlWriter.Create(s, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument(standalone: true);
            w.WriteStartElement("cp", "coreProperties", cp);
            w.WriteAttributeString("xmlns", "dc", null, dc);
            w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            w.WriteAttributeString("xmlns", "xsi", null, xsi);
            w.WriteElementString("dc", "title", dc, XmlSafe(title));
            w.WriteElementString("dc", "creator", dc, "Csc.Analysis");
            var stamp = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (var name in new[] { "created", "modified" })
            {
                w.WriteStartElement("dcterms", name, dcterms);
                w.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                w.WriteString(stamp);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        var app = doc.AddNewPart<ExtendedFilePropertiesPart>("rId3");
        app.Properties = new ExtendedProperties.Properties(new ExtendedProperties.Application("Csc.Analysis"));
        app.Properties.Save();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var worksheet = new Worksheet();
        var headings = Math.Min(sheet.HeadingRows, sheet.Rows.Count);
        if (headings > 0)
        {
            var top = "A" + (headings + 1).ToString(CultureInfo.InvariantCulture);
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = headings, TopLeftCell = top, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = top, SequenceOfReferences = new ListValue<StringValue>([new StringValue(top)]) })
            { WorkbookViewId = 0 }));
        }
        var width = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Length);
        if (sheet.ColumnWidth is { } w && width > 0)
        {
            worksheet.Append(new Columns(new Column { Min = 1, Max = (uint)width, Width = w, CustomWidth = true }));
        }
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var number = (r + 1).ToString(CultureInfo.InvariantCulture);
            var row = new Row { RowIndex = (uint)(r + 1) };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Length; c++)
            {
                if (Cell(cells[c], ColumnName(c) + number, heading: r < headings) is { } cell)
                {
                    row.Append(cell);
                }
            }
            data.Append(row);
        }
        worksheet.Append(data);
        return worksheet;
    }

    private static Cell? Cell(object? value, string reference, bool heading) => value switch
    {
        null or string { Length: 0 } => null,
        string text => Text(reference, text, heading ? HeadingStyle : null),
        XlsxRagCell rag => Text(reference, rag.Text, rag.Rag switch { Rag.Green => GreenStyle, Rag.Amber => AmberStyle, Rag.Red => RedStyle, _ => null }),
        double x when double.IsFinite(x) => Number(reference, x.ToString("R", CultureInfo.InvariantCulture)),
        double => null,
        int i => Number(reference, i.ToString(CultureInfo.InvariantCulture)),
        long l => Number(reference, l.ToString(CultureInfo.InvariantCulture)),
        DateOnly d => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(ToExcelSerial(d).ToString(CultureInfo.InvariantCulture)) },
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(value)),
    };

    private static Cell Number(string reference, string text) => new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) };

    private static Cell Text(string reference, string text, uint? style)
    {
        var clean = XmlSafe(DirectionControls.Neutralise(text));
        var t = new Text(clean);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }
        var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(t) };
        if (style is { } s)
        {
            cell.StyleIndex = s;
        }
        return cell;
    }

    // XML 1.0 cannot hold control characters other than tab, newline and return: they are dropped.
    private static string XmlSafe(string s)
    {
        foreach (var ch in s)
        {
            if (!XmlConvert.IsXmlChar(ch) && !char.IsSurrogate(ch))
            {
                return new string([.. s.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]);
            }
        }
        return s;
    }

    private static Stylesheet Styles()
    {
        static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }) { PatternType = PatternValues.Solid });
        static Font Font(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }
            font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
            return font;
        }
        static CellFormat Format(uint numberFormat, uint font, uint fill) => new()
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
        };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFC6EFCE"),
                Solid("FFFFEB9C"),
                Solid("FFFFC7CE")) { Count = 5 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(Format(0, 0, 0), Format(164, 0, 0), Format(0, 1, 0), Format(0, 0, 2), Format(0, 0, 3), Format(0, 0, 4)) { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
