namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>The three loess smoothers of STL, each with its own window (span).</summary>
public enum StlWindow
{
    /// <summary>The smoother applied to each cycle-subseries (R's <c>s.window</c>, statsmodels' <c>seasonal</c>).</summary>
    Seasonal = 0,

    /// <summary>The trend smoother (R's <c>t.window</c>, statsmodels' <c>trend</c>).</summary>
    Trend = 1,

    /// <summary>The smoother of the low-pass filter in the seasonal step (R's <c>l.window</c>, statsmodels' <c>low_pass</c>).</summary>
    LowPass = 2,
}
