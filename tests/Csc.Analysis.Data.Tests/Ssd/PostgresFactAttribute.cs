namespace Csc.Analysis.Data.Tests.Ssd;

/// <summary>A fact that needs a local PostgreSQL server; skipped, saying why, only when none can be started.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresCluster.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}
