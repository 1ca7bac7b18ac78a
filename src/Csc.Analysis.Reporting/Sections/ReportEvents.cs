using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// Context events numbered once for a whole page ("[1]", "[2]" in date order, as the model holds
/// them), drawn on charts as short labelled lines so long labels never overlap, with a key in the
/// chart's description and a table of all events.
/// </summary>
public sealed class ReportEvents
{
    private readonly IReadOnlyList<ContextEvent> _events;
    private readonly HashSet<string> _labels;

    /// <summary>Numbers <paramref name="events"/>; <paramref name="months"/> is the default axis for <see cref="Markers"/>.</summary>
    public ReportEvents(IReadOnlyList<ContextEvent> events, IReadOnlyList<ReportingMonth> months)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(months);
        _events = events;
        _labels = [.. months.Select(ReportText.ShortMonth)];
    }

    /// <summary>The events the page numbers.</summary>
    public IReadOnlyList<ContextEvent> Events => _events;

    /// <summary>The events passing <paramref name="include"/> whose month is on the axis (<paramref name="labels"/>, or the months given at construction), as numbered lines.</summary>
    public IReadOnlyList<ChartEvent> Markers(Func<ContextEvent, bool> include, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(include);
        var onAxis = labels is null ? _labels : new HashSet<string>(labels, StringComparer.Ordinal);
        var list = new List<ChartEvent>();
        for (var i = 0; i < _events.Count; i++)
        {
            var x = ReportText.ShortMonth(ReportingMonth.Of(_events[i].Date));
            if (include(_events[i]) && onAxis.Contains(x))
            {
                list.Add(new ChartEvent(x, Number(i)));
            }
        }
        return list;
    }

    /// <summary>The report's key of numbered lines: "[1] IRO post vacant; [2] ...".</summary>
    public string Key(IReadOnlyList<ChartEvent> marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        return string.Join("; ", marked.Select(m => m.Label + " " + _events[int.Parse(m.Label.AsSpan(1, m.Label.Length - 2), CultureInfo.InvariantCulture) - 1].Label));
    }

    /// <summary>The notebooks' key, with each event's month: "[1] IRO post vacant (Mar 2017); [2] ..."; markers that are not events (such as "Step") are left out.</summary>
    public string KeyWithMonths(IReadOnlyList<ChartEvent> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        var byNumber = _events.Select((e, i) => (Number: Number(i), Event: e)).ToDictionary(p => p.Number, p => p.Event, StringComparer.Ordinal);
        return string.Join("; ", markers.Where(m => byNumber.ContainsKey(m.Label))
            .Select(m => $"{m.Label} {byNumber[m.Label].Label} ({ReportText.ShortMonth(ReportingMonth.Of(byNumber[m.Label].Date))})"));
    }

    /// <summary>The chart with the report's key of its event lines added to its description (unchanged without lines).</summary>
    public ChartFigure WithKey(ChartFigure figure, IReadOnlyList<ChartEvent> marked)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return marked.Count == 0 ? figure : figure with { Description = figure.Description + " Event lines: " + Key(marked) + "." };
    }

    /// <summary>All events, numbered as on the charts.</summary>
    public HtmlTable Table() => new("Context events (numbered as on the charts)",
        [new TableColumn("No.", ColumnAlign.Right), "From", "To", "Event", "Category"],
        [.. _events.Select((e, i) => (IReadOnlyList<TableCell>)[
            Number(i), e.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            e.EndDate is { } end ? end.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : string.Empty, e.Label, e.Category ?? string.Empty])]);

    private static string Number(int i) => string.Create(CultureInfo.InvariantCulture, $"[{i + 1}]");
}
