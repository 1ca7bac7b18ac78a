namespace Csc.Analysis.Investigations;

/// <summary>A named recording-consistency rule with a plain-English description of what it flags.</summary>
public sealed record RecordingRule(string Id, string Description, RecordingCorrection Correction);
