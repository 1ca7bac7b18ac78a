using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Loading;

/// <summary>
/// The population by ethnicity a report compares with (<see cref="EthnicityPopulationFile.Open"/>): the figures, the file
/// they came from, the located issues of its rows, and when there are no figures the sentence saying why.
/// </summary>
public sealed record EthnicityPopulationSource
{
    /// <summary>The figures; null when no file was given or found, or the file could not be read (see <see cref="Absent"/>).</summary>
    public EthnicityPopulation? Population { get; init; }

    /// <summary>The file read; null when none was given or found.</summary>
    public string? Path { get; init; }

    /// <summary>The file's rows that could not be used, located.</summary>
    public IReadOnlyList<DataIssue> Issues { get; init; } = [];

    /// <summary>Why there are no figures when a file was read but gave none; null otherwise (no file at all: the report's own sentence).</summary>
    public string? Absent { get; init; }
}
