using System.Globalization;
using System.Text;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// The short paragraph the pack writes under each KPI, generated from the numbers in the voice of
/// the May 2017 report: "Currently 29% against a target of 90%; last month 75%. This is the lowest
/// since July 2016." Every clause comes from a figure in the <see cref="KpiComparison"/>, so different
/// numbers give different sentences; nothing is said where there is no figure to say it with.
/// </summary>
public static class KpiNarrative
{
    /// <summary>"Lowest since" and "highest since" are only said when the value beats at least this many earlier months.</summary>
    public const int MinimumMonthsForExtreme = 3;

    /// <summary>The narrative for one KPI in the comparison's month.</summary>
    public static string Describe(KpiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var def = comparison.Definition;
        var current = comparison.Current;
        var unit = def.Unit;
        string V(double? v) => ReportText.Value(v, unit);

        if (current.Value is not { } value)
        {
            return def.Unit switch
            {
                KpiUnit.Count => "There is no value for this month: the data has none of the records this KPI counts.",
                KpiUnit.RatePer10k => "There is no value for this month: the population data has no estimate of the children aged 0 to 17 for its financial year.",
                _ => $"There is no value for this month: there were no {def.Denominator ?? "records to count"}.",
            };
        }

        var sb = new StringBuilder();
        sb.Append("Currently ").Append(V(value));
        if (def.Rag?.Target is { } target)
        {
            sb.Append(def.Rag.Polarity == KpiPolarity.Neutral ? " against a threshold of " : " against a target of ").Append(V(target));
        }
        if (comparison.LastMonth?.Value is { } last)
        {
            sb.Append("; last month ").Append(V(last));
        }
        sb.Append('.');

        if (comparison.Extreme is { } extreme && extreme.MonthsBeyond >= MinimumMonthsForExtreme)
        {
            sb.Append(" This is the ").Append(extreme.Describe()).Append('.');
        }

        if (comparison.SameMonthLastYear is { Value: { } lastYear } ly)
        {
            var change = value - lastYear;
            var when = ly.Month.ToLongString();
            if (Math.Abs(change) < 1e-9)
            {
                sb.Append(" This is the same as at the same point last year (").Append(V(lastYear)).Append(").");
            }
            else
            {
                var better = def.Polarity switch
                {
                    KpiPolarity.HigherIsBetter => change > 0,
                    KpiPolarity.LowerIsBetter => change < 0,
                    _ => (bool?)null,
                };
                sb.Append(better switch
                {
                    true => " This compares favourably against the same point last year (",
                    false => " This compares unfavourably with the same point last year (",
                    _ => change > 0 ? " This is higher than at the same point last year (" : " This is lower than at the same point last year (",
                }).Append(V(lastYear)).Append(", ").Append(when).Append(").");
            }
        }

        if (def.YtdRule is KpiYtdRule.Sum or KpiYtdRule.Rate && current.YtdValue is { } sum)
        {
            sb.Append(" So far this year: ").Append(V(sum));
            if (comparison.YtdSamePointLastYear?.Value is { } sumLastYear)
            {
                sb.Append(" (").Append(V(sumLastYear)).Append(" at this point last year)");
            }
            sb.Append('.');
        }
        else if (def.YtdRule == KpiYtdRule.Pool && current.YtdValue is { } ytd)
        {
            sb.Append(" Year to date: ").Append(V(ytd));
            if (comparison.YtdSamePointLastYear?.Value is { } ytdLastYear)
            {
                sb.Append(" compared with ").Append(V(ytdLastYear)).Append(" at this point last year");
            }
            sb.Append('.');
        }

        if (def.Rag is not null && current.Rag is Rag.Red or Rag.Amber)
        {
            sb.Append(Rating(def, current));
            if (comparison.Projection is { MonthsToGreen: { } months and > 0 } p)
            {
                var what = p.Basis == RateOn.YearToDate ? "the year-to-date figure" : "it";
                sb.Append(" If the same rate of improvement continues, ").Append(what).Append(" becomes green ")
                  .Append(months == 1 ? "next month" : string.Create(CultureInfo.InvariantCulture, $"in {months} months")).Append('.');
            }
            else if (comparison.Projection is { MonthsToGreen: null } q && Improving(def, q.RatePerMonth))
            {
                sb.Append(q.Basis == RateOn.YearToDate
                    ? " At the current rate of improvement the year-to-date figure does not become green this financial year."
                    : " At the current rate of improvement it does not become green within two years.");
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The narrative of a public page for a month whose figure is withheld: no other figure is given, since
    /// the change from last month or last year would let a reader work the withheld one out.
    /// </summary>
    public static string Withheld(KpiDefinition definition, Disclosure.DisclosureSymbol symbol)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return symbol switch
        {
            Disclosure.DisclosureSymbol.Suppressed => "This month's figure is not published (c): it is, or would reveal, a small count of children or events.",
            Disclosure.DisclosureSymbol.BelowHalfPercent => "This month's figure is above 0 but below 0.5% (k).",
            Disclosure.DisclosureSymbol.NotApplicable => $"There is no value for this month (z): there were no {definition.Denominator ?? "records to count"}.",
            _ => "There is no value for this month (x): the data needed is not available.",
        };
    }

    /// <summary>" It is rated amber because the year-to-date figure (70%) is below target."</summary>
    private static string Rating(KpiDefinition def, KpiResult current)
    {
        var word = current.Rag == Rag.Red ? "red" : "amber";
        if (def.RateOn == RateOn.YearToDate && def.YtdRule != KpiYtdRule.None && current.YtdValue is { } ytd)
        {
            return $" It is rated {word} on the year-to-date figure ({ReportText.Value(ytd, def.Unit)}).";
        }
        return $" It is rated {word}.";
    }

    /// <summary>True when the month-on-month change moves the KPI in its better direction (never for a neutral KPI).</summary>
    private static bool Improving(KpiDefinition def, double? rate) => rate is { } r && def.Polarity switch
    {
        KpiPolarity.HigherIsBetter => r > 0,
        KpiPolarity.LowerIsBetter => r < 0,
        _ => false,
    };
}
