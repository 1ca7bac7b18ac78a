using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

/// <summary>
/// List 10, adoption. As at 31 May 2017: corrected window 1 December 2016 to 31 May 2017 (reference 31 May), chat
/// 1 November 2016 to 30 April 2017 (reference 1 May). 20,000 children aged 0 to 17 (mid-2017): a rate per 10,000 is
/// the count halved.
/// </summary>
public sealed class AdoptionMeasuresTests
{
    private static CaseData Data(bool withEpisodes = true) => new()
    {
        Children = [Child("P"), Child("Q"), Child("R"), Child("S"), Child("T"), Child("A"), Child("B"), Child("C"), Child("D"), Child("F")],
        Population = [new PopulationEstimate(2017, 20_000)],
        LacEpisodes = withEpisodes
            ?
            [
                // P: in care 1 March 2015, placed for adoption on a placement order 1 June 2016, adopted 15 January 2017 (in both windows).
                Lac("P", "2015-03-01", "2016-06-01", reasonCeased: "P"),
                Lac("P", "2016-06-01", "2017-01-15", legal: "E1", placement: "A5", reasonCeased: "E11"),
                // Q: adopted 10 May 2017 (E12): in the corrected window only.
                Lac("Q", "2016-01-10", "2017-05-10", legal: "E1", placement: "A4", reasonCeased: "E12"),
                // R: left care on a special guardianship order (E45): not adopted.
                Lac("R", "2016-01-10", "2017-02-01", reasonCeased: "E45"),
                // S: placed for adoption on a placement order at the reference date, its row repeated; T: on a placement order, in foster care.
                Lac("S", "2016-05-01", null, legal: "E1", placement: "A5"),
                Lac("S", "2016-05-01", null, legal: "E1", placement: "A5"),
                Lac("T", "2016-09-01", null, legal: "E1", placement: "U4"),
            ]
            : [],
        AnnexA = new AnnexAListRows
        {
            HasAdoptions = true,
            Adoptions =
            [
                //  child, entered care, decision, placement order, matched, placed, adoption order, no longer
                new("A", D("2015-09-01"), D("2016-03-01"), D("2016-08-01"), D("2016-12-15"), D("2017-01-05"), null, null),
                new("A", D("2015-09-01"), D("2016-03-01"), D("2016-08-01"), D("2016-12-15"), D("2017-01-05"), null, null),   // a repeated row
                new("B", D("2016-04-01"), D("2016-11-15"), D("2017-01-20"), D("2017-05-02"), D("2017-05-20"), null, null),
                new("C", D("2016-06-01"), D("2017-02-01"), null, null, null, null, D("2017-04-10")),
                new("D", D("2014-12-01"), D("2015-06-01"), D("2015-10-01"), D("2016-05-01"), D("2016-06-01"), D("2017-03-01"), null),
                new("F", D("2016-05-01"), D("2016-10-01"), D("2017-03-10"), D("2017-03-01"), null, null, null),                // matched before the order
            ],
        },
    };

    [Fact]
    public void Corrected_ChildrenInTheWindow_RatesPer10k_NegativeIntervalLeftOut()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        // From the episodes: P (15 January) and Q (10 May) adopted; 2 per 20,000 is 1.0 per 10,000.
        Assert.Equal(2, r.Get("adoption_adopted").Value);
        Assert.Equal((1.0, 2L, 20_000L), r.Vnd("adoption_adopted_rate_per_10k"));
        // P: 1 March 2015 to 15 January 2017 = 366 (to 1 March 2016, a leap year) + 306 (to 1 January) + 14 = 686 days;
        // Q: 10 January 2016 to 10 May 2017 = 366 + 120 = 486. R type 7: p25 536, median 586, p75 636.
        Assert.Equal([536.0, 586.0, 636.0], new[] { "p25", "p50", "p75" }.Select(p => r.Get("adoption_days_care_to_adoption_percentile", p).Value));
        // At the reference date: S placed for adoption (once, its repeated row dropped); S and T on a placement order.
        // (Q's episode ended on 10 May.)
        Assert.Equal((1.0, 0.5), (r.Get("adoption_placed_for_adoption").Value, r.Get("adoption_placed_for_adoption_rate_per_10k").Value));
        Assert.Equal((2.0, 1.0), (r.Get("adoption_placement_order").Value, r.Get("adoption_placement_order_rate_per_10k").Value));
        // List 10: decisions C (1 February); placement orders B, F; matched A, B, F; placed A, B; adoption order D; no longer C.
        Assert.Equal([1.0, 2.0, 3.0, 2.0, 1.0, 1.0],
            new[] { "adoption_decisions", "adoption_placement_orders", "adoption_matched", "adoption_placed", "adoption_orders", "adoption_no_longer" }.Select(id => r.Get(id).Value));
        Assert.Equal((1.5, 3L, 20_000L), r.Vnd("adoption_matched_rate_per_10k"));
        // Entering care to placed (A1): A 1 September 2015 to 5 January 2017 = 366 + 122 + 4 = 492; B 1 April 2016 to 20 May 2017 = 365 + 49 = 414.
        Assert.Equal([433.5, 453.0, 472.5], new[] { "p25", "p50", "p75" }.Select(p => r.Get("adoption_days_care_to_placed_percentile", p).Value));
        // A3: B was placed before 1 June 2017 (14 months after 1 April 2016); A not before 1 November 2016.
        Assert.Equal((50.0, 1L, 2L), r.Vnd("adoption_placed_within_14m_pct"));
        // Placement order to match (A2): A 1 August to 15 December 2016 = 136; B 20 January to 2 May 2017 = 102; F (-9) left out with an issue.
        Assert.Equal([110.5, 119.0, 127.5], new[] { "p25", "p50", "p75" }.Select(p => r.Get("adoption_days_order_to_match_percentile", p).Value));
        Assert.Contains(r.Issues, i => i.RuleId == InspectionRules.DurationNegative.Id && i.Column == "matched_date" && i.Reason.StartsWith("child F matched", StringComparison.Ordinal));
        // Entering care to the decision (A20), decisions in the window: C 1 June 2016 to 1 February 2017 = 245.
        Assert.Equal(245, r.Get("adoption_days_care_to_decision_percentile", "p50").Value);
        // Decision to match (A21), matches in the window: A 1 March to 15 December 2016 = 289; B 15 November 2016 to 2 May 2017 = 168;
        // F 1 October 2016 to 1 March 2017 = 151. Sorted 151, 168, 289: p25 159.5, median 168, p75 228.5.
        Assert.Equal([159.5, 168.0, 228.5], new[] { "p25", "p50", "p75" }.Select(p => r.Get("adoption_days_decision_to_match_percentile", p).Value));
    }

    [Fact]
    public void Chat_RowsInItsWindow_NegativeIntervalKept()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        // Only P's adoption ends before 1 May; 686 days.
        Assert.Equal((1.0, 0.5), (r.Get("adoption_adopted").Value, r.Get("adoption_adopted_rate_per_10k").Value));
        Assert.Equal(686, r.Get("adoption_days_care_to_adoption_percentile", "p50").Value);
        // Rows open at 1 May: Q (until 10 May), S twice (each placed for adoption, on a placement order) and T (a placement order).
        Assert.Equal((3.0, 1.5), (r.Get("adoption_placed_for_adoption").Value, r.Get("adoption_placed_for_adoption_rate_per_10k").Value));
        Assert.Equal((4.0, 2.0), (r.Get("adoption_placement_order").Value, r.Get("adoption_placement_order_rate_per_10k").Value));
        // List 10 rows from 1 November 2016 to 30 April 2017: decisions B (15 November), C; orders B, F; matched A twice and F
        // (B's 2 May is after the window); placed A twice; adoption order D; no longer C.
        Assert.Equal([2.0, 2.0, 3.0, 2.0, 1.0, 1.0],
            new[] { "adoption_decisions", "adoption_placement_orders", "adoption_matched", "adoption_placed", "adoption_orders", "adoption_no_longer" }.Select(id => r.Get(id).Value));
        Assert.Equal((1.0, 2L, 20_000L), r.Vnd("adoption_decisions_rate_per_10k"));
        // Placed: A's two rows, 492 days each, neither within 14 months.
        Assert.Equal(492, r.Get("adoption_days_care_to_placed_percentile", "p50").Value);
        Assert.Equal((0.0, 0L, 2L), r.Vnd("adoption_placed_within_14m_pct"));
        // Order to match: A 136 twice and F -9 kept: sorted -9, 136, 136: p25 63.5, median 136.
        Assert.Equal((63.5, 136.0), (r.Get("adoption_days_order_to_match_percentile", "p25").Value, r.Get("adoption_days_order_to_match_percentile", "p50").Value));
        // Entering care to the decision: B 1 April to 15 November 2016 = 228; C 245: median 236.5.
        Assert.Equal(236.5, r.Get("adoption_days_care_to_decision_percentile", "p50").Value);
        // Decision to match: A 289 twice and F 151: median 289.
        Assert.Equal(289, r.Get("adoption_days_decision_to_match_percentile", "p50").Value);
    }

    [Fact]
    public void List10WithoutEpisodes_IsMeasured_AndNeitherIsNotCarried()
    {
        var r = Run(Data(withEpisodes: false), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(3, r.Get("adoption_matched").Value);
        Assert.Null(r.Find("adoption_adopted", string.Empty));
        Assert.DoesNotContain(InspectionLists.Adoption, r.ListsNotCarried);
        var none = Run(Data(withEpisodes: false) with { AnnexA = null }, "2017-05-31", InspectionConvention.Corrected);
        Assert.Contains(InspectionLists.Adoption, none.ListsNotCarried);
        Assert.Null(none.Find("adoption_matched", string.Empty));
    }
}
