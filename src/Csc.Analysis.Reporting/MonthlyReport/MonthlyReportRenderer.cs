using System.Globalization;
using System.Reflection;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>Turns a <see cref="MonthlyReportModel"/> into the report page (see <see cref="MonthlyKpiReport"/>).</summary>
public static class MonthlyReportRenderer
{
    /// <summary>Rows of a detail table shown before "and N more" (counts always cover all).</summary>
    public const int MaxDetailRows = AppendixSection.MaxDetailRows;

    /// <summary>The page as a string.</summary>
    public static string Render(MonthlyReportModel model) => Page(model).Build();

    /// <summary>The page builder, filled.</summary>
    public static HtmlPageBuilder Page(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var month = model.Month;
        var extract = model.Load.Data.ExtractDate is { } x ? $" (data extracted {x.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : string.Empty;
        var page = new HtmlPageBuilder(new HtmlPageOptions
        {
            Title = $"Ofsted KPIs performance monitoring report: {month.ToLongString()}",
            Subtitle = $"Children's social care KPIs for {month.ToLongString()}{extract}. Month-end figures for plans and children looked after; events in the month otherwise; year to date from 1 April.",
            GeneratedAt = model.Options.GeneratedAt,
            Environment = model.Options.Environment,
            FooterLines = FooterLines(model),
            Marking = model.IsPublic ? null : AudienceNames.InternalMarking,
        });
        var events = new ReportEvents(model.Events, model.Results.Months);
        // Each KPI's article (its charts are most of the work) is written on its own, in parallel,
        // then placed in order: the bytes do not depend on the order the articles finish in.
        var articles = new HtmlFragment[model.Rows.Count];
        Parallel.For(0, model.Rows.Count, i =>
        {
            var writer = new HtmlWriter(new HtmlWriterOptions { ContextHeadingLevel = 2 });
            new KpiArticleSection(model, model.Rows[i], events).WriteHtml(writer);
            articles[i] = writer.ToFragment();
        });
        var articleOf = new Dictionary<KpiSummaryRow, HtmlFragment>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Length; i++)
        {
            articleOf[model.Rows[i]] = articles[i];
        }
        Add(page, new SummarySection(model));
        foreach (var area in ReportAreas.Order)
        {
            var rows = model.RowsOf(area).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            page.Section(ReportAreas.Title(area), w =>
            {
                foreach (var row in rows)
                {
                    w.Raw(articleOf[row]);
                    if (row.Series.IsAvailable)
                    {
                        w.RequirePlotly();
                    }
                }
                foreach (var section in AreaSections(model, area))
                {
                    section.WriteHtml(w);
                }
            });
        }
        Add(page, new HowWeCompareSection(model));
        if (model.IsPublic)
        {
            // No child-level rows, record ids, free text or data-quality lists on a public page: the journeys and
            // drift are aggregate counts under disclosure control, without the list of long-open plans.
            AddJourneysAndDrift(page, model);
            page.Section(DisproportionalityTitle, Disproportionality(model).WriteHtml);
            Add(page, new DisclosureSection(model));
            return page;
        }
        Add(page, new DataQualitySection(model.DataQuality));
        if (model.Events.Count > 0)
        {
            page.Section("Context events", w => w.Write(events.Table()));
        }
        else if (ReportAvailability.Events(model) is { } noEvents)
        {
            Add(page, new UnavailableSection("Context events", noEvents));
        }
        Add(page, new AppendixSection(model));
        AddJourneysAndDrift(page, model);
        page.Section(DisproportionalityTitle, Disproportionality(model).WriteHtml);
        return page;
    }

    /// <summary>The appendix's child journeys and drift, for the model's audience.</summary>
    public static IReadOnlyList<IReportSection> JourneysAndDrift(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            new JourneysSection(model.Journeys, model.JourneysError, model.Options.Audience, model.Options.Disclosure),
            new DriftSection(model.Drift, model.DriftError, model.Options.Audience, model.Options.Disclosure),
        ];
    }

    private static void AddJourneysAndDrift(HtmlPageBuilder page, MonthlyReportModel model)
        => page.Section(JourneysAndDriftTitle, w =>
        {
            foreach (var section in JourneysAndDrift(model))
            {
                section.WriteHtml(w);
            }
        });

    /// <summary>
    /// The appendix's disproportionality (<see cref="DisproportionalitySection"/>, as in the inspection report) for the model's
    /// audience, or the sentence saying there was no population by ethnicity to compare with.
    /// </summary>
    public static DisproportionalitySection Disproportionality(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.DisproportionalityError is { } absent
            ? DisproportionalitySection.Absent(absent)
            : new DisproportionalitySection(model.Disproportionality, model.Options.Audience, model.Options.Disclosure);
    }

    /// <summary>The heading of the appendix holding the disproportionality.</summary>
    public const string DisproportionalityTitle = "Appendix: disproportionality";

    /// <summary>The heading of the appendix holding the child journeys and drift.</summary>
    public const string JourneysAndDriftTitle = "Appendix: child journeys and drift";

    /// <summary>The investigation sections written after an area's KPI articles.</summary>
    public static IReadOnlyList<IReportSection> AreaSections(MonthlyReportModel model, KpiArea area)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.IsPublic)
        {
            // The investigations read the case data itself (children, teams, durations): a public page keeps only
            // the sections computed from the disclosed KPI figures.
            return area switch
            {
                KpiArea.ChildrenInNeed => [new CinCpBalanceSection(model)],
                KpiArea.LookedAfter => new LookedAfterCohortSection(model) is { IsAvailable: true } publicCohort
                    ? [publicCohort, new LacForecastSection(model)]
                    : [new LacForecastSection(model)],
                _ => [],
            };
        }
        return area switch
        {
            KpiArea.ChildProtection => [new IcpcRecordingSection(model)],
            KpiArea.ChildrenInNeed => [new CinCpBalanceSection(model), new LongCinPlansSection(model)],
            KpiArea.LookedAfter => new LookedAfterCohortSection(model) is { IsAvailable: true } cohort
                ? [cohort, new LacForecastSection(model)]
                : [new LacForecastSection(model)],
            _ => [],
        };
    }

    private static void Add(HtmlPageBuilder page, IReportSection section) => page.Section(section.Title, section.WriteBody);

    private static IReadOnlyList<string> FooterLines(MonthlyReportModel model)
    {
        var lines = new List<string>();
        var o = model.Options;
        lines.Add($"Reproducibility. Data: {o.DataPath ?? "(given in memory)"} ({model.Load.Format.ToString().ToLowerInvariant()}).");
        foreach (var f in model.Load.Files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Input file {Path.GetFileName(f.Path)}: {f.Rows:N0} rows, {f.Bytes:N0} bytes, SHA-256 {f.Sha256}."));
        }
        lines.Add(o.ConfigPath is null ? "KPI config: the built-in defaults." : $"KPI config: {o.ConfigPath} (SHA-256 {o.ConfigSha256 ?? "not computed"}).");
        lines.Add($"Kit version: Csc.Analysis {KitVersion}.");
        lines.Add($"Parameters: month {model.Month}, data format {model.Load.Format.ToString().ToLowerInvariant()}.");
        if (model.IsPublic)
        {
            lines.Add("Audience: public. " + DisclosureSection.SettingsText(o.Disclosure));
        }
        return lines;
    }

    /// <summary>The kit's informational version (from the Reporting assembly).</summary>
    public static string KitVersion { get; } =
        typeof(MonthlyReportRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MonthlyReportRenderer).Assembly.GetName().Version?.ToString() ?? "unknown";
}
