using Csc.Analysis.Reporting.Charts;
using Plotly.NET;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// Layout adjustments for the report's month-by-month charts, which have up to 36 long x labels
/// and several legend entries: slanted month labels kept inside the figure (automargin) and the
/// legend at the right so it never sits on the labels.
/// </summary>
internal static class ChartLayout
{
    public static ChartFigure Tidy(ChartFigure figure, IReadOnlyList<string>? categoryOrder = null)
    {
        var layout = GenericChart.getLayout(figure.Chart);
        var xaxis = new DynamicObj.DynamicObj();
        xaxis.SetProperty("type", "category");
        xaxis.SetProperty("showgrid", false);
        xaxis.SetProperty("linecolor", "#505a5f");
        xaxis.SetProperty("tickangle", -45);
        xaxis.SetProperty("automargin", true);
        xaxis.SetProperty("nticks", 19);
        if (categoryOrder is not null)
        {
            xaxis.SetProperty("categoryorder", "array");
            xaxis.SetProperty("categoryarray", categoryOrder.ToArray());
        }
        layout.SetProperty("xaxis", xaxis);
        var legend = new DynamicObj.DynamicObj();
        legend.SetProperty("orientation", "v");
        legend.SetProperty("x", 1.02);
        legend.SetProperty("xanchor", "left");
        legend.SetProperty("y", 1.0);
        legend.SetProperty("yanchor", "top");
        layout.SetProperty("legend", legend);
        var margin = new DynamicObj.DynamicObj();
        margin.SetProperty("l", 60);
        margin.SetProperty("r", 20);
        margin.SetProperty("t", 60);
        margin.SetProperty("b", 40);
        layout.SetProperty("margin", margin);
        return figure with { Chart = GenericChart.setLayout(layout, figure.Chart) };
    }
}
