using System.Globalization;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// The report's summary: the count of KPIs by RAG and one row per KPI (value, target, RAG, last
/// month, the same month last year, year to date, direction of travel and the SPC icons), each
/// linked to its <see cref="KpiArticleSection"/>, with what the columns mean.
/// </summary>
public sealed class SummarySection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The summary of <paramref name="model"/>.</summary>
    public SummarySection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "Summary";

    /// <summary>A KPI's target as the summary shows it ("≥ 90%", "green 10–20", "bands" or "none").</summary>
    public static string Target(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Rag is not { } rule)
        {
            return "none";
        }
        if (rule.Polarity != KpiPolarity.Neutral && rule.Target is { } t)
        {
            return (rule.Polarity == KpiPolarity.HigherIsBetter ? "\u2265 " : "\u2264 ") + ReportText.Value(t, definition.Unit);
        }
        var green = rule.Bands.FirstOrDefault(b => b.Rag == Rag.Green);
        return green is null ? "bands" : "green " + green.Describe();
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var model = _model;
        var rated = model.Rows.Where(r => r.Comparison.Current.Rag != Rag.None).ToList();
        int Count(Rag rag) => rated.Count(r => r.Comparison.Current.Rag == rag);
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{model.Rows.Count} KPIs for {model.Month.ToLongString()}: {Count(Rag.Red)} red, {Count(Rag.Amber)} amber, {Count(Rag.Green)} green and {model.Rows.Count - rated.Count} without a target. Each KPI's section below has its chart, data table and commentary."));
        if (UnavailableText(model) is { } unavailable)
        {
            writer.Paragraph(unavailable, "unavailable");
        }
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var r in model.Rows)
        {
            var c = r.Comparison;
            var def = r.Definition;
            var ragLabel = c.Current.Rag == Rag.None ? null
                : RagBadge.ToneName(ReportText.Tone(c.Current.Rag)) + (def.RateOn == RateOn.YearToDate && def.YtdRule != KpiYtdRule.None ? " (on YTD)" : string.Empty);
            var (vs, vw) = r.Spc is { } s ? ReportText.Variation(s.Variation) : ("\u2013", "Too few months");
            var (asym, aw) = r.Spc is { } s2
                ? ReportText.Assurance(s2.Assurance, ReportText.AssuranceCaveat(r, model.Results.Months, model.Options.MinimumSpcMonths) is not null)
                : ("\u2013", "Too few months");
            rows.Add([
                TableCell.Of(new Link("#" + KpiArticleSection.Anchor(def.Id), def.Title)),
                TableCell.Text(model.ValueText(def, c.Current)),
                TableCell.Text(Target(def)),
                TableCell.Rag(ReportText.Tone(c.Current.Rag), ragLabel),
                TableCell.Text(model.ValueText(def, Result(model, def, c.LastMonth?.Month))),
                TableCell.Text(model.ValueText(def, Result(model, def, c.SameMonthLastYear?.Month))),
                TableCell.Text(def.YtdRule == KpiYtdRule.None ? "n/a" : model.ValueText(def, c.Current, yearToDate: true)),
                TableCell.Of(new SymbolText(r.Direction.Arrow.Length == 0 ? "\u2013" : r.Direction.Arrow, r.Direction.Words, "dir")),
                TableCell.Of(new SymbolText(vs, vw, "spc")),
                TableCell.Of(new SymbolText(asym, aw, "spc")),
            ]);
        }
        writer.Write(new HtmlTable($"KPI summary, {model.Month.ToLongString()}",
            ["KPI", new TableColumn("This month", ColumnAlign.Right), new TableColumn("Target", ColumnAlign.Right), "RAG",
             new TableColumn("Last month", ColumnAlign.Right), new TableColumn("Same month last year", ColumnAlign.Right),
             new TableColumn("Year to date", ColumnAlign.Right), "Direction of travel", "SPC variation", "SPC assurance"],
            rows));
        writer.Paragraph("Direction of travel compares this month with last month and says whether the move is an improvement for that KPI (up is not always good). "
            + "SPC variation (Making Data Count, XmR chart over the months shown): common cause means the latest month is within the usual range; improvement or concern means a special cause in that direction. "
            + "SPC assurance says whether the process limits lie wholly on the passing side of the target (consistently passing), wholly on the failing side (consistently failing) or straddle it (hit and miss).", "meta");
    }

    private static KpiResult? Result(MonthlyReportModel model, KpiDefinition def, Domain.ReportingMonth? month)
        => month is { } m ? model.Results[def.Id, m] : null;

    /// <summary>
    /// The sentence listing every part of the report this data cannot give ("Not available with this
    /// data (12 parts; each section says why and what data would give it): ..."); null when everything is available.
    /// </summary>
    public static string? UnavailableText(MonthlyReportModel model)
    {
        var parts = ReportAvailability.Sections(model);
        return parts.Count == 0 ? null
            : string.Create(CultureInfo.InvariantCulture, $"Not available with this data ({parts.Count} part(s); each section says why and what data would give it): {string.Join("; ", parts.Select(p => p.Title))}.");
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }

    /// <summary>A link within the page.</summary>
    private sealed record Link(string Href, string Text) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer) => writer.Element("a", Text, ("href", Href));
    }
}
