using System.Reflection;
using Csc.Analysis.Kpis;
using Csc.Analysis.Kpis.Catalog;

namespace Csc.Analysis.Tests.Kpis.Catalog;

/// <summary>
/// The unit of change is the KPI: each line of the pack is one type in <c>Kpis/Catalog/&lt;Area&gt;/&lt;Type&gt;.cs</c>
/// whose tests are <c>tests/Csc.Analysis.Tests/Kpis/Catalog/&lt;Area&gt;/&lt;Type&gt;Tests.cs</c> (docs/kpis.md, "Adding a KPI").
/// </summary>
public sealed class KpiPackTests
{
    private static IEnumerable<(KpiDefinition Definition, Type Type)> Pack()
        => KpiPack.Default.Select(define => (define(KpiTimescales.Default), define.Method.DeclaringType!));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var (d, _) in Pack())
        {
            data.Add(d.Id);
        }
        return data;
    }

    private static (KpiDefinition Definition, Type Type) Find(string id) => Pack().Single(p => p.Definition.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachKpi_DefinitionAndCalculationInOneFileInItsAreaFolder(string id)
    {
        var (definition, type) = Find(id);
        var area = definition.Area.ToString();
        var file = RepositoryPaths.Of("src", "Csc.Analysis", "Kpis", "Catalog", area, type.Name + ".cs");
        Assert.True(File.Exists(file), $"{id}: expected its definition in src/Csc.Analysis/Kpis/Catalog/{area}/{type.Name}.cs");
        Assert.Same(type, definition.Calculation.Method.DeclaringType);
        var idField = type.GetField("Id", BindingFlags.Public | BindingFlags.Static);
        Assert.True(idField is { IsLiteral: true }, $"{type.Name} declares its id as a public const Id");
        Assert.Equal(id, idField!.GetRawConstantValue());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachKpi_HasItsOwnTestFileWithTests(string id)
    {
        var (definition, type) = Find(id);
        var area = definition.Area.ToString();
        var name = type.Name + "Tests";
        var file = RepositoryPaths.Of("tests", "Csc.Analysis.Tests", "Kpis", "Catalog", area, name + ".cs");
        Assert.True(File.Exists(file), $"{id}: expected its tests in tests/Csc.Analysis.Tests/Kpis/Catalog/{area}/{name}.cs");
        var tests = typeof(KpiPackTests).Assembly.GetType($"Csc.Analysis.Tests.Kpis.Catalog.{area}.{name}");
        Assert.True(tests is not null, $"{file} declares Csc.Analysis.Tests.Kpis.Catalog.{area}.{name}");
        var count = tests!.GetMethods().Count(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any());
        Assert.True(count >= 2, $"{name} has {count} test(s): a KPI needs its worked example and its boundaries");
    }

    [Fact]
    public void EveryTestFileUnderCatalog_MirrorsASourceFile()
    {
        var testRoot = RepositoryPaths.Of("tests", "Csc.Analysis.Tests", "Kpis", "Catalog");
        var srcRoot = RepositoryPaths.Of("src", "Csc.Analysis", "Kpis", "Catalog");
        var orphans = Directory.EnumerateFiles(testRoot, "*Tests.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(testRoot, f))
            .Where(rel => !File.Exists(Path.Combine(srcRoot, rel[..^"Tests.cs".Length] + ".cs")))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Empty(orphans);
    }

    [Fact]
    public void PackLines_AreDistinct()
    {
        var ids = Pack().Select(p => p.Definition.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Length, Pack().Select(p => p.Type).Distinct().Count());
    }
}
