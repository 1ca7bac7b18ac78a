using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Calendar;
using Csc.Analysis.Csv;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi calendar --from D --to D [--holidays FILE]</c> prints the closures in the range as CSV
/// (<c>date,name</c>); <c>csc-kpi calendar --count-working-days A B [--holidays FILE]</c> prints the
/// working days between A and B (days d with A &lt; d &lt;= B; negative when B is before A).
/// A holiday file that cannot be used is a usage error (exit 2), like any other bad option value.
/// </summary>
internal sealed class CalendarCommand : ICliCommand
{
    public Command Build(CliEnvironment env)
    {
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Last day, included (YYYY-MM-DD)." };
        var count = new Option<string[]>("--count-working-days")
        {
            Description = "Print the working days between two dates A B (same day 0, Friday to Monday 1).",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var holidays = new Option<string?>("--holidays") { Description = "Extra closures in the shape of gov.uk bank-holidays.json (the whole file or one division)." };

        var cmd = new Command("calendar", "England and Wales bank holidays and working days (with local closures from --holidays).\n\nExamples:\n  csc-kpi calendar --from 2017-01-01 --to 2017-12-31\n  csc-kpi calendar --count-working-days 2017-04-13 2017-04-18");
        cmd.Options.Add(from);
        cmd.Options.Add(to);
        cmd.Options.Add(count);
        cmd.Options.Add(holidays);
        cmd.SetAction(parse => Run(env, parse.GetValue(from), parse.GetValue(to), parse.GetValue(count), parse.GetValue(holidays)));
        return cmd;
    }

    private static int Run(CliEnvironment env, string? fromText, string? toText, string[]? countDates, string? holidayFile)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        if (holidayFile is not null)
        {
            try
            {
                calendar = calendar.WithExtraClosures(WorkingDayCalendar.ReadHolidayFile(env.Resolve(holidayFile)));
            }
            catch (HolidayFileException ex)
            {
                throw new CliException(ex.Message);
            }
        }

        if (countDates is { Length: > 0 })
        {
            if (fromText is not null || toText is not null)
            {
                throw new CliException("give either --from and --to (list closures) or --count-working-days A B, not both.");
            }
            var a = Date("--count-working-days", countDates[0]);
            var b = Date("--count-working-days", countDates[1]);
            env.Out.WriteLine(calendar.WorkingDaysBetween(a, b).ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Ok;
        }

        if (fromText is null || toText is null)
        {
            throw new CliException("give --from and --to (list closures), or --count-working-days A B.");
        }
        var start = Date("--from", fromText);
        var end = Date("--to", toText);
        if (end < start)
        {
            throw new CliException($"--to {IsoFormat.Date(end)} is before --from {IsoFormat.Date(start)}.");
        }
        using (var csv = CsvOutput.Create(env.Out, CsvAudience.Program, leaveOpen: true))
        {
            csv.Row("date", "name");
            foreach (var h in calendar.ClosuresBetween(start, end))
            {
                csv.Date(h.Date).Text(h.Name).EndRow();
            }
        }
        return ExitCodes.Ok;
    }

    private static DateOnly Date(string option, string text)
    {
        if (!IsoFormat.TryParseDate(text.Trim(), out var date))
        {
            throw new CliException($"{option} '{text}' is not a date: expected YYYY-MM-DD, for example 2017-05-31.");
        }
        if (date < WorkingDayCalendar.MinDate || date > WorkingDayCalendar.MaxDate)
        {
            throw new CliException($"{option} {IsoFormat.Date(date)} is outside the calendar: it covers {IsoFormat.Date(WorkingDayCalendar.MinDate)} to {IsoFormat.Date(WorkingDayCalendar.MaxDate)}.");
        }
        return date;
    }
}
