using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

public sealed class CinCensusLoaderTests
{
    private static LoadResult LoadXml(string xml, LoadOptions? options = null)
        => new CinCensusLoader().Load(WriteTemp("cin.xml", xml), options ?? LoadOptions.Default);

    /// <summary>A census message around <paramref name="children"/> (the children start on line 3).</summary>
    private static string Message(string children) => "<Message>\n<Children>\n" + children + "</Children>\n</Message>\n";

    private static string Child(string id, string details = "", string identifiers = "") =>
        $"<Child><ChildIdentifiers><LAchildID>{id}</LAchildID>{identifiers}</ChildIdentifiers>{details}</Child>\n";

    private static string CouncilFile(string? lea, string children)
        => "<Message>\n<Header><Source>" + (lea is null ? "" : $"<LEA>{lea}</LEA>") + "</Source></Header>\n<Children>\n" + children + "</Children>\n</Message>\n";

    private static string Referred(string id, string date) => Child(id, $"<CINdetails><CINreferralDate>{date}</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>");

    [Fact]
    public void Load_FolderOfCouncils_TagsEachCouncilsChildren_SameIdsAreOtherChildren_AFileWithoutLeaIsNotRead()
    {
        using var folder = new Csc.Analysis.Data.Tests.Canonical.TempFolder();
        folder.Write("a-311.xml", CouncilFile("311", Referred("C1", "2017-01-05") + Referred("C2", "2017-02-01")));
        // the default namespace of a schema-valid file does not hide its LEA
        folder.Write("b-312.xml", CouncilFile("312", Referred("C1", "2017-03-09")).Replace("<Message>", "<Message xmlns=\"http://www.dfe.gov.uk/CIN\">", StringComparison.Ordinal));
        folder.Write("c-none.xml", CouncilFile(null, Referred("C9", "2017-01-01")));
        var result = new CinCensusLoader().Load(folder.Path, LoadOptions.Default);
        var (a, b) = (CouncilCode.Parse("311"), CouncilCode.Parse("312"));
        Assert.Equal([("C1", a), ("C2", a), ("C1", b)], result.Data.Children.Select(c => (c.ChildId, c.Council!)));
        Assert.Equal([(a, new DateOnly(2017, 1, 5)), (a, new DateOnly(2017, 2, 1)), (b, new DateOnly(2017, 3, 9))], result.Data.Referrals.Select(r => (r.Council!, r.ReferralDate)));
        var absent = Assert.Single(result.Issues.WithRule(StatutoryRules.CouncilColumnAbsent));
        Assert.Equal(("c-none.xml", IssueSeverity.Warning, "LEA"), (absent.File, absent.Severity, absent.Column!));
        Assert.Equal([("a-311.xml", 2L, false), ("b-312.xml", 1L, false), ("c-none.xml", 0L, true)],
            result.Files.Select(f => (Path.GetFileName(f.Path), f.Rows, f.Unusable)));
        Assert.True(result.Data.Supplied!.Has(CaseTable.CpReviews));

        // Each council's part equals that council's file loaded alone, but for the tag.
        var alone = new CinCensusLoader().Load(folder.File("a-311.xml"), LoadOptions.Default).Data;
        var part = CouncilPartition.Split(result.Data).Find(a)!.Data;
        Assert.Equal(alone.Referrals, part.Referrals.Select(r => r with { Council = null }));
        Assert.Null(alone.Children[0].Council);
    }

    [Fact]
    public void Load_FolderOfOneCouncil_IsNotTagged()
    {
        using var folder = new Csc.Analysis.Data.Tests.Canonical.TempFolder();
        folder.Write("jan.xml", CouncilFile("311", Referred("C1", "2017-01-05")));
        folder.Write("feb.xml", CouncilFile("311", Referred("C2", "2017-02-05")));
        var result = new CinCensusLoader().Load(folder.Path, LoadOptions.Default);
        Assert.All(result.Data.Children, c => Assert.Null(c.Council));
        Assert.Equal(2, result.Data.Children.Count);
    }

    [Fact]
    public void Load_Sample2026_MapsEveryGroup()
    {
        var result = CaseDataLoader.Load(TestData("cin-census", "CIN_Census_2026.xml"));
        Assert.Equal(DataFormat.CinCensus, result.Format);
        var d = result.Data;

        Assert.Equal(
        [
            new Child("DfEX0000001", "M", new DateOnly(2015, 3, 27), "WBRI", "Y", null),
            // <Sex>M</Sex> (2024/25 onwards) and a Disabilities list of NONE only.
            new Child("child_fails_assessments", "M", new DateOnly(2023, 9, 25), "WBRI", "N", null),
        ], d.Children);
        Assert.Equal(
        [
            new Referral("DfEX0000001/cin1", "DfEX0000001", new DateOnly(2022, 10, 6), "1A", false, null, null)
            {
                ClosureDate = new DateOnly(2023, 2, 27), ReasonForClosure = "RC1", PrimaryNeedCode = "N4",
            },
            new Referral("child_fails_assessments/cin1", "child_fails_assessments", new DateOnly(2024, 10, 24), "1A", false, null, null)
            {
                ClosureDate = new DateOnly(2024, 10, 29), ReasonForClosure = "RC9", PrimaryNeedCode = "N1",
            },
        ], d.Referrals);
        // The first child's assessment is authorised before it starts (2020-09-19 < 2028-04-28): rejected, located at the authorisation line.
        var order = Assert.Single(result.Issues.WithRule(StatutoryRules.DateOrder));
        Assert.Equal((IssueSeverity.Error, 43L, "AssessmentAuthorisationDate"), (order.Severity, order.Line!.Value, order.Column!));
        Assert.Equal([new Assessment("child_fails_assessments/cin1/a1", "child_fails_assessments", "child_fails_assessments/cin1", new DateOnly(2023, 12, 25), new DateOnly(2024, 1, 27), null, null, null)], d.Assessments);
        Assert.Equal([new CinPlan("DfEX0000001/cin1/p1", "DfEX0000001", new DateOnly(2023, 1, 24), new DateOnly(2023, 1, 26), null, null)], d.CinPlans);
        // The ICPC is the DateOfInitialCPC inside Section47 (2022-06-17), not the CINdetails one (2022-12-06);
        // no plan starts that day, so CpPlanFromIcpc is false.
        Assert.Equal([new Section47Enquiry("DfEX0000001/cin1/s47-1", "DfEX0000001", new DateOnly(2022, 6, 2), false, new DateOnly(2022, 6, 17), null, false, null, null)], d.Section47Enquiries);
        Assert.Equal([new CpPlan("DfEX0000001/cin1/cpp1", "DfEX0000001", new DateOnly(2022, 2, 17), new DateOnly(2023, 3, 14), "PHY", "PHY", null, null) { PreviousCpPlans = 10 }], d.CpPlans);
        Assert.Equal([new CpReview("DfEX0000001/cin1/cpp1/r1", "DfEX0000001/cin1/cpp1", "DfEX0000001", new DateOnly(2023, 2, 15))], d.CpReviews);
        var supplied = d.Supplied!;
        Assert.True(supplied.Has(CaseTable.CpReviews));
        Assert.False(supplied.Has(CaseTable.Contacts));
        Assert.True(supplied.Has(OptionalField.ReferralClosureDate));
        Assert.True(supplied.Has(OptionalField.CpPlanPreviousPlans));
        Assert.False(supplied.Has(OptionalField.ChildUasc));
        // The fake file has the text "PersonBirthDate" loose inside ChildIdentifiers.
        var stray = Assert.Single(result.Issues.WithRule(StatutoryRules.XmlStrayText));
        Assert.Equal((23L, "PersonBirthDate"), (stray.Line!.Value, stray.Value!));
        Assert.Contains("1 pre-proceedings groups", Assert.Single(result.Issues.WithRule(StatutoryRules.NotMapped)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Liia2022_GenderCurrentAndTrueFalseBooleans()
    {
        var d = new CinCensusLoader().Load(TestData("cin-census", "liia-cin-2022.xml"), LoadOptions.Default).Data;
        Assert.Equal("M", Assert.Single(d.Children).Sex);
        Assert.False(Assert.Single(d.Referrals).Nfa);
        Assert.False(Assert.Single(d.Section47Enquiries).IcpcNotRequired);
    }

    [Fact]
    public void Load_BooleansAsDigitsAndWords_ReadAlike()
    {
        var details = "<CINdetails><CINreferralDate>2020-01-02</CINreferralDate><ReferralNFA>{0}</ReferralNFA>"
            + "<Section47><S47ActualStartDate>2020-01-03</S47ActualStartDate><DateOfInitialCPC>2020-01-20</DateOfInitialCPC><ICPCnotRequired>{1}</ICPCnotRequired></Section47>"
            + "<ChildProtectionPlans><CPPstartDate>2020-01-20</CPPstartDate></ChildProtectionPlans></CINdetails>";
        var digits = LoadXml(Message(Child("A", string.Format(System.Globalization.CultureInfo.InvariantCulture, details, "1", "0"), "<GenderCurrent>2</GenderCurrent>")));
        var words = LoadXml(Message(Child("A", string.Format(System.Globalization.CultureInfo.InvariantCulture, details, "true", "false"), "<Sex>F</Sex>")));
        Assert.Equal(digits.Data.Referrals, words.Data.Referrals);
        Assert.True(digits.Data.Referrals[0].Nfa);
        Assert.Equal(digits.Data.Children, words.Data.Children);
        Assert.Equal("F", digits.Data.Children[0].Sex);
        // A plan in the same CINdetails starts on the ICPC date: the ICPC led to the plan.
        Assert.True(digits.Data.Section47Enquiries[0].CpPlanFromIcpc);
        Assert.Equal(0, digits.ErrorCount);
    }

    [Fact]
    public void Load_BadDateAndUkDate_ErrorAndWarningWithXmlLines()
    {
        var xml = Message(
            Child("A", "<CINdetails>\n<CINreferralDate>2020-13-01</CINreferralDate>\n</CINdetails>")
            + Child("B", "<CINdetails>\n<CINreferralDate>02/01/2020</CINreferralDate>\n</CINdetails>"));
        var result = LoadXml(xml);
        var bad = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormat));
        Assert.Equal(new DataIssue(IssueSeverity.Error, "DATE_FORMAT", "cin.xml", 4, "CINreferralDate", "2020-13-01", "CINreferralDate is not a real date: month 13 does not exist; expected yyyy-MM-dd or dd/MM/yyyy."), bad);
        var variant = Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormatVariant));
        Assert.Equal(7, variant.Line);
        Assert.Equal(["B"], result.Data.Referrals.Select(r => r.ChildId));
        Assert.Equal(new DateOnly(2020, 1, 2), result.Data.Referrals[0].ReferralDate);
        Assert.Equal(2, result.Data.Children.Count);
    }

    [Fact]
    public void Load_NotCinCensus_RejectedWithReason()
    {
        var result = LoadXml("<?xml version=\"1.0\"?>\n<Invoice><Total>3</Total></Invoice>");
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(new DataIssue(IssueSeverity.Error, "XML_NOT_CIN_CENSUS", "cin.xml", 2, "Invoice", null, "The root element is <Invoice>, not <Message>: this is not a CIN census file."), e);
        Assert.False(new CinCensusLoader().CanLoad(WriteTemp("x.xml", "<Invoice/>")));
        Assert.True(new CinCensusLoader().CanLoad(TestData("cin-census", "liia-cin-2022.xml")));

        var noChildren = LoadXml("<Message><Header/></Message>");
        Assert.Equal("The <Message> has no <Children> element: this is not a CIN census file (or it is empty).", Assert.Single(noChildren.Issues.WithRule(StatutoryRules.XmlNotCinCensus)).Reason);
    }

    [Fact]
    public void Load_TruncatedXml_MalformedErrorKeepsChildrenReadBefore()
    {
        var full = Message(Child("A", "<CINdetails><CINreferralDate>2020-01-02</CINreferralDate></CINdetails>") + Child("B", "<CINdetails><CINreferralDate>2020-01-05</CINreferralDate></CINdetails>"));
        var truncated = full[..(full.IndexOf("<Child><ChildIdentifiers><LAchildID>B", StringComparison.Ordinal) + 20)];
        var result = LoadXml(truncated);
        Assert.Equal(["A"], result.Data.Children.Select(c => c.ChildId));
        var e = Assert.Single(result.Issues.WithRule(StatutoryRules.XmlMalformed));
        Assert.Equal(4, e.Line);
        Assert.EndsWith("the file may be truncated. The 1 children read before this point are kept.", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_FileEmptyError_NotMalformed()
    {
        var result = LoadXml(string.Empty);
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((StatutoryRules.FileEmpty, "The file is empty (0 bytes): expected a CIN census <Message>."), (e.RuleId, e.Reason));
        Assert.Empty(result.Data.Children);
        Assert.True(Assert.Single(result.Files).Unusable);
    }

    [Fact]
    public void Load_UnknownElementsDuplicateAndMissingIds_Reported()
    {
        var xml = Message(
            Child("A", "<FavouriteColour>blue</FavouriteColour>")
            + Child("A")
            + "<Child><ChildIdentifiers><UPN>X</UPN></ChildIdentifiers></Child>\n"
            + Child("C", "<FavouriteColour>red</FavouriteColour>"));
        var result = LoadXml(xml);
        Assert.Equal(["A", "C"], result.Data.Children.Select(c => c.ChildId));
        var unknown = Assert.Single(result.Issues.WithRule(StatutoryRules.XmlUnknownElement));
        Assert.Equal((3L, "FavouriteColour"), (unknown.Line!.Value, unknown.Column!));
        Assert.StartsWith("<FavouriteColour> is not a CIN census element the kit knows (2 occurrences, first here)", unknown.Reason, StringComparison.Ordinal);
        var dup = Assert.Single(result.Issues.WithRule(StatutoryRules.DuplicateId));
        Assert.Equal(4, dup.Line);
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.ValueMissing && i.Line == 5 && i.Reason == "The <Child> has no LAchildID, so none of its records can be loaded.");
    }

    [Fact]
    public void Load_UnknownCodesAndSex_WarnedAndKept()
    {
        var details = "<ChildCharacteristics><Ethnicity>XXXX</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>2020-01-02</CINreferralDate><ReferralSource>99</ReferralSource>"
            + "<ChildProtectionPlans><CPPstartDate>2020-02-01</CPPstartDate><InitialCategoryOfAbuse>ABC</InitialCategoryOfAbuse></ChildProtectionPlans></CINdetails>";
        var result = LoadXml(Message(Child("A", details, "<Sex>Q</Sex>")));
        Assert.Equal(["Sex", "Ethnicity", "ReferralSource", "InitialCategoryOfAbuse"], result.Issues.WithRule(StatutoryRules.CodeUnknown).Select(i => i.Column));
        Assert.Null(result.Data.Children[0].Sex);
        Assert.Equal("XXXX", result.Data.Children[0].Ethnicity);
        Assert.Equal("99", result.Data.Referrals[0].Source);
        Assert.Equal("ABC", result.Data.CpPlans[0].InitialCategory);
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void Load_2016StyleWithSeenSocialWorker_NoUnknownElements()
    {
        var details = "<CINdetails><CINreferralDate>2016-01-02</CINreferralDate><ReferralNFA>0</ReferralNFA>"
            + "<ChildProtectionPlans><CPPstartDate>2016-02-01</CPPstartDate><NumberOfPreviousCPP>0</NumberOfPreviousCPP><SeenSocialWorker>1</SeenSocialWorker></ChildProtectionPlans></CINdetails>";
        var result = LoadXml("<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2016</Year><ReferenceDate>2016-03-31</ReferenceDate></CollectionDetails></Header>\n<Children>\n"
            + Child("A", details, "<GenderCurrent>0</GenderCurrent>") + "</Children></Message>");
        Assert.DoesNotContain(result.Issues, i => i.Severity != IssueSeverity.Info);
        Assert.DoesNotContain(result.Issues, i => i.RuleId == StatutoryRules.XmlUnknownElement);
        Assert.Null(result.Data.Children[0].Sex);
        Assert.Single(result.Data.CpPlans);
    }

    [Fact]
    public void Load_FutureDateAgainstExtractDate_Error()
    {
        var result = LoadXml(Message(Child("A", "<CINdetails><CINreferralDate>2020-01-02</CINreferralDate></CINdetails>")), new LoadOptions { ExtractDate = new DateOnly(2019, 12, 31) });
        Assert.Equal("CINreferralDate 2020-01-02 is after the extract date 2019-12-31.", Assert.Single(result.Issues.WithRule(StatutoryRules.DateFuture)).Reason);
        Assert.Empty(result.Data.Referrals);
    }

    [Fact]
    public void Load_ClosureNeedPreviousPlansAndReviews_OnTheirRecords()
    {
        var details = "<CINdetails><CINreferralDate>2016-02-29</CINreferralDate><PrimaryNeedCode>N1</PrimaryNeedCode>"
            + "<CINclosureDate>2017-03-31</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>0</ReferralNFA>"
            + "<ChildProtectionPlans><CPPstartDate>2016-03-01</CPPstartDate><CPPendDate>2017-03-01</CPPendDate><NumberOfPreviousCPP>2</NumberOfPreviousCPP>"
            + "<Reviews><CPPreviewDate>2016-05-31</CPPreviewDate><CPPreviewDate>2016-11-30</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails>"
            + "<CINdetails><CINreferralDate>2017-03-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails>";
        var d = LoadXml(Message(Child("A", details))).Data;
        Assert.Equal(
            [(new DateOnly(2017, 3, 31), "RC8", "N1"), (null, null, null)],
            d.Referrals.Select(r => (r.ClosureDate, r.ReasonForClosure, r.PrimaryNeedCode)));
        Assert.Equal(2, Assert.Single(d.CpPlans).PreviousCpPlans);
        Assert.Equal(
            [new CpReview("A/cin1/cpp1/r1", "A/cin1/cpp1", "A", new DateOnly(2016, 5, 31)), new CpReview("A/cin1/cpp1/r2", "A/cin1/cpp1", "A", new DateOnly(2016, 11, 30))],
            d.CpReviews);
    }

    [Fact]
    public void Load_UnreadableClosureDate_RejectsTheReferralNotTheChild()
    {
        // An unreadable closure date would make the episode look open: the referral is rejected with an error.
        var result = LoadXml(Message(Child("A", "<CINdetails><CINreferralDate>2016-01-04</CINreferralDate><CINclosureDate>31/02/2016</CINclosureDate></CINdetails>")));
        var error = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((StatutoryRules.DateFormat, "CINclosureDate"), (error.RuleId, error.Column!));
        Assert.Empty(result.Data.Referrals);
        Assert.Single(result.Data.Children);
    }

    [Fact]
    public void Load_BadReviewDateAndPreviousPlans_DropOnlyThatValue()
    {
        var details = "<CINdetails><CINreferralDate>2016-01-04</CINreferralDate>"
            + "<ChildProtectionPlans><CPPstartDate>2016-02-01</CPPstartDate><NumberOfPreviousCPP>two</NumberOfPreviousCPP>"
            + "<Reviews><CPPreviewDate>not a date</CPPreviewDate><CPPreviewDate>2016-04-29</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails>";
        var result = LoadXml(Message(Child("A", details)));
        var plan = Assert.Single(result.Data.CpPlans);
        Assert.Null(plan.PreviousCpPlans);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(result.Issues.WithRule(StatutoryRules.NumberFormat)).Severity);
        // The second review keeps its ordinal.
        Assert.Equal("A/cin1/cpp1/r2", Assert.Single(result.Data.CpReviews).CpReviewId);
        Assert.Equal(("CPPreviewDate", IssueSeverity.Error), (Assert.Single(result.Issues.WithRule(StatutoryRules.DateFormat)).Column!, IssueSeverity.Error));
    }

    [Fact]
    public void Load_ZeroByteFileInAFolder_FileEmptyError_TheOtherFileLoads()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "a.xml"), Message(Child("A1")));
        File.WriteAllBytes(Path.Combine(folder, "b.xml"), []);
        var result = new CinCensusLoader().Load(folder, LoadOptions.Default);
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((StatutoryRules.FileEmpty, "b.xml", (long?)null, "The file is empty (0 bytes): expected a CIN census <Message>."), (e.RuleId, e.File, e.Line, e.Reason));
        Assert.Equal(["A1"], result.Data.Children.Select(c => c.ChildId));
        Assert.Equal([("a.xml", false), ("b.xml", true)], result.Files.Select(f => (Path.GetFileName(f.Path), f.Unusable)));
    }

    [Fact]
    public void Load_NoChildUnderChildren_WarningOnTheChildrenLine()
    {
        var result = LoadXml(Message(string.Empty));
        var w = Assert.Single(result.Issues.WithRule(StatutoryRules.FileEmpty));
        Assert.Equal((IssueSeverity.Warning, "cin.xml", (long?)2, "Children"), (w.Severity, w.File, w.Line, w.Column));
        Assert.Equal("The census has no <Child> under <Children>: no children, referrals or plans were loaded from this file.", w.Reason);
        Assert.Equal(0, Assert.Single(result.Files).Rows);
    }

    [Fact]
    public void Load_FolderNamedAsACensusFile_ErrorNamingIt()
    {
        var folder = NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "a.xml"), Message(Child("A1")));
        Directory.CreateDirectory(Path.Combine(folder, "b.xml"));
        var result = new CinCensusLoader().Load(folder, LoadOptions.Default);
        var e = Assert.Single(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((StatutoryRules.FileUnreadable, "b.xml", "b.xml is a folder, not a file: nothing in it is read. Put the file in its place."), (e.RuleId, e.File, e.Reason));
        Assert.Contains(result.Files, f => Path.GetFileName(f.Path) == "b.xml" && f.Unusable);
        Assert.Equal(["A1"], result.Data.Children.Select(c => c.ChildId));
    }
}
