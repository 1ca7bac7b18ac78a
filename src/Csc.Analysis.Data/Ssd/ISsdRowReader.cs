namespace Csc.Analysis.Data.Ssd;

/// <summary>The rows of one SSD table as column name to text, whatever the source (CSV file or database reader).</summary>
public interface ISsdRowReader : IDisposable
{
    /// <summary>True when the table has <paramref name="column"/>.</summary>
    bool Has(string column);

    /// <summary>Moves to the next row; false at the end.</summary>
    bool Read();

    /// <summary>Where the current row is: the CSV line, or the row number in the database result (1-based).</summary>
    long Line { get; }

    /// <summary>
    /// The current row's value of <paramref name="column"/> as text, trimmed; null when blank, NULL or the column is absent.
    /// Database dates come as <c>yyyy-MM-ddTHH:mm:ss</c>, numbers in invariant form.
    /// </summary>
    string? Value(string column);
}
