using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Output;

namespace Csc.Analysis.Data.Ssd;

/// <summary>
/// Writes case data as an SSD drop: <c>ssd_&lt;table&gt;.csv</c> for every table in <see cref="SsdSchema.Tables"/> (header only
/// when empty) and <c>ssd.sql</c>, a PostgreSQL script that creates the same tables and fills them (it also runs in
/// DuckDB). Looked-after episodes become one ssd_cla_episodes row each, with placements and legal statuses merged over
/// consecutive episodes of a period of care where they do not change, so reading the drop back gives the same
/// episodes. What the SSD cannot carry (BRAG ratings, contact teams, advocacy, ICPC recording dates, RHI dates,
/// in/out-of-area flags, CP visit workers, events, population) is not written.
/// </summary>
public static class SsdWriter
{
    /// <summary>Rows per INSERT statement in ssd.sql.</summary>
    public const int InsertBatch = 500;

    /// <summary>Writes the drop into <paramref name="folder"/> (created when missing); returns the files written.</summary>
    public static IReadOnlyList<string> Write(CaseData data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var tables = Tables(data);
        var files = new List<string>();
        foreach (var table in SsdSchema.Tables)
        {
            var path = Path.Combine(folder, table.FileName);
            CsvOutput.Write(path, CsvAudience.Program, csv =>
            {
                csv.Row(table.Columns);
                foreach (var row in tables[table.Name])
                {
                    csv.Row(row);
                }
            });
            files.Add(path);
        }
        var sql = Path.Combine(folder, "ssd.sql");
        OutputFile.WriteText(sql, writer => WriteSql(tables, writer));
        files.Add(sql);
        return files;
    }

    /// <summary>The PostgreSQL script for <paramref name="data"/> (CREATE TABLE and INSERT statements, tables unqualified).</summary>
    public static void WriteSql(CaseData data, TextWriter writer) => WriteSql(Tables(data), writer);

    private static void WriteSql(Dictionary<string, List<string?[]>> tables, TextWriter w)
    {
        w.WriteLine("-- Standard Safeguarding Dataset tables written by csc-kpi generate --format ssd (synthetic data).");
        foreach (var table in SsdSchema.Tables)
        {
            w.WriteLine($"DROP TABLE IF EXISTS {table.Name};");
            w.WriteLine($"CREATE TABLE {table.Name} (");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var c = table.Columns[i];
                w.WriteLine($"    {c} {SsdTable.SqlType(c)}{(i == 0 ? " NOT NULL" : string.Empty)}{(i < table.Columns.Count - 1 ? "," : string.Empty)}");
            }
            w.WriteLine(");");
            var rows = tables[table.Name];
            for (var start = 0; start < rows.Count; start += InsertBatch)
            {
                w.WriteLine($"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES");
                var end = Math.Min(rows.Count, start + InsertBatch);
                for (var r = start; r < end; r++)
                {
                    var row = rows[r];
                    w.Write("    (");
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (i > 0)
                        {
                            w.Write(", ");
                        }
                        w.Write(Literal(row[i], SsdTable.SqlType(table.Columns[i]) == "timestamp"));
                    }
                    w.WriteLine(r == end - 1 ? ");" : "),");
                }
            }
        }
    }

    private static string Literal(string? value, bool timestamp)
    {
        if (value is null)
        {
            return "NULL";
        }
        var v = timestamp ? value.Replace('T', ' ') : value;
        return "'" + v.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static string? Flag(bool? value) => value switch { true => "Y", false => "N", null => null };

    private static string? Date(DateOnly? value) => IsoFormat.Date(value);

    private static string DateTime(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Every table's rows as text, in the column order of <see cref="SsdSchema"/>.</summary>
    private static Dictionary<string, List<string?[]>> Tables(CaseData data)
    {
        var t = SsdSchema.Tables.ToDictionary(x => x.Name, _ => new List<string?[]>(), StringComparer.Ordinal);
        foreach (var c in data.Children)
        {
            t[SsdSchema.Person.Name].Add([c.ChildId, null, c.Sex, null, c.Ethnicity, Date(c.DateOfBirth), null]);
            if (c.Disability is "Y" or "N")
            {
                t[SsdSchema.Disability.Name].Add([c.ChildId + "/d", c.ChildId, c.Disability == "Y" ? "DDA" : "NONE"]);
            }
            if (c.HomePostcode is { } pc)
            {
                t[SsdSchema.Address.Name].Add([c.ChildId + "/a", c.ChildId, "HOME", null, null, pc]);
            }
            if (c.Uasc == true)
            {
                t[SsdSchema.ImmigrationStatus.Name].Add([c.ChildId + "/i", c.ChildId, null, null, "UASC"]);
            }
        }
        foreach (var c in data.Contacts)
        {
            t[SsdSchema.Contacts.Name].Add([c.ContactId, c.ChildId, Date(c.ContactDate), c.Source, null, SsdCodes.ContactOutcomeJson(c.Outcome)]);
        }
        foreach (var e in data.EarlyHelp)
        {
            t[SsdSchema.EarlyHelpEpisodes.Name].Add([e.EarlyHelpId, e.ChildId, Date(e.StartDate), Date(e.EndDate), SsdCodes.RouteCode(e.Route), null, null, null]);
        }
        foreach (var r in data.Referrals)
        {
            t[SsdSchema.CinEpisodes.Name].Add([r.ReferralId, r.ChildId, Date(r.ReferralDate), r.PrimaryNeedCode, r.Source, null, null, Flag(r.Nfa),
                r.ReasonForClosure, Date(r.ClosureDate), r.Team, r.Worker]);
        }
        foreach (var a in data.Assessments)
        {
            t[SsdSchema.CinAssessments.Name].Add([a.AssessmentId, a.ChildId, a.ReferralId, Date(a.StartDate), null, Date(a.AuthorisedDate),
                a.Outcome is { } o ? SsdCodes.AssessmentOutcomeJson(o) : null, a.Outcome is null ? null : Flag(a.Outcome == AssessmentOutcome.Nfa), a.Team, a.Worker]);
        }
        foreach (var p in data.CinPlans)
        {
            t[SsdSchema.CinPlans.Name].Add([p.CinPlanId, null, p.ChildId, Date(p.StartDate), Date(p.EndDate), p.Team, p.Worker]);
        }
        foreach (var s in data.Section47Enquiries)
        {
            var json = s.IcpcNotRequired ? """{"CP_CONFERENCE_FLAG":"N"}""" : """{"CP_CONFERENCE_FLAG":"Y"}""";
            t[SsdSchema.S47Enquiry.Name].Add([s.S47Id, null, s.ChildId, Date(s.StrategyDiscussionDate), null, null, json, s.Team, s.Worker]);
            if (s.IcpcDate is not null || s.CpPlanFromIcpc is not null)
            {
                t[SsdSchema.InitialCpConference.Name].Add([s.S47Id + "/icpc", null, s.S47Id, s.ChildId, null, null, null, null, Date(s.IcpcDate),
                    Flag(s.CpPlanFromIcpc), null, s.Team, s.Worker]);
            }
        }
        var plansByChild = new Dictionary<string, List<CpPlan>>(StringComparer.Ordinal);
        foreach (var p in data.CpPlans)
        {
            t[SsdSchema.CpPlans.Name].Add([p.CpPlanId, null, null, p.ChildId, Date(p.StartDate), Date(p.EndDate), null, p.InitialCategory, p.LatestCategory]);
            if (p.Worker is not null || p.Team is not null)
            {
                t[SsdSchema.Involvements.Name].Add([p.CpPlanId + "/w", p.Worker, "CP plan", p.Team, p.ChildId, Date(p.StartDate), Date(p.EndDate), null, null]);
            }
            if (!plansByChild.TryGetValue(p.ChildId, out var l))
            {
                plansByChild[p.ChildId] = l = [];
            }
            l.Add(p);
        }
        foreach (var v in data.CpVisits)
        {
            var plan = plansByChild.GetValueOrDefault(v.ChildId)?.FirstOrDefault(p => p.StartDate <= v.VisitDate && (p.EndDate is null || p.EndDate >= v.VisitDate));
            t[SsdSchema.CpVisits.Name].Add([v.VisitId, v.ChildId, plan?.CpPlanId, Date(v.VisitDate), "Y", Flag(v.SeenAlone), null]);
        }
        foreach (var r in data.CpReviews)
        {
            t[SsdSchema.CpReviews.Name].Add([r.CpReviewId, r.ChildId, r.CpPlanId, null, Date(r.ReviewDate), null, null, null, null]);
        }
        WriteLac(data, t);
        foreach (var r in data.LacReviews)
        {
            t[SsdSchema.ClaReviews.Name].Add([r.LacReviewId, null, r.ChildId, null, Date(r.ReviewDate), "N", null]);
        }
        foreach (var h in data.LacHealth)
        {
            t[SsdSchema.ClaHealth.Name].Add([h.HealthCheckId, h.ChildId, h.CheckType == HealthCheckType.DentalCheck ? "DENTAL_CHECK" : "HEALTH_ASSESSMENT",
                Date(h.CheckDate), h.Status.ToString().ToUpperInvariant()]);
        }
        foreach (var m in data.MissingEpisodes)
        {
            t[SsdSchema.Missing.Name].Add([m.MissingId, m.ChildId, DateTime(m.StartDateTime), m.MissingOrAbsent == MissingType.Missing ? "M" : "A",
                m.EndDateTime is { } e ? DateTime(e) : null, Flag(m.RhiOffered), m.RhiCompletedDateTime is not null ? "Y" : m.RhiOffered == true ? "N" : null]);
        }
        foreach (var c in data.CareLeavers)
        {
            t[SsdSchema.CareLeavers.Name].Add([c.CareLeaverId, c.ChildId, null, SsdCodes.InTouchCode(c.InTouch), Date(c.BirthdayDate), c.Accommodation,
                c.AccommodationSuitable switch { true => "1", false => "2", null => null }, c.Activity, null, null, null, null]);
        }
        var workers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in data.Referrals.Select(r => r.Worker).Concat(data.Assessments.Select(a => a.Worker)).Concat(data.CpPlans.Select(p => p.Worker))
                     .Concat(data.CinPlans.Select(p => p.Worker)).Concat(data.Section47Enquiries.Select(s => s.Worker)))
        {
            if (w is not null)
            {
                workers.Add(w);
            }
        }
        foreach (var w in workers)
        {
            t[SsdSchema.Professionals.Name].Add([w, w, null, null, null, null, null, null, null]);
        }
        return t;
    }

    private static void WriteLac(CaseData data, Dictionary<string, List<string?[]>> t)
    {
        var byChild = new Dictionary<string, List<LacEpisode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in data.LacEpisodes)
        {
            if (!byChild.TryGetValue(e.ChildId, out var l))
            {
                byChild[e.ChildId] = l = [];
                order.Add(e.ChildId);
            }
            l.Add(e);
        }
        foreach (var child in order)
        {
            var episodes = byChild[child].OrderBy(e => e.StartDate).ToList();
            string? periodId = null;
            string?[]? placement = null;
            string?[]? legal = null;
            LacEpisode? previous = null;
            foreach (var e in episodes)
            {
                var continues = previous is not null && previous.ReasonCeased == "X1" && previous.EndDate == e.StartDate;
                if (!continues)
                {
                    periodId = $"{child}/{IsoFormat.Date(e.StartDate)}";
                }
                var distance = e.PlacementDistanceMiles is { } d ? IsoFormat.Number(d) : null;
                var samePlacement = continues && placement is not null && placement[4] == e.PlacementType && placement[7] == e.PlacementProvider
                                    && placement[8] == e.PlacementPostcode && placement[6] == distance;
                if (samePlacement)
                {
                    placement![9] = Date(e.EndDate);
                }
                else
                {
                    placement = [e.EpisodeId + "/p", periodId, child, Date(e.StartDate), e.PlacementType, null, distance, e.PlacementProvider, e.PlacementPostcode, Date(e.EndDate), null];
                    t[SsdSchema.ClaPlacement.Name].Add(placement);
                }
                if (continues && legal is not null && legal[2] == e.LegalStatus)
                {
                    legal[4] = Date(e.EndDate);
                }
                else
                {
                    legal = [e.EpisodeId + "/ls", child, e.LegalStatus, Date(e.StartDate), Date(e.EndDate)];
                    t[SsdSchema.LegalStatus.Name].Add(legal);
                }
                t[SsdSchema.ClaEpisodes.Name].Add([e.EpisodeId, child, placement[0], Date(e.StartDate), e.ReasonNewEpisode, e.CategoryOfNeed, Date(e.EndDate),
                    e.ReasonCeased, periodId, null, null, null]);
                previous = e;
            }
        }
    }
}
