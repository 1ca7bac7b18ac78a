using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Inspection;

/// <summary>
/// What every measure family works with: the data, the window and reference date of the convention, its way of
/// counting durations and records, and the emitters that add measures and issues. One per pack run.
/// </summary>
internal sealed class InspectionContext
{
    private readonly List<InspectionMeasure> _measures = [];
    private readonly List<DataIssue> _issues = [];
    private readonly List<string> _notCarried = [];
    private readonly Dictionary<string, Child> _children = new(StringComparer.Ordinal);
    private readonly InspectionOptions _options;

    public InspectionContext(CaseData data, InspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Months is < 1 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Months, "The window must be 1 to 24 months.");
        }
        Data = data;
        _options = options;
        Convention = options.Convention;
        foreach (var c in data.Children)
        {
            _children.TryAdd(c.ChildId, c);
        }
        AsAt = options.AsAt ?? data.ExtractDate ?? data.LatestActivityDate()
            ?? throw new ArgumentException("The data has no dated records and no --as-at was given: there is no window to measure: give an as-at date.");
        if (Chat)
        {
            Reference = new DateOnly(AsAt.Year, AsAt.Month, 1);
            WindowStart = Reference.AddMonths(-options.Months);
            WindowEnd = Reference.AddDays(-1);
        }
        else
        {
            Reference = AsAt;
            WindowStart = AsAt.AddMonths(-options.Months).AddDays(1);
            WindowEnd = AsAt;
        }
        var population = options.Population ?? (data.Population.Count > 0 ? InspectionPopulation.FromEstimates(data.Population, "population.csv of the extract") : null);
        if (population?.For(Reference, out var year) is { } n)
        {
            Population = n;
            PopulationSource = year is { } y ? $"{population.Source}, mid-{y.ToString(CultureInfo.InvariantCulture)}" : population.Source;
            if (year is { } used && used != PopulationEstimate.YearFor(Reference))
            {
                Issue(InspectionRules.PopulationOtherYear, population.Source, "year", used.ToString(CultureInfo.InvariantCulture),
                    $"No population for mid-{PopulationEstimate.YearFor(Reference).ToString(CultureInfo.InvariantCulture)} (the reference date {IsoFormat.Date(Reference)}): mid-{used.ToString(CultureInfo.InvariantCulture)} was used.");
            }
        }
        else
        {
            Issue(InspectionRules.PopulationMissing, population?.Source ?? "population.csv", null, null,
                "No population of children aged 0 to 17 for the reference date: give --population FILE (year,aged_0_17 or age,population) for rates per 10,000.");
        }
    }

    public CaseData Data { get; }

    public InspectionConvention Convention { get; }

    public bool Chat => Convention == InspectionConvention.Chat;

    public DateOnly AsAt { get; }

    /// <summary>The date open items are measured to: the as-at date, or the 1st of its month under chat.</summary>
    public DateOnly Reference { get; }

    public DateOnly WindowStart { get; }

    public DateOnly WindowEnd { get; }

    public int? Population { get; }

    public string? PopulationSource { get; }

    public IReadOnlyList<InspectionMeasure> Measures => _measures;

    public IReadOnlyList<DataIssue> Issues => _issues;

    public IReadOnlyList<string> NotCarried => _notCarried;

    public bool InWindow(DateOnly date) => date >= WindowStart && date <= WindowEnd;

    public bool OpenAtReference(DateOnly start, DateOnly? end) => OpenEnded.IsOpenAt(start, end, Reference);

    public Child? Child(string childId) => _children.GetValueOrDefault(childId);

    /// <summary>
    /// The open-length bin of an item started on <paramref name="start"/> at <paramref name="date"/>: by whole calendar
    /// months under corrected (<see cref="InspectionBins.OpenLengthBin"/>), by 014's day counts under chat
    /// (<see cref="InspectionBins.OpenLengthBinByDays"/>: 91, 182, 365 and 730 days).
    /// </summary>
    public string OpenLengthBin(DateOnly start, DateOnly date)
        => Chat ? InspectionBins.OpenLengthBinByDays(date.DayNumber - start.DayNumber) : InspectionBins.OpenLengthBin(start, date);

    /// <summary>Says a list's data is not in the input (once per list).</summary>
    public void NotCarriedList(string list, string reason)
    {
        if (!_notCarried.Contains(list))
        {
            _notCarried.Add(list);
            Issue(InspectionRules.NotCarried, list, null, null, $"{InspectionLists.Title(list)}: {reason}");
        }
    }

    public void Issue(DataRule rule, string file, string? column, string? value, string reason)
        => _issues.Add(InspectionRules.Issue(rule, file, column, value, reason));

    /// <summary>
    /// The records to count: every row under chat; under corrected one per key (a repeated row of the same child and
    /// date is one record), the first in input order.
    /// </summary>
    public IReadOnlyList<T> Records<T>(IEnumerable<T> rows, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Chat)
        {
            return [.. rows];
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. rows.Where(r => seen.Add(key(r)))];
    }

    /// <summary>A cohort's size: distinct children under corrected, rows under chat.</summary>
    public long Cohort<T>(IReadOnlyCollection<T> rows, Func<T, string> childId)
        => Chat ? rows.Count : rows.Select(childId).Distinct(StringComparer.Ordinal).LongCount();

    /// <summary>
    /// Working days from <paramref name="start"/> to <paramref name="end"/>. Corrected: England and Wales working
    /// days after start up to and including end (same day 0); an end before the start is an issue and null.
    /// Chat: Monday to Friday in [start, end), negative when end is before start (an issue, kept).
    /// </summary>
    public int? WorkingDays(DateOnly start, DateOnly end, string list, string column, string what)
    {
        if (end < start)
        {
            Issue(InspectionRules.DurationNegative, list, column, IsoFormat.Date(end),
                $"{what}: {IsoFormat.Date(end)} is before {IsoFormat.Date(start)}; " + (Chat ? "put in the first bin (chat)." : "left out of the timeliness figures."));
            if (!Chat)
            {
                return null;
            }
        }
        if (Chat)
        {
            return WeekdaysHalfOpen(start, end);
        }
        if (start < Calendar.WorkingDayCalendar.MinDate || end > Calendar.WorkingDayCalendar.MaxDate)
        {
            Issue(InspectionRules.DateOutsideCalendar, list, column, IsoFormat.Date(end), $"{what}: a date outside the calendar's years; left out.");
            return null;
        }
        return _options.Calendar.WorkingDaysBetween(start, end);
    }

    /// <summary>
    /// Calendar days from <paramref name="start"/> to <paramref name="end"/>; an end before the start is an issue and
    /// null under corrected, kept (negative) under chat.
    /// </summary>
    public int? Days(DateOnly start, DateOnly end, string list, string column, string what)
    {
        if (end < start)
        {
            Issue(InspectionRules.DurationNegative, list, column, IsoFormat.Date(end),
                $"{what}: {IsoFormat.Date(end)} is before {IsoFormat.Date(start)}; " + (Chat ? "kept (chat)." : "left out."));
            if (!Chat)
            {
                return null;
            }
        }
        return end.DayNumber - start.DayNumber;
    }

    /// <summary>Monday to Friday in [start, end) (numpy's busday_count without holidays): negative when end is before start.</summary>
    public static int WeekdaysHalfOpen(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -WeekdaysHalfOpen(end, start);
        }
        var days = end.DayNumber - start.DayNumber;
        var weeks = days / 7;
        var count = weeks * 5;
        var d = start.AddDays(weeks * 7);
        while (d < end)
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
            d = d.AddDays(1);
        }
        return count;
    }

    /// <summary>A plain count.</summary>
    public void Count(string list, string id, long n) => _measures.Add(new(list, id, string.Empty, n, null, null, InspectionUnit.Count));

    /// <summary>A count and its rate per 10,000 children (id <paramref name="rateId"/>, else <c>id_rate_per_10k</c>).</summary>
    public void CountAndRate(string list, string id, long n, string? rateId = null)
    {
        Count(list, id, n);
        _measures.Add(new(list, rateId ?? id + "_rate_per_10k", string.Empty, Population is { } p and > 0 ? Math.Round(n * 10_000.0 / p, 1) : null, n, Population, InspectionUnit.RatePer10k));
    }

    /// <summary>A percentage (1 decimal place); null value when the denominator is 0.</summary>
    public void Percent(string list, string id, string category, long numerator, long denominator)
        => _measures.Add(new(list, id, category, denominator > 0 ? Math.Round(numerator * 100.0 / denominator, 1) : null, numerator, denominator, InspectionUnit.Percent));

    /// <summary>A value in <paramref name="unit"/>.</summary>
    public void Value(string list, string id, string category, double? value, InspectionUnit unit)
        => _measures.Add(new(list, id, category, value, null, null, unit));

    /// <summary>The share of durations in each bin (every bin, zeros too) and the 25th, 50th and 75th percentiles.</summary>
    public void Durations(string list, string id, IReadOnlyList<InspectionBin> bins, IReadOnlyList<int> values, InspectionUnit unit)
    {
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(values);
        var counts = new long[bins.Count];
        foreach (var v in values)
        {
            var bin = InspectionBins.BinOf(bins, v, Chat);
            for (var i = 0; i < bins.Count; i++)
            {
                if (ReferenceEquals(bins[i], bin))
                {
                    counts[i]++;
                }
            }
        }
        for (var i = 0; i < bins.Count; i++)
        {
            Percent(list, id + "_bins", bins[i].Label, counts[i], values.Count);
        }
        Percentiles(list, id, values, unit);
    }

    /// <summary>The 25th, 50th and 75th percentiles (Excel PERCENTILE.INC, R type 7) as categories p25, p50, p75.</summary>
    public void Percentiles(string list, string id, IReadOnlyList<int> values, InspectionUnit unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        var xs = values.Select(v => (double)v).ToArray();
        foreach (var (label, p) in new[] { ("p25", 0.25), ("p50", 0.5), ("p75", 0.75) })
        {
            _measures.Add(new(list, id + "_percentile", label, xs.Length > 0 ? Math.Round(Quantiles.Quantile(xs, p), 1) : null, null, null, unit) { Cohort = xs.Length });
        }
    }

    /// <summary>The share of each group (in ordinal order of the group names; a blank group is "not recorded").</summary>
    public void Mix(string list, string id, IReadOnlyCollection<string?> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var g in groups.Select(Group).GroupBy(g => g, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Percent(list, id, g.Key, g.Count(), groups.Count);
        }
    }

    /// <summary>The share of fixed groups in the given order (every group, zeros too).</summary>
    public void Mix(string list, string id, IReadOnlyList<string> order, IReadOnlyCollection<string> groups)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var o in order)
        {
            Percent(list, id, o, groups.Count(g => g == o), groups.Count);
        }
        foreach (var extra in groups.Where(g => !order.Contains(g)).Distinct(StringComparer.Ordinal).OrderBy(g => g, StringComparer.Ordinal))
        {
            Percent(list, id, extra, groups.Count(g => g == extra), groups.Count);
        }
    }

    private static string Group(string? value) => string.IsNullOrWhiteSpace(value) ? "not recorded" : value.Trim();

    /// <summary>
    /// Age band by sex, ethnicity main group and disability of a cohort: each child once (at its first row) under
    /// corrected, every row under chat; age on the row's date.
    /// </summary>
    public void Demographics(string list, IEnumerable<(string ChildId, DateOnly On)> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var rows = Chat ? [.. cohort] : cohort.DistinctBy(c => c.ChildId, StringComparer.Ordinal).ToList();
        var ageSex = new List<string>(rows.Count);
        var ethnicity = new List<string>(rows.Count);
        var disability = new List<string>(rows.Count);
        foreach (var (id, on) in rows)
        {
            var child = Child(id);
            ageSex.Add($"{InspectionDemographics.AgeBand(child?.AgeOn(on))} {InspectionDemographics.Sex(child?.Sex)}");
            ethnicity.Add(InspectionDemographics.EthnicGroup(child?.Ethnicity));
            disability.Add(InspectionDemographics.Disability(child?.Disability));
        }
        Mix(list, list + "_age_sex", [.. InspectionDemographics.AgeBands.Take(6).SelectMany(a => InspectionDemographics.Sexes.Take(2).Select(s => $"{a} {s}"))], ageSex);
        Mix(list, list + "_ethnicity", InspectionDemographics.EthnicGroups, ethnicity);
        Mix(list, list + "_disability", InspectionDemographics.Disabilities, disability);
    }

    public InspectionResult ToResult() => new()
    {
        Convention = Convention,
        AsAt = AsAt,
        ReferenceDate = Reference,
        WindowStart = WindowStart,
        WindowEnd = WindowEnd,
        Months = _options.Months,
        Population = Population,
        PopulationSource = PopulationSource,
        Measures = [.. _measures],
        ListsNotCarried = [.. _notCarried],
        Issues = [.. _issues],
    };
}
