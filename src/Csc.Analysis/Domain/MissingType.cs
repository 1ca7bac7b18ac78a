namespace Csc.Analysis.Domain;

/// <summary>Whether an episode is missing or absent (missing_episodes.csv <c>missing_or_absent</c>: M or A).</summary>
public enum MissingType
{
    /// <summary>M: missing, whereabouts unknown.</summary>
    Missing,

    /// <summary>A: absent, away from placement without permission, whereabouts known.</summary>
    Absent,
}
