using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Benchmarking;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Benchmarking;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi benchmark</c>: the council's KPIs against the DfE published figures (England, its region, its
/// statistical neighbours, rank and quartile among councils), for every mapped KPI and every complete year to
/// 31 March that the published data has. The council is <c>--la</c>, else the config's <c>la_code</c>.
/// Exit 0 when written, 1 when the data or published files cannot be used, 2 for usage errors.
/// </summary>
internal sealed class BenchmarkCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: a folder or file in any supported format.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census or annex-a.", DefaultValueFactory = _ => "auto" };
        var la = new Option<string?>("--la") { Description = "The council's DfE number (e.g. 311). Default: la_code in the KPI config." };
        var config = new Option<string?>("--config") { Description = $"KPI config (JSON). Default: {ReportCommand.ConfigFileName} in the data folder if there is one, else the built-in catalogue." };
        var published = new Option<string?>("--published") { Description = $"Folder of the published figures. Default: {PublishedFiguresLoader.BundledFolder} under the repository root." };
        var output = new Option<string?>("--out") { Description = "Output CSV file. Default: standard output." };
        var cmd = new Command("benchmark", "Compare the council's KPIs with the DfE published figures: kpi_id,year,value,england,region,neighbours_mean,neighbours_n,rank,of,quartile,measure.\n\nExample:\n  csc-kpi benchmark --data data-samples/havering-like --la 311 --out benchmark.csv\n  csc-kpi benchmark --data data-samples/havering-like --la 311 --out public/benchmark.csv --audience public");
        foreach (var o in new Option[] { data, format, la, config, published, output })
        {
            cmd.Options.Add(o);
        }
        var audience = AudienceOptions.AddTo(cmd);
        cmd.SetAction(parse => Run(env, audience.Read(parse, env), parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(la),
            parse.GetValue(config), parse.GetValue(published), parse.GetValue(output)));
        return cmd;
    }

    private static int Run(CliEnvironment env, AudienceChoice audience, string dataText, string formatText, string? laText, string? configText, string? publishedText, string? outText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var laCode = CliArguments.OptionalCouncilCode("--la", laText);
        var dataPath = env.Resolve(dataText);
        var configPath = configText is not null ? env.Resolve(configText)
            : Directory.Exists(dataPath) && File.Exists(Path.Combine(dataPath, ReportCommand.ConfigFileName)) ? Path.Combine(dataPath, ReportCommand.ConfigFileName)
            : null;
        KpiConfig kpiConfig;
        try
        {
            kpiConfig = configPath is null ? KpiConfig.Default : KpiConfig.Load(configPath);
        }
        catch (KpiConfigException ex)
        {
            throw new CliException(ex.Message);
        }
        CliArguments.RefuseOverInputs("--out", outText is null ? null : env.Resolve(outText), dataPath, configPath);
        if (audience.IsPublic && outText is null && audience.RunRecordPath is null)
        {
            throw new CliException("--audience public needs --out FILE (the run record is written beside it) or --run-record FILE.");
        }
        var recordPath = audience.RunRecordPath ?? (audience.IsPublic && outText is not null ? RunRecord.BesidePath(env.Resolve(outText)) : null);
        CliArguments.RefuseOverInputs("--run-record", recordPath, dataPath, configPath);

        var publishedPath = publishedText is not null ? env.Resolve(publishedText)
            : PublishedFiguresLoader.FindBundled(env.WorkingDirectory, dataPath, ReportCommand.ToolFolder)
            ?? throw new CliException($"No --published given and {PublishedFiguresLoader.BundledFolder} is not under {env.WorkingDirectory} or a parent folder holding Analysis.sln. Pass --published FOLDER.");

        LoadResult load;
        PublishedFigures figures;
        try
        {
            load = env.Progress.Run($"Loading {dataText}", () => CaseDataLoader.Load(dataPath, format));
            figures = PublishedFiguresLoader.Load(publishedPath);
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
        KpisCommand.Summarise(env.Error, $"Loading {dataText} ({load.Format.Name()})", load.Issues, "rows with errors were left out; the rest are used");
        var councils = CouncilPartition.Split(load.Data);
        var data = load.Data;
        int council;
        if (councils.IsStack)
        {
            KpisCommand.CouncilStackNotes(env.Error, councils);
            if (laCode is null)
            {
                var code = RunCouncils(env, audience, councils, figures, kpiConfig, outText);
                if (recordPath is not null)
                {
                    new RunRecord
                    {
                        Command = "benchmark",
                        Arguments = audience.Arguments,
                        KitVersion = MonthlyReportRenderer.KitVersion,
                        Audience = audience.Audience,
                        Disclosure = audience.IsPublic ? audience.Disclosure(kpiConfig) : null,
                        Data = dataText,
                        DataFormat = load.Format.Name(),
                        Inputs = load.Files,
                        OtherInputs = [.. ReportCommand.OtherInputs(publishedPath)],
                        ConfigPath = configPath,
                        Parameters = new Dictionary<string, string> { ["la"] = string.Join(" ", councils.Codes) },
                        Outputs = outText is null ? [] : [env.Resolve(outText)],
                    }.Write(recordPath);
                }
                return code;
            }
            data = (councils.Find(laCode) ?? throw new CliException($"--la {laCode} is not a council of the data: use one of {string.Join(", ", councils.Codes)}.")).Data;
            council = CliArguments.DfeNumber("--la", laCode);
        }
        else
        {
            council = (laCode is null ? (int?)null : CliArguments.DfeNumber("--la", laCode)) ?? kpiConfig.LaCode
                ?? throw new CliException("No council given: pass --la with its DfE number (e.g. 311) or set \"la_code\" in the KPI config.");
        }
        if (figures.Area(council) is not { Kind: AreaKind.Council } area)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{council} is not a council in the published figures: use a council's DfE number (e.g. 311 for Havering)."));
        }

        var results = env.Progress.Run("Calculating KPIs", () => KpiEngine.Compute(data, new KpiEngineOptions { Config = kpiConfig }));
        // Public: the council's figures are disclosed first, so a withheld one is neither shown nor ranked.
        var disclosure = audience.IsPublic ? KpiDisclosure.Apply(results, audience.Disclosure(kpiConfig)) : null;
        var rows = BenchmarkComparison.Compare(disclosure?.Results ?? results, figures, council);
        Func<BenchmarkRow, string?>? symbol = disclosure is null ? null : r => Symbol(disclosure, r);
        if (outText is null)
        {
            using var csv = CsvOutput.Create(env.Out, CsvAudience.Program, leaveOpen: true);
            BenchmarkTable.Write(rows, csv, symbol);
        }
        else
        {
            if (symbol is null)
            {
                BenchmarkTable.Write(rows, env.Resolve(outText));
            }
            else
            {
                BenchmarkTable.Write(rows, env.Resolve(outText), symbol);
            }
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {rows.Count} rows ({rows.Select(r => r.KpiId).Distinct().Count()} KPIs, years {(rows.Count > 0 ? $"{rows.Min(r => r.Year)} to {rows.Max(r => r.Year)}" : "none")}) for {area.Name} ({council}) to {outText}."));
        }
        if (recordPath is not null)
        {
            new RunRecord
            {
                Command = "benchmark",
                Arguments = audience.Arguments,
                KitVersion = MonthlyReportRenderer.KitVersion,
                Audience = audience.Audience,
                Disclosure = disclosure?.Options,
                Data = dataText,
                DataFormat = load.Format.Name(),
                Inputs = load.Files,
                OtherInputs = [.. ReportCommand.OtherInputs(publishedPath)],
                ConfigPath = configPath,
                Parameters = new Dictionary<string, string> { ["la"] = council.ToString(CultureInfo.InvariantCulture) },
                Outputs = outText is null ? [] : [env.Resolve(outText)],
            }.Write(recordPath);
        }
        if (rows.Count == 0)
        {
            env.Error.WriteLine("csc-kpi: no year to 31 March is covered completely by the data and published: nothing to compare.");
            return ExitCodes.DataErrors;
        }
        return ExitCodes.Ok;
    }

    /// <summary>
    /// A stack without --la: every council of the stack whose code is a council's DfE number in the published figures,
    /// each computed from its own rows, the table with a leading la_code column; the others are named on stderr.
    /// </summary>
    private static int RunCouncils(CliEnvironment env, AudienceChoice audience, CouncilPartition councils, PublishedFigures figures, KpiConfig config, string? outText)
    {
        var compared = councils.Parts.Where(p => p.Code!.DfeNumber is { } n && figures.Area(n) is { Kind: AreaKind.Council }).ToList();
        var others = councils.Parts.Where(p => !compared.Contains(p)).Select(p => p.Code!.Value).ToList();
        if (compared.Count == 0)
        {
            throw new CliException($"None of the data's councils ({string.Join(", ", councils.Codes)}) is a council's DfE number in the published figures: name one with --la, or use DfE numbers in la_code.");
        }
        if (others.Count > 0)
        {
            env.Error.WriteLine($"Not in the published figures, so not compared: {string.Join(", ", others)}.");
        }
        var rows = new List<CouncilBenchmarkRow>();
        var options = new KpiEngineOptions { Config = config, Catalog = config.Apply() };
        foreach (var part in compared)
        {
            var results = KpiEngine.Compute(part.Data, options);
            var disclosure = audience.IsPublic ? KpiDisclosure.Apply(results, audience.Disclosure(config)) : null;
            foreach (var row in BenchmarkComparison.Compare(disclosure?.Results ?? results, figures, part.Code!.DfeNumber!.Value))
            {
                rows.Add(new CouncilBenchmarkRow(part.Code, row, disclosure is null ? null : Symbol(disclosure, row)));
            }
        }
        if (outText is null)
        {
            using var csv = CsvOutput.Create(env.Out, CsvAudience.Program, leaveOpen: true);
            BenchmarkTable.WriteCouncils(rows, csv, audience.IsPublic);
        }
        else
        {
            CsvOutput.Write(env.Resolve(outText), CsvAudience.Program, csv => BenchmarkTable.WriteCouncils(rows, csv, audience.IsPublic));
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {rows.Count} rows for {compared.Count} councils ({string.Join(", ", compared.Select(p => p.Code))}) to {outText}."));
        }
        if (rows.Count == 0)
        {
            env.Error.WriteLine("csc-kpi: no year to 31 March is covered completely by the data and published: nothing to compare.");
            return ExitCodes.DataErrors;
        }
        return ExitCodes.Ok;
    }

    // The symbol of a council value withheld by disclosure control: March's YTD for a flow, March's value otherwise.
    private static string? Symbol(DisclosedKpiResults disclosure, BenchmarkRow row)
    {
        if (!disclosure.Results.Contains(row.KpiId) || disclosure[row.KpiId, new ReportingMonth(row.Year, 3)] is not { } d)
        {
            return DisclosureSymbol.NotAvailable.Code();
        }
        var flow = disclosure.Results[row.KpiId].Definition.Kind == KpiKind.Flow;
        return ((flow ? d.YtdValue : d.Value) ?? DisclosureSymbol.NotAvailable).Code();
    }
}
