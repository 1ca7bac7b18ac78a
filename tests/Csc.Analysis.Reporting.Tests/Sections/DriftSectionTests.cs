using Csc.Analysis.Disclosure;
using Csc.Analysis.Journeys;
using Csc.Analysis.Reporting.Sections;
using static Csc.Analysis.Reporting.Tests.Sections.SectionHtml;

namespace Csc.Analysis.Reporting.Tests.Sections;

public sealed class DriftSectionTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DriftSummary S(DriftMeasure m, DriftGrouping g, string group, int children, double median, double q1, double q3, int same, int negative)
        => new() { Measure = m, GroupBy = g, Group = group, Children = children, MedianDays = median, LowerQuartileDays = q1, UpperQuartileDays = q3, SameDay = same, Negative = negative };

    private const DriftMeasure Cp = DriftMeasure.ReferralToCpPlan;
    private const DriftMeasure Lac = DriftMeasure.ReferralToLookedAfter;

    private static readonly DriftResult Result = new()
    {
        Options = new DriftOptions { AsAt = D("2017-05-31") },
        Pairs = [],
        BeforeTheData = new Dictionary<DriftMeasure, int> { [Lac] = 3 },
        Summaries =
        [
            S(Cp, DriftGrouping.All, "", 10, 20, 10, 30, 2, 1),
            S(Cp, DriftGrouping.Year, "2016/17", 7, 22, 12, 31, 2, 0),
            S(Cp, DriftGrouping.Year, "2017/18", 3, 15, 7.5, 18, 0, 1),
            S(Cp, DriftGrouping.Team, "Team A", 8, 21, 11, 30, 2, 1),
            S(Cp, DriftGrouping.Team, "Team B", 2, 9, 8.5, 9.5, 0, 0),
            S(Lac, DriftGrouping.All, "", 6, 40, 25.4, 61, 0, 0),
            S(Lac, DriftGrouping.Year, "2016/17", 6, 40, 25.4, 61, 0, 0),
            S(Lac, DriftGrouping.Team, "Team A", 6, 40, 25.4, 61, 0, 0),
        ],
        Cases =
        [
            new DriftCase { Kind = "cp_plan", RecordId = "CPP77", ChildId = "C000123", StartDate = D("2015-10-01"), DaysOpen = 608, Team = "Team A", Worker = "W0042" },
            new DriftCase { Kind = "cin_plan", RecordId = "CIN9", ChildId = "C000456", StartDate = D("2016-05-01"), DaysOpen = 395, Team = null, Worker = null },
        ],
    };

    [Fact]
    public void Table_AllThenYearsThenTeams_MedianQuartilesSameDayNegative()
    {
        var t = DriftSection.Table(Result, Cp);
        Assert.Equal(["Group", "Children", "Median days", "Lower quartile", "Upper quartile", "Same day", "Negative"], t.Columns.Select(c => c.Header));
        Assert.Equal([
            ["All children", "10", "20", "10", "30", "2", "1"],
            ["Year 2016/17", "7", "22", "12", "31", "2", "0"],
            ["Year 2017/18", "3", "15", "7.5", "18", "0", "1"],
            ["Team: Team A", "8", "21", "11", "30", "2", "1"],
            ["Team: Team B", "2", "9", "8.5", "9.5", "0", "0"],
        ], t.Rows.Select(r => r.Select(c => c.PlainText).ToArray()));
    }

    [Fact]
    public void Public_SuppressesOneToFive_AcrossYearsAndTeams_WithTheirDays()
    {
        var t = DriftSection.Table(Result, Cp, Audience.Public);
        // children: 3 and 2 are small; 7 and 8 would give them from the 10 of all children, so they go too.
        // same day: 2 (all, 2016/17, Team A) small; negative: 1 (all, 2017/18, Team A) small; zeros stay.
        Assert.Equal([
            ["All children", "10", "20", "10", "30", "c", "c"],
            ["Year 2016/17", "c", "c", "c", "c", "c", "0"],
            ["Year 2017/18", "c", "c", "c", "c", "0", "c"],
            ["Team: Team A", "c", "c", "c", "c", "c", "c"],
            ["Team: Team B", "c", "c", "c", "c", "0", "0"],
        ], t.Rows.Select(r => r.Select(c => c.PlainText).ToArray()));
        var lac = DriftSection.Table(Result, Lac, Audience.Public);
        Assert.Equal(["All children", "6", "40", "25.4", "61", "0", "0"], lac.Rows[0].Select(c => c.PlainText));
        var chart = DriftSection.YearChart(Result, Audience.Public);
        Assert.Equal(["2016/17", "2017/18"], chart.Data.Rows.Select(r => r[0].PlainText));
        Assert.Equal(["\u2013", "\u2013"], chart.Data.Rows.Select(r => r[1].PlainText)); // both referral-to-CP years withheld: gaps
        Assert.Equal("40", chart.Data.Rows[0][2].PlainText);
    }

    [Fact]
    public void LongOpenPlans_ListedForInternal_CountsOnlyForPublic()
    {
        var internalBody = Body(new DriftSection(Result, null));
        foreach (var id in new[] { "C000123", "CPP77", "W0042", "C000456", "CIN9" })
        {
            Assert.Contains(id, internalBody, StringComparison.Ordinal);
        }
        Assert.Contains("At 2017-05-31, 1 CIN plan(s) had been open 12 months or more and 1 CP plan(s) 18 months or more with their category unchanged.", internalBody, StringComparison.Ordinal);
        Assert.Contains("referral to looked after 3.", internalBody, StringComparison.Ordinal);

        var publicBody = Body(new DriftSection(Result, null, Audience.Public));
        foreach (var id in new[] { "C000123", "CPP77", "W0042", "C000456", "CIN9", "Plans open beyond their thresholds at" })
        {
            Assert.DoesNotContain(id, publicBody, StringComparison.Ordinal);
        }
        Assert.Contains("At 2017-05-31, c CIN plan(s) had been open 12 months or more and c CP plan(s) 18 months or more with their category unchanged.", publicBody, StringComparison.Ordinal);
        Assert.Contains("referral to looked after c.", publicBody, StringComparison.Ordinal);
        Assert.Equal(publicBody, Body(new DriftSection(Result, null, Audience.Public)));
    }

    [Fact]
    public void NoPlans_WritesWhy()
        => Assert.Equal("<p class=\"meta unavailable\">The data has no CP plans, looked-after episodes or CIN plans, so there is no drift to measure.</p>",
            Body(DriftSection.For(new Csc.Analysis.Domain.CaseData(), D("2017-05-31"))).Trim());
}
