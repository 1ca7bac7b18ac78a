using Csc.Analysis.Disclosure;

namespace Csc.Analysis.Inspection;

/// <summary>
/// Disclosure control of the inspection pack, as DfE releases apply it and as <see cref="KpiDisclosure"/> does for the
/// KPIs. Each Annex A list is one <see cref="SuppressionTable"/>: its headline counts and the denominators of its
/// percentages are cells, one cell per distinct number (a cohort printed in several places, such as the children on
/// CP plans and the denominator of each CP mix, is one figure: withholding it withholds it everywhere); the numerator
/// of each percentage is a cell; a mix whose groups add up exactly to its denominator, the bins of a duration and the
/// sexes of an age band are totals over their parts. <see cref="SmallCountSuppression"/> then withholds every count
/// from 1 to the threshold and enough others that none can be worked out from a total. A percentage or rate is
/// <c>c</c> when its numerator or denominator is; a percentile of a small cohort is <c>c</c> (it would describe a few
/// children). Population denominators (rates per 10,000) are published estimates and are shown.
/// Relations between lists (the referrals of one list and the assessments of the next) are not modelled.
/// </summary>
public static class InspectionDisclosure
{
    /// <summary>The publishable form of <paramref name="result"/>.</summary>
    public static DisclosedInspection Apply(InspectionResult result, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var disclosed = new DisclosedInspectionMeasure[result.Measures.Count];
        var bands = new Dictionary<(string, string), DisclosedValue>();
        var primary = 0;
        var secondary = 0;
        foreach (var list in result.Measures.Select((m, i) => (m, i)).GroupBy(p => p.m.List, StringComparer.Ordinal))
        {
            var (p, s) = List([.. list], options, disclosed, bands);
            primary += p;
            secondary += s;
        }
        return new DisclosedInspection { Options = options, Measures = disclosed, PrimaryCount = primary, SecondaryCount = secondary, AgeBandTotals = bands };
    }

    private sealed class Cells
    {
        public int? Numerator;
        public int? Denominator;
    }

    private static (int Primary, int Secondary) List(
        List<(InspectionMeasure Measure, int Index)> measures,
        DisclosureOptions options,
        DisclosedInspectionMeasure[] disclosed,
        Dictionary<(string, string), DisclosedValue> bands)
    {
        var table = new SuppressionTable();
        var cohorts = new Dictionary<long, int>();
        int Cohort(long n)
        {
            if (!cohorts.TryGetValue(n, out var cell))
            {
                cohorts[n] = cell = table.AddCell($"{measures[0].Measure.List} cohort {n}", n);
            }
            return cell;
        }

        var cells = new Cells[measures.Count];
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i].Measure;
            var c = cells[i] = new Cells();
            switch (m.Unit)
            {
                case InspectionUnit.Count when m.Value is { } v && v >= 0:
                    c.Numerator = Cohort((long)v);
                    break;
                case InspectionUnit.RatePer10k when m.Numerator is { } n && n >= 0:
                    c.Numerator = Cohort(n);
                    break;
                case InspectionUnit.Percent:
                    if (m.Denominator is { } d && d >= 0)
                    {
                        c.Denominator = Cohort(d);
                    }
                    if (m.Numerator is { } num && num >= 0)
                    {
                        c.Numerator = m.Category.Length == 0 ? Cohort(num) : table.AddCell($"{m.MeasureId} {m.Category}", num);
                    }
                    break;
            }
        }

        // A mix (or the bins of a duration) whose groups add up to its denominator: the denominator is their total.
        var bandCells = new Dictionary<(string, string), int>();
        foreach (var group in Enumerable.Range(0, measures.Count)
            .Where(i => measures[i].Measure.Category.Length > 0 && cells[i].Numerator is not null && cells[i].Denominator is not null)
            .GroupBy(i => (measures[i].Measure.MeasureId, measures[i].Measure.Denominator)))
        {
            var parts = group.ToList();
            var total = cells[parts[0]].Denominator!.Value;
            if (parts.Sum(i => measures[i].Measure.Numerator!.Value) == group.Key.Denominator)
            {
                table.AddTotal(total, parts.Select(i => cells[i].Numerator!.Value));
            }
            if (!group.Key.MeasureId.EndsWith("_age_sex", StringComparison.Ordinal))
            {
                continue;
            }
            // The page shows each age band over both sexes: a band is the total of its sexes, the denominator of its bands.
            var byBand = new List<int>();
            foreach (var band in InspectionDemographics.AgeBands)
            {
                var sexes = parts.Where(i => InspectionDemographics.Sexes.Any(sex => measures[i].Measure.Category == $"{band} {sex}")).ToList();
                var n = sexes.Sum(i => measures[i].Measure.Numerator!.Value);
                if (sexes.Count == 0 || n == 0)
                {
                    continue;
                }
                var cell = table.AddCell($"{group.Key.MeasureId} {band}", n);
                table.AddTotal(cell, sexes.Select(i => cells[i].Numerator!.Value));
                bandCells[(group.Key.MeasureId, band)] = cell;
                byBand.Add(cell);
            }
            if (byBand.Count > 0 && byBand.Sum(b => table.Values[b]) == group.Key.Denominator)
            {
                table.AddTotal(total, byBand);
            }
        }

        var suppression = SmallCountSuppression.Apply(table, options);
        for (var i = 0; i < measures.Count; i++)
        {
            disclosed[measures[i].Index] = Disclosed(measures[i].Measure, cells[i], suppression, options);
        }
        foreach (var (key, cell) in bandCells)
        {
            bands[key] = suppression.Disclosed(cell);
        }
        return (suppression.PrimaryCount, suppression.SecondaryCount);
    }

    private static DisclosedInspectionMeasure Disclosed(InspectionMeasure m, Cells c, SuppressionResult s, DisclosureOptions options)
    {
        DisclosedValue? Part(long? raw, int? cell) => raw is null ? null : cell is { } i ? s.Disclosed(i) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
        switch (m.Unit)
        {
            case InspectionUnit.Count:
                return new(m, c.Numerator is { } n ? s.Disclosed(n) : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable), null, null);
            case InspectionUnit.RatePer10k:
                {
                    var num = Part(m.Numerator, c.Numerator);
                    var den = m.Denominator is { } pop ? DisclosedValue.Shown(pop) : (DisclosedValue?)null;
                    var value = m.Numerator is { } rn && m.Denominator is { } rd
                        ? Disclose.Rate(rn, rd, 10_000, options, c.Numerator is { } ni && s.IsSuppressed(ni)) is var r && r.Value is { } rv
                            ? DisclosedValue.Shown(Math.Round(rv, 1))
                            : r
                        : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
                    return new(m, value, num, den);
                }
            case InspectionUnit.Percent:
                {
                    var num = Part(m.Numerator, c.Numerator);
                    var den = Part(m.Denominator, c.Denominator);
                    var value = m.Numerator is { } pn && m.Denominator is { } pd
                        ? Disclose.Rate(pn, pd, 100, options, c.Numerator is { } ni && s.IsSuppressed(ni), c.Denominator is { } di && s.IsSuppressed(di)) is var r && r.Value is { } pv
                            ? DisclosedValue.Shown(Math.Round(pv, 1))
                            : r
                        : DisclosedValue.Withheld(DisclosureSymbol.NotAvailable);
                    return new(m, value, num, den);
                }
            default:
                {
                    // A percentile (or other duration): withheld when it describes a small cohort.
                    var value = m.Value is not { } v ? DisclosedValue.Withheld(DisclosureSymbol.NotAvailable)
                        : m.Cohort is { } cohort && options.IsSmall(cohort) ? DisclosedValue.Withheld(DisclosureSymbol.Suppressed)
                        : DisclosedValue.Shown(v);
                    return new(m, value, null, null);
                }
        }
    }
}
