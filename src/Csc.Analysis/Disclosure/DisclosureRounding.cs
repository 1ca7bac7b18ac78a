namespace Csc.Analysis.Disclosure;

/// <summary>Optional rounding of the counts that are shown (after suppression), as some releases do.</summary>
public enum DisclosureRounding
{
    /// <summary>Counts are shown exactly.</summary>
    None = 1,

    /// <summary>Counts are rounded to the nearest 5 (halves away from zero: 2.5 steps up).</summary>
    Nearest5 = 5,

    /// <summary>Counts are rounded to the nearest 10 (halves away from zero).</summary>
    Nearest10 = 10,
}
