namespace Csc.Analysis.Cli.Tests.Matrix;

/// <summary>A fact skipped with a message when Debian's chromium is not installed (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Browser test skipped: {ChromiumPath} not found (apt-get install chromium).";
        }
    }
}
