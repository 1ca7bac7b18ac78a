namespace Csc.Analysis.Disclosure;

/// <summary>Why a cell of a <see cref="SuppressionTable"/> is, or is not, shown.</summary>
public enum CellSuppression
{
    /// <summary>The cell is shown.</summary>
    Shown,

    /// <summary>The cell is a small count (1 to the threshold).</summary>
    Primary,

    /// <summary>The cell is not small, but is withheld so that a primary cell cannot be worked out from a total or a difference.</summary>
    Secondary,
}
