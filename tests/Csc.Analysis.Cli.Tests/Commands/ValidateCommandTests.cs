namespace Csc.Analysis.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static void WriteGoodExtract(CliRun cli)
    {
        cli.Write("extract/children.csv", "child_id,sex,date_of_birth\nC1,F,2010-01-05\nC2,M,2012-03-04\n");
        cli.Write("extract/referrals.csv", "referral_id,child_id,referral_date,nfa\nR1,C1,2017-05-02,N\nR2,C2,2017-05-03,Y\n");
    }

    private static void WriteBadExtract(CliRun cli)
    {
        cli.Write("extract/children.csv", "child_id,sex,date_of_birth\nC1,F,31/02/2010\nC2,M,2012-03-04\nC2,M,2012-03-04\n");
        cli.Write("extract/referrals.csv", "referral_id,child_id,referral_date,source\nR1,C9,2017-05-02,\"School, Primary\"\nR2,C2,2017-06-03,School\n");
    }

    [Fact]
    public void Validate_GoodExtract_Exit0WithSummary()
    {
        using var cli = new CliRun();
        WriteGoodExtract(cli);
        Assert.Equal(0, cli.Run("validate", "--data", "extract", "--extract-date", "2017-05-31"));
        Assert.Contains("Format: canonical\n", cli.Out);
        Assert.Contains("Extract date: 2017-05-31\n", cli.Out);
        Assert.Matches(@"\n  children +2\n", cli.Out);
        Assert.Matches(@"\n  referrals +2\n", cli.Out);
        // info: 11 absent tables, and absent optional columns in each of the two files
        Assert.Contains("Issues: 0 errors, 0 warnings, 13 info\n", cli.Out);
        Assert.EndsWith("Result: no errors.\n", cli.Out);
        Assert.Equal(string.Empty, cli.Error); // not a terminal: no progress
    }

    [Fact]
    public void Validate_BadExtract_Exit1CountsByRuleAndLocatesIssues()
    {
        using var cli = new CliRun();
        WriteBadExtract(cli);
        Assert.Equal(1, cli.Run("validate", "--data", "extract", "--extract-date", "2017-05-31", "--show", "2"));
        Assert.Contains("Issues: 3 errors, 1 warning, 13 info\n", cli.Out);
        Assert.Matches(@"\n  error +CAN_DATE_FORMAT +1\n", cli.Out);
        Assert.Matches(@"\n  error +CAN_DUPLICATE_ID +1\n", cli.Out);
        Assert.Matches(@"\n  error +CAN_FUTURE_DATE +1\n", cli.Out);
        Assert.Matches(@"\n  warning +CAN_ORPHAN_CHILD +1\n", cli.Out);
        Assert.Contains("First 2 of 17 issues:\n", cli.Out);
        Assert.Contains("  error CAN_DATE_FORMAT children.csv:2 column date_of_birth value '31/02/2010': date_of_birth is not a real date: February 2010 has 28 days.\n", cli.Out);
        Assert.Contains("  ... and 15 more (write them all with --issues FILE.csv).\n", cli.Out);
        Assert.EndsWith("Result: 3 errors; the rows (or files) they are about were not loaded.\n", cli.Out);
    }

    [Fact]
    public void Validate_IssuesOption_WritesEveryIssueAsCsv()
    {
        using var cli = new CliRun();
        WriteBadExtract(cli);
        Assert.Equal(1, cli.Run("validate", "--data", "extract", "--extract-date", "2017-05-31", "--issues", "out/issues.csv"));
        var lines = File.ReadAllText(Path.Combine(cli.Folder, "out", "issues.csv")).Split('\n');
        Assert.Equal("severity,rule,file,line,column,value,reason", lines[0]);
        Assert.Equal(1 + 17 + 1, lines.Length); // header, 17 issues, the empty string after the last LF
        Assert.Contains("error,CAN_DUPLICATE_ID,children.csv,4,child_id,C2,child_id 'C2' is used again (first on line 3); this row is not loaded.", lines);
        Assert.Contains("warning,CAN_ORPHAN_CHILD,referrals.csv,2,child_id,C9,child_id 'C9' is not in children.csv; the row is kept.", lines);
        Assert.Contains("info,CAN_TABLE_ABSENT,contacts.csv,,,,contacts.csv is absent; the table is empty.", lines);
        Assert.Contains($"All 17 issues written to {Path.Combine(cli.Folder, "out", "issues.csv")}.\n", cli.Out);
    }

    [Fact]
    public void Validate_ShowZero_PrintsNoIssueLines()
    {
        using var cli = new CliRun();
        WriteBadExtract(cli);
        Assert.Equal(1, cli.Run("validate", "--data", "extract", "--show", "0"));
        Assert.DoesNotContain("First ", cli.Out);
        Assert.Contains("Extract date: not given (no future-date check; use --extract-date)\n", cli.Out);
        // without an extract date the June referral is no error: 2 errors
        Assert.Contains("Issues: 2 errors, 1 warning, 13 info\n", cli.Out);
    }

    [Fact]
    public void Validate_Terminal_ShowsProgressOnStderr()
    {
        using var cli = new CliRun();
        WriteGoodExtract(cli);
        // A terminal that cannot redraw (the test's writers) gets one plain line per stage; --progress none silences it.
        Assert.Equal(0, cli.Run(true, "validate", "--data", "extract"));
        Assert.Matches(@"^Loading extract: \d+\.\d s\n", cli.Error);
        Assert.DoesNotContain("Loading", cli.Out);
        Assert.Equal(0, cli.Run(true, "validate", "--data", "extract", "--progress", "none"));
        Assert.DoesNotContain("Loading", cli.Error);
    }

    [Fact]
    public void Validate_MissingPath_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("validate", "--data", "nowhere"));
        Assert.Equal($"csc-kpi: '{Path.Combine(cli.Folder, "nowhere")}' does not exist.\n", cli.Error);
    }

    [Fact]
    public void Validate_UnknownFormat_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("validate", "--data", ".", "--format", "xml"));
        Assert.Equal("csc-kpi: unknown --format 'xml': expected auto, canonical, ssda903, cin-census, annex-a or ssd.\n", cli.Error);
    }

    [Fact]
    public void Validate_BadExtractDate_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("validate", "--data", ".", "--extract-date", "31/05/2017"));
        Assert.Equal("csc-kpi: --extract-date '31/05/2017' is not a date: expected YYYY-MM-DD, for example 2017-05-31.\n", cli.Error);
    }

    [Fact]
    public void Validate_UnrecognisedFolder_Exit2AsksForFormat()
    {
        using var cli = new CliRun();
        cli.Write("stuff/readme.txt", "hello");
        Assert.Equal(2, cli.Run("validate", "--data", "stuff"));
        Assert.StartsWith($"csc-kpi: Cannot tell the format of '{Path.Combine(cli.Folder, "stuff")}'", cli.Error);
    }

    [Fact]
    public void Validate_ForcedCanonicalOnOtherFolder_Exit1NoTables()
    {
        using var cli = new CliRun();
        cli.Write("stuff/readme.txt", "hello");
        Assert.Equal(1, cli.Run("validate", "--data", "stuff", "--format", "canonical"));
        Assert.Matches(@"\n  error +CAN_NO_TABLES +1\n", cli.Out);
    }

    [Fact]
    public void Validate_NoDataOption_Exit2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("validate"));
        Assert.Contains("--data", cli.Error);
    }
}
