using System.Text.Json.Nodes;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Journeys;
using Csc.Analysis.Reporting.Charts;
using Csc.Analysis.Reporting.Sections;
using static Csc.Analysis.Reporting.Tests.Sections.SectionHtml;

namespace Csc.Analysis.Reporting.Tests.Sections;

public sealed class JourneysSectionTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static JourneyTransition T(JourneyState from, JourneyState to, int children, double? median)
        => new() { From = from, To = to, Children = children, MedianDays = median };

    // 23 children followed: 20 assessed (12 to a CIN plan, 4 to a section 47 enquiry, 4 still open), 3 NFA at the referral.
    private static readonly JourneyResult Result = new()
    {
        Options = new JourneyOptions { From = D("2016-04-01"), To = D("2017-03-31"), DataEnd = D("2017-05-31") },
        Transitions =
        [
            T(JourneyState.Contact, JourneyState.Referral, 8, 1),
            T(JourneyState.Referral, JourneyState.Assessment, 20, 2),
            T(JourneyState.Referral, JourneyState.NoFurtherAction, 3, 0),
            T(JourneyState.Assessment, JourneyState.CinPlan, 12, 30.5),
            T(JourneyState.Assessment, JourneyState.Section47, 4, 5),
            T(JourneyState.Assessment, JourneyState.StillOpen, 4, null),
            T(JourneyState.Section47, JourneyState.Icpc, 3, 10),
            T(JourneyState.Icpc, JourneyState.CpPlan, 3, 0),
        ],
        Children = 23,
        ShortFollowUp = 2,
        StillOpen = 9,
    };

    private static JsonObject Trace(ChartFigure f) => JsonNode.Parse(PlotlyHtml.FigureJson(f.Chart))!.AsArray()[0]!.AsArray()[0]!.AsObject();

    [Fact]
    public void Sankey_NodesAndLinks_AreTheTransitions()
    {
        var f = JourneysSection.Chart(Result);
        var t = Trace(f);
        Assert.Equal("sankey", (string?)t["type"]);
        Assert.Equal(["Contact", "Referral", "Assessment", "No further action", "CIN plan", "Section 47 enquiry", "ICPC", "CP plan", "Still open"],
            t["node"]!["label"]!.AsArray().Select(v => (string?)v));
        Assert.Equal([0, 1, 1, 2, 2, 2, 5, 6], t["link"]!["source"]!.AsArray().Select(v => (int)v!));
        Assert.Equal([1, 2, 3, 4, 5, 8, 6, 7], t["link"]!["target"]!.AsArray().Select(v => (int)v!));
        Assert.Equal([8.0, 20, 3, 12, 4, 4, 3, 3], t["link"]!["value"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("Assessment \u2192 CIN plan: 12 children, median 30.5 days", (string?)t["link"]!["label"]![3]);
        Assert.Equal("Assessment \u2192 Still open: 4 children", (string?)t["link"]!["label"]![5]);
        // the table beneath, open: from, to, children, median days (blank for an end without a date)
        Assert.True(f.TableOpen);
        Assert.Equal(["From", "To", "Children", "Median days"], f.Data.Columns.Select(c => c.Header));
        Assert.Equal(8, f.Data.Rows.Count);
        Assert.Equal(["Assessment", "CIN plan", "12", "30.5"], f.Data.Rows[3].Select(c => c.PlainText));
        Assert.Equal(["Assessment", "Still open", "4", "\u2013"], f.Data.Rows[5].Select(c => c.PlainText));
        Assert.Equal(PlotlyHtml.FigureJson(f.Chart), PlotlyHtml.FigureJson(JourneysSection.Chart(Result).Chart));
    }

    [Fact]
    public void Sentences_FollowedAndStillOpen()
    {
        Assert.Equal("23 children referred from 2016-04-01 to 2017-03-31 (each child's first referral of the period) were followed to 2017-05-31, each for at least 45 days. 2 referred too late for 45 days of follow-up are left out.",
            JourneysSection.FollowedSentence(Result));
        // 9 / 23 = 39.13%
        Assert.Equal("9 of the 23 children (39.1%) are still open at 2017-05-31: their referral's episode has no closure date.", JourneysSection.StillOpenSentence(Result));
        Assert.StartsWith("The data records no closure dates", JourneysSection.StillOpenSentence(Result with { StillOpen = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void Public_SuppressesOneToFive_AndWhatWouldRevealThem_WithoutDrawingThem()
    {
        var f = JourneysSection.Chart(Result, Audience.Public);
        var t = Trace(f);
        // primary: 3, 4, 4, 3, 3; secondary: referral -> assessment (23 - 3 would give the NFA step)
        Assert.Equal([8.0, 12], t["link"]!["value"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0, 2], t["link"]!["source"]!.AsArray().Select(v => (int)v!));
        Assert.Equal([1, 4], t["link"]!["target"]!.AsArray().Select(v => (int)v!));
        Assert.Equal(["8", "c", "c", "12", "c", "c", "c", "c"], f.Data.Rows.Select(r => r[2].PlainText));
        Assert.Equal(["1", "c", "c", "30.5", "c", "c", "c", "c"], f.Data.Rows.Select(r => r[3].PlainText));
        Assert.Equal("23 children referred from 2016-04-01 to 2017-03-31 (each child's first referral of the period) were followed to 2017-05-31, each for at least 45 days. c referred too late for 45 days of follow-up are left out.",
            JourneysSection.FollowedSentence(Result, Audience.Public));
        Assert.Equal("9 of the 23 children (39.1%) are still open at 2017-05-31: their referral's episode has no closure date.", JourneysSection.StillOpenSentence(Result, Audience.Public));
        var small = Result with { StillOpen = 4 };
        Assert.Equal("c of the 23 children (c) are still open at 2017-05-31: their referral's episode has no closure date.", JourneysSection.StillOpenSentence(small, Audience.Public));
        var body = Body(new JourneysSection(Result, null, Audience.Public));
        Assert.Contains("are shown as c", body, StringComparison.Ordinal);
    }

    [Fact]
    public void NoJourneys_WritesWhy()
    {
        Assert.Equal("<p class=\"meta unavailable\">The data has no referrals, so there are no journeys to follow.</p>",
            Body(JourneysSection.For(new Csc.Analysis.Domain.CaseData(), D("2016-04-01"), D("2017-03-31"), D("2017-05-31"))).Trim());
        Assert.Throws<ArgumentException>(() => new JourneysSection(null, null));
    }

    [Fact]
    public void Body_SentencesThenTheChartAndItsTable_SameBytesTwice()
    {
        var body = Body(new JourneysSection(Result, null));
        Assert.Contains("9 of the 23 children (39.1%)", body, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", body, StringComparison.Ordinal);
        Assert.Contains("<details open=\"open\">", body, StringComparison.Ordinal);
        Assert.Equal(body, Body(new JourneysSection(Result, null)));
    }
}
