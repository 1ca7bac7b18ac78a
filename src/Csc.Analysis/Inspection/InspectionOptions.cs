using Csc.Analysis.Calendar;

namespace Csc.Analysis.Inspection;

/// <summary>What the inspection pack measures over.</summary>
public sealed record InspectionOptions
{
    /// <summary>The last day of the look-back window. Null: the extract date, else the latest date in the data.</summary>
    public DateOnly? AsAt { get; init; }

    /// <summary>The length of the look-back window in months (1 to 24; Annex A lists cover 6).</summary>
    public int Months { get; init; } = 6;

    /// <summary>How to count (default <see cref="InspectionConvention.Corrected"/>).</summary>
    public InspectionConvention Convention { get; init; } = InspectionConvention.Corrected;

    /// <summary>The population for rates; null: the extract's population.csv.</summary>
    public InspectionPopulation? Population { get; init; }

    /// <summary>The working-day calendar of the corrected convention.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;
}
