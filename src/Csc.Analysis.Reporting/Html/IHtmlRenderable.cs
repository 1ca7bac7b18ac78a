namespace Csc.Analysis.Reporting.Html;

/// <summary>
/// Anything the kit can show as HTML: tables, RAG cells, findings, KPI summaries. Implement it on
/// a type and it is rendered the same way in the monthly report (<see cref="HtmlPageBuilder.Add(IHtmlRenderable)"/>)
/// and in notebooks (Csc.Analysis.Interactive registers a formatter for every implementation).
/// </summary>
/// <remarks>
/// Write through the <see cref="HtmlWriter"/> only: its <see cref="HtmlWriter.Text"/> escapes data,
/// <see cref="HtmlWriter.NewId"/> gives deterministic ids, and <see cref="HtmlWriter.Section"/>
/// keeps headings in order. Do not read the clock or anything random.
/// </remarks>
public interface IHtmlRenderable
{
    /// <summary>Writes this object as an HTML fragment (no html/head/body).</summary>
    void WriteHtml(HtmlWriter writer);
}
