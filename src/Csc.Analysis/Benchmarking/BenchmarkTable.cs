using Csc.Analysis.Csv;

namespace Csc.Analysis.Benchmarking;

/// <summary>Writes benchmark rows as CSV: <c>kpi_id,year,value,england,region,neighbours_mean,neighbours_n,rank,of,quartile,measure</c>; blank = not available.</summary>
public static class BenchmarkTable
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["kpi_id", "year", "value", "england", "region", "neighbours_mean", "neighbours_n", "rank", "of", "quartile", "measure"];

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write(IEnumerable<BenchmarkRow> rows, string path)
    {
        CsvOutput.Write(path, CsvAudience.Program, csv => Write(rows, csv));
    }

    /// <summary>Writes <paramref name="rows"/> with their header to <paramref name="csv"/>.</summary>
    public static void Write(IEnumerable<BenchmarkRow> rows, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var r in rows)
        {
            csv.Text(r.KpiId).Number((long)r.Year).Number(r.Value).Number(r.England).Number(r.Region).Number(r.NeighboursMean)
                .Number((long)r.NeighboursN).Number(r.Rank).Number(r.Of).Text(r.Quartile?.ToString()).Text(r.Measure).EndRow();
        }
    }
}
