using Csc.Analysis.Domain;

namespace Csc.Analysis.Inspection;

/// <summary>
/// The Ofsted inspection pack: the measures ChAT (and PATCh 014) give for each Annex A list, over the look-back
/// window ending at the as-at date, in the convention chosen. One pass over each table per family; data problems
/// are issues in the result.
/// </summary>
public static class InspectionPack
{
    private static readonly Action<InspectionContext>[] Families =
    [
        FrontDoorMeasures.Contacts,
        FrontDoorMeasures.EarlyHelp,
        ReferralMeasures.Measure,
        AssessmentMeasures.Measure,
        Section47Measures.Measure,
        ChildrenInNeedMeasures.Measure,
        ChildProtectionMeasures.Measure,
        LookedAfterMeasures.Measure,
        CareLeaverMeasures.Measure,
        AdoptionMeasures.Measure,
    ];

    /// <summary>Every measure of every list for <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The data has no dated record and no as-at date is given.</exception>
    public static InspectionResult Compute(CaseData data, InspectionOptions? options = null)
    {
        var ctx = new InspectionContext(data, options ?? new InspectionOptions());
        foreach (var family in Families)
        {
            family(ctx);
        }
        return ctx.ToResult();
    }
}
