namespace Csc.Analysis.Domain;

/// <summary>One council's part of a stack: its code (null for data that names no council) and its rows.</summary>
/// <param name="Code">The council's code; null when the data carries no <c>la_code</c>.</param>
/// <param name="Data">The council's rows, every table, in the order they came.</param>
public sealed record CouncilPart(CouncilCode? Code, CaseData Data);

/// <summary>
/// A data set split by council (its rows' <see cref="ICouncilRow.Council"/>, the <c>la_code</c> column) in one linear pass
/// over every table: each row goes to its council's lists, so the work is the number of rows whatever the number of councils,
/// and each council's child ids join only within that council (the same id under two councils is two children).
/// </summary>
public sealed class CouncilPartition
{
    private CouncilPartition(IReadOnlyList<CouncilPart> parts, long unassigned)
    {
        Parts = parts;
        Unassigned = unassigned;
    }

    /// <summary>The councils in the order of their codes (ordinal); one part with a null code when the data names no council.</summary>
    public IReadOnlyList<CouncilPart> Parts { get; }

    /// <summary>True when the data holds more than one council (per-council outputs then carry a leading la_code column).</summary>
    public bool IsStack => Parts.Count > 1;

    /// <summary>The councils' codes, in order (empty when the data names none).</summary>
    public IReadOnlyList<CouncilCode> Codes => [.. Parts.Where(p => p.Code is not null).Select(p => p.Code!)];

    /// <summary>Rows of a stack that name no council (other than events, which every council shares): left out of every council.</summary>
    public long Unassigned { get; }

    /// <summary>The part of the council <paramref name="code"/>, or null when the stack has no such council.</summary>
    public CouncilPart? Find(CouncilCode code) => Parts.FirstOrDefault(p => p.Code == code);

    /// <summary>
    /// Splits <paramref name="data"/> by council in one pass. Data that names no council, or one council only, is one part
    /// holding <paramref name="data"/> itself (unchanged). In a stack, events without a council are every council's (they
    /// annotate charts); other rows without a council belong to none and are counted in <see cref="Unassigned"/>.
    /// </summary>
    public static CouncilPartition Split(CaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var builders = new Dictionary<CouncilCode, Builder>();
        long unassigned = 0;
        CouncilCode? lastCode = null;
        Builder? last = null;
        Builder? For(ICouncilRow row)
        {
            var code = row.Council;
            if (code is null)
            {
                return null;
            }
            if (!ReferenceEquals(code, lastCode))
            {
                // Rows of one council usually come together: one look-up per run of rows, not per row.
                if (!builders.TryGetValue(code, out last))
                {
                    builders[code] = last = new Builder();
                }
                lastCode = code;
            }
            return last;
        }
        void Add<T>(IReadOnlyList<T> rows, Func<Builder, List<T>> list)
            where T : ICouncilRow
        {
            foreach (var row in rows)
            {
                if (For(row) is { } b)
                {
                    list(b).Add(row);
                }
                else
                {
                    unassigned++;
                }
            }
        }
        Add(data.Children, b => b.Children);
        Add(data.Contacts, b => b.Contacts);
        Add(data.Referrals, b => b.Referrals);
        Add(data.Assessments, b => b.Assessments);
        Add(data.Section47Enquiries, b => b.Section47);
        Add(data.CpPlans, b => b.CpPlans);
        Add(data.CpVisits, b => b.CpVisits);
        Add(data.CinPlans, b => b.CinPlans);
        Add(data.LacEpisodes, b => b.LacEpisodes);
        Add(data.MissingEpisodes, b => b.MissingEpisodes);
        Add(data.Advocacy, b => b.Advocacy);
        Add(data.EarlyHelp, b => b.EarlyHelp);
        Add(data.CpReviews, b => b.CpReviews);
        Add(data.LacReviews, b => b.LacReviews);
        Add(data.LacHealth, b => b.LacHealth);
        Add(data.CareLeavers, b => b.CareLeavers);
        Add(data.Population, b => b.Population);
        var sharedEvents = new List<ContextEvent>();
        foreach (var e in data.Events)
        {
            if (For(e) is { } b)
            {
                b.Events.Add(e);
            }
            else
            {
                sharedEvents.Add(e);
            }
        }
        if (builders.Count == 0)
        {
            return new CouncilPartition([new CouncilPart(null, data)], 0);
        }
        if (builders.Count == 1 && unassigned == 0)
        {
            return new CouncilPartition([new CouncilPart(builders.Keys.First(), data)], 0);
        }
        var parts = builders.OrderBy(kv => kv.Key, CouncilCode.Order).Select(kv => new CouncilPart(kv.Key, kv.Value.Build(data, sharedEvents))).ToList();
        return new CouncilPartition(parts, unassigned);
    }

    /// <summary>
    /// The councils' data as one data set (a stack): every table the parts' rows in order, the first part's extract date,
    /// the tables and optional columns any part carried. Annex A's list rows are not joined (null).
    /// </summary>
    public static CaseData Join(IReadOnlyList<CaseData> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            return CaseData.Empty;
        }
        List<T> All<T>(Func<CaseData, IReadOnlyList<T>> table)
        {
            var list = new List<T>(parts.Sum(p => table(p).Count));
            foreach (var p in parts)
            {
                list.AddRange(table(p));
            }
            return list;
        }
        var supplied = parts.Select(p => p.Supplied).OfType<DataSupplied>().ToList();
        return new CaseData
        {
            ExtractDate = parts[0].ExtractDate,
            Supplied = supplied.Count == 0 ? null : new DataSupplied
            {
                Tables = supplied.SelectMany(s => s.Tables).ToHashSet(),
                Fields = supplied.SelectMany(s => s.Fields).ToHashSet(),
            },
            Children = All(d => d.Children),
            Contacts = All(d => d.Contacts),
            Referrals = All(d => d.Referrals),
            Assessments = All(d => d.Assessments),
            Section47Enquiries = All(d => d.Section47Enquiries),
            CpPlans = All(d => d.CpPlans),
            CpVisits = All(d => d.CpVisits),
            CinPlans = All(d => d.CinPlans),
            LacEpisodes = All(d => d.LacEpisodes),
            MissingEpisodes = All(d => d.MissingEpisodes),
            Advocacy = All(d => d.Advocacy),
            EarlyHelp = All(d => d.EarlyHelp),
            Events = All(d => d.Events),
            CpReviews = All(d => d.CpReviews),
            LacReviews = All(d => d.LacReviews),
            LacHealth = All(d => d.LacHealth),
            CareLeavers = All(d => d.CareLeavers),
            Population = All(d => d.Population),
        };
    }

    /// <summary>A copy of <paramref name="data"/> with every row tagged as the council <paramref name="code"/>'s (to build a stack).</summary>
    public static CaseData Tag(CaseData data, CouncilCode code)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(code);
        return data with
        {
            Children = [.. data.Children.Select(r => r with { Council = code })],
            Contacts = [.. data.Contacts.Select(r => r with { Council = code })],
            Referrals = [.. data.Referrals.Select(r => r with { Council = code })],
            Assessments = [.. data.Assessments.Select(r => r with { Council = code })],
            Section47Enquiries = [.. data.Section47Enquiries.Select(r => r with { Council = code })],
            CpPlans = [.. data.CpPlans.Select(r => r with { Council = code })],
            CpVisits = [.. data.CpVisits.Select(r => r with { Council = code })],
            CinPlans = [.. data.CinPlans.Select(r => r with { Council = code })],
            LacEpisodes = [.. data.LacEpisodes.Select(r => r with { Council = code })],
            MissingEpisodes = [.. data.MissingEpisodes.Select(r => r with { Council = code })],
            Advocacy = [.. data.Advocacy.Select(r => r with { Council = code })],
            EarlyHelp = [.. data.EarlyHelp.Select(r => r with { Council = code })],
            Events = [.. data.Events.Select(r => r with { Council = code })],
            CpReviews = [.. data.CpReviews.Select(r => r with { Council = code })],
            LacReviews = [.. data.LacReviews.Select(r => r with { Council = code })],
            LacHealth = [.. data.LacHealth.Select(r => r with { Council = code })],
            CareLeavers = [.. data.CareLeavers.Select(r => r with { Council = code })],
            Population = [.. data.Population.Select(r => r with { Council = code })],
        };
    }

    /// <summary>
    /// <paramref name="row"/> tagged as the council <paramref name="code"/>'s, for a loader that reads rows of any table
    /// (the records of <see cref="CaseData"/>; any other type is returned as it is).
    /// </summary>
    public static T WithCouncil<T>(T row, CouncilCode code)
        where T : class
        => row switch
        {
            Child r => (T)(object)(r with { Council = code }),
            Contact r => (T)(object)(r with { Council = code }),
            Referral r => (T)(object)(r with { Council = code }),
            Assessment r => (T)(object)(r with { Council = code }),
            Section47Enquiry r => (T)(object)(r with { Council = code }),
            CpPlan r => (T)(object)(r with { Council = code }),
            CpVisit r => (T)(object)(r with { Council = code }),
            CinPlan r => (T)(object)(r with { Council = code }),
            LacEpisode r => (T)(object)(r with { Council = code }),
            MissingEpisode r => (T)(object)(r with { Council = code }),
            AdvocacyAllocation r => (T)(object)(r with { Council = code }),
            EarlyHelpEpisode r => (T)(object)(r with { Council = code }),
            ContextEvent r => (T)(object)(r with { Council = code }),
            CpReview r => (T)(object)(r with { Council = code }),
            LacReview r => (T)(object)(r with { Council = code }),
            LacHealthCheck r => (T)(object)(r with { Council = code }),
            CareLeaver r => (T)(object)(r with { Council = code }),
            PopulationEstimate r => (T)(object)(r with { Council = code }),
            _ => row,
        };

    private sealed class Builder
    {
        public List<Child> Children { get; } = [];
        public List<Contact> Contacts { get; } = [];
        public List<Referral> Referrals { get; } = [];
        public List<Assessment> Assessments { get; } = [];
        public List<Section47Enquiry> Section47 { get; } = [];
        public List<CpPlan> CpPlans { get; } = [];
        public List<CpVisit> CpVisits { get; } = [];
        public List<CinPlan> CinPlans { get; } = [];
        public List<LacEpisode> LacEpisodes { get; } = [];
        public List<MissingEpisode> MissingEpisodes { get; } = [];
        public List<AdvocacyAllocation> Advocacy { get; } = [];
        public List<EarlyHelpEpisode> EarlyHelp { get; } = [];
        public List<ContextEvent> Events { get; } = [];
        public List<CpReview> CpReviews { get; } = [];
        public List<LacReview> LacReviews { get; } = [];
        public List<LacHealthCheck> LacHealth { get; } = [];
        public List<CareLeaver> CareLeavers { get; } = [];
        public List<PopulationEstimate> Population { get; } = [];

        public CaseData Build(CaseData whole, List<ContextEvent> sharedEvents) => new()
        {
            ExtractDate = whole.ExtractDate,
            Supplied = whole.Supplied,
            Children = Children,
            Contacts = Contacts,
            Referrals = Referrals,
            Assessments = Assessments,
            Section47Enquiries = Section47,
            CpPlans = CpPlans,
            CpVisits = CpVisits,
            CinPlans = CinPlans,
            LacEpisodes = LacEpisodes,
            MissingEpisodes = MissingEpisodes,
            Advocacy = Advocacy,
            EarlyHelp = EarlyHelp,
            Events = sharedEvents.Count == 0 ? Events : [.. sharedEvents, .. Events],
            CpReviews = CpReviews,
            LacReviews = LacReviews,
            LacHealth = LacHealth,
            CareLeavers = CareLeavers,
            Population = Population,
        };
    }
}
