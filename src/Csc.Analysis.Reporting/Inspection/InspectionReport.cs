using System.Globalization;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Inspection;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Inspection;

/// <summary>
/// The Ofsted inspection pack as one self-contained page (the monthly report's shell, charts and tables): the
/// summary, a section per Annex A list, the differences from PATCh 014 and the data issues.
/// </summary>
public static class InspectionReport
{
    /// <summary>The page as a string.</summary>
    public static string Render(InspectionReportModel model) => Page(model).Build();

    /// <summary>The page builder, filled.</summary>
    public static HtmlPageBuilder Page(InspectionReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var r = model.Result;
        var disclosed = model.IsPublic ? InspectionDisclosure.Apply(r, model.Disclosure) : null;
        var page = new HtmlPageBuilder(new HtmlPageOptions
        {
            Title = $"Ofsted inspection pack (Annex A): {Long(r.WindowStart)} to {Long(r.WindowEnd)}",
            Subtitle = string.Create(CultureInfo.InvariantCulture,
                $"Convention: {r.Convention.Name()}{(r.Convention == InspectionConvention.Chat ? " (PATCh 014's, with its errors corrected)" : string.Empty)}. Reference date {IsoFormat.Date(r.ReferenceDate)}; look-back window {IsoFormat.Date(r.WindowStart)} to {IsoFormat.Date(r.WindowEnd)} ({r.Months} months)."),
            GeneratedAt = model.GeneratedAt,
            Environment = model.Environment,
            FooterLines = FooterLines(model),
            Marking = model.IsPublic ? null : AudienceNames.InternalMarking,
        });
        Add(page, new InspectionSummarySection(model, disclosed));
        foreach (var list in InspectionLists.All)
        {
            Add(page, new InspectionListSection(r, list, disclosed));
        }
        foreach (var section in JourneysAndDrift(model))
        {
            Add(page, section);
        }
        if (model.Disproportionality.Count > 0)
        {
            Add(page, new DisproportionalitySection(model.Disproportionality, model.Audience, model.Disclosure));
        }
        Add(page, new ChatDifferencesSection(r));
        if (disclosed is not null)
        {
            // The data issues name records and quote their values: not on a public page.
            page.Section("About these figures", w => WriteDisclosure(w, disclosed));
            return page;
        }
        page.Section("Data issues", w =>
        {
            w.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Loading the data ({model.Load.Format.ToString().ToLowerInvariant()}) found {model.Load.ErrorCount} error(s) and {model.Load.WarningCount} warning(s); rows with errors were left out. Measuring found {r.Issues.Count} more."));
            w.Section("Found while loading", s => s.Write(new DataIssueTable(model.Load.Issues) { MaxRows = AppendixSection.MaxDetailRows }));
            w.Section("Found while measuring", s => s.Write(new DataIssueTable(r.Issues) { MaxRows = AppendixSection.MaxDetailRows }));
        });
        return page;
    }

    /// <summary>
    /// The child journeys of the children referred in the look-back window, followed to the as-at date, and drift at the
    /// as-at date (internal: the pack is for the council and the inspectors, so the long-open plans are listed; public:
    /// counts under disclosure control, without the list).
    /// </summary>
    public static IReadOnlyList<IReportSection> JourneysAndDrift(InspectionReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var r = model.Result;
        var data = model.Load.Data;
        return [JourneysSection.For(data, r.WindowStart, r.WindowEnd, r.AsAt, model.Audience, model.Disclosure), DriftSection.For(data, r.AsAt, model.Audience, model.Disclosure)];
    }

    /// <summary>"About these figures" of the public pack: the disclosure control applied, the symbols and what is left out.</summary>
    private static void WriteDisclosure(HtmlWriter writer, DisclosedInspection disclosed)
    {
        var o = disclosed.Options;
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"This is the public edition. Counts from 1 to {o.Threshold} children or events are shown as c (0 is shown as 0), and so is a percentage or rate whose numerator or denominator is such a count, and a quartile of so few durations. ")
            + "Further figures are withheld where a suppressed one could otherwise be worked out from a list's total (secondary suppression). "
            + "Rounding of counts: " + DisclosureSection.RoundingText(o.Rounding) + ". A withheld bin is a gap in its chart.");
        writer.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{disclosed.PrimaryCount} figure(s) were withheld as small and {disclosed.SecondaryCount} more to protect them."), "meta");
        writer.Write(DisclosureSection.Legend());
        writer.Paragraph("Not in the public edition: the data issues (they name records) and the list of plans open beyond their thresholds. The child journeys and drift are shown as counts under the same disclosure control.", "meta");
    }

    /// <summary>A published figure in a table: the number formatted as its unit, or its symbol.</summary>
    public static TableCell ValueCell(InspectionMeasure m, DisclosedValue value)
    {
        ArgumentNullException.ThrowIfNull(m);
        return value.Value is { } v ? ValueCell(m with { Value = v }) : TableCell.Symbol(value.Symbol!.Value.Code());
    }

    /// <summary>"n of d" of a published percentage or rate, each part a number or its symbol; empty otherwise.</summary>
    public static TableCell OfCell(DisclosedInspectionMeasure d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return d.Numerator is { } n && d.Denominator is { } den
            ? TableCell.Text($"{n.Format("N0")} of {den.Format("N0")}")
            : TableCell.Text(string.Empty);
    }

    /// <summary>A published count cell: the number or its symbol; null is a dash.</summary>
    public static TableCell CountCell(DisclosedValue? value)
        => value is not { } v ? TableCell.Number((long?)null) : v.Value is { } x ? TableCell.Number((long)x) : TableCell.Symbol(v.Symbol!.Value.Code());

    /// <summary>The sentence every output carries: the convention, the window and the reference date.</summary>
    public static string ConventionSentence(InspectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var window = $"Look-back window {IsoFormat.Date(result.WindowStart)} to {IsoFormat.Date(result.WindowEnd)} ({result.Months.ToString(CultureInfo.InvariantCulture)} months)";
        return result.Convention == InspectionConvention.Chat
            ? $"Convention: chat (PATCh 014's conventions: rows not children, reference date {IsoFormat.Date(result.ReferenceDate)} (the 1st of the as-at month {IsoFormat.Date(result.AsAt)}) with open items measured to it, Monday to Friday without bank holidays over [start, end), same-day and negative durations in the first bin; where 014 is wrong the kit still does the right thing, listed under \"Differences from PATCh 014\"). {window}."
            : $"Convention: corrected (distinct children, England and Wales working days with bank holidays, same day 0, durations ending before they start left out as issues, DfE cohorts, the 0-17 population). Reference date {IsoFormat.Date(result.ReferenceDate)}. {window}.";
    }

    /// <summary>A measure's value formatted for its unit.</summary>
    public static TableCell ValueCell(InspectionMeasure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Value is null ? TableCell.Text("-") : m.Unit switch
        {
            InspectionUnit.Count => TableCell.Number((long)m.Value.Value),
            InspectionUnit.Percent => TableCell.Number(m.Value, "0.0'%'"),
            InspectionUnit.RatePer10k => TableCell.Number(m.Value, "0.0"),
            InspectionUnit.WorkingDays => TableCell.Number(m.Value, "0.# 'wd'"),
            _ => TableCell.Number(m.Value, "0.# 'days'"),
        };
    }

    /// <summary>"n of d" for a percentage or rate; empty otherwise.</summary>
    public static TableCell OfCell(InspectionMeasure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Numerator is { } n && m.Denominator is { } d
            ? TableCell.Text(string.Create(CultureInfo.InvariantCulture, $"{n:N0} of {d:N0}"))
            : TableCell.Text(string.Empty);
    }

    private static string Long(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static void Add(HtmlPageBuilder page, IReportSection section) => page.Section(section.Title, section.WriteBody);

    private static List<string> FooterLines(InspectionReportModel model)
    {
        var r = model.Result;
        var lines = new List<string> { $"Reproducibility. Data: {model.DataPath ?? "(given in memory)"} ({model.Load.Format.ToString().ToLowerInvariant()})." };
        foreach (var f in model.Load.Files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Input file {Path.GetFileName(f.Path)}: {f.Rows:N0} rows, {f.Bytes:N0} bytes, SHA-256 {f.Sha256}."));
        }
        lines.Add($"Parameters: as at {IsoFormat.Date(r.AsAt)}, {r.Months.ToString(CultureInfo.InvariantCulture)} months, conventions {r.Convention.Name()}, population {(r.PopulationSource ?? "none")}.");
        lines.Add($"Kit version: Csc.Analysis {MonthlyReportRenderer.KitVersion}.");
        if (model.IsPublic)
        {
            lines.Add("Audience: public. " + DisclosureSection.SettingsText(model.Disclosure));
        }
        return lines;
    }
}
