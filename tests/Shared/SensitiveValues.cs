using System.Globalization;
using System.Text.RegularExpressions;

namespace Csc.Analysis.TestSupport;

/// <summary>
/// Every value of a canonical extract that a public output must not contain: child ids, record ids (every other
/// <c>*_id</c> column), worker codes, postcodes, dates of birth (ISO and "26 May 2003") and free text (event labels),
/// read from the CSV files of a folder. A date of birth on the first or last day of a month is not looked for: every
/// output prints month starts and ends (months.csv, chart axes), so such a date says nothing about a child. <see cref="FindIn"/> lists those that occur in a text as whole words.
/// Ids, worker codes and free text shorter than <see cref="MinimumLength"/> characters are not looked for (they are
/// counted in <see cref="Skipped"/>): a value such as "12" or "AT" is a whole word of many pages (a count, a table
/// heading) and says nothing about a child; the sample's shortest value (a worker code such as AT07) has 4, so on the
/// sample nothing is skipped. Words are matched whole, so C000734 is not found inside C0007345.
/// One file, linked into every test project by Directory.Build.props.
/// </summary>
internal sealed partial class SensitiveValues
{
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dates = new(StringComparer.Ordinal);
    private readonly List<(string Text, string What)> _phrases = [];
    private readonly HashSet<string> _short = new(StringComparer.Ordinal);

    /// <summary>The shortest id, worker code or free text looked for.</summary>
    public const int MinimumLength = 4;

    /// <summary>How many distinct values were not looked for because they are shorter than <see cref="MinimumLength"/>.</summary>
    public int Skipped { get; private set; }

    /// <summary>How many values of each kind were read ("child id" 20404, ...).</summary>
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>The values of the canonical extract in <paramref name="folder"/>.</summary>
    public static SensitiveValues FromCanonical(string folder)
    {
        var s = new SensitiveValues();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var table = Path.GetFileNameWithoutExtension(file);
            using var reader = new StreamReader(file);
            var header = Split(reader.ReadLine() ?? string.Empty);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var cells = Split(line);
                for (var c = 0; c < header.Count && c < cells.Count; c++)
                {
                    var v = cells[c].Trim();
                    if (v.Length == 0)
                    {
                        continue;
                    }
                    var name = header[c];
                    if (name == "child_id")
                    {
                        s.Word(v, "child id");
                    }
                    else if (name.EndsWith("_id", StringComparison.Ordinal))
                    {
                        s.Word(v, "record id");
                    }
                    else if (name == "worker")
                    {
                        s.Word(v, "worker code");
                    }
                    else if (name.Contains("postcode", StringComparison.Ordinal))
                    {
                        s.Postcode(v);
                    }
                    else if (name is "date_of_birth")
                    {
                        s.Date(v);
                    }
                    else if (table == "events" && name == "label")
                    {
                        s.Phrase(v, "free text");
                    }
                }
            }
        }
        return s;
    }

    /// <summary>"child id C000734", ... for every value found in <paramref name="text"/> as a whole word (at most 20).</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value;
            if (_words.TryGetValue(w, out var what))
            {
                found.Add($"{what} {w}");
            }
            if (previous is not null && _pairs.TryGetValue(previous + " " + w, out var pc) && text[m.Index - 1] == ' ')
            {
                found.Add($"{pc} {previous} {w}");
            }
            previous = w;
        }
        foreach (Match m in IsoDate().Matches(text))
        {
            if (_dates.TryGetValue(m.Value, out var dob))
            {
                found.Add($"{dob} {m.Value}");
            }
        }
        foreach (Match m in LongDate().Matches(text))
        {
            if (DateOnly.TryParseExact(m.Value, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && _dates.TryGetValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var dob))
            {
                found.Add($"{dob} {m.Value}");
            }
        }
        foreach (var (phrase, what) in _phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                found.Add($"{what} '{phrase}'");
            }
        }
        return [.. found.Take(20)];
    }

    private void Word(string v, string what)
    {
        if (v.Length < MinimumLength)
        {
            Skipped += _short.Add(v) ? 1 : 0;
            return;
        }
        if (_words.TryAdd(v, what))
        {
            Counts[what] = Counts.GetValueOrDefault(what) + 1;
        }
    }

    private void Postcode(string v)
    {
        var parts = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && _pairs.TryAdd(parts[0] + " " + parts[1], "postcode"))
        {
            Counts["postcode"] = Counts.GetValueOrDefault("postcode") + 1;
        }
    }

    private void Date(string v)
    {
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Day != 1 && d.Day != DateTime.DaysInMonth(d.Year, d.Month) && _dates.TryAdd(v, "date of birth"))
        {
            Counts["date of birth"] = Counts.GetValueOrDefault("date of birth") + 1;
        }
    }

    private void Phrase(string v, string what)
    {
        if (v.Length < MinimumLength)
        {
            Skipped += _short.Add(v) ? 1 : 0;
            return;
        }
        if (!_phrases.Any(p => p.Text == v))
        {
            _phrases.Add((v, what));
            Counts[what] = Counts.GetValueOrDefault(what) + 1;
        }
    }

    /// <summary>Minimal RFC 4180 split of one line (quoted cells hold no line breaks in the files the tests read).</summary>
    internal static List<string> Split(string line)
    {
        var cells = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(ch);
            }
        }
        cells.Add(sb.ToString());
        return cells;
    }

    [GeneratedRegex("[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongDate();
}
