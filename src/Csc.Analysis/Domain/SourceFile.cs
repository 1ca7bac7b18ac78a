namespace Csc.Analysis.Domain;

/// <summary>An input file read, with its SHA-256 (lower-case hex) for the reproducibility footer.</summary>
/// <param name="Path">The file.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="Rows">The data rows read from it (records; blank lines not counted): loaded + <see cref="Rejected"/>.</param>
public sealed record SourceFile(string Path, string Sha256, long Bytes, long Rows)
{
    /// <summary>How many of <see cref="Rows"/> were not loaded (each has an error issue saying why); 0 when all loaded or not counted by the format's loader.</summary>
    public long Rejected { get; init; }

    /// <summary>True when the whole file could not be used (its header, or a folder where the file should be): none of its rows were loaded.</summary>
    public bool Unusable { get; init; }

    /// <summary>True when most of the file's child ids are not in the children table (ids changed on the way, such as lost leading zeros): its rows are loaded, but the KPIs it feeds are unreliable.</summary>
    public bool ChildIdsDoNotJoin { get; init; }

    /// <summary>The table the file holds, when it holds one (canonical and SSD files); null for files that mix tables.</summary>
    public CaseTable? Table { get; init; }
}
