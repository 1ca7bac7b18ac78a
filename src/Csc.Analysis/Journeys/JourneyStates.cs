namespace Csc.Analysis.Journeys;

/// <summary>The stable ids of <see cref="JourneyState"/>.</summary>
public static class JourneyStates
{
    /// <summary>The state's id: contact, referral, assessment, nfa, early_help, cin_plan, section_47, icpc, cp_plan, looked_after, closed, open.</summary>
    public static string Id(this JourneyState state) => state switch
    {
        JourneyState.Contact => "contact",
        JourneyState.Referral => "referral",
        JourneyState.Assessment => "assessment",
        JourneyState.NoFurtherAction => "nfa",
        JourneyState.EarlyHelp => "early_help",
        JourneyState.CinPlan => "cin_plan",
        JourneyState.Section47 => "section_47",
        JourneyState.Icpc => "icpc",
        JourneyState.CpPlan => "cp_plan",
        JourneyState.LookedAfter => "looked_after",
        JourneyState.Closed => "closed",
        JourneyState.StillOpen => "open",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown journey state."),
    };
}
