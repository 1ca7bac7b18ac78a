using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Inspection;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi inspection</c>: the Ofsted inspection pack from an Annex A (or any input the loaders read): every Annex
/// A list's measures over the look-back window, as <c>inspection.html</c> (self-contained) and <c>inspection.csv</c>
/// (<c>list,measure_id,category,value,numerator,denominator,unit</c>) in the output folder.
/// <c>--audience public</c> writes the public edition (no child-level rows, disclosure control on every figure of both
/// files) with its run record beside the page (<c>inspection.run.json</c>).
/// Exit 0 when written, 1 when rows or population rows were rejected (the outputs are still written) or the data
/// cannot be read, 2 for usage errors.
/// </summary>
internal sealed class InspectionCommand : ICliCommand
{
    /// <summary>The page's file name in the output folder.</summary>
    internal const string HtmlFileName = "inspection.html";

    /// <summary>The table's file name in the output folder.</summary>
    internal const string CsvFileName = "inspection.csv";

    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: an Annex A workbook or folder of list CSVs, or any other supported format.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var asAt = new Option<string?>("--as-at") { Description = "The last day of the look-back window, YYYY-MM-DD. Default: the extract date, else the latest date in the data." };
        var months = new Option<int>("--months") { Description = "The window's length in months (1 to 24).", DefaultValueFactory = _ => 6 };
        var conventions = new Option<string>("--conventions") { Description = "corrected (default: distinct children, working days with bank holidays, DfE cohorts) or chat (PATCh 014's conventions, with 014's errors corrected and listed).", DefaultValueFactory = _ => "corrected" };
        var population = new Option<string?>("--population") { Description = "Population CSV: year,aged_0_17, or age,population (summed over ages 0 to 17). Default: the extract's population.csv." };
        var populationEthnicity = new Option<string?>("--population-ethnicity") { Description = "Population by ethnicity CSV (ethnicity,population; docs/disproportionality.md): adds the disproportionality section, each cohort of the window against White British." };
        var output = new Option<string>("--out") { Description = $"Output folder: {HtmlFileName} and {CsvFileName} are written there.", Required = true };
        var generatedAt = new Option<string?>("--generated-at") { Description = "Stamp the page with this time (ISO 8601). Default: none, so the same inputs give the same files." };
        var cmd = new Command("inspection", $"Write the Ofsted inspection pack from Annex A: the measures of every list (contacts to adoption) over the look-back window as {HtmlFileName} and {CsvFileName} (list,measure_id,category,value,numerator,denominator,unit).\n\nExamples:\n  csc-kpi inspection --data annex-a.xlsx --out pack\n  csc-kpi inspection --data annex-a.xlsx --as-at 2017-05-31 --conventions chat --population population.csv --out pack-chat\n  csc-kpi inspection --data annex-a.xlsx --population-ethnicity population-ethnicity.csv --out pack\n  csc-kpi inspection --data annex-a.xlsx --audience public --round 5 --out pack-public");
        foreach (var o in new Option[] { data, format, asAt, months, conventions, population, populationEthnicity, output, generatedAt })
        {
            cmd.Options.Add(o);
        }
        var audience = AudienceOptions.AddTo(cmd);
        cmd.SetAction(parse => Run(env, audience.Read(parse, env), parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(asAt), parse.GetValue(months),
            parse.GetValue(conventions) ?? "corrected", parse.GetValue(population), parse.GetValue(populationEthnicity), parse.GetValue(output)!, parse.GetValue(generatedAt)));
        return cmd;
    }

    private static int Run(CliEnvironment env, AudienceChoice audience, string dataText, string formatText, string? asAtText, int months, string conventionText, string? populationText, string? ethnicityText, string outText, string? generatedText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        DateOnly? asAt = null;
        if (asAtText is not null)
        {
            asAt = DateOnly.TryParseExact(asAtText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new CliException($"--as-at '{asAtText}' is not a date: use YYYY-MM-DD, for example 2017-05-31.");
        }
        if (months is < 1 or > 24)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--months {months} is out of range: use 1 to 24 (Annex A lists cover 6)."));
        }
        if (!InspectionConventions.TryParse(conventionText, out var convention))
        {
            throw new CliException($"--conventions '{conventionText}' is not a convention: use corrected or chat.");
        }
        DateTimeOffset? generatedAt = null;
        if (generatedText is not null)
        {
            generatedAt = DateTimeOffset.TryParse(generatedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var g)
                ? g
                : throw new CliException($"--generated-at '{generatedText}' is not a date and time: use ISO 8601, for example 2017-06-01T09:00:00Z.");
        }
        var dataPath = env.Resolve(dataText);
        var populationPath = populationText is null ? null : env.Resolve(populationText);
        var ethnicityPath = ethnicityText is null ? null : env.Resolve(ethnicityText);
        var outDir = env.Resolve(outText);
        CliArguments.RefuseOverInputs("--out", outDir, dataPath, populationPath, ethnicityPath);
        CliArguments.RefuseOverInputs("--out", Path.Combine(outDir, HtmlFileName), dataPath, populationPath, ethnicityPath);
        CliArguments.RefuseOverInputs("--out", Path.Combine(outDir, CsvFileName), dataPath, populationPath, ethnicityPath);
        var htmlPath = Path.Combine(outDir, HtmlFileName);
        var csvPath = Path.Combine(outDir, CsvFileName);
        var recordPath = audience.RunRecordPath ?? (audience.IsPublic ? RunRecord.BesidePath(htmlPath) : null);
        CliArguments.RefuseOverInputs("--run-record", recordPath, dataPath, populationPath, ethnicityPath);
        // The pack reads no KPI config: the threshold and rounding are the command line's, else DfE's.
        var disclosure = audience.Disclosure(KpiConfig.Default);

        InspectionPopulation? pop = null;
        IReadOnlyList<DataIssue> popIssues = [];
        if (populationPath is not null)
        {
            if (!File.Exists(populationPath))
            {
                throw new CliException($"--population '{populationText}' does not exist.", ExitCodes.DataErrors);
            }
            using var reader = new StreamReader(populationPath);
            (pop, popIssues) = InspectionPopulation.Read(reader, Path.GetFileName(populationPath));
            KpisCommand.Summarise(env.Error, $"Reading {populationText}", popIssues, "those rows were left out");
        }

        EthnicityPopulation? ethnicity = null;
        if (ethnicityPath is not null)
        {
            if (!File.Exists(ethnicityPath))
            {
                throw new CliException($"--population-ethnicity '{ethnicityText}' does not exist.", ExitCodes.DataErrors);
            }
            IReadOnlyList<DataIssue> ethnicityIssues;
            try
            {
                (ethnicity, ethnicityIssues) = EthnicityPopulationLoader.Load(ethnicityPath, Path.GetFileName(ethnicityPath));
            }
            catch (DataLoadException ex)
            {
                throw new CliException(ex.Message, ExitCodes.DataErrors);
            }
            KpisCommand.Summarise(env.Error, $"Reading {ethnicityText}", ethnicityIssues, "those rows were left out");
            popIssues = [.. popIssues, .. ethnicityIssues];
        }

        var load = CaseDataInput.Load(env, dataText, dataPath, format);

        InspectionResult result;
        try
        {
            result = InspectionPack.Compute(load.Data, new InspectionOptions { AsAt = asAt, Months = months, Convention = convention, Population = pop });
        }
        catch (ArgumentException ex)
        {
            env.Error.WriteLine($"csc-kpi: cannot measure {dataText}: {ex.Message}");
            return ExitCodes.DataErrors;
        }
        result = result with { Issues = [.. popIssues, .. result.Issues] };
        KpisCommand.Summarise(env.Error, "Measuring", result.Issues, "see the report's data issues");

        Directory.CreateDirectory(outDir);
        if (audience.IsPublic)
        {
            InspectionTable.Write(InspectionDisclosure.Apply(result, disclosure), csvPath);
        }
        else
        {
            InspectionTable.Write(result, csvPath);
        }
        var disproportionality = ethnicity is null ? [] : DisproportionalityAnalysis.AnalyseEach(load.Data, ethnicity, result.WindowStart, result.WindowEnd);
        result = result with { Issues = [.. result.Issues, .. disproportionality.SelectMany(d => d.Issues)] };
        InspectionReport.Page(new InspectionReportModel
        {
            Result = result,
            Load = load,
            DataPath = dataText,
            GeneratedAt = generatedAt,
            Disproportionality = disproportionality,
            Audience = audience.Audience,
            Disclosure = disclosure,
        }).Save(htmlPath);
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {result.Measures.Count} measures ({result.Convention.Name()} convention, {IsoFormat.Date(result.WindowStart)} to {IsoFormat.Date(result.WindowEnd)}) to {Path.Combine(outText, CsvFileName)} and {Path.Combine(outText, HtmlFileName)}."));
        if (recordPath is not null)
        {
            new RunRecord
            {
                Command = "inspection",
                Arguments = audience.Arguments,
                KitVersion = MonthlyReportRenderer.KitVersion,
                Audience = audience.Audience,
                Disclosure = audience.IsPublic ? disclosure : null,
                Data = dataText,
                DataFormat = load.Format.Name(),
                Inputs = load.Files,
                OtherInputs = [.. new[] { populationPath, ethnicityPath }.OfType<string>()],
                Parameters = new Dictionary<string, string>
                {
                    ["as_at"] = IsoFormat.Date(result.AsAt),
                    ["months"] = result.Months.ToString(CultureInfo.InvariantCulture),
                    ["conventions"] = result.Convention.Name(),
                },
                GeneratedAt = GeneratedStamp.Resolve(generatedAt),
                Outputs = [htmlPath, csvPath],
            }.Write(recordPath);
            env.Error.WriteLine($"Run record: {Path.GetRelativePath(env.WorkingDirectory, recordPath)}");
        }
        if (load.HasErrors || popIssues.Any(i => i.Severity == IssueSeverity.Error))
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"csc-kpi: exit 1 because the input had {load.ErrorCount + popIssues.Count(i => i.Severity == IssueSeverity.Error)} error(s): rows were not used (run 'csc-kpi validate' for the list)."));
            return ExitCodes.DataErrors;
        }
        return ExitCodes.Ok;
    }
}
