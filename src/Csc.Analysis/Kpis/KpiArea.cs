namespace Csc.Analysis.Kpis;

/// <summary>
/// The area of the KPI pack a KPI belongs to; each area is a section of the monthly report (the
/// report's order is <c>ReportAreas.Order</c>).
/// </summary>
public enum KpiArea
{
    /// <summary>Contacts, early help, referrals and assessments.</summary>
    FrontDoor,

    /// <summary>Section 47 enquiries, conferences, CP plans and visits.</summary>
    ChildProtection,

    /// <summary>CIN plans and missing episodes.</summary>
    ChildrenInNeed,

    /// <summary>Children looked after: numbers, legal status, age, leaving care.</summary>
    LookedAfter,

    /// <summary>Where looked-after children are placed.</summary>
    Placements,

    /// <summary>Advocacy for looked-after children.</summary>
    Advocacy,

    /// <summary>Young people who have left care, around their 19th to 21st birthdays.</summary>
    CareLeavers,
}
