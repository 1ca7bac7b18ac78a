namespace Csc.Analysis.Domain;

/// <summary>
/// An Annex A list 9 row: where a care leaver is now (not at a birthday, so it is not a <see cref="CareLeaver"/>).
/// Texts are as written without the "a) " list prefix; <see cref="Activity"/> is the activity code (F1, G5, ...).
/// </summary>
/// <param name="ChildId">The care leaver.</param>
/// <param name="Eligibility">Eligibility category ("Former relevant child").</param>
/// <param name="InTouch">LA in touch ("Yes", "No", "Refused", ...).</param>
/// <param name="Accommodation">Type of accommodation as written ("Y: Other accommodation").</param>
/// <param name="Suitability">Suitability of accommodation ("Suitable", "Unsuitable").</param>
/// <param name="Activity">Activity status code (F1 to F5 and P1 to P5 are education, employment or training).</param>
public sealed record AnnexACareLeaverRow(string ChildId, string? Eligibility, string? InTouch, string? Accommodation, string? Suitability, string? Activity)
{
    /// <summary>True when the council is in touch ("Yes").</summary>
    public bool IsInTouch => InTouch is { } t && t.Trim().StartsWith("yes", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the accommodation is suitable.</summary>
    public bool IsSuitable => Suitability is { } s && s.Trim().Equals("suitable", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when in education, employment or training (activity F1-F5 or P1-P5).</summary>
    public bool IsEet => Activity is { Length: 2 } a && char.ToUpperInvariant(a[0]) is 'F' or 'P' && a[1] is >= '1' and <= '5';
}

/// <summary>An Annex A list 10 row: a child's adoption journey.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="EnteredCare">Date the child entered care.</param>
/// <param name="DecisionDate">Date of the decision that the child should be placed for adoption (the ADM decision).</param>
/// <param name="PlacementOrderDate">Date of the placement order.</param>
/// <param name="MatchedDate">Date the child was matched with prospective adopters.</param>
/// <param name="PlacedDate">Date placed for adoption.</param>
/// <param name="AdoptionOrderDate">Date of the adoption order.</param>
/// <param name="NoLongerDate">Date of the decision that the child should no longer be placed for adoption.</param>
public sealed record AnnexAAdoptionRow(
    string ChildId,
    DateOnly? EnteredCare,
    DateOnly? DecisionDate,
    DateOnly? PlacementOrderDate,
    DateOnly? MatchedDate,
    DateOnly? PlacedDate,
    DateOnly? AdoptionOrderDate,
    DateOnly? NoLongerDate);

/// <summary>An Annex A list 8 row's missing summary: counts over the last 12 months and the last episode's return interview.</summary>
/// <param name="ChildId">The child.</param>
/// <param name="MissingCount">Episodes missing from placement in the last 12 months.</param>
/// <param name="AbsentCount">Episodes absent from placement in the last 12 months.</param>
/// <param name="RhiOffered">Offered a return interview after the last missing episode.</param>
/// <param name="RhiAccepted">Accepted it.</param>
public sealed record AnnexAMissingRow(string ChildId, int? MissingCount, int? AbsentCount, bool? RhiOffered, bool? RhiAccepted);

/// <summary>
/// What an Annex A carries that the domain tables have no place for, kept for the inspection pack: list 9 (care
/// leavers now), list 10 (adoption) and list 8's missing summaries. Null on <see cref="CaseData.AnnexA"/> for other formats.
/// </summary>
public sealed record AnnexAListRows
{
    /// <summary>List 9 rows (empty when the list is absent).</summary>
    public IReadOnlyList<AnnexACareLeaverRow> CareLeavers { get; init; } = [];

    /// <summary>True when the workbook had a list 9.</summary>
    public bool HasCareLeavers { get; init; }

    /// <summary>List 10 rows.</summary>
    public IReadOnlyList<AnnexAAdoptionRow> Adoptions { get; init; } = [];

    /// <summary>True when the workbook had a list 10.</summary>
    public bool HasAdoptions { get; init; }

    /// <summary>List 8 missing summaries (rows with a missing or absent count or a return interview answer).</summary>
    public IReadOnlyList<AnnexAMissingRow> Missing { get; init; } = [];

    /// <summary>True when list 8 had a missing count column.</summary>
    public bool HasMissing { get; init; }
}
