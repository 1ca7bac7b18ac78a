namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>Options of a classical decomposition.</summary>
/// <param name="Period">Observations per seasonal cycle (at least 2).</param>
/// <param name="Type">Additive (default) or multiplicative.</param>
public sealed record ClassicalOptions(int Period, DecompositionType Type = DecompositionType.Additive);

/// <summary>
/// Classical decomposition by a centred moving average, exactly as R's <c>decompose</c>: the trend is the symmetric moving
/// average of length period (period + 1 with half weights at the ends when the period is even), NaN for the first and last
/// ⌊period/2⌋ points; the seasonal figure is the mean detrended value of each cycle position, centred to sum to 0 (additive) or to
/// average 1 (multiplicative); the remainder is what is left.
/// </summary>
public static class ClassicalDecomposition
{
    /// <summary>Decomposes one series.</summary>
    /// <exception cref="DecompositionException">Fewer than two full periods, missing or infinite values, a bad period, or (multiplicative) a zero trend.</exception>
    public static DecompositionResult Decompose(ReadOnlySpan<double> values, ClassicalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var f = options.Period;
        if (f < 2)
        {
            throw new DecompositionException(
                $"The period must be at least 2 observations per cycle (got {f}): use 12 for monthly data with a yearly pattern, 4 for quarterly.");
        }
        if (options.Type is not (DecompositionType.Additive or DecompositionType.Multiplicative))
        {
            throw new DecompositionException($"Unknown decomposition type '{options.Type}': use Additive or Multiplicative.");
        }
        Stl.CheckSeries(values, f, "Classical decomposition");
        var multiplicative = options.Type == DecompositionType.Multiplicative;
        var n = values.Length;

        // The filter of R's decompose: c(0.5, rep(1, f - 1), 0.5) / f for even f, rep(1, f) / f for odd f.
        var filter = f % 2 == 0 ? new double[f + 1] : new double[f];
        for (var j = 0; j < filter.Length; j++)
        {
            filter[j] = 1.0 / f;
        }
        if (f % 2 == 0)
        {
            filter[0] = filter[f] = 0.5 / f;
        }
        var nf = filter.Length;
        var shift = nf / 2;

        var observed = values.ToArray();
        var trend = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (i + shift - (nf - 1) < 0 || i + shift >= n)
            {
                trend[i] = double.NaN;
                continue;
            }
            // Summed in R's order (filter index ascending, data index descending).
            var z = 0.0;
            for (var j = 0; j < nf; j++)
            {
                z += filter[j] * observed[i + shift - j];
            }
            trend[i] = z;
        }

        if (multiplicative && Array.IndexOf(trend, 0.0) is var zero and >= 0)
        {
            throw new DecompositionException(
                $"The moving-average trend is 0 at index {zero}, so a multiplicative seasonal ratio cannot be formed: use an additive decomposition for series that reach zero.");
        }

        // The seasonal figure: mean detrended value per cycle position (position 0 = first observation), then centred.
        var figure = new double[f];
        for (var position = 0; position < f; position++)
        {
            var sum = 0.0;
            var count = 0;
            for (var i = position; i < n; i += f)
            {
                if (double.IsNaN(trend[i]))
                {
                    continue;
                }
                sum += multiplicative ? observed[i] / trend[i] : observed[i] - trend[i];
                count++;
            }
            figure[position] = sum / count;
        }
        var figureMean = 0.0;
        foreach (var value in figure)
        {
            figureMean += value;
        }
        figureMean /= f;
        for (var position = 0; position < f; position++)
        {
            figure[position] = multiplicative ? figure[position] / figureMean : figure[position] - figureMean;
        }

        var seasonal = new double[n];
        var remainder = new double[n];
        for (var i = 0; i < n; i++)
        {
            seasonal[i] = figure[i % f];
            remainder[i] = multiplicative ? observed[i] / seasonal[i] / trend[i] : observed[i] - seasonal[i] - trend[i];
        }
        var weights = new double[n];
        Array.Fill(weights, 1.0);
        return new DecompositionResult(observed, seasonal, trend, remainder, weights, new ClassicalParameters(f, options.Type, nf));
    }
}
