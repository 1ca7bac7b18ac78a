using System.Globalization;

namespace Csc.Analysis.Kpis;

/// <summary>
/// One RAG band: the values from <see cref="Min"/> to <see cref="Max"/> (either end may be open,
/// each end inclusive or exclusive) are rated <see cref="Rag"/>.
/// </summary>
public sealed record RagBand(Rag Rag, double? Min, bool MinInclusive, double? Max, bool MaxInclusive)
{
    /// <summary>Values at or below <paramref name="max"/>.</summary>
    public static RagBand AtOrBelow(Rag rag, double max) => new(rag, null, false, max, true);

    /// <summary>Values below <paramref name="max"/>.</summary>
    public static RagBand Below(Rag rag, double max) => new(rag, null, false, max, false);

    /// <summary>Values at or above <paramref name="min"/>.</summary>
    public static RagBand AtOrAbove(Rag rag, double min) => new(rag, min, true, null, false);

    /// <summary>Values above <paramref name="min"/>.</summary>
    public static RagBand Above(Rag rag, double min) => new(rag, min, false, null, false);

    /// <summary>Whether <paramref name="value"/> is in the band.</summary>
    public bool Contains(double value)
        => (Min is not { } lo || (MinInclusive ? value >= lo : value > lo))
           && (Max is not { } hi || (MaxInclusive ? value <= hi : value < hi));

    /// <summary>True when some value lies in both bands.</summary>
    public bool Overlaps(RagBand other)
    {
        // The intersection's lower end: the larger minimum (exclusive wins a tie).
        double? lo;
        bool loIn;
        if (Min is null) { lo = other.Min; loIn = other.MinInclusive; }
        else if (other.Min is null) { lo = Min; loIn = MinInclusive; }
        else if (Min.Value != other.Min.Value) { (lo, loIn) = Min.Value > other.Min.Value ? (Min, MinInclusive) : (other.Min, other.MinInclusive); }
        else { lo = Min; loIn = MinInclusive && other.MinInclusive; }

        double? hi;
        bool hiIn;
        if (Max is null) { hi = other.Max; hiIn = other.MaxInclusive; }
        else if (other.Max is null) { hi = Max; hiIn = MaxInclusive; }
        else if (Max.Value != other.Max.Value) { (hi, hiIn) = Max.Value < other.Max.Value ? (Max, MaxInclusive) : (other.Max, other.MaxInclusive); }
        else { hi = Max; hiIn = MaxInclusive && other.MaxInclusive; }

        if (lo is null || hi is null)
        {
            return true;
        }
        return lo.Value < hi.Value || (lo.Value == hi.Value && loIn && hiIn);
    }

    /// <summary>"above 320 and at or below 340", "at or above 90", "any value".</summary>
    public string Describe()
    {
        var parts = new List<string>(2);
        if (Min is { } lo)
        {
            parts.Add((MinInclusive ? "at or above " : "above ") + Format(lo));
        }
        if (Max is { } hi)
        {
            parts.Add((MaxInclusive ? "at or below " : "below ") + Format(hi));
        }
        return parts.Count == 0 ? "any value" : string.Join(" and ", parts);
    }

    /// <summary>The band in words, for example "amber (80 to 90)".</summary>
    public override string ToString() => $"{Rag.ToString().ToLowerInvariant()} ({Describe()})";

    internal static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// How a KPI is rated red, amber or green: either a target with a polarity and an amber band
/// (<see cref="FromTarget"/>), or explicit bands (<see cref="FromBands"/>, for example "CIN plans
/// green at or below 320"). Either way the rule is a set of non-overlapping <see cref="Bands"/>; a
/// value in no band is rated <see cref="Rag.None"/>.
/// </summary>
public sealed record RagRule
{
    private RagRule(double? target, KpiPolarity polarity, double? amberBand, IReadOnlyList<RagBand> bands)
    {
        Target = target;
        Polarity = polarity;
        AmberBand = amberBand;
        Bands = bands;
    }

    /// <summary>The target (for a target rule), or the green band's one finite end (for bands), else null.</summary>
    public double? Target { get; }

    /// <summary>The polarity the target is read with (target rules); Neutral for explicit bands.</summary>
    public KpiPolarity Polarity { get; }

    /// <summary>Width of the amber band below (higher is better) or above (lower is better) the target; null for explicit bands.</summary>
    public double? AmberBand { get; }

    /// <summary>The bands, checked in order.</summary>
    public IReadOnlyList<RagBand> Bands { get; }

    /// <summary>
    /// Green at or beyond the target; amber within <paramref name="amberBand"/> of it on the wrong
    /// side (the far end of the amber band included); red beyond that. Higher is better: green
    /// v &gt;= T, amber T - A &lt;= v &lt; T, red v &lt; T - A. Lower is better: green v &lt;= T, amber
    /// T &lt; v &lt;= T + A, red v &gt; T + A. An amber band of 0 means no amber.
    /// </summary>
    public static RagRule FromTarget(double target, KpiPolarity polarity, double amberBand)
    {
        Preconditions.CheckArgument(double.IsFinite(target), $"The target must be a finite number, not {target}.");
        Preconditions.CheckArgument(double.IsFinite(amberBand) && amberBand >= 0, $"The amber band must be a number at or above 0, not {RagBand.Format(amberBand)}.");
        Preconditions.CheckArgument(polarity != KpiPolarity.Neutral, "A target needs a polarity: higher_is_better or lower_is_better.");
        var bands = new List<RagBand>(3);
        if (polarity == KpiPolarity.HigherIsBetter)
        {
            bands.Add(RagBand.AtOrAbove(Rag.Green, target));
            if (amberBand > 0)
            {
                bands.Add(new RagBand(Rag.Amber, target - amberBand, true, target, false));
            }
            bands.Add(RagBand.Below(Rag.Red, target - amberBand));
        }
        else
        {
            bands.Add(RagBand.AtOrBelow(Rag.Green, target));
            if (amberBand > 0)
            {
                bands.Add(new RagBand(Rag.Amber, target, false, target + amberBand, true));
            }
            bands.Add(RagBand.Above(Rag.Red, target + amberBand));
        }
        return new RagRule(target, polarity, amberBand, bands);
    }

    /// <summary>Explicit bands. Overlapping bands are an <see cref="ArgumentException"/> (see <see cref="CheckBands"/>).</summary>
    public static RagRule FromBands(IEnumerable<RagBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.ToList();
        var error = CheckBands(list);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(bands));
        }
        var green = list.FirstOrDefault(b => b.Rag == Rag.Green);
        double? target = green switch
        {
            { Min: null, Max: { } hi } => hi,
            { Min: { } lo, Max: null } => lo,
            _ => null,
        };
        return new RagRule(target, KpiPolarity.Neutral, null, list);
    }

    /// <summary>
    /// Null when the bands can be used; otherwise why not: a band rated none, a band with no values
    /// (min above max), or two bands that overlap, named by position (1-based) and range.
    /// </summary>
    public static string? CheckBands(IReadOnlyList<RagBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0)
        {
            return "there are no bands; give at least one, or remove \"bands\".";
        }
        for (var i = 0; i < bands.Count; i++)
        {
            var b = bands[i];
            if (b.Rag == Rag.None)
            {
                return $"band {i + 1} has no rating; set \"rag\" to green, amber or red.";
            }
            if (b.Min is { } lo && b.Max is { } hi && (lo > hi || (lo == hi && !(b.MinInclusive && b.MaxInclusive))))
            {
                return $"band {i + 1} ({b}) contains no value: its lower end is not below its upper end.";
            }
        }
        for (var i = 0; i < bands.Count; i++)
        {
            for (var j = i + 1; j < bands.Count; j++)
            {
                if (bands[i].Overlaps(bands[j]))
                {
                    return $"bands {i + 1} ({bands[i]}) and {j + 1} ({bands[j]}) overlap; each value must fall in at most one band.";
                }
            }
        }
        return null;
    }

    /// <summary>The rating of <paramref name="value"/>: the band containing it, or None (no value, or in no band).</summary>
    public Rag Rate(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return Rag.None;
        }
        foreach (var b in Bands)
        {
            if (b.Contains(v))
            {
                return b.Rag;
            }
        }
        return Rag.None;
    }

    /// <summary>The rule in words.</summary>
    public override string ToString() => Polarity == KpiPolarity.Neutral
        ? string.Join("; ", Bands)
        : $"target {RagBand.Format(Target!.Value)} ({(Polarity == KpiPolarity.HigherIsBetter ? "higher" : "lower")} is better), amber band {RagBand.Format(AmberBand!.Value)}";
}
