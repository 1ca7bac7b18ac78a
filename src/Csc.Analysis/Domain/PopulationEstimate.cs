namespace Csc.Analysis.Domain;

/// <summary>
/// The ONS mid-year estimate of the council's children aged 0 to 17 (population.csv). A month in the financial year
/// that starts in April of year Y uses the estimate for mid-Y.
/// </summary>
/// <param name="Year">The mid-year (30 June) the estimate is for.</param>
/// <param name="Aged0To17">Children aged 0 to 17.</param>
public sealed record PopulationEstimate(int Year, int Aged0To17) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>The mid-year whose estimate a day uses: the calendar year of the April that starts its financial year.</summary>
    public static int YearFor(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;
}
