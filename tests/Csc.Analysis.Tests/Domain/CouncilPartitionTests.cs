using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class CouncilPartitionTests
{
    private static readonly CouncilCode A = CouncilCode.Parse("311");
    private static readonly CouncilCode B = CouncilCode.Parse("E09000016");

    private static Child Child(string id, CouncilCode? council) => new(id, "F", new DateOnly(2010, 2, 28), null, null, null) { Council = council };

    private static Contact Contact(string id, string child, CouncilCode? council)
        => new(id, child, new DateOnly(2017, 2, 28), null, BragRating.None, ContactOutcome.Referral, null) { Council = council };

    [Fact]
    public void Split_NoCouncil_IsOnePartHoldingTheDataItself()
    {
        var data = new CaseData { Children = [Child("C1", null)], Contacts = [Contact("K1", "C1", null)] };
        var split = CouncilPartition.Split(data);
        var part = Assert.Single(split.Parts);
        Assert.Null(part.Code);
        Assert.Same(data, part.Data);
        Assert.False(split.IsStack);
        Assert.Empty(split.Codes);
    }

    [Fact]
    public void Split_OneCouncil_IsOnePartHoldingTheDataItself()
    {
        var data = new CaseData { Children = [Child("C1", A)], Contacts = [Contact("K1", "C1", A)] };
        var part = Assert.Single(CouncilPartition.Split(data).Parts);
        Assert.Equal(A, part.Code);
        Assert.Same(data, part.Data);
    }

    [Fact]
    public void Split_TheSameChildIdUnderTwoCouncils_IsTwoChildren()
    {
        // C1 of 311 and C1 of E09000016 are different children; rows interleaved to show the split does not need them sorted.
        var data = new CaseData
        {
            ExtractDate = new DateOnly(2017, 5, 31),
            Children = [Child("C1", B), Child("C1", A), Child("C2", A)],
            Contacts = [Contact("K1", "C1", A), Contact("K1", "C1", B), Contact("K2", "C2", A)],
            Events = [new ContextEvent(new DateOnly(2017, 1, 1), null, "Shared", null), new ContextEvent(new DateOnly(2017, 2, 1), null, "Only B", null) { Council = B }],
            Population = [new PopulationEstimate(2016, 1000) { Council = A }, new PopulationEstimate(2016, 2000) { Council = B }],
        };
        var split = CouncilPartition.Split(data);
        Assert.True(split.IsStack);
        Assert.Equal([A, B], split.Codes); // ordinal: 311 before E09000016
        var a = split.Find(A)!.Data;
        var b = split.Find(B)!.Data;
        Assert.Equal(["C1", "C2"], a.Children.Select(c => c.ChildId));
        Assert.Equal(["K1", "K2"], a.Contacts.Select(c => c.ContactId));
        Assert.All(a.Contacts, c => Assert.Equal(A, c.Council));
        Assert.Equal(["C1"], b.Children.Select(c => c.ChildId));
        Assert.Equal(B, Assert.Single(b.Contacts).Council);
        Assert.Equal(1000, Assert.Single(a.Population).Aged0To17);
        Assert.Equal(2000, Assert.Single(b.Population).Aged0To17);
        // Events without a council annotate every council's charts; a council's own events only its own.
        Assert.Equal(["Shared"], a.Events.Select(e => e.Label));
        Assert.Equal(["Shared", "Only B"], b.Events.Select(e => e.Label));
        Assert.Equal(data.ExtractDate, a.ExtractDate);
        Assert.Equal(0, split.Unassigned);
        Assert.Null(split.Find(CouncilCode.Parse("312")));
    }

    [Fact]
    public void Split_RowsWithoutACouncilInAStack_AreCountedAndBelongToNone()
    {
        var data = new CaseData { Children = [Child("C1", A), Child("C1", B), Child("C9", null)], Contacts = [Contact("K9", "C9", null)] };
        var split = CouncilPartition.Split(data);
        Assert.Equal(2, split.Unassigned);
        Assert.Equal(2, split.Parts.Count);
        Assert.All(split.Parts, p => Assert.Empty(p.Data.Contacts));
    }

    [Fact]
    public void Split_OneCouncilWithUnassignedRows_IsStillSplit()
    {
        var data = new CaseData { Children = [Child("C1", A), Child("C9", null)] };
        var split = CouncilPartition.Split(data);
        Assert.Equal(1, split.Unassigned);
        Assert.Equal(["C1"], Assert.Single(split.Parts).Data.Children.Select(c => c.ChildId));
    }

    [Fact]
    public void Tag_TagsEveryRow_AndWithCouncilTagsOneOfAnyTable()
    {
        var data = new CaseData { Children = [Child("C1", null)], Contacts = [Contact("K1", "C1", null)], Population = [new PopulationEstimate(2016, 5)] };
        var tagged = CouncilPartition.Tag(data, B);
        Assert.Equal(B, Assert.Single(tagged.Children).Council);
        Assert.Equal(B, Assert.Single(tagged.Contacts).Council);
        Assert.Equal(B, Assert.Single(tagged.Population).Council);
        Assert.Null(data.Children[0].Council); // the original is unchanged
        Assert.Equal(A, CouncilPartition.WithCouncil(new LacReview("R1", "C1", new DateOnly(2016, 2, 29)), A).Council);
        Assert.Equal("text", CouncilPartition.WithCouncil("text", A));
    }
}
