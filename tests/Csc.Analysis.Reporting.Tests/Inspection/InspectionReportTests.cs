using Csc.Analysis.Domain;
using Csc.Analysis.Inspection;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.Inspection;
using Csc.Analysis.Reporting.Sections;
using Csc.Analysis.Reporting.Tests.Sections;

namespace Csc.Analysis.Reporting.Tests.Inspection;

public sealed class InspectionReportTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly CaseData Data = new()
    {
        Children = [new Child("A", "F", D("2010-01-01"), "WBRI", "N", null), new Child("B", "M", D("2012-01-01"), "BAFR", "Y", null)],
        Assessments =
        [
            new Assessment("A/1", "A", null, D("2017-04-03"), D("2017-04-13"), AssessmentOutcome.Cin, null, null),
            new Assessment("B/1", "B", null, D("2017-03-01"), D("2017-03-01"), AssessmentOutcome.Nfa, null, null),
        ],
    };

    private static InspectionReportModel Model(InspectionConvention convention) => new()
    {
        Result = InspectionPack.Compute(Data, new InspectionOptions { AsAt = D("2017-05-31"), Convention = convention }),
        Load = new LoadResult(DataFormat.Canonical, Data, [], []),
        DataPath = "test",
    };

    [Theory]
    [InlineData(InspectionConvention.Corrected, "Convention: corrected")]
    [InlineData(InspectionConvention.Chat, "Convention: chat")]
    public void Page_StatesTheConvention_OneSectionPerList_SameBytesTwice(InspectionConvention convention, string stated)
    {
        var html = InspectionReport.Render(Model(convention));
        Assert.Contains(stated, html, StringComparison.Ordinal);
        foreach (var list in InspectionLists.All)
        {
            Assert.Contains($">{InspectionLists.Title(list)}</h2>", html, StringComparison.Ordinal);
        }
        Assert.Contains("The input does not carry this list: no measures.", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Equal(html, InspectionReport.Render(Model(convention)));
    }

    [Fact]
    public void Page_HasTheJourneysAndDrift_AfterTheLists_SayingWhyWhenTheDataCannotGiveThem()
    {
        var model = Model(InspectionConvention.Corrected);
        var html = InspectionReport.Render(model);
        var sections = InspectionReport.JourneysAndDrift(model);
        Assert.Equal(["Child journeys from referral", "Drift: waits for a plan or care, and plans open too long"], sections.Select(s => s.Title));
        var lists = html.IndexOf($">{InspectionLists.Title(InspectionLists.All[^1])}</h2>", StringComparison.Ordinal);
        var journeys = html.IndexOf(">Child journeys from referral</h2>", StringComparison.Ordinal);
        var drift = html.IndexOf(">Drift: waits for a plan or care, and plans open too long</h2>", StringComparison.Ordinal);
        var differences = html.IndexOf(">Differences from PATCh 014</h2>", StringComparison.Ordinal);
        Assert.True(lists < journeys && journeys < drift && drift < differences);
        Assert.Contains("The data has no referrals, so there are no journeys to follow.", html, StringComparison.Ordinal);
        Assert.Contains("so there is no drift to measure.", html, StringComparison.Ordinal);
        var journeysSection = Assert.IsType<JourneysSection>(sections[0]);
        Assert.Null(journeysSection.Result);
    }

    [Fact]
    public void AssessmentsSection_BinChartWithItsTable_AgeBySex()
    {
        var section = new InspectionListSection(Model(InspectionConvention.Corrected).Result, InspectionLists.Assessments);
        var body = SectionHtml.Body(section);
        Assert.Contains("Completed assessments by working days from start to authorisation", body, StringComparison.Ordinal);
        Assert.Contains("Data table", body, StringComparison.Ordinal);
        Assert.Contains("50.0%", body, StringComparison.Ordinal);   // two completed: each in its own bin (same day, 1-10)
        Assert.Contains("List 4: assessments, by age and sex", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Differences_ListEvery014Error()
    {
        var body = SectionHtml.Body(new ChatDifferencesSection(Model(InspectionConvention.Chat).Result));
        foreach (var d in ChatDifferences.All)
        {
            Assert.Contains(HtmlText.Escape(d.Patch014), body, StringComparison.Ordinal);
        }
        Assert.Contains(HtmlText.Escape("follows PATCh 014's conventions"), body, StringComparison.Ordinal);
    }
}
