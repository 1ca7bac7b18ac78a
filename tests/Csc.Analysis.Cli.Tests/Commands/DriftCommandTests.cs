using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests;

public sealed class DriftCommandTests
{
    [SampleDataFact]
    public void Drift_Sample_WaitsByYearAndTeam_AndTheLongOpenPlans()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("drift", "--data", Repo.SampleFolder, "--out", "d.csv", "--cases", "cases.csv"));
        Assert.Matches(@"^Wrote \d+ rows to d\.csv \(referral_to_cp_plan \d+ children, median [0-9.]+ days; referral_to_looked_after \d+ children, median [0-9.]+ days; cp_plan_to_looked_after \d+ children, median [0-9.]+ days\)\.", run.Out);
        Assert.Contains("plans open beyond 12 months (CIN) or 18 months with the category unchanged (CP) at 2017-05-31 to cases.csv.", run.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(run.Folder, "d.csv"));
        Assert.Equal("measure,group_by,group,children,median_days,q1_days,q3_days,same_day,negative", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        // For each measure the years and the teams each add up to all the children.
        foreach (var measure in rows.Select(r => r[0]).Distinct())
        {
            var all = int.Parse(rows.Single(r => r[0] == measure && r[1] == "all")[3], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var by in new[] { "year", "team" })
            {
                Assert.Equal(all, rows.Where(r => r[0] == measure && r[1] == by).Sum(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        var cases = File.ReadAllLines(Path.Combine(run.Folder, "cases.csv"));
        Assert.Equal("kind,record_id,child_id,start_date,days_open,team,worker", cases[0]);
        Assert.All(cases.Skip(1), c => Assert.True(int.Parse(c.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture) >= 365, c));
    }

    [Fact]
    public void Drift_BadAsAt_OneSentence()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("drift", "--data", ".", "--as-at", "31/05/2017", "--out", "d.csv"));
        Assert.Contains("--as-at '31/05/2017' is not a date: expected YYYY-MM-DD, for example 2017-05-31.", run.Error, StringComparison.Ordinal);
    }
}
