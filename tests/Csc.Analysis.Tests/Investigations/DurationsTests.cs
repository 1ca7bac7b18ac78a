using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using static Csc.Analysis.Tests.Investigations.Build;

namespace Csc.Analysis.Tests.Investigations;

public sealed class DurationsTests
{
    private static readonly DateOnly Date = D("2017-05-31");

    private static CaseData Plans() => new()
    {
        CinPlans =
        [
            new CinPlan("c1", "k1", D("2017-01-01"), D("2017-01-11"), "A", null),   // 10 days
            new CinPlan("c2", "k2", D("2017-01-01"), D("2017-01-31"), "A", null),   // 30 days
            new CinPlan("c3", "k3", D("2017-01-01"), D("2017-03-02"), "B", null),   // 60 days
            new CinPlan("c4", "k4", D("2016-01-01"), null, "B", null),              // open 516 days, over 12 months
            new CinPlan("c5", "k5", D("2017-05-01"), null, "B", null),              // open 30 days
            new CinPlan("c6", "k6", D("2017-06-05"), null, "B", null),              // starts after the analysis date: ignored
            new CinPlan("c7", "k7", D("2016-01-01"), D("2017-07-01"), "A", null),   // ends after the analysis date: open, over 12 months
        ],
    };

    [Fact]
    public void Analyse_QuantilesOfClosedPlans_HandWorked()
    {
        // closed lengths 10, 30, 60: type 7 quartiles 20, 30, 45; p90 = 30 + 0.8·30 = 54.
        var s = Durations.Analyse(Plans(), Date).Summaries.Single(x => x.Kind == Durations.CinPlan);
        Assert.Equal(3, s.Closed);
        Assert.Equal(3, s.Open);
        Assert.Equal(20, s.ClosedP25, 12);
        Assert.Equal(30, s.ClosedMedian, 12);
        Assert.Equal(45, s.ClosedP75, 12);
        Assert.Equal(54, s.ClosedP90, 12);
        Assert.Equal(2, s.OpenOverTwelveMonths);
    }

    [Fact]
    public void Analyse_KaplanMeier_CensorsOpenPlansAtAnalysisDate()
    {
        // times 10, 30 (closed), 30 (open c5), 60, 516 (open), 516 (open c7):
        // S(10) = 5/6; at 30: 5 at risk, 1 closes → 5/6·4/5 = 2/3 (the open one at 30 is censored after the closure);
        // S(60) = 2/3·2/3 = 4/9 ≤ 0.5 → KM median 60 days.
        var r = Durations.Analyse(Plans(), Date);
        var curve = r.Survival.Where(p => p.Kind == Durations.CinPlan).ToList();
        Assert.Equal(5.0 / 6, curve.Single(p => p.Days == 10).StillOpen, 12);
        Assert.Equal(2.0 / 3, curve.Single(p => p.Days == 30).StillOpen, 12);
        Assert.Equal(1, curve.Single(p => p.Days == 30).Censored);
        Assert.Equal(4.0 / 9, curve.Single(p => p.Days == 60).StillOpen, 12);
        Assert.Equal(60, r.Summaries.Single(s => s.Kind == Durations.CinPlan).KaplanMeierMedian);
    }

    [Fact]
    public void Analyse_LongOpenByTeam()
    {
        var r = Durations.Analyse(Plans(), Date);
        var a = r.LongOpen.Single(l => l.Kind == Durations.CinPlan && l.Team == "A");
        var b = r.LongOpen.Single(l => l.Kind == Durations.CinPlan && l.Team == "B");
        Assert.Equal((1, 1), (a.Open, a.OverTwelveMonths));
        Assert.Equal((2, 1), (b.Open, b.OverTwelveMonths));
    }

    [Fact]
    public void Analyse_Finding_ReflectsNumbers()
    {
        var r1 = Durations.Analyse(Plans(), Date);
        Assert.Contains("CIN plans: 3 open, 2 of them (66.7%) for more than 12 months", r1.Finding);
        var r2 = Durations.Analyse(Plans(), D("2016-06-30"));
        Assert.NotEqual(r1.Finding, r2.Finding);
        Assert.Equal("There are no CIN plans, CP plans or looked-after episodes to measure.", Durations.Analyse(CaseData.Empty, Date).Finding);
    }
}
