using System.Globalization;
using System.Text;

namespace Csc.Analysis.Cli.Tests;

/// <summary>A temporary folder and an in-process csc-kpi run for the spc and forecast command tests.</summary>
internal sealed class StatisticsCommandFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("csc-stats-cli-").FullName;

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder, name), text);
        return name;
    }

    /// <summary>month,value CSV of <paramref name="values"/> starting at <paramref name="year"/>-<paramref name="month"/>.</summary>
    public static string MonthlyCsv(int year, int month, IEnumerable<double> values, string? series = null)
    {
        var text = new StringBuilder(series is null ? "month,value\n" : "series,month,value\n");
        var i = 0;
        foreach (var v in values)
        {
            var index = year * 12 + month - 1 + i++;
            if (series is not null)
            {
                text.Append(series).Append(',');
            }
            text.Append(CultureInfo.InvariantCulture, $"{index / 12:0000}-{index % 12 + 1:00},{v.ToString("R", CultureInfo.InvariantCulture)}\n");
        }
        return text.ToString();
    }

    public int Run(params string[] args)
    {
        var env = new CliEnvironment(Out, Error, TimeProvider.System, false, Folder);
        return CliApp.RunAsync(args, env).GetAwaiter().GetResult();
    }

    public string[] ReadLines(string name) => File.ReadAllLines(Path.Combine(Folder, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
