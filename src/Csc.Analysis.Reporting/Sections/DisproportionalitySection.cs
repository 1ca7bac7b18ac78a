using System.Globalization;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// Disproportionality (issue 11 section 2): for each cohort, the relative rate index of every ethnicity group against
/// White British as a dot with its 95% interval (log axis, a dashed line at 1), and the table of
/// <c>csc-kpi disproportionality</c> beneath (children, population, rate per 10,000, RRI and interval, expected, p-value,
/// test, significance). The figures are <see cref="DisproportionalityTable.Rows"/>' own, so for the public audience
/// the chart and the table withhold exactly what the CSV does (small counts and what would give them back as <c>c</c>).
/// </summary>
public sealed class DisproportionalitySection : IReportSection
{
    private static readonly string[] Formats = ["N0", "N0", "0.0", "0.00", "0.00", "0.00", "0.0", "G4"];

    private readonly IReadOnlyList<DisproportionalityResult> _results;
    private readonly string? _unavailable;
    private readonly DisclosureOptions? _disclosure;

    /// <summary>The section of <paramref name="results"/> (one per cohort); public when <paramref name="audience"/> is public.</summary>
    public DisproportionalitySection(IReadOnlyList<DisproportionalityResult> results, Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        _results = results;
        _disclosure = audience == Audience.Public ? disclosure ?? DisclosureOptions.Default : null;
    }

    private DisproportionalitySection(string unavailable)
    {
        _results = [];
        _unavailable = unavailable;
    }

    /// <summary>The section saying, in the sentence <paramref name="unavailable"/>, why there is no comparison (no population by ethnicity, say).</summary>
    public static DisproportionalitySection Absent(string unavailable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unavailable);
        return new DisproportionalitySection(unavailable);
    }

    /// <summary>
    /// The cohorts of <paramref name="data"/> (<see cref="DisproportionalityAnalysis.CohortsIn"/>) from <paramref name="from"/>
    /// to <paramref name="to"/> against <paramref name="population"/>, as a section; without a population the section is
    /// <paramref name="unavailable"/>'s sentence (what to give for one).
    /// </summary>
    public static DisproportionalitySection For(CaseData data, EthnicityPopulation? population, string unavailable, DateOnly from, DateOnly to,
        Audience audience = Audience.Internal, DisclosureOptions? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return population is null ? Absent(unavailable) : new DisproportionalitySection(DisproportionalityAnalysis.AnalyseEach(data, population, from, to), audience, disclosure);
    }

    /// <inheritdoc />
    public string Title => "Disproportionality: children by ethnicity against the population";

    /// <summary>The cohorts compared; empty when there is no comparison (see <see cref="Unavailable"/>).</summary>
    public IReadOnlyList<DisproportionalityResult> Results => _results;

    /// <summary>Why there is no comparison; null when there is one.</summary>
    public string? Unavailable => _unavailable;

    /// <summary>The chart of one cohort's relative rates with their intervals (the rows of the table but the total).</summary>
    public ChartFigure Chart(DisproportionalityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = DisproportionalityTable.Rows(result, _disclosure).Where(r => r[1] != DisproportionalityTable.TotalLabel).ToList();
        var points = rows.Select(r =>
        {
            var symbol = new[] { r[5], r[6], r[7] }.FirstOrDefault(c => c is "c" or "x" or "z");
            return new IntervalPoint(r[1], Parse(r[5]), Parse(r[6]), Parse(r[7])) { Symbol = symbol };
        }).ToList();
        return ReportCharts.Interval(new IntervalChartOptions
        {
            Title = $"{Capital(result.Cohort.Description())}: relative rate index against White British",
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Each group's rate per 10,000 divided by White British's, {IsoFormat.Date(result.From)} to {IsoFormat.Date(result.To)}, with its 95% interval (log scale: 0.5 and 2 are equally far from 1). The dashed line at 1 is White British's rate; a group whose interval does not cross it differs from White British. Groups with no population or a withheld count are not drawn."),
            Points = points,
            Reference = 1,
            ReferenceName = "White British",
            LogScale = true,
            EstimateName = "RRI",
            ValueFormat = "0.00",
            XAxisTitle = "Relative rate index (log scale)",
            Height = 120 + (36 * points.Count),
        });
    }

    /// <summary>The table of one cohort, as <c>csc-kpi disproportionality</c> writes it.</summary>
    public HtmlTable Table(DisproportionalityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = DisproportionalityTable.Rows(result, _disclosure).Select(r =>
        {
            var cells = new List<TableCell> { r[1] };
            for (var i = 2; i < 10; i++)
            {
                cells.Add(Cell(r[i], Formats[i - 2]));
            }
            cells.Add(r[10] switch { "chi_square" => "chi-square", "chi_square_yates" => "chi-square (Yates)", "fisher" => "Fisher's exact", var other => Cell(other, "0") });
            cells.Add(r[11] switch { "true" => "yes", "false" => "no", var other => Cell(other, "0") });
            return (IReadOnlyList<TableCell>)cells;
        }).ToList();
        return new HtmlTable($"{Capital(result.Cohort.Description())} by ethnicity group, {IsoFormat.Date(result.From)} to {IsoFormat.Date(result.To)}",
            ["Group", new TableColumn("Children", ColumnAlign.Right), new TableColumn("Population", ColumnAlign.Right), new TableColumn("Rate per 10,000", ColumnAlign.Right),
                new TableColumn("RRI", ColumnAlign.Right), new TableColumn("Lower", ColumnAlign.Right), new TableColumn("Upper", ColumnAlign.Right),
                new TableColumn("Expected", ColumnAlign.Right), new TableColumn("p-value", ColumnAlign.Right), "Test", "Significant"],
            rows);
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_unavailable is not null)
        {
            writer.Paragraph(_unavailable, "meta unavailable");
            return;
        }
        if (_results.Count == 0)
        {
            writer.Paragraph("The data has none of the cohorts compared (referrals, section 47 enquiries, CP plans, looked-after episodes).", "meta unavailable");
            return;
        }
        var first = _results[0];
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Population: {first.PopulationSource}. Relative rate index (RRI): a group's rate per 10,000 divided by White British's; expected: the children the group would have at White British's rate. Test of difference from White British: Fisher's exact test when an expected count of the 2×2 table is below 5, else chi-square; significant when p < {first.Alpha}. Each child counts once per cohort. Small groups give wide intervals, and with several groups tested one may be significant by chance; children whose ethnicity is not recorded are counted, not compared."));
        if (_disclosure is { } d)
        {
            writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Public edition: counts from 1 to {d.Threshold} are shown as c with every figure derived from them, and so is any count the total would give back."), "meta");
        }
        foreach (var result in _results)
        {
            writer.Section(Capital(result.Cohort.Description()), s =>
            {
                s.Write(Chart(result));
                s.Write(Table(result));
            });
        }
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }

    private static double? Parse(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static TableCell Cell(string text, string format) => text switch
    {
        "" => TableCell.Text("\u2013"),
        "c" or "x" or "z" => TableCell.Symbol(text),
        _ when Parse(text) is { } v => format == "G4" ? TableCell.Text(PValueText(v)) : TableCell.Number(v, format),
        _ => TableCell.Text(text),
    };

    /// <summary>A p-value as a page shows it: three decimals, and "&lt; 0.001" below that (the tidy table keeps every digit).</summary>
    public static string PValueText(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
