namespace Csc.Analysis.Domain;

/// <summary>
/// One council's case-level data, whatever format it was loaded from. Tables are read-only lists;
/// a table the source did not have is empty. <see cref="ExtractDate"/> is the day the data was
/// taken from the case-management system (dates after it are errors).
/// </summary>
public sealed record CaseData
{
    /// <summary>The day the extract was taken (the last day its data can describe); null when not known.</summary>
    public DateOnly? ExtractDate { get; init; }

    /// <summary>children.csv: the children.</summary>
    public IReadOnlyList<Child> Children { get; init; } = [];

    /// <summary>contacts.csv: contacts at the front door.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>referrals.csv: referrals (child in need episodes).</summary>
    public IReadOnlyList<Referral> Referrals { get; init; } = [];

    /// <summary>assessments.csv: child and family assessments.</summary>
    public IReadOnlyList<Assessment> Assessments { get; init; } = [];

    /// <summary>section47.csv: section 47 enquiries with their ICPCs.</summary>
    public IReadOnlyList<Section47Enquiry> Section47Enquiries { get; init; } = [];

    /// <summary>cp_plans.csv: child protection plans.</summary>
    public IReadOnlyList<CpPlan> CpPlans { get; init; } = [];

    /// <summary>cp_visits.csv: visits to children on CP plans.</summary>
    public IReadOnlyList<CpVisit> CpVisits { get; init; } = [];

    /// <summary>cin_plans.csv: child in need plans.</summary>
    public IReadOnlyList<CinPlan> CinPlans { get; init; } = [];

    /// <summary>lac_episodes.csv: looked-after episodes.</summary>
    public IReadOnlyList<LacEpisode> LacEpisodes { get; init; } = [];

    /// <summary>missing_episodes.csv: missing and absent episodes with return home interviews.</summary>
    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; } = [];

    /// <summary>advocacy.csv: advocates allocated.</summary>
    public IReadOnlyList<AdvocacyAllocation> Advocacy { get; init; } = [];

    /// <summary>early_help.csv: early help episodes.</summary>
    public IReadOnlyList<EarlyHelpEpisode> EarlyHelp { get; init; } = [];

    /// <summary>events.csv: organisational changes that charts annotate.</summary>
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

    /// <summary>Annex A lists 8 (missing summaries), 9 and 10 as rows, for the inspection pack; null for other formats.</summary>
    public AnnexAListRows? AnnexA { get; init; }

    /// <summary>
    /// Which tables and optional columns the source carried; null when no loader said (then
    /// <see cref="DataSupplied.FromContent"/> is the best guess: see <see cref="SuppliedOrGuess"/>).
    /// </summary>
    public DataSupplied? Supplied { get; init; }

    /// <summary><see cref="Supplied"/>, or a guess from the rows when no loader said.</summary>
    public DataSupplied SuppliedOrGuess() => Supplied ?? DataSupplied.FromContent(this);

    /// <summary>No data at all.</summary>
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

    /// <summary>
    /// The last day of the data's activity (<see cref="DataEnd.Date"/>): the latest date of a contact, referral,
    /// assessment, enquiry, ICPC, plan or episode, leaving out the few isolated dates after the data's real end that are
    /// mistypes (<see cref="DataEnd.Later"/>); null when there is no such date.
    /// </summary>
    public DateOnly? LatestActivityDate() => DataEnd.Find(this)?.Date;
}
