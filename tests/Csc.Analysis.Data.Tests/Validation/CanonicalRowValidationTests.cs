using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Validation;

/// <summary>The bad-rows fixture: each row breaks one rule; the expected issues are listed in the fixture's order.</summary>
public sealed class CanonicalRowValidationTests
{
    private static readonly LoadResult Bad = Fixtures.Load(Fixtures.Folder("bad-rows"));

    private static DataIssue Issue(string rule, string file, long line) => Fixtures.Single(Bad, rule, file, line);

    [Fact]
    public void BadDate_ImpossibleDayInDdMmYyyy_ErrorNamesTheMonthLength()
    {
        var i = Issue("CAN_DATE_FORMAT", "children.csv", 3);
        Assert.Equal(new DataIssue(IssueSeverity.Error, "CAN_DATE_FORMAT", "children.csv", 3, "date_of_birth", "31/02/2012",
            "date_of_birth is not a real date: February 2012 has 29 days."), i);
    }

    [Fact]
    public void BadDate_LeapDayInCommonYearIso_Error()
        => Assert.Equal("contact_date is not a real date: February 2017 has 28 days.", Issue("CAN_DATE_FORMAT", "contacts.csv", 2).Reason);

    [Fact]
    public void BadDate_Month13_Error()
        => Assert.Equal("contact_date is not a real date: month 13 does not exist; expected yyyy-MM-dd or dd/MM/yyyy.", Issue("CAN_DATE_FORMAT", "contacts.csv", 9).Reason);

    [Fact]
    public void LineNumbers_AfterAMultiLineQuotedField_ArePhysicalLines()
    {
        // K006 spans lines 7-8 (a quoted source with a line break), so K007 starts on line 9.
        Assert.Contains(Bad.Data.Contacts, c => c.ContactId == "K006" && c.Source == "Police\nProtection Notice");
        Assert.Equal("2017-13-01", Issue("CAN_DATE_FORMAT", "contacts.csv", 9).Value);
    }

    [Fact]
    public void DuplicateId_SecondOccurrence_RejectedNamingTheFirstLine()
    {
        var i = Issue("CAN_DUPLICATE_ID", "children.csv", 4);
        Assert.Equal(IssueSeverity.Error, i.Severity);
        Assert.Equal("child_id 'C001' is used again (first on line 2); this row is not loaded.", i.Reason);
        Assert.Single(Bad.Data.Children, c => c.ChildId == "C001");
    }

    [Fact]
    public void MissingRequiredValue_Error()
        => Assert.Equal("child_id is required but blank.", Issue("CAN_MISSING_VALUE", "children.csv", 5).Reason);

    [Fact]
    public void FutureDate_AfterExtractDate_Error()
        => Assert.Equal("date_of_birth 2018-01-01 is after the extract date 2017-05-31.", Issue("CAN_FUTURE_DATE", "children.csv", 6).Reason);

    [Fact]
    public void FutureDate_NoExtractDate_NotChecked()
    {
        var result = new Csc.Analysis.Data.Canonical.CanonicalExtractLoader().Load(Fixtures.Folder("bad-rows"), LoadOptions.Default);
        Assert.DoesNotContain(result.Issues, i => i.RuleId == CanonicalRules.Parse.FutureDate);
        Assert.Contains(result.Data.Children, c => c.ChildId == "C005");
    }

    [Fact]
    public void UnknownCode_EnumColumn_ErrorWithAllowedList()
    {
        var i = Issue("CAN_UNKNOWN_CODE", "contacts.csv", 3);
        Assert.Equal(IssueSeverity.Error, i.Severity);
        Assert.Equal("brag_rating 'Purple' is not a known BRAG rating code; expected one of Blue, Green, Amber, Red.", i.Reason);
        Assert.DoesNotContain(Bad.Data.Contacts, c => c.ContactId == "K002");
    }

    [Fact]
    public void Codes_AreCaseInsensitive()
    {
        var k3 = Assert.Single(Bad.Data.Contacts, c => c.ContactId == "K003");
        Assert.Equal(BragRating.Amber, k3.BragRating);
        Assert.Equal(ContactOutcome.Referral, k3.Outcome);
    }

    [Fact]
    public void UnknownCode_StringCodeColumn_WarningKeepsValue()
    {
        var i = Issue("CAN_UNKNOWN_CODE", "cp_plans.csv", 3);
        Assert.Equal(IssueSeverity.Warning, i.Severity);
        Assert.Equal("XYZ", Assert.Single(Bad.Data.CpPlans).InitialCategory);
        var ls = Issue("CAN_UNKNOWN_CODE", "lac_episodes.csv", 4);
        Assert.Equal("legal_status 'ZZ' is not a known SSDA903 legal status (LS) code; expected one of C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4.", ls.Reason);
    }

    [Fact]
    public void OrphanChild_Warning_RowKept()
    {
        var i = Issue("CAN_ORPHAN_CHILD", "contacts.csv", 5);
        Assert.Equal(IssueSeverity.Warning, i.Severity);
        Assert.Equal("child_id 'C999' is not in children.csv; the row is kept.", i.Reason);
        Assert.Contains(Bad.Data.Contacts, c => c.ChildId == "C999");
    }

    [Fact]
    public void OrphanChild_ChildRowRejectedForAnotherReason_StillKnown()
        // C002's row is rejected (bad date of birth) but the child exists: no orphan warnings for C002.
        => Assert.DoesNotContain(Bad.Issues, i => i.RuleId == CanonicalRules.OrphanChild && i.Value == "C002");

    [Fact]
    public void FieldCount_Error()
        => Assert.Equal("the row has 8 fields but the header has 7; check for an unquoted comma or a missing field.", Issue("CAN_FIELD_COUNT", "contacts.csv", 6).Reason);

    [Fact]
    public void IcpcBeforeStrategyDiscussion_WarningRowKept()
    {
        var i = Issue("ICPC_BEFORE_S47", "section47.csv", 2);
        Assert.Equal(IssueSeverity.Warning, i.Severity);
        Assert.Equal("icpc_date 2017-03-01 is before strategy_discussion_date 2017-03-06; kept, but excluded from ICPC timeliness.", i.Reason);
        // S002 is kept too: its only problem is an optional flag (BadOptionalFlag_WarningRowKept).
        Assert.Equal(["S001", "S002"], Bad.Data.Section47Enquiries.Select(s => s.S47Id));
    }

    [Fact]
    public void BadOptionalFlag_WarningRowKept()
    {
        var i = Issue("CAN_FLAG_FORMAT", "section47.csv", 3);
        Assert.Equal((IssueSeverity.Warning, "icpc_not_required is not a flag; expected Y, N, 1, 0, true or false. Read as blank; the row is kept."), (i.Severity, i.Reason));
        // S002 is kept with icpc_not_required read as blank, which is N.
        Assert.False(Assert.Single(Bad.Data.Section47Enquiries, s => s.S47Id == "S002").IcpcNotRequired);
    }

    [Fact]
    public void EndBeforeStart_Error()
    {
        Assert.Equal("end_date 2017-03-01 is before start_date 2017-03-24.", Issue("CAN_END_BEFORE_START", "cp_plans.csv", 2).Reason);
        Assert.Equal("end_datetime 2017-02-10T20:00 is before start_datetime 2017-02-10T21:30.", Issue("CAN_END_BEFORE_START", "missing_episodes.csv", 2).Reason);
    }

    [Fact]
    public void NegativeDistance_WarningDistanceDropped()
    {
        Assert.Equal(IssueSeverity.Warning, Issue("CAN_NEGATIVE_DISTANCE", "lac_episodes.csv", 2).Severity);
        Assert.Null(Assert.Single(Bad.Data.LacEpisodes, e => e.EpisodeId == "E001").PlacementDistanceMiles);
    }

    [Fact]
    public void ImplausibleDistance_WarningKept()
    {
        Assert.Equal("4500 miles is more than 600 miles, implausible for a placement from England; kept. Check the postcodes.",
            Issue("CAN_IMPLAUSIBLE_DISTANCE", "lac_episodes.csv", 3).Reason);
        Assert.Equal(4500, Assert.Single(Bad.Data.LacEpisodes, e => e.EpisodeId == "E002").PlacementDistanceMiles);
    }

    [Fact]
    public void BadNumber_Error()
        => Assert.Equal("abc", Issue("CAN_NUMBER_FORMAT", "lac_episodes.csv", 4).Value);

    [Fact]
    public void BadDateTime_Error()
        => Assert.Equal("2017-02-10 25:00", Issue("CAN_DATETIME_FORMAT", "missing_episodes.csv", 3).Value);

    [Fact]
    public void RhiBeforeReturn_WarningKept()
    {
        Assert.Equal(IssueSeverity.Warning, Issue("CAN_RHI_BEFORE_RETURN", "missing_episodes.csv", 4).Severity);
        Assert.Equal("M003", Assert.Single(Bad.Data.MissingEpisodes).MissingId);
    }

    [Fact]
    public void EveryRejectedRow_HasAnError()
    {
        // data rows per file minus rows loaded = rows rejected; each rejected row has at least one error on its line.
        var loaded = new Dictionary<string, int>
        {
            ["children.csv"] = Bad.Data.Children.Count,
            ["contacts.csv"] = Bad.Data.Contacts.Count,
            ["section47.csv"] = Bad.Data.Section47Enquiries.Count,
            ["cp_plans.csv"] = Bad.Data.CpPlans.Count,
            ["lac_episodes.csv"] = Bad.Data.LacEpisodes.Count,
            ["missing_episodes.csv"] = Bad.Data.MissingEpisodes.Count,
        };
        foreach (var file in Bad.Files)
        {
            var name = Path.GetFileName(file.Path);
            var rejectedLines = Bad.Issues.Where(i => i.File == name && i.Severity == IssueSeverity.Error).Select(i => i.Line).Distinct().Count();
            Assert.Equal(file.Rows - loaded[name], rejectedLines);
        }
        // children: 5 rows, C001 kept only; contacts: 7 rows, K003 K004 K006 kept
        Assert.Equal(["C001"], Bad.Data.Children.Select(c => c.ChildId));
        Assert.Equal(["K003", "K004", "K006"], Bad.Data.Contacts.Select(c => c.ContactId));
    }

    [Fact]
    public void Counts_BySeverity()
    {
        // errors: children 4, contacts 4, cp 1, lac 1, missing 2 = 12
        Assert.Equal(12, Bad.ErrorCount);
        // warnings: orphan, icpc, s47 flag, cp category, negative, implausible, LS code, rhi = 8
        Assert.Equal(8, Bad.WarningCount);
    }
}
