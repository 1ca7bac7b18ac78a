using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// One KPI's article: the heading with its RAG word, the narrative sentence, the trend chart (values,
/// target, SPC limits and event lines) and, for a seasonal KPI, its <see cref="SeasonalSection"/>;
/// or why there is no chart. The report's area sections are made of these.
/// </summary>
public sealed class KpiArticleSection : IReportSection
{
    private readonly MonthlyReportModel _model;
    private readonly KpiSummaryRow _row;
    private readonly ReportEvents _events;

    /// <summary>The article of <paramref name="row"/> in <paramref name="model"/>, with the page's numbered events.</summary>
    public KpiArticleSection(MonthlyReportModel model, KpiSummaryRow row, ReportEvents events)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(events);
        _model = model;
        _row = row;
        _events = events;
    }

    /// <summary>The KPI's title, after its RAG word when it is rated ("Red – ICPCs within 15 working days").</summary>
    public string Title => _row.Comparison.Current.Rag == Rag.None ? _row.Definition.Title : $"{ReportText.RagWord(_row.Comparison.Current.Rag)} \u2013 {_row.Definition.Title}";

    /// <summary>The id of the article on the page ("kpi-" and the KPI id with other characters as hyphens), for links from the summary.</summary>
    public static string Anchor(string kpiId)
    {
        ArgumentNullException.ThrowIfNull(kpiId);
        return "kpi-" + new string([.. kpiId.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-')]);
    }

    /// <summary>The trend over the model's whole history with the non-season event lines.</summary>
    public ChartFigure TrendChart()
    {
        var marked = _events.Markers(e => e.Category != "season");
        return ChartLayout.Tidy(_events.WithKey(KpiTrendChart.Build(_model, _row, 0, marked), marked));
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Paragraph(_row.Narrative);
        var id = _row.Definition.Id;
        if (ReportAvailability.Kpi(_model, id) is { } none)
        {
            writer.Paragraph("No chart: " + none, "meta unavailable");
            return;
        }
        writer.Write(TrendChart());
        if (ReportText.SpcPeriods(_row, _model.Results.Months) is { } periods)
        {
            writer.Paragraph(periods, "meta");
        }
        if (ReportText.AssuranceCaveat(_row, _model.Results.Months, _model.Options.MinimumSpcMonths) is { } caveat)
        {
            writer.Paragraph(caveat, "meta");
        }
        if (ReportAvailability.Spc(_model, id) is { } noSpc)
        {
            writer.Paragraph(noSpc, "meta unavailable");
        }
        if (_row.Seasonal is { } seasonal)
        {
            new SeasonalSection(_row.Definition, seasonal, _events).WriteBody(writer);
        }
        else if (_model.Options.SeasonalKpis.Contains(id, StringComparer.Ordinal) && ReportAvailability.Seasonal(_model, id) is { } noSeasonal)
        {
            writer.Paragraph(noSeasonal, "meta unavailable");
        }
    }

    /// <summary>The article element, its id the <see cref="Anchor"/>, with the section inside.</summary>
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Open("article", ("id", Anchor(_row.Definition.Id)), ("class", "kpi"));
        writer.Section(Title, WriteBody);
        writer.Close("article");
    }
}
