using Csc.Analysis.Statistics.Decomposition;
using Csc.Analysis.Statistics.Series;
using Csc.Analysis.Statistics.Tests.Reference;

namespace Csc.Analysis.Statistics.Tests.Decomposition;

public sealed class StlOptionsTests
{
    [Fact]
    public void Resolve_RDefaultsMonthlyWindow7_FollowsRFormulas()
    {
        // t.window = nextodd(ceiling(1.5 * 12 / (1 - 1.5 / 7))) = nextodd(ceiling(22.909)) = 23; l.window = nextodd(12) = 13;
        // jumps ceiling(7/10) = 1, ceiling(23/10) = 3, ceiling(13/10) = 2; inner 2, outer 0.
        var p = new StlOptions { Period = 12, SeasonalWindow = 7 }.Resolve(60);
        Assert.Equal(new StlParameters(12, 7, 0, 1, 23, 1, 3, 13, 1, 2, 2, 0, false, false, StlDefaults.R), p);
    }

    [Fact]
    public void Resolve_RPeriodic_WindowTenNPlusOneDegreeZero()
    {
        // s.window = 10 * 60 + 1 = 601, s.jump = ceiling(601/10) = 61; t.window = nextodd(ceiling(18 / (1 - 1.5/601))) = 19.
        var p = new StlOptions { Period = 12, PeriodicSeasonal = true }.Resolve(60);
        Assert.Equal((601, 0, 61, 19, 2), (p.SeasonalWindow, p.SeasonalDegree, p.SeasonalJump, p.TrendWindow, p.TrendJump));
        Assert.True(p.PeriodicSeasonal);
    }

    [Fact]
    public void Resolve_RRobust_InnerOneOuterFifteen()
    {
        var p = new StlOptions { Period = 12, SeasonalWindow = 7, Robust = true }.Resolve(60);
        Assert.Equal((1, 15), (p.InnerIterations, p.OuterIterations));
    }

    [Fact]
    public void Resolve_StatsmodelsDefaults_Window7DegreesOneJumpsOne()
    {
        // low_pass = smallest odd > 12 = 13; trend 23 as R; inner 5 non-robust.
        var p = new StlOptions { Period = 12, Defaults = StlDefaults.Statsmodels }.Resolve(60);
        Assert.Equal(new StlParameters(12, 7, 1, 1, 23, 1, 1, 13, 1, 1, 5, 0, false, false, StlDefaults.Statsmodels), p);
    }

    [Fact]
    public void Resolve_StatsmodelsOddPeriod_LowPassAbovePeriod()
    {
        // period 7: statsmodels low_pass = 9 (smallest odd > 7); R's nextodd(7) = 7.
        Assert.Equal(9, new StlOptions { Period = 7, Defaults = StlDefaults.Statsmodels }.Resolve(50).LowPassWindow);
        Assert.Equal(7, new StlOptions { Period = 7, SeasonalWindow = 7 }.Resolve(50).LowPassWindow);
    }

    [Fact]
    public void Resolve_StatsmodelsPeriodic_UsesRRuleWithStatsmodelsIterations()
    {
        // statsmodels has no periodic option: the window is R's 10 * n + 1 with degree 0, jumps stay 1, inner 5.
        var p = new StlOptions { Period = 12, PeriodicSeasonal = true, Defaults = StlDefaults.Statsmodels }.Resolve(36);
        Assert.Equal((361, 0, 1, 5), (p.SeasonalWindow, p.SeasonalDegree, p.SeasonalJump, p.InnerIterations));
    }

    [Fact]
    public void Resolve_RWithoutSeasonalWindow_SaysWhatToSet()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12 }.Resolve(60));
        Assert.Equal("R's stl needs a seasonal window: set SeasonalWindow (an odd number ≥ 3; 7 or more is usual, larger means a steadier seasonal pattern) or PeriodicSeasonal = true for the same pattern every cycle.", ex.Message);
    }

    [Theory]
    [InlineData(1, "The seasonal window must be a whole number of at least 2 (got 1; an even one is fitted as the next odd number, as R's stl does): use 3.")]
    [InlineData(-4, "The seasonal window must be a whole number of at least 2 (got -4; an even one is fitted as the next odd number, as R's stl does): use 3.")]
    public void Resolve_RSeasonalWindowBelowTwo_Refused(int window, string message)
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12, SeasonalWindow = window }.Resolve(60));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData(12, "The seasonal window must be an odd whole number of at least 3 (got 12; statsmodels refuses even windows): use 13.")]
    [InlineData(1, "The seasonal window must be an odd whole number of at least 3 (got 1; statsmodels refuses even windows): use 3.")]
    public void Resolve_StatsmodelsBadSeasonalWindow_Refused(int window, string message)
    {
        var ex = Assert.Throws<DecompositionException>(
            () => new StlOptions { Period = 12, SeasonalWindow = window, Defaults = StlDefaults.Statsmodels }.Resolve(60));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Resolve_StatsmodelsEvenTrendWindow_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(
            () => new StlOptions { Period = 12, SeasonalWindow = 7, TrendWindow = 50, Defaults = StlDefaults.Statsmodels }.Resolve(60));
        Assert.Equal("The trend window must be an odd whole number of at least 3 (got 50; statsmodels refuses even windows): use 51.", ex.Message);
    }

    [Fact]
    public void Resolve_REvenTrendWindow_FitsNextOddWithJumpOfTheEvenWindow()
    {
        var p = new StlOptions { Period = 12, SeasonalWindow = 7, TrendWindow = 50 }.Resolve(60);

        // R: stl(x, s.window = 7, t.window = 50) fits t.window 51 with t.jump = ceiling(50 / 10) = 5 (51 alone would give 6).
        Assert.Equal((51, 5), (p.TrendWindow, p.TrendJump));
        Assert.Equal([new StlWindowRounding(StlWindow.Trend, 50, 51)], p.RoundedWindows);
    }

    [Fact]
    public void Resolve_REvenSeasonalWindow_DefaultTrendWindowFromTheEvenWindow()
    {
        var p = new StlOptions { Period = 12, SeasonalWindow = 10, LowPassWindow = 2 }.Resolve(60);

        // t.window = nextodd(ceiling(18 / (1 - 1.5 / 10))) = nextodd(22) = 23 (with 11: nextodd(21) = 21); l.window 2 -> 3.
        Assert.Equal((11, 1, 23, 3, 3, 1), (p.SeasonalWindow, p.SeasonalJump, p.TrendWindow, p.TrendJump, p.LowPassWindow, p.LowPassJump));
        Assert.Equal([new StlWindowRounding(StlWindow.Seasonal, 10, 11), new StlWindowRounding(StlWindow.LowPass, 2, 3)], p.RoundedWindows);
    }

    [Fact]
    public void Resolve_ROddWindows_NothingRounded()
    {
        Assert.Empty(new StlOptions { Period = 12, SeasonalWindow = 7, TrendWindow = 21 }.Resolve(60).RoundedWindows);
    }

    [Fact]
    public void Resolve_DegreeTwo_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12, SeasonalWindow = 7, LowPassDegree = 2 }.Resolve(60));
        Assert.Equal("The low-pass degree must be 0 (locally constant) or 1 (locally linear), got 2.", ex.Message);
    }

    [Fact]
    public void Resolve_ZeroJump_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12, SeasonalWindow = 7, TrendJump = 0 }.Resolve(60));
        Assert.Equal("The trend jump must be at least 1 (got 0): 1 evaluates the smoother at every point.", ex.Message);
    }

    [Fact]
    public void Resolve_PeriodOne_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 1, SeasonalWindow = 7 }.Resolve(60));
        Assert.Equal("The period must be at least 2 observations per cycle (got 1): use 12 for monthly data with a yearly pattern, 4 for quarterly.", ex.Message);
    }

    [Fact]
    public void Resolve_PeriodicWithWindow_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12, SeasonalWindow = 7, PeriodicSeasonal = true }.Resolve(60));
        Assert.Equal("Both a seasonal window (7) and a periodic seasonal were asked for: choose one (periodic means the same seasonal pattern every cycle).", ex.Message);
    }

    [Fact]
    public void Resolve_PeriodicWithDegreeOne_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12, PeriodicSeasonal = true, SeasonalDegree = 1 }.Resolve(60));
        Assert.Equal("A periodic seasonal is a cycle-position mean (degree 0), but seasonal degree 1 was asked for: leave the seasonal degree unset or set it to 0.", ex.Message);
    }

    [Fact]
    public void Resolve_NegativeOuter_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => new StlOptions { Period = 12, SeasonalWindow = 7, OuterIterations = -1 }.Resolve(60));
        Assert.Equal("The number of outer (robustness) iterations cannot be negative (got -1): use 0 for no robustness weights, 15 for robust fitting.", ex.Message);
    }
}

public sealed class StlTests
{
    private static readonly StlOptions Monthly = new() { Period = 12, SeasonalWindow = 7 };

    [Fact]
    public void Decompose_FewerThanTwoPeriods_SaysWhyAndWhatToDo()
    {
        var ex = Assert.Throws<DecompositionException>(() => Stl.Decompose(new double[23], Monthly));
        Assert.Equal("STL needs at least two full periods: the series has 23 value(s) but period 12 needs at least 24. "
            + "A seasonal pattern cannot be estimated from less than two cycles: supply a longer series, or report it without decomposition.", ex.Message);
    }

    [Fact]
    public void Decompose_MissingValues_PointsToInterpolation()
    {
        var values = Enumerable.Range(0, 36).Select(i => (double)i).ToArray();
        values[5] = double.NaN;
        values[9] = double.NaN;
        var ex = Assert.Throws<DecompositionException>(() => Stl.Decompose(values, Monthly));
        Assert.Equal("The series has 2 missing (NaN) value(s), the first at index 5: STL needs a complete series. "
            + "Fill the gaps first with Interpolation.FillGaps (linear interpolation; the imputed points are flagged), or trim missing values at the ends.", ex.Message);
    }

    [Fact]
    public void Decompose_AfterFillGaps_Works()
    {
        var values = Enumerable.Range(0, 36).Select(i => 10 + Math.Sin(i * Math.PI / 6)).ToArray();
        values[5] = double.NaN;
        var filled = Interpolation.FillGaps(values);
        var result = Stl.Decompose(filled.Values, Monthly);
        Assert.Equal(36, result.Count);
        Assert.True(filled.Imputed[5]);
    }

    [Fact]
    public void Decompose_Infinite_Refused()
    {
        var values = new double[24];
        values[3] = double.NegativeInfinity;
        var ex = Assert.Throws<DecompositionException>(() => Stl.Decompose(values, Monthly));
        Assert.Equal("The value at index 3 is infinite: STL needs finite values. Correct the input value.", ex.Message);
    }

    [Fact]
    public void Decompose_ExactlyTwoPeriods_Accepted()
    {
        // R's stl refuses n <= 2 * period; two full periods are enough here (statsmodels accepts them too).
        var values = Enumerable.Range(0, 24).Select(i => i % 12 == 3 ? 5.0 : 1.0).ToArray();
        Assert.Equal(24, Stl.Decompose(values, Monthly).Count);
    }

    [Fact]
    public void Decompose_ComponentsAddUpToObserved()
    {
        var (_, values) = ReferenceData.Series("syn60outliers");
        var result = Stl.Decompose(values, Monthly with { Robust = true });
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], result.Seasonal[i] + result.Trend[i] + result.Remainder[i], 1e-12);
        }
    }

    [Fact]
    public void Decompose_Robust_OutliersGetLowWeights()
    {
        // syn60outliers has outliers of +60, -45 and +80 at R positions 8, 27 and 51, indices 7, 26 and 50 (generate_stl.R).
        var (_, values) = ReferenceData.Series("syn60outliers");
        var result = Stl.Decompose(values, Monthly with { Robust = true });
        Assert.All(new[] { 7, 26, 50 }, i => Assert.Equal(0.0, result.Weights[i]));
        Assert.True(result.Weights.Count(w => w > 0.5) > 50);
    }

    [Fact]
    public void Decompose_NonRobust_WeightsAllOne()
    {
        var (_, values) = ReferenceData.Series("syn36");
        Assert.All(Stl.Decompose(values, Monthly).Weights, w => Assert.Equal(1.0, w));
    }

    [Fact]
    public void Decompose_Periodic_SeasonalRepeatsExactly()
    {
        var (_, values) = ReferenceData.Series("nottem");
        var result = Stl.Decompose(values, new StlOptions { Period = 12, PeriodicSeasonal = true });
        for (var i = 12; i < values.Length; i++)
        {
            Assert.Equal(result.Seasonal[i - 12], result.Seasonal[i]);
        }
        Assert.Equal(result.Seasonal.Take(12), result.SeasonalFigure(), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Decompose_InputNotModifiedAndObservedIsCopy()
    {
        var (_, values) = ReferenceData.Series("syn36");
        var copy = values.ToArray();
        var result = Stl.Decompose(values, Monthly);
        Assert.Equal(copy, values);
        Assert.NotSame(values, result.Observed);
    }

    [Fact]
    public void DecomposeMany_SameAsOneByOne_SerialAndParallel()
    {
        var names = new[] { "syn36", "syn60outliers", "syn48step", "syn60counts", "co2", "syn25" };
        var series = names.Select(n => ReferenceData.Series(n).Values).ToArray();
        var options = Monthly with { Robust = true };
        var single = series.Select(s => Stl.Decompose(s, options)).ToArray();
        foreach (var parallel in new[] { false, true })
        {
            var many = Stl.DecomposeMany(series, options, parallel);
            Assert.Equal(series.Length, many.Length);
            for (var i = 0; i < series.Length; i++)
            {
                Assert.Equal(single[i].Seasonal, many[i].Seasonal);
                Assert.Equal(single[i].Trend, many[i].Trend);
                Assert.Equal(single[i].Weights, many[i].Weights);
                Assert.Equal(single[i].Parameters, many[i].Parameters);
            }
        }
    }

    [Fact]
    public void DecomposeMany_PeriodicDifferentLengths_ParametersPerLength()
    {
        var a = ReferenceData.Series("syn36").Values;
        var b = ReferenceData.Series("syn60counts").Values;
        var results = Stl.DecomposeMany([a, b, a], new StlOptions { Period = 12, PeriodicSeasonal = true });
        Assert.Equal([361, 601, 361], results.Select(r => ((StlParameters)r.Parameters).SeasonalWindow));
    }

    [Fact]
    public void DecomposeMany_BadSeries_NamesIndexBeforeAnyWork()
    {
        var good = ReferenceData.Series("syn36").Values;
        var ex = Assert.Throws<DecompositionException>(() => Stl.DecomposeMany([good, new double[10]], Monthly));
        Assert.StartsWith("Series 1: STL needs at least two full periods: the series has 10 value(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecomposeMany_NullSeries_Refused()
    {
        var ex = Assert.Throws<DecompositionException>(() => Stl.DecomposeMany([new double[24], null!], Monthly));
        Assert.Equal("Series 1 is null: supply an array of values.", ex.Message);
    }

    [Fact]
    public void DecomposeMany_Empty_ReturnsEmpty() => Assert.Empty(Stl.DecomposeMany([], Monthly, parallel: true));

    [Fact]
    public void Decompose_ConstantSeries_FlatTrendZeroSeasonal()
    {
        var result = Stl.Decompose(Enumerable.Repeat(7.0, 48).ToArray(), Monthly with { Robust = true });
        Assert.All(result.Trend, t => Assert.Equal(7.0, t, 1e-12));
        Assert.All(result.Seasonal, s => Assert.Equal(0.0, s, 1e-12));
        Assert.All(result.Weights, w => Assert.Equal(1.0, w));
    }

    [Fact]
    public void Decompose_TwoCyclesLocallyLinearSeasonal_ExactFitKeepsWeightsOne()
    {
        // With 24 months and statsmodels' seasonal degree 1, each two-point cycle-subseries is fitted exactly, so every
        // remainder is rounding noise; statsmodels would derive weights from that noise (0.5625, 0.79, 0 ...), here they stay 1.
        var (_, values) = ReferenceData.Series("syn24");
        var result = Stl.Decompose(values, new StlOptions { Period = 12, Defaults = StlDefaults.Statsmodels, Robust = true });
        Assert.All(result.Remainder, r => Assert.True(Math.Abs(r) < 1e-10));
        Assert.All(result.Weights, w => Assert.Equal(1.0, w));
    }

    [Fact]
    public void Decompose_LongSeries_Completes()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => 100 + 0.01 * i + 10 * Math.Sin(i * Math.PI / 6) + (i * 7919 % 13) / 13.0).ToArray();
        var result = Stl.Decompose(values, Monthly with { Robust = true });
        Assert.Equal(10_000, result.Count);
        Assert.All(result.Trend, t => Assert.True(double.IsFinite(t)));
    }
}
