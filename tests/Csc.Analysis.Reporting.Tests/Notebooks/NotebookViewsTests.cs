using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Notebooks;
using Csc.Analysis.Reporting.Sections;
using Csc.Analysis.Reporting.MonthlyReport;
using Csc.Analysis.Reporting.Tests.MonthlyReport;
using Csc.Analysis.Reporting.Tests.Sections;

namespace Csc.Analysis.Reporting.Tests.Notebooks;

public sealed class NotebookViewsTests
{
    private sealed record Row(string Name, long Count, double Share);

    private static IcpcRecordingResult Icpc(double previousRecorded, double recorded, double previousCorrected, double corrected) =>
        new()
        {
            Month = new ReportingMonth(2017, 5),
            AnalysisDate = new DateOnly(2017, 5, 31),
            Rules = [],
            FlaggedRows = [],
            Counts = [],
            Patterns = [],
            Findings = [],
            Timeliness = [],
            RecordedPct = recorded,
            CorrectedPct = corrected,
            PreviousRecordedPct = previousRecorded,
            PreviousCorrectedPct = previousCorrected,
            TestsRun = 0,
            Finding = "finding",
        };

    [Fact]
    public void Table_NumbersAndNaN_RightAlignedWithDash()
    {
        var t = NotebookViews.Table(Tabular.Of<Row>([new("a", 1027, 0.25), new("b", 3, double.NaN), new("c", 0, 0.0004)], ["name", "count", "share"], r => [r.Name, r.Count, r.Share]), "Rows");
        Assert.Equal("Rows", t.Caption);
        Assert.Equal([ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right], t.Columns.Select(c => c.Align));
        Assert.Equal("1,027", t.Rows[0][1].TextValue);
        Assert.Equal("0.25", t.Rows[0][2].TextValue);
        Assert.Equal("\u2013", t.Rows[1][2].TextValue);
        // a p-value below 0.001 would round to 0: it shows as "<0.001"
        Assert.Equal("<0.001", t.Rows[2][2].TextValue);
    }

    [Fact]
    public void Table_MoreRowsThanMax_CaptionSaysFirstRows()
    {
        var items = Enumerable.Range(0, 5).Select(i => new Row("r" + i, i, i)).ToList();
        var t = NotebookViews.Table(Tabular.Of(items, ["name", "count", "share"], r => [r.Name, r.Count, r.Share]), "Rows", maxRows: 3);
        Assert.Equal(3, t.Rows.Count);
        Assert.Equal("Rows (first 3 rows)", t.Caption);
    }

    [Fact]
    public void EventMarkers_EventsOnAndOffAxis_NumberedByPositionWithKey()
    {
        ContextEvent[] events =
        [
            new(new DateOnly(2016, 1, 10), null, "Before the axis", null),
            new(new DateOnly(2017, 3, 1), null, "IRO post vacant", "staffing"),
            new(new DateOnly(2017, 4, 2), null, "Summer holiday", "season"),
        ];
        var markers = NotebookViews.EventMarkers(events, ["Mar 2017", "Apr 2017", "May 2017"], e => e.Category != "season");
        // Event 1 is off the axis, event 3 is excluded by the filter: only [2] is drawn, numbered by its position.
        Assert.Equal([new ChartEvent("Mar 2017", "[2]")], markers);
        Assert.Equal("[2] IRO post vacant (Mar 2017)", NotebookViews.EventKey(events, markers));
    }

    [Fact]
    public void ExplainedShareText_FallMostlyRecording_SharesComputed()
    {
        // Recorded 75 -> 30: -45 points. Corrected 78 -> 60: -18 points. Explained 1 - (-18 / -45) = 0.6.
        var text = NotebookViews.ExplainedShareText(Icpc(75, 30, 78, 60));
        Assert.Contains("from 75% in April 2017 to 30% in May 2017 (-45 points)", text);
        Assert.Contains("from 78% to 60% (-18 points)", text);
        Assert.EndsWith("Recording explains 60% of the recorded change; the remaining 40% is a change in when conferences were held.", text);
    }

    [Fact]
    public void ExplainedShareText_NoChange_SaysTooSmall()
    {
        var text = NotebookViews.ExplainedShareText(Icpc(50, 50, 50, 50));
        Assert.EndsWith("The recorded change is too small or missing to split.", text);
    }

    [Fact]
    public void KaplanMeier_UnknownKind_ThrowsNamingKinds()
    {
        var durations = new DurationResult(new DateOnly(2017, 5, 31), [], [],
            [new SurvivalPoint(Durations.CinPlan, 10, 5, 1, 0, 0.8, 0.5, 0.95)], "f");
        var ex = Assert.Throws<ArgumentException>(() => NotebookViews.KaplanMeier(durations, Durations.CpPlan));
        Assert.StartsWith("The durations have no Kaplan–Meier points for 'cp_plan'. Kinds present: cin_plan.", ex.Message);
        var figure = NotebookViews.KaplanMeier(durations, Durations.CinPlan);
        Assert.Contains("Plotly.newPlot", HtmlFragment.Render(figure).Markup);
    }

    [Fact]
    public void Text_TwoSentences_TwoEscapedParagraphs()
    {
        var html = HtmlFragment.Render(NotebookViews.Text("a < b", "second")).Markup;
        Assert.Equal("<p>a &lt; b</p><p>second</p>", html.Replace("\n", string.Empty));
    }

    private static readonly Lazy<Csc.Analysis.Reporting.MonthlyReport.MonthlyReportModel> Short = new(() => ReportAvailabilityTests.ShortLookedAfter());

    [Fact]
    public void MissingData_EveryViewGivesTheSentenceNotAnException()
    {
        var m = Short.Value;
        Assert.IsType<UnavailableSection>(NotebookViews.Seasonal(m, KpiIds.LacS20Pct));
        Assert.StartsWith("No seasonal pattern for Looked-after children accommodated under section 20 (%): it has 13 months", NotebookViews.SeasonalText(m, KpiIds.LacS20Pct));
        Assert.StartsWith("Contacts is unavailable:", ((UnavailableSection)NotebookViews.KpiTrend(m, KpiIds.Contacts)).Reason);
        Assert.IsType<UnavailableSection>(NotebookViews.KpiMonths(m, KpiIds.Contacts));
        Assert.StartsWith("No forecast of the looked-after number", NotebookViews.ForecastText(m));
        Assert.IsType<UnavailableSection>(NotebookViews.ForecastWithTable(m));
        Assert.IsType<UnavailableSection>(NotebookViews.CinCpScatter(m));
        Assert.IsType<UnavailableSection>(NotebookViews.LongOpenCinPlans(m));
        Assert.IsType<UnavailableSection>(NotebookViews.PlanDurations(m));
        Assert.StartsWith("4 episodes open on 30 April 2017, none with a recorded placement distance", ((UnavailableSection)NotebookViews.PlacementDistance(m)).Reason);
        foreach (var view in new[] { NotebookViews.IcpcRuleTotals(m), NotebookViews.IcpcStepTests(m), NotebookViews.IcpcPatterns(m), NotebookViews.IcpcWorkers(m), NotebookViews.IcpcCorrected(m), NotebookViews.IcpcConclusion(m) })
        {
            Assert.StartsWith("The ICPC recording investigation cannot run: the ssda903 data has no section 47 enquiries", Assert.IsType<UnavailableSection>(view).Reason);
        }
        Assert.StartsWith("ICPCs within 15 working days", ((UnavailableSection)NotebookViews.TeamChange(m, KpiIds.IcpcWithin15WdPct)).Reason);
        Assert.Contains("In S20", HtmlFragment.Render(NotebookViews.KpiMonths(m, KpiIds.LacS20Pct, months: 2)).Markup.Replace("Looked-after children accommodated under section 20 (%): the last 2 months", "In S20"));
    }

    [Fact]
    public void Groups_NoTeamRecorded_SaysSo()
    {
        var month = new ReportingMonth(2017, 5);
        KpiGroupResult[] groups = [new(KpiIds.ContactsNfaPct, month, KpiDimension.Team, KpiGroupKeys.NotRecorded, 3, 10, 30)];
        Assert.Equal("No split by team: the data records no team on these records. Records that carry the team would give it.",
            Assert.IsType<UnavailableSection>(NotebookViews.Groups(groups, "By team")).Reason);
        Assert.StartsWith("No rows to split by team", Assert.IsType<UnavailableSection>(NotebookViews.Groups([], "By team")).Reason);
        Assert.IsType<HtmlTable>(NotebookViews.Groups([groups[0] with { Key = "North" }], "By team"));
    }
}

/// <summary>Notebook 08's views: the monthly report's appendix sections, for the model's audience.</summary>
public sealed class NotebookViewsJourneysTests(SampleReportFixture fixture) : IClassFixture<SampleReportFixture>
{
    [Fact]
    public void Journeys_AndDrift_AreTheAppendixSections()
    {
        var journeys = NotebookViews.Journeys(fixture.Model);
        Assert.Same(fixture.Model.Journeys, journeys.Result);
        Assert.Equal(SectionHtml.Body(MonthlyReportRenderer.JourneysAndDrift(fixture.Model)[0]), SectionHtml.Body(journeys));
        Assert.Equal(SectionHtml.Body(MonthlyReportRenderer.JourneysAndDrift(fixture.Model)[1]), SectionHtml.Body(NotebookViews.Drift(fixture.Model)));
    }

    [Fact]
    public void Disproportionality_IsTheAppendixSection_WithOrWithoutAPopulation()
    {
        Assert.Equal(fixture.Model.DisproportionalityError, NotebookViews.Disproportionality(fixture.Model).Unavailable);
        Assert.Equal(SectionHtml.Body(MonthlyReportRenderer.Disproportionality(fixture.Model)), SectionHtml.Body(NotebookViews.Disproportionality(fixture.Model)));
        var population = new Csc.Analysis.Disproportionality.EthnicityPopulation
        {
            ByGroup = new Dictionary<Csc.Analysis.Disproportionality.EthnicityGroup, long> { [Csc.Analysis.Disproportionality.EthnicityGroup.WhiteBritish] = 30000, [Csc.Analysis.Disproportionality.EthnicityGroup.Black] = 5000 },
            Source = "p.csv",
        };
        var section = MonthlyKpiReport.DisproportionalityOf(fixture.Load.Data, fixture.Model.Month, fixture.Options with { PopulationByEthnicity = population });
        var model = fixture.Model with { Disproportionality = section.Results, DisproportionalityError = null };
        Assert.Same(section.Results, NotebookViews.Disproportionality(model).Results);
        Assert.Equal(SectionHtml.Body(section), SectionHtml.Body(NotebookViews.Disproportionality(model)));
    }

    [Fact]
    public void Journeys_OtherMonths_FollowedToTheEndOfTheModelsMonth()
    {
        var r = NotebookViews.Journeys(fixture.Model, "2016-10", "2016-12").Result!;
        Assert.Equal((new DateOnly(2016, 10, 1), new DateOnly(2016, 12, 31), fixture.Model.Month.LastDay), (r.Options.From, r.Options.To, r.Options.DataEnd));
        Assert.True(r.Children > 0 && r.Children < fixture.Model.Journeys!.Children);
        // one month given: the other is the report's
        Assert.Equal(fixture.Model.Journeys!.Options.To, NotebookViews.Journeys(fixture.Model, fromMonth: "2016-10").Result!.Options.To);
        Assert.Throws<ArgumentException>(() => NotebookViews.Journeys(fixture.Model, "2016-13"));
        Assert.Throws<ArgumentException>(() => NotebookViews.Journeys(fixture.Model, "2017-01", "2016-12"));
    }

    [Fact]
    public void OnAPublicModel_TheViewsArePublic_NoLongOpenPlansListed()
    {
        var model = fixture.Model with { Options = fixture.Model.Options with { Audience = Csc.Analysis.Disclosure.Audience.Public } };
        var drift = SectionHtml.Body(NotebookViews.Drift(model));
        Assert.DoesNotContain("Plans open beyond their thresholds at", drift, StringComparison.Ordinal);
        Assert.Contains("The public edition lists no child", drift, StringComparison.Ordinal);
        Assert.Contains("are shown as c", SectionHtml.Body(NotebookViews.Journeys(model)), StringComparison.Ordinal);
        Assert.Contains("Plans open beyond their thresholds at", SectionHtml.Body(NotebookViews.Drift(fixture.Model)), StringComparison.Ordinal);
    }
}
