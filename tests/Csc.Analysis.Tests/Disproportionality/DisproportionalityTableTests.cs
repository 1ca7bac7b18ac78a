using Csc.Analysis.Csv;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Disproportionality;
using static Csc.Analysis.Tests.Disproportionality.DisproportionalityAnalysisTests;

namespace Csc.Analysis.Tests.Disproportionality;

public sealed class DisproportionalityTableTests
{
    private static DisproportionalityResult HandWorked() => DisproportionalityAnalysis.Analyse(ThreeGroups(), Options());

    private static string[] Row(IReadOnlyList<IReadOnlyList<string>> rows, string group) => [.. rows.Single(r => r[1] == group)];

    [Fact]
    public void Write_Internal_HeaderAndRoundedFigures()
    {
        var text = CsvOutput.ToText(CsvAudience.Spreadsheet, csv => DisproportionalityTable.Write(HandWorked(), csv));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("cohort,ethnicity_group,children,population,rate_per_10k,rri,rri_lower,rri_upper,expected,p_value,test,significant", lines[0]);
        Assert.Equal("referrals,White British,20,1000,200.0,1.00,,,20.0,,,", lines[1]);
        Assert.Equal("referrals,Mixed,0,50,0.0,0.00,,,1.0,0.6193,fisher,false", lines[2]);
        Assert.Equal("referrals,Black or Black British,10,200,500.0,2.50,1.19,5.26,4.0,0.01311,chi_square,true", lines[4]);
        Assert.Equal("referrals,not recorded,1,,,,,,,,,", lines[5]);
        Assert.Equal("referrals,Total,32,1350,237.0,,,,,,,", lines[6]);
    }

    [Fact]
    public void Rows_Public_SmallCountsAndWhatGivesThemBackAreC()
    {
        // Children: White British 20, Mixed 0, Asian 1, Black 10, not recorded 1, total 32. Asian and not recorded are
        // 1 (primary). Two withheld cells in "total = sum of the groups" cannot be told apart: no secondary needed there.
        // Every figure derived from a withheld count is c (even where, without a population, it would be x).
        var rows = DisproportionalityTable.Rows(HandWorked(), DisclosureOptions.Default);
        Assert.Equal(["referrals", "Asian or Asian British", "c", "100", "c", "c", "c", "c", "c", "c", "c", "c"], Row(rows, "Asian or Asian British"));
        Assert.Equal(["referrals", "not recorded", "c", "x", "c", "c", "c", "c", "c", "c", "c", "c"], Row(rows, "not recorded"));
        Assert.Equal(["referrals", "White British", "20", "1000", "200.0", "1.00", "z", "z", "20.0", "z", "z", "z"], Row(rows, "White British"));
        Assert.Equal(["referrals", "Black or Black British", "10", "200", "500.0", "2.50", "1.19", "5.26", "4.0", "0.01311", "chi_square", "true"], Row(rows, "Black or Black British"));
        Assert.Equal(["referrals", "Total", "32", "1350", "237.0", "z", "z", "z", "z", "z", "z", "z"], Row(rows, "Total"));
        AssertNothingSmallOrRecoverable(rows);
    }

    [Fact]
    public void Rows_Public_OneSmallGroup_SecondarySuppressionOfTheSmallestOther()
    {
        // Without the child who has no record: White British 20, Mixed 0, Asian 1, Black 10, total 31. Asian alone is c, so
        // 31 − 20 − 0 − 10 would give it back: the smallest other non-zero group (Black, 10) is withheld too, with
        // every figure derived from it. Populations: Mixed 50... none small.
        var data = ThreeGroups();
        data = data with { Referrals = [.. data.Referrals.Where(r => r.ChildId != "NOREC")] };
        var rows = DisproportionalityTable.Rows(DisproportionalityAnalysis.Analyse(data, Options()), DisclosureOptions.Default);
        Assert.Equal(["referrals", "Black or Black British", "c", "200", "c", "c", "c", "c", "c", "c", "c", "c"], Row(rows, "Black or Black British"));
        Assert.Equal("c", Row(rows, "Asian or Asian British")[2]);
        Assert.Equal("20", Row(rows, "White British")[2]);
        Assert.Equal("31", Row(rows, "Total")[2]);
        AssertNothingSmallOrRecoverable(rows);
    }

    [Fact]
    public void Rows_Public_SmallPopulation_WithheldWithItsFigures_AndWhiteBritishWithheldWithholdsEveryComparison()
    {
        // Population: White British 1,000, Black 200, Asian 100, Mixed 4 (small): Mixed's population is c, and the total
        // 1,304 would give it back, so the smallest other population (Asian, 100) is withheld too.
        var options = Options() with { Population = Population((Csc.Analysis.Disproportionality.EthnicityGroup.WhiteBritish, 1000), (Csc.Analysis.Disproportionality.EthnicityGroup.Black, 200), (Csc.Analysis.Disproportionality.EthnicityGroup.Asian, 100), (Csc.Analysis.Disproportionality.EthnicityGroup.Mixed, 4)) };
        var rows = DisproportionalityTable.Rows(DisproportionalityAnalysis.Analyse(ThreeGroups(), options), DisclosureOptions.Default);
        Assert.Equal(["referrals", "Mixed", "0", "c", "c", "c", "c", "c", "c", "c", "c", "c"], Row(rows, "Mixed"));
        Assert.Equal("c", Row(rows, "Asian or Asian British")[3]);
        AssertNothingSmallOrRecoverable(rows);

        // White British with 3 children: its count is c, so no group's comparison with it is shown.
        var data = ThreeGroups();
        data = data with { Referrals = [.. data.Referrals.Where(r => !r.ChildId.StartsWith('W') || r.ChildId is "W0" or "W1" or "W2")] };
        var hidden = DisproportionalityTable.Rows(DisproportionalityAnalysis.Analyse(data, Options()), DisclosureOptions.Default);
        var black = Row(hidden, "Black or Black British");
        Assert.Equal("10", black[2]);
        Assert.Equal("500.0", black[4]);
        Assert.All(black[5..], cell => Assert.Equal("c", cell));
        AssertNothingSmallOrRecoverable(hidden);
    }

    // No count from 1 to 5 is shown, and in the children and population columns no single withheld cell stands alone
    // (a lone c would be the total minus the shown groups).
    private static void AssertNothingSmallOrRecoverable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row.Skip(2).Take(2))
            {
                Assert.False(long.TryParse(cell, out var n) && n is >= 1 and <= 5, $"{row[1]} shows the small count {cell}");
            }
        }
        foreach (var column in new[] { 2, 3 })
        {
            Assert.NotEqual(1, rows.Count(r => r[column] == "c"));
        }
    }
}
