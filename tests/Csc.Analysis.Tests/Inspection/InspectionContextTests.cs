using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class InspectionContextTests
{
    private static InspectionContext Context(InspectionConvention convention, string asAt = "2017-05-31")
        => new(new CaseData(), new InspectionOptions { AsAt = D(asAt), Convention = convention });

    [Theory]
    // Mon 3 to Thu 13 April 2017: 8 either way.
    [InlineData("2017-04-03", "2017-04-13", 8, 8)]
    // Thu 13 to Tue 18 April 2017 over Good Friday and Easter Monday: (13, 18] has only Tue 18; [13, 18) is Thu 13, Fri 14, Mon 17.
    [InlineData("2017-04-13", "2017-04-18", 1, 3)]
    // Same day: 0 either way.
    [InlineData("2017-03-01", "2017-03-01", 0, 0)]
    // Sat 4 to Mon 6 February 2017: corrected counts the Monday, chat's [start, end) counts nothing.
    [InlineData("2017-02-04", "2017-02-06", 1, 0)]
    // Fri 3 to Mon 6 February 2017: 1 either way ((Fri, Mon] is Mon; [Fri, Mon) is Fri).
    [InlineData("2017-02-03", "2017-02-06", 1, 1)]
    // 29 February 2016 (a Monday) to Tue 1 March: 1 either way.
    [InlineData("2016-02-29", "2016-03-01", 1, 1)]
    // Mon 9 January to Mon 13 March 2017: nine whole weeks, 45 either way.
    [InlineData("2017-01-09", "2017-03-13", 45, 45)]
    public void WorkingDays_TwoConventions_WorkedByHand(string start, string end, int corrected, int chat)
    {
        Assert.Equal(corrected, Context(InspectionConvention.Corrected).WorkingDays(D(start), D(end), "t", "c", "w"));
        Assert.Equal(chat, Context(InspectionConvention.Chat).WorkingDays(D(start), D(end), "t", "c", "w"));
    }

    [Fact]
    public void NegativeDuration_LeftOutUnderCorrected_NegativeUnderChat_BothAnIssue()
    {
        var corrected = Context(InspectionConvention.Corrected);
        Assert.Null(corrected.WorkingDays(D("2017-03-10"), D("2017-03-08"), "assessments", "authorisation_date", "x"));
        var issue = Assert.Single(corrected.Issues, i => i.RuleId == InspectionRules.DurationNegative.Id);
        Assert.Equal("2017-03-08", issue.Value);
        Assert.Contains("left out", issue.Reason, StringComparison.Ordinal);
        var chat = Context(InspectionConvention.Chat);
        // [Wed 8, Fri 10) is Wed and Thu: -2.
        Assert.Equal(-2, chat.WorkingDays(D("2017-03-10"), D("2017-03-08"), "assessments", "authorisation_date", "x"));
        Assert.Contains("first bin", Assert.Single(chat.Issues, i => i.RuleId == InspectionRules.DurationNegative.Id).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_CorrectedEndsOnTheAsAtDate_ChatOnTheDayBeforeThe1stOfItsMonth()
    {
        var c = Context(InspectionConvention.Corrected);
        Assert.Equal((D("2016-12-01"), D("2017-05-31"), D("2017-05-31")), (c.WindowStart, c.WindowEnd, c.Reference));
        var chat = Context(InspectionConvention.Chat);
        Assert.Equal((D("2016-11-01"), D("2017-04-30"), D("2017-05-01")), (chat.WindowStart, chat.WindowEnd, chat.Reference));
        // 29 February as-at: the window starts the day after 29 August (AddMonths keeps the day).
        var leap = Context(InspectionConvention.Corrected, "2016-02-29");
        Assert.Equal(D("2015-08-30"), leap.WindowStart);
    }

    [Fact]
    public void Records_CorrectedDropsRepeatedRows_ChatKeepsThem()
    {
        string[] rows = ["a|2017-01-01", "a|2017-01-01", "a|2017-01-02", "b|2017-01-01"];
        Assert.Equal(3, Context(InspectionConvention.Corrected).Records(rows, r => r).Count);
        Assert.Equal(4, Context(InspectionConvention.Chat).Records(rows, r => r).Count);
        Assert.Equal(2, Context(InspectionConvention.Corrected).Cohort(rows, r => r[..1]));
        Assert.Equal(4, Context(InspectionConvention.Chat).Cohort(rows, r => r[..1]));
    }

    [Fact]
    public void OpenLengthBins_MonthBoundaries()
    {
        var at = D("2017-05-31");
        Assert.Equal("under 3 months", InspectionBins.OpenLengthBin(D("2017-03-01"), at));
        // Started exactly 3 months before: 3-6 months.
        Assert.Equal("3-6 months", InspectionBins.OpenLengthBin(D("2017-02-28"), at));
        Assert.Equal("12-24 months", InspectionBins.OpenLengthBin(D("2016-05-31"), at));
        Assert.Equal("24+ months", InspectionBins.OpenLengthBin(D("2015-05-31"), at));
    }

    [Theory]
    // Chat (reference 1 May 2017), 014's day counts: 31 January is 90 days before (under 3 months, where whole months
    // would say 3-6); 1 November 2016 is 181 (3-6, months: 6-12); 1 May 2016 is 365 (12-24 either way); 2 May 2015 is
    // 366 + 364 = 730 (24+, months: 12-24).
    [InlineData(InspectionConvention.Chat, "2017-01-31", "under 3 months")]
    [InlineData(InspectionConvention.Chat, "2016-11-01", "3-6 months")]
    [InlineData(InspectionConvention.Chat, "2016-05-01", "12-24 months")]
    [InlineData(InspectionConvention.Chat, "2015-05-02", "24+ months")]
    // Corrected (reference 31 May 2017), whole months: 1 March is after 28 February (31 May less 3 months), under 3 months,
    // though 91 days; 28 February is 3-6.
    [InlineData(InspectionConvention.Corrected, "2017-03-01", "under 3 months")]
    [InlineData(InspectionConvention.Corrected, "2017-02-28", "3-6 months")]
    public void OpenLengthBin_MonthsCorrected_014sDaysUnderChat(InspectionConvention convention, string start, string bin)
    {
        var ctx = Context(convention);
        Assert.Equal(bin, ctx.OpenLengthBin(D(start), ctx.Reference));
    }
}
