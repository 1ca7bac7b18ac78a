using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;

namespace Csc.Analysis.Data.Ssd;

/// <summary>The rows of one SSD CSV file by column name (header names matched ignoring case).</summary>
internal sealed class SsdCsvRowReader : ISsdRowReader
{
    private readonly CsvRows rows;
    private readonly Dictionary<string, int> ordinals = new(StringComparer.OrdinalIgnoreCase);
    private bool disposed;

    public SsdCsvRowReader(CsvRows rows, IssueCollector issues, string file)
    {
        this.rows = rows;
        for (var i = 0; i < rows.Header.Count; i++)
        {
            if (!ordinals.TryAdd(rows.Header[i], i))
            {
                issues.Warning(StatutoryRules.ColumnDuplicate, file, rows.Line, rows.Header[i], null, "The column is repeated; the first is used.");
            }
        }
    }

    /// <summary>Data rows read.</summary>
    public long Rows => rows.Rows;

    public long Line => rows.Line;

    public bool Has(string column) => ordinals.ContainsKey(column);

    public bool Read()
    {
        while (rows.Read())
        {
            if (!rows.RecordBroken)
            {
                return true;
            }
        }
        return false;
    }

    public string? Value(string column)
    {
        if (!ordinals.TryGetValue(column, out var i) || i >= rows.Record.Count)
        {
            return null;
        }
        var text = rows.Record[i].Trim();
        return text.Length == 0 ? null : text;
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            rows.Dispose();
        }
    }
}
