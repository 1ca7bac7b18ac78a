using Csc.Analysis.Statistics.Series;
using Csc.Analysis.Statistics.Tests.Reference;

namespace Csc.Analysis.Statistics.Tests.Series;

/// <summary>
/// Quantiles against R 4.2 <c>quantile(x, probs, type = 1..9)</c> and <c>median(x)</c>. Expected values:
/// Reference/quantiles_r.csv from <c>cd tests/Csc.Analysis.Statistics.Tests/Reference &amp;&amp; Rscript generate_quantiles.R</c>.
/// </summary>
public sealed class QuantilesVersusRTests
{
    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in ReferenceData.Rows("quantile_inputs.csv").Select(r => r["case"]).Distinct())
            {
                data.Add(name);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quantile_AllNineTypesAndMedian_MatchR(string caseName)
    {
        var values = ReferenceData.Rows("quantile_inputs.csv").Where(r => r["case"] == caseName)
            .OrderBy(r => ReferenceData.Int(r["index"])).Select(r => ReferenceData.Number(r["value"])).ToArray();
        var rows = ReferenceData.Rows("quantiles_r.csv").Where(r => r["case"] == caseName).ToArray();
        Assert.Equal(1 + 9 * 12, rows.Length);
        foreach (var row in rows)
        {
            var type = ReferenceData.Int(row["type"]);
            var p = ReferenceData.Number(row["p"]);
            var expected = ReferenceData.Number(row["value"]);
            var actual = type == 0 ? Quantiles.Median(values) : Quantiles.Quantile(values, p, (QuantileMethod)type);
            Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)),
                $"{caseName} type {type} p {p:R}: expected {expected:R}, got {actual:R}");
        }
    }
}

public sealed class QuantilesTests
{
    [Fact]
    public void Median_EvenCount_MeanOfMiddlePair()
    {
        // Sorted: 1 2 3 4 7 9 -> (3 + 4) / 2 = 3.5.
        Assert.Equal(3.5, Quantiles.Median([9, 1, 4, 7, 3, 2]));
    }

    [Fact]
    public void Median_DoesNotReorderInput()
    {
        double[] values = [3, 1, 2];
        Assert.Equal(2, Quantiles.Median(values));
        Assert.Equal([3.0, 1, 2], values);
    }

    [Fact]
    public void Quantile_ExcelInclusiveQuartile_MatchesHandWorking()
    {
        // Excel QUARTILE.INC({1,2,3,4,5,6,7,8}, 1): position 1 + 7 * 0.25 = 2.75 -> 2 + 0.75 * (3 - 2) = 2.75.
        Assert.Equal(2.75, Quantiles.Quantile([8, 7, 6, 5, 4, 3, 2, 1], 0.25, QuantileMethod.ExcelInclusive));
    }

    [Fact]
    public void Quantile_ExcelExclusiveQuartile_MatchesHandWorking()
    {
        // Excel QUARTILE.EXC({1,...,8}, 1): position 0.25 * (8 + 1) = 2.25 -> 2 + 0.25 * (3 - 2) = 2.25.
        Assert.Equal(2.25, Quantiles.Quantile([1, 2, 3, 4, 5, 6, 7, 8], 0.25, QuantileMethod.ExcelExclusive));
    }

    [Fact]
    public void Quantile_SeveralProbabilities_OneCall()
    {
        // R type 7 on 0..10: p * 10.
        var values = Enumerable.Range(0, 11).Select(i => (double)i).Reverse().ToArray();
        Assert.Equal([0.0, 2.5, 5, 7.5, 10], Quantiles.Quantile(values, [0, 0.25, 0.5, 0.75, 1]));
    }

    [Fact]
    public void SelectInPlace_RandomData_AgreesWithSort()
    {
        var random = new Random(12345);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(1, 300);
            // Few distinct values so that ties are common.
            var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, trial % 2 == 0 ? 5 : 1000)).ToArray();
            var sorted = values.Order().ToArray();
            var k = random.Next(0, n);
            Assert.Equal(sorted[k], Quantiles.SelectInPlace(values.ToArray(), k));
        }
    }

    [Fact]
    public void SelectInPlace_ManyOrders_AgreesWithSort()
    {
        // Sorted, reversed, organ-pipe and all-equal orders (classic bad cases for simple pivots).
        var n = 1000;
        double[][] orders =
        [
            Enumerable.Range(0, n).Select(i => (double)i).ToArray(),
            Enumerable.Range(0, n).Select(i => (double)(n - i)).ToArray(),
            Enumerable.Range(0, n).Select(i => (double)Math.Min(i, n - i)).ToArray(),
            Enumerable.Repeat(3.0, n).ToArray(),
        ];
        foreach (var values in orders)
        {
            var sorted = values.Order().ToArray();
            foreach (var k in new[] { 0, 1, n / 2 - 1, n / 2, n - 1 })
            {
                Assert.Equal(sorted[k], Quantiles.SelectInPlace(values.ToArray(), k));
            }
        }
    }

    [Fact]
    public void Median_Empty_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Quantiles.Median([]));
        Assert.Equal("Cannot take a quantile of no values: supply at least one value.", ex.Message);
    }

    [Fact]
    public void Median_NaN_RefusedWithIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => Quantiles.Median([1, double.NaN, 3]));
        Assert.Equal("The values contain NaN (missing) at index 1: remove or fill missing values before taking a quantile.", ex.Message);
    }

    [Fact]
    public void Quantile_ProbabilityOutOfRange_Refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Quantile([1.0, 2], 1.5));
        Assert.StartsWith("The probability must be between 0 and 1 (got 1.5).", ex.Message, StringComparison.Ordinal);
    }
}
