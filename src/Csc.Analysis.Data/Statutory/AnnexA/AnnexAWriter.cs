using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Xlsx;

namespace Csc.Analysis.Data.Statutory;

/// <summary>Options for <see cref="AnnexAWriter"/>.</summary>
public sealed record AnnexAWriterOptions
{
    /// <summary>
    /// The return's period (Annex A usually covers the 6 or 12 months before an inspection).
    /// Contacts, early help, referrals, assessments and section 47s are written when they start
    /// in the period; plans and periods of care when they are open at some point of it. Null: everything.
    /// </summary>
    public DateRange? Period { get; init; }

    /// <summary>The day ages are computed on. Null: the period's end, else the data's extract date, else its latest activity.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The workbook's created/modified document properties (fixed so output is reproducible).</summary>
    public DateTimeOffset DocumentTimestamp { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The defaults.</summary>
    public static AnnexAWriterOptions Default { get; } = new();
}

/// <summary>
/// Writes case data as an Ofsted Annex A return: an .xlsx workbook with sheets "List 1" to
/// "List 11" (Ofsted column labels, the template's coded labels such as "a) Male" or "C2: FCO",
/// dates as real Excel dates shown dd/mm/yyyy), or one CSV per list. Lists 1-8 are filled from
/// the model; lists 9-11 (care leavers, adoption, adopters) have no source in it and are written
/// with their header only. The same input always gives the same bytes.
/// </summary>
public static class AnnexAWriter
{
    /// <summary>Writes the workbook to <paramref name="path"/> (an .xlsx file, replaced if present).</summary>
    public static void Write(CaseData data, string path, AnnexAWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        options ??= AnnexAWriterOptions.Default;
        var sheets = BuildLists(data, options)
            .Select(l => new XlsxSheet
            {
                Name = l.List.SheetName,
                Rows = [[.. l.List.Fields.Select(f => (object?)f.Label)], .. l.Rows],
                HeadingRows = 1,
                ColumnWidth = 20,
            })
            .ToList();
        XlsxWriter.Write(path, sheets, "Annex A - Child level data", options.DocumentTimestamp);
    }

    /// <summary>Writes one CSV per list into <paramref name="folder"/> (list_1_contacts.csv ...; dates dd/mm/yyyy); returns the paths.</summary>
    public static IReadOnlyList<string> WriteCsv(CaseData data, string folder, AnnexAWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folder);
        options ??= AnnexAWriterOptions.Default;
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (list, rows) in BuildLists(data, options))
        {
            var path = Path.Combine(folder, list.CsvName);
            using var csv = CsvOutput.Create(path, CsvAudience.Program);
            csv.Row(list.Fields.Select(f => f.Label));
            foreach (var row in rows)
            {
                csv.Row([.. row.Select(cell => cell switch
                {
                    null => null,
                    DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    int i => i.ToString(CultureInfo.InvariantCulture),
                    double x => x.ToString("R", CultureInfo.InvariantCulture),
                    _ => cell.ToString(),
                })]);
            }
            paths.Add(path);
        }
        return paths;
    }

    private static List<(AnnexList List, IReadOnlyList<object?[]> Rows)> BuildLists(CaseData data, AnnexAWriterOptions options)
    {
        var children = new Dictionary<string, Child>(StringComparer.Ordinal);
        foreach (var c in data.Children)
        {
            children.TryAdd(c.ChildId, c);
        }
        var reference = options.ReferenceDate ?? options.Period?.End ?? data.ExtractDate ?? data.LatestActivityDate();
        var period = options.Period;
        bool Starts(DateOnly d) => period is null || period.Contains(d);
        bool Open(DateOnly start, DateOnly? end) => period is null || (start <= period.End && (end is null || end.Value >= period.Start));

        var builder = new RowBuilder(children, reference);
        var lists = new List<(AnnexList, IReadOnlyList<object?[]>)>
        {
            (AnnexALists.Contacts, [.. data.Contacts.Where(c => Starts(c.ContactDate)).Select(c => builder.Row(AnnexALists.Contacts, c.ChildId, new()
            {
                ["ContactDate"] = c.ContactDate,
                ["ContactSource"] = AnnexALabels.Source(c.Source),
            }))]),
            (AnnexALists.EarlyHelp, [.. data.EarlyHelp.Where(e => Starts(e.StartDate)).Select(e => builder.Row(AnnexALists.EarlyHelp, e.ChildId, new()
            {
                ["EhStart"] = e.StartDate,
                ["EhEnd"] = e.EndDate,
            }))]),
            (AnnexALists.Referrals, [.. data.Referrals.Where(r => Starts(r.ReferralDate)).Select(r => builder.Row(AnnexALists.Referrals, r.ChildId, new()
            {
                ["ReferralDate"] = r.ReferralDate,
                ["ReferralSource"] = AnnexALabels.Source(r.Source),
                ["ReferralNfa"] = AnnexALabels.YesNo(r.Nfa),
                ["Team"] = r.Team,
                ["Worker"] = r.Worker,
            }))]),
            (AnnexALists.Assessments, [.. data.Assessments.Where(a => Starts(a.StartDate)).Select(a => builder.Row(AnnexALists.Assessments, a.ChildId, new()
            {
                ["AssessmentStart"] = a.StartDate,
                ["AssessmentAuthorised"] = a.AuthorisedDate,
                ["AssessmentNeed"] = AnnexALabels.YesNo(a.Outcome switch
                {
                    null => null,
                    AssessmentOutcome.Nfa or AssessmentOutcome.EarlyHelp => false,
                    _ => true,
                }),
                ["Team"] = a.Team,
                ["Worker"] = a.Worker,
            }))]),
            (AnnexALists.Section47, [.. data.Section47Enquiries.Where(s => Starts(s.StrategyDiscussionDate)).Select(s => builder.Row(AnnexALists.Section47, s.ChildId, new()
            {
                ["StrategyDate"] = s.StrategyDiscussionDate,
                ["IcpcNotRequired"] = AnnexALabels.YesNo(s.IcpcNotRequired),
                ["IcpcDate"] = s.IcpcDate,
                ["IcpcPlan"] = AnnexALabels.YesNo(s.CpPlanFromIcpc),
                ["Team"] = s.Team,
                ["Worker"] = s.Worker,
            }))]),
            (AnnexALists.ChildrenInNeed, [.. data.CinPlans.Where(p => Open(p.StartDate, p.EndDate)).Select(p => builder.Row(AnnexALists.ChildrenInNeed, p.ChildId, new()
            {
                ["CinStart"] = p.StartDate,
                ["CinEnd"] = p.EndDate,
                ["CaseStatus"] = "c) Child in need plan",
                ["Team"] = p.Team,
                ["Worker"] = p.Worker,
            }))]),
            (AnnexALists.ChildProtection, CpRows(data, builder, Open)),
            (AnnexALists.ChildrenInCare, LacRows(data, builder, Open)),
            (AnnexALists.CareLeavers, []),
            (AnnexALists.Adoption, []),
            (AnnexALists.Adopters, []),
        };
        return lists;
    }

    private static List<object?[]> CpRows(CaseData data, RowBuilder builder, Func<DateOnly, DateOnly?, bool> open)
    {
        var visitsByChild = data.CpVisits.GroupBy(v => v.ChildId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.VisitDate).ToList(), StringComparer.Ordinal);
        var rows = new List<object?[]>();
        foreach (var p in data.CpPlans.Where(p => open(p.StartDate, p.EndDate)))
        {
            CpVisit? last = null;
            if (visitsByChild.TryGetValue(p.ChildId, out var visits))
            {
                // The child's visits are sorted: the last one inside the plan is found by binary search on the plan's end.
                var endDay = p.EndDate ?? DateOnly.MaxValue;
                var lo = 0;
                var hi = visits.Count;
                while (lo < hi)
                {
                    var mid = (lo + hi) / 2;
                    if (visits[mid].VisitDate <= endDay)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }
                if (lo > 0 && visits[lo - 1].VisitDate >= p.StartDate)
                {
                    last = visits[lo - 1];
                }
            }
            rows.Add(builder.Row(AnnexALists.ChildProtection, p.ChildId, new()
            {
                ["CppStart"] = p.StartDate,
                ["InitialCategory"] = AnnexACodes.AbuseLabel(p.InitialCategory),
                ["LatestCategory"] = AnnexACodes.AbuseLabel(p.LatestCategory),
                ["LastVisit"] = last?.VisitDate,
                ["SeenAlone"] = AnnexALabels.YesNo(last?.SeenAlone),
                ["CppEnd"] = p.EndDate,
                ["Team"] = p.Team,
                ["Worker"] = p.Worker,
            }));
        }
        return rows;
    }

    /// <summary>
    /// One row per period of care: a chain of a child's episodes, each starting the day the
    /// previous one ended with reason X1. The row has the period's start and end, the last
    /// episode's legal status, need, placement and reason ceased, the day the current legal
    /// status and the current placement began, and the period's missing episodes.
    /// </summary>
    private static List<object?[]> LacRows(CaseData data, RowBuilder builder, Func<DateOnly, DateOnly?, bool> open)
    {
        var missingByChild = data.MissingEpisodes.GroupBy(m => m.ChildId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.StartDateTime).ToList(), StringComparer.Ordinal);
        var periods = new List<List<LacEpisode>>();
        foreach (var child in data.LacEpisodes.GroupBy(e => e.ChildId, StringComparer.Ordinal))
        {
            List<LacEpisode>? current = null;
            foreach (var e in child.OrderBy(e => e.StartDate))
            {
                var previous = current?[^1];
                if (previous is not null && previous.EndDate == e.StartDate && previous.ReasonCeased is null or "X1")
                {
                    current!.Add(e);
                }
                else
                {
                    current = [e];
                    periods.Add(current);
                }
            }
        }
        var rows = new List<object?[]>();
        foreach (var period in periods)
        {
            var first = period[0];
            var last = period[^1];
            var ended = last.EndDate is not null && last.ReasonCeased is not "X1";
            var end = ended ? last.EndDate : null;
            if (!open(first.StartDate, end))
            {
                continue;
            }
            var legalStart = last.StartDate;
            var placementStart = last.StartDate;
            for (var i = period.Count - 2; i >= 0 && period[i].LegalStatus == last.LegalStatus; i--)
            {
                legalStart = period[i].StartDate;
            }
            for (var i = period.Count - 2; i >= 0 && SamePlacement(period[i], last); i--)
            {
                placementStart = period[i].StartDate;
            }
            int? missing = null;
            int? absent = null;
            bool? offered = null;
            bool? accepted = null;
            if (missingByChild.TryGetValue(first.ChildId, out var episodes))
            {
                var within = episodes.Where(m => DateOnly.FromDateTime(m.StartDateTime) is var d && d >= first.StartDate && (end is null || d <= end)).ToList();
                missing = within.Count(m => m.MissingOrAbsent == MissingType.Missing);
                absent = within.Count(m => m.MissingOrAbsent == MissingType.Absent);
                var lastMissing = within.LastOrDefault(m => m.MissingOrAbsent == MissingType.Missing);
                if (lastMissing is not null)
                {
                    offered = lastMissing.RhiOffered;
                    accepted = lastMissing.RhiCompletedDateTime is not null ? true : lastMissing.RhiOffered == true ? false : null;
                }
            }
            rows.Add(builder.Row(AnnexALists.ChildrenInCare, first.ChildId, new()
            {
                ["LacStart"] = first.StartDate,
                ["CategoryOfNeed"] = AnnexALabels.CategoryOfNeed(last.CategoryOfNeed),
                ["LegalStatusStart"] = legalStart,
                ["LegalStatus"] = AnnexALabels.LegalStatus(last.LegalStatus),
                ["LacEnd"] = end,
                ["ReasonCeased"] = ended ? AnnexALabels.ReasonCeased(last.ReasonCeased) : null,
                ["PlacementStart"] = placementStart,
                ["PlacementType"] = AnnexALabels.PlacementType(last.PlacementType),
                ["PlacementProvider"] = AnnexALabels.Provider(last.PlacementProvider),
                ["PlacementPostcode"] = last.PlacementPostcode,
                ["PlacementLocation"] = last.PlacementInsideLa switch { true => "a) In", false => "b) Out", null => null },
                ["MissingCount"] = missing,
                ["AbsentCount"] = absent,
                ["RhiOffered"] = AnnexALabels.YesNo(offered),
                ["RhiAccepted"] = AnnexALabels.YesNo(accepted),
            }));
        }
        return rows;
    }

    private static bool SamePlacement(LacEpisode a, LacEpisode b)
        => a.PlacementType == b.PlacementType && a.PlacementProvider == b.PlacementProvider && a.PlacementPostcode == b.PlacementPostcode;

    /// <summary>Builds a row in a list's column order, filling the child's details from the child table.</summary>
    private sealed class RowBuilder(Dictionary<string, Child> children, DateOnly? reference)
    {
        public object?[] Row(AnnexList list, string childId, Dictionary<string, object?> values)
        {
            children.TryGetValue(childId, out var child);
            values["ChildId"] = childId;
            values["Gender"] = AnnexALabels.Gender(child?.Sex);
            values["Ethnicity"] = AnnexALabels.Ethnicity(child?.Ethnicity);
            values["DateOfBirth"] = child?.DateOfBirth;
            values["Age"] = child?.DateOfBirth is { } dob && reference is { } r && r >= dob ? Ages.WholeYears(dob, r) : null;
            if (list.Field("Disability") is not null)
            {
                values["Disability"] = AnnexALabels.YesNo(AnnexALabels.Disability(child?.Disability));
            }
            var row = new object?[list.Fields.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = values.GetValueOrDefault(list.Fields[i].Key);
            }
            return row;
        }
    }
}
