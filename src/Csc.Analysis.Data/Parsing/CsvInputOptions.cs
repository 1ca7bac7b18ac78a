namespace Csc.Analysis.Data.Parsing;

/// <summary>How a <see cref="CsvInput"/> reads its file, beyond RFC 4180 with a comma.</summary>
public sealed record CsvInputOptions
{
    /// <summary>
    /// True (the default) when quoted fields may hold line breaks, as RFC 4180 allows. False for formats whose
    /// fields end on their line (series files): a quote left open then ends at the line break, so one bad quote
    /// cannot swallow the rest of the file.
    /// </summary>
    public bool QuotedLineBreaks { get; init; } = true;

    /// <summary>True to remove spaces and tabs around unquoted values and before an opening quote (so <c> "a,b"</c> is one quoted field). Default false: values are kept as written.</summary>
    public bool TrimSpaces { get; init; }

    /// <summary>The field separator: a comma (the default), or a semicolon, tab or bar for a council's own export.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>
    /// The longest record read, in bytes, or null for no limit (the default). A record that runs on past it (a quote
    /// never closed early in a large file) is returned as one record with no fields and <see cref="CsvInput.TooLong"/>
    /// set, and the input ends there, so memory stays bounded; the caller may re-open the file after its first line.
    /// </summary>
    public int? MaxRecordBytes { get; init; }

    /// <summary>RFC 4180: quoted line breaks allowed, nothing trimmed.</summary>
    public static CsvInputOptions Default { get; } = new();
}
