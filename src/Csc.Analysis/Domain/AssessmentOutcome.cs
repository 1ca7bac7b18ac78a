namespace Csc.Analysis.Domain;

/// <summary>Outcome of an assessment (assessments.csv <c>outcome</c>): NFA, CIN, CP, LAC, EARLY_HELP, OTHER.</summary>
public enum AssessmentOutcome
{
    /// <summary>NFA: no further action.</summary>
    Nfa,

    /// <summary>CIN: a child in need plan.</summary>
    Cin,

    /// <summary>CP: child protection (a section 47 enquiry or plan).</summary>
    Cp,

    /// <summary>LAC: the child became looked after.</summary>
    Lac,

    /// <summary>EARLY_HELP: stepped down to early help.</summary>
    EarlyHelp,

    /// <summary>OTHER.</summary>
    Other,
}
