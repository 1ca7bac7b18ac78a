using Csc.Analysis.Disclosure;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Domain;
using Csc.Analysis.Reporting.Sections;
using static Csc.Analysis.Reporting.Tests.Sections.SectionHtml;

namespace Csc.Analysis.Reporting.Tests.Sections;

public sealed class DisproportionalitySectionTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Referred in 2016/17: 20 of 1,000 White British (200 per 10,000), 10 of 200 Black (500: RRI 2.5, 95% 1.19 to 5.26,
    // chi-square p 0.01311), 1 of 100 Asian (RRI 0.5, Fisher).
    private static DisproportionalityResult Result()
    {
        var children = new List<Child>();
        var referrals = new List<Referral>();
        var n = 0;
        foreach (var (code, count) in new[] { ("WBRI", 20), ("BAFR", 10), ("AIND", 1) })
        {
            for (var i = 0; i < count; i++)
            {
                var id = $"C{n++}";
                children.Add(new Child(id, "F", D("2010-01-01"), code, null, null));
                referrals.Add(new Referral($"R{n}", id, D("2016-06-01"), "SCHOOL", false, "MASH", "W1"));
            }
        }
        return DisproportionalityAnalysis.Analyse(new CaseData { Children = children, Referrals = referrals }, new DisproportionalityOptions
        {
            Cohort = DisproportionalityCohort.Referrals,
            From = D("2016-04-01"),
            To = D("2017-03-31"),
            Population = new EthnicityPopulation
            {
                ByGroup = new Dictionary<EthnicityGroup, long> { [EthnicityGroup.WhiteBritish] = 1000, [EthnicityGroup.Black] = 200, [EthnicityGroup.Asian] = 100 },
                Source = "pop.csv",
            },
        });
    }

    [Fact]
    public void Table_TheCommandsFigures()
    {
        var t = new DisproportionalitySection([Result()]).Table(Result());
        Assert.Equal(["Group", "Children", "Population", "Rate per 10,000", "RRI", "Lower", "Upper", "Expected", "p-value", "Test", "Significant"], t.Columns.Select(c => c.Header));
        Assert.Equal(["Black or Black British", "10", "200", "500.0", "2.50", "1.19", "5.26", "4.0", "0.013", "chi-square", "yes"], t.Rows[2].Select(c => c.PlainText));
        Assert.Equal(["Total", "31", "1,300", "238.5", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"], t.Rows[^1].Select(c => c.PlainText));
    }

    [Theory]
    [InlineData(3.013e-17, "< 0.001")]
    [InlineData(0.000999, "< 0.001")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.04333, "0.043")]
    [InlineData(0.0495, "0.050")]
    [InlineData(1.0, "1.000")]
    public void PValueText_ThreeDecimals_TinyOnesAsBelowOneThousandth(double p, string shown)
        => Assert.Equal(shown, DisproportionalitySection.PValueText(p));

    [Fact]
    public void Chart_EveryGroupButTheTotal_AndThePublicEditionWithholdsTheSmallGroup()
    {
        var internalChart = new DisproportionalitySection([Result()]).Chart(Result());
        Assert.Equal(["White British", "Asian or Asian British", "Black or Black British"], internalChart.Data.Rows.Select(r => r[0].PlainText));
        Assert.Equal(["0.50", "2.50"], internalChart.Data.Rows.Skip(1).Select(r => r[1].PlainText));
        // Public: Asian's 1 child is c, and Black's 10 with it (31 - 20 - 10 would give it back): neither is drawn.
        var section = new DisproportionalitySection([Result()], Audience.Public, DisclosureOptions.Default);
        var chart = section.Chart(Result());
        Assert.Equal(["1.00", "c", "c"], chart.Data.Rows.Select(r => r[1].PlainText));
        var body = Body(section);
        Assert.Contains("Public edition: counts from 1 to 5 are shown as c", body, StringComparison.Ordinal);
        Assert.DoesNotContain("2.50", body, StringComparison.Ordinal);
        Assert.DoesNotContain(">500.0<", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_ExplainsTheDefinitions_OneSubsectionPerCohort()
    {
        var body = Body(new DisproportionalitySection([Result()]));
        Assert.Contains("Population: pop.csv.", body, StringComparison.Ordinal);
        Assert.Contains("Fisher&#39;s exact test when an expected count of the 2×2 table is below 5", body.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Children referred: relative rate index against White British", body, StringComparison.Ordinal);
        Assert.Contains("The data has none of the cohorts", Body(new DisproportionalitySection([])), StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_WritesTheSentenceOnly_AndForWithoutAPopulationIsAbsent()
    {
        var absent = DisproportionalitySection.Absent("No population by ethnicity was given.");
        Assert.Equal("<p class=\"meta unavailable\">No population by ethnicity was given.</p>", Body(absent).Trim());
        Assert.Throws<ArgumentException>(() => DisproportionalitySection.Absent(" "));
        var data = new CaseData { Referrals = [new Referral("R1", "C1", D("2016-06-01"), "SCHOOL", false, "MASH", "W1")] };
        var none = DisproportionalitySection.For(data, null, "None given.", D("2016-04-01"), D("2017-03-31"));
        Assert.Equal(("None given.", 0), (none.Unavailable, none.Results.Count));
        var some = DisproportionalitySection.For(data, new EthnicityPopulation { ByGroup = new Dictionary<EthnicityGroup, long> { [EthnicityGroup.WhiteBritish] = 100 }, Source = "p.csv" }, "None given.", D("2016-04-01"), D("2017-03-31"));
        // the one referral's child has no child record: counted as not recorded, in the referrals cohort only
        Assert.Null(some.Unavailable);
        Assert.Equal([DisproportionalityCohort.Referrals], some.Results.Select(r => r.Cohort));
        Assert.Equal(1L, some.Results[0].TotalChildren);
    }
}
