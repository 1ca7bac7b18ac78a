namespace Csc.Analysis.Domain;

/// <summary>How a child came to early help (early_help.csv <c>route</c>): FRONT_DOOR, STEP_DOWN (from statutory services), OTHER.</summary>
public enum EarlyHelpRoute
{
    /// <summary>FRONT_DOOR: from a contact.</summary>
    FrontDoor,

    /// <summary>STEP_DOWN: stepped down from statutory services.</summary>
    StepDown,

    /// <summary>OTHER.</summary>
    Other,
}
