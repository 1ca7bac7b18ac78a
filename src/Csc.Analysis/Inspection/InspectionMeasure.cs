namespace Csc.Analysis.Inspection;

/// <summary>
/// One row of the inspection pack: a figure for an Annex A list. <see cref="Category"/> is empty for a headline
/// figure and names the bin or group otherwise; <see cref="Value"/> is null when the figure cannot be worked out
/// (no denominator, no population, no data).
/// </summary>
/// <param name="List">The Annex A list (<see cref="InspectionLists"/>): contacts, early_help, referrals, ...</param>
/// <param name="MeasureId">The KPI id where the measure is the same as a KPI's, else <c>list_what</c>.</param>
/// <param name="Category">Empty for a headline figure, else the bin or group.</param>
/// <param name="Value">The figure.</param>
/// <param name="Numerator">The numerator of a percentage or rate (the count of a bin or group); null for a plain count or a percentile.</param>
/// <param name="Denominator">The denominator of a percentage or rate; null for a plain count or a percentile.</param>
/// <param name="Unit">The unit.</param>
public sealed record InspectionMeasure(
    string List,
    string MeasureId,
    string Category,
    double? Value,
    long? Numerator,
    long? Denominator,
    InspectionUnit Unit)
{
    /// <summary>
    /// How many durations a percentile (p25, p50, p75) is taken over; null for other measures. Not a column of
    /// inspection.csv: public outputs withhold a percentile of a small cohort, which would describe a few children.
    /// </summary>
    public long? Cohort { get; init; }
}
