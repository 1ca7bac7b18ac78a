using Csc.Analysis.Domain;

namespace Csc.Analysis.Disproportionality;

/// <summary>
/// A cohort's children by ethnicity group against the population (<see cref="DisproportionalityAnalysis.Analyse"/>).
/// <see cref="Groups"/> holds White British, then every group with children in the cohort or a population figure, in
/// <see cref="EthnicityGroups.All"/> order; <see cref="TotalChildren"/> counts every child of the cohort, against the population's total.
/// </summary>
public sealed record DisproportionalityResult
{
    /// <summary>The cohort counted.</summary>
    public required DisproportionalityCohort Cohort { get; init; }

    /// <summary>The period's first day.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The period's last day.</summary>
    public required DateOnly To { get; init; }

    /// <summary>The significance level applied.</summary>
    public required double Alpha { get; init; }

    /// <summary>Where the population came from.</summary>
    public required string PopulationSource { get; init; }

    /// <summary>The groups, White British first.</summary>
    public required IReadOnlyList<DisproportionalityRow> Groups { get; init; }

    /// <summary>All children of the cohort, whatever their ethnicity.</summary>
    public required long TotalChildren { get; init; }

    /// <summary>The population file's total over the groups it gives; null when it gives none.</summary>
    public required long? TotalPopulation { get; init; }

    /// <summary>All children × 10,000 ÷ the population's total (the cohort's overall rate); null without a population.</summary>
    public required double? TotalRatePer10k { get; init; }

    /// <summary>Children of the cohort with no child record (counted as not recorded).</summary>
    public required int ChildrenWithoutRecord { get; init; }

    /// <summary>Problems found comparing the cohort with the population (no reference rate, more children than population).</summary>
    public required IReadOnlyList<DataIssue> Issues { get; init; }
}
