using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Benchmarking;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Benchmarking;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

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
        var cmd = new Command("benchmark", "Compare the council's KPIs with the DfE published figures: kpi_id,year,value,england,region,neighbours_mean,neighbours_n,rank,of,quartile,measure.\n\nExample:\n  csc-kpi benchmark --data data-samples/havering-like --la 311 --out benchmark.csv");
        foreach (var o in new Option[] { data, format, la, config, published, output })
        {
            cmd.Options.Add(o);
        }
        cmd.SetAction(parse => Run(env, parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(la),
            parse.GetValue(config), parse.GetValue(published), parse.GetValue(output)));
        return cmd;
    }

    private static int Run(CliEnvironment env, string dataText, string formatText, string? laText, string? configText, string? publishedText, string? outText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var laOption = CliArguments.OptionalCouncil("--la", laText);
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
        var council = laOption ?? kpiConfig.LaCode
            ?? throw new CliException("No council given: pass --la with its DfE number (e.g. 311) or set \"la_code\" in the KPI config.");

        var publishedPath = publishedText is not null ? env.Resolve(publishedText)
            : PublishedFiguresLoader.FindBundled(env.WorkingDirectory, dataPath)
            ?? throw new CliException($"No --published given and {PublishedFiguresLoader.BundledFolder} is not under {env.WorkingDirectory} or a parent folder holding Analysis.sln. Pass --published FOLDER.");

        LoadResult load;
        PublishedFigures figures;
        try
        {
            load = CaseDataLoader.Load(dataPath, format);
            figures = PublishedFiguresLoader.Load(publishedPath);
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
        KpisCommand.Summarise(env.Error, $"Loading {dataText} ({load.Format.Name()})", load.Issues, "rows with errors were left out; the rest are used");
        if (figures.Area(council) is not { Kind: AreaKind.Council } area)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{council} is not a council in the published figures: use a council's DfE number (e.g. 311 for Havering)."));
        }

        var results = KpiEngine.Compute(load.Data, new KpiEngineOptions { Config = kpiConfig });
        var rows = BenchmarkComparison.Compare(results, figures, council);
        if (outText is null)
        {
            using var csv = CsvOutput.Create(env.Out, CsvAudience.Program, leaveOpen: true);
            BenchmarkTable.Write(rows, csv);
        }
        else
        {
            BenchmarkTable.Write(rows, env.Resolve(outText));
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {rows.Count} rows ({rows.Select(r => r.KpiId).Distinct().Count()} KPIs, years {(rows.Count > 0 ? $"{rows.Min(r => r.Year)} to {rows.Max(r => r.Year)}" : "none")}) for {area.Name} ({council}) to {outText}."));
        }
        if (rows.Count == 0)
        {
            env.Error.WriteLine("csc-kpi: no year to 31 March is covered completely by the data and published: nothing to compare.");
            return ExitCodes.DataErrors;
        }
        return ExitCodes.Ok;
    }
}
