using Csc.Analysis.Statistics.Series;

namespace Csc.Analysis.Statistics.Decomposition;

/// <summary>Work buffers for one STL fit, reused across series of the same or shorter length (one per thread).</summary>
internal sealed class StlWorkspace
{
    private double[] w1 = [], w2 = [], w3 = [], w4 = [], w5 = [], sort = [];

    public Span<double> W1 => w1;

    public Span<double> W2 => w2;

    public Span<double> W3 => w3;

    public Span<double> W4 => w4;

    public Span<double> W5 => w5;

    public Span<double> Sort => sort;

    public void Ensure(int n, int period)
    {
        var m = n + 2 * period;
        if (w1.Length < m)
        {
            w1 = new double[m];
            w2 = new double[m];
            w3 = new double[m];
            w4 = new double[m];
            w5 = new double[m];
        }
        if (sort.Length < n)
        {
            sort = new double[n];
        }
    }
}

/// <summary>
/// The floating-point details in which the published STL routines and statsmodels' port differ: both compute the same
/// formulas, but in a slightly different order, and robust STL on short series can amplify a last-bit difference over its
/// outer iterations. Each mode reproduces its reference's arithmetic so that results agree to rounding.
/// </summary>
internal interface IStlArithmetic
{
    /// <summary>x³: the Fortran of R multiplies (x·x)·x; statsmodels calls pow(x, 3).</summary>
    static abstract double Cube(double x);

    /// <summary>The running sum of a moving average when <paramref name="leaving"/> drops out and <paramref name="entering"/> comes in.</summary>
    static abstract double Slide(double sum, double leaving, double entering);
}

/// <summary>The arithmetic of R's stl.f.</summary>
internal readonly struct FortranArithmetic : IStlArithmetic
{
    public static double Cube(double x) => x * x * x;

    public static double Slide(double sum, double leaving, double entering) => sum - leaving + entering;
}

/// <summary>The arithmetic of statsmodels' _stl.pyx.</summary>
internal readonly struct StatsmodelsArithmetic : IStlArithmetic
{
    public static double Cube(double x) => Math.Pow(x, 3);

    public static double Slide(double sum, double leaving, double entering) => sum + (entering - leaving);
}

/// <summary>Chooses the arithmetic that matches the defaults' reference implementation.</summary>
internal static class StlKernel
{
    /// <summary>Relative size (to the largest |value|) of the largest |residual| below which the fit counts as exact and robustness weights stay 1.</summary>
    internal const double NoiseFloor = 1e-10;

    public static void Fit(ReadOnlySpan<double> y, StlParameters p, Span<double> season, Span<double> trend, Span<double> rw, StlWorkspace ws)
    {
        if (p.Defaults == StlDefaults.Statsmodels)
        {
            StlKernel<StatsmodelsArithmetic>.Fit(y, p, season, trend, rw, ws);
        }
        else
        {
            StlKernel<FortranArithmetic>.Fit(y, p, season, trend, rw, ws);
        }
    }
}

/// <summary>
/// The STL procedure of Cleveland, Cleveland, McRae and Terpenning (1990), written from the published description and the
/// structure of the original routines (stlstp, stlss, stlfts, stless, stlest, stlrwt) so that results agree with R's
/// <c>stl</c> to rounding. Positions inside the loess routines are 1-based doubles, as in the paper.
/// </summary>
internal static class StlKernel<TArithmetic>
    where TArithmetic : struct, IStlArithmetic
{
    /// <summary>Fits STL to <paramref name="y"/>, writing the seasonal, trend and robustness weight components.</summary>
    public static void Fit(ReadOnlySpan<double> y, StlParameters p, Span<double> season, Span<double> trend, Span<double> rw, StlWorkspace ws)
    {
        var n = y.Length;
        var np = p.Period;
        ws.Ensure(n, np);
        var m = n + 2 * np;
        var w1 = ws.W1[..m];
        var w2 = ws.W2[..m];
        var w3 = ws.W3[..m];
        var w4 = ws.W4[..m];
        var w5 = ws.W5[..m];
        trend.Clear();
        season.Clear();
        rw.Fill(1.0);
        var userw = false;
        var k = 0;
        while (true)
        {
            InnerLoop(y, n, np, p, userw, rw, season, trend, w1, w2, w3, w4, w5);
            k++;
            if (k > p.OuterIterations)
            {
                break;
            }
            for (var i = 0; i < n; i++)
            {
                w1[i] = trend[i] + season[i];
            }
            RobustnessWeights(y, w1[..n], rw, ws.Sort[..n]);
            userw = true;
        }
        if (p.OuterIterations <= 0)
        {
            rw.Fill(1.0);
        }
        if (p.PeriodicSeasonal)
        {
            MakePeriodic(season, np);
        }
    }

    /// <summary>Replaces each cycle position of <paramref name="season"/> by the mean of its values (R's periodic post-step).</summary>
    private static void MakePeriodic(Span<double> season, int period)
    {
        var n = season.Length;
        for (var j = 0; j < period && j < n; j++)
        {
            var sum = 0.0;
            var count = 0;
            for (var i = j; i < n; i += period)
            {
                sum += season[i];
                count++;
            }
            var mean = sum / count;
            // A second pass, as R's mean() does, removes the rounding error of the first sum.
            var correction = 0.0;
            for (var i = j; i < n; i += period)
            {
                correction += season[i] - mean;
            }
            mean += correction / count;
            for (var i = j; i < n; i += period)
            {
                season[i] = mean;
            }
        }
    }

    private static void InnerLoop(ReadOnlySpan<double> y, int n, int np, StlParameters p, bool userw, Span<double> rw,
        Span<double> season, Span<double> trend, Span<double> w1, Span<double> w2, Span<double> w3, Span<double> w4, Span<double> w5)
    {
        for (var iteration = 0; iteration < p.InnerIterations; iteration++)
        {
            // Step 1: detrend.
            for (var i = 0; i < n; i++)
            {
                w1[i] = y[i] - trend[i];
            }
            // Step 2: smooth each cycle-subseries, extended by one cycle at both ends (n + 2·np values into w2).
            CycleSubseriesSmooth(w1[..n], n, np, p.SeasonalWindow, p.SeasonalDegree, p.SeasonalJump, userw, rw, w2, w3, w4, w5, season);
            // Step 3: low-pass filter of the smoothed subseries: moving averages np, np, 3 then loess.
            LowPassMovingAverages(w2, n + 2 * np, np, w3, w1);
            Loess(w3[..n], n, p.LowPassWindow, p.LowPassDegree, p.LowPassJump, false, w4, w1, w5);
            // Step 4: detrend the smoothed subseries to get the seasonal component.
            for (var i = 0; i < n; i++)
            {
                season[i] = w2[np + i] - w1[i];
            }
            // Step 5: deseasonalise; step 6: trend smoothing.
            for (var i = 0; i < n; i++)
            {
                w1[i] = y[i] - season[i];
            }
            Loess(w1[..n], n, p.TrendWindow, p.TrendDegree, p.TrendJump, userw, rw, trend, w3);
        }
    }

    private static void CycleSubseriesSmooth(ReadOnlySpan<double> y, int n, int np, int ns, int isdeg, int nsjump, bool userw,
        ReadOnlySpan<double> rw, Span<double> season, Span<double> work1, Span<double> work2, Span<double> work3, Span<double> work4)
    {
        for (var j = 1; j <= np; j++)
        {
            var k = (n - j) / np + 1;
            for (var i = 0; i < k; i++)
            {
                work1[i] = y[i * np + j - 1];
            }
            if (userw)
            {
                for (var i = 0; i < k; i++)
                {
                    work3[i] = rw[i * np + j - 1];
                }
            }
            Loess(work1[..k], k, ns, isdeg, nsjump, userw, work3, work2[1..], work4);
            var nright = Math.Min(ns, k);
            if (!Estimate(work1, k, ns, isdeg, 0.0, out work2[0], 1, nright, work4, userw, work3))
            {
                work2[0] = work2[1];
            }
            var nleft = Math.Max(1, k - ns + 1);
            if (!Estimate(work1, k, ns, isdeg, k + 1, out work2[k + 1], nleft, k, work4, userw, work3))
            {
                work2[k + 1] = work2[k];
            }
            for (var m = 0; m < k + 2; m++)
            {
                season[m * np + j - 1] = work2[m];
            }
        }
    }

    /// <summary>Three moving averages (lengths np, np, 3) of the first <paramref name="n"/> values of <paramref name="x"/>; n − 2·np values into <paramref name="trend"/>.</summary>
    private static void LowPassMovingAverages(ReadOnlySpan<double> x, int n, int np, Span<double> trend, Span<double> work)
    {
        MovingAverage(x, n, np, trend);
        MovingAverage(trend, n - np + 1, np, work);
        MovingAverage(work, n - 2 * np + 2, 3, trend);
    }

    /// <summary>Running mean of length <paramref name="len"/> over the first <paramref name="n"/> values (n − len + 1 outputs), by a running sum.</summary>
    private static void MovingAverage(ReadOnlySpan<double> x, int n, int len, Span<double> average)
    {
        var outputs = n - len + 1;
        double length = len;
        var v = 0.0;
        for (var i = 0; i < len; i++)
        {
            v += x[i];
        }
        average[0] = v / length;
        for (int j = 1, k = len, m = 0; j < outputs; j++, k++, m++)
        {
            v = TArithmetic.Slide(v, x[m], x[k]);
            average[j] = v / length;
        }
    }

    /// <summary>
    /// Loess smooth of <paramref name="y"/> (length n) with span <paramref name="len"/> and degree <paramref name="ideg"/>,
    /// evaluated every <paramref name="njump"/> points with linear interpolation between, into <paramref name="ys"/>.
    /// </summary>
    private static void Loess(ReadOnlySpan<double> y, int n, int len, int ideg, int njump, bool userw, ReadOnlySpan<double> rw,
        Span<double> ys, Span<double> res)
    {
        if (n < 2)
        {
            ys[0] = y[0];
            return;
        }
        var newnj = Math.Min(njump, n - 1);
        var nleft = 0;
        var nright = 0;
        if (len >= n)
        {
            nleft = 1;
            nright = n;
            for (var i = 1; i <= n; i += newnj)
            {
                if (!Estimate(y, n, len, ideg, i, out ys[i - 1], nleft, nright, res, userw, rw))
                {
                    ys[i - 1] = y[i - 1];
                }
            }
        }
        else if (newnj == 1)
        {
            var nsh = (len + 1) / 2;
            nleft = 1;
            nright = len;
            for (var i = 1; i <= n; i++)
            {
                if (i > nsh && nright != n)
                {
                    nleft++;
                    nright++;
                }
                if (!Estimate(y, n, len, ideg, i, out ys[i - 1], nleft, nright, res, userw, rw))
                {
                    ys[i - 1] = y[i - 1];
                }
            }
        }
        else
        {
            var nsh = (len + 1) / 2;
            for (var i = 1; i <= n; i += newnj)
            {
                if (i < nsh)
                {
                    nleft = 1;
                    nright = len;
                }
                else if (i >= n - nsh + 1)
                {
                    nleft = n - len + 1;
                    nright = n;
                }
                else
                {
                    nleft = i - nsh + 1;
                    nright = len + i - nsh;
                }
                if (!Estimate(y, n, len, ideg, i, out ys[i - 1], nleft, nright, res, userw, rw))
                {
                    ys[i - 1] = y[i - 1];
                }
            }
        }
        if (newnj == 1)
        {
            return;
        }
        for (var i = 1; i <= n - newnj; i += newnj)
        {
            var delta = (ys[i + newnj - 1] - ys[i - 1]) / newnj;
            for (var j = i + 1; j <= i + newnj - 1; j++)
            {
                ys[j - 1] = ys[i - 1] + delta * (j - i);
            }
        }
        var last = (n - 1) / newnj * newnj + 1;
        if (last != n)
        {
            // As in the original, the last point uses the window of the last evaluated point.
            if (!Estimate(y, n, len, ideg, n, out ys[n - 1], nleft, nright, res, userw, rw))
            {
                ys[n - 1] = y[n - 1];
            }
            if (last != n - 1)
            {
                var delta = (ys[n - 1] - ys[last - 1]) / (n - last);
                for (var j = last + 1; j <= n - 1; j++)
                {
                    ys[j - 1] = ys[last - 1] + delta * (j - last);
                }
            }
        }
    }

    /// <summary>
    /// Local (tricube-weighted, optionally robustness-weighted) constant or linear fit at position <paramref name="xs"/> using
    /// points nleft..nright (1-based). Returns false when every weight is zero.
    /// </summary>
    private static bool Estimate(ReadOnlySpan<double> y, int n, int len, int ideg, double xs, out double ys, int nleft, int nright,
        Span<double> w, bool userw, ReadOnlySpan<double> rw)
    {
        var range = n - 1.0;
        var h = Math.Max(xs - nleft, nright - xs);
        if (len > n)
        {
            h += (len - n) / 2;
        }
        var h9 = 0.999 * h;
        var h1 = 0.001 * h;
        var a = 0.0;
        for (var j = nleft; j <= nright; j++)
        {
            var r = Math.Abs(j - xs);
            if (r <= h9)
            {
                double wj;
                if (r <= h1)
                {
                    wj = 1.0;
                }
                else
                {
                    wj = TArithmetic.Cube(1.0 - TArithmetic.Cube(r / h));
                }
                if (userw)
                {
                    wj = rw[j - 1] * wj;
                }
                w[j - 1] = wj;
                a += wj;
            }
            else
            {
                w[j - 1] = 0.0;
            }
        }
        if (a <= 0.0)
        {
            ys = 0.0;
            return false;
        }
        for (var j = nleft; j <= nright; j++)
        {
            w[j - 1] /= a;
        }
        if (h > 0.0 && ideg > 0)
        {
            a = 0.0;
            for (var j = nleft; j <= nright; j++)
            {
                a += w[j - 1] * j;
            }
            var b = xs - a;
            var c = 0.0;
            for (var j = nleft; j <= nright; j++)
            {
                var d = j - a;
                c += w[j - 1] * (d * d);
            }
            if (Math.Sqrt(c) > 0.001 * range)
            {
                b /= c;
                for (var j = nleft; j <= nright; j++)
                {
                    w[j - 1] *= b * (j - a) + 1.0;
                }
            }
        }
        var sum = 0.0;
        for (var j = nleft; j <= nright; j++)
        {
            sum += w[j - 1] * y[j - 1];
        }
        ys = sum;
        return true;
    }

    /// <summary>
    /// Bisquare robustness weights of the residuals y − fit, scaled by 6 × their exact median absolute value
    /// (R's Fortran uses a partial sort that can pick the wrong order statistics; see docs/statistics.md).
    /// </summary>
    private static void RobustnessWeights(ReadOnlySpan<double> y, ReadOnlySpan<double> fit, Span<double> rw, Span<double> sort)
    {
        var n = y.Length;
        for (var i = 0; i < n; i++)
        {
            sort[i] = Math.Abs(y[i] - fit[i]);
        }
        var (lower, upper) = Quantiles.MiddlePairInPlace(sort);
        var cmad = 3.0 * (lower + upper);
        // When every point is fitted exactly (to rounding; for example a constant series, or two cycles with a locally linear
        // seasonal smoother) the residuals carry no information about outliers: R and statsmodels would derive weights from
        // rounding noise. Here every weight stays 1. "Exactly" means every |residual| is within 1e-10 of the largest |y|.
        var largestResidual = 0.0;
        var largestValue = 0.0;
        for (var i = 0; i < n; i++)
        {
            largestResidual = Math.Max(largestResidual, Math.Abs(y[i] - fit[i]));
            largestValue = Math.Max(largestValue, Math.Abs(y[i]));
        }
        if (largestResidual <= StlKernel.NoiseFloor * largestValue)
        {
            rw.Fill(1.0);
            return;
        }
        var c9 = 0.999 * cmad;
        var c1 = 0.001 * cmad;
        for (var i = 0; i < n; i++)
        {
            var r = Math.Abs(y[i] - fit[i]);
            if (r <= c1)
            {
                rw[i] = 1.0;
            }
            else if (r <= c9)
            {
                var u = r / cmad;
                var v = 1.0 - u * u;
                rw[i] = v * v;
            }
            else
            {
                rw[i] = 0.0;
            }
        }
    }
}
