using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// A part of the report or of a notebook that the data cannot give: its title and one plain
/// sentence saying what is unavailable, why, and what data would make it available. Shown in place
/// of the chart or table, so a page on any data set reads to the end.
/// </summary>
public sealed class UnavailableSection : IReportSection
{
    /// <summary>The part <paramref name="title"/> with the sentence <paramref name="reason"/>.</summary>
    public UnavailableSection(string title, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        Title = title;
        Reason = reason;
    }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>What is unavailable, why, and what data would make it available.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Paragraph(Reason, "meta unavailable");
    }

    /// <summary>The sentence alone (a notebook output shows it under the cell's own heading).</summary>
    public void WriteHtml(HtmlWriter writer) => WriteBody(writer);
}
