using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

public sealed class AnnexAWriterTests
{
    private static readonly DateOnly Extract = new(2017, 5, 31);

    internal static CaseData Sample() => new()
    {
        ExtractDate = Extract,
        Children =
        [
            new Child("C1", "F", new DateOnly(2010, 5, 1), "WBRI", "N", "AB1 2CD"),
            new Child("C2", "M", new DateOnly(2005, 1, 31), null, null, null),
            new Child("C3", "U", new DateOnly(2012, 2, 29), "NOBT", "Y", null),
        ],
        Contacts = [new Contact("k1", "C1", new DateOnly(2017, 4, 3), "6", BragRating.Red, ContactOutcome.Referral, "MASH")],
        EarlyHelp = [new EarlyHelpEpisode("eh1", "C2", new DateOnly(2017, 1, 10), new DateOnly(2017, 2, 10), EarlyHelpRoute.StepDown)],
        Referrals =
        [
            new Referral("r1", "C1", new DateOnly(2017, 4, 4), "2A", false, "Duty", "A Smith"),
            new Referral("r2", "C1", new DateOnly(2017, 4, 4), "6", true, null, null),
        ],
        Assessments =
        [
            new Assessment("a1", "C1", "r1", new DateOnly(2017, 4, 5), new DateOnly(2017, 5, 1), AssessmentOutcome.Cp, "Duty", "A Smith"),
            new Assessment("a2", "C2", null, new DateOnly(2017, 3, 1), null, AssessmentOutcome.EarlyHelp, null, null),
            new Assessment("a3", "C3", null, new DateOnly(2017, 3, 2), null, null, null, null),
        ],
        Section47Enquiries =
        [
            new Section47Enquiry("s1", "C1", new DateOnly(2017, 4, 6), false, new DateOnly(2017, 4, 20), new DateOnly(2017, 4, 21), true, "CP", "B Jones"),
            new Section47Enquiry("s2", "C2", new DateOnly(2017, 3, 2), true, null, null, null, null, null),
        ],
        CinPlans = [new CinPlan("p1", "C2", new DateOnly(2016, 11, 1), new DateOnly(2017, 3, 31), "CIN", "C Brown")],
        CpPlans = [new CpPlan("cp1", "C1", new DateOnly(2017, 4, 20), null, "NEG", "MUL", "CP", "B Jones")],
        CpVisits =
        [
            new CpVisit("v1", "C1", new DateOnly(2017, 4, 27), true, "B Jones"),
            new CpVisit("v2", "C1", new DateOnly(2017, 5, 4), false, "B Jones"),
            new CpVisit("v0", "C1", new DateOnly(2016, 1, 4), true, "B Jones"), // before the plan: not its last visit
        ],
        LacEpisodes =
        [
            new LacEpisode("e1", "C2", new DateOnly(2016, 6, 1), new DateOnly(2016, 9, 1), "S", "V2", "N1", "U4", "PR1", "PC1 1AA", null, true, "X1"),
            new LacEpisode("e2", "C2", new DateOnly(2016, 9, 1), null, "L", "C2", "N1", "R1", "PR4", "PC2 2BB", 25.5, false, null),
            new LacEpisode("e3", "C3", new DateOnly(2015, 1, 1), new DateOnly(2015, 6, 30), "S", "C1", "N2", "U6", "PR1", null, null, null, "E4A"),
        ],
        MissingEpisodes =
        [
            new MissingEpisode("m1", "C2", new DateTime(2016, 10, 1, 20, 0, 0), new DateTime(2016, 10, 2), MissingType.Missing, true, new DateTime(2016, 10, 3)),
            new MissingEpisode("m2", "C2", new DateTime(2016, 11, 1), null, MissingType.Absent, null, null),
        ],
    };

    /// <summary>What Annex A gives back for <see cref="Sample"/>: ids from child and date, no contact outcome, one episode per period of care.</summary>
    private static void AssertRoundTrip(CaseData d)
    {
        Assert.Equal(
        [
            // Annex A has no home postcode; C3's "U" comes back unknown; C2's disability is blank.
            new Child("C1", "F", new DateOnly(2010, 5, 1), "WBRI", "N", null),
            new Child("C2", "M", new DateOnly(2005, 1, 31), null, null, null),
            new Child("C3", null, new DateOnly(2012, 2, 29), "NOBT", "Y", null),
        ], d.Children);
        Assert.Equal([new Contact("C1/2017-04-03", "C1", new DateOnly(2017, 4, 3), "6", BragRating.None, ContactOutcome.Other, null)], d.Contacts);
        Assert.Equal([new EarlyHelpEpisode("C2/2017-01-10", "C2", new DateOnly(2017, 1, 10), new DateOnly(2017, 2, 10), EarlyHelpRoute.Other)], d.EarlyHelp);
        Assert.Equal(
        [
            new Referral("C1/2017-04-04", "C1", new DateOnly(2017, 4, 4), "2A", false, "Duty", "A Smith"),
            new Referral("C1/2017-04-04#2", "C1", new DateOnly(2017, 4, 4), "6", true, null, null),
        ], d.Referrals);
        // Annex A says only whether support was needed: CP comes back as CIN, early help as NFA.
        Assert.Equal(
        [
            new Assessment("C1/2017-04-05", "C1", null, new DateOnly(2017, 4, 5), new DateOnly(2017, 5, 1), AssessmentOutcome.Cin, "Duty", "A Smith"),
            new Assessment("C2/2017-03-01", "C2", null, new DateOnly(2017, 3, 1), null, AssessmentOutcome.Nfa, null, null),
            new Assessment("C3/2017-03-02", "C3", null, new DateOnly(2017, 3, 2), null, null, null, null),
        ], d.Assessments);
        Assert.Equal(
        [
            new Section47Enquiry("C1/2017-04-06", "C1", new DateOnly(2017, 4, 6), false, new DateOnly(2017, 4, 20), null, true, "CP", "B Jones"),
            new Section47Enquiry("C2/2017-03-02", "C2", new DateOnly(2017, 3, 2), true, null, null, null, null, null),
        ], d.Section47Enquiries);
        Assert.Equal([new CinPlan("C2/2016-11-01", "C2", new DateOnly(2016, 11, 1), new DateOnly(2017, 3, 31), "CIN", "C Brown")], d.CinPlans);
        Assert.Equal([new CpPlan("C1/2017-04-20", "C1", new DateOnly(2017, 4, 20), null, "NEG", "MUL", "CP", "B Jones")], d.CpPlans);
        Assert.Equal([new CpVisit("C1/2017-05-04", "C1", new DateOnly(2017, 5, 4), false, "B Jones")], d.CpVisits);
        Assert.Equal(
        [
            // e1 and e2 are one period of care (joined by X1): one row with e2's status and placement.
            new LacEpisode("C2/2016-06-01", "C2", new DateOnly(2016, 6, 1), null, null, "C2", "N1", "R1", "PR4", "PC2 2BB", null, false, null),
            new LacEpisode("C3/2015-01-01", "C3", new DateOnly(2015, 1, 1), new DateOnly(2015, 6, 30), null, "C1", "N2", "U6", "PR1", null, null, null, "E4A"),
        ], d.LacEpisodes);
        Assert.Empty(d.MissingEpisodes);
    }

    [Fact]
    public void Write_ThenLoadXlsx_SameRecordsForTheFieldsAnnexACarries()
    {
        var path = Path.Combine(NewTempFolder(), "annex-a.xlsx");
        AnnexAWriter.Write(Sample(), path);
        var result = CaseDataLoader.Load(path);

        Assert.Equal(DataFormat.AnnexA, result.Format);
        Assert.Equal(0, result.ErrorCount);
        Assert.DoesNotContain(result.Issues, i => i.Severity == IssueSeverity.Warning);
        AssertRoundTrip(result.Data);
        // C2's period has one missing (return interview offered and done) and one absent episode.
        Assert.Contains(result.Issues, i => i.Column == "List 8" && i.Reason.Contains("(1 missing, 1 absent in the last 12 months)", StringComparison.Ordinal)
            && i.Reason.Contains("offered: 1 yes, 0 no; accepted: 1 yes, 0 no", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteCsv_ThenLoadFolder_SameRecordsAsXlsx()
    {
        var folder = NewTempFolder();
        var paths = AnnexAWriter.WriteCsv(Sample(), folder);
        Assert.Equal(11, paths.Count);
        Assert.Equal("list_1_contacts.csv", Path.GetFileName(paths[0]));
        Assert.Equal(DataFormat.AnnexA, CaseDataLoader.Detect(folder));
        var result = new AnnexALoader().Load(folder, LoadOptions.Default);
        Assert.Equal(0, result.ErrorCount);
        AssertRoundTrip(result.Data);
        Assert.Equal(
            "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source\nC1,b) Female,a) WBRI,01/05/2010,7,03/04/2017,q) 6: Police\n",
            File.ReadAllText(paths[0]));
    }

    [Fact]
    public void Write_Workbook_ValidSpreadsheetMlWithOfstedSheetsLabelsAndRealDates()
    {
        var path = Path.Combine(NewTempFolder(), "annex-a.xlsx");
        AnnexAWriter.Write(Sample(), path);
        using var doc = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"List {i}"), sheets);
        Assert.Equal("Csc.Analysis", doc.PackageProperties.Creator);
        Assert.Equal(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), doc.PackageProperties.Created!.Value.ToUniversalTime());

        using var book = XlsxWorkbook.Open(path);
        var rows = book.Rows("List 3").ToList();
        Assert.Equal("Date of Referral", rows[0].Cells[5].Text);
        // 2017-04-04 is Excel serial 42829 (days since 1899-12-30).
        Assert.Equal(42829d, rows[1].Cells[5].Number);
        Assert.Equal("e) 2A: Schools", rows[1].Cells[6].Text);
        Assert.Equal("b) No", rows[1].Cells[7].Text);
        // Age on the extract date 2017-05-31 of a child born 2010-05-01: 7.
        Assert.Equal(7d, rows[1].Cells[4].Number);
        var list8 = book.Rows("List 8").ToList();
        Assert.Equal("C2: FCO", list8[1].Cells[11].Text);
        Assert.Equal("b) Out", list8[1].Cells[26].Text);
        Assert.Equal(["Individual adopter identifier"], book.Rows("List 11").Single().Cells.Take(1).Select(c => c.Text));
    }

    [Fact]
    public void Write_SameInputTwice_SameBytes()
    {
        var a = Path.Combine(NewTempFolder(), "a.xlsx");
        var b = Path.Combine(NewTempFolder(), "b.xlsx");
        AnnexAWriter.Write(Sample(), a);
        AnnexAWriter.Write(Sample(), b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Write_Period_KeepsEventsStartingInItAndPlansOpenDuringIt()
    {
        var path = Path.Combine(NewTempFolder(), "annex-a.xlsx");
        AnnexAWriter.Write(Sample(), path, new AnnexAWriterOptions { Period = new DateRange(new DateOnly(2017, 4, 1), new DateOnly(2017, 5, 31)) });
        var d = new AnnexALoader().Load(path, LoadOptions.Default).Data;
        Assert.Single(d.Contacts);
        Assert.Empty(d.EarlyHelp); // started January
        Assert.Equal(2, d.Referrals.Count);
        Assert.Equal(["C1"], d.Assessments.Select(a => a.ChildId));
        Assert.Empty(d.CinPlans); // ended 31 March
        Assert.Single(d.CpPlans);
        Assert.Equal(["C2"], d.LacEpisodes.Select(e => e.ChildId)); // C3's period ended in 2015
    }
}
