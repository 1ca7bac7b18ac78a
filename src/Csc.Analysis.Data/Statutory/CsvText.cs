using System.Text;

namespace Csc.Analysis.Data.Statutory;

/// <summary>Writes RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF line ends, fields quoted only when they must be.</summary>
internal sealed class CsvText : IDisposable
{
    private readonly StreamWriter writer;
    private bool firstField = true;

    public CsvText(string path)
    {
        writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\r\n" };
    }

    public void Field(string? value)
    {
        if (!firstField)
        {
            writer.Write(',');
        }
        firstField = false;
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        else
        {
            writer.Write(value);
        }
    }

    public void Row(params string?[] values)
    {
        foreach (var v in values)
        {
            Field(v);
        }
        EndRow();
    }

    public void EndRow()
    {
        writer.WriteLine();
        firstField = true;
    }

    public void Dispose() => writer.Dispose();
}
