using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Inspection;

/// <summary>
/// The children's population for rates per 10,000: by year (mid-year Y covers April Y to March Y+1) or undated.
/// Read from a <c>year,aged_0_17</c> file (the canonical population.csv) or a file by single year of age
/// (<c>age,population</c>, optionally with <c>year</c>), summed over ages 0 to 17.
/// </summary>
public sealed record InspectionPopulation
{
    /// <summary>Children aged 0 to 17 by mid-year.</summary>
    public IReadOnlyDictionary<int, int> ByYear { get; init; } = new Dictionary<int, int>();

    /// <summary>Children aged 0 to 17 from a file without years.</summary>
    public int? Undated { get; init; }

    /// <summary>Where the figures came from (a file name, or "population.csv of the extract").</summary>
    public string Source { get; init; } = "population.csv of the extract";

    /// <summary>The canonical extract's estimates.</summary>
    public static InspectionPopulation FromEstimates(IEnumerable<PopulationEstimate> estimates, string source)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var byYear = new SortedDictionary<int, int>();
        foreach (var e in estimates)
        {
            if (e.Aged0To17 > 0)
            {
                byYear.TryAdd(e.Year, e.Aged0To17);
            }
        }
        return new InspectionPopulation { ByYear = byYear, Source = source };
    }

    /// <summary>
    /// The population for <paramref name="date"/>: its mid-year, else the latest earlier year, else the earliest
    /// (<paramref name="yearUsed"/> says which; null for an undated figure); null when there is none.
    /// </summary>
    public int? For(DateOnly date, out int? yearUsed)
    {
        yearUsed = null;
        var year = PopulationEstimate.YearFor(date);
        if (ByYear.TryGetValue(year, out var exact))
        {
            yearUsed = year;
            return exact;
        }
        if (ByYear.Count > 0)
        {
            var earlier = ByYear.Keys.Where(y => y < year).DefaultIfEmpty(ByYear.Keys.Min()).Max();
            yearUsed = earlier;
            return ByYear[earlier];
        }
        return Undated;
    }

    /// <summary>
    /// Reads a population CSV: <c>year,aged_0_17</c>, or <c>age,population</c> (or <c>count</c>) with an optional
    /// <c>year</c> column, summed over ages 0 to 17 (older ages are read and left out). Bad rows are issues.
    /// </summary>
    public static (InspectionPopulation? Population, IReadOnlyList<DataIssue> Issues) Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var issues = new List<DataIssue>();
        var header = reader.ReadLine();
        if (header is null)
        {
            issues.Add(new DataIssue(IssueSeverity.Error, InspectionRules.PopulationRow.Id, fileName, 1, null, null, "The population file is empty."));
            return (null, issues);
        }
        var names = header.Split(',').Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToList();
        var yearCol = names.IndexOf("year");
        var totalCol = names.IndexOf("aged_0_17");
        var ageCol = names.IndexOf("age");
        var countCol = names.IndexOf("population") is var p and >= 0 ? p : names.IndexOf("count");
        if (totalCol < 0 && (ageCol < 0 || countCol < 0))
        {
            issues.Add(new DataIssue(IssueSeverity.Error, InspectionRules.PopulationRow.Id, fileName, 1, null, header,
                "The header has neither year,aged_0_17 nor age,population (or age,count): nothing was read."));
            return (null, issues);
        }
        var byYear = new SortedDictionary<int, int>();
        var undated = 0;
        var anyUndated = false;
        var line = 1L;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var cells = text.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            int? Cell(int col, string column)
            {
                if (col < 0)
                {
                    return null;
                }
                var value = col < cells.Length ? cells[col] : string.Empty;
                if (int.TryParse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n >= 0)
                {
                    return n;
                }
                issues.Add(new DataIssue(InspectionRules.PopulationRow.Severity, InspectionRules.PopulationRow.Id, fileName, line, column, value,
                    $"'{value}' is not a whole number of 0 or more: the row is left out."));
                return -1;
            }
            var year = Cell(yearCol, "year");
            var count = totalCol >= 0 ? Cell(totalCol, "aged_0_17") : Cell(countCol, names[countCol]);
            var age = totalCol >= 0 ? 0 : Cell(ageCol, "age");
            if (year < 0 || count < 0 || age < 0 || count is null)
            {
                continue;
            }
            if (age > 17)
            {
                continue;
            }
            if (year is { } y)
            {
                byYear[y] = byYear.GetValueOrDefault(y) + count.Value;
            }
            else
            {
                undated += count.Value;
                anyUndated = true;
            }
        }
        return (new InspectionPopulation { ByYear = byYear, Undated = anyUndated ? undated : null, Source = fileName }, issues);
    }
}
