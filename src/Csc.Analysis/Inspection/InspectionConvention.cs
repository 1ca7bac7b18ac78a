namespace Csc.Analysis.Inspection;

/// <summary>
/// How the inspection pack counts. <see cref="Corrected"/> is the default; <see cref="Chat"/> follows D2I's PATCh
/// app 014 (the open rebuild of the ChAT workbook) so a council can reconcile with the spreadsheet it knows, except
/// where 014 is wrong (<see cref="ChatDifferences"/>).
/// </summary>
public enum InspectionConvention
{
    /// <summary>
    /// Distinct children (a repeated row of the same child and date is one record), England and Wales working days
    /// with bank holidays (same day 0, durations before the start left out as issues), the look-back window ending on
    /// the as-at date, open items measured to it, DfE cohorts and the 0-17 population.
    /// </summary>
    Corrected,

    /// <summary>
    /// PATCh 014's conventions: rows not children, the reference date the 1st of the as-at month (the window ends
    /// on it and open items are measured to it), Monday to Friday without bank holidays over [start, end), same-day
    /// and negative durations in the first bin.
    /// </summary>
    Chat,
}

/// <summary>Names of <see cref="InspectionConvention"/> on the command line and in the outputs.</summary>
public static class InspectionConventions
{
    /// <summary>The name written in the outputs and accepted by <c>--conventions</c>: corrected or chat.</summary>
    public static string Name(this InspectionConvention convention) => convention switch
    {
        InspectionConvention.Corrected => "corrected",
        InspectionConvention.Chat => "chat",
        _ => throw new ArgumentOutOfRangeException(nameof(convention), convention, "Unknown convention."),
    };

    /// <summary>Parses corrected or chat (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out InspectionConvention convention)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "corrected":
                convention = InspectionConvention.Corrected;
                return true;
            case "chat":
                convention = InspectionConvention.Chat;
                return true;
            default:
                convention = InspectionConvention.Corrected;
                return false;
        }
    }
}
