using System.Globalization;
using System.Text;
using System.Text.Json;
using Csc.Analysis.Data.Loading;

namespace Csc.Analysis.Data.Mapping;

/// <summary>A value of a mapping file with the line it starts on, so that every message can name the line.</summary>
internal abstract record MappingNode(long Line)
{
    /// <summary>What the node is, for messages: an object, a list, text, a number, true/false or null.</summary>
    public abstract string Kind { get; }
}

/// <summary>An object: its members in file order, each with the line of its name.</summary>
internal sealed record MappingObject(long Line, IReadOnlyList<(string Name, long Line, MappingNode Value)> Members) : MappingNode(Line)
{
    /// <inheritdoc />
    public override string Kind => "an object";
}

/// <summary>A list.</summary>
internal sealed record MappingList(long Line, IReadOnlyList<MappingNode> Items) : MappingNode(Line)
{
    /// <inheritdoc />
    public override string Kind => "a list";
}

/// <summary>A scalar: text, or a number, true/false or null written as text (<see cref="Kind"/> says which).</summary>
internal sealed record MappingScalar(long Line, string? Text, string ScalarKind) : MappingNode(Line)
{
    /// <inheritdoc />
    public override string Kind => ScalarKind;
}

/// <summary>Reads a JSON mapping file (comments and trailing commas allowed) into <see cref="MappingNode"/>s with their lines.</summary>
internal static class MappingJson
{
    /// <summary>The tree of <paramref name="path"/>; a file that is not JSON is a <see cref="DataLoadException"/> naming the file and line.</summary>
    public static MappingNode Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var data = bytes.AsMemory(start);
        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < data.Length; i++)
        {
            if (data.Span[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        long LineOf(long offset)
        {
            var i = lineStarts.BinarySearch(offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }
        var reader = new Utf8JsonReader(data.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new DataLoadException($"{Path.GetFileName(path)}: the mapping file is empty; expected a JSON object with a \"tables\" member.");
            }
            var root = ReadValue(ref reader, LineOf);
            if (reader.Read())
            {
                throw new DataLoadException($"{Path.GetFileName(path)} line {LineOf(reader.TokenStartIndex)}: more JSON after the end of the mapping object.");
            }
            return root;
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (l + 1).ToString(CultureInfo.InvariantCulture) : "?";
            throw new DataLoadException($"{Path.GetFileName(path)} line {line}: not valid JSON ({ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}).");
        }
    }

    private static MappingNode ReadValue(ref Utf8JsonReader reader, Func<long, long> lineOf)
    {
        var line = lineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<(string, long, MappingNode)>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLine = lineOf(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add((name, nameLine, ReadValue(ref reader, lineOf)));
                }
                return new MappingObject(line, members);
            case JsonTokenType.StartArray:
                var items = new List<MappingNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineOf));
                }
                return new MappingList(line, items);
            case JsonTokenType.String:
                return new MappingScalar(line, reader.GetString(), "text");
            case JsonTokenType.Number:
                return new MappingScalar(line, Encoding.UTF8.GetString(reader.ValueSpan), "a number");
            case JsonTokenType.True or JsonTokenType.False:
                return new MappingScalar(line, reader.TokenType == JsonTokenType.True ? "true" : "false", "true or false");
            default:
                return new MappingScalar(line, null, "null");
        }
    }
}
