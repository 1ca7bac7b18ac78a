using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Statistics.RateComparison;

namespace Csc.Analysis.Disproportionality;

/// <summary>
/// Writes a <see cref="DisproportionalityResult"/> as CSV: <c>cohort,ethnicity_group,children,population,rate_per_10k,rri,
/// rri_lower,rri_upper,expected,p_value,test,significant</c>, one row per group and a last row <c>Total</c> (every child
/// of the cohort against the population's total: its rate only). Rates to 1 decimal place, the relative rate and its
/// interval to 2, expected to 1, p-values to 4 significant figures; test is chi_square or fisher; significant true or false.
/// Internal: a figure that does not exist is empty. Public (<see cref="Rows"/> with disclosure options): a count from 1
/// to the threshold is <c>c</c>, and so is every figure derived from it (rate, relative rate, interval, expected,
/// p-value, test, significance); secondary suppression withholds more counts where the total would give a withheld
/// one back; when White British's counts are withheld, so is every group's comparison with it. A figure missing
/// for want of a population is <c>x</c>, one that cannot exist (the reference group's test) <c>z</c>.
/// </summary>
public static class DisproportionalityTable
{
    /// <summary>The header, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["cohort", "ethnicity_group", "children", "population", "rate_per_10k", "rri", "rri_lower", "rri_upper", "expected", "p_value", "test", "significant"];

    /// <summary>The label of the last row.</summary>
    public const string TotalLabel = "Total";

    /// <summary>Writes the header and the rows of <see cref="Rows"/>.</summary>
    public static void Write(DisproportionalityResult result, CsvOutput csv, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(Columns);
        foreach (var row in Rows(result, disclosure))
        {
            csv.Row(row);
        }
    }

    /// <summary>The rows' cells as text (without the header): internal when <paramref name="disclosure"/> is null, else public.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(DisproportionalityResult result, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var groups = result.Groups;
        var childrenHidden = new bool[groups.Count + 1];
        var populationHidden = new bool[groups.Count + 1];
        if (disclosure is not null)
        {
            var table = new SuppressionTable();
            var childCells = groups.Select(g => table.AddCell($"{g.Group.Label()} children", g.Children)).ToArray();
            var childTotal = table.AddCell("total children", result.TotalChildren);
            table.AddTotal(childTotal, childCells);
            var popCells = groups.Select(g => g.Population is { } p ? table.AddCell($"{g.Group.Label()} population", p) : -1).ToArray();
            var given = popCells.Where(i => i >= 0).ToArray();
            var popTotal = result.TotalPopulation is { } tp ? table.AddCell("total population", tp) : -1;
            if (popTotal >= 0 && given.Length > 0)
            {
                table.AddTotal(popTotal, given);
            }
            var decision = SmallCountSuppression.Apply(table, disclosure);
            for (var i = 0; i < groups.Count; i++)
            {
                childrenHidden[i] = decision.IsSuppressed(childCells[i]);
                populationHidden[i] = popCells[i] >= 0 && decision.IsSuppressed(popCells[i]);
            }
            childrenHidden[groups.Count] = decision.IsSuppressed(childTotal);
            populationHidden[groups.Count] = popTotal >= 0 && decision.IsSuppressed(popTotal);
        }
        var refIndex = groups.ToList().FindIndex(g => g.IsReference);
        var referenceHidden = refIndex >= 0 && (childrenHidden[refIndex] || populationHidden[refIndex]);
        var cohort = result.Cohort.Id();
        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var own = childrenHidden[i] || populationHidden[i];
            var compared = own || referenceHidden;
            var noPopulation = g.Population is null;
            // What stands in for a figure that does not exist: x without a population, else z (public); empty (internal).
            var missing = disclosure is null ? string.Empty : noPopulation ? "x" : "z";
            string Cell(bool hidden, string? text) => hidden ? "c" : text ?? missing;
            rows.Add([
                cohort,
                g.Group.Label(),
                Cell(childrenHidden[i], Whole(g.Children)),
                Cell(populationHidden[i], g.Population is { } p ? Whole(p) : null),
                Cell(own, Fixed(g.RatePer10k, 1)),
                Cell(compared, Fixed(g.RelativeRate, 2)),
                Cell(compared, Fixed(g.Lower, 2)),
                Cell(compared, Fixed(g.Upper, 2)),
                Cell(compared, Fixed(g.Expected, 1)),
                Cell(compared, g.PValue is { } pv ? Significant(pv) : null),
                Cell(compared, g.Test is { } t ? TestId(t) : null),
                Cell(compared, g.Significant is { } s ? (s ? "true" : "false") : null),
            ]);
        }
        var total = groups.Count;
        var totalMissing = disclosure is null ? string.Empty : result.TotalPopulation is null ? "x" : "z";
        var notApplicable = disclosure is null ? string.Empty : "z";
        rows.Add([
            cohort,
            TotalLabel,
            childrenHidden[total] ? "c" : Whole(result.TotalChildren),
            populationHidden[total] ? "c" : result.TotalPopulation is { } tpop ? Whole(tpop) : totalMissing,
            childrenHidden[total] || populationHidden[total] ? "c" : Fixed(result.TotalRatePer10k, 1) ?? totalMissing,
            notApplicable, notApplicable, notApplicable, notApplicable, notApplicable, notApplicable, notApplicable,
        ]);
        return rows;
    }

    /// <summary>The id of a test in the <c>test</c> column: chi_square, chi_square_yates or fisher.</summary>
    public static string TestId(TwoByTwoMethod method) => method switch
    {
        TwoByTwoMethod.ChiSquare => "chi_square",
        TwoByTwoMethod.ChiSquareYates => "chi_square_yates",
        TwoByTwoMethod.FisherExact => "fisher",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown test."),
    };

    private static string Whole(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Fixed(double? x, int decimals)
        => x is { } v && double.IsFinite(v) ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture) : null;

    private static string Significant(double p) => p == 0 ? "0" : double.Parse(p.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
