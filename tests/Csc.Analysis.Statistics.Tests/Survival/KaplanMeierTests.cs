using Csc.Analysis.Statistics.Survival;
using static Csc.Analysis.Statistics.Tests.Regression.ReferenceFiles;

namespace Csc.Analysis.Statistics.Tests.Survival;

public sealed class KaplanMeierTests
{
    // The 6-MP arm of the Freireich leukaemia trial; expected values from R survival::survfit
    // (Survival/Reference/kaplan_meier.R and its CSV output). Hand check at 6 weeks: 21 at risk,
    // 3 relapses: S = 18/21 = 0.857143; Greenwood Σ d/(n(n-d)) = 3/(21·18) → se 0.089087.
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Data = Read("Survival", "Reference", "six_mp.csv");

    private static SurvivalCurve Fit(SurvivalConfidenceType type)
        => KaplanMeier.Estimate([.. Data.Select(r => D(r["time"]))], [.. Data.Select(r => r["event"] == "1")], new KaplanMeierOptions { ConfidenceType = type });

    [Theory]
    [InlineData(SurvivalConfidenceType.Log, "six_mp_log.csv")]
    [InlineData(SurvivalConfidenceType.Plain, "six_mp_plain.csv")]
    [InlineData(SurvivalConfidenceType.LogLog, "six_mp_loglog.csv")]
    public void Estimate_SixMp_MatchesRSurvfit(SurvivalConfidenceType type, string file)
    {
        var curve = Fit(type);
        var expected = Read("Survival", "Reference", file);
        Assert.Equal(expected.Count, curve.Steps.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var s = curve.Steps[i];
            Assert.Equal(D(e["time"]), s.Time);
            Assert.Equal(int.Parse(e["n_risk"]), s.AtRisk);
            Assert.Equal(int.Parse(e["n_event"]), s.Events);
            Assert.Equal(int.Parse(e["n_censor"]), s.Censored);
            Assert.Equal(D(e["surv"]), s.Survival, 1e-12);
            Assert.Equal(D(e["std_err_cumhaz"]), s.StandardError, 1e-12);
            Assert.Equal(D(e["lower"]), s.Lower, 1e-12);
            Assert.Equal(D(e["upper"]), s.Upper, 1e-12);
        }
    }

    [Fact]
    public void Estimate_SixMp_MedianIs23Weeks()
    {
        // S(22) = 0.538 > 0.5, S(23) = 0.448: the median remission time is 23 weeks (as R prints).
        var curve = Fit(SurvivalConfidenceType.Log);
        Assert.Equal(23, curve.Median);
        Assert.Equal(9, curve.TotalEvents);
        Assert.Equal(0.62745098039215674, curve.SurvivalAt(21), 12);
        Assert.Equal(1, curve.SurvivalAt(5.9));
    }

    [Fact]
    public void Estimate_AllCensored_SurvivalStaysOneAndNoMedian()
    {
        var curve = KaplanMeier.Estimate([1, 2, 3], [false, false, false]);
        Assert.All(curve.Steps, s => Assert.Equal(1, s.Survival));
        Assert.Null(curve.Median);
    }

    [Fact]
    public void Estimate_NegativeTime_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([1, -2], [true, true]));
        Assert.Contains("times[1] is -2", ex.Message);
    }
}
