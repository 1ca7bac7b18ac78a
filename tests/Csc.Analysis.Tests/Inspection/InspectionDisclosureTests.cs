using Csc.Analysis.Disclosure;
using Csc.Analysis.Inspection;

namespace Csc.Analysis.Tests.Inspection;

public sealed class InspectionDisclosureTests
{
    private static InspectionResult Pack(params InspectionMeasure[] measures) => new()
    {
        Convention = InspectionConvention.Corrected,
        AsAt = new DateOnly(2017, 5, 31),
        ReferenceDate = new DateOnly(2017, 5, 31),
        WindowStart = new DateOnly(2016, 12, 1),
        WindowEnd = new DateOnly(2017, 5, 31),
        Months = 6,
        Measures = measures,
        ListsNotCarried = [],
        Issues = [],
    };

    private static InspectionMeasure Count(string list, string id, long n) => new(list, id, string.Empty, n, null, null, InspectionUnit.Count);

    private static InspectionMeasure Pct(string list, string id, string category, long n, long d)
        => new(list, id, category, Math.Round(n * 100.0 / d, 1), n, d, InspectionUnit.Percent);

    private static string Text(DisclosedValue? v) => v?.Format("0.#") ?? "-";

    [Fact]
    public void Mix_SmallGroupIsC_AndTheNextSmallestIsWithheld_SoTheTotalRecoversNeither()
    {
        // 40 plans: groups 3, 7, 30. 3 is small (primary); 7 is withheld too (the smallest shown part), else 40 - 7 - 30 = 3.
        var pack = Pack(Count("cp", "cp_plans", 40), Pct("cp", "cp_category", "EMO", 3, 40), Pct("cp", "cp_category", "NEG", 30, 40), Pct("cp", "cp_category", "PHY", 7, 40));
        var d = InspectionDisclosure.Apply(pack, DisclosureOptions.Default);
        Assert.Equal(["40", "c", "30", "c"], d.Measures.Select(m => m.Measure.Unit == InspectionUnit.Count ? Text(m.Value) : Text(m.Numerator)));
        Assert.Equal(["40", "c", "75", "c"], d.Measures.Select(m => Text(m.Value)));
        Assert.All(d.Measures.Skip(1), m => Assert.Equal("40", Text(m.Denominator)));
        Assert.Equal(1, d.PrimaryCount);
        Assert.Equal(1, d.SecondaryCount);
    }

    [Fact]
    public void Mix_NotAddingUpToItsDenominator_HasNoTotal_SoOnlyTheSmallCountIsWithheld()
    {
        // Categories of abuse overlap (a child may have two): 3 + 30 + 12 = 45 is not the 40 children, so nothing can be subtracted.
        var pack = Pack(Pct("cp", "cp_category", "EMO", 3, 40), Pct("cp", "cp_category", "NEG", 30, 40), Pct("cp", "cp_category", "PHY", 12, 40));
        var d = InspectionDisclosure.Apply(pack, DisclosureOptions.Default);
        Assert.Equal(["c", "30", "12"], d.Measures.Select(m => Text(m.Numerator)));
        Assert.Equal(0, d.SecondaryCount);
    }

    [Fact]
    public void SmallCohort_WithholdsItsCountEverywhere_ItsRatesAndItsPercentiles()
    {
        // 4 adoptions: the count, the denominator of each mix over them, every share and the quartiles of their 4 durations are c.
        var pack = Pack(
            Count("adoption", "adoption_adopted", 4),
            Pct("adoption", "adoption_disability", "disabled", 0, 4),
            Pct("adoption", "adoption_disability", "not disabled", 4, 4),
            new InspectionMeasure("adoption", "adoption_days_care_to_adoption_percentile", "p50", 400, null, null, InspectionUnit.Days) { Cohort = 4 },
            new InspectionMeasure("lac", "lac_days_percentile", "p50", 12, null, null, InspectionUnit.Days) { Cohort = 6 });
        var d = InspectionDisclosure.Apply(pack, DisclosureOptions.Default);
        Assert.Equal("c", Text(d.Measures[0].Value));
        Assert.Equal(("c", "0", "c"), (Text(d.Measures[1].Value), Text(d.Measures[1].Numerator), Text(d.Measures[1].Denominator)));
        Assert.Equal(("c", "c", "c"), (Text(d.Measures[2].Value), Text(d.Measures[2].Numerator), Text(d.Measures[2].Denominator)));
        Assert.Equal("c", Text(d.Measures[3].Value));
        Assert.Equal("12", Text(d.Measures[4].Value));
    }

    [Fact]
    public void RatePer10k_ShowsThePopulation_AndIsCWhenItsCountIs()
    {
        var pack = Pack(
            Count("lac", "uasc_lac", 3),
            new InspectionMeasure("lac", "uasc_rate_per_10k", string.Empty, 0.5, 3, 58_000, InspectionUnit.RatePer10k),
            Count("lac", "lac", 290),
            new InspectionMeasure("lac", "lac_rate_per_10k", string.Empty, 50, 290, 58_000, InspectionUnit.RatePer10k));
        var d = InspectionDisclosure.Apply(pack, DisclosureOptions.Default);
        Assert.Equal(("c", "c", "58000"), (Text(d.Measures[1].Value), Text(d.Measures[1].Numerator), Text(d.Measures[1].Denominator)));
        // 290 × 10,000 / 58,000 = 50.0.
        Assert.Equal(("50", "290", "58000"), (Text(d.Measures[3].Value), Text(d.Measures[3].Numerator), Text(d.Measures[3].Denominator)));
    }

    [Fact]
    public void AgeSex_BandTotalsAreTotalsOfTheirSexes()
    {
        // Band under 1: 2 female (small) + 9 male = 11 shown as All, so 9 must go too; band 1-4: 20 + 25 = 45. 11 + 45 = 56 children.
        var pack = Pack(
            Pct("cin", "cin_age_sex", "under 1 female", 2, 56),
            Pct("cin", "cin_age_sex", "under 1 male", 9, 56),
            Pct("cin", "cin_age_sex", "1-4 female", 20, 56),
            Pct("cin", "cin_age_sex", "1-4 male", 25, 56));
        var d = InspectionDisclosure.Apply(pack, DisclosureOptions.Default);
        Assert.Equal(["c", "c", "20", "25"], d.Measures.Select(m => Text(m.Numerator)));
        // The band total 11 may be shown: with both its sexes withheld, 2 and 9 cannot be told apart from it.
        var under1 = d.AgeBandTotals[("cin_age_sex", "under 1")];
        var band14 = d.AgeBandTotals[("cin_age_sex", "1-4")];
        Assert.Equal("45", Text(band14));
        Assert.False(under1.IsShown && d.Measures[1].Numerator!.Value.IsShown, "a band total and one of its two sexes shown recovers the other");
    }

    [Fact]
    public void Rounding_AppliesToShownCounts_AndPercentagesUseTheRoundedParts()
    {
        var pack = Pack(Pct("referrals", "referrals_nfa_pct", string.Empty, 23, 98));
        var d = InspectionDisclosure.Apply(pack, DisclosureOptions.Default with { Rounding = DisclosureRounding.Nearest5 });
        // 23 → 25, 98 → 100: 25%.
        Assert.Equal(("25", "25", "100"), (Text(d.Measures[0].Value), Text(d.Measures[0].Numerator), Text(d.Measures[0].Denominator)));
    }

    [Fact]
    public void PublicTable_PrintsSymbolsInTheValueNumeratorAndDenominatorCells()
    {
        var pack = Pack(Count("cp", "cp_plans", 4), Pct("cp", "cp_category", "NEG", 4, 4), Pct("cp", "cp_second_pct", string.Empty, 0, 0));
        var text = Csc.Analysis.Csv.CsvOutput.ToText(Csc.Analysis.Csv.CsvAudience.Program, csv => InspectionTable.Write(InspectionDisclosure.Apply(pack, DisclosureOptions.Default), csv));
        Assert.Equal(
            "list,measure_id,category,value,numerator,denominator,unit\ncp,cp_plans,,c,,,count\ncp,cp_category,NEG,c,c,c,percent\ncp,cp_second_pct,,z,0,0,percent\n",
            text.ReplaceLineEndings("\n"));
    }
}
