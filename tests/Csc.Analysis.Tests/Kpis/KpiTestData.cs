using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

/// <summary>Small hand-built records for KPI tests.</summary>
internal static class K
{
    private static int next;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime T(string iso) => DateTime.ParseExact(iso, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static ReportingMonth M(string text) => ReportingMonth.Parse(text);

    public static string Id(string prefix) => $"{prefix}{Interlocked.Increment(ref next)}";

    public static Child Child(string id, string? dob = null) => new(id, "M", dob is null ? null : D(dob), null, null, null);

    public static Contact Contact(string date, ContactOutcome outcome = ContactOutcome.Referral, BragRating brag = BragRating.Green, string? team = "MASH")
        => new(Id("CO"), Id("C"), D(date), "POLICE", brag, outcome, team);

    public static Referral Referral(string date, string? id = null) => new(id ?? Id("R"), Id("C"), D(date), "SCHOOL", false, "MASH", "W1");

    public static Assessment Assessment(string start, string? authorised, AssessmentOutcome? outcome = AssessmentOutcome.Cin, string? referralId = null, string? team = "ASSESS", string? worker = "W1")
        => new(Id("A"), Id("C"), referralId, D(start), authorised is null ? null : D(authorised), outcome, team, worker);

    public static Section47Enquiry S47(string strategy, string? icpc, bool notRequired = false, string? team = "CP1")
        => new(Id("S"), Id("C"), D(strategy), notRequired, icpc is null ? null : D(icpc), null, null, team, "W1");

    public static CpPlan Cp(string child, string start, string? end, string? category = "NEG", string? team = "CP1")
        => new(Id("CP"), child, D(start), end is null ? null : D(end), category, category, team, "W1");

    public static CpVisit Visit(string child, string date) => new(Id("V"), child, D(date), true, "W1");

    public static CinPlan Cin(string child, string start, string? end) => new(Id("CIN"), child, D(start), end is null ? null : D(end), "CIN1", "W2");

    public static LacEpisode Lac(string child, string start, string? end, string legal = "C2", string? reasonCeased = null, bool? insideLa = true, double? miles = 5)
        => new(Id("E"), child, D(start), end is null ? null : D(end), "S", legal, "N1", "U1", "PR1", null, miles, insideLa, reasonCeased);

    public static MissingEpisode Missing(string start, string? end, string? rhi, MissingType type = MissingType.Missing)
        => new(Id("M"), Id("C"), T(start), end is null ? null : T(end), type, true, rhi is null ? null : T(rhi));

    public static AdvocacyAllocation Advocacy(string child, string start, string? end) => new(Id("ADV"), child, D(start), end is null ? null : D(end));

    public static EarlyHelpEpisode EarlyHelp(string start, EarlyHelpRoute route) => new(Id("EH"), Id("C"), D(start), null, route);

    /// <summary>Computes the KPIs for the months given (inclusive).</summary>
    public static KpiResults Run(CaseData data, string from, string to, KpiConfig? config = null, params string[] ids)
        => KpiEngine.Compute(data, new KpiEngineOptions
        {
            From = M(from),
            To = M(to),
            Config = config ?? KpiConfig.Default,
            KpiIds = ids.Length == 0 ? null : ids,
        });
}
