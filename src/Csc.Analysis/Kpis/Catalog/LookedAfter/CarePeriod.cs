namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// A period of care of one child in a <see cref="CareHistory"/>: from the first episode's start to the last
/// episode's end (null while open), with the positions of its episodes and month segments in the history.
/// </summary>
/// <param name="ChildKey">The child's key in the run.</param>
/// <param name="ChildId">The child.</param>
/// <param name="Start">The day the period started (its first episode's start).</param>
/// <param name="End">The day it ended, or null while the child is looked after.</param>
/// <param name="FirstEpisode">The position of its first episode in <see cref="CareHistory.Episodes"/>.</param>
/// <param name="LastEpisode">The position of its last episode.</param>
/// <param name="FirstSegment">The position of its first month segment.</param>
/// <param name="LastSegment">The position of its last month segment (before <paramref name="FirstSegment"/> when it is open at no month end).</param>
internal readonly record struct CarePeriod(
    int ChildKey,
    string ChildId,
    DateOnly Start,
    DateOnly? End,
    int FirstEpisode,
    int LastEpisode,
    int FirstSegment,
    int LastSegment);
