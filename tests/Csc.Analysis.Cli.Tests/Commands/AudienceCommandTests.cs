using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests;

/// <summary>--audience public on report, export and benchmark: what the files hold, and the run record beside them.</summary>
public sealed class AudienceCommandTests
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
