namespace Csc.Analysis.Inspection;

/// <summary>The unit of an inspection measure (the <c>unit</c> column of inspection.csv).</summary>
public enum InspectionUnit
{
    /// <summary>A number of children (corrected) or rows (chat).</summary>
    Count,

    /// <summary>A rate per 10,000 children aged 0 to 17.</summary>
    RatePer10k,

    /// <summary>A percentage, 0 to 100.</summary>
    Percent,

    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Working days (England and Wales working days under corrected, Monday to Friday under chat).</summary>
    WorkingDays,
}

/// <summary>The names of <see cref="InspectionUnit"/> in inspection.csv.</summary>
public static class InspectionUnits
{
    /// <summary>count, rate_per_10k, percent, days or working_days.</summary>
    public static string Name(this InspectionUnit unit) => unit switch
    {
        InspectionUnit.Count => "count",
        InspectionUnit.RatePer10k => "rate_per_10k",
        InspectionUnit.Percent => "percent",
        InspectionUnit.Days => "days",
        InspectionUnit.WorkingDays => "working_days",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };
}
