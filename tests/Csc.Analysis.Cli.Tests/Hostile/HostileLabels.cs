using Csc.Analysis.Csv;
using Csc.Analysis.Data.Parsing;

namespace Csc.Analysis.Cli.Tests.Hostile;

/// <summary>
/// Labels built to attack whoever opens the kit's outputs, planted in a copy of the sample: one team (ISS South, in
/// every table that carries a team, so the KPIs still join) renamed to a formula, a script, an attribute break-out
/// with an inline handler, a direction override, a control character and 5,000 more characters; five workers renamed
/// to start with + - @, a tab and a carriage return.
/// </summary>
internal static class HostileLabels
{
    /// <summary>The team renamed.</summary>
    public const string RenamedTeam = "ISS South";

    /// <summary>The 5,000 characters that end the hostile team name.</summary>
    public static readonly string LongRun = new('W', 5000);

    /// <summary>The hostile team name as written in the copy.</summary>
    public static readonly string Team =
        "=HYPERLINK(\"http://evil.example\",\"x\")"
        + "<script>document.body.setAttribute('data-pwned','1')</script>"
        + "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
        + "\u202Egnp.exe\u0007" + LongRun;

    /// <summary>The workers renamed, by their code in the sample.</summary>
    public static IReadOnlyDictionary<string, string> Workers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["IS05"] = "+IS05",
        ["IS06"] = "-IS06",
        ["IS07"] = "@IS07",
        ["IS08"] = "\tIS08",
        ["IS09"] = "\rIS09",
    };

    /// <summary>
    /// Copies the sample to <paramref name="folder"/> with the labels planted: each CSV with a team or worker column is
    /// read and written again (quoted as RFC 4180 needs), the others are copied byte for byte.
    /// </summary>
    public static void WriteCopy(string folder)
    {
        var sample = RepositoryPaths.Of("data-samples", "havering-like");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(sample))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            if (!file.EndsWith(".csv", StringComparison.Ordinal) || !Rewrite(file, target))
            {
                File.Copy(file, target);
            }
        }
    }

    // False (nothing written) when the table has no team or worker column.
    private static bool Rewrite(string source, string target)
    {
        using var input = CsvInput.Open(source);
        if (!input.Read())
        {
            return false;
        }
        var header = input.Fields();
        var team = Array.IndexOf(header, "team");
        var worker = Array.IndexOf(header, "worker");
        if (team < 0 && worker < 0)
        {
            return false;
        }
        CsvOutput.Write(target, CsvAudience.Program, csv =>
        {
            csv.Row(header);
            while (input.Read())
            {
                var fields = input.Fields();
                if (team >= 0 && fields[team] == RenamedTeam)
                {
                    fields[team] = Team;
                }
                if (worker >= 0 && Workers.TryGetValue(fields[worker], out var renamed))
                {
                    fields[worker] = renamed;
                }
                csv.Row(fields);
            }
        });
        return true;
    }
}
