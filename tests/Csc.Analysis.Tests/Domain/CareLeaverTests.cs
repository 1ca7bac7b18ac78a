using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class CareLeaverTests
{
    [Theory]
    [InlineData("F1", true)]
    [InlineData("F5", true)]
    [InlineData("P1", true)]
    [InlineData("P5", true)]
    [InlineData("F6", false)]
    [InlineData("G4", false)]
    [InlineData("f1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void InEducationEmploymentOrTraining_IsF1ToF5OrP1ToP5(string? activity, bool expected)
        => Assert.Equal(expected, new CareLeaver("L", "C", new DateOnly(2017, 5, 1), CareLeaverContact.Yes, activity, null, null).InEducationEmploymentOrTraining);
}
