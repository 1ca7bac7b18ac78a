using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Sections;

namespace Csc.Analysis.Reporting.Tests.MonthlyReport;

/// <summary>
/// A looked-after-only data set of 13 months (April 2016 to April 2017), as an SSDA903 return gives:
/// no contacts, referrals, plans, ICPCs or events. Every sentence is written out by hand.
/// </summary>
public sealed class ReportAvailabilityTests(SampleReportFixture fixture) : IClassFixture<SampleReportFixture>
{
    private static LacEpisode Episode(string id, string legal, DateOnly start)
        => new(id, "C" + id, start, null, "S", legal, "N1", "U1", "PR1", null, null, null, null);

    internal static MonthlyReportModel ShortLookedAfter(int minimumSpcMonths = 12)
    {
        // Three children looked after from April 2016 and a fourth from October 2016: the count changes.
        var data = new CaseData
        {
            ExtractDate = new DateOnly(2017, 4, 30),
            LacEpisodes =
            [
                Episode("1", "V2", new DateOnly(2016, 4, 1)), Episode("2", "C2", new DateOnly(2016, 4, 1)),
                Episode("3", "C2", new DateOnly(2016, 4, 4)), Episode("4", "V2", new DateOnly(2016, 10, 3)),
            ],
        };
        return MonthlyKpiReport.BuildModel(new LoadResult(DataFormat.Ssda903, data, [], []), new MonthlyReportOptions { MinimumSpcMonths = minimumSpcMonths });
    }

    private static readonly MonthlyReportModel Short = ShortLookedAfter();

    [Fact]
    public void Kpi_TableAbsent_NamesTheTableAndWhatWouldGiveIt()
        => Assert.Equal("Contacts is unavailable: the ssda903 data has no contacts; an extract that records them (contacts.csv in a canonical extract, or the SSD) would give it.",
            ReportAvailability.Kpi(Short, KpiIds.Contacts));

    [Theory]
    [InlineData("cp_reviews_in_timescale_pct", "Children on child protection plans reviewed in timescale (%) is unavailable: the ssda903 data has no child protection plans or child protection reviews; an extract that records them (cp_plans.csv and cp_reviews.csv in a canonical extract, or the SSD) would give it.")]
    [InlineData("lac_reviews_in_timescale_pct", "Looked-after children whose reviews are in timescale (%) is unavailable: the ssda903 data has no looked-after reviews; an extract that records them (lac_reviews.csv in a canonical extract, or the SSD) would give it.")]
    [InlineData("lac_health_assessment_pct", "Looked-after children with a health assessment in the last year (%) is unavailable: the ssda903 data has no health assessments or dental checks; an extract that records them (lac_health.csv in a canonical extract, or the SSD) would give it.")]
    [InlineData("uasc_lac", "Unaccompanied asylum-seeking children looked after is unavailable: the ssda903 data has no children.csv uasc column; an extract that records it would give it.")]
    [InlineData("care_leavers_eet_pct", "Care leavers aged 19 to 21 in education, employment or training (%) is unavailable: the ssda903 data has no care leavers; an extract that records them (care_leavers.csv in a canonical extract, or the SSD) would give it.")]
    public void NationalMeasures_OptionalTableOrColumnAbsent_NamesIt(string kpiId, string sentence)
        => Assert.Equal(sentence, ReportAvailability.Kpi(Short, kpiId));

    [Fact]
    public void Kpi_WithValues_IsAvailable() => Assert.Null(ReportAvailability.Kpi(Short, KpiIds.Lac));

    [Fact]
    public void Seasonal_ThirteenMonths_SaysTwoYearsAreNeeded()
        => Assert.Equal("No seasonal pattern for Looked-after children accommodated under section 20 (%): it has 13 months of values in a row up to April 2017, and seasonal decomposition (STL) needs at least 24, two full years. A history of two years or more without a gap would give it.",
            ReportAvailability.Seasonal(Short, KpiIds.LacS20Pct));

    [Fact]
    public void Seasonal_TableAbsent_SaysWhichTable()
        => Assert.Equal("No seasonal pattern for Contacts: the ssda903 data has no contacts; an extract that records them (contacts.csv in a canonical extract, or the SSD) would give it.",
            ReportAvailability.Seasonal(Short, KpiIds.Contacts));

    [Fact]
    public void Spc_FewerMonthsThanTheMinimum_SaysHowMany()
        => Assert.Equal("No SPC chart for Children looked after: it has 13 months of values in a row up to April 2017, and process limits need at least 24. A longer history without a gap would give them.",
            ReportAvailability.Spc(ShortLookedAfter(minimumSpcMonths: 24), KpiIds.Lac));

    [Fact]
    public void Forecast_ThirteenMonths_SaysTwentyFourAreNeeded()
        => Assert.Equal("No forecast of the looked-after number: 13 months of looked-after numbers; a forecast needs at least 24. A history of at least 24 months of looked-after numbers would give one.",
            ReportAvailability.Forecast(Short));

    [Fact]
    public void CinCpAndIcpc_TablesAbsent_NameThem()
    {
        Assert.Equal("CIN and CP plans cannot be compared: the ssda903 data has no child protection plans or child in need plans; an extract that records them (cp_plans.csv and cin_plans.csv in a canonical extract, or the SSD) would give it.",
            ReportAvailability.CinCp(Short));
        Assert.Equal("The ICPC recording investigation cannot run: the ssda903 data has no section 47 enquiries and ICPCs; an extract that records them (section47.csv in a canonical extract, or the SSD) would give it.",
            ReportAvailability.IcpcRecording(Short));
    }

    [Fact]
    public void Events_None_SaysWhatWouldGiveThem()
        => Assert.StartsWith("No context events: the ssda903 data records none, so charts carry no event lines", ReportAvailability.Events(Short));

    [Fact]
    public void Sections_ShortLookedAfter_ListsTheMissingPartsInPageOrder()
    {
        var titles = ReportAvailability.Sections(Short).Select(s => s.Title).ToList();
        Assert.Contains("Contacts", titles);
        Assert.Contains("Investigation: ICPC recording", titles);
        Assert.Contains("Looked-after children accommodated under section 20 (%): seasonal pattern", titles);
        Assert.Equal("Context events", titles[^1]);
        Assert.True(titles.IndexOf("Investigation: ICPC recording") < titles.IndexOf("Forecast: number of looked-after children"));
        Assert.DoesNotContain("Children looked after", titles);
    }

    [Fact]
    public void Sections_Sample_NothingIsUnavailable()
    {
        Assert.Empty(ReportAvailability.Sections(fixture.Model));
        Assert.Null(SummarySection.UnavailableText(fixture.Model));
    }

    [Fact]
    public void Report_ShortLookedAfter_ExplainsEveryEmptySection()
    {
        var html = MonthlyReportRenderer.Render(Short);
        Assert.Contains("Not available with this data (", html, StringComparison.Ordinal);
        Assert.Contains("No chart: Contacts is unavailable: the ssda903 data has no contacts;", html, StringComparison.Ordinal);
        Assert.Contains("No seasonal pattern for Looked-after children accommodated under section 20 (%): it has 13 months", html, StringComparison.Ordinal);
        Assert.Contains(">Context events</h2>", html, StringComparison.Ordinal);
        // one sentence per unavailable part at least (the summary's list is one more)
        Assert.True(System.Text.RegularExpressions.Regex.Count(html, "class=\"meta unavailable\"") >= ReportAvailability.Sections(Short).Count);
    }
}
