namespace Csc.Analysis.Statistics.RateComparison;

/// <summary>Options for <see cref="TwoByTwoTest.Compare"/>.</summary>
public sealed record TwoByTwoOptions
{
    /// <summary>
    /// The rule between the tests: when any of the four expected counts (row total × column total ÷ grand total) is
    /// below this, Fisher's exact test is used, else the chi-square test. Default 5 (Cochran's rule); 0 or less never
    /// uses the exact test.
    /// </summary>
    public double MinimumExpected { get; init; } = 5;

    /// <summary>Whether the chi-square test applies Yates' continuity correction (default false: the exact test covers the small tables the correction is for).</summary>
    public bool ContinuityCorrection { get; init; }

    /// <summary>The confidence level of the relative rate's interval, in (0, 1); default 0.95.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Exact test when an expected count is below 5, else chi-square without correction; 95% interval.</summary>
    public static TwoByTwoOptions Default { get; } = new();
}
