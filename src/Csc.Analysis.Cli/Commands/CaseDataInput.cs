using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// Loads the case data a command reads from a file or folder: a file that cannot be read at all is one sentence
/// (exit 1), and the located issues are summarised on stderr, as every command does.
/// </summary>
internal static class CaseDataInput
{
    /// <summary>Loads <paramref name="dataPath"/> (shown as <paramref name="dataText"/>) in <paramref name="format"/>.</summary>
    public static LoadResult Load(CliEnvironment env, string dataText, string dataPath, DataFormat format)
    {
        LoadResult load;
        try
        {
            load = env.Progress.Run($"Loading {dataText}", () => CaseDataLoader.Load(dataPath, format));
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
        KpisCommand.Summarise(env.Error, $"Loading {dataText} ({load.Format.Name()})", load.Issues, "rows with errors were left out; the rest are used");
        // These commands follow children through one council's records: a stack (rows with la_code) would join children of different councils.
        if (CouncilPartition.Split(load.Data) is { IsStack: true } councils)
        {
            throw new CliException($"{dataText} holds {councils.Parts.Count} councils ({string.Join(", ", councils.Codes)}); this command reads one council's data: give it one council's files (kpis, export, benchmark and report --la read a stack).");
        }
        return load;
    }
}
