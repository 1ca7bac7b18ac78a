using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiDimensionsTests
{
    [Fact]
    public void Id_IsTheOutputVocabulary()
        => Assert.Equal(
            ["team", "worker", "age_band", "legal_status", "category", "all"],
            KpiDimensions.All.Select(KpiDimensions.Id));

    [Fact]
    public void TryParse_RoundTripsEveryDimension()
    {
        foreach (var d in KpiDimensions.All)
        {
            Assert.True(KpiDimensions.TryParse(KpiDimensions.Id(d), out var back));
            Assert.Equal(d, back);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Team")]
    [InlineData("age band")]
    [InlineData("region")]
    public void TryParse_OnlyTheExactId(string? id) => Assert.False(KpiDimensions.TryParse(id, out _));

    [Fact]
    public void Parse_OutsideTheAllowed_NamesThem()
    {
        var ex = Assert.Throws<ArgumentException>(() => KpiDimensions.Parse("category", [KpiDimension.Team, KpiDimension.Worker]));
        Assert.StartsWith("Unknown grouping 'category': use team, worker.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(KpiDimension.Worker, KpiDimensions.Parse("worker", [KpiDimension.Team, KpiDimension.Worker]));
    }

    [Fact]
    public void Words_ForSentences()
    {
        Assert.Equal("age band", KpiDimensions.Words(KpiDimension.AgeBand));
        Assert.Equal("legal status", KpiDimensions.Words(KpiDimension.LegalStatus));
        Assert.Equal("council", KpiDimensions.Words(KpiDimension.Council));
        Assert.Equal("team", KpiDimensions.Words(KpiDimension.Team));
    }

    [Fact]
    public void GroupKeys_CouncilIsOneGroup()
    {
        var a = new KpiGroupKeys("A", "w1", "1-4", "C2", "N1");
        var b = new KpiGroupKeys("B", "w2", "18+", "V2", "N2");
        Assert.Equal(KpiGroupKeys.Council, a[KpiDimension.Council]);
        Assert.Equal(a[KpiDimension.Council], b[KpiDimension.Council]);
        Assert.Equal("C2", a[KpiDimension.LegalStatus]);
    }

    [Theory]
    [InlineData(null, "(not recorded)")]
    [InlineData(-1, "under 1")]
    [InlineData(0, "under 1")]
    [InlineData(1, "1-4")]
    [InlineData(4, "1-4")]
    [InlineData(5, "5-9")]
    [InlineData(9, "5-9")]
    [InlineData(10, "10-15")]
    [InlineData(15, "10-15")]
    [InlineData(16, "16-17")]
    [InlineData(17, "16-17")]
    [InlineData(18, "18+")]
    public void AgeBandOf_DfeBands(int? age, string band) => Assert.Equal(band, KpiGroupKeys.AgeBandOf(age));
}
