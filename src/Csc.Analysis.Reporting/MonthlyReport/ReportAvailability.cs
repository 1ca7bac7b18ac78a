using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// What a <see cref="MonthlyReportModel"/> cannot show for its data, in plain sentences: each says
/// what is unavailable, why, and what data would make it available. The report's sections and the
/// notebooks show these in place of a chart or table; each method returns null when the part is
/// available.
/// </summary>
public static class ReportAvailability
{
    /// <summary>The months of values seasonal decomposition (STL with a 12-month period) needs: two full years.</summary>
    public const int SeasonalMonths = 24;

    /// <summary>The months of looked-after numbers the forecast needs.</summary>
    public const int ForecastMonths = 24;

    private static readonly (KpiSources Source, string Words, string File)[] Tables =
    [
        (KpiSources.Contacts, "contacts", "contacts.csv"),
        (KpiSources.Referrals, "referrals", "referrals.csv"),
        (KpiSources.Assessments, "assessments", "assessments.csv"),
        (KpiSources.Section47, "section 47 enquiries and ICPCs", "section47.csv"),
        (KpiSources.CpPlans, "child protection plans", "cp_plans.csv"),
        (KpiSources.CpVisits, "CP plan visits", "cp_visits.csv"),
        (KpiSources.CinPlans, "child in need plans", "cin_plans.csv"),
        (KpiSources.LacEpisodes, "looked-after episodes", "lac_episodes.csv"),
        (KpiSources.MissingEpisodes, "missing episodes", "missing_episodes.csv"),
        (KpiSources.Advocacy, "advocacy allocations", "advocacy.csv"),
        (KpiSources.EarlyHelp, "early help episodes", "early_help.csv"),
        (KpiSources.CpReviews, "child protection reviews", "cp_reviews.csv"),
        (KpiSources.LacReviews, "looked-after reviews", "lac_reviews.csv"),
        (KpiSources.LacHealth, "health assessments or dental checks", "lac_health.csv"),
        (KpiSources.CareLeavers, "care leavers", "care_leavers.csv"),
        (KpiSources.Population, "population estimates", "population.csv"),
    ];

    private static int Count(CaseData data, KpiSources source) => source switch
    {
        KpiSources.Contacts => data.Contacts.Count,
        KpiSources.Referrals => data.Referrals.Count,
        KpiSources.Assessments => data.Assessments.Count,
        KpiSources.Section47 => data.Section47Enquiries.Count,
        KpiSources.CpPlans => data.CpPlans.Count,
        KpiSources.CpVisits => data.CpVisits.Count,
        KpiSources.CinPlans => data.CinPlans.Count,
        KpiSources.LacEpisodes => data.LacEpisodes.Count,
        KpiSources.MissingEpisodes => data.MissingEpisodes.Count,
        KpiSources.Advocacy => data.Advocacy.Count,
        KpiSources.EarlyHelp => data.EarlyHelp.Count,
        // optional tables: supplied (even empty, meaning none happened) is enough
        KpiSources.CpReviews => Supplied(data, CaseTable.CpReviews),
        KpiSources.LacReviews => Supplied(data, CaseTable.LacReviews),
        KpiSources.LacHealth => Supplied(data, CaseTable.LacHealth),
        KpiSources.CareLeavers => Supplied(data, CaseTable.CareLeavers),
        KpiSources.Population => Supplied(data, CaseTable.Population),
        _ => 0,
    };

    private static int Supplied(CaseData data, CaseTable table) => data.SuppliedOrGuess().Has(table) ? 1 : 0;

    private static string FieldWords(OptionalField field) => field switch
    {
        OptionalField.ReferralClosureDate => "referrals.csv closure_date",
        OptionalField.ReferralReasonForClosure => "referrals.csv reason_for_closure",
        OptionalField.ReferralPrimaryNeed => "referrals.csv primary_need_code",
        OptionalField.CpPlanPreviousPlans => "cp_plans.csv previous_cp_plans",
        OptionalField.ChildUasc => "children.csv uasc",
        _ => field.ToString(),
    };

    /// <summary>
    /// Why the optional columns a KPI reads give nothing: "the canonical data has no children.csv uasc column; an extract
    /// with it would give it"; null when the data carries them all.
    /// </summary>
    public static string? MissingFields(KpiDefinition definition, LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(load);
        var missing = KpiEngine.MissingOptional(definition, load.Data.SuppliedOrGuess()).Fields;
        if (missing.Count == 0)
        {
            return null;
        }
        var columns = missing.Count == 1 ? "column" : "columns";
        return $"the {load.Format.Name()} data has no {Join(missing.Select(FieldWords), "or")} {columns}; an extract that records {(missing.Count == 1 ? "it" : "them")} would give it";
    }

    /// <summary>
    /// Why the tables of <paramref name="sources"/> give nothing: "the ssda903 data has no contacts or
    /// referrals; an extract with them (contacts.csv and referrals.csv in a canonical extract, or the
    /// SSD) would give it"; null when every table has rows.
    /// </summary>
    public static string? MissingTables(KpiSources sources, LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var missing = Tables.Where(t => sources.HasFlag(t.Source) && Count(load.Data, t.Source) == 0).ToList();
        if (missing.Count == 0)
        {
            return null;
        }
        return $"the {load.Format.Name()} data has no {Join(missing.Select(t => t.Words), "or")}; an extract that records them ({Join(missing.Select(t => t.File), "and")} in a canonical extract, or the SSD) would give it";
    }

    /// <summary>Why a KPI has no value in any month of the model; null when at least one month has a value.</summary>
    public static string? Kpi(MonthlyReportModel model, string kpiId)
    {
        var row = Row(model, kpiId);
        return NoValues(model, row) is { } why ? $"{row.Definition.Title} is unavailable: {why}." : null;
    }

    /// <summary>Why the KPI of <paramref name="row"/> has no value in any month, as a clause; null when a month has one.</summary>
    private static string? NoValues(MonthlyReportModel model, KpiSummaryRow row)
    {
        var def = row.Definition;
        if (!row.Series.IsAvailable)
        {
            return MissingTables(def.Sources, model.Load) ?? MissingFields(def, model.Load) ?? "the data has none of the records it counts";
        }
        if (row.Series.Results.Any(r => r.Value is not null))
        {
            return null;
        }
        if (model.Disclosure is { } disclosure && disclosure.Series(def.Id).Any(d => d.Value == Disclosure.DisclosureSymbol.Suppressed))
        {
            return "every month's figure is withheld on this public page (c), because it is or would reveal a small count";
        }
        if (def.DenominatorIsPopulation && row.Series.Results.Count > 0 && row.Series.Results.All(r => r.Denominator is null))
        {
            var years = row.Series.Results.Select(r => PopulationEstimate.YearFor(r.Month.LastDay)).Distinct()
                .Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
            return $"population.csv has no estimate of the children aged 0 to 17 for mid-{Join(years, "or")}; the ONS mid-year estimate for {(years.Count == 1 ? "that year" : "those years")} would give it";
        }
        return Months(model) is { } span
            ? $"no month from {span} has a value, because the data has none of the records it counts in those months (or none with the fields it needs); records of {Join(Sources(def.Sources), "and")} in those months would give it"
            : "the data has no dated records";
    }

    /// <summary>Why a KPI has no seasonal reading (a history shorter than two years, a gap, values that cannot be decomposed, or not a seasonal KPI); null when it has one.</summary>
    public static string? Seasonal(MonthlyReportModel model, string kpiId)
    {
        var row = Row(model, kpiId);
        if (row.Seasonal is not null)
        {
            return null;
        }
        var title = row.Definition.Title;
        if (NoValues(model, row) is { } none)
        {
            return $"No seasonal pattern for {title}: {none}.";
        }
        if (!model.Options.SeasonalKpis.Contains(kpiId, StringComparer.Ordinal))
        {
            return $"No seasonal pattern for {title}: it is not one of the report's seasonal KPIs ({string.Join(", ", model.Options.SeasonalKpis)}).";
        }
        var run = MonthlyKpiReport.TrailingRun(row.Series, model.Month).Values.Length;
        return run < SeasonalMonths
            ? string.Create(CultureInfo.InvariantCulture, $"No seasonal pattern for {title}: {RunWords(run, model.Month)}, and seasonal decomposition (STL) needs at least {SeasonalMonths}, two full years. A history of two years or more without a gap would give it.")
            : $"No seasonal pattern for {title}: the decomposition could not be fitted to its values (for example every month has the same value).";
    }

    /// <summary>Why a KPI has no SPC chart (too few months in its latest unbroken run, or values that do not vary); null when it has one.</summary>
    public static string? Spc(MonthlyReportModel model, string kpiId)
    {
        var row = Row(model, kpiId);
        if (row.Spc is not null)
        {
            return null;
        }
        var title = row.Definition.Title;
        if (NoValues(model, row) is { } none)
        {
            return $"No SPC chart for {title}: {none}.";
        }
        var run = MonthlyKpiReport.TrailingRun(row.Series, model.Month).Values.Length;
        var minimum = Math.Max(2, model.Options.MinimumSpcMonths);
        return run < minimum
            ? string.Create(CultureInfo.InvariantCulture, $"No SPC chart for {title}: {RunWords(run, model.Month)}, and process limits need at least {minimum}. A longer history without a gap would give them.")
            : $"No SPC chart for {title}: its values do not vary, so there are no process limits to draw.";
    }

    /// <summary>Why there is no looked-after forecast; null when there is one.</summary>
    public static string? Forecast(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Forecast is not null)
        {
            return null;
        }
        if (model.Row(KpiIds.Lac) is { } lac && NoValues(model, lac) is { } none)
        {
            return $"No forecast of the number of looked-after children: {none}.";
        }
        return (model.ForecastError ?? "No forecast of the number of looked-after children.")
            + string.Create(CultureInfo.InvariantCulture, $" A history of at least {ForecastMonths} months of looked-after numbers would give one.");
    }

    /// <summary>Why CIN and CP plans could not be compared; null when they were.</summary>
    public static string? CinCp(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.CinCp is not null)
        {
            return null;
        }
        if (MissingTables(KpiSources.CinPlans | KpiSources.CpPlans, model.Load) is { } missing)
        {
            return $"CIN and CP plans cannot be compared: {missing}.";
        }
        return (model.CinCpError ?? "CIN and CP plans could not be compared.") + " A longer history of both plan counts would give the comparison.";
    }

    /// <summary>Why the ICPC recording investigation did not run; null when it ran.</summary>
    public static string? IcpcRecording(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.IcpcRecording is not null)
        {
            return null;
        }
        if (MissingTables(KpiSources.Section47, model.Load) is { } missing)
        {
            return $"The ICPC recording investigation cannot run: {missing}.";
        }
        return model.IcpcRecordingError ?? "The ICPC recording investigation did not run.";
    }

    /// <summary>
    /// Why the ICPC recording investigation, though it ran, cannot compare recorded with corrected
    /// timeliness this month: no ICPC was held in the month or the month before; null when both months have a value.
    /// </summary>
    public static string? IcpcTimeliness(IcpcRecordingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (double.IsFinite(result.RecordedPct) && double.IsFinite(result.PreviousRecordedPct))
        {
            return null;
        }
        var missing = !double.IsFinite(result.RecordedPct) && !double.IsFinite(result.PreviousRecordedPct)
            ? $"{result.Month.Previous.ToLongString()} and {result.Month.ToLongString()} have"
            : !double.IsFinite(result.RecordedPct) ? $"{result.Month.ToLongString()} has" : $"{result.Month.Previous.ToLongString()} has";
        return $"ICPC timeliness as recorded cannot be compared with the corrected figure: {missing} no ICPC held, so there is no timeliness to correct. ICPCs held in both months would give the comparison.";
    }

    /// <summary>Why there is nothing to say about CIN plans open for more than 12 months; null when the data has CIN plans.</summary>
    public static string? LongCinPlans(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return MissingTables(KpiSources.CinPlans, model.Load) is { } missing
            ? $"CIN plans open for more than 12 months cannot be shown: {missing}."
            : null;
    }

    /// <summary>Why the 16–17 cohort cannot be compared with last year; null when it can.</summary>
    public static string? Cohort(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Results.Contains(KpiIds.LacAged1617Pct) || new LookedAfterCohortSection(model).IsAvailable)
        {
            return null;
        }
        if (model.Row(KpiIds.LacAged1617Pct) is { } cohort && NoValues(model, cohort) is { } none)
        {
            return $"The 16\u201317 cohort cannot be compared with last year: {none}.";
        }
        return $"The 16\u201317 cohort cannot be compared with last year: {model.Month.ToLongString()} or {model.Month.PlusMonths(-12).ToLongString()} has no value. A history of at least 13 months would give the comparison.";
    }

    /// <summary>
    /// Why the report cannot compare the council with the published figures ("How we compare"): no published
    /// figures, no council named, a number that is not a council of the published figures, or no complete year to
    /// 31 March in the months shown that the figures have; null when it can.
    /// </summary>
    public static string? HowWeCompare(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Comparison is not null || model.ComparisonGap is not { } gap)
        {
            return null;
        }
        var code = model.Options.Council?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return gap switch
        {
            ComparisonGap.NoPublishedFigures => "The council cannot be compared with England, its region and its statistical neighbours: no published figures were given. The DfE figures bundled with the kit (published/dfe-lait, found from a checkout of the repository), or the report's --published FOLDER, would give the comparison.",
            ComparisonGap.NoCouncil => "The council cannot be compared with England, its region and its statistical neighbours: no council is named. Its DfE number as la_code in the KPI config (311 for Havering), or the report's --la CODE, would give the comparison.",
            ComparisonGap.CouncilNotPublished => $"The council cannot be compared with England, its region and its statistical neighbours: {code} is not an area of the published figures. The council's DfE number (la_code in the KPI config, or --la; 311 for Havering) would give the comparison.",
            ComparisonGap.NotACouncil => $"The council cannot be compared with England, its region and its statistical neighbours: {code} is {model.Options.Published?.Area(model.Options.Council ?? 0)?.Name ?? "an area"} in the published figures, not a council. A council's DfE number (la_code in the KPI config, or --la; 311 for Havering) would give the comparison.",
            _ => $"The council cannot be compared with England, its region and its statistical neighbours: the months shown ({Months(model) ?? "none"}) hold no whole year April to March that the published figures have (they start with the year to March 2016). Case data covering such a year would give the comparison.",
        };
    }

    /// <summary>Why no context events are shown; null when the data has some.</summary>
    public static string? Events(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Events.Count > 0 ? null
            : $"No context events: the {model.Load.Format.Name()} data records none, so charts carry no event lines and no step is matched to an event. The council's own events (staff changes, new guidance, school holidays) in events.csv (date, label, category) would give them.";
    }

    /// <summary>
    /// Every part of the report the data cannot give, in page order: KPIs without values, seasonal
    /// readings, the investigations, the forecast, the cohort, the comparison with the published figures and the
    /// context events.
    /// </summary>
    public static IReadOnlyList<UnavailableSection> Sections(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var list = new List<UnavailableSection>();
        void Add(string title, string? reason)
        {
            if (reason is not null)
            {
                list.Add(new UnavailableSection(title, reason));
            }
        }
        foreach (var area in ReportAreas.Order)
        {
            foreach (var row in model.RowsOf(area))
            {
                var id = row.Definition.Id;
                var none = Kpi(model, id);
                Add(row.Definition.Title, none);
                if (none is null && model.Options.SeasonalKpis.Contains(id, StringComparer.Ordinal))
                {
                    Add($"{row.Definition.Title}: seasonal pattern", Seasonal(model, id));
                }
            }
            switch (area)
            {
                case KpiArea.ChildProtection when !model.IsPublic:
                    Add("Investigation: ICPC recording", IcpcRecording(model));
                    break;
                case KpiArea.ChildrenInNeed:
                    Add("CIN and CP plans together", CinCp(model));
                    if (!model.IsPublic)
                    {
                        Add("CIN plans open for more than 12 months", LongCinPlans(model));
                    }
                    break;
                case KpiArea.LookedAfter:
                    Add("The 16\u201317 cohort", Cohort(model));
                    Add("Forecast: number of looked-after children", Forecast(model));
                    break;
            }
        }
        Add(HowWeCompareSection.SectionTitle, HowWeCompare(model));
        if (!model.IsPublic)
        {
            Add("Context events", Events(model)); // a public page has none by design (free text)
        }
        return list;
    }

    private static KpiSummaryRow Row(MonthlyReportModel model, string kpiId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(kpiId);
        return model.Row(kpiId) ?? throw new ArgumentException($"The model has no KPI '{kpiId}'.", nameof(kpiId));
    }

    private static string? Months(MonthlyReportModel model)
        => model.Results.Months.Count == 0 ? null : $"{model.Results.Months[0].ToLongString()} to {model.Results.Months[^1].ToLongString()}";

    private static string RunWords(int run, ReportingMonth month) => run switch
    {
        0 => $"{month.ToLongString()} has no value",
        1 => $"only {month.ToLongString()} has a value in its latest unbroken run of months",
        _ => string.Create(CultureInfo.InvariantCulture, $"it has {run} months of values in a row up to {month.ToLongString()}"),
    };

    private static IEnumerable<string> Sources(KpiSources sources) => Tables.Where(t => sources.HasFlag(t.Source)).Select(t => t.Words);

    private static string Join(IEnumerable<string> words, string conjunction)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + $" {conjunction} " + list[^1];
    }
}
