using Csc.Analysis.Disclosure;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;

namespace Csc.Analysis.Reporting.Inspection;

/// <summary>What the inspection report shows: the pack, the load it came from and how it was asked for.</summary>
public sealed record InspectionReportModel
{
    /// <summary>The measures.</summary>
    public required InspectionResult Result { get; init; }

    /// <summary>The load (format, files with hashes, issues).</summary>
    public required LoadResult Load { get; init; }

    /// <summary>The data path as the user gave it (for the footer).</summary>
    public string? DataPath { get; init; }

    /// <summary>The "generated at" stamp; null for none (byte-identical output).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Disproportionality over the look-back window, one result per cohort (<c>--population-ethnicity</c>); empty for no section.</summary>
    public IReadOnlyList<DisproportionalityResult> Disproportionality { get; init; } = [];

    /// <summary>Who the page is for: internal (marked OFFICIAL-SENSITIVE) or public (no child-level rows, disclosure control on every figure).</summary>
    public Audience Audience { get; init; } = Audience.Internal;

    /// <summary>The disclosure control of a public page (ignored for an internal one).</summary>
    public DisclosureOptions Disclosure { get; init; } = DisclosureOptions.Default;

    /// <summary>True for a public page.</summary>
    public bool IsPublic => Audience == Audience.Public;

    /// <summary>Environment reader for SOURCE_DATE_EPOCH (tests inject one).</summary>
    public Func<string, string?>? Environment { get; init; }
}
