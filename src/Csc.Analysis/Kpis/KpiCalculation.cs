namespace Csc.Analysis.Kpis;

/// <summary>
/// A KPI's calculation: reads the prepared case data and adds every record that counts to the sink,
/// with the months it counts in. It must not loop over months: a record open at several month ends
/// is added once with its month range.
/// </summary>
public delegate void KpiCalculation(KpiInputs inputs, IKpiSink sink);
