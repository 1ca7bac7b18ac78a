using System.Globalization;
using Csc.Analysis.Data.Parsing;
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
        var writers = new StreamWriter?[Tables.Length];
        try
        {
            for (var i = 0; i < Tables.Length; i++)
            {
                paths[i] = Path.Combine(folder, Tables[i].Table.FileName);
                writers[i] = CsvText.CreateFile(paths[i]);
                CsvText.WriteRow(writers[i]!, [.. Tables[i].Table.Columns]);
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

    private sealed record TableRows(CanonicalTable Table, Action<TextWriter, CaseData> WriteRows);

    private static void Rows<T>(TextWriter w, IReadOnlyList<T> rows, Func<T, string?[]> fields)
    {
        foreach (var row in rows)
        {
            CsvText.WriteRow(w, fields(row));
        }
    }

    private static readonly TableRows[] Tables =
    [
        new(CanonicalSchema.Children, (w, data) => Rows(w, data.Children, c => [c.ChildId, c.Sex, D(c.DateOfBirth), c.Ethnicity, c.Disability, c.HomePostcode])),
        new(CanonicalSchema.Contacts, (w, data) => Rows(w, data.Contacts, c =>
            [c.ContactId, c.ChildId, D(c.ContactDate), c.Source, c.BragRating == BragRating.None ? null : CanonicalCodes.Brag.Code(c.BragRating),
             CanonicalCodes.ContactOutcomes.Code(c.Outcome), c.Team])),
        new(CanonicalSchema.Referrals, (w, data) => Rows(w, data.Referrals, r => [r.ReferralId, r.ChildId, D(r.ReferralDate), r.Source, F(r.Nfa), r.Team, r.Worker])),
        new(CanonicalSchema.Assessments, (w, data) => Rows(w, data.Assessments, a =>
            [a.AssessmentId, a.ChildId, a.ReferralId, D(a.StartDate), D(a.AuthorisedDate),
             a.Outcome is { } o ? CanonicalCodes.AssessmentOutcomes.Code(o) : null, a.Team, a.Worker])),
        new(CanonicalSchema.Section47, (w, data) => Rows(w, data.Section47Enquiries, s =>
            [s.S47Id, s.ChildId, D(s.StrategyDiscussionDate), F(s.IcpcNotRequired), D(s.IcpcDate), D(s.IcpcRecordedDate), F(s.CpPlanFromIcpc), s.Team, s.Worker])),
        new(CanonicalSchema.CpPlans, (w, data) => Rows(w, data.CpPlans, p =>
            [p.CpPlanId, p.ChildId, D(p.StartDate), D(p.EndDate), p.InitialCategory, p.LatestCategory, p.Team, p.Worker])),
        new(CanonicalSchema.CpVisits, (w, data) => Rows(w, data.CpVisits, v => [v.VisitId, v.ChildId, D(v.VisitDate), F(v.SeenAlone), v.Worker])),
        new(CanonicalSchema.CinPlans, (w, data) => Rows(w, data.CinPlans, p => [p.CinPlanId, p.ChildId, D(p.StartDate), D(p.EndDate), p.Team, p.Worker])),
        new(CanonicalSchema.LacEpisodes, (w, data) => Rows(w, data.LacEpisodes, e =>
            [e.EpisodeId, e.ChildId, D(e.StartDate), D(e.EndDate), e.ReasonNewEpisode, e.LegalStatus, e.CategoryOfNeed,
             e.PlacementType, e.PlacementProvider, e.PlacementPostcode, N(e.PlacementDistanceMiles), F(e.PlacementInsideLa), e.ReasonCeased])),
        new(CanonicalSchema.MissingEpisodes, (w, data) => Rows(w, data.MissingEpisodes, m =>
            [m.MissingId, m.ChildId, T(m.StartDateTime), T(m.EndDateTime), CanonicalCodes.MissingTypes.Code(m.MissingOrAbsent), F(m.RhiOffered), T(m.RhiCompletedDateTime)])),
        new(CanonicalSchema.Advocacy, (w, data) => Rows(w, data.Advocacy, a => [a.AdvocacyId, a.ChildId, D(a.StartDate), D(a.EndDate)])),
        new(CanonicalSchema.EarlyHelp, (w, data) => Rows(w, data.EarlyHelp, e => [e.EarlyHelpId, e.ChildId, D(e.StartDate), D(e.EndDate), CanonicalCodes.EarlyHelpRoutes.Code(e.Route)])),
        new(CanonicalSchema.Events, (w, data) => Rows(w, data.Events, e => [D(e.Date), D(e.EndDate), e.Label, e.Category])),
    ];

    /// <summary>yyyy-MM-dd, or null.</summary>
    public static string? D(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>yyyy-MM-ddTHH:mm (yyyy-MM-ddTHH:mm:ss when the seconds are not zero), or null. Fractions of a second are not written.</summary>
    public static string? T(DateTime? value)
        => value is not { } v ? null
            : v.ToString(v.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Y or N, or null.</summary>
    public static string? F(bool? flag) => flag switch { true => "Y", false => "N", null => null };

    /// <summary>Shortest round-trip invariant number, or null.</summary>
    public static string? N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
