using Csc.Analysis.Kpis;

namespace Csc.Analysis.Tests.Kpis;

public sealed class KpiConfigTests
{
    private static string Error(string json) => Assert.Throws<KpiConfigException>(() => KpiConfig.Parse(json, "council.json")).Message;

    [Fact]
    public void Parse_TargetsBandsTimescales_Applied()
    {
        var config = KpiConfig.Parse("""
            {
              // comments are allowed
              "timescales": { "icpc_working_days": 10, "rhi_hours": 48, "distance_miles": 15, "assessment_clock_start": "referral",
                              "cp_visit_working_days": 10, "assessment_working_days": 40, "permanency_includes_child_arrangements_orders": true },
              "kpis": {
                "icpc_within_15wd_pct": { "target": 95, "amber_band": 5 },
                "cin_plans": { "bands": [ { "rag": "green", "max": 320 }, { "rag": "amber", "above": 320, "max": 340 }, { "rag": "red", "above": 340 } ] },
                "contacts_nfa_pct": { "target": null },
                "rhi_within_72h_pct": { "rate_on": "month", "note": "board decision" },
                "lac_s20_pct": { "amber_band": 2 }
              }
            }
            """, "council.json");
        Assert.Equal(new KpiTimescales { IcpcWorkingDays = 10, RhiHours = 48, DistanceMiles = 15, AssessmentClockStart = AssessmentClockStart.Referral, CpVisitWorkingDays = 10, AssessmentWorkingDays = 40, PermanencyIncludesChildArrangementsOrders = true }, config.Timescales);
        var catalog = config.Apply();
        Assert.Equal(Rag.Amber, catalog[KpiIds.IcpcWithin15WdPct].Rag!.Rate(92));
        Assert.Equal(Rag.Green, catalog[KpiIds.CinPlans].Rag!.Rate(309));
        Assert.Null(catalog[KpiIds.ContactsNfaPct].Rag);
        Assert.Equal(RateOn.Month, catalog[KpiIds.RhiWithin72hPct].RateOn);
        Assert.Equal("board decision", config.Kpis[KpiIds.RhiWithin72hPct].Note);
        // amber_band alone keeps the default target (35, lower is better).
        Assert.Equal(Rag.Red, catalog[KpiIds.LacS20Pct].Rag!.Rate(37.5));
        Assert.Equal("ICPCs within 10 working days of the strategy discussion (%)", catalog[KpiIds.IcpcWithin15WdPct].Title);
    }

    [Fact]
    public void Parse_UnknownKpiId_ListsKnownIds()
        => Assert.Equal(
            "KPI config 'council.json': unknown KPI id 'icpc_timeliness' in \"kpis\". Known ids: " + string.Join(", ", KpiCatalog.Default.Ids) + ".",
            Error("""{ "kpis": { "icpc_timeliness": { "target": 90 } } }"""));

    [Fact]
    public void Parse_OverlappingBands_ExactMessage()
        => Assert.Equal(
            "KPI config 'council.json': kpis.cin_plans.bands: bands 1 (green (at or below 320)) and 2 (amber (at or above 300 and below 350)) overlap; each value must fall in at most one band.",
            Error("""{ "kpis": { "cin_plans": { "bands": [ { "rag": "green", "max": 320 }, { "rag": "amber", "min": 300, "below": 350 } ] } } }"""));

    [Theory]
    [InlineData("""[1]""", "the top level must be a JSON object with \"timescales\" and/or \"kpis\".")]
    [InlineData("""{ "la_code": "311" }""", "la_code: expected the council's DfE number, a whole number such as 311, found \"311\".")]
    [InlineData("""{ "la_code": 3110 }""", "la_code: expected the council's DfE number, a whole number such as 311, found 3110.")]
    [InlineData("""{ "targets": {} }""", "the top level: unknown setting \"targets\"; expected timescales, kpis, description, la_code or disclosure.")]
    [InlineData("""{ "kpis": { "cp_plans": { "colour": "green" } } }""", "kpis.cp_plans: unknown setting \"colour\"; expected target, amber_band, polarity, bands, rate_on or note.")]
    [InlineData("""{ "kpis": { "icpc_within_15wd_pct": { "target": "ninety" } } }""", "kpis.icpc_within_15wd_pct.target: expected a number, found \"ninety\".")]
    [InlineData("""{ "kpis": { "cp_plans": { "target": 300 } } }""", "kpis.cp_plans: 'cp_plans' has no good direction by default; add \"polarity\": \"higher_is_better\" or \"lower_is_better\" to the target.")]
    [InlineData("""{ "kpis": { "cp_plans": { "amber_band": 3 } } }""", "kpis.cp_plans: 'cp_plans' has no default target, so \"target\" must be given with \"amber_band\" or \"polarity\".")]
    [InlineData("""{ "kpis": { "cp_plans": { "target": 300, "bands": [] } } }""", "kpis.cp_plans: give either \"target\" (with \"polarity\" and \"amber_band\") or \"bands\", not both.")]
    [InlineData("""{ "kpis": { "cp_plans": { "bands": [ { "max": 3 } ] } } }""", "kpis.cp_plans.bands[0]: \"rag\" is missing; set it to green, amber or red.")]
    [InlineData("""{ "kpis": { "cp_plans": { "bands": [ { "rag": "blue", "max": 3 } ] } } }""", "kpis.cp_plans.bands[0].rag: expected \"green\", \"amber\" or \"red\", found \"blue\".")]
    [InlineData("""{ "kpis": { "cp_plans": { "bands": [ { "rag": "red", "min": 3, "above": 4 } ] } } }""", "kpis.cp_plans.bands[0]: give \"min\" (at or above) or \"above\", not both.")]
    [InlineData("""{ "kpis": { "cp_plans": { "bands": [] } } }""", "kpis.cp_plans.bands: there are no bands; give at least one, or remove \"bands\".")]
    [InlineData("""{ "kpis": { "cp_plans": { "rate_on": "ytd" } } }""", "kpis.cp_plans.rate_on: 'cp_plans' has no year-to-date figure (a snapshot count or ratio), so it can only be rated on \"month\".")]
    [InlineData("""{ "kpis": { "icpcs": { "rate_on": "year" } } }""", "kpis.icpcs.rate_on: expected \"month\" or \"ytd\", found \"year\".")]
    [InlineData("""{ "kpis": { "icpc_within_15wd_pct": { "target": 90, "polarity": "up" } } }""", "kpis.icpc_within_15wd_pct.polarity: expected \"higher_is_better\" or \"lower_is_better\", found \"up\".")]
    [InlineData("""{ "kpis": { "icpc_within_15wd_pct": { "target": 10, "polarity": "lower_is_better" } } }""", "kpis.icpc_within_15wd_pct.polarity: 'icpc_within_15wd_pct' is higher_is_better by definition, and a target cannot reverse it; remove \"polarity\" or set it to \"higher_is_better\".")]
    [InlineData("""{ "kpis": { "icpc_within_15wd_pct": { "target": 90, "amber_band": -1 } } }""", "kpis.icpc_within_15wd_pct.amber_band: expected a number at or above 0, found -1.")]
    [InlineData("""{ "timescales": { "icpc_working_days": 0 } }""", "timescales.icpc_working_days: expected a whole number of working days from 1 to 250, found 0.")]
    [InlineData("""{ "timescales": { "icpc_working_days": 15.5 } }""", "timescales.icpc_working_days: expected a whole number of working days from 1 to 250, found 15.5.")]
    [InlineData("""{ "timescales": { "rhi_hours": -72 } }""", "timescales.rhi_hours: expected a number of hours above 0, found -72.")]
    [InlineData("""{ "timescales": { "assessment_clock_start": "contact" } }""", "timescales.assessment_clock_start: expected \"assessment_start\" or \"referral\", found \"contact\".")]
    [InlineData("""{ "timescales": { "icpc_days": 15 } }""", "timescales: unknown setting \"icpc_days\"; expected icpc_working_days, assessment_working_days, assessment_clock_start, cp_visit_working_days, rhi_hours, distance_miles, permanency_includes_child_arrangements_orders, care_leaver_age_from or care_leaver_age_to.")]
    [InlineData("""{ "timescales": { "care_leaver_age_from": 16 } }""", "timescales.care_leaver_age_from: expected an age from 17 to 21 (the birthdays the SSDA903 care-leaver records describe), found 16.")]
    [InlineData("""{ "timescales": { "care_leaver_age_from": 21, "care_leaver_age_to": 20 } }""", "timescales: care_leaver_age_from (21) is above care_leaver_age_to (20); the ages counted run from the one to the other.")]
    [InlineData("""{ "kpis": """, "not valid JSON (line 1, position 11).")]
    public void Parse_BadInput_ExactMessage(string json, string detail)
        => Assert.Equal($"KPI config 'council.json': {detail}", Error(json));

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-kpi-config-" + Guid.NewGuid().ToString("N") + ".json");
        var ex = Assert.Throws<KpiConfigException>(() => KpiConfig.Load(path));
        Assert.Equal($"KPI config '{path}': the file does not exist.", ex.Message);
    }
}

public sealed class SampleConfigTests
{
    /// <summary>The repository root: the folder holding Analysis.sln above the test assembly.</summary>
    internal static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Analysis.sln")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException($"No Analysis.sln above {AppContext.BaseDirectory}.");
    }

    [Fact]
    public void SampleConfig_LoadsAndRatesTheReportsMay2017Figures()
    {
        var catalog = KpiConfig.Load(Path.Combine(RepoRoot(), "data-samples", "havering-like", "kpi-config.json")).Apply();
        // The May 2017 report's figures and colours.
        Assert.Equal(Rag.Red, catalog[KpiIds.IcpcWithin15WdPct].Rag!.Rate(29));
        Assert.Equal(Rag.Red, catalog[KpiIds.IcpcWithin15WdPct].Rag!.Rate(75)); // last month too
        Assert.Equal(Rag.Green, catalog[KpiIds.CpPlans].Rag!.Rate(271));
        Assert.Equal(Rag.Green, catalog[KpiIds.CinPlans].Rag!.Rate(309));
        Assert.Equal(Rag.Amber, catalog[KpiIds.RhiWithin72hPct].Rag!.Rate(70)); // YTD
        Assert.Equal(Rag.Green, catalog[KpiIds.RhiWithin72hPct].Rag!.Rate(82)); // the month: green if it were rated on the month
        Assert.Equal(RateOn.YearToDate, catalog[KpiIds.RhiWithin72hPct].RateOn);
        Assert.Equal(Rag.Red, catalog[KpiIds.Lac].Rag!.Rate(255));
        Assert.Equal(Rag.Amber, catalog[KpiIds.LacOutsideLaPct].Rag!.Rate(50));
        Assert.Equal(Rag.Amber, catalog[KpiIds.LacOver20MilesPct].Rag!.Rate(15.5));
        Assert.Equal(Rag.Amber, catalog[KpiIds.LacCeasedPermanencyPct].Rag!.Rate(5.6));
        Assert.Equal(Rag.Green, catalog[KpiIds.AssessmentsWithin45WdPct].Rag!.Rate(92));
        Assert.Null(catalog[KpiIds.LacWithAdvocatePct].Rag);
    }

    [Fact]
    public void Parse_LaCode_NamesTheCouncil()
    {
        Assert.Equal(311, KpiConfig.Parse("""{ "la_code": 311 }""", "t").LaCode);
        Assert.Null(KpiConfig.Parse("{}", "t").LaCode);
    }

    [Fact]
    public void Parse_Disclosure_SuppressBelowAndRound()
    {
        var config = KpiConfig.Parse("""{ "disclosure": { "suppress_below": 11, "round": 10 } }""", "council.json");
        Assert.Equal(10, config.Disclosure!.Threshold);
        Assert.Equal(Csc.Analysis.Disclosure.DisclosureRounding.Nearest10, config.Disclosure.Rounding);
        Assert.Null(KpiConfig.Parse("{}", "council.json").Disclosure);
        Assert.Contains("disclosure.suppress_below: expected a whole number of at least 2", Assert.Throws<KpiConfigException>(() => KpiConfig.Parse("""{ "disclosure": { "suppress_below": 1 } }""", "council.json")).Message, StringComparison.Ordinal);
        Assert.Contains("disclosure.round: expected 1 (none), 5 or 10, found 3", Assert.Throws<KpiConfigException>(() => KpiConfig.Parse("""{ "disclosure": { "round": 3 } }""", "council.json")).Message, StringComparison.Ordinal);
        Assert.Contains("unknown setting \"threshold\"", Assert.Throws<KpiConfigException>(() => KpiConfig.Parse("""{ "disclosure": { "threshold": 5 } }""", "council.json")).Message, StringComparison.Ordinal);
    }
}
