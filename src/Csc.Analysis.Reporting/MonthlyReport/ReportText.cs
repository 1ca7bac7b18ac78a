using System.Globalization;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>Which way a KPI moved since last month.</summary>
public enum TravelDirection
{
    /// <summary>No value this month or last month.</summary>
    Unknown,
    /// <summary>The value went up.</summary>
    Up,
    /// <summary>The value went down.</summary>
    Down,
    /// <summary>The value did not change.</summary>
    Same,
}

/// <summary>
/// The direction of travel since last month, read with the KPI's polarity: an arrow and words
/// ("↑ improving", "↓ worsening", "↑ up" for a neutral KPI, "→ no change").
/// </summary>
public sealed record DirectionOfTravel(TravelDirection Direction, string Arrow, string Words)
{
    /// <summary>"↑ improving".</summary>
    public string Text => Arrow.Length == 0 ? Words : Arrow + " " + Words;

    /// <summary>Compares this month with last month. Changes smaller than 1e-9 are no change.</summary>
    public static DirectionOfTravel Of(double? current, double? previous, KpiPolarity polarity)
    {
        if (current is not { } now || previous is not { } then)
        {
            return new DirectionOfTravel(TravelDirection.Unknown, string.Empty, "no comparison");
        }
        var change = now - then;
        if (Math.Abs(change) < 1e-9)
        {
            return new DirectionOfTravel(TravelDirection.Same, "\u2192", "no change");
        }
        var up = change > 0;
        var words = polarity switch
        {
            KpiPolarity.HigherIsBetter => up ? "improving" : "worsening",
            KpiPolarity.LowerIsBetter => up ? "worsening" : "improving",
            _ => up ? "up" : "down",
        };
        return new DirectionOfTravel(up ? TravelDirection.Up : TravelDirection.Down, up ? "\u2191" : "\u2193", words);
    }
}

/// <summary>Words, symbols and formats the monthly report uses (invariant culture throughout).</summary>
public static class ReportText
{
    /// <summary>A KPI value in its unit: "29%", "15.5%", "271", "1.14", "412.0" (a rate per 10,000, to one decimal place as DfE publishes).</summary>
    public static string Value(double? value, KpiUnit unit)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return "\u2013";
        }
        return unit switch
        {
            KpiUnit.Percent => v.ToString("0.#", CultureInfo.InvariantCulture) + "%",
            KpiUnit.Ratio => v.ToString("0.00", CultureInfo.InvariantCulture),
            KpiUnit.RatePer10k => v.ToString("#,0.0", CultureInfo.InvariantCulture),
            _ => v.ToString("#,0.#", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The .NET format for a unit's values in chart tables.</summary>
    public static string ValueFormat(KpiUnit unit) => unit switch
    {
        KpiUnit.Percent => "0.0",
        KpiUnit.Ratio => "0.00",
        KpiUnit.RatePer10k => "#,0.0",
        _ => "#,0.#",
    };

    /// <summary>The RAG tone of a rating.</summary>
    public static RagTone Tone(Rag rag) => rag switch
    {
        Rag.Red => RagTone.Red,
        Rag.Amber => RagTone.Amber,
        Rag.Green => RagTone.Green,
        _ => RagTone.NotRated,
    };

    /// <summary>"RED", "AMBER", "GREEN" as the pack writes them in headings, or "NOT RATED".</summary>
    public static string RagWord(Rag rag) => rag switch
    {
        Rag.Red => "RED",
        Rag.Amber => "AMBER",
        Rag.Green => "GREEN",
        _ => "NOT RATED",
    };

    /// <summary>"May 2017".</summary>
    public static string ShortMonth(Domain.ReportingMonth month) => month.FirstDay.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The SPC direction of improvement for a KPI's polarity.</summary>
    public static ImprovementDirection Improvement(KpiPolarity polarity) => polarity switch
    {
        KpiPolarity.HigherIsBetter => ImprovementDirection.Higher,
        KpiPolarity.LowerIsBetter => ImprovementDirection.Lower,
        _ => ImprovementDirection.Neutral,
    };

    /// <summary>The Making Data Count variation icon as a symbol and words.</summary>
    public static (string Symbol, string Words) Variation(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => ("\u223F", "Common cause"),
        VariationIcon.ImprovementHigh => ("\u25B2", "Improvement (high)"),
        VariationIcon.ImprovementLow => ("\u25BC", "Improvement (low)"),
        VariationIcon.ConcernHigh => ("\u25B2", "Concern (high)"),
        VariationIcon.ConcernLow => ("\u25BC", "Concern (low)"),
        VariationIcon.NeutralHigh => ("\u25B2", "Unusually high"),
        VariationIcon.NeutralLow => ("\u25BC", "Unusually low"),
        _ => ("?", icon.ToString()),
    };

    /// <summary>
    /// Where a KPI's SPC limits were re-established, as a sentence ("SPC limits re-established from Mar 2016: ..."); null when
    /// the chart has one set of limits.
    /// </summary>
    public static string? SpcPeriods(KpiSummaryRow row, IReadOnlyList<Domain.ReportingMonth> months)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(months);
        if (row.Spc is null || row.SpcRebaseAt.Count == 0)
        {
            return null;
        }
        var from = row.SpcRebaseAt.Select(i => ShortMonth(months[row.SpcFirstIndex + i])).ToList();
        var list = from.Count == 1 ? from[0] : string.Join(", ", from.Take(from.Count - 1)) + " and " + from[^1];
        return $"SPC limits re-established from {list}: the process shifted and stayed shifted (the Stable Shift Algorithm), so each period's mean and limits come from its own months and the icons read the latest period.";
    }

    /// <summary>
    /// When the assurance icon contradicts the latest month, a sentence saying why: the latest month is a special cause and
    /// meets the target while the limits say "consistently failing" (or misses it while they say "consistently passing"), so
    /// the limits describe the process before the change. Null otherwise.
    /// </summary>
    /// <param name="row">The KPI's row.</param>
    /// <param name="months">The model's months (for the month's name).</param>
    /// <param name="periodMonths">Months a new level must hold before its limits are re-established (the report's MinimumSpcMonths).</param>
    public static string? AssuranceCaveat(KpiSummaryRow row, IReadOnlyList<Domain.ReportingMonth> months, int periodMonths)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(months);
        if (row.Spc is not { } spc || row.Definition.Rag?.Target is not { } target || !spc.Points[^1].SpecialCause)
        {
            return null;
        }
        var last = spc.Points[^1];
        var higher = Improvement(row.Definition.Polarity);
        var meets = higher switch
        {
            ImprovementDirection.Higher => last.Value >= target,
            ImprovementDirection.Lower => last.Value <= target,
            _ => (bool?)null,
        };
        var contradicts = (spc.Assurance, meets) switch
        {
            (AssuranceIcon.ConsistentlyFailing, true) => "meets the target although the limits do not",
            (AssuranceIcon.ConsistentlyPassing, false) => "misses the target although the limits do not",
            _ => null,
        };
        return contradicts is null ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"The assurance icon reads limits set before the latest change: {ShortMonth(months[row.SpcFirstIndex + last.T])} is a special cause and {contradicts}. Read it again once the new level has held for {periodMonths} months (the limits are then re-established).");
    }

    /// <summary>The Making Data Count assurance icon as a symbol and words, with "(limits before the latest change)" when <paramref name="caveat"/>.</summary>
    public static (string Symbol, string Words) Assurance(AssuranceIcon icon, bool caveat)
    {
        var (symbol, words) = Assurance(icon);
        return (symbol, caveat ? words + " (limits before the latest change)" : words);
    }

    /// <summary>The Making Data Count assurance icon as a symbol and words.</summary>
    public static (string Symbol, string Words) Assurance(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPassing => ("\u2713", "Consistently passing"),
        AssuranceIcon.ConsistentlyFailing => ("\u2717", "Consistently failing"),
        AssuranceIcon.HitAndMiss => ("\u00B1", "Hit and miss"),
        _ => ("\u2013", "No target"),
    };
}

/// <summary>
/// A symbol with its meaning: the symbol is hidden from screen readers and the words are shown,
/// so the cell reads the same with or without colour, sight or CSS.
/// </summary>
public sealed record SymbolText(string Symbol, string Words, string CssClass) : IHtmlRenderable
{
    /// <summary>Writes the element to <paramref name="writer"/>.</summary>
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Open("span", ("class", CssClass), ("title", Words))
            .Element("span", Symbol, ("class", "sym"), ("aria-hidden", "true"))
            .Text(" " + Words)
            .Close("span");
    }
}
