using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Parquet;
using Csc.Analysis.Reliability;

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

    /// <summary>A Parquet file's columns with their types (string for text) and its rows as objects, read back with Parquet.Net.</summary>
    private static (List<(string Name, Type Type)> Columns, List<object?[]> Rows) ReadParquet(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            var columns = fields.Select(f => (f.Name, f.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : f.ClrType)).ToList();
            using var group = reader.OpenRowGroupReader(0);
            var n = (int)group.RowCount;
            var values = new List<object?[]>();
            foreach (var (f, (_, type)) in fields.Zip(columns))
            {
                values.Add(type == typeof(string) ? ReadText(group, f, n)
                    : type == typeof(DateOnly) ? Nullable<DateOnly>(group, f, n)
                    : type == typeof(int) ? Nullable<int>(group, f, n)
                    : type == typeof(long) ? Nullable<long>(group, f, n)
                    : type == typeof(bool) ? Nullable<bool>(group, f, n)
                    : Nullable<double>(group, f, n));
            }
            var rows = Enumerable.Range(0, n).Select(i => values.Select(v => v[i]).ToArray()).ToList();
            return (columns, rows);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        static object?[] ReadText(ParquetRowGroupReader g, Parquet.Schema.DataField f, int n)
        {
            var a = new string?[n];
            g.ReadAsync(f, a.AsMemory()).AsTask().GetAwaiter().GetResult();
            return [.. a];
        }

        static object?[] Nullable<T>(ParquetRowGroupReader g, Parquet.Schema.DataField f, int n)
            where T : struct
        {
            var a = new T?[n];
            g.ReadAsync<T>(f, a.AsMemory()).AsTask().GetAwaiter().GetResult();
            return [.. a.Select(x => x is { } v ? (object)v : null)];
        }
    }

    [Fact]
    public void WriteParquet_StarSchema_ReadsBackWithTypedColumns_AndIsDeterministic()
    {
        var paths = KpiExport.WriteParquet(Results(), _folder, KpiReliability.Reliable);
        Assert.Equal(KpiExport.ParquetFiles, paths.Select(p => Path.GetFileName(p)!).ToArray());

        var (kpiColumns, kpiRows) = ReadParquet(Path.Combine(_folder, KpiExport.KpisParquetFile));
        Assert.Equal(KpiExport.KpiColumns, kpiColumns.Select(c => c.Name));
        Assert.Equal(typeof(double), kpiColumns.Single(c => c.Name == "target").Type);
        Assert.All(kpiColumns.Where(c => c.Name != "target"), c => Assert.Equal(typeof(string), c.Type));
        Assert.Equal(["test_pct", "Test KPI", "Child Protection", "percent", "higher_is_better", "flow", "within timescale", "conferences", "month", 90.0,
            "target 90 (higher is better), amber band 10"], Assert.Single(kpiRows));

        var (monthColumns, monthRows) = ReadParquet(Path.Combine(_folder, KpiExport.MonthsParquetFile));
        Assert.Equal(KpiExport.MonthColumns, monthColumns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(DateOnly), typeof(DateOnly), typeof(int), typeof(int), typeof(string), typeof(string), typeof(DateOnly), typeof(int)],
            monthColumns.Select(c => c.Type));
        Assert.Equal(["2017-04", new DateOnly(2017, 4, 1), new DateOnly(2017, 4, 30), 2017, 4, "April", "2017/18", new DateOnly(2017, 4, 1), 1], monthRows[2]);

        var (factColumns, factRows) = ReadParquet(Path.Combine(_folder, KpiExport.FactsParquetFile));
        Assert.Equal(KpiTable.Columns, factColumns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(string), typeof(double), typeof(long), typeof(long), typeof(double), typeof(long), typeof(long), typeof(double), typeof(string)],
            factColumns.Select(c => c.Type));
        // May 2017: 29 of 100; YTD Apr+May = (75 + 29) / 200 = 52%; red (below 80).
        Assert.Equal(["test_pct", "2017-05", 29.0, 29L, 100L, 52.0, 104L, 200L, 90.0, "red"], factRows[^1]);
        Assert.Equal(4, factRows.Count);

        var again = Path.Combine(_folder, "again");
        KpiExport.WriteParquet(Results(), again, KpiReliability.Reliable);
        foreach (var file in KpiExport.ParquetFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, file)), File.ReadAllBytes(Path.Combine(again, file)));
        }
    }

    [Fact]
    public void DrillDowns_InParquetCsvAndWorkbook()
    {
        var drill = new List<KpiGroupResult>
        {
            new("test_pct", new ReportingMonth(2017, 5), KpiDimension.Team, "North", 20, 60, 33.333333333333336),
            new("test_pct", new ReportingMonth(2017, 5), KpiDimension.Worker, "W1", 9, 40, 22.5),
            new("test_pct", new ReportingMonth(2017, 4), KpiDimension.Worker, "W1", 30, 40, 75),
        };
        var paths = KpiExport.WriteParquet(Results(), _folder, KpiReliability.Reliable, drill);
        Assert.Equal(KpiExport.DrillDownParquetFile, Path.GetFileName(paths[^1]));
        var (columns, rows) = ReadParquet(paths[^1]);
        Assert.Equal(KpiExport.DrillDownColumns, columns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(string), typeof(string), typeof(string), typeof(long), typeof(long), typeof(double)], columns.Select(c => c.Type));
        Assert.Equal(["test_pct", "2017-05", "worker", "W1", 9L, 40L, 22.5], rows[1]);

        var csv = File.ReadAllLines(KpiExport.WriteDrillDownCsv(drill, _folder));
        Assert.Equal(["kpi_id,month,dimension,group,numerator,denominator,value", "test_pct,2017-05,team,North,20,60,33.333333333333336",
            "test_pct,2017-05,worker,W1,9,40,22.5", "test_pct,2017-04,worker,W1,30,40,75"], csv);

        var book = Path.Combine(_folder, "d.xlsx");
        KpiExport.WriteExcel(Results(), book, KpiReliability.Reliable, drill);
        using var doc = SpreadsheetDocument.Open(book, false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Last();
        Assert.Equal("Drill-down", sheet.Name!.Value);
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!.Value!);
        // The title, the headings, then the last month's two groups only.
        Assert.Equal(4, part.Worksheet.Descendants<Row>().Count());
        Assert.Equal("A3", part.Worksheet.Descendants<Pane>().Single().TopLeftCell!.Value);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
