namespace Csc.Analysis.Investigations;

/// <summary>A systematic pattern with its rows and how much of the KPI's month-on-month change it explains.</summary>
/// <param name="Rule">The rule whose rows stepped up.</param>
/// <param name="Pattern">The step test.</param>
/// <param name="RowsFlagged">Rows the pattern covers (its group, from its start month to the analysis month).</param>
/// <param name="ExplainedPoints">How many points correcting the rows moves the month-on-month change (0 when the rule corrects nothing).</param>
/// <param name="Text">The finding in a paragraph.</param>
public sealed record RecordingFinding(
    RecordingRule Rule,
    RecordingPattern Pattern,
    int RowsFlagged,
    double ExplainedPoints,
    string Text);
