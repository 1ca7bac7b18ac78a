namespace Csc.Analysis.Domain;

/// <summary>
/// A looked-after episode in SSDA903 terms (lac_episodes.csv): a new episode at each change of
/// placement or legal status. Episodes with legal status V3 or V4 (short breaks) are not counted as
/// looked after.
/// </summary>
/// <param name="EpisodeId">The episode's id.</param>
/// <param name="ChildId">The child.</param>
/// <param name="StartDate">The day the episode started (SSDA903 DECOM).</param>
/// <param name="EndDate">The day it ceased (not open on it); null while open.</param>
/// <param name="ReasonNewEpisode">SSDA903 RNE, the reason for the new episode (S, L, P, T, U, B); null when blank.</param>
/// <param name="LegalStatus">SSDA903 LS, the legal status (C1, C2, V2, V3, V4, E1, ...).</param>
/// <param name="CategoryOfNeed">SSDA903 CIN, the category of need (N1 to N8); null when blank.</param>
/// <param name="PlacementType">SSDA903 PLACE, the placement type; null when blank.</param>
/// <param name="PlacementProvider">SSDA903 PLACE_PROVIDER; null when blank.</param>
/// <param name="PlacementPostcode">The placement's postcode; null when blank.</param>
/// <param name="PlacementDistanceMiles">Distance from home to placement in miles; null when not known.</param>
/// <param name="PlacementInsideLa">Whether the placement is inside the council's area; null when not known.</param>
/// <param name="ReasonCeased">SSDA903 REC, the reason the episode ceased; null while open.</param>
public sealed record LacEpisode(
    string EpisodeId,
    string ChildId,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? ReasonNewEpisode,
    string LegalStatus,
    string? CategoryOfNeed,
    string? PlacementType,
    string? PlacementProvider,
    string? PlacementPostcode,
    double? PlacementDistanceMiles,
    bool? PlacementInsideLa,
    string? ReasonCeased) : IOpenEnded, ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>Legal status V3 or V4: a short break, excluded from looked-after counts.</summary>
    public bool IsShortBreak => LegalStatus is "V3" or "V4";

    /// <summary>The record's id for <see cref="IOpenEnded"/>: EpisodeId.</summary>
    string IOpenEnded.RecordId => EpisodeId;
}
