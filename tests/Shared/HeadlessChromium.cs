using System.Diagnostics;

namespace Csc.Analysis.TestSupport;

/// <summary>
/// Debian's chromium, headless with the network off, on a local page (see <see cref="ChromiumFactAttribute"/>). One file,
/// linked into every test project by Directory.Build.props.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>
    /// Loads <paramref name="htmlPath"/>, lets its scripts run for 5 s of virtual time and returns the DOM as it then is;
    /// with <paramref name="screenshot"/> writes a PNG there instead (and returns what chromium printed).
    /// </summary>
    public static string Run(string htmlPath, string? screenshot = null)
    {
        var profile = Directory.CreateTempSubdirectory("csc-chromium-");
        try
        {
            var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=" + profile.FullName, "--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=1100,2400",
                screenshot is null ? "--dump-dom" : "--screenshot=" + screenshot, new Uri(htmlPath).AbsoluteUri,
            })
            {
                psi.ArgumentList.Add(a);
            }
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            var dom = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(120_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 120 s");
            }
            _ = err.Result;
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
                // chromium may hold a lock file for a moment; a temp folder left behind is harmless
            }
        }
    }
}
