using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

public sealed class CouncilKpiTableTests
{
    private static readonly CouncilCode A = CouncilCode.Parse("311");
    private static readonly CouncilCode B = CouncilCode.Parse("312");

    private static Contact Contact(string id, string child, DateOnly day, CouncilCode? council)
        => new(id, child, day, null, BragRating.None, ContactOutcome.Referral, null) { Council = council };

    private static CaseData One(CouncilCode? council, int contacts) => new()
    {
        ExtractDate = new DateOnly(2017, 3, 31),
        Contacts = [.. Enumerable.Range(1, contacts).Select(i => Contact($"K{i}", $"C{i}", new DateOnly(2017, 2, 28), council))],
    };

    private static string Csv(Action<CsvOutput> write) => CsvOutput.ToText(CsvAudience.Program, write);

    [Fact]
    public void Compute_EachCouncilIsTheEngineOverItsRowsAlone()
    {
        // The same contact ids in both councils: 2 contacts in 311, 3 in 312 on 28 February 2017.
        var stack = new CaseData
        {
            ExtractDate = new DateOnly(2017, 3, 31),
            Contacts = [.. One(A, 2).Contacts, .. One(B, 3).Contacts],
        };
        var options = new KpiEngineOptions { From = new ReportingMonth(2017, 2), To = new ReportingMonth(2017, 2) };
        var councils = CouncilKpiTable.Compute(CouncilPartition.Split(stack), options).ToList();
        Assert.Equal([A, B], councils.Select(c => c.Code));
        var text = Csv(csv => CouncilKpiTable.WriteCsv(councils, csv));
        var lines = text.Split('\n');
        Assert.Equal("la_code," + string.Join(',', KpiTable.Columns), lines[0]);
        Assert.Contains("311,contacts,2017-02,2,2,", text, StringComparison.Ordinal);
        Assert.Contains("312,contacts,2017-02,3,3,", text, StringComparison.Ordinal);
        // Each council's rows are exactly the one-council table's rows of that council alone, after its code.
        foreach (var (code, n) in new[] { (A, 2), (B, 3) })
        {
            var alone = Csv(csv => KpiTable.WriteCsv(KpiEngine.Compute(One(null, n), options), csv)).Split('\n').Skip(1).Where(l => l.Length > 0);
            var mine = lines.Skip(1).Where(l => l.StartsWith(code.Value + ",", StringComparison.Ordinal)).Select(l => l[(code.Value.Length + 1)..]);
            Assert.Equal(alone, mine);
        }
    }

    [Fact]
    public void WriteJsonAndUnreliable_LeadWithLaCode()
    {
        var options = new KpiEngineOptions { From = new ReportingMonth(2017, 2), To = new ReportingMonth(2017, 2) };
        var councils = CouncilKpiTable.Compute(CouncilPartition.Split(new CaseData { Contacts = [.. One(A, 1).Contacts, .. One(B, 1).Contacts] }), options).ToList();
        using var stream = new MemoryStream();
        CouncilKpiTable.WriteJson(councils, stream, id => id == "contacts");
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"la_code\": \"311\",\n    \"kpi_id\": \"contacts\"", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"unreliable\": true", json, StringComparison.Ordinal);
        var csv = Csv(c => CouncilKpiTable.WriteCsv(councils, c, id => id == "contacts"));
        Assert.EndsWith(",unreliable", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("312,contacts,2017-02,1,1,,1,1,,,,true\n", csv, StringComparison.Ordinal);
    }
}
