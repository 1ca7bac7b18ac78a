namespace Csc.Analysis.Kpis;

/// <summary>What a KPI's value is measured in.</summary>
public enum KpiUnit
{
    /// <summary>A number of children or events.</summary>
    Count,

    /// <summary>A percentage, 0 to 100: 100 × numerator / denominator.</summary>
    Percent,

    /// <summary>A plain ratio: numerator / denominator.</summary>
    Ratio,
}

/// <summary>Which direction is good.</summary>
public enum KpiPolarity
{
    /// <summary>Neither direction is good in itself (volumes of demand).</summary>
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How a KPI is measured in time.</summary>
public enum KpiKind
{
    /// <summary>Events dated in the month (contacts, ICPCs held, episodes ending): YTD sums or pools months.</summary>
    Flow,

    /// <summary>Open at month end (plans, children looked after): a count has no YTD; a percentage pools the month-end cohorts.</summary>
    Snapshot,
}

/// <summary>The area of the KPI pack a KPI belongs to.</summary>
public enum KpiArea
{
    FrontDoor,
    ChildProtection,
    ChildrenInNeed,
    LookedAfter,
}

/// <summary>Red, amber, green rating. <see cref="None"/> when the KPI has no target or no value.</summary>
public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}

/// <summary>Which figure a KPI is rated on: the month's value or the year-to-date value.</summary>
public enum RateOn
{
    Month,
    YearToDate,
}

/// <summary>How a KPI's year to date (from 1 April) is made.</summary>
public enum KpiYtdRule
{
    /// <summary>No YTD (snapshot counts and ratios).</summary>
    None,

    /// <summary>Sum of the monthly counts.</summary>
    Sum,

    /// <summary>Sum of numerators over sum of denominators.</summary>
    Pool,
}

/// <summary>Case-data tables a KPI reads; a KPI whose tables are all empty has no value (rather than a false zero).</summary>
[Flags]
public enum KpiSources
{
    None = 0,
    Contacts = 1,
    Referrals = 2,
    Assessments = 4,
    Section47 = 8,
    CpPlans = 16,
    CpVisits = 32,
    CinPlans = 64,
    LacEpisodes = 128,
    MissingEpisodes = 256,
    Advocacy = 512,
    EarlyHelp = 1024,
}

/// <summary>Where an assessment's clock starts for the timeliness KPI.</summary>
public enum AssessmentClockStart
{
    /// <summary>The assessment's start date (the DfE measure).</summary>
    AssessmentStart,

    /// <summary>The date of the referral the assessment belongs to (Working Together).</summary>
    Referral,
}
