using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class DataSuppliedTests
{
    [Fact]
    public void FromContent_TablesWithRows_FieldsWithAValue()
    {
        var data = new CaseData
        {
            Referrals = [new Referral("R1", "C1", new DateOnly(2017, 5, 31), null, false, null, null) { ClosureDate = new DateOnly(2017, 6, 1) }],
            CpPlans = [new CpPlan("P1", "C1", new DateOnly(2017, 5, 31), null, null, null, null, null)],
        };
        var supplied = data.SuppliedOrGuess();
        Assert.True(supplied.Has(CaseTable.Referrals));
        Assert.True(supplied.Has(CaseTable.CpPlans));
        Assert.False(supplied.Has(CaseTable.Population));
        Assert.True(supplied.Has(OptionalField.ReferralClosureDate));
        Assert.False(supplied.Has(OptionalField.CpPlanPreviousPlans));
    }

    [Fact]
    public void SuppliedOrGuess_PrefersWhatTheLoaderSaid()
    {
        var said = new DataSupplied { Tables = new HashSet<CaseTable> { CaseTable.Population }, Fields = new HashSet<OptionalField>() };
        Assert.Same(said, new CaseData { Supplied = said }.SuppliedOrGuess());
    }
}
