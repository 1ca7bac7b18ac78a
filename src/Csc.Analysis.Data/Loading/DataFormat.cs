namespace Csc.Analysis.Data.Loading;

/// <summary>The input formats the kit reads. Names on the command line: auto, canonical, ssda903, cin-census, annex-a.</summary>
public enum DataFormat
{
    Auto,
    Canonical,
    Ssda903,
    CinCensus,
    AnnexA,
}

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
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

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
