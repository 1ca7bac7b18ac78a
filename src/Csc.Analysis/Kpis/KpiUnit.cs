namespace Csc.Analysis.Kpis;

/// <summary>What a KPI's value is measured in.</summary>
public enum KpiUnit
{
    /// <summary>A number of children or events.</summary>
    Count,

    /// <summary>A percentage, 0 to 100: 100 × numerator / denominator.</summary>
    Percent,

    /// <summary>A plain ratio: numerator / denominator.</summary>
    Ratio,

    /// <summary>
    /// A rate per 10,000 children aged 0 to 17: 10,000 × numerator / denominator, where the calculation adds the
    /// records counted (the numerator) and the engine fills the denominator with the month's population estimate
    /// (<see cref="KpiPopulation"/>); a month without an estimate has no value.
    /// </summary>
    RatePer10k,
}

/// <summary>The names of <see cref="KpiUnit"/> values in outputs.</summary>
public static class KpiUnitNames
{
    /// <summary>The unit as the docs and exports write it: "count", "percent", "ratio", "rate_per_10k".</summary>
    public static string Name(this KpiUnit unit) => unit switch
    {
        KpiUnit.Count => "count",
        KpiUnit.Percent => "percent",
        KpiUnit.Ratio => "ratio",
        KpiUnit.RatePer10k => "rate_per_10k",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a KPI unit."),
    };
}
