using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis.Catalog.FrontDoor;

public sealed class ContactsNfaPctTests
{
    internal static CaseData MayContacts() => new()
    {
        Contacts =
        [
            Contact("2017-04-30", ContactOutcome.Nfa, BragRating.Blue), // April (last day)
            Contact("2017-05-01", ContactOutcome.Nfa, BragRating.Blue), // May (first day, a bank holiday)
            Contact("2017-05-15", ContactOutcome.EarlyHelp, BragRating.Green),
            Contact("2017-05-20", ContactOutcome.Referral, BragRating.Red),
            Contact("2017-05-31", ContactOutcome.Nfa, BragRating.None), // May (last day)
            Contact("2017-06-01", ContactOutcome.Nfa, BragRating.Blue), // June
        ],
    };

    [Fact]
    public void May_WorkedByHand()
    {
        var nfa = Run(MayContacts(), "2017-04", "2017-05", null, ContactsNfaPct.Id)[ContactsNfaPct.Id, M("2017-05")]!;
        // May: NFA on 1 and 31 May = 2 of 4 = 50%. YTD pools April (1/1): 3/5 = 60%.
        Assert.Equal((2L, 4L, 50.0), (nfa.Numerator!.Value, nfa.Denominator!.Value, nfa.Value!.Value));
        Assert.Equal((3L, 5L, 60.0), (nfa.YtdNumerator!.Value, nfa.YtdDenominator!.Value, nfa.YtdValue!.Value));
        // Default target 30% lower is better, amber to 35%: 50% is red.
        Assert.Equal(Rag.Red, nfa.Rag);
    }

    [Fact]
    public void MonthEnds_ContactsCountInTheirOwnMonth()
    {
        var s = Run(MayContacts(), "2017-04", "2017-06", null, ContactsNfaPct.Id)[ContactsNfaPct.Id];
        // 30 April is April's only contact (NFA: 1/1); 1 June is June's (1/1); the YTD pools all three months: 4/6.
        Assert.Equal([(1L, 1L), (2L, 4L), (1L, 1L)], s.Results.Select(x => (x.Numerator!.Value, x.Denominator!.Value)));
        Assert.Equal((4L, 6L), (s[M("2017-06")]!.YtdNumerator!.Value, s[M("2017-06")]!.YtdDenominator!.Value));
    }

    [Fact]
    public void MonthWithoutContacts_HasNoPercentage()
    {
        var data = new CaseData { Contacts = [Contact("2017-04-10", ContactOutcome.Nfa), Contact("2017-06-10", ContactOutcome.Referral)] };
        var may = Run(data, "2017-04", "2017-06", null, ContactsNfaPct.Id)[ContactsNfaPct.Id, M("2017-05")]!;
        // 0 of 0 is not 0%: no value, and the YTD still pools April.
        Assert.Null(may.Value);
        Assert.Equal(100.0, may.YtdValue);
    }
}
