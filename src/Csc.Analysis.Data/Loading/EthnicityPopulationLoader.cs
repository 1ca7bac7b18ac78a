using System.Globalization;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Loading;

/// <summary>
/// Reads a population-by-ethnicity CSV (for example school census headcounts of the council's children, or ONS
/// estimates) through the loaders' <see cref="CsvInput"/>: a header with an <c>ethnicity</c> column and a
/// <c>population</c> (or <c>count</c>, or <c>headcount</c>) column, other columns ignored, then one row per DfE
/// ethnicity code (WBRI, WIRI, ... summed into their groups) or per group (White British, White other, Mixed,
/// Asian or Asian British, Black or Black British, Other ethnic group, Refused or not obtained). Each row that
/// cannot be used is a located issue and is left out: an unknown ethnicity, "White" alone (it does not separate White
/// British, the reference group), a count that is not a whole number of 0 or more, a code or group given twice, a
/// group given both by its codes and by its name.
/// </summary>
public static class EthnicityPopulationLoader
{
    private static readonly string[] CountColumns = ["population", "count", "headcount"];

    /// <summary>Reads the file at <paramref name="path"/>; the issues name it by <paramref name="fileName"/>.</summary>
    /// <exception cref="DataLoadException">The file cannot be opened.</exception>
    public static (EthnicityPopulation? Population, IReadOnlyList<DataIssue> Issues) Load(string path, string fileName)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var csv = CsvInput.Open(path);
            return Read(csv, fileName);
        }
        catch (IOException ex)
        {
            throw new DataLoadException($"The population file '{fileName}' cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DataLoadException($"The population file '{fileName}' cannot be read: {ex.Message}");
        }
    }

    /// <summary>Reads CSV text; the issues name it by <paramref name="fileName"/>.</summary>
    public static (EthnicityPopulation? Population, IReadOnlyList<DataIssue> Issues) Read(TextReader text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var csv = CsvInput.Open(text, leaveOpen: true);
        return Read(csv, fileName);
    }

    private static (EthnicityPopulation? Population, IReadOnlyList<DataIssue> Issues) Read(CsvInput csv, string fileName)
    {
        var issues = new List<DataIssue>();
        var header = DisproportionalityRules.PopulationHeader;
        var rule = DisproportionalityRules.PopulationRow;
        if (!csv.Read())
        {
            issues.Add(new DataIssue(header.Severity, header.Id, fileName, null, null, null, "The file is empty: expected a header ethnicity,population."));
            return (null, issues);
        }
        var names = csv.Fields().Select(h => h.Trim().ToLowerInvariant()).ToList();
        var ethnicityCol = names.IndexOf("ethnicity");
        var countCol = CountColumns.Select(n => names.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        if (ethnicityCol < 0 || countCol < 0)
        {
            issues.Add(new DataIssue(header.Severity, header.Id, fileName, csv.Line, null, string.Join(",", names),
                "The header needs an ethnicity column and a population (or count, or headcount) column: nothing was read."));
            return (null, issues);
        }
        var byGroup = new Dictionary<EthnicityGroup, long>();
        var byCode = new Dictionary<EthnicityGroup, bool>(); // true: the group's figure came from detailed codes
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }
            var line = csv.Line;
            var ethnicity = ethnicityCol < csv.Count ? csv.Text(ethnicityCol).Trim() : string.Empty;
            var countText = countCol < csv.Count ? csv.Text(countCol).Trim() : string.Empty;
            void Reject(string column, string value, string reason) => issues.Add(new DataIssue(rule.Severity, rule.Id, fileName, line, column, value, reason));
            if (EthnicityGroups.Parse(ethnicity) is not { } group)
            {
                Reject("ethnicity", ethnicity, ethnicity.Equals("White", StringComparison.OrdinalIgnoreCase)
                    ? "White must be given as White British (WBRI) and White other (WIRI, WIRT, WOTH, WROM): White British is the reference group. The row is left out."
                    : "Not a DfE ethnicity code (WBRI, AIND, ...) or group (White British, White other, Mixed, Asian or Asian British, Black or Black British, Other ethnic group, Refused or not obtained): the row is left out.");
                continue;
            }
            if (!long.TryParse(countText, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                Reject(names[countCol], countText, "Not a whole number of 0 or more: the row is left out.");
                continue;
            }
            var isCode = EthnicityGroups.Of(ethnicity) != EthnicityGroup.UnknownCode;
            if (!seen.Add(isCode ? ethnicity.ToUpperInvariant() : group.Label()))
            {
                Reject("ethnicity", ethnicity, "Given twice: the later row is left out.");
                continue;
            }
            if (byCode.TryGetValue(group, out var earlierByCode) && (earlierByCode != isCode || !isCode))
            {
                Reject("ethnicity", ethnicity, $"{group.Label()} is given both by its codes and by its name: the later row is left out.");
                continue;
            }
            byCode[group] = isCode;
            byGroup[group] = byGroup.GetValueOrDefault(group) + count;
        }
        return (new EthnicityPopulation { ByGroup = byGroup, Source = fileName }, issues);
    }
}
