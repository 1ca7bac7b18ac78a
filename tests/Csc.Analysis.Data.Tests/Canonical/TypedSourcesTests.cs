using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using DuckDB.NET.Data;
using Parquet;

namespace Csc.Analysis.Data.Tests.Canonical;

/// <summary>
/// The canonical extract as a folder of Parquet files or a DuckDB database: data-samples converted in the test (by
/// DuckDB's own CSV reader and Parquet writer, and by the kit's writers) gives exactly the KPI table of the CSV folder,
/// and values that cannot be read are located issues, never exceptions.
/// </summary>
public sealed class TypedSourcesTests
{
    private static readonly string Sample = RepositoryPaths.Of("data-samples", "havering-like");

    private static readonly Lazy<LoadResult> FromCsv = new(() => CaseDataLoader.Load(Sample, DataFormat.Canonical));

    private static readonly Lazy<IReadOnlyList<string>> CsvKpis = new(() => KpiRows(FromCsv.Value.Data));

    private static IReadOnlyList<string> KpiRows(CaseData data)
    {
        var results = KpiEngine.Compute(data, new KpiEngineOptions());
        using var text = new StringWriter();
        KpiTable.WriteCsv(results, text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static void AssertSameAsCsv(LoadResult load)
    {
        Assert.Equal(DataFormat.Canonical, load.Format);
        Assert.True(FromCsv.Value.ErrorCount == load.ErrorCount,
            string.Join("\n", load.Issues.Where(i => i.Severity != IssueSeverity.Info).Take(8)));
        Assert.Equal(FromCsv.Value.Data.Contacts.Count, load.Data.Contacts.Count);
        Assert.Equal(FromCsv.Value.Data.MissingEpisodes, load.Data.MissingEpisodes);
        Assert.Equal(FromCsv.Value.Data.LacEpisodes, load.Data.LacEpisodes);
        Assert.Equal(FromCsv.Value.Data.Supplied!.Tables.Order(), load.Data.Supplied!.Tables.Order());
        Assert.Equal(FromCsv.Value.Data.Supplied!.Fields.Order(), load.Data.Supplied!.Fields.Order());
        var expected = CsvKpis.Value;
        var actual = KpiRows(load.Data);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    private static IEnumerable<string> SampleTables() => Directory.EnumerateFiles(Sample, "*.csv").Order(StringComparer.Ordinal);

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    [Fact]
    public void DuckDbDatabase_ConvertedByDuckDbsCsvReader_GivesTheCsvKpiTable()
    {
        using var tmp = new TempFolder();
        var file = tmp.File("council.duckdb");
        using (var c = new DuckDBConnection($"Data Source={file}"))
        {
            c.Open();
            foreach (var csv in SampleTables())
            {
                Execute(c, $"CREATE TABLE \"{Path.GetFileNameWithoutExtension(csv)}\" AS SELECT * FROM read_csv({Literal(csv)}, header = true)");
            }
        }

        var load = CaseDataLoader.Load(file);

        AssertSameAsCsv(load);
        Assert.Contains(load.Files, f => f.Path.EndsWith("#main.contacts", StringComparison.Ordinal) && f.Rows == FromCsv.Value.Data.Contacts.Count);
        // Each table names the database file's SHA-256 and size (for the run record and the report's footer).
        Assert.Single(load.Files.Select(f => (f.Sha256, f.Bytes)).Distinct());
        Assert.Equal(new FileInfo(file).Length, load.Files[0].Bytes);
        Assert.Equal(64, load.Files[0].Sha256.Length);
    }

    [Fact]
    public void ParquetFolder_WrittenByDuckDb_GivesTheCsvKpiTable()
    {
        using var tmp = new TempFolder();
        using (var c = new DuckDBConnection("Data Source=:memory:"))
        {
            c.Open();
            foreach (var csv in SampleTables())
            {
                var parquet = tmp.File(Path.GetFileNameWithoutExtension(csv) + ".parquet");
                Execute(c, $"COPY (SELECT * FROM read_csv({Literal(csv)}, header = true)) TO {Literal(parquet)} (FORMAT parquet)");
            }
        }

        var load = CaseDataLoader.Load(tmp.Path);

        AssertSameAsCsv(load);
        Assert.Contains(load.Files, f => Path.GetFileName(f.Path) == "contacts.parquet" && f.Rows == FromCsv.Value.Data.Contacts.Count && f.Sha256.Length == 64);
    }

    [Fact]
    public void KitsWriters_ParquetAndDuckDb_GiveTheCsvKpiTable_WithTypedColumns()
    {
        using var tmp = new TempFolder();
        var folder = tmp.File("parquet");
        var written = CanonicalParquet.Write(FromCsv.Value.Data, folder);
        var database = tmp.File("council.duckdb");
        CanonicalDuckDb.Write(FromCsv.Value.Data, database);

        AssertSameAsCsv(CaseDataLoader.Load(folder));
        AssertSameAsCsv(CaseDataLoader.Load(database));

        Assert.Contains(written, p => Path.GetFileName(p) == "population.parquet");
        // As another program sees the files: DuckDB's Parquet reader.
        var missing = DescribeParquet(Path.Combine(folder, "missing_episodes.parquet"));
        Assert.Equal(["VARCHAR", "VARCHAR", "TIMESTAMP", "TIMESTAMP", "VARCHAR", "BOOLEAN", "TIMESTAMP"], missing.Values);
        var lac = DescribeParquet(Path.Combine(folder, "lac_episodes.parquet"));
        Assert.Equal("DATE", lac["start_date"]);
        Assert.Equal("DOUBLE", lac["placement_distance_miles"]);
        Assert.Equal("INTEGER", DescribeParquet(Path.Combine(folder, "population.parquet"))["aged_0_17"]);
        Assert.Equal(typeof(DateOnly), ReadSchema(Path.Combine(folder, "children.parquet"))["date_of_birth"]);
        using var c = new DuckDBConnection($"Data Source={database}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT data_type FROM information_schema.columns WHERE table_name = 'cp_plans' ORDER BY ordinal_position";
        using var r = cmd.ExecuteReader();
        var types = new List<string>();
        while (r.Read())
        {
            types.Add(r.GetString(0));
        }
        Assert.Equal(["VARCHAR", "VARCHAR", "DATE", "DATE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER"], types);
    }

    /// <summary>A Parquet file's column types as DuckDB reads them, by name, in column order.</summary>
    internal static OrderedDictionary<string, string> DescribeParquet(string path)
    {
        using var c = new DuckDBConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"DESCRIBE SELECT * FROM read_parquet({Literal(path)})";
        using var r = cmd.ExecuteReader();
        var types = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        while (r.Read())
        {
            types.Add(r.GetString(0), r.GetString(1));
        }
        return types;
    }

    internal static Dictionary<string, Type> ReadSchema(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        try
        {
            return reader.Schema.GetDataFields().ToDictionary(f => f.Name, f => f.ClrType);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Fact]
    public void Parquet_BadValuesAndUnreadableColumns_AreLocatedIssues()
    {
        using var tmp = new TempFolder();
        using (var c = new DuckDBConnection("Data Source=:memory:"))
        {
            c.Open();
            Execute(c, $"""
                COPY (SELECT * FROM (VALUES
                    ('C1', 'M', TIMESTAMP '2010-01-31 00:00:00', [1, 2]),
                    ('C2', 'F', TIMESTAMP '2010-02-28 09:30:00', [3]),
                    (NULL, 'F', TIMESTAMP '2011-03-01 00:00:00', [4])) AS t(child_id, sex, date_of_birth, tags))
                TO {Literal(tmp.File("children.parquet"))} (FORMAT parquet)
                """);
            Execute(c, $"""
                COPY (SELECT * FROM (VALUES
                    ('CT1', 'C1', '2016-04-01', 'NFA'),
                    ('CT2', 'C1', '31/04/2016', 'NFA'),
                    ('CT3', 'C2', '2016-05-02', 'MAYBE')) AS t(contact_id, child_id, contact_date, outcome))
                TO {Literal(tmp.File("contacts.parquet"))} (FORMAT parquet)
                """);
        }
        File.WriteAllBytes(tmp.File("referrals.parquet"), "PAR1 this is not parquet"u8.ToArray());

        var load = CaseDataLoader.Load(tmp.Path);

        Assert.Equal(["C1"], load.Data.Children.Select(ch => ch.ChildId));
        Assert.Equal(new DateOnly(2010, 1, 31), load.Data.Children[0].DateOfBirth);
        Assert.Contains(load.Issues, i => i is { RuleId: CanonicalRules.ColumnType, File: "children.parquet", Column: "tags" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_DATE_FORMAT", File: "children.parquet", Line: 2, Column: "date_of_birth", Value: "2010-02-28T09:30:00" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_MISSING_VALUE", File: "children.parquet", Line: 3, Column: "child_id" });
        Assert.Equal(["CT1"], load.Data.Contacts.Select(ct => ct.ContactId));
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_DATE_FORMAT", File: "contacts.parquet", Line: 2, Column: "contact_date", Value: "31/04/2016" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_UNKNOWN_CODE", File: "contacts.parquet", Line: 3, Column: "outcome", Value: "MAYBE" });
        Assert.Contains(load.Issues, i => i is { RuleId: CanonicalRules.TableUnreadable, File: "referrals.parquet", Severity: IssueSeverity.Error });
        Assert.Contains(load.Files, f => Path.GetFileName(f.Path) == "children.parquet" && f.Rows == 3 && f.Rejected == 2);
        Assert.Contains(load.Files, f => Path.GetFileName(f.Path) == "referrals.parquet" && f.Unusable);
    }

    [Fact]
    public void DuckDb_BadValuesMissingColumnsAndOtherTables_AreLocatedIssues()
    {
        using var tmp = new TempFolder();
        var file = tmp.File("council.duckdb");
        using (var c = new DuckDBConnection($"Data Source={file}"))
        {
            c.Open();
            Execute(c, "CREATE TABLE children (child_id VARCHAR, date_of_birth DATE, uasc VARCHAR)");
            Execute(c, "INSERT INTO children VALUES ('C1', DATE '2010-01-31', 'Y'), ('C2', DATE '2010-02-28', 'perhaps')");
            Execute(c, "CREATE TABLE contacts (contact_id VARCHAR, child_id VARCHAR, outcome VARCHAR)");
            Execute(c, "INSERT INTO contacts VALUES ('CT1', 'C1', 'NFA')");
            Execute(c, "CREATE TABLE referrals (referral_id INTEGER, child_id VARCHAR, referral_date TIMESTAMP, nfa BOOLEAN, source BLOB)");
            Execute(c, "INSERT INTO referrals VALUES (7, 'C1', TIMESTAMP '2016-04-01 00:00:00', true, NULL), (8, 'C9', TIMESTAMP '2016-04-02 00:00:00', NULL, NULL)");
            Execute(c, "CREATE TABLE notes (x VARCHAR)");
        }

        var load = CaseDataLoader.Load(file);

        // C2's uasc 'perhaps' is not a flag: a warning, read as unknown, the child kept.
        Assert.Equal(["C1", "C2"], load.Data.Children.Select(ch => ch.ChildId));
        Assert.True(load.Data.Children[0].Uasc);
        Assert.Null(load.Data.Children[1].Uasc);
        Assert.Contains(load.Issues, i => i is { Severity: IssueSeverity.Warning, RuleId: "CAN_FLAG_FORMAT", File: "main.children", Line: 2, Column: "uasc", Value: "perhaps" });
        Assert.Contains(load.Issues, i => i is { RuleId: "CAN_MISSING_COLUMNS", File: "main.contacts", Column: "contact_date" });
        Assert.Empty(load.Data.Contacts);
        Assert.Equal(["7", "8"], load.Data.Referrals.Select(r => r.ReferralId));
        Assert.True(load.Data.Referrals[0].Nfa);
        Assert.Equal(new DateOnly(2016, 4, 1), load.Data.Referrals[0].ReferralDate);
        Assert.Contains(load.Issues, i => i is { RuleId: CanonicalRules.ColumnType, File: "main.referrals", Column: "source" });
        Assert.Contains(load.Issues, i => i is { RuleId: CanonicalRules.OrphanChild, File: "main.referrals", Line: 2, Value: "C9" });
        Assert.Contains(load.Issues, i => i is { RuleId: CanonicalRules.UnknownFile, File: "main.notes" });
    }

    [Fact]
    public void ColumnKinds_MatchTheTypesInTheDataModel()
    {
        var doc = File.ReadAllText(RepositoryPaths.Of("docs", "data-model.md"));
        foreach (var table in CanonicalSchema.Tables)
        {
            var start = doc.IndexOf($"### {table.FileName}", StringComparison.Ordinal);
            var end = doc.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
            var section = end < 0 ? doc[start..] : doc[start..end];
            foreach (var column in table.Columns)
            {
                var line = section.Split('\n').First(l => l.StartsWith($"| `{column}` |", StringComparison.Ordinal));
                var type = line.Split('|')[2].Trim();
                var expected = type switch
                {
                    "date" => CanonicalColumnKind.Date,
                    "date-time" => CanonicalColumnKind.DateTime,
                    "flag" => CanonicalColumnKind.Flag,
                    "number" => column == "placement_distance_miles" ? CanonicalColumnKind.Number : CanonicalColumnKind.WholeNumber,
                    _ => CanonicalColumnKind.Text,
                };
                Assert.True(expected == CanonicalSchema.KindOf(column), $"{table.FileName} {column}: the doc says {type}, KindOf says {CanonicalSchema.KindOf(column)}");
            }
        }
    }
}
