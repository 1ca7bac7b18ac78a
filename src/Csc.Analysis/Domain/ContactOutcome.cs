namespace Csc.Analysis.Domain;

/// <summary>Outcome of a contact (contacts.csv <c>outcome</c>): NFA, EARLY_HELP, REFERRAL, SIGNPOST, OTHER.</summary>
public enum ContactOutcome
{
    /// <summary>NFA: no further action.</summary>
    Nfa,

    /// <summary>EARLY_HELP: passed to early help.</summary>
    EarlyHelp,

    /// <summary>REFERRAL: became a referral to children's social care.</summary>
    Referral,

    /// <summary>SIGNPOST: signposted to another service.</summary>
    Signpost,

    /// <summary>OTHER.</summary>
    Other,
}
