using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Tests.Synthetic;

/// <summary>The generated data written by the canonical writer and read back by the canonical loader.</summary>
public sealed class CanonicalRoundTripTests(DefaultDataFixture fixture) : IClassFixture<DefaultDataFixture>, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "csc-synthetic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_DefaultData_NoErrorsAndOnlyThePlantedMistypedRowsReported()
    {
        CanonicalExtractWriter.Write(fixture.Set.Data, folder);
        var result = CaseDataLoader.Load(folder, DataFormat.Canonical, new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });
        Assert.Equal(0, result.ErrorCount);

        // the mistyped ICPC dates are the only rows reported; the missing ones are blank dates no rule flags
        var mistyped = fixture.Set.Planted.Where(p => p.IsBadRow && p.Kind != PlantedRowKind.MissingIcpcDate).Select(p => p.S47Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, mistyped.Count);
        Assert.All(result.Issues, i => Assert.Equal("CAN_ICPC_BEFORE_S47", i.RuleId));
        var lines = File.ReadAllLines(Path.Combine(folder, "section47.csv"));
        var reported = result.Issues.Select(i => lines[(int)i.Line!.Value - 1].Split(',')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mistyped, reported);

        Assert.Equal(fixture.Set.Data.Section47Enquiries, result.Data.Section47Enquiries);
        Assert.Equal(fixture.Set.Data.LacEpisodes, result.Data.LacEpisodes);
        Assert.Equal(fixture.Set.Data.MissingEpisodes, result.Data.MissingEpisodes);
    }

    [Fact]
    public void WriteParts_Units_SameBytesAsMergedWrite()
    {
        var options = SyntheticOptions.Default with { From = new(2016, 10), To = new(2017, 3), Scale = 2 };
        var merged = Path.Combine(folder, "merged");
        var parts = Path.Combine(folder, "parts");
        CanonicalExtractWriter.Write(SyntheticGenerator.Generate(options).Data, merged);
        CanonicalExtractWriter.WriteParts(SyntheticGenerator.GenerateUnitsAhead(options).Select(u => u.Data), parts);
        foreach (var file in Directory.GetFiles(merged))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(parts, Path.GetFileName(file)))), $"{Path.GetFileName(file)} differs");
        }
    }
}
