using Csc.Analysis.Csv;

namespace Csc.Analysis.Journeys;

/// <summary>Writes <see cref="DriftResult"/> as CSV: the summaries, and the long-open plans.</summary>
public static class DriftTable
{
    /// <summary>The summary header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["measure", "group_by", "group", "children", "median_days", "q1_days", "q3_days", "same_day", "negative"];

    /// <summary>The long-open plans' header, in order.</summary>
    public static IReadOnlyList<string> CaseColumns { get; } = ["kind", "record_id", "child_id", "start_date", "days_open", "team", "worker"];

    /// <summary>Writes the header and one row per summary.</summary>
    public static void Write(DriftResult result, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var s in result.Summaries)
        {
            csv.Text(s.Measure.Id()).Text(s.GroupBy.Id()).Text(s.Group).Number((long)s.Children).Number(s.MedianDays)
                .Number(s.LowerQuartileDays).Number(s.UpperQuartileDays).Number((long)s.SameDay).Number((long)s.Negative);
            csv.EndRow();
        }
    }

    /// <summary>Writes the header and one row per long-open plan.</summary>
    public static void WriteCases(DriftResult result, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(CaseColumns);
        foreach (var c in result.Cases)
        {
            csv.Text(c.Kind).Text(c.RecordId).Text(c.ChildId).Date(c.StartDate).Number((long)c.DaysOpen).Text(c.Team).Text(c.Worker);
            csv.EndRow();
        }
    }
}
