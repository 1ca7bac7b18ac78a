namespace Csc.Analysis.Domain;

/// <summary>An input file read, with its SHA-256 (lower-case hex) for the reproducibility footer.</summary>
public sealed record SourceFile(string Path, string Sha256, long Bytes, long Rows);
