using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Csc.Analysis.Data.Parsing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Parquet;

namespace Csc.Analysis.Cli.Tests.Hostile;

/// <summary>
/// Issue 12, end to end through the real CLI: the hostile labels of <see cref="HostileLabels"/> planted in the sample,
/// then report (internal and public) and export (powerbi, excel, parquet, both, public). The pages show them as text
/// (escaped, the direction override and control character replaced, under a Content-Security-Policy) and headless
/// chromium runs nothing from them; the CSV files neutralise every formula with a leading apostrophe; the workbook
/// holds them as inline strings, never formulas; Parquet keeps them as data. Every path shown is as typed.
/// </summary>
public sealed partial class HostileTeamNameTests(HostileTeamNameFixture run) : IClassFixture<HostileTeamNameFixture>
{
    // Hand-worked from HostileLabels.Team: & < > " ' escaped, U+202E and the bell each U+FFFD.
    private static readonly string HtmlTeam =
        "=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)"
        + "&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt;"
        + "&quot;&gt;&lt;img src=x onerror=&quot;document.body.setAttribute(&#39;data-pwned&#39;,&#39;2&#39;)&quot;&gt;"
        + "\uFFFDgnp.exe\uFFFD" + HostileLabels.LongRun;

    // The same text as chromium serialises a text node: only & < > escaped.
    private static readonly string DomTeam =
        "=HYPERLINK(\"http://evil.example\",\"x\")"
        + "&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"
        + "\"&gt;&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"&gt;"
        + "\uFFFDgnp.exe\uFFFD" + HostileLabels.LongRun;

    // For a spreadsheet: a leading apostrophe, U+202E replaced; the bell is kept (a CSV can hold it).
    private static readonly string CsvTeam =
        "'=HYPERLINK(\"http://evil.example\",\"x\")"
        + "<script>document.body.setAttribute('data-pwned','1')</script>"
        + "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
        + "\uFFFDgnp.exe\u0007" + HostileLabels.LongRun;

    // In the workbook: an inline string as written, U+202E replaced, the bell dropped (XML 1.0 cannot hold it).
    private static readonly string XlsxTeam =
        "=HYPERLINK(\"http://evil.example\",\"x\")"
        + "<script>document.body.setAttribute('data-pwned','1')</script>"
        + "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
        + "\uFFFDgnp.exe" + HostileLabels.LongRun;

    // The loader trims every text value, so the tab and the carriage return never reach an output.
    private static readonly string[] CsvWorkers = ["'+IS05", "'-IS06", "'@IS07", "IS08", "IS09"];
    private static readonly string[] DataWorkers = ["+IS05", "-IS06", "@IS07", "IS08", "IS09"];

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'unsafe-inline'; img-src data:\">")]
    private static partial Regex Policy();

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyTag();

    [Fact]
    public void EveryCommand_ExitsZero_AndTheCopyLoadsWithoutErrors()
    {
        foreach (var (name, outcome) in new[] { ("report", run.Report), ("public report", run.PublicReport), ("powerbi", run.PowerBi), ("excel", run.Excel),
                     ("parquet", run.Parquet), ("both", run.Both), ("public export", run.PublicExport) })
        {
            Assert.True(outcome.Code == 0, $"{name} exited {outcome.Code}: {outcome.Error}");
            Assert.Contains("Loading data: 0 error(s), 7 warning(s)", outcome.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("report.html")]
    [InlineData("public/report.html")]
    public void Page_HasNoMarkupFromTheData_AndThePolicy(string page)
    {
        var html = run.Text(page);
        Assert.DoesNotContain("<script>document.body", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror=\"document.body", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned','", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u0007', html);
        Assert.Matches(Policy(), html);
        // Both editions name teams (the drift by team); the label is there whole, as text.
        Assert.Contains(HtmlTeam, html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void InHeadlessChromium_NoScriptFromTheDataRuns_AndTheTeamIsText()
    {
        foreach (var page in new[] { "report.html", "public/report.html" })
        {
            var dom = HeadlessChromium.Run(run.PathOf(page), null);
            var body = BodyTag().Match(dom);
            Assert.True(body.Success, $"{page}: no body in the DOM chromium dumped");
            Assert.DoesNotContain("data-pwned", body.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=\"x\"", dom, StringComparison.Ordinal);
            Assert.Contains(DomTeam, dom, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PowerBiCsv_EveryCellFromAHostileLabelIsNeutralised()
    {
        var files = new[] { "kpis.csv", "months.csv", "facts.csv", "drilldowns.csv" };
        var teamCells = 0;
        var workers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine("powerbi", file);
            Assert.DoesNotContain('\u202E', run.Text(path));
            var (header, rows) = ReadCsv(run.PathOf(path));
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    if (cell.Contains("evil.example", StringComparison.Ordinal))
                    {
                        Assert.Equal(CsvTeam, cell);
                        teamCells++;
                    }
                    // Text a spreadsheet would run starts with the apostrophe; a negative number stays a number.
                    Assert.True(cell.Length == 0 || "=+-@\t\r".IndexOf(cell[0], StringComparison.Ordinal) < 0 || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                        $"{file}: the cell '{cell}' would run as a formula");
                }
            }
            if (file == "drilldowns.csv")
            {
                var (dimension, group) = (Array.IndexOf(header, "dimension"), Array.IndexOf(header, "group"));
                workers.UnionWith(rows.Where(r => r[dimension] == "worker").Select(r => r[group]));
                Assert.Contains(rows, r => r[dimension] == "team" && r[group] == CsvTeam);
            }
        }
        Assert.True(teamCells > 0, "the hostile team is in no drill-down row");
        Assert.Superset(CsvWorkers.ToHashSet(StringComparer.Ordinal), workers);
    }

    [Fact]
    public void Workbook_HostileLabelsAreInlineStrings_NeverFormulas()
    {
        using var doc = SpreadsheetDocument.Open(run.PathOf(Path.Combine("excel", "kpi-results.xlsx")), false);
        var wb = doc.WorkbookPart!;
        Assert.All(wb.WorksheetParts, p => Assert.Empty(p.Worksheet.Descendants<CellFormula>()));
        var drill = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Drill-down");
        var cells = ((WorksheetPart)wb.GetPartById(drill.Id!.Value!)).Worksheet.Descendants<Cell>().ToList();
        var teams = cells.Where(c => c.InnerText.Contains("evil.example", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(teams);
        foreach (var c in teams)
        {
            Assert.Equal(CellValues.InlineString, c.DataType!.Value);
            Assert.Null(c.CellFormula);
            Assert.Equal(XlsxTeam, c.InlineString!.InnerText);
        }
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InlineString!.InnerText).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(DataWorkers.ToHashSet(StringComparer.Ordinal), texts);
    }

    [Fact]
    public async Task Parquet_KeepsTheLabelsAsData()
    {
        var (dimensions, groups) = (new List<string?>(), new List<string?>());
        await using (var stream = File.OpenRead(run.PathOf(Path.Combine("parquet", "drilldowns.parquet"))))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                dimensions.AddRange(await ReadText(group, fields.Single(f => f.Name == "dimension"), (int)group.RowCount));
                groups.AddRange(await ReadText(group, fields.Single(f => f.Name == "group"), (int)group.RowCount));
            }
        }
        var rows = dimensions.Zip(groups).ToList();
        // Parquet is read by programs (Power BI, DuckDB): the team name as loaded, character for character.
        Assert.Contains(rows, r => r.First == "team" && r.Second == HostileLabels.Team);
        Assert.DoesNotContain(rows, r => r.Second is { } s && s.Contains("evil.example", StringComparison.Ordinal) && s != HostileLabels.Team);
        Assert.Superset(DataWorkers.ToHashSet(StringComparer.Ordinal), rows.Where(r => r.First == "worker").Select(r => r.Second!).ToHashSet(StringComparer.Ordinal));

        static async Task<string?[]> ReadText(ParquetRowGroupReader g, Parquet.Schema.DataField f, int n)
        {
            var a = new string?[n];
            await g.ReadAsync(f, a.AsMemory());
            return a;
        }
    }

    [Fact]
    public void Both_IsThePowerBiFilesAndTheWorkbook_ByteForByte()
    {
        foreach (var file in new[] { "kpis.csv", "months.csv", "facts.csv", "drilldowns.csv" })
        {
            Assert.Equal(File.ReadAllBytes(run.PathOf(Path.Combine("powerbi", file))), File.ReadAllBytes(run.PathOf(Path.Combine("both", file))));
        }
        Assert.Equal(File.ReadAllBytes(run.PathOf(Path.Combine("excel", "kpi-results.xlsx"))), File.ReadAllBytes(run.PathOf(Path.Combine("both", "kpi-results.xlsx"))));
    }

    [Fact]
    public void PublicExport_NamesNoTeamOrWorker()
    {
        var files = Directory.GetFiles(run.PathOf("public-export")).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal);
        Assert.Equal(["facts.csv", "kpi-results.xlsx", "kpis.csv", "months.csv", "run-record.json"], files);
        foreach (var file in new[] { "facts.csv", "kpis.csv", "months.csv" })
        {
            Assert.DoesNotContain("evil.example", run.Text(Path.Combine("public-export", file)), StringComparison.Ordinal);
        }
        using var doc = SpreadsheetDocument.Open(run.PathOf(Path.Combine("public-export", "kpi-results.xlsx")), false);
        Assert.All(doc.WorkbookPart!.WorksheetParts, p => Assert.DoesNotContain("evil.example", p.Worksheet.InnerText, StringComparison.Ordinal));
    }

    [Fact]
    public void FooterRunRecordsAndPrintedPaths_AreAsTyped()
    {
        foreach (var page in new[] { "report.html", "public/report.html" })
        {
            var html = run.Text(page);
            Assert.Contains("Reproducibility. Data: data (canonical).", html, StringComparison.Ordinal);
            Assert.Contains("KPI config: data/kpi-config.json (SHA-256 ", html, StringComparison.Ordinal);
            AssertNoMachinePath(page, html);
        }
        Assert.Equal("report.html\n", run.Report.Out);
        Assert.Equal("public/report.html\n", run.PublicReport.Out);
        Assert.Equal("powerbi/kpis.csv\npowerbi/months.csv\npowerbi/facts.csv\npowerbi/drilldowns.csv\npowerbi.run.json\n", run.PowerBi.Out);
        Assert.Contains("Run record: public/report.run.json", run.PublicReport.Error, StringComparison.Ordinal);

        var records = new (string File, string[] Outputs)[]
        {
            ("report.run.json", ["report.html"]),
            ("public/report.run.json", ["report.html"]),
            ("powerbi.run.json", ["powerbi/drilldowns.csv", "powerbi/facts.csv", "powerbi/kpis.csv", "powerbi/months.csv"]),
            ("public-export/run-record.json", ["facts.csv", "kpi-results.xlsx", "kpis.csv", "months.csv"]),
        };
        foreach (var (file, outputs) in records)
        {
            var text = run.Text(file);
            AssertNoMachinePath(file, text);
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            Assert.Equal("data", root.GetProperty("data").GetString());
            Assert.Equal("kpi-config.json", root.GetProperty("config").GetProperty("file").GetString());
            Assert.Equal(outputs, root.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("file").GetString()!));
            Assert.Contains("data", root.GetProperty("command_line").EnumerateArray().Select(a => a.GetString()));
        }
    }

    private void AssertNoMachinePath(string file, string text)
    {
        Assert.False(text.Contains(run.Folder, StringComparison.Ordinal), $"{file} shows the machine path {run.Folder}");
        Assert.False(text.Contains(Path.GetTempPath(), StringComparison.Ordinal), $"{file} shows the temporary folder");
        Assert.False(text.Contains("/home/", StringComparison.Ordinal), $"{file} shows a home folder");
    }

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var input = CsvInput.Open(path);
        Assert.True(input.Read(), $"{path} is empty");
        var header = input.Fields();
        var rows = new List<string[]>();
        while (input.Read())
        {
            rows.Add(input.Fields());
        }
        return (header, rows);
    }
}
