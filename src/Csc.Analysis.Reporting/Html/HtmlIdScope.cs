using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Csc.Analysis.Reporting.Html;

/// <summary>
/// The ids used on one page (or in one notebook session), so fragments written separately never
/// clash. Ids are derived from content and order only: <c>prefix-</c> and the first 8 hex digits of
/// the SHA-256 of the content (a counter when there is none), with -2, -3 for repeats.
/// Thread-safe.
/// </summary>
public sealed class HtmlIdScope
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>A deterministic id unique within this scope.</summary>
    public string NewId(string prefix, string? content)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        if (!char.IsAsciiLetterLower(prefix[0]) || prefix.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw new ArgumentException($"Invalid id prefix '{prefix}': use lower-case ASCII letters, digits and '-', starting with a letter.", nameof(prefix));
        }
        lock (_gate)
        {
            string id;
            if (content is null)
            {
                id = prefix + "-" + (_ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
                id = prefix + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
            }
            if (_ids.TryGetValue(id, out var seen))
            {
                _ids[id] = seen + 1;
                var candidate = id + "-" + (seen + 1).ToString(CultureInfo.InvariantCulture);
                _ids[candidate] = 1;
                return candidate;
            }
            _ids[id] = 1;
            return id;
        }
    }

    /// <summary>Forgets every id (a new notebook run).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _ids.Clear();
        }
    }
}
