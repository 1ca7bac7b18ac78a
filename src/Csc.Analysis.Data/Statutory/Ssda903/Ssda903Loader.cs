using System.Globalization;
using Csc.Analysis.Data.Loading;
using Csc.Analysis.Data.Parsing;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Statutory;

/// <summary>
/// Loads SSDA903 (looked-after children) CSV tables: a folder of tables (header.csv,
/// episodes.csv, missing.csv, uasc.csv, reviews.csv, oc2.csv, oc3.csv, ad1.csv,
/// placed_for_adoption.csv, previous_permanence.csv) or a single table. A table is recognised by
/// its header, so files named like "SSDA903_2020_episodes.csv" load too. Columns are read by name.
/// header gives children, episodes give looked-after episodes, missing gives missing episodes,
/// reviews give looked-after reviews, uasc marks children as unaccompanied asylum seekers, oc2 gives
/// health assessments and dental checks (dated 31 March of the collection year) and oc3 care leavers
/// (their birthday in the collection year; suitability from the ACCOM code's last character); ad1,
/// placed_for_adoption and previous_permanence are validated and counted (the domain model has no place for them).
/// </summary>
public sealed class Ssda903Loader : ICaseDataLoader
{
    private const int MaxFilesToSniff = 64;

    /// <summary>The format this loader reads.</summary>
    public DataFormat Format => DataFormat.Ssda903;

    /// <summary>Whether <paramref name="path"/> looks like this format.</summary>
    public bool CanLoad(string path)
    {
        if (Directory.Exists(path))
        {
            // An SSD drop has ssd_cla_episodes.csv, whose name looks like a 903 episodes table.
            if (File.Exists(Path.Combine(path, Ssd.SsdSchema.Person.FileName)))
            {
                return false;
            }
            var csvs = CsvFiles(path);
            if (csvs.Any(f => Ssda903Tables.FromFileName(f) is { Name: "header" or "episodes" }))
            {
                return true;
            }
            return csvs.Take(MaxFilesToSniff).Any(f => SniffTable(f) is { Name: "header" or "episodes" });
        }
        return File.Exists(path)
            && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            && SniffTable(path) is not null;
    }

    /// <summary>Loads <paramref name="path"/>: every row is loaded or reported as an issue with its file, line, column and value.</summary>
    public LoadResult Load(string path, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> files;
        var single = false;
        if (Directory.Exists(path))
        {
            files = CsvFiles(path);
        }
        else if (File.Exists(path))
        {
            files = [path];
            single = true;
        }
        else
        {
            throw new DataLoadException($"'{path}' does not exist.");
        }
        if (CouncilFolders.AnyStacked(files))
        {
            // A regional stack: each council's rows loaded as that council's own tables (see CouncilFolders).
            return CouncilFolders.Load(files, DataFormat.Ssda903, folder => Load(folder, options));
        }
        var state = new LoadState(new IssueCollector(), options);
        if (!single)
        {
            state.Files.AddRange(SourceFiles.FoldersNamedAsFiles(path, "*.csv", state.Sink));
        }
        if (files.Count == 0)
        {
            state.Sink.Error(StatutoryRules.FileEmpty, Path.GetFileName(path), null, null, null,
                "The folder has no .csv files: expected SSDA903 tables such as header.csv and episodes.csv.");
        }

        // Identify every file by its header first, then read the tables in dependency order
        // (header before episodes and missing, so children can be cross-checked).
        var identified = new List<(string Path, Ssda903Table Table)>();
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            try
            {
                using var rows = CsvRows.Open(f, state.Sink, name);
                if (rows is null)
                {
                    state.Files.Add(SourceFiles.Describe(f, 0) with { Unusable = true });
                    continue;
                }
                var table = Ssda903Tables.Identify(rows.Header);
                if (table is null)
                {
                    state.Files.Add(SourceFiles.Describe(f, 0));
                    var message = $"The header ({Shorten(string.Join(",", rows.Header))}) matches no SSDA903 table: expected for example CHILD,DECOM,RNE,LS,... (episodes) or CHILD,SEX,DOB,ETHNIC,... (header).";
                    if (single)
                    {
                        state.Sink.Error(StatutoryRules.TableUnknown, name, rows.Line, null, null, message);
                    }
                    else
                    {
                        state.Sink.Warning(StatutoryRules.TableUnknown, name, rows.Line, null, null, message + " The file is skipped.");
                    }
                    continue;
                }
                if (Ssda903Tables.FromFileName(f) is { } byName && byName != table)
                {
                    state.Sink.Warning(StatutoryRules.TableUnknown, name, rows.Line, null, null,
                        $"The file name suggests the {byName.Name} table but its header is the {table.Name} table's; read as {table.Name}.");
                }
                identified.Add((f, table));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                state.Sink.Error(StatutoryRules.FileUnreadable, name, null, null, null, $"The file cannot be read: {ex.Message}");
            }
        }
        foreach (var table in Ssda903Tables.All)
        {
            foreach (var (f, _) in identified.Where(x => x.Table == table))
            {
                ReadTable(f, table, state);
            }
        }
        var data = state.Build();
        return new LoadResult(DataFormat.Ssda903, data, state.Sink.Issues, state.Files);
    }

    private static IReadOnlyList<string> CsvFiles(string folder)
        => [.. Directory.EnumerateFiles(folder, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];

    private static Ssda903Table? SniffTable(string file)
    {
        try
        {
            using var rows = CsvRows.Open(file, new IssueCollector(), Path.GetFileName(file));
            return rows is null ? null : Ssda903Tables.Identify(rows.Header);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Shorten(string s) => s.Length <= 100 ? s : string.Concat(s.AsSpan(0, 97), "...");

    private static void ReadTable(string path, Ssda903Table table, LoadState state)
    {
        var name = Path.GetFileName(path);
        var sink = state.Sink;
        long rowsRead = 0;
        long rejectedRows = 0;
        try
        {
            using var rows = CsvRows.Open(path, sink, name);
            if (rows is null)
            {
                return;
            }
            var map = ColumnMap.Match(rows.Header, table.Columns, sink, name, rows.Line, i => i < rows.Header.Count ? rows.Header[i] : StatutoryValues.ColumnLetters(i));
            if (map.Missing.Count > 0)
            {
                sink.Error(StatutoryRules.ColumnMissing, name, rows.Line, null, null,
                    $"The {table.Name} table cannot be read without {string.Join(", ", map.Missing)}; no rows were loaded from it.");
                state.Files.Add(SourceFiles.Describe(path, 0));
                return;
            }
            var fields = new FieldReader(sink, state.Options, name, DateStyle.Uk);
            var valid = 0L;
            var rejected = 0L;
            while (rows.Read())
            {
                rowsRead++;
                var errorsBefore = sink.ErrorCount;
                if (rows.RecordBroken)
                {
                    rejected++;
                    continue;
                }
                if (rows.Record.Count != rows.Header.Count)
                {
                    sink.Warning(StatutoryRules.CsvMalformed, name, rows.Line, null, null,
                        $"The row has {rows.Record.Count} fields but the header has {rows.Header.Count}; missing fields are read as blank, extra fields ignored.");
                }
                var ok = table.Name switch
                {
                    "header" => ReadChild(rows, map, fields, state),
                    "episodes" => ReadEpisode(rows, map, fields, state),
                    "missing" => ReadMissing(rows, map, fields, state),
                    "reviews" => ReadReview(ReadOther(rows, map, fields, table, state), fields, state),
                    "uasc" => ReadUasc(ReadOther(rows, map, fields, table, state), state),
                    "oc2" => ReadOc2(ReadOther(rows, map, fields, table, state), fields, state),
                    "oc3" => ReadOc3(ReadOther(rows, map, fields, table, state), map.Get(rows.Record, "ACCOM"), fields, state),
                    _ => ReadOther(rows, map, fields, table, state).Ok,
                };
                if (ok && sink.ErrorCount == errorsBefore)
                {
                    valid++;
                }
                else
                {
                    rejected++;
                }
            }
            if (rowsRead == 0)
            {
                sink.Warning(StatutoryRules.FileEmpty, name, rows.Line, null, null, $"The {table.Name} table has a header but no rows.");
            }
            state.Tables.Add(table.Name);
            if (table.Name is not ("header" or "episodes" or "missing" or "reviews" or "uasc" or "oc2" or "oc3"))
            {
                sink.Info(StatutoryRules.NotMapped, name, null, null, null,
                    $"The {table.Name} table was read and validated ({rowsRead} rows: {valid} valid, {rejected} with errors) but the domain model has no place for it; it is not loaded into the case data.");
            }
            rejectedRows = rejected;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Error(StatutoryRules.FileUnreadable, name, null, null, null, $"The file cannot be read after row {rowsRead}: {ex.Message}");
        }
        state.Files.Add(SourceFiles.Describe(path, rowsRead) with { Rejected = rejectedRows });
    }

    private static bool ReadChild(CsvRows rows, ColumnMap map, FieldReader f, LoadState state)
    {
        var r = rows.Record;
        var line = rows.Line;
        var errors = f.Sink.ErrorCount;
        var id = f.Text(line, "CHILD", map.Get(r, "CHILD"), required: true);
        var sex = f.Code(line, "SEX", map.Get(r, "SEX"), Ssda903Tables.Sex);
        var dob = f.Date(line, "DOB", map.Get(r, "DOB"));
        var ethnic = f.Code(line, "ETHNIC", map.Get(r, "ETHNIC"), Ssda903Tables.Ethnic);
        f.Leniently(() =>
        {
            f.Code(line, "MOTHER", map.Get(r, "MOTHER"), Ssda903Tables.Header.CodeColumns["MOTHER"]);
            f.Date(line, "MC_DOB", map.Get(r, "MC_DOB"));
        });
        if (id is null || f.Sink.ErrorCount > errors)
        {
            return false;
        }
        if (!state.ChildIds.Add(id))
        {
            f.Sink.Error(StatutoryRules.DuplicateId, f.File, line, "CHILD", id, $"Child {id} appears more than once in the header table; the later row is rejected.");
            return false;
        }
        var mappedSex = sex switch
        {
            "1" => "M",
            "2" => "F",
            _ => null,
        };
        state.Children.Add(new Child(id, mappedSex, dob, ethnic, null, null));
        return true;
    }

    private static bool ReadEpisode(CsvRows rows, ColumnMap map, FieldReader f, LoadState state)
    {
        var r = rows.Record;
        var line = rows.Line;
        var errors = f.Sink.ErrorCount;
        var child = f.Pooled(f.Text(line, "CHILD", map.Get(r, "CHILD"), required: true));
        var start = f.Date(line, "DECOM", map.Get(r, "DECOM"), required: true);
        var rne = f.Code(line, "RNE", map.Get(r, "RNE"), Ssda903Tables.ReasonNewEpisode);
        var ls = f.Code(line, "LS", map.Get(r, "LS"), Ssda903Tables.LegalStatus, required: true);
        var cin = f.Code(line, "CIN", map.Get(r, "CIN"), Ssda903Tables.CategoryOfNeed);
        var place = f.Code(line, "PLACE", map.Get(r, "PLACE"), Ssda903Tables.PlacementType);
        var provider = f.Code(line, "PLACE_PROVIDER", map.Get(r, "PLACE_PROVIDER"), Ssda903Tables.PlacementProvider);
        var end = f.Date(line, "DEC", map.Get(r, "DEC"));
        var rec = f.Code(line, "REC", map.Get(r, "REC"), Ssda903Tables.ReasonEpisodeCeased);
        f.Code(line, "REASON_PLACE_CHANGE", map.Get(r, "REASON_PLACE_CHANGE"), Ssda903Tables.ReasonPlaceChange);
        var home = f.Pooled(f.Text(line, "HOME_POST", map.Get(r, "HOME_POST")));
        var postcode = f.Pooled(f.Text(line, "PL_POST", map.Get(r, "PL_POST")));
        var location = f.Code(line, "PL_LOCATION", map.Get(r, "PL_LOCATION")?.ToUpperInvariant(), Ssda903Tables.PlacementLocation);
        var distance = f.Number(line, "PL_DISTANCE", map.Get(r, "PL_DISTANCE"));
        if (distance is { } miles && miles > state.Options.MaxPlausibleDistanceMiles)
        {
            f.Sink.Warning(StatutoryRules.NumberFormat, f.File, line, "PL_DISTANCE", miles.ToString(CultureInfo.InvariantCulture),
                $"PL_DISTANCE {miles} miles is farther than the plausible maximum of {state.Options.MaxPlausibleDistanceMiles} miles; kept.");
        }
        if (start is { } s0)
        {
            f.CheckOrder(line, "DECOM", s0, "DEC", end);
        }
        if (end is null && rec is not null)
        {
            f.Sink.Warning(StatutoryRules.DateOrder, f.File, line, "REC", rec, "REC is filled in but DEC (the episode end) is blank; the episode is read as open.");
        }
        if (child is null || start is not { } s || ls is null || f.Sink.ErrorCount > errors)
        {
            return false;
        }
        var id = string.Create(CultureInfo.InvariantCulture, $"{child}/{IsoFormat.Date(s)}");
        if (!state.EpisodeIds.Add(id))
        {
            f.Sink.Error(StatutoryRules.DuplicateId, f.File, line, "DECOM", map.Get(r, "DECOM"),
                $"Child {child} already has an episode starting {s:dd/MM/yyyy}; the later row is rejected.");
            return false;
        }
        if (state.HasHeader && !state.ChildIds.Contains(child))
        {
            f.Sink.Warning(StatutoryRules.ChildNotInHeader, f.File, line, "CHILD", child, $"Child {child} has an episode but is not in the header table; the episode is kept.");
        }
        if (home is not null && (!state.HomePostcodes.TryGetValue(child, out var known) || known.From <= s))
        {
            state.HomePostcodes[child] = (s, home);
        }
        bool? inside = location switch
        {
            "IN" => true,
            "OUT" => false,
            _ => null,
        };
        state.HasDistanceColumn |= map.Has("PL_DISTANCE");
        state.EpisodesFile ??= f.File;
        state.LatestDate = Later(Later(state.LatestDate, s), end);
        state.Episodes.Add(new LacEpisode(id, child, s, end, rne, ls, cin, place, provider, postcode, distance, inside, rec));
        return true;
    }

    private static bool ReadMissing(CsvRows rows, ColumnMap map, FieldReader f, LoadState state)
    {
        var r = rows.Record;
        var line = rows.Line;
        var errors = f.Sink.ErrorCount;
        var child = f.Pooled(f.Text(line, "CHILD", map.Get(r, "CHILD"), required: true));
        f.Leniently(() => f.Date(line, "DOB", map.Get(r, "DOB")));
        var kind = f.Text(line, "MISSING", map.Get(r, "MISSING"), required: true);
        MissingType? type = kind?.ToUpperInvariant() switch
        {
            "M" => MissingType.Missing,
            "A" => MissingType.Absent,
            _ => null,
        };
        if (kind is not null && type is null)
        {
            f.Sink.Error(StatutoryRules.CodeUnknown, f.File, line, "MISSING", kind, "MISSING must be M (missing) or A (absent).");
        }
        var start = f.Date(line, "MIS_START", map.Get(r, "MIS_START"), required: true);
        var end = f.Date(line, "MIS_END", map.Get(r, "MIS_END"));
        if (start is { } s0)
        {
            f.CheckOrder(line, "MIS_START", s0, "MIS_END", end);
        }
        if (child is null || start is not { } s || type is not { } t || f.Sink.ErrorCount > errors)
        {
            return false;
        }
        var id = string.Create(CultureInfo.InvariantCulture, $"{child}/{IsoFormat.Date(s)}");
        var n = state.MissingIdCounts.TryGetValue(id, out var c) ? c + 1 : 1;
        state.MissingIdCounts[id] = n;
        if (n > 1)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{id}#{n}");
        }
        if (state.HasHeader && !state.ChildIds.Contains(child))
        {
            f.Sink.Warning(StatutoryRules.ChildNotInHeader, f.File, line, "CHILD", child, $"Child {child} has a missing episode but is not in the header table; it is kept.");
        }
        state.MissingFile ??= f.File;
        state.Missing.Add(new MissingEpisode(id, child, s.ToDateTime(TimeOnly.MinValue), end?.ToDateTime(TimeOnly.MinValue), t, null, null));
        return true;
    }

    private static OtherRow ReadOther(CsvRows rows, ColumnMap map, FieldReader f, Ssda903Table table, LoadState state)
    {
        var r = rows.Record;
        var line = rows.Line;
        var errors = f.Sink.ErrorCount;
        var child = f.Pooled(f.Text(line, "CHILD", map.Get(r, "CHILD"), required: true));
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var c in table.DateColumns)
        {
            dates[c] = f.Date(line, c, map.Get(r, c), required: table.Columns.Any(x => x.Key == c && x.Required));
        }
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (c, list) in table.CodeColumns)
        {
            codes[c] = f.Code(line, c, map.Get(r, c), list);
        }
        if (child is not null && state.HasHeader && !state.ChildIds.Contains(child))
        {
            f.Sink.Warning(StatutoryRules.ChildNotInHeader, f.File, line, "CHILD", child, $"Child {child} is in the {table.Name} table but not in the header table.");
        }
        return new OtherRow(line, child, dates, codes, child is not null && f.Sink.ErrorCount == errors);
    }

    /// <summary>One validated row of a table read by <see cref="ReadOther"/>: its child, dates and codes by column.</summary>
    private sealed record OtherRow(long Line, string? Child, IReadOnlyDictionary<string, DateOnly?> Dates, IReadOnlyDictionary<string, string?> Codes, bool Ok)
    {
        public DateOnly? Date(string column) => Dates.TryGetValue(column, out var d) ? d : null;

        public string? Code(string column) => Codes.TryGetValue(column, out var c) ? c : null;
    }

    private static bool ReadReview(OtherRow row, FieldReader f, LoadState state)
    {
        if (!row.Ok || row.Child is not { } child || row.Date("REVIEW") is not { } date)
        {
            return false;
        }
        var id = string.Create(CultureInfo.InvariantCulture, $"{child}/{IsoFormat.Date(date)}");
        if (!state.ReviewIds.Add(id))
        {
            // Two reviews of one child on one day are one review recorded twice: the repeat changes no measure.
            f.Sink.Warning(StatutoryRules.DuplicateId, f.File, row.Line, "REVIEW", IsoFormat.Date(date),
                $"Child {child} already has a review on {date:dd/MM/yyyy}; the repeat is read as the same review.");
            return true;
        }
        state.Reviews.Add(new LacReview(id, child, date));
        return true;
    }

    private static bool ReadUasc(OtherRow row, LoadState state)
    {
        if (!row.Ok || row.Child is not { } child)
        {
            return false;
        }
        state.UascChildren.Add(child);
        return true;
    }

    private static bool ReadOc2(OtherRow row, FieldReader f, LoadState state)
    {
        if (!row.Ok || row.Child is not { } child)
        {
            return false;
        }
        if (!state.Oc2Children.Add(child))
        {
            f.Sink.Error(StatutoryRules.DuplicateId, f.File, row.Line, "CHILD", child, $"Child {child} appears more than once in the oc2 table; the later row is rejected.");
            return false;
        }
        state.Oc2.Add(new Oc2Row(child, Oc2Status(row.Code("HEALTH_CHECK")), Oc2Status(row.Code("TEETH_CHECK"))));
        return true;
    }

    // OC2 flags say only done (1) or not (0): the 903 does not tell a refusal from another reason.
    private static HealthCheckStatus? Oc2Status(string? flag) => flag switch
    {
        "1" => HealthCheckStatus.Completed,
        "0" => HealthCheckStatus.Other,
        _ => null,
    };

    private static bool ReadOc3(OtherRow row, string? accommodationText, FieldReader f, LoadState state)
    {
        if (!row.Ok || row.Child is not { } child)
        {
            return false;
        }
        CareLeaverContact? inTouch = row.Code("IN_TOUCH") switch
        {
            "YES" => CareLeaverContact.Yes,
            "NO" => CareLeaverContact.No,
            "DIED" => CareLeaverContact.Died,
            "REFU" => CareLeaverContact.Refused,
            "NREQ" => CareLeaverContact.NotRequired,
            "RHOM" => CareLeaverContact.ReturnedHome,
            _ => null,
        };
        if (inTouch is not { } contact)
        {
            f.Sink.Error(StatutoryRules.CodeUnknown, f.File, row.Line, "IN_TOUCH", row.Code("IN_TOUCH"),
                "IN_TOUCH must be YES, NO, DIED, REFU, NREQ or RHOM to count the care leaver; the row is rejected.");
            return false;
        }
        if (!state.Oc3Children.Add(child))
        {
            f.Sink.Error(StatutoryRules.DuplicateId, f.File, row.Line, "CHILD", child, $"Child {child} appears more than once in the oc3 table; the later row is rejected.");
            return false;
        }
        var accommodation = f.Text(row.Line, "ACCOM", accommodationText);
        // The ACCOM code's last character is its suitability: 1 suitable, 2 not suitable (anything else: not recorded).
        bool? suitable = accommodation is { Length: >= 2 } a ? a[^1] switch
        {
            '1' => true,
            '2' => false,
            _ => null,
        } : null;
        state.Oc3.Add(new Oc3Row(row.Line, child, row.Date("DOB"), contact, row.Code("ACTIV"), accommodation, suitable));
        return true;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null || (b is not null && b > a) ? b : a;

    /// <summary>An OC2 row waiting for the collection year that dates it.</summary>
    private sealed record Oc2Row(string Child, HealthCheckStatus? HealthAssessment, HealthCheckStatus? DentalCheck);

    /// <summary>An OC3 row waiting for the collection year that fixes its birthday.</summary>
    private sealed record Oc3Row(long Line, string Child, DateOnly? DateOfBirth, CareLeaverContact InTouch, string? Activity, string? Accommodation, bool? Suitable);

    private sealed class LoadState(IssueCollector sink, LoadOptions options)
    {
        public IssueCollector Sink { get; } = sink;

        public LoadOptions Options { get; } = options;

        public List<SourceFile> Files { get; } = [];

        public List<Child> Children { get; } = [];

        public HashSet<string> ChildIds { get; } = new(StringComparer.Ordinal);

        public bool HasHeader => Children.Count > 0 || ChildIds.Count > 0;

        public List<LacEpisode> Episodes { get; } = [];

        public HashSet<string> EpisodeIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (DateOnly From, string Postcode)> HomePostcodes { get; } = new(StringComparer.Ordinal);

        public bool HasDistanceColumn { get; set; }

        public string? EpisodesFile { get; set; }

        public string? MissingFile { get; set; }

        public List<MissingEpisode> Missing { get; } = [];

        /// <summary>The names of the tables that were read (a header-only file counts).</summary>
        public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);

        public List<LacReview> Reviews { get; } = [];

        public HashSet<string> ReviewIds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> UascChildren { get; } = new(StringComparer.Ordinal);

        public List<Oc2Row> Oc2 { get; } = [];

        public HashSet<string> Oc2Children { get; } = new(StringComparer.Ordinal);

        public List<Oc3Row> Oc3 { get; } = [];

        public HashSet<string> Oc3Children { get; } = new(StringComparer.Ordinal);

        /// <summary>The latest episode start or end, from which the collection year is inferred (reviews may run past the year).</summary>
        public DateOnly? LatestDate { get; set; }

        private int? CollectionYear()
        {
            if (Options.CollectionYear is { } given)
            {
                return given;
            }
            if (LatestDate is not { } latest)
            {
                return null;
            }
            var year = latest.Month >= 4 ? latest.Year + 1 : latest.Year;
            Sink.Info(StatutoryRules.NotCarried, Tables.Contains("oc3") ? "oc3.csv" : "oc2.csv", null, null, null,
                string.Create(CultureInfo.InvariantCulture, $"SSDA903 tables do not name their collection year: read as the year ending 31 March {year}, which holds the latest episode start or end ({latest:dd/MM/yyyy}). OC2 checks are dated 31/03/{year} and OC3 birthdays fall in April {year - 1} to March {year}; LoadOptions.CollectionYear sets another."));
            return year;
        }

        private List<LacHealthCheck> HealthChecks(int? year)
        {
            var checks = new List<LacHealthCheck>();
            if (Oc2.Count == 0)
            {
                return checks;
            }
            if (year is not { } y)
            {
                Sink.Info(StatutoryRules.NotCarried, "oc2.csv", null, null, null,
                    $"The {Oc2.Count} oc2 rows cannot be dated: no collection year was given and there are no episodes to infer it from; no health checks are loaded.");
                return checks;
            }
            var date = new DateOnly(y, 3, 31);
            foreach (var row in Oc2)
            {
                if (row.HealthAssessment is { } h)
                {
                    checks.Add(new LacHealthCheck(string.Create(CultureInfo.InvariantCulture, $"{row.Child}/HEALTH_ASSESSMENT/{y}"), row.Child, HealthCheckType.HealthAssessment, date, h));
                }
                if (row.DentalCheck is { } t)
                {
                    checks.Add(new LacHealthCheck(string.Create(CultureInfo.InvariantCulture, $"{row.Child}/DENTAL_CHECK/{y}"), row.Child, HealthCheckType.DentalCheck, date, t));
                }
            }
            Sink.Info(StatutoryRules.NotMapped, "oc2.csv", null, "HEALTH_CHECK, TEETH_CHECK", null,
                string.Create(CultureInfo.InvariantCulture, $"OC2 HEALTH_CHECK and TEETH_CHECK give one health assessment and one dental check per child dated 31/03/{y} (1 completed, 0 other: the 903 does not record refusals); SDQ, convictions, immunisations, HEALTH_ASSESSMENT and substance misuse are validated, not loaded."));
            return checks;
        }

        private List<CareLeaver> CareLeavers(int? year, IReadOnlyDictionary<string, DateOnly> births)
        {
            var leavers = new List<CareLeaver>();
            if (Oc3.Count == 0)
            {
                return leavers;
            }
            if (year is not { } y)
            {
                Sink.Info(StatutoryRules.NotCarried, "oc3.csv", null, null, null,
                    $"The {Oc3.Count} oc3 rows cannot be dated: no collection year was given and there are no episodes to infer it from; no care leavers are loaded.");
                return leavers;
            }
            var yearEnd = new DateOnly(y, 3, 31);
            foreach (var row in Oc3)
            {
                if ((row.DateOfBirth ?? (births.TryGetValue(row.Child, out var b) ? b : null)) is not { } dob)
                {
                    Sink.Error(StatutoryRules.ValueMissing, "oc3.csv", row.Line, "DOB", null,
                        $"Care leaver {row.Child} has no date of birth here or in the header table, so the birthday the record describes is unknown; the row is rejected.");
                    continue;
                }
                // The one birthday in the collection year (a 29 February birthday falls on 28 February in other years).
                var age = y - dob.Year;
                if (dob.AddYears(age) > yearEnd)
                {
                    age--;
                }
                if (age is < 17 or > 21)
                {
                    Sink.Warning(StatutoryRules.CodeUnknown, "oc3.csv", row.Line, "DOB", IsoFormat.Date(dob),
                        string.Create(CultureInfo.InvariantCulture, $"Care leaver {row.Child} turns {age} in the collection year, outside the 17th to 21st birthdays OC3 covers; kept."));
                }
                leavers.Add(new CareLeaver(string.Create(CultureInfo.InvariantCulture, $"{row.Child}/oc3/{y}"), row.Child, dob.AddYears(age), row.InTouch, row.Activity, row.Accommodation, row.Suitable));
            }
            return leavers;
        }

        private DataSupplied Supplied()
        {
            var tables = new HashSet<CaseTable>();
            void Add(string name, CaseTable table)
            {
                if (Tables.Contains(name))
                {
                    tables.Add(table);
                }
            }
            Add("header", CaseTable.Children);
            Add("episodes", CaseTable.LacEpisodes);
            Add("missing", CaseTable.MissingEpisodes);
            Add("reviews", CaseTable.LacReviews);
            Add("oc2", CaseTable.LacHealth);
            Add("oc3", CaseTable.CareLeavers);
            var fields = new HashSet<OptionalField>();
            if (Tables.Contains("uasc") && Tables.Contains("header"))
            {
                fields.Add(OptionalField.ChildUasc);
            }
            return new DataSupplied { Tables = tables, Fields = fields };
        }

        public Dictionary<string, int> MissingIdCounts { get; } = new(StringComparer.Ordinal);

        public CaseData Build()
        {
            // The uasc table lists the children who were unaccompanied asylum seekers; with it, every other child was not.
            var uascKnown = Tables.Contains("uasc");
            var children = Children
                .Select(c => HomePostcodes.TryGetValue(c.ChildId, out var h) ? c with { HomePostcode = h.Postcode } : c)
                .Select(c => uascKnown ? c with { Uasc = UascChildren.Contains(c.ChildId) } : c)
                .ToList();
            if (uascKnown)
            {
                Sink.Info(StatutoryRules.NotMapped, "uasc.csv", null, "CHILD", null, HasHeader
                    ? $"{UascChildren.Count} children of the uasc table are marked unaccompanied asylum-seeking; every other child of the header table is marked not (DUC, the day the status ends, is validated, not used)."
                    : $"The uasc table names {UascChildren.Count} children but there is no header table to mark them in; nothing is loaded from it.");
            }
            var year = Oc2.Count > 0 || Oc3.Count > 0 ? CollectionYear() : null;
            var births = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            foreach (var c in Children)
            {
                if (c.DateOfBirth is { } dob)
                {
                    births[c.ChildId] = dob;
                }
            }
            if (Episodes.Count > 0)
            {
                Sink.Info(StatutoryRules.IdSynthesised, EpisodesFile ?? "episodes.csv", null, "CHILD/DECOM", null,
                    "SSDA903 episodes have no id: each episode's id is CHILD/DECOM (for example 566910/2016-02-15).");
                if (!HasDistanceColumn)
                {
                    Sink.Info(StatutoryRules.NotCarried, EpisodesFile ?? "episodes.csv", null, "PL_DISTANCE", null,
                        "Placement distance is derived from HOME_POST and PL_POST grid references, which the kit does not hold offline: distances are blank. Add a PL_DISTANCE column (miles) to provide them.");
                }
            }
            if (!HasHeader && (Episodes.Count > 0 || Missing.Count > 0))
            {
                Sink.Info(StatutoryRules.NotCarried, EpisodesFile ?? MissingFile ?? "header.csv", null, null, null,
                    "No SSDA903 header table was loaded: children (sex, date of birth, ethnicity) are not available, only their episodes.");
            }
            if (Missing.Count > 0)
            {
                Sink.Info(StatutoryRules.NotCarried, MissingFile ?? "missing.csv", null, "RHI", null,
                    "SSDA903 has no return home interview fields and no times of day: RhiOffered and RhiCompletedDateTime are blank, MIS_START and MIS_END are read as midnight. Missing episode ids are CHILD/MIS_START.");
            }
            return new CaseData
            {
                ExtractDate = Options.ExtractDate,
                Children = children,
                LacEpisodes = Episodes,
                MissingEpisodes = Missing,
                LacReviews = Reviews,
                LacHealth = HealthChecks(year),
                CareLeavers = CareLeavers(year, births),
                Supplied = Supplied(),
            };
        }
    }
}
