using Csc.Analysis.Domain;

namespace Csc.Analysis.Kpis;

/// <summary>A KPI's numerator, denominator and value for one group in one month.</summary>
public sealed record KpiGroupResult(string KpiId, ReportingMonth Month, KpiDimension Dimension, string Key, long Numerator, long? Denominator, double? Value);
