using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Disclosure;

/// <summary>
/// The last check before a public output is written: every child id, record id, worker code, postcode, date of birth
/// (ISO or "26 May 2003"; those on the first or last day of a month are not looked for, since outputs print month
/// starts and ends) and context-event label of the case data, looked for as whole words in a text. Used where the text
/// comes from code the kit does not control (a notebook cell's output): an output that names any of them is withheld.
/// </summary>
public sealed partial class PublicTextGuard
{
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phrases = new(StringComparer.Ordinal);

    /// <summary>The values of <paramref name="data"/> (every table's id, worker, postcode and date-of-birth fields, and the events' labels).</summary>
    public static PublicTextGuard From(IEnumerable<CaseData> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var guard = new PublicTextGuard();
        foreach (var set in data)
        {
            foreach (var table in typeof(CaseData).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string)))
            {
                if (table.GetValue(set) is not IEnumerable rows)
                {
                    continue;
                }
                PropertyInfo[]? fields = null;
                foreach (var row in rows)
                {
                    if (row is null)
                    {
                        continue;
                    }
                    fields ??= row.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
                    foreach (var f in fields)
                    {
                        guard.Add(f.Name, f.GetValue(row), row is ContextEvent);
                    }
                }
            }
        }
        return guard;
    }

    private void Add(string field, object? value, bool isEvent)
    {
        switch (value)
        {
            case string s when s.Length > 0:
                if (field.EndsWith("Id", StringComparison.Ordinal) || field == "Worker")
                {
                    _words.TryAdd(s.Trim(), field == "Worker" ? "worker code" : field == "ChildId" ? "child id" : "record id");
                }
                else if (field.Contains("Postcode", StringComparison.Ordinal))
                {
                    var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length == 2)
                    {
                        _pairs.TryAdd(parts[0] + " " + parts[1], "postcode");
                    }
                }
                else if (isEvent && field == "Label" && s.Trim().Length >= 4)
                {
                    _phrases.Add(s.Trim());
                }
                break;
            case DateOnly d when field == "DateOfBirth" && d.Day != 1 && d.Day != DateTime.DaysInMonth(d.Year, d.Month):
                _dates.Add(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>What <paramref name="text"/> names ("child id", "postcode", ...), the first found; null when it names nothing.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? previous = null;
        foreach (Match m in Word().Matches(text))
        {
            if (_words.TryGetValue(m.Value, out var what))
            {
                return what;
            }
            if (previous is not null && m.Index > 0 && text[m.Index - 1] == ' ' && _pairs.TryGetValue(previous + " " + m.Value, out var pc))
            {
                return pc;
            }
            previous = m.Value;
        }
        foreach (Match m in IsoDate().Matches(text))
        {
            if (_dates.Contains(m.Value))
            {
                return "date of birth";
            }
        }
        foreach (Match m in LongDate().Matches(text))
        {
            if (DateOnly.TryParseExact(m.Value, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && _dates.Contains(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            {
                return "date of birth";
            }
        }
        return _phrases.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal)) is null ? null : "free text";
    }

    [GeneratedRegex("[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongDate();
}
