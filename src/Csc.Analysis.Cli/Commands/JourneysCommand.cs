using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Journeys;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi journeys</c>: the steps children referred in a period took (contact → referral → assessment → outcome), as
/// <c>from_state,to_state,children,median_days</c> (<see cref="ChildJourneys"/>). Internal: counts are not disclosure-controlled.
/// Exit 0 when written, 1 when the data cannot give journeys or rows were rejected, 2 for usage errors.
/// </summary>
internal sealed class JourneysCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: a folder or file in any supported format.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var from = new Option<string?>("--from") { Description = "First month of referrals (YYYY-MM). Default: 11 months before --to." };
        var to = new Option<string?>("--to") { Description = "Last month of referrals (YYYY-MM). Default: the last month whose referrals all have the follow-up." };
        var followUp = new Option<int>("--follow-up-days") { Description = "Days of data a referral needs after it to be followed (default 45).", DefaultValueFactory = _ => 45 };
        var output = new Option<string>("--out") { Description = "Output CSV file: from_state,to_state,children,median_days.", Required = true };
        var cmd = new Command("journeys", "Child journeys from referral: the children taking each step (contact, referral, assessment, then NFA, early help, CIN plan, section 47, ICPC, CP plan, looked after, closed or still open) and the median days between the steps.\n\nExamples:\n  csc-kpi journeys --data data-samples/havering-like --out journeys.csv\n  csc-kpi journeys --data data-samples/havering-like --from 2016-04 --to 2017-03 --out journeys-2016-17.csv");
        foreach (var o in new Option[] { data, format, from, to, followUp, output })
        {
            cmd.Options.Add(o);
        }
        cmd.SetAction(parse => Run(env, parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(from), parse.GetValue(to),
            parse.GetValue(followUp), parse.GetValue(output)!));
        return cmd;
    }

    private static int Run(CliEnvironment env, string dataText, string formatText, string? fromText, string? toText, int followUpDays, string outText)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var (fromMonth, toMonth) = CliArguments.MonthRange(fromText, toText);
        if (followUpDays < 0)
        {
            throw new CliException($"--follow-up-days {followUpDays.ToString(CultureInfo.InvariantCulture)} is negative: give a number of days, 0 or more.");
        }
        var dataPath = env.Resolve(dataText);
        var outPath = env.Resolve(outText);
        CliArguments.RefuseOverInputs("--out", outPath, dataPath);
        var load = CaseDataInput.Load(env, dataText, dataPath, format);
        if (load.Data.Referrals.Count == 0)
        {
            env.Error.WriteLine($"csc-kpi: the {load.Format.Name()} data has no referrals, so there are no journeys to follow; an extract with referrals.csv (or the SSD, or a CIN census) would give them.");
            return ExitCodes.DataErrors;
        }
        var dataEnd = load.Data.ExtractDate ?? load.Data.LatestActivityDate()!.Value;
        // The last month whose last day has the follow-up: the month before the one holding dataEnd - followUpDays + 1.
        var to = toMonth ?? ReportingMonth.Of(dataEnd.AddDays(1 - followUpDays)).Previous;
        var from = fromMonth ?? to.PlusMonths(-11);
        if (to < from)
        {
            throw new CliException($"--from {from} is after the last month with {followUpDays.ToString(CultureInfo.InvariantCulture)} days of follow-up ({to}): give an earlier --from or a --to.");
        }
        var result = ChildJourneys.Analyse(load.Data, new JourneyOptions
        {
            From = from.FirstDay,
            To = to.LastDay,
            DataEnd = dataEnd,
            FollowUpDays = followUpDays,
        });
        CsvOutput.Write(outPath, CsvAudience.Spreadsheet, csv => JourneyTable.Write(result, csv));
        var open = result.StillOpenPct is { } pct
            ? string.Create(CultureInfo.InvariantCulture, $"; {result.StillOpen} ({pct:0.0}%) still open at {IsoFormat.Date(dataEnd)}")
            : "; the data records no closure dates, so how many are still open is not known";
        var skipped = result.ShortFollowUp > 0
            ? string.Create(CultureInfo.InvariantCulture, $" ({result.ShortFollowUp} referred too late for {followUpDays} days of follow-up left out)")
            : string.Empty;
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {result.Transitions.Count} steps of {result.Children} children referred {from} to {to}{skipped}{open} to {outText}."));
        return load.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
    }
}
