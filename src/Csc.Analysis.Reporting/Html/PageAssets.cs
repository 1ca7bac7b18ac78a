namespace Csc.Analysis.Reporting.Html;

/// <summary>The embedded plotly.js bundle (MIT licence, see Assets/README.md) and the page stylesheet.</summary>
public static class PageAssets
{
    /// <summary>The plotly.js version embedded (the one Plotly.NET 6.0.0 targets).</summary>
    public const string PlotlyJsVersion = "2.28.0";

    /// <summary>Attribute on the inlined plotly.js script, so tools can find and de-duplicate it.</summary>
    public const string PlotlyScriptMarker = "data-csc-plotly";

    private static readonly Lazy<string> PlotlyJsText = new(() => Read("Csc.Analysis.Reporting.Assets.plotly.min.js"));
    private static readonly Lazy<string> PlotlyLicenceText = new(() => Read("Csc.Analysis.Reporting.Assets.plotly.LICENSE.txt"));
    private static readonly Lazy<string> CssText = new(() => Read("Csc.Analysis.Reporting.Assets.page.css"));

    /// <summary>plotly.min.js (about 3.6 MB).</summary>
    public static string PlotlyJs => PlotlyJsText.Value;

    /// <summary>The MIT licence text of plotly.js.</summary>
    public static string PlotlyLicence => PlotlyLicenceText.Value;

    /// <summary>The page stylesheet (screen and print).</summary>
    public static string Stylesheet => CssText.Value;

    /// <summary>The complete inline script element carrying plotly.js, marked with <see cref="PlotlyScriptMarker"/>.</summary>
    public static string PlotlyScriptElement() =>
        $"<script {PlotlyScriptMarker}=\"{PlotlyJsVersion}\">{PlotlyJs}</script>";

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(PageAssets).Assembly.GetName().Name}; rebuild the project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
