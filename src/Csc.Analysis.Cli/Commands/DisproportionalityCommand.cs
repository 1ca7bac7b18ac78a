using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi disproportionality</c>: a cohort's children by ethnicity group against a population by ethnicity
/// (<see cref="DisproportionalityAnalysis"/>), as <c>cohort,ethnicity_group,children,population,rate_per_10k,rri,rri_lower,
/// rri_upper,expected,p_value,test,significant</c> (<see cref="DisproportionalityTable"/>); public output suppresses
/// small groups and what would give them back. Exit 0 when written, 1 when the data cannot give the cohort or rows
/// of the data or the population file were rejected, 2 for usage errors.
/// </summary>
internal sealed class DisproportionalityCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: a folder or file in any supported format.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var population = new Option<string>("--population") { Description = "Population by ethnicity CSV: ethnicity,population with a DfE code (WBRI, ...) or a group (White British, White other, Mixed, ...) per row (docs/disproportionality.md).", Required = true };
        var cohort = new Option<string>("--cohort") { Description = "The children counted: referrals, s47, cp_plans, looked_after or cin.", Required = true };
        var from = new Option<string>("--from") { Description = "The period's first day (YYYY-MM-DD).", Required = true };
        var to = new Option<string>("--to") { Description = "The period's last day (YYYY-MM-DD).", Required = true };
        var alpha = new Option<double>("--alpha") { Description = "Significance level of the test against White British (default 0.05).", DefaultValueFactory = _ => 0.05 };
        var output = new Option<string>("--out") { Description = "Output CSV file: cohort,ethnicity_group,children,population,rate_per_10k,rri,rri_lower,rri_upper,expected,p_value,test,significant.", Required = true };
        var cmd = new Command("disproportionality", "Disproportionality: a cohort's children by ethnicity group against the population, each group's rate per 10,000, relative rate index against White British with its 95% interval, expected count at White British's rate and a test of difference (Fisher's exact test when an expected count is below 5, else chi-square).\n\nExamples:\n  csc-kpi disproportionality --data data-samples/havering-like --population data-samples/population-ethnicity.csv --cohort referrals --from 2016-04-01 --to 2017-03-31 --out disproportionality.csv\n  csc-kpi disproportionality --data data-samples/havering-like --population data-samples/population-ethnicity.csv --cohort cp_plans --from 2016-04-01 --to 2017-03-31 --audience public --out public/cp-plans-by-ethnicity.csv");
        foreach (var o in new Option[] { data, format, population, cohort, from, to, alpha, output })
        {
            cmd.Options.Add(o);
        }
        var audience = AudienceOptions.AddTo(cmd);
        cmd.SetAction(parse => Run(env, audience.Read(parse, env), parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(population)!,
            parse.GetValue(cohort)!, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(alpha), parse.GetValue(output)!));
        return cmd;
    }

    private static int Run(CliEnvironment env, AudienceChoice audience, string dataText, string formatText, string populationText, string cohortText,
        string fromText, string toText, double alpha, string outText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var cohort = DisproportionalityCohorts.TryParse(cohortText)
            ?? throw new CliException($"--cohort '{cohortText}' is not a cohort: use {string.Join(", ", DisproportionalityCohorts.All.Select(c => c.Id()))}.");
        var from = Date("--from", fromText);
        var to = Date("--to", toText);
        if (to < from)
        {
            throw new CliException($"--to {IsoFormat.Date(to)} is before --from {IsoFormat.Date(from)}: give a period that ends on or after it starts.");
        }
        if (!(alpha is > 0 and < 1))
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--alpha {alpha} is not a significance level: give a number between 0 and 1, for example 0.05."));
        }
        if (audience.Rounding is { } r && r != Csc.Analysis.Disclosure.DisclosureRounding.None)
        {
            throw new CliException("--round is not available for disproportionality: its rates, relative rates and tests would give the unrounded counts back; counts 1 to 5 are suppressed instead.");
        }
        var dataPath = env.Resolve(dataText);
        var populationPath = env.Resolve(populationText);
        var outPath = env.Resolve(outText);
        var configPath = Directory.Exists(dataPath) && File.Exists(Path.Combine(dataPath, ReportCommand.ConfigFileName)) ? Path.Combine(dataPath, ReportCommand.ConfigFileName) : null;
        CliArguments.RefuseOverInputs("--out", outPath, dataPath, populationPath);
        var recordPath = audience.RunRecordPath ?? (audience.IsPublic ? RunRecord.BesidePath(outPath) : null);
        CliArguments.RefuseOverInputs("--run-record", recordPath, dataPath, populationPath);
        KpiConfig config;
        try
        {
            config = configPath is null ? KpiConfig.Default : KpiConfig.Load(configPath);
        }
        catch (KpiConfigException ex)
        {
            throw new CliException(ex.Message);
        }
        if (!File.Exists(populationPath))
        {
            throw new CliException($"--population {populationText} does not exist: give a CSV file of ethnicity,population.", ExitCodes.DataErrors);
        }
        EthnicityPopulation? pop;
        IReadOnlyList<DataIssue> popIssues;
        try
        {
            (pop, popIssues) = EthnicityPopulationLoader.Load(populationPath, Path.GetFileName(populationPath));
        }
        catch (DataLoadException ex)
        {
            throw new CliException(ex.Message, ExitCodes.DataErrors);
        }
        KpisCommand.Summarise(env.Error, $"Reading {populationText}", popIssues, "rows with errors were left out");
        if (pop is null)
        {
            return ExitCodes.DataErrors;
        }
        var load = CaseDataInput.Load(env, dataText, dataPath, format);
        var hasRecords = cohort switch
        {
            DisproportionalityCohort.Referrals or DisproportionalityCohort.ChildrenInNeed => load.Data.Referrals.Count > 0,
            DisproportionalityCohort.Section47Enquiries => load.Data.Section47Enquiries.Count > 0,
            DisproportionalityCohort.CpPlans => load.Data.CpPlans.Count > 0,
            _ => load.Data.LacEpisodes.Count > 0,
        };
        if (!hasRecords)
        {
            var table = cohort switch
            {
                DisproportionalityCohort.Referrals or DisproportionalityCohort.ChildrenInNeed => "referrals.csv",
                DisproportionalityCohort.Section47Enquiries => "s47_enquiries.csv",
                DisproportionalityCohort.CpPlans => "cp_plans.csv",
                _ => "lac_episodes.csv",
            };
            env.Error.WriteLine($"csc-kpi: the {load.Format.Name()} data has no records for the {cohort.Id()} cohort, so there are no {cohort.Description()} to compare; an extract with {table} would give them.");
            return ExitCodes.DataErrors;
        }
        var result = DisproportionalityAnalysis.Analyse(load.Data, new DisproportionalityOptions { Cohort = cohort, From = from, To = to, Population = pop, Alpha = alpha });
        var disclosure = audience.IsPublic ? audience.Disclosure(config) : null;
        CsvOutput.Write(outPath, CsvAudience.Spreadsheet, csv => DisproportionalityTable.Write(result, csv, disclosure));
        KpisCommand.Summarise(env.Error, "Comparing with the population", result.Issues, "the figures that need them are left out");
        var significant = result.Groups.Count(g => g.Significant == true);
        var detail = disclosure is null
            ? string.Create(CultureInfo.InvariantCulture, $"{result.TotalChildren} {cohort.Description()} {IsoFormat.Date(from)} to {IsoFormat.Date(to)}, {significant} of {result.Groups.Count(g => g.Test is not null)} groups tested differing from White British at {alpha}")
            : string.Create(CultureInfo.InvariantCulture, $"{cohort.Description()} {IsoFormat.Date(from)} to {IsoFormat.Date(to)}, public: counts 1 to {disclosure.Threshold} and what would give them back shown as c");
        env.Out.WriteLine($"Wrote {result.Groups.Count + 1} rows ({detail}) to {outText}.");
        if (result.ChildrenWithoutRecord > 0 && disclosure is null)
        {
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.ChildrenWithoutRecord} children have no child record and are counted as ethnicity not recorded."));
        }
        if (recordPath is not null)
        {
            new RunRecord
            {
                Command = "disproportionality",
                Arguments = audience.Arguments,
                KitVersion = MonthlyReportRenderer.KitVersion,
                Audience = audience.Audience,
                Disclosure = disclosure,
                Data = dataText,
                DataFormat = load.Format.Name(),
                Inputs = load.Files,
                OtherInputs = [populationPath],
                ConfigPath = configPath,
                Parameters = new Dictionary<string, string>
                {
                    ["cohort"] = cohort.Id(),
                    ["from"] = IsoFormat.Date(from),
                    ["to"] = IsoFormat.Date(to),
                    ["alpha"] = alpha.ToString(CultureInfo.InvariantCulture),
                },
                Outputs = [outPath],
            }.Write(recordPath);
        }
        return load.HasErrors || popIssues.Any(i => i.Severity == IssueSeverity.Error) ? ExitCodes.DataErrors : ExitCodes.Ok;
    }

    private static DateOnly Date(string option, string text)
        => DateOnly.TryParseExact(text, IsoFormat.DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new CliException($"{option} '{text}' is not a date: expected YYYY-MM-DD, for example 2017-03-31.");
}
