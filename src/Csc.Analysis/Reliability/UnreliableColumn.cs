using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Reliability;

/// <summary>
/// The <c>unreliable</c> column of the tidy KPI table and its exports. It is added only when some KPI is
/// unreliable (<see cref="KpiReliability.Any"/>), after the table's own columns: <c>true</c> for a row of an
/// unreliable KPI, empty (null in JSON: <c>false</c>) otherwise. On clean data the table is exactly
/// <see cref="KpiTable"/>'s, byte for byte.
/// </summary>
public static class UnreliableColumn
{
    /// <summary>The column's name.</summary>
    public const string Name = "unreliable";

    /// <summary>
    /// Adds the column to <paramref name="csv"/>, the text of <see cref="KpiTable.WriteCsv(KpiResults, TextWriter)"/>
    /// for <paramref name="results"/> (header, then one line per row of <see cref="KpiResults.Rows"/>, "\n" line ends);
    /// returns it unchanged when nothing is unreliable.
    /// </summary>
    public static string AddToCsv(string csv, KpiResults results, KpiReliability reliability)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(reliability);
        if (!reliability.Any)
        {
            return csv;
        }
        var lines = csv.Split('\n');
        var rows = results.Rows.ToList();
        // The tidy table's fields are ids, numbers and RAG words: no line break inside a field.
        if (lines.Length != rows.Count + 2 || lines[^1].Length != 0)
        {
            throw new ArgumentException($"expected a header and {rows.Count} rows ending in a line break.", nameof(csv));
        }
        var text = new StringBuilder(csv.Length + (rows.Count * 6) + 16);
        text.Append(lines[0]).Append(',').Append(Name).Append('\n');
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(lines[i + 1]).Append(reliability.IsUnreliable(rows[i].KpiId) ? ",true\n" : ",\n");
        }
        return text.ToString();
    }

    /// <summary>The tidy table as CSV (<see cref="KpiTable.WriteCsv(KpiResults, TextWriter)"/>) with the column when needed.</summary>
    public static void WriteCsv(KpiResults results, KpiReliability reliability, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        KpiTable.WriteCsv(results, text);
        writer.Write(AddToCsv(text.ToString(), results, reliability));
    }

    /// <summary>The tidy table as JSON (<see cref="KpiTable.WriteJson"/>) with an <c>unreliable</c> key (true or false) on every row when needed.</summary>
    public static void WriteJson(KpiResults results, KpiReliability reliability, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(reliability);
        ArgumentNullException.ThrowIfNull(stream);
        if (!reliability.Any)
        {
            KpiTable.WriteJson(results, stream);
            return;
        }
        using var buffer = new MemoryStream();
        KpiTable.WriteJson(results, buffer);
        var array = JsonNode.Parse(buffer.ToArray())!.AsArray();
        foreach (var row in array)
        {
            var o = row!.AsObject();
            o[Name] = reliability.IsUnreliable((string)o["kpi_id"]!);
        }
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        array.WriteTo(w);
    }
}
