using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Data.Canonical;
using Csc.Analysis.Data.Ssd;
using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Data.Synthetic;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi generate --out DIR [--seed N] [--from YYYY-MM] [--to YYYY-MM] [--scale F] [--plant icpc-recording|none]
/// [--format canonical|parquet|duckdb|ssda903|annex-a|ssd]</c>: writes synthetic case data that tells the May 2017 report's story
/// (see <see cref="SyntheticGenerator"/>). Deterministic for a seed. The canonical format is streamed one
/// council-sized unit at a time, so large scales do not need the whole data set in memory.
/// </summary>
internal sealed class GenerateCommand : ICliCommand
{
    /// <summary>Planted bad-row ids listed on the console (all are counted).</summary>
    public const int ShownBadRows = 20;

    public Command Build(CliEnvironment env)
    {
        var defaults = SyntheticOptions.Default;
        var output = new Option<string>("--out") { Description = "Folder to write into (created when missing; files of the same name are replaced).", Required = true };
        var seed = new Option<int>("--seed") { Description = $"Random seed (default {SyntheticOptions.DefaultSeed}); the same seed gives the same bytes.", DefaultValueFactory = _ => SyntheticOptions.DefaultSeed };
        var from = new Option<string>("--from") { Description = $"First month, YYYY-MM (default {defaults.From}).", DefaultValueFactory = _ => defaults.From.ToString() };
        var to = new Option<string>("--to") { Description = $"Last month, YYYY-MM (default {defaults.To}); the extract date is its last day.", DefaultValueFactory = _ => defaults.To.ToString() };
        var scale = new Option<double>("--scale") { Description = "Size in councils (default 1, a London borough); above 1 the data set is made of council-sized units.", DefaultValueFactory = _ => 1.0 };
        var plant = new Option<string>("--plant") { Description = "Planted data-quality pattern: icpc-recording (default) or none.", DefaultValueFactory = _ => PlantKind.IcpcRecording.Name() };
        var format = new Option<string>("--format") { Description = "canonical (default, CSV folder), parquet (the canonical tables as <table>.parquet), duckdb (canonical.duckdb, a table per canonical table), ssda903 (header, episodes, missing CSVs) annex-a (annex_a.xlsx, the last 12 months) or ssd (ssd_<table>.csv and ssd.sql, the Standard Safeguarding Dataset).", DefaultValueFactory = _ => "canonical" };

        var councils = new Option<int>("--councils") { Description = $"Write a stack of N councils (1 to {SyntheticCouncils.MaxCouncils}; canonical, parquet or duckdb): council i has the seed plus i and the code 001, 002, ... in a leading la_code column of every table.", DefaultValueFactory = _ => 1 };

        var cmd = new Command("generate", "Write synthetic case data telling the May 2017 KPI report's story (deterministic for a seed).\n\nExamples:\n  csc-kpi generate --out synthetic\n  csc-kpi generate --scale 50 --out big\n  csc-kpi generate --format ssda903 --out ssda903\n  csc-kpi generate --councils 30 --out stack");
        foreach (var o in new Option[] { output, seed, from, to, scale, plant, format, councils })
        {
            cmd.Options.Add(o);
        }
        cmd.SetAction(parse => Run(
            env,
            parse.GetValue(output)!,
            parse.GetValue(seed),
            parse.GetValue(from)!,
            parse.GetValue(to)!,
            parse.GetValue(scale),
            parse.GetValue(plant)!,
            parse.GetValue(format)!,
            parse.GetValue(councils)));
        return cmd;
    }

    private static ReportingMonth Month(string option, string text) => CliArguments.Month(option, text);

    /// <summary>The database file of --format duckdb.</summary>
    internal const string DuckDbFile = "canonical.duckdb";

    private static int Run(CliEnvironment env, string outText, int seed, string fromText, string toText, double scale, string plantText, string formatText, int councils)
    {
        if (councils is < 1 or > SyntheticCouncils.MaxCouncils)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--councils {councils} is out of range: use 1 to {SyntheticCouncils.MaxCouncils}."));
        }
        if (!PlantKinds.TryParse(plantText, out var plant))
        {
            throw new CliException($"unknown --plant '{plantText}': expected icpc-recording or none.");
        }
        var format = formatText.Trim().ToLowerInvariant();
        if (format is not ("canonical" or "parquet" or "duckdb" or "ssda903" or "annex-a" or "ssd"))
        {
            throw new CliException($"unknown --format '{formatText}': expected canonical, parquet, duckdb, ssda903, annex-a or ssd.");
        }
        if (councils > 1 && format is not ("canonical" or "parquet" or "duckdb"))
        {
            throw new CliException($"--councils writes a stack as canonical, parquet or duckdb, not {format}.");
        }
        var options = new SyntheticOptions
        {
            Seed = seed,
            From = Month("--from", fromText),
            To = Month("--to", toText),
            Scale = scale,
            Plant = plant,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }

        var folder = env.Resolve(outText);
        var planted = new List<PlantedRow>();
        // Every table of the canonical extract, the optional ones (reviews, health checks, care leavers, population) included.
        var rows = new long[CanonicalSchema.Tables.Count];
        using var stage = env.Progress.Stage(
            string.Create(CultureInfo.InvariantCulture, $"Generating {options.UnitCount * councils} unit(s) as {format}"), options.UnitCount * councils);
        IEnumerable<CaseData> Parts()
        {
            var all = councils > 1 ? SyntheticCouncils.GenerateUnits(options, councils).Select(u => u.Unit) : SyntheticGenerator.GenerateUnitsAhead(options);
            foreach (var unit in all)
            {
                planted.AddRange(unit.Planted);
                var counts = ValidateCommand.TableRows(unit.Data);
                for (var i = 0; i < rows.Length; i++)
                {
                    rows[i] += counts[i].Rows;
                }
                yield return unit.Data;
                stage.Increment();
            }
        }

        IReadOnlyList<string> files;
        switch (format)
        {
            case "canonical":
                files = CanonicalExtractWriter.WriteParts(Parts(), folder);
                break;
            case "parquet":
                files = CanonicalParquet.WriteParts(Parts(), folder);
                break;
            case "duckdb":
                Directory.CreateDirectory(folder);
                var database = Path.Combine(folder, DuckDbFile);
                CanonicalDuckDb.WriteParts(Parts(), database);
                files = [database];
                break;
            case "ssd":
                files = SsdWriter.Write(Merge(Parts(), options, lookedAfterOnly: false), folder);
                break;
            case "ssda903":
                files = Ssda903Writer.Write(Merge(Parts(), options, lookedAfterOnly: true), folder);
                break;
            default:
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, "annex_a.xlsx");
                AnnexAWriter.Write(Merge(Parts(), options, lookedAfterOnly: false), path, new AnnexAWriterOptions
                {
                    Period = new DateRange(options.To.PlusMonths(-11).FirstDay, options.ExtractDate),
                    ReferenceDate = options.ExtractDate,
                });
                files = [path];
                break;
        }
        stage.Dispose();
        Summary(env.Out, options, folder, format, files, rows, planted);
        if (councils > 1)
        {
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Councils: {councils} ({SyntheticCouncils.Code(0)} to {SyntheticCouncils.Code(councils - 1)}, seeds {options.Seed} to {SyntheticCouncils.For(options, councils - 1).Seed}), each row tagged in la_code."));
        }
        return ExitCodes.Ok;
    }

    /// <summary>The parts as one data set (the statutory writers need it whole), with the optional national-measure tables; SSDA903 needs only children, episodes, missing, reviews, health and care leavers.</summary>
    private static CaseData Merge(IEnumerable<CaseData> parts, SyntheticOptions options, bool lookedAfterOnly)
    {
        var children = new List<Child>();
        var episodes = new List<LacEpisode>();
        var missing = new List<MissingEpisode>();
        var contacts = new List<Contact>();
        var referrals = new List<Referral>();
        var assessments = new List<Assessment>();
        var s47 = new List<Section47Enquiry>();
        var cp = new List<CpPlan>();
        var visits = new List<CpVisit>();
        var cin = new List<CinPlan>();
        var advocacy = new List<AdvocacyAllocation>();
        var earlyHelp = new List<EarlyHelpEpisode>();
        var events = new List<ContextEvent>();
        var cpReviews = new List<CpReview>();
        var lacReviews = new List<LacReview>();
        var health = new List<LacHealthCheck>();
        var careLeavers = new List<CareLeaver>();
        foreach (var p in parts)
        {
            children.AddRange(p.Children);
            episodes.AddRange(p.LacEpisodes);
            missing.AddRange(p.MissingEpisodes);
            lacReviews.AddRange(p.LacReviews);
            health.AddRange(p.LacHealth);
            careLeavers.AddRange(p.CareLeavers);
            if (!lookedAfterOnly)
            {
                contacts.AddRange(p.Contacts);
                referrals.AddRange(p.Referrals);
                assessments.AddRange(p.Assessments);
                s47.AddRange(p.Section47Enquiries);
                cp.AddRange(p.CpPlans);
                visits.AddRange(p.CpVisits);
                cin.AddRange(p.CinPlans);
                advocacy.AddRange(p.Advocacy);
                earlyHelp.AddRange(p.EarlyHelp);
                events.AddRange(p.Events);
                cpReviews.AddRange(p.CpReviews);
            }
        }
        return new CaseData
        {
            ExtractDate = options.ExtractDate,
            Children = children,
            LacEpisodes = episodes,
            MissingEpisodes = missing,
            Contacts = contacts,
            Referrals = referrals,
            Assessments = assessments,
            Section47Enquiries = s47,
            CpPlans = cp,
            CpVisits = visits,
            CinPlans = cin,
            Advocacy = advocacy,
            EarlyHelp = earlyHelp,
            Events = events,
            CpReviews = cpReviews,
            LacReviews = lacReviews,
            LacHealth = health,
            CareLeavers = careLeavers,
        };
    }

    private static void Summary(TextWriter o, SyntheticOptions options, string folder, string format, IReadOnlyList<string> files, long[] rows, List<PlantedRow> planted)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"Wrote {format} data to {folder}");
        o.WriteLine(string.Create(inv, $"Seed {options.Seed}, {options.From} to {options.To} (extract date {IsoFormat.Date(options.ExtractDate)}), scale {options.Scale} ({options.UnitCount} unit(s)), plant {options.Plant.Name()}"));
        o.WriteLine();
        o.WriteLine("Rows generated:");
        var names = ValidateCommand.TableRows(CaseData.Empty);
        for (var i = 0; i < rows.Length; i++)
        {
            o.WriteLine(string.Create(inv, $"  {names[i].Table,-18} {rows[i],10}"));
        }
        o.WriteLine();
        o.WriteLine("Files:");
        foreach (var f in files)
        {
            o.WriteLine($"  {Path.GetFileName(f)}");
        }
        o.WriteLine();
        if (options.Plant == PlantKind.None)
        {
            o.WriteLine("Planted: nothing (--plant none).");
            return;
        }
        o.WriteLine(string.Create(inv, $"Planted (icpc-recording): team '{SyntheticGenerator.PlantedTeam}' enters the ICPC date as the recording date from {IsoFormat.Date(SyntheticGenerator.PlantStart(options))}."));
        foreach (var kind in Enum.GetValues<PlantedRowKind>())
        {
            o.WriteLine(string.Create(inv, $"  {kind,-24} {planted.Count(p => p.Kind == kind),6} section 47 rows"));
        }
        var bad = planted.Where(p => p.IsBadRow).ToList();
        if (bad.Count > 0)
        {
            o.WriteLine("Bad rows (missing or mistyped ICPC dates):");
            foreach (var p in bad.Take(ShownBadRows))
            {
                o.WriteLine(string.Create(inv, $"  {p.S47Id} {p.Kind}: strategy discussion {IsoFormat.Date(p.StrategyDiscussionDate)}, conference {IsoFormat.Date(p.ConferenceDate)}, icpc_date {(p.IcpcDate is { } d ? IsoFormat.Date(d) : "(blank)")}"));
            }
            if (bad.Count > ShownBadRows)
            {
                o.WriteLine(string.Create(inv, $"  ... and {bad.Count - ShownBadRows} more."));
            }
        }
    }
}
