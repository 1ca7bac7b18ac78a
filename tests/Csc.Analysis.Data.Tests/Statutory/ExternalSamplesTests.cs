using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

/// <summary>
/// Every file under ../shared/external-samples (fake statutory files from public validators,
/// some deliberately broken) loads or is rejected with located messages; nothing throws.
/// </summary>
public sealed class ExternalSamplesTests
{
    /// <summary>One row per sample file, as a path relative to the samples folder.</summary>
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        if (ExternalSamples is not { } root)
        {
            data.Add("(external samples absent)");
            return data;
        }
        foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }
        return data;
    }

    private static DataFormat Expected(string relative) => Path.GetExtension(relative).ToLowerInvariant() switch
    {
        ".csv" => DataFormat.Ssda903,
        ".xml" => DataFormat.CinCensus,
        ".xlsx" => DataFormat.AnnexA,
        _ => throw new InvalidOperationException($"No loader is expected for {relative}."),
    };

    [ExternalSamplesTheory]
    [MemberData(nameof(SampleFiles))]
    public void Load_EachSampleFile_LoadsOrIsRejectedWithLocatedIssues(string relative)
    {
        var path = Path.Combine(ExternalSamples!, relative);
        var format = Expected(relative);
        Assert.Equal(format, CaseDataLoader.Detect(path));

        var result = CaseDataLoader.Load(path, format);

        Assert.Equal(format, result.Format);
        Assert.Single(result.Files);
        Assert.Equal(new FileInfo(path).Length, result.Files[0].Bytes);
        var name = Path.GetFileName(path);
        foreach (var issue in result.Issues)
        {
            Assert.StartsWith(name, issue.File, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(issue.Reason));
            Assert.False(string.IsNullOrWhiteSpace(issue.RuleId));
        }
        // Row-level problems point at a line; only file-level ones (empty, unreadable, summaries) may not.
        foreach (var issue in result.Issues.Where(i => i.Severity != IssueSeverity.Info
                     && i.RuleId is not (StatutoryRules.FileEmpty or StatutoryRules.FileUnreadable or StatutoryRules.TableUnknown)))
        {
            Assert.True(issue.Line is > 0, $"Issue without a line: {issue}");
        }
        var records = result.Data.Children.Count + result.Data.LacEpisodes.Count + result.Data.Referrals.Count + result.Data.Contacts.Count;
        Assert.True(records > 0 || result.Issues.Count > 0, "Neither records nor issues: the load said nothing.");
    }

    [ExternalSamplesFact]
    public void Load_Ssda903Folder_AllTablesReadWithoutErrors()
    {
        var result = CaseDataLoader.Load(Path.Combine(ExternalSamples!, "ssda903"));
        Assert.Equal(DataFormat.Ssda903, result.Format);
        Assert.Equal(0, result.ErrorCount);
        // Counted with wc -l minus the header line: 2675 children, 5050 episodes, 43 missing episodes.
        Assert.Equal(2675, result.Data.Children.Count);
        Assert.Equal(5050, result.Data.LacEpisodes.Count);
        Assert.Equal(43, result.Data.MissingEpisodes.Count);
        Assert.Equal(10, result.Files.Count);
        // ad1, placed_for_adoption and previous_permanence are only counted; uasc and oc2 say what they gave.
        Assert.Equal(5, result.Issues.Count(i => i.RuleId == StatutoryRules.NotMapped));
        Assert.Equal(12582, result.Files.Single(f => f.Path.EndsWith("reviews.csv", StringComparison.Ordinal)).Rows);
        // 12582 review rows, 14 of them a repeat of the child's review that day (a warning each).
        Assert.Equal(12568, result.Data.LacReviews.Count);
        Assert.Equal(14, result.Issues.Count(i => i.RuleId == StatutoryRules.DuplicateId && i.File == "reviews.csv"));
        // uasc.csv has 132 rows, one per child.
        Assert.Equal(132, result.Data.Children.Count(c => c.Uasc == true));
        Assert.Equal(2675 - 132, result.Data.Children.Count(c => c.Uasc == false));
        // oc3.csv: 53 rows, each dated by its birthday in the year ending 31 March 2019 (the latest episode end, 01/04/2018, is in 2018/19).
        Assert.Equal(53, result.Data.CareLeavers.Count);
        var first = result.Data.CareLeavers[0];
        // 197474, born 30/03/2001, DIED, F1, ACCOM 01 (last character 1: suitable).
        Assert.Equal(new CareLeaver("197474/oc3/2019", "197474", new DateOnly(2019, 3, 30), CareLeaverContact.Died, "F1", "01", true), first);
        Assert.True(result.Data.Supplied!.Has(OptionalField.ChildUasc));
        Assert.True(result.Data.Supplied.Has(CaseTable.LacHealth));
    }

    [ExternalSamplesFact]
    public void Load_DirtySsda903Folder_IsoDatesAndExtraColumnsReported()
    {
        var result = CaseDataLoader.Load(Path.Combine(ExternalSamples!, "ssda903-dirty"));
        Assert.Equal(0, result.ErrorCount);
        // 5 episodes in SSDA903_2020_episodes.csv and 23 in the LIIA fixes input.
        Assert.Equal(28, result.Data.LacEpisodes.Count);
        Assert.Equal(["LA", "YEAR"], result.Issues.Where(i => i.RuleId == StatutoryRules.ColumnUnknown).Select(i => i.Column));
        Assert.Equal(["DECOM", "DEC"], result.Issues.Where(i => i.RuleId == StatutoryRules.DateFormatVariant).Select(i => i.Column));
    }

    [ExternalSamplesFact]
    public void Load_CscdpTemplate_GuidanceSheetsIgnoredListsEmpty()
    {
        var result = CaseDataLoader.Load(Path.Combine(ExternalSamples!, "annex-a", "cscdp-2016-02-sample.xlsx"));
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(
            ["Front_Sheet", "FAQ_and_changes", "Guidance", "Codes_used"],
            result.Issues.Where(i => i.RuleId == StatutoryRules.SheetIgnored).Select(i => i.File[(i.File.IndexOf('[') + 1)..^1]));
        // Each of the 11 list sheets has a title row, then the header on row 2, and no data.
        Assert.Equal(11, result.Issues.Count(i => i.RuleId == StatutoryRules.FileEmpty && i.Line == 2));
    }
}
