using Csc.Analysis.Statistics.RateComparison;

namespace Csc.Analysis.Disproportionality;

/// <summary>What <see cref="DisproportionalityAnalysis.Analyse"/> compares.</summary>
public sealed record DisproportionalityOptions
{
    /// <summary>The children counted.</summary>
    public required DisproportionalityCohort Cohort { get; init; }

    /// <summary>The period's first day (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>The period's last day (inclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>The population by ethnicity group.</summary>
    public required EthnicityPopulation Population { get; init; }

    /// <summary>A group differs significantly from White British when the test's p-value is below this; default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>The rule between chi-square and Fisher's exact test and the interval's level; default <see cref="TwoByTwoOptions.Default"/>.</summary>
    public TwoByTwoOptions Test { get; init; } = TwoByTwoOptions.Default;
}
