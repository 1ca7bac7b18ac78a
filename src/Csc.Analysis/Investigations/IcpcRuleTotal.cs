namespace Csc.Analysis.Investigations;

/// <summary>One recording rule's council-wide totals over every month of an ICPC recording investigation.</summary>
public sealed record IcpcRuleTotal
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>What the rule checks.</summary>
    public required string Description { get; init; }

    /// <summary>ICPCs the rule could be checked on.</summary>
    public required int Eligible { get; init; }

    /// <summary>ICPCs it flagged.</summary>
    public required int Flagged { get; init; }
}
