using CsCheck;
using Csc.Analysis.Disclosure;

namespace Csc.Analysis.Tests.Disclosure;

public sealed class SmallCountSuppressionTests
{
    private static readonly DisclosureOptions Dfe = DisclosureOptions.Default;

    [Fact]
    public void MonthsWithYtd_OneSmallMonth_WithholdsTheSmallestOtherMonth()
    {
        // Apr 12, May 3, Jun 9, YTD 24: May is primary; with YTD shown it is 24 - 12 - 9, so the smallest
        // other non-zero month (Jun, 9) is withheld too.
        var t = SuppressionTable.ForGrid(new double[,] { { 12, 3, 9 } }, rowTotals: true, columnTotals: false);
        var r = SmallCountSuppression.Apply(t, Dfe);
        Assert.Equal([CellSuppression.Shown, CellSuppression.Primary, CellSuppression.Secondary, CellSuppression.Shown], r.Cells);
        Assert.Equal("12 c c 24", string.Join(' ', Enumerable.Range(0, t.Count).Select(i => r.Disclosed(i).Format())));
    }

    [Fact]
    public void OnlyZerosBeside_WithholdsTheTotal()
    {
        // Parts 0, 4, 0 and total 4: the total is itself small. Parts 0, 3, 0, 0 with total 3 likewise.
        // Parts 0, 2, 20 and total 22: the complement is 20 (zeros are not used while a non-zero cell is left).
        var t = SuppressionTable.ForGrid(new double[,] { { 0, 2, 20 } }, rowTotals: true, columnTotals: false);
        var r = SmallCountSuppression.Apply(t, Dfe);
        Assert.Equal([CellSuppression.Shown, CellSuppression.Primary, CellSuppression.Secondary, CellSuppression.Shown], r.Cells);
    }

    [Fact]
    public void TeamsByMonth_WithMargins_SecondarySpreadsToProtectColumnsToo()
    {
        // Two teams x two months with totals. Team A May = 2 (primary). Row A: withhold A Apr (10).
        // Column Apr then has A Apr alone: withhold B Apr (30). Column May has A May alone: withhold B May (40).
        // Row B now has two withheld; the council row and YTD column stay shown.
        var t = SuppressionTable.ForGrid(new double[,] { { 10, 2 }, { 30, 40 } }, rowTotals: true, columnTotals: true);
        var r = SmallCountSuppression.Apply(t, Dfe);
        Assert.Equal(1, r.PrimaryCount);
        Assert.Equal(3, r.SecondaryCount);
        Assert.Empty(SuppressionAudit.RecoverableCells(t, r.IsSuppressed));
        Assert.False(r.IsSuppressed(6)); // council, April (cells are 3 wide: A Apr, A May, A YTD, B ..., council ...)
        Assert.False(r.IsSuppressed(8)); // council, YTD
    }

    [Fact]
    public void NothingSmall_NothingWithheld()
    {
        var t = SuppressionTable.ForGrid(new double[,] { { 10, 0 }, { 30, 40 } }, rowTotals: true, columnTotals: true);
        var r = SmallCountSuppression.Apply(t, Dfe);
        Assert.Equal(0, r.PrimaryCount + r.SecondaryCount);
    }

    [Fact]
    public void RandomGrids_NoWithheldCellIsRecoverable_AndEverySmallCountIsWithheld()
    {
        var grids = Gen.Int[1, 5].SelectMany(rows => Gen.Int[1, 6].SelectMany(cols =>
            Gen.Int[0, 14].Array[rows * cols].Select(values => (rows, cols, values))));
        grids.Sample(g =>
        {
            var counts = new double[g.rows, g.cols];
            for (var i = 0; i < g.values.Length; i++)
            {
                counts[i / g.cols, i % g.cols] = g.values[i];
            }
            var t = SuppressionTable.ForGrid(counts, rowTotals: true, columnTotals: g.rows > 1);
            var r = SmallCountSuppression.Apply(t, Dfe);
            for (var i = 0; i < t.Count; i++)
            {
                if (t.Values[i] is > 0 and <= 5)
                {
                    Assert.True(r.IsSuppressed(i), $"small cell {t.Labels[i]} shown");
                }
            }
            Assert.Empty(SuppressionAudit.RecoverableCells(t, r.IsSuppressed));
            foreach (var c in t.Constraints)
            {
                Assert.NotEqual(1, c.Members.Count(r.IsSuppressed));
            }
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Table_RefusesNegativeCount()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SuppressionTable().AddCell("a", -1));
        Assert.StartsWith("The cell 'a' has count -1: counts must be 0 or more.", ex.Message, StringComparison.Ordinal);
    }
}
