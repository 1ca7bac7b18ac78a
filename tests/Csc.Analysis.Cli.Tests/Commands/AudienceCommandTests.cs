using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests;

/// <summary>--audience public on report, export and benchmark: what the files hold, and the run record beside them.</summary>
public sealed partial class AudienceCommandTests
{
    private static readonly Lazy<SensitiveValues> Sensitive = new(() => SensitiveValues.FromCanonical(Repo.SampleFolder));

    /// <summary>The text of an output file to scan: an .xlsx is its unzipped parts (the sheets and shared strings).</summary>
    internal static string Text(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllText(path);
        }
        using var zip = ZipFile.OpenRead(path);
        return string.Join("\n", zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    /// <summary>Every sensitive value of the sample found in any file under <paramref name="folder"/> ("file: child id C000001").</summary>
    internal static List<string> Leaks(string folder, Func<string, string>? clean = null)
        => [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => Sensitive.Value.FindIn((clean ?? (t => t))(Text(f))).Select(v => $"{Path.GetFileName(f)}: {v}"))];

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = SensitiveValues.Split(lines[0]);
        return [.. lines.Skip(1).Select(SensitiveValues.Split).Select(f => header.Select((h, i) => (h, f[i])).ToDictionary(p => p.h, p => p.Item2))];
    }

    [SampleDataFact]
    public void Report_Public_RunRecordBesideThePage_HashesMatch_AndSameBytesTwice()
    {
        using var run = new CliRun();
        string[] args = ["report", "--data", Repo.SampleFolder, "--audience", "public", "--out", "pub/report.html", "--generated-at", "2017-06-01T09:00:00Z"];
        Assert.Equal(ExitCodes.Ok, run.Run(args));
        var page = Path.Combine(run.Folder, "pub", "report.html");
        var record = Path.Combine(run.Folder, "pub", "report.run.json");
        Assert.True(File.Exists(record), run.Error);
        var first = File.ReadAllBytes(record);
        var firstPage = File.ReadAllBytes(page);
        Assert.Equal(ExitCodes.Ok, run.Run(args));
        Assert.Equal(first, File.ReadAllBytes(record));
        Assert.Equal(firstPage, File.ReadAllBytes(page));

        using var doc = JsonDocument.Parse(first);
        var root = doc.RootElement;
        Assert.Equal("report", root.GetProperty("command").GetString());
        Assert.Equal("public", root.GetProperty("audience").GetString());
        Assert.Equal("2017-06-01T09:00:00Z", root.GetProperty("generated_at").GetString());
        Assert.Equal(6, root.GetProperty("disclosure").GetProperty("suppress_below").GetInt32());
        Assert.Equal(["csc-kpi", .. args], root.GetProperty("command_line").EnumerateArray().Select(e => e.GetString()!));
        var inputs = root.GetProperty("inputs").EnumerateArray().ToList();
        var children = inputs.Single(i => i.GetProperty("file").GetString() == "children.csv");
        Assert.Equal(Sha256(Path.Combine(Repo.SampleFolder, "children.csv")), children.GetProperty("sha256").GetString());
        Assert.Equal(new FileInfo(Path.Combine(Repo.SampleFolder, "children.csv")).Length, children.GetProperty("bytes").GetInt64());
        Assert.Equal(children.GetProperty("rows_read").GetInt64(), children.GetProperty("rows_loaded").GetInt64() + children.GetProperty("rows_rejected").GetInt64());
        Assert.Contains(inputs, i => i.GetProperty("file").GetString()!.EndsWith(".csv", StringComparison.Ordinal) && i.GetProperty("file").GetString() != "children.csv");
        var config = root.GetProperty("config");
        Assert.Equal("kpi-config.json", config.GetProperty("file").GetString());
        Assert.Equal(Sha256(Repo.SampleConfig), config.GetProperty("sha256").GetString());
        Assert.Equal(311, config.GetProperty("content").GetProperty("la_code").GetInt32());
        var output = root.GetProperty("outputs").EnumerateArray().Single();
        Assert.Equal("report.html", output.GetProperty("file").GetString());
        Assert.Equal(Sha256(page), output.GetProperty("sha256").GetString());
        // No machine path of the record's own folder or the data folder in the record, except as the user typed it.
        Assert.DoesNotContain(run.Folder, System.Text.Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [SampleDataFact]
    public void Report_Internal_RecordOnlyWhenAsked_AndNoDisclosure()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("report", "--data", Repo.SampleFolder, "--out", "internal.html"));
        Assert.Empty(Directory.EnumerateFiles(run.Folder, "*.json"));
        Assert.Equal(ExitCodes.Ok, run.Run("report", "--data", Repo.SampleFolder, "--out", "internal.html", "--run-record", "audit/run.json"));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Folder, "audit", "run.json")));
        Assert.Equal("internal", doc.RootElement.GetProperty("audience").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("disclosure").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("generated_at").ValueKind);
        Assert.Contains("OFFICIAL-SENSITIVE", File.ReadAllText(Path.Combine(run.Folder, "internal.html")), StringComparison.Ordinal);
    }

    [SampleDataFact]
    public void Export_Public_NoSensitiveValueInAnyFile_NoCountFrom1To5_NothingRecoverable()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("export", "--data", Repo.SampleFolder, "--out", "public", "--audience", "public"));
        var folder = Path.Combine(run.Folder, "public");
        Assert.Equal(["facts.csv", "kpi-results.xlsx", "kpis.csv", "months.csv", "run-record.json"],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Leaks(folder));

        var units = Csv(Path.Combine(folder, "kpis.csv")).ToDictionary(r => r["kpi_id"], r => r["unit"]);
        var facts = Csv(Path.Combine(folder, "facts.csv"));
        var withheld = 0;
        foreach (var f in facts)
        {
            var columns = new List<string> { "numerator", "ytd_numerator" };
            if (units[f["kpi_id"]] == "count")
            {
                columns.AddRange(["value", "ytd_value"]);
            }
            if (units[f["kpi_id"]] != "rate_per_10k")
            {
                columns.AddRange(["denominator", "ytd_denominator"]);
            }
            foreach (var c in columns)
            {
                Assert.False(double.TryParse(f[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 5, $"{f["kpi_id"]} {f["month"]} {c} = {f[c]}");
            }
            withheld += f["value_symbol"] == "c" ? 1 : 0;
            Assert.True(f["value"].Length == 0 || f["value_symbol"].Length == 0, $"{f["kpi_id"]} {f["month"]}: a value and a symbol");
        }
        Assert.True(withheld > 20, $"{withheld} values withheld");

        // Try to recover each withheld month or YTD from the figures shown: month = YTD - previous YTD (April: its YTD),
        // YTD = previous YTD + month, or next YTD - next month.
        var recovered = new List<string>();
        foreach (var series in facts.GroupBy(f => f["kpi_id"]))
        {
            var rows = series.ToList();
            foreach (var (part, ytd) in new[] { ("numerator", "ytd_numerator"), ("denominator", "ytd_denominator") })
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    var april = rows[i]["month"].EndsWith("-04", StringComparison.Ordinal);
                    var prev = i > 0 && !april ? rows[i - 1] : null;
                    var next = i + 1 < rows.Count && !rows[i + 1]["month"].EndsWith("-04", StringComparison.Ordinal) ? rows[i + 1] : null;
                    bool Shown(Dictionary<string, string>? r, string c) => r is not null && r[c].Length > 0;
                    if (rows[i][part + "_symbol"] == "c" && ((april && Shown(rows[i], ytd)) || (Shown(prev, ytd) && Shown(rows[i], ytd))))
                    {
                        recovered.Add($"{series.Key} {rows[i]["month"]} {part}");
                    }
                    if (rows[i][ytd + "_symbol"] == "c" && ((april && Shown(rows[i], part)) || (Shown(prev, ytd) && Shown(rows[i], part)) || (Shown(next, ytd) && Shown(next, part))))
                    {
                        recovered.Add($"{series.Key} {rows[i]["month"]} {ytd}");
                    }
                }
            }
        }
        Assert.Empty(recovered);
        // The workbook shows the symbols.
        Assert.Contains(">c<", Text(Path.Combine(folder, "kpi-results.xlsx")), StringComparison.Ordinal);
    }

    [SampleDataFact]
    public void Export_Public_SuppressBelowAndRound_AreApplied_AndRecorded()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("export", "--data", Repo.SampleFolder, "--out", "p", "--audience", "public", "--suppress-below", "11", "--round", "10", "--format", "powerbi"));
        var facts = Csv(Path.Combine(run.Folder, "p", "facts.csv"));
        foreach (var f in facts)
        {
            foreach (var c in new[] { "numerator", "ytd_numerator" })
            {
                if (double.TryParse(f[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    // Shown counts are above 10 before rounding, so at least 10 after it.
                    Assert.True(v == 0 || (v >= 10 && v % 10 == 0), $"{f["kpi_id"]} {f["month"]} {c} = {v}");
                }
            }
        }
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Folder, "p", "run-record.json")));
        var d = doc.RootElement.GetProperty("disclosure");
        Assert.Equal(11, d.GetProperty("suppress_below").GetInt32());
        Assert.Equal(10, d.GetProperty("round").GetInt32());
        Assert.Equal(["facts.csv", "kpis.csv", "months.csv"], doc.RootElement.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("file").GetString()!));
    }

    [SampleDataFact]
    public void Benchmark_Public_WithheldValueIsNotRanked_AndHasItsSymbol()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("benchmark", "--data", Repo.SampleFolder, "--la", "311", "--out", "b/benchmark.csv", "--audience", "public"));
        var rows = Csv(Path.Combine(run.Folder, "b", "benchmark.csv"));
        Assert.Contains(rows, r => r["value_symbol"] == "c" && r["value"].Length == 0 && r["rank"].Length == 0 && r["quartile"].Length == 0);
        Assert.All(rows, r => Assert.True(r["value"].Length > 0 != (r["value_symbol"].Length > 0), r["kpi_id"]));
        Assert.True(File.Exists(Path.Combine(run.Folder, "b", "benchmark.run.json")));
        Assert.Empty(Leaks(Path.Combine(run.Folder, "b")));
    }

    /// <summary>One table of a page: its caption, column headings and the text of each body row's cells (row heading first).</summary>
    internal sealed record PageTable(string Caption, List<string> Headers, List<List<string>> Rows);

    /// <summary>The tables of a page the kit wrote (its own markup: caption, thead, tbody), with the text of each cell.</summary>
    internal static List<PageTable> Tables(string html)
    {
        static string Text(string cell) => System.Net.WebUtility.HtmlDecode(TagPattern().Replace(cell, string.Empty)).Trim();
        var tables = new List<PageTable>();
        foreach (Match t in TablePattern().Matches(html))
        {
            var body = t.Value;
            var caption = CaptionPattern().Match(body) is { Success: true } c ? Text(c.Groups[1].Value) : string.Empty;
            var head = HeadPattern().Match(body);
            var headers = head.Success ? CellPattern().Matches(head.Value).Select(m => Text(m.Groups[1].Value)).ToList() : [];
            var rows = BodyPattern().Match(body) is { Success: true } b
                ? RowPattern().Matches(b.Value).Select(r => CellPattern().Matches(r.Value).Select(m => Text(m.Groups[1].Value)).ToList()).ToList()
                : [];
            tables.Add(new PageTable(caption, headers, rows));
        }
        return tables;
    }

    [GeneratedRegex("<table\\b.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex("<caption>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex("<thead>.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex HeadPattern();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex BodyPattern();

    [GeneratedRegex("<tr\\b.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd]\\b[^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    /// <summary>A whole number as the pages print a count (1,234): not a percentage (12%), a rate (3.0) or days (4 days).</summary>
    private static long? CountText(string text)
        => Regex.IsMatch(text, "^\\d{1,3}(,\\d{3})*$") ? long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : null;

    /// <summary>The columns of the report's and the pack's tables that hold counts of children or events.</summary>
    private static readonly HashSet<string> CountColumns = new(StringComparer.Ordinal)
    {
        "Number", "Numerator", "Denominator", "Count", "Children", "Same day", "Negative", "female", "male", "sex not recorded", "All",
        "This month", "Last month", "Same month last year", "Year to date", "Of", "Value",
    };

    /// <summary>Every count cell of the page's tables (the two numbers of an "n of d" cell each), as (where, text).</summary>
    private static IEnumerable<(string Where, string Text)> CountCells(IEnumerable<PageTable> tables)
    {
        // "How we compare" shows published comparators beside the council's (disclosed) value: its Value column is a measure, not a count.
        foreach (var t in tables.Where(t => !t.Caption.StartsWith("How we compare", StringComparison.Ordinal)))
        {
            for (var c = 0; c < t.Headers.Count; c++)
            {
                if (!CountColumns.Contains(t.Headers[c]))
                {
                    continue;
                }
                foreach (var row in t.Rows.Where(r => r.Count > c))
                {
                    foreach (var part in row[c].Split(" of "))
                    {
                        yield return ($"{t.Caption} / {row[0]} / {t.Headers[c]}", part);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The intruder's try on the tables of a page, for each total shown beside its parts: a row whose "All" column is
    /// shown with exactly one of its parts withheld; a drift table whose "All children" row is shown with exactly one
    /// year (or one team) withheld in the same column; the child journeys, where the children reaching a step are
    /// the children leaving it (with "Closed" and "Still open"), when exactly one way out is withheld and the
    /// difference is a small count. Lists each figure recovered.
    /// </summary>
    internal static List<string> Recoverable(IEnumerable<PageTable> tables, int threshold)
    {
        var found = new List<string>();
        foreach (var t in tables)
        {
            var all = t.Headers.IndexOf("All");
            if (all > 0)
            {
                foreach (var row in t.Rows.Where(r => r.Count > all && r[all] != "c" && r.Skip(1).Take(all - 1).Count(x => x == "c") == 1))
                {
                    found.Add($"{t.Caption}: {row[0]}");
                }
            }
            var total = t.Rows.FindIndex(r => r.Count > 0 && r[0] == "All children");
            if (total >= 0)
            {
                foreach (var group in t.Rows.Where(r => r[0] != "All children").GroupBy(r => r[0].Split(' ')[0].TrimEnd(':')))
                {
                    for (var c = 1; c < t.Headers.Count; c++)
                    {
                        if (t.Headers[c] is "Children" or "Same day" or "Negative" && t.Rows[total][c] != "c" && group.Count(r => r[c] == "c") == 1)
                        {
                            found.Add($"{t.Caption}: {group.Key} {t.Headers[c]}");
                        }
                    }
                }
            }
            if (t.Headers.SequenceEqual(["From", "To", "Children", "Median days"]))
            {
                foreach (var from in t.Rows.GroupBy(r => r[0]))
                {
                    var arriving = t.Rows.Where(r => r[1] == from.Key).Select(r => CountText(r[2])).ToList();
                    if (arriving.Count == 0 || arriving.Any(a => a is null) || from.Count(r => r[2] == "c") != 1)
                    {
                        continue;
                    }
                    var rest = arriving.Sum(a => a!.Value) - from.Where(r => r[2] != "c").Sum(r => CountText(r[2]) ?? 0);
                    if (rest >= 1 && rest <= threshold)
                    {
                        found.Add($"{t.Caption}: {from.Key} to {from.Single(r => r[2] == "c")[1]} = {rest}");
                    }
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Issue 12's first "done when", through the command line: the public report and the public inspection pack built
    /// from data-samples. Every file written (pages, tables, run records) is scanned for every child id, record id,
    /// worker code, postcode, date of birth and event label of the input (whole words; values under
    /// <see cref="SensitiveValues.MinimumLength"/> characters are not looked for, and the sample has none); no count
    /// cell of any table, nor a count cell of inspection.csv, holds 1 to 5; and no withheld figure is recovered from
    /// the totals shown. The public notebooks are scanned the same way by PublicNotebooksTests (they need the notebook
    /// kernel, so they are not run again here).
    /// </summary>
    [SampleDataFact]
    public void PublicReportAndInspectionPack_FromTheSample_NoSensitiveValue_NoCountFrom1To5_NothingRecoverable()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("report", "--data", Repo.SampleFolder, "--audience", "public", "--out", "pub/report.html"));
        Assert.Equal(ExitCodes.Ok, run.Run("inspection", "--data", Repo.SampleFolder, "--audience", "public", "--out", "pub/pack", "--population-ethnicity", Path.Combine(Repo.Root(), "data-samples", "population-ethnicity.csv")));
        Assert.Equal(ExitCodes.Ok, run.Run("inspection", "--data", Repo.SampleFolder, "--out", "internal-pack"));
        var folder = Path.Combine(run.Folder, "pub");
        Assert.Equal(["pack/inspection.csv", "pack/inspection.html", "pack/inspection.run.json", "report.html", "report.run.json"],
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

        var values = Sensitive.Value;
        Assert.Equal(0, values.Skipped);
        Assert.True(values.Counts["child id"] > 1000 && values.Counts["record id"] > 1000 && values.Counts["worker code"] > 10
            && values.Counts["postcode"] > 100 && values.Counts["date of birth"] > 1000 && values.Counts["free text"] > 3,
            string.Join(", ", values.Counts.Select(c => $"{c.Key} {c.Value}")));
        // The embedded plotly.js (its calendar tables hold dates such as 2000-01-02) is not the data: everything else is scanned.
        Assert.Empty(Leaks(folder, t => t.Replace(Csc.Analysis.Reporting.Html.PageAssets.PlotlyJs, string.Empty, StringComparison.Ordinal)));

        var report = Tables(File.ReadAllText(Path.Combine(folder, "report.html")));
        var pack = Tables(File.ReadAllText(Path.Combine(folder, "pack", "inspection.html")));
        var cells = CountCells([.. report, .. pack]).ToList();
        Assert.True(cells.Count > 1000, $"{cells.Count} count cells");
        Assert.Empty(cells.Where(c => CountText(c.Text) is > 0 and <= 5).Select(c => $"{c.Where}: {c.Text}"));
        Assert.True(cells.Count(c => c.Text == "c") > 50, $"{cells.Count(c => c.Text == "c")} withheld count cells");

        Assert.Empty(Recoverable(report, 5));
        Assert.Empty(Recoverable(pack, 5));
        Assert.Empty(InspectionCommandTests.RecoverableMixes(
            File.ReadAllText(Path.Combine(run.Folder, "internal-pack", "inspection.csv")), File.ReadAllText(Path.Combine(folder, "pack", "inspection.csv"))));
    }

    [Fact]
    public void Recoverable_FindsAFigureLeftAloneBesideItsTotal()
    {
        // The try must be able to fail: an age band with one sex withheld and the All shown, a drift year withheld alone,
        // and a journey step whose one withheld way out is the difference.
        PageTable[] tables =
        [
            new("Ages", ["Age", "female", "male", "sex not recorded", "All"], [["under 1", "c", "12", "0", "15"], ["1-4", "c", "c", "0", "20"]]),
            new("Drift", ["Group", "Children", "Median days"], [["All children", "40", "20"], ["Year 2015/16", "c", "c"], ["Year 2016/17", "37", "20"], ["Team: A", "c", "1"], ["Team: B", "c", "1"]]),
            new("Journeys", ["From", "To", "Children", "Median days"], [["Referral", "Assessment", "50", "1"], ["Assessment", "Closed", "c", "-"], ["Assessment", "CIN plan", "47", "3"]]),
        ];
        Assert.Equal(["Ages: under 1", "Drift: Year Children", "Journeys: Assessment to Closed = 3"], Recoverable(tables, 5));
    }

    [Theory]
    [InlineData("--audience", "everyone")]
    [InlineData("--suppress-below", "1")]
    [InlineData("--round", "7")]
    public void BadAudienceOrDisclosureOption_IsUsage(string option, string value)
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("export", "--data", Repo.SampleFolder, "--out", "x", option, value));
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(run.Folder, "x")));
    }
}
