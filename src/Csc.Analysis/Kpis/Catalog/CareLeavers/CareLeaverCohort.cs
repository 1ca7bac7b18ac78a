using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis.Catalog;

/// <summary>
/// What the care leaver measures share: the care_leavers records whose birthday is in the month at an age from
/// <see cref="KpiTimescales.CareLeaverAgeFrom"/> to <see cref="KpiTimescales.CareLeaverAgeTo"/> (19 to 21 by default),
/// less the young people who died or returned home (in_touch DIED or RHOM), as DfE's care leavers tables (SSDA903 OC3).
/// </summary>
internal static class CareLeaverCohort
{
    /// <summary>The denominator of the three measures, with the configured ages.</summary>
    public static string Description(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return $"care_leavers records with birthday_date in the month at age {timescales.CareLeaverAgeFrom} to {timescales.CareLeaverAgeTo} (the birthday's year less the year of birth; a child without a date of birth is left out), less in_touch DIED or RHOM (records, not children)";
    }

    /// <summary>The ages in a title: "19 to 21", or "19" when the range is one age.</summary>
    public static string Ages(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return timescales.CareLeaverAgeFrom == timescales.CareLeaverAgeTo
            ? $"{timescales.CareLeaverAgeFrom}"
            : $"{timescales.CareLeaverAgeFrom} to {timescales.CareLeaverAgeTo}";
    }

    /// <summary>Each record of the cohort, in its birthday's month, in the numerator when <paramref name="counts"/> says so.</summary>
    public static void Add(KpiInputs inputs, IKpiSink sink, Func<CareLeaver, bool> counts)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(counts);
        var from = inputs.Timescales.CareLeaverAgeFrom;
        var to = inputs.Timescales.CareLeaverAgeTo;
        foreach (var r in inputs.Data.CareLeavers)
        {
            if (r.InTouch is CareLeaverContact.Died or CareLeaverContact.ReturnedHome
                || !inputs.ChildrenById.TryGetValue(r.ChildId, out var child)
                || child.DateOfBirth is not { } dob)
            {
                continue;
            }
            var age = r.BirthdayDate.Year - dob.Year;
            if (age >= from && age <= to)
            {
                sink.AddEvent(r.BirthdayDate, counts(r), true, r);
            }
        }
    }
}
