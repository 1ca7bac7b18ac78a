using System.Data.Common;

namespace Csc.Analysis.Data.Ssd;

/// <summary>The rows of one SSD table streamed from a <see cref="DbDataReader"/>, by column name.</summary>
internal sealed class SsdDbRowReader : ISsdRowReader
{
    private readonly DbCommand command;
    private readonly DbDataReader reader;
    private readonly Dictionary<string, int> ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly string?[] values;
    private bool disposed;

    public SsdDbRowReader(DbCommand command, DbDataReader reader, IReadOnlyList<string> columns)
    {
        this.command = command;
        this.reader = reader;
        for (var i = 0; i < columns.Count; i++)
        {
            ordinals[columns[i]] = i;
        }
        values = new string?[columns.Count];
    }

    public long Line { get; private set; }

    public bool Has(string column) => ordinals.ContainsKey(column);

    public bool Read()
    {
        if (disposed || !reader.Read())
        {
            return false;
        }
        Line++;
        // Sequential access: every column is read once, in order.
        for (var i = 0; i < values.Length; i++)
        {
            var text = SsdDbSource.Text(reader.GetValue(i))?.Trim();
            values[i] = string.IsNullOrEmpty(text) ? null : text;
        }
        return true;
    }

    public string? Value(string column) => ordinals.TryGetValue(column, out var i) ? values[i] : null;

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            reader.Dispose();
            command.Dispose();
        }
    }
}
