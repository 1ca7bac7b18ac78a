using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

public sealed class Ssda903LoaderTests
{
    private const string EpisodeHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    private static LoadResult LoadFile(string name, string text, LoadOptions? options = null, bool bom = false)
        => new Ssda903Loader().Load(WriteTemp(name, text, bom), options ?? LoadOptions.Default);

    [Fact]
    public void Load_TestDataFolder_MapsHeaderEpisodesAndMissing()
    {
        var result = CaseDataLoader.Load(TestData("ssda903"));

        Assert.Equal(DataFormat.Ssda903, result.Format);
        Assert.Equal(0, result.ErrorCount);
        var d = result.Data;
        Assert.Equal(3, d.Children.Count);
        // SEX 2 is female; the home postcode comes from the child's latest episode's HOME_POST.
        Assert.Equal(new Child("566910", "F", new DateOnly(2008, 3, 27), "WROM", null, "EG19 7TT"), d.Children[0]);
        Assert.Equal("M", d.Children[1].Sex);
        Assert.Null(d.Children[2].HomePostcode);

        Assert.Equal(4, d.LacEpisodes.Count);
        var first = d.LacEpisodes[0];
        Assert.Equal(new LacEpisode("566910/2016-02-15", "566910", new DateOnly(2016, 2, 15), new DateOnly(2017, 8, 14), "L", "C2", "N3", "T2", "PR0", "WV27 9FW", null, null, "X1"), first);
        Assert.Null(d.LacEpisodes[1].EndDate);
        Assert.True(d.LacEpisodes[3].IsShortBreak);

        Assert.Equal(3, d.MissingEpisodes.Count);
        Assert.Equal(new MissingEpisode("566910/2017-11-21", "566910", new DateTime(2017, 11, 21), new DateTime(2018, 1, 4), MissingType.Missing, null, null), d.MissingEpisodes[0]);
        // Two episodes starting the same day: the second id gets a "#2" suffix.
        Assert.Equal("566910/2017-11-21#2", d.MissingEpisodes[1].MissingId);
        Assert.Equal(MissingType.Absent, d.MissingEpisodes[1].MissingOrAbsent);
        Assert.Null(d.MissingEpisodes[2].EndDateTime);

        Assert.Empty(result.Issues.WithRule(StatutoryRules.NotMapped));
        Assert.Equal(
            [new LacReview("566910/2017-08-30", "566910", new DateOnly(2017, 8, 30)), new LacReview("566910/2018-07-29", "566910", new DateOnly(2018, 7, 29))],
            d.LacReviews);
        Assert.True(d.Supplied!.Has(CaseTable.LacReviews));
        Assert.False(d.Supplied.Has(CaseTable.CareLeavers));
        // No uasc table: whether a child is an unaccompanied asylum seeker is not known.
        Assert.False(d.Supplied.Has(OptionalField.ChildUasc));
        Assert.All(d.Children, c => Assert.Null(c.Uasc));
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.NotCarried && i.Reason.Contains("return home interview", StringComparison.Ordinal));
        Assert.Equal(4, result.Files.Count);
        Assert.All(result.Files, f => Assert.Equal(64, f.Sha256.Length));
        Assert.Equal(4, result.Files.Single(f => f.Path.EndsWith("episodes.csv", StringComparison.Ordinal)).Rows);
    }

    [Fact]
    public void CanLoad_FolderSingleTableAndOtherCsv_RecognisesOnlySsda903()
    {
        var loader = new Ssda903Loader();
        Assert.True(loader.CanLoad(TestData("ssda903")));
        Assert.True(loader.CanLoad(TestData("ssda903", "episodes.csv")));
        Assert.True(loader.CanLoad(WriteTemp("SSDA903_2020_episodes.csv", EpisodeHeader + "\n")));
        Assert.False(loader.CanLoad(WriteTemp("children.csv", "child_id,sex,date_of_birth\n1,M,2010-01-01\n")));
        Assert.False(loader.CanLoad(NewTempFolder()));
        Assert.Equal(DataFormat.Ssda903, CaseDataLoader.Detect(TestData("ssda903")));
    }

    [Fact]
    public void Load_FileNamedWithYear_IdentifiedByHeader()
    {
        var result = LoadFile("SSDA903_2020_episodes.csv", EpisodeHeader + "\n249901,30/03/2019,L,J3,N6,U4,PR1,10/04/2019,X1,,F18 7NI,P13 2TR,4743233\n");
        var e = Assert.Single(result.Data.LacEpisodes);
        Assert.Equal("J3", e.LegalStatus);
        Assert.Equal(new DateOnly(2019, 4, 10), e.EndDate);
    }

    [Fact]
    public void Load_FileNameDisagreesWithHeader_ReadByHeaderWithWarning()
    {
        var result = LoadFile("missing.csv", EpisodeHeader + "\n249901,30/03/2019,L,J3,N6,U4,PR1,,,,,,\n");
        Assert.Single(result.Data.LacEpisodes);
        var w = Assert.Single(result.Issues.WithRule(StatutoryRules.TableUnknown));
        Assert.Equal(IssueSeverity.Warning, w.Severity);
        Assert.Equal("The file name suggests the missing table but its header is the episodes table's; read as episodes.", w.Reason);
    }

    [Fact]
    public void Load_BadDates_ErrorWithLineColumnValueAndRowRejected()
    {
        var result = LoadFile("episodes.csv", EpisodeHeader + "\n1,15/02/2016,L,C2,N3,T2,PR0,,,,,,\n2,31/02/2016,L,C2,N3,T2,PR0,,,,,,\n3,01/03/2016,L,C2,N3,T2,PR0,2016-13-01,X1,,,,\n");
        Assert.Equal(["1"], result.Data.LacEpisodes.Select(e => e.ChildId));
        var errors = result.Issues.WithRule(StatutoryRules.DateFormat).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(new DataIssue(IssueSeverity.Error, "DATE_FORMAT", "episodes.csv", 3, "DECOM", "31/02/2016", "DECOM is not a real date: February 2016 has 29 days."), errors[0]);
        Assert.Equal(4, errors[1].Line);
        Assert.Equal("DEC", errors[1].Column);
        Assert.Equal("error DATE_FORMAT episodes.csv:3 column DECOM value '31/02/2016': DECOM is not a real date: February 2016 has 29 days.", errors[0].ToString());
        Assert.Equal("DEC is not a real date: month 13 does not exist; expected yyyy-MM-dd or dd/MM/yyyy.", errors[1].Reason);
    }

    [Fact]
    public void Load_IsoDates_ReadWithOneWarningPerColumn()
    {
        var result = LoadFile("episodes.csv", EpisodeHeader + "\n1,2016-02-15,L,C2,N3,T2,PR0,2016-03-01,X1,,,,\n1,2016-03-01,T,C2,N3,T2,PR0,,,,,,\n");
        Assert.Equal(2, result.Data.LacEpisodes.Count);
        Assert.Equal(new DateOnly(2016, 2, 15), result.Data.LacEpisodes[0].StartDate);
        var w = result.Issues.WithRule(StatutoryRules.DateFormatVariant).ToList();
        Assert.Equal(["DECOM", "DEC"], w.Select(i => i.Column));
        Assert.All(w, i => Assert.Equal(2, i.Line));
    }

    [Fact]
    public void Load_BomAndCrlf_SameAsPlain()
    {
        var plain = LoadFile("header.csv", "CHILD,SEX,DOB,ETHNIC\n7,1,01/02/2010,WBRI\n");
        var windows = LoadFile("header.csv", "CHILD,SEX,DOB,ETHNIC\r\n7,1,01/02/2010,WBRI\r\n", bom: true);
        Assert.Equal(plain.Data.Children, windows.Data.Children);
        Assert.Equal("7", windows.Data.Children[0].ChildId);
        Assert.DoesNotContain(windows.Issues, i => i.Severity != IssueSeverity.Info);
    }

    [Fact]
    public void Load_QuotedNewline_FieldKeptAndLaterLinesNumberedByPhysicalLine()
    {
        // Record 1 spans lines 2-3 (a quoted postcode with a newline); record 2 is on line 4 and has a bad date.
        var text = EpisodeHeader + "\n1,15/02/2016,L,C2,N3,T2,PR0,,,,\"EG19\n7TT\",\"A, B\",\n2,99/99/2016,L,C2,N3,T2,PR0,,,,,,\n";
        var result = LoadFile("episodes.csv", text);
        var e = Assert.Single(result.Data.LacEpisodes);
        Assert.Equal("A, B", e.PlacementPostcode);
        Assert.Equal(4, Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormat)).Line);
    }

    [Fact]
    public void Load_MissingRequiredColumn_ErrorAndNoRows()
    {
        var result = LoadFile("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC\n1,15/02/2016,L,C2,N3,T2,,\n");
        Assert.Empty(result.Data.LacEpisodes);
        var missing = result.Issues.WithRule(StatutoryRules.ColumnMissing).ToList();
        Assert.Equal("PLACE_PROVIDER", missing[0].Column);
        Assert.Equal("Required column 'PLACE_PROVIDER' is missing from the header; add it (blank values are allowed where the specification allows them).", missing[0].Reason);
        Assert.Contains(missing, i => i.Reason == "The episodes table cannot be read without PLACE_PROVIDER; no rows were loaded from it.");
    }

    [Fact]
    public void Load_SemicolonDelimited_RejectedWithAdvice()
    {
        var result = LoadFile("episodes.csv", EpisodeHeader.Replace(',', ';') + "\n1;15/02/2016;L;C2;N3;T2;PR0;;;;;;\n");
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(StatutoryRules.CsvDelimiter, e.RuleId);
        Assert.Equal(1, e.Line);
        Assert.Equal("The header is separated by semicolons, not commas: save the file as CSV (comma delimited) and load it again.", e.Reason);
        Assert.Empty(result.Data.LacEpisodes);
    }

    [Fact]
    public void Load_EmptyFile_FileEmptyError()
    {
        var result = LoadFile("episodes.csv", string.Empty);
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(StatutoryRules.FileEmpty, e.RuleId);
        Assert.Equal("The file is empty: expected a header row of column names.", e.Reason);
    }

    [Fact]
    public void Load_HeaderOnly_WarnsNoRows()
    {
        var result = LoadFile("episodes.csv", EpisodeHeader + "\r\n");
        Assert.Empty(result.Data.LacEpisodes);
        Assert.Equal("The episodes table has a header but no rows.", Assert.Single(result.Issues.WithRule(StatutoryRules.FileEmpty)).Reason);
    }

    [Fact]
    public void Load_UnknownColumnAndUnknownCode_WarnedAndKept()
    {
        var result = LoadFile("episodes.csv", EpisodeHeader + ",LA\n1,15/02/2016,L,Q9,N3,T2,PR0,,,,,,,Newham\n");
        var e = Assert.Single(result.Data.LacEpisodes);
        Assert.Equal("Q9", e.LegalStatus);
        var unknownColumn = Assert.Single(result.Issues.WithRule(StatutoryRules.ColumnUnknown));
        Assert.Equal(("LA", 1L), (unknownColumn.Column!, unknownColumn.Line!.Value));
        var code = Assert.Single(result.Issues.WithRule(StatutoryRules.CodeUnknown));
        Assert.Equal(("LS", "Q9", IssueSeverity.Warning), (code.Column!, code.Value!, code.Severity));
        Assert.StartsWith("LS 'Q9' is not in the code list (C1, C2, D1, E1,", code.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIds_LaterRowsRejected()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "header.csv"), "CHILD,SEX,DOB,ETHNIC\n7,1,01/02/2010,WBRI\n7,2,01/02/2010,WBRI\n");
        File.WriteAllText(Path.Combine(folder, "episodes.csv"), EpisodeHeader + "\n7,15/02/2016,L,C2,N3,T2,PR0,,,,,,\n7,15/02/2016,L,C1,N3,T2,PR0,,,,,,\n8,15/02/2016,L,C1,N3,T2,PR0,,,,,,\n");
        var result = new Ssda903Loader().Load(folder, LoadOptions.Default);

        Assert.Equal("M", Assert.Single(result.Data.Children).Sex);
        Assert.Equal(["C2", "C1"], result.Data.LacEpisodes.Select(e => e.LegalStatus));
        var dups = result.Issues.WithRule(StatutoryRules.DuplicateId).ToList();
        Assert.Equal([("header.csv", 3L), ("episodes.csv", 3L)], dups.Select(i => (i.File, i.Line!.Value)));
        Assert.Equal("Child 7 already has an episode starting 15/02/2016; the later row is rejected.", dups[1].Reason);
        var notInHeader = Assert.Single(result.Issues.WithRule(StatutoryRules.ChildNotInHeader));
        Assert.Equal(("8", 4L), (notInHeader.Value!, notInHeader.Line!.Value));
    }

    [Fact]
    public void Load_EndBeforeStartAndFutureDate_Errors()
    {
        var options = new LoadOptions { ExtractDate = new DateOnly(2017, 3, 31) };
        var result = LoadFile("episodes.csv", EpisodeHeader + "\n1,15/02/2016,L,C2,N3,T2,PR0,14/02/2016,X1,,,,\n2,15/02/2016,L,C2,N3,T2,PR0,,,,,,\n3,01/04/2017,L,C2,N3,T2,PR0,,,,,,\n", options);
        Assert.Equal(["2"], result.Data.LacEpisodes.Select(e => e.ChildId));
        Assert.Equal("DEC 2016-02-14 is before DECOM 2016-02-15.", Assert.Single(result.Issues.WithRule(StatutoryRules.DateOrder)).Reason);
        var future = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFuture));
        Assert.Equal((4L, "DECOM"), (future.Line!.Value, future.Column!));
        Assert.Equal("DECOM 2017-04-01 is after the extract date 2017-03-31.", future.Reason);
    }

    [Fact]
    public void Load_UnrecognisedTable_ErrorForFileWarningInFolder()
    {
        var file = LoadFile("stuff.csv", "A,B\n1,2\n");
        var e = Assert.Single(file.Issues.WithRule(StatutoryRules.TableUnknown));
        Assert.Equal(IssueSeverity.Error, e.Severity);
        Assert.StartsWith("The header (A,B) matches no SSDA903 table", e.Reason, StringComparison.Ordinal);

        var folder = NewTempFolder();
        File.Copy(TestData("ssda903", "header.csv"), Path.Combine(folder, "header.csv"));
        File.WriteAllText(Path.Combine(folder, "notes.csv"), "A,B\n1,2\n");
        var inFolder = new Ssda903Loader().Load(folder, LoadOptions.Default);
        Assert.Equal(3, inFolder.Data.Children.Count);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(inFolder.Issues.WithRule(StatutoryRules.TableUnknown)).Severity);
    }

    [Fact]
    public void Load_UnterminatedQuote_RowRejectedWithItsLine()
    {
        var result = LoadFile("header.csv", "CHILD,SEX,DOB,ETHNIC\n7,1,01/02/2010,WBRI\n8,1,01/02/2010,\"WBRI\n9,1,01/02/2010,WBRI\n");
        var unterminated = Assert.Single(result.Issues.WithRule(StatutoryRules.CsvMalformed));
        Assert.Equal((IssueSeverity.Error, 3L), (unterminated.Severity, unterminated.Line!.Value));
        Assert.Equal("A quoted field on line 3 is never closed; the rest of the file is read as that field and the row is rejected. Close the quote.", unterminated.Reason);
        Assert.Equal(["7"], result.Data.Children.Select(c => c.ChildId));
    }

    [Fact]
    public void Load_ShortRowAndBadSex_ReportedPerRow()
    {
        var result = LoadFile("header.csv", "CHILD,SEX,DOB,ETHNIC\n7,3,01/02/2010\n");
        var child = Assert.Single(result.Data.Children);
        Assert.Null(child.Sex);
        Assert.Null(child.Ethnicity);
        Assert.Equal("The row has 3 fields but the header has 4; missing fields are read as blank, extra fields ignored.", Assert.Single(result.Issues.WithRule(StatutoryRules.CsvMalformed)).Reason);
        Assert.Equal("3", Assert.Single(result.Issues.WithRule(StatutoryRules.CodeUnknown)).Value);
    }

    [Fact]
    public void Load_BadValueInUnmappedColumn_WarningAndRowKept()
    {
        var result = LoadFile("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\n7,99/99/2010,M,01/02/2017,02/02/2017\n");
        Assert.Single(result.Data.MissingEpisodes);
        var dob = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormat));
        Assert.Equal((IssueSeverity.Warning, "DOB"), (dob.Severity, dob.Column!));
    }

    [Fact]
    public void Load_PlacementLocationColumns_MappedWhenPresent()
    {
        var result = LoadFile("episodes.csv", EpisodeHeader + ",PL_LOCATION,PL_DISTANCE\n1,15/02/2016,L,C2,N3,T2,PR0,,,,,,,OUT,12.5\n2,15/02/2016,L,C2,N3,T2,PR0,,,,,,,in,\n3,15/02/2016,L,C2,N3,T2,PR0,,,,,,,,far\n");
        Assert.Equal([false, true], result.Data.LacEpisodes.Select(e => e.PlacementInsideLa));
        Assert.Equal(12.5, result.Data.LacEpisodes[0].PlacementDistanceMiles);
        Assert.Equal("PL_DISTANCE is not a non-negative number.", Assert.Single(result.Issues.WithRule(StatutoryRules.NumberFormat)).Reason);
        Assert.DoesNotContain(result.Issues, i => i.RuleId == StatutoryRules.NotCarried && i.Column == "PL_DISTANCE");
    }

    private static LoadResult LoadFolder(LoadOptions? options, params (string Name, string Text)[] files)
    {
        var folder = NewTempFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
        return new Ssda903Loader().Load(folder, options ?? LoadOptions.Default);
    }

    private const string HeaderTable = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
        + "A,1,29/02/2000,WBRI,,,\n"
        + "B,2,01/04/1998,WBRI,,,\n"
        + "C,2,31/03/2001,WBRI,,,\n";

    // One episode ending in the year to 31 March 2019 (10/03/2019): the collection year is inferred as 2019.
    private const string EpisodesTable = EpisodeHeader + "\nC,01/05/2016,L,C2,N1,U1,PR1,10/03/2019,E8,,,,\n";

    [Fact]
    public void Load_Oc3_BirthdayInTheCollectionYearAndSuitabilityFromAccom()
    {
        var result = LoadFolder(null,
            ("header.csv", HeaderTable),
            ("episodes.csv", EpisodesTable),
            ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nA,29/02/2000,YES,F2,S1\nB,,RHOM,G4,T2\nC,31/03/2001,NO,,Z\n"));
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(
        [
            // Born 29/02/2000: the 19th birthday in 2018/19 falls on 28/02/2019 (no 29 February in 2019).
            new CareLeaver("A/oc3/2019", "A", new DateOnly(2019, 2, 28), CareLeaverContact.Yes, "F2", "S1", true),
            // Born 01/04/1998, no DOB in oc3 (the header's is used): 1 April is the collection year's first day, the 20th birthday.
            new CareLeaver("B/oc3/2019", "B", new DateOnly(2018, 4, 1), CareLeaverContact.ReturnedHome, "G4", "T2", false),
            // Born 31/03/2001: the last day of the year, the 18th birthday; ACCOM without a suitability digit.
            new CareLeaver("C/oc3/2019", "C", new DateOnly(2019, 3, 31), CareLeaverContact.No, null, "Z", null),
        ], result.Data.CareLeavers);
        Assert.True(result.Data.CareLeavers[0].InEducationEmploymentOrTraining);
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.NotCarried && i.Reason.Contains("year ending 31 March 2019", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Oc2_OneCheckPerFlagDated31MarchOfTheGivenYear()
    {
        var result = LoadFolder(new LoadOptions { CollectionYear = 2017 },
            ("header.csv", HeaderTable),
            ("oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
                + "A,29/02/2000,,,0,1,1,0,1,0,0,0\nB,01/04/1998,,,0,,1,1,,0,0,0\n"));
        Assert.Equal(0, result.ErrorCount);
        var march = new DateOnly(2017, 3, 31);
        Assert.Equal(
        [
            new LacHealthCheck("A/HEALTH_ASSESSMENT/2017", "A", HealthCheckType.HealthAssessment, march, HealthCheckStatus.Completed),
            new LacHealthCheck("A/DENTAL_CHECK/2017", "A", HealthCheckType.DentalCheck, march, HealthCheckStatus.Other),
            // A blank HEALTH_CHECK gives no health assessment row.
            new LacHealthCheck("B/DENTAL_CHECK/2017", "B", HealthCheckType.DentalCheck, march, HealthCheckStatus.Completed),
        ], result.Data.LacHealth);
        Assert.True(result.Data.Supplied!.Has(CaseTable.LacHealth));
    }

    [Fact]
    public void Load_Oc2WithoutYearOrEpisodes_NothingDatedAndSaidSo()
    {
        var result = LoadFolder(null, ("oc2.csv", "CHILD,DOB,CONVICTED,HEALTH_CHECK,TEETH_CHECK\nA,29/02/2000,0,1,1\n"));
        Assert.Empty(result.Data.LacHealth);
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.NotCarried && i.Reason.StartsWith("The 1 oc2 rows cannot be dated", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UascAndReviews_MarkChildrenAndReadRepeatsOnce()
    {
        var result = LoadFolder(null,
            ("header.csv", HeaderTable),
            ("uasc.csv", "CHILD,SEX,DOB,DUC\nB,2,01/04/1998,01/04/2016\n"),
            ("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\nA,29/02/2000,29/02/2016,PN1\nA,29/02/2000,29/02/2016,PN1\nA,29/02/2000,31/08/2016,PN0\n"));
        Assert.Equal([false, true, false], result.Data.Children.Select(c => c.Uasc));
        Assert.True(result.Data.Supplied!.Has(OptionalField.ChildUasc));
        Assert.Equal(["A/2016-02-29", "A/2016-08-31"], result.Data.LacReviews.Select(r => r.LacReviewId));
        var repeat = Assert.Single(result.Issues.WithRule(StatutoryRules.DuplicateId));
        Assert.Equal((IssueSeverity.Warning, 3L), (repeat.Severity, repeat.Line!.Value));
    }

    [Fact]
    public void Load_FolderNamedAsATableFile_ErrorNamingIt_TheOtherTablesLoad()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,,,\n");
        Directory.CreateDirectory(Path.Combine(folder, "episodes.csv"));
        var result = new Ssda903Loader().Load(folder, LoadOptions.Default);
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((StatutoryRules.FileUnreadable, "episodes.csv", (long?)null, "episodes.csv is a folder, not a file: nothing in it is read. Put the file in its place."), (e.RuleId, e.File, e.Line, e.Reason));
        Assert.Contains(result.Files, f => Path.GetFileName(f.Path) == "episodes.csv" && f.Unusable && f.Rows == 0);
        Assert.Equal(["1"], result.Data.Children.Select(c => c.ChildId));
    }

    [Fact]
    public void Load_EmptyFile_MarkedUnusable()
        => Assert.True(Assert.Single(LoadFile("episodes.csv", string.Empty).Files).Unusable);

    [Fact]
    public void Load_RejectedRows_CountedOnTheFile_LoadedPlusRejectedIsRowsRead()
    {
        // Child 2's date of birth does not exist: that row is rejected, the other two load.
        var result = LoadFile("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,,,\n2,1,31/02/2010,WBRI,,,\n3,2,01/03/2011,WBRI,,,\n");
        var file = Assert.Single(result.Files);
        Assert.Equal((3L, 1L), (file.Rows, file.Rejected));
        Assert.Equal(["1", "3"], result.Data.Children.Select(c => c.ChildId));
        Assert.Equal(3L, Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error).Line);
    }
}
