using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// uasc_lac: unaccompanied asylum-seeking children looked after at month end (DfE's "UASC looked after at 31 March",
/// SSDA903, LAIT Unacc_Asylmn_Seek_Childn, taken at every month end).
/// </summary>
public static class UascLac
{
    /// <summary>The stable id.</summary>
    public const string Id = "uasc_lac";

    /// <summary>The definition (no timescale applies).</summary>
    public static KpiDefinition Define(KpiTimescales timescales) => new()
    {
        Id = Id,
        Title = "Unaccompanied asylum-seeking children looked after",
        Area = KpiArea.LookedAfter,
        Unit = KpiUnit.Count,
        Kind = KpiKind.Snapshot,
        Numerator = LookedAfterCohort.Description + " whose children.csv uasc is Y (legal status V3, V4 excluded)",
        Sources = KpiSources.LacEpisodes,
        Fields = [OptionalField.ChildUasc],
        Calculation = Calculate,
    };

    /// <summary>Each child's merged episode segments, at the month ends they are open, when the child's uasc flag is Y (blank is not counted).</summary>
    public static void Calculate(KpiInputs inputs, IKpiSink sink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var seg in inputs.LacSegments)
        {
            if (inputs.ChildrenById.TryGetValue(seg.ChildId, out var child) && child.Uasc == true)
            {
                sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
            }
        }
    }
}
