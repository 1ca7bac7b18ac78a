using Csc.Analysis.Csv;
using Csc.Analysis.Disclosure;

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

    /// <summary>
    /// Writes the public table: the same columns, each withheld figure printed as its symbol (<c>c</c> suppressed,
    /// <c>z</c> no denominator, <c>x</c> not available, <c>k</c> below 0.5%) in its value, numerator or denominator cell.
    /// </summary>
    public static void Write(DisclosedInspection disclosed, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(disclosed);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var d in disclosed.Measures)
        {
            var m = d.Measure;
            csv.Text(m.List).Text(m.MeasureId).Text(m.Category);
            Cell(csv, d.Value);
            Cell(csv, d.Numerator);
            Cell(csv, d.Denominator);
            csv.Text(m.Unit.Name());
            csv.EndRow();
        }
    }

    private static void Cell(CsvOutput csv, DisclosedValue? value)
    {
        if (value is not { } v)
        {
            csv.Number((double?)null);
        }
        else if (v.Value is { } number)
        {
            csv.Number(number);
        }
        else
        {
            csv.Text(v.Symbol!.Value.Code());
        }
    }

    /// <summary>Writes the public table to <paramref name="path"/> (replaced whole).</summary>
    public static void Write(DisclosedInspection disclosed, string path)
        => CsvOutput.Write(path, CsvAudience.Program, csv => Write(disclosed, csv));

    /// <summary>Writes the table to <paramref name="path"/> (replaced whole).</summary>
    public static void Write(InspectionResult result, string path)
        => CsvOutput.Write(path, CsvAudience.Program, csv => Write(result, csv));

    /// <summary>The table as text.</summary>
    public static string ToText(InspectionResult result) => CsvOutput.ToText(CsvAudience.Program, csv => Write(result, csv));
}
