using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Loading;

/// <summary>How <see cref="DataSet.Open(string, DataSetOptions?)"/> opens a data set. Every member is optional.</summary>
public sealed record DataSetOptions
{
    /// <summary>The format of the data; <see cref="DataFormat.Auto"/> (the default) detects it.</summary>
    public DataFormat Format { get; init; } = DataFormat.Auto;

    /// <summary>The reporting month; null (the default) chooses it as the report does: the last complete month of the data.</summary>
    public ReportingMonth? Month { get; init; }

    /// <summary>A KPI config file to use instead of the data folder's <c>kpi-config.json</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>How the data path is written in sentences and footers (default: the path as given).</summary>
    public string? DisplayPath { get; init; }

    /// <summary>How <see cref="ConfigPath"/> is written (default: the path as given).</summary>
    public string? ConfigDisplayPath { get; init; }

    /// <summary>Options passed to the loader.</summary>
    public LoadOptions? Load { get; init; }
}
