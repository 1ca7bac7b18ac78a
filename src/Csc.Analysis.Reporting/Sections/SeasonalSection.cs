using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Statistics.Decomposition;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// A seasonal KPI's STL reading: the sentence naming the usual high and low months and the months
/// beyond the usual seasonal effect, the bar chart of each month's usual effect (April first) and
/// the chart of actual against seasonally adjusted values with those months marked. The monthly
/// report writes it inside the KPI's article; a notebook displays it or one of its parts.
/// </summary>
public sealed class SeasonalSection : IReportSection
{
    private readonly KpiDefinition _definition;
    private readonly SeasonalReading _reading;
    private readonly ReportEvents _events;

    /// <summary>The section of <paramref name="definition"/>'s reading, with <paramref name="events"/> numbered as on the rest of the page.</summary>
    public SeasonalSection(KpiDefinition definition, SeasonalReading reading, ReportEvents events)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(events);
        _definition = definition;
        _reading = reading;
        _events = events;
    }

    /// <inheritdoc />
    public string Title => $"{_definition.Title}: seasonal pattern";

    /// <summary>The report's sentence: "Seasonal pattern (STL over 36 months): usually highest in ... Beyond the usual seasonal effect: ...".</summary>
    public string Sentence()
    {
        var text = $"Seasonal pattern (STL over {_reading.Months.Count} months): {_reading.UsualPatternText(_definition.Unit)}.";
        var exceptions = _reading.Exceptions.Exceptions;
        if (exceptions.Count == 0)
        {
            return text + " No month was beyond the usual seasonal effect.";
        }
        var list = string.Join(", ", exceptions.Select(p => $"{_reading.Months[p.Index].ToLongString()} ({(p.Exception == Deviation.Above ? "higher" : "lower")})"));
        return text + $" Beyond the usual seasonal effect: {list}.";
    }

    /// <summary>The usual effect of each month (STL seasonal component, April first) as bars.</summary>
    public ChartFigure PatternChart() => ReportCharts.Seasonal(new SeasonalChartOptions
    {
        Title = Title,
        Values = _reading.FigureAprToMar,
        MonthLabels = SeasonalReading.MonthLabelsAprToMar,
        ValuesName = "Usual effect of the month",
        XAxisTitle = "Month (financial year order)",
        YAxisTitle = _definition.Unit == KpiUnit.Percent ? "Percentage points" : "Difference from trend",
        ValueFormat = "0.##",
        Height = 300,
    });

    /// <summary>
    /// Actual and seasonally adjusted values with the months beyond the usual seasonal effect marked
    /// and the season events as lines; the key of the lines gives each event's month when
    /// <paramref name="keyWithMonths"/> (a chart shown on its own).
    /// </summary>
    public ChartFigure ExceptionChart(bool keyWithMonths = false)
    {
        var labels = _reading.Months.Select(ReportText.ShortMonth).ToList();
        var adjusted = SeasonalAdjustment.Adjust(_reading.Decomposition);
        var marked = _events.Markers(e => e.Category == "season", labels);
        var figure = ReportCharts.Trend(new TrendChartOptions
        {
            Title = $"{_definition.Title}: months beyond the usual seasonal effect",
            XLabels = labels,
            Series = new ChartSeries("Actual", [.. _reading.Decomposition.Observed.Select(v => (double?)v)]),
            Comparisons = [new ChartSeries("Seasonally adjusted", [.. adjusted.Select(v => (double?)v)])],
            SpecialCauseIndexes = [.. _reading.Exceptions.Exceptions.Select(p => p.Index)],
            SpecialCauseLabel = "Beyond the usual seasonal effect",
            Events = marked,
            YAxisTitle = KpiTrendChart.UnitName(_definition),
            ValueFormat = ReportText.ValueFormat(_definition.Unit),
            Height = 320,
        });
        if (!keyWithMonths)
        {
            return ChartLayout.Tidy(_events.WithKey(figure, marked));
        }
        var key = _events.KeyWithMonths(marked);
        return ChartLayout.Tidy(key.Length == 0 ? figure : figure with { Description = figure.Description + " Event lines: " + key + "." });
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Paragraph(Sentence());
        writer.Write(PatternChart());
        writer.Write(ExceptionChart());
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
