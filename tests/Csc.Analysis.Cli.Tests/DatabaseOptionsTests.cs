using Csc.Analysis.Data.Tests.Ssd;
using DuckDB.NET.Data;
using Npgsql;

namespace Csc.Analysis.Cli.Tests;

/// <summary>
/// <c>--data ssd --provider ... --connection-env/--connection-file [--schema]</c> end to end: the generated SSD loaded
/// into PostgreSQL and DuckDB gives the canonical KPI table, and a planted password appears in nothing the run wrote.
/// </summary>
public sealed class DatabaseOptionsTests : IDisposable
{
    /// <summary>KPIs the SSD cannot supply (BRAG, RHI timing, in/out of area, advocacy, population): their rows are not compared.</summary>
    private static readonly string[] NotSupplied =
    [
        "contacts_blue_pct", "rhi_within_72h_pct", "lac_outside_la_pct", "lac_with_advocate_pct", "advocacy_lac_pct",
        // the SSD carries no population estimates: the rates per 10,000 are unavailable from it
        "referrals_rate_per_10k", "s47_rate_per_10k", "icpc_rate_per_10k", "cp_plans_rate_per_10k", "cin_rate_per_10k", "lac_rate_per_10k",
    ];

    private readonly string dir = Directory.CreateTempSubdirectory("csc-ssd-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var env = new CliEnvironment(o, e, TimeProvider.System, false, dir);
        var code = await CliApp.RunAsync(args, env);
        return (code, o.ToString(), e.ToString());
    }

    private async Task<string[]> GenerateBoth()
    {
        Assert.Equal(0, (await Run("generate", "--out", "canonical", "--from", "2016-04", "--to", "2017-05")).Code);
        Assert.Equal(0, (await Run("generate", "--out", "ssd-drop", "--format", "ssd", "--from", "2016-04", "--to", "2017-05")).Code);
        Assert.Equal(0, (await Run("kpis", "--data", "canonical", "--out", "canonical.csv")).Code);
        return Comparable(File.ReadAllLines(Path.Combine(dir, "canonical.csv")));
    }

    private static string[] Comparable(string[] rows) => [.. rows.Where(r => !NotSupplied.Contains(r.Split(',')[0]))];

    private void AssertNoSecretAnywhere(string secret, params string[] texts)
    {
        foreach (var t in texts)
        {
            Assert.DoesNotContain(secret, t, StringComparison.Ordinal);
        }
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(f) != "connection.txt")
            {
                Assert.DoesNotContain(secret, File.ReadAllText(f), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "--provider", "oracle", "--connection-env", "X" }, "--provider 'oracle' is not a database: use postgresql, sqlserver or duckdb.")]
    [InlineData(new[] { "--connection-env", "X" }, "--connection-env, --connection-file and --schema need --provider postgresql, sqlserver or duckdb.")]
    [InlineData(new[] { "--provider", "postgresql" }, "Give the connection string with exactly one of --connection-env NAME or --connection-file FILE.")]
    [InlineData(new[] { "--provider", "postgresql", "--connection-env", "X", "--connection-file", "f" }, "Give the connection string with exactly one of --connection-env NAME or --connection-file FILE.")]
    [InlineData(new[] { "--provider", "postgresql", "--connection-env", "X", "--schema", "a;b" }, "--schema 'a;b' is not a schema name: letters, digits and underscores, starting with a letter or underscore.")]
    [InlineData(new[] { "--provider", "postgresql", "--connection-env", "CSC_SSD_SURELY_UNSET_42" }, "The environment variable CSC_SSD_SURELY_UNSET_42 (--connection-env) is not set or empty.")]
    public async Task BadDatabaseOptions_Usage(string[] extra, string message)
    {
        var (code, _, error) = await Run(["kpis", "--data", "ssd", "--out", "k.csv", .. extra]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("csc-kpi: " + message + "\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task DataSsd_WithoutProvider_SaysWhatIsMissing()
    {
        var (code, _, error) = await Run("kpis", "--data", "ssd", "--out", "k.csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--data ssd reads a database: add --provider", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuckDb_ConnectionFile_GivesTheCanonicalKpiTable_AndCsvDropToo()
    {
        var expected = await GenerateBoth();
        var file = Path.Combine(dir, "ssd.duckdb");
        using (var c = new DuckDBConnection($"Data Source={file}"))
        {
            c.Open();
            foreach (var statement in File.ReadAllText(Path.Combine(dir, "ssd-drop", "ssd.sql")).Split(";\n", StringSplitOptions.RemoveEmptyEntries))
            {
                using var cmd = c.CreateCommand();
                cmd.CommandText = statement;
                cmd.ExecuteNonQuery();
            }
        }
        File.WriteAllText(Path.Combine(dir, "connection.txt"), $"Data Source={file}\n");

        var (code, _, error) = await Run("kpis", "--data", "ssd", "--provider", "duckdb", "--connection-file", "connection.txt", "--out", "duck.csv");
        Assert.True(code == 0, error);
        Assert.Equal(expected, Comparable(File.ReadAllLines(Path.Combine(dir, "duck.csv"))));

        Assert.Equal(0, (await Run("kpis", "--data", "ssd-drop", "--out", "drop.csv")).Code);
        Assert.Equal(expected, Comparable(File.ReadAllLines(Path.Combine(dir, "drop.csv"))));
    }

    [PostgresFact]
    public async Task PostgreSql_ReportAndKpis_SameKpis_AndThePlantedPasswordIsNowhere()
    {
        var expected = await GenerateBoth();
        var cluster = PostgresCluster.Shared!;
        using (var c = new NpgsqlConnection(cluster.ConnectionString()))
        {
            c.Open();
            using var cmd = new NpgsqlCommand("DROP SCHEMA IF EXISTS ssd_development CASCADE; CREATE SCHEMA ssd_development; SET search_path TO ssd_development;\n"
                + File.ReadAllText(Path.Combine(dir, "ssd-drop", "ssd.sql")), c) { CommandTimeout = 300 };
            cmd.ExecuteNonQuery();
        }
        var variable = "CSC_SSD_TEST_" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(variable, cluster.ConnectionString());
        try
        {
            var kpis = await Run("kpis", "--data", "ssd", "--provider", "postgresql", "--connection-env", variable, "--schema", "ssd_development", "--out", "pg.csv");
            Assert.True(kpis.Code == 0, kpis.Error);
            Assert.Equal(expected, Comparable(File.ReadAllLines(Path.Combine(dir, "pg.csv"))));

            var validate = await Run("validate", "--data", "ssd", "--provider", "postgresql", "--connection-env", variable, "--schema", "ssd_development", "--show", "1000", "--issues", "issues.csv");
            var report = await Run("report", "--format", "ssd", "--provider", "postgresql", "--connection-env", variable, "--schema", "ssd_development", "--out", "report.html");
            Assert.True(report.Code == 0, report.Error);
            Assert.Contains("ssd (postgresql, schema ssd_development)", validate.Out + validate.Error, StringComparison.Ordinal);

            // A wrong password: the run fails with a message, and neither password is shown.
            const string wrong = "Wr0ng-Planted-CLI-Pw";
            Environment.SetEnvironmentVariable(variable, cluster.ConnectionString(wrong));
            var failed = await Run("kpis", "--data", "ssd", "--provider", "postgresql", "--connection-env", variable, "--out", "never.csv");
            Assert.Equal(ExitCodes.Usage, failed.Code);
            Assert.Contains("Cannot read the SSD from the postgresql database", failed.Error, StringComparison.Ordinal);

            AssertNoSecretAnywhere(PostgresCluster.Password, kpis.Out, kpis.Error, validate.Out, validate.Error, report.Out, report.Error, failed.Out, failed.Error);
            AssertNoSecretAnywhere(wrong, failed.Out, failed.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
