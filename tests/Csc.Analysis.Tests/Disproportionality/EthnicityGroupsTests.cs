using Csc.Analysis.Disproportionality;

namespace Csc.Analysis.Tests.Disproportionality;

public sealed class EthnicityGroupsTests
{
    [Theory]
    [InlineData("WBRI", EthnicityGroup.WhiteBritish)]
    [InlineData(" wiri ", EthnicityGroup.WhiteOther)]
    [InlineData("WROM", EthnicityGroup.WhiteOther)]
    [InlineData("MOTH", EthnicityGroup.Mixed)]
    [InlineData("ABAN", EthnicityGroup.Asian)]
    [InlineData("BCRB", EthnicityGroup.Black)]
    [InlineData("CHNE", EthnicityGroup.Other)]
    [InlineData("NOBT", EthnicityGroup.RefusedOrNotObtained)]
    [InlineData("", EthnicityGroup.NotRecorded)]
    [InlineData(null, EthnicityGroup.NotRecorded)]
    [InlineData("XXXX", EthnicityGroup.UnknownCode)]
    public void Of_MapsDfeCodes(string? code, EthnicityGroup group) => Assert.Equal(group, EthnicityGroups.Of(code));

    [Theory]
    [InlineData("White British", EthnicityGroup.WhiteBritish)]
    [InlineData("white other", EthnicityGroup.WhiteOther)]
    [InlineData("Asian", EthnicityGroup.Asian)]
    [InlineData("Black or Black British", EthnicityGroup.Black)]
    [InlineData("Refused", EthnicityGroup.RefusedOrNotObtained)]
    [InlineData("APKN", EthnicityGroup.Asian)]
    [InlineData("White", null)]
    [InlineData("not recorded", null)]
    [InlineData("Martian", null)]
    public void Parse_CodesAndGroupNames(string text, EthnicityGroup? group) => Assert.Equal(group, EthnicityGroups.Parse(text));

    [Fact]
    public void Cohorts_IdsRoundTrip()
    {
        Assert.Equal(["referrals", "s47", "cp_plans", "looked_after", "cin"], DisproportionalityCohorts.All.Select(c => c.Id()));
        Assert.All(DisproportionalityCohorts.All, c => Assert.Equal(c, DisproportionalityCohorts.TryParse(c.Id().ToUpperInvariant())));
        Assert.Null(DisproportionalityCohorts.TryParse("lac"));
    }
}
