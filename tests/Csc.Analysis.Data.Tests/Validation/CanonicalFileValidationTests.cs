using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Validation;

public sealed class CanonicalFileValidationTests
{
    [Fact]
    public void SemicolonDelimited_ErrorSaysSo()
    {
        var r = Fixtures.Load(Fixtures.Folder("semicolon"));
        var i = Fixtures.Single(r, "CAN_DELIMITER", "children.csv", 1);
        Assert.Equal(IssueSeverity.Error, i.Severity);
        Assert.Equal("looks like a semicolon-delimited file; canonical files are comma-separated. Save it as CSV (comma delimited).", i.Reason);
        Assert.Empty(r.Data.Children);
    }

    [Fact]
    public void TabDelimited_ErrorSaysSo()
    {
        var r = Fixtures.Load(Fixtures.Folder("tab"));
        Assert.StartsWith("looks like a tab-delimited file; canonical files are comma-separated.", Fixtures.Single(r, "CAN_DELIMITER", "children.csv", 1).Reason);
    }

    [Fact]
    public void ZeroByteFile_Error_HeaderOnlyFile_Fine()
    {
        var r = Fixtures.Load(Fixtures.Folder("empty"));
        Assert.Equal("empty file, expected a header row.", Fixtures.Single(r, "CAN_EMPTY_FILE", "children.csv", 1).Reason);
        // A header-only file is a valid, empty table: noted, not an error.
        Assert.Equal(["CAN_HEADER_ONLY"], r.Issues.Where(i => i.File == "contacts.csv").Select(i => i.RuleId));
        Assert.Empty(r.Data.Contacts);
        Assert.Equal(1, r.ErrorCount);
    }

    [Fact]
    public void MissingRequiredColumns_OneErrorNamingThem()
    {
        var r = Fixtures.Load(Fixtures.Folder("missing-columns"));
        var i = Fixtures.Single(r, "CAN_MISSING_COLUMNS", "contacts.csv", 1);
        Assert.Equal("contact_date, outcome", i.Column);
        Assert.Equal("missing required columns contact_date, outcome; no rows of this file were loaded.", i.Reason);
        Assert.Equal(1, r.ErrorCount);
    }

    [Fact]
    public void BomCrlfReorderedColumnsUnknownColumnTrailingBlankLines_Loaded()
    {
        var r = Fixtures.Load(Fixtures.Folder("messy"));
        Assert.Equal(0, r.ErrorCount);
        Assert.Equal(
            [new Child("C001", "F", new DateOnly(2009, 4, 12), null, null, "RM1\n3AB"), new Child("C002", "M", new DateOnly(2012, 11, 30), null, null, "RM7 9QD")],
            r.Data.Children);
        var unknown = Fixtures.Single(r, "CAN_UNKNOWN_COLUMN", "children.csv", 1);
        Assert.Equal(IssueSeverity.Warning, unknown.Severity);
        Assert.Equal("nickname", unknown.Column);
        Assert.Equal("optional columns ethnicity, disability absent; treated as blank.", Fixtures.Single(r, "CAN_ABSENT_COLUMNS", "children.csv", 1).Reason);
        Assert.Equal(2, r.Files[0].Rows);
    }

    [Fact]
    public void AbsentTables_InfoEach_ChildrenAbsentSaysIdsNotChecked()
    {
        var r = Fixtures.Load(Fixtures.Folder("missing-columns"));
        var absent = r.Issues.Where(i => i.RuleId == CanonicalRules.TableAbsent).ToList();
        Assert.Equal(12, absent.Count);
        Assert.All(absent, i => Assert.Equal(IssueSeverity.Info, i.Severity));
        Assert.Equal("children.csv is absent; the table is empty. Child ids in the other tables are not checked.", absent[0].Reason);
        Assert.Equal("events.csv is absent; the table is empty.", absent[^1].Reason);
    }

    [Fact]
    public void NoCanonicalFiles_ErrorAndUnknownFileInfo()
    {
        using var tmp = new TempFolder();
        tmp.Write("header.csv", "CHILD\n1\n");
        var r = Fixtures.Load(tmp.Path);
        var i = Assert.Single(r.Issues, x => x.RuleId == CanonicalRules.NoTables);
        Assert.StartsWith("no canonical table files found; expected children.csv, contacts.csv,", i.Reason);
        Assert.Equal("not a canonical table file; ignored.", Assert.Single(r.Issues, x => x.RuleId == CanonicalRules.UnknownFile && x.File == "header.csv").Reason);
    }

    [Fact]
    public void UnterminatedQuote_ErrorOnTheRowsFirstLine()
    {
        using var tmp = new TempFolder();
        tmp.Write("children.csv", "child_id,home_postcode\nC1,RM1\nC2,\"RM2\nC3,RM3\n");
        var r = Fixtures.Load(tmp.Path);
        var i = Fixtures.Single(r, "CAN_UNTERMINATED_QUOTE", "children.csv", 3);
        Assert.StartsWith("a quoted field starts on this line and is never closed", i.Reason);
        // Reading resumes on line 4: one stray quote costs one row; loaded + rejected = rows read.
        Assert.Equal(["C1", "C3"], r.Data.Children.Select(c => c.ChildId));
        var file = Assert.Single(r.Files, f => f.Path.EndsWith("children.csv", StringComparison.Ordinal));
        Assert.Equal(3, file.Rows);
        Assert.Equal(1, file.Rejected);
        Assert.Equal(file.Rows, r.Data.Children.Count + file.Rejected);
    }

    [Fact]
    public void DuplicateColumn_ErrorNoRows()
    {
        using var tmp = new TempFolder();
        tmp.Write("children.csv", "child_id,sex,SEX\nC1,F,M\n");
        var r = Fixtures.Load(tmp.Path);
        Assert.Equal("column 'SEX' appears more than once in the header; no rows of this file were loaded.", Fixtures.Single(r, "CAN_DUPLICATE_COLUMN", "children.csv", 1).Reason);
        Assert.Empty(r.Data.Children);
    }

    [Fact]
    public void HeaderOnlyChildren_EveryOtherRowIsAnOrphan()
    {
        using var tmp = new TempFolder();
        tmp.Write("children.csv", "child_id\n");
        tmp.Write("referrals.csv", "referral_id,child_id,referral_date\nR1,C1,2017-01-03\n");
        var r = Fixtures.Load(tmp.Path);
        Assert.Equal("C1", Fixtures.Single(r, "CAN_ORPHAN_CHILD", "referrals.csv", 2).Value);
        Assert.Single(r.Data.Referrals);
    }

    [Fact]
    public void FutureDateTime_Error_FutureEvent_Allowed()
    {
        using var tmp = new TempFolder();
        tmp.Write("missing_episodes.csv", "missing_id,child_id,start_datetime,missing_or_absent\nM1,C1,2017-06-01T10:00,M\n");
        tmp.Write("events.csv", "date,end_date,label\n2017-05-01,2017-07-31,Post vacant\n");
        var r = Fixtures.Load(tmp.Path);
        Assert.Equal("start_datetime 2017-06-01T10:00 is after the extract date 2017-05-31.", Fixtures.Single(r, "CAN_FUTURE_DATE", "missing_episodes.csv", 2).Reason);
        Assert.Single(r.Data.Events);
    }

    [Fact]
    public void BlankOptionalFlagsAndOutcome_DefaultAsDocumented()
    {
        using var tmp = new TempFolder();
        tmp.Write("referrals.csv", "referral_id,child_id,referral_date,nfa\nR1,C1,2017-01-03,\n");
        tmp.Write("section47.csv", "s47_id,child_id,strategy_discussion_date,icpc_not_required,icpc_date\nS1,C1,2017-01-03,,2017-01-20\n");
        var r = Fixtures.Load(tmp.Path);
        Assert.False(Assert.Single(r.Data.Referrals).Nfa);
        var s = Assert.Single(r.Data.Section47Enquiries);
        Assert.False(s.IcpcNotRequired);
        Assert.True(s.HasIcpc);
    }

    [Fact]
    public void IcpcNotRequiredWithDate_Warning()
    {
        using var tmp = new TempFolder();
        tmp.Write("section47.csv", "s47_id,child_id,strategy_discussion_date,icpc_not_required,icpc_date,icpc_recorded_date\nS1,C1,2017-01-03,Y,2017-01-20,2017-01-19\n");
        var r = Fixtures.Load(tmp.Path);
        Assert.Equal("icpc_not_required is Y but icpc_date is 2017-01-20; counted as no ICPC.", Fixtures.Single(r, "CAN_ICPC_NOT_REQUIRED_CONFLICT", "section47.csv", 2).Reason);
        Assert.Equal("icpc_recorded_date 2017-01-19 is before icpc_date 2017-01-20.", Fixtures.Single(r, "CAN_ICPC_RECORDED_BEFORE_ICPC", "section47.csv", 2).Reason);
        Assert.False(Assert.Single(r.Data.Section47Enquiries).HasIcpc);
    }

    [Fact]
    public void Rules_EveryRaisedRuleIsCatalogued()
    {
        var ids = CanonicalRules.All.Select(r => r.Id).ToHashSet();
        foreach (var folder in new[] { "bad-rows", "semicolon", "tab", "empty", "missing-columns", "messy" })
        {
            var r = Fixtures.Load(Fixtures.Folder(folder));
            Assert.All(r.Issues, i =>
            {
                Assert.Contains(i.RuleId, ids);
                Assert.Equal(CanonicalRules.All.Single(x => x.Id == i.RuleId).Severity == IssueSeverity.Info, i.Severity == IssueSeverity.Info);
            });
        }
        Assert.Equal(ids.Count, CanonicalRules.All.Count);
    }
}

public sealed class CanonicalEncodingTests
{
    [Fact]
    public void NotUtf8_WarningOncePerFile_RowsKept()
    {
        using var tmp = new TempFolder();
        // Windows-1252 bytes: 0xA3 is the pound sign, 0xE9 is e-acute; neither is valid UTF-8 on its own.
        File.WriteAllBytes(tmp.File("children.csv"), [.. "child_id,home_postcode\nC1,RM1\nC2,"u8, 0xA3, .. "1\nC3,Caf"u8, 0xE9, .. "\n"u8]);
        var r = Fixtures.Load(tmp.Path);
        var i = Assert.Single(r.Issues, x => x.RuleId == "CAN_ENCODING");
        Assert.Equal(IssueSeverity.Warning, i.Severity);
        Assert.Equal(3, i.Line);
        Assert.Equal(3, r.Data.Children.Count);
    }
}

public sealed class CanonicalFolderTests
{
    [Fact]
    public void TwoFilesSameNameDifferentCase_WarnsAndReadsTheFirst()
    {
        using var tmp = new TempFolder();
        tmp.Write("Children.csv", "child_id\nA\n");
        tmp.Write("children.csv", "child_id\nB\n");
        var r = Fixtures.Load(tmp.Path);
        // ordinal order: "Children.csv" < "children.csv"
        Assert.Equal("A", Assert.Single(r.Data.Children).ChildId);
        var i = Assert.Single(r.Issues, x => x.RuleId == CanonicalRules.DuplicateFile);
        Assert.Equal("children.csv", i.File);
        Assert.Equal("the folder also has Children.csv, the same name in other letter case; Children.csv is read and this file is ignored. Remove one of them.", i.Reason);
    }
}

public sealed class CanonicalIcpcRuleTests
{
    [Fact]
    public void CpPlanFromIcpcWithoutDate_Warning()
    {
        using var tmp = new TempFolder();
        tmp.Write("section47.csv", "s47_id,child_id,strategy_discussion_date,icpc_not_required,icpc_date,cp_plan_from_icpc\nS1,C1,2017-01-03,N,,Y\nS2,C1,2017-01-03,Y,,Y\n");
        var r = Fixtures.Load(tmp.Path);
        var i = Fixtures.Single(r, "CAN_ICPC_DATE_MISSING", "section47.csv", 2);
        Assert.Equal(IssueSeverity.Warning, i.Severity);
        Assert.Equal("cp_plan_from_icpc is Y but icpc_date is blank: the conference was held but has no date, so it is not counted as an ICPC.", i.Reason);
        // S2 says no ICPC was required: no warning
        Assert.DoesNotContain(r.Issues, x => x.RuleId == "CAN_ICPC_DATE_MISSING" && x.Line == 3);
        Assert.Equal(2, r.Data.Section47Enquiries.Count);
    }
}

public sealed class CanonicalHeaderTests
{
    [Fact]
    public void BlankHeaderName_WarningNamesTheColumnNumber()
    {
        using var tmp = new TempFolder();
        tmp.Write("children.csv", "child_id,,sex\nC1,x,F\n");
        var r = Fixtures.Load(tmp.Path);
        var i = Fixtures.Single(r, "CAN_UNKNOWN_COLUMN", "children.csv", 1);
        Assert.Equal("(column 2)", i.Column);
        Assert.Equal("header column 2 has no name; its values are ignored.", i.Reason);
        Assert.Equal("F", Assert.Single(r.Data.Children).Sex);
    }
}
