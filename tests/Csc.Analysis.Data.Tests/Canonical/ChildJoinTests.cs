using System.Text;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>A table whose child ids do not join children.csv is an error that names it, not only row warnings.</summary>
public sealed class ChildJoinTests
{
    /// <summary>children.csv with C0001 to C0040 and referrals.csv with 25 rows whose child ids <paramref name="id"/> gives.</summary>
    private static LoadResult Load(TempFolder folder, Func<int, string> id)
    {
        var children = new StringBuilder("child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        for (var i = 1; i <= 40; i++)
        {
            children.Append($"C{i:0000},F,2009-04-12,WBRI,N,\n");
        }
        folder.Write("children.csv", children.ToString());
        var referrals = new StringBuilder("referral_id,child_id,referral_date,source,nfa,team,worker\n");
        for (var i = 1; i <= 25; i++)
        {
            referrals.Append($"R{i:000},{id(i)},2017-03-02,Police,N,Assessment Team 1,W01\n");
        }
        folder.Write("referrals.csv", referrals.ToString());
        return new CanonicalExtractLoader().Load(folder.Path, new LoadOptions { ExtractDate = Fixtures.ExtractDate });
    }

    [Fact]
    public void LeadingZerosLost_IsOneErrorNamingTheTable_WithTheHint_AndTheRowsKept()
    {
        using var folder = new TempFolder();
        var load = Load(folder, i => $"C{i}");
        var error = Assert.Single(load.Issues, i => i.RuleId == CanonicalRules.ChildIdsDoNotJoin);
        Assert.Equal(IssueSeverity.Error, error.Severity);
        Assert.Equal("referrals.csv", error.File);
        Assert.Null(error.Line);
        Assert.Equal(
            "25 of 25 child ids (100.0%) in referrals.csv are not in children.csv (for example 'C1', 'C2', 'C3'): the tables do not join. "
            + "The rows are kept, but the KPIs the table feeds are unreliable. 'C1' matches children.csv's 'C0001' but for leading zeros: "
            + "keep ids as text when the file is saved (Excel drops leading zeros).",
            error.Reason);
        Assert.Equal(25, load.Data.Referrals.Count);
        Assert.Equal(25, load.Issues.Count(i => i.RuleId == CanonicalRules.OrphanChild));
        Assert.True(Assert.Single(load.Files, f => f.Table == CaseTable.Referrals).ChildIdsDoNotJoin);
    }

    [Fact]
    public void TwoOrphansIn25_AreOrdinary_NoError()
    {
        // 2 of 25 is 8%, within the 10% allowed; 3 of 25 (12%) is not.
        using var folder = new TempFolder();
        var load = Load(folder, i => i <= 2 ? $"X{i}" : $"C{i:0000}");
        Assert.DoesNotContain(load.Issues, i => i.RuleId == CanonicalRules.ChildIdsDoNotJoin);
        Assert.False(Assert.Single(load.Files, f => f.Table == CaseTable.Referrals).ChildIdsDoNotJoin);

        using var other = new TempFolder();
        var three = Load(other, i => i <= 3 ? $"X{i}" : $"C{i:0000}");
        var error = Assert.Single(three.Issues, i => i.RuleId == CanonicalRules.ChildIdsDoNotJoin);
        Assert.StartsWith("3 of 25 child ids (12.0%) in referrals.csv are not in children.csv (for example 'X1', 'X2', 'X3')", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("Check that both files come from the same system and extract, with ids written the same way.", error.Reason, StringComparison.Ordinal);
    }
}
