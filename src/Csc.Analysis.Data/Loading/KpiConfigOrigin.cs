namespace Csc.Analysis.Data.Loading;

/// <summary>Where a <see cref="DataSet"/>'s KPI config came from.</summary>
public enum KpiConfigOrigin
{
    /// <summary>No config file: the built-in catalogue with its default targets.</summary>
    BuiltIn,

    /// <summary>The <c>kpi-config.json</c> found in the data folder.</summary>
    DataFolder,

    /// <summary>A config file named by the caller (<c>--config</c>).</summary>
    Given,
}
