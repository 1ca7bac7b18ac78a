using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>What to compute. Every property is optional.</summary>
public sealed record KpiEngineOptions
{
    /// <summary>
    /// First month reported. Default: the month of the earliest contact or referral (the front door's
    /// events start the extract's history; work in progress then started earlier); without those, the
    /// earliest assessment start or s47; then the earliest missing episode end, early help start or
    /// looked-after episode end; then the earliest plan or episode start.
    /// </summary>
    public ReportingMonth? From { get; init; }

    /// <summary>
    /// Last month reported. Default: the last complete month before the data's extract date (the
    /// extract's own month when it is that month's last day), else the month of the latest activity.
    /// </summary>
    public ReportingMonth? To { get; init; }

    /// <summary>Timescales, targets and bands. Default: <see cref="KpiConfig.Default"/>.</summary>
    public KpiConfig Config { get; init; } = KpiConfig.Default;

    /// <summary>A catalogue to use instead of the config's (for KPIs of your own). Null: <c>Config.Apply()</c>.</summary>
    public KpiCatalog? Catalog { get; init; }

    /// <summary>Working days. Default: England and Wales bank holidays.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>Only these KPI ids (null: all, in catalogue order). An unknown id is an ArgumentException.</summary>
    public IReadOnlyCollection<string>? KpiIds { get; init; }

    /// <summary>Every default: all KPIs, the default config and calendar, the default months.</summary>
    public static KpiEngineOptions Default { get; } = new();

    internal KpiCatalog ResolveCatalog() => Catalog ?? Config.Apply();

    internal IReadOnlyList<KpiDefinition> Selected(KpiCatalog catalog)
        => KpiIds is null ? catalog.Definitions : [.. KpiIds.Select(id => catalog[id])];

    /// <summary>The months to report for this data: (from, to), or null when the data has no dates.</summary>
    public (ReportingMonth From, ReportingMonth To)? ResolveMonths(CaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var to = To ?? DefaultTo(data);
        var from = From ?? DefaultFrom(data);
        if (to is null || from is null)
        {
            return null;
        }
        if (from.Value > to.Value)
        {
            throw new ArgumentException($"The first month {from} is after the last month {to}.");
        }
        return (from.Value, to.Value);
    }

    private static ReportingMonth? DefaultTo(CaseData data)
    {
        if (data.ExtractDate is { } x)
        {
            var m = ReportingMonth.Of(x);
            return x == m.LastDay ? m : m.Previous;
        }
        return data.LatestActivityDate() is { } latest ? ReportingMonth.Of(latest) : null;
    }

    private static ReportingMonth? DefaultFrom(CaseData data)
    {
        DateOnly? min = null;
        void Take(DateOnly d)
        {
            if (min is null || d < min)
            {
                min = d;
            }
        }
        // The front door's events mark the start of the extract's history; plans and episodes that
        // started (or ended) long before it are open-ended history, not months to report.
        foreach (var c in data.Contacts) Take(c.ContactDate);
        foreach (var r in data.Referrals) Take(r.ReferralDate);
        if (min is null)
        {
            foreach (var a in data.Assessments) Take(a.StartDate);
            foreach (var s in data.Section47Enquiries) Take(s.StrategyDiscussionDate);
        }
        if (min is null)
        {
            foreach (var m in data.MissingEpisodes) if (m.EndDateTime is { } e) Take(DateOnly.FromDateTime(e));
            foreach (var e in data.EarlyHelp) Take(e.StartDate);
            foreach (var e in data.LacEpisodes) if (e.EndDate is { } end) Take(end);
        }
        if (min is null)
        {
            foreach (var p in data.CpPlans) Take(p.StartDate);
            foreach (var p in data.CinPlans) Take(p.StartDate);
            foreach (var e in data.LacEpisodes) Take(e.StartDate);
        }
        return min is { } d ? ReportingMonth.Of(d) : null;
    }
}

/// <summary>
/// Computes KPIs for every month of a history. Each KPI's calculation reads its tables once (sorted
/// once, open-ended records as month ranges); counts go into per-month difference arrays, so the
/// cost is O(records + months) per KPI after an O(n log n) sort: no per-month rescans.
/// </summary>
public static class KpiEngine
{
    private static readonly (KpiSources Source, CaseTable Table)[] OptionalTables =
    [
        (KpiSources.CpReviews, CaseTable.CpReviews),
        (KpiSources.LacReviews, CaseTable.LacReviews),
        (KpiSources.LacHealth, CaseTable.LacHealth),
        (KpiSources.CareLeavers, CaseTable.CareLeavers),
        (KpiSources.Population, CaseTable.Population),
    ];

    /// <summary>Every KPI (or <see cref="KpiEngineOptions.KpiIds"/>) for every month.</summary>
    public static KpiResults Compute(CaseData data, KpiEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= KpiEngineOptions.Default;
        var catalog = options.ResolveCatalog();
        var selected = options.Selected(catalog);
        var range = options.ResolveMonths(data);
        var inputs = new KpiInputs(data, catalog.Timescales, options.Calendar);
        var supplied = data.SuppliedOrGuess();
        if (range is null)
        {
            return new KpiResults(catalog, [], [.. selected.Select(d => new KpiSeries(d, default, [], IsAvailable(d, data, supplied)))], []);
        }
        var (from, to) = range.Value;
        // YTD needs the months from 1 April, even when the report starts later.
        var start = from.FinancialYearStart;
        var months = ReportingMonth.Sequence(from, to).ToArray();
        var series = new List<KpiSeries>(selected.Count);
        IReadOnlyDictionary<int, int>? population = null;
        foreach (var def in selected)
        {
            var sink = new CountingSink(start.Index, to.Index);
            var available = IsAvailable(def, data, supplied);
            if (available)
            {
                def.Calculation(inputs, sink);
            }
            if (available && def.DenominatorIsPopulation)
            {
                population ??= PopulationFor(data, inputs, from, to);
            }
            series.Add(new KpiSeries(def, from, Summarise(def, sink, from, to, available, population), available));
        }
        return new KpiResults(catalog, months, series, inputs.Issues);
    }

    /// <summary>
    /// False when a main table the KPI reads is empty, or an optional table or column it reads
    /// (<see cref="KpiSources.CpReviews"/> on, <see cref="KpiDefinition.Fields"/>) was not supplied: its values
    /// are then unknown, not zero.
    /// </summary>
    public static bool IsAvailable(KpiDefinition definition, CaseData data)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(data);
        return IsAvailable(definition, data, null);
    }

    private static bool IsAvailable(KpiDefinition definition, CaseData data, DataSupplied? supplied)
    {
        bool Need(KpiSources s, int count) => !definition.Sources.HasFlag(s) || count > 0;
        var main = Need(KpiSources.Contacts, data.Contacts.Count)
               && Need(KpiSources.Referrals, data.Referrals.Count)
               && Need(KpiSources.Assessments, data.Assessments.Count)
               && Need(KpiSources.Section47, data.Section47Enquiries.Count)
               && Need(KpiSources.CpPlans, data.CpPlans.Count)
               && Need(KpiSources.CpVisits, data.CpVisits.Count)
               && Need(KpiSources.CinPlans, data.CinPlans.Count)
               && Need(KpiSources.LacEpisodes, data.LacEpisodes.Count)
               && Need(KpiSources.MissingEpisodes, data.MissingEpisodes.Count)
               && Need(KpiSources.Advocacy, data.Advocacy.Count)
               && Need(KpiSources.EarlyHelp, data.EarlyHelp.Count);
        if (!main || (definition.Sources < KpiSources.CpReviews && definition.Fields.Count == 0))
        {
            return main;
        }
        supplied ??= data.SuppliedOrGuess();
        var (tables, fields) = MissingOptional(definition, supplied);
        return tables.Count == 0 && fields.Count == 0;
    }

    /// <summary>The optional tables (<see cref="KpiSources.CpReviews"/> on) and columns a KPI reads that <paramref name="supplied"/> lacks.</summary>
    public static (IReadOnlyList<CaseTable> Tables, IReadOnlyList<OptionalField> Fields) MissingOptional(KpiDefinition definition, DataSupplied supplied)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(supplied);
        var tables = OptionalTables.Where(t => definition.Sources.HasFlag(t.Source) && !supplied.Has(t.Table)).Select(t => t.Table).ToList();
        var fields = definition.Fields.Where(f => !supplied.Has(f)).ToList();
        return (tables, fields);
    }

    /// <summary>
    /// The population estimates by mid-year, reporting once each financial year of the run without one
    /// (<see cref="KpiRules.PopulationEstimateMissing"/>): the rates per 10,000 have no value in its months.
    /// </summary>
    private static IReadOnlyDictionary<int, int> PopulationFor(CaseData data, KpiInputs inputs, ReportingMonth from, ReportingMonth to)
    {
        var byYear = KpiPopulation.ByYear(data.Population);
        for (var year = KpiPopulation.YearOf(from.Index); year <= KpiPopulation.YearOf(to.Index); year++)
        {
            if (!byYear.ContainsKey(year))
            {
                var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                inputs.Report(KpiRules.Issue(KpiRules.PopulationEstimateMissing, "population.csv", "year", y,
                    $"population.csv has no estimate for mid-{y}, so the rates per 10,000 have no value from April {y} to March {year + 1}; add the ONS mid-year estimate of children aged 0 to 17 for {y}."), y);
            }
        }
        return byYear;
    }

    private static KpiResult[] Summarise(KpiDefinition def, CountingSink sink, ReportingMonth from, ReportingMonth to, bool available, IReadOnlyDictionary<int, int>? population)
    {
        var (num, den) = sink.Totals();
        if (def.DenominatorIsPopulation)
        {
            // the denominator is the month's population, not records: the engine fills it (0 where there is no estimate)
            for (var i = 0; i < den.Length; i++)
            {
                den[i] = population is null ? 0 : KpiPopulation.For(population, sink.First + i) ?? 0;
            }
        }
        var rule = def.Rag;
        var result = new KpiResult[to.Index - from.Index + 1];
        long ytdNum = 0, ytdDen = 0;
        for (var i = 0; i < num.Length; i++)
        {
            var month = ReportingMonth.FromIndex(sink.First + i);
            if (month.Month == 4)
            {
                ytdNum = 0;
                ytdDen = 0;
            }
            ytdNum += num[i];
            ytdDen += den[i];
            if (month < from)
            {
                continue;
            }
            KpiResult r;
            if (!available)
            {
                r = new KpiResult(def.Id, month, null, null, null, null, null, null, rule?.Target, Rag.None);
            }
            else
            {
                var value = def.ValueOf(num[i], den[i]);
                var (ytdValue, yn, yd) = def.YtdRule switch
                {
                    KpiYtdRule.Sum => ((double?)ytdNum, (long?)ytdNum, (long?)null),
                    KpiYtdRule.Pool => (def.ValueOf(ytdNum, ytdDen), ytdNum, ytdDen),
                    // the year's count over the month's population (the same estimate all year), not a sum of populations
                    KpiYtdRule.Rate => (def.ValueOf(ytdNum, den[i]), ytdNum, den[i] == 0 ? null : den[i]),
                    _ => ((double?)null, (long?)null, (long?)null),
                };
                var rag = rule?.Rate(def.RateOn == RateOn.YearToDate ? ytdValue : value) ?? Rag.None;
                // a rate's month without a population estimate has no denominator (and so no value)
                long? denominator = !def.HasDenominator || (def.DenominatorIsPopulation && den[i] == 0) ? null : den[i];
                r = new KpiResult(def.Id, month, value, num[i], denominator, ytdValue, yn, yd, rule?.Target, rag);
            }
            result[month.Index - from.Index] = r;
        }
        return result;
    }

    /// <summary>Adds month ranges into difference arrays; clips to the run's months.</summary>
    private sealed class CountingSink : IKpiSink
    {
        private readonly int first;
        private readonly int last;
        private readonly long[] num;
        private readonly long[] den;

        public CountingSink(int first, int last)
        {
            this.first = first;
            this.last = last;
            num = new long[last - first + 2];
            den = new long[last - first + 2];
        }

        public int First => first;

        public void Add(int firstMonth, int lastMonth, bool numerator, bool denominator, object subject, DateOnly? eventDate)
        {
            var a = Math.Max(firstMonth, first);
            var b = Math.Min(lastMonth, last);
            if (a > b)
            {
                return;
            }
            a -= first;
            b -= first;
            if (numerator)
            {
                num[a]++;
                num[b + 1]--;
            }
            if (denominator)
            {
                den[a]++;
                den[b + 1]--;
            }
        }

        public (long[] Num, long[] Den) Totals()
        {
            var n = new long[num.Length - 1];
            var d = new long[num.Length - 1];
            long rn = 0, rd = 0;
            for (var i = 0; i < n.Length; i++)
            {
                rn += num[i];
                rd += den[i];
                n[i] = rn;
                d[i] = rd;
            }
            return (n, d);
        }
    }
}
