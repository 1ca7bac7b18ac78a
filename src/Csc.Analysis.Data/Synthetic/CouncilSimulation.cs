using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>
/// The population simulation of one council-sized unit. Month by month it steers the stocks (CP plans,
/// CIN plans, looked-after children and their legal status, age and placement mix, advocacy) to the
/// <see cref="StoryTargets"/> by choosing how many children start and leave and which ones, and it
/// assigns the flow rates (ICPC timeliness, assessment NFA, return interviews) by exact monthly quotas.
/// Each plan or episode that starts carries the chain that led to it (contact, referral, assessment,
/// strategy discussion, ICPC); the remaining front-door flow (contacts, referrals, assessments ending in
/// NFA or early help) is filled in afterwards to the monthly volumes. Every cost is linear in the rows
/// produced plus the open stock per month.
/// </summary>
internal sealed partial class CouncilSimulation
{
    public const string PlantedTeam = "ISS South";

    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;

    private readonly SyntheticOptions options;
    private readonly Xoshiro256 rng;
    private readonly double f;
    private readonly string prefix;
    private readonly int unitIndex;
    private readonly DateOnly extract;
    private readonly DateOnly plantStart;
    private readonly bool plant;
    private readonly ReportingMonth from;
    private readonly ReportingMonth to;
    private readonly int monthCount;

    // outputs
    private readonly List<Child> children = [];
    private readonly List<Contact> contacts = [];
    private readonly List<Referral> referrals = [];
    private readonly List<Assessment> assessments = [];
    private readonly List<Section47Enquiry> s47s = [];
    private readonly List<CpPlan> cpPlans = [];
    private readonly List<CpVisit> cpVisits = [];
    private readonly List<CinPlan> cinPlans = [];
    private readonly List<LacEpisode> lacEpisodes = [];
    private readonly List<MissingEpisode> missing = [];
    private readonly List<AdvocacyAllocation> advocacy = [];
    private readonly List<EarlyHelpEpisode> earlyHelp = [];
    private readonly List<ContextEvent> events = [];
    private readonly List<PlantedRow> planted = [];

    // ids
    private int nChild, nContact, nReferral, nAssessment, nS47, nCp, nVisit, nCin, nEpisode, nMissing, nAdvocacy, nEarlyHelp;

    // per-month tallies of rows already made by chains (index = month - from; chain rows before from are not tallied)
    private readonly int[] chainContacts;
    private readonly int[] chainAssessmentsAuthorised;

    // open stocks
    private readonly List<Plan> cpOpen = [];
    private readonly List<Plan> cinOpen = [];
    private readonly List<CareChild> lacOpen = [];
    private readonly List<Advocacy> advocacyOpen = [];
    private readonly HashSet<string> childrenWithAdvocacy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> lastAdvocacyEnd = new(StringComparer.Ordinal);
    private readonly List<ChildInfo> recentContactChildren = [];

    // ICPCs whose observed (recorded) date falls in a later month: counts per month offset
    private readonly int[] plantedObservedCount;
    private readonly int[] plantedObservedWithin;
    private readonly List<PlantedRowKind> badKinds = [];

    public CouncilSimulation(SyntheticOptions options, int unitIndex, double unitScale, string idPrefix)
    {
        this.options = options;
        this.unitIndex = unitIndex;
        rng = new Xoshiro256(Xoshiro256.DeriveSeed(options.Seed, unitIndex));
        f = unitScale;
        prefix = idPrefix;
        from = options.From;
        to = options.To;
        extract = options.ExtractDate;
        monthCount = to.MonthsSince(from) + 1;
        chainContacts = new int[monthCount];
        chainAssessmentsAuthorised = new int[monthCount];
        plantedObservedCount = new int[monthCount + 2];
        plantedObservedWithin = new int[monthCount + 2];
        plantStart = PlantStartDate(options);
        plant = options.Plant == PlantKind.IcpcRecording;
        if (plant)
        {
            foreach (var k in new[]
                     {
                         PlantedRowKind.MissingIcpcDate, PlantedRowKind.YearTooLow, PlantedRowKind.YearTooLow,
                         PlantedRowKind.MissingIcpcDate, PlantedRowKind.YearTooLow, PlantedRowKind.YearTooLow,
                         PlantedRowKind.MissingIcpcDate,
                     })
            {
                badKinds.Add(k);
            }
        }
    }

    /// <summary>The day from which the planted team records ICPC dates as the entry date: the first day of the month three months before the last.</summary>
    public static DateOnly PlantStartDate(SyntheticOptions options) => options.To.PlusMonths(-3).FirstDay;

    public SyntheticUnit Run()
    {
        OpeningStock();
        for (var i = 0; i < monthCount; i++)
        {
            var m = from.PlusMonths(i);
            var start = m.FirstDay;
            var end = m.LastDay;
            LacMonth(i, m, start, end);
            var cpStarts = CpMonth(m, start, end, out var noPlanIcpcs);
            CinMonth(m, start, end, noPlanIcpcs);
            IcpcMonth(i, m, cpStarts, noPlanIcpcs);
            AdvocacyMonth(m, start, end);
            MissingMonth(m, start, end);
            ShortBreaksMonth(start, end);
        }
        CloseOpenStock();
        PendingS47s();
        FrontDoor();
        if (unitIndex == 0)
        {
            ContextEvents();
        }
        var data = new CaseData
        {
            ExtractDate = extract,
            Children = children,
            Contacts = contacts,
            Referrals = referrals,
            Assessments = assessments,
            Section47Enquiries = s47s,
            CpPlans = cpPlans,
            CpVisits = cpVisits,
            CinPlans = cinPlans,
            LacEpisodes = lacEpisodes,
            MissingEpisodes = missing,
            Advocacy = advocacy,
            EarlyHelp = earlyHelp,
            Events = events,
        };
        // the optional tables and columns come from a random stream of their own: the tables above are the same bytes without them
        data = SyntheticOptionalData.Add(data, options, unitIndex, prefix);
        return new SyntheticUnit(unitIndex, data, planted);
    }

    // ---------------------------------------------------------------- helpers

    private int Target(double value) => (int)Math.Round(value * f, MidpointRounding.AwayFromZero);

    private static int Share(double share, int n) => (int)Math.Round(share * n, MidpointRounding.AwayFromZero);

    private string Id(string kind, int n) => string.Concat(prefix, kind, n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));

    private int MonthOffset(DateOnly d) => ((d.Year * 12) + d.Month - 1) - from.Index;

    private DateOnly RandomDay(DateOnly a, DateOnly b) => b <= a ? a : a.AddDays(rng.Between(0, b.DayNumber - a.DayNumber));

    /// <summary>A random working day in [a, b]; the first working day after b when there is none in it.</summary>
    private DateOnly RandomWorkingDay(DateOnly a, DateOnly b)
    {
        var n = Cal.WorkingDaysBetween(a.AddDays(-1), b);
        if (n <= 0)
        {
            return Cal.AddWorkingDays(b, 1);
        }
        return Cal.AddWorkingDays(a.AddDays(-1), rng.Between(1, n));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private DateOnly? Closed(DateOnly end) => end > extract ? null : end;

    private static readonly string[] Ethnicities = ["WBRI", "WOTH", "WIRI", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "NOBT"];
    private static readonly double[] EthnicityWeights = [62, 7, 1, 3, 2, 1.5, 2, 2, 2, 1, 1.5, 2, 6, 1, 0.5, 2.5, 4];

    private ChildInfo NewChild(DateOnly at, int age, bool disabled = false, DateOnly? mustBeUnder18Until = null)
    {
        var minDays = age == 0 ? 70 : 1;
        var dob = at.AddYears(-age).AddDays(-rng.Between(minDays, 364));
        if (mustBeUnder18Until is { } u)
        {
            while (dob.AddYears(18) <= u && age >= 16)
            {
                dob = dob.AddDays(30);
            }
        }
        var id = Id("C", ++nChild);
        var postcode = HomePostcode();
        children.Add(new Child(
            id,
            rng.Chance(0.52) ? "M" : "F",
            dob,
            Ethnicities[rng.Pick(EthnicityWeights)],
            disabled ? "Y" : (rng.Chance(0.06) ? "Y" : "N"),
            postcode));
        return new ChildInfo(id, dob, postcode);
    }

    private static readonly string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private string Inward() => string.Concat(
        rng.Between(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture),
        InwardLetters[rng.Next(InwardLetters.Length)].ToString(),
        InwardLetters[rng.Next(InwardLetters.Length)].ToString());

    private string HomePostcode() => string.Concat("RM", rng.Between(1, 14).ToString(System.Globalization.CultureInfo.InvariantCulture), " ", Inward());

    private static readonly string[] NearAreas = ["IG1", "IG3", "IG6", "IG11", "RM8", "RM10", "RM15", "RM16", "RM17", "CM13", "CM14", "DA1", "E6", "E12", "SS14"];
    private static readonly string[] FarAreas = ["CO4", "CO15", "NR3", "NR30", "IP4", "ME7", "CT9", "TN34", "MK9", "LU2", "PE1", "B23", "NG7", "LE3", "BN2", "PO4", "M14", "SK4"];

    private string PlacementPostcode(PlaceClass c) => c switch
    {
        PlaceClass.Inside => HomePostcode(),
        PlaceClass.Near => string.Concat(NearAreas[rng.Next(NearAreas.Length)], " ", Inward()),
        PlaceClass.Far => string.Concat(FarAreas[rng.Next(FarAreas.Length)], " ", Inward()),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private double Distance(PlaceClass c) => c switch
    {
        PlaceClass.Inside => Math.Round(rng.Uniform(0.3, 7.5), 1),
        PlaceClass.Near => Math.Round(rng.Uniform(3.0, 19.9), 1),
        PlaceClass.Far => Math.Round(rng.Chance(0.7) ? rng.Uniform(20.2, 60) : rng.Uniform(60, 240), 1),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private static readonly string[] IssTeams = ["ISS North", PlantedTeam, "ISS Central"];

    /// <summary>Team of a section 47 / CP plan: the planted team (ISS South, the largest) handles about half of them.</summary>
    private string CpTeam() => IssTeams[rng.Pick([0.25, 0.5, 0.25])];

    private static readonly DateOnly FamiliesTogetherStart = new(2016, 9, 5);

    private string CinTeam(DateOnly start)
    {
        var u = rng.NextDouble();
        if (start >= FamiliesTogetherStart && u < 0.14)
        {
            return "Families Together";
        }
        if (u > 0.9)
        {
            return "Children with Disabilities";
        }
        return IssTeams[rng.Pick([0.34, 0.33, 0.33])];
    }

    private static readonly Dictionary<string, string[]> WorkersByTeam = BuildWorkers();

    private static Dictionary<string, string[]> BuildWorkers()
    {
        var codes = new (string Team, string Code)[]
        {
            ("MASH", "MA"), ("Assessment Team", "AT"), ("ISS North", "IN"), (PlantedTeam, "IS"), ("ISS Central", "IC"),
            ("Children with Disabilities", "CD"), ("Families Together", "FT"),
        };
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (team, code) in codes)
        {
            map[team] = [.. Enumerable.Range(1, 9).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{code}{i:D2}"))];
        }
        return map;
    }

    /// <summary>One of the team's nine workers (ids such as "IS04").</summary>
    private string Worker(string team) => WorkersByTeam[team][rng.Next(9)];

    private int CpDurationDays()
    {
        var u = rng.NextDouble();
        return u < 0.25 ? rng.Between(90, 180) : u < 0.70 ? rng.Between(181, 365) : u < 0.95 ? rng.Between(366, 600) : rng.Between(601, 900);
    }

    private int CinDurationDays()
    {
        var u = rng.NextDouble();
        return u < 0.25 ? rng.Between(60, 180) : u < 0.55 ? rng.Between(181, 365) : u < 0.85 ? rng.Between(366, 540) : rng.Between(541, 900);
    }

    private static readonly string[] AbuseCategories = ["NEG", "EMO", "PHY", "SAB", "MUL"];
    private static readonly double[] AbuseWeights = [45, 35, 10, 5, 5];

    private int ChildAge()
    {
        var u = rng.NextDouble();
        return u < 0.35 ? rng.Between(0, 4) : u < 0.65 ? rng.Between(5, 9) : u < 0.90 ? rng.Between(10, 14) : rng.Between(15, 16);
    }

    // ---------------------------------------------------------------- state types

    private sealed record ChildInfo(string Id, DateOnly Dob, string HomePostcode)
    {
        public int AgeOn(DateOnly d) => Ages.WholeYears(Dob, d);

        public DateOnly Eighteenth => Dob.AddYears(18);
    }

    private enum EndReason
    {
        Natural,
        Early,
        ToLac,
        ToCp,
    }

    private sealed class Plan(string id, ChildInfo child, DateOnly start, DateOnly end, string team, string worker)
    {
        public string Id { get; } = id;

        public ChildInfo Child { get; } = child;

        public DateOnly Start { get; } = start;

        public DateOnly End { get; set; } = end;

        public EndReason Reason { get; set; } = EndReason.Natural;

        public string Team { get; } = team;

        public string Worker { get; } = worker;

        public string? Category { get; init; }

        public string? LatestCategory { get; init; }
    }

    private enum PlaceClass
    {
        Inside,
        Near,
        Far,
        Unknown,
    }

    private sealed class Episode
    {
        public required string Id { get; init; }

        public required DateOnly Start { get; init; }

        public required string Rne { get; init; }

        public required string LegalStatus { get; init; }

        public required string CategoryOfNeed { get; init; }

        public required string PlacementType { get; init; }

        public required string Provider { get; init; }

        public required PlaceClass Class { get; init; }

        public string? Postcode { get; init; }

        public double? Distance { get; init; }
    }

    private sealed class CareChild(ChildInfo child, DateOnly periodStart, Episode current)
    {
        public ChildInfo Child { get; } = child;

        public DateOnly PeriodStart { get; } = periodStart;

        public Episode Current { get; set; } = current;

        /// <summary>Month index of the last change, so a child changes at most once a month.</summary>
        public int TouchedMonth { get; set; } = int.MinValue;

        public DateOnly? InterimOrderEnds { get; set; }
    }

    private sealed class Advocacy(string id, ChildInfo child, DateOnly start, DateOnly end)
    {
        public string Id { get; } = id;

        public ChildInfo Child { get; } = child;

        public DateOnly Start { get; } = start;

        public DateOnly End { get; set; } = end;
    }

    private sealed class IcpcItem(ChildInfo child, DateOnly conference, string team, Plan? cpPlan)
    {
        public ChildInfo Child { get; } = child;

        public DateOnly Conference { get; } = conference;

        public string Team { get; } = team;

        public Plan? CpPlan { get; } = cpPlan;

        public bool Planted { get; set; }

        public PlantedRowKind? Bad { get; set; }

        public int Delay { get; set; }

        public DateOnly Recorded { get; set; }
    }
}
