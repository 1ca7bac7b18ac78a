using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

/// <summary>The measures from Annex A lists 9 and 10 and list 8's missing counts (rows the domain tables have no place for).</summary>
public sealed class AnnexAListRowsMeasuresTests
{
    private static CaseData Data() => new()
    {
        Children = [Child("S", "2000-03-10"), Child("N", "1998-03-10"), Child("T", "1996-03-10"), Child("A"), Child("B")],
        LacEpisodes = [Lac("A", "2015-01-01", null), Lac("B", "2015-01-01", null)],
        AnnexA = new AnnexAListRows
        {
            HasCareLeavers = true,
            CareLeavers =
            [
                new("S", "Relevant child", "Yes", "U: Independent living", "Suitable", "F1"),       // 17 at 31 May 2017
                new("N", "Former relevant child", "No", "B: With parents", "Unsuitable", "G5"),   // 19
                new("T", "Former relevant child", "Yes", "U: Independent living", "Suitable", "P2"),   // 21
                new("T", "Former relevant child", "Yes", "U: Independent living", "Suitable", "P2"),   // a repeated row
            ],
            HasAdoptions = true,
            Adoptions =
            [
                new("A", D("2015-01-01"), D("2016-01-01"), D("2016-06-01"), D("2017-01-10"), D("2017-02-01"), null, null),
                new("B", D("2015-01-01"), null, D("2017-03-01"), D("2017-02-01"), null, null, null),   // matched before the order
            ],
            HasMissing = true,
            Missing = [new("A", 2, 0, true, false), new("A", 2, 0, true, false), new("B", 0, 3, null, null)],
        },
    };

    [Fact]
    public void Corrected_EachChildOnce_NegativeIntervalLeftOut()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(3, r.Get("care_leavers_now").Value);
        Assert.Equal((66.7, 2L, 3L), r.Vnd("care_leavers_in_touch_now_pct"));
        Assert.Equal((50.0, 1L, 2L), r.Vnd("care_leavers_eet_now_pct", "19-21"));
        Assert.Equal((100.0, 1L, 1L), r.Vnd("care_leavers_suitable_now_pct", "17-18"));
        Assert.Equal(2, r.Get("adoption_matched").Value);
        Assert.Equal(1, r.Get("adoption_placed").Value);
        // A: 1 January 2015 to 1 February 2017 is 365 + 366 + 31 = 762 days.
        Assert.Equal(762, r.Get("adoption_days_care_to_placed_percentile", "p50").Value);
        // A: 1 June 2016 to 10 January 2017 is 223 days; B (matched before the order) is left out.
        Assert.Equal(223, r.Get("adoption_days_order_to_match_percentile", "p50").Value);
        Assert.Contains(r.Issues, i => i.RuleId == InspectionRules.DurationNegative.Id && i.Reason.Contains("child B", StringComparison.Ordinal));
        Assert.Equal(1, r.Get("lac_missing_children_12m").Value);
        Assert.Equal(2, r.Get("lac_missing_episodes_12m").Value);
        Assert.Equal(1, r.Get("lac_absent_children_12m").Value);
        Assert.Equal(3, r.Get("lac_absent_episodes_12m").Value);
        Assert.Equal((100.0, 1L, 1L), r.Vnd("lac_missing_rhi_offered_last_pct"));
        Assert.Equal((0.0, 0L, 1L), r.Vnd("lac_missing_rhi_accepted_last_pct"));
    }

    [Fact]
    public void Chat_Rows_NegativeIntervalKept()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Chat);
        Assert.Equal(4, r.Get("care_leavers_now").Value);
        Assert.Equal((75.0, 3L, 4L), r.Vnd("care_leavers_in_touch_now_pct"));
        // The 19-21 filter still selects only N and T's two rows (ChatDifferences.CareLeavers1921).
        Assert.Equal((66.7, 2L, 3L), r.Vnd("care_leavers_eet_now_pct", "19-21"));
        // Intervals 223 and -28: R type 7 median 97.5.
        Assert.Equal(97.5, r.Get("adoption_days_order_to_match_percentile", "p50").Value);
        Assert.Equal(4, r.Get("lac_missing_episodes_12m").Value);
        Assert.Equal(2, r.Get("lac_missing_children_12m").Value);
    }
}
