namespace Csc.Analysis.Data.Parsing;

/// <summary>
/// A closed list of codes (for example the CP categories NEG PHY SAB EMO MUL). Membership is
/// case-insensitive and ignores surrounding spaces; <see cref="TryMatch"/> returns the code as
/// spelled in the list.
/// </summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> lookup;

    /// <summary>A list called <paramref name="name"/> (used in messages, e.g. "category of abuse").</summary>
    public CodeList(string name, IEnumerable<string> codes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(codes);
        Name = name;
        Codes = [.. codes];
        if (Codes.Count == 0)
        {
            throw new ArgumentException("A code list needs at least one code.", nameof(codes));
        }
        lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Codes)
        {
            if (!lookup.TryAdd(c.Trim(), c))
            {
                throw new ArgumentException($"The code '{c}' appears twice in the {name} list.", nameof(codes));
            }
        }
    }

    /// <summary>The list's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>The codes in the order given.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Whether <paramref name="text"/> (trimmed) is in the list.</summary>
    public bool Contains(string? text) => text is not null && lookup.ContainsKey(text.Trim());

    /// <summary>The listed spelling of <paramref name="text"/> when it is a member.</summary>
    public bool TryMatch(string? text, out string code)
    {
        if (text is not null && lookup.TryGetValue(text.Trim(), out var found))
        {
            code = found;
            return true;
        }
        code = string.Empty;
        return false;
    }

    /// <summary>"'XYZ' is not a known {name} code; expected one of A, B, C."</summary>
    public string DescribeUnknown(string? text)
        => $"'{text?.Trim()}' is not a known {Name} code; expected one of {string.Join(", ", Codes)}.";
}
