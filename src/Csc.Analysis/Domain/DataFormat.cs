namespace Csc.Analysis.Domain;

/// <summary>The input formats the kit reads. Names on the command line: auto, canonical, ssda903, cin-census, annex-a, ssd.</summary>
public enum DataFormat
{
    /// <summary>Detect the format from the path.</summary>
    Auto,

    /// <summary>The kit's canonical CSV extract (children.csv and its tables).</summary>
    Canonical,

    /// <summary>The SSDA903 looked-after children return.</summary>
    Ssda903,

    /// <summary>The CIN census XML.</summary>
    CinCensus,

    /// <summary>The Ofsted Annex A lists (workbook or CSV files).</summary>
    AnnexA,

    /// <summary>Data to Insight's Standard Safeguarding Dataset: ssd_*.csv files or the ssd_* tables of a database.</summary>
    Ssd,
}
