using System.Security.Cryptography;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>The optional tables and columns the generator adds: present, consistent with the rest, deterministic, and leaving the rest unchanged.</summary>
public sealed class OptionalDataTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>, IDisposable
{
    private static readonly SyntheticOptions Short = SyntheticOptions.Default with { From = new(2016, 1), To = new(2016, 12) };

    private readonly string folder = Path.Combine(Path.GetTempPath(), "csc-optional-" + Guid.NewGuid().ToString("N"));

    private CaseData Data => fixture.Set.Data;

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>SHA-256 of the thirteen core tables as the generator wrote them before it added the optional data (seed 20170531, default options).</summary>
    private static readonly Dictionary<string, string> CoreHashes = new(StringComparer.Ordinal)
    {
        ["advocacy.csv"] = "416ff955b972052793877bba13752f1a22adb21bfc1735c6d6e02bbb64a63786",
        ["assessments.csv"] = "9e13b2a7263b2ff8264ec8f81c7ad50aab72a0965f8bbae414e316e056ad11b7",
        ["children.csv"] = "ee37300a8ecf08f91a205c5e9deaffab27f0537e10814518dc062c9e5ae25083",
        ["cin_plans.csv"] = "62b21f27826c0f5107c8c7cc6a260e36ebe8e56b2c61cd5e660dd9c0006318bb",
        ["contacts.csv"] = "558167dc133aa89b3714f8b91b73804c5ed80d6adb4ef6e8a67a6c3e94860067",
        ["cp_plans.csv"] = "972033d6140510515b12929eba8cc621f910a415edb982d8bac0b5dcba7bc362",
        ["cp_visits.csv"] = "d55a4cc10e96f4c4b6e5eff882771fae3abdbec9efac36cd84d0b0242b865df9",
        ["early_help.csv"] = "d618e3c66cec212324a4a90ffef41e541ebcfd8c69c72a9fe7d337e4b6bb6eb4",
        ["events.csv"] = "894b631fd73c6337b9ae3801b27a9e7ca4ebd239587dde605f6e18a260affe87",
        ["lac_episodes.csv"] = "32441b129d4e18d6564ec0a289edf8fc09fb5dbc6f756db0b43722d0fcd62cbd",
        ["missing_episodes.csv"] = "ca78dc9ed8c413930640ae1db20895c07c4e3b50ffffa5aa59af2dc2590a99c4",
        ["referrals.csv"] = "cd62dada37924949979df46404d2ee5916466d07bde3c91acad0436d96424d6e",
        ["section47.csv"] = "fff4270eb1a2f89ed03a1f311ec2175606db77ef763c55725faf52757b7a5271",
    };

    [Fact]
    public void Default_WithoutTheOptionalData_TheCoreTablesAreTheBytesOfBefore()
    {
        var core = Data with
        {
            Children = [.. Data.Children.Select(c => c with { Uasc = null })],
            Referrals = [.. Data.Referrals.Select(r => r with { ClosureDate = null, ReasonForClosure = null, PrimaryNeedCode = null })],
            CpPlans = [.. Data.CpPlans.Select(p => p with { PreviousCpPlans = null })],
            CpReviews = [],
            LacReviews = [],
            LacHealth = [],
            CareLeavers = [],
            Population = [],
            Supplied = null,
        };
        var written = CanonicalExtractWriter.Write(core, folder);
        Assert.Equal(CoreHashes.Keys.Order(StringComparer.Ordinal), written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in written)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            Assert.True(CoreHashes[Path.GetFileName(file)] == hash, $"{Path.GetFileName(file)} changed: the optional data must come from its own random stream");
        }
    }

    [Fact]
    public void Default_WritesEveryOptionalTableAndColumn()
    {
        var written = CanonicalExtractWriter.Write(Data, folder).Select(Path.GetFileName).ToList();
        Assert.Equal(CanonicalSchema.Tables.Select(t => t.FileName), written);
        Assert.All(CanonicalSchema.Tables, t => Assert.True(Data.RowCount(t.Kind) > 0, t.FileName));
        var supplied = Data.SuppliedOrGuess();
        Assert.All(Enum.GetValues<OptionalField>(), f => Assert.True(supplied.Has(f), f.ToString()));
    }

    [Fact]
    public void SameSeed_SameOptionalData_OtherSeed_Different()
    {
        var a = SyntheticGenerator.Generate(Short).Data;
        var b = SyntheticGenerator.Generate(Short).Data;
        Assert.Equal(a.Referrals, b.Referrals);
        Assert.Equal(a.Children, b.Children);
        Assert.Equal(a.CpPlans, b.CpPlans);
        Assert.Equal(a.CpReviews, b.CpReviews);
        Assert.Equal(a.LacReviews, b.LacReviews);
        Assert.Equal(a.LacHealth, b.LacHealth);
        Assert.Equal(a.CareLeavers, b.CareLeavers);
        Assert.Equal(a.Population, b.Population);
        var c = SyntheticGenerator.Generate(Short with { Seed = 7 }).Data;
        Assert.NotEqual(a.LacHealth, c.LacHealth);
    }

    [Fact]
    public void Population_EveryFinancialYear_AnOuterLondonBorough_ScaledWithTheDataSet()
    {
        Assert.Equal([2014, 2015, 2016, 2017], Data.Population.Select(p => p.Year));
        Assert.All(Data.Population, p => Assert.InRange(p.Aged0To17, 55_000, 60_000));
        for (var i = 1; i < Data.Population.Count; i++)
        {
            Assert.InRange(Data.Population[i].Aged0To17 - Data.Population[i - 1].Aged0To17, 0, 1_200);
        }
        var three = SyntheticGenerator.Generate(Short with { Scale = 3 }).Data;
        Assert.Equal([2015, 2016], three.Population.Select(p => p.Year));
        Assert.InRange(three.Population[0].Aged0To17, 165_000, 180_000);
    }

    [Fact]
    public void Referrals_ClosedAfterEveryPlanTheyLeadTo_NotAfterTheExtract()
    {
        var extract = Data.ExtractDate!.Value;
        var plans = Data.CpPlans.Select(p => (p.ChildId, p.StartDate, p.EndDate))
            .Concat(Data.CinPlans.Select(p => (p.ChildId, p.StartDate, p.EndDate)))
            .ToLookup(p => p.ChildId, StringComparer.Ordinal);
        var nextReferral = Data.Referrals.GroupBy(r => r.ChildId, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var sorted = g.OrderBy(r => r.ReferralDate).ThenBy(r => r.ReferralId, StringComparer.Ordinal).ToList();
                return sorted.Select((r, i) => (r.ReferralId, Next: i + 1 < sorted.Count ? sorted[i + 1].ReferralDate : DateOnly.MaxValue));
            })
            .ToDictionary(x => x.ReferralId, x => x.Next, StringComparer.Ordinal);
        var closed = 0;
        foreach (var r in Data.Referrals)
        {
            Assert.Matches("^N[0-9]$", r.PrimaryNeedCode);
            if (r.ClosureDate is not { } closure)
            {
                Assert.Null(r.ReasonForClosure);
                continue;
            }
            closed++;
            Assert.InRange(closure, r.ReferralDate, extract);
            Assert.Matches("^RC[1-9]$", r.ReasonForClosure);
            foreach (var p in plans[r.ChildId])
            {
                if (p.StartDate >= r.ReferralDate && p.StartDate < nextReferral[r.ReferralId])
                {
                    Assert.True(p.EndDate is { } end && end <= closure, $"{r.ReferralId} closes on {closure} while a plan it led to is open");
                }
            }
        }
        Assert.InRange(closed, Data.Referrals.Count * 0.7, Data.Referrals.Count * 0.97);
        Assert.True(Data.Referrals.Count(r => r.PrimaryNeedCode == "N1") > Data.Referrals.Count / 3);
    }

    [Fact]
    public void CpPlans_PreviousPlans_TheEarlierPlansOfTheChild()
    {
        foreach (var g in Data.CpPlans.GroupBy(p => p.ChildId, StringComparer.Ordinal))
        {
            foreach (var p in g)
            {
                Assert.Equal(g.Count(o => o.StartDate < p.StartDate), p.PreviousCpPlans);
            }
        }
    }

    [Fact]
    public void CpReviews_OfTheirPlan_InsideItsDates_MostInTimescale()
    {
        var plans = Data.CpPlans.ToDictionary(p => p.CpPlanId, StringComparer.Ordinal);
        foreach (var r in Data.CpReviews)
        {
            Assert.True(plans.TryGetValue(r.CpPlanId, out var p), r.CpReviewId);
            Assert.Equal(p.ChildId, r.ChildId);
            Assert.True(r.ReviewDate > p.StartDate && (p.EndDate is not { } end || r.ReviewDate < end) && r.ReviewDate <= Data.ExtractDate, r.CpReviewId);
        }
        var firsts = Data.CpReviews.GroupBy(r => r.CpPlanId, StringComparer.Ordinal).Select(g => (Plan: plans[g.Key], First: g.Min(r => r.ReviewDate))).ToList();
        var onTime = firsts.Count(f => f.First <= f.Plan.StartDate.AddMonths(3));
        Assert.InRange((double)onTime / firsts.Count, 0.8, 0.97);
    }

    [Fact]
    public void LacReviewsAndHealthChecks_WhileInCare()
    {
        var care = Data.LacEpisodes.Where(e => !e.IsShortBreak).ToLookup(e => e.ChildId, StringComparer.Ordinal);
        bool InCare(string child, DateOnly d) => care[child].Any(e => e.StartDate <= d && (e.EndDate is not { } end || end > d));
        Assert.All(Data.LacReviews, r => Assert.True(InCare(r.ChildId, r.ReviewDate) && r.ReviewDate <= Data.ExtractDate, r.LacReviewId));
        Assert.All(Data.LacHealth, h => Assert.True(InCare(h.ChildId, h.CheckDate) && h.CheckDate <= Data.ExtractDate, h.HealthCheckId));
        foreach (var type in Enum.GetValues<HealthCheckType>())
        {
            var checks = Data.LacHealth.Where(h => h.CheckType == type).ToList();
            Assert.InRange((double)checks.Count(h => h.Status == HealthCheckStatus.Completed) / checks.Count, 0.8, 0.97);
            Assert.Contains(checks, h => h.Status == HealthCheckStatus.Refused);
            Assert.Contains(checks, h => h.Status == HealthCheckStatus.Other);
        }
    }

    [Fact]
    public void Uasc_AFewPerCentOfTheLookedAfterChildren_Older()
    {
        var lac = Data.LacEpisodes.Where(e => !e.IsShortBreak).Select(e => e.ChildId).ToHashSet(StringComparer.Ordinal);
        var uasc = Data.Children.Where(c => c.Uasc == true).ToList();
        Assert.All(Data.Children, c => Assert.NotNull(c.Uasc));
        Assert.All(uasc, c => Assert.Contains(c.ChildId, lac));
        Assert.InRange((double)uasc.Count / lac.Count, 0.01, 0.08);
    }

    [Fact]
    public void CareLeavers_AfterLeavingCareAt16OrOver_On17thTo21stBirthdaysInThePeriod()
    {
        var children = Data.Children.ToDictionary(c => c.ChildId, StringComparer.Ordinal);
        var lastEnd = Data.LacEpisodes.Where(e => !e.IsShortBreak).GroupBy(e => e.ChildId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(e => e.EndDate ?? DateOnly.MaxValue), StringComparer.Ordinal);
        foreach (var l in Data.CareLeavers)
        {
            var dob = children[l.ChildId].DateOfBirth!.Value;
            var age = Ages.WholeYears(dob, l.BirthdayDate);
            Assert.InRange(age, 17, 21);
            Assert.Equal(dob.AddYears(age), l.BirthdayDate);
            Assert.True(lastEnd[l.ChildId] <= l.BirthdayDate, l.CareLeaverId);
            Assert.InRange(Ages.WholeYears(dob, lastEnd[l.ChildId]), 16, 18);
            Assert.InRange(l.BirthdayDate, SyntheticOptions.Default.From.FirstDay, Data.ExtractDate!.Value);
            Assert.Equal(l.Accommodation is null ? null : l.Accommodation.EndsWith('1'), l.AccommodationSuitable);
        }
        Assert.InRange((double)Data.CareLeavers.Count(l => l.InTouch == CareLeaverContact.Yes) / Data.CareLeavers.Count, 0.75, 0.97);
        Assert.Contains(Data.CareLeavers, l => Ages.WholeYears(children[l.ChildId].DateOfBirth!.Value, l.BirthdayDate) >= 19);
    }
}
