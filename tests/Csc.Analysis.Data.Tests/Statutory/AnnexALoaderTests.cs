using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using Csc.Analysis.Xlsx;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

public sealed class AnnexALoaderTests
{
    private static LoadResult LoadFolder(params (string Name, string Text)[] files)
    {
        var folder = NewTempFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
        return new AnnexALoader().Load(folder, LoadOptions.Default);
    }

    // A sheet with a heading row of labels, written with the kit's workbook writer.
    private static XlsxSheet Sheet(string name, string[] header, object?[][] rows)
        => new() { Name = name, Rows = [[.. header], .. rows] };

    private static LoadResult LoadWorkbook(params XlsxSheet[] sheets)
    {
        var path = Path.Combine(NewTempFolder(), "annex.xlsx");
        XlsxWriter.Write(path, sheets, "test", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return new AnnexALoader().Load(path, LoadOptions.Default);
    }

    [Fact]
    public void Load_LiiaSample_SerialDatesCodedLabelsAndExcelErrors()
    {
        var result = CaseDataLoader.Load(TestData("annex-a", "liia-Annex_A.xlsx"));
        Assert.Equal(DataFormat.AnnexA, result.Format);
        Assert.Equal(0, result.ErrorCount);
        var d = result.Data;
        // List 1 row 2: child 9212044, contact date serial 44090 = 2020-09-16, source "q) 6: Police".
        Assert.Equal(new Contact("9212044/2020-09-16", "9212044", new DateOnly(2020, 9, 16), "6", BragRating.None, ContactOutcome.Other, null), d.Contacts[0]);
        // Gender "Female" without the letter prefix; date of birth serial 42029 = 2015-01-25; "a) WBRI".
        Assert.Equal(new Child("9212044", "F", new DateOnly(2015, 1, 25), "WBRI", null, null), d.Children[0]);
        Assert.Null(d.Children[1].DateOfBirth);
        Assert.Equal((5, 5, 6, 5, 5, 5, 7, 5), (d.Contacts.Count, d.EarlyHelp.Count, d.Referrals.Count, d.Assessments.Count, d.Section47Enquiries.Count, d.CinPlans.Count, d.CpPlans.Count, d.LacEpisodes.Count));
        Assert.Equal("Dustin\u00a0Hazlett", d.Referrals[0].Worker);
        Assert.Equal("E1", d.LacEpisodes[0].LegalStatus);
        Assert.Equal("U6", d.LacEpisodes[0].PlacementType);
        Assert.Equal("PR4", d.LacEpisodes[0].PlacementProvider);
        // List 6 "Allocated Team"/"Allocated Worker" hold #N/A on 5 rows: 10 warnings, read as blank.
        var errors = result.Issues.WithRule(StatutoryRules.ExcelError).ToList();
        Assert.Equal(10, errors.Count);
        Assert.Equal(("liia-Annex_A.xlsx [List 6]", 2L, "M (Allocated Team)", "#N/A"), (errors[0].File, errors[0].Line!.Value, errors[0].Column!, errors[0].Value!));
        Assert.All(d.CinPlans, p => Assert.Null(p.Team));
    }

    [Fact]
    public void Load_CsvFolderWithTitleRowVariantLabelsAndMixedDates_ReadsAndReports()
    {
        var list3 = "List 3: Referral,,,,,,,,,,\n"
            + "child unique id,GENDER,Ethnicity,DOB,Age,Referral Date,Source of Referral,Referral NFA,Allocated team,allocated  worker,Notes\n"
            + "A1,a) Male,a) WBRI,01/02/2010,10,16/09/2020,q) 6: Police,No,Duty,W1,x\n"
            + "A2,Female,WBRI,2011-03-04,9,2020-09-17,6,b) No,,,\n"
            + "A3,Neither,,,,44092,1A,Y,,,\n"
            + "A4,Alien,,,,31/13/2020,1A,N,,,\n";
        var result = LoadFolder(("Annex_A List 3 - Referrals.csv", list3), ("readme.csv", "a,b\n1,2\n"));

        Assert.Equal(["A1", "A2", "A3"], result.Data.Referrals.Select(r => r.ChildId));
        Assert.Equal([new DateOnly(2020, 9, 16), new DateOnly(2020, 9, 17), new DateOnly(2020, 9, 18)], result.Data.Referrals.Select(r => r.ReferralDate));
        Assert.Equal([false, false, true], result.Data.Referrals.Select(r => r.Nfa));
        Assert.Equal(("Duty", "W1"), (result.Data.Referrals[0].Team, result.Data.Referrals[0].Worker));
        Assert.Equal(["M", "F", null, null], result.Data.Children.Select(c => c.Sex));
        // The header is on line 2 (a title row above it); the unknown column is named by its label.
        var unknown = Assert.Single(result.Issues.WithRule(StatutoryRules.ColumnUnknown));
        Assert.Equal((2L, "Notes"), (unknown.Line!.Value, unknown.Column!));
        // 44092 typed as text in a date column is read as an Excel serial (2020-09-18), once-per-column warning.
        var serial = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormatVariant));
        Assert.Equal((5L, "Referral Date"), (serial.Line!.Value, serial.Column!));
        var bad = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormat));
        Assert.Equal((6L, "Referral Date", "31/13/2020"), (bad.Line!.Value, bad.Column!, bad.Value!));
        Assert.Equal("Alien", Assert.Single(result.Issues.WithRule(StatutoryRules.CodeUnknown)).Value);
        var skipped = Assert.Single(result.Issues.WithRule(StatutoryRules.TableUnknown));
        Assert.Equal((IssueSeverity.Warning, "readme.csv"), (skipped.Severity, skipped.File));
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.ListMissing && i.Reason == "List 1 (Contacts) is not in the return; its records are empty.");
    }

    [Fact]
    public void Load_WorkbookSheetsByNameOrHeader_GuidanceIgnoredAndBadSerialRejected()
    {
        var referrals = Sheet("Referrals 2020", ["Child Unique ID", "Date of Referral", "Referral NFA?"],
        [
            ["R1", new DateOnly(2020, 9, 16), "a) Yes"],
            ["R2", 12d, "No"], // 12 is not a usable Excel date (before 1900-03-01)
            ["R3", "17/09/2020", "maybe"],
        ]);
        var guidance = Sheet("Guidance", ["List Number/Title", "Field Heading"], [["List 1", "Child Unique ID"]]);
        var cp = Sheet("List_7", ["Child Unique ID", "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?"],
        [
            ["C1", new DateOnly(2020, 1, 6), "a) Neglect", "Emotional abuse", new DateOnly(2020, 2, 3), "a) Yes"],
            ["C1", new DateOnly(2020, 3, 9), "Torture", "MUL", new DateOnly(2020, 2, 3), "No"],
        ]);
        var result = LoadWorkbook(guidance, referrals, cp);

        Assert.Equal("annex.xlsx [Guidance]", Assert.Single(result.Issues.WithRule(StatutoryRules.SheetIgnored)).File);
        Assert.Equal(["R1"], result.Data.Referrals.Select(r => r.ChildId));
        Assert.True(result.Data.Referrals[0].Nfa);
        var serial = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormat));
        Assert.Equal(("annex.xlsx [Referrals 2020]", 3L, "B (Date of Referral)"), (serial.File, serial.Line!.Value, serial.Column!));
        Assert.Equal("B (Date of Referral) is the number 12, which is not an Excel date (serials run from 61, 1900-03-01, to 2958465, 9999-12-31).", serial.Reason);
        var flag = Assert.Single(result.Issues.WithRule(StatutoryRules.FlagFormat));
        Assert.Equal((4L, "maybe"), (flag.Line!.Value, flag.Value!));

        Assert.Equal([("NEG", "EMO"), ("Torture", "MUL")], result.Data.CpPlans.Select(p => (p.InitialCategory, p.LatestCategory)));
        Assert.Equal("Torture", Assert.Single(result.Issues.WithRule(StatutoryRules.CodeUnknown)).Value);
        // The same last visit on two plan rows is one visit.
        Assert.Equal([new CpVisit("C1/2020-02-03", "C1", new DateOnly(2020, 2, 3), true, null)], result.Data.CpVisits);
    }

    [Fact]
    public void Load_MissingRequiredColumn_ListNotReadWithReason()
    {
        var result = LoadFolder(("list_4_assessments.csv", "Child Unique ID,Gender,Continuous Assessment Date of Authorisation\nA1,Male,01/02/2020\n"));
        Assert.Empty(result.Data.Assessments);
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.ColumnMissing && i.Severity == IssueSeverity.Error
            && i.Reason == "List 4 (Assessments) cannot be read without 'Continuous Assessment Start Date'; no rows were loaded from it.");
    }

    [Fact]
    public void Load_NoHeaderRowInFirstTenRows_Error()
    {
        var text = string.Concat(Enumerable.Repeat("some title\n", 12)) + "Child Unique ID,Date of Contact\nA,01/01/2020\n";
        var result = LoadFolder(("list_1_contacts.csv", text));
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("No header row with 'Child Unique ID' in the first 10 rows: list 1 (Contacts) was not read. Put the column labels in one row above the data.", e.Reason);
    }

    [Fact]
    public void Load_NotAWorkbook_RejectedWithAdvice()
    {
        var path = WriteTemp("annex.xlsx", "Child Unique ID,Date of Contact\n");
        var result = CaseDataLoader.Load(path);
        var e = Assert.Single(result.Issues);
        Assert.Equal((IssueSeverity.Error, StatutoryRules.FileUnreadable, "annex.xlsx"), (e.Severity, e.RuleId, e.File));
        Assert.EndsWith("Open it in Excel and save it as an Excel Workbook (.xlsx), or export each list as CSV.", e.Reason, StringComparison.Ordinal);
        Assert.Single(result.Files);
    }

    [Fact]
    public void Load_EmptyCsvAndEmptyFolder_Reported()
    {
        var empty = LoadFolder(("list_1_contacts.csv", string.Empty));
        Assert.Equal(StatutoryRules.FileEmpty, Assert.Single(empty.Issues, i => i.Severity == IssueSeverity.Error).RuleId);
        var none = new AnnexALoader().Load(NewTempFolder(), LoadOptions.Default);
        Assert.Equal("The folder has no .csv files: expected one CSV per Annex A list, for example list_1_contacts.csv.", Assert.Single(none.Issues, i => i.Severity == IssueSeverity.Error).Reason);
    }

    [Fact]
    public void Load_List6CaseStatus_OnlyChildInNeedPlansBecomeCinPlans()
    {
        var list6 = "Child Unique ID,CIN Start Date,CIN Closure Date,Case Status\n"
            + "A,01/01/2020,,c) Child in need plan\nB,01/01/2020,,a) Looked after child\nC,01/01/2020,,\nD,01/02/2020,01/01/2020,c) Child in need plan\n";
        var result = LoadFolder(("list_6_cin.csv", list6));
        Assert.Equal(["A"], result.Data.CinPlans.Select(p => p.ChildId));
        Assert.Equal("CIN Closure Date 2020-01-01 is before CIN Start Date 2020-02-01.", Assert.Single(result.Issues.WithRule(StatutoryRules.DateOrder)).Reason);
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.NotMapped
            && i.Reason.StartsWith("List 6 rows whose case status is not a child in need plan are not loaded as CIN plans ((blank): 1, Looked after child: 1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_List8_LocationLegalStatusCodesAndRhiCounts()
    {
        var list8 = "Child Unique ID,Date Started to be Looked After,Child's Legal Status,Placement Type,Placement Location,Was the child offered a Return Interview after their last missing episode (Y/N)?,Did the child accept a Return Interview after their last missing episode (Y/N)?,Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months\n"
            + "A,01/01/2020,C2: FCO,f) U6: Foster placement - not FFA,b) Out,Y,N,2\n"
            + "B,01/01/2020,Z9: Made up,,a) In,,,\n"
            + "C,01/01/2020,,,,,,\n";
        var result = LoadFolder(("list_8_cic.csv", list8));
        Assert.Equal([("C2", (bool?)false), ("Z9", true)], result.Data.LacEpisodes.Select(e => (e.LegalStatus, e.PlacementInsideLa)));
        Assert.Equal("U6", result.Data.LacEpisodes[0].PlacementType);
        Assert.Equal("Z9", Assert.Single(result.Issues.WithRule(StatutoryRules.CodeUnknown)).Value);
        Assert.Equal((4L, "Child's Legal Status"), Assert.Single(result.Issues.WithRule(StatutoryRules.ValueMissing)) is var m ? (m.Line!.Value, m.Column!) : default);
        Assert.Contains(result.Issues, i => i.Column == "List 8" && i.Reason.Contains("(2 missing, 0 absent in the last 12 months)", StringComparison.Ordinal)
            && i.Reason.Contains("offered: 1 yes, 0 no; accepted: 0 yes, 1 no", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_List7And8_PreviousPlansUascAndLastHealthChecks()
    {
        var list7 = "Child Unique ID,Child Protection Plan Start Date,Number of Previous Child Protection Plans\nA,29/02/2020,2\nB,01/03/2020,\nC,01/03/2020,two\n";
        var list8 = "Child Unique ID,UASC,Date Started to be Looked After,Child's Legal Status,Date of Last Health Assessment,Date of Last Dental Check\n"
            + "D,Y,01/01/2020,C2,31/12/2020,\nE,a) No,01/01/2020,V2,,30/06/2020\nF,,01/01/2020,V2,,\n";
        var result = LoadFolder(("list_7_cp.csv", list7), ("list_8_cic.csv", list8));
        Assert.Equal([2, null, null], result.Data.CpPlans.Select(p => p.PreviousCpPlans));
        // "two" is not a number: a warning, the plan is kept.
        Assert.Equal(IssueSeverity.Warning, Assert.Single(result.Issues.WithRule(StatutoryRules.NumberFormat)).Severity);
        Assert.Equal([("D", (bool?)true), ("E", false), ("F", null)], result.Data.Children.Where(c => c.ChildId is "D" or "E" or "F").Select(c => (c.ChildId, c.Uasc)));
        Assert.Equal(
        [
            new LacHealthCheck("D/HEALTH_ASSESSMENT/2020-12-31", "D", HealthCheckType.HealthAssessment, new DateOnly(2020, 12, 31), HealthCheckStatus.Completed),
            new LacHealthCheck("E/DENTAL_CHECK/2020-06-30", "E", HealthCheckType.DentalCheck, new DateOnly(2020, 6, 30), HealthCheckStatus.Completed),
        ], result.Data.LacHealth);
        var supplied = result.Data.Supplied!;
        Assert.True(supplied.Has(OptionalField.CpPlanPreviousPlans) && supplied.Has(OptionalField.ChildUasc) && supplied.Has(CaseTable.LacHealth));
        Assert.False(supplied.Has(CaseTable.Referrals));
    }

    [Fact]
    public void Load_BadValueInUnmappedColumn_WarningAndRowKept()
    {
        var list8 = "Child Unique ID,Date Started to be Looked After,Child's Legal Status,Date of Last Dental Check\nA,01/01/2020,C2,32/01/2020\n";
        var list9 = "Child Unique ID,Eligibility Category,Date of Birth\nB,a) Relevant child,32/01/2001\n";
        var result = LoadFolder(("list_8_cic.csv", list8), ("list_9_care_leavers.csv", list9));
        Assert.Single(result.Data.LacEpisodes);
        var dental = result.Issues.WithRule(StatutoryRules.DateFormat).Single(i => i.File == "list_8_cic.csv");
        Assert.Equal(IssueSeverity.Warning, dental.Severity);
        Assert.EndsWith("The column is not used by the kit, so the row is kept.", dental.Reason, StringComparison.Ordinal);
        // List 9 is validated and counted only: its bad date is an error that counts the row as with errors.
        Assert.Equal(IssueSeverity.Error, result.Issues.WithRule(StatutoryRules.DateFormat).Single(i => i.File == "list_9_care_leavers.csv").Severity);
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.NotMapped && i.Reason.Contains("(Care Leavers; 1 rows: 0 valid, 1 with errors)", StringComparison.Ordinal));
    }

    [Fact]
    public void CanLoad_XlsxAndListCsvFolders_NotOtherFolders()
    {
        var loader = new AnnexALoader();
        Assert.True(loader.CanLoad(TestData("annex-a", "liia-Annex_A.xlsx")));
        Assert.False(loader.CanLoad(TestData("ssda903")));
        Assert.False(loader.CanLoad(TestData("cin-census", "liia-cin-2022.xml")));
    }
}
