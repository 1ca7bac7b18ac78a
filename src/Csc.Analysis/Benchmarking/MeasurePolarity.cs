namespace Csc.Analysis.Benchmarking;

/// <summary>Which way a published measure is better (the LAIT data dictionary's <c>Polarity</c>: High or Low).</summary>
public enum MeasurePolarity
{
    /// <summary><c>High</c>: a higher value is better.</summary>
    HigherIsBetter,

    /// <summary><c>Low</c>: a lower value is better.</summary>
    LowerIsBetter,
}
