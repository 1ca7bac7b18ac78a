namespace Csc.Analysis.Statistics.Forecasting;

/// <summary>A function of at most three parameters to minimise over a box.</summary>
internal interface IBoxObjective
{
    double Evaluate(scoped ReadOnlySpan<double> parameters);
}

/// <summary>
/// Bound-constrained minimisation for the smoothing parameters: a projected quasi-Newton (BFGS) method with
/// R-style finite-difference gradients (step 1e-3, one-sided at a bound, as optim's L-BFGS-B with ndeps = 1e-3),
/// backtracking (Armijo) line search along the projected path, and R's default stopping rule (relative reduction
/// below factr·ε = 1e7 · 2.2e-16). One free parameter uses a golden-section search on [lower, upper].
/// Allocation-free: all work arrays live on the stack.
/// </summary>
internal static class BoxMinimizer
{
    private const double GradientStep = 1e-3;
    private const double RelativeReduction = 1e7 * 2.220446049250313e-16;
    private const int MaxIterations = 200;

    public static double Minimize<T>(ref T objective, Span<double> x, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
        where T : IBoxObjective, allows ref struct
    {
        var n = x.Length;
        if (n == 1)
        {
            return GoldenSection(ref objective, x, lower[0], upper[0]);
        }
        Span<double> work = stackalloc double[n * n + 7 * n];
        var h = work[..(n * n)];
        var g = work.Slice(n * n, n);
        var gNew = work.Slice(n * n + n, n);
        var d = work.Slice(n * n + 2 * n, n);
        var xNew = work.Slice(n * n + 3 * n, n);
        var s = work.Slice(n * n + 4 * n, n);
        var y = work.Slice(n * n + 5 * n, n);
        var hy = work.Slice(n * n + 6 * n, n);

        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Clamp(x[i], lower[i], upper[i]);
        }
        var f = objective.Evaluate(x);
        Gradient(ref objective, x, lower, upper, g, xNew);
        var identity = true;
        SetIdentity(h, n);

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // search direction on the free variables (those not held at a bound by the gradient)
            double maxAbs = 0;
            for (var i = 0; i < n; i++)
            {
                d[i] = 0;
                if (IsFree(x[i], g[i], lower[i], upper[i]))
                {
                    for (var j = 0; j < n; j++)
                    {
                        if (IsFree(x[j], g[j], lower[j], upper[j]))
                        {
                            d[i] -= h[i * n + j] * g[j];
                        }
                    }
                }
                maxAbs = Math.Max(maxAbs, Math.Abs(d[i]));
            }
            if (maxAbs == 0)
            {
                break; // projected gradient is zero: a constrained stationary point
            }
            var slope = Dot(d, g);
            if (slope >= 0 || identity)
            {
                // steepest descent, scaled so the largest move is 0.1 (the box is [0, 1])
                maxAbs = 0;
                for (var i = 0; i < n; i++)
                {
                    d[i] = IsFree(x[i], g[i], lower[i], upper[i]) ? -g[i] : 0;
                    maxAbs = Math.Max(maxAbs, Math.Abs(d[i]));
                }
                if (maxAbs == 0)
                {
                    break;
                }
                for (var i = 0; i < n; i++)
                {
                    d[i] *= 0.1 / maxAbs;
                }
                SetIdentity(h, n);
                identity = true;
            }

            double step = 1;
            var fNew = double.NaN;
            var accepted = false;
            for (var halving = 0; halving < 40; halving++)
            {
                double decrease = 0;
                for (var i = 0; i < n; i++)
                {
                    xNew[i] = Math.Clamp(x[i] + step * d[i], lower[i], upper[i]);
                    decrease += g[i] * (xNew[i] - x[i]);
                }
                fNew = objective.Evaluate(xNew);
                if (fNew <= f + 1e-4 * decrease)
                {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted)
            {
                break;
            }

            Gradient(ref objective, xNew, lower, upper, gNew, s);
            for (var i = 0; i < n; i++)
            {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            var reduction = f - fNew;
            var scale = Math.Max(Math.Max(Math.Abs(f), Math.Abs(fNew)), 1);
            xNew.CopyTo(x);
            gNew.CopyTo(g);
            f = fNew;
            if (reduction <= RelativeReduction * scale)
            {
                break;
            }

            var sy = Dot(s, y);
            if (sy > 1e-12 * Math.Sqrt(Dot(s, s) * Dot(y, y)))
            {
                if (identity)
                {
                    // Shanno scaling of the first matrix
                    var gammaScale = sy / Dot(y, y);
                    for (var i = 0; i < n * n; i++)
                    {
                        h[i] *= gammaScale;
                    }
                }
                // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
                var rho = 1 / sy;
                for (var i = 0; i < n; i++)
                {
                    hy[i] = 0;
                    for (var j = 0; j < n; j++)
                    {
                        hy[i] += h[i * n + j] * y[j];
                    }
                }
                var yhy = Dot(y, hy);
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
                    }
                }
                identity = false;
            }
        }
        return f;
    }

    private static bool IsFree(double x, double g, double lower, double upper) =>
        !((x <= lower && g > 0) || (x >= upper && g < 0));

    private static void SetIdentity(Span<double> h, int n)
    {
        h.Clear();
        for (var i = 0; i < n; i++)
        {
            h[i * n + i] = 1;
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void Gradient<T>(ref T objective, scoped ReadOnlySpan<double> x, scoped ReadOnlySpan<double> lower, scoped ReadOnlySpan<double> upper, scoped Span<double> g, scoped Span<double> probe)
        where T : IBoxObjective, allows ref struct
    {
        for (var i = 0; i < x.Length; i++)
        {
            x.CopyTo(probe);
            var up = Math.Min(x[i] + GradientStep, upper[i]);
            var down = Math.Max(x[i] - GradientStep, lower[i]);
            probe[i] = up;
            var fUp = objective.Evaluate(probe);
            probe[i] = down;
            var fDown = objective.Evaluate(probe);
            g[i] = up > down ? (fUp - fDown) / (up - down) : 0;
        }
    }

    private static double GoldenSection<T>(ref T objective, Span<double> x, double lower, double upper)
        where T : IBoxObjective, allows ref struct
    {
        const double InverseGolden = 0.6180339887498949;
        double a = lower, b = upper;
        double c = b - InverseGolden * (b - a), d = a + InverseGolden * (b - a);
        x[0] = c;
        var fc = objective.Evaluate(x);
        x[0] = d;
        var fd = objective.Evaluate(x);
        while (b - a > 1e-7)
        {
            if (fc <= fd)
            {
                b = d; d = c; fd = fc;
                c = b - InverseGolden * (b - a);
                x[0] = c;
                fc = objective.Evaluate(x);
            }
            else
            {
                a = c; c = d; fc = fd;
                d = a + InverseGolden * (b - a);
                x[0] = d;
                fd = objective.Evaluate(x);
            }
        }
        // the ends are candidates too: the SSE is often smallest at a bound (alpha = 1 for a random walk)
        double best = fc <= fd ? c : d, fBest = Math.Min(fc, fd);
        ReadOnlySpan<double> ends = [lower, upper];
        foreach (var end in ends)
        {
            x[0] = end;
            var fe = objective.Evaluate(x);
            if (fe < fBest)
            {
                best = end;
                fBest = fe;
            }
        }
        x[0] = best;
        return fBest;
    }
}
