using System.Text;

namespace Csc.Analysis.Data.Parsing;

/// <summary>Writing RFC 4180 CSV: fields are quoted only when they hold a comma, a quote, a line break or edge spaces; rows end with LF.</summary>
public static class CsvText
{
    /// <summary>The field as it goes into a CSV file (null is an empty field).</summary>
    public static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }
        var needs = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]);
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>Writes one row followed by "\n".</summary>
    public static void WriteRow(TextWriter writer, params ReadOnlySpan<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Quote(fields[i]));
        }
        writer.Write('\n');
    }

    /// <summary>A UTF-8 (no BOM) writer for a new CSV file.</summary>
    public static StreamWriter CreateFile(string path)
        => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
}
