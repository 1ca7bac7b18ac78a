using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

/// <summary>An SSD drop folder: one <c>ssd_&lt;table&gt;.csv</c> per table, SSD column names as headers.</summary>
public sealed class SsdCsvSource(string folder) : ISsdRowSource
{
    private readonly List<(string Path, SsdCsvRowReader Reader)> opened = [];

    /// <inheritdoc />
    public string Location(SsdTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.FileName;
    }

    /// <inheritdoc />
    public ISsdRowReader? Open(SsdTable table, IssueCollector issues)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(issues);
        var path = Path.Combine(folder, table.FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        CsvRows? rows;
        try
        {
            rows = CsvRows.Open(path, issues, table.FileName);
        }
        catch (IOException ex)
        {
            issues.Error(StatutoryRules.FileUnreadable, table.FileName, null, null, null, $"The file cannot be read ({ex.GetType().Name}).");
            return null;
        }
        if (rows is null)
        {
            return null;
        }
        var reader = new SsdCsvRowReader(rows, issues, table.FileName);
        opened.Add((path, reader));
        return reader;
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceFile> Files => [.. opened.Select(o => SourceFiles.Describe(o.Path, o.Reader.Rows))];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, reader) in opened)
        {
            reader.Dispose();
        }
    }
}
