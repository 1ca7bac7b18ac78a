using System.Globalization;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Journeys;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// Child journeys from referral (issue 11 section 2): who was followed, the share still open, and the steps children
/// took as a Sankey chart with its data table beneath (from, to, children, median days). One component for the
/// inspection report, the monthly report's appendix and the notebooks. For the public audience every count passes
/// disclosure control (1 to the threshold is <c>c</c>, with secondary suppression over the steps that add up: the
/// children followed are the sum of the steps leaving the referral, and the assessments the sum of the steps leaving
/// the assessment), a withheld step is not drawn and its median is withheld with it.
/// </summary>
public sealed class JourneysSection : IReportSection
{
    private readonly JourneyResult? _result;
    private readonly string? _unavailable;
    private readonly Audience _audience;
    private readonly DisclosureOptions _disclosure;

    /// <summary>The section of <paramref name="result"/>, or of the sentence <paramref name="unavailable"/> saying why there is none.</summary>
    public JourneysSection(JourneyResult? result, string? unavailable, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        if (result is null && string.IsNullOrWhiteSpace(unavailable))
        {
            throw new ArgumentException("Give the journeys or a sentence saying why there are none.", nameof(unavailable));
        }
        _result = result;
        _unavailable = unavailable;
        _audience = audience;
        _disclosure = disclosure ?? DisclosureOptions.Default;
    }

    /// <inheritdoc />
    public string Title => "Child journeys from referral";

    /// <summary>The journeys shown; null when there are none (see <see cref="Unavailable"/>).</summary>
    public JourneyResult? Result => _result;

    /// <summary>Why there are no journeys; null when there are.</summary>
    public string? Unavailable => _result is null ? _unavailable : null;

    /// <summary>
    /// The journeys of the children referred from <paramref name="from"/> to <paramref name="to"/> (inclusive) with data up to
    /// <paramref name="dataEnd"/>, as a section; the section says why when the data has no referrals or the period is empty.
    /// </summary>
    public static JourneysSection For(CaseData data, DateOnly from, DateOnly to, DateOnly dataEnd, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Referrals.Count == 0)
        {
            return new JourneysSection(null, "The data has no referrals, so there are no journeys to follow.", audience, disclosure);
        }
        if (to < from)
        {
            return new JourneysSection(null, $"No journeys: the period would end ({IsoFormat.Date(to)}) before it starts ({IsoFormat.Date(from)}).", audience, disclosure);
        }
        var result = ChildJourneys.Analyse(data, new JourneyOptions { From = from, To = to, DataEnd = dataEnd });
        return new JourneysSection(result, null, audience, disclosure);
    }

    /// <summary>The state's label on the chart and in the table ("Section 47 enquiry").</summary>
    public static string Label(JourneyState state) => state switch
    {
        JourneyState.Contact => "Contact",
        JourneyState.Referral => "Referral",
        JourneyState.Assessment => "Assessment",
        JourneyState.NoFurtherAction => "No further action",
        JourneyState.EarlyHelp => "Early help",
        JourneyState.CinPlan => "CIN plan",
        JourneyState.Section47 => "Section 47 enquiry",
        JourneyState.Icpc => "ICPC",
        JourneyState.CpPlan => "CP plan",
        JourneyState.LookedAfter => "Looked after",
        JourneyState.Closed => "Closed",
        JourneyState.StillOpen => "Still open",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown journey state."),
    };

    private static string Colour(JourneyState state) => state switch
    {
        JourneyState.Contact or JourneyState.Referral or JourneyState.Assessment => ReportCharts.Blue,
        JourneyState.NoFurtherAction or JourneyState.Closed => ReportCharts.Grey,
        JourneyState.EarlyHelp => ReportCharts.Green,
        JourneyState.CinPlan => ReportCharts.Sky,
        JourneyState.Section47 or JourneyState.Icpc => ReportCharts.Orange,
        JourneyState.CpPlan => ReportCharts.Vermilion,
        JourneyState.LookedAfter => ReportCharts.Purple,
        _ => ReportCharts.Grey,
    };

    /// <summary>The nodes of the chart: every state a step leaves or reaches, in <see cref="JourneyState"/> order.</summary>
    public static IReadOnlyList<JourneyState> Nodes(JourneyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Transitions.SelectMany(t => new[] { t.From, t.To }).Distinct().Order()];
    }

    /// <summary>Each step's children as they may be shown to <paramref name="audience"/>, in the order of <see cref="JourneyResult.Transitions"/>, then the children followed, still open, not still open and referred too late.</summary>
    public static IReadOnlyList<DisclosedValue> Disclosed(JourneyResult result, Audience audience, DisclosureOptions disclosure)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(disclosure);
        var values = new List<double?>(result.Transitions.Select(t => (double?)t.Children))
        {
            result.Children,
            result.StillOpen,
            result.StillOpen is { } open ? result.Children - open : null,
            result.ShortFollowUp,
        };
        if (audience != Audience.Public)
        {
            return [.. values.Select(v => v is { } x ? DisclosedValue.Shown(x) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable))];
        }
        var table = new SuppressionTable();
        var index = new int?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                index[i] = table.AddCell(i < result.Transitions.Count ? $"{result.Transitions[i].From.Id()}>{result.Transitions[i].To.Id()}" : $"total{i}", v);
            }
        }
        var n = result.Transitions.Count;
        void Total(int total, IEnumerable<int> parts)
        {
            var list = parts.ToList();
            if (list.Count > 0 && index[total] is { } t)
            {
                table.AddTotal(t, list.Select(p => index[p]!.Value));
            }
        }
        // The children followed = the steps leaving the referral; still open + not = the children followed.
        Total(n, Enumerable.Range(0, n).Where(i => result.Transitions[i].From == JourneyState.Referral));
        if (result.StillOpen is not null)
        {
            Total(n, [n + 1, n + 2]);
        }
        // Every assessment takes exactly one step on from it.
        var toAssessment = Enumerable.Range(0, n).FirstOrDefault(i => result.Transitions[i].From == JourneyState.Referral && result.Transitions[i].To == JourneyState.Assessment, -1);
        if (toAssessment >= 0)
        {
            Total(toAssessment, Enumerable.Range(0, n).Where(i => result.Transitions[i].From == JourneyState.Assessment));
        }
        var suppressed = SmallCountSuppression.Apply(table, disclosure);
        return [.. Enumerable.Range(0, values.Count).Select(i => index[i] is { } k ? suppressed.Disclosed(k) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable))];
    }

    /// <summary>The Sankey chart of the steps with its table (from, to, children, median days), for <paramref name="audience"/>.</summary>
    public static ChartFigure Chart(JourneyResult result, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var shown = Disclosed(result, audience, disclosure ?? DisclosureOptions.Default);
        var nodes = Nodes(result);
        var at = nodes.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var links = new List<SankeyLink>();
        for (var i = 0; i < result.Transitions.Count; i++)
        {
            var t = result.Transitions[i];
            var children = shown[i];
            var median = children.IsShown ? TableCell.Number(t.MedianDays, "0.#") : TableCell.Symbol(DisclosureSymbol.Suppressed.Code());
            var hover = children.IsShown
                ? string.Create(CultureInfo.InvariantCulture, $"{Label(t.From)} \u2192 {Label(t.To)}: {children.Value:N0} {(children.Value == 1 ? "child" : "children")}{(t.MedianDays is { } m ? $", median {m:0.#} days" : string.Empty)}")
                : null;
            links.Add(new SankeyLink(at[t.From], at[t.To], children.Value)
            {
                Symbol = children.Symbol?.Code(),
                Extra = [median],
                Hover = hover,
            });
        }
        var o = result.Options;
        return ReportCharts.Sankey(new SankeyChartOptions
        {
            Title = "Child journeys from referral",
            Description = string.Create(CultureInfo.InvariantCulture,
                $"The steps taken by the {shown[result.Transitions.Count].Format("N0")} children referred from {IsoFormat.Date(o.From)} to {IsoFormat.Date(o.To)} with at least {o.FollowUpDays} days of follow-up, each band as wide as the children taking the step."),
            Nodes = [.. nodes.Select(Label)],
            NodeColours = [.. nodes.Select(Colour)],
            Links = links,
            ValueName = "Children",
            ValueFormat = "N0",
            ExtraColumns = [new TableColumn("Median days", ColumnAlign.Right)],
            Height = 460,
        }) with { TableOpen = true };
    }

    /// <summary>"N children referred from ... were followed ...": who was followed and who was left out.</summary>
    public static string FollowedSentence(JourneyResult result, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var shown = Disclosed(result, audience, disclosure ?? DisclosureOptions.Default);
        var n = result.Transitions.Count;
        var o = result.Options;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{shown[n].Format("N0")} children referred from {IsoFormat.Date(o.From)} to {IsoFormat.Date(o.To)} (each child's first referral of the period) were followed to {IsoFormat.Date(o.DataEnd)}, each for at least {o.FollowUpDays} days.");
        if (result.ShortFollowUp > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {shown[n + 3].Format("N0")} referred too late for {o.FollowUpDays} days of follow-up are left out.");
        }
        return text;
    }

    /// <summary>The share still open as a sentence: "K of the N children (p%) are still open at ..."; or why it is not known.</summary>
    public static string StillOpenSentence(JourneyResult result, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = disclosure ?? DisclosureOptions.Default;
        var shown = Disclosed(result, audience, options);
        var n = result.Transitions.Count;
        if (result.StillOpen is null)
        {
            return "The data records no closure dates, so how many of these children's cases are still open is not known.";
        }
        if (result.Children == 0)
        {
            return "No child was followed, so there is no share still open.";
        }
        var pct = shown[n + 1].IsShown && shown[n].IsShown && shown[n + 2].IsShown
            ? Disclose.Rate(shown[n + 1].Value, shown[n].Value, 100, options)
            : DisclosedValue.Withheld(DisclosureSymbol.Suppressed);
        var pctText = pct.IsShown ? pct.Format("0.0") + "%" : pct.Format();
        return string.Create(CultureInfo.InvariantCulture,
            $"{shown[n + 1].Format("N0")} of the {shown[n].Format("N0")} children ({pctText}) are still open at {IsoFormat.Date(result.Options.DataEnd)}: their referral's episode has no closure date.");
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
        writer.Paragraph(FollowedSentence(r, _audience, _disclosure));
        writer.Paragraph(StillOpenSentence(r, _audience, _disclosure), "callout");
        if (r.Transitions.Count == 0)
        {
            writer.Paragraph("No child referred in the period has enough follow-up, so there are no steps to show.", "meta unavailable");
            return;
        }
        writer.Write(Chart(r, _audience, _disclosure));
        writer.Paragraph("Days are calendar days from one step's date to the next (a same-day step is 0; a step recorded before the one it follows is negative, as recorded). A child stops at the first outcome that applies: a section 47 enquiry, then a CP plan, a CIN plan, looked after, early help, no further action, closed, else still open."
            + (_audience == Audience.Public ? " Counts from 1 to " + _disclosure.Threshold.ToString(CultureInfo.InvariantCulture) + " are shown as c (and any that would reveal one), with their medians; a withheld step is not drawn." : string.Empty), "meta");
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
