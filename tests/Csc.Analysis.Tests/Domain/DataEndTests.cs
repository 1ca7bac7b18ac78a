using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class DataEndTests
{
    /// <summary>20 referrals a day from 1 to 30 April 2017 (600 activity dates: enough to judge), and <paramref name="extra"/>.</summary>
    private static CaseData April2017(params (string Id, DateOnly Date)[] extra)
    {
        var referrals = new List<Referral>();
        for (var day = 1; day <= 30; day++)
        {
            for (var i = 0; i < 20; i++)
            {
                referrals.Add(new Referral($"R{day:00}{i:00}", $"C{i}", new DateOnly(2017, 4, day), null, false, null, null));
            }
        }
        referrals.AddRange(extra.Select(e => new Referral(e.Id, "C1", e.Date, null, false, null, null)));
        return new CaseData { Referrals = referrals };
    }

    [Fact]
    public void NoActivityDates_HasNoEnd() => Assert.Null(DataEnd.Find(new CaseData()));

    [Fact]
    public void FoundOncePerDataSet_ACopyWithOtherTablesIsFoundAfresh()
    {
        var data = April2017();
        var end = DataEnd.Find(data);
        Assert.Same(end, DataEnd.Find(data));
        var shorter = data with { Referrals = [.. data.Referrals.Where(r => r.ReferralDate.Day <= 10)] };
        Assert.Equal(new DateOnly(2017, 4, 10), DataEnd.Find(shorter)!.Date);
        Assert.Equal(new DateOnly(2017, 4, 30), DataEnd.Find(data)!.Date);
    }

    [Fact]
    public void BusyData_WithoutStrays_EndsOnItsLatestDay()
    {
        var end = DataEnd.Find(April2017())!;
        Assert.Equal(new DateOnly(2017, 4, 30), end.Date);
        Assert.Empty(end.Later);
    }

    [Fact]
    public void MistypedYearAndMonthAhead_AreLateDates_NotTheEnd()
    {
        var end = DataEnd.Find(April2017(("R2099", new DateOnly(2099, 1, 1)), ("R0620", new DateOnly(2017, 6, 20))))!;
        Assert.Equal(new DateOnly(2017, 4, 30), end.Date);
        Assert.Equal(
            [new LateDate(CaseTable.Referrals, "R2099", "referral_date", new DateOnly(2099, 1, 1)), new LateDate(CaseTable.Referrals, "R0620", "referral_date", new DateOnly(2017, 6, 20))],
            end.Later);
        Assert.Equal(new DateOnly(2017, 4, 30), April2017(("R2099", new DateOnly(2099, 1, 1))).LatestActivityDate());
    }

    [Fact]
    public void TwoDatesOnOneLaterDay_AreActivity()
    {
        // The median day has 20 dates; 5% of it is 1, so the floor of 2 decides: a day with two dates is active.
        var end = DataEnd.Find(April2017(("RA", new DateOnly(2017, 5, 2)), ("RB", new DateOnly(2017, 5, 2))))!;
        Assert.Equal(new DateOnly(2017, 5, 2), end.Date);
        Assert.Empty(end.Later);
    }

    [Fact]
    public void EveryKindOfActivityDate_Counts()
    {
        // A plan's end and an ICPC are activity too: a stray end date far ahead is a late date of its table and column.
        var data = April2017() with
        {
            CpPlans = [new CpPlan("P1", "C1", new DateOnly(2017, 4, 3), new DateOnly(2071, 4, 3), null, null, null, null)],
        };
        var end = DataEnd.Find(data)!;
        Assert.Equal(new DateOnly(2017, 4, 30), end.Date);
        Assert.Equal(new LateDate(CaseTable.CpPlans, "P1", "end_date", new DateOnly(2071, 4, 3)), Assert.Single(end.Later));
    }

    [Fact]
    public void SmallData_IsNotJudged_EndsOnItsLatestDate()
    {
        var data = new CaseData
        {
            Referrals = [new("R1", "C1", new DateOnly(2017, 4, 3), null, false, null, null), new("R2", "C1", new DateOnly(2099, 1, 1), null, false, null, null)],
        };
        var end = DataEnd.Find(data)!;
        Assert.Equal(new DateOnly(2099, 1, 1), end.Date);
        Assert.Empty(end.Later);
    }
}
