using Csc.Analysis.Disclosure;

namespace Csc.Analysis.Tests.Disclosure;

public sealed class SuppressionAuditTests
{
    [Fact]
    public void OneWithheldPartOfAShownTotal_IsRecoverable()
    {
        var t = new SuppressionTable();
        var a = t.AddCell("a", 3);
        var b = t.AddCell("b", 10);
        var total = t.AddCell("total", 13);
        t.AddTotal(total, [a, b]);
        Assert.Equal([a], SuppressionAudit.RecoverableCells(t, i => i == a));
    }

    [Fact]
    public void TwoWithheldParts_AreNotRecoverable()
    {
        var t = new SuppressionTable();
        var a = t.AddCell("a", 3);
        var b = t.AddCell("b", 10);
        var total = t.AddCell("total", 13);
        t.AddTotal(total, [a, b]);
        Assert.Empty(SuppressionAudit.RecoverableCells(t, i => i == a || i == b));
    }

    [Fact]
    public void CycleOfWithheldCells_IsSafe_ACellAloneInItsColumnIsNot()
    {
        // 3x3 grid with row and column totals shown. Withheld: x00, x01, x10, x12, x21, x22.
        // Rows r0{x00,x01}, r1{x10,x12}, r2{x21,x22}; columns c0{x00,x10}, c1{x01,x21}, c2{x12,x22}:
        // one 6-cycle, so every equation has two unknowns and no combination isolates one.
        var grid = SuppressionTable.ForGrid(new double[,] { { 2, 2, 9 }, { 3, 8, 3 }, { 9, 4, 4 } }, rowTotals: true, columnTotals: true);
        static int Cell(int r, int c) => (r * 4) + c;
        int[] cycle = [Cell(0, 0), Cell(0, 1), Cell(1, 0), Cell(1, 2), Cell(2, 2), Cell(2, 1)];
        Assert.Empty(SuppressionAudit.RecoverableCells(grid, cycle.Contains));

        // The 2x2 block r0..r1 x c0..c1 is safe, but x22 with its row total x23 leaves x22 the only
        // unknown of column 2: column total minus the shown cells gives it.
        int[] block = [Cell(0, 0), Cell(0, 1), Cell(1, 0), Cell(1, 1), Cell(2, 2), Cell(2, 3)];
        var recovered = SuppressionAudit.RecoverableCells(grid, block.Contains);
        Assert.Contains(Cell(2, 2), recovered);
        Assert.DoesNotContain(Cell(0, 0), recovered);
    }
}
