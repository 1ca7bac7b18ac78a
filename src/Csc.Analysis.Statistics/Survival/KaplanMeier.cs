using MathNet.Numerics.Distributions;

namespace Csc.Analysis.Statistics.Survival;

/// <summary>How pointwise confidence intervals for the survival curve are built from Greenwood's variance.</summary>
public enum SurvivalConfidenceType
{
    /// <summary>S·exp(±z·σ) with σ² = Σ d/(n(n-d)) (R <c>survfit</c> default, conf.type = "log"); upper end capped at 1.</summary>
    Log,

    /// <summary>S ± z·S·σ (conf.type = "plain"), clipped to [0, 1].</summary>
    Plain,

    /// <summary>S^exp(±z·σ/log S) (conf.type = "log-log").</summary>
    LogLog,
}

/// <summary>Options for <see cref="KaplanMeier.Estimate"/>.</summary>
public sealed record KaplanMeierOptions
{
    /// <summary>Confidence level of the pointwise intervals, strictly between 0 and 1; default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>How the intervals are built; default <see cref="SurvivalConfidenceType.Log"/> (R's default).</summary>
    public SurvivalConfidenceType ConfidenceType { get; init; } = SurvivalConfidenceType.Log;

    /// <summary>95% log intervals, as R <c>survfit</c>.</summary>
    public static KaplanMeierOptions Default { get; } = new();
}

/// <summary>
/// One distinct time in the Kaplan–Meier table (as R <c>summary(survfit(..), censored = TRUE)</c>):
/// the number at risk just before it, events and censorings at it, the survival just after it,
/// <see cref="StandardError"/> of the cumulative hazard (Greenwood: sqrt Σ d/(n(n-d)), as R's std.err),
/// and the interval. Bounds are NaN when undefined (survival 0, or no event yet for log-log).
/// </summary>
/// <param name="Time">The distinct follow-up time (same unit as the input, for example days).</param>
/// <param name="AtRisk">Subjects still followed just before <paramref name="Time"/>.</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">Subjects censored at <paramref name="Time"/> (counted after the events).</param>
/// <param name="Survival">The estimated survival just after <paramref name="Time"/>.</param>
/// <param name="StandardError">Greenwood standard error of the cumulative hazard (R's std.err).</param>
/// <param name="Lower">Lower end of the pointwise interval.</param>
/// <param name="Upper">Upper end of the pointwise interval.</param>
public sealed record SurvivalStep(double Time, int AtRisk, int Events, int Censored, double Survival, double StandardError, double Lower, double Upper);

/// <summary>A Kaplan–Meier curve. <see cref="Median"/> is the first time survival drops to 0.5 or below (null when it never does).</summary>
/// <param name="Steps">One step per distinct time with an event or a censoring, in increasing time.</param>
/// <param name="Subjects">Subjects in the input.</param>
/// <param name="TotalEvents">Events over all subjects.</param>
/// <param name="Median">Median survival time, or null.</param>
public sealed record SurvivalCurve(IReadOnlyList<SurvivalStep> Steps, int Subjects, int TotalEvents, double? Median)
{
    /// <summary>Survival at time t (right-continuous step function; 1 before the first event).</summary>
    public double SurvivalAt(double time)
    {
        var s = 1.0;
        foreach (var step in Steps)
        {
            if (step.Time > time)
            {
                break;
            }
            s = step.Survival;
        }
        return s;
    }
}

/// <summary>The Kaplan–Meier product-limit estimator with Greenwood's variance.</summary>
public static class KaplanMeier
{
    /// <summary>
    /// Estimates survival from follow-up times and event indicators (true: the event happened at that
    /// time; false: censored then). At tied times events come before censorings. Times must be finite and
    /// not negative.
    /// </summary>
    public static SurvivalCurve Estimate(IReadOnlyList<double> times, IReadOnlyList<bool> events, KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(events);
        options ??= KaplanMeierOptions.Default;
        if (times.Count != events.Count)
        {
            throw new ArgumentException($"times has {times.Count} values but events has {events.Count}: give one event flag per time.");
        }
        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must be strictly between 0 and 1.");
        }
        for (var i = 0; i < times.Count; i++)
        {
            if (!double.IsFinite(times[i]) || times[i] < 0)
            {
                throw new ArgumentException($"times[{i}] is {times[i]}: follow-up times must be finite and not negative.", nameof(times));
            }
        }
        var order = Enumerable.Range(0, times.Count).OrderBy(i => times[i]).ToArray();
        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
        var steps = new List<SurvivalStep>();
        var atRisk = times.Count;
        var s = 1.0;
        var greenwood = 0.0;
        var totalEvents = 0;
        double? median = null;
        var k = 0;
        while (k < order.Length)
        {
            var t = times[order[k]];
            int d = 0, c = 0;
            while (k < order.Length && times[order[k]] == t)
            {
                if (events[order[k]])
                {
                    d++;
                }
                else
                {
                    c++;
                }
                k++;
            }
            if (d > 0)
            {
                s *= 1 - ((double)d / atRisk);
                greenwood += atRisk == d ? double.PositiveInfinity : (double)d / (atRisk * (double)(atRisk - d));
                totalEvents += d;
                if (median is null && s <= 0.5 + 1e-12)
                {
                    median = t;
                }
            }
            var se = Math.Sqrt(greenwood);
            var (lo, hi) = Interval(s, se, z, options.ConfidenceType, totalEvents > 0);
            steps.Add(new SurvivalStep(t, atRisk, d, c, s, se, lo, hi));
            atRisk -= d + c;
        }
        return new SurvivalCurve(steps, times.Count, totalEvents, median);
    }

    private static (double Lower, double Upper) Interval(double s, double se, double z, SurvivalConfidenceType type, bool anyEvent)
    {
        if (!anyEvent)
        {
            return type == SurvivalConfidenceType.LogLog ? (double.NaN, double.NaN) : (1, 1);
        }
        if (s <= 0 || double.IsInfinity(se))
        {
            return (double.NaN, double.NaN);
        }
        switch (type)
        {
            case SurvivalConfidenceType.Log:
                return (s * Math.Exp(-z * se), Math.Min(1, s * Math.Exp(z * se)));
            case SurvivalConfidenceType.Plain:
                return (Math.Max(0, s - (z * s * se)), Math.Min(1, s + (z * s * se)));
            default:
                if (s >= 1)
                {
                    return (double.NaN, double.NaN);
                }
                var ls = Math.Log(s);
                return (Math.Pow(s, Math.Exp(-z * se / ls)), Math.Pow(s, Math.Exp(z * se / ls)));
        }
    }
}
