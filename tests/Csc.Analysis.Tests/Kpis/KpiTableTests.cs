using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using static Csc.Analysis.Tests.Kpis.K;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiTableTests
{
    private static KpiResults Results() => Run(
        new CaseData
        {
            Section47Enquiries = [S47("2017-05-02", "2017-05-02"), S47("2017-05-05", "2017-05-30"), S47("2017-05-08", "2017-05-09")],
        },
        "2017-05", "2017-05", null, KpiIds.Icpcs, KpiIds.IcpcWithin15WdPct, KpiIds.CpPlans);

    [Fact]
    public void WriteCsv_ExactColumnsAndFormatting()
    {
        var w = new StringWriter();
        KpiTable.WriteCsv(Results(), w);
        // 2 of 3 within 15 WD: 66.666...%; unrounded, invariant; empty where not applicable; cp_plans has no data: all empty.
        Assert.Equal(
            "kpi_id,month,value,numerator,denominator,ytd_value,ytd_numerator,ytd_denominator,target,rag\n"
            + "icpcs,2017-05,3,3,,3,3,,,\n"
            + "icpc_within_15wd_pct,2017-05,66.66666666666667,2,3,66.66666666666667,2,3,90,red\n"
            + "cp_plans,2017-05,,,,,,,,\n",
            w.ToString());
    }

    [Fact]
    public void WriteJson_SameKeysNullWhereEmpty()
    {
        using var stream = new MemoryStream();
        KpiTable.WriteJson(Results(), stream);
        using var doc = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(KpiTable.Columns, rows[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(66.66666666666667, rows[1].GetProperty("value").GetDouble());
        Assert.Equal("red", rows[1].GetProperty("rag").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[0].GetProperty("denominator").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[0].GetProperty("rag").ValueKind);
    }
}
