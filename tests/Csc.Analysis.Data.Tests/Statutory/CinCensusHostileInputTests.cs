using System.Diagnostics;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;
using static Csc.Analysis.Data.Tests.Statutory.StatutoryTestFiles;

namespace Csc.Analysis.Data.Tests.Statutory;

/// <summary>CIN census files built to hurt: entities, DTDs, deep nesting, namespaces.</summary>
public sealed class CinCensusHostileInputTests
{
    private static LoadResult LoadXml(string xml) => new CinCensusLoader().Load(WriteTemp("cin.xml", xml), LoadOptions.Default);

    private const string GoodChild =
        "<Child><ChildIdentifiers><LAchildID>C2</LAchildID><PersonBirthDate>2010-01-01</PersonBirthDate></ChildIdentifiers>"
        + "<CINdetails><CINreferralDate>2017-01-05</CINreferralDate></CINdetails></Child>\n";

    [Fact]
    public void ExternalEntity_IsRefused_AndNothingOfTheTargetIsRead()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                  + "<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>\n";
        var result = LoadXml(xml);
        var issue = Assert.Single(result.Issues.WithRule(StatutoryRules.XmlMalformed));
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains("DTD", issue.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Data.Children);
    }

    [Fact]
    public void EntityExpansion_IsRefused()
    {
        var lol = "<!ENTITY a \"aaaaaaaaaa\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">"));
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE Message [{lol}]>\n<Message><Children><Child><ChildIdentifiers><LAchildID>&j;</LAchildID></ChildIdentifiers></Child></Children></Message>\n";
        var result = LoadXml(xml);
        Assert.Single(result.Issues.WithRule(StatutoryRules.XmlMalformed));
        Assert.Empty(result.Data.Children);
    }

    [Fact]
    public void DeepNesting_SkipsThatChildInLinearTime_OthersLoad()
    {
        const int depth = 100_000;
        var xml = "<Message>\n<Children>\n<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>"
                  + string.Concat(Enumerable.Repeat("<CINdetails>", depth)) + string.Concat(Enumerable.Repeat("</CINdetails>", depth))
                  + "</Child>\n" + GoodChild + "</Children>\n</Message>\n";
        var watch = Stopwatch.StartNew();
        var result = LoadXml(xml);
        watch.Stop();
        var issue = Assert.Single(result.Issues.WithRule(StatutoryRules.XmlTooDeep));
        Assert.Equal((IssueSeverity.Error, 3L, "Child"), (issue.Severity, issue.Line!.Value, issue.Column!));
        Assert.Equal(["C2"], result.Data.Children.Select(c => c.ChildId));
        // Not a timing test of the kit: a guard that the quadratic path (minutes at this depth) is gone.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void NestingAtTheLimit_IsAccepted()
    {
        var inner = string.Concat(Enumerable.Repeat("<X>", CinCensusLoaderDepth - 1)) + string.Concat(Enumerable.Repeat("</X>", CinCensusLoaderDepth - 1));
        var xml = "<Message>\n<Children>\n<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>" + inner + "</Child>\n</Children>\n</Message>\n";
        var result = LoadXml(xml);
        Assert.Empty(result.Issues.WithRule(StatutoryRules.XmlTooDeep));
        Assert.Equal("C1", Assert.Single(result.Data.Children).ChildId);
    }

    private const int CinCensusLoaderDepth = CinCensusLoader.MaxChildDepth;

    [Fact]
    public void DefaultNamespace_LoadsTheSameChildren()
    {
        var xml = "<Message xmlns=\"http://www.example.org/cin\">\n<Children>\n" + GoodChild + "</Children>\n</Message>\n";
        var result = LoadXml(xml);
        Assert.DoesNotContain(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal("C2", Assert.Single(result.Data.Children).ChildId);
        Assert.Equal(new DateOnly(2017, 1, 5), Assert.Single(result.Data.Referrals).ReferralDate);
    }
}
