using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class FrontDoorMeasuresTests
{
    // As at 31 May 2017: corrected window 1 December 2016 to 31 May 2017, chat 1 November 2016 to 30 April 2017.
    private static CaseData Contacts() => new()
    {
        Children = [Child("A"), Child("B"), Child("C"), Child("D")],
        Contacts =
        [
            Contact("A", "2016-12-01", "1A"),   // the corrected window's first day
            Contact("A", "2016-12-01", "1A"),   // a repeated row
            Contact("A", "2017-01-05", "2A"),
            Contact("B", "2016-11-30", "2A"),   // only in the chat window
            Contact("C", "2017-05-01", null),   // only in the corrected window (chat's ends the day before the 1st)
            Contact("D", "2017-04-30", "1A"),
        ],
        Population = [new PopulationEstimate(2017, 20_000)],
    };

    [Fact]
    public void Contacts_Corrected_ChildrenAndDistinctRecords()
    {
        var r = Run(Contacts(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(3, r.Get("contacts").Value);            // A, C, D
        Assert.Equal(4, r.Get("contacts_records").Value);    // A twice (the repeat dropped), C, D
        // 3 per 20,000 (mid-2017 covers April 2017 to March 2018).
        Assert.Equal((1.5, 3L, 20_000L), r.Vnd("contacts_rate_per_10k"));
        Assert.Equal((50.0, 2L, 4L), r.Vnd("contacts_source", "1A"));
        Assert.Equal((25.0, 1L, 4L), r.Vnd("contacts_source", "not recorded"));
        // Each child once: 3 children, all 5-9 female (born 15 June 2010... 6 on 1 December 2016).
        Assert.Equal((100.0, 3L, 3L), r.Vnd("contacts_age_sex", "5-9 female"));
        Assert.Equal((100.0, 3L, 3L), r.Vnd("contacts_ethnicity", "White"));
    }

    [Fact]
    public void Contacts_Chat_Rows()
    {
        var r = Run(Contacts(), "2017-05-31", InspectionConvention.Chat);
        // Rows A, A, A, B, D.
        Assert.Equal(5, r.Get("contacts").Value);
        Assert.Equal(5, r.Get("contacts_records").Value);
        Assert.Equal((2.5, 5L, 20_000L), r.Vnd("contacts_rate_per_10k"));
        Assert.Equal(5L, r.Get("contacts_age_sex", "5-9 female").Numerator);
    }

    private static CaseData EarlyHelp() => new()
    {
        Children = [Child("A"), Child("B"), Child("C")],
        EarlyHelp =
        [
            new EarlyHelpEpisode("A1", "A", D("2017-01-10"), null, EarlyHelpRoute.Other),
            new EarlyHelpEpisode("B1", "B", D("2016-05-01"), D("2017-02-01"), EarlyHelpRoute.Other),
            new EarlyHelpEpisode("C1", "C", D("2017-05-31"), null, EarlyHelpRoute.Other),   // starts on the as-at day
        ],
    };

    [Fact]
    public void EarlyHelp_Corrected_OpenOnTheAsAtDay()
    {
        var r = Run(EarlyHelp(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(2, r.Get("early_help_started").Value);
        Assert.Equal(1, r.Get("early_help_ended").Value);
        Assert.Equal(2, r.Get("early_help_open").Value);
        // A started after 30 November 2016 but not after 28 February 2017: 3-6 months; C under 3.
        Assert.Equal(1L, r.Get("early_help_open_length", "3-6 months").Numerator);
        Assert.Equal(1L, r.Get("early_help_open_length", "under 3 months").Numerator);
    }

    [Fact]
    public void EarlyHelp_Chat_MeasuredToThe1stOfTheMonth()
    {
        var r = Run(EarlyHelp(), "2017-05-31", InspectionConvention.Chat);
        Assert.Equal(1, r.Get("early_help_started").Value);
        Assert.Equal(1, r.Get("early_help_ended").Value);
        Assert.Equal(1, r.Get("early_help_open").Value);
        Assert.Equal((100.0, 1L, 1L), r.Vnd("early_help_open_length", "3-6 months"));
    }

    [Fact]
    public void NoContacts_ListNotCarried_NotZero()
    {
        var r = Run(new CaseData { Referrals = [Referral("A", "2017-03-01")] }, "2017-05-31", InspectionConvention.Corrected);
        Assert.Empty(r.Of(InspectionLists.Contacts));
        Assert.Contains(InspectionLists.Contacts, r.ListsNotCarried);
        Assert.Contains(r.Issues, i => i.RuleId == InspectionRules.NotCarried.Id && i.File == InspectionLists.Contacts);
    }
}
