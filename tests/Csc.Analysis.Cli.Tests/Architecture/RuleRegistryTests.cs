using System.Text.RegularExpressions;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using Csc.Analysis.Investigations;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Cli.Tests.Architecture;

/// <summary>
/// One home per rule id: the loader's (<see cref="CanonicalRules"/>), the data-quality check's
/// (<see cref="DataQuality.Rules"/>) and the KPI calculations' (<see cref="KpiRules"/>) registries, and
/// <see cref="SharedRules"/> for a problem more than one of them finds, so it has one id and one severity.
/// </summary>
public sealed partial class RuleRegistryTests
{
    private static IEnumerable<(string Registry, string Id, IssueSeverity Severity)> Registered()
    {
        foreach (var r in CanonicalRules.All)
        {
            yield return ("CanonicalRules", r.Id, r.Severity);
        }
        foreach (var r in DataQuality.Rules)
        {
            yield return ("DataQuality.Rules", r.Id, r.Severity);
        }
        foreach (var r in KpiRules.All)
        {
            yield return ("KpiRules", r.Id, r.Severity);
        }
    }

    [Fact]
    public void AnIdInTwoRegistries_IsSharedWithOneSeverity()
    {
        var shared = SharedRules.All.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var g in Registered().GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            var registries = g.Select(r => r.Registry).Distinct().ToList();
            if (registries.Count > 1 && !shared.ContainsKey(g.Key))
            {
                problems.Add($"{g.Key} is in {string.Join(" and ", registries)} but not in SharedRules");
            }
            if (shared.TryGetValue(g.Key, out var s) && g.Any(r => r.Severity != s.Severity))
            {
                problems.Add($"{g.Key} has severity {string.Join("/", g.Select(r => r.Severity).Distinct())}; SharedRules says {s.Severity}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void IcpcBeforeTheStrategyDiscussion_HasOneIdEverywhere()
    {
        Assert.Equal(SharedRules.IcpcBeforeS47Id, CanonicalRules.IcpcBeforeS47);
        Assert.Contains(DataQuality.Rules, r => r.Id == SharedRules.IcpcBeforeS47Id);
        Assert.Same(SharedRules.IcpcBeforeS47, KpiRules.IcpcBeforeS47);
    }

    [Fact]
    public void EveryRuleIdLiteralInTheSource_IsRegistered()
    {
        // a literal such as "DQ_CP_PLAN_OVERLAP" in src/ must be an id of a registry; an id is never spelled
        // out a second time where a shared rule's constant exists
        var known = Registered().Select(r => r.Id).Concat(SharedRules.All.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);
        var src = Path.Combine(RepositoryRoot(), "src");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            foreach (Match m in RuleLiteral().Matches(text))
            {
                var id = m.Groups[1].Value;
                if (!known.Contains(id))
                {
                    problems.Add($"{relative}: \"{id}\" is not in CanonicalRules, DataQuality.Rules, KpiRules or SharedRules");
                }
            }
            foreach (var s in SharedRules.All)
            {
                if (!relative.EndsWith("Domain/SharedRules.cs", StringComparison.Ordinal) && text.Contains($"\"{s.Id}\"", StringComparison.Ordinal))
                {
                    problems.Add($"{relative}: spells out \"{s.Id}\"; use SharedRules");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string RepositoryRoot() => RepositoryPaths.Root;

    [GeneratedRegex("\"((?:CAN|DQ|KPI)_[A-Z0-9]+(?:_[A-Z0-9]+)*)\"")]
    private static partial Regex RuleLiteral();
}
