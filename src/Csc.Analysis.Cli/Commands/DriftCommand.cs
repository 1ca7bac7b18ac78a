using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Journeys;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi drift</c>: waits from referral to CP plan, referral to looked after and CP plan to looked after (median and
/// quartiles overall, by year and by team: <c>measure,group_by,group,children,median_days,q1_days,q3_days,same_day,negative</c>),
/// and with <c>--cases</c> the plans open beyond their thresholds (internal: it names children). Exit 0 when written, 1 when
/// the data cannot give it or rows were rejected, 2 for usage errors.
/// </summary>
internal sealed class DriftCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: a folder or file in any supported format.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var asAt = new Option<string?>("--as-at") { Description = "The day open plans are measured at (YYYY-MM-DD). Default: the extract date, else the latest date in the data." };
        var cinMonths = new Option<int>("--cin-plan-months") { Description = "List CIN plans open this many months or more (default 12).", DefaultValueFactory = _ => 12 };
        var cpMonths = new Option<int>("--cp-plan-months") { Description = "List CP plans open this many months or more with their category unchanged (default 18).", DefaultValueFactory = _ => 18 };
        var output = new Option<string>("--out") { Description = "Output CSV file of the waits: measure,group_by,group,children,median_days,q1_days,q3_days,same_day,negative.", Required = true };
        var cases = new Option<string?>("--cases") { Description = "Also write the plans open beyond the thresholds (kind,record_id,child_id,start_date,days_open,team,worker): internal only." };
        var cmd = new Command("drift", "Drift: how long children wait from referral to a CP plan or care and from a CP plan to care (median and quartiles, by year and team), and the plans open too long.\n\nExamples:\n  csc-kpi drift --data data-samples/havering-like --out drift.csv\n  csc-kpi drift --data data-samples/havering-like --out drift.csv --cases long-open-plans.csv --cp-plan-months 15");
        foreach (var o in new Option[] { data, format, asAt, cinMonths, cpMonths, output, cases })
        {
            cmd.Options.Add(o);
        }
        cmd.SetAction(parse => Run(env, parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(asAt), parse.GetValue(cinMonths),
            parse.GetValue(cpMonths), parse.GetValue(output)!, parse.GetValue(cases)));
        return cmd;
    }

    private static int Run(CliEnvironment env, string dataText, string formatText, string? asAtText, int cinMonths, int cpMonths, string outText, string? casesText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        DateOnly? asAtOption = null;
        if (asAtText is not null)
        {
            asAtOption = DateOnly.TryParseExact(asAtText, IsoFormat.DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new CliException($"--as-at '{asAtText}' is not a date: expected YYYY-MM-DD, for example 2017-05-31.");
        }
        foreach (var (option, months) in new[] { ("--cin-plan-months", cinMonths), ("--cp-plan-months", cpMonths) })
        {
            if (months < 1)
            {
                throw new CliException($"{option} {months.ToString(CultureInfo.InvariantCulture)} is not a number of months: give 1 or more.");
            }
        }
        var dataPath = env.Resolve(dataText);
        var outPath = env.Resolve(outText);
        var casesPath = casesText is null ? null : env.Resolve(casesText);
        CliArguments.RefuseOverInputs("--out", outPath, dataPath);
        CliArguments.RefuseOverInputs("--cases", casesPath, dataPath);
        var load = CaseDataInput.Load(env, dataText, dataPath, format);
        if (load.Data.CpPlans.Count == 0 && load.Data.LacEpisodes.Count == 0 && load.Data.CinPlans.Count == 0)
        {
            env.Error.WriteLine($"csc-kpi: the {load.Format.Name()} data has no CP plans, looked-after episodes or CIN plans, so there is no drift to measure; an extract with cp_plans.csv, lac_episodes.csv or cin_plans.csv would give it.");
            return ExitCodes.DataErrors;
        }
        var asAt = asAtOption ?? load.Data.ExtractDate ?? load.Data.LatestActivityDate()!.Value;
        var result = Drift.Analyse(load.Data, new DriftOptions { AsAt = asAt, CinPlanMonths = cinMonths, CpPlanMonths = cpMonths });
        CsvOutput.Write(outPath, CsvAudience.Spreadsheet, csv => DriftTable.Write(result, csv));
        if (casesPath is not null)
        {
            CsvOutput.Write(casesPath, CsvAudience.Spreadsheet, csv => DriftTable.WriteCases(result, csv));
        }
        var headline = string.Join("; ", result.Summaries.Where(s => s.GroupBy == DriftGrouping.All).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Measure.Id()} {s.Children} children, median {s.MedianDays:0.#} days")));
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {result.Summaries.Count} rows to {outText} ({(headline.Length == 0 ? "no child has a pair of steps" : headline)})."));
        if (result.BeforeTheData.Count > 0)
        {
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Left out, their earlier step being before the data starts: {string.Join(", ", result.BeforeTheData.Select(b => $"{b.Key.Id()} {b.Value}"))}."));
        }
        if (casesPath is not null)
        {
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {result.Cases.Count} plans open beyond {cinMonths} months (CIN) or {cpMonths} months with the category unchanged (CP) at {IsoFormat.Date(asAt)} to {casesText}."));
        }
        return load.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
    }
}
