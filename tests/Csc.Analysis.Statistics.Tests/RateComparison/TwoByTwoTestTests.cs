using Csc.Analysis.Statistics.RateComparison;
using static Csc.Analysis.Statistics.Tests.Regression.ReferenceFiles;

namespace Csc.Analysis.Statistics.Tests.RateComparison;

public sealed class TwoByTwoTestTests
{
    // Expected values from R 4.2 chisq.test and fisher.test (RateComparison/Reference/two_by_two.R and its
    // committed output two_by_two_r.csv); the Katz interval from its formula in the same script.
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Cases = Read("RateComparison", "Reference", "two_by_two_r.csv");

    public static TheoryData<int> CaseNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Cases.Count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    private static (long A, long N1, long C, long N0) Counts(IReadOnlyDictionary<string, string> r)
        => (long.Parse(r["events"]), long.Parse(r["population"]), long.Parse(r["reference_events"]), long.Parse(r["reference_population"]));

    // Relative difference within 1e-9 (absolute below 1e-300); NaN matches NA.
    private static void Near(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual}");
            return;
        }
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * scale, $"{what}: expected {expected:R}, got {actual:R}");
    }

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void ChiSquare_MatchesRChisqTest(int index)
    {
        var r = Cases[index];
        var (a, n1, c, n0) = Counts(r);
        var plain = TwoByTwoTest.ChiSquare(a, n1, c, n0);
        var yates = TwoByTwoTest.ChiSquare(a, n1, c, n0, continuityCorrection: true);
        Assert.Equal(TwoByTwoMethod.ChiSquare, plain.Method);
        Assert.Equal(TwoByTwoMethod.ChiSquareYates, yates.Method);
        Near(D(r["chisq"]), plain.Statistic, $"case {index} X²");
        Near(D(r["chisq_p"]), plain.PValue, $"case {index} p");
        Near(D(r["yates"]), yates.Statistic, $"case {index} Yates X²");
        Near(D(r["yates_p"]), yates.PValue, $"case {index} Yates p");
        Near(D(r["min_expected"]), plain.MinimumExpected, $"case {index} minimum expected");
    }

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void FisherExact_MatchesRFisherTest(int index)
    {
        var r = Cases[index];
        var (a, n1, c, n0) = Counts(r);
        var result = TwoByTwoTest.FisherExact(a, n1, c, n0);
        Assert.Equal(TwoByTwoMethod.FisherExact, result.Method);
        Assert.True(double.IsNaN(result.Statistic));
        Near(D(r["fisher_p"]), result.PValue, $"case {index} Fisher p");
    }

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void RelativeRate_MatchesKatzIntervalInR(int index)
    {
        var r = Cases[index];
        var (a, n1, c, n0) = Counts(r);
        var at95 = TwoByTwoTest.Compare(a, n1, c, n0);
        var at90 = TwoByTwoTest.Compare(a, n1, c, n0, new TwoByTwoOptions { Confidence = 0.90 });
        Near(D(r["rr"]), at95.RelativeRate, $"case {index} RR");
        Near(D(r["lower95"]), at95.Lower, $"case {index} lower 95%");
        Near(D(r["upper95"]), at95.Upper, $"case {index} upper 95%");
        Near(D(r["lower90"]), at90.Lower, $"case {index} lower 90%");
        Near(D(r["upper90"]), at90.Upper, $"case {index} upper 90%");
    }

    [Theory]
    [MemberData(nameof(CaseNumbers))]
    public void Compare_TakesFisherExactlyWhenAnExpectedCountIsBelowFive(int index)
    {
        var r = Cases[index];
        var (a, n1, c, n0) = Counts(r);
        var result = TwoByTwoTest.Compare(a, n1, c, n0);
        var exact = D(r["min_expected"]) < 5;
        Assert.Equal(exact ? TwoByTwoMethod.FisherExact : TwoByTwoMethod.ChiSquare, result.Method);
        Near(D(r[exact ? "fisher_p" : "chisq_p"]), result.PValue, $"case {index} p");
    }

    [Fact]
    public void ChiSquare_HandWorked()
    {
        // 12 of 400 against 30 of 2000: a = 12, b = 388, c = 30, d = 1970, n = 2400.
        // Margins: rows 400 and 2000, columns 42 and 2358. |ad - bc| / n = |23640 - 11640| / 2400 = 5.
        // X² = 5² × n × (1/(400·42) + 1/(400·2358) + 1/(2000·42) + 1/(2000·2358)) = 25 × 2400 × 7.2701e-5 = 4.3621 (R: 4.36205)
        // RR = 0.03 / 0.015 = 2; minimum expected 400 × 42 / 2400 = 7, so Compare uses chi-square.
        var result = TwoByTwoTest.Compare(12, 400, 30, 2000);
        Assert.Equal(TwoByTwoMethod.ChiSquare, result.Method);
        Assert.Equal(2, result.RelativeRate, 12);
        Assert.Equal(7, result.MinimumExpected, 12);
        var expected = 25.0 * 2400 * ((1.0 / (400 * 42)) + (1.0 / (400 * 2358)) + (1.0 / (2000 * 42)) + (1.0 / (2000 * 2358)));
        Assert.Equal(expected, result.Statistic, 10);
    }

    [Fact]
    public void FisherExact_HandWorked()
    {
        // 1 of 2 against 0 of 2: margins rows 2, 2, columns 1 event, 3 non-events. a is 0 or 1 with
        // P(a = 0) = C(1,0)C(3,2)/C(4,2) = 3/6 and P(a = 1) = C(1,1)C(3,1)/C(4,2) = 3/6: both tables as probable, p = 1.
        Assert.Equal(1, TwoByTwoTest.FisherExact(1, 2, 0, 2).PValue, 12);
        // 3 of 3 against 0 of 3: P(a = 3) = 1/C(6,3) = 1/20, and a = 0 is as improbable: p = 2/20 = 0.1.
        Assert.Equal(0.1, TwoByTwoTest.FisherExact(3, 3, 0, 3).PValue, 12);
    }

    [Fact]
    public void Compare_NoReferenceEvents_RatioAndIntervalAreNaN()
    {
        var result = TwoByTwoTest.Compare(3, 100, 0, 1000);
        Assert.True(double.IsNaN(result.RelativeRate));
        Assert.True(double.IsNaN(result.Lower));
        Assert.Equal(TwoByTwoMethod.FisherExact, result.Method);
    }

    [Fact]
    public void Compare_MoreEventsThanPopulation_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => TwoByTwoTest.Compare(7, 5, 1, 10));
        Assert.Equal("7 events in a population of 5, 1 in a reference population of 10: a group's events are part of its population, so they cannot be more.", ex.Message);
    }

    [Fact]
    public void Compare_NegativeCount_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => TwoByTwoTest.Compare(-1, 5, 1, 10));
        Assert.Equal("Events -1 and reference events 1: counts must be 0 or more.", ex.Message);
    }

    [Fact]
    public void Compare_ConfidenceOutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoByTwoTest.Compare(3, 100, 5, 100, new TwoByTwoOptions { Confidence = 1 }));
    }
}
