using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>
/// The denominator of the rates per 10,000 (<see cref="KpiUnit.RatePer10k"/>): the ONS mid-year estimate of children
/// aged 0 to 17 (population.csv). A month in the financial year that starts in April of year Y uses mid-year Y
/// (<see cref="PopulationEstimate.YearFor"/>), so every month of a financial year has the same denominator.
/// </summary>
public static class KpiPopulation
{
    /// <summary>What a rate's denominator counts (the definitions' <see cref="KpiDefinition.Denominator"/>).</summary>
    public const string Description = "children aged 0 to 17 (ONS mid-year estimate, population.csv: mid-year Y for April Y to March Y+1)";

    /// <summary>The estimates by mid-year (the first row wins when a year repeats; an estimate of 0 or less is no estimate).</summary>
    public static IReadOnlyDictionary<int, int> ByYear(IEnumerable<PopulationEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var byYear = new Dictionary<int, int>();
        foreach (var e in estimates)
        {
            if (e.Aged0To17 > 0)
            {
                byYear.TryAdd(e.Year, e.Aged0To17);
            }
        }
        return byYear;
    }

    /// <summary>The mid-year whose estimate the month with this index (<see cref="ReportingMonth.Index"/>) uses.</summary>
    public static int YearOf(int monthIndex) => PopulationEstimate.YearFor(KpiMonths.LastDay(monthIndex));

    /// <summary>The population of the month with this index; null when <paramref name="byYear"/> has no estimate for its year.</summary>
    public static int? For(IReadOnlyDictionary<int, int> byYear, int monthIndex)
    {
        ArgumentNullException.ThrowIfNull(byYear);
        return byYear.TryGetValue(YearOf(monthIndex), out var n) ? n : null;
    }
}
