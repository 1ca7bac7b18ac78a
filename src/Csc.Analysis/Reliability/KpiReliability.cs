using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Reliability;

/// <summary>
/// Which KPIs can be trusted after a load: a KPI is unreliable when a table it reads (its
/// <see cref="KpiDefinition.Sources"/>) lost rows or its whole file, since its counts may then be too low.
/// Tables are known from <see cref="SourceFile.Table"/>; a file without a table (formats whose files
/// mix tables) marks nothing. children.csv, events and the optional national-measure tables are not
/// KPI sources, so their losses are listed but mark no KPI.
/// </summary>
public sealed class KpiReliability
{
    private readonly HashSet<string> unreliable;

    private KpiReliability(IReadOnlyList<TableLoss> losses, IReadOnlyList<string> unreliableIds)
    {
        Losses = losses;
        UnreliableKpis = unreliableIds;
        unreliable = new HashSet<string>(unreliableIds, StringComparer.Ordinal);
    }

    /// <summary>Nothing lost.</summary>
    public static KpiReliability Reliable { get; } = new([], []);

    /// <summary>The tables that lost rows or their file, in the load's file order.</summary>
    public IReadOnlyList<TableLoss> Losses { get; }

    /// <summary>The ids of the unreliable KPIs, in catalogue order.</summary>
    public IReadOnlyList<string> UnreliableKpis { get; }

    /// <summary>True when at least one KPI is unreliable.</summary>
    public bool Any => UnreliableKpis.Count > 0;

    /// <summary>True when <paramref name="kpiId"/> reads a table that lost rows.</summary>
    public bool IsUnreliable(string kpiId) => unreliable.Contains(kpiId);

    /// <summary>The tables <paramref name="definition"/> reads that lost rows.</summary>
    public IReadOnlyList<TableLoss> LossesOf(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [.. Losses.Where(l => (SourceOf(l.Table) & definition.Sources) != KpiSources.None)];
    }

    /// <summary>Assesses <paramref name="load"/> against the KPIs of <paramref name="catalog"/>.</summary>
    public static KpiReliability Assess(LoadResult load, KpiCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(catalog);
        var losses = new List<TableLoss>();
        foreach (var file in load.Files)
        {
            if (file.Table is not { } table || (file.Rejected == 0 && !file.Unusable && !file.ChildIdsDoNotJoin))
            {
                continue;
            }
            losses.Add(new TableLoss
            {
                Table = table,
                FileName = System.IO.Path.GetFileName(file.Path),
                RowsRead = file.Rows,
                RowsRejected = file.Rejected,
                FileRejected = file.Unusable,
                ChildIdsDoNotJoin = file.ChildIdsDoNotJoin,
            });
        }
        if (losses.Count == 0)
        {
            return Reliable;
        }
        var lost = losses.Aggregate(KpiSources.None, (s, l) => s | SourceOf(l.Table));
        var ids = catalog.Definitions.Where(d => (d.Sources & lost) != KpiSources.None).Select(d => d.Id).ToList();
        return new KpiReliability(losses, ids);
    }

    /// <summary>The KPI source flag of a table (<see cref="KpiSources.None"/> for tables no KPI counts from).</summary>
    public static KpiSources SourceOf(CaseTable table) => table switch
    {
        CaseTable.Contacts => KpiSources.Contacts,
        CaseTable.Referrals => KpiSources.Referrals,
        CaseTable.Assessments => KpiSources.Assessments,
        CaseTable.Section47 => KpiSources.Section47,
        CaseTable.CpPlans => KpiSources.CpPlans,
        CaseTable.CpVisits => KpiSources.CpVisits,
        CaseTable.CinPlans => KpiSources.CinPlans,
        CaseTable.LacEpisodes => KpiSources.LacEpisodes,
        CaseTable.MissingEpisodes => KpiSources.MissingEpisodes,
        CaseTable.Advocacy => KpiSources.Advocacy,
        CaseTable.EarlyHelp => KpiSources.EarlyHelp,
        CaseTable.CpReviews => KpiSources.CpReviews,
        CaseTable.LacReviews => KpiSources.LacReviews,
        CaseTable.LacHealth => KpiSources.LacHealth,
        CaseTable.CareLeavers => KpiSources.CareLeavers,
        CaseTable.Population => KpiSources.Population,
        _ => KpiSources.None,
    };

    /// <summary>One sentence for a page or a terminal: which KPIs are unreliable and why.</summary>
    public string Summary()
    {
        if (!Any)
        {
            return "All KPIs are reliable: no input row was rejected.";
        }
        return $"{UnreliableKpis.Count} KPI{(UnreliableKpis.Count == 1 ? " is" : "s are")} unreliable (their counts may be too low) because input was rejected: "
            + string.Join("; ", Losses.Select(l => l.Describe())) + ". Unreliable: " + string.Join(", ", UnreliableKpis) + ".";
    }
}
