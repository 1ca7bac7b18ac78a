using System.Globalization;
using System.Text;

namespace Csc.Analysis.Kpis;

/// <summary>
/// The Markdown tables of docs/kpis.md that describe the catalogue, made from the definitions
/// themselves so the docs cannot drift from the code: the catalogue (<see cref="CatalogTable"/>) and
/// the default targets with their reasons (<see cref="TargetsTable"/>). A test compares them with the
/// blocks between the markers in docs/kpis.md.
/// </summary>
public static class KpiCatalogDocs
{
    /// <summary>One row per KPI in pack order: id, title, area, unit, kind, numerator, denominator, YTD, default rating and the file that holds it.</summary>
    public static string CatalogTable(KpiCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var sb = new StringBuilder();
        sb.Append("| id | title | area | unit | kind | numerator (count for counts) | denominator | YTD | default rating | file |\n");
        sb.Append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var d in catalog.Definitions)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"| `{d.Id}` | {Cell(d.Title)} | {AreaName(d.Area)} | {d.Unit.Name()} | {Lower(d.Kind)} | {Cell(d.Numerator)} | {Cell(d.Denominator ?? "—")} | {Lower(d.YtdRule)} | {Rating(d)} | {SourceFile(d)} |\n");
        }
        return sb.ToString();
    }

    /// <summary>One row per KPI rated by default: its target read with its polarity, the amber band, and why.</summary>
    public static string TargetsTable(KpiCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var sb = new StringBuilder();
        sb.Append("| KPI | default | reasoning |\n");
        sb.Append("| --- | --- | --- |\n");
        var unrated = new List<string>();
        foreach (var d in catalog.Definitions)
        {
            if (d.Target is not { } t)
            {
                unrated.Add($"`{d.Id}`");
                continue;
            }
            var higher = d.Polarity == KpiPolarity.HigherIsBetter;
            var amber = t.AmberBand == 0
                ? "no amber"
                : higher ? $"amber from {Number(t.Value - t.AmberBand)}" : $"amber to {Number(t.Value + t.AmberBand)}";
            var ytd = d.RateOn == RateOn.YearToDate ? ", **rated on YTD**" : "";
            sb.Append(CultureInfo.InvariantCulture,
                $"| `{d.Id}` | {Number(t.Value)}, {(higher ? "higher" : "lower")} is better, {amber}{ytd} | {Cell(t.Reason)} |\n");
        }
        if (unrated.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| not rated by default | — | {string.Join(", ", unrated)} |\n");
        }
        return sb.ToString();
    }

    /// <summary>One row per rule the KPI calculations report (<see cref="KpiRules.All"/>): id, severity, meaning.</summary>
    public static string RulesTable(IEnumerable<Domain.DataRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sb = new StringBuilder();
        sb.Append("| rule | severity | meaning |\n");
        sb.Append("| --- | --- | --- |\n");
        foreach (var r in rules)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{r.Id}` | {Lower(r.Severity)} | {Cell(r.Meaning)} |\n");
        }
        return sb.ToString();
    }

    /// <summary>The repository path of the file that defines a KPI of the default pack, from its calculation's class and its area.</summary>
    public static string SourceFile(KpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var type = definition.Calculation.Method.DeclaringType;
        return type?.Namespace == typeof(Catalog.KpiPack).Namespace
            ? $"Catalog/{definition.Area}/{type!.Name}.cs"
            : "—";
    }

    private static string Rating(KpiDefinition d)
    {
        if (d.Rag is not { } r)
        {
            return "not rated";
        }
        return d.RateOn == RateOn.YearToDate ? $"{Cell(r.ToString())}, rated on YTD" : Cell(r.ToString());
    }

    private static string AreaName(KpiArea area) => area switch
    {
        KpiArea.FrontDoor => "front door",
        KpiArea.ChildProtection => "child protection",
        KpiArea.ChildrenInNeed => "children in need",
        KpiArea.LookedAfter => "looked after",
        KpiArea.Placements => "placements",
        KpiArea.Advocacy => "advocacy",
        KpiArea.CareLeavers => "care leavers",
        _ => area.ToString(),
    };

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
