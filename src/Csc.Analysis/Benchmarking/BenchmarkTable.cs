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

    /// <summary>The column a public table adds after <see cref="Columns"/>: the symbol in place of a withheld value (c, z, x or k).</summary>
    public const string ValueSymbolColumn = "value_symbol";

    /// <summary>Writes <paramref name="rows"/> with their header to <paramref name="csv"/>.</summary>
    public static void Write(IEnumerable<BenchmarkRow> rows, CsvOutput csv) => Write(rows, csv, null);

    /// <summary>Writes public rows (values already disclosed) to <paramref name="path"/>, with the <see cref="ValueSymbolColumn"/>.</summary>
    public static void Write(IEnumerable<BenchmarkRow> rows, string path, Func<BenchmarkRow, string?> valueSymbol)
    {
        ArgumentNullException.ThrowIfNull(valueSymbol);
        CsvOutput.Write(path, CsvAudience.Program, csv => Write(rows, csv, valueSymbol));
    }

    /// <summary>
    /// Writes <paramref name="rows"/> with their header to <paramref name="csv"/>; with <paramref name="valueSymbol"/> (a public
    /// table) a last column <see cref="ValueSymbolColumn"/> holds the symbol of each withheld value.
    /// </summary>
    public static void Write(IEnumerable<BenchmarkRow> rows, CsvOutput csv, Func<BenchmarkRow, string?>? valueSymbol)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(valueSymbol is null ? Columns : [.. Columns, ValueSymbolColumn]);
        foreach (var r in rows)
        {
            WriteRow(csv, r, valueSymbol is null ? null : () => valueSymbol(r));
        }
    }

    /// <summary>
    /// Writes the rows of several councils of a stack, each after its council's code in a leading <c>la_code</c> column;
    /// with <paramref name="symbols"/> (a public table) the <see cref="ValueSymbolColumn"/> holds each row's symbol.
    /// </summary>
    public static void WriteCouncils(IEnumerable<CouncilBenchmarkRow> rows, CsvOutput csv, bool symbols)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row((IEnumerable<string?>)(symbols ? ["la_code", .. Columns, ValueSymbolColumn] : ["la_code", .. Columns]));
        foreach (var r in rows)
        {
            csv.Text(r.Council.Value);
            WriteRow(csv, r.Row, symbols ? () => r.Symbol : null);
        }
    }

    private static void WriteRow(CsvOutput csv, BenchmarkRow r, Func<string?>? symbol)
    {
        csv.Text(r.KpiId).Number((long)r.Year).Number(r.Value).Number(r.England).Number(r.Region).Number(r.NeighboursMean)
            .Number((long)r.NeighboursN).Number(r.Rank).Number(r.Of).Text(r.Quartile?.ToString()).Text(r.Measure);
        if (symbol is not null)
        {
            csv.Text(r.Value is null ? symbol() : null);
        }
        csv.EndRow();
    }
}
