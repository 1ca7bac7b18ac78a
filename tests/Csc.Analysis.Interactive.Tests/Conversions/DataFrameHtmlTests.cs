using Csc.Analysis.Interactive.Conversions;
using Csc.Analysis.Reporting.Html;
using Microsoft.Data.Analysis;

namespace Csc.Analysis.Interactive.Tests.Conversions;

public sealed class DataFrameHtmlTests
{
    private static DataFrame Frame(int rows) => new(
        new StringDataFrameColumn("team", Enumerable.Range(0, rows).Select(i => i == 1 ? null : "T" + i)),
        new DoubleDataFrameColumn("share", Enumerable.Range(0, rows).Select(i => i == 1 ? (double?)null : i / 8.0)),
        new Int64DataFrameColumn("count", Enumerable.Range(0, rows).Select(i => (long?)(i * 1000))),
        new PrimitiveDataFrameColumn<DateTime>("month_start", Enumerable.Range(0, rows).Select(i => (DateTime?)new DateTime(2017, i % 12 + 1, 1))));

    [Fact]
    public void ToHtmlTable_MixedColumns_NumbersRightAlignedNullsDash()
    {
        var t = Frame(2).ToHtmlTable("Teams");
        Assert.Equal("Teams (2 rows \u00d7 4 columns)", t.Caption);
        Assert.Equal([ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Left], t.Columns.Select(c => c.Align));
        Assert.Equal(["T0", "0", "0", "2017-01-01"], t.Rows[0].Select(c => c.TextValue));
        // row 1: null team and share show as an en dash; 1000 with the invariant group separator
        Assert.Equal(["\u2013", "\u2013", "1,000", "2017-02-01"], t.Rows[1].Select(c => c.TextValue));
    }

    [Fact]
    public void ToHtmlTable_MoreRowsThanMax_CaptionSaysFirstShown()
    {
        var t = Frame(5).ToHtmlTable(maxRows: 3);
        Assert.Equal(3, t.Rows.Count);
        Assert.Equal("DataFrame: 5 rows \u00d7 4 columns, first 3 shown", t.Caption);
    }

    [Fact]
    public void ToHtmlTable_MaxRowsZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Frame(1).ToHtmlTable(maxRows: 0));
    }

    [Fact]
    public void ToHtmlTable_Rendered_IsATableWithCaption()
    {
        var html = HtmlFragment.Render(Frame(1).ToHtmlTable("One")).Markup;
        Assert.Contains("<table", html);
        Assert.Contains("One (1 rows \u00d7 4 columns)", html);
    }
}
