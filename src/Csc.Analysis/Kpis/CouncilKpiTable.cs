using System.Text.Json;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>One council's KPI results in a stack of councils.</summary>
/// <param name="Code">The council's code.</param>
/// <param name="Results">Its KPIs, computed from its rows alone.</param>
public sealed record CouncilKpiResults(CouncilCode Code, KpiResults Results);

/// <summary>
/// The tidy KPI table of a stack of councils: <see cref="KpiTable"/>'s columns with a leading <c>la_code</c>, the councils
/// in the order of their codes, each council's rows in <see cref="KpiTable"/>'s order. Each council's KPIs are the
/// engine's run over that council's part of the data (<see cref="CouncilPartition"/>): the partition is one pass over
/// the rows and each run is linear in its council's rows, so the whole is linear in the rows of the stack; each
/// council's figures are exactly those of that council loaded alone. Data of one council keeps <see cref="KpiTable"/>.
/// </summary>
public static class CouncilKpiTable
{
    /// <summary>The leading column.</summary>
    public const string CouncilColumn = "la_code";

    /// <summary>The table's columns, in order: la_code, then <see cref="KpiTable.Columns"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } = [CouncilColumn, .. KpiTable.Columns];

    /// <summary>
    /// Every council's KPIs, computed one council at a time as they are enumerated (so a caller that writes each council
    /// and lets it go holds one council's results at a time), in the order of <see cref="CouncilPartition.Parts"/>.
    /// </summary>
    public static IEnumerable<CouncilKpiResults> Compute(CouncilPartition councils, KpiEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(councils);
        foreach (var part in councils.Parts)
        {
            yield return new CouncilKpiResults(part.Code ?? throw new ArgumentException("the data names no council.", nameof(councils)),
                KpiEngine.Compute(part.Data, options));
        }
    }

    /// <summary>Writes the header, then each council's rows; with <paramref name="unreliable"/>, a trailing <c>unreliable</c> column (true or empty) as the one-council table has.</summary>
    public static void WriteCsv(IEnumerable<CouncilKpiResults> councils, CsvOutput csv, Func<string, bool>? unreliable = null)
    {
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(unreliable is null ? Columns : [.. Columns, "unreliable"]);
        foreach (var council in councils)
        {
            var code = council.Code.Value;
            foreach (var r in council.Results.Rows)
            {
                csv.Text(code).Text(r.KpiId).Text(r.Month.ToString()).Number(r.Value).Number(r.Numerator).Number(r.Denominator)
                    .Number(r.YtdValue).Number(r.YtdNumerator).Number(r.YtdDenominator).Number(r.Target).Text(KpiTable.RagText(r.Rag));
                if (unreliable is not null)
                {
                    csv.Text(unreliable(r.KpiId) ? "true" : null);
                }
                csv.EndRow();
            }
        }
    }

    /// <summary>Writes a JSON array of row objects with the CSV's keys (la_code first); with <paramref name="unreliable"/>, an <c>unreliable</c> key on every row.</summary>
    public static void WriteJson(IEnumerable<CouncilKpiResults> councils, Stream stream, Func<string, bool>? unreliable = null)
    {
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartArray();
        foreach (var council in councils)
        {
            foreach (var r in council.Results.Rows)
            {
                w.WriteStartObject();
                w.WriteString(CouncilColumn, council.Code.Value);
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
                    w.WriteString("rag", KpiTable.RagText(r.Rag));
                }
                if (unreliable is not null)
                {
                    w.WriteBoolean("unreliable", unreliable(r.KpiId));
                }
                w.WriteEndObject();
            }
            w.Flush();
        }
        w.WriteEndArray();
    }

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
