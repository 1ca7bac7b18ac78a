using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reliability;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Cli.Commands;

/// <summary>
/// <c>csc-kpi kpis</c>: the whole KPI pack for every month, as a tidy CSV or JSON table. Data errors
/// found while loading are summarised on stderr and the usable rows are used; the table is written and the
/// exit code is 1 when rows or files were rejected (the KPIs those tables feed get an <c>unreliable</c>
/// column, see <see cref="UnreliableColumn"/>), 0 when nothing was; exit 2 for usage errors.
/// </summary>
internal sealed class KpisCommand : ICliCommand
{
    private const int MaxRulesShown = 10;

    public Command Build(CliEnvironment env)
    {
        var data = new Option<string>("--data") { Description = "Case data: a folder or file in any supported format.", Required = true };
        var format = new Option<string>("--format") { Description = "auto (default), canonical, ssda903, cin-census, annex-a or ssd.", DefaultValueFactory = _ => "auto" };
        var from = new Option<string?>("--from") { Description = "First month, YYYY-MM (default: the earliest event's month)." };
        var to = new Option<string?>("--to") { Description = "Last month, YYYY-MM (default: the last complete month of the data)." };
        var config = new Option<string?>("--config") { Description = "KPI config (JSON): targets, bands, timescales. Default: the built-in catalogue." };
        var output = new Option<string>("--out") { Description = "Output file: .json for JSON, anything else CSV.", Required = true };
        var cmd = new Command("kpis", "Compute every KPI for every month: value, numerator, denominator, year to date, target and RAG.\n\nExamples:\n  csc-kpi kpis --data data-samples/havering-like --out kpis.csv\n  csc-kpi kpis --data extract/ --from 2016-04 --to 2017-03 --config kpi-config.json --out kpis.json");
        foreach (var o in new Option[] { data, format, from, to, config, output })
        {
            cmd.Options.Add(o);
        }
        var database = DatabaseOptions.AddTo(cmd);
        var mapping = MappingOption.AddTo(cmd);
        cmd.SetAction(parse => Run(env, database.Read(parse), mapping.Read(parse, env),
            parse.GetValue(data)!, parse.GetValue(format) ?? "auto", parse.GetValue(from), parse.GetValue(to), parse.GetValue(config), parse.GetValue(output)!));
        return cmd;
    }

    private static int Run(CliEnvironment env, DatabaseSource? database, string? mapping, string dataPath, string formatText, string? fromText, string? toText, string? configPath, string outPath)
    {
        var format = CliArguments.DataFormat("--format", formatText);
        var (from, to) = CliArguments.MonthRange(fromText, toText);
        KpiConfig kpiConfig;
        try
        {
            kpiConfig = configPath is null ? KpiConfig.Default : KpiConfig.Load(env.Resolve(configPath));
        }
        catch (KpiConfigException ex)
        {
            throw new CliException(ex.Message);
        }

        CliArguments.RefuseOverInputs("--out", env.Resolve(outPath), database is null ? env.Resolve(dataPath) : null, configPath is null ? null : env.Resolve(configPath));
        var load = DatabaseOptions.Load(env, database, dataPath, format, mapping: mapping);
        Summarise(env.Error, $"Loading {database?.Display ?? dataPath} ({load.Format.Name()})", load.Issues, "rows with errors were left out; the rest are used");
        if (RowCount(load.Data) == 0)
        {
            env.Error.WriteLine($"csc-kpi: no usable rows in {dataPath}; nothing to compute. Fix the errors above and run again.");
            return ExitCodes.DataErrors;
        }

        var engineOptions = new KpiEngineOptions { From = from, To = to, Config = kpiConfig };
        var councils = CouncilPartition.Split(load.Data);
        if (councils.IsStack)
        {
            return RunCouncils(env, load, councils, engineOptions with { Catalog = kpiConfig.Apply() }, outPath, dataPath);
        }
        var results = env.Progress.Run("Calculating KPIs", () => KpiEngine.Compute(load.Data, engineOptions));
        Summarise(env.Error, "Calculating KPIs", results.Issues, "those records were left out of the KPIs named");
        if (results.Months.Count == 0)
        {
            env.Error.WriteLine($"csc-kpi: the data in {dataPath} has no dates, so there are no months to report.");
            return ExitCodes.DataErrors;
        }

        var outFull = env.Resolve(outPath);
        var reliability = KpiReliability.Assess(load, results.Catalog);
        WriteTable(results, outFull, reliability);
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {results.Series.Count} KPIs x {results.Months.Count} months ({results.Months[0]} to {results.Months[^1]}) to {outPath}."));
        Unavailable(env.Error, results, load);
        return Verdict(env.Error, load, reliability);
    }

    /// <summary>
    /// A stack of councils: every KPI per council (<see cref="CouncilKpiTable"/>, each council computed from its own rows
    /// and written before the next is computed), the table with a leading la_code column.
    /// </summary>
    private static int RunCouncils(CliEnvironment env, LoadResult load, CouncilPartition councils, KpiEngineOptions options, string outPath, string dataPath)
    {
        CouncilStackNotes(env.Error, councils);
        var issues = new List<DataIssue>();
        var unavailable = new Dictionary<string, KpiSeries>(StringComparer.Ordinal);
        var reliability = KpiReliability.Assess(load, options.Catalog!);
        int kpiCount = 0, withMonths = 0;
        ReportingMonth? first = null, last = null;
        IEnumerable<CouncilKpiResults> Computed()
        {
            foreach (var council in CouncilKpiTable.Compute(councils, options))
            {
                var r = council.Results;
                issues.AddRange(r.Issues.Select(i => i with { Reason = $"{i.Reason} (council {council.Code})" }));
                kpiCount = r.Series.Count;
                foreach (var s in r.Series.Where(s => !s.IsAvailable))
                {
                    unavailable.TryAdd(s.Id, s);
                }
                if (r.Months.Count > 0)
                {
                    withMonths++;
                    first = first is { } f && f < r.Months[0] ? f : r.Months[0];
                    last = last is { } l && l > r.Months[^1] ? l : r.Months[^1];
                }
                yield return council;
            }
        }

        var outFull = env.Resolve(outPath);
        // The reliability (rows or files rejected by the load) is the whole stack's: a KPI fed by a table that lost rows is unreliable in every council.
        Func<string, bool>? unreliable = reliability.Any ? reliability.IsUnreliable : null;
        if (string.Equals(Path.GetExtension(outFull), ".json", StringComparison.OrdinalIgnoreCase))
        {
            OutputFile.Write(outFull, stream => CouncilKpiTable.WriteJson(Computed(), stream, unreliable));
        }
        else
        {
            CsvOutput.Write(outFull, CsvAudience.Program, csv => CouncilKpiTable.WriteCsv(Computed(), csv, unreliable));
        }
        Summarise(env.Error, "Calculating KPIs", issues, "those records were left out of the KPIs named");
        if (withMonths == 0)
        {
            env.Error.WriteLine($"csc-kpi: the data in {dataPath} has no dates, so there are no months to report.");
            return ExitCodes.DataErrors;
        }
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {kpiCount} KPIs for {councils.Parts.Count} councils ({string.Join(", ", councils.Codes)}), months {first} to {last}, to {outPath}."));
        Unavailable(env.Error, [.. unavailable.Values], kpiCount, load);
        return Verdict(env.Error, load, reliability);
    }

    /// <summary>What a command says about a stack before computing it: rows that name no council are left out.</summary>
    internal static void CouncilStackNotes(TextWriter error, CouncilPartition councils)
    {
        if (councils.Unassigned > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"csc-kpi: {councils.Unassigned} row(s) name no council (no la_code) and are left out of every council's KPIs; see CAN_COUNCIL_COLUMN_ABSENT."));
        }
    }

    /// <summary>
    /// Writes the tidy table (JSON for .json, else CSV) through <see cref="OutputFile"/>, so a failed or killed run
    /// keeps the previous file; the bytes are those of <see cref="KpiTable.Write"/>.
    /// </summary>
    internal static void WriteTable(KpiResults results, string path, KpiReliability reliability)
    {
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            OutputFile.Write(path, stream => UnreliableColumn.WriteJson(results, reliability, stream));
        }
        else if (reliability.Any)
        {
            OutputFile.WriteText(path, writer => UnreliableColumn.WriteCsv(results, reliability, writer));
        }
        else
        {
            CsvOutput.Write(path, CsvAudience.Program, csv => KpiTable.WriteCsv(results, csv));
        }
    }

    /// <summary>
    /// One line per reason for the KPIs the data cannot give (their rows are empty in the table): which KPIs, and what
    /// data would give them (<see cref="ReportAvailability"/>, the words the report uses). Nothing when every KPI is available.
    /// </summary>
    internal static void Unavailable(TextWriter error, KpiResults results, LoadResult load)
        => Unavailable(error, [.. results.Series.Where(s => !s.IsAvailable)], results.Series.Count, load);

    /// <inheritdoc cref="Unavailable(TextWriter, KpiResults, LoadResult)"/>
    private static void Unavailable(TextWriter error, IReadOnlyList<KpiSeries> unavailable, int kpiCount, LoadResult load)
    {
        var groups = unavailable
            .GroupBy(s => ReportAvailability.MissingTables(s.Definition.Sources, load)
                ?? ReportAvailability.MissingFields(s.Definition, load)
                ?? "the data has none of the records they count", StringComparer.Ordinal)
            .ToList();
        if (groups.Count == 0)
        {
            return;
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Not available with this data ({groups.Sum(g => g.Count())} of {kpiCount} KPIs; their values are empty in the table):"));
        foreach (var g in groups)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {string.Join(", ", g.Select(s => s.Id))}: {g.Key}."));
        }
    }

    /// <summary>
    /// The exit code of a command that wrote KPI outputs from <paramref name="load"/>: 1 (and the unreliable KPIs named
    /// on stderr) when rows or files were rejected, else 0.
    /// </summary>
    internal static int Verdict(TextWriter error, LoadResult load, KpiReliability reliability)
    {
        if (reliability.Any)
        {
            error.WriteLine($"csc-kpi: {reliability.Summary()}");
        }
        if (load.HasErrors)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"csc-kpi: exit 1 because the input had {load.ErrorCount} error(s): rows or files were not used (run 'csc-kpi validate' for the list)."));
            return ExitCodes.DataErrors;
        }
        return ExitCodes.Ok;
    }

    /// <summary>"N errors, M warnings" and the count per rule with its first example, most frequent first.</summary>
    internal static void Summarise(TextWriter error, string stage, IReadOnlyList<DataIssue> issues, string consequence)
    {
        if (issues.Count == 0)
        {
            return;
        }
        var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = issues.Count(i => i.Severity == IssueSeverity.Warning);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {errors} error(s), {warnings} warning(s), {issues.Count - errors - warnings} note(s); {consequence}."));
        var byRule = issues.GroupBy(i => i.RuleId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var g in byRule.Take(MaxRulesShown))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key}: {g.Count()} (first: {g.First()})"));
        }
        if (byRule.Count > MaxRulesShown)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {byRule.Count - MaxRulesShown} more rule(s)."));
        }
    }

    private static long RowCount(CaseData d)
        => (long)d.Children.Count + d.Contacts.Count + d.Referrals.Count + d.Assessments.Count + d.Section47Enquiries.Count
           + d.CpPlans.Count + d.CpVisits.Count + d.CinPlans.Count + d.LacEpisodes.Count + d.MissingEpisodes.Count
           + d.Advocacy.Count + d.EarlyHelp.Count;
}
