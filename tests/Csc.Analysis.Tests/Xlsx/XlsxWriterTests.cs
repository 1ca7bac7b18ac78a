using Csc.Analysis.Kpis;
using Csc.Analysis.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Csc.Analysis.Tests.Xlsx;

public sealed class XlsxWriterTests
{
    private static readonly DateTimeOffset Time = new(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);

    private static XlsxSheet[] Sheets() =>
    [
        new XlsxSheet
        {
            Name = "Data",
            Rows =
            [
                ["Name", "Date", "Count", "Rate", "RAG"],
                [" padded ", new DateOnly(2016, 2, 29), 7, 0.1 + 0.2, new XlsxRagCell(Rag.Green, "Green")],
                ["bell\u0007", null, -3L, double.NaN, new XlsxRagCell(Rag.None, "Not rated")],
            ],
            ColumnWidth = 20,
        },
        new XlsxSheet { Name = "Empty", Rows = [], HeadingRows = 0 },
    ];

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, Sheets(), "Title", Time);
        return stream.ToArray();
    }

    [Fact]
    public void Write_SameSheetsTwice_SameBytes() => Assert.Equal(Write(), Write());

    [Fact]
    public void Write_IsValidSpreadsheetMl_WithTheDocumentProperties()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Write()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal("Title", doc.PackageProperties.Title);
        Assert.Equal("Csc.Analysis", doc.PackageProperties.Creator);
        Assert.Equal(Time.UtcDateTime, doc.PackageProperties.Modified!.Value.ToUniversalTime());
        Assert.Equal(["Data", "Empty"], doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Write_CellsAreTyped_AndReadBackAsWritten()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Write()), false);
        var wb = doc.WorkbookPart!;
        var sheet = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!);
        var cells = sheet.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var formats = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = wb.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
        var fonts = wb.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        CellFormat Format(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)];

        Assert.Equal(" padded ", cells["A2"].InlineString!.InnerText);
        Assert.Equal(CellValues.InlineString, cells["A2"].DataType!.Value);
        Assert.Equal("bell", cells["A3"].InlineString!.InnerText);
        // 2016-02-29 is serial 42429, shown as a date.
        Assert.Equal("42429", cells["B2"].CellValue!.Text);
        Assert.Equal(164u, Format(cells["B2"]).NumberFormatId!.Value);
        Assert.False(cells.ContainsKey("B3"));
        Assert.Equal("7", cells["C2"].CellValue!.Text);
        Assert.Equal("-3", cells["C3"].CellValue!.Text);
        Assert.Equal(CellValues.Number, cells["C2"].DataType!.Value);
        Assert.Equal("0.30000000000000004", cells["D2"].CellValue!.Text);
        Assert.False(cells.ContainsKey("D3"));
        // RAG: the rating as text on its fill; no rating, no fill.
        Assert.Equal("Green", cells["E2"].InlineString!.InnerText);
        Assert.Equal("FFC6EFCE", fills[(int)Format(cells["E2"]).FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value);
        Assert.Equal(0u, Format(cells["E3"]).FillId!.Value);
        // The heading row is bold and frozen.
        Assert.NotNull(fonts[(int)Format(cells["A1"]).FontId!.Value].Bold);
        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
    }

    [Fact]
    public void Write_FormulaTextIsAnInlineString_DirectionControlsReplaced()
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, [new XlsxSheet { Name = "S", Rows = [["=HYPERLINK(\"http://evil.example\",\"x\")", "team \u202Egnp.exe"]] }], "T", Time);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.All(cells, c => Assert.Null(c.CellFormula));
        Assert.Equal(["=HYPERLINK(\"http://evil.example\",\"x\")", "team \uFFFDgnp.exe"], cells.Select(c => c.InlineString!.InnerText));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_IsSpreadsheetLetters(int index, string name) => Assert.Equal(name, XlsxWriter.ColumnName(index));

    [Fact]
    public void ExcelSerial_RoundTrips() => Assert.Equal(new DateOnly(2017, 4, 4), XlsxWriter.FromExcelSerial(XlsxWriter.ToExcelSerial(new DateOnly(2017, 4, 4))));
}
