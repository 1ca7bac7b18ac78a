using System.Diagnostics.CodeAnalysis;

namespace Csc.Analysis.Domain;

/// <summary>
/// A council's code, as the <c>la_code</c> column of a stack of councils carries it: its DfE number (three digits,
/// such as <c>311</c>) or its ONS code (a letter for the nation and eight digits, such as <c>E09000016</c>). Immutable;
/// two codes are equal when their text is (an ONS code's letter is stored in capitals). A DfE number and the ONS code
/// of the same council are different codes: a stack uses one kind throughout.
/// </summary>
public sealed record CouncilCode
{
    private CouncilCode(string value) => Value = value;

    /// <summary>The code as written in la_code and in outputs (<c>311</c>, <c>E09000016</c>).</summary>
    public string Value { get; }

    /// <summary>True for a DfE number (three digits), false for an ONS code.</summary>
    public bool IsDfeNumber => Value.Length == 3;

    /// <summary>The DfE number as a number (311), or null for an ONS code.</summary>
    public int? DfeNumber => IsDfeNumber ? int.Parse(Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Reads a code: three digits (a DfE number, 001 to 999), or E, W, S or N followed by eight digits (an ONS code, any
    /// letter case), after trimming. Anything else (blank, 4 digits, a name) is not a code.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CouncilCode? code)
    {
        code = null;
        var s = text.AsSpan().Trim();
        if (s.Length == 3 && IsDigits(s) && s is not "000")
        {
            code = new CouncilCode(s.ToString());
            return true;
        }
        if (s.Length == 9 && char.ToUpperInvariant(s[0]) is 'E' or 'W' or 'S' or 'N' && IsDigits(s[1..]))
        {
            code = new CouncilCode(char.ToUpperInvariant(s[0]) + s[1..].ToString());
            return true;
        }
        return false;
    }

    /// <summary>Reads a code (see <see cref="TryParse"/>); throws <see cref="FormatException"/> when <paramref name="text"/> is not one.</summary>
    public static CouncilCode Parse(string text)
        => TryParse(text, out var code) ? code
            : throw new FormatException($"'{text}' is not a council code: use a DfE number such as 311 or an ONS code such as E09000016.");

    /// <summary>What a valid code looks like, for messages.</summary>
    public const string Expected = "a DfE number such as 311 or an ONS code such as E09000016";

    /// <summary>Orders codes by their text (ordinal), the order of every per-council output.</summary>
    public static IComparer<CouncilCode> Order { get; } = Comparer<CouncilCode>.Create((a, b) => string.CompareOrdinal(a?.Value, b?.Value));

    /// <summary>The code's text.</summary>
    public override string ToString() => Value;

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
