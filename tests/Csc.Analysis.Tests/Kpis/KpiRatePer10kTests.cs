using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

/// <summary>The rate per 10,000 mechanism (<see cref="KpiUnit.RatePer10k"/>), on a rate of referrals of the tests' own.</summary>
public sealed class KpiRatePer10kTests
{
    /// <summary>The test rate's id.</summary>
    public const string Id = "test_referrals_rate_per_10k";

    /// <summary>Referrals in the month per 10,000 children: the calculation adds the referrals only.</summary>
    public static KpiDefinition Definition { get; } = new()
    {
        Id = Id,
        Title = "Referrals per 10,000 children",
        Area = KpiArea.FrontDoor,
        Unit = KpiUnit.RatePer10k,
        Kind = KpiKind.Flow,
        Numerator = "referrals dated in the month",
        Denominator = KpiPopulation.Description,
        Sources = KpiSources.Referrals | KpiSources.Population,
        Calculation = (inputs, sink) =>
        {
            foreach (var r in inputs.Data.Referrals)
            {
                sink.AddEvent(r.ReferralDate, true, false, r);
            }
        },
    };

    /// <summary>The default catalogue with the test rate.</summary>
    public static KpiCatalog Catalog { get; } = new([.. KpiCatalog.Default.Definitions, Definition]);

    private static KpiResults Run(CaseData data, string from, string to)
        => KpiEngine.Compute(data, new KpiEngineOptions { From = M(from), To = M(to), Catalog = Catalog, KpiIds = [Id] });

    private static readonly PopulationEstimate[] Population = [new(2015, 62_500), new(2016, 50_000), new(2017, 40_000)];

    [Fact]
    public void Rate_IsTheCountOverTheFinancialYearsEstimate_YtdOverTheSamePopulation()
    {
        var data = new CaseData
        {
            Referrals = [Referral("2016-02-29"), Referral("2016-03-31"), Referral("2016-04-01"), Referral("2017-03-31"), Referral("2017-04-01"), Referral("2017-04-30"), Referral("2017-05-31")],
            Population = Population,
        };
        var r = Run(data, "2016-02", "2017-05")[Id];
        // 29 Feb 2016 and 31 March 2016 are in the year from April 2015: mid-2015, 62,500: 1 × 10,000 / 62,500 = 0.16
        Assert.Equal(new KpiResult(Id, M("2016-02"), 0.16, 1, 62_500, 0.16, 1, 62_500, null, Rag.None), r[M("2016-02")]);
        // the YTD at March 2016 is the year's two referrals over the same 62,500, not over a sum of populations
        Assert.Equal((0.16, 1L, 62_500L, 0.32, 2L, 62_500L), Parts(r[M("2016-03")]!));
        // 1 April 2016 starts the year of mid-2016
        Assert.Equal((0.2, 1L, 50_000L, 0.2, 1L, 50_000L), Parts(r[M("2016-04")]!));
        Assert.Equal(0.2, r[M("2017-03")]!.Value!.Value, 12);
        Assert.Equal(0.4, r[M("2017-03")]!.YtdValue!.Value, 12);
        Assert.Equal(50_000L, r[M("2017-03")]!.YtdDenominator);
        // April 2017: 2 of 40,000 = 0.5; May: 0.25; the YTD at May: 3 × 10,000 / 40,000 = 0.75 (also 0.5 + 0.25)
        Assert.Equal(0.5, r[M("2017-04")]!.Value!.Value, 12);
        Assert.Equal((0.25, 1L, 40_000L), (r[M("2017-05")]!.Value!.Value, r[M("2017-05")]!.Numerator!.Value, r[M("2017-05")]!.Denominator!.Value));
        Assert.Equal((0.75, 3L, 40_000L), (r[M("2017-05")]!.YtdValue!.Value, r[M("2017-05")]!.YtdNumerator!.Value, r[M("2017-05")]!.YtdDenominator!.Value));
        // a month without referrals is a rate of 0, not no value
        Assert.Equal(0.0, r[M("2016-05")]!.Value);
    }

    private static (double, long, long, double, long, long) Parts(KpiResult r)
        => (r.Value!.Value, r.Numerator!.Value, r.Denominator!.Value, r.YtdValue!.Value, r.YtdNumerator!.Value, r.YtdDenominator!.Value);

    [Fact]
    public void AMonthWithoutAnEstimate_HasNoValue_AndIsReported()
    {
        var data = new CaseData { Referrals = [Referral("2017-03-31"), Referral("2017-04-01")], Population = [new(2017, 40_000)] };
        var results = Run(data, "2017-03", "2017-04");
        var march = results[Id, M("2017-03")]!;
        Assert.Null(march.Value);
        Assert.Null(march.Denominator);
        Assert.Null(march.YtdValue);
        Assert.Equal(1L, march.Numerator); // the count is still there
        Assert.Equal(0.25, results[Id, M("2017-04")]!.Value); // 1 × 10,000 / 40,000
        var issue = Assert.Single(results.Issues);
        Assert.Equal(KpiRules.PopulationEstimateMissing.Id, issue.RuleId);
        Assert.Equal("2016", issue.Value);
        Assert.Contains("April 2016 to March 2017", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPopulationTable_Unavailable_NotZero()
    {
        var data = new CaseData { Referrals = [Referral("2017-05-01")] }.Supplying(CaseTable.Referrals);
        var r = Run(data, "2017-05", "2017-05")[Id];
        Assert.False(r.IsAvailable);
        Assert.Null(r[M("2017-05")]!.Value);
        Assert.Null(r[M("2017-05")]!.Numerator);
        Assert.Equal(
            (IReadOnlyList<CaseTable>)[CaseTable.Population],
            KpiEngine.MissingOptional(Definition, data.SuppliedOrGuess()).Tables);
    }

    [Fact]
    public void NoReferrals_Unavailable()
        => Assert.False(Run(new CaseData { Contacts = [Contact("2017-05-01")], Population = Population }, "2017-05", "2017-05")[Id].IsAvailable);

    [Fact]
    public void Definition_RateWithTheFlowsYtd()
    {
        var def = Catalog[Id];
        Assert.Equal(KpiUnit.RatePer10k, def.Unit);
        Assert.Equal(KpiYtdRule.Rate, def.YtdRule);
        Assert.True(def.DenominatorIsPopulation);
        Assert.Equal(0.5, def.ValueOf(2, 40_000));
        Assert.Null(def.ValueOf(2, 0));
    }
}
