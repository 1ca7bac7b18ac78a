using Csc.Analysis.Data.Loading;
using Csc.Analysis.Disproportionality;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Sections;
using Csc.Analysis.Reporting.Tests.MonthlyReport;
using static Csc.Analysis.Reporting.Tests.Sections.SectionHtml;

namespace Csc.Analysis.Reporting.Tests.Sections;

/// <summary>The section components on the sample model: what they write when their analysis ran and when it could not.</summary>
public sealed class SectionFixtureTests(SampleReportFixture fixture) : IClassFixture<SampleReportFixture>
{
    [Fact]
    public void IcpcRecording_NotRun_WritesWhyAndNothingElse()
    {
        var model = fixture.Model with { IcpcRecording = null, IcpcRecordingError = "The data has no section 47 enquiries, so ICPC recording cannot be checked." };
        Assert.Equal("<p class=\"meta unavailable\">The data has no section 47 enquiries, so ICPC recording cannot be checked.</p>", Body(new IcpcRecordingSection(model)).Trim());
    }

    [Fact]
    public void CinCpBalance_And_Forecast_NotAvailable_WriteTheirReason()
    {
        var model = fixture.Model with { CinCp = null, CinCpError = "No CIN.", Forecast = null, ForecastError = "No forecast." };
        Assert.Contains("No CIN.", Body(new CinCpBalanceSection(model)), StringComparison.Ordinal);
        Assert.DoesNotContain("plotly", Body(new CinCpBalanceSection(model)), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No forecast.", Body(new LacForecastSection(model)), StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_WriteHtml_HeadingIsTheTitle()
    {
        var section = new DataQualitySection(fixture.Model.DataQuality);
        var html = Markup(section);
        Assert.StartsWith("<section", html, StringComparison.Ordinal);
        Assert.Contains(">Data quality</h2>", html, StringComparison.Ordinal);
        Assert.Contains(fixture.Model.DataQuality.Finding.Split('.')[0], html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_IsMadeOfTheSections()
    {
        // every section's title is a heading of the report, in the report's order
        var titles = new List<string> { new SummarySection(fixture.Model).Title };
        foreach (var area in ReportAreas.Order)
        {
            titles.AddRange(MonthlyReportRenderer.AreaSections(fixture.Model, area).Select(s => s.Title));
        }
        titles.Add(new HowWeCompareSection(fixture.Model).Title);
        titles.Add(new DataQualitySection(fixture.Model.DataQuality).Title);
        titles.Add(new AppendixSection(fixture.Model).Title);
        titles.Add(MonthlyReportRenderer.JourneysAndDriftTitle);
        titles.AddRange(MonthlyReportRenderer.JourneysAndDrift(fixture.Model).Select(s => s.Title));
        var at = 0;
        foreach (var title in titles)
        {
            var next = fixture.Html.IndexOf(">" + HtmlText.Escape(title) + "</h", at, StringComparison.Ordinal);
            Assert.True(next > at, $"'{title}' is not a heading of the report after position {at}.");
            at = next;
        }
    }

    [Fact]
    public void JourneysAndDrift_OfTheReportMonth_OnTheSample()
    {
        // May 2017: the last month whose referrals all have 45 days by 31 May is March 2017 (31 March + 45 days = 15 May).
        var journeys = fixture.Model.Journeys!;
        Assert.Equal((new DateOnly(2016, 4, 1), new DateOnly(2017, 3, 31), new DateOnly(2017, 5, 31)), (journeys.Options.From, journeys.Options.To, journeys.Options.DataEnd));
        Assert.True(journeys.Children > 100);
        Assert.Equal(journeys.Children, journeys.Transitions.Where(t => t.From == Csc.Analysis.Journeys.JourneyState.Referral).Sum(t => t.Children));
        Assert.Equal(new DateOnly(2017, 5, 31), fixture.Model.Drift!.Options.AsAt);
        Assert.Contains(">Child journeys from referral</h", fixture.Html, StringComparison.Ordinal);
        Assert.Contains("Plans open beyond their thresholds at 2017-05-31", fixture.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Disproportionality_TheAbsenceSentenceWithoutAPopulation_TheCohortsOfTheYearToTheMonthWithOne()
    {
        // the fixture's options give no population by ethnicity: the appendix says so rather than leaving the section out
        Assert.Equal(MonthlyReportOptions.NoPopulationByEthnicity, fixture.Model.DisproportionalityError);
        Assert.Contains(">" + MonthlyReportRenderer.DisproportionalityTitle + "</h2>", fixture.Html, StringComparison.Ordinal);
        Assert.Contains(HtmlText.Escape(MonthlyReportOptions.NoPopulationByEthnicity), fixture.Html, StringComparison.Ordinal);
        var (population, issues) = EthnicityPopulationLoader.Load(Path.Combine(SampleReportFixture.RepositoryRoot(), "data-samples", "population-ethnicity.csv"), "population-ethnicity.csv");
        Assert.Empty(issues);
        var section = MonthlyKpiReport.DisproportionalityOf(fixture.Load.Data, fixture.Model.Month, fixture.Options with { PopulationByEthnicity = population });
        // May 2017: the 12 months from 1 June 2016 to 31 May 2017, every cohort the sample has
        Assert.Equal(
            [DisproportionalityCohort.Referrals, DisproportionalityCohort.Section47Enquiries, DisproportionalityCohort.CpPlans, DisproportionalityCohort.LookedAfter],
            section.Results.Select(r => r.Cohort));
        Assert.All(section.Results, r => Assert.Equal((new DateOnly(2016, 6, 1), new DateOnly(2017, 5, 31)), (r.From, r.To)));
        // the figures are the disproportionality command's for the same cohort and period
        var referrals = DisproportionalityAnalysis.Analyse(fixture.Load.Data, new DisproportionalityOptions
        {
            Cohort = DisproportionalityCohort.Referrals, From = new DateOnly(2016, 6, 1), To = new DateOnly(2017, 5, 31), Population = population!,
        });
        Assert.Equal(referrals.TotalChildren, section.Results[0].TotalChildren);
        var body = Body(MonthlyReportRenderer.Disproportionality(fixture.Model with { Disproportionality = section.Results, DisproportionalityError = null }));
        Assert.Contains("Population: population-ethnicity.csv.", body, StringComparison.Ordinal);
        Assert.Contains("Children referred: relative rate index against White British", body, StringComparison.Ordinal);
        Assert.Contains("Children looked after by ethnicity group, 2016-06-01 to 2017-05-31", body, StringComparison.Ordinal);
        Assert.DoesNotContain("No population by ethnicity", body, StringComparison.Ordinal);
    }

    [Fact]
    public void KpiArticle_Anchor_LowerCaseWithHyphens()
        => Assert.Equal("kpi-icpc-within-15wd-pct", KpiArticleSection.Anchor(KpiIds.IcpcWithin15WdPct));

    [Fact]
    public void LookedAfterCohort_WithoutLastYear_IsNotAvailable()
    {
        var model = fixture.Model with { Rows = [.. fixture.Model.Rows.Where(r => r.Definition.Id != KpiIds.LacAged1617Pct)] };
        var section = new LookedAfterCohortSection(model);
        Assert.False(section.IsAvailable);
        Assert.Equal(string.Empty, section.Sentence());
        Assert.DoesNotContain(MonthlyReportRenderer.AreaSections(model, KpiArea.LookedAfter), s => s is LookedAfterCohortSection);
    }

    [Fact]
    public void Seasonal_ReportAndNotebook_ShowTheSameSentence()
    {
        var row = fixture.Model.Rows.First(r => r.Seasonal is not null);
        var section = new SeasonalSection(row.Definition, row.Seasonal!, new ReportEvents(fixture.Model.Events, fixture.Model.Results.Months));
        var usual = row.Seasonal!.UsualPatternText(row.Definition.Unit);
        Assert.StartsWith($"Seasonal pattern (STL over {row.Seasonal.Months.Count} months): {usual}.", section.Sentence(), StringComparison.Ordinal);
        // one seasonal sentence: the notebook shows the report's
        Assert.Equal(section.Sentence(), Csc.Analysis.Reporting.Notebooks.NotebookViews.SeasonalText(fixture.Model, row.Definition.Id));
        Assert.Equal($"{row.Definition.Title}: seasonal pattern", section.PatternChart().Title);
    }
}
