using System.CommandLine;
using Csc.Analysis.Data.Canonical;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi validate --data PATH [--format F] [--extract-date D] [--issues FILE.csv] [--show N]</c>:
/// loads the data with <see cref="CaseDataLoader"/> and reports what was read and every issue.
/// Exit 0 when there are no errors, 1 when the data has errors, 2 for usage problems (a missing
/// path, an unknown format, a bad date).
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    /// <summary>Issues printed when --show is not given.</summary>
    public const int DefaultShown = 20;

    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "The extract: a canonical folder, SSDA903 CSV folder, CIN census .xml or Annex A .xlsx.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var extractDate = new Option<string?>("--extract-date") { Description = "The day the data was extracted (YYYY-MM-DD); later dates are errors." };
        var issues = new Option<string?>("--issues") { Description = "Write every issue to this CSV file (severity,rule,file,line,column,value,reason)." };
        var show = new Option<int>("--show") { Description = $"How many issues to print (default {DefaultShown}; 0 for none).", DefaultValueFactory = _ => DefaultShown };

        var cmd = new Command("validate", "Check an extract: rows read per table, issues by severity and rule, the first issues located.\n\nExamples:\n  csc-kpi validate --data data-samples/havering-like\n  csc-kpi validate --data extract/ --extract-date 2017-05-31 --issues issues.csv");
        cmd.Options.Add(data);
        cmd.Options.Add(format);
        cmd.Options.Add(extractDate);
        cmd.Options.Add(issues);
        cmd.Options.Add(show);
        var database = DatabaseOptions.AddTo(cmd);
        var mapping = MappingOption.AddTo(cmd);
        cmd.SetAction(parse => Run(
            env,
            database.Read(parse),
            mapping.Read(parse, env),
            parse.GetValue(data)!,
            parse.GetValue(format) ?? "auto",
            parse.GetValue(extractDate),
            parse.GetValue(issues),
            parse.GetValue(show)));
        return cmd;
    }

    private static int Run(CliEnvironment env, DatabaseSource? database, string? mapping, string dataPath, string formatText, string? extractDateText, string? issuesPath, int show)
    {
        if (!DataFormats.TryParse(formatText, out var format))
        {
            throw new CliException($"unknown --format '{formatText}': expected auto, canonical, ssda903, cin-census, annex-a or ssd.");
        }
        DateOnly? extractDate = null;
        if (extractDateText is not null)
        {
            if (!IsoFormat.TryParseDate(extractDateText.Trim(), out var d))
            {
                throw new CliException($"--extract-date '{extractDateText}' is not a date: expected YYYY-MM-DD, for example 2017-05-31.");
            }
            extractDate = d;
        }
        if (show < 0)
        {
            throw new CliException($"--show {show.ToString(CultureInfo.InvariantCulture)} is negative: give 0 or more.");
        }

        var path = database?.Display ?? env.Resolve(dataPath);
        CliArguments.RefuseOverInputs("--issues", issuesPath is null ? null : env.Resolve(issuesPath), database is null ? path : null);
        var result = DatabaseOptions.Load(env, database, dataPath, format, new LoadOptions { ExtractDate = extractDate }, mapping);

        WriteSummary(env.Out, path, result, extractDate, show, mapping);
        if (issuesPath is not null)
        {
            var file = env.Resolve(issuesPath);
            WriteIssuesCsv(file, result.Issues);
            env.Out.WriteLine($"All {result.Issues.Count} issues written to {file}.");
        }
        return result.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
    }

    /// <summary>
    /// What a mapped load did per table (source file, rows read, loaded and rejected) and the values seen in the source that
    /// the mapping's value maps do not list, with their counts: what to add to the mapping.
    /// </summary>
    private static void WriteMappingSummary(TextWriter o, LoadResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine("Mapped tables (rows read, loaded, rejected):");
        foreach (var f in result.Files)
        {
            var table = f.Table is { } t ? Path.GetFileNameWithoutExtension(CanonicalSchema.Tables.First(c => c.Kind == t).FileName) : "?";
            o.WriteLine(string.Create(inv, $"  {table,-18} {Path.GetFileName(f.Path),-32} {f.Rows,9} read {f.Rows - f.Rejected,9} loaded {f.Rejected,9} rejected{(f.Unusable ? "  (not loaded: see the errors)" : string.Empty)}"));
        }
        if (result.Files.Count == 0)
        {
            o.WriteLine("  (none)");
        }
        o.WriteLine();
        var unmapped = result.Issues.Where(i => i.RuleId == Data.Validation.CanonicalRules.MappingUnmappedValue).ToList();
        var unknown = result.Issues.Where(i => i.RuleId == Data.Validation.CanonicalRules.Parse.UnknownCode)
            .GroupBy(i => (i.File, i.Column, i.Value))
            .Where(g => !unmapped.Any(u => u.File == g.Key.File && u.Column == g.Key.Column && u.Value == g.Key.Value))
            .ToList();
        o.WriteLine("Codes seen but not mapped:");
        foreach (var u in unmapped)
        {
            var rows = u.Reason.Split(" (", 2) is [_, var rest] ? rest.Split(',')[0] : string.Empty;
            o.WriteLine(string.Create(inv, $"  {u.File}:{u.Line} {u.Column} '{u.Value}' ({rows})"));
        }
        foreach (var g in unknown)
        {
            o.WriteLine(string.Create(inv, $"  {g.Key.File}:{g.First().Line} {g.Key.Column} '{g.Key.Value}' ({g.Count()} row{(g.Count() == 1 ? string.Empty : "s")}, no value map for the column)"));
        }
        if (unmapped.Count == 0 && unknown.Count == 0)
        {
            o.WriteLine("  (none)");
        }
        o.WriteLine();
    }

    /// <summary>The rows of each table of <paramref name="data"/>, named as the canonical files are.</summary>
    internal static IReadOnlyList<(string Table, int Rows)> TableRows(CaseData data) =>
        [.. CanonicalSchema.Tables.Select(t => (Path.GetFileNameWithoutExtension(t.FileName), data.RowCount(t.Kind)))];

    private static void WriteSummary(TextWriter o, string path, LoadResult result, DateOnly? extractDate, int show, string? mapping)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"Data: {path}");
        if (mapping is not null)
        {
            o.WriteLine($"Mapping: {mapping}");
        }
        o.WriteLine($"Format: {result.Format.Name()}");
        o.WriteLine(extractDate is { } x
            ? $"Extract date: {IsoFormat.Date(x)}"
            : "Extract date: not given (no future-date check; use --extract-date)");
        o.WriteLine();

        o.WriteLine("Files read:");
        foreach (var f in result.Files)
        {
            o.WriteLine(string.Create(inv, $"  {Path.GetFileName(f.Path),-28} {f.Rows,9} rows  {f.Bytes,12} bytes  sha256 {f.Sha256[..Math.Min(12, f.Sha256.Length)]}"));
        }
        if (result.Files.Count == 0)
        {
            o.WriteLine("  (none)");
        }
        o.WriteLine();

        o.WriteLine("Rows loaded per table:");
        foreach (var (table, rows) in TableRows(result.Data))
        {
            o.WriteLine(string.Create(inv, $"  {table,-28} {rows,9}"));
        }
        o.WriteLine();

        if (mapping is not null)
        {
            WriteMappingSummary(o, result);
        }

        var errors = result.ErrorCount;
        var warnings = result.WarningCount;
        var infos = result.Issues.Count - errors - warnings;
        o.WriteLine($"Issues: {Count(errors, "error")}, {Count(warnings, "warning")}, {infos.ToString(inv)} info");
        var byRule = result.Issues
            .GroupBy(i => (i.Severity, i.RuleId))
            .OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .ToList();
        foreach (var g in byRule)
        {
            o.WriteLine(string.Create(inv, $"  {SeverityName(g.Key.Severity),-8} {g.Key.RuleId,-36} {g.Count(),9}"));
        }

        if (show > 0 && result.Issues.Count > 0)
        {
            // errors first, then warnings, then info; within each, in the order found (file, line)
            var ordered = result.Issues.OrderByDescending(i => i.Severity).ToList();
            var shown = Math.Min(show, ordered.Count);
            o.WriteLine();
            o.WriteLine(string.Create(inv, $"First {shown} of {ordered.Count} issues:"));
            foreach (var issue in ordered.Take(shown))
            {
                o.WriteLine($"  {issue}");
            }
            if (ordered.Count > shown)
            {
                o.WriteLine(string.Create(inv, $"  ... and {ordered.Count - shown} more (write them all with --issues FILE.csv)."));
            }
        }
        if (result.Issues.Count > 0)
        {
            o.WriteLine("What each rule means: docs/data-model.md (canonical extracts) and docs/statutory-formats.md (SSDA903, CIN census, Annex A).");
        }
        o.WriteLine();
        o.WriteLine(errors == 0
            ? "Result: no errors."
            : $"Result: {Count(errors, "error")}; the rows (or files) they are about were not loaded.");
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    private static string SeverityName(IssueSeverity s) => s.ToString().ToLowerInvariant();

    /// <summary>Writes issues as CSV for a spreadsheet: severity,rule,file,line,column,value,reason (see <see cref="CsvOutput"/>; values that look like formulas are neutralised).</summary>
    internal static void WriteIssuesCsv(string file, IReadOnlyList<DataIssue> issues)
    {
        CsvOutput.Write(file, CsvAudience.Spreadsheet, csv =>
        {
            csv.Row("severity", "rule", "file", "line", "column", "value", "reason");
            foreach (var i in issues)
            {
                csv.Text(SeverityName(i.Severity)).Text(i.RuleId).Text(i.File).Number(i.Line).Text(i.Column).Text(i.Value).Text(i.Reason).EndRow();
            }
        });
    }
}
