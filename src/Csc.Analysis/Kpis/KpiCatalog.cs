namespace Csc.Analysis.Kpis;

/// <summary>
/// A set of KPI definitions in pack order (<see cref="Catalog.KpiPack"/>), each checked
/// (<see cref="KpiDefinition.Check"/>). <see cref="Default"/> has the default timescales and ratings; <see cref="KpiConfig.Apply"/>
/// makes a council's catalogue.
/// </summary>
public sealed class KpiCatalog
{
    private readonly Dictionary<string, KpiDefinition> byId;

    /// <summary>A catalogue of <paramref name="definitions"/> (checked with <see cref="KpiDefinition.Check"/>; duplicate ids refused), made with <paramref name="timescales"/>.</summary>
    public KpiCatalog(IEnumerable<KpiDefinition> definitions, KpiTimescales? timescales = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        Definitions = [.. definitions];
        Timescales = timescales ?? KpiTimescales.Default;
        byId = new Dictionary<string, KpiDefinition>(StringComparer.Ordinal);
        foreach (var d in Definitions)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(definitions));
            if (d.Check() is { } problem)
            {
                throw new ArgumentException(problem, nameof(definitions));
            }
            if (!byId.TryAdd(d.Id, d))
            {
                throw new ArgumentException($"The KPI id '{d.Id}' appears twice; ids must be unique.", nameof(definitions));
            }
        }
    }

    /// <summary>Every KPI of the pack with the default timescales, targets and bands.</summary>
    public static KpiCatalog Default { get; } = For(KpiTimescales.Default);

    /// <summary>The default catalogue with these timescales (titles and calculations use them).</summary>
    public static KpiCatalog For(KpiTimescales timescales)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        return new KpiCatalog(Catalog.KpiPack.Default.Select(define => define(timescales)), timescales);
    }

    /// <summary>The definitions in pack order.</summary>
    public IReadOnlyList<KpiDefinition> Definitions { get; }

    /// <summary>The timescales the calculations use.</summary>
    public KpiTimescales Timescales { get; }

    /// <summary>The ids in pack order.</summary>
    public IEnumerable<string> Ids => Definitions.Select(d => d.Id);

    /// <summary>Whether the catalogue has a KPI with <paramref name="id"/>.</summary>
    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>The definition with <paramref name="id"/>, if any.</summary>
    public bool TryGet(string id, out KpiDefinition definition) => byId.TryGetValue(id, out definition!);

    /// <summary>The definition with this id; an unknown id is an ArgumentException listing the known ids.</summary>
    public KpiDefinition this[string id]
        => byId.TryGetValue(Preconditions.CheckNotNull(id), out var d)
            ? d
            : throw new ArgumentException($"Unknown KPI id '{id}'. Known ids: {string.Join(", ", Ids)}.", nameof(id));

    /// <summary>A catalogue with one definition replaced (same id).</summary>
    public KpiCatalog With(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _ = this[definition.Id];
        return new KpiCatalog(Definitions.Select(d => d.Id == definition.Id ? definition : d), Timescales);
    }
}
