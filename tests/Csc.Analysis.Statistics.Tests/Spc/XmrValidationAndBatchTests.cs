using Csc.Analysis.Statistics.Spc;

namespace Csc.Analysis.Statistics.Tests.Spc;

public sealed class XmrValidationAndBatchTests
{
    [Fact]
    public void Evaluate_NaN_NamesTheIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => XmrChart.Evaluate([1, 2, double.NaN, 4], new SpcOptions()));
        Assert.StartsWith("Value at index 2 is NaN; an XmR chart needs a complete, finite series.", ex.Message);
    }

    [Fact]
    public void Evaluate_OneValue_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => XmrChart.Evaluate([1], new SpcOptions()));
        Assert.StartsWith("An XmR chart needs at least 2 values; got 1.", ex.Message);
    }

    [Theory]
    [InlineData(new[] { 0 }, "Rebase index 0 is invalid: rebase indices must be strictly increasing and within 1..5 (the first point already starts a segment).")]
    [InlineData(new[] { 4, 3 }, "Rebase index 3 is invalid: rebase indices must be strictly increasing and within 1..5 (the first point already starts a segment).")]
    [InlineData(new[] { 2, 3 }, "The segment starting at index 2 has only 1 point; every segment needs at least 2.")]
    [InlineData(new[] { 5 }, "The segment starting at index 5 has only 1 point; every segment needs at least 2.")]
    public void Evaluate_BadRebase_ExplainsWhy(int[] rebase, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => XmrChart.Evaluate([1, 2, 3, 4, 5, 6], new SpcOptions { RebaseAt = rebase }));
        Assert.StartsWith(message, ex.Message);
    }

    [Fact]
    public void Evaluate_FixAfterOne_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => XmrChart.Evaluate([1, 2, 3], new SpcOptions { FixAfter = 1 }));
        Assert.StartsWith("FixAfter must be at least 2 points (a moving range needs two); got 1.", ex.Message);
    }

    [Fact]
    public void EvaluateMany_ThreeSeries_EqualsOneByOne()
    {
        var a = SpcTestData.WithTail(16, 14, 10);
        double[] b = [10, 12, 11, 13, 12];
        var c = SpcTestData.WithTail(10.5, 10.6, 10.5, 10.6, 10.5, 10.6, 10.5);
        double[] all = [.. a, .. b, .. c];
        var options = new SpcOptions { Target = 12 };
        var points = new SpcPoint[all.Length];
        var variation = new VariationIcon[3];
        var assurance = new AssuranceIcon[3];
        XmrChart.EvaluateMany(all, [a.Length, b.Length, c.Length], options, points, variation, assurance);
        var offset = 0;
        var i = 0;
        foreach (var s in new[] { a, b, c })
        {
            var single = XmrChart.Evaluate(s, options);
            Assert.Equal(single.Points, points.AsSpan(offset, s.Length).ToArray());
            Assert.Equal(single.Variation, variation[i]);
            Assert.Equal(single.Assurance, assurance[i]);
            offset += s.Length;
            i++;
        }
    }

    [Fact]
    public void EvaluateMany_BadSeries_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            XmrChart.EvaluateMany([1, 2, 3, 4, 5], [4, 1], new SpcOptions(), new SpcPoint[5], new VariationIcon[2], new AssuranceIcon[2]));
        Assert.StartsWith("Series 1: An XmR chart needs at least 2 values; got 1.", ex.Message);
    }
}
