using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Ssd;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Data.Tests.Ssd;

/// <summary>The synthetic council written as an SSD drop and read back gives the canonical extract's KPI table.</summary>
public sealed class SsdRoundTripTests
{
    /// <summary>KPIs the SSD cannot supply: what they need (BRAG, advocacy, RHI timing, in/out-of-area, the population estimates of the rates per 10,000) is not in the SSD.</summary>
    public static IReadOnlySet<string> NotSupplied { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "contacts_blue_pct",
        "rhi_within_72h_pct",
        "lac_outside_la_pct",
        "lac_with_advocate_pct",
        "advocacy_lac_pct",
        "referrals_rate_per_10k",
        "s47_rate_per_10k",
        "icpc_rate_per_10k",
        "cp_plans_rate_per_10k",
        "cin_rate_per_10k",
        "lac_rate_per_10k",
    };

    private static readonly Lazy<CaseData> Council = new(() => SyntheticGenerator.Generate(SyntheticOptions.Default).Data);

    internal static CaseData Generated => Council.Value;

    private static readonly Lazy<IReadOnlyList<string>> CanonicalRows = new(() =>
    {
        using var canonical = new TempFolder();
        CanonicalExtractWriter.Write(Generated, canonical.Path);
        return KpiRows(CaseDataLoader.Load(canonical.Path, DataFormat.Canonical).Data);
    });

    /// <summary>The KPI table of the synthetic council loaded from its canonical extract.</summary>
    internal static IReadOnlyList<string> CanonicalKpiRows => CanonicalRows.Value;

    internal static IReadOnlyList<string> KpiRows(CaseData data)
    {
        var results = KpiEngine.Compute(data, new KpiEngineOptions());
        using var text = new StringWriter();
        KpiTable.WriteCsv(results, text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The rows of the KPI table that differ, for the KPIs the SSD supplies.</summary>
    internal static List<string> Differences(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var diffs = new List<string>();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var id = expected[i].Split(',')[0];
            if (!NotSupplied.Contains(id) && expected[i] != actual[i])
            {
                diffs.Add($"canonical {expected[i]} | ssd {actual[i]}");
            }
        }
        return diffs;
    }

    [Fact]
    public void CsvDrop_GivesTheCanonicalKpiTable_ExceptWhatSsdCannotSupply()
    {
        using var ssd = new TempFolder();
        SsdWriter.Write(Generated, ssd.Path);
        var fromSsd = CaseDataLoader.Load(ssd.Path);

        Assert.Equal(DataFormat.Ssd, fromSsd.Format);
        Assert.Equal(0, fromSsd.ErrorCount);
        AssertSameKpis(fromSsd);
    }

    /// <summary>The load's KPI table equals the canonical one row for row, except <see cref="NotSupplied"/>.</summary>
    internal static void AssertSameKpis(LoadResult fromSsd)
    {
        var diffs = Differences(CanonicalKpiRows, KpiRows(fromSsd.Data));
        Assert.True(diffs.Count == 0, string.Join(" ", diffs.Select(d => d.Split(',')[0]).Distinct()) + "\n" + string.Join("\n", diffs.Take(5)));
    }
}
