using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;

namespace Csc.Analysis.Data.Tests.Validation;

/// <summary>
/// The broken-input corpus (issue 12, section 5): one folder per case under TestData/broken, each loaded as a canonical
/// extract. Every test states the whole list of issues the case raises (absent tables aside), each located by rule,
/// file, line, column and value with its reason, and the rows read, loaded and rejected; for every table read,
/// loaded + rejected = rows read.
/// </summary>
public sealed class BrokenInputCorpusTests
{
    private const string Referrals = "referrals.csv";

    private static readonly DateOnly ExtractDate = new(2017, 5, 31);

    private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "broken", name);

    private static LoadResult Load(string name)
    {
        var result = new CanonicalExtractLoader().Load(Folder(name), new LoadOptions { ExtractDate = ExtractDate });
        AssertEveryRowAccounted(result);
        return result;
    }

    /// <summary>For every file read, the rows of its table plus the rows it rejected are the rows it read.</summary>
    internal static void AssertEveryRowAccounted(LoadResult result)
    {
        foreach (var file in result.Files)
        {
            Assert.NotNull(file.Table);
            Assert.Equal(file.Rows, result.Data.RowCount(file.Table!.Value) + file.Rejected);
        }
    }

    // The issues of the load other than the info for each absent table, in the order raised.
    private static List<DataIssue> Issues(LoadResult result) => [.. result.Issues.Where(i => i.RuleId != CanonicalRules.TableAbsent)];

    private static SourceFile File(LoadResult result, CaseTable table) => Assert.Single(result.Files, f => f.Table == table);

    private static DataIssue Error(string rule, string file, long? line, string? column, string? value, string reason) => new(IssueSeverity.Error, rule, file, line, column, value, reason);

    private static DataIssue Warning(string rule, string file, long? line, string? column, string? value, string reason) => new(IssueSeverity.Warning, rule, file, line, column, value, reason);

    private static DataIssue Info(string rule, string file, long? line, string? column, string? value, string reason) => new(IssueSeverity.Info, rule, file, line, column, value, reason);

    private static void AssertRows(LoadResult result, long read, long rejected, params string[] loadedIds)
    {
        var file = File(result, CaseTable.Referrals);
        Assert.Equal(read, file.Rows);
        Assert.Equal(rejected, file.Rejected);
        Assert.Equal(loadedIds, result.Data.Referrals.Select(r => r.ReferralId));
    }

    [Fact]
    public void TruncatedLastLine_TheShortRowIsRejected_TheOthersLoad()
    {
        var r = Load("truncated-last-line");
        Assert.Equal([Error("CAN_FIELD_COUNT", Referrals, 4, null, null, "the row has 6 fields but the header has 7; check for an unquoted comma or a missing field.")], Issues(r));
        AssertRows(r, read: 3, rejected: 1, "R1", "R2");
    }

    [Fact]
    public void UnterminatedQuote_CostsItsLineOnly_ReadingResumesOnTheNext()
    {
        var r = Load("unterminated-quote");
        Assert.Equal(
            [Error("CAN_UNTERMINATED_QUOTE", Referrals, 3, null, null, "a quoted field starts on this line and is never closed; this line is skipped and reading resumes on the next line. Close the quote (a quote inside a quoted field is written \"\").")],
            Issues(r));
        AssertRows(r, read: 4, rejected: 1, "R1", "R3", "R4");
        Assert.Equal("Health", r.Data.Referrals[1].Source);
    }

    [Fact]
    public void SemicolonDelimited_OneErrorOnTheHeader_FileUnusable()
    {
        var r = Load("semicolon");
        Assert.Equal(
            [Error("CAN_DELIMITER", Referrals, 1, null, "referral_id;child_id;referral_date;source;nfa;team;worker", "looks like a semicolon-delimited file; canonical files are comma-separated. Save it as CSV (comma delimited).")],
            Issues(r));
        Assert.True(File(r, CaseTable.Referrals).Unusable);
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void TabDelimited_OneErrorOnTheHeader_FileUnusable()
    {
        var r = Load("tab");
        Assert.Equal(
            [Error("CAN_DELIMITER", Referrals, 1, null, "referral_id\tchild_id\treferral_date\tsource\tnfa\tteam\tworker", "looks like a tab-delimited file; canonical files are comma-separated. Save it as CSV (comma delimited).")],
            Issues(r));
        Assert.True(File(r, CaseTable.Referrals).Unusable);
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void Utf16WithByteOrderMark_ReadAsUtf16_NoIssue()
    {
        var r = Load("utf16-bom");
        Assert.Empty(Issues(r));
        AssertRows(r, read: 3, rejected: 0, "R1", "R2", "R3");
        Assert.Equal(["Police", "Schools", "Health"], r.Data.Referrals.Select(x => x.Source));
    }

    [Fact]
    public void Utf16WithoutByteOrderMark_RecognisedAndRead_OneWarningOnLine1()
    {
        var r = Load("utf16-no-bom");
        Assert.Equal(
            [Warning("CAN_ENCODING", Referrals, 1, null, null, "the file is UTF-16 (little-endian) without a byte-order mark; it is read as UTF-16. Save it as 'CSV UTF-8'.")],
            Issues(r));
        AssertRows(r, read: 3, rejected: 0, "R1", "R2", "R3");
        Assert.Equal(["AT01", "AT02", "AT03"], r.Data.Referrals.Select(x => x.Worker));
    }

    [Fact]
    public void Utf16BigEndianWithoutByteOrderMark_RecognisedAndRead_OneWarningOnLine1()
    {
        var r = Load("utf16be-no-bom");
        Assert.Equal(
            [Warning("CAN_ENCODING", Referrals, 1, null, null, "the file is UTF-16 (big-endian) without a byte-order mark; it is read as UTF-16. Save it as 'CSV UTF-8'.")],
            Issues(r));
        AssertRows(r, read: 3, rejected: 0, "R1", "R2", "R3");
        Assert.Equal(new Referral("R3", "C3", new DateOnly(2016, 6, 1), "Health", true, "Assessment Team", "AT03"), r.Data.Referrals[2]);
    }

    [Fact]
    public void Utf16UnterminatedQuote_CostsItsLineOnly_AsInUtf8()
    {
        // Re-synchronising after the broken record re-opens the file part way: two bytes a character, read as UTF-16.
        var r = Load("utf16-unterminated-quote");
        Assert.Equal(
            [Error("CAN_UNTERMINATED_QUOTE", Referrals, 3, null, null, "a quoted field starts on this line and is never closed; this line is skipped and reading resumes on the next line. Close the quote (a quote inside a quoted field is written \"\").")],
            Issues(r));
        AssertRows(r, read: 4, rejected: 1, "R1", "R3", "R4");
        Assert.Equal(["Police", "Health", "Police"], r.Data.Referrals.Select(x => x.Source));
    }

    [Fact]
    public void Latin1WithoutByteOrderMark_OneWarningOnTheFirstBadLine_RowsKept()
    {
        var r = Load("latin1");
        Assert.Equal(
            [Warning("CAN_ENCODING", Referrals, 3, null, null, "the file is not valid UTF-8 from this line on (reported once per file); characters such as £ or é are replaced. Save it as 'CSV UTF-8'.")],
            Issues(r));
        AssertRows(r, read: 2, rejected: 0, "R1", "R2");
        Assert.Equal("Ecole Sant\uFFFD", r.Data.Referrals[1].Source);
    }

    [Fact]
    public void Latin1AfterAUtf8ByteOrderMark_SameWarning_RowsKept()
    {
        var r = Load("latin1-bom");
        Assert.Equal(
            [Warning("CAN_ENCODING", Referrals, 3, null, null, "the file is not valid UTF-8 from this line on (reported once per file); characters such as £ or é are replaced. Save it as 'CSV UTF-8'.")],
            Issues(r));
        AssertRows(r, read: 2, rejected: 0, "R1", "R2");
        Assert.DoesNotContain(r.Issues, i => i.RuleId == "CAN_UNKNOWN_COLUMN"); // the byte-order mark is not part of the first column's name
    }

    [Fact]
    public void CrlfLineEnds_LoadCleanly_NoCarriageReturnInTheLastColumn()
    {
        var r = Load("crlf");
        Assert.Empty(Issues(r));
        AssertRows(r, read: 3, rejected: 0, "R1", "R2", "R3");
        Assert.Equal(["AT01", "AT02", "AT03"], r.Data.Referrals.Select(x => x.Worker));
        Assert.True(r.Data.Referrals[2].Nfa);
    }

    [Fact]
    public void NulBytes_TheRowHoldingThemIsRejected()
    {
        var r = Load("nul-bytes");
        Assert.Equal(
            [Error("CAN_NUL_BYTE", Referrals, 3, null, null, "the row holds NUL bytes (a binary file, or UTF-16 saved without a byte-order mark); it is not loaded. Save the file as 'CSV UTF-8'.")],
            Issues(r));
        AssertRows(r, read: 3, rejected: 1, "R1", "R3");
    }

    [Fact]
    public void DuplicateHeaderName_OneErrorNamingTheColumn_FileUnusable()
    {
        var r = Load("duplicate-headers");
        Assert.Equal(
            [Error("CAN_DUPLICATE_COLUMN", Referrals, 1, "team", null, "column 'team' appears more than once in the header; no rows of this file were loaded.")],
            Issues(r));
        Assert.True(File(r, CaseTable.Referrals).Unusable);
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void MissingRequiredColumn_OneErrorNamingIt_FileUnusable()
    {
        var r = Load("missing-required-column");
        Assert.Equal(
            [Error("CAN_MISSING_COLUMNS", Referrals, 1, "referral_date", null, "missing required column referral_date; no rows of this file were loaded.")],
            Issues(r));
        Assert.True(File(r, CaseTable.Referrals).Unusable);
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void SwappedColumns_HeaderOrderIsFollowed_SwappedValuesAreLocated()
    {
        // The header puts child_id first and source before referral_date: columns are read by name. Row 3's date and
        // source are swapped against its header, so its referral_date is "Schools".
        var r = Load("swapped-columns");
        Assert.Equal(
            [Error("CAN_DATE_FORMAT", Referrals, 3, "referral_date", "Schools", "referral_date is not a date; expected yyyy-MM-dd (for example 2017-05-31) or dd/MM/yyyy (31/05/2017).")],
            Issues(r));
        AssertRows(r, read: 3, rejected: 1, "R1", "R3");
        Assert.Equal(new Referral("R1", "C1", new DateOnly(2016, 4, 4), "Police", false, "Assessment Team", "AT01"), r.Data.Referrals[0]);
    }

    [Fact]
    public void ExtraColumns_AnUnknownHeaderIsIgnored_AnUnheadedFieldRejectsItsRow()
    {
        var r = Load("extra-columns");
        Assert.Equal(
            [
                Warning("CAN_UNKNOWN_COLUMN", Referrals, 1, "notes", null, "unknown column 'notes' is ignored; the known columns are referral_id, child_id, referral_date, source, nfa, team, worker, closure_date, reason_for_closure, primary_need_code, la_code."),
                Error("CAN_FIELD_COUNT", Referrals, 3, null, null, "the row has 9 fields but the header has 8; check for an unquoted comma or a missing field."),
            ],
            Issues(r));
        AssertRows(r, read: 3, rejected: 1, "R1", "R3");
    }

    [Fact]
    public void BlankLinesAndBlankRows_Skipped_BlankRowsCountedInOneInfo()
    {
        // Line 1 is empty, the header is line 2; blank rows (",,,,,," and ", , ,,,,") on lines 5, 8 and 10; empty or
        // space-only lines 4, 7 and 11 are passed over without notice.
        var r = Load("blank-rows");
        Assert.Equal(
            [Info("CAN_BLANK_ROWS", Referrals, 5, null, null, "3 blank rows (every field empty, as a spreadsheet saves unused rows) are not data and were skipped; the first is on line 5.")],
            Issues(r));
        AssertRows(r, read: 3, rejected: 0, "R1", "R2", "R3");
    }

    [Fact]
    public void FlagSpellings_0And1_YAndN_TrueAndFalse_AllRead_ABadOptionalFlagKeepsTheRow()
    {
        var r = Load("flags");
        Assert.Equal(
            [Warning("CAN_FLAG_FORMAT", Referrals, 9, "nfa", "maybe", "nfa is not a flag; expected Y, N, 1, 0, true or false. Read as blank; the row is kept.")],
            Issues(r));
        AssertRows(r, read: 8, rejected: 0, "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8");
        // N, 0, false, Y, 1, TRUE, yes, and "maybe" read as blank, which for nfa is N.
        Assert.Equal([false, false, false, true, true, true, true, false], r.Data.Referrals.Select(x => x.Nfa));
    }

    [Fact]
    public void HeaderOnly_InfoOnTheHeader_EmptyTable()
    {
        var r = Load("header-only");
        Assert.Equal([Info("CAN_HEADER_ONLY", Referrals, 1, null, null, "the file has a header but no data rows; the table is empty.")], Issues(r));
        Assert.False(File(r, CaseTable.Referrals).Unusable);
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void ZeroByteFile_ErrorOnLine1_FileUnusable()
    {
        var r = Load("zero-byte");
        Assert.Equal([Error("CAN_EMPTY_FILE", Referrals, 1, null, null, "empty file, expected a header row.")], Issues(r));
        Assert.True(File(r, CaseTable.Referrals).Unusable);
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void DirectoryWhereTheFileShouldBe_ErrorNamingIt_TableMarkedUnusable()
    {
        var r = Load("directory-as-file");
        Assert.Equal(
            [Error("CAN_NOT_A_FILE", Referrals, null, null, null, "referrals.csv is a folder, not a file; the referrals table is empty. Put the CSV file in its place.")],
            Issues(r));
        var file = File(r, CaseTable.Referrals);
        Assert.True(file.Unusable);
        Assert.Equal(Folder("directory-as-file"), Path.GetDirectoryName(file.Path));
        AssertRows(r, read: 0, rejected: 0);
    }

    [Fact]
    public void MixedDateFormats_IsoAndDayMonthYearLoad_EveryOtherSpellingIsLocated()
    {
        var r = Load("mixed-dates");
        Assert.Equal(
            [
                Error("CAN_DATE_FORMAT", Referrals, 4, "referral_date", "2016/06/01", "referral_date is not a date; expected yyyy-MM-dd (for example 2017-05-31) or dd/MM/yyyy (31/05/2017)."),
                Error("CAN_DATE_FORMAT", Referrals, 5, "referral_date", "06/30/2016", "referral_date is not a real date: month 30 does not exist; expected yyyy-MM-dd or dd/MM/yyyy."),
                Error("CAN_DATE_FORMAT", Referrals, 6, "referral_date", "1/7/2016", "referral_date is not a date; expected yyyy-MM-dd (for example 2017-05-31) or dd/MM/yyyy (31/05/2017)."),
                Error("CAN_DATE_FORMAT", Referrals, 7, "referral_date", "31/02/2016", "referral_date is not a real date: February 2016 has 29 days."),
            ],
            Issues(r));
        AssertRows(r, read: 6, rejected: 4, "R1", "R2");
        Assert.Equal([new DateOnly(2016, 4, 4), new DateOnly(2016, 5, 3)], r.Data.Referrals.Select(x => x.ReferralDate));
    }

    [Fact]
    public void LostLeadingZeros_InTwoTables_OneJoinErrorEach_WithTheHint_RowsKept()
    {
        var r = Load("lost-leading-zeros");
        const string Hint = "'101' matches children.csv's '000101' but for leading zeros: keep ids as text when the file is saved (Excel drops leading zeros).";
        Assert.Equal(
            [
                Error("CAN_CHILD_IDS_DO_NOT_JOIN", "contacts.csv", null, "child_id", "101", $"25 of 25 child ids (100.0%) in contacts.csv are not in children.csv (for example '101', '102', '103'): the tables do not join. The rows are kept, but the KPIs the table feeds are unreliable. {Hint}"),
                Error("CAN_CHILD_IDS_DO_NOT_JOIN", Referrals, null, "child_id", "101", $"25 of 25 child ids (100.0%) in referrals.csv are not in children.csv (for example '101', '102', '103'): the tables do not join. The rows are kept, but the KPIs the table feeds are unreliable. {Hint}"),
            ],
            [.. r.Issues.Where(i => i.RuleId == CanonicalRules.ChildIdsDoNotJoin)]);
        // Each row is also an orphan warning on its own line (lines 2 to 26 of each file).
        Assert.Equal(Enumerable.Range(2, 25).Select(l => (long?)l), r.Issues.Where(i => i.RuleId == CanonicalRules.OrphanChild && i.File == Referrals).Select(i => i.Line));
        Assert.Equal(50, r.Issues.Count(i => i.RuleId == CanonicalRules.OrphanChild));
        Assert.Equal(2, r.ErrorCount);
        Assert.True(File(r, CaseTable.Referrals).ChildIdsDoNotJoin);
        Assert.True(File(r, CaseTable.Contacts).ChildIdsDoNotJoin);
        Assert.False(File(r, CaseTable.Children).ChildIdsDoNotJoin);
        Assert.Equal(25, r.Data.Referrals.Count);
        Assert.Equal(25, r.Data.Contacts.Count);
    }

    [Fact]
    public void EndBeforeStart_TheRowIsRejectedNamingBothDates()
    {
        var r = Load("end-before-start");
        Assert.Equal(
            [Error("CAN_END_BEFORE_START", "cp_plans.csv", 3, "end_date", "2016-05-09", "end_date 2016-05-09 is before start_date 2016-05-10.")],
            Issues(r));
        var file = File(r, CaseTable.CpPlans);
        Assert.Equal(3, file.Rows);
        Assert.Equal(1, file.Rejected);
        Assert.Equal(["P1", "P3"], r.Data.CpPlans.Select(p => p.CpPlanId));
    }

    [Fact]
    public void OverlappingEpisodes_BothLoad_TheDataQualityCheckNamesTheOverlap()
    {
        // An overlap is a fact about two rows together: the loader keeps both; the data-quality check (validate) reports it.
        // E4 starts on the day E3 ends: a hand-over, not an overlap.
        var r = Load("overlapping-episodes");
        Assert.Empty(Issues(r));
        var file = File(r, CaseTable.LacEpisodes);
        Assert.Equal(4, file.Rows);
        Assert.Equal(0, file.Rejected);
        var quality = DataQuality.Check(r.Data, new DataQualityOptions { AnalysisDate = ExtractDate });
        var overlap = Assert.Single(quality.Issues, i => i.RuleId == "DQ_LAC_EPISODE_OVERLAP");
        Assert.Equal(("E2", "C1", IssueSeverity.Error), (overlap.RecordId, overlap.ChildId, overlap.Severity));
        Assert.Equal("lac_episodes E2 (from 2016-03-01) overlaps E1 (2016-01-04 to 2016-06-30) for child C1.", overlap.Message);
    }
}
