using System.Text.Json;
using System.Text.Json.Nodes;
using Csc.Analysis.Reporting.Html;
using Plotly.NET;

namespace Csc.Analysis.Reporting.Charts;

/// <summary>
/// A chart ready for a page or a notebook: the Plotly.NET chart, a title and a description (the
/// accessible name and caption) and the data table that shows the same numbers without JavaScript.
/// Renders as a &lt;figure&gt;: a div with a deterministic id, one inline script calling
/// Plotly.newPlot (no script src), the caption, and the table in a &lt;details&gt;.
/// </summary>
public sealed record ChartFigure(GenericChart Chart, string Title, string Description, HtmlTable Data) : IHtmlRenderable
{
    /// <summary>Show the data table open (it is in a collapsed &lt;details&gt; by default; printing opens it).</summary>
    public bool TableOpen { get; init; }

    /// <summary>Writes the element to <paramref name="writer"/>.</summary>
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var plot = PlotlyHtml.FigureJson(Chart);
        var id = writer.NewId("chart", Title + "\n" + plot);
        writer.Open("figure", ("class", "chart"), ("aria-labelledby", id + "-caption"));
        PlotlyHtml.WritePlotDiv(writer, id, plot, $"{Title}. {Description}");
        writer.Open("figcaption", ("id", id + "-caption"))
            .Element("strong", Title).Text(". ").Text(Description)
            .Close("figcaption");
        writer.Open("details", ("open", TableOpen ? "open" : null))
            .Element("summary", "Data table: " + Title)
            .Write(Data)
            .Close("details");
        writer.Close("figure");
    }
}

/// <summary>Offline Plotly output: JSON from Plotly.NET, our own div and script, no CDN.</summary>
public static class PlotlyHtml
{
    /// <summary>The Plotly config used everywhere: responsive, no logo, no link to Plotly's cloud.</summary>
    public const string ConfigJson = "{\"responsive\":true,\"displaylogo\":false,\"showLink\":false,\"showSendToCloud\":false,\"showEditInChartStudio\":false}";

    /// <summary>
    /// The chart as "data, layout" JSON arguments (a JSON array [data, layout]) taken from
    /// Plotly.NET's figure JSON; deterministic for the same chart.
    /// </summary>
    public static string FigureJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart)) as JsonObject
            ?? throw new InvalidOperationException("Plotly.NET returned figure JSON that is not an object.");
        var data = figure["data"]?.DeepClone() ?? new JsonArray();
        var layout = figure["layout"]?.DeepClone() ?? new JsonObject();
        return new JsonArray(data, layout).ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>
    /// Writes the plot div and its inline script. The div is an image for assistive technology
    /// with <paramref name="ariaLabel"/>; the script draws only when plotly.js is present.
    /// </summary>
    public static void WritePlotDiv(HtmlWriter writer, string id, string figureJson, string ariaLabel)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.RequirePlotly();
        writer.Element("div", string.Empty, ("id", id), ("class", "plot"), ("role", "img"), ("aria-label", ariaLabel));
        writer.Script(
            "(function(){var f=" + HtmlText.JsonForScript(figureJson) + ";" +
            "if(window.Plotly){Plotly.newPlot(" + HtmlText.JsString(id) + ",f[0],f[1]," + ConfigJson + ");}})();");
    }

    /// <summary>
    /// Just the plot (div and script, no caption or table), for a Plotly.NET chart made by hand,
    /// e.g. in a notebook. The id comes from the chart's JSON and the writer's order.
    /// </summary>
    public static void WriteChart(HtmlWriter writer, GenericChart chart, string ariaLabel)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var json = FigureJson(chart);
        WritePlotDiv(writer, writer.NewId("chart", json), json, ariaLabel);
    }
}
