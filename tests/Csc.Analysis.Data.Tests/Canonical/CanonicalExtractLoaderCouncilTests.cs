using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>A stack of councils: every table may carry la_code, and ids are unique (and child ids join) within a council.</summary>
public sealed class CanonicalExtractLoaderCouncilTests
{
    [Fact]
    public void Load_LaCode_TagsRows_IdsAreUniqueWithinACouncil()
    {
        using var folder = new TempFolder();
        folder.Write("children.csv", "la_code,child_id\n311,C1\ne09000016,C1\n311,C1\n");
        folder.Write("contacts.csv", "contact_id,child_id,contact_date,outcome,la_code\nK1,C1,2017-02-28,NFA,311\nK1,C1,2017-02-28,NFA,E09000016\nK2,C2,2017-03-01,NFA,311\nK3,C1,2017-03-01,NFA,\nK4,C1,2017-03-01,NFA,Havering\n");
        var load = Fixtures.Load(folder.Path);
        var a = CouncilCode.Parse("311");
        var b = CouncilCode.Parse("E09000016");
        Assert.Equal([a, b, a], load.Data.Children.Take(2).Select(c => c.Council).Append(load.Data.Contacts[2].Council));
        Assert.Equal(2, load.Data.Children.Count); // the second C1 of 311 is a duplicate; C1 of E09000016 is another child
        Assert.Contains("in council 311 (first on line 2)", Fixtures.Single(load, CanonicalRules.DuplicateId, "children.csv", 4).Reason, StringComparison.Ordinal);
        Assert.Equal(["K1", "K1", "K2"], load.Data.Contacts.Select(c => c.ContactId));
        // C2 is no child of 311: an orphan, named with its council.
        Assert.Equal("child_id 'C2' is not in children.csv under council 311; the row is kept.", Fixtures.Single(load, CanonicalRules.OrphanChild, "contacts.csv", 4).Reason);
        Assert.Equal(IssueSeverity.Error, Fixtures.Single(load, CanonicalRules.CouncilCode, "contacts.csv", 5).Severity);
        var bad = Fixtures.Single(load, CanonicalRules.CouncilCode, "contacts.csv", 6);
        Assert.Equal(("la_code", "Havering"), (bad.Column, bad.Value));
        Assert.DoesNotContain(load.Issues, i => i.RuleId == CanonicalRules.Parse.UnknownColumn);
        var split = CouncilPartition.Split(load.Data);
        Assert.Equal([a, b], split.Codes);
        Assert.Equal(["K1", "K2"], split.Find(a)!.Data.Contacts.Select(c => c.ContactId));
    }

    [Fact]
    public void Load_TableWithoutLaCodeInAStack_IsAWarningOnThatTable()
    {
        using var folder = new TempFolder();
        folder.Write("children.csv", "la_code,child_id\n311,C1\n312,C1\n");
        folder.Write("contacts.csv", "contact_id,child_id,contact_date,outcome\nK1,C1,2017-02-28,NFA\n");
        folder.Write("events.csv", "date,label\n2017-01-01,Shared\n");
        var load = Fixtures.Load(folder.Path);
        var warning = Assert.Single(load.Issues, i => i.RuleId == CanonicalRules.CouncilColumnAbsent);
        Assert.Equal(("contacts.csv", IssueSeverity.Warning), (warning.File, warning.Severity));
        Assert.DoesNotContain(load.Issues, i => i.RuleId == CanonicalRules.OrphanChild); // child ids are not checked across the two shapes
        var split = CouncilPartition.Split(load.Data);
        Assert.Equal(1, split.Unassigned);
        Assert.All(split.Parts, p => Assert.Equal("Shared", Assert.Single(p.Data.Events).Label));
    }

    [Fact]
    public void Load_WithoutLaCode_IsUnchanged()
    {
        using var folder = new TempFolder();
        folder.Write("children.csv", "child_id\nC1\n");
        folder.Write("contacts.csv", "contact_id,child_id,contact_date,outcome\nK1,C1,2017-02-28,NFA\nK1,C1,2017-02-28,NFA\n");
        var load = Fixtures.Load(folder.Path);
        Assert.Null(Assert.Single(load.Data.Contacts).Council);
        Assert.Equal("contact_id 'K1' is used again (first on line 2); this row is not loaded.", Fixtures.Single(load, CanonicalRules.DuplicateId, "contacts.csv", 3).Reason);
        Assert.DoesNotContain(load.Issues, i => i.RuleId is CanonicalRules.CouncilCode or CanonicalRules.CouncilColumnAbsent);
    }
}
