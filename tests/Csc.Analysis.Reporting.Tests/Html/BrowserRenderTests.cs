using System.Text.RegularExpressions;

namespace Csc.Analysis.Reporting.Tests.Html;

public sealed class BrowserRenderTests
{
    [ChromiumFact]
    public void SamplePage_InHeadlessChromium_DrawsEveryChart()
    {
        var path = Path.Combine(Path.GetTempPath(), "csc-browser-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            File.WriteAllText(path, TestPages.SamplePage());
            var dom = HeadlessChromium.Run(path);
            // Each drawn plot gets a div.plot-container holding svg.main-svg elements; undrawn divs stay empty.
            var drawn = Regex.Count(dom, "class=\"plot-container plotly\"");
            Assert.True(drawn == 6, $"expected 6 drawn charts, found {drawn}; DOM starts: {dom[..Math.Min(dom.Length, 400)]}");
            Assert.Contains("class=\"main-svg\"", dom);
            // The special-cause label and the event annotation were drawn as SVG text.
            Assert.Contains("New MASH", dom);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
