namespace Csc.Analysis.Data.Loading;

/// <summary>
/// Where the monthly report and the notebooks find a population by ethnicity when none is given: a
/// <c>population-ethnicity.csv</c> in the data folder (as population.csv is), else beside it (in the folder holding the data
/// folder, or holding the data file: the bundled sample's is data-samples/population-ethnicity.csv, beside
/// data-samples/havering-like). Read with <see cref="EthnicityPopulationLoader"/>.
/// </summary>
public static class EthnicityPopulationFile
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = "population-ethnicity.csv";

    /// <summary>The population file for the data at <paramref name="dataPath"/> (a folder or a file); null when there is none.</summary>
    public static string? Find(string dataPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataPath);
        var full = Path.GetFullPath(dataPath);
        var candidates = new List<string>(2);
        if (Directory.Exists(full))
        {
            candidates.Add(Path.Combine(full, FileName));
            if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)) is { Length: > 0 } parent)
            {
                candidates.Add(Path.Combine(parent, FileName));
            }
        }
        else if (File.Exists(full) && Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            candidates.Add(Path.Combine(folder, FileName));
        }
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The population by ethnicity of <paramref name="given"/> (a path; it must exist), else of the file
    /// <see cref="Find"/> finds for <paramref name="dataPath"/> (null: look nowhere); issues are named by the file's name.
    /// </summary>
    /// <exception cref="DataLoadException">The given file does not exist, or a file cannot be read.</exception>
    public static EthnicityPopulationSource Open(string? given, string? dataPath)
    {
        if (given is not null && !File.Exists(given))
        {
            throw new DataLoadException($"The population by ethnicity '{given}' does not exist: give a CSV file of ethnicity,population.");
        }
        var path = given ?? (string.IsNullOrEmpty(dataPath) ? null : Find(dataPath));
        if (path is null)
        {
            return new EthnicityPopulationSource();
        }
        var name = Path.GetFileName(path);
        var (population, issues) = EthnicityPopulationLoader.Load(path, name);
        return new EthnicityPopulationSource
        {
            Population = population,
            Path = path,
            Issues = issues,
            Absent = population is null
                ? $"{name} could not be used ({(issues.Count > 0 ? issues[0].Reason.TrimEnd('.') : "no figures")}), so the children of each cohort are not compared with the population."
                : null,
        };
    }
}
