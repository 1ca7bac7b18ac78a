using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests;

public sealed class JourneysCommandTests
{
    [SampleDataFact]
    public void Journeys_Sample_DefaultPeriodIsTheLastTwelveMonthsWithFollowUp()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("journeys", "--data", Repo.SampleFolder, "--out", "j.csv"));
        // Data to 31 May 2017: April's referrals do not all have 45 days, so the year is April 2016 to March 2017.
        Assert.Matches(@"^Wrote \d+ steps of \d+ children referred 2016-04 to 2017-03; \d+ \(\d+\.\d%\) still open at 2017-05-31 to j\.csv\.", run.Out);
        var lines = File.ReadAllLines(Path.Combine(run.Folder, "j.csv"));
        Assert.Equal("from_state,to_state,children,median_days", lines[0]);
        var steps = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0] + ">" + f[1], f => f);
        // Every followed child starts with a referral: the steps out of "referral" add up to the children followed.
        var children = int.Parse(System.Text.RegularExpressions.Regex.Match(run.Out, @"steps of (\d+) children").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(children, steps.Where(s => s.Key.StartsWith("referral>", StringComparison.Ordinal)).Sum(s => int.Parse(s.Value[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("icpc>cp_plan", steps.Keys);
        Assert.Equal("", steps["assessment>open"][3]);
    }

    [SampleDataFact]
    public void Journeys_FromAfterTheLastMonthWithFollowUp_OneSentence()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("journeys", "--data", Repo.SampleFolder, "--from", "2017-05", "--out", "j.csv"));
        Assert.Contains("--from 2017-05 is after the last month with 45 days of follow-up (2017-03): give an earlier --from or a --to.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.Folder, "j.csv")));
    }

    [Fact]
    public void Journeys_NoReferrals_SaysWhatWouldGiveThem()
    {
        using var run = new CliRun();
        var data = Path.Combine(run.Folder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "children.csv"), "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\nC1,M,2010-01-01,WBRI,N,RM1 1AA\n");
        Assert.Equal(ExitCodes.DataErrors, run.Run("journeys", "--data", "data", "--out", "j.csv"));
        Assert.Contains("csc-kpi: the canonical data has no referrals, so there are no journeys to follow;", run.Error, StringComparison.Ordinal);
    }
}
