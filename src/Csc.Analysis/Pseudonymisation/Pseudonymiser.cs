using Csc.Analysis.Domain;

namespace Csc.Analysis.Pseudonymisation;

/// <summary>
/// Makes a copy of a council's case data fit to share with a partner: child and record ids become keyed
/// HMAC-SHA256 pseudonyms (stable for a key, irreversible without it), dates of birth move to the first of
/// their month, postcodes are cut to the sector, worker names and free text become stable codes.
/// Teams, codes, dates of events and flags are kept, so every KPI computed on the copy equals the original's.
/// </summary>
public sealed class Pseudonymiser
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Characters = 12;

    private readonly PseudonymKey _key;
    private readonly Dictionary<(PseudonymKind, string), string> _cache = [];
    private readonly Dictionary<(PseudonymKind, string), string> _reverse = [];

    /// <summary>A pseudonymiser for <paramref name="key"/>; it remembers the pseudonyms it gave (one instance per run).</summary>
    public Pseudonymiser(PseudonymKey key) => _key = Preconditions.CheckNotNull(key);

    /// <summary>The pseudonym of <paramref name="value"/>: a prefix for the kind and 12 Crockford base-32 characters (60 bits) of its HMAC.</summary>
    public string Pseudonym(PseudonymKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_cache.TryGetValue((kind, value), out var known))
        {
            return known;
        }
        var mac = _key.Mac(kind.ToString(), value);
        var bits = BitConverter.ToUInt64(mac, 0);
        Span<char> text = stackalloc char[2 + Characters];
        text[0] = kind switch
        {
            PseudonymKind.Child => 'C',
            PseudonymKind.Record => 'R',
            PseudonymKind.Worker => 'W',
            _ => 'T',
        };
        text[1] = '-';
        for (var i = 0; i < Characters; i++)
        {
            text[2 + i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }
        var pseudonym = new string(text);
        if (!_reverse.TryAdd((kind, pseudonym), value))
        {
            // Two ids on one 60-bit pseudonym: vanishingly rare, but a silent merge of two children would be wrong.
            throw new InvalidOperationException($"Two different {kind} values share a pseudonym under this key; use another key.");
        }
        _cache[(kind, value)] = pseudonym;
        return pseudonym;
    }

    /// <summary>The pseudonymised copy of <paramref name="data"/> (every table; the extract date is kept).</summary>
    public CaseData Apply(CaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string Child(string id) => Pseudonym(PseudonymKind.Child, id);
        string Record(string id) => Pseudonym(PseudonymKind.Record, id);
        string? Worker(string? w) => string.IsNullOrWhiteSpace(w) ? w : Pseudonym(PseudonymKind.Worker, w);

        return data with
        {
            Children = [.. data.Children.Select(c => c with
            {
                ChildId = Child(c.ChildId),
                DateOfBirth = c.DateOfBirth is { } dob ? new DateOnly(dob.Year, dob.Month, 1) : null,
                HomePostcode = PostcodeSector.Of(c.HomePostcode),
            })],
            Contacts = [.. data.Contacts.Select(c => c with { ContactId = Record(c.ContactId), ChildId = Child(c.ChildId) })],
            Referrals = [.. data.Referrals.Select(r => r with { ReferralId = Record(r.ReferralId), ChildId = Child(r.ChildId), Worker = Worker(r.Worker) })],
            Assessments = [.. data.Assessments.Select(a => a with
            {
                AssessmentId = Record(a.AssessmentId),
                ChildId = Child(a.ChildId),
                ReferralId = a.ReferralId is null ? null : Record(a.ReferralId),
                Worker = Worker(a.Worker),
            })],
            Section47Enquiries = [.. data.Section47Enquiries.Select(s => s with { S47Id = Record(s.S47Id), ChildId = Child(s.ChildId), Worker = Worker(s.Worker) })],
            CpPlans = [.. data.CpPlans.Select(p => p with { CpPlanId = Record(p.CpPlanId), ChildId = Child(p.ChildId), Worker = Worker(p.Worker) })],
            CpVisits = [.. data.CpVisits.Select(v => v with { VisitId = Record(v.VisitId), ChildId = Child(v.ChildId), Worker = Worker(v.Worker) })],
            CinPlans = [.. data.CinPlans.Select(p => p with { CinPlanId = Record(p.CinPlanId), ChildId = Child(p.ChildId), Worker = Worker(p.Worker) })],
            LacEpisodes = [.. data.LacEpisodes.Select(e => e with
            {
                EpisodeId = Record(e.EpisodeId),
                ChildId = Child(e.ChildId),
                PlacementPostcode = PostcodeSector.Of(e.PlacementPostcode),
            })],
            MissingEpisodes = [.. data.MissingEpisodes.Select(m => m with { MissingId = Record(m.MissingId), ChildId = Child(m.ChildId) })],
            Advocacy = [.. data.Advocacy.Select(a => a with { AdvocacyId = Record(a.AdvocacyId), ChildId = Child(a.ChildId) })],
            EarlyHelp = [.. data.EarlyHelp.Select(e => e with { EarlyHelpId = Record(e.EarlyHelpId), ChildId = Child(e.ChildId) })],
            Events = [.. data.Events.Select(e => e with { Label = Pseudonym(PseudonymKind.FreeText, e.Label) })],
            CpReviews = [.. data.CpReviews.Select(r => r with { CpReviewId = Record(r.CpReviewId), CpPlanId = Record(r.CpPlanId), ChildId = Child(r.ChildId) })],
            LacReviews = [.. data.LacReviews.Select(r => r with { LacReviewId = Record(r.LacReviewId), ChildId = Child(r.ChildId) })],
            LacHealth = [.. data.LacHealth.Select(h => h with { HealthCheckId = Record(h.HealthCheckId), ChildId = Child(h.ChildId) })],
            CareLeavers = [.. data.CareLeavers.Select(c => c with { CareLeaverId = Record(c.CareLeaverId), ChildId = Child(c.ChildId) })],
        };
    }
}
