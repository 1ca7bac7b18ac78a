using Csc.Analysis.Domain;

namespace Csc.Analysis.Investigations;

/// <summary>The ICPCs one worker recorded that a rule flagged (see <see cref="IcpcRecordingSummaries.FlaggedWorkers"/>).</summary>
public sealed record FlaggedWorker
{
    /// <summary>The worker's team.</summary>
    public required string Team { get; init; }

    /// <summary>The worker.</summary>
    public required string Worker { get; init; }

    /// <summary>Flagged ICPCs.</summary>
    public required int Rows { get; init; }

    /// <summary>The month of the first flagged ICPC.</summary>
    public required ReportingMonth FirstMonth { get; init; }
}
