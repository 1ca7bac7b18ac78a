using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Csc.Analysis.Reporting.Tests.Html;

/// <summary>Skips with a message when Debian's chromium is not installed (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Browser test skipped: {ChromiumPath} not found (install Debian's chromium: apt-get install chromium).";
        }
    }
}

public static class HeadlessChromium
{
    /// <summary>Loads a local page in headless chromium with the network off and returns the DOM after scripts ran.</summary>
    public static string DumpDom(string htmlPath)
    {
        var profile = Directory.CreateTempSubdirectory("csc-chromium-");
        try
        {
            var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                         "--no-first-run", "--user-data-dir=" + profile.FullName, "--virtual-time-budget=5000", "--dump-dom",
                         new Uri(htmlPath).AbsoluteUri,
                     })
            {
                psi.ArgumentList.Add(a);
            }
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var dom = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 120 s");
            }
            _ = stderr.Result;
            return dom;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold a lock file for a moment; the temp folder is harmless.
            }
        }
    }
}

public sealed class BrowserRenderTests
{
    [ChromiumFact]
    public void SamplePage_InHeadlessChromium_DrawsEveryChart()
    {
        var path = Path.Combine(Path.GetTempPath(), "csc-browser-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            File.WriteAllText(path, TestPages.SamplePage());
            var dom = HeadlessChromium.DumpDom(path);
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
