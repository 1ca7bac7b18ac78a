using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using static Csc.Analysis.Tests.Inspection.I;

namespace Csc.Analysis.Tests.Inspection;

public sealed class InspectionPopulationTests
{
    [Fact]
    public void CanonicalFile_ByYear_MidYearHoldingTheDate()
    {
        var (p, issues) = InspectionPopulation.Read(new StringReader("year,aged_0_17\n2016,50000\n2017,51000\n"), "population.csv");
        Assert.Empty(issues);
        // 31 March 2017 is in mid-2016's year; 1 April 2017 in mid-2017's.
        Assert.Equal(50_000, p!.For(D("2017-03-31"), out var y1));
        Assert.Equal(2016, y1);
        Assert.Equal(51_000, p.For(D("2017-04-01"), out _));
        // A later year falls back to the latest earlier one.
        Assert.Equal(51_000, p.For(D("2019-06-01"), out var y3));
        Assert.Equal(2017, y3);
    }

    [Fact]
    public void ByAge_Undated_SumsAges0To17_BadRowsAreLocatedIssues()
    {
        var (p, issues) = InspectionPopulation.Read(new StringReader("age,count\n0,10\n17,20\n18,1000\nx,5\n3,\n"), "ages.csv");
        Assert.Equal(30, p!.For(D("2017-05-31"), out var year));
        Assert.Null(year);
        Assert.Equal([(5L, "age", "x"), (6L, "count", "")], issues.Select(i => (i.Line!.Value, i.Column!, i.Value!)));
        Assert.All(issues, i => Assert.Equal(IssueSeverity.Error, i.Severity));
    }

    [Fact]
    public void WrongHeader_OneIssueNoPopulation()
    {
        var (p, issues) = InspectionPopulation.Read(new StringReader("la,children\n311,50000\n"), "x.csv");
        Assert.Null(p);
        Assert.Equal(InspectionRules.PopulationRow.Id, Assert.Single(issues).RuleId);
    }

    [Fact]
    public void OtherYearUsed_IsANote()
    {
        var data = new CaseData { Referrals = [Referral("A", "2017-05-01")], Population = [new PopulationEstimate(2015, 40_000)] };
        var r = Run(data, "2017-05-31", InspectionConvention.Corrected);
        Assert.Equal(40_000, r.Population);
        Assert.Contains(r.Issues, i => i.RuleId == InspectionRules.PopulationOtherYear.Id && i.Value == "2015");
    }
}
