using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reliability;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi export</c>: the KPI results for Power BI (kpis.csv, months.csv, facts.csv: a star
/// schema), as the same star schema in typed Parquet files (kpis.parquet, months.parquet, facts.parquet)
/// and Excel (kpi-results.xlsx: a Summary sheet and a sheet per area). For the internal audience (the
/// default) each also carries the drill-downs by team and worker (drilldowns.csv, drilldowns.parquet, a
/// Drill-down sheet); the public audience's have none. Months: the last 36 up to the last complete month
/// of the data unless --from/--to say otherwise. Exit 0 written, 1 no months to export, 2 usage.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    internal const string WorkbookFile = "kpi-results.xlsx";

    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: a folder or file in any supported format.", Required = true };
        var config = new Option<string?>("--config") { Description = "KPI config (JSON). Default: kpi-config.json in the data folder if there is one, else the built-in catalogue." };
        var output = new Option<string>("--out") { Description = "Output folder (created).", Required = true };
        var format = new Option<string>("--format") { Description = "powerbi (three CSV files and, internal, drilldowns.csv), excel (kpi-results.xlsx), both (default) or parquet (the star schema as typed Parquet files).", DefaultValueFactory = _ => "both" };
        var dataFormat = new Option<string>("--data-format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var from = new Option<string?>("--from") { Description = "First month, YYYY-MM (default: 35 months before the last)." };
        var to = new Option<string?>("--to") { Description = "Last month, YYYY-MM (default: the last complete month of the data)." };
        var cmd = new Command("export", "Export the KPI results for Power BI (CSV star schema) and Excel (.xlsx).\n\nExamples:\n  csc-kpi export --data data-samples/havering-like --out exports\n  csc-kpi export --data data-samples/havering-like --out exports --format parquet\n  csc-kpi export --data data-samples/havering-like --out public --audience public");
        foreach (var o in new Option[] { data, config, output, format, dataFormat, from, to })
        {
            cmd.Options.Add(o);
        }
        var audience = AudienceOptions.AddTo(cmd);
        var mapping = MappingOption.AddTo(cmd);
        cmd.SetAction(parse => Run(env, audience.Read(parse, env), mapping.Read(parse, env), parse.GetValue(data)!, parse.GetValue(config), parse.GetValue(output)!, parse.GetValue(format) ?? "both",
            parse.GetValue(dataFormat) ?? "auto", parse.GetValue(from), parse.GetValue(to)));
        return cmd;
    }

    private static int Run(CliEnvironment env, AudienceChoice audience, string? mapping, string dataText, string? configText, string outText, string formatText, string dataFormatText, string? fromText, string? toText)
    {
        var (powerBi, excel, parquet) = formatText.Trim().ToLowerInvariant() switch
        {
            "powerbi" => (true, false, false),
            "excel" => (false, true, false),
            "both" => (true, true, false),
            "parquet" => (false, false, true),
            _ => throw new CliException($"--format '{formatText}' is not an export format: use powerbi, excel, both or parquet."),
        };
        var dataFormat = CliArguments.DataFormat("--data-format", dataFormatText);
        var (from, to) = CliArguments.MonthRange(fromText, toText);
        var dataPath = env.Resolve(dataText);
        var configPath = configText is not null ? env.Resolve(configText)
            : Directory.Exists(dataPath) && File.Exists(Path.Combine(dataPath, ReportCommand.ConfigFileName)) ? Path.Combine(dataPath, ReportCommand.ConfigFileName)
            : null;
        KpiConfig config;
        try
        {
            config = configPath is null ? KpiConfig.Default : KpiConfig.Load(configPath);
        }
        catch (KpiConfigException ex)
        {
            throw new CliException(ex.Message);
        }
        var outDir = env.Resolve(outText);
        CliArguments.RefuseOverInputs("--out", outDir, dataPath, configPath);
        foreach (var file in KpiExport.PowerBiFiles.Concat(KpiExport.ParquetFiles).Append(WorkbookFile).Append(KpiExport.DrillDownFile).Append(KpiExport.DrillDownParquetFile))
        {
            CliArguments.RefuseOverInputs("--out", Path.Combine(outDir, file), dataPath, configPath);
        }
        var recordPath = audience.RunRecordPath ?? (audience.IsPublic ? RunRecord.BesidePath(outDir, isFolder: true) : null);
        CliArguments.RefuseOverInputs("--run-record", recordPath, dataPath, configPath);
        LoadResult load;
        try
        {
            load = mapping is null ? env.Progress.Run($"Loading {dataText}", () => CaseDataLoader.Load(dataPath, dataFormat)) : DatabaseOptions.Load(env, null, dataText, dataFormat, mapping: mapping);
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message);
        }
        if (load.Issues.Count > 0)
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Loading {dataText}: {load.ErrorCount} error(s), {load.WarningCount} warning(s); rows with errors were left out (run 'csc-kpi validate' for the list)."));
        }
        var councils = CouncilPartition.Split(load.Data);
        KpisCommand.CouncilStackNotes(env.Error, councils);
        var written = new List<string>();
        var summaries = new List<string>();
        KpiResults? results = null;
        var reliability = KpiReliability.Reliable;
        foreach (var part in councils.Parts)
        {
            // A stack: each council's export in its own folder, la_code=CODE (the Hive-style name DuckDB, Spark and Power BI's folder import read the code from).
            var folder = councils.IsStack ? Path.Combine(outDir, $"{CouncilKpiTable.CouncilColumn}={part.Code}") : outDir;
            var label = councils.IsStack ? $" for council {part.Code}" : string.Empty;
            var one = ExportOne(env, audience, load, part.Data, config, from, to, folder, powerBi, excel, parquet, dataText + label);
            if (one is null)
            {
                return ExitCodes.DataErrors;
            }
            (results, reliability) = (one.Value.Results, one.Value.Reliability);
            written.AddRange(one.Value.Written);
            summaries.Add(string.Create(CultureInfo.InvariantCulture,
                $"Exported {results.Series.Count} KPIs x {results.Months.Count} months ({results.Months[0]} to {results.Months[^1]}){label}."));
        }
        if (recordPath is not null)
        {
            new RunRecord
            {
                Command = "export",
                Arguments = audience.Arguments,
                KitVersion = MonthlyReportRenderer.KitVersion,
                Audience = audience.Audience,
                Disclosure = audience.IsPublic ? audience.Disclosure(config) : null,
                Data = dataText,
                DataFormat = load.Format.Name(),
                Inputs = load.Files,
                ConfigPath = configPath,
                Parameters = new Dictionary<string, string>
                {
                    ["from"] = results!.Months[0].ToString(),
                    ["to"] = results.Months[^1].ToString(),
                    ["format"] = formatText.Trim().ToLowerInvariant(),
                },
                Outputs = written,
            }.Write(recordPath);
            written.Add(recordPath);
        }
        foreach (var path in written)
        {
            var relative = Path.GetRelativePath(env.WorkingDirectory, path);
            env.Out.WriteLine(relative.StartsWith("..", StringComparison.Ordinal) ? path : relative);
        }
        foreach (var line in summaries)
        {
            env.Error.WriteLine(line);
        }
        return KpisCommand.Verdict(env.Error, load, reliability);
    }

    /// <summary>One council's export (the whole data's when it names no council) into <paramref name="outDir"/>; null when the data has no months.</summary>
    private static (KpiResults Results, KpiReliability Reliability, List<string> Written)? ExportOne(CliEnvironment env, AudienceChoice audience, LoadResult load, CaseData data,
        KpiConfig config, ReportingMonth? from, ReportingMonth? to, string outDir, bool powerBi, bool excel, bool parquet, string dataText)
    {
        var engine = new KpiEngineOptions { To = to, Config = config };
        var range = engine.ResolveMonths(data);
        if (range is null)
        {
            env.Error.WriteLine($"csc-kpi: the data in {dataText} has no dated records, so there are no months to export.");
            return null;
        }
        var first = from ?? Max(range.Value.From, range.Value.To.PlusMonths(-35));
        if (first > range.Value.To)
        {
            throw new CliException($"--from {first} is after the last month {range.Value.To}.");
        }
        var options = engine with { From = first };
        var results = env.Progress.Run("Calculating KPIs", () => KpiEngine.Compute(data, options));
        var reliability = KpiReliability.Assess(load, results.Catalog);
        var disclosure = audience.IsPublic ? KpiDisclosure.Apply(results, audience.Disclosure(config)) : null;
        // Worker codes identify staff and a group can be a handful of children: the internal audience's only.
        var drillDowns = audience.IsPublic ? null : KpiExport.DrillDowns(data, results, options);

        OutputFile.CreateFolder(outDir);
        var written = new List<string>();
        if (powerBi)
        {
            written.AddRange(disclosure is not null ? KpiExport.WritePowerBi(disclosure, outDir, reliability)
                : KpiExport.WritePowerBi(results, outDir, reliability, drillDowns!));
        }
        if (parquet)
        {
            written.AddRange(disclosure is not null ? KpiExport.WriteParquet(disclosure, outDir, reliability)
                : KpiExport.WriteParquet(results, outDir, reliability, drillDowns));
        }
        if (excel)
        {
            var book = Path.Combine(outDir, WorkbookFile);
            if (disclosure is null)
            {
                KpiExport.WriteExcel(results, book, reliability, drillDowns);
            }
            else
            {
                KpiExport.WriteExcel(disclosure, book, reliability);
            }
            written.Add(book);
        }
        return (results, reliability, written);
    }

    private static ReportingMonth Max(ReportingMonth a, ReportingMonth b) => a > b ? a : b;
}
