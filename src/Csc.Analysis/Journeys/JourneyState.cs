namespace Csc.Analysis.Journeys;

/// <summary>
/// A step of a child's journey through children's social care from a referral: the front door (contact, referral,
/// assessment), then what the assessment led to, and the ends a journey can stop at. <see cref="JourneyStates.Id"/>
/// gives each its stable id (the <c>from_state</c> and <c>to_state</c> of <c>csc-kpi journeys</c>).
/// </summary>
public enum JourneyState
{
    /// <summary>contact: a contact about the child in the days before the referral.</summary>
    Contact,

    /// <summary>referral: the referral that starts the journey.</summary>
    Referral,

    /// <summary>assessment: the referral's assessment (linked by referral id, else the child's first one in the journey).</summary>
    Assessment,

    /// <summary>nfa: no further action (the referral or its assessment marked NFA).</summary>
    NoFurtherAction,

    /// <summary>early_help: stepped down to early help (an early help episode started in the journey).</summary>
    EarlyHelp,

    /// <summary>cin_plan: a child in need plan started.</summary>
    CinPlan,

    /// <summary>section_47: a section 47 enquiry (its strategy discussion) started.</summary>
    Section47,

    /// <summary>icpc: an initial child protection conference was held.</summary>
    Icpc,

    /// <summary>cp_plan: a child protection plan started.</summary>
    CpPlan,

    /// <summary>looked_after: the child became looked after.</summary>
    LookedAfter,

    /// <summary>closed: the referral's episode closed with none of the outcomes above.</summary>
    Closed,

    /// <summary>open: still open at the end of the data with none of the outcomes above (awaiting assessment or outcome).</summary>
    StillOpen,
}
