using System.Globalization;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// "About these figures" on a public page: the disclosure control applied (threshold, rounding, secondary
/// suppression), what each symbol means, and what the public edition leaves out.
/// </summary>
public sealed class DisclosureSection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The section of <paramref name="model"/> (a public page).</summary>
    public DisclosureSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "About these figures";

    /// <summary>"Disclosure control: counts from 1 to 5 suppressed (c), ..." for footers and run summaries.</summary>
    public static string SettingsText(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture,
            $"Disclosure control: counts from 1 to {options.Threshold} suppressed (c), with secondary suppression; rounding {RoundingText(options.Rounding)}.");
    }

    /// <summary>"none", "to the nearest 5" or "to the nearest 10".</summary>
    public static string RoundingText(DisclosureRounding rounding) => rounding switch
    {
        DisclosureRounding.Nearest5 => "to the nearest 5",
        DisclosureRounding.Nearest10 => "to the nearest 10",
        _ => "none",
    };

    /// <summary>The symbol legend: one row per symbol with its meaning.</summary>
    public static HtmlTable Legend() => new("Symbols used in place of a number",
        ["Symbol", "Meaning"],
        [.. DisclosureSymbols.All.Select(s => (IReadOnlyList<TableCell>)[TableCell.Text(s.Code()), TableCell.Text(s.Meaning())])]);

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var o = _model.Options.Disclosure;
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"This is the public edition. Counts from 1 to {o.Threshold} children or events are shown as c (0 is shown as 0), and so is a percentage or rate whose numerator or denominator is such a count. ")
            + "Further figures are withheld where a suppressed one could otherwise be worked out from a year-to-date total or the difference between months (secondary suppression). "
            + "Rounding of counts: " + RoundingText(o.Rounding) + ". A withheld month is a gap in its chart, and the direction of travel, SPC and comparisons are computed only from the figures shown.");
        if (_model.Disclosure is { } d)
        {
            writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Over the months shown, {d.PrimaryCount} count(s) were withheld as small and {d.SecondaryCount} more to protect them."), "meta");
        }
        writer.Write(Legend());
        writer.Paragraph("Not in the public edition: the ICPC recording investigation, long-open CIN plans by team, plan durations, context events, the data-quality checks, the appendix of data issues and the list of plans open beyond their thresholds, since they are built from child-level records. The child journeys and drift are shown as counts under the same disclosure control.", "meta");
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
