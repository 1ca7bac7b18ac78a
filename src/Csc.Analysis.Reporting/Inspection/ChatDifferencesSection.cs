using Csc.Analysis.Inspection;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Inspection;

/// <summary>Where the chat convention does not copy PATCh 014 because 014 is wrong, so reconciled figures differ.</summary>
public sealed class ChatDifferencesSection(InspectionResult result) : IReportSection
{
    private readonly InspectionResult _result = result ?? throw new ArgumentNullException(nameof(result));

    /// <inheritdoc />
    public string Title => "Differences from PATCh 014";

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Paragraph(_result.Convention == InspectionConvention.Chat
            ? "This report follows PATCh 014's conventions (chat) so that its figures reconcile with the ChAT spreadsheet, except in these places, where 014 is wrong and the kit does the right thing. Expect these figures to differ from the spreadsheet."
            : "This report uses the corrected conventions. Under --conventions chat the kit follows PATCh 014's conventions except in these places, where 014 is wrong:");
        writer.Write(new HtmlTable("PATCh 014 errors the kit does not copy", ["Id", "Measures", "What 014 does", "What the kit does"],
            [.. _result.Differences.Select(d => (IReadOnlyList<TableCell>)[d.Id, d.Measures, d.Patch014, d.Kit])]));
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
