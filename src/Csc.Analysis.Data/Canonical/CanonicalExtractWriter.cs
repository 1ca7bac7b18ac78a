using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// Writes <see cref="CaseData"/> as a canonical extract: one CSV file per table (the thirteen core tables always,
/// header only when a table is empty; the optional tables and columns only when the data carries them), columns in the documented order, rows in the order of the
/// lists, UTF-8 without BOM, LF line ends, RFC 4180 quoting, invariant culture, dates yyyy-MM-dd,
/// date-times yyyy-MM-ddTHH:mm (with :ss only when the seconds are not zero), flags Y/N, blanks
/// for nulls. The output is byte-for-byte deterministic. <see cref="CanonicalExtractLoader"/>
/// reads it back to equal records.
/// </summary>
public static class CanonicalExtractWriter
{
    /// <summary>Writes every table into <paramref name="folder"/> (created when missing; existing files are replaced). Returns the files written.</summary>
    public static IReadOnlyList<string> Write(CaseData data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteParts([data], folder);
    }

    /// <summary>
    /// Writes a data set that arrives in parts (for example the council-sized units of a large synthetic
    /// data set) without holding it all: every table's rows are the parts' rows in order, so the files are
    /// byte-for-byte those <see cref="Write"/> gives for the parts' tables concatenated. The parts are
    /// enumerated once; only the current one needs to be in memory. Returns the files written.
    /// </summary>
    public static IReadOnlyList<string> WriteParts(IEnumerable<CaseData> parts, string folder)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        using var each = parts.GetEnumerator();
        var first = each.MoveNext() ? each.Current : null;
        // The first part decides which optional tables and columns are written (the parts of one data set share a shape).
        var supplied = (first ?? CaseData.Empty).SuppliedOrGuess();
        var chosen = Tables.Where(t => CanonicalSchema.CoreTables.Contains(t.Table) || supplied.Has(t.Table.Kind)).ToArray();
        var council = NamesCouncils(first ?? CaseData.Empty);
        var paths = new string[chosen.Length];
        var writers = new CsvOutput?[chosen.Length];
        var keep = new int[]?[chosen.Length];
        try
        {
            for (var i = 0; i < chosen.Length; i++)
            {
                var table = chosen[i];
                paths[i] = Path.Combine(folder, table.Table.FileName);
                writers[i] = CsvOutput.Create(paths[i], CsvAudience.Program);
                var columns = table.Table.Columns;
                var kept = Enumerable.Range(0, columns.Count)
                    .Where(c => !CanonicalSchema.ExtensionColumns.TryGetValue(columns[c], out var field) || supplied.Has(field))
                    .ToArray();
                keep[i] = kept.Length == columns.Count ? null : kept;
                var header = keep[i] is { } k ? [.. k.Select(c => columns[c])] : columns;
                writers[i]!.Row(council ? [CanonicalSchema.CouncilColumn, .. header] : header);
            }
            for (var part = first; part is not null; part = each.MoveNext() ? each.Current : null)
            {
                for (var i = 0; i < chosen.Length; i++)
                {
                    var w = writers[i]!;
                    var k = keep[i];
                    var rows = chosen[i].Rows(part);
                    var councils = council ? chosen[i].Councils(part).GetEnumerator() : null;
                    foreach (var row in rows)
                    {
                        var cells = k is null ? row : k.Select(c => row[c]).ToArray();
                        if (councils is not null)
                        {
                            councils.MoveNext();
                            cells = [councils.Current?.Value, .. cells];
                        }
                        w.Row(cells);
                    }
                    councils?.Dispose();
                }
            }
        }
        catch
        {
            // A failed write keeps every previous file: no table is replaced by a part of itself.
            foreach (var w in writers)
            {
                w?.Abandon();
            }
            throw;
        }
        finally
        {
            foreach (var w in writers)
            {
                w?.Dispose();
            }
        }
        return paths;
    }

    /// <summary>
    /// The tables <see cref="WriteParts"/> writes for a data set whose first part is <paramref name="first"/>, each with the
    /// columns it writes and how a part's rows become the text it writes (for the typed writers: Parquet, DuckDB).
    /// </summary>
    internal static IReadOnlyList<ChosenTable> Choose(CaseData first)
    {
        var supplied = first.SuppliedOrGuess();
        var council = NamesCouncils(first);
        var chosen = new List<ChosenTable>();
        foreach (var table in Tables.Where(t => CanonicalSchema.CoreTables.Contains(t.Table) || supplied.Has(t.Table.Kind)))
        {
            var columns = table.Table.Columns;
            var kept = Enumerable.Range(0, columns.Count)
                .Where(c => !CanonicalSchema.ExtensionColumns.TryGetValue(columns[c], out var field) || supplied.Has(field))
                .ToArray();
            var rows = kept.Length == columns.Count ? table.Rows : d => table.Rows(d).Select(r => kept.Select(c => r[c]).ToArray());
            chosen.Add(council
                ? new ChosenTable(table.Table, [CanonicalSchema.CouncilColumn, .. kept.Select(c => columns[c])],
                    d => rows(d).Zip(table.Councils(d), (r, c) => (string?[])[c?.Value, .. r]))
                : new ChosenTable(table.Table, [.. kept.Select(c => columns[c])], rows));
        }
        return chosen;
    }

    /// <summary>A table the writers write: its columns (the optional ones the data carries) and its rows as text.</summary>
    internal sealed record ChosenTable(CanonicalTable Table, IReadOnlyList<string> Columns, Func<CaseData, IEnumerable<string?[]>> Rows);

    /// <summary>
    /// A table and how its rows are formatted (every column, in order; <see cref="CanonicalSchema.ExtensionColumns"/> says which may be left out),
    /// with each row's council (written as a leading la_code column when the data names councils).
    /// </summary>
    private sealed record TableRows(CanonicalTable Table, Func<CaseData, IEnumerable<string?[]>> Rows, Func<CaseData, IEnumerable<CouncilCode?>> Councils);

    private static TableRows T<TRow>(CanonicalTable table, Func<CaseData, IReadOnlyList<TRow>> rows, Func<TRow, string?[]> fields)
        where TRow : ICouncilRow
        => new(table, data => rows(data).Select(fields), data => rows(data).Select(r => r.Council));

    /// <summary>True when a row of <paramref name="data"/> names its council (each table's first row is looked at): the writers then write la_code.</summary>
    private static bool NamesCouncils(CaseData data) => Tables.Any(t => t.Councils(data).FirstOrDefault() is not null);

    private static readonly TableRows[] Tables =
    [
        T(CanonicalSchema.Children, d => d.Children, c => [c.ChildId, c.Sex, FormatDate(c.DateOfBirth), c.Ethnicity, c.Disability, c.HomePostcode, FormatFlag(c.Uasc)]),
        T(CanonicalSchema.Contacts, d => d.Contacts, c =>
            [c.ContactId, c.ChildId, FormatDate(c.ContactDate), c.Source, c.BragRating == BragRating.None ? null : CanonicalCodes.Brag.Code(c.BragRating),
             CanonicalCodes.ContactOutcomes.Code(c.Outcome), c.Team]),
        T(CanonicalSchema.Referrals, d => d.Referrals, r =>
            [r.ReferralId, r.ChildId, FormatDate(r.ReferralDate), r.Source, FormatFlag(r.Nfa), r.Team, r.Worker, FormatDate(r.ClosureDate), r.ReasonForClosure, r.PrimaryNeedCode]),
        T(CanonicalSchema.Assessments, d => d.Assessments, a =>
            [a.AssessmentId, a.ChildId, a.ReferralId, FormatDate(a.StartDate), FormatDate(a.AuthorisedDate),
             a.Outcome is { } o ? CanonicalCodes.AssessmentOutcomes.Code(o) : null, a.Team, a.Worker]),
        T(CanonicalSchema.Section47, d => d.Section47Enquiries, s =>
            [s.S47Id, s.ChildId, FormatDate(s.StrategyDiscussionDate), FormatFlag(s.IcpcNotRequired), FormatDate(s.IcpcDate), FormatDate(s.IcpcRecordedDate), FormatFlag(s.CpPlanFromIcpc), s.Team, s.Worker]),
        T(CanonicalSchema.CpPlans, d => d.CpPlans, p =>
            [p.CpPlanId, p.ChildId, FormatDate(p.StartDate), FormatDate(p.EndDate), p.InitialCategory, p.LatestCategory, p.Team, p.Worker,
             p.PreviousCpPlans?.ToString(CultureInfo.InvariantCulture)]),
        T(CanonicalSchema.CpVisits, d => d.CpVisits, v => [v.VisitId, v.ChildId, FormatDate(v.VisitDate), FormatFlag(v.SeenAlone), v.Worker]),
        T(CanonicalSchema.CinPlans, d => d.CinPlans, p => [p.CinPlanId, p.ChildId, FormatDate(p.StartDate), FormatDate(p.EndDate), p.Team, p.Worker]),
        T(CanonicalSchema.LacEpisodes, d => d.LacEpisodes, e =>
            [e.EpisodeId, e.ChildId, FormatDate(e.StartDate), FormatDate(e.EndDate), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed,
             e.PlacementType, e.PlacementProvider, e.PlacementPostcode, FormatNumber(e.PlacementDistanceMiles), FormatFlag(e.PlacementInsideLa), e.ReasonCeased]),
        T(CanonicalSchema.MissingEpisodes, d => d.MissingEpisodes, m =>
            [m.MissingId, m.ChildId, FormatDateTime(m.StartDateTime), FormatDateTime(m.EndDateTime), CanonicalCodes.MissingTypes.Code(m.MissingOrAbsent), FormatFlag(m.RhiOffered), FormatDateTime(m.RhiCompletedDateTime)]),
        T(CanonicalSchema.Advocacy, d => d.Advocacy, a => [a.AdvocacyId, a.ChildId, FormatDate(a.StartDate), FormatDate(a.EndDate)]),
        T(CanonicalSchema.EarlyHelp, d => d.EarlyHelp, e => [e.EarlyHelpId, e.ChildId, FormatDate(e.StartDate), FormatDate(e.EndDate), CanonicalCodes.EarlyHelpRoutes.Code(e.Route)]),
        T(CanonicalSchema.Events, d => d.Events, e => [FormatDate(e.Date), FormatDate(e.EndDate), e.Label, e.Category]),
        T(CanonicalSchema.CpReviews, d => d.CpReviews, r => [r.CpReviewId, r.CpPlanId, r.ChildId, FormatDate(r.ReviewDate)]),
        T(CanonicalSchema.LacReviews, d => d.LacReviews, r => [r.LacReviewId, r.ChildId, FormatDate(r.ReviewDate)]),
        T(CanonicalSchema.LacHealth, d => d.LacHealth, h =>
            [h.HealthCheckId, h.ChildId, CanonicalCodes.HealthCheckTypes.Code(h.CheckType), FormatDate(h.CheckDate), CanonicalCodes.HealthCheckStatuses.Code(h.Status)]),
        T(CanonicalSchema.CareLeavers, d => d.CareLeavers, c =>
            [c.CareLeaverId, c.ChildId, FormatDate(c.BirthdayDate), CanonicalCodes.CareLeaverContacts.Code(c.InTouch), c.Activity, c.Accommodation, FormatFlag(c.AccommodationSuitable)]),
        T(CanonicalSchema.Population, d => d.Population, p =>
            [p.Year.ToString(CultureInfo.InvariantCulture), p.Aged0To17.ToString(CultureInfo.InvariantCulture)]),
    ];

    /// <summary>yyyy-MM-dd, or null.</summary>
    public static string? FormatDate(DateOnly? date) => IsoFormat.Date(date);

    /// <summary>yyyy-MM-ddTHH:mm (yyyy-MM-ddTHH:mm:ss when the seconds are not zero), or null. Fractions of a second are not written.</summary>
    public static string? FormatDateTime(DateTime? value)
        => value is not { } v ? null
            : v.Second == 0 ? IsoFormat.DateTime(v) : v.ToString(IsoFormat.DateTimePattern + ":ss", CultureInfo.InvariantCulture);

    /// <summary>Y or N, or null.</summary>
    public static string? FormatFlag(bool? flag) => flag switch { true => "Y", false => "N", null => null };

    /// <summary>Shortest round-trip invariant number, or null.</summary>
    public static string? FormatNumber(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
