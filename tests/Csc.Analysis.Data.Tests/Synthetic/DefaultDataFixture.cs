using Csc.Analysis.Data.Synthetic;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>The default data set (seed 20170531, April 2014 to May 2017, scale 1, ICPC recording planted), generated once per test run.</summary>
public sealed class DefaultDataFixture
{
    public SyntheticDataSet Set { get; } = SyntheticGenerator.Generate(SyntheticOptions.Default);
}

/// <summary>The same period and seed with nothing planted.</summary>
public sealed class UnplantedDataFixture
{
    public SyntheticDataSet Set { get; } = SyntheticGenerator.Generate(SyntheticOptions.Default with { Plant = PlantKind.None });
}
