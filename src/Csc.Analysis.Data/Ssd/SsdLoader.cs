using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// Loads an SSD drop folder: one CSV per SSD table named <c>ssd_&lt;table&gt;.csv</c> (ssd_person.csv, ssd_contacts.csv
/// ...), SSD column names as headers, ISO dates or date-times, JSON columns as text. Recognised by its ssd_person.csv.
/// A database holding the same tables is read through the same mapper (<see cref="SsdMapper"/>).
/// </summary>
public sealed class SsdLoader : ICaseDataLoader
{
    /// <summary>The format this loader reads.</summary>
    public DataFormat Format => DataFormat.Ssd;

    /// <summary>Whether <paramref name="path"/> looks like this format.</summary>
    public bool CanLoad(string path)
        => Directory.Exists(path) && File.Exists(Path.Combine(path, SsdSchema.Person.FileName));

    /// <summary>Loads <paramref name="path"/>: every row is loaded or reported as an issue with its file, line, column and value.</summary>
    public LoadResult Load(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(path))
        {
            throw new DataLoadException($"'{path}' is not a folder: an SSD drop is a folder of ssd_<table>.csv files.");
        }
        using var source = new SsdCsvSource(path);
        return SsdMapper.Map(source, options);
    }
}
