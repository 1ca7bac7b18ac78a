namespace Csc.Analysis.Statistics.RateComparison;

/// <summary>The test of difference a <see cref="TwoByTwoResult"/> used.</summary>
public enum TwoByTwoMethod
{
    /// <summary>Pearson's chi-square test on 1 degree of freedom, without continuity correction (R <c>chisq.test(correct = FALSE)</c>).</summary>
    ChiSquare,

    /// <summary>Pearson's chi-square test with Yates' continuity correction (R <c>chisq.test()</c>'s default for a 2×2 table).</summary>
    ChiSquareYates,

    /// <summary>Fisher's exact test, two-sided (R <c>fisher.test()</c>: the tables no more probable than the one observed).</summary>
    FisherExact,
}
