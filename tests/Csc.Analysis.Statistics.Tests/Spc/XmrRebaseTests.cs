using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Statistics.Tests.Spc;

/// <summary>
/// The Stable Shift Algorithm on hand-worked series: calculation periods of 6 points and rule-breaking runs of 4 unless
/// said otherwise. "Level L" is L + 1, L − 1 alternating (an even count ends below L), so its mean over an even count is L and it has
/// no run.
/// </summary>
public sealed class XmrRebaseTests
{
    private static readonly SpcOptions RunOfFour = new() { RunLength = 4 };

    private static double[] Level(double level, int count) => [.. Enumerable.Range(0, count).Select(i => i % 2 == 0 ? level + 1 : level - 1)];

    [Fact]
    public void StableShifts_StepThatPersists_RebasesAtItsFirstPoint()
    {
        // centre 10 from points 0..5; from 12 every point is above 10 (a run of 12); candidate mean of 12..17 is 20 and
        // below 20 there are only single points, so the candidate is accepted; nothing breaks against 20 afterwards
        double[] x = [.. Level(10, 12), .. Level(20, 12)];
        Assert.Equal([12], XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_ShiftThatReverts_IsNotAPeriod()
    {
        // five points at 20 after 12 at level 10, then level 10 again (11, 9, ...): candidate at 12 has mean
        // (5 × 20 + 11) / 6 = 18.5 and points 17 onwards are all below it (a run of 13), an opposing rule break; at 13
        // (mean 16.67) and 14 (mean 15.17) the same; from 15 fewer than 4 points above 10 remain
        double[] x = [.. Level(10, 12), 20, 20, 20, 20, 20, .. Level(10, 13)];
        Assert.Empty(XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_OpposingRunOpenAtTheEndOfTheData_RejectsTheCandidate()
    {
        // candidate at 12: mean (19 + 21 + 19 + 21 + 21 + 10) / 6 = 18.5; its last run (10, 10, 10 below 18.5) runs to the
        // end of the data with 3 points, short of 4 but open: more data could make it an opposing rule break. At 13 (21,
        // 19, 21, 21 above 10, then 10 on the centre line) the same; at 14 only 3 points remain above 10
        double[] x = [.. Level(10, 12), 19, 21, 19, 21, 21, 10, 10, 10];
        Assert.Empty(XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_OpposingRunThatEndsShort_AcceptsTheCandidate()
    {
        // as above, then the series returns above 18.5: the run of three 10s is closed short of 4, so 12 is accepted
        double[] x = [.. Level(10, 12), 19, 21, 19, 21, 21, 10, 10, 10, 20, 21, 22];
        Assert.Equal([12], XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_OpposingRunStartingAfterTheCandidatePeriod_DoesNotCount()
    {
        // candidate at 12: 19, 21, 19, 21, 19, 21 (mean 20, last point above it); points 18..21 are below 20 but that run
        // starts after the candidate period, so the candidate is accepted; against 20 it would trigger at 18, but fewer
        // than 6 points remain
        double[] x = [.. Level(10, 12), 19, 21, 19, 21, 19, 21, 15, 15, 15, 15];
        Assert.Equal([12], XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_TwoSteps_TwoPeriods()
    {
        double[] x = [.. Level(10, 12), .. Level(20, 12), .. Level(30, 12)];
        Assert.Equal([12, 24], XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_SteadyRise_PeriodsOfTheMinimumLength()
    {
        // 0, 1, ..., 35 with periods of 12 and runs of 7: centre 5.5, trigger at 12; candidate mean 17.5 has 6 points below
        // it (12..17), one short of a run; accepted. Against 17.5, trigger at 24 with 12 points left; candidate mean 29.5,
        // again 6 below: accepted. No room for a third period.
        double[] x = [.. Enumerable.Range(0, 36).Select(i => (double)i)];
        Assert.Equal([12, 24], XmrRebase.StableShifts(x, new SpcOptions(), 12));
    }

    [Fact]
    public void StableShifts_ShiftTooLate_NoPeriodForIt()
    {
        // the shift starts 5 points from the end: a candidate period of 6 cannot be formed
        double[] x = [.. Level(10, 14), 20, 20, 20, 20, 20];
        Assert.Empty(XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_FewerThanTwoPeriods_NoRebase()
    {
        double[] x = [.. Level(10, 6), .. Level(20, 5)];
        Assert.Empty(XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_PointOnTheCentreLine_EndsTheRun()
    {
        // after 12 at level 10: 20, 20, 20, 10 (on the centre), 20, 20, 20, then 9, 11, ...: no run of 4 above 10 anywhere
        double[] x = [.. Level(10, 12), 20, 20, 20, 10, 20, 20, 20, 9, 11, 9, 11, 9, 11, 9, 11];
        Assert.Empty(XmrRebase.StableShifts(x, RunOfFour, 6));
    }

    [Fact]
    public void StableShifts_BadArguments_ExactMessages()
    {
        var period = Assert.Throws<ArgumentException>(() => XmrRebase.StableShifts(new double[30], RunOfFour, 1));
        Assert.StartsWith("A calculation period needs at least 2 points; got 1.", period.Message, StringComparison.Ordinal);
        var run = Assert.Throws<ArgumentException>(() => XmrRebase.StableShifts(new double[30], new SpcOptions { RunLength = 1 }, 6));
        Assert.StartsWith("RunLength must be at least 2 (Making Data Count uses 7, autospc 8); got 1.", run.Message, StringComparison.Ordinal);
        var nan = Assert.Throws<ArgumentException>(() => XmrRebase.StableShifts([1, double.NaN, 3], RunOfFour, 6));
        Assert.StartsWith("Value 1 is NaN; the series must be complete.", nan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StableShifts_RebaseIndicesAreValidForTheChart()
    {
        double[] x = [.. Level(10, 12), .. Level(20, 12), .. Level(30, 12)];
        var at = XmrRebase.StableShifts(x, RunOfFour, 6);
        var r = XmrChart.Evaluate(x, new SpcOptions { RebaseAt = at });
        Assert.Equal([10.0, 20.0, 30.0], new[] { r.Points[0].Mean, r.Points[12].Mean, r.Points[35].Mean });
        Assert.All(r.Points, p => Assert.False(p.SpecialCause));
    }
}
