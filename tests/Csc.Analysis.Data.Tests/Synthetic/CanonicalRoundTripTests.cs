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
    public void Load_DefaultData_NoErrorsAndExactlyThePlantedBadRowsReported()
    {
        CanonicalExtractWriter.Write(fixture.Set.Data, folder);
        var result = CaseDataLoader.Load(folder, DataFormat.Canonical, new LoadOptions { ExtractDate = new DateOnly(2017, 5, 31) });
        Assert.Equal(0, result.ErrorCount);

        // the mistyped ICPC dates (before the strategy discussion) and the blank ones (a plan came from the conference)
        var bad = fixture.Set.Planted.Where(p => p.IsBadRow).ToDictionary(p => p.S47Id);
        Assert.Equal(7, bad.Count);
        var lines = File.ReadAllLines(Path.Combine(folder, "section47.csv"));
        var reported = result.Issues.Select(i => (Id: lines[(int)i.Line!.Value - 1].Split(',')[0], i.RuleId)).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();
        Assert.All(result.Issues, i => Assert.Equal("section47.csv", Path.GetFileName(i.File)));
        Assert.Equal(bad.Keys.Order(StringComparer.Ordinal), reported.Select(r => r.Id));
        foreach (var (id, rule) in reported)
        {
            Assert.Equal(bad[id].Kind == PlantedRowKind.MissingIcpcDate ? "CAN_ICPC_DATE_MISSING" : "ICPC_BEFORE_S47", rule);
        }

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
