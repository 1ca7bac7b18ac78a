using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// Where SSD tables are read from: a folder of <c>ssd_&lt;table&gt;.csv</c> files or a database. The mapper asks for one
/// table at a time and reads its rows once, in order.
/// </summary>
public interface ISsdRowSource : IDisposable
{
    /// <summary>How issues name the table: <c>ssd_person.csv</c> for a file, <c>schema.ssd_person</c> for a database.</summary>
    string Location(SsdTable table);

    /// <summary>
    /// Opens <paramref name="table"/> with the columns of it that exist; null when the table does not exist (the caller
    /// notes that). Problems opening it are recorded in <paramref name="issues"/>, never thrown.
    /// </summary>
    ISsdRowReader? Open(SsdTable table, IssueCollector issues);

    /// <summary>The files (or tables) read so far, with their row counts.</summary>
    IReadOnlyList<SourceFile> Files { get; }
}
