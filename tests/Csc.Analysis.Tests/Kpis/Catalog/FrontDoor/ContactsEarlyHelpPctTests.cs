using Csc.Analysis.Domain;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ContactsEarlyHelpPctTests
{
    [Fact]
    public void May_WorkedByHand()
    {
        var eh = Run(ContactsNfaPctTests.MayContacts(), "2017-05", "2017-05", null, ContactsEarlyHelpPct.Id)[ContactsEarlyHelpPct.Id, M("2017-05")]!;
        // Early help: 15 May = 1 of 4.
        Assert.Equal((1L, 4L, 25.0), (eh.Numerator!.Value, eh.Denominator!.Value, eh.Value!.Value));
    }

    [Fact]
    public void SameDayContacts_EachCounts_YtdRestartsInApril()
    {
        var data = new CaseData
        {
            Contacts =
            [
                Contact("2017-03-31", ContactOutcome.EarlyHelp),
                Contact("2017-04-01", ContactOutcome.EarlyHelp),
                Contact("2017-04-01", ContactOutcome.EarlyHelp),
                Contact("2017-04-01", ContactOutcome.Nfa),
            ],
        };
        var s = Run(data, "2017-03", "2017-04", null, ContactsEarlyHelpPct.Id)[ContactsEarlyHelpPct.Id];
        Assert.Equal([(1L, 1L), (2L, 3L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
        // April's YTD is April alone: March belongs to the previous financial year.
        Assert.Equal((2L, 3L), (s[M("2017-04")]!.YtdNumerator!.Value, s[M("2017-04")]!.YtdDenominator!.Value));
    }
}
