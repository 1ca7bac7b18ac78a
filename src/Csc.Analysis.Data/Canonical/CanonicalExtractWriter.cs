using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// Writes <see cref="CaseData"/> as a canonical extract: one CSV file per table (all thirteen,
/// header only when a table is empty), columns in the documented order, rows in the order of the
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
        var paths = new string[Tables.Length];
        var writers = new CsvOutput?[Tables.Length];
        try
        {
            for (var i = 0; i < Tables.Length; i++)
            {
                paths[i] = Path.Combine(folder, Tables[i].Table.FileName);
                writers[i] = CsvOutput.Create(paths[i], CsvAudience.Program);
                writers[i]!.Row(Tables[i].Table.Columns);
            }
            foreach (var part in parts)
            {
                ArgumentNullException.ThrowIfNull(part, nameof(parts));
                for (var i = 0; i < Tables.Length; i++)
                {
                    Tables[i].WriteRows(writers[i]!, part);
                }
            }
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

    private sealed record TableRows(CanonicalTable Table, Action<CsvOutput, CaseData> WriteRows);

    private static void Rows<T>(CsvOutput w, IReadOnlyList<T> rows, Func<T, string?[]> fields)
    {
        foreach (var row in rows)
        {
            w.Row(fields(row));
        }
    }

    private static readonly TableRows[] Tables =
    [
        new(CanonicalSchema.Children, (w, data) => Rows(w, data.Children, c => [c.ChildId, c.Sex, FormatDate(c.DateOfBirth), c.Ethnicity, c.Disability, c.HomePostcode])),
        new(CanonicalSchema.Contacts, (w, data) => Rows(w, data.Contacts, c =>
            [c.ContactId, c.ChildId, FormatDate(c.ContactDate), c.Source, c.BragRating == BragRating.None ? null : CanonicalCodes.Brag.Code(c.BragRating),
             CanonicalCodes.ContactOutcomes.Code(c.Outcome), c.Team])),
        new(CanonicalSchema.Referrals, (w, data) => Rows(w, data.Referrals, r => [r.ReferralId, r.ChildId, FormatDate(r.ReferralDate), r.Source, FormatFlag(r.Nfa), r.Team, r.Worker])),
        new(CanonicalSchema.Assessments, (w, data) => Rows(w, data.Assessments, a =>
            [a.AssessmentId, a.ChildId, a.ReferralId, FormatDate(a.StartDate), FormatDate(a.AuthorisedDate),
             a.Outcome is { } o ? CanonicalCodes.AssessmentOutcomes.Code(o) : null, a.Team, a.Worker])),
        new(CanonicalSchema.Section47, (w, data) => Rows(w, data.Section47Enquiries, s =>
            [s.S47Id, s.ChildId, FormatDate(s.StrategyDiscussionDate), FormatFlag(s.IcpcNotRequired), FormatDate(s.IcpcDate), FormatDate(s.IcpcRecordedDate), FormatFlag(s.CpPlanFromIcpc), s.Team, s.Worker])),
        new(CanonicalSchema.CpPlans, (w, data) => Rows(w, data.CpPlans, p =>
            [p.CpPlanId, p.ChildId, FormatDate(p.StartDate), FormatDate(p.EndDate), p.InitialCategory, p.LatestCategory, p.Team, p.Worker])),
        new(CanonicalSchema.CpVisits, (w, data) => Rows(w, data.CpVisits, v => [v.VisitId, v.ChildId, FormatDate(v.VisitDate), FormatFlag(v.SeenAlone), v.Worker])),
        new(CanonicalSchema.CinPlans, (w, data) => Rows(w, data.CinPlans, p => [p.CinPlanId, p.ChildId, FormatDate(p.StartDate), FormatDate(p.EndDate), p.Team, p.Worker])),
        new(CanonicalSchema.LacEpisodes, (w, data) => Rows(w, data.LacEpisodes, e =>
            [e.EpisodeId, e.ChildId, FormatDate(e.StartDate), FormatDate(e.EndDate), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed,
             e.PlacementType, e.PlacementProvider, e.PlacementPostcode, FormatNumber(e.PlacementDistanceMiles), FormatFlag(e.PlacementInsideLa), e.ReasonCeased])),
        new(CanonicalSchema.MissingEpisodes, (w, data) => Rows(w, data.MissingEpisodes, m =>
            [m.MissingId, m.ChildId, FormatDateTime(m.StartDateTime), FormatDateTime(m.EndDateTime), CanonicalCodes.MissingTypes.Code(m.MissingOrAbsent), FormatFlag(m.RhiOffered), FormatDateTime(m.RhiCompletedDateTime)])),
        new(CanonicalSchema.Advocacy, (w, data) => Rows(w, data.Advocacy, a => [a.AdvocacyId, a.ChildId, FormatDate(a.StartDate), FormatDate(a.EndDate)])),
        new(CanonicalSchema.EarlyHelp, (w, data) => Rows(w, data.EarlyHelp, e => [e.EarlyHelpId, e.ChildId, FormatDate(e.StartDate), FormatDate(e.EndDate), CanonicalCodes.EarlyHelpRoutes.Code(e.Route)])),
        new(CanonicalSchema.Events, (w, data) => Rows(w, data.Events, e => [FormatDate(e.Date), FormatDate(e.EndDate), e.Label, e.Category])),
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
