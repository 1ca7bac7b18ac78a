using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.RateComparison;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Disproportionality;

public sealed class DisproportionalityAnalysisTests
{
    internal static Child Kid(string id, string? ethnicity) => new(id, "F", D("2010-01-01"), ethnicity, null, null);

    internal static Referral Ref(string child, string date, string? closed = null) => Referral(date) with { ChildId = child, ClosureDate = closed is null ? null : D(closed) };

    internal static EthnicityPopulation Population(params (EthnicityGroup Group, long N)[] rows)
        => new() { ByGroup = rows.ToDictionary(r => r.Group, r => r.N), Source = "pop.csv" };

    // Three groups worked by hand. Population: White British 1,000, Black 200, Asian 100, Mixed 50.
    // Referred 2016-04-01 to 2017-03-31: 20 White British children (one of them twice: once), 10 Black (codes BAFR, BCRB),
    // 1 Asian (AIND); one child with no child record (not recorded); a referral on 31 March 2016 is outside the period.
    internal static CaseData ThreeGroups()
    {
        var children = new List<Child>();
        var referrals = new List<Referral>();
        void Add(string prefix, int n, string code)
        {
            for (var i = 0; i < n; i++)
            {
                children.Add(Kid($"{prefix}{i}", code));
                referrals.Add(Ref($"{prefix}{i}", "2016-06-01"));
            }
        }
        Add("W", 20, "WBRI");
        Add("B", 5, "BAFR");
        Add("BC", 5, "BCRB");
        Add("A", 1, "AIND");
        referrals.Add(Ref("W0", "2017-03-31"));    // the same child again: counted once
        referrals.Add(Ref("NOREC", "2016-04-01")); // no child record: not recorded
        children.Add(Kid("OUT", "MWBC"));
        referrals.Add(Ref("OUT", "2016-03-31"));   // the day before the period
        return new CaseData { Children = children, Referrals = referrals };
    }

    internal static DisproportionalityOptions Options(DisproportionalityCohort cohort = DisproportionalityCohort.Referrals) => new()
    {
        Cohort = cohort,
        From = D("2016-04-01"),
        To = D("2017-03-31"),
        Population = Population((EthnicityGroup.WhiteBritish, 1000), (EthnicityGroup.Black, 200), (EthnicityGroup.Asian, 100), (EthnicityGroup.Mixed, 50)),
    };

    [Fact]
    public void Analyse_ThreeGroups_HandWorked()
    {
        var r = DisproportionalityAnalysis.Analyse(ThreeGroups(), Options());
        Assert.Equal([EthnicityGroup.WhiteBritish, EthnicityGroup.Mixed, EthnicityGroup.Asian, EthnicityGroup.Black, EthnicityGroup.NotRecorded], r.Groups.Select(g => g.Group));
        var wb = r.Groups[0];
        // White British: 20 of 1,000 = 200 per 10,000, the reference rate 0.02; RRI 1, expected 1,000 × 0.02 = 20, no test.
        Assert.Equal((20L, 1000L, 200.0, 1.0, 20.0), (wb.Children, wb.Population!.Value, wb.RatePer10k!.Value, wb.RelativeRate!.Value, wb.Expected!.Value));
        Assert.Null(wb.Test);
        Assert.Null(wb.PValue);
        // Black: 10 of 200 = 500 per 10,000, RRI 500 / 200 = 2.5, expected 200 × 0.02 = 4.
        // 2×2 [10, 190; 20, 980], n 1,200: smallest expected 200 × 30 / 1,200 = 5, not below 5: chi-square.
        // |ad − bc| / n = (9,800 − 3,800) / 1,200 = 5; X² = 25 × 1,200 × (1/6,000 + 1/234,000 + 1/30,000 + 1/1,170,000) = 6.1538,
        // p = erfc(√(X²/2)) = 0.01311 < 0.05: significant. Katz: se = √(1/10 − 1/200 + 1/20 − 1/1,000) = 0.3795,
        // 2.5 × exp(∓1.96 × 0.3795) = 1.188 to 5.260.
        var black = r.Groups.Single(g => g.Group == EthnicityGroup.Black);
        Assert.Equal((10L, 500.0, 2.5, 4.0), (black.Children, black.RatePer10k!.Value, black.RelativeRate!.Value, black.Expected!.Value));
        Assert.Equal(TwoByTwoMethod.ChiSquare, black.Test);
        Assert.Equal(0.013112663, black.PValue!.Value, 8);
        Assert.True(black.Significant);
        Assert.Equal(1.1883154, black.Lower!.Value, 6);
        Assert.Equal(5.2595463, black.Upper!.Value, 6);
        // Asian: 1 of 100 = 100 per 10,000, RRI 0.5, expected 2; smallest expected 100 × 21 / 1,100 = 1.9 < 5: Fisher.
        var asian = r.Groups.Single(g => g.Group == EthnicityGroup.Asian);
        Assert.Equal((1L, 100.0, 0.5, 2.0), (asian.Children, asian.RatePer10k!.Value, asian.RelativeRate!.Value, asian.Expected!.Value));
        Assert.Equal(TwoByTwoMethod.FisherExact, asian.Test);
        Assert.Equal(TwoByTwoTest.FisherExact(1, 100, 20, 1000).PValue, asian.PValue!.Value, 12);
        Assert.False(asian.Significant);
        // Mixed: in the population, no child in the cohort (the Mixed child was referred the day before): rate 0, RRI 0, no interval.
        var mixed = r.Groups.Single(g => g.Group == EthnicityGroup.Mixed);
        Assert.Equal((0L, 0.0, 0.0, 1.0), (mixed.Children, mixed.RatePer10k!.Value, mixed.RelativeRate!.Value, mixed.Expected!.Value));
        Assert.Null(mixed.Lower);
        // Not recorded: the child without a record, reported with no population and nothing derived.
        var none = r.Groups.Single(g => g.Group == EthnicityGroup.NotRecorded);
        Assert.Equal((1L, (long?)null, (double?)null, (double?)null), (none.Children, none.Population, none.RatePer10k, none.RelativeRate));
        Assert.Equal(1, r.ChildrenWithoutRecord);
        // Total: 32 children against 1,350: 237.0 per 10,000.
        Assert.Equal((32L, 1350L), (r.TotalChildren, r.TotalPopulation!.Value));
        Assert.Equal(32 * 10_000.0 / 1350, r.TotalRatePer10k!.Value, 9);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Analyse_OpenDuringThePeriod_PlansEpisodesAndReferralsClosedOnTheFirstDay()
    {
        // Period 1 April 2016 to 31 March 2017. CP plans: ended 1 April 2016 (not open in the period: ends are exclusive),
        // ended 2 April 2016 (open on 1 April), starting 31 March 2017 (open), starting 1 April 2017 (after).
        // Looked after: a short break (V3) is left out. CIN: a referral closed on 1 April 2016 is not open in the period.
        var data = new CaseData
        {
            Children = [Kid("P1", "WBRI"), Kid("P2", "WBRI"), Kid("P3", "WBRI"), Kid("P4", "WBRI")],
            CpPlans = [Cp("P1", "2015-01-01", "2016-04-01"), Cp("P2", "2015-01-01", "2016-04-02"), Cp("P3", "2017-03-31", null), Cp("P4", "2017-04-01", null)],
            LacEpisodes = [Lac("P1", "2016-05-01", null, legal: "V3"), Lac("P2", "2016-05-01", "2016-05-02")],
            Referrals = [Ref("P1", "2016-01-01", "2016-04-01"), Ref("P2", "2016-01-01", null), Ref("P3", "2017-03-31", "2017-04-01")],
        };
        int Count(DisproportionalityCohort c) => (int)DisproportionalityAnalysis.Analyse(data, Options(c)).TotalChildren;
        Assert.Equal(2, Count(DisproportionalityCohort.CpPlans));
        Assert.Equal(1, Count(DisproportionalityCohort.LookedAfter));
        Assert.Equal(2, Count(DisproportionalityCohort.ChildrenInNeed));
        Assert.Equal(1, Count(DisproportionalityCohort.Referrals));
    }

    [Fact]
    public void Analyse_NoWhiteBritishPopulation_ReferenceMissingIssue_NoComparisons()
    {
        var options = Options() with { Population = Population((EthnicityGroup.Black, 200)) };
        var r = DisproportionalityAnalysis.Analyse(ThreeGroups(), options);
        var issue = Assert.Single(r.Issues);
        Assert.Equal(DisproportionalityRules.ReferenceMissing.Id, issue.RuleId);
        Assert.Equal("White British has no figure in the population file: relative rates, expected counts and tests are left out.", issue.Reason);
        var black = r.Groups.Single(g => g.Group == EthnicityGroup.Black);
        Assert.Equal(500.0, black.RatePer10k);
        Assert.Null(black.RelativeRate);
        Assert.Null(black.Test);
        // White British is reported all the same: 20 children, no population.
        Assert.Equal((20L, (long?)null), (r.Groups[0].Children, r.Groups[0].Population));
    }

    [Fact]
    public void Analyse_MoreChildrenThanPopulation_RateShown_NoTest_Issue()
    {
        var options = Options() with { Population = Population((EthnicityGroup.WhiteBritish, 1000), (EthnicityGroup.Black, 8)) };
        var r = DisproportionalityAnalysis.Analyse(ThreeGroups(), options);
        var black = r.Groups.Single(g => g.Group == EthnicityGroup.Black);
        Assert.Equal(12_500.0, black.RatePer10k);
        Assert.Null(black.Test);
        var issue = Assert.Single(r.Issues);
        Assert.Equal(DisproportionalityRules.CohortOverPopulation.Id, issue.RuleId);
        Assert.Equal("Black or Black British has 10 children referred but a population of 8: its relative rate and test are left out.", issue.Reason);
    }

    [Fact]
    public void Analyse_Alpha_DecidesSignificance()
    {
        var r = DisproportionalityAnalysis.Analyse(ThreeGroups(), Options() with { Alpha = 0.01 });
        Assert.False(r.Groups.Single(g => g.Group == EthnicityGroup.Black).Significant); // p 0.0131 is not below 0.01
    }

    [Fact]
    public void Analyse_PeriodBackwards_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DisproportionalityAnalysis.Analyse(ThreeGroups(), Options() with { From = D("2017-04-01"), To = D("2017-03-31") }));
        Assert.StartsWith("The period ends (2017-03-31) before it starts (2017-04-01).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyseEach_TheCohortsTheDataHas_InTheReportsOrder()
    {
        // ThreeGroups has referrals only; with a CP plan and an episode added, those two follow (no section 47 enquiries: none).
        var pop = Population((EthnicityGroup.WhiteBritish, 1000), (EthnicityGroup.Black, 200), (EthnicityGroup.Asian, 100));
        var referralsOnly = DisproportionalityAnalysis.AnalyseEach(ThreeGroups(), pop, D("2016-04-01"), D("2017-03-31"));
        Assert.Equal([DisproportionalityCohort.Referrals], referralsOnly.Select(r => r.Cohort));
        // 20 White British + 10 Black + 1 Asian + 1 without a record, as Analyse_ThreeGroups_HandWorked
        Assert.Equal(32L, referralsOnly[0].TotalChildren);
        var data = ThreeGroups() with { CpPlans = [Cp("W1", "2016-05-01", null)], LacEpisodes = [Lac("B1", "2016-05-01", null)] };
        Assert.Equal(
            [DisproportionalityCohort.Referrals, DisproportionalityCohort.CpPlans, DisproportionalityCohort.LookedAfter],
            DisproportionalityAnalysis.CohortsIn(data));
        var each = DisproportionalityAnalysis.AnalyseEach(data, pop, D("2016-04-01"), D("2017-03-31"));
        Assert.Equal((1L, 1L), (each[1].TotalChildren, each[2].TotalChildren));
        Assert.Empty(DisproportionalityAnalysis.CohortsIn(new CaseData()));
    }
}
