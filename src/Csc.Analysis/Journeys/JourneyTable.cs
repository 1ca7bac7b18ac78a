using Csc.Analysis.Csv;

namespace Csc.Analysis.Journeys;

/// <summary>Writes <see cref="JourneyResult.Transitions"/> as CSV: <c>from_state,to_state,children,median_days</c> (median_days blank for an end without a date).</summary>
public static class JourneyTable
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["from_state", "to_state", "children", "median_days"];

    /// <summary>Writes the header and one row per step of <paramref name="result"/>.</summary>
    public static void Write(JourneyResult result, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var t in result.Transitions)
        {
            csv.Text(t.From.Id()).Text(t.To.Id()).Number((long)t.Children).Number(t.MedianDays);
            csv.EndRow();
        }
    }
}
