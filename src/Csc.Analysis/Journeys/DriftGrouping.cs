namespace Csc.Analysis.Journeys;

/// <summary>How <see cref="DriftSummary"/> rows split the children.</summary>
public enum DriftGrouping
{
    /// <summary>All children together (group empty).</summary>
    All,

    /// <summary>By the financial year (April to March, "2016/17") of the later step.</summary>
    Year,

    /// <summary>By the team of the earlier step's record (the referral's, or the CP plan's); "(none)" when not recorded.</summary>
    Team,
}
