using Csc.Analysis.Kpis;
using Microsoft.Data.Analysis;

namespace Csc.Analysis.Interactive.Conversions;

/// <summary>KPI results as Microsoft.Data.Analysis DataFrames, for notebooks.</summary>
public static class KpiDataFrames
{
    /// <summary>
    /// The tidy table as a DataFrame: the columns of <see cref="KpiTable.Columns"/> (kpi_id, month as
    /// "YYYY-MM" text, then numbers; null where not applicable; rag as "green", "amber", "red" or null),
    /// plus month_start (the first day of the month, a DateTime) for plotting and sorting.
    /// </summary>
    public static DataFrame ToDataFrame(this KpiResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Rows.ToList();
        return new DataFrame(
            new StringDataFrameColumn("kpi_id", rows.Select(r => r.KpiId)),
            new StringDataFrameColumn("month", rows.Select(r => r.Month.ToString())),
            new DoubleDataFrameColumn("value", rows.Select(r => r.Value)),
            new Int64DataFrameColumn("numerator", rows.Select(r => r.Numerator)),
            new Int64DataFrameColumn("denominator", rows.Select(r => r.Denominator)),
            new DoubleDataFrameColumn("ytd_value", rows.Select(r => r.YtdValue)),
            new Int64DataFrameColumn("ytd_numerator", rows.Select(r => r.YtdNumerator)),
            new Int64DataFrameColumn("ytd_denominator", rows.Select(r => r.YtdDenominator)),
            new DoubleDataFrameColumn("target", rows.Select(r => r.Target)),
            new StringDataFrameColumn("rag", rows.Select(r => r.Rag == Rag.None ? null : KpiTable.RagText(r.Rag))),
            new PrimitiveDataFrameColumn<DateTime>("month_start", rows.Select(r => (DateTime?)r.Month.FirstDay.ToDateTime(TimeOnly.MinValue))));
    }

    /// <summary>Drill-down groups as a DataFrame: kpi_id, month, dimension, key, numerator, denominator, value.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<KpiGroupResult> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var rows = groups.ToList();
        return new DataFrame(
            new StringDataFrameColumn("kpi_id", rows.Select(r => r.KpiId)),
            new StringDataFrameColumn("month", rows.Select(r => r.Month.ToString())),
            new StringDataFrameColumn("dimension", rows.Select(r => r.Dimension.ToString())),
            new StringDataFrameColumn("key", rows.Select(r => r.Key)),
            new Int64DataFrameColumn("numerator", rows.Select(r => (long?)r.Numerator)),
            new Int64DataFrameColumn("denominator", rows.Select(r => r.Denominator)),
            new DoubleDataFrameColumn("value", rows.Select(r => r.Value)));
    }
}
