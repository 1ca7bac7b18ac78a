namespace Csc.Analysis.Domain;

/// <summary>
/// A data rule: its stable id (issue files and reports count by it), the severity of the issues it raises and
/// what it means. Each rule has one home: the loaders' rules in their registries (<c>CanonicalRules</c>), the
/// data-quality checks in <c>DataQuality.Rules</c>, the KPI calculations' in <c>KpiRules</c>, and a rule that
/// more than one of them raises in <see cref="SharedRules"/>, so the same problem has one id and one severity
/// wherever it is found.
/// </summary>
/// <param name="Id">The stable id, upper snake case.</param>
/// <param name="Severity">The severity of the issues it raises.</param>
/// <param name="Meaning">What it means, in a sentence for the docs.</param>
public sealed record DataRule(string Id, IssueSeverity Severity, string Meaning);
