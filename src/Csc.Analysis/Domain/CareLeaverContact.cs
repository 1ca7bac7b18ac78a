namespace Csc.Analysis.Domain;

/// <summary>Whether the council was in touch with a care leaver around their birthday (SSDA903 OC3 IN_TOUCH codes).</summary>
public enum CareLeaverContact
{
    /// <summary><c>YES</c>: in touch.</summary>
    Yes,

    /// <summary><c>NO</c>: not in touch.</summary>
    No,

    /// <summary><c>DIED</c>: the young person has died (out of the cohort).</summary>
    Died,

    /// <summary><c>REFU</c>: the young person refuses contact.</summary>
    Refused,

    /// <summary><c>NREQ</c>: no longer requires services.</summary>
    NotRequired,

    /// <summary><c>RHOM</c>: returned home to parents for six months or more (out of the cohort).</summary>
    ReturnedHome,
}
