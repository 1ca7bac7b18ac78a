namespace Csc.Analysis.Statistics.Tests.Spc;

/// <summary>
/// A baseline of 10 points alternating 11, 9 (ending on 9): mean 10, every moving range 2, so m̄ = 2,
/// process limits 10 ± 2.66·2 = 4.68 .. 15.32, sigma = 2 / 1.128 = 1.77305, 2-sigma lines 10 ± 3.54610 = 6.45390 .. 13.54610.
/// With FixAfter = 10 the points after the baseline are judged against these limits.
/// </summary>
internal static class SpcTestData
{
    public static double[] WithTail(params double[] tail) =>
        [.. Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? 11.0 : 9.0), .. tail];

    public const double Mean = 10;
    public const double Upl = 15.32;
    public const double Lpl = 4.68;
    public const double Upper2 = 10 + 4 / 1.128;
    public const double Lower2 = 10 - 4 / 1.128;
}
