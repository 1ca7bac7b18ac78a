using Csc.Analysis.Data.Synthetic;

namespace Csc.Analysis.Data.Tests.Synthetic;

public sealed class SyntheticCouncilsTests
{
    [Fact]
    public void CodesAndSeeds_CouncilZeroIsTheSingleCouncil()
    {
        Assert.Equal("001", SyntheticCouncils.Code(0).Value);
        Assert.Equal("030", SyntheticCouncils.Code(29).Value);
        var options = SyntheticOptions.Default with { Seed = 7 };
        Assert.Equal(7, SyntheticCouncils.For(options, 0).Seed);
        Assert.Equal(9, SyntheticCouncils.For(options, 2).Seed);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCouncils.Code(SyntheticCouncils.MaxCouncils));
    }

    [Fact]
    public void GenerateUnits_TagsEveryRowWithItsCouncil()
    {
        var options = SyntheticOptions.Default with { From = new(2016, 10), To = new(2017, 3), Scale = 0.2 };
        var units = SyntheticCouncils.GenerateUnits(options, 2).ToList();
        Assert.Equal(["001", "002"], units.Select(u => u.Code.Value).Distinct());
        foreach (var (code, unit) in units)
        {
            Assert.All(unit.Data.Children, c => Assert.Equal(code, c.Council));
            Assert.All(unit.Data.Contacts, c => Assert.Equal(code, c.Council));
            Assert.All(unit.Data.Population, p => Assert.Equal(code, p.Council));
        }
        // Council 001 is the generator's council of the same seed, row for row.
        var alone = SyntheticGenerator.GenerateUnits(options).Single().Data;
        Assert.Equal(alone.Contacts, units[0].Unit.Data.Contacts.Select(c => c with { Council = null }));
    }
}
