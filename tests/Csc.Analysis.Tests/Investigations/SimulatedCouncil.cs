using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Investigations;

/// <summary>
/// A small deterministic simulation of ICPC recording for tests: five teams, April 2014 to May 2017,
/// conferences 5-20 working days after the strategy discussion, recorded 1-10 working days later,
/// a few random same-day recordings, weekend dates and missing dates in every team. Optionally one
/// team records the ICPC date as the day it enters the record from a given month.
/// </summary>
internal static class SimulatedCouncil
{
    public static readonly string[] Teams = ["Assessment", "ISS North", "ISS South", "CWD", "Families Together"];

    public static CaseData Generate(int seed, string? plantTeam = null, ReportingMonth? plantFrom = null, int perMonth = 60)
    {
        var rng = new Random(seed);
        var cal = WorkingDayCalendar.EnglandAndWales;
        var s47 = new List<Section47Enquiry>();
        var plans = new List<CpPlan>();
        var id = 0;
        foreach (var month in ReportingMonth.Sequence(new ReportingMonth(2014, 4), new ReportingMonth(2017, 5)))
        {
            var n = perMonth + rng.Next(-8, 9);
            for (var i = 0; i < n; i++)
            {
                id++;
                var team = Teams[rng.Next(Teams.Length)];
                var worker = $"{team} {rng.Next(8)}";
                var sd = month.FirstDay.AddDays(rng.Next(month.LastDay.Day));
                while (!cal.IsWorkingDay(sd))
                {
                    sd = sd.AddDays(1);
                }
                var child = $"C{id:00000}";
                var roll = rng.NextDouble();
                if (roll < 0.02)
                {
                    s47.Add(new Section47Enquiry($"S{id}", child, sd, false, null, null, null, team, worker)); // missing date
                    continue;
                }
                if (roll < 0.15)
                {
                    s47.Add(new Section47Enquiry($"S{id}", child, sd, true, null, null, null, team, worker));
                    continue;
                }
                var icpc = cal.AddWorkingDays(sd, rng.NextDouble() < 0.8 ? rng.Next(5, 16) : rng.Next(16, 26));
                if (rng.NextDouble() < 0.01)
                {
                    icpc = icpc.AddDays(icpc.DayOfWeek == DayOfWeek.Friday ? 1 : 0); // occasional Saturday slip
                }
                var recorded = rng.NextDouble() < 0.03 ? icpc : cal.AddWorkingDays(icpc, rng.Next(1, 11));
                if (plantTeam == team && plantFrom is { } from && ReportingMonth.Of(icpc) >= from)
                {
                    icpc = recorded;
                }
                if (recorded > new DateOnly(2017, 5, 31))
                {
                    continue; // not yet on the system at the extract
                }
                var plan = rng.NextDouble() < 0.7;
                s47.Add(new Section47Enquiry($"S{id}", child, sd, false, icpc, recorded, plan, team, worker));
                if (plan)
                {
                    plans.Add(new CpPlan($"P{id}", child, icpc, null, "NEG", "NEG", team, worker));
                }
            }
        }
        return new CaseData
        {
            ExtractDate = new DateOnly(2017, 5, 31),
            Section47Enquiries = s47,
            CpPlans = plans,
            Events = [new ContextEvent(new DateOnly(2017, 3, 13), null, "IRO post vacant", "staffing")],
        };
    }
}
