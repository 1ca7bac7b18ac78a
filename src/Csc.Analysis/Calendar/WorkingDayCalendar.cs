using System.Text.Json;

namespace Csc.Analysis.Calendar;

/// <summary>
/// Working days (Monday to Friday, not a bank holiday or local closure) with O(1) counting from a
/// precomputed cumulative table. The convention everywhere in the kit:
/// <c>WorkingDaysBetween(start, end)</c> counts the working days d with start &lt; d &lt;= end, so the
/// same day is 0 and the next working day is 1 (the DfE convention for ICPC timeliness).
/// Immutable: <see cref="WithExtraClosures"/> returns a new calendar.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly DateOnly TableStart = new(EnglandAndWalesBankHolidays.FirstYear, 1, 1);
    private static readonly DateOnly TableEnd = new(EnglandAndWalesBankHolidays.LastYear, 12, 31);

    // cumulative[i] = working days in [TableStart, TableStart + i].
    private readonly int[] cumulative;
    private readonly Dictionary<DateOnly, BankHoliday> closures;

    private WorkingDayCalendar(IEnumerable<BankHoliday> holidays)
    {
        closures = [];
        foreach (var h in holidays)
        {
            closures.TryAdd(h.Date, h);
        }

        var days = TableEnd.DayNumber - TableStart.DayNumber + 1;
        cumulative = new int[days];
        var running = 0;
        for (var i = 0; i < days; i++)
        {
            var d = TableStart.AddDays(i);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !closures.ContainsKey(d))
            {
                running++;
            }
            cumulative[i] = running;
        }
    }

    /// <summary>England and Wales bank holidays, no local closures.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(AllBankHolidays());

    /// <summary>The first date the calendar can count from.</summary>
    public static DateOnly MinDate => TableStart;

    /// <summary>The last date the calendar can count to.</summary>
    public static DateOnly MaxDate => TableEnd;

    /// <summary>Every closure (bank holidays and extra days) in date order.</summary>
    public IReadOnlyList<BankHoliday> Closures => [.. closures.Values.OrderBy(h => h.Date)];

    /// <summary>A new calendar with these extra closure days as well (local closures, a new one-off bank holiday).</summary>
    public WorkingDayCalendar WithExtraClosures(IEnumerable<BankHoliday> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new WorkingDayCalendar(closures.Values.Concat(extra));
    }

    /// <summary>True for Monday to Friday when not a closure.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var i = IndexOf(date, nameof(date));
        return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]) == 1;
    }

    /// <summary>True when the date is a bank holiday or an extra closure (whatever the weekday).</summary>
    public bool IsClosure(DateOnly date) => closures.ContainsKey(date);

    /// <summary>The closure on that date, if any.</summary>
    public BankHoliday? ClosureOn(DateOnly date) => closures.GetValueOrDefault(date);

    /// <summary>Closures from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public IReadOnlyList<BankHoliday> ClosuresBetween(DateOnly from, DateOnly to)
        => [.. closures.Values.Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)];

    /// <summary>
    /// Working days d with start &lt; d &lt;= end: 0 for the same day, negative when end is before start
    /// (minus the working days from end to start). O(1).
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        var s = IndexOf(start, nameof(start));
        var e = IndexOf(end, nameof(end));
        return cumulative[e] - cumulative[s];
    }

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days after <paramref name="date"/>
    /// (before it when negative): for n &gt; 0 the earliest d with WorkingDaysBetween(date, d) == n; for
    /// n &lt; 0 the latest d before date with -n working days in [d, date) (Saturday - 1 is Friday, as
    /// Excel's WORKDAY). The result is always a working day. 0 returns <paramref name="date"/> itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var i = IndexOf(date, nameof(date));
        if (workingDays == 0)
        {
            return date;
        }
        var target = cumulative[i] + workingDays;
        if (workingDays > 0)
        {
            // first index with cumulative == target
            var lo = i + 1;
            var hi = cumulative.Length - 1;
            if (cumulative[hi] < target)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, $"The result is after {IsoFormat.Date(TableEnd)}, the end of the calendar.");
            }
            return TableStart.AddDays(LowerBound(lo, hi, target));
        }
        else
        {
            // Moving back n working days mirrors moving forward: the latest working day d before date
            // with n working days in [d, date), so a Saturday minus 1 is the Friday (as Excel's WORKDAY),
            // not the Thursday. d is the first index whose cumulative count is cumulative[i - 1] - n + 1.
            var before = i == 0 ? 0 : cumulative[i - 1];
            var back = before + workingDays + 1;
            if (back < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, $"The result is before {IsoFormat.Date(TableStart)}, the start of the calendar.");
            }
            return TableStart.AddDays(LowerBound(0, i, back));
        }
    }

    private int LowerBound(int lo, int hi, int target)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (cumulative[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int IndexOf(DateOnly date, string name)
    {
        if (date < TableStart || date > TableEnd)
        {
            throw new ArgumentOutOfRangeException(name, date, $"The working-day calendar covers {IsoFormat.Date(TableStart)} to {IsoFormat.Date(TableEnd)}; {IsoFormat.Date(date)} is outside it.");
        }
        return date.DayNumber - TableStart.DayNumber;
    }

    private static IEnumerable<BankHoliday> AllBankHolidays()
    {
        foreach (var h in EnglandAndWalesBankHolidays.OneOffs)
        {
            if (h.Date.Year < EnglandAndWalesBankHolidays.FirstYear)
            {
                yield return h;
            }
        }
        for (var y = EnglandAndWalesBankHolidays.FirstYear; y <= EnglandAndWalesBankHolidays.LastYear; y++)
        {
            foreach (var h in EnglandAndWalesBankHolidays.ForYear(y))
            {
                yield return h;
            }
        }
    }

    /// <summary>
    /// Reads extra closures from a file in the shape of gov.uk's bank-holidays.json: either the whole
    /// file (an object with an "england-and-wales" division) or one division object
    /// (<c>{"division": ..., "events": [{"title": ..., "date": "yyyy-MM-dd"}]}</c>). A file that is not
    /// in that shape, or has a bad date, is an error naming the file and the place (events are counted from 1).
    /// </summary>
    public static IReadOnlyList<BankHoliday> ReadHolidayFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new HolidayFileException(path, "the file does not exist.");
        }
        using var stream = File.OpenRead(path);
        return ReadHolidayJson(stream, path);
    }

    /// <summary>As <see cref="ReadHolidayFile"/> from a stream; <paramref name="name"/> is used in messages.</summary>
    public static IReadOnlyList<BankHoliday> ReadHolidayJson(Stream stream, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new HolidayFileException(name, $"not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HolidayFileException(name, "expected a JSON object in the shape of gov.uk bank-holidays.json.");
            }
            JsonElement division;
            if (root.TryGetProperty("events", out _))
            {
                division = root;
            }
            else if (root.TryGetProperty("england-and-wales", out var ew))
            {
                division = ew;
            }
            else
            {
                throw new HolidayFileException(name, "no \"england-and-wales\" division and no \"events\" array: not the gov.uk bank-holidays.json shape.");
            }
            if (!division.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                throw new HolidayFileException(name, "the division has no \"events\" array.");
            }
            var list = new List<BankHoliday>();
            var index = 0;
            foreach (var ev in events.EnumerateArray())
            {
                if (ev.ValueKind != JsonValueKind.Object
                    || !ev.TryGetProperty("date", out var dateEl) || dateEl.ValueKind != JsonValueKind.String)
                {
                    throw new HolidayFileException(name, $"event {index + 1} has no \"date\" string.");
                }
                var text = dateEl.GetString()!;
                if (!IsoFormat.TryParseDate(text, out var date))
                {
                    throw new HolidayFileException(name, $"event {index + 1} has date '{text}', expected yyyy-MM-dd.");
                }
                if (date < TableStart || date > TableEnd)
                {
                    throw new HolidayFileException(name, $"event {index + 1} date {text} is outside the calendar's range {IsoFormat.Date(TableStart)} to {IsoFormat.Date(TableEnd)}.");
                }
                var title = ev.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "Closure";
                list.Add(new BankHoliday(date, title));
                index++;
            }
            return list;
        }
    }
}

/// <summary>A holiday file that cannot be used. The message names the file and the reason.</summary>
public sealed class HolidayFileException(string file, string reason)
    : Exception($"Holiday file '{file}': {reason}")
{
    /// <summary>The holiday file.</summary>
    public string File { get; } = file;

    /// <summary>Why it cannot be used.</summary>
    public string Reason { get; } = reason;
}
