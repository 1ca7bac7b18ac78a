using System.Globalization;

namespace Csc.Analysis.Kpis;

/// <summary>
/// Looked-after children KPIs: each definition is followed by its calculation. Episodes with legal
/// status V3 or V4 (short breaks) are left out everywhere; a child counts once at a month end
/// (see <see cref="KpiInputs.MergePerChild{T}"/>).
/// </summary>
public static class LookedAfterKpis
{
    /// <summary>Reasons an episode ceased that mean adoption (E11, E12) or a special guardianship order (E43 to E48).</summary>
    public static IReadOnlySet<string> PermanencyReasons { get; } = new HashSet<string>(StringComparer.Ordinal) { "E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48" };

    /// <summary>Child arrangements (formerly residence) order, counted as permanency only when configured.</summary>
    public const string ChildArrangementsOrderReason = "E41";

    internal static IEnumerable<KpiDefinition> Create(KpiTimescales t)
    {
        const string all = "children looked after at month end";
        yield return new(KpiIds.Lac, "Children looked after", KpiArea.LookedAfter, KpiUnit.Count, KpiPolarity.Neutral, KpiKind.Snapshot,
            all + " (legal status V3, V4 excluded)", null, KpiSources.LacEpisodes, null, RateOn.Month, Lac);

        // Lower is better. Target 40%, amber to 55%.
        yield return new(KpiIds.LacOutsideLaPct, "Looked-after children placed outside the council's area (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Snapshot,
            "of those, children whose placement is recorded as outside the council's area", all, KpiSources.LacEpisodes,
            RagRule.FromTarget(40, KpiPolarity.LowerIsBetter, 15), RateOn.Month, OutsideLa);

        // Lower is better. Target 10% (the seed's), amber to 20%.
        var miles = t.DistanceMiles.ToString("R", CultureInfo.InvariantCulture);
        yield return new(KpiIds.LacOver20MilesPct, $"Looked-after children placed more than {miles} miles from home (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Snapshot,
            $"of those, placements more than {miles} miles from home", all + " with a known placement distance", KpiSources.LacEpisodes,
            RagRule.FromTarget(10, KpiPolarity.LowerIsBetter, 10), RateOn.Month, OverDistance);

        yield return new(KpiIds.LacAged1617Pct, "Looked-after children aged 16 or 17 (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.Neutral, KpiKind.Snapshot,
            "of those, children aged 16 or 17 at month end", all, KpiSources.LacEpisodes, null, RateOn.Month, Aged16To17);

        // Lower is better. Target 35%, amber to 45% (the seed saw 47% in summer 2016 and 38% in May 2017).
        yield return new(KpiIds.LacS20Pct, "Looked-after children accommodated under section 20 (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.LowerIsBetter, KpiKind.Snapshot,
            "of those, legal status V2", all, KpiSources.LacEpisodes,
            RagRule.FromTarget(35, KpiPolarity.LowerIsBetter, 10), RateOn.Month, Section20);

        yield return new(KpiIds.LacCareOrderPct, "Looked-after children on care orders (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.Neutral, KpiKind.Snapshot,
            "of those, legal status C1 (interim) or C2 (full care order)", all, KpiSources.LacEpisodes, null, RateOn.Month, CareOrder);

        yield return new(KpiIds.LacWithAdvocatePct, "Looked-after children with an advocate (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.Neutral, KpiKind.Snapshot,
            "of those, children with an advocacy allocation open at month end", all, KpiSources.LacEpisodes | KpiSources.Advocacy, null, RateOn.Month, WithAdvocate);

        yield return new(KpiIds.AdvocacyLacPct, "Children with an advocate who are looked after (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.Neutral, KpiKind.Snapshot,
            "of those, children looked after at month end", "children with an advocacy allocation open at month end", KpiSources.LacEpisodes | KpiSources.Advocacy, null, RateOn.Month, AdvocacyLooked);

        // Higher is better. Target 10%, amber from 5%.
        var reasons = t.PermanencyIncludesChildArrangementsOrders ? "E11, E12, E41, E43-E48" : "E11, E12, E43-E48";
        yield return new(KpiIds.LacCeasedPermanencyPct, "Children ceasing care through adoption or special guardianship (%)", KpiArea.LookedAfter, KpiUnit.Percent, KpiPolarity.HigherIsBetter, KpiKind.Flow,
            $"of those, children whose last episode ending in the month ended with reason {reasons}",
            "children who ceased to be looked after in the month (an episode ending with a reason other than X1)", KpiSources.LacEpisodes,
            RagRule.FromTarget(10, KpiPolarity.HigherIsBetter, 5), RateOn.Month, CeasedPermanency);
    }

    /// <summary>lac: children looked after at month end.</summary>
    public static void Lac(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, true, false, seg.Record, null);
        }
    }

    /// <summary>lac_outside_la_pct: all looked-after children; numerator when the placement is recorded as not inside the area.</summary>
    public static void OutsideLa(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, seg.Record.PlacementInsideLa == false, true, seg.Record, null);
        }
    }

    /// <summary>lac_over_20_miles_pct: children with a known distance; numerator when it is more than the configured miles.</summary>
    public static void OverDistance(KpiInputs inputs, IKpiSink sink)
    {
        var miles = inputs.Timescales.DistanceMiles;
        foreach (var seg in inputs.LacSegments)
        {
            if (seg.Record.PlacementDistanceMiles is { } d)
            {
                sink.Add(seg.First, seg.Last, d > miles, true, seg.Record, null);
            }
        }
    }

    /// <summary>
    /// lac_aged_16_17_pct: all looked-after children; numerator in the month ends from the 16th
    /// birthday's month to the month before the 18th birthday's month (age on the month's last day
    /// is 16 or 17; a 29 February birthday falls on 1 March in other years).
    /// </summary>
    public static void Aged16To17(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
            if (inputs.ChildrenById.TryGetValue(seg.ChildId, out var child) && child.DateOfBirth is { } dob && dob.Year <= 9980)
            {
                var first = Math.Max(seg.First, KpiMonths.FirstMonthEndOnOrAfter(KpiMonths.Birthday(dob, 16)));
                var last = Math.Min(seg.Last, KpiMonths.LastMonthEndBefore(KpiMonths.Birthday(dob, 18)));
                if (first <= last)
                {
                    sink.Add(first, last, true, false, seg.Record, null);
                }
            }
        }
    }

    /// <summary>lac_s20_pct: all looked-after children; numerator with legal status V2.</summary>
    public static void Section20(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, Code(seg.Record.LegalStatus) == "V2", true, seg.Record, null);
        }
    }

    /// <summary>lac_care_order_pct: all looked-after children; numerator with legal status C1 or C2.</summary>
    public static void CareOrder(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, Code(seg.Record.LegalStatus) is "C1" or "C2", true, seg.Record, null);
        }
    }

    /// <summary>lac_with_advocate_pct: all looked-after children; numerator where an advocacy allocation is open too.</summary>
    public static void WithAdvocate(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.LacSegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
        }
        KpiInputs.Intersect(inputs.LacSegments, inputs.AdvocacySegments,
            (lac, _, first, last) => sink.Add(first, last, true, false, lac.Record, null));
    }

    /// <summary>advocacy_lac_pct: children with an advocacy allocation open; numerator where they are looked after too.</summary>
    public static void AdvocacyLooked(KpiInputs inputs, IKpiSink sink)
    {
        foreach (var seg in inputs.AdvocacySegments)
        {
            sink.Add(seg.First, seg.Last, false, true, seg.Record, null);
        }
        KpiInputs.Intersect(inputs.LacSegments, inputs.AdvocacySegments,
            (_, adv, first, last) => sink.Add(first, last, true, false, adv.Record, null));
    }

    /// <summary>
    /// lac_ceased_permanency_pct: children whose (non short-break) episode ended in the month with a
    /// reason other than X1, each child once a month (the last such episode); numerator when that
    /// reason is adoption or SGO (and E41 when configured). A blank reason counts as ceased, not permanency.
    /// </summary>
    public static void CeasedPermanency(KpiInputs inputs, IKpiSink sink)
    {
        var includeCao = inputs.Timescales.PermanencyIncludesChildArrangementsOrders;
        var (ceased, keys) = KpiInputs.SortByChild(
            inputs.Data.LacEpisodes.Where(e => !e.IsShortBreak && e.EndDate is not null && Code(e.ReasonCeased) != "X1").ToArray(),
            static e => e.ChildId, static e => e.EndDate!.Value.DayNumber, inputs.ChildKeyOf);
        for (var i = 0; i < ceased.Length; i++)
        {
            var e = ceased[i];
            var month = KpiMonths.Index(e.EndDate!.Value);
            if (i + 1 < ceased.Length && keys[i + 1] == keys[i] && KpiMonths.Index(ceased[i + 1].EndDate!.Value) == month)
            {
                continue; // a later cessation of the same child in the same month counts instead
            }
            var reason = Code(e.ReasonCeased);
            var permanent = reason is not null && (PermanencyReasons.Contains(reason) || (includeCao && reason == ChildArrangementsOrderReason));
            sink.AddEvent(e.EndDate!.Value, permanent, true, e);
        }
    }

    private static string? Code(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
