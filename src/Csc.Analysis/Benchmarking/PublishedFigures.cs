namespace Csc.Analysis.Benchmarking;

/// <summary>
/// The published comparators: every area's value of every measure by year, the areas (councils with their regions,
/// regions, England), each council's statistical neighbours and each measure's polarity. Built once from the
/// published files (Csc.Analysis.Data's PublishedFiguresLoader) or in code; lookups are dictionary reads.
/// </summary>
public sealed class PublishedFigures
{
    /// <summary>The DfE number of England.</summary>
    public const int EnglandNumber = 970;

    private readonly Dictionary<(string Measure, int Year), Dictionary<int, double?>> values = [];
    private readonly Dictionary<int, PublishedArea> areas;
    private readonly Dictionary<int, IReadOnlyList<int>> neighbours;
    private readonly Dictionary<string, MeasurePolarity?> polarity;

    /// <summary>Indexes <paramref name="published"/> (a repeated measure, year and area keeps the first value).</summary>
    public PublishedFigures(
        IEnumerable<PublishedValue> published,
        IEnumerable<PublishedArea> areas,
        IReadOnlyDictionary<int, IReadOnlyList<int>> neighbours,
        IReadOnlyDictionary<string, MeasurePolarity?> polarity)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(neighbours);
        ArgumentNullException.ThrowIfNull(polarity);
        foreach (var v in published)
        {
            if (!values.TryGetValue((v.Measure, v.Year), out var byArea))
            {
                byArea = [];
                values[(v.Measure, v.Year)] = byArea;
            }
            byArea.TryAdd(v.Area, v.Value);
        }
        this.areas = areas.GroupBy(a => a.Number).ToDictionary(g => g.Key, g => g.First());
        this.neighbours = neighbours.ToDictionary(kv => kv.Key, kv => kv.Value);
        this.polarity = new Dictionary<string, MeasurePolarity?>(polarity, StringComparer.Ordinal);
        Councils = [.. this.areas.Values.Where(a => a.Kind == AreaKind.Council).Select(a => a.Number).Order()];
    }

    /// <summary>The DfE numbers of every council, ascending.</summary>
    public IReadOnlyList<int> Councils { get; }

    /// <summary>The area with DfE number <paramref name="number"/>, or null.</summary>
    public PublishedArea? Area(int number) => areas.TryGetValue(number, out var a) ? a : null;

    /// <summary>True when <paramref name="measure"/> has any figure published for <paramref name="year"/>.</summary>
    public bool Has(string measure, int year) => values.ContainsKey((measure, year));

    /// <summary>The published value, or null when not published or not available.</summary>
    public double? Value(string measure, int year, int area)
        => values.TryGetValue((measure, year), out var byArea) && byArea.TryGetValue(area, out var v) ? v : null;

    /// <summary>The council's ten statistical neighbours (DfE numbers), empty when not known.</summary>
    public IReadOnlyList<int> NeighboursOf(int council) => neighbours.TryGetValue(council, out var n) ? n : [];

    /// <summary>The measure's polarity; null when the dictionary gives none (then there is no rank or quartile).</summary>
    public MeasurePolarity? PolarityOf(string measure) => polarity.TryGetValue(measure, out var p) ? p : null;
}
