using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class LookedAfterMeasuresTests
{
    internal static CaseData Data() => new()
    {
        Children = [.. "ABCDEF".Select(c => Child(c.ToString()))],
        LacEpisodes =
        [
            Lac("A", "2016-01-01", "2016-06-01"), Lac("A", "2016-06-01", null, rne: "P"),   // one period of care
            Lac("B", "2017-01-01", null, legal: "V3"),                                     // a short break: left out
            Lac("C", "2017-03-01", null),
            Lac("D", "2015-01-01", "2017-02-01", legal: "E1", reasonCeased: "E11"),         // adopted after 762 days
            Lac("E", "2016-08-01", "2016-10-01"), Lac("E", "2016-10-01", "2017-01-01", rne: "P"),
            Lac("E", "2017-01-01", "2017-03-01", rne: "L"), Lac("E", "2017-03-01", null, rne: "P"),   // 3 placements (L is not one)
            Lac("F", "2016-01-01", null, legal: "E1", placement: "A4"),
        ],
    };

    [Theory]
    [InlineData(InspectionConvention.Corrected)]
    [InlineData(InspectionConvention.Chat)]
    public void PeriodsOfCare_ShortBreaksLeftOut_ThreePlacementsNotCountingL(InspectionConvention convention)
    {
        var r = Run(Data(), "2017-05-31", convention);
        Assert.Equal(4, r.Get("lac").Value);   // A, C, E, F
        Assert.Equal(1, r.Get("lac_started").Value);   // C
        Assert.Equal(1, r.Get("lac_ceased").Value);    // D
        Assert.Equal((25.0, 1L, 4L), r.Vnd("lac_3plus_placements_pct"));
        Assert.Equal((75.0, 3L, 4L), r.Vnd("lac_legal_status", "C2"));
        Assert.Equal((100.0, 1L, 1L), r.Vnd("lac_reason_ceased", "E11"));
        Assert.Equal(1, r.Get("adoption_adopted").Value);
        Assert.Equal(762, r.Get("adoption_days_care_to_adoption_percentile", "p50").Value);
        Assert.Equal(1, r.Get("adoption_placed_for_adoption").Value);
        Assert.Equal(1, r.Get("adoption_placement_order").Value);
    }

    [Fact]
    public void Periods_ChainEpisodesStartingOnThePreviousEnd()
    {
        var periods = LookedAfterMeasures.Periods(Data().LacEpisodes);
        Assert.Equal(["A 2016-01-01 open", "C 2017-03-01 open", "D 2015-01-01 2017-02-01", "E 2016-08-01 open", "F 2016-01-01 open"],
            periods.Select(p => $"{p.ChildId} {IsoFormat.Date(p.Start)} {(p.End is { } e ? IsoFormat.Date(e) : "open")}"));
        // E's placement started 1 March 2017 (the L episode is the same placement as the one before it).
        Assert.Equal(D("2017-03-01"), LookedAfterMeasures.PlacementStart(periods[3], D("2017-05-31")));
        Assert.Equal(D("2016-10-01"), LookedAfterMeasures.PlacementStart(periods[3], D("2017-02-01")));
    }

    [Fact]
    public void NoMissingEpisodes_SaysSo()
    {
        var r = Run(Data(), "2017-05-31", InspectionConvention.Corrected);
        Assert.Null(r.Find("lac_missing_children", string.Empty));
        Assert.Contains(r.Issues, i => i.RuleId == InspectionRules.NotCarried.Id && i.Column == "missing");
    }
}
