using Csc.Analysis.Domain;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Csc.Analysis.Interactive;

/// <summary>
/// HTML formatters for the kit's types in notebooks. Any type implementing
/// <see cref="IHtmlRenderable"/> is covered, so other parts of the kit only implement that
/// interface. Chart outputs follow <see cref="CscKernel.PlotlyMode"/>.
/// </summary>
public static class CscFormatters
{
    /// <summary>The MIME type of the HTML the formatters write.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>Registers the formatters (call through <see cref="CscKernel.LoadAsync"/>).</summary>
    public static void Register()
    {
        Formatter.Register<IHtmlRenderable>((value, writer) => writer.Write(ToNotebookHtml(value)), HtmlMimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ToNotebookHtml(new PlotlyChartView(chart))), HtmlMimeType);
        Formatter.Register<IEnumerable<DataIssue>>((issues, writer) => writer.Write(ToNotebookHtml(new DataIssueTable(issues.ToList()))), HtmlMimeType);
        Formatter.Register<DataIssue>((issue, writer) => writer.Write(ToNotebookHtml(new DataIssueTable([issue]))), HtmlMimeType);
        Formatter.Register<Microsoft.Data.Analysis.DataFrame>((frame, writer) => writer.Write(ToNotebookHtml(Conversions.DataFrameHtml.ToHtmlTable(frame))), HtmlMimeType);
    }

    /// <summary>
    /// The HTML a notebook output gets for a renderable: headings start at h3 (under a markdown
    /// h2), ids are unique in the session, and plotly.js is prepended to the first chart output of
    /// the session when <see cref="CscKernel.PlotlyMode"/> says so.
    /// </summary>
    public static string ToNotebookHtml(IHtmlRenderable value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var writer = new HtmlWriter(new HtmlWriterOptions { ContextHeadingLevel = 2, IdScope = CscKernel.SessionIds });
        writer.Write(value);
        var markup = writer.ToFragment().Markup;
        if (writer.UsesPlotly && CscKernel.PlotlyMode == PlotlyOutputMode.InlineOncePerSession && !CscKernel.PlotlyJsEmitted)
        {
            CscKernel.PlotlyJsEmitted = true;
            return PageAssets.PlotlyScriptElement() + markup;
        }
        return markup;
    }

    /// <summary>A bare Plotly.NET chart (made by hand in a notebook), drawn offline.</summary>
    private sealed record PlotlyChartView(GenericChart Chart) : IHtmlRenderable
    {
        public void WriteHtml(HtmlWriter writer) => PlotlyHtml.WriteChart(writer, Chart, "Chart");
    }
}
