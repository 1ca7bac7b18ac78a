using System.CommandLine;

namespace Csc.Analysis.Cli;

/// <summary>
/// <c>--mapping FILE</c>: read a council's own export through a column mapping (JSON or YAML, docs/mapping.md). The source
/// files the mapping names are relative to the --data folder when one is given, else to the mapping file's folder.
/// </summary>
internal sealed class MappingOption
{
    private readonly Option<string?> mapping = new("--mapping") { Description = "Read the council's own export through this column mapping (JSON, or YAML for .yaml/.yml; docs/mapping.md). Source files are relative to --data (a folder) or the mapping's folder." };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public static MappingOption AddTo(Command command)
    {
        var o = new MappingOption();
        command.Options.Add(o.mapping);
        return o;
    }

    /// <summary>The mapping file's full path, or null when none is given; a usage error when it does not exist.</summary>
    public string? Read(ParseResult parse, CliEnvironment env)
    {
        if (parse.GetValue(mapping) is not { } text)
        {
            return null;
        }
        var path = env.Resolve(text);
        return File.Exists(path) ? path : throw new CliException($"--mapping '{text}' does not exist.");
    }
}
