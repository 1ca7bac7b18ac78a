using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Data.Tests.Synthetic;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>The synthetic data set written and read back: equal records, and exactly the planted bad rows reported.</summary>
public sealed class SyntheticRoundTripTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>
{
    [Fact]
    public void WriteThenLoad_DefaultSyntheticSet_EqualRecordsAndOnlyPlantedRowsReported()
    {
        var set = fixture.Set;
        using var tmp = new TempFolder();
        CanonicalExtractWriter.Write(set.Data, tmp.Path);
        var back = new CanonicalExtractLoader().Load(tmp.Path, new LoadOptions { ExtractDate = set.Options.ExtractDate });

        Assert.Equal(0, back.ErrorCount);
        Assert.Equal(set.Data.Contacts, back.Data.Contacts);
        Assert.Equal(set.Data.Section47Enquiries, back.Data.Section47Enquiries);
        Assert.Equal(set.Data.LacEpisodes, back.Data.LacEpisodes);
        Assert.Equal(set.Data.MissingEpisodes, back.Data.MissingEpisodes);
        Assert.Equal(set.Data.Children.Count, back.Data.Children.Count);

        // The mistyped ICPC dates (before the strategy discussion) and the missing ones are the only issues.
        var lineToId = back.Data.Section47Enquiries.Select((s, i) => (s.S47Id, Line: (long)i + 2)).ToDictionary(x => x.Line, x => x.S47Id);
        var reported = back.Issues
            .Where(i => i.RuleId is CanonicalRules.IcpcBeforeS47 or CanonicalRules.IcpcDateMissing)
            .Select(i => lineToId[i.Line!.Value]).Order(StringComparer.Ordinal).ToList();
        var planted = set.Planted.Where(p => p.IsBadRow).Select(p => p.S47Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(planted);
        Assert.Equal(planted, reported);
        Assert.All(back.Issues, i => Assert.Contains(i.RuleId, new[] { CanonicalRules.IcpcBeforeS47, CanonicalRules.IcpcDateMissing }));
    }
}
