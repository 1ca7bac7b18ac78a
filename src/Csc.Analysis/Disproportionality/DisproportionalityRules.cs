using Csc.Analysis.Domain;

namespace Csc.Analysis.Disproportionality;

/// <summary>The data problems disproportionality reports (located issues, never exceptions).</summary>
public static class DisproportionalityRules
{
    /// <summary>A population file whose header lacks the ethnicity or population column, or that is empty.</summary>
    public static DataRule PopulationHeader { get; } = new("DISP_POPULATION_HEADER", IssueSeverity.Error,
        "The population-by-ethnicity file is empty or its header has no ethnicity column or no population (or count) column: nothing was read.");

    /// <summary>A row of the population file that cannot be used.</summary>
    public static DataRule PopulationRow { get; } = new("DISP_POPULATION_ROW", IssueSeverity.Error,
        "A row of the population-by-ethnicity file that cannot be used (an ethnicity that is not a DfE code or group, \"White\" not split into White British and White other, a count that is not a whole number of 0 or more, a group given twice): the row is left out.");

    /// <summary>A group with more children in the cohort than in its population.</summary>
    public static DataRule CohortOverPopulation { get; } = new("DISP_COHORT_OVER_POPULATION", IssueSeverity.Warning,
        "A group has more children in the cohort than its population: the population is wrong or of another area or age range; the rate is shown but the relative rate and the test are left out.");

    /// <summary>No reference rate: White British has no population figure, a population of 0 or no children in the cohort.</summary>
    public static DataRule ReferenceMissing { get; } = new("DISP_REFERENCE_MISSING", IssueSeverity.Warning,
        "White British has no population figure, a population of 0 or no children in the cohort: relative rates, expected counts and tests are left out.");

    /// <summary>Every rule.</summary>
    public static IReadOnlyList<DataRule> All { get; } = [PopulationHeader, PopulationRow, CohortOverPopulation, ReferenceMissing];
}
