using Csc.Analysis.Csv;

namespace Csc.Analysis.Inspection;

/// <summary>inspection.csv: <c>list,measure_id,category,value,numerator,denominator,unit</c>, one row per measure.</summary>
public static class InspectionTable
{
    /// <summary>The columns, in order (a contract).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["list", "measure_id", "category", "value", "numerator", "denominator", "unit"];

    /// <summary>Writes the table.</summary>
    public static void Write(InspectionResult result, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var m in result.Measures)
        {
            csv.Text(m.List).Text(m.MeasureId).Text(m.Category).Number(m.Value).Number(m.Numerator).Number(m.Denominator).Text(m.Unit.Name());
            csv.EndRow();
        }
    }

    /// <summary>Writes the table to <paramref name="path"/> (replaced whole).</summary>
    public static void Write(InspectionResult result, string path)
        => CsvOutput.Write(path, CsvAudience.Program, csv => Write(result, csv));

    /// <summary>The table as text.</summary>
    public static string ToText(InspectionResult result) => CsvOutput.ToText(CsvAudience.Program, csv => Write(result, csv));
}
