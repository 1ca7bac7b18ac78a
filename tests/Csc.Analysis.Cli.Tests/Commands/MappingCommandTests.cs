namespace Csc.Analysis.Cli.Tests.Commands;

/// <summary><c>--mapping</c> on validate, kpis and export: a council's own export with its own headers and code labels.</summary>
public sealed class MappingCommandTests
{
    private const string Mapping = """
        {
          "date_formats": ["dd/MM/yyyy", "dd/MM/yyyy HH:mm"],
          "tables": {
            "children": {
              "file": "People.csv",
              "columns": { "child_id": "Person ID", "date_of_birth": "DOB" }
            },
            "contacts": {
              "file": "Contacts report.csv",
              "columns": { "contact_id": "Contact ID", "child_id": "Person ID", "contact_date": "Contact Date", "outcome": "Contact Outcome",
                           "brag_rating": "BRAG" },
              "values": {
                "outcome": { "No Further Action": "NFA", "Referral to CSC": "REFERRAL" },
                "brag_rating": { "Blue - Universal": "Blue", "Red - Immediate": "Red" }
              },
              "constants": { "team": "MASH" }
            }
          }
        }
        """;

    private const string Contacts = """
        Contact ID,Person ID,Contact Date,Contact Outcome,BRAG,Created By
        CT1,P1,03/04/2017 09:30,No Further Action,Blue - Universal,jsmith
        CT2,P2,04/04/2017 10:00,Referral to CSC,Red - Immediate,jsmith
        CT3,P2,05/04/2017 11:15,Advice Given,Amber,jsmith
        CT4,P3,31/04/2017 12:00,Referral to CSC,Blue - Universal,jsmith
        CT5,P1,06/05/2017 08:00,Advice Given,,jsmith

        """;

    private static CliRun Export()
    {
        var run = new CliRun();
        run.Write("export/mapping.json", Mapping);
        run.Write("export/People.csv", "Person ID,DOB,Surname\nP1,01/02/2010,A\nP2,29/02/2012,B\nP3,15/06/2015,C\n");
        run.Write("export/Contacts report.csv", Contacts);
        return run;
    }

    [Fact]
    public void Validate_WithMapping_ShowsRowsPerTableAndCodesSeenButNotMapped()
    {
        using var run = Export();
        var code = run.Run("validate", "--data", "export", "--mapping", "export/mapping.json");

        Assert.Equal(ExitCodes.DataErrors, code);
        var o = run.Out.Replace("\r", "", StringComparison.Ordinal);
        Assert.Contains("Mapping: ", o);
        Assert.Matches(@"  children +People\.csv +3 read +3 loaded +0 rejected\n", o);
        Assert.Matches(@"  contacts +Contacts report\.csv +5 read +2 loaded +3 rejected\n", o);
        Assert.Contains("Codes seen but not mapped:\n  Contacts report.csv:4 Contact Outcome 'Advice Given' (2 rows)\n", o);
        Assert.Contains("CAN_DATE_FORMAT", o);
        Assert.Contains("Contacts report.csv:5 column Contact Date value '31/04/2017 12:00'", o);
    }

    [Fact]
    public void Kpis_WithMapping_EqualTheSameDataAsCanonicalCsv()
    {
        using var run = Export();
        run.Write("canonical/children.csv", "child_id,date_of_birth\nP1,2010-02-01\nP2,2012-02-29\nP3,2015-06-15\n");
        run.Write("export/Contacts report.csv", string.Join("\n", Contacts.Split('\n').Take(3)) + "\n");
        run.Write("canonical/contacts.csv", "contact_id,child_id,contact_date,outcome,brag_rating,team\nCT1,P1,2017-04-03,NFA,Blue,MASH\nCT2,P2,2017-04-04,REFERRAL,Red,MASH\n");

        Assert.Equal(ExitCodes.Ok, run.Run("kpis", "--data", "canonical", "--out", "canonical.csv"));
        Assert.Equal(ExitCodes.Ok, run.Run("kpis", "--data", "export", "--mapping", "export/mapping.json", "--out", "mapped.csv"));
        Assert.Equal(File.ReadAllText(Path.Combine(run.Folder, "canonical.csv")), File.ReadAllText(Path.Combine(run.Folder, "mapped.csv")));
        Assert.Contains("Loading export (canonical)", run.Error);
    }

    [Fact]
    public void BadMapping_IsReportedWithItsLine_AndMisuseIsAUsageError()
    {
        using var run = Export();
        run.Write("export/bad.json", Mapping.Replace("\"outcome\": \"Contact Outcome\"", "\"outcome_code\": \"Contact Outcome\"", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.DataErrors, run.Run("validate", "--data", "export", "--mapping", "export/bad.json"));
        Assert.Contains("bad.json:10 column outcome_code: unknown column 'outcome_code' of the table contacts", run.Out);
        Assert.Contains("bad.json:8 column outcome: the table contacts does not map its required column outcome. The table is not read.", run.Out);

        Assert.Equal(ExitCodes.Usage, run.Run("validate", "--data", "export", "--mapping", "export/none.json"));
        Assert.Equal("csc-kpi: --mapping 'export/none.json' does not exist.\n", run.Error);
        run.Write("export/broken.json", "{ \"tables\": { ,, } }");
        Assert.Equal(ExitCodes.Usage, run.Run("validate", "--data", "export", "--mapping", "export/broken.json"));
        Assert.StartsWith("csc-kpi: broken.json line 1: not valid JSON", run.Error);
    }

    [Fact]
    public void Export_WithMapping_WritesTheStarSchema()
    {
        using var run = Export();
        Assert.Equal(ExitCodes.DataErrors, run.Run("export", "--data", "export", "--mapping", "export/mapping.json", "--out", "out", "--format", "powerbi"));
        Assert.True(File.Exists(Path.Combine(run.Folder, "out", "facts.csv")), run.Error);
    }
}
