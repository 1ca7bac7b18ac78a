namespace Csc.Analysis.TestSupport;

/// <summary>
/// A fact skipped with a message when Debian's chromium is not installed (.ci/run installs it). One file, linked into
/// every test project by Directory.Build.props.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
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
