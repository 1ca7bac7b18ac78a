namespace Csc.Analysis.Domain;

/// <summary>The command-line names of <see cref="DataFormat"/> values, both ways.</summary>
public static class DataFormats
{
    /// <summary>The command-line name of a format.</summary>
    public static string Name(this DataFormat format) => format switch
    {
        DataFormat.Auto => "auto",
        DataFormat.Canonical => "canonical",
        DataFormat.Ssda903 => "ssda903",
        DataFormat.CinCensus => "cin-census",
        DataFormat.AnnexA => "annex-a",
        DataFormat.Ssd => "ssd",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Reads a command-line format name (case-insensitive, trimmed); false and <see cref="DataFormat.Auto"/> when unknown.</summary>
    public static bool TryParse(string? text, out DataFormat format)
    {
        foreach (var f in Enum.GetValues<DataFormat>())
        {
            if (string.Equals(f.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }
        format = DataFormat.Auto;
        return false;
    }
}
