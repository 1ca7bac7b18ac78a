namespace Csc.Analysis.Cli.Tests;

/// <summary>Runs csc-kpi in-process in a temporary working folder and captures its output.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "csc-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Out { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    /// <summary>Writes a file under the working folder (creating sub-folders).</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public int Run(bool terminal, params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(o, e, TimeProvider.System, terminal, Folder);
        var code = CliApp.RunAsync(args, env).GetAwaiter().GetResult();
        Out = o.ToString();
        Error = e.ToString();
        return code;
    }

    public int Run(params string[] args) => Run(false, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
