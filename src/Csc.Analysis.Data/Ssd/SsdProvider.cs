namespace Csc.Analysis.Data.Ssd;

/// <summary>The database engines an SSD can be read from (command-line names postgresql, sqlserver, duckdb).</summary>
public enum SsdProvider
{
    /// <summary>PostgreSQL through Npgsql (the SSD's Eclipse build).</summary>
    PostgreSql,

    /// <summary>SQL Server through Microsoft.Data.SqlClient (Liquidlogic and Mosaic builds); not tested here.</summary>
    SqlServer,

    /// <summary>A DuckDB database file through DuckDB.NET.</summary>
    DuckDb,
}
