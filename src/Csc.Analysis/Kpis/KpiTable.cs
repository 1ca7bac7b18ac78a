using System.Text.Json;
using Csc.Analysis.Csv;

namespace Csc.Analysis.Kpis;

/// <summary>
/// The tidy KPI table: one row per KPI per month with the columns
/// <c>kpi_id,month,value,numerator,denominator,ytd_value,ytd_numerator,ytd_denominator,target,rag</c>
/// (month as YYYY-MM, numbers unrounded in the invariant culture, empty in CSV and null in JSON where
/// not applicable; rag is green, amber, red or empty).
/// </summary>
public static class KpiTable
{
    /// <summary>The tidy table's columns, in order (a contract).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["kpi_id", "month", "value", "numerator", "denominator", "ytd_value", "ytd_numerator", "ytd_denominator", "target", "rag"];

    /// <summary>Writes CSV for programs (see <see cref="CsvOutput"/>: comma separated, "\n" line ends, a header row).</summary>
    public static void WriteCsv(KpiResults results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvOutput.Create(writer, CsvAudience.Program, leaveOpen: true);
        WriteCsv(results, csv);
    }

    /// <summary>Writes the table to <paramref name="csv"/>: a header row, then one row per KPI per month.</summary>
    public static void WriteCsv(KpiResults results, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var r in results.Rows)
        {
            csv.Text(r.KpiId).Text(r.Month.ToString()).Number(r.Value).Number(r.Numerator).Number(r.Denominator)
                .Number(r.YtdValue).Number(r.YtdNumerator).Number(r.YtdDenominator).Number(r.Target).Text(RagText(r.Rag)).EndRow();
        }
    }

    /// <summary>Writes a JSON array of row objects with the same keys as the CSV columns.</summary>
    public static void WriteJson(KpiResults results, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        foreach (var r in results.Rows)
        {
            w.WriteStartObject();
            w.WriteString("kpi_id", r.KpiId);
            w.WriteString("month", r.Month.ToString());
            Write(w, "value", r.Value);
            Write(w, "numerator", r.Numerator);
            Write(w, "denominator", r.Denominator);
            Write(w, "ytd_value", r.YtdValue);
            Write(w, "ytd_numerator", r.YtdNumerator);
            Write(w, "ytd_denominator", r.YtdDenominator);
            Write(w, "target", r.Target);
            if (r.Rag == Rag.None)
            {
                w.WriteNull("rag");
            }
            else
            {
                w.WriteString("rag", RagText(r.Rag));
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes CSV or JSON by the file's extension (.json is JSON; anything else CSV).</summary>
    public static void Write(KpiResults results, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.Create(path);
            WriteJson(results, stream);
        }
        else
        {
            using var csv = CsvOutput.Create(path, CsvAudience.Program);
            WriteCsv(results, csv);
        }
    }

    /// <summary>"green", "amber", "red", or "" for none.</summary>
    public static string RagText(Rag rag) => rag == Rag.None ? string.Empty : rag.ToString().ToLowerInvariant();

    private static void Write(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x)
        {
            w.WriteNumber(name, x);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Write(Utf8JsonWriter w, string name, long? v)
    {
        if (v is { } x)
        {
            w.WriteNumber(name, x);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
