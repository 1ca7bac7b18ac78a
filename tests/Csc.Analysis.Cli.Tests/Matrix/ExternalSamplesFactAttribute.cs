namespace Csc.Analysis.Cli.Tests.Matrix;

/// <summary>A fact skipped with a message when ../shared/external-samples is absent.</summary>
public sealed class ExternalSamplesFactAttribute : FactAttribute
{
    public ExternalSamplesFactAttribute()
    {
        if (MatrixData.External is null)
        {
            Skip = MatrixData.ExternalSkipReason;
        }
    }
}
