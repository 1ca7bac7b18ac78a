using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests;

public sealed class BenchmarkCommandTests
{
    private static string Published => Path.Combine(Repo.Root(), "published", "dfe-lait");

    private static Dictionary<(string Kpi, string Year), string[]> Rows(string csv)
        => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => f);

    [SampleDataFact]
    public void Benchmark_Sample311_PublishedEnglandLondonAndNeighbours2016And2017()
    {
        using var run = new CliRun();
        // No --la: the sample's kpi-config.json names the council (la_code 311, Havering).
        var code = run.Run("benchmark", "--data", Repo.SampleFolder, "--published", Published, "--out", "b.csv");
        Assert.Equal(ExitCodes.Ok, code);
        var text = File.ReadAllText(Path.Combine(run.Folder, "b.csv"));
        Assert.StartsWith("kpi_id,year,value,england,region,neighbours_mean,neighbours_n,rank,of,quartile,measure\n", text, StringComparison.Ordinal);
        var rows = Rows(text);
        // The data runs April 2014 to May 2017 and LAIT starts in 2016: the years to March 2016 and March 2017.
        Assert.Equal(["2016", "2017"], rows.Keys.Select(k => k.Year).Distinct().Order());

        // Published figures read off bds_long_0.parquet for England (970) and London (986); Havering's neighbours are
        // 303, 822, 883, 881, 886, 866, 941, 826, 887, 938, and West Northamptonshire (941) has no figure before 2021.
        // Neighbour sums added by hand from the nine published values.
        (string Kpi, string Year, string England, string London, double NeighbourSum, string Measure)[] expected =
        [
            ("referrals", "2016", "621470", "95950", 53157, "CPP_Total_NumRef"),
            ("referrals", "2017", "646120", "100620", 49941, "CPP_Total_NumRef"),
            ("assessments_within_45wd_pct", "2016", "83.4", "82.3", 762.1, "Continue_Assess_Comp"),
            ("assessments_within_45wd_pct", "2017", "82.9", "82.3", 785.4, "Continue_Assess_Comp"),
            ("icpc_within_15wd_pct", "2016", "76.7", "75.3", 749.9, "CP_conf_15days"),
            ("icpc_within_15wd_pct", "2017", "77.2", "73", 695.1, "CP_conf_15days"),
            ("cp_plans", "2016", "50310", "7410", 3530, "CPP_Num"),
            ("cp_plans", "2017", "51080", "7760", 3573, "CPP_Num"),
            ("lac", "2016", "70410", "9870", 5878, "LACnum"),
            ("lac", "2017", "72610", "9910", 5530, "LACnum"),
            ("lac_over_20_miles_pct", "2016", "14", "18", 131, "LACDistance"),
            ("lac_over_20_miles_pct", "2017", "14", "19", 127, "LACDistance"),
            // the rates per 10,000 (the sample carries population.csv and the referrals' closure dates)
            ("s47_rate_per_10k", "2016", "148.8", "147.8", 1214.3, "Section_47"),
            ("s47_rate_per_10k", "2017", "159.1", "164.3", 1260.3, "Section_47"),
            ("icpc_rate_per_10k", "2016", "63", "55.1", 503.2, "ISCP_Conf"),
            ("icpc_rate_per_10k", "2017", "65.9", "63", 486.6, "ISCP_Conf"),
            ("cp_plans_rate_per_10k", "2016", "43.4", "38.8", 366.1, "CPP_rate"),
            ("cp_plans_rate_per_10k", "2017", "43.8", "40.3", 347.7, "CPP_rate"),
            ("cin_rate_per_10k", "2016", "339.8", "362.7", 2845.7, "CIN"),
            ("cin_rate_per_10k", "2017", "333.3", "353.1", 2844.1, "CIN"),
            ("lac_rate_per_10k", "2016", "60", "51", 515, "LAC"),
            ("lac_rate_per_10k", "2017", "62", "50", 505, "LAC"),
            // re-referrals, NFA, repeat and long plans, placement stability (read off the extract with DuckDB, an independent reader)
            ("referrals_repeat_12m_pct", "2016", "22.5", "16", 185.6, "ReReferral"),
            ("referrals_repeat_12m_pct", "2017", "21.9", "16.3", 181.6, "ReReferral"),
            ("referrals_nfa_pct", "2016", "9.9", "9", 80.1, "CIN_Refferals_NFA"),
            ("referrals_nfa_pct", "2017", "10.2", "7.9", 65.5, "CIN_Refferals_NFA"),
            ("cp_plans_second_or_subsequent_pct", "2017", "18.7", "14.8", 160.3, "PrevRegCPR"),
            ("cp_plans_ended_2y_plus_pct", "2017", "3.4", "3.9", 35.3, "CPPlans2yrs"),
            ("lac_3plus_placements_pct", "2016", "10", "10", 92, "LACStable_2016on"),
            ("lac_3plus_placements_pct", "2017", "10", "12", 100, "LACStable_2016on"),
        ];
        foreach (var e in expected)
        {
            var f = rows[(e.Kpi, e.Year)];
            Assert.Equal((e.England, e.London, "9", e.Measure), (f[3], f[4], f[6], f[10]));
            Assert.Equal(e.NeighbourSum / 9, double.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), 9);
        }
        // The referral rate's code has a comma in it (quoted in the CSV): its fields up to the measure split as the others.
        foreach (var (year, england, london, sum) in new[] { ("2016", "536", "501.9", 4506.9), ("2017", "553.6", "522", 4224.1) })
        {
            var f = rows[("referrals_rate_per_10k", year)];
            Assert.Equal((england, london, "9", "\"CPP_Total_Rateper10"), (f[3], f[4], f[6], f[10]));
            Assert.Equal(sum / 9, double.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), 9);
            Assert.Contains($"\nreferrals_rate_per_10k,{year},", text, StringComparison.Ordinal);
        }
        Assert.Matches("\nreferrals_rate_per_10k,2017,[0-9.]+,553.6,522,[0-9.]+,9,,,,\"CPP_Total_Rateper10,000\"\n", text);
        // Two years with a neighbour missing (eight of ten published, one of them West Northamptonshire).
        foreach (var (kpi, sum) in new[] { ("cp_plans_second_or_subsequent_pct", 145.6), ("cp_plans_ended_2y_plus_pct", 35.6) })
        {
            var f = rows[(kpi, "2016")];
            Assert.Equal("8", f[6]);
            Assert.Equal(sum / 8, double.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), 9);
        }
        // LAIT publishes long-term stability from 2018: no row for the sample's years.
        Assert.DoesNotContain("\nlac_long_term_stability_pct,", text, StringComparison.Ordinal);
        // Lower is better for re-referrals (Low in the dictionary): a rank and a quartile; NFA has none (-).
        Assert.Matches("^[0-9]+,1[45][0-9],[ABCD]$", string.Join(",", rows[("referrals_repeat_12m_pct", "2017")][7..10]));
        Assert.Equal(["", "", ""], rows[("referrals_nfa_pct", "2017")][7..10]);
        // The rates have no polarity in the dictionary (-): no rank or quartile.
        Assert.Equal(["", "", ""], rows[("cin_rate_per_10k", "2017")][7..10]);
        // Counts have no polarity in the dictionary: no rank or quartile. Percentages do.
        Assert.Equal(["", "", ""], rows[("cp_plans", "2017")][7..10]);
        Assert.Matches("^[0-9]+,1[45][0-9],[ABCD]$", string.Join(",", rows[("icpc_within_15wd_pct", "2017")][7..10]));
        Assert.Contains("for Havering (311)", run.Out, StringComparison.Ordinal);
    }

    [SampleDataFact]
    public void Benchmark_LaOptionOverridesConfig_AndUnknownCouncilIsUsage()
    {
        using var run = new CliRun();
        Assert.Equal(ExitCodes.Usage, run.Run("benchmark", "--data", Repo.SampleFolder, "--published", Published, "--la", "970"));
        Assert.Contains("970 is not a council in the published figures", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, run.Run("benchmark", "--data", Repo.SampleFolder, "--published", Published, "--la", "Havering"));
        Assert.Contains("--la 'Havering' is not a council's DfE number", run.Error, StringComparison.Ordinal);
        // Bexley (303): the same kit values, Bexley's neighbours.
        Assert.Equal(ExitCodes.Ok, run.Run("benchmark", "--data", Repo.SampleFolder, "--published", Published, "--la", "303"));
        Assert.StartsWith("kpi_id,year,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmark_NoCouncil_SaysHowToName()
    {
        using var run = new CliRun();
        run.Write("data/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        Assert.Equal(ExitCodes.Usage, run.Run("benchmark", "--data", "data", "--published", Published));
        Assert.Contains("pass --la with its DfE number (e.g. 311) or set \"la_code\" in the KPI config", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmark_PublishedFolderMissing_DataError()
    {
        using var run = new CliRun();
        run.Write("data/children.csv", "child_id,sex,date_of_birth,ethnicity,disability,home_postcode\n");
        Assert.Equal(ExitCodes.DataErrors, run.Run("benchmark", "--data", "data", "--la", "311", "--published", "nowhere"));
        Assert.Contains("The published figures folder", run.Error, StringComparison.Ordinal);
    }
}
