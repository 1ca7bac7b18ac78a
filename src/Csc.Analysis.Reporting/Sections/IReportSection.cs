using Csc.Analysis.Reporting.Html;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// One section of the monthly report as a component: the report places it on the page under its
/// <see cref="Title"/>, and a notebook shows the same section (or one of its charts and sentences)
/// by displaying it, so every chart and sentence has one home.
/// </summary>
public interface IReportSection : IHtmlRenderable
{
    /// <summary>The section's heading.</summary>
    string Title { get; }

    /// <summary>Writes what goes under the heading (the page or the notebook writes the heading itself).</summary>
    void WriteBody(HtmlWriter writer);
}
