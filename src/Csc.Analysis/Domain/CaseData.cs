namespace Csc.Analysis.Domain;

/// <summary>
/// One council's case-level data, whatever format it was loaded from. Tables are read-only lists;
/// a table the source did not have is empty. <see cref="ExtractDate"/> is the day the data was
/// taken from the case-management system (dates after it are errors).
/// </summary>
public sealed record CaseData
{
    public DateOnly? ExtractDate { get; init; }

    public IReadOnlyList<Child> Children { get; init; } = [];

    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    public IReadOnlyList<Referral> Referrals { get; init; } = [];

    public IReadOnlyList<Assessment> Assessments { get; init; } = [];

    public IReadOnlyList<Section47Enquiry> Section47Enquiries { get; init; } = [];

    public IReadOnlyList<CpPlan> CpPlans { get; init; } = [];

    public IReadOnlyList<CpVisit> CpVisits { get; init; } = [];

    public IReadOnlyList<CinPlan> CinPlans { get; init; } = [];

    public IReadOnlyList<LacEpisode> LacEpisodes { get; init; } = [];

    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; } = [];

    public IReadOnlyList<AdvocacyAllocation> Advocacy { get; init; } = [];

    public IReadOnlyList<EarlyHelpEpisode> EarlyHelp { get; init; } = [];

    public IReadOnlyList<ContextEvent> Events { get; init; } = [];

    /// <summary>Child protection review conferences (cp_reviews.csv).</summary>
    public IReadOnlyList<CpReview> CpReviews { get; init; } = [];

    /// <summary>Looked-after children's statutory reviews (lac_reviews.csv).</summary>
    public IReadOnlyList<LacReview> LacReviews { get; init; } = [];

    /// <summary>Health assessments and dental checks of looked-after children (lac_health.csv).</summary>
    public IReadOnlyList<LacHealthCheck> LacHealth { get; init; } = [];

    /// <summary>Care leavers around their 17th to 21st birthdays (care_leavers.csv).</summary>
    public IReadOnlyList<CareLeaver> CareLeavers { get; init; } = [];

    /// <summary>Mid-year estimates of the children aged 0 to 17 (population.csv), by year.</summary>
    public IReadOnlyList<PopulationEstimate> Population { get; init; } = [];

    /// <summary>
    /// Which tables and optional columns the source carried; null when no loader said (then
    /// <see cref="DataSupplied.FromContent"/> is the best guess: see <see cref="SuppliedOrGuess"/>).
    /// </summary>
    public DataSupplied? Supplied { get; init; }

    /// <summary><see cref="Supplied"/>, or a guess from the rows when no loader said.</summary>
    public DataSupplied SuppliedOrGuess() => Supplied ?? DataSupplied.FromContent(this);

    public static CaseData Empty { get; } = new();

    /// <summary>The number of rows in <paramref name="table"/>.</summary>
    public int RowCount(CaseTable table) => table switch
    {
        CaseTable.Children => Children.Count,
        CaseTable.Contacts => Contacts.Count,
        CaseTable.Referrals => Referrals.Count,
        CaseTable.Assessments => Assessments.Count,
        CaseTable.Section47 => Section47Enquiries.Count,
        CaseTable.CpPlans => CpPlans.Count,
        CaseTable.CpVisits => CpVisits.Count,
        CaseTable.CinPlans => CinPlans.Count,
        CaseTable.LacEpisodes => LacEpisodes.Count,
        CaseTable.MissingEpisodes => MissingEpisodes.Count,
        CaseTable.Advocacy => Advocacy.Count,
        CaseTable.EarlyHelp => EarlyHelp.Count,
        CaseTable.Events => Events.Count,
        CaseTable.CpReviews => CpReviews.Count,
        CaseTable.LacReviews => LacReviews.Count,
        CaseTable.LacHealth => LacHealth.Count,
        CaseTable.CareLeavers => CareLeavers.Count,
        CaseTable.Population => Population.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown table."),
    };

    /// <summary>The latest date of any event in the data, or null when there is none.</summary>
    public DateOnly? LatestActivityDate()
    {
        DateOnly? max = null;
        void Take(DateOnly? d)
        {
            if (d is { } v && (max is null || v > max))
            {
                max = v;
            }
        }
        foreach (var c in Contacts) Take(c.ContactDate);
        foreach (var r in Referrals) Take(r.ReferralDate);
        foreach (var a in Assessments) { Take(a.StartDate); Take(a.AuthorisedDate); }
        foreach (var s in Section47Enquiries) { Take(s.StrategyDiscussionDate); Take(s.IcpcDate); }
        foreach (var p in CpPlans) { Take(p.StartDate); Take(p.EndDate); }
        foreach (var p in CinPlans) { Take(p.StartDate); Take(p.EndDate); }
        foreach (var e in LacEpisodes) { Take(e.StartDate); Take(e.EndDate); }
        return max;
    }
}
