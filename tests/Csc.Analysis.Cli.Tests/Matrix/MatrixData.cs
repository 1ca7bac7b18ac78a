using Csc.Analysis.Cli.Tests.Kpis;

namespace Csc.Analysis.Cli.Tests.Matrix;

/// <summary>Where the data sets of the matrix are: the sample, the tests' own statutory files and the shared external samples.</summary>
internal static class MatrixData
{
    public static string Notebooks => Path.Combine(Repo.Root(), "notebooks");

    /// <summary>A path under tests/Csc.Analysis.Data.Tests/TestData/statutory (small statutory files the tests carry).</summary>
    public static string Carried(params string[] parts)
        => Path.Combine([Repo.Root(), "tests", "Csc.Analysis.Data.Tests", "TestData", "statutory", .. parts]);

    /// <summary>../shared/external-samples next to the checkout, or null when absent.</summary>
    public static string? External
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(Repo.Root(), "..", "shared", "external-samples"));
            return Directory.Exists(p) ? p : null;
        }
    }

    public const string ExternalSkipReason = "Skipped: ../shared/external-samples (the public validators' fake SSDA903, CIN census and Annex A files) is not next to this checkout.";
}
