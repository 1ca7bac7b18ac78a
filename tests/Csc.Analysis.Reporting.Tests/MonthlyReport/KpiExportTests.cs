using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

public sealed class KpiExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "csc-export-" + Guid.NewGuid().ToString("N"));

    // Feb 2017 .. May 2017: 60, 70, 75, 29 within timescale out of 100 each month.
    private static KpiResults Results() => TestKpis.Engine(new ReportingMonth(2017, 2), [60, 70, 75, 29], RagRule.FromTarget(90, KpiPolarity.HigherIsBetter, 10));

    [Fact]
    public void WriteMonths_FinancialYearColumns()
    {
        var w = new StringWriter();
        KpiExport.WriteMonths([new ReportingMonth(2017, 3), new ReportingMonth(2017, 4)], w);
        Assert.Equal(
            "month,month_start,month_end,year,month_number,month_name,financial_year,financial_year_start,financial_month_number\n" +
            "2017-03,2017-03-01,2017-03-31,2017,3,March,2016/17,2016-04-01,12\n" +
            "2017-04,2017-04-01,2017-04-30,2017,4,April,2017/18,2017-04-01,1\n",
            w.ToString());
    }

    [Fact]
    public void WriteKpis_OneRowPerKpi_WithRuleQuoted()
    {
        var w = new StringWriter();
        KpiExport.WriteKpis(Results(), w);
        Assert.Equal(
            "kpi_id,title,report_area,unit,polarity,kind,numerator,denominator,rated_on,target,rag_rule\n" +
            "test_pct,Test KPI,Child Protection,percent,higher_is_better,flow,within timescale,conferences,month,90,\"target 90 (higher is better), amber band 10\"\n",
            w.ToString());
    }

    [Fact]
    public void WritePowerBi_ThreeFiles_FactsAreTheTidyTable()
    {
        var paths = KpiExport.WritePowerBi(Results(), _folder);
        Assert.Equal([KpiExport.KpisFile, KpiExport.MonthsFile, KpiExport.FactsFile], paths.Select(p => Path.GetFileName(p)!).ToArray());
        var facts = File.ReadAllLines(Path.Combine(_folder, KpiExport.FactsFile));
        Assert.Equal(string.Join(",", KpiTable.Columns), facts[0]);
        // May 2017: 29 of 100; YTD Apr+May = (75 + 29) / 200 = 52%; red (below 80).
        Assert.Equal("test_pct,2017-05,29,29,100,52,104,200,90,red", facts[^1]);
        Assert.Equal(5, facts.Length);
    }

    [Fact]
    public void WriteExcel_SummaryAndAreaSheets_Deterministic()
    {
        var a = Path.Combine(_folder, "a.xlsx");
        var b = Path.Combine(_folder, "b.xlsx");
        KpiExport.WriteExcel(Results(), a);
        KpiExport.WriteExcel(Results(), b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

        using var doc = SpreadsheetDocument.Open(a, false);
        var wb = doc.WorkbookPart!;
        var names = wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Summary", "Child Protection"], names);
        string[] Row(string sheet, int index)
        {
            var id = wb.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheet).Id!.Value!;
            var part = (WorksheetPart)wb.GetPartById(id);
            var row = part.Worksheet.Descendants<Row>().First(r => r.RowIndex! == (uint)index);
            return [.. row.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty)];
        }
        Assert.Equal(["KPI summary, May 2017"], Row("Summary", 1));
        // id, title, area, value, target, RAG, rated on, last month, same month last year (none: no cell), YTD
        Assert.Equal(["test_pct", "Test KPI", "Child Protection", "29", "90", "Red", "Month", "75", "52"], Row("Summary", 3));
        Assert.Equal(["KPI id", "KPI", "2017-02", "2017-03", "2017-04", "2017-05"], Row("Child Protection", 1));
        Assert.Equal(["test_pct", "Test KPI", "60", "70", "75", "29"], Row("Child Protection", 2));

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description));
        // The summary's title and column headings stay in view; the RAG is text on its fill.
        var summary = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!);
        Assert.Equal("A3", summary.Worksheet.Descendants<Pane>().Single().TopLeftCell!.Value);
        var rag = summary.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "F3");
        var format = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)rag.StyleIndex!.Value);
        var fill = wb.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        Assert.Equal("FFFFC7CE", fill.PatternFill!.ForegroundColor!.Rgb!.Value);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
