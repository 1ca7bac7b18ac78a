using System.Globalization;

namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>Whose defaults fill the STL parameters that are not given.</summary>
public enum StlDefaults
{
    /// <summary>
    /// R's <c>stats::stl</c>: the seasonal window is required (or periodic); seasonal degree 0; trend window
    /// nextodd(ceiling(1.5·period / (1 − 1.5/seasonal window))); trend degree 1; low-pass window nextodd(period);
    /// low-pass degree = trend degree; jumps ceiling(window / 10); inner 2 (1 if robust); outer 0 (15 if robust).
    /// An even window is fitted as the next odd number, as R does (see <see cref="StlWindowRounding"/>), while the default
    /// jumps and the default trend window are computed from the even number, as R computes them.
    /// </summary>
    R = 0,

    /// <summary>
    /// statsmodels' <c>STL</c> (0.13): seasonal window 7; all degrees 1; trend window the smallest odd integer ≥
    /// ceiling(1.5·period / (1 − 1.5/seasonal window)); low-pass window the smallest odd integer &gt; period; jumps 1;
    /// inner 5 (2 if robust); outer 0 (15 if robust). An even window is refused, as statsmodels refuses it.
    /// </summary>
    Statsmodels = 1,
}

/// <summary>
/// What to ask of <see cref="Stl"/>: the period and any parameters to set; the rest follow <see cref="Defaults"/>.
/// <see cref="Resolve"/> shows the effective parameters for a series length.
/// </summary>
/// <example><code>
/// var r = Stl.Decompose(values, new StlOptions { Period = 12, SeasonalWindow = 7 });          // like stl(x, s.window = 7)
/// var p = Stl.Decompose(values, new StlOptions { Period = 12, PeriodicSeasonal = true });    // stl(x, "periodic")
/// var s = Stl.Decompose(values, new StlOptions { Period = 12, Defaults = StlDefaults.Statsmodels, Robust = true });
/// </code></example>
public sealed record StlOptions
{
    /// <summary>Observations per seasonal cycle: 12 for monthly data with a yearly pattern. At least 2.</summary>
    public required int Period { get; init; }

    /// <summary>
    /// Seasonal loess span in observations (cycles of the subseries): odd, ≥ 3; 7 or more is usual. Required with R defaults
    /// unless <see cref="PeriodicSeasonal"/>; with R defaults an even span is fitted as the next odd one.
    /// </summary>
    public int? SeasonalWindow { get; init; }

    /// <summary>
    /// A seasonal pattern that is the same every cycle (R's <c>s.window = "periodic"</c>): seasonal window 10·n + 1, degree 0,
    /// then each cycle position replaced by its mean.
    /// </summary>
    public bool PeriodicSeasonal { get; init; }

    /// <summary>Seasonal loess degree, 0 or 1.</summary>
    public int? SeasonalDegree { get; init; }

    /// <summary>Seasonal loess evaluation step (≥ 1).</summary>
    public int? SeasonalJump { get; init; }

    /// <summary>Trend loess span in observations (odd, ≥ 3; with R defaults an even span is fitted as the next odd one).</summary>
    public int? TrendWindow { get; init; }

    /// <summary>Trend loess degree, 0 or 1.</summary>
    public int? TrendDegree { get; init; }

    /// <summary>Trend loess evaluation step (≥ 1).</summary>
    public int? TrendJump { get; init; }

    /// <summary>Low-pass loess span in observations (odd, ≥ 3; with R defaults an even span is fitted as the next odd one).</summary>
    public int? LowPassWindow { get; init; }

    /// <summary>Low-pass loess degree, 0 or 1.</summary>
    public int? LowPassDegree { get; init; }

    /// <summary>Low-pass loess evaluation step (≥ 1).</summary>
    public int? LowPassJump { get; init; }

    /// <summary>Backfitting passes per outer iteration (≥ 1).</summary>
    public int? InnerIterations { get; init; }

    /// <summary>Robustness iterations (≥ 0).</summary>
    public int? OuterIterations { get; init; }

    /// <summary>Robust fitting: changes the iteration defaults so that outliers get low weights (bisquare of |remainder| / (6 × median |remainder|)).</summary>
    public bool Robust { get; init; }

    /// <summary>Whose defaults apply to what is not set.</summary>
    public StlDefaults Defaults { get; init; } = StlDefaults.R;

    /// <summary>The effective parameters for a series of <paramref name="length"/> values (the periodic seasonal window depends on it).</summary>
    /// <remarks>Even windows under <see cref="StlDefaults.R"/> are listed in <see cref="StlParameters.RoundedWindows"/>.</remarks>
    /// <exception cref="DecompositionException">A parameter is out of range; the message names it and says what to use.</exception>
    public StlParameters Resolve(int length)
    {
        if (Period < 2)
        {
            throw new DecompositionException(
                $"The period must be at least 2 observations per cycle (got {Format(Period)}): use 12 for monthly data with a yearly pattern, 4 for quarterly.");
        }
        if (Defaults is not (StlDefaults.R or StlDefaults.Statsmodels))
        {
            throw new DecompositionException($"Unknown STL defaults '{Defaults}': use StlDefaults.R or StlDefaults.Statsmodels.");
        }
        var rounded = new List<StlWindowRounding>(3);
        int seasonalWindow;
        int seasonalDegree;
        int seasonalJumpBase;
        if (PeriodicSeasonal)
        {
            if (SeasonalWindow is { } given)
            {
                throw new DecompositionException(
                    $"Both a seasonal window ({Format(given)}) and a periodic seasonal were asked for: choose one (periodic means the same seasonal pattern every cycle).");
            }
            if (SeasonalDegree is { } degree && degree != 0)
            {
                throw new DecompositionException(
                    $"A periodic seasonal is a cycle-position mean (degree 0), but seasonal degree {Format(degree)} was asked for: leave the seasonal degree unset or set it to 0.");
            }
            seasonalWindow = checked(10 * length + 1);
            seasonalJumpBase = seasonalWindow;
            seasonalDegree = 0;
        }
        else
        {
            if (SeasonalWindow is not { } window)
            {
                if (Defaults == StlDefaults.R)
                {
                    throw new DecompositionException(
                        "R's stl needs a seasonal window: set SeasonalWindow (an odd number ≥ 3; 7 or more is usual, larger means a steadier seasonal pattern) or PeriodicSeasonal = true for the same pattern every cycle.");
                }
                window = 7;
            }
            seasonalJumpBase = window;
            seasonalWindow = CheckWindow(window, StlWindow.Seasonal, rounded);
            seasonalDegree = CheckDegree(SeasonalDegree ?? (Defaults == StlDefaults.R ? 0 : 1), "seasonal degree");
        }

        // R derives the default trend window and the default jumps from the windows as given, even ones included.
        var trendRequested = TrendWindow ?? DefaultTrendWindow(Period, seasonalJumpBase);
        var trendWindow = CheckWindow(trendRequested, StlWindow.Trend, rounded);
        var trendDegree = CheckDegree(TrendDegree ?? 1, "trend degree");
        var lowPassRequested = LowPassWindow ?? (Defaults == StlDefaults.R ? NextOdd(Period) : NextOdd(Period + 1));
        var lowPassWindow = CheckWindow(lowPassRequested, StlWindow.LowPass, rounded);
        var lowPassDegree = CheckDegree(LowPassDegree ?? (Defaults == StlDefaults.R ? trendDegree : 1), "low-pass degree");
        var seasonalJump = CheckJump(SeasonalJump ?? DefaultJump(seasonalJumpBase), "seasonal jump");
        var trendJump = CheckJump(TrendJump ?? DefaultJump(trendRequested), "trend jump");
        var lowPassJump = CheckJump(LowPassJump ?? DefaultJump(lowPassRequested), "low-pass jump");
        var inner = InnerIterations ?? (Defaults == StlDefaults.R ? (Robust ? 1 : 2) : (Robust ? 2 : 5));
        if (inner < 1)
        {
            throw new DecompositionException($"The number of inner iterations must be at least 1 (got {Format(inner)}): 2 is usual (1 with robust fitting).");
        }
        var outer = OuterIterations ?? (Robust ? 15 : 0);
        if (outer < 0)
        {
            throw new DecompositionException($"The number of outer (robustness) iterations cannot be negative (got {Format(outer)}): use 0 for no robustness weights, 15 for robust fitting.");
        }
        return new StlParameters(Period, seasonalWindow, seasonalDegree, seasonalJump, trendWindow, trendDegree, trendJump,
            lowPassWindow, lowPassDegree, lowPassJump, inner, outer, Robust, PeriodicSeasonal, Defaults)
        {
            RoundedWindows = rounded.Count == 0 ? StlParameters.NoRoundedWindows : rounded.ToArray(),
        };

        int DefaultJump(int window) => Defaults == StlDefaults.R ? (int)Math.Ceiling(window / 10.0) : 1;
    }

    /// <summary>nextodd(ceiling(1.5·period / (1 − 1.5/seasonalWindow))): the trend window both R and statsmodels use by default.</summary>
    public static int DefaultTrendWindow(int period, int seasonalWindow)
        => NextOdd((int)Math.Ceiling(1.5 * period / (1 - 1.5 / seasonalWindow)));

    /// <summary><paramref name="value"/> if odd, else <paramref name="value"/> + 1.</summary>
    public static int NextOdd(int value) => value % 2 == 0 ? value + 1 : value;

    private int CheckWindow(int window, StlWindow which, List<StlWindowRounding> rounded)
    {
        var name = which switch
        {
            StlWindow.Seasonal => "seasonal window",
            StlWindow.Trend => "trend window",
            _ => "low-pass window",
        };
        if (window % 2 == 0 && window >= 2 && Defaults == StlDefaults.R)
        {
            // R's stl hands the window to its Fortran routine, which fits with the next odd number.
            rounded.Add(new StlWindowRounding(which, window, window + 1));
            return window + 1;
        }
        if (window < 3 || window % 2 == 0)
        {
            var suggestion = Math.Max(3, NextOdd(window));
            var rule = Defaults == StlDefaults.R
                ? $"The {name} must be a whole number of at least 2 (got {Format(window)}; an even one is fitted as the next odd number, as R's stl does)"
                : $"The {name} must be an odd whole number of at least 3 (got {Format(window)}; statsmodels refuses even windows)";
            throw new DecompositionException($"{rule}: use {Format(suggestion)}.");
        }
        return window;
    }

    private static int CheckDegree(int degree, string name)
    {
        if (degree is not (0 or 1))
        {
            throw new DecompositionException($"The {name} must be 0 (locally constant) or 1 (locally linear), got {Format(degree)}.");
        }
        return degree;
    }

    private static int CheckJump(int jump, string name)
    {
        if (jump < 1)
        {
            throw new DecompositionException($"The {name} must be at least 1 (got {Format(jump)}): 1 evaluates the smoother at every point.");
        }
        return jump;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
