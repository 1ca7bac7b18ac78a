using Csc.Analysis.Cli.Commands;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli.Tests.Kpis;

public sealed class KpisCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("csc-kpis-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var env = new CliEnvironment(o, e, TimeProvider.System, false, dir);
        var code = await CliApp.RunAsync(args, env);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Kpis_MissingData_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", "nowhere", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"csc-kpi: '{Path.Combine(dir, "nowhere")}' does not exist.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Kpis_BadMonth_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", ".", "--from", "May 2017", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--from 'May 2017' is not a month: expected YYYY-MM, for example 2017-05.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_FromAfterTo_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", ".", "--from", "2017-06", "--to", "2017-05", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--from 2017-06 is after --to 2017-05.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_BadFormat_Usage()
    {
        var (code, _, error) = await Run("kpis", "--data", ".", "--format", "xls", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--format 'xls' is not a format: use auto, canonical, ssda903, cin-census, annex-a or ssd.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_BadConfig_UsageWithConfigMessage()
    {
        File.WriteAllText(Path.Combine(dir, "bad.json"), """{ "kpis": { "nope": {} } }""");
        var (code, _, error) = await Run("kpis", "--data", ".", "--config", "bad.json", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"csc-kpi: KPI config '{Path.Combine(dir, "bad.json")}': unknown KPI id 'nope' in \"kpis\".", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_NoOut_Usage()
    {
        var (code, _, _) = await Run("kpis", "--data", ".");
        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public void Summarise_CountsByRuleWithFirstExample()
    {
        var w = new StringWriter();
        KpisCommand.Summarise(w, "Loading x", [
            new DataIssue(IssueSeverity.Error, "DATE_FORMAT", "contacts.csv", 3, "contact_date", "31/02/2017", "not a date"),
            new DataIssue(IssueSeverity.Error, "DATE_FORMAT", "contacts.csv", 9, "contact_date", "x", "not a date"),
            new DataIssue(IssueSeverity.Warning, "DISTANCE", "lac.csv", 2, "distance", "900", "implausible"),
        ], "rows with errors were left out");
        Assert.Equal(
            "Loading x: 2 error(s), 1 warning(s), 0 note(s); rows with errors were left out.\n"
            + "  DATE_FORMAT: 2 (first: error DATE_FORMAT contacts.csv:3 column contact_date value '31/02/2017': not a date)\n"
            + "  DISTANCE: 1 (first: warning DISTANCE lac.csv:2 column distance value '900': implausible)\n",
            w.ToString().ReplaceLineEndings("\n"));
    }
}

public sealed class KpisCommandDataTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("csc-kpis-cli-data-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private string WriteExtract()
    {
        var folder = Path.Combine(dir, "extract");
        Directory.CreateDirectory(folder);
        var data = new CaseData
        {
            Children = [new("C1", "M", D("2010-01-01"), null, null, null), new("C2", "F", D("2012-01-01"), null, null, null)],
            Section47Enquiries =
            [
                new("S1", "C1", D("2017-04-03"), false, D("2017-04-04"), null, null, "T1", "W1"),  // 1 WD: within
                new("S2", "C2", D("2017-05-02"), false, D("2017-05-30"), null, null, "T2", "W1"),  // 19 WD: not
            ],
        };
        Csc.Analysis.Data.Canonical.CanonicalExtractWriter.Write(data, folder);
        return folder;
    }

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliEnvironment(o, e, TimeProvider.System, false, dir));
        return (code, o.ToString().ReplaceLineEndings("\n"), e.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Kpis_CanonicalExtract_WritesTidyCsv()
    {
        WriteExtract();
        var (code, output, error) = await Run("kpis", "--data", "extract", "--from", "2017-04", "--to", "2017-05", "--out", "out/kpis.csv");
        Assert.Equal(ExitCodes.Ok, code);
        // Header-only tables are noted (CAN_HEADER_ONLY); nothing is an error.
        Assert.DoesNotContain("csc-kpi:", error, StringComparison.Ordinal);
        Assert.Contains(" 0 error(s), 0 warning(s)", error, StringComparison.Ordinal);
        var n = Csc.Analysis.Kpis.KpiCatalog.Default.Definitions.Count;
        Assert.Equal($"Wrote {n} KPIs x 2 months (2017-04 to 2017-05) to out/kpis.csv.\n", output);
        var lines = File.ReadAllLines(Path.Combine(dir, "out", "kpis.csv"));
        Assert.Equal("kpi_id,month,value,numerator,denominator,ytd_value,ytd_numerator,ytd_denominator,target,rag", lines[0]);
        Assert.Equal(1 + (n * 2), lines.Length);
        // April 1 / 1 = 100% green; May 0 / 1 red, YTD 1 / 2 = 50%.
        Assert.Contains("icpc_within_15wd_pct,2017-04,100,1,1,100,1,1,90,green", lines);
        Assert.Contains("icpc_within_15wd_pct,2017-05,0,0,1,50,1,2,90,red", lines);
    }

    [Fact]
    public async Task Kpis_JsonByExtension()
    {
        WriteExtract();
        var (code, _, _) = await Run("kpis", "--data", "extract", "--from", "2017-05", "--to", "2017-05", "--out", "kpis.json");
        Assert.Equal(ExitCodes.Ok, code);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "kpis.json")));
        Assert.Equal(Csc.Analysis.Kpis.KpiCatalog.Default.Definitions.Count, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Kpis_BadRows_SummaryOnStderrAndExitZero()
    {
        var folder = WriteExtract();
        var s47 = Path.Combine(folder, Csc.Analysis.Data.Canonical.CanonicalSchema.Section47.FileName);
        var header = File.ReadLines(s47).First().Split(',');
        var bad = header.Select(h => h switch
        {
            "s47_id" => "S9",
            "child_id" => "C1",
            "strategy_discussion_date" => "not-a-date",
            _ => "",
        });
        File.AppendAllText(s47, string.Join(",", bad) + "\n");
        var (code, _, error) = await Run("kpis", "--data", "extract", "--from", "2017-04", "--to", "2017-05", "--out", "kpis.csv");
        // Rows were rejected: the table is still written, the exit code says so.
        Assert.Equal(ExitCodes.DataErrors, code);
        Assert.StartsWith("Loading extract (canonical): 1 error(s)", error, StringComparison.Ordinal);
        Assert.Contains("not-a-date", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_TableMissing_NamesTheUnavailableKpisAndWhatWouldGiveThem()
    {
        var data = Path.Combine(dir, "data");
        Directory.CreateDirectory(data);
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root(), "data-samples", "havering-like")))
        {
            if (Path.GetFileName(f) != "contacts.csv")
            {
                File.Copy(f, Path.Combine(data, Path.GetFileName(f)));
            }
        }
        var (code, _, error) = await Run("kpis", "--data", "data", "--from", "2017-05", "--to", "2017-05", "--out", "k.csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Not available with this data (4 of ", error, StringComparison.Ordinal);
        Assert.Contains("\n  contacts, contacts_nfa_pct, contacts_blue_pct, contacts_early_help_pct: the canonical data has no contacts; an extract that records them (contacts.csv in a canonical extract, or the SSD) would give it.\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        // Their rows are in the table, empty.
        Assert.Contains("\ncontacts,2017-05,,,,", File.ReadAllText(Path.Combine(dir, "k.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_EveryTable_NoUnavailableLine()
    {
        var (code, _, error) = await Run("kpis", "--data", Path.Combine(Repo.Root(), "data-samples", "havering-like"), "--from", "2017-05", "--to", "2017-05", "--out", "k.csv");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.DoesNotContain("Not available with this data", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_ThreeCouncilStack_EachCouncilIdenticalToItAlone()
    {
        // generate --councils 3 is the councils of seeds s, s+1 and s+2, tagged 001, 002 and 003 (child ids repeat across them).
        string[] shape = ["--from", "2016-04", "--to", "2017-03", "--scale", "0.4"];
        Assert.Equal(ExitCodes.Ok, (await Run(["generate", "--out", "stack", "--councils", "3", .. shape])).Code);
        var stack = await Run("kpis", "--data", "stack", "--out", "stack.csv");
        Assert.Equal(ExitCodes.Ok, stack.Code);
        Assert.Contains("for 3 councils (001, 002, 003)", stack.Out, StringComparison.Ordinal);
        // A calculation's issue says which council's record it is about.
        Assert.Matches(@"Calculating KPIs: [^\n]*\n  [A-Z_0-9]+: \d+ \(first: [^\n]*\(council 00[123]\)\)", stack.Error.ReplaceLineEndings("\n"));
        var lines = File.ReadAllLines(Path.Combine(dir, "stack.csv"));
        Assert.Equal("la_code,kpi_id,month,value,numerator,denominator,ytd_value,ytd_numerator,ytd_denominator,target,rag", lines[0]);
        for (var i = 0; i < 3; i++)
        {
            var seed = (Csc.Analysis.Data.Synthetic.SyntheticOptions.DefaultSeed + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(ExitCodes.Ok, (await Run(["generate", "--out", $"alone{i}", "--seed", seed, .. shape])).Code);
            Assert.Equal(ExitCodes.Ok, (await Run("kpis", "--data", $"alone{i}", "--out", $"alone{i}.csv")).Code);
            var alone = File.ReadAllLines(Path.Combine(dir, $"alone{i}.csv"));
            var prefix = $"00{i + 1},";
            var mine = lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..]).ToList();
            Assert.True(mine.Count > 0);
            Assert.Equal(alone.Skip(1), mine);
        }
        // The same stack as JSON: every row leads with its council.
        Assert.Equal(ExitCodes.Ok, (await Run("kpis", "--data", "stack", "--out", "stack.json")).Code);
        Assert.StartsWith("[\n  {\n    \"la_code\": \"001\",\n    \"kpi_id\": ", File.ReadAllText(Path.Combine(dir, "stack.json")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_StackWithABadCouncilCode_LeavesTheRowOutAndSaysWhere()
    {
        Directory.CreateDirectory(Path.Combine(dir, "stack"));
        File.WriteAllText(Path.Combine(dir, "stack", "children.csv"), "la_code,child_id\n311,C1\nE09000016,C1\n31,C2\n");
        File.WriteAllText(Path.Combine(dir, "stack", "contacts.csv"), "la_code,contact_id,child_id,contact_date,outcome\n311,K1,C1,2017-02-28,REFERRAL\nE09000016,K1,C1,2017-03-01,NFA\n311,K1,C1,2017-03-02,NFA\n");
        var (code, output, error) = await Run("kpis", "--data", "stack", "--out", "k.csv");
        Assert.Equal(ExitCodes.DataErrors, code);
        Assert.Contains("for 2 councils (311, E09000016)", output, StringComparison.Ordinal);
        Assert.Contains("CAN_COUNCIL_CODE: 1 (first: error CAN_COUNCIL_CODE children.csv:4 column la_code value '31'", error, StringComparison.Ordinal);
        Assert.Contains("CAN_DUPLICATE_ID: 1 (first: error CAN_DUPLICATE_ID contacts.csv:4 column contact_id value 'K1': contact_id 'K1' is used again in council 311 (first on line 2)", error, StringComparison.Ordinal);
        var table = File.ReadAllText(Path.Combine(dir, "k.csv"));
        Assert.Contains("\n311,contacts,2017-02,1,1,", table, StringComparison.Ordinal);
        Assert.Contains("\nE09000016,contacts,2017-03,1,1,", table, StringComparison.Ordinal);
    }
}
