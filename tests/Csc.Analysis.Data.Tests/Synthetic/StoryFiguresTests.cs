using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>
/// The figures of the May 2017 report, recomputed from the generated data by <see cref="StoryCounter"/>.
/// Tolerances: ±2 percentage points for rates, ±3% for counts.
/// </summary>
public sealed class StoryFiguresTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>
{
    private static readonly DateOnly May2017 = new(2017, 5, 31);
    private static readonly DateOnly May2016 = new(2016, 5, 31);
    private readonly StoryCounter count = new(fixture.Set.Data);

    private static void Rate(double expected, double actual, string what)
        => Assert.True(Math.Abs(actual - expected) <= 0.02, $"{what}: expected {expected:P1} ± 2 points, got {actual:P1}.");

    private static void Count(double expected, double actual, string what)
        => Assert.True(Math.Abs(actual - expected) <= expected * 0.03, $"{what}: expected {expected} ± 3%, got {actual}.");

    private static double Ratio((int A, int B) x) => (double)x.A / x.B;

    [Fact]
    public void CpPlans_May2017_About271AndLowestSinceJuly2016()
    {
        Count(271, count.CpOpen(May2017), "CP plans open at 31 May 2017");
        Assert.True(count.CpOpen(new DateOnly(2016, 7, 31)) < count.CpOpen(May2017), "July 2016 should be below May 2017");
        foreach (var m in ReportingMonth.Sequence(new(2016, 8), new(2017, 4)))
        {
            Assert.True(count.CpOpen(m.LastDay) > count.CpOpen(May2017), $"{m} should be above May 2017 (May 2017 is the lowest since July 2016)");
        }
    }

    [Fact]
    public void CinPlans_May2017_About309WithYearAverage321()
    {
        Count(309, count.CinOpen(May2017), "CIN plans open at 31 May 2017");
        var average = ReportingMonth.Sequence(new(2016, 4), new(2017, 3)).Average(m => count.CinOpen(m.LastDay));
        Count(321, average, "average CIN plans open at month ends of 2016/17");
        Assert.True(count.CinOpen(new DateOnly(2017, 4, 30)) < count.CinOpen(May2017), "CIN numbers increased in May 2017");
    }

    [Fact]
    public void CinPlans_OpenOverTwelveMonths_About13Percent() => Rate(0.13, count.CinOverYearShare(May2017), "CIN plans open over 12 months");

    [Fact]
    public void LookedAfter_May2017_255AndHighestToDate()
    {
        Count(255, count.LacCount(May2017), "looked-after children at 31 May 2017");
        foreach (var m in ReportingMonth.Sequence(new(2014, 4), new(2017, 4)))
        {
            Assert.True(count.LacCount(m.LastDay) < count.LacCount(May2017), $"{m} should be below May 2017 (the highest to date)");
        }
    }

    [Fact]
    public void SectionTwenty_May2017_38PercentLowestToDate_SummerPeak47()
    {
        Rate(0.38, count.SectionTwentyShare(May2017), "S20 share May 2017");
        foreach (var month in new[] { 6, 7, 8 })
        {
            Rate(0.47, count.SectionTwentyShare(new ReportingMonth(2016, month).LastDay), $"S20 share 2016-{month:00}");
        }
        foreach (var m in ReportingMonth.Sequence(new(2014, 4), new(2017, 4)))
        {
            Assert.True(count.SectionTwentyShare(m.LastDay) > count.SectionTwentyShare(May2017), $"S20 share in {m} should be above May 2017 (the lowest to date)");
        }
    }

    [Fact]
    public void CareOrders_May2017_55Percent() => Rate(0.55, count.CareOrderShare(May2017), "C1/C2 share May 2017");

    [Fact]
    public void Distance_Over20Miles_15Point5NowAnd16Point1AYearAgo()
    {
        Rate(0.155, count.FarShare(May2017), "placed over 20 miles May 2017");
        Rate(0.161, count.FarShare(May2016), "placed over 20 miles May 2016");
    }

    [Fact]
    public void OutsideBorough_May2017_About50Percent() => Rate(0.50, count.OutsideShare(May2017), "placed outside the borough");

    [Fact]
    public void SixteenSeventeen_31PercentNow27AYearAgo()
    {
        Rate(0.31, count.SixteenSeventeenShare(May2017), "16-17 share May 2017");
        Rate(0.27, count.SixteenSeventeenShare(May2016), "16-17 share May 2016");
    }

    [Fact]
    public void IcpcTimeliness_75InAprilThen29InMay()
    {
        Rate(0.75, Ratio(count.IcpcTimeliness(new(2017, 4))), "ICPC within 15 working days April 2017");
        Rate(0.29, Ratio(count.IcpcTimeliness(new(2017, 5))), "ICPC within 15 working days May 2017");
    }

    [Fact]
    public void IcpcTimeliness_SummerDipRecoveryInQ3AndEarly2017Dip()
    {
        double Q(int y1, int m1, int y2, int m2)
        {
            var months = ReportingMonth.Sequence(new(y1, m1), new(y2, m2)).Select(count.IcpcTimeliness).ToList();
            return (double)months.Sum(x => x.Within) / months.Sum(x => x.Total);
        }
        var spring = Q(2016, 4, 2016, 5);
        var summer = Q(2016, 6, 2016, 8);
        var q3 = Q(2016, 10, 2016, 12);
        var early2017 = Q(2017, 1, 2017, 3);
        Assert.True(summer < spring - 0.1, $"summer 2016 {summer:P1} should dip below spring {spring:P1}");
        Assert.True(q3 > summer + 0.15, $"Oct-Dec 2016 {q3:P1} should recover from summer {summer:P1}");
        Assert.True(early2017 < q3 - 0.1, $"Jan-Mar 2017 {early2017:P1} should dip below Oct-Dec {q3:P1}");
    }

    [Fact]
    public void ReturnInterviews_82InMayAnd70YearToDate()
    {
        Rate(0.82, Ratio(count.ReturnInterviews(new(2017, 5), new(2017, 5))), "RHI within 72 hours May 2017");
        Rate(0.70, Ratio(count.ReturnInterviews(new(2017, 4), new(2017, 5))), "RHI within 72 hours April-May 2017");
    }

    [Fact]
    public void AssessmentsNfa_22YearToDateAgainst48AYearEarlier()
    {
        Rate(0.22, Ratio(count.AssessmentsNfa(new(2017, 4), new(2017, 5))), "assessments ending NFA April-May 2017");
        Rate(0.48, Ratio(count.AssessmentsNfa(new(2016, 4), new(2016, 5))), "assessments ending NFA April-May 2016");
    }

    [Fact]
    public void Contacts_PeakInJulyAndSeptember_DipInAugust()
    {
        foreach (var year in new[] { 2014, 2015, 2016 })
        {
            var june = count.Contacts(new(year, 6));
            var july = count.Contacts(new(year, 7));
            var august = count.Contacts(new(year, 8));
            var september = count.Contacts(new(year, 9));
            var october = count.Contacts(new(year, 10));
            Assert.True(july > june && july > august, $"{year}: July {july} should peak above June {june} and August {august}");
            Assert.True(september > august && september > october, $"{year}: September {september} should peak above August {august} and October {october}");
            Assert.True(august < 0.8 * june, $"{year}: August {august} should dip well below June {june}");
        }
    }

    [Fact]
    public void Advocacy_8PercentOfLacAndHalfOfAdvocatedAreLac()
    {
        var (ofLac, lacOfAdvocated) = count.Advocacy(May2017);
        Rate(0.08, ofLac, "LAC with an advocate");
        Rate(0.50, lacOfAdvocated, "advocated children who are LAC");
    }

    [Fact]
    public void EarlyHelp_8PercentOfContactsAnd25StepDownsInAprilMay2017()
    {
        Rate(0.08, count.ContactsToEarlyHelp(new(2017, 5)), "contacts to early help May 2017");
        Count(25, count.StepDowns(new(2017, 4), new(2017, 5)), "early help step-downs April-May 2017");
    }

    [Fact]
    public void Permanency_About5Point6PercentOfCeasingInMay2017AndYearToDate()
    {
        Rate(0.056, Ratio(count.Permanency(new(2017, 5), new(2017, 5))), "permanency share May 2017");
        Rate(0.056, Ratio(count.Permanency(new(2017, 4), new(2017, 5))), "permanency share April-May 2017");
    }
}
