using System.Text;
using Csc.Analysis.Domain;
using Csc.Analysis.Pseudonymisation;

namespace Csc.Analysis.Tests.Pseudonymisation;

public sealed class PseudonymiserTests
{
    private static Pseudonymiser With(string key) => new(PseudonymKey.FromBytes(Encoding.UTF8.GetBytes(key)));

    private static CaseData Sample() => new()
    {
        ExtractDate = new DateOnly(2017, 6, 1),
        Children = [new Child("C000123", "F", new DateOnly(2008, 2, 29), "WBRI", "NONE", "RM12 5AB")],
        Referrals = [new Referral("REF000009", "C000123", new DateOnly(2017, 5, 31), "POLICE", false, "Team A", "Jane Smith")],
        Assessments = [new Assessment("ASM000001", "C000123", "REF000009", new DateOnly(2017, 5, 31), null, null, "Team A", "Jane Smith")],
        LacEpisodes = [new LacEpisode("EPI000001", "C000123", new DateOnly(2016, 1, 1), null, "S", "C2", "N1", "U1", "PR1", "SW1A 1AA", 3.5, true, null)],
        Events = [new ContextEvent(new DateOnly(2016, 9, 1), null, "New MASH opened by J. Smith", "service")],
    };

    [Fact]
    public void SameChild_SamePseudonymInEveryTable_AndLinksKept()
    {
        var copy = With("a key of sixteen+ bytes").Apply(Sample());
        var child = copy.Children[0].ChildId;
        Assert.StartsWith("C-", child, StringComparison.Ordinal);
        Assert.Equal(14, child.Length);
        Assert.Equal(child, copy.Referrals[0].ChildId);
        Assert.Equal(child, copy.Assessments[0].ChildId);
        Assert.Equal(child, copy.LacEpisodes[0].ChildId);
        Assert.Equal(copy.Referrals[0].ReferralId, copy.Assessments[0].ReferralId);
        Assert.StartsWith("R-", copy.Referrals[0].ReferralId, StringComparison.Ordinal);
    }

    [Fact]
    public void SameKey_SamePseudonymsEveryRun_OtherKeyOthers()
    {
        var one = With("a key of sixteen+ bytes").Apply(Sample());
        var again = With("a key of sixteen+ bytes").Apply(Sample());
        var other = With("another key, also long").Apply(Sample());
        Assert.Equal(one.Children[0].ChildId, again.Children[0].ChildId);
        Assert.NotEqual(one.Children[0].ChildId, other.Children[0].ChildId);
    }

    [Fact]
    public void ChildAndRecordWithTheSameText_GetDifferentPseudonyms()
    {
        var p = With("a key of sixteen+ bytes");
        Assert.NotEqual(p.Pseudonym(PseudonymKind.Child, "X1")[2..], p.Pseudonym(PseudonymKind.Record, "X1")[2..]);
    }

    [Fact]
    public void BirthToMonth_PostcodesToSector_WorkersAndFreeTextCoded_RestKept()
    {
        var copy = With("a key of sixteen+ bytes").Apply(Sample());
        Assert.Equal(new DateOnly(2008, 2, 1), copy.Children[0].DateOfBirth); // 29 Feb -> 1 Feb
        Assert.Equal("RM12 5", copy.Children[0].HomePostcode);
        Assert.Equal("SW1A 1", copy.LacEpisodes[0].PlacementPostcode);
        Assert.StartsWith("W-", copy.Referrals[0].Worker, StringComparison.Ordinal);
        Assert.Equal(copy.Referrals[0].Worker, copy.Assessments[0].Worker);
        Assert.StartsWith("T-", copy.Events[0].Label, StringComparison.Ordinal);
        Assert.Equal("Team A", copy.Referrals[0].Team);
        Assert.Equal(new DateOnly(2017, 5, 31), copy.Referrals[0].ReferralDate);
        Assert.Equal("POLICE", copy.Referrals[0].Source);
        Assert.Equal(3.5, copy.LacEpisodes[0].PlacementDistanceMiles);
        Assert.Equal(new DateOnly(2017, 6, 1), copy.ExtractDate);
    }

    [Fact]
    public void NoOriginalIdentifierSurvives()
    {
        var copy = With("a key of sixteen+ bytes").Apply(Sample());
        var text = string.Join('|', copy.Children.Cast<object>().Concat(copy.Referrals).Concat(copy.Assessments).Concat(copy.LacEpisodes).Concat(copy.Events));
        foreach (var secret in new[] { "C000123", "REF000009", "ASM000001", "EPI000001", "Jane Smith", "RM12 5AB", "2008-02-29", "J. Smith" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
