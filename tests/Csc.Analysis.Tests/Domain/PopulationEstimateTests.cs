using Csc.Analysis.Domain;

namespace Csc.Analysis.Tests.Domain;

public sealed class PopulationEstimateTests
{
    [Theory]
    [InlineData(2017, 3, 31, 2016)] // the last day of 2016-17 uses mid-2016
    [InlineData(2017, 4, 1, 2017)]  // the first day of 2017-18 uses mid-2017
    [InlineData(2016, 2, 29, 2015)]
    [InlineData(2016, 12, 31, 2016)]
    public void YearFor_IsTheYearOfTheAprilThatStartsTheFinancialYear(int y, int m, int d, int expected)
        => Assert.Equal(expected, PopulationEstimate.YearFor(new DateOnly(y, m, d)));
}
