using System.Buffers;
using System.Data.Common;
using System.Globalization;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Mapping;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Data.Validation;
using Csc.Analysis.Domain;
using DuckDB.NET.Data;

namespace Csc.Analysis.Data.Canonical;

/// <summary>
/// Loads a canonical extract: a folder of CSV files named as in <see cref="CanonicalSchema"/>
/// (file names matched case-insensitively), columns read by name in any order. Streams every file
/// (memory grows with the rows kept, not the file size). Each row is validated as it is read
/// (<see cref="CanonicalRules"/>): a row with an error is not loaded and the error says why; a row
/// with only warnings is loaded. Absent tables are empty, with an info issue.
/// </summary>
public sealed class CanonicalExtractLoader : ICaseDataLoader
{
    private static readonly ParseRuleIds Rules = CanonicalRules.Parse;

    /// <summary>The format this loader reads.</summary>
    public DataFormat Format => DataFormat.Canonical;

    /// <summary>
    /// True for a folder holding children.csv or any other canonical table file (or, when it has none, children.parquet
    /// or any other table as Parquet), or a DuckDB database file (<see cref="CanonicalDuckDb.IsDatabase"/>).
    /// </summary>
    public bool CanLoad(string path)
    {
        if (CanonicalDuckDb.IsDatabase(path))
        {
            return true;
        }
        if (!Directory.Exists(path))
        {
            return false;
        }
        var files = FindFiles(path, null);
        return CanonicalSchema.Tables.Any(t => files.ContainsKey(t.FileName)) || FindFolderTables(path).Count > 0
            || CanonicalSchema.Tables.Any(t => FindFiles(path, null, CanonicalParquet.Extension).ContainsKey(t.FileName));
    }

    /// <summary>Loads <paramref name="path"/>: every row is loaded or reported as an issue with its file, line, column and value.</summary>
    public LoadResult Load(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var database = CanonicalDuckDb.IsDatabase(path);
        if (!Directory.Exists(path) && !database)
        {
            throw new DataLoadException(File.Exists(path)
                ? $"'{path}' is a file; a canonical extract is a folder of CSV or Parquet files (children.csv, contacts.csv, ...) or a DuckDB database file (.duckdb)."
                : $"'{path}' does not exist.");
        }
        DuckDBConnection? connection = null;
        if (database)
        {
            try
            {
                connection = CanonicalDuckDb.Open(path);
            }
            catch (DbException ex)
            {
                throw new DataLoadException($"'{path}' cannot be opened as a DuckDB database: {ex.Message}");
            }
        }
        using var owned = connection;
        return Load(new Context(path, options, connection, null), options);
    }

    /// <summary>
    /// Loads a council's own export through a column mapping (<see cref="ExtractMapping"/>): the mapping's problems,
    /// then every mapped table read as the canonical table, each row checked as a canonical row and every issue naming
    /// the source file, line and column.
    /// </summary>
    public static LoadResult Load(ExtractMapping mapping, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(options);
        var ctx = new Context(mapping.SourceFolder, options, null, mapping);
        foreach (var problem in mapping.Problems)
        {
            ctx.Issues.Add(problem);
        }
        return Load(ctx, options);
    }

    private static LoadResult Load(Context ctx, LoadOptions options)
    {
        ReportFolder(ctx);

        // children.csv first: the other tables check their child ids against it. The other tables
        // are independent of each other, so they are read side by side, each into its own issue
        // list; the lists and files are then appended in the fixed table order, so the result is
        // the same as reading them one after another.
        var children = ctx.Finish(ctx.ReadTable(CanonicalSchema.Children, "child_id", ReadChild, checkChild: false));
        var contacts = ctx.Start(CanonicalSchema.Contacts, "contact_id", ReadContact);
        var referrals = ctx.Start(CanonicalSchema.Referrals, "referral_id", ReadReferral);
        var assessments = ctx.Start(CanonicalSchema.Assessments, "assessment_id", ReadAssessment);
        var section47 = ctx.Start(CanonicalSchema.Section47, "s47_id", ReadSection47);
        var cpPlans = ctx.Start(CanonicalSchema.CpPlans, "cp_plan_id", ReadCpPlan);
        var cpVisits = ctx.Start(CanonicalSchema.CpVisits, "visit_id", ReadCpVisit);
        var cinPlans = ctx.Start(CanonicalSchema.CinPlans, "cin_plan_id", ReadCinPlan);
        var lac = ctx.Start(CanonicalSchema.LacEpisodes, "episode_id", r => ReadLacEpisode(r, options));
        var missing = ctx.Start(CanonicalSchema.MissingEpisodes, "missing_id", ReadMissing);
        var advocacy = ctx.Start(CanonicalSchema.Advocacy, "advocacy_id", ReadAdvocacy);
        var earlyHelp = ctx.Start(CanonicalSchema.EarlyHelp, "early_help_id", ReadEarlyHelp);
        var events = ctx.Start(CanonicalSchema.Events, null, ReadEvent, checkChild: false);
        var cpReviews = ctx.Start(CanonicalSchema.CpReviews, "cp_review_id", ReadCpReview);
        var lacReviews = ctx.Start(CanonicalSchema.LacReviews, "lac_review_id", ReadLacReview);
        var lacHealth = ctx.Start(CanonicalSchema.LacHealth, "health_check_id", ReadHealthCheck);
        var careLeavers = ctx.Start(CanonicalSchema.CareLeavers, "care_leaver_id", ReadCareLeaver);
        var population = ctx.Start(CanonicalSchema.Population, "year", ReadPopulation, checkChild: false);
        var data = new CaseData
        {
            ExtractDate = options.ExtractDate,
            Children = children,
            Contacts = ctx.Finish(contacts),
            Referrals = ctx.Finish(referrals),
            Assessments = ctx.Finish(assessments),
            Section47Enquiries = ctx.Finish(section47),
            CpPlans = ctx.Finish(cpPlans),
            CpVisits = ctx.Finish(cpVisits),
            CinPlans = ctx.Finish(cinPlans),
            LacEpisodes = ctx.Finish(lac),
            MissingEpisodes = ctx.Finish(missing),
            Advocacy = ctx.Finish(advocacy),
            EarlyHelp = ctx.Finish(earlyHelp),
            Events = ctx.Finish(events),
            CpReviews = ctx.Finish(cpReviews),
            LacReviews = ctx.Finish(lacReviews),
            LacHealth = ctx.Finish(lacHealth),
            CareLeavers = ctx.Finish(careLeavers),
            Population = ctx.Finish(population),
        };
        ctx.ReportCouncilColumns();
        data = data with { Supplied = ctx.Supplied() };
        return new LoadResult(DataFormat.Canonical, data, ctx.Issues.Issues, ctx.Files);
    }

    private static void ReportFolder(Context ctx)
    {
        if (ctx.Mapping is { } mapping)
        {
            if (mapping.Tables.Count == 0)
            {
                ctx.Issues.Error(CanonicalRules.NoTables, Path.GetFileName(mapping.Path), null, null, null, "the mapping has no table that can be read (see the issues above).");
            }
            return;
        }
        foreach (var (table, folder) in ctx.FolderTables)
        {
            ctx.Issues.Error(CanonicalRules.NotAFile, table.FileName, null, null, null,
                $"{Path.GetFileName(folder)} is a folder, not a file; the {Path.GetFileNameWithoutExtension(table.FileName)} table is empty. Put the CSV file in its place.");
            ctx.Files.Add(new SourceFile(folder, string.Empty, 0, 0) { Unusable = true, Table = table.Kind });
        }
        if (!CanonicalSchema.Tables.Any(t => ctx.FilesByName.ContainsKey(t.FileName)) && ctx.FolderTables.Count == 0)
        {
            ctx.Issues.Error(CanonicalRules.NoTables, ctx.Folder, null, null, null, ctx.Database is null
                ? $"no canonical table files found; expected {string.Join(", ", CanonicalSchema.Tables.Select(t => t.FileName))}."
                : $"no canonical tables found in the main schema; expected {string.Join(", ", CanonicalSchema.Tables.Select(CanonicalDuckDb.TableName))}.");
        }
        foreach (var (used, ignored) in ctx.NameClashes)
        {
            ctx.Issues.Warning(CanonicalRules.DuplicateFile, Path.GetFileName(ignored), null, null, null,
                $"the folder also has {Path.GetFileName(used)}, the same name in other letter case; {Path.GetFileName(used)} is read and this file is ignored. Remove one of them.");
        }
        var known = new HashSet<string>(CanonicalSchema.Tables.Select(t => t.FileName), StringComparer.OrdinalIgnoreCase);
        foreach (var name in ctx.FilesByName.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            ctx.Issues.Info(CanonicalRules.UnknownFile, ctx.Database is null ? ctx.UnknownName(name) : "main." + ctx.UnknownName(name), null, null, null,
                ctx.Database is null ? "not a canonical table file; ignored." : "not a canonical table; ignored.");
        }
    }

    // Sub-folders named as a table file (referrals.csv/), which hide the table: the table and the folder.
    private static List<(CanonicalTable Table, string Folder)> FindFolderTables(string folder)
    {
        var byName = CanonicalSchema.Tables.ToDictionary(t => t.FileName, StringComparer.OrdinalIgnoreCase);
        return [.. Directory.EnumerateDirectories(folder, "*", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            .Where(d => byName.ContainsKey(Path.GetFileName(d)))
            .Select(d => (byName[Path.GetFileName(d)], d))];
    }

    // The .csv (or .parquet) files of the folder by name, ignoring case (the first in ordinal order wins; the others are
    // clashes). A Parquet file is keyed by its table's CSV name (children.parquet as children.csv).
    private static Dictionary<string, string> FindFiles(string folder, List<(string Used, string Ignored)>? clashes, string extension = ".csv")
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(f);
            if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var key = extension == ".csv" ? name : name[..^extension.Length] + ".csv";
            if (!files.TryAdd(key, f))
            {
                clashes?.Add((files[key], f));
            }
        }
        return files;
    }

    // The canonical tables of a DuckDB database, keyed by their CSV names (children as children.csv), each with its columns.
    private static Dictionary<string, string> FindTables(Dictionary<string, List<(string Name, string Type)>> tables)
        => tables.Keys.Order(StringComparer.Ordinal).ToDictionary(t => t + ".csv", t => t, StringComparer.OrdinalIgnoreCase);

    private sealed class Context(string folder, LoadOptions options, DuckDBConnection? database, ExtractMapping? mapping)
    {
        /// <summary>The column mapping read, or null.</summary>
        public ExtractMapping? Mapping { get; } = mapping;

        private Dictionary<string, string>? filesByName;
        private Dictionary<string, List<(string Name, string Type)>>? databaseTables;
        private bool? parquet;
        private readonly Lock databaseLock = new();

        public string Folder { get; } = folder;

        /// <summary>The DuckDB database read, or null for a folder.</summary>
        public DuckDBConnection? Database { get; } = database;

        /// <summary>True when the folder's tables are Parquet files (it has no canonical CSV file, and a canonical Parquet file).</summary>
        public bool Parquet => parquet ??= Database is null && Mapping is null
            && !CanonicalSchema.Tables.Any(t => FindFiles(Folder, null).ContainsKey(t.FileName)) && FindFolderTables(Folder).Count == 0
            && CanonicalSchema.Tables.Any(t => FindFiles(Folder, null, CanonicalParquet.Extension).ContainsKey(t.FileName));

        // The database file's SHA-256 and size, named on each of its tables (computed once, on first use).
        private Lazy<(string Sha256, long Bytes)> DatabaseHash => databaseHash ??= new(() =>
        {
            using var stream = new FileStream(Folder, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)), stream.Length);
        });

        private Lazy<(string Sha256, long Bytes)>? databaseHash;

        private Dictionary<string, List<(string Name, string Type)>> DatabaseTables => databaseTables ??= CanonicalDuckDb.Tables(Database!);

        /// <summary>How an entry of <see cref="FilesByName"/> that is no canonical table is named in its issue.</summary>
        public string UnknownName(string key) => Database is not null ? FilesByName[key] : Path.GetFileName(FilesByName[key]);

        public IssueCollector Issues { get; } = new();

        public List<SourceFile> Files { get; } = [];

        public List<(string Used, string Ignored)> NameClashes { get; } = [];

        public Dictionary<string, string> FilesByName => filesByName ??= Mapping is not null
            ? Mapping.Tables.ToDictionary(t => t.Table.FileName, t => t.File, StringComparer.OrdinalIgnoreCase)
            : Database is not null ? FindTables(DatabaseTables)
            : FindFiles(Folder, NameClashes, Parquet ? CanonicalParquet.Extension : ".csv");

        public List<(CanonicalTable Table, string Folder)> FolderTables => folderTables ??= Database is not null || Mapping is not null ? [] : FindFolderTables(Folder);

        private List<(CanonicalTable Table, string Folder)>? folderTables;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<OptionalField, bool> fields = new();

        /// <summary>Notes which of the table's extension columns its header carries (once per file).</summary>
        private void NoteFields(CanonicalTable table, RowReader row)
        {
            foreach (var column in table.Schema.Extension)
            {
                if (column != CanonicalSchema.CouncilColumn && row.HasColumn(column))
                {
                    fields.TryAdd(CanonicalSchema.ExtensionColumns[column], true);
                }
            }
        }

        /// <summary>The tables whose files were there, and the optional columns their headers had.</summary>
        public DataSupplied Supplied() => new()
        {
            Tables = CanonicalSchema.Tables.Where(t => FilesByName.ContainsKey(t.FileName)).Select(t => t.Kind).ToHashSet(),
            Fields = fields.Keys.ToHashSet(),
        };

        // Every child_id seen in children.csv (rejected rows too: the child exists), with the line it
        // is first on; null when the table is unusable. In a stack (children.csv with la_code) the keys are
        // CouncilKey(council, child_id): a child id is unique only within its council.
        public Dictionary<string, long>? ChildIds { get; private set; }

        // True when children.csv carried la_code, so ChildIds are keyed by council.
        private bool childIdsByCouncil;

        // The tables whose header had la_code, and those (with rows) that had not: a stack whose tables disagree is reported.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<CanonicalTable, bool> councilColumn = new();

        // One CouncilCode per code text, shared by every row of the council (rows compare their council by reference when split).
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CouncilCode> councils = new(StringComparer.Ordinal);

        /// <summary>A key unique across a stack: the council's code and the id (an id is unique only within its council).</summary>
        private static string CouncilKey(CouncilCode? council, string id) => council is null ? id : string.Concat(council.Value, "\u001f", id);

        /// <summary>
        /// The row's council: null when its header has no la_code; else the code, or an error on the row when the value
        /// is blank or not a code (the row is then not loaded).
        /// </summary>
        private CouncilCode? ReadCouncil(RowReader row, bool hasColumn)
        {
            if (!hasColumn)
            {
                return null;
            }
            var text = row.Text(CanonicalSchema.CouncilColumn);
            if (text is null)
            {
                row.Error(CanonicalRules.CouncilCode, CanonicalSchema.CouncilColumn, null, $"la_code is blank; every row of a table with la_code names its council ({CouncilCode.Expected}). This row is not loaded.");
                return null;
            }
            if (councils.TryGetValue(text, out var known))
            {
                return known;
            }
            if (!CouncilCode.TryParse(text, out var code))
            {
                row.Error(CanonicalRules.CouncilCode, CanonicalSchema.CouncilColumn, text, $"'{text}' is not a council code: use {CouncilCode.Expected}. This row is not loaded.");
                return null;
            }
            // Codes that differ only in letter case (e09000016, E09000016) are one council.
            return councils.GetOrAdd(text, _ => councils.Values.FirstOrDefault(c => c == code) ?? code);
        }

        /// <summary>
        /// A warning for each table with rows whose header has no la_code when other tables have it: its rows belong to no
        /// council, so they are left out of every council's KPIs (events excepted: every council shares them).
        /// </summary>
        public void ReportCouncilColumns()
        {
            if (!councilColumn.Values.Any(v => v))
            {
                return;
            }
            foreach (var table in CanonicalSchema.Tables.Where(t => councilColumn.TryGetValue(t, out var has) && !has && t != CanonicalSchema.Events))
            {
                var name = Mapping is not null ? Path.GetFileName(Mapping.Path) : Database is not null ? "main." + CanonicalDuckDb.TableName(table) : Path.GetFileName(FilesByName[table.FileName]);
                Issues.Warning(CanonicalRules.CouncilColumnAbsent, name, null, CanonicalSchema.CouncilColumn, null,
                    $"other tables name each row's council in la_code but this one does not: its rows belong to no council and are left out of every council's KPIs. Add la_code to it.");
            }
        }

        /// <summary>Starts reading a table on the thread pool (see <see cref="ReadTable"/>).</summary>
        public Task<TableRead<T>> Start<T>(CanonicalTable table, string? idColumn, Func<RowReader, T?> parse, bool checkChild = true)
            where T : class
            => Task.Run(() => ReadTable(table, idColumn, parse, checkChild));

        /// <summary>Appends a table's issues and file to the load's, and returns its rows.</summary>
        public List<T> Finish<T>(Task<TableRead<T>> read)
            where T : class
            => Finish(read.GetAwaiter().GetResult());

        /// <inheritdoc cref="Finish{T}(Task{TableRead{T}})"/>
        public List<T> Finish<T>(TableRead<T> read)
            where T : class
        {
            foreach (var issue in read.Issues.Issues)
            {
                Issues.Add(issue);
            }
            if (read.File is not null)
            {
                Files.Add(read.File);
            }
            return read.Rows;
        }

        /// <summary>
        /// Reads one table into its own issue list. Thread-safe once children.csv is read (that
        /// read sets <see cref="ChildIds"/>, which the others only look up).
        /// </summary>
        public TableRead<T> ReadTable<T>(CanonicalTable table, string? idColumn, Func<RowReader, T?> parse, bool checkChild = true)
            where T : class
        {
            var issues = new IssueCollector();
            if (!FilesByName.TryGetValue(table.FileName, out var path))
            {
                if (!CanonicalSchema.CoreTables.Contains(table))
                {
                    // Optional tables: their absence is reported by the KPIs they feed, not as a load issue.
                    return new TableRead<T>([], issues, null);
                }
                if (FolderTables.Any(f => f.Table == table))
                {
                    return new TableRead<T>([], issues, null); // reported as CAN_NOT_A_FILE
                }
                var more = table == CanonicalSchema.Children ? " Child ids in the other tables are not checked." : string.Empty;
                if (Mapping is not null)
                {
                    issues.Info(CanonicalRules.TableAbsent, Path.GetFileName(Mapping.Path), null, null, null,
                        $"the mapping has no {CanonicalDuckDb.TableName(table)} table that can be read; the table is empty.{more}");
                }
                else
                {
                    issues.Info(CanonicalRules.TableAbsent, table.FileName, null, null, null, $"{table.FileName} is absent; the table is empty.{more}");
                }
                return new TableRead<T>([], issues, null);
            }
            var isChildren = table == CanonicalSchema.Children;
            var capacity = Database is null && !Parquet ? EstimateRows(path) : 0;
            var mapped = Mapping?.Tables.First(t => t.Table == table);
            var rows = new List<T>(capacity);
            var seen = idColumn is null ? null : new Dictionary<string, long>(capacity, StringComparer.Ordinal);
            var childIds = checkChild ? ChildIds : null;
            RowReader? prepared = null;
            RowReader? noted = null;
            var byCouncil = false;
            var join = childIds is null ? null : new ChildJoin();
            void OnRow(RowReader row)
            {
                if (!ReferenceEquals(noted, row))
                {
                    NoteFields(table, row); // once per file (the row reader is reused)
                    byCouncil = row.HasColumn(CanonicalSchema.CouncilColumn);
                    councilColumn[table] = byCouncil;
                    if (isChildren)
                    {
                        childIdsByCouncil = byCouncil;
                    }
                    noted = row;
                }
                // Child ids are checked only when both tables say (or both do not say) which council a row is of.
                var checkChildren = childIds is not null && byCouncil == childIdsByCouncil;
                if (checkChildren && !byCouncil && !ReferenceEquals(prepared, row))
                {
                    row.UseKnownValues("child_id", childIds!); // once per file (the row reader is reused)
                    prepared = row;
                }
                var council = ReadCouncil(row, byCouncil);
                if (byCouncil && council is null)
                {
                    return; // a blank or malformed la_code: reported on the row
                }
                if (seen is not null)
                {
                    var id = row.Text(idColumn!);
                    if (id is not null)
                    {
                        var key = CouncilKey(council, id);
                        if (!seen.TryAdd(key, row.Line))
                        {
                            var where = council is null ? string.Empty : $" in council {council}";
                            row.Error(CanonicalRules.DuplicateId, idColumn, id, $"{idColumn} '{id}' is used again{where} (first on line {seen[key]}); this row is not loaded.");
                            return;
                        }
                    }
                }
                var record = parse(row);
                if (checkChildren && !row.HasErrors && row.Text("child_id") is { } child)
                {
                    var known = byCouncil ? childIds!.ContainsKey(CouncilKey(council, child)) : row.IsKnown("child_id");
                    join?.Count(child, known);
                    if (!known)
                    {
                        var where = council is null ? string.Empty : $" under council {council}";
                        row.Warning(CanonicalRules.OrphanChild, "child_id", child, $"child_id '{child}' is not in children.csv{where}; the row is kept.");
                    }
                }
                if (!row.HasErrors && record is not null)
                {
                    rows.Add(council is null ? record : CouncilPartition.WithCouncil(record, council));
                }
            }
            SourceFile file;
            if (Database is not null)
            {
                // One connection, read one table at a time.
                lock (databaseLock)
                {
                    file = CanonicalDuckDb.Read(Database, Folder, path, DatabaseTables[path], table, issues, Rules, options.ExtractDate, OnRow);
                    file = file with { Sha256 = DatabaseHash.Value.Sha256, Bytes = DatabaseHash.Value.Bytes };
                }
            }
            else if (mapped is not null)
            {
                file = MappedTableReader.Read(mapped, Path.GetFileName(Mapping!.Path), issues, Rules, options.ExtractDate, OnRow);
            }
            else
            {
                file = Parquet ? CanonicalParquet.Read(path, table, issues, Rules, options.ExtractDate, OnRow)
                    : CsvTableReader.Read(path, Path.GetFileName(path), table.Schema, issues, Rules, options.ExtractDate, OnRow);
            }
            if (join is not null && join.Check(issues, Database is not null ? CanonicalDuckDb.TableName(table) : Path.GetFileName(file.Path), childIds!, options.MaxOrphanChildShare))
            {
                file = file with { ChildIdsDoNotJoin = true };
            }
            if (isChildren)
            {
                // A header-only children.csv knows no child; an unusable one (no rows read because
                // of a header error, or no id seen) leaves child ids unchecked.
                // children.csv's ids are the ones its duplicate check has seen.
                ChildIds = seen!.Count > 0 || issues.ErrorCount == 0 ? seen : null;
            }
            return new TableRead<T>(rows, issues, file with { Table = table.Kind });
        }
    }

    /// <summary>
    /// About how many rows a file has, to size its row list and id table once instead of letting
    /// them double (and rehash) as millions of rows arrive: its line ends, counted in a quick pass
    /// over the bytes (exact for files without line breaks inside fields). Capped at a row per 16
    /// bytes and 16 million, so a file of blank lines cannot make a huge table.
    /// </summary>
    private static int EstimateRows(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long lineEnds = 0;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lineEnds += buffer.AsSpan(0, n).Count((byte)'\n');
            }
            return (int)Math.Min(Math.Min(lineEnds, stream.Length / 16), 1 << 24);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>What reading one table gave: its rows, its issues and the file read (null when absent).</summary>
    private sealed record TableRead<T>(List<T> Rows, IssueCollector Issues, SourceFile? File);

    private static void CheckEnd(RowReader row, string startColumn, DateOnly? start, string endColumn, DateOnly? end)
    {
        if (start is { } s && end is { } e && e < s)
        {
            row.Error(CanonicalRules.EndBeforeStart, endColumn, IsoFormat.Date(e), $"{endColumn} {IsoFormat.Date(e)} is before {startColumn} {IsoFormat.Date(s)}.");
        }
    }

    private static Child? ReadChild(RowReader r)
    {
        var id = r.Text("child_id", required: true);
        var dob = r.Date("date_of_birth");
        var uasc = r.Flag("uasc", FlagStyles.Any);
        return r.HasErrors ? null : new Child(id!, r.Text("sex"), dob, r.Text("ethnicity"), r.Text("disability"), r.Text("home_postcode")) { Uasc = uasc };
    }

    private static Contact? ReadContact(RowReader r)
    {
        var id = r.Text("contact_id", required: true);
        var child = r.Text("child_id", required: true);
        var date = r.Date("contact_date", required: true);
        var brag = r.Code("brag_rating", CanonicalCodes.Brag.List);
        var outcome = r.Code("outcome", CanonicalCodes.ContactOutcomes.List, required: true);
        return r.HasErrors ? null : new Contact(id!, child!, date!.Value, r.Text("source"),
            brag is null ? BragRating.None : CanonicalCodes.Brag.Value(brag), CanonicalCodes.ContactOutcomes.Value(outcome!), r.Text("team"));
    }

    private static Referral? ReadReferral(RowReader r)
    {
        var id = r.Text("referral_id", required: true);
        var child = r.Text("child_id", required: true);
        var date = r.Date("referral_date", required: true);
        var nfa = r.Flag("nfa", FlagStyles.Any);
        var closure = r.Date("closure_date");
        var reason = r.Code("reason_for_closure", CanonicalCodes.ReasonForClosure, unknownSeverity: IssueSeverity.Warning);
        var need = r.Code("primary_need_code", CanonicalCodes.PrimaryNeed, unknownSeverity: IssueSeverity.Warning);
        CheckEnd(r, "referral_date", date, "closure_date", closure);
        return r.HasErrors ? null : new Referral(id!, child!, date!.Value, r.Text("source"), nfa ?? false, r.Text("team"), r.Text("worker"))
        {
            ClosureDate = closure,
            ReasonForClosure = reason,
            PrimaryNeedCode = need,
        };
    }

    private static Assessment? ReadAssessment(RowReader r)
    {
        var id = r.Text("assessment_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.Date("start_date", required: true);
        var authorised = r.Date("authorised_date");
        var outcome = r.Code("outcome", CanonicalCodes.AssessmentOutcomes.List);
        CheckEnd(r, "start_date", start, "authorised_date", authorised);
        return r.HasErrors ? null : new Assessment(id!, child!, r.Text("referral_id"), start!.Value, authorised,
            outcome is null ? null : CanonicalCodes.AssessmentOutcomes.Value(outcome), r.Text("team"), r.Text("worker"));
    }

    private static Section47Enquiry? ReadSection47(RowReader r)
    {
        var id = r.Text("s47_id", required: true);
        var child = r.Text("child_id", required: true);
        var sd = r.Date("strategy_discussion_date", required: true);
        var notRequired = r.Flag("icpc_not_required", FlagStyles.Any);
        var icpc = r.Date("icpc_date");
        var recorded = r.Date("icpc_recorded_date");
        var cpPlan = r.Flag("cp_plan_from_icpc", FlagStyles.Any);
        if (r.HasErrors)
        {
            return null;
        }
        if (icpc is { } i && i < sd!.Value)
        {
            r.Warning(CanonicalRules.IcpcBeforeS47, "icpc_date", IsoFormat.Date(i),
                $"icpc_date {IsoFormat.Date(i)} is before strategy_discussion_date {IsoFormat.Date(sd.Value)}; kept, but excluded from ICPC timeliness.");
        }
        if (icpc is { } i2 && recorded is { } rec && rec < i2)
        {
            r.Warning(CanonicalRules.IcpcRecordedBeforeIcpc, "icpc_recorded_date", IsoFormat.Date(rec), $"icpc_recorded_date {IsoFormat.Date(rec)} is before icpc_date {IsoFormat.Date(i2)}.");
        }
        if (icpc is null && cpPlan == true && notRequired != true)
        {
            r.Warning(CanonicalRules.IcpcDateMissing, "icpc_date", null,
                "cp_plan_from_icpc is Y but icpc_date is blank: the conference was held but has no date, so it is not counted as an ICPC.");
        }
        if (notRequired == true && icpc is { } i3)
        {
            r.Warning(CanonicalRules.IcpcNotRequiredConflict, "icpc_date", IsoFormat.Date(i3), $"icpc_not_required is Y but icpc_date is {IsoFormat.Date(i3)}; counted as no ICPC.");
        }
        return new Section47Enquiry(id!, child!, sd!.Value, notRequired ?? false, icpc, recorded, cpPlan, r.Text("team"), r.Text("worker"));
    }

    private static CpPlan? ReadCpPlan(RowReader r)
    {
        var id = r.Text("cp_plan_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.Date("start_date", required: true);
        var end = r.Date("end_date");
        var initial = r.Code("initial_category", CanonicalCodes.CpCategory, unknownSeverity: IssueSeverity.Warning);
        var latest = r.Code("latest_category", CanonicalCodes.CpCategory, unknownSeverity: IssueSeverity.Warning);
        var previous = r.Number("previous_cp_plans");
        CheckEnd(r, "start_date", start, "end_date", end);
        if (previous is { } p && (p < 0 || p != Math.Floor(p)))
        {
            r.Warning(CanonicalRules.NotAWholeNumber, "previous_cp_plans", r.Text("previous_cp_plans"), "previous_cp_plans must be a whole number, 0 or more; treated as not recorded, the plan is kept.");
            previous = null;
        }
        return r.HasErrors ? null : new CpPlan(id!, child!, start!.Value, end, initial, latest, r.Text("team"), r.Text("worker"))
        {
            PreviousCpPlans = previous is { } n ? (int)n : null,
        };
    }

    private static CpVisit? ReadCpVisit(RowReader r)
    {
        var id = r.Text("visit_id", required: true);
        var child = r.Text("child_id", required: true);
        var date = r.Date("visit_date", required: true);
        var alone = r.Flag("seen_alone", FlagStyles.Any);
        return r.HasErrors ? null : new CpVisit(id!, child!, date!.Value, alone, r.Text("worker"));
    }

    private static CinPlan? ReadCinPlan(RowReader r)
    {
        var id = r.Text("cin_plan_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.Date("start_date", required: true);
        var end = r.Date("end_date");
        CheckEnd(r, "start_date", start, "end_date", end);
        return r.HasErrors ? null : new CinPlan(id!, child!, start!.Value, end, r.Text("team"), r.Text("worker"));
    }

    private static LacEpisode? ReadLacEpisode(RowReader r, LoadOptions options)
    {
        var id = r.Text("episode_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.Date("start_date", required: true);
        var end = r.Date("end_date");
        const IssueSeverity warn = IssueSeverity.Warning;
        var rne = r.Code("reason_new_episode", CanonicalCodes.ReasonNewEpisode, unknownSeverity: warn);
        var ls = r.Code("legal_status", CanonicalCodes.LegalStatus, required: true, unknownSeverity: warn);
        var cin = r.Code("category_of_need", CanonicalCodes.CategoryOfNeed, unknownSeverity: warn);
        var place = r.Code("placement_type", CanonicalCodes.PlacementType, unknownSeverity: warn);
        var provider = r.Code("placement_provider", CanonicalCodes.PlacementProvider, unknownSeverity: warn);
        var distance = r.Number("placement_distance_miles");
        var inside = r.Flag("placement_inside_la", FlagStyles.Any);
        var rec = r.Code("reason_ceased", CanonicalCodes.ReasonCeased, unknownSeverity: warn);
        CheckEnd(r, "start_date", start, "end_date", end);
        if (r.HasErrors)
        {
            return null;
        }
        var distanceText = r.Text("placement_distance_miles");
        if (distance < 0)
        {
            r.Warning(CanonicalRules.NegativeDistance, "placement_distance_miles", distanceText, "a distance cannot be negative; treated as unknown, the episode is kept.");
            distance = null;
        }
        else if (distance > options.MaxPlausibleDistanceMiles)
        {
            r.Warning(CanonicalRules.ImplausibleDistance, "placement_distance_miles", distanceText,
                string.Create(CultureInfo.InvariantCulture, $"{distance} miles is more than {options.MaxPlausibleDistanceMiles} miles, implausible for a placement from England; kept. Check the postcodes."));
        }
        return new LacEpisode(id!, child!, start!.Value, end, rne, ls!, cin, place, provider, r.Text("placement_postcode"), distance, inside, rec);
    }

    private static MissingEpisode? ReadMissing(RowReader r)
    {
        var id = r.Text("missing_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.DateTime("start_datetime", required: true);
        var end = r.DateTime("end_datetime");
        var type = r.Code("missing_or_absent", CanonicalCodes.MissingTypes.List, required: true);
        var offered = r.Flag("rhi_offered", FlagStyles.Any);
        var rhi = r.DateTime("rhi_completed_datetime");
        if (start is { } s && end is { } e && e < s)
        {
            r.Error(CanonicalRules.EndBeforeStart, "end_datetime", IsoFormat.DateTime(e), $"end_datetime {IsoFormat.DateTime(e)} is before start_datetime {IsoFormat.DateTime(s)}.");
        }
        if (r.HasErrors)
        {
            return null;
        }
        if (rhi is { } done && end is { } back && done < back)
        {
            r.Warning(CanonicalRules.RhiBeforeReturn, "rhi_completed_datetime", IsoFormat.DateTime(done), $"rhi_completed_datetime {IsoFormat.DateTime(done)} is before the return (end_datetime {IsoFormat.DateTime(back)}); kept.");
        }
        return new MissingEpisode(id!, child!, start!.Value, end, CanonicalCodes.MissingTypes.Value(type!), offered, rhi);
    }

    private static AdvocacyAllocation? ReadAdvocacy(RowReader r)
    {
        var id = r.Text("advocacy_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.Date("start_date", required: true);
        var end = r.Date("end_date");
        CheckEnd(r, "start_date", start, "end_date", end);
        return r.HasErrors ? null : new AdvocacyAllocation(id!, child!, start!.Value, end);
    }

    private static EarlyHelpEpisode? ReadEarlyHelp(RowReader r)
    {
        var id = r.Text("early_help_id", required: true);
        var child = r.Text("child_id", required: true);
        var start = r.Date("start_date", required: true);
        var end = r.Date("end_date");
        var route = r.Code("route", CanonicalCodes.EarlyHelpRoutes.List, required: true);
        CheckEnd(r, "start_date", start, "end_date", end);
        return r.HasErrors ? null : new EarlyHelpEpisode(id!, child!, start!.Value, end, CanonicalCodes.EarlyHelpRoutes.Value(route!));
    }

    private static ContextEvent? ReadEvent(RowReader r)
    {
        // Events may be planned ahead (a post vacant until next month): no future-date check.
        var date = r.Date("date", required: true, allowFuture: true);
        var end = r.Date("end_date", allowFuture: true);
        var label = r.Text("label", required: true);
        CheckEnd(r, "date", date, "end_date", end);
        return r.HasErrors ? null : new ContextEvent(date!.Value, end, label!, r.Text("category"));
    }

    private static CpReview? ReadCpReview(RowReader r)
    {
        var id = r.Text("cp_review_id", required: true);
        var plan = r.Text("cp_plan_id", required: true);
        var child = r.Text("child_id", required: true);
        var date = r.Date("review_date", required: true);
        return r.HasErrors ? null : new CpReview(id!, plan!, child!, date!.Value);
    }

    private static LacReview? ReadLacReview(RowReader r)
    {
        var id = r.Text("lac_review_id", required: true);
        var child = r.Text("child_id", required: true);
        var date = r.Date("review_date", required: true);
        return r.HasErrors ? null : new LacReview(id!, child!, date!.Value);
    }

    private static LacHealthCheck? ReadHealthCheck(RowReader r)
    {
        var id = r.Text("health_check_id", required: true);
        var child = r.Text("child_id", required: true);
        var type = r.Code("check_type", CanonicalCodes.HealthCheckTypes.List, required: true);
        var date = r.Date("check_date", required: true);
        var status = r.Code("status", CanonicalCodes.HealthCheckStatuses.List, required: true);
        return r.HasErrors ? null : new LacHealthCheck(id!, child!, CanonicalCodes.HealthCheckTypes.Value(type!), date!.Value, CanonicalCodes.HealthCheckStatuses.Value(status!));
    }

    private static CareLeaver? ReadCareLeaver(RowReader r)
    {
        var id = r.Text("care_leaver_id", required: true);
        var child = r.Text("child_id", required: true);
        var birthday = r.Date("birthday_date", required: true);
        var inTouch = r.Code("in_touch", CanonicalCodes.CareLeaverContacts.List, required: true);
        var suitable = r.Flag("accommodation_suitable", FlagStyles.Any);
        return r.HasErrors ? null : new CareLeaver(id!, child!, birthday!.Value, CanonicalCodes.CareLeaverContacts.Value(inTouch!),
            r.Text("activity"), r.Text("accommodation"), suitable);
    }

    private static PopulationEstimate? ReadPopulation(RowReader r)
    {
        var year = r.Number("year", required: true);
        var count = r.Number("aged_0_17", required: true);
        if (year is { } y && (y != Math.Floor(y) || y < 1900 || y > 2200))
        {
            r.Error(CanonicalRules.Parse.NumberFormat, "year", r.Text("year"), "year must be a calendar year such as 2016 (the mid-year of the estimate).");
        }
        if (count is { } c && (c != Math.Floor(c) || c <= 0))
        {
            r.Error(CanonicalRules.Parse.NumberFormat, "aged_0_17", r.Text("aged_0_17"), "aged_0_17 must be a whole number of children above 0.");
        }
        return r.HasErrors ? null : new PopulationEstimate((int)year!.Value, (int)count!.Value);
    }
}
