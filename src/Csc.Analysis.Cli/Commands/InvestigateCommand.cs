using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi investigate icpc-recording</c> and <c>csc-kpi investigate data-quality</c>: load the data,
/// run the investigation, write the findings as JSON (and the flagged rows as CSV when asked).
/// </summary>
internal sealed class InvestigateCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var cmd = new Command("investigate", "Root-cause investigations: recording problems behind a KPI, data quality over time.\n\nExamples:\n  csc-kpi investigate icpc-recording --data data-samples/havering-like --out icpc.json\n  csc-kpi investigate data-quality --data data-samples/havering-like --out quality.json");
        cmd.Subcommands.Add(BuildIcpc(env));
        cmd.Subcommands.Add(BuildDataQuality(env));
        return cmd;
    }

    private sealed record CommonOptions(Option<string> Data, Option<string?> Format, Option<string?> AsOf, Option<string> Out, Option<string?> Rows);

    private static CommonOptions AddCommon(Command cmd)
    {
        var data = new Option<string>("--data") { Description = "The case data: a canonical extract folder, SSDA903 CSVs, a CIN census .xml or an Annex A .xlsx.", Required = true };
        var format = new Option<string?>("--format") { Description = "The data format: auto (default), canonical, ssda903, cin-census, annex-a, ssd." };
        var asOf = new Option<string?>("--as-of") { Description = "The analysis (extract) date, YYYY-MM-DD. Default: the end of --month, else the latest date in the data that is not in the future." };
        var output = new Option<string>("--out") { Description = "The JSON file to write.", Required = true };
        var rows = new Option<string?>("--rows") { Description = "Also write the flagged rows to this CSV file." };
        foreach (var o in new Option[] { data, format, asOf, output, rows })
        {
            cmd.Options.Add(o);
        }
        return new CommonOptions(data, format, asOf, output, rows);
    }

    private static Command BuildIcpc(CliEnvironment env)
    {
        var cmd = new Command("icpc-recording", "Find systematic ICPC recording problems (by team and worker, with the month they started) and recompute icpc_within_15wd_pct with them corrected.\n\nExample:\n  csc-kpi investigate icpc-recording --data data-samples/havering-like --out icpc.json --rows flagged.csv");
        var common = AddCommon(cmd);
        var config = new Option<string?>("--config") { Description = "A JSON file of detector settings (alpha, recording_date_tolerance_days, long_lag_working_days, cp_plan_window_days, minimum_share_increase, minimum_segment_months, minimum_flagged_after, minimum_rows_to_test, group_by, first_month, event_window_months)." };
        var month = new Option<string?>("--month") { Description = "The reporting month, YYYY-MM. Default: the last complete month on or before the analysis date." };
        cmd.Options.Add(config);
        cmd.Options.Add(month);
        cmd.SetAction(parse =>
        {
            var reportMonth = ParseMonth(parse.GetValue(month));
            var (data, asOf) = Load(env, parse, common, reportMonth);
            var options = ReadConfig(env, parse.GetValue(config), new IcpcRecordingOptions { AnalysisDate = asOf, Month = reportMonth });
            var result = IcpcRecordingInvestigation.Run(data, options);
            WriteJson(env.Resolve(parse.GetValue(common.Out)!), w =>
            {
                w.WriteStartArray("findings");
                foreach (var f in result.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("rule", f.Rule.Id);
                    w.WriteString("description", f.Rule.Description);
                    w.WriteString("group_by", KpiDimensions.Id(f.Pattern.GroupBy));
                    w.WriteString("group", f.Pattern.Group);
                    w.WriteString("start_month", f.Pattern.StartMonth?.ToString());
                    w.WriteNumber("rows_flagged", f.RowsFlagged);
                    Number(w, "explained_points", f.ExplainedPoints);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                Number(w, "recorded_pct", result.RecordedPct);
                Number(w, "corrected_pct", result.CorrectedPct);
                w.WriteString("month", result.Month.ToString());
            });
            if (parse.GetValue(common.Rows) is { } rowsPath)
            {
                WriteCsv(env.Resolve(rowsPath), result.FlaggedRowsTable);
            }
            env.Out.WriteLine(result.Finding);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command BuildDataQuality(CliEnvironment env)
    {
        var cmd = new Command("data-quality", "Check every table against the data-quality rule set and test whether the monthly error rate is rising, per table and team.\n\nExample:\n  csc-kpi investigate data-quality --data data-samples/havering-like --trend-months 12 --out quality.json");
        var common = AddCommon(cmd);
        var trendMonths = new Option<int?>("--trend-months") { Description = "Months in the trend test (default 24)." };
        cmd.Options.Add(trendMonths);
        cmd.SetAction(parse =>
        {
            var (data, asOf) = Load(env, parse, common, null);
            var options = new DataQualityOptions { AnalysisDate = asOf };
            if (parse.GetValue(trendMonths) is { } tm)
            {
                if (tm < 6)
                {
                    throw new CliException($"--trend-months {tm} is too short: give 6 or more.");
                }
                options = options with { TrendMonths = tm };
            }
            var result = DataQuality.Check(data, options);
            WriteJson(env.Resolve(parse.GetValue(common.Out)!), w =>
            {
                w.WriteStartArray("findings");
                foreach (var r in DataQuality.Rules)
                {
                    var n = result.Issues.Count(i => i.RuleId == r.Id);
                    if (n == 0)
                    {
                        continue;
                    }
                    w.WriteStartObject();
                    w.WriteString("rule", r.Id);
                    w.WriteString("description", r.Description);
                    w.WriteString("severity", r.Severity.ToString().ToLowerInvariant());
                    w.WriteString("table", r.Table);
                    w.WriteNumber("rows_flagged", n);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("trends");
                foreach (var t in result.Trends)
                {
                    w.WriteStartObject();
                    w.WriteString("table", t.Table);
                    w.WriteString("group_by", t.Team == DataQuality.All ? "all" : "team");
                    w.WriteString("group", t.Team);
                    w.WriteString("from_month", t.From.ToString());
                    w.WriteString("to_month", t.To.ToString());
                    Number(w, "slope_points_per_month", t.SlopePointsPerMonth);
                    Number(w, "adjusted_p_value", t.AdjustedPValue);
                    w.WriteString("direction", t.Direction);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("errors", result.Issues.Count(i => i.Severity == IssueSeverity.Error));
                w.WriteNumber("warnings", result.Issues.Count(i => i.Severity == IssueSeverity.Warning));
                w.WriteString("finding", result.Finding);
                w.WriteString("month", result.Month.ToString());
            });
            if (parse.GetValue(common.Rows) is { } rowsPath)
            {
                WriteCsv(env.Resolve(rowsPath), result.IssuesTable);
            }
            env.Out.WriteLine(result.Finding);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static ReportingMonth? ParseMonth(string? text) => CliArguments.OptionalMonth("--month", text);

    private static (CaseData Data, DateOnly AsOf) Load(CliEnvironment env, ParseResult parse, CommonOptions common, ReportingMonth? month)
    {
        var format = parse.GetValue(common.Format) is { } f ? CliArguments.DataFormat("--format", f) : DataFormat.Auto;
        DateOnly? asOf = null;
        if (parse.GetValue(common.AsOf) is { } a)
        {
            asOf = IsoFormat.TryParseDate(a, out var d)
                ? d
                : throw new CliException($"--as-of '{a}' is not a date: expected YYYY-MM-DD, for example 2017-05-31.");
        }
        var path = env.Resolve(parse.GetValue(common.Data)!);
        CliArguments.RefuseOverInputs("--out", env.Resolve(parse.GetValue(common.Out)!), path);
        CliArguments.RefuseOverInputs("--rows", parse.GetValue(common.Rows) is { } rows ? env.Resolve(rows) : null, path);
        LoadResult loaded;
        try
        {
            loaded = env.Progress.Run($"Loading {path}", () => CaseDataLoader.Load(path, format, new LoadOptions { ExtractDate = asOf }));
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
        if (loaded.Issues.Count > 0)
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"csc-kpi: loading '{path}' found {loaded.ErrorCount} errors (rows not loaded) and {loaded.WarningCount} warnings; the first ones:"));
            foreach (var issue in loaded.Issues.Where(i => i.Severity != IssueSeverity.Info).Take(10))
            {
                env.Error.WriteLine("  " + issue);
            }
        }
        var data = loaded.Data;
        var date = asOf ?? data.ExtractDate ?? month?.LastDay ?? LatestNotInFuture(data, Clock.Today(env.Time))
            ?? throw new CliException($"'{path}' has no dated records, so there is nothing to investigate.", ExitCodes.DataErrors);
        return (data with { ExtractDate = data.ExtractDate ?? date }, date);
    }

    /// <summary>The latest referral, contact, strategy discussion or plan start that is not after today (mistyped future dates are ignored).</summary>
    private static DateOnly? LatestNotInFuture(CaseData data, DateOnly today)
    {
        DateOnly? max = null;
        void Take(DateOnly d)
        {
            if (d <= today && (max is null || d > max))
            {
                max = d;
            }
        }
        foreach (var c in data.Contacts) Take(c.ContactDate);
        foreach (var r in data.Referrals) Take(r.ReferralDate);
        foreach (var s in data.Section47Enquiries) Take(s.StrategyDiscussionDate);
        foreach (var p in data.CpPlans) Take(p.StartDate);
        foreach (var p in data.CinPlans) Take(p.StartDate);
        foreach (var e in data.LacEpisodes) Take(e.StartDate);
        return max;
    }

    private static IcpcRecordingOptions ReadConfig(CliEnvironment env, string? file, IcpcRecordingOptions options)
    {
        if (file is null)
        {
            return options;
        }
        var path = env.Resolve(file);
        if (!File.Exists(path))
        {
            throw new CliException($"--config '{path}' does not exist.");
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new CliException($"--config '{path}' is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"--config '{path}' must hold a JSON object of settings, for example {{\"alpha\": 0.01}}.");
            }
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                options = p.Name switch
                {
                    "alpha" => options with { Alpha = Real(p, path, 0, 1) },
                    "recording_date_tolerance_days" => options with { RecordingDateToleranceDays = Int(p, path, 0, 30) },
                    "long_lag_working_days" => options with { LongLagWorkingDays = Int(p, path, 1, 365) },
                    "cp_plan_window_days" => options with { CpPlanWindowDays = Int(p, path, 0, 365) },
                    "minimum_share_increase" => options with { MinimumShareIncrease = Real(p, path, 0, 1) },
                    "minimum_segment_months" => options with { MinimumSegmentMonths = Int(p, path, 1, 60) },
                    "minimum_flagged_after" => options with { MinimumFlaggedAfter = Int(p, path, 1, 100000) },
                    "minimum_rows_to_test" => options with { MinimumRowsToTest = Int(p, path, 1, 100000) },
                    "event_window_months" => options with { EventWindowMonths = Int(p, path, 0, 24) },
                    "first_month" => options with { FirstMonth = p.Value.ValueKind == JsonValueKind.String && ReportingMonth.TryParse(p.Value.GetString(), out var fm) ? fm : throw new CliException($"--config '{path}': \"first_month\" must be a \"YYYY-MM\" string.") },
                    "group_by" => options with { GroupBy = GroupBy(p, path) },
                    _ => throw new CliException($"--config '{path}': unknown setting \"{p.Name}\". Known: alpha, recording_date_tolerance_days, long_lag_working_days, cp_plan_window_days, minimum_share_increase, minimum_segment_months, minimum_flagged_after, minimum_rows_to_test, event_window_months, first_month, group_by."),
                };
            }
        }
        return options;
    }

    private static double Real(JsonProperty p, string path, double min, double max)
        => p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() is var v && v > min && v < max
            ? v
            : throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--config '{path}': \"{p.Name}\" must be a number strictly between {min} and {max}; got {p.Value.GetRawText()}."));

    private static int Int(JsonProperty p, string path, int min, int max)
        => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var v) && v >= min && v <= max
            ? v
            : throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--config '{path}': \"{p.Name}\" must be a whole number from {min} to {max}; got {p.Value.GetRawText()}."));

    private static IReadOnlyList<KpiDimension> GroupBy(JsonProperty p, string path)
    {
        if (p.Value.ValueKind != JsonValueKind.Array)
        {
            throw new CliException($"--config '{path}': \"group_by\" must be an array such as [\"team\", \"worker\"].");
        }
        var list = new List<KpiDimension>();
        foreach (var e in p.Value.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (!KpiDimensions.TryParse(s, out var d) || !IcpcRecordingOptions.Groupings.Contains(d))
            {
                throw new CliException($"--config '{path}': \"group_by\" entries must be \"all\", \"team\" or \"worker\"; got {e.GetRawText()}.");
            }
            list.Add(d);
        }
        return list;
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, Math.Round(value, 2));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteJson(string path, Action<Utf8JsonWriter> body)
    {
        OutputFile.Write(path, stream =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        });
    }

    private static void WriteCsv(string path, ITabular table)
    {
        CsvOutput.Write(path, CsvAudience.Spreadsheet, csv => Tabular.WriteCsv(table, csv));
    }
}
