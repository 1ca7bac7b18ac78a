namespace Csc.Analysis.Disproportionality;

/// <summary>
/// The population the cohort is compared with, by <see cref="EthnicityGroup"/> (for example the school census
/// headcount or ONS estimates of children by ethnicity): the figures of a population-by-ethnicity file, detailed
/// codes summed into their groups. A group without a figure is absent, not 0.
/// </summary>
public sealed record EthnicityPopulation
{
    /// <summary>The population of each group given.</summary>
    public IReadOnlyDictionary<EthnicityGroup, long> ByGroup { get; init; } = new Dictionary<EthnicityGroup, long>();

    /// <summary>Where the figures came from (the file's name).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The group's population, or null when the file has no figure for it.</summary>
    public long? For(EthnicityGroup group) => ByGroup.TryGetValue(group, out var n) ? n : null;

    /// <summary>The sum over the groups given.</summary>
    public long Total => ByGroup.Values.Sum();
}
