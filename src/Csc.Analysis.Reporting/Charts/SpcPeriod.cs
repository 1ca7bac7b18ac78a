namespace Csc.Analysis.Reporting.Charts;

/// <summary>
/// One period of an SPC chart whose limits were re-established: the x indexes it covers, From to To inclusive, and its
/// centre line and process limits.
/// </summary>
/// <param name="From">The first x index of the period (0-based, inclusive).</param>
/// <param name="To">The last x index of the period (inclusive).</param>
/// <param name="Mean">The period's centre line.</param>
/// <param name="LowerLimit">The period's lower process limit.</param>
/// <param name="UpperLimit">The period's upper process limit.</param>
public sealed record SpcPeriod(int From, int To, double Mean, double LowerLimit, double UpperLimit);
