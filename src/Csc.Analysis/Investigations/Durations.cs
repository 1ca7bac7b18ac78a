using System.Globalization;
using System.Text;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.Series;
using Csc.Analysis.Statistics.Survival;

namespace Csc.Analysis.Investigations;

/// <summary>Length quantiles (days) of one kind of plan or episode: closed ones, and all with open ones counted to the analysis date.</summary>
public sealed record DurationSummary(
    string Kind,
    int Closed,
    int Open,
    double ClosedP25,
    double ClosedMedian,
    double ClosedP75,
    double ClosedP90,
    double KaplanMeierMedian,
    int OpenOverTwelveMonths,
    double OpenOverTwelveMonthsShare);

/// <summary>Plans or episodes open at the analysis date and open for more than twelve months, per team.</summary>
public sealed record LongOpenByTeam(string Kind, string Team, int Open, int OverTwelveMonths)
{
    /// <summary>The share of open records open for more than 12 months (0 to 1); NaN when none are open.</summary>
    public double Share => Open == 0 ? double.NaN : (double)OverTwelveMonths / Open;
}

/// <summary>One step of the Kaplan–Meier curve of time to closure (days), for one kind.</summary>
public sealed record SurvivalPoint(string Kind, double Days, int AtRisk, int Closed, int Censored, double StillOpen, double Lower, double Upper);

/// <summary>Durations and drift of CIN plans, CP plans and looked-after episodes.</summary>
public sealed record DurationResult(
    DateOnly AnalysisDate,
    IReadOnlyList<DurationSummary> Summaries,
    IReadOnlyList<LongOpenByTeam> LongOpen,
    IReadOnlyList<SurvivalPoint> Survival,
    string Finding)
{
    /// <summary>The length quantiles as a table.</summary>
    public ITabular SummaryTable => Tabular.Of(Summaries,
        ["kind", "closed", "open", "closed_p25_days", "closed_median_days", "closed_p75_days", "closed_p90_days", "km_median_days", "open_over_12_months", "open_over_12_months_share"],
        s => [s.Kind, s.Closed, s.Open, s.ClosedP25, s.ClosedMedian, s.ClosedP75, s.ClosedP90, s.KaplanMeierMedian, s.OpenOverTwelveMonths, s.OpenOverTwelveMonthsShare]);

    /// <summary>Long-open records by team as a table.</summary>
    public ITabular LongOpenTable => Tabular.Of(LongOpen, ["kind", "team", "open", "over_12_months", "share"], l => [l.Kind, l.Team, l.Open, l.OverTwelveMonths, l.Share]);

    /// <summary>The Kaplan-Meier curves as a table.</summary>
    public ITabular SurvivalTable => Tabular.Of(Survival, ["kind", "days", "at_risk", "closed", "censored", "still_open", "lower", "upper"],
        p => [p.Kind, p.Days, p.AtRisk, p.Closed, p.Censored, p.StillOpen, p.Lower, p.Upper]);
}

/// <summary>
/// How long CIN plans, CP plans and looked-after episodes (short breaks excluded) last. Lengths are
/// end - start in days; a record open at the analysis date (no end, or an end after it) is censored
/// there for the Kaplan–Meier curve of time to closure (Greenwood 95% intervals, log transform).
/// "Open over twelve months": open at the analysis date and started more than 12 calendar months
/// before it. Records starting after the analysis date are ignored.
/// </summary>
public static class Durations
{
    /// <summary>The kind of CIN plans.</summary>
    public const string CinPlan = "cin_plan";
    /// <summary>The kind of CP plans.</summary>
    public const string CpPlan = "cp_plan";
    /// <summary>The kind of looked-after episodes (short breaks excluded).</summary>
    public const string LacEpisode = "lac_episode";

    /// <summary>Lengths of CIN plans, CP plans and looked-after episodes at <paramref name="analysisDate"/>: quantiles, long-open records by team and time to closure.</summary>
    public static DurationResult Analyse(CaseData data, DateOnly analysisDate)
    {
        ArgumentNullException.ThrowIfNull(data);
        var summaries = new List<DurationSummary>();
        var longOpen = new List<LongOpenByTeam>();
        var survival = new List<SurvivalPoint>();
        Add(CinPlan, data.CinPlans.Select(p => (p.StartDate, p.EndDate, p.Team)));
        Add(CpPlan, data.CpPlans.Select(p => (p.StartDate, p.EndDate, p.Team)));
        Add(LacEpisode, data.LacEpisodes.Where(e => !e.IsShortBreak).Select(e => (e.StartDate, e.EndDate, (string?)null)));
        return new DurationResult(analysisDate, summaries, longOpen, survival, Text(summaries, longOpen, analysisDate));

        void Add(string kind, IEnumerable<(DateOnly Start, DateOnly? End, string? Team)> rows)
        {
            var closed = new List<double>();
            var times = new List<double>();
            var events = new List<bool>();
            var byTeam = new Dictionary<string, (int Open, int Long)>(StringComparer.Ordinal);
            var twelveMonthsAgo = analysisDate.AddMonths(-12);
            int open = 0, longCount = 0;
            foreach (var (start, end, team) in rows)
            {
                if (start > analysisDate || (end is { } e0 && e0 < start))
                {
                    continue;
                }
                if (end is { } e && e <= analysisDate)
                {
                    var days = e.DayNumber - start.DayNumber;
                    closed.Add(days);
                    times.Add(days);
                    events.Add(true);
                    continue;
                }
                open++;
                times.Add(analysisDate.DayNumber - start.DayNumber);
                events.Add(false);
                var isLong = start < twelveMonthsAgo;
                longCount += isLong ? 1 : 0;
                var t = team ?? IcpcRecordingRules.NoTeam;
                var cur = byTeam.GetValueOrDefault(t);
                byTeam[t] = (cur.Open + 1, cur.Long + (isLong ? 1 : 0));
            }
            if (times.Count == 0)
            {
                return;
            }
            var q = closed.Count == 0 ? [double.NaN, double.NaN, double.NaN, double.NaN] : Quantiles.Quantile(closed.ToArray(), [0.25, 0.5, 0.75, 0.9]);
            var curve = KaplanMeier.Estimate(times, events);
            summaries.Add(new DurationSummary(kind, closed.Count, open, q[0], q[1], q[2], q[3], curve.Median ?? double.NaN, longCount, open == 0 ? double.NaN : (double)longCount / open));
            if (kind != LacEpisode)
            {
                longOpen.AddRange(byTeam.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new LongOpenByTeam(kind, kv.Key, kv.Value.Open, kv.Value.Long)));
            }
            survival.AddRange(curve.Steps.Select(s => new SurvivalPoint(kind, s.Time, s.AtRisk, s.Events, s.Censored, s.Survival, s.Lower, s.Upper)));
        }
    }

    private static string Text(IReadOnlyList<DurationSummary> summaries, IReadOnlyList<LongOpenByTeam> longOpen, DateOnly date)
    {
        if (summaries.Count == 0)
        {
            return "There are no CIN plans, CP plans or looked-after episodes to measure.";
        }
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"As of {date:d MMMM yyyy}: ");
        sb.Append(string.Join("; ", summaries.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{Label(s.Kind)}: {s.Open} open, {s.OpenOverTwelveMonths} of them ({Words.Pct(s.OpenOverTwelveMonthsShare)}) for more than 12 months; closed ones lasted a median {Words.Num(s.ClosedMedian, "0")} days (middle half {Words.Num(s.ClosedP25, "0")}-{Words.Num(s.ClosedP75, "0")}), and counting open ones half close within {(double.IsNaN(s.KaplanMeierMedian) ? "the time observed (more than half are still open)" : Words.Num(s.KaplanMeierMedian, "0") + " days")}"))));
        sb.Append('.');
        var worst = longOpen.Where(l => l.Open >= 5).OrderByDescending(l => l.Share).ThenBy(l => l.Team, StringComparer.Ordinal).FirstOrDefault();
        if (worst is not null && worst.OverTwelveMonths > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" The highest share open over 12 months is {worst.Team}'s {Label(worst.Kind)}: {worst.OverTwelveMonths} of {worst.Open} ({Words.Pct(worst.Share)}).");
        }
        return sb.ToString();
    }

    private static string Label(string kind) => kind switch
    {
        CinPlan => "CIN plans",
        CpPlan => "CP plans",
        _ => "looked-after episodes",
    };
}
