using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using Csc.Analysis.Pseudonymisation;
using Csc.Analysis.Output;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi pseudonymise --data IN --out OUT --key-file F [--format F]</c>: loads an extract in any format and writes
/// a pseudonymised canonical copy (see <see cref="Pseudonymiser"/>). Refuses to write into, over or around its input;
/// the key is read from the file and never printed. Exit 1 when the input had errors (the copy is still written
/// from the rows that loaded, and says so), 2 for usage problems.
/// </summary>
internal sealed class PseudonymiseCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "The extract to copy: a canonical folder, SSDA903 CSVs, a CIN census .xml or an Annex A .xlsx.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the pseudonymised canonical copy (created; must not be or contain the input, nor lie inside it).", Required = true };
        var keyFile = new Option<string>("--key-file") { Description = "File holding the secret key (at least 16 bytes, e.g. `head -c 32 /dev/urandom > key.bin`); keep it apart from the copy.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var cmd = new Command("pseudonymise", "Write a copy of an extract that is fit to share: keyed pseudonyms for child and record ids, month-of-birth, postcode sectors, coded worker names and free text.\n\nExample:\n  csc-kpi pseudonymise --data data-samples/havering-like --out shared/havering-pseudo --key-file ~/keys/partnership.key");
        cmd.Options.Add(data);
        cmd.Options.Add(output);
        cmd.Options.Add(keyFile);
        cmd.Options.Add(format);
        cmd.SetAction(parse => Run(env, parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(keyFile)!, parse.GetValue(format) ?? "auto"));
        return cmd;
    }

    private static int Run(CliEnvironment env, string dataPath, string outPath, string keyPath, string formatText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var input = Path.TrimEndingDirectorySeparator(env.Resolve(dataPath));
        var target = Path.TrimEndingDirectorySeparator(env.Resolve(outPath));
        var keyFile = env.Resolve(keyPath);
        CheckApart(input, target);
        if (!File.Exists(keyFile))
        {
            throw new CliException($"--key-file '{keyFile}' does not exist: create one with `head -c 32 /dev/urandom > key.bin` and keep it safe.");
        }
        if (IsInside(keyFile, target))
        {
            throw new CliException($"--key-file '{keyFile}' is inside the output folder '{target}': keep the key apart from the copy you share.");
        }

        PseudonymKey key;
        try
        {
            key = PseudonymKey.FromFile(keyFile);
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"--key-file '{keyFile}': {FirstSentence(ex.Message)}");
        }

        LoadResult load;
        try
        {
            load = env.Progress.Run($"Loading {input}", () => CaseDataLoader.Load(input, format));
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message);
        }

        var copy = new Pseudonymiser(key).Apply(load.Data);
        OutputFile.CreateFolder(target);
        var written = CanonicalExtractWriter.Write(copy, target).Count;
        // Targets and timescales hold nothing about children: the copy keeps them, so it reports the same way.
        var config = Path.Combine(Directory.Exists(input) ? input : Path.GetDirectoryName(input)!, "kpi-config.json");
        if (File.Exists(config))
        {
            OutputFile.Copy(config, Path.Combine(target, "kpi-config.json"));
            written++;
        }
        var inv = CultureInfo.InvariantCulture;
        env.Out.WriteLine(string.Create(inv, $"Pseudonymised {ValidateCommand.TableRows(copy).Sum(t => t.Rows)} rows from {Path.GetFileName(input)} ({load.Format.Name()}) into {written} files in {target}."));
        env.Out.WriteLine("Child and record ids are keyed pseudonyms, dates of birth are the first of the month, postcodes are sectors, worker names and event labels are codes.");
        if (load.HasErrors)
        {
            env.Error.WriteLine(string.Create(inv, $"csc-kpi: the input had {load.ErrorCount} errors; rows with errors are not in the copy. Run `csc-kpi validate --data {dataPath}` to see them."));
            return ExitCodes.DataErrors;
        }
        return ExitCodes.Ok;
    }

    private static void CheckApart(string input, string target)
    {
        var inputFolder = File.Exists(input) ? Path.GetDirectoryName(input)! : input;
        if (string.Equals(target, input, StringComparison.Ordinal) || File.Exists(target))
        {
            throw new CliException($"--out '{target}' is the input or an existing file: give a new folder for the copy.");
        }
        if (IsInside(target, inputFolder) || string.Equals(target, inputFolder, StringComparison.Ordinal))
        {
            throw new CliException($"--out '{target}' is inside the input '{inputFolder}': write the copy somewhere else, so the original cannot be overwritten or shared by mistake.");
        }
        if (IsInside(input, target))
        {
            throw new CliException($"--out '{target}' contains the input '{input}': give a folder outside it.");
        }
    }

    private static bool IsInside(string path, string folder)
        => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
