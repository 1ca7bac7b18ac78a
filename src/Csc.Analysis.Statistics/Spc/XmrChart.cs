using System.Globalization;

namespace Csc.Analysis.Statistics.Spc;

/// <summary>
/// XmR (individuals) charts with NHS England "Making Data Count" rules.
/// <para>Limits, per segment: mean x̄ of the segment's baseline points (all points, or the first FixAfter); moving
/// ranges |x[i] − x[i−1]| within the baseline (none across a rebase); average moving range m̄ (optionally screened);
/// process limits x̄ ± 2.66·m̄; sigma = m̄ / 1.128 and the 2-sigma lines x̄ ± 2·sigma.</para>
/// <para>Rules, evaluated within each segment (never across a rebase): a point strictly outside the limits; a run of
/// RunLength or more consecutive points strictly on one side of the mean (a point exactly on the mean belongs to
/// neither side and ends a run); a trend of TrendLength or more consecutive points each strictly higher (or each
/// strictly lower) than the one before (a tie ends a trend; the tied point may start the next one); 2 of 3
/// consecutive points beyond the same 2-sigma line (strictly), flagging the points beyond it, with or without
/// points beyond the process limit per <see cref="TwoOfThreeMode"/>. Every point of a qualifying run or trend is
/// flagged.</para>
/// <para>Point types follow NHSRplotthedots 0.2.2: the rule that decides a point is the first of outside limits, trend,
/// 2 of 3, run (<see cref="SpcPoint.DecidingRule"/>). A point outside the limits, in a 2 of 3 or in a run is "high" above
/// the mean and "low" below it; a trend point takes the trend's direction (rising = high) on either side of the mean, so a
/// rising trend that crosses the mean is improvement on both sides when higher is better. A point that ends one trend and
/// starts the next takes the later trend's direction. High is improvement when higher is better, concern when lower is
/// better, neutral high for neutral measures; low likewise.</para>
/// </summary>
public static class XmrChart
{
    /// <summary>Process-limit constant: 3 / d2 with d2 = 1.128, rounded as Making Data Count.</summary>
    public const double LimitFactor = 2.66;

    /// <summary>d2 for moving ranges of two points: sigma = average moving range / 1.128.</summary>
    public const double D2 = 1.128;

    /// <summary>Moving ranges at or above this multiple of the average are dropped when screening (D4 = 3.267).</summary>
    public const double ScreeningFactor = 3.267;

    private const SpcRule TrendUp = (SpcRule)0x100;
    private const SpcRule TrendDown = (SpcRule)0x200;

    /// <summary>Evaluates one series.</summary>
    /// <exception cref="ArgumentException">A NaN value, a segment with fewer than 2 baseline points, bad rebase indices or run lengths.</exception>
    public static SpcResult Evaluate(ReadOnlySpan<double> values, SpcOptions options)
    {
        var points = new SpcPoint[values.Length];
        Evaluate(values, options, points);
        var last = points[^1];
        return new SpcResult(points, VariationIconOf(last, options.Improvement), AssuranceIconOf(last, options.Target, options.Improvement));
    }

    /// <summary>Evaluates one series into <paramref name="destination"/> (same length as <paramref name="values"/>) without allocating.</summary>
    public static void Evaluate(ReadOnlySpan<double> values, SpcOptions options, Span<SpcPoint> destination)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(values, options);
        if (destination.Length != values.Length)
        {
            throw new ArgumentException($"destination has {destination.Length} points; it must have one per value ({values.Length}).", nameof(destination));
        }
        var start = 0;
        for (var r = 0; r <= options.RebaseAt.Count; r++)
        {
            var end = r < options.RebaseAt.Count ? options.RebaseAt[r] : values.Length;
            EvaluateSegment(values, start, end, options, destination);
            start = end;
        }
    }

    /// <summary>
    /// Evaluates many series stored back to back in <paramref name="values"/>, series i having <c>lengths[i]</c>
    /// points; writes one point per value into <paramref name="destination"/> and the latest point's icons per series.
    /// One set of options applies to every series (RebaseAt indices are relative to each series). Nothing is allocated.
    /// </summary>
    public static void EvaluateMany(ReadOnlySpan<double> values, ReadOnlySpan<int> lengths, SpcOptions options,
        Span<SpcPoint> destination, Span<VariationIcon> variation, Span<AssuranceIcon> assurance)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (destination.Length < values.Length || variation.Length < lengths.Length || assurance.Length < lengths.Length)
        {
            throw new ArgumentException($"Destinations too small: need {values.Length} points and {lengths.Length} icons of each kind.", nameof(destination));
        }
        var offset = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            if (lengths[i] < 0 || offset + lengths[i] > values.Length)
            {
                throw new ArgumentException($"Series {i}: length {lengths[i]} runs past the {values.Length} values supplied.", nameof(lengths));
            }
            var series = values.Slice(offset, lengths[i]);
            var target = destination.Slice(offset, lengths[i]);
            try
            {
                Evaluate(series, options, target);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"Series {i}: {ex.Message}", nameof(values), ex);
            }
            variation[i] = VariationIconOf(target[^1], options.Improvement);
            assurance[i] = AssuranceIconOf(target[^1], options.Target, options.Improvement);
            offset += lengths[i];
        }
    }

    /// <summary>
    /// The point type that a set of triggered rules gives, by NHSRplotthedots 0.2.2's precedence: the deciding rule is the first
    /// of outside limits, trend, 2 of 3, run (<see cref="SpcPoint.DecidingRule"/>); a trend decides by
    /// <paramref name="trendDirection"/>, every other rule by <paramref name="sideOfMean"/>. High is improvement when higher is
    /// better, concern when lower is better, neutral high for neutral measures; low likewise.
    /// </summary>
    /// <param name="rules">The rules the point triggered (<see cref="SpcRule.None"/> gives common cause).</param>
    /// <param name="sideOfMean">+1 above the mean, −1 below, 0 on it.</param>
    /// <param name="trendDirection">+1 if the point belongs to a rising trend, −1 to a falling one (the later one when it belongs to two), 0 otherwise.</param>
    /// <param name="improvement">Which direction is better.</param>
    /// <exception cref="ArgumentException">The deciding rule's direction is 0: a trend without a direction, or another rule on the mean.</exception>
    public static SpcPointType Classify(SpcRule rules, int sideOfMean, int trendDirection, ImprovementDirection improvement)
    {
        var deciding = new SpcPoint { Rules = rules }.DecidingRule;
        if (deciding == SpcRule.None)
        {
            return SpcPointType.CommonCause;
        }
        var high = Math.Sign(deciding == SpcRule.Trend ? trendDirection : sideOfMean);
        if (high == 0)
        {
            throw new ArgumentException(
                deciding == SpcRule.Trend
                    ? "A trend point needs the trend's direction (+1 rising, -1 falling); got 0."
                    : $"A point that triggers {deciding} lies above or below the mean; got side 0.", nameof(rules));
        }
        return improvement switch
        {
            ImprovementDirection.Neutral => high > 0 ? SpcPointType.SpecialCauseNeutralHigh : SpcPointType.SpecialCauseNeutralLow,
            ImprovementDirection.Higher => high > 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern,
            _ => high < 0 ? SpcPointType.SpecialCauseImprovement : SpcPointType.SpecialCauseConcern,
        };
    }

    /// <summary>The variation icon for a point (as if it were the latest).</summary>
    public static VariationIcon VariationIconOf(SpcPoint point, ImprovementDirection improvement)
    {
        if (!point.SpecialCause)
        {
            return VariationIcon.CommonCause;
        }
        var high = point.PointType switch
        {
            SpcPointType.SpecialCauseNeutralHigh => true,
            SpcPointType.SpecialCauseNeutralLow => false,
            SpcPointType.SpecialCauseImprovement => improvement != ImprovementDirection.Lower,
            _ => improvement == ImprovementDirection.Lower,
        };
        return point.PointType switch
        {
            SpcPointType.SpecialCauseImprovement => high ? VariationIcon.ImprovementHigh : VariationIcon.ImprovementLow,
            SpcPointType.SpecialCauseConcern => high ? VariationIcon.ConcernHigh : VariationIcon.ConcernLow,
            _ => high ? VariationIcon.NeutralHigh : VariationIcon.NeutralLow,
        };
    }

    /// <summary>
    /// The assurance icon for a point's limits against <paramref name="target"/>: higher is better → target below the
    /// lower limit passes consistently, above the upper limit fails consistently, otherwise (limits inclusive) hit and
    /// miss; lower is better mirrors it; neutral measures or no target → <see cref="AssuranceIcon.None"/>.
    /// </summary>
    public static AssuranceIcon AssuranceIconOf(SpcPoint point, double? target, ImprovementDirection improvement)
    {
        if (target is not { } t || improvement == ImprovementDirection.Neutral)
        {
            return AssuranceIcon.None;
        }
        var higherBetter = improvement == ImprovementDirection.Higher;
        if (t > point.UpperProcessLimit)
        {
            return higherBetter ? AssuranceIcon.ConsistentlyFailing : AssuranceIcon.ConsistentlyPassing;
        }
        if (t < point.LowerProcessLimit)
        {
            return higherBetter ? AssuranceIcon.ConsistentlyPassing : AssuranceIcon.ConsistentlyFailing;
        }
        return AssuranceIcon.HitAndMiss;
    }

    private static void Validate(ReadOnlySpan<double> values, SpcOptions options)
    {
        if (values.Length < 2)
        {
            throw new ArgumentException($"An XmR chart needs at least 2 values; got {values.Length}.", nameof(values));
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Value at index {i} is {values[i].ToString(CultureInfo.InvariantCulture)}; an XmR chart needs a complete, finite series.", nameof(values));
            }
        }
        if (options.RunLength < 2 || options.TrendLength < 2)
        {
            throw new ArgumentException($"RunLength and TrendLength must be at least 2 (Making Data Count uses 7, some teams 6); got {options.RunLength} and {options.TrendLength}.", nameof(options));
        }
        if (options.FixAfter is < 2)
        {
            throw new ArgumentException($"FixAfter must be at least 2 points (a moving range needs two); got {options.FixAfter}.", nameof(options));
        }
        var previous = 0;
        for (var r = 0; r < options.RebaseAt.Count; r++)
        {
            var at = options.RebaseAt[r];
            if (at <= previous || at >= values.Length)
            {
                throw new ArgumentException(
                    $"Rebase index {at} is invalid: rebase indices must be strictly increasing and within 1..{values.Length - 1} (the first point already starts a segment).", nameof(options));
            }
            if (at - previous < 2)
            {
                throw new ArgumentException($"The segment starting at index {previous} has only {at - previous} point; every segment needs at least 2.", nameof(options));
            }
            previous = at;
        }
        if (values.Length - previous < 2)
        {
            throw new ArgumentException($"The segment starting at index {previous} has only {values.Length - previous} point; every segment needs at least 2.", nameof(options));
        }
    }

    private static void EvaluateSegment(ReadOnlySpan<double> x, int start, int end, SpcOptions options, Span<SpcPoint> output)
    {
        var baselineEnd = options.FixAfter is { } fix ? Math.Min(start + fix, end) : end;
        double sum = 0;
        for (var i = start; i < baselineEnd; i++)
        {
            sum += x[i];
        }
        var mean = sum / (baselineEnd - start);
        double mrSum = 0;
        for (var i = start + 1; i < baselineEnd; i++)
        {
            mrSum += Math.Abs(x[i] - x[i - 1]);
        }
        var amr = mrSum / (baselineEnd - start - 1);
        if (options.ScreenOutliers && amr > 0)
        {
            var cut = ScreeningFactor * amr;
            double kept = 0;
            var count = 0;
            for (var i = start + 1; i < baselineEnd; i++)
            {
                var mr = Math.Abs(x[i] - x[i - 1]);
                if (mr < cut)
                {
                    kept += mr;
                    count++;
                }
            }
            amr = kept / count; // count ≥ 1: the smallest moving range is below 3.267 × their average
        }
        double lpl = mean - LimitFactor * amr, upl = mean + LimitFactor * amr;
        var sigma = amr / D2;
        double low2 = mean - 2 * sigma, high2 = mean + 2 * sigma;

        for (var i = start; i < end; i++)
        {
            var rules = x[i] > upl || x[i] < lpl ? SpcRule.OutsideLimits : SpcRule.None;
            output[i] = new SpcPoint(i, x[i], mean, lpl, upl, low2, high2, false, SpcPointType.CommonCause, rules);
        }

        MarkRuns(x, start, end, mean, options.RunLength, output);
        MarkTrends(x, start, end, options.TrendLength, output);
        MarkTwoOfThree(x, start, end, mean, high2, low2, upl, lpl, options, output);

        for (var i = start; i < end; i++)
        {
            var p = output[i];
            var rules = p.Rules & ~(TrendUp | TrendDown);
            if (rules == SpcRule.None)
            {
                output[i] = p with { Rules = SpcRule.None };
                continue;
            }
            var trendDirection = (p.Rules & TrendUp) != 0 ? 1 : (p.Rules & TrendDown) != 0 ? -1 : 0;
            var type = Classify(rules, Math.Sign(x[i] - mean), trendDirection, options.Improvement);
            output[i] = p with { SpecialCause = true, PointType = type, Rules = rules };
        }
    }

    private static void Mark(Span<SpcPoint> output, int from, int to, SpcRule rule)
    {
        for (var j = from; j <= to; j++)
        {
            output[j] = output[j] with { Rules = output[j].Rules | rule };
        }
    }

    // A trend's direction replaces any earlier one: trends are marked in order, so a point that ends one trend and starts
    // the next takes the later trend's direction (NHSRplotthedots 0.2.2 reads the step to the right there).
    private static void MarkTrend(Span<SpcPoint> output, int from, int to, SpcRule marker)
    {
        for (var j = from; j <= to; j++)
        {
            output[j] = output[j] with { Rules = (output[j].Rules & ~(TrendUp | TrendDown)) | marker };
        }
    }

    private static void MarkRuns(ReadOnlySpan<double> x, int start, int end, double mean, int length, Span<SpcPoint> output)
    {
        int runStart = start, runSide = 0;
        for (var i = start; i < end; i++)
        {
            var side = Math.Sign(x[i] - mean);
            if (side == 0 || side != runSide)
            {
                runStart = i;
                runSide = side;
            }
            if (side == 0)
            {
                continue;
            }
            var count = i - runStart + 1;
            if (count == length)
            {
                Mark(output, runStart, i, SpcRule.Run);
            }
            else if (count > length)
            {
                Mark(output, i, i, SpcRule.Run);
            }
        }
    }

    private static void MarkTrends(ReadOnlySpan<double> x, int start, int end, int length, Span<SpcPoint> output)
    {
        int trendStart = start, direction = 0;
        for (var i = start + 1; i < end; i++)
        {
            var step = Math.Sign(x[i] - x[i - 1]);
            if (step == 0)
            {
                trendStart = i;
                direction = 0;
                continue;
            }
            if (step != direction)
            {
                trendStart = i - 1;
                direction = step;
            }
            var count = i - trendStart + 1;
            var marker = SpcRule.Trend | (direction > 0 ? TrendUp : TrendDown);
            if (count == length)
            {
                MarkTrend(output, trendStart, i, marker);
            }
            else if (count > length)
            {
                MarkTrend(output, i, i, marker);
            }
        }
    }

    private static void MarkTwoOfThree(ReadOnlySpan<double> x, int start, int end, double mean, double high2, double low2, double upl, double lpl,
        SpcOptions options, Span<SpcPoint> output)
    {
        var include = options.TwoOfThree == TwoOfThreeMode.IncludeBeyondLimits;
        for (var i = start + 2; i < end; i++)
        {
            int high = 0, low = 0, above = 0, below = 0;
            for (var j = i - 2; j <= i; j++)
            {
                if (IsHigh(x[j]))
                {
                    high++;
                }
                if (IsLow(x[j]))
                {
                    low++;
                }
                above += x[j] > mean ? 1 : 0;
                below += x[j] < mean ? 1 : 0;
            }
            if (options.TwoOfThreeWindowOneSide && above < 3 && below < 3)
            {
                continue;
            }
            for (var j = i - 2; j <= i; j++)
            {
                if (high >= 2 && IsHigh(x[j]))
                {
                    Mark(output, j, j, SpcRule.TwoOfThree);
                }
                if (low >= 2 && IsLow(x[j]))
                {
                    Mark(output, j, j, SpcRule.TwoOfThree);
                }
            }
        }

        bool IsHigh(double v) => v > high2 && (include || v <= upl);
        bool IsLow(double v) => v < low2 && (include || v >= lpl);
    }
}
