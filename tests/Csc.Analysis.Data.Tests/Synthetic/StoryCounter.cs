using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>
/// Small, independent counting code for the story figures (not the kit's KPI engine): "open at d" is
/// start &lt;= d and (no end or end &gt; d); counts are distinct children; looked-after excludes V3/V4.
/// </summary>
internal sealed class StoryCounter(CaseData data)
{
    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;
    private readonly Dictionary<string, Child> children = data.Children.ToDictionary(c => c.ChildId);

    private static bool Open(DateOnly start, DateOnly? end, DateOnly d) => start <= d && (end is null || end.Value > d);

    public int CpOpen(DateOnly d) => data.CpPlans.Where(p => Open(p.StartDate, p.EndDate, d)).Select(p => p.ChildId).Distinct().Count();

    public int CinOpen(DateOnly d) => data.CinPlans.Where(p => Open(p.StartDate, p.EndDate, d)).Select(p => p.ChildId).Distinct().Count();

    /// <summary>The open (not short-break) episode of each looked-after child at d.</summary>
    public List<LacEpisode> LacAt(DateOnly d)
        => [.. data.LacEpisodes.Where(e => !e.IsShortBreak && Open(e.StartDate, e.EndDate, d)).GroupBy(e => e.ChildId).Select(g => g.First())];

    public int LacCount(DateOnly d) => LacAt(d).Count;

    public static double Share(List<LacEpisode> lac, Func<LacEpisode, bool> predicate) => (double)lac.Count(predicate) / lac.Count;

    public double SectionTwentyShare(DateOnly d) => Share(LacAt(d), e => e.LegalStatus == "V2");

    public double CareOrderShare(DateOnly d) => Share(LacAt(d), e => e.LegalStatus is "C1" or "C2");

    public double FarShare(DateOnly d)
    {
        var known = LacAt(d).Where(e => e.PlacementDistanceMiles is not null).ToList();
        return Share(known, e => e.PlacementDistanceMiles > 20);
    }

    public double OutsideShare(DateOnly d) => Share(LacAt(d), e => e.PlacementInsideLa == false);

    public double SixteenSeventeenShare(DateOnly d) => Share(LacAt(d), e => Ages.WholeYears(children[e.ChildId].DateOfBirth!.Value, d) >= 16);

    /// <summary>ICPCs dated in the month (not before their strategy discussion) within 15 working days.</summary>
    public (int Within, int Total) IcpcTimeliness(ReportingMonth m)
    {
        var held = data.Section47Enquiries.Where(s => s.HasIcpc && m.Contains(s.IcpcDate!.Value) && s.IcpcDate >= s.StrategyDiscussionDate).ToList();
        return (held.Count(s => Cal.WorkingDaysBetween(s.StrategyDiscussionDate, s.IcpcDate!.Value) <= 15), held.Count);
    }

    /// <summary>Returns in the months with a return interview completed within 72 hours.</summary>
    public (int Within, int Total) ReturnInterviews(ReportingMonth first, ReportingMonth last)
    {
        var returns = data.MissingEpisodes.Where(e => e.EndDateTime is { } end && ReportingMonth.Of(end) >= first && ReportingMonth.Of(end) <= last).ToList();
        return (returns.Count(e => e.RhiCompletedDateTime is { } r && (r - e.EndDateTime!.Value).TotalHours <= 72), returns.Count);
    }

    public (int Nfa, int Total) AssessmentsNfa(ReportingMonth first, ReportingMonth last)
    {
        var ended = data.Assessments.Where(a => a.AuthorisedDate is { } d && ReportingMonth.Of(d) >= first && ReportingMonth.Of(d) <= last).ToList();
        return (ended.Count(a => a.Outcome == AssessmentOutcome.Nfa), ended.Count);
    }

    public int Contacts(ReportingMonth m) => data.Contacts.Count(c => m.Contains(c.ContactDate));

    public double ContactsToEarlyHelp(ReportingMonth m)
    {
        var inMonth = data.Contacts.Where(c => m.Contains(c.ContactDate)).ToList();
        return (double)inMonth.Count(c => c.Outcome == ContactOutcome.EarlyHelp) / inMonth.Count;
    }

    public int StepDowns(ReportingMonth first, ReportingMonth last)
        => data.EarlyHelp.Count(e => e.Route == EarlyHelpRoute.StepDown && ReportingMonth.Of(e.StartDate) >= first && ReportingMonth.Of(e.StartDate) <= last);

    /// <summary>(LAC with an advocate / LAC, advocated children who are LAC / advocated children) at d.</summary>
    public (double OfLac, double LacOfAdvocated) Advocacy(DateOnly d)
    {
        var lac = LacAt(d).Select(e => e.ChildId).ToHashSet();
        var advocated = data.Advocacy.Where(a => Open(a.StartDate, a.EndDate, d)).Select(a => a.ChildId).ToHashSet();
        var both = advocated.Count(lac.Contains);
        return ((double)both / lac.Count, (double)both / advocated.Count);
    }

    /// <summary>(children ceasing care through adoption or SGO, children ceasing care) in the months.</summary>
    public (int Permanency, int Ceased) Permanency(ReportingMonth first, ReportingMonth last)
    {
        var ceased = data.LacEpisodes
            .Where(e => !e.IsShortBreak && e.EndDate is { } end && e.ReasonCeased is not null && e.ReasonCeased != "X1"
                        && ReportingMonth.Of(end) >= first && ReportingMonth.Of(end) <= last)
            .ToList();
        string[] permanency = ["E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48"];
        return (ceased.Where(e => permanency.Contains(e.ReasonCeased)).Select(e => e.ChildId).Distinct().Count(), ceased.Select(e => e.ChildId).Distinct().Count());
    }

    public double CinOverYearShare(DateOnly d)
    {
        var open = data.CinPlans.Where(p => Open(p.StartDate, p.EndDate, d)).ToList();
        return (double)open.Count(p => d.DayNumber - p.StartDate.DayNumber > 365) / open.Count;
    }
}
