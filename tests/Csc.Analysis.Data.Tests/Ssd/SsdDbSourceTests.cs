using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Ssd;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Data.Tests.Canonical;
using Csc.Analysis.Domain;
using DuckDB.NET.Data;
using Npgsql;

namespace Csc.Analysis.Data.Tests.Ssd;

/// <summary>The synthetic council's ssd.sql loaded into a real PostgreSQL server and a DuckDB file, read back through the database source.</summary>
public sealed class SsdDbSourceTests
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var w = new StringWriter();
        SsdWriter.WriteSql(SsdRoundTripTests.Generated, w);
        return w.ToString();
    });

    private static readonly Lazy<bool> PostgresLoaded = new(() =>
    {
        var cluster = PostgresCluster.Shared!;
        using var c = new NpgsqlConnection(cluster.ConnectionString());
        c.Open();
        using (var cmd = new NpgsqlCommand(Script.Value, c))
        {
            cmd.CommandTimeout = 300;
            cmd.ExecuteNonQuery();
        }
        using (var cmd = new NpgsqlCommand("DROP SCHEMA IF EXISTS ssd_development CASCADE; CREATE SCHEMA ssd_development; SET search_path TO ssd_development;\n" + Script.Value, c))
        {
            cmd.CommandTimeout = 300;
            cmd.ExecuteNonQuery();
        }
        // A CMS that fills no early help and whose missing table lacks the RHI columns.
        using (var cmd = new NpgsqlCommand("DROP TABLE ssd_development.ssd_early_help_episodes; ALTER TABLE ssd_development.ssd_missing DROP COLUMN miss_missing_rhi_offered;", c))
        {
            cmd.ExecuteNonQuery();
        }
        return true;
    });

    [PostgresFact]
    public void PostgreSql_GivesTheCanonicalKpiTable()
    {
        Assert.True(PostgresLoaded.Value);
        var result = SsdDatabase.Load(SsdProvider.PostgreSql, PostgresCluster.Shared!.ConnectionString(), null, LoadOptions.Default);

        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(SsdRoundTripTests.Generated.Contacts.Count, result.Data.Contacts.Count);
        SsdRoundTripTests.AssertSameKpis(result);
    }

    [PostgresFact]
    public void PostgreSql_OtherSchema_MissingTableAndColumnAreLocatedIssues()
    {
        Assert.True(PostgresLoaded.Value);
        var result = SsdDatabase.Load(SsdProvider.PostgreSql, PostgresCluster.Shared!.ConnectionString(), "ssd_development", LoadOptions.Default);

        Assert.Contains(result.Issues, i => i.RuleId == SsdRules.TableAbsent && i.File == "ssd_development.ssd_early_help_episodes");
        Assert.Contains(result.Issues, i => i.RuleId == StatutoryRules.ColumnMissing && i.File == "ssd_development.ssd_missing" && i.Column == "miss_missing_rhi_offered");
        Assert.Empty(result.Data.EarlyHelp);
        Assert.False(result.Data.SuppliedOrGuess().Has(CaseTable.EarlyHelp));
        Assert.All(result.Data.MissingEpisodes, m => Assert.Null(m.RhiOffered));
        Assert.Equal(SsdRoundTripTests.Generated.Referrals.Count, result.Data.Referrals.Count);
    }

    [PostgresFact]
    public void PostgreSql_WrongPassword_MessageHoldsNoSecret()
    {
        Assert.True(PostgresLoaded.Value);
        const string wrong = "Wr0ng-Planted-Pw-77";
        var ex = Assert.Throws<DataLoadException>(() =>
            SsdDatabase.Load(SsdProvider.PostgreSql, PostgresCluster.Shared!.ConnectionString(wrong), null, LoadOptions.Default));

        Assert.Contains("postgresql", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(PostgresCluster.Password, ex.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public void PostgreSql_Load_NoIssueOrFileNamesThePassword()
    {
        Assert.True(PostgresLoaded.Value);
        var result = SsdDatabase.Load(SsdProvider.PostgreSql, PostgresCluster.Shared!.ConnectionString(), "ssd_development", LoadOptions.Default);

        Assert.All(result.Issues, i => Assert.DoesNotContain(PostgresCluster.Password, i.ToString(), StringComparison.Ordinal));
        Assert.All(result.Files, f => Assert.DoesNotContain(PostgresCluster.Password, f.Path, StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "ssd_development.ssd_contacts" && f.Rows == SsdRoundTripTests.Generated.Contacts.Count);
    }

    [Fact]
    public void DuckDbFile_GivesTheCanonicalKpiTable()
    {
        using var tmp = new TempFolder();
        var file = tmp.File("ssd.duckdb");
        using (var c = new DuckDBConnection($"Data Source={file}"))
        {
            c.Open();
            foreach (var statement in Script.Value.Split(";\n", StringSplitOptions.RemoveEmptyEntries))
            {
                if (statement.Trim().Length == 0)
                {
                    continue;
                }
                using var cmd = c.CreateCommand();
                cmd.CommandText = statement;
                cmd.ExecuteNonQuery();
            }
        }

        var result = SsdDatabase.Load(SsdProvider.DuckDb, $"Data Source={file}", null, LoadOptions.Default);

        Assert.Equal(0, result.ErrorCount);
        SsdRoundTripTests.AssertSameKpis(result);
    }

    [Theory]
    [InlineData("ssd_development", true)]
    [InlineData("_x1", true)]
    [InlineData("1abc", false)]
    [InlineData("ssd;drop table x", false)]
    [InlineData("ssd\"x", false)]
    [InlineData("", false)]
    public void SchemaNames_AreCheckedAgainstTheIdentifierPattern(string schema, bool valid)
    {
        Assert.Equal(valid, SsdDbSource.IsValidSchema(schema));
        if (!valid)
        {
            Assert.Throws<DataLoadException>(() => SsdDatabase.Load(SsdProvider.DuckDb, "Data Source=:memory:", schema, LoadOptions.Default));
        }
    }

    [Fact]
    public void Mask_RemovesTheConnectionStringAndItsPassword()
    {
        const string cs = "Host=db;Username=u;Password=S3cr3t!;Database=x";
        Assert.Equal("failed for *** and *** again", SsdDatabase.Mask("failed for S3cr3t! and " + cs + " again", cs));
    }
}
