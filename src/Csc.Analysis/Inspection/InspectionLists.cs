namespace Csc.Analysis.Inspection;

/// <summary>The Annex A lists the pack measures, in the order of the Annex A (lists 1 to 10).</summary>
public static class InspectionLists
{
    /// <summary>List 1: contacts.</summary>
    public const string Contacts = "contacts";

    /// <summary>List 2: early help.</summary>
    public const string EarlyHelp = "early_help";

    /// <summary>List 3: referrals.</summary>
    public const string Referrals = "referrals";

    /// <summary>List 4: assessments.</summary>
    public const string Assessments = "assessments";

    /// <summary>List 5: section 47 enquiries and ICPCs.</summary>
    public const string Section47 = "s47";

    /// <summary>List 6: children in need.</summary>
    public const string ChildrenInNeed = "cin";

    /// <summary>List 7: child protection plans.</summary>
    public const string ChildProtection = "cp";

    /// <summary>List 8: children looked after.</summary>
    public const string LookedAfter = "lac";

    /// <summary>List 9: care leavers.</summary>
    public const string CareLeavers = "care_leavers";

    /// <summary>List 10: adoption.</summary>
    public const string Adoption = "adoption";

    /// <summary>Every list, in Annex A order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Contacts, EarlyHelp, Referrals, Assessments, Section47, ChildrenInNeed, ChildProtection, LookedAfter, CareLeavers, Adoption];

    /// <summary>The heading of a list in the report: "List 1: contacts".</summary>
    public static string Title(string list) => list switch
    {
        Contacts => "List 1: contacts",
        EarlyHelp => "List 2: early help",
        Referrals => "List 3: referrals",
        Assessments => "List 4: assessments",
        Section47 => "List 5: section 47 enquiries and ICPCs",
        ChildrenInNeed => "List 6: children in need",
        ChildProtection => "List 7: child protection plans",
        LookedAfter => "List 8: children looked after",
        CareLeavers => "List 9: care leavers",
        Adoption => "List 10: adoption",
        _ => list,
    };
}
