using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ContactsBluePctTests
{
    [Fact]
    public void May_WorkedByHand_AmberWithinBand()
    {
        var blue = Run(ContactsNfaPctTests.MayContacts(), "2017-04", "2017-05", null, ContactsBluePct.Id)[ContactsBluePct.Id, M("2017-05")]!;
        // Blue: 1 May only = 1 of 4 = 25% (31 May has no rating: in the denominator, not blue).
        Assert.Equal((1L, 4L, 25.0), (blue.Numerator!.Value, blue.Denominator!.Value, blue.Value!.Value));
        // Above the 20% target, within the amber band to 30: amber.
        Assert.Equal(Rag.Amber, blue.Rag);
        // YTD: April's blue contact on 30 April pools in: 2 of 5.
        Assert.Equal((2L, 5L), (blue.YtdNumerator!.Value, blue.YtdDenominator!.Value));
    }

    [Theory]
    [InlineData(BragRating.Blue, 1L)]
    [InlineData(BragRating.Red, 0L)]
    [InlineData(BragRating.Amber, 0L)]
    [InlineData(BragRating.Green, 0L)]
    [InlineData(BragRating.None, 0L)]
    public void OnlyBlueCounts(BragRating rating, long expected)
    {
        var data = new CaseData { Contacts = [Contact("2016-02-29", ContactOutcome.Nfa, rating)] };
        var feb = Run(data, "2016-02", "2016-02", null, ContactsBluePct.Id)[ContactsBluePct.Id, M("2016-02")]!;
        Assert.Equal((expected, 1L), (feb.Numerator!.Value, feb.Denominator!.Value));
    }
}
