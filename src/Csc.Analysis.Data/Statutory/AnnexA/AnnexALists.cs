namespace Csc.Analysis.Data.Statutory;

/// <summary>What an Annex A column holds, for validation.</summary>
internal enum AnnexFieldKind
{
    Text,
    Date,
    Flag,
    Count,
    Decimal,
}

/// <summary>One Annex A column: the kit's key, the Ofsted label (first) and the variants councils use.</summary>
internal sealed record AnnexField(string Key, AnnexFieldKind Kind, bool Required, IReadOnlyList<string> Labels)
{
    /// <summary>The Ofsted template's label (the one the writer uses).</summary>
    public string Label => Labels[0];

    public ColumnSpec ToColumnSpec() => new(Key, Required, Labels);
}

/// <summary>One Annex A list: its number, title and columns in the Ofsted template's order.</summary>
internal sealed record AnnexList(int Number, string Title, IReadOnlyList<AnnexField> Fields)
{
    /// <summary>The sheet name the writer uses ("List 1").</summary>
    public string SheetName => $"List {Number}";

    /// <summary>The CSV file name the writer uses ("list_1_contacts.csv").</summary>
    public string CsvName => $"list_{Number}_{StatutoryValues.NormaliseLabel(Title.Replace(' ', '_'))}.csv";

    /// <summary>The field that identifies the row's subject (Child Unique ID; the adopter id in list 11).</summary>
    public AnnexField IdField => Fields[0];

    public AnnexField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>
/// The eleven Ofsted Annex A lists (ILACS child-level data, 2019 template used since) with the
/// header-label variants met in council workbooks. Labels are matched ignoring case, spaces and
/// punctuation, so "Date of referral", "Date of Referral " and "DATE_OF_REFERRAL" are one label.
/// </summary>
internal static class AnnexALists
{
    private static AnnexField F(string key, AnnexFieldKind kind, params string[] labels) => new(key, kind, false, labels);

    private static AnnexField R(string key, AnnexFieldKind kind, params string[] labels) => new(key, kind, true, labels);

    private const AnnexFieldKind T = AnnexFieldKind.Text;
    private const AnnexFieldKind D = AnnexFieldKind.Date;
    private const AnnexFieldKind B = AnnexFieldKind.Flag;
    private const AnnexFieldKind N = AnnexFieldKind.Count;

    private static readonly AnnexField ChildId = R("ChildId", T, "Child Unique ID", "Child ID", "Child Identifier", "Unique Child ID", "Child Unique Identifier", "ID", "LA Child ID", "Person ID");
    private static readonly AnnexField Gender = F("Gender", T, "Gender", "Sex");
    private static readonly AnnexField Ethnicity = F("Ethnicity", T, "Ethnicity", "Ethnic Origin");
    private static readonly AnnexField DateOfBirth = F("DateOfBirth", D, "Date of Birth", "DOB", "Birth Date");
    private static readonly AnnexField Age = F("Age", AnnexFieldKind.Decimal, "Age of Child (Years)", "Age", "Age of Child", "Age (Years)");
    private static readonly AnnexField Disability = F("Disability", B, "Does the Child have a Disability", "Disability", "Has Disability");
    private static readonly AnnexField Team = F("Team", T, "Allocated Team", "Team");
    private static readonly AnnexField Worker = F("Worker", T, "Allocated Worker", "Worker", "Social Worker");

    public static readonly AnnexList Contacts = new(1, "Contacts",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age,
        R("ContactDate", D, "Date of Contact", "Contact Date"),
        F("ContactSource", T, "Contact Source", "Source of Contact"),
    ]);

    public static readonly AnnexList EarlyHelp = new(2, "Early Help",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age,
        R("EhStart", D, "Assessment start date", "Early Help Assessment Start Date", "EH Assessment Start Date"),
        F("EhEnd", D, "Assessment completion date", "Early Help Assessment Completion Date", "EH Assessment Completion Date"),
        F("EhOrganisation", T, "Organisation completing assessment"),
    ]);

    public static readonly AnnexList Referrals = new(3, "Referrals",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age,
        R("ReferralDate", D, "Date of Referral", "Referral Date"),
        F("ReferralSource", T, "Referral Source", "Source of Referral"),
        F("ReferralNfa", B, "Referral NFA?", "Referral NFA", "Referral No Further Action"),
        F("ReferralsLast12", N, "Number of Referrals in Last 12 Months"),
        Team, Worker,
    ]);

    public static readonly AnnexList Assessments = new(4, "Assessments",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age, Disability,
        R("AssessmentStart", D, "Continuous Assessment Start Date", "Assessment Start Date", "Single Assessment Start Date"),
        F("ChildSeen", B, "Child Seen During Continuous Assessment", "Child Seen During Assessment"),
        F("AssessmentAuthorised", D, "Continuous Assessment Date of Authorisation", "Assessment Authorisation Date", "Assessment Date of Authorisation", "Single Assessment Date of Authorisation"),
        F("AssessmentNeed", B, "Was the child assessed as requiring LA children's social care support?", "Was the child assessed as requiring LA children’s social care support", "Was the child assessed as being in need at assessment?"),
        Team, Worker,
    ]);

    public static readonly AnnexList Section47 = new(5, "Section 47 enquiries and ICPCs",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age, Disability,
        R("StrategyDate", D, "Strategy discussion initiating Section 47 Enquiry Start Date", "Section 47 Enquiry Start Date", "S47 Start Date", "Strategy Discussion Date"),
        F("IcpcNotRequired", B, "Was an Initial Child Protection Conference deemed unnecessary?", "ICPC deemed unnecessary"),
        F("IcpcDate", D, "Date of Initial Child Protection Conference", "ICPC Date", "Date of ICPC"),
        F("IcpcPlan", B, "Did the Initial Child Protection Conference Result in a Child Protection Plan", "Did the ICPC result in a Child Protection Plan"),
        F("S47Last12", N, "Number of Section 47 Enquiries in the last 12 months"),
        F("IcpcLast12", N, "Number of ICPCs in the last 12 months"),
        Team, Worker,
    ]);

    public static readonly AnnexList ChildrenInNeed = new(6, "Children in Need",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age, Disability,
        R("CinStart", D, "CIN Start Date", "Child in Need Start Date"),
        F("PrimaryNeed", T, "Primary Need Code", "Primary Need"),
        F("LastSeen", D, "Date Child Was Last Seen"),
        F("CinEnd", D, "CIN Closure Date", "Child in Need Closure Date"),
        F("ClosureReason", T, "Reason for Closure"),
        F("CaseStatus", T, "Case Status"),
        Team, Worker,
    ]);

    public static readonly AnnexList ChildProtection = new(7, "Child Protection",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age, Disability,
        R("CppStart", D, "Child Protection Plan Start Date", "CP Plan Start Date"),
        F("InitialCategory", T, "Initial Category of Abuse"),
        F("LatestCategory", T, "Latest Category of Abuse"),
        F("LastVisit", D, "Date of the Last Statutory Visit", "Date of Last Statutory Visit"),
        F("SeenAlone", B, "Was the Child Seen Alone?"),
        F("LatestReview", D, "Date of latest review conference"),
        F("CppEnd", D, "Child Protection Plan End Date", "CP Plan End Date"),
        F("Epo", B, "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"),
        F("PreviousPlans", N, "Number of Previous Child Protection Plans"),
        Team, Worker,
    ]);

    public static readonly AnnexList ChildrenInCare = new(8, "Children in Care",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age,
        F("Uasc", B, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "UASC"),
        Disability,
        R("LacStart", D, "Date Started to be Looked After", "Date Started Looked After", "Date Became Looked After"),
        F("CategoryOfNeed", T, "Child's Category of Need", "Category of Need"),
        F("SubsequentPeriod", B, "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"),
        F("LegalStatusStart", D, "Start date of current legal status"),
        F("LegalStatus", T, "Child's Legal Status", "Legal Status"),
        F("LatestReview", D, "Date of Latest Statutory Review"),
        F("LastVisit", D, "Date of Last Social Work Visit"),
        F("PermanencePlan", T, "What is the permanence plan for this child?"),
        F("LastIroContact", D, "Date of Last IRO Visit / Contact to the Child"),
        F("LastHealthAssessment", D, "Date of Last Health Assessment"),
        F("LastDentalCheck", D, "Date of Last Dental Check"),
        F("PlacementsLast12", N, "Number of Placements in the Last 12 months"),
        F("LacEnd", D, "Date Ceased to be Looked After"),
        F("ReasonCeased", T, "Reason Ceased to be Looked After"),
        F("PlacementStart", D, "Start Date of Most Recent Placement"),
        F("PlacementType", T, "Placement Type"),
        F("PlacementProvider", T, "Placement Provider"),
        F("PlacementPostcode", T, "Placement postcode"),
        F("PlacementUrn", T, "URN of Placement"),
        F("PlacementLocation", T, "Placement Location"),
        F("PlacementLa", T, "LA of Placement"),
        F("MissingCount", N, "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months"),
        F("AbsentCount", N, "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months"),
        F("RhiOffered", B, "Was the child offered a Return Interview after their last missing episode (Y/N)?"),
        F("RhiAccepted", B, "Did the child accept a Return Interview after their last missing episode (Y/N)?"),
        Team, Worker,
    ]);

    public static readonly AnnexList CareLeavers = new(9, "Care Leavers",
    [
        ChildId, Gender, Ethnicity, DateOfBirth, Age, Disability, Team, Worker,
        F("Eligibility", T, "Eligibility Category"),
        F("InTouch", T, "LA in Touch"),
        F("Accommodation", T, "Type of Accommodation"),
        F("Suitability", T, "Suitability of Accommodation"),
        F("Activity", T, "Activity Status"),
    ]);

    public static readonly AnnexList Adoption = new(10, "Adoption",
    [
        ChildId,
        F("FamilyId", T, "Family identifier"),
        Gender, Ethnicity, DateOfBirth, Age, Disability,
        F("EnteredCare", D, "Date the Child Entered Care"),
        F("DecisionDate", D, "Date of Decision that Child Should be Placed for Adoption"),
        F("PlacementOrderDate", D, "Date of Placement Order"),
        F("MatchedDate", D, "Date of Matching Child and Prospective Adopters"),
        F("PlacedDate", D, "Date Placed for Adoption"),
        F("AdoptionOrderDate", D, "Date of Adoption Order"),
        F("NoLongerDate", D, "Date of Decision that Child Should No Longer be Placed for Adoption"),
        F("NoLongerReason", T, "Reason Why Child No Longer Placed for Adoption"),
        F("FfaDate", D, "Date the child was placed for fostering in FFA or concurrent planning placement"),
    ]);

    public static readonly AnnexList Adopters = new(11, "Adopters",
    [
        R("AdopterId", T, "Individual adopter identifier", "Adopter ID", "Adopter identifier"),
        F("FamilyId", T, "Family identifier"),
        Gender, Ethnicity,
        F("Disability", B, "Disability", "Does the adopter have a disability"),
        F("Ffa", B, "Is the (prospective) adopter fostering for adoption?"),
        F("EnquiryDate", D, "Date enquiry received"),
        F("Stage1Start", D, "Date Stage 1 started"),
        F("Stage1End", D, "Date Stage 1 ended"),
        F("Stage2Start", D, "Date Stage 2 started"),
        F("Stage2End", D, "Date Stage 2 ended"),
        F("ApplicationDate", D, "Date application submitted"),
        F("ApprovedDate", D, "Date application approved"),
        F("MatchedDate", D, "Date adopter matched with child(ren)"),
        F("PlacedDate", D, "Date child/children placed with adopter(s)"),
        F("ChildrenPlaced", N, "No. of children placed"),
        F("AdoptionOrderDate", D, "Date of Adoption Order"),
        F("LeftDate", D, "Date of leaving adoption process"),
        F("LeftReason", T, "Reason for leaving adoption process"),
    ]);

    public static readonly IReadOnlyList<AnnexList> All =
        [Contacts, EarlyHelp, Referrals, Assessments, Section47, ChildrenInNeed, ChildProtection, ChildrenInCare, CareLeavers, Adoption, Adopters];

    /// <summary>The list number in a sheet or file name ("List 1", "List_10", "Annex_A_List_3 Referrals.csv"), or null.</summary>
    public static int? NumberFromName(string name)
    {
        var n = StatutoryValues.NormaliseLabel(Path.GetFileNameWithoutExtension(name));
        var i = n.IndexOf("list", StringComparison.Ordinal);
        while (i >= 0)
        {
            var j = i + 4;
            var k = j;
            while (k < n.Length && k - j < 3 && char.IsAsciiDigit(n[k]))
            {
                k++;
            }
            if (k > j && int.TryParse(n.AsSpan(j, k - j), out var number) && number is >= 1 and <= 11)
            {
                return number;
            }
            i = n.IndexOf("list", i + 4, StringComparison.Ordinal);
        }
        return null;
    }

    /// <summary>True when <paramref name="label"/> is one of the id column's labels (a header row has one).</summary>
    public static bool IsIdLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return false;
        }
        var n = StatutoryValues.NormaliseLabel(label);
        return ChildId.Labels.Concat(Adopters.IdField.Labels).Any(l => StatutoryValues.NormaliseLabel(l) == n);
    }

    /// <summary>The list whose column labels best match <paramref name="header"/> (at least half of its list-specific columns), or null.</summary>
    public static AnnexList? Identify(IReadOnlyList<string> header)
    {
        var present = new HashSet<string>(header.Select(StatutoryValues.NormaliseLabel), StringComparer.Ordinal);
        var common = new HashSet<string>(StringComparer.Ordinal) { "ChildId", "Gender", "Ethnicity", "DateOfBirth", "Age", "Disability", "Team", "Worker" };
        AnnexList? best = null;
        var bestScore = 0.0;
        foreach (var list in All)
        {
            var specific = list.Fields.Where(f => !common.Contains(f.Key)).ToList();
            var hits = specific.Count(f => f.Labels.Any(l => present.Contains(StatutoryValues.NormaliseLabel(l))));
            var score = (double)hits / specific.Count;
            if (score > bestScore)
            {
                best = list;
                bestScore = score;
            }
        }
        return bestScore >= 0.5 ? best : null;
    }
}
