namespace Csc.Analysis.Domain;

/// <summary>
/// What a care leaver was doing around one of their 17th to 21st birthdays (care_leavers.csv; the SSDA903 OC3 table).
/// </summary>
/// <param name="CareLeaverId">The record's id.</param>
/// <param name="ChildId">The young person.</param>
/// <param name="BirthdayDate">The birthday the record describes.</param>
/// <param name="InTouch">Whether the council was in touch.</param>
/// <param name="Activity">The SSDA903 ACTIV code (F1 to F5 and P1 to P5 are education, employment or training), or null.</param>
/// <param name="Accommodation">The SSDA903 ACCOM code, or null.</param>
/// <param name="AccommodationSuitable">Whether the accommodation was suitable, or null when not recorded.</param>
public sealed record CareLeaver(
    string CareLeaverId,
    string ChildId,
    DateOnly BirthdayDate,
    CareLeaverContact InTouch,
    string? Activity,
    string? Accommodation,
    bool? AccommodationSuitable) : ICouncilRow
{
    /// <summary>The council the row belongs to (its <c>la_code</c> in a stack of councils); null in one council's data.</summary>
    public CouncilCode? Council { get; init; }

    /// <summary>True when the activity is education, employment or training (ACTIV F1 to F5 or P1 to P5).</summary>
    public bool InEducationEmploymentOrTraining
        => Activity is { Length: 2 } a && (a[0] is 'F' or 'P') && a[1] is >= '1' and <= '5';
}
