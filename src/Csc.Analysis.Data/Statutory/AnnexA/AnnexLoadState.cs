using System.Globalization;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

/// <summary>The Annex A code lists the loader checks codes against, and the label-to-code tables.</summary>
internal static class AnnexACodes
{
    private static IReadOnlySet<string> Set(params string[] codes) => new HashSet<string>(codes, StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> PrimaryNeed = Set("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    public static readonly IReadOnlySet<string> CategoryOfAbuse = Set("NEG", "PHY", "SAB", "EMO", "MUL");

    /// <summary>Category of abuse from a code or an Ofsted label ("b) Physical abuse" gives PHY); null when unrecognised.</summary>
    public static string? AbuseCategory(string text)
    {
        var t = StatutoryValues.StripListPrefix(text);
        var upper = t.ToUpperInvariant();
        if (CategoryOfAbuse.Contains(upper))
        {
            return upper;
        }
        var n = StatutoryValues.NormaliseLabel(t);
        return n switch
        {
            _ when n.StartsWith("neglect", StringComparison.Ordinal) => "NEG",
            _ when n.StartsWith("physical", StringComparison.Ordinal) => "PHY",
            _ when n.StartsWith("sexual", StringComparison.Ordinal) => "SAB",
            _ when n.StartsWith("emotional", StringComparison.Ordinal) => "EMO",
            _ when n.StartsWith("multiple", StringComparison.Ordinal) => "MUL",
            _ => null,
        };
    }

    /// <summary>The Ofsted label for a category of abuse code (the writer's form).</summary>
    public static string? AbuseLabel(string? code) => code switch
    {
        "NEG" => "a) Neglect",
        "PHY" => "b) Physical abuse",
        "SAB" => "c) Sexual abuse",
        "EMO" => "d) Emotional abuse",
        "MUL" => "e) Multiple/not recommended",
        _ => code,
    };
}

/// <summary>Accumulates what an Annex A load produces, list by list, and maps rows to domain records.</summary>
internal sealed class AnnexLoadState(IssueCollector sink, LoadOptions options)
{
    // Lists 9 to 11 are read and counted but not mapped to case records.
    private static readonly int[] UnmappedLists = [9, 10, 11];

    private readonly Dictionary<string, Child> children = new(StringComparer.Ordinal);
    private readonly List<string> childOrder = [];
    private readonly HashSet<string> conflictReported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> idCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> visitIds = new(StringComparer.Ordinal);
    private readonly long[] accepted = new long[12];
    private readonly long[] rejected = new long[12];
    private readonly Dictionary<string, long> otherCaseStatuses = new(StringComparer.Ordinal);
    private long blankNfa;
    private long repeatedVisits;
    private long missingEpisodes;
    private long absentEpisodes;
    private long rhiOfferedYes;
    private long rhiOfferedNo;
    private long rhiAcceptedYes;
    private long rhiAcceptedNo;

    public IssueCollector Sink { get; } = sink;

    public LoadOptions Options { get; } = options;

    public List<SourceFile> Files { get; } = [];

    public HashSet<int> ListsSeen { get; } = [];

    public List<Contact> Contacts { get; } = [];

    public List<EarlyHelpEpisode> EarlyHelp { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<Section47Enquiry> Section47 { get; } = [];

    public List<CinPlan> CinPlans { get; } = [];

    public List<CpPlan> CpPlans { get; } = [];

    public List<CpVisit> CpVisits { get; } = [];

    public List<LacEpisode> LacEpisodes { get; } = [];

    public void Accepted(int list) => accepted[list]++;

    private long Rows(int list) => accepted[list] + rejected[list];

    public void Rejected(int list) => rejected[list]++;

    /// <summary>Maps one row of <paramref name="list"/>; false when the row is unusable (the reason is already recorded).</summary>
    public bool Map(AnnexList list, AnnexRowReader r)
    {
        if (list.Number == 11)
        {
            return r.Text("AdopterId", required: true) is not null;
        }
        var errors = Sink.ErrorCount;
        var child = ReadChild(r);
        return list.Number switch
        {
            1 => MapContact(r, child, errors),
            2 => MapEarlyHelp(r, child, errors),
            3 => MapReferral(r, child, errors),
            4 => MapAssessment(r, child, errors),
            5 => MapSection47(r, child, errors),
            6 => MapCin(r, child, errors),
            7 => MapCp(r, child, errors),
            8 => MapLac(r, child, errors),
            9 => MapCareLeaverRow(r, child, errors),
            10 => MapAdoptionRow(r, child, errors),
            _ => child is not null,
        };
    }

    private string? ReadChild(AnnexRowReader r)
    {
        var id = r.Text("ChildId", required: true);
        var sexText = r.Text("Gender");
        var ethnicity = r.Code("Ethnicity");
        var dob = r.Date("DateOfBirth");
        var disability = r.Flag("Disability");
        string? sex = null;
        if (sexText is not null)
        {
            var n = StatutoryValues.NormaliseLabel(StatutoryValues.StripListPrefix(sexText));
            sex = n switch
            {
                "male" or "m" or "1" => "M",
                "female" or "f" or "2" => "F",
                _ => null,
            };
            if (sex is null && n is not ("notstatedrecorded" or "notstated" or "notrecorded" or "neither" or "unknown" or "u" or "0" or "9" or "indeterminate" or "other"))
            {
                Sink.Warning(StatutoryRules.CodeUnknown, r.Fields.File, r.Line, r.Column("Gender"), sexText,
                    $"{r.Column("Gender")} '{sexText}' is not a recognised gender (Male, Female, Not stated/recorded, Neither); read as unknown.");
            }
        }
        if (ethnicity is not null && !Ssda903Tables.Ethnic.Contains(ethnicity))
        {
            Sink.Warning(StatutoryRules.CodeUnknown, r.Fields.File, r.Line, r.Column("Ethnicity"), ethnicity,
                $"{r.Column("Ethnicity")} '{ethnicity}' is not a DfE ethnicity code; kept as written.");
        }
        if (id is null)
        {
            return null;
        }
        var incoming = new Child(id, sex, dob, ethnicity, disability switch { true => "Y", false => "N", null => null }, null);
        if (!children.TryGetValue(id, out var known))
        {
            children[id] = incoming;
            childOrder.Add(id);
            return id;
        }
        if (known.DateOfBirth is { } a && dob is { } b && a != b && conflictReported.Add(id))
        {
            Sink.Warning(StatutoryRules.ChildConflict, r.Fields.File, r.Line, r.Column("DateOfBirth"), IsoFormat.Date(b),
                $"Child {id} was first seen with date of birth {IsoFormat.Date(a)}; the first is kept. Reported once per child.");
        }
        children[id] = known with
        {
            Sex = known.Sex ?? incoming.Sex,
            DateOfBirth = known.DateOfBirth ?? incoming.DateOfBirth,
            Ethnicity = known.Ethnicity ?? incoming.Ethnicity,
            Disability = known.Disability ?? incoming.Disability,
        };
        return id;
    }

    private string NewId(string table, string child, DateOnly date)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{child}/{IsoFormat.Date(date)}");
        var key = table + "|" + id;
        var n = idCounts.TryGetValue(key, out var c) ? c + 1 : 1;
        idCounts[key] = n;
        return n == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}#{n}");
    }

    private bool MapContact(AnnexRowReader r, string? child, int errors)
    {
        var date = r.Date("ContactDate", required: true);
        var source = r.Code("ContactSource");
        if (child is null || date is not { } d || Sink.ErrorCount > errors)
        {
            return false;
        }
        Contacts.Add(new Contact(NewId("contact", child, d), child, d, source, BragRating.None, ContactOutcome.Other, null));
        return true;
    }

    private bool MapEarlyHelp(AnnexRowReader r, string? child, int errors)
    {
        var start = r.Date("EhStart", required: true);
        var end = r.Date("EhEnd");
        if (start is { } s0)
        {
            r.Fields.CheckOrder(r.Line, r.Column("EhStart"), s0, r.Column("EhEnd"), end);
        }
        if (child is null || start is not { } s || Sink.ErrorCount > errors)
        {
            return false;
        }
        EarlyHelp.Add(new EarlyHelpEpisode(NewId("eh", child, s), child, s, end, EarlyHelpRoute.Other));
        return true;
    }

    private bool MapReferral(AnnexRowReader r, string? child, int errors)
    {
        var date = r.Date("ReferralDate", required: true);
        var source = r.Code("ReferralSource");
        var nfa = r.Flag("ReferralNfa");
        var team = r.Text("Team");
        var worker = r.Text("Worker");
        if (child is null || date is not { } d || Sink.ErrorCount > errors)
        {
            return false;
        }
        if (nfa is null)
        {
            blankNfa++;
        }
        Referrals.Add(new Referral(NewId("referral", child, d), child, d, source, nfa ?? false, team, worker));
        return true;
    }

    private bool MapAssessment(AnnexRowReader r, string? child, int errors)
    {
        var start = r.Date("AssessmentStart", required: true);
        var authorised = r.Date("AssessmentAuthorised");
        var needText = r.Text("AssessmentNeed");
        AssessmentOutcome? outcome = null;
        if (needText is not null)
        {
            outcome = StatutoryValues.TryParseFlag(needText) switch
            {
                true => AssessmentOutcome.Cin,
                false => AssessmentOutcome.Nfa,
                null => null,
            };
            if (outcome is null)
            {
                Sink.Warning(StatutoryRules.FlagFormat, r.Fields.File, r.Line, r.Column("AssessmentNeed"), needText,
                    $"{r.Column("AssessmentNeed")} should be Yes or No; the outcome is left blank.");
            }
        }
        var team = r.Text("Team");
        var worker = r.Text("Worker");
        if (start is { } s0)
        {
            r.Fields.CheckOrder(r.Line, r.Column("AssessmentStart"), s0, r.Column("AssessmentAuthorised"), authorised);
        }
        if (child is null || start is not { } s || Sink.ErrorCount > errors)
        {
            return false;
        }
        Assessments.Add(new Assessment(NewId("assessment", child, s), child, null, s, authorised, outcome, team, worker));
        return true;
    }

    private bool MapSection47(AnnexRowReader r, string? child, int errors)
    {
        var strategy = r.Date("StrategyDate", required: true);
        var notRequired = r.Flag("IcpcNotRequired");
        var icpc = r.Date("IcpcDate");
        var plan = r.Flag("IcpcPlan");
        var team = r.Text("Team");
        var worker = r.Text("Worker");
        if (child is null || strategy is not { } s || Sink.ErrorCount > errors)
        {
            return false;
        }
        Section47.Add(new Section47Enquiry(NewId("s47", child, s), child, s, notRequired ?? false, icpc, null, plan, team, worker));
        return true;
    }

    private bool MapCin(AnnexRowReader r, string? child, int errors)
    {
        var start = r.Date("CinStart", required: true);
        var end = r.Date("CinEnd");
        var need = r.Code("PrimaryNeed");
        if (need is not null && !AnnexACodes.PrimaryNeed.Contains(need))
        {
            Sink.Warning(StatutoryRules.CodeUnknown, r.Fields.File, r.Line, r.Column("PrimaryNeed"), need, $"{r.Column("PrimaryNeed")} '{need}' is not a primary need code (N0-N9); kept as written.");
        }
        var status = r.Text("CaseStatus");
        var team = r.Text("Team");
        var worker = r.Text("Worker");
        if (start is { } s0)
        {
            r.Fields.CheckOrder(r.Line, r.Column("CinStart"), s0, r.Column("CinEnd"), end);
        }
        if (child is null || start is not { } s || Sink.ErrorCount > errors)
        {
            return false;
        }
        if (StatusColumnPresent && !IsCinPlanStatus(status))
        {
            var label = status is null ? "(blank)" : StatutoryValues.StripListPrefix(status);
            otherCaseStatuses[label] = otherCaseStatuses.GetValueOrDefault(label) + 1;
            return true;
        }
        CinPlans.Add(new CinPlan(NewId("cin", child, s), child, s, end, team, worker));
        return true;
    }

    /// <summary>Set per list 6 source: whether the Case Status column exists (without it every row is a CIN plan).</summary>
    public bool StatusColumnPresent { get; set; } = true;

    private static bool IsCinPlanStatus(string? status)
    {
        if (status is null)
        {
            return false;
        }
        var n = StatutoryValues.NormaliseLabel(StatutoryValues.StripListPrefix(status));
        return n is "childinneedplan" or "cinplan" or "cin" or "childinneed";
    }

    private bool MapCp(AnnexRowReader r, string? child, int errors)
    {
        var start = r.Date("CppStart", required: true);
        var end = r.Date("CppEnd");
        var initial = Category(r, "InitialCategory");
        var latest = Category(r, "LatestCategory");
        var visit = r.Date("LastVisit");
        var alone = r.Flag("SeenAlone");
        var team = r.Text("Team");
        var worker = r.Text("Worker");
        int? previous = null;
        r.Fields.Leniently(() => previous = r.Count("PreviousPlans"));
        previousPlansColumn |= r.Has("PreviousPlans");
        if (start is { } s0)
        {
            r.Fields.CheckOrder(r.Line, r.Column("CppStart"), s0, r.Column("CppEnd"), end);
        }
        if (child is null || start is not { } s || Sink.ErrorCount > errors)
        {
            return false;
        }
        CpPlans.Add(new CpPlan(NewId("cp", child, s), child, s, end, initial, latest, team, worker) { PreviousCpPlans = previous });
        if (visit is { } v)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{child}/{IsoFormat.Date(v)}");
            if (visitIds.Add(id))
            {
                CpVisits.Add(new CpVisit(id, child, v, alone, worker));
            }
            else
            {
                repeatedVisits++;
            }
        }
        return true;
    }

    private string? Category(AnnexRowReader r, string key)
    {
        var text = r.Text(key);
        if (text is null)
        {
            return null;
        }
        var code = AnnexACodes.AbuseCategory(text);
        if (code is null)
        {
            Sink.Warning(StatutoryRules.CodeUnknown, r.Fields.File, r.Line, r.Column(key), text,
                $"{r.Column(key)} '{text}' is not a category of abuse (Neglect, Physical abuse, Sexual abuse, Emotional abuse, Multiple); kept as written.");
            return text;
        }
        return code;
    }

    private bool MapLac(AnnexRowReader r, string? child, int errors)
    {
        var start = r.Date("LacStart", required: true);
        var end = r.Date("LacEnd");
        var cin = CheckedCode(r, "CategoryOfNeed", Ssda903Tables.CategoryOfNeed);
        var ls = CheckedCode(r, "LegalStatus", Ssda903Tables.LegalStatus, required: true);
        var reason = CheckedCode(r, "ReasonCeased", Ssda903Tables.ReasonEpisodeCeased);
        var place = CheckedCode(r, "PlacementType", Ssda903Tables.PlacementType);
        var provider = CheckedCode(r, "PlacementProvider", Ssda903Tables.PlacementProvider);
        var postcode = r.Text("PlacementPostcode");
        var locationText = r.Text("PlacementLocation");
        bool? inside = null;
        if (locationText is not null)
        {
            inside = StatutoryValues.NormaliseLabel(StatutoryValues.StripListPrefix(locationText)) switch
            {
                "in" or "inside" or "insidela" => true,
                "out" or "outside" or "outsidela" => false,
                _ => null,
            };
            if (inside is null)
            {
                Sink.Warning(StatutoryRules.CodeUnknown, r.Fields.File, r.Line, r.Column("PlacementLocation"), locationText,
                    $"{r.Column("PlacementLocation")} should be In or Out; read as unknown.");
            }
        }
        bool? uasc = null;
        DateOnly? health = null;
        DateOnly? dental = null;
        r.Fields.Leniently(() =>
        {
            uasc = r.Flag("Uasc");
            health = r.Date("LastHealthAssessment");
            dental = r.Date("LastDentalCheck");
        });
        healthColumns |= r.Has("LastHealthAssessment") || r.Has("LastDentalCheck");
        uascColumn |= r.Has("Uasc");
        var missing = r.Count("MissingCount");
        var absent = r.Count("AbsentCount");
        var offered = r.Flag("RhiOffered");
        var acceptedRhi = r.Flag("RhiAccepted");
        if (start is { } s0)
        {
            r.Fields.CheckOrder(r.Line, r.Column("LacStart"), s0, r.Column("LacEnd"), end);
        }
        if (child is null || start is not { } s || ls is null || Sink.ErrorCount > errors)
        {
            return false;
        }
        missingColumn |= r.Has("MissingCount");
        if (missing is not null || absent is not null || offered is not null || acceptedRhi is not null)
        {
            MissingRows.Add(new AnnexAMissingRow(child, missing, absent, offered, acceptedRhi));
        }
        missingEpisodes += missing ?? 0;
        absentEpisodes += absent ?? 0;
        if (offered is { } o)
        {
            _ = o ? rhiOfferedYes++ : rhiOfferedNo++;
        }
        if (acceptedRhi is { } a)
        {
            _ = a ? rhiAcceptedYes++ : rhiAcceptedNo++;
        }
        LacEpisodes.Add(new LacEpisode(NewId("lac", child, s), child, s, end, null, ls, cin, place, provider, postcode, null, inside, reason));
        // The list holds the last check of each type: one completed check on that day (repeats across rows are one check).
        foreach (var (type, date) in new[] { (HealthCheckType.HealthAssessment, health), (HealthCheckType.DentalCheck, dental) })
        {
            if (date is { } d && healthIds.Add(string.Create(CultureInfo.InvariantCulture, $"{child}/{type}/{IsoFormat.Date(d)}")))
            {
                var code = type == HealthCheckType.HealthAssessment ? "HEALTH_ASSESSMENT" : "DENTAL_CHECK";
                LacHealth.Add(new LacHealthCheck(string.Create(CultureInfo.InvariantCulture, $"{child}/{code}/{IsoFormat.Date(d)}"), child, type, d, HealthCheckStatus.Completed));
            }
        }
        // "UASC within the last 12 months": a yes on any of the child's rows stands.
        if (uasc is { } u && children[child].Uasc is not true)
        {
            children[child] = children[child] with { Uasc = u };
        }
        return true;
    }

    private string? CheckedCode(AnnexRowReader r, string key, IReadOnlySet<string> codes, bool required = false)
    {
        var code = r.Code(key, required);
        if (code is not null && !codes.Contains(code))
        {
            Sink.Warning(StatutoryRules.CodeUnknown, r.Fields.File, r.Line, r.Column(key), code,
                $"{r.Column(key)} '{code}' is not in the SSDA903 code list; kept as written.");
        }
        return code;
    }

    /// <summary>The case data, with the info issues that say what Annex A does not carry.</summary>
    public CaseData Build(string file)
    {
        string Counts(int list) => string.Create(CultureInfo.InvariantCulture, $"{accepted[list] + rejected[list]} rows: {accepted[list]} valid, {rejected[list]} with errors");
        foreach (var list in AnnexALists.All.Where(l => ListsSeen.Count > 0 && l.Number <= 8 && !ListsSeen.Contains(l.Number)))
        {
            Sink.Info(StatutoryRules.ListMissing, file, null, null, null, $"List {list.Number} ({list.Title}) is not in the return; its records are empty.");
        }
        if (ListsSeen.Count > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, null, null,
                "Annex A lists cover only the 6 to 12 months before the inspection; earlier activity is not in the return. Records have no ids in Annex A: each id is the child id and the list's key date (for example 1234/2020-09-16, with #2 for a repeat).");
        }
        if (Rows(1) > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 1", null,
                $"List 1 ({Counts(1)}) has no contact outcome, BRAG rating or team: contacts are loaded with outcome Other and no rating.");
        }
        if (Rows(2) > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 2", null,
                $"List 2 ({Counts(2)}) holds early help assessments: each is loaded as an early help episode from the assessment start to its completion, route Other.");
        }
        if (ListsSeen.Contains(3) && blankNfa > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 3", null,
                $"{blankNfa} referrals have a blank 'Referral NFA?' and are read as not NFA.");
        }
        if (Rows(4) > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 4", null,
                $"List 4 ({Counts(4)}) does not link assessments to referrals; the outcome is CIN when the child was assessed as needing support, NFA when not.");
        }
        if (Rows(5) > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 5", null,
                $"List 5 ({Counts(5)}) has no date the ICPC was recorded on the system: IcpcRecordedDate is blank.");
        }
        if (ListsSeen.Contains(6) && otherCaseStatuses.Count > 0)
        {
            var detail = string.Join(", ", otherCaseStatuses.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {kv.Value}"));
            Sink.Info(StatutoryRules.NotMapped, file, null, "List 6", null,
                $"List 6 rows whose case status is not a child in need plan are not loaded as CIN plans ({detail}); their CP plans and care episodes come from lists 7 and 8.");
        }
        if (Rows(7) > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 7", null,
                $"List 7 ({Counts(7)}) has only the last statutory visit of each plan: earlier visits are not in Annex A.{(repeatedVisits > 0 ? $" {repeatedVisits} visits repeated on several plan rows were loaded once." : string.Empty)}");
        }
        if (Rows(8) > 0)
        {
            Sink.Info(StatutoryRules.NotCarried, file, null, "List 8", null,
                $"List 8 ({Counts(8)}) has one row per period of care: each is loaded as one episode from the date the child started to be looked after, with the current legal status and placement (earlier changes are not in Annex A, nor is the reason for a new episode). Missing-episode counts ({missingEpisodes} missing, {absentEpisodes} absent in the last 12 months) and the return interview after the last missing episode (offered: {rhiOfferedYes} yes, {rhiOfferedNo} no; accepted: {rhiAcceptedYes} yes, {rhiAcceptedNo} no) have no dates, so they are not loaded as missing episodes.");
        }
        foreach (var n in UnmappedLists.Where(n => Rows(n) > 0))
        {
            Sink.Info(StatutoryRules.NotMapped, file, null, $"List {n}", null,
                $"List {n} ({AnnexALists.All[n - 1].Title}; {Counts(n)}) was read and validated but the domain model has no place for it." + (n is 9 or 10 ? " Its valid rows are kept as Annex A rows for the inspection pack." : string.Empty));
        }
        return new CaseData
        {
            ExtractDate = Options.ExtractDate,
            Children = [.. childOrder.Select(id => children[id])],
            Contacts = Contacts,
            Referrals = Referrals,
            Assessments = Assessments,
            Section47Enquiries = Section47,
            CpPlans = CpPlans,
            CpVisits = CpVisits,
            CinPlans = CinPlans,
            LacEpisodes = LacEpisodes,
            EarlyHelp = EarlyHelp,
            LacHealth = LacHealth,
            AnnexA = new AnnexAListRows
            {
                CareLeavers = CareLeaverRows,
                HasCareLeavers = ListsSeen.Contains(9),
                Adoptions = AdoptionRows,
                HasAdoptions = ListsSeen.Contains(10),
                Missing = MissingRows,
                HasMissing = missingColumn,
            },
            Supplied = Supplied(),
        };
    }

    /// <summary>List 9 rows, kept as rows for the inspection pack.</summary>
    public List<AnnexACareLeaverRow> CareLeaverRows { get; } = [];

    /// <summary>List 10 rows, kept as rows for the inspection pack.</summary>
    public List<AnnexAAdoptionRow> AdoptionRows { get; } = [];

    /// <summary>List 8's missing summaries.</summary>
    public List<AnnexAMissingRow> MissingRows { get; } = [];

    private bool missingColumn;

    private bool MapCareLeaverRow(AnnexRowReader r, string? child, int errors)
    {
        static string? Plain(string? text) => text is null ? null : StatutoryValues.StripListPrefix(text).Trim();
        var eligibility = Plain(r.Text("Eligibility"));
        var inTouch = Plain(r.Text("InTouch"));
        var accommodation = Plain(r.Text("Accommodation"));
        var suitability = Plain(r.Text("Suitability"));
        var activity = r.Code("Activity");
        if (child is null || Sink.ErrorCount > errors)
        {
            return false;
        }
        CareLeaverRows.Add(new AnnexACareLeaverRow(child, eligibility, inTouch, accommodation, suitability, activity));
        return true;
    }

    private bool MapAdoptionRow(AnnexRowReader r, string? child, int errors)
    {
        var row = new AnnexAAdoptionRow(child ?? string.Empty, r.Date("EnteredCare"), r.Date("DecisionDate"), r.Date("PlacementOrderDate"),
            r.Date("MatchedDate"), r.Date("PlacedDate"), r.Date("AdoptionOrderDate"), r.Date("NoLongerDate"));
        if (child is null || Sink.ErrorCount > errors)
        {
            return false;
        }
        AdoptionRows.Add(row);
        return true;
    }

    /// <summary>List 8's last health assessment and dental check of each child.</summary>
    public List<LacHealthCheck> LacHealth { get; } = [];

    private readonly HashSet<string> healthIds = new(StringComparer.Ordinal);

    private bool healthColumns;

    private bool previousPlansColumn;

    private bool uascColumn;

    /// <summary>The tables the lists seen give (any list gives children) and the optional columns their headers had.</summary>
    private DataSupplied Supplied()
    {
        var tables = new HashSet<CaseTable>();
        foreach (var n in ListsSeen)
        {
            CaseTable[] given = n switch
            {
                1 => [CaseTable.Contacts],
                2 => [CaseTable.EarlyHelp],
                3 => [CaseTable.Referrals],
                4 => [CaseTable.Assessments],
                5 => [CaseTable.Section47],
                6 => [CaseTable.CinPlans],
                7 => [CaseTable.CpPlans, CaseTable.CpVisits],
                8 => [CaseTable.LacEpisodes],
                _ => [],
            };
            tables.UnionWith(given);
            if (n <= 10)
            {
                tables.Add(CaseTable.Children);
            }
        }
        if (healthColumns)
        {
            tables.Add(CaseTable.LacHealth);
        }
        var fields = new HashSet<OptionalField>();
        if (previousPlansColumn)
        {
            fields.Add(OptionalField.CpPlanPreviousPlans);
        }
        if (uascColumn)
        {
            fields.Add(OptionalField.ChildUasc);
        }
        return new DataSupplied { Tables = tables, Fields = fields };
    }
}
