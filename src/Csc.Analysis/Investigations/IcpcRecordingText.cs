using System.Globalization;
using System.Text;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>The sentences of the ICPC recording investigation: one per finding and the overall finding.</summary>
internal static class IcpcRecordingText
{
    public static string PatternText(RecordingRule rule, RecordingPattern p, int rows, double explained, ReportingMonth month)
    {
        var who = p.GroupBy switch { KpiDimension.Council => "across the council", KpiDimension.Team => $"in team {p.Group}", _ => $"for worker {p.Group}" };
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Capital(who)}, from {Words.Month(p.StartMonth!.Value)} the share of rows flagged by '{rule.Id}' rose from {Words.Pct(p.ShareBefore)} to {Words.Pct(p.ShareAfter)} ");
        sb.Append(CultureInfo.InvariantCulture, $"({Words.Count(p.FlaggedAfter, "row")} of {p.EligibleAfter}; adjusted p {PText(p.AdjustedPValue)}): {rule.Description}");
        if (p.CoincidingEvents.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" It coincides with: {string.Join("; ", p.CoincidingEvents.Select(e => $"{e.Label} ({IsoFormat.Date(e.Date)})"))}.");
        }
        else
        {
            sb.Append(" No recorded context event falls within a month of its start.");
        }
        if (rule.Correction != RecordingCorrection.None)
        {
            sb.Append(CultureInfo.InvariantCulture, $" Correcting these {Words.Count(rows, "row")} changes the {Words.Month(month)} month-on-month movement of {IcpcTimeliness.KpiId} by {Words.Num(explained, "+0.#;-0.#;0")} points.");
        }
        return sb.ToString();
    }

    public static string OverallText(ReportingMonth month, IcpcRecordingOptions options, double rec, double cor, double prevRec, double prevCor,
        IReadOnlyList<RecordingFinding> findings, int tests, IReadOnlyDictionary<RecordingPattern, (double Rate, long Sample)> baseRates, IcpcRecordingCorrections.Corrections all)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"In {Words.Month(month)} {Words.Num(rec, "0.#")}% of ICPCs were recorded as held within {options.TimescaleWorkingDays} working days of the strategy discussion");
        sb.Append(double.IsFinite(prevRec) ? string.Create(CultureInfo.InvariantCulture, $" ({Words.Num(prevRec, "0.#")}% in {Words.Month(month.Previous)}). ") : ". ");
        if (findings.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"None of {tests} step tests (every rule for the council, each team and each worker; {options.Adjustment} correction, family-wise α {Words.Pct(options.Alpha)}) found a systematic recording pattern, so recording does not explain the movement; look at capacity and demand instead.");
            return sb.ToString();
        }
        sb.Append(CultureInfo.InvariantCulture, $"{Words.Count(findings.Count, "systematic recording pattern")} stood out from {tests} step tests ({options.Adjustment}, family-wise α {Words.Pct(options.Alpha)}): ");
        sb.Append(string.Join("; ", findings.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"'{f.Rule.Id}' {(f.Pattern.GroupBy == KpiDimension.Council ? "across the council" : $"in {KpiDimensions.Words(f.Pattern.GroupBy)} {f.Pattern.Group}")} from {Words.Month(f.Pattern.StartMonth!.Value)} ({Words.Pct(f.Pattern.ShareBefore)} → {Words.Pct(f.Pattern.ShareAfter)} of rows)"))));
        sb.Append(". ");
        var explained = findings.Where(f => f.Rule.Correction != RecordingCorrection.None).ToList();
        if (explained.Count > 0 && double.IsFinite(cor))
        {
            var fall = prevRec - rec;
            var corFall = prevCor - cor;
            var pts = fall - corFall;
            sb.Append(CultureInfo.InvariantCulture, $"Dating {Words.Count(all.PlanDatedRows, "of those conferences", "of those conferences")} by the start of the CP plan they led to, and setting the rest aside (as if on time as often as the month's other conferences), the figure is {Words.Num(cor, "0.#")}%");
            sb.Append(double.IsFinite(prevCor) ? string.Create(CultureInfo.InvariantCulture, $" ({Words.Num(prevCor, "0.#")}% in {Words.Month(month.Previous)})") : string.Empty);
            if (double.IsFinite(fall) && double.IsFinite(pts))
            {
                sb.Append(fall <= 0
                    ? $": recording moves the month-on-month change by {Words.Num(pts, "+0.#;-0.#;0")} points."
                    : pts >= fall
                        ? $": recording explains all of the {Words.Num(fall, "0.#")}-point fall (correcting it moves the change by {Words.Num(pts, "0.#")} points)."
                        : $": of the {Words.Num(fall, "0.#")}-point fall, about {Words.Num(pts, "0.#")} points are explained by recording.");
            }
            else
            {
                sb.Append('.');
            }
            var lag = all.LagEstimated.GetValueOrDefault(month).Percent;
            var prior = all.Imputed.GetValueOrDefault(month).Percent;
            var setAside = all.Excluded.GetValueOrDefault(month).Percent;
            var rates = string.Join(", ", baseRates.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{Words.Pct(kv.Value.Rate)} for {kv.Key.Group}")));
            sb.Append(CultureInfo.InvariantCulture, $" Two other readings bracket it: dating each conference at the recording date less the usual recording lag gives {Words.Num(lag, "0.#")}% (low when the team also recorded late), and counting them on time at the team's rate before the pattern ({rates}) gives {Words.Num(prior, "0.#")}% (high when timeliness also fell for other reasons); setting all of them aside gives {Words.Num(setAside, "0.#")}%.");
            sb.Append(" The true dates are only in the case files; these are estimates of how much of the movement is recording rather than practice.");
        }
        else
        {
            sb.Append("None of them changes the conference dates the KPI counts, so the KPI is unchanged by correcting them.");
        }
        return sb.ToString();
    }

    private static string PText(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
