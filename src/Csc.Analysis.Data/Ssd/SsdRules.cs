namespace Csc.Analysis.Data.Ssd;

/// <summary>The rule ids the SSD reader raises beyond the shared statutory ones (<see cref="Statutory.StatutoryRules"/>).</summary>
public static class SsdRules
{
    /// <summary>Info: an SSD table is not in the source; its records are not loaded and the KPIs that need them are unavailable.</summary>
    public const string TableAbsent = "TABLE_ABSENT";

    /// <summary>Warning: a JSON column holds text that is not a JSON object (the value is ignored).</summary>
    public const string JsonFormat = "JSON_FORMAT";

    /// <summary>Warning: a record that points at a record that is not there (an ICPC whose enquiry is missing, a visit of an unknown plan).</summary>
    public const string RecordOrphan = "RECORD_ORPHAN";
}
