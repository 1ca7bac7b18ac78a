using Csc.Analysis.Domain;

namespace Csc.Analysis.Reliability;

/// <summary>Rows of one input table that did not reach the analysis.</summary>
public sealed record TableLoss
{
    /// <summary>The table.</summary>
    public required CaseTable Table { get; init; }

    /// <summary>The file's name as issues name it (no folder).</summary>
    public required string FileName { get; init; }

    /// <summary>Data rows read from the file (0 when the whole file was unusable).</summary>
    public required long RowsRead { get; init; }

    /// <summary>Rows not loaded, each with an error issue.</summary>
    public required long RowsRejected { get; init; }

    /// <summary>True when the whole file could not be used (its header, its encoding, a folder where the file should be): the table is empty.</summary>
    public required bool FileRejected { get; init; }

    /// <summary>True when the table's child ids do not join the children table (<see cref="SourceFile.ChildIdsDoNotJoin"/>): its rows are loaded but cannot be followed to their child.</summary>
    public bool ChildIdsDoNotJoin { get; init; }

    /// <summary>"referrals.csv: 1 of 4 rows rejected", "referrals.csv: the file was rejected" or "cp_visits.csv: its child ids do not join children.csv".</summary>
    public string Describe()
    {
        var text = FileRejected
            ? $"{FileName}: the file was rejected, so the table is empty"
            : RowsRejected > 0 || !ChildIdsDoNotJoin
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FileName}: {RowsRejected} of {RowsRead} rows rejected")
                : $"{FileName}: its child ids do not join children.csv";
        return ChildIdsDoNotJoin && (FileRejected || RowsRejected > 0) ? text + "; its child ids do not join children.csv" : text;
    }
}
