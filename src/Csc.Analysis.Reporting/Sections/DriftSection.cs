using System.Globalization;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Journeys;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// Drift (issue 11 section 2): the waits from referral to a CP plan, from referral to being looked after and from a CP
/// plan to being looked after, each with the median and quartiles for all children, by year and by team, the same-day
/// and negative waits counted; and, for the internal audience only, the plans open beyond their thresholds, child by
/// child. One component for the inspection report, the monthly report's appendix and the notebooks. For the public
/// audience there are no child-level rows or ids: the long-open plans are counts, and every count passes disclosure
/// control (1 to the threshold is <c>c</c>, with secondary suppression across the years and the teams, which each add
/// up to all children); a group's median and quartiles are withheld with its count.
/// </summary>
public sealed class DriftSection : IReportSection
{
    /// <summary>Long-open plans listed before "and N more" (the CSV of <c>csc-kpi drift --cases</c> has them all).</summary>
    public const int MaxCaseRows = AppendixSection.MaxDetailRows;

    private readonly DriftResult? _result;
    private readonly string? _unavailable;
    private readonly Audience _audience;
    private readonly DisclosureOptions _disclosure;

    /// <summary>The section of <paramref name="result"/>, or of the sentence <paramref name="unavailable"/> saying why there is none.</summary>
    public DriftSection(DriftResult? result, string? unavailable, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        if (result is null && string.IsNullOrWhiteSpace(unavailable))
        {
            throw new ArgumentException("Give the drift result or a sentence saying why there is none.", nameof(unavailable));
        }
        _result = result;
        _unavailable = unavailable;
        _audience = audience;
        _disclosure = disclosure ?? DisclosureOptions.Default;
    }

    /// <inheritdoc />
    public string Title => "Drift: waits for a plan or care, and plans open too long";

    /// <summary>The drift shown; null when there is none (see <see cref="Unavailable"/>).</summary>
    public DriftResult? Result => _result;

    /// <summary>Why there is no drift; null when there is.</summary>
    public string? Unavailable => _result is null ? _unavailable : null;

    /// <summary>The drift of <paramref name="data"/> at <paramref name="asAt"/> (default thresholds), as a section; the section says why when the data has no plans or episodes.</summary>
    public static DriftSection For(CaseData data, DateOnly asAt, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.CpPlans.Count == 0 && data.LacEpisodes.Count == 0 && data.CinPlans.Count == 0)
        {
            return new DriftSection(null, "The data has no CP plans, looked-after episodes or CIN plans, so there is no drift to measure.", audience, disclosure);
        }
        return new DriftSection(Drift.Analyse(data, new DriftOptions { AsAt = asAt }), null, audience, disclosure);
    }

    /// <summary>The measure's heading: "Referral to CP plan".</summary>
    public static string Label(DriftMeasure measure) => measure switch
    {
        DriftMeasure.ReferralToCpPlan => "Referral to CP plan",
        DriftMeasure.ReferralToLookedAfter => "Referral to looked after",
        DriftMeasure.CpPlanToLookedAfter => "CP plan to looked after",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown drift measure."),
    };

    /// <summary>One summary as it may be shown: its children, same-day and negative counts, and whether its days may be shown.</summary>
    /// <param name="Summary">The summary.</param>
    /// <param name="Children">Its children.</param>
    /// <param name="SameDay">Its same-day waits.</param>
    /// <param name="Negative">Its negative waits.</param>
    public sealed record DisclosedSummary(DriftSummary Summary, DisclosedValue Children, DisclosedValue SameDay, DisclosedValue Negative)
    {
        /// <summary>A days figure (median or quartile) as it may be shown: withheld with the children.</summary>
        public TableCell Days(double days) => Children.IsShown ? TableCell.Number(days, "0.#") : TableCell.Symbol(DisclosureSymbol.Suppressed.Code());
    }

    /// <summary>Every summary of <paramref name="result"/> as it may be shown to <paramref name="audience"/>, in the result's order.</summary>
    public static IReadOnlyList<DisclosedSummary> Disclosed(DriftResult result, Audience audience, DisclosureOptions disclosure)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(disclosure);
        var s = result.Summaries;
        if (audience != Audience.Public)
        {
            return [.. s.Select(x => new DisclosedSummary(x, DisclosedValue.Shown(x.Children), DisclosedValue.Shown(x.SameDay), DisclosedValue.Shown(x.Negative)))];
        }
        SuppressionResult Suppress(Func<DriftSummary, int> count)
        {
            var table = new SuppressionTable();
            for (var i = 0; i < s.Count; i++)
            {
                table.AddCell($"{s[i].Measure.Id()} {s[i].GroupBy.Id()} {s[i].Group}", count(s[i]));
            }
            // Per measure, the years add up to all children, and so do the teams.
            for (var i = 0; i < s.Count; i++)
            {
                if (s[i].GroupBy != DriftGrouping.All)
                {
                    continue;
                }
                foreach (var grouping in new[] { DriftGrouping.Year, DriftGrouping.Team })
                {
                    var parts = Enumerable.Range(0, s.Count).Where(j => s[j].Measure == s[i].Measure && s[j].GroupBy == grouping).ToList();
                    if (parts.Count > 0)
                    {
                        table.AddTotal(i, parts);
                    }
                }
            }
            return SmallCountSuppression.Apply(table, disclosure);
        }
        var children = Suppress(x => x.Children);
        var sameDay = Suppress(x => x.SameDay);
        var negative = Suppress(x => x.Negative);
        return [.. Enumerable.Range(0, s.Count).Select(i => new DisclosedSummary(s[i], children.Disclosed(i), sameDay.Disclosed(i), negative.Disclosed(i)))];
    }

    /// <summary>The table of one measure's waits: all children, then by year, then by team.</summary>
    public static HtmlTable Table(DriftResult result, DriftMeasure measure, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = Disclosed(result, audience, disclosure ?? DisclosureOptions.Default).Where(d => d.Summary.Measure == measure)
            .Select(d => (IReadOnlyList<TableCell>)[
                d.Summary.GroupBy switch { DriftGrouping.All => "All children", DriftGrouping.Year => "Year " + d.Summary.Group, _ => "Team: " + d.Summary.Group },
                Cell(d.Children), d.Days(d.Summary.MedianDays), d.Days(d.Summary.LowerQuartileDays), d.Days(d.Summary.UpperQuartileDays), Cell(d.SameDay), Cell(d.Negative)])
            .ToList();
        return new HtmlTable($"{Label(measure)}: days by year and by team",
            ["Group", new TableColumn("Children", ColumnAlign.Right), new TableColumn("Median days", ColumnAlign.Right), new TableColumn("Lower quartile", ColumnAlign.Right),
                new TableColumn("Upper quartile", ColumnAlign.Right), new TableColumn("Same day", ColumnAlign.Right), new TableColumn("Negative", ColumnAlign.Right)],
            rows);
    }

    /// <summary>The median days by year of each measure as grouped bars (a withheld median is a gap), with its table.</summary>
    public static ChartFigure YearChart(DriftResult result, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var shown = Disclosed(result, audience, disclosure ?? DisclosureOptions.Default).Where(d => d.Summary.GroupBy == DriftGrouping.Year).ToList();
        var years = shown.Select(d => d.Summary.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var measures = shown.Select(d => d.Summary.Measure).Distinct().Order().ToList();
        var series = measures.Select(m =>
        {
            var byYear = shown.Where(d => d.Summary.Measure == m).ToDictionary(d => d.Summary.Group, StringComparer.Ordinal);
            return new ChartSeries(Label(m), [.. years.Select(y => byYear.TryGetValue(y, out var d) && d.Children.IsShown ? (double?)d.Summary.MedianDays : null)]);
        }).ToList();
        return ReportCharts.Bar(new BarChartOptions
        {
            Title = "Median days by year",
            Description = "The median wait in days of each measure by the financial year of the later step (a withheld or missing median is a gap).",
            Categories = years,
            Series = series,
            XAxisTitle = "Year",
            YAxisTitle = "Median days",
            ValueFormat = "0.#",
            Height = 320,
        });
    }

    /// <summary>The plans open beyond their thresholds (internal: it names children), at most <see cref="MaxCaseRows"/> rows.</summary>
    public static HtmlTable CasesTable(DriftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new HtmlTable(string.Create(CultureInfo.InvariantCulture, $"Plans open beyond their thresholds at {IsoFormat.Date(result.Options.AsAt)}"),
            ["Plan", "Record", "Child", "Started", new TableColumn("Days open", ColumnAlign.Right), "Team", "Worker"],
            [.. result.Cases.Take(MaxCaseRows).Select(c => (IReadOnlyList<TableCell>)[
                c.Kind == "cin_plan" ? "CIN plan" : "CP plan", c.RecordId, c.ChildId, IsoFormat.Date(c.StartDate), TableCell.Number((long)c.DaysOpen), c.Team ?? "\u2013", c.Worker ?? "\u2013"])]);
    }

    /// <summary>"N CIN plans open 12 months or more and M CP plans open 18 months or more ...": the long-open plans as counts (disclosed for the public audience).</summary>
    public static string CasesSentence(DriftResult result, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = disclosure ?? DisclosureOptions.Default;
        string Count(string kind)
        {
            var n = result.Cases.Count(c => c.Kind == kind);
            return audience == Audience.Public ? Disclose.Count(n, options).Format("N0") : n.ToString("N0", CultureInfo.InvariantCulture);
        }
        var o = result.Options;
        return string.Create(CultureInfo.InvariantCulture,
            $"At {IsoFormat.Date(o.AsAt)}, {Count("cin_plan")} CIN plan(s) had been open {o.CinPlanMonths} months or more and {Count("cp_plan")} CP plan(s) {o.CpPlanMonths} months or more with their category unchanged. Pre-proceedings (16 weeks) are not in the extract, so they are not listed.");
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_result is not { } r)
        {
            writer.Paragraph(_unavailable, "meta unavailable");
            return;
        }
        writer.Paragraph("Each child counts once per measure: the first CP plan (or first time looked after, short breaks left out) with the latest referral (or CP plan) on or before it. Days are calendar days; same-day (0) and negative waits, where the later step is recorded first, are counted, not hidden.");
        var shown = Disclosed(r, _audience, _disclosure);
        var all = shown.Where(d => d.Summary.GroupBy == DriftGrouping.All).ToList();
        if (all.Count == 0)
        {
            writer.Paragraph("No child has both steps of any measure, so there are no waits to show.", "meta unavailable");
        }
        else
        {
            writer.Write(new HtmlTable("Waits for all children",
                ["Measure", new TableColumn("Children", ColumnAlign.Right), new TableColumn("Median days", ColumnAlign.Right), new TableColumn("Lower quartile", ColumnAlign.Right),
                    new TableColumn("Upper quartile", ColumnAlign.Right), new TableColumn("Same day", ColumnAlign.Right), new TableColumn("Negative", ColumnAlign.Right)],
                [.. all.Select(d => (IReadOnlyList<TableCell>)[Label(d.Summary.Measure), Cell(d.Children), d.Days(d.Summary.MedianDays), d.Days(d.Summary.LowerQuartileDays),
                    d.Days(d.Summary.UpperQuartileDays), Cell(d.SameDay), Cell(d.Negative)])]));
            if (shown.Any(d => d.Summary.GroupBy == DriftGrouping.Year))
            {
                writer.Write(YearChart(r, _audience, _disclosure));
            }
            foreach (var m in all.Select(d => d.Summary.Measure))
            {
                writer.Write(Table(r, m, _audience, _disclosure));
            }
        }
        if (r.BeforeTheData.Count > 0)
        {
            writer.Paragraph("Left out, their earlier step being before the data starts: " + string.Join("; ", r.BeforeTheData.Select(b =>
                $"{Label(b.Key).ToLowerInvariant()} {(_audience == Audience.Public ? Disclose.Count(b.Value, _disclosure).Format("N0") : b.Value.ToString("N0", CultureInfo.InvariantCulture))}")) + ".", "meta");
        }
        writer.Paragraph(CasesSentence(r, _audience, _disclosure));
        if (_audience == Audience.Public)
        {
            writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"The public edition lists no child: counts from 1 to {_disclosure.Threshold} are shown as c (and any that would reveal one), with their medians and quartiles."), "meta");
            return;
        }
        if (r.Cases.Count > 0)
        {
            writer.Write(CasesTable(r));
            if (r.Cases.Count > MaxCaseRows)
            {
                writer.Paragraph(string.Create(CultureInfo.InvariantCulture, $"And {r.Cases.Count - MaxCaseRows:N0} more: csc-kpi drift --cases FILE writes them all."), "meta");
            }
        }
    }

    private static TableCell Cell(DisclosedValue v) => v.IsShown ? TableCell.Number(v.Value, "N0") : TableCell.Symbol(v.Format());

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
