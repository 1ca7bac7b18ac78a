using Csc.Analysis.Output;
using Parquet;
using Parquet.Schema;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// A typed column of a Parquet file the exports write: text (UTF-8 string), a date (DATE), a whole number (INT32 or
/// INT64), a number (DOUBLE) or a flag (BOOLEAN), every one nullable.
/// </summary>
internal sealed class ParquetColumn
{
    private ParquetColumn(DataField field, Func<ParquetRowGroupWriter, Task> write)
    {
        Field = field;
        Write = write;
    }

    /// <summary>The column's schema field.</summary>
    public DataField Field { get; }

    /// <summary>Writes the column's values into a row group.</summary>
    public Func<ParquetRowGroupWriter, Task> Write { get; }

    /// <summary>A text column.</summary>
    public static ParquetColumn Text(string name, string?[] values)
    {
        var field = new DataField<string>(name, nullable: true);
        return new ParquetColumn(field, g => g.WriteAsync(field, values));
    }

    /// <summary>A date column.</summary>
    public static ParquetColumn Date(string name, DateOnly?[] values) => Of(name, values);

    /// <summary>A 32-bit whole-number column.</summary>
    public static ParquetColumn Int(string name, int?[] values) => Of(name, values);

    /// <summary>A 64-bit whole-number column.</summary>
    public static ParquetColumn Long(string name, long?[] values) => Of(name, values);

    /// <summary>A number column.</summary>
    public static ParquetColumn Double(string name, double?[] values) => Of(name, values);

    /// <summary>A flag column.</summary>
    public static ParquetColumn Bool(string name, bool?[] values) => Of(name, values);

    private static ParquetColumn Of<T>(string name, T?[] values)
        where T : struct
    {
        var field = new DataField<T?>(name);
        return new ParquetColumn(field, g => g.WriteAsync<T>(field, values.AsMemory()));
    }
}

/// <summary>Writes one Parquet file of typed columns (one row group; Snappy compressed), through <see cref="OutputFile"/>.</summary>
internal static class ParquetTable
{
    /// <summary>Writes <paramref name="columns"/> (all of the same length) to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<ParquetColumn> columns)
        => OutputFile.Write(path, stream => WriteAsync(stream, columns).GetAwaiter().GetResult());

    private static async Task WriteAsync(Stream stream, IReadOnlyList<ParquetColumn> columns)
    {
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field)), stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.Write(group).ConfigureAwait(false);
        }
    }
}
