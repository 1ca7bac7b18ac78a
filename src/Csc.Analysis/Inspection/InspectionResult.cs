using Csc.Analysis.Domain;

namespace Csc.Analysis.Inspection;

/// <summary>The inspection pack: every measure of every list, the window it covers and the problems found.</summary>
public sealed record InspectionResult
{
    /// <summary>The convention counted with.</summary>
    public required InspectionConvention Convention { get; init; }

    /// <summary>The as-at date (given, or the default).</summary>
    public required DateOnly AsAt { get; init; }

    /// <summary>
    /// The date open items are measured to and the window ends on: the as-at date under corrected, the 1st of its
    /// month under chat.
    /// </summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>The first day of the look-back window.</summary>
    public required DateOnly WindowStart { get; init; }

    /// <summary>
    /// The last day of the look-back window: the reference date under corrected, the day before it under chat
    /// (events dated in [start, reference)).
    /// </summary>
    public required DateOnly WindowEnd { get; init; }

    /// <summary>The window's length in months.</summary>
    public required int Months { get; init; }

    /// <summary>The population of children aged 0 to 17 the rates use; null when there is none.</summary>
    public int? Population { get; init; }

    /// <summary>Where <see cref="Population"/> came from, with its year.</summary>
    public string? PopulationSource { get; init; }

    /// <summary>The measures, list by list in Annex A order.</summary>
    public required IReadOnlyList<InspectionMeasure> Measures { get; init; }

    /// <summary>The lists whose data the input did not carry (their measures are absent, not zero).</summary>
    public required IReadOnlyList<string> ListsNotCarried { get; init; }

    /// <summary>Problems found while measuring.</summary>
    public required IReadOnlyList<DataIssue> Issues { get; init; }

    /// <summary>Where the chat convention departs from PATCh 014 (listed under both conventions).</summary>
    public IReadOnlyList<ChatDifference> Differences { get; init; } = ChatDifferences.All;

    /// <summary>The measures of one list.</summary>
    public IEnumerable<InspectionMeasure> Of(string list) => Measures.Where(m => m.List == list);

    /// <summary>The headline (empty-category) measure with <paramref name="measureId"/>; null when absent.</summary>
    public InspectionMeasure? Headline(string measureId) => Measures.FirstOrDefault(m => m.MeasureId == measureId && m.Category.Length == 0);

    /// <summary>The measure with <paramref name="measureId"/> and <paramref name="category"/>; null when absent.</summary>
    public InspectionMeasure? Find(string measureId, string category) => Measures.FirstOrDefault(m => m.MeasureId == measureId && m.Category == category);
}
