namespace Csc.Analysis.Pseudonymisation;

/// <summary>
/// UK postcodes cut to the sector: the outward code, a space and the first character of the inward code
/// (<c>RM12 5AB</c> → <c>RM12 5</c>). A sector holds about 3,000 addresses, so it no longer points to a home.
/// </summary>
public static class PostcodeSector
{
    /// <summary>
    /// The sector of <paramref name="postcode"/> (case and spacing ignored), or null when it is blank or not shaped like
    /// a postcode (an outward code of 2 to 4 letters and digits starting with a letter, then a digit and two letters).
    /// </summary>
    public static string? Of(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }
        Span<char> compact = stackalloc char[Math.Min(postcode.Length, 16)];
        var n = 0;
        foreach (var ch in postcode)
        {
            if (ch == ' ')
            {
                continue;
            }
            if (n == compact.Length || !char.IsAsciiLetterOrDigit(ch))
            {
                return null;
            }
            compact[n++] = char.ToUpperInvariant(ch);
        }
        if (n is < 5 or > 7)
        {
            return null;
        }
        var outward = compact[..(n - 3)];
        var inward = compact[(n - 3)..];
        if (!char.IsAsciiLetter(outward[0]) || !char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2]))
        {
            return null;
        }
        return string.Concat(outward, " ", inward[..1]);
    }
}
