using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;

namespace Csc.Analysis.Tests.Inspection;

/// <summary>Small hand-made records for the inspection pack tests; dates are ISO text.</summary>
internal static class I
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Dn(string? iso) => iso is null ? null : D(iso);

    public static Child Child(string id, string? dob = "2010-06-15", string? sex = "F", string? ethnicity = "WBRI", string? disability = "N")
        => new(id, sex, Dn(dob), ethnicity, disability, null);

    public static Contact Contact(string child, string date, string? source = "1A") => new($"{child}/{date}", child, D(date), source, BragRating.None, ContactOutcome.Other, null);

    public static Referral Referral(string child, string date, bool nfa = false, string? source = "1A") => new($"{child}/{date}", child, D(date), source, nfa, null, null);

    public static Assessment Assessment(string child, string start, string? authorised, AssessmentOutcome? outcome = AssessmentOutcome.Cin)
        => new($"{child}/{start}", child, null, D(start), Dn(authorised), outcome, null, null);

    public static Section47Enquiry S47(string child, string strategy, string? icpc, bool notRequired = false, bool? plan = null)
        => new($"{child}/{strategy}", child, D(strategy), notRequired, Dn(icpc), null, plan, null, null);

    public static CinPlan Cin(string child, string start, string? end) => new($"{child}/{start}", child, D(start), Dn(end), null, null);

    public static CpPlan Cp(string child, string start, string? end, string? category = "NEG", int? previous = null)
        => new($"{child}/{start}", child, D(start), Dn(end), category, category, null, null) { PreviousCpPlans = previous };

    public static LacEpisode Lac(string child, string start, string? end, string legal = "C2", string? rne = "S", string? placement = "U4", string? reasonCeased = null)
        => new($"{child}/{start}", child, D(start), Dn(end), rne, legal, "N1", placement, "PR1", null, null, true, reasonCeased);

    /// <summary>The pack at <paramref name="asAt"/> (6 months) in <paramref name="convention"/>.</summary>
    public static InspectionResult Run(CaseData data, string asAt, InspectionConvention convention, InspectionPopulation? population = null)
        => InspectionPack.Compute(data, new InspectionOptions { AsAt = D(asAt), Convention = convention, Population = population });

    public static InspectionMeasure Get(this InspectionResult r, string id, string category = "")
        => r.Find(id, category) ?? throw new Xunit.Sdk.XunitException($"No measure {id} [{category}] in: {string.Join(", ", r.Measures.Select(m => m.MeasureId).Distinct())}");

    public static (double? Value, long? Numerator, long? Denominator) Vnd(this InspectionResult r, string id, string category = "")
    {
        var m = r.Get(id, category);
        return (m.Value, m.Numerator, m.Denominator);
    }
}
