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
/// header gives children, episodes give looked-after episodes, missing gives missing episodes;
/// the other tables are validated and counted (the domain model has no place for them).
/// </summary>
public sealed class Ssda903Loader : ICaseDataLoader
{
    private const int MaxFilesToSniff = 64;

    public DataFormat Format => DataFormat.Ssda903;

    public bool CanLoad(string path)
    {
        if (Directory.Exists(path))
        {
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
        var state = new LoadState(new IssueCollector(), options);
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
                    state.Files.Add(SourceFiles.Describe(f, 0));
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
                    _ => ReadOther(rows, map, fields, table, state),
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
            if (table.Name is not ("header" or "episodes" or "missing"))
            {
                sink.Info(StatutoryRules.NotMapped, name, null, null, null,
                    $"The {table.Name} table was read and validated ({rowsRead} rows: {valid} valid, {rejected} with errors) but the domain model has no place for it; it is not loaded into the case data.");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Error(StatutoryRules.FileUnreadable, name, null, null, null, $"The file cannot be read after row {rowsRead}: {ex.Message}");
        }
        state.Files.Add(SourceFiles.Describe(path, rowsRead));
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

    private static bool ReadOther(CsvRows rows, ColumnMap map, FieldReader f, Ssda903Table table, LoadState state)
    {
        var r = rows.Record;
        var line = rows.Line;
        var errors = f.Sink.ErrorCount;
        var child = f.Text(line, "CHILD", map.Get(r, "CHILD"), required: true);
        foreach (var c in table.DateColumns)
        {
            f.Date(line, c, map.Get(r, c), required: table.Columns.Any(x => x.Key == c && x.Required));
        }
        foreach (var (c, codes) in table.CodeColumns)
        {
            f.Code(line, c, map.Get(r, c), codes);
        }
        if (child is not null && state.HasHeader && !state.ChildIds.Contains(child))
        {
            f.Sink.Warning(StatutoryRules.ChildNotInHeader, f.File, line, "CHILD", child, $"Child {child} is in the {table.Name} table but not in the header table.");
        }
        return child is not null && f.Sink.ErrorCount == errors;
    }

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

        public Dictionary<string, int> MissingIdCounts { get; } = new(StringComparer.Ordinal);

        public CaseData Build()
        {
            var children = Children
                .Select(c => HomePostcodes.TryGetValue(c.ChildId, out var h) ? c with { HomePostcode = h.Postcode } : c)
                .ToList();
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
            };
        }
    }
}
