using Csc.Analysis.Cli.Tests.Kpis;
using Csc.Analysis.Cli.Tests.Matrix;

namespace Csc.Analysis.Cli.Tests;

public sealed class InspectionCommandTests
{
    private const string Header = "list,measure_id,category,value,numerator,denominator,unit";
    private static readonly string[] Units = ["count", "rate_per_10k", "percent", "days", "working_days"];

    private static string Sample => Path.Combine(Repo.Root(), "data-samples", "havering-like");

    private static (string Csv, string Html) Outputs(CliRun run, string folder)
        => (File.ReadAllText(Path.Combine(run.Folder, folder, "inspection.csv")), File.ReadAllText(Path.Combine(run.Folder, folder, "inspection.html")));

    private static void CheckTable(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(l[(l.LastIndexOf(',') + 1)..], Units));
    }

    [Theory]
    [InlineData("corrected", "Convention: corrected")]
    [InlineData("chat", "Convention: chat")]
    public void CanonicalSample_WritesTableAndPage_StatingTheConvention(string convention, string stated)
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--as-at", "2017-05-31", "--conventions", convention, "--out", "pack"));
        var (csv, html) = Outputs(run, "pack");
        CheckTable(csv);
        Assert.Contains(stated, html, StringComparison.Ordinal);
        Assert.Contains("Differences from PATCh 014", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        foreach (var id in new[] { "icpc_within_15wd_pct", "assessments_within_45wd_pct", "cp_plans", "lac", "referrals_repeat_12m_pct", "lac_long_term_stability_pct", "care_leavers_in_touch_pct" })
        {
            Assert.Contains($",{id},,", csv, StringComparison.Ordinal);
        }
        // The sample's population gives rates.
        Assert.Contains("contacts,contacts_rate_per_10k,,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("contacts,contacts_rate_per_10k,,,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonicalSample_SameBytesTwice()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "a"));
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "b"));
        Assert.Equal(Outputs(run, "a"), Outputs(run, "b"));
    }

    [Fact]
    public void GeneratedAnnexA_WritesTheLists()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("generate", "--out", "gen", "--format", "annex-a", "--from", "2016-10", "--to", "2017-03", "--scale", "0.4"));
        var code = run.Run("inspection", "--data", Path.Combine("gen", "annex_a.xlsx"), "--out", "pack");
        Assert.True(code is 0 or 1, run.Error);
        var (csv, html) = Outputs(run, "pack");
        CheckTable(csv);
        foreach (var list in new[] { "contacts", "early_help", "referrals", "assessments", "s47", "cin", "cp", "lac", "adoption" })
        {
            Assert.Contains($"\n{list},", csv, StringComparison.Ordinal);
        }
        // Annex A has no care leaver records about a birthday: only list 9's "now" measures can appear.
        Assert.DoesNotContain(",care_leavers_in_touch_pct,", csv, StringComparison.Ordinal);
        Assert.Contains("Differences from PATCh 014", html, StringComparison.Ordinal);
    }

    [ExternalSamplesFact]
    public void ExternalAnnexASamples_WriteThePack()
    {
        using var run = new CliRun();
        var folder = Path.Combine(MatrixData.External!, "annex-a");
        Assert.Equal(0, run.Run("inspection", "--data", Path.Combine(folder, "liia-Annex_A.xlsx"), "--out", "liia"));
        var (csv, _) = Outputs(run, "liia");
        CheckTable(csv);
        Assert.Contains("s47,icpc_within_15wd_pct,,", csv, StringComparison.Ordinal);
        // Lists 9 and 10 and list 8's missing counts are measured from their rows.
        Assert.Contains("care_leavers,care_leavers_now,,6,,,count", csv, StringComparison.Ordinal);
        Assert.Contains("adoption,adoption_matched,", csv, StringComparison.Ordinal);
        Assert.Contains("lac,lac_missing_children_12m,", csv, StringComparison.Ordinal);
        // The CSCDP template sample has no dated rows: without --as-at there is no window (exit 1, no outputs) ...
        Assert.Equal(1, run.Run("inspection", "--data", Path.Combine(folder, "cscdp-2016-02-sample.xlsx"), "--out", "cscdp"));
        Assert.Contains("give an as-at date", run.Error, StringComparison.Ordinal);
        // ... with one, the pack is written (every count zero).
        Assert.Equal(0, run.Run("inspection", "--data", Path.Combine(folder, "cscdp-2016-02-sample.xlsx"), "--as-at", "2016-02-29", "--conventions", "chat", "--out", "cscdp"));
        CheckTable(Outputs(run, "cscdp").Csv);
    }

    [Fact]
    public void PopulationByEthnicity_AddsTheDisproportionalitySection_TheCsvUnchanged()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "plain"));
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--population-ethnicity", Path.Combine(Repo.Root(), "data-samples", "population-ethnicity.csv"), "--out", "pack"));
        var (csv, html) = Outputs(run, "pack");
        Assert.Equal(Outputs(run, "plain").Csv, csv);
        Assert.Contains("Disproportionality: children by ethnicity against the population", html, StringComparison.Ordinal);
        foreach (var cohort in new[] { "Children referred", "Children with a section 47 enquiry started", "Children on a child protection plan", "Children looked after" })
        {
            Assert.Contains($"{cohort}: relative rate index against White British", html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Disproportionality: children by ethnicity", Outputs(run, "plain").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PopulationByAge_SumsAges0To17()
    {
        using var run = new CliRun();
        run.Write("pop.csv", "age,population\n" + string.Join("\n", Enumerable.Range(0, 22).Select(a => $"{a},1000")) + "\n");
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--population", "pop.csv", "--out", "pack"));
        Assert.Contains(",18000,rate_per_10k", Outputs(run, "pack").Csv, StringComparison.Ordinal);
    }

    private static List<string[]> Rows(string csv) => [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => SensitiveValues.Split(l).ToArray())];

    /// <summary>
    /// Tries to recover a withheld group of a mix that adds up to its denominator (the internal table says which do):
    /// with the denominator shown and every other group shown, the one left is the difference. Lists what it recovers.
    /// </summary>
    internal static List<string> RecoverableMixes(string internalCsv, string publicCsv)
    {
        var internalRows = Rows(internalCsv);
        var rows = Rows(publicCsv);
        Assert.Equal(internalRows.Select(r => (r[0], r[1], r[2])), rows.Select(r => (r[0], r[1], r[2])));
        var recovered = new List<string>();
        foreach (var group in Enumerable.Range(0, rows.Count).Where(i => rows[i][2].Length > 0 && rows[i][6] == "percent").GroupBy(i => (rows[i][0], rows[i][1])))
        {
            var parts = group.ToList();
            var addsUp = parts.Sum(i => long.Parse(internalRows[i][4], System.Globalization.CultureInfo.InvariantCulture)) == long.Parse(internalRows[parts[0]][5], System.Globalization.CultureInfo.InvariantCulture);
            if (addsUp && rows[parts[0]][5] != "c" && parts.Count(i => rows[i][4] == "c") == 1)
            {
                recovered.Add($"{group.Key.Item1} {group.Key.Item2}");
            }
        }
        return recovered;
    }

    private static bool IsSmall(string cell) => double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 5;

    [Fact]
    public void Internal_IsMarkedOfficialSensitive_AndWritesNoRunRecordUnlessAsked()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "pack"));
        Assert.Contains("OFFICIAL-SENSITIVE", Outputs(run, "pack").Html, StringComparison.Ordinal);
        Assert.Equal(["inspection.csv", "inspection.html"], Directory.EnumerateFiles(Path.Combine(run.Folder, "pack")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "pack", "--run-record", "audit.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Folder, "audit.json")));
        Assert.Equal("internal", doc.RootElement.GetProperty("audience").GetString());
    }

    [Fact]
    public void Public_NoChildLevelValue_NoCountFrom1To5_NothingRecoverableFromAMixTotal_AndARunRecordBesideThePage()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "internal"));
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "public", "--audience", "public"));
        var folder = Path.Combine(run.Folder, "public");
        Assert.Equal(["inspection.csv", "inspection.html", "inspection.run.json"], Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var (csv, html) = Outputs(run, "public");
        CheckTable(csv);
        Assert.DoesNotContain("OFFICIAL-SENSITIVE", html, StringComparison.Ordinal);
        Assert.Contains("About these figures", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Found while loading", html, StringComparison.Ordinal);
        // The page embeds Plotly, whose calendar tables hold dates such as 2000-01-02: the scan is of everything else.
        Assert.Empty(AudienceCommandTests.Leaks(folder, t => t.Replace(Csc.Analysis.Reporting.Html.PageAssets.PlotlyJs, string.Empty, StringComparison.Ordinal)));

        var internalRows = Rows(Outputs(run, "internal").Csv);
        var rows = Rows(csv);
        Assert.Equal(internalRows.Select(r => (r[0], r[1], r[2])), rows.Select(r => (r[0], r[1], r[2])));
        var withheld = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var unit = r[6];
            // Counts: the value of a count, the numerator of every share and rate, the denominator of a share (a population is not a count of children).
            var counts = unit == "count" ? new[] { r[3] } : unit == "rate_per_10k" ? [r[4]] : unit == "percent" ? [r[4], r[5]] : [];
            Assert.All(counts, c => Assert.False(IsSmall(c), string.Join(",", r)));
            if (unit is "percent" or "rate_per_10k" && (r[4] == "c" || r[5] == "c"))
            {
                Assert.Equal("c", r[3]);
            }
            withheld += r.Skip(3).Take(3).Count(c => c == "c");
            // What was small inside is withheld outside.
            if (unit != "rate_per_10k" && IsSmall(unit == "count" ? internalRows[i][3] : internalRows[i][4]))
            {
                Assert.Equal("c", r[3]);
            }
        }
        Assert.True(withheld > 50, $"{withheld} cells withheld");

        Assert.Empty(RecoverableMixes(Outputs(run, "internal").Csv, csv));

        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "inspection.run.json")));
        var root = doc.RootElement;
        Assert.Equal("inspection", root.GetProperty("command").GetString());
        Assert.Equal("public", root.GetProperty("audience").GetString());
        Assert.Equal(6, root.GetProperty("disclosure").GetProperty("suppress_below").GetInt32());
        var outputs = root.GetProperty("outputs").EnumerateArray().ToList();
        // The record lists its outputs in file-name order.
        Assert.Equal(["inspection.csv", "inspection.html"], outputs.Select(o => o.GetProperty("file").GetString()!));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "inspection.csv")))), outputs[0].GetProperty("sha256").GetString());
    }

    [Fact]
    public void Public_SuppressBelowAndRound_ReachTheTable()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "p", "--audience", "public", "--suppress-below", "11", "--round", "10"));
        foreach (var r in Rows(Outputs(run, "p").Csv).Where(r => r[6] is "count" or "percent"))
        {
            foreach (var c in r[6] == "count" ? new[] { r[3] } : [r[4], r[5]])
            {
                if (double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v))
                {
                    Assert.True(v == 0 || (v >= 10 && v % 10 == 0), string.Join(",", r));
                }
            }
        }
    }

    [Theory]
    [InlineData(new[] { "--conventions", "excel" }, "--conventions 'excel' is not a convention: use corrected or chat.")]
    [InlineData(new[] { "--months", "0" }, "--months 0 is out of range: use 1 to 24 (Annex A lists cover 6).")]
    [InlineData(new[] { "--as-at", "31/05/2017" }, "--as-at '31/05/2017' is not a date: use YYYY-MM-DD, for example 2017-05-31.")]
    public void UsageErrors_Exit2(string[] extra, string message)
    {
        using var run = new CliRun();
        Assert.Equal(2, run.Run(["inspection", "--data", Sample, "--out", "pack", .. extra]));
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(run.Folder, "pack")));
    }
    [Fact]
    public void EveryMeasureId_HasATitleAndIsInTheDocs()
    {
        using var run = new CliRun();
        Assert.Equal(0, run.Run("inspection", "--data", Sample, "--out", "pack"));
        var docs = File.ReadAllText(Path.Combine(Repo.Root(), "docs", "inspection.md"));
        var ids = Outputs(run, "pack").Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).Distinct().ToList();
        var generated = new[] { "_rate_per_10k", "_age_sex", "_ethnicity", "_disability" };
        var missing = ids.Where(id => !Csc.Analysis.Inspection.InspectionMeasureTitles.IsKnown(id)
            || (!generated.Any(g => id.EndsWith(g, StringComparison.Ordinal)) && !docs.Contains($"`{id}`", StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }
}
