namespace Csc.Analysis.Investigations;

/// <summary>What the recorded-versus-corrected comparison does with the rows a systematic pattern flags.</summary>
public enum RecordingCorrection
{
    /// <summary>The rule's rows do not change the KPI (they are not ICPCs it counts, or it already leaves them out).</summary>
    None,

    /// <summary>The rows are left out of the KPI.</summary>
    Exclude,

    /// <summary>The conference date is estimated from the recording date less the usual conference-to-recording lag.</summary>
    EstimateFromRecordingLag,
}
