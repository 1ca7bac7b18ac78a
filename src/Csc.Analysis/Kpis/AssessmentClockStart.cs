namespace Csc.Analysis.Kpis;

/// <summary>Where an assessment's clock starts for the timeliness KPI.</summary>
public enum AssessmentClockStart
{
    /// <summary>The assessment's start date (the DfE measure).</summary>
    AssessmentStart,

    /// <summary>The date of the referral the assessment belongs to (Working Together).</summary>
    Referral,
}
