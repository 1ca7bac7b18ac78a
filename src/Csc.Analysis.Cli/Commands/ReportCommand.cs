using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Benchmarking;
using Csc.Analysis.Data.Benchmarking;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi report</c>: the monthly KPI report as one self-contained HTML page. With no
/// arguments it reports the bundled sample (data-samples/havering-like, found from the current
/// folder or the repository root) for its last complete month and writes
/// reports/kpi-report-YYYY-MM.html. Data issues do not stop the report: they go in its appendix.
/// Exit 0 when written, 1 when the data cannot give a report, 2 for usage errors.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    /// <summary>The bundled sample, relative to the repository root.</summary>
    internal const string SampleData = "data-samples/havering-like";

    internal const string ConfigFileName = DataSet.ConfigFileName;

    public Command Build(CliEnvironment env)
    {
        var data = new Option<string?>("--data") { Description = $"Case data: a folder or file in any supported format. Default: {SampleData}." };
        var format = new Option<string>("--format") { Description = "Data format: auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var month = new Option<string?>("--month") { Description = "Month to report, YYYY-MM. Default: the last complete month of the data." };
        var config = new Option<string?>("--config") { Description = $"KPI config (JSON). Default: {ConfigFileName} in the data folder if there is one, else the built-in catalogue." };
        var output = new Option<string?>("--out") { Description = "Output file. Default: reports/kpi-report-YYYY-MM.html under the repository root (or the current folder)." };
        var generatedAt = new Option<string?>("--generated-at") { Description = "Stamp the page with this time (ISO 8601, e.g. 2017-06-01T09:00:00Z). Default: none (or SOURCE_DATE_EPOCH), so the same inputs give the same file." };
        var la = new Option<string?>("--la") { Description = "The council's DfE number for \"How we compare\" (e.g. 311). Default: la_code in the KPI config." };
        var published = new Option<string?>("--published") { Description = $"Folder of the DfE published figures for \"How we compare\". Default: {PublishedFiguresLoader.BundledFolder} under the repository root (the section says so when it is not found)." };
        var populationEthnicity = new Option<string?>("--population-ethnicity") { Description = $"Population by ethnicity CSV (ethnicity,population; docs/disproportionality.md) for the appendix's disproportionality. Default: {EthnicityPopulationFile.FileName} in or beside the data folder (the appendix says so when there is none)." };
        var cmd = new Command("report", "Write the monthly KPI report: RAG summary, a section per area with charts and commentary, investigations, how the council compares with the published figures and a data-quality appendix, as one offline HTML file.\n\nExamples:\n  csc-kpi report\n  csc-kpi report --data data-samples/havering-like --month 2017-04 --out april.html\n  csc-kpi report --data extract/ --la 303 --published published/dfe-lait\n  csc-kpi report --audience public --round 5\n  csc-kpi report --data data-samples/havering-like --population-ethnicity data-samples/population-ethnicity.csv");
        foreach (var o in new Option[] { data, format, month, config, output, generatedAt, la, published, populationEthnicity })
        {
            cmd.Options.Add(o);
        }
        var database = DatabaseOptions.AddTo(cmd);
        var mapping = MappingOption.AddTo(cmd);
        var audience = AudienceOptions.AddTo(cmd);
        cmd.SetAction(parse => Run(env, database.Read(parse), mapping.Read(parse, env), audience.Read(parse, env), parse.GetValue(data), parse.GetValue(format) ?? "auto", parse.GetValue(month),
            parse.GetValue(config), parse.GetValue(output), parse.GetValue(generatedAt), parse.GetValue(la), parse.GetValue(published), parse.GetValue(populationEthnicity)));
        return cmd;
    }

    private static int Run(CliEnvironment env, DatabaseSource? database, string? mapping, AudienceChoice audience, string? dataText, string formatText, string? monthText, string? configText, string? outText, string? generatedText, string? laText, string? publishedText, string? ethnicityText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var month = CliArguments.OptionalMonth("--month", monthText);
        DateTimeOffset? generatedAt = null;
        if (generatedText is not null)
        {
            generatedAt = DateTimeOffset.TryParse(generatedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var g)
                ? g
                : throw new CliException($"--generated-at '{generatedText}' is not a date and time: use ISO 8601, for example 2017-06-01T09:00:00Z.");
        }

        // --la names the council: its DfE number for the published figures, or (in a stack of councils) its la_code.
        var laCode = CliArguments.OptionalCouncilCode("--la", laText);
        var laOption = laCode?.DfeNumber;
        var root = FindRepositoryRoot(env.WorkingDirectory);
        string dataPath;
        string dataDisplay;
        if (database is not null)
        {
            dataPath = database.Display;
            dataDisplay = database.Display;
        }
        else if (dataText is not null)
        {
            dataPath = env.Resolve(dataText);
            dataDisplay = dataText;
        }
        else
        {
            var here = Path.Combine(env.WorkingDirectory, SampleData);
            var installed = Path.Combine(ToolFolder, SampleData);
            dataPath = Directory.Exists(here) ? here
                : root is not null && Directory.Exists(Path.Combine(root, SampleData)) ? Path.Combine(root, SampleData)
                : Directory.Exists(installed) ? installed
                : throw new CliException($"No --data given and the sample data ({SampleData}) is not under {env.WorkingDirectory} or a parent folder holding Analysis.sln. Pass --data PATH.");
            dataDisplay = SampleData;
        }

        // The config, given or the data folder's, is an input too: no output may replace it.
        var configInput = configText is not null ? env.Resolve(configText)
            : database is null && Directory.Exists(dataPath) ? Path.Combine(dataPath, ConfigFileName) : null;
        var ethnicityInput = ethnicityText is null ? null : env.Resolve(ethnicityText);
        var inputs = new[] { database is null ? dataPath : null, configInput, ethnicityInput };
        CliArguments.RefuseOverInputs("--out", outText is null ? null : env.Resolve(outText), inputs);
        CliArguments.RefuseOverInputs("--run-record", audience.RunRecordPath, inputs);
        // The published figures given (they must load), or with --la the bundled copy when found: checked before the data is read.
        PublishedFigures? figures = null;
        string? figuresFolder = null;
        if (publishedText is not null)
        {
            figures = LoadFigures(figuresFolder = env.Resolve(publishedText));
        }
        else if (laOption is not null && PublishedFiguresLoader.FindBundled(env.WorkingDirectory, database is null ? dataPath : null, ToolFolder) is { } found)
        {
            figures = LoadFigures(figuresFolder = found);
        }
        // The population by ethnicity given, else population-ethnicity.csv in or beside the data folder: read before the data.
        if (ethnicityInput is not null && !File.Exists(ethnicityInput))
        {
            throw new CliException($"--population-ethnicity '{ethnicityText}' does not exist: give a CSV file of ethnicity,population.", ExitCodes.DataErrors);
        }
        EthnicityPopulationSource ethnicity;
        try
        {
            ethnicity = EthnicityPopulationFile.Open(ethnicityInput, database is null ? dataPath : null);
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
        if (ethnicity.Path is not null)
        {
            KpisCommand.Summarise(env.Error, $"Reading {ethnicityText ?? Path.GetRelativePath(env.WorkingDirectory, ethnicity.Path)}", ethnicity.Issues, "those rows were left out of the disproportionality");
        }
        var load = DatabaseOptions.Load(env, database, database is null && mapping is null ? dataText ?? dataPath : dataText, format, mapping: mapping);
        var councils = CouncilPartition.Split(load.Data);
        IReadOnlyList<CouncilPart> peers = [];
        if (councils.IsStack)
        {
            // A stack: the report is about the council --la names; the other councils are its comparison group.
            if (laCode is null)
            {
                throw new CliException($"{dataDisplay} holds {councils.Parts.Count} councils ({string.Join(", ", councils.Codes)}): pick the one to report with --la CODE.");
            }
            var part = councils.Find(laCode)
                ?? throw new CliException($"--la {laCode} is not a council of {dataDisplay}: use one of {string.Join(", ", councils.Codes)}.");
            KpisCommand.CouncilStackNotes(env.Error, councils);
            load = load with { Data = part.Data };
            peers = [.. councils.Parts.Where(p => !ReferenceEquals(p, part))];
        }
        else
        {
            if (laCode is { IsDfeNumber: false })
            {
                throw new CliException($"--la '{laText}' is not a council's DfE number: use a whole number such as 311.");
            }
            if (laOption is { } code && figures is not null && figures.Area(code) is not { Kind: AreaKind.Council })
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--la {code} is not a council in the published figures: use a council's DfE number (e.g. 311 for Havering)."));
            }
        }
        if (load.Issues.Count > 0)
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Loading {dataDisplay}: {load.ErrorCount} error(s), {load.WarningCount} warning(s); rows with errors were left out and are listed in the report's appendix."));
        }
        DataSet set;
        try
        {
            set = DataSet.FromLoad(load, database is null && Directory.Exists(dataPath) ? dataPath : null, new DataSetOptions
            {
                Month = month,
                ConfigPath = configText is not null ? env.Resolve(configText) : null,
                ConfigDisplayPath = configText,
                DisplayPath = dataDisplay,
            });
        }
        catch (KpiConfigException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (ArgumentException ex)
        {
            env.Error.WriteLine($"csc-kpi: cannot report on {dataDisplay}: {ex.Message}");
            return ExitCodes.DataErrors;
        }

        // Without a council named there is nothing to compare: the bundled copy is then not read (the section says so).
        if (figures is null && publishedText is null && laOption is null && set.Config.LaCode is not null
            && PublishedFiguresLoader.FindBundled(env.WorkingDirectory, database is null ? dataPath : null, ToolFolder) is { } bundled)
        {
            figures = LoadFigures(figuresFolder = bundled);
        }

        var options = new MonthlyReportOptions
        {
            Published = figures,
            LaCode = laOption,
            StackCouncil = councils.IsStack ? laCode : null,
            StackPeers = peers,
            Month = month,
            Config = set.Config,
            ConfigPath = set.ConfigPath,
            ConfigSha256 = set.ConfigSha256,
            DataPath = dataDisplay,
            GeneratedAt = generatedAt,
            Audience = audience.Audience,
            Disclosure = audience.Disclosure(set.Config),
            PopulationByEthnicity = ethnicity.Population,
            PopulationByEthnicityAbsent = ethnicity.Absent ?? MonthlyReportOptions.NoPopulationByEthnicity,
        };
        MonthlyReportModel model;
        try
        {
            model = env.Progress.Run("Calculating KPIs and investigations", () => MonthlyKpiReport.BuildModel(load, options));
        }
        catch (ArgumentException ex)
        {
            env.Error.WriteLine($"csc-kpi: cannot report on {dataDisplay}: {ex.Message}");
            return ExitCodes.DataErrors;
        }

        var outPath = outText is not null
            ? env.Resolve(outText)
            : Path.Combine(root ?? env.WorkingDirectory, "reports", $"kpi-report-{model.Month}.html");
        CliArguments.RefuseOverInputs("--out", outPath, inputs);
        var recordPath = audience.RunRecordPath ?? (audience.IsPublic ? RunRecord.BesidePath(outPath) : null);
        CliArguments.RefuseOverInputs("--run-record", recordPath, inputs);
        using (env.Progress.Stage("Writing the report"))
        {
            MonthlyReportRenderer.Page(model).Save(outPath);
        }
        env.Out.WriteLine(outText ?? Path.GetRelativePath(env.WorkingDirectory, outPath));
        if (recordPath is not null)
        {
            new RunRecord
            {
                Command = "report",
                Arguments = audience.Arguments,
                KitVersion = MonthlyReportRenderer.KitVersion,
                Audience = audience.Audience,
                Disclosure = audience.IsPublic ? options.Disclosure : null,
                Data = dataDisplay,
                DataFormat = load.Format.Name(),
                Inputs = load.Files,
                OtherInputs = [.. OtherInputs(figures is null ? null : figuresFolder), .. ethnicity.Path is { } e ? [e] : Array.Empty<string>()],
                ConfigPath = set.Config.Source == KpiConfig.Default.Source ? null : set.Config.Source,
                Parameters = new Dictionary<string, string>
                {
                    ["month"] = model.Month.ToString(),
                    ["la"] = model.Options.Council?.ToString(CultureInfo.InvariantCulture) ?? "none",
                },
                GeneratedAt = GeneratedStamp.Resolve(generatedAt),
                Outputs = [outPath],
            }.Write(recordPath);
            env.Error.WriteLine($"Run record: {Path.GetRelativePath(env.WorkingDirectory, recordPath)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>The published-figure files read for "How we compare" (for the run record); none when no figures were used.</summary>
    internal static IEnumerable<string> OtherInputs(string? folder)
        => folder is not null && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
            : [];

    private static PublishedFigures LoadFigures(string folder)
    {
        try
        {
            return PublishedFiguresLoader.Load(folder);
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
    }

    /// <summary>
    /// The folder csc-kpi runs from: the installed tool (<c>dotnet tool install</c>) carries the bundled sample and the
    /// published figures there, the last place looked for them after the working folder and the repository.
    /// </summary>
    internal static string ToolFolder => AppContext.BaseDirectory;

    /// <summary>The folder holding Analysis.sln: <paramref name="start"/> or the nearest parent; null when there is none.</summary>
    internal static string? FindRepositoryRoot(string start) => PublishedFiguresLoader.RepositoryRoot(start);
}
