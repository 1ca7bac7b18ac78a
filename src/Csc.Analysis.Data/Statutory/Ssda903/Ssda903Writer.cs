using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

/// <summary>Options for <see cref="Ssda903Writer"/>.</summary>
public sealed record Ssda903WriterOptions
{
    /// <summary>
    /// Also write PL_LOCATION (IN/OUT) and PL_DISTANCE (miles) after the DfE episode columns, so
    /// <see cref="LacEpisode.PlacementInsideLa"/> and <see cref="LacEpisode.PlacementDistanceMiles"/>
    /// survive a round trip. The DfE return has neither (off by default).
    /// </summary>
    public bool IncludePlacementLocationColumns { get; init; }

    /// <summary>The defaults.</summary>
    public static Ssda903WriterOptions Default { get; } = new();
}

/// <summary>
/// Writes case data as SSDA903 tables: header.csv (children with a looked-after or missing
/// episode), episodes.csv and missing.csv, with the DfE column names and dd/mm/yyyy dates.
/// UTF-8 without a byte-order mark, LF line ends (the kit's CSV convention); rows in the order of the case data, so the
/// same input gives the same bytes.
/// </summary>
public static class Ssda903Writer
{
    /// <summary>The columns of the Header table, in order.</summary>
    public static readonly IReadOnlyList<string> HeaderColumns = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"];

    /// <summary>The columns of the Episodes table, in order.</summary>
    public static readonly IReadOnlyList<string> EpisodeColumns =
        ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"];

    /// <summary>The columns of the Missing table, in order.</summary>
    public static readonly IReadOnlyList<string> MissingColumns = ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"];

    /// <summary>Writes header.csv, episodes.csv and missing.csv into <paramref name="folder"/> (created if needed); returns their paths.</summary>
    public static IReadOnlyList<string> Write(CaseData data, string folder, Ssda903WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folder);
        options ??= Ssda903WriterOptions.Default;
        Directory.CreateDirectory(folder);

        var children = new Dictionary<string, Child>(StringComparer.Ordinal);
        foreach (var c in data.Children)
        {
            children.TryAdd(c.ChildId, c);
        }
        var inScope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in data.LacEpisodes)
        {
            inScope.Add(e.ChildId);
        }
        foreach (var m in data.MissingEpisodes)
        {
            inScope.Add(m.ChildId);
        }

        var headerPath = Path.Combine(folder, "header.csv");
        using (var csv = CsvOutput.Create(headerPath, CsvAudience.Program))
        {
            csv.Row(HeaderColumns);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in data.Children)
            {
                if (inScope.Contains(c.ChildId) && written.Add(c.ChildId))
                {
                    csv.Row(c.ChildId, SexCode(c.Sex), Date(c.DateOfBirth), c.Ethnicity, null, null, null);
                }
            }
        }

        var episodesPath = Path.Combine(folder, "episodes.csv");
        using (var csv = CsvOutput.Create(episodesPath, CsvAudience.Program))
        {
            csv.Row([.. EpisodeColumns, .. options.IncludePlacementLocationColumns ? new[] { "PL_LOCATION", "PL_DISTANCE" } : []]);
            foreach (var e in data.LacEpisodes)
            {
                var home = children.TryGetValue(e.ChildId, out var child) ? child.HomePostcode : null;
                string?[] row =
                [
                    e.ChildId, Date(e.StartDate), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType,
                    e.PlacementProvider, Date(e.EndDate), e.ReasonCeased, null, home, e.PlacementPostcode, null,
                ];
                if (options.IncludePlacementLocationColumns)
                {
                    row = [.. row, e.PlacementInsideLa switch { true => "IN", false => "OUT", null => null }, e.PlacementDistanceMiles?.ToString("R", CultureInfo.InvariantCulture)];
                }
                csv.Row(row);
            }
        }

        var missingPath = Path.Combine(folder, "missing.csv");
        using (var csv = CsvOutput.Create(missingPath, CsvAudience.Program))
        {
            csv.Row(MissingColumns);
            foreach (var m in data.MissingEpisodes)
            {
                var dob = children.TryGetValue(m.ChildId, out var child) ? child.DateOfBirth : null;
                csv.Row(
                    m.ChildId,
                    Date(dob),
                    m.MissingOrAbsent == MissingType.Missing ? "M" : "A",
                    Date(DateOnly.FromDateTime(m.StartDateTime)),
                    m.EndDateTime is { } end ? Date(DateOnly.FromDateTime(end)) : null);
            }
        }
        return [headerPath, episodesPath, missingPath];
    }

    /// <summary>The SSDA903 SEX code: 1 male, 2 female; blank for anything else.</summary>
    internal static string? SexCode(string? sex) => sex?.Trim().ToUpperInvariant() switch
    {
        "M" or "MALE" or "1" => "1",
        "F" or "FEMALE" or "2" => "2",
        _ => null,
    };

    private static string? Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
