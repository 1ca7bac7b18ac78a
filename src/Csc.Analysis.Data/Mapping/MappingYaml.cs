using Csc.Analysis.Data.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Csc.Analysis.Data.Mapping;

/// <summary>
/// Reads a YAML mapping file (YamlDotNet) into the same <see cref="MappingNode"/>s as a JSON one, with their lines.
/// Every scalar is text, except a plain null, ~ or empty value.
/// </summary>
internal static class MappingYaml
{
    /// <summary>True for a .yaml or .yml file.</summary>
    public static bool IsYaml(string path)
        => Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";

    /// <summary>The tree of <paramref name="path"/>; a file that is not YAML is a <see cref="DataLoadException"/> naming the file and line.</summary>
    public static MappingNode Read(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new DataLoadException($"{Path.GetFileName(path)} line {ex.Start.Line}: not valid YAML ({ex.Message}).");
        }
        if (stream.Documents.Count == 0)
        {
            throw new DataLoadException($"{Path.GetFileName(path)}: the mapping file is empty; expected a \"tables\" mapping.");
        }
        return Convert(stream.Documents[0].RootNode);
    }

    private static MappingNode Convert(YamlNode node) => node switch
    {
        YamlMappingNode m => new MappingObject(node.Start.Line,
            [.. m.Children.Select(kv => (kv.Key is YamlScalarNode k ? k.Value ?? string.Empty : kv.Key.ToString(), kv.Key.Start.Line, Convert(kv.Value)))]),
        YamlSequenceNode s => new MappingList(node.Start.Line, [.. s.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => new MappingScalar(node.Start.Line, null, "null"),
        YamlScalarNode v => new MappingScalar(node.Start.Line, v.Value ?? string.Empty, "text"),
        _ => new MappingScalar(node.Start.Line, null, "an alias"),
    };
}
