using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Investigations;

/// <summary>Hand-built records for the investigation tests.</summary>
internal static class Build
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Section47Enquiry S47(string id, string child, string sd, string? icpc, string? recorded = null, string team = "A", string worker = "w1", bool notRequired = false, bool? cpPlan = null)
        => new(id, child, D(sd), notRequired, icpc is null ? null : D(icpc), recorded is null ? null : D(recorded), cpPlan, team, worker);

    public static CpPlan Plan(string id, string child, string start, string? end = null, string team = "A")
        => new(id, child, D(start), end is null ? null : D(end), "NEG", "NEG", team, "w1");
}
