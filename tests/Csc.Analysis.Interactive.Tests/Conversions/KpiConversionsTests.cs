using Csc.Analysis.Domain;
using Csc.Analysis.Interactive.Conversions;
using Csc.Analysis.Kpis;
using Deedle;

namespace Csc.Analysis.Interactive.Tests.Conversions;

public sealed class KpiConversionsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>April: 2 ICPCs, 1 within 15 WD; May: none; June: 1 within.</summary>
    private static KpiResults Results() => KpiEngine.Compute(
        new CaseData
        {
            Section47Enquiries =
            [
                new("S1", "C1", D("2017-04-03"), false, D("2017-04-04"), null, null, "T1", "W1"),
                new("S2", "C2", D("2017-04-03"), false, D("2017-04-28"), null, null, "T2", "W1"),
                new("S3", "C3", D("2017-06-01"), false, D("2017-06-02"), null, null, "T1", "W1"),
            ],
        },
        new KpiEngineOptions { From = ReportingMonth.Parse("2017-04"), To = ReportingMonth.Parse("2017-06"), KpiIds = [KpiIds.Icpcs, KpiIds.IcpcWithin15WdPct] });

    [Fact]
    public void ToDataFrame_TidyColumnsAndValues()
    {
        var df = Results().ToDataFrame();
        Assert.Equal([.. KpiTable.Columns, "month_start"], df.Columns.Select(c => c.Name));
        Assert.Equal(6, df.Rows.Count);
        // row 3 is icpc_within_15wd_pct in April: 1 of 2 = 50%, red against 90.
        Assert.Equal("icpc_within_15wd_pct", df["kpi_id"][3]);
        Assert.Equal(50.0, df["value"][3]);
        Assert.Equal(2L, df["denominator"][3]);
        Assert.Equal("red", df["rag"][3]);
        Assert.Null(df["value"][4]); // May: no ICPCs, no percentage
        Assert.Null(df["denominator"][0]); // icpcs is a count
        Assert.Equal(new DateTime(2017, 4, 1), df["month_start"][0]);
    }

    [Fact]
    public void ToSeries_MonthKeysAndMissingMonths()
    {
        var s = Results().ToSeries(KpiIds.IcpcWithin15WdPct);
        Assert.Equal([new DateTime(2017, 4, 1), new DateTime(2017, 5, 1), new DateTime(2017, 6, 1)], s.Keys);
        Assert.Equal(50.0, s[new DateTime(2017, 4, 1)]);
        Assert.False(s.TryGet(new DateTime(2017, 5, 1)).HasValue); // missing
        Assert.Equal(2, s.ValueCount);
    }

    [Fact]
    public void ToSeries_YtdFigure_Pooled()
    {
        // June YTD: 2 within of 3 held since April.
        var s = Results().ToSeries(KpiIds.IcpcWithin15WdPct, KpiFigure.YtdValue);
        Assert.Equal(200.0 / 3, s[new DateTime(2017, 6, 1)], 12);
    }

    [Fact]
    public void ToFrame_OneColumnPerKpi()
    {
        var f = Results().ToFrame();
        Assert.Equal([KpiIds.Icpcs, KpiIds.IcpcWithin15WdPct], f.ColumnKeys);
        Assert.Equal(3, f.RowCount);
        Assert.Equal(2.0, f.GetColumn<double>(KpiIds.Icpcs)[new DateTime(2017, 4, 1)]);
    }

    [Fact]
    public void ToDataFrame_DrillDownGroups()
    {
        var data = new CaseData
        {
            Section47Enquiries = [new("S1", "C1", D("2017-04-03"), false, D("2017-04-04"), null, null, "T1", "W1"), new("S2", "C2", D("2017-04-03"), false, D("2017-04-28"), null, null, "T2", "W1")],
        };
        var groups = KpiDrillDown.By(data, KpiIds.IcpcWithin15WdPct, ReportingMonth.Parse("2017-04"), KpiDimension.Team);
        var df = groups.ToDataFrame();
        Assert.Equal(["kpi_id", "month", "dimension", "key", "numerator", "denominator", "value"], df.Columns.Select(c => c.Name));
        Assert.Equal(2, df.Rows.Count);
        Assert.Equal("T1", df["key"][0]); // same denominator (1): ordered by key
        Assert.Equal(100.0, df["value"][0]);
    }
}
