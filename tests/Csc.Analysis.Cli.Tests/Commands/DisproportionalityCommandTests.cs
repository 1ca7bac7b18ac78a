using System.Globalization;
using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests;

public sealed class DisproportionalityCommandTests
{
    private static readonly string SamplePopulation = Path.Combine(Repo.Root(), "data-samples", "population-ethnicity.csv");

    [SampleDataFact]
    public void Disproportionality_Sample_Referrals2016To17()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("disproportionality", "--data", Repo.SampleFolder, "--population", SamplePopulation, "--cohort", "referrals",
            "--from", "2016-04-01", "--to", "2017-03-31", "--out", "d.csv"));
        Assert.Contains("Wrote 8 rows (2133 children referred 2016-04-01 to 2017-03-31, 5 of 6 groups tested differing from White British at 0.05) to d.csv.", run.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(run.Folder, "d.csv"));
        Assert.Equal("cohort,ethnicity_group,children,population,rate_per_10k,rri,rri_lower,rri_upper,expected,p_value,test,significant", lines[0]);
        Assert.Equal("referrals,White British,1305,32957,396.0,1.00,,,1305.0,,,", lines[1]);
        Assert.Equal("referrals,Asian or Asian British,144,6939,207.5,0.52,0.44,0.62,274.8,2.416E-14,chi_square,true", lines[4]);
        Assert.Equal("referrals,Total,2133,57822,368.9,,,,,,,", lines[^1]);
        // The groups add up to the total.
        Assert.Equal(2133, lines.Skip(1).SkipLast(1).Sum(l => int.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)));
    }

    [SampleDataFact]
    public void Disproportionality_Public_NoSmallCountAndNoLoneSuppressedCell_RunRecordBeside()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Ok, run.Run("disproportionality", "--data", Repo.SampleFolder, "--population", SamplePopulation, "--cohort", "s47",
            "--from", "2017-03-01", "--to", "2017-03-31", "--audience", "public", "--out", "public/s47.csv"));
        var rows = File.ReadAllLines(Path.Combine(run.Folder, "public", "s47.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        // March 2017: 36 children, 25 White British; the other groups have 0 to 5 children each.
        Assert.Equal("25", rows[0][2]);
        Assert.Contains(rows, r => r[2] == "c");
        foreach (var row in rows)
        {
            Assert.False(long.TryParse(row[2], out var n) && n is >= 1 and <= 5, string.Join(",", row));
            Assert.False(long.TryParse(row[3], out var p) && p is >= 1 and <= 5, string.Join(",", row));
            if (row[2] == "c")
            {
                Assert.All(row[4..], cell => Assert.Equal("c", cell));
            }
        }
        // No withheld count stands alone in its column (it would be the total minus the rest).
        Assert.NotEqual(1, rows.Count(r => r[2] == "c"));
        Assert.True(File.Exists(Path.Combine(run.Folder, "public", "s47.run.json")));
    }

    [Fact]
    public void Disproportionality_UnknownCohort_OneSentence()
    {
        using var run = new CliRun();
        run.Write("pop.csv", "ethnicity,population\nWBRI,100\n");
        Assert.Equal(ExitCodes.Usage, run.Run("disproportionality", "--data", ".", "--population", "pop.csv", "--cohort", "lac", "--from", "2016-04-01", "--to", "2017-03-31", "--out", "d.csv"));
        Assert.Equal("csc-kpi: --cohort 'lac' is not a cohort: use referrals, s47, cp_plans, looked_after, cin.\n", run.Error);
    }

    [Fact]
    public void Disproportionality_Round_Refused()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("disproportionality", "--data", ".", "--population", "pop.csv", "--cohort", "cin", "--from", "2016-04-01", "--to", "2017-03-31",
            "--audience", "public", "--round", "5", "--out", "d.csv"));
        Assert.Contains("--round is not available for disproportionality:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disproportionality_BadDatesAndAlpha_OneSentence()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("disproportionality", "--data", ".", "--population", "pop.csv", "--cohort", "cin", "--from", "01/04/2016", "--to", "2017-03-31", "--out", "d.csv"));
        Assert.Contains("--from '01/04/2016' is not a date: expected YYYY-MM-DD, for example 2017-03-31.", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, run.Run("disproportionality", "--data", ".", "--population", "pop.csv", "--cohort", "cin", "--from", "2017-04-01", "--to", "2017-03-31", "--out", "d.csv"));
        Assert.Contains("--to 2017-03-31 is before --from 2017-04-01: give a period that ends on or after it starts.", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, run.Run("disproportionality", "--data", ".", "--population", "pop.csv", "--cohort", "cin", "--from", "2016-04-01", "--to", "2017-03-31", "--alpha", "5", "--out", "d.csv"));
        Assert.Contains("--alpha 5 is not a significance level: give a number between 0 and 1, for example 0.05.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disproportionality_PopulationProblems_LocatedOnStderr_ExitOne()
    {
        using var run = new CliRun();
        run.Write("data/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\nC1,M,2010-01-01,WBRI,N,RM1 1AA\nC2,F,2011-01-01,BAFR,N,RM1 1AA\n");
        run.Write("data/referrals.csv", "referral_id,child_id,referral_date,source,nfa,team,worker\nR1,C1,2016-06-01,SCHOOL,N,MASH,W1\nR2,C2,2016-06-01,SCHOOL,N,MASH,W1\n");
        run.Write("pop.csv", "ethnicity,population\nWBRI,100\nWhite,40\nBAFR,50\n");
        Assert.Equal(ExitCodes.DataErrors, run.Run("disproportionality", "--data", "data", "--population", "pop.csv", "--cohort", "referrals", "--from", "2016-04-01", "--to", "2017-03-31", "--out", "d.csv"));
        Assert.Contains("DISP_POPULATION_ROW", run.Error, StringComparison.Ordinal);
        Assert.Contains("pop.csv:3", run.Error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(run.Folder, "d.csv"));
        Assert.Equal("referrals,White British,1,100,100.0,1.00,,,1.0,,,", lines[1]);
        Assert.StartsWith("referrals,Black or Black British,1,50,200.0,2.00,", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disproportionality_MissingPopulationFile_OneSentence()
    {
        using var run = new CliRun();
        Directory.CreateDirectory(Path.Combine(run.Folder, "data"));
        Assert.Equal(ExitCodes.DataErrors, run.Run("disproportionality", "--data", "data", "--population", "none.csv", "--cohort", "cin", "--from", "2016-04-01", "--to", "2017-03-31", "--out", "d.csv"));
        Assert.Equal("csc-kpi: --population none.csv does not exist: give a CSV file of ethnicity,population.\n", run.Error);
    }
}
