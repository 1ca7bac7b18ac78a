using System.Globalization;
using Csc.Analysis.Csv;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Reliability;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// The star schema as Parquet (kpis.parquet, months.parquet, facts.parquet: the CSV files' columns, typed), and the
/// drill-downs by team and worker for the internal audience (drilldowns.csv, drilldowns.parquet, a Drill-down sheet).
/// </summary>
public static partial class KpiExport
{
    /// <summary>The KPI dimension of the Parquet export.</summary>
    public const string KpisParquetFile = "kpis.parquet";
    /// <summary>The month dimension of the Parquet export.</summary>
    public const string MonthsParquetFile = "months.parquet";
    /// <summary>The facts of the Parquet export.</summary>
    public const string FactsParquetFile = "facts.parquet";
    /// <summary>The drill-downs of the Power BI (CSV) export.</summary>
    public const string DrillDownFile = "drilldowns.csv";
    /// <summary>The drill-downs of the Parquet export.</summary>
    public const string DrillDownParquetFile = "drilldowns.parquet";

    /// <summary>The files <see cref="WriteParquet(KpiResults, string, KpiReliability, IReadOnlyList{KpiGroupResult})"/> writes without drill-downs, in order.</summary>
    public static IReadOnlyList<string> ParquetFiles { get; } = [KpisParquetFile, MonthsParquetFile, FactsParquetFile];

    /// <summary>The columns of the drill-down table, in order (a contract): dimension is team or worker, group its value.</summary>
    public static IReadOnlyList<string> DrillDownColumns { get; } = ["kpi_id", "month", "dimension", "group", "numerator", "denominator", "value"];

    /// <summary>The dimensions the exports drill down by.</summary>
    public static IReadOnlyList<KpiDimension> DrillDownDimensions { get; } = [KpiDimension.Team, KpiDimension.Worker];

    /// <summary>
    /// Every KPI of <paramref name="results"/> by team and by worker in every month of the results (one pass over each
    /// KPI's data for the whole range: <see cref="KpiContributions"/>). A KPI whose records carry no team (or no worker)
    /// has no rows for that dimension. Ordered by KPI as in the results, then dimension, then month and largest group first.
    /// </summary>
    public static IReadOnlyList<KpiGroupResult> DrillDowns(CaseData data, KpiResults results, KpiEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var rows = new List<KpiGroupResult>();
        if (results.Months.Count == 0)
        {
            return rows;
        }
        var engine = options with { Catalog = results.Catalog };
        foreach (var s in results.Series.Where(s => s.IsAvailable))
        {
            var contributions = KpiContributions.For(data, s.Id, results.Months[0], results.Months[^1], engine);
            foreach (var dimension in DrillDownDimensions)
            {
                var groups = KpiDrillDown.Group(s.Definition, contributions, dimension, data.Population);
                if (groups.Any(g => g.Key != KpiGroupKeys.NotRecorded))
                {
                    rows.AddRange(groups);
                }
            }
        }
        return rows;
    }

    /// <summary>
    /// Writes kpis.parquet, months.parquet and facts.parquet into <paramref name="folder"/> (created), and
    /// drilldowns.parquet when <paramref name="drillDowns"/> is given; returns their paths. The columns are those of the
    /// CSV files, typed: text as strings, dates (month_start, month_end, financial_year_start) as DATE, counts as INT64,
    /// year and month numbers as INT32, values and targets as DOUBLE, unreliable as BOOLEAN. Deterministic for the same results.
    /// </summary>
    public static IReadOnlyList<string> WriteParquet(KpiResults results, string folder, KpiReliability reliability, IReadOnlyList<KpiGroupResult>? drillDowns = null)
        => WriteParquet(results, null, folder, reliability, drillDowns);

    /// <summary>
    /// The public Parquet export: the disclosed figures (a withheld one is null) and, after the tidy table's columns in
    /// facts.parquet, the symbol columns of <see cref="DisclosureColumns"/> as text (c, z, x, k or null); no drill-downs.
    /// </summary>
    public static IReadOnlyList<string> WriteParquet(DisclosedKpiResults disclosed, string folder, KpiReliability reliability)
    {
        ArgumentNullException.ThrowIfNull(disclosed);
        return WriteParquet(disclosed.Results, disclosed, folder, reliability, null);
    }

    private static IReadOnlyList<string> WriteParquet(KpiResults results, DisclosedKpiResults? disclosed, string folder, KpiReliability reliability, IReadOnlyList<KpiGroupResult>? drillDowns)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(reliability);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var series = results.Series;
        var kpiColumns = new List<ParquetColumn>
        {
            ParquetColumn.Text("kpi_id", [.. series.Select(s => s.Id)]),
            ParquetColumn.Text("title", [.. series.Select(s => s.Definition.Title)]),
            ParquetColumn.Text("report_area", [.. series.Select(s => ReportAreas.Title(s.Definition.Area))]),
            ParquetColumn.Text("unit", [.. series.Select(s => s.Definition.Unit.Name())]),
            ParquetColumn.Text("polarity", [.. series.Select(s => Snake(s.Definition.Polarity.ToString()))]),
            ParquetColumn.Text("kind", [.. series.Select(s => Snake(s.Definition.Kind.ToString()))]),
            ParquetColumn.Text("numerator", [.. series.Select(s => s.Definition.Numerator)]),
            ParquetColumn.Text("denominator", [.. series.Select(s => s.Definition.Denominator)]),
            ParquetColumn.Text("rated_on", [.. series.Select(s => s.Definition.Rag is null ? null : Snake(s.Definition.RateOn.ToString()))]),
            ParquetColumn.Double("target", [.. series.Select(s => s.Definition.Rag?.Target)]),
            ParquetColumn.Text("rag_rule", [.. series.Select(s => s.Definition.Rag?.ToString())]),
        };
        if (reliability.Any)
        {
            kpiColumns.Add(ParquetColumn.Bool(UnreliableColumn.Name, [.. series.Select(s => reliability.IsUnreliable(s.Id) ? true : (bool?)null)]));
        }
        var kpis = Path.Combine(folder, KpisParquetFile);
        ParquetTable.Write(kpis, kpiColumns);

        var m = results.Months;
        var months = Path.Combine(folder, MonthsParquetFile);
        ParquetTable.Write(months,
        [
            ParquetColumn.Text("month", [.. m.Select(x => x.ToString())]),
            ParquetColumn.Date("month_start", [.. m.Select(x => (DateOnly?)x.FirstDay)]),
            ParquetColumn.Date("month_end", [.. m.Select(x => (DateOnly?)x.LastDay)]),
            ParquetColumn.Int("year", [.. m.Select(x => (int?)x.Year)]),
            ParquetColumn.Int("month_number", [.. m.Select(x => (int?)x.Month)]),
            ParquetColumn.Text("month_name", [.. m.Select(x => x.FirstDay.ToString("MMMM", CultureInfo.InvariantCulture))]),
            ParquetColumn.Text("financial_year", [.. m.Select(x => x.FinancialYearLabel)]),
            ParquetColumn.Date("financial_year_start", [.. m.Select(x => (DateOnly?)x.FinancialYearStart.FirstDay)]),
            ParquetColumn.Int("financial_month_number", [.. m.Select(x => (int?)(x.MonthsSince(x.FinancialYearStart) + 1))]),
        ]);

        var rows = results.Rows.ToList();
        var factColumns = new List<ParquetColumn>
        {
            ParquetColumn.Text("kpi_id", [.. rows.Select(r => r.KpiId)]),
            ParquetColumn.Text("month", [.. rows.Select(r => r.Month.ToString())]),
            ParquetColumn.Double("value", [.. rows.Select(r => r.Value)]),
            ParquetColumn.Long("numerator", [.. rows.Select(r => r.Numerator)]),
            ParquetColumn.Long("denominator", [.. rows.Select(r => r.Denominator)]),
            ParquetColumn.Double("ytd_value", [.. rows.Select(r => r.YtdValue)]),
            ParquetColumn.Long("ytd_numerator", [.. rows.Select(r => r.YtdNumerator)]),
            ParquetColumn.Long("ytd_denominator", [.. rows.Select(r => r.YtdDenominator)]),
            ParquetColumn.Double("target", [.. rows.Select(r => r.Target)]),
            ParquetColumn.Text("rag", [.. rows.Select(r => KpiTable.RagText(r.Rag) is { Length: > 0 } t ? t : null)]),
        };
        if (disclosed is not null)
        {
            var symbols = results.Series.SelectMany(s => disclosed.Series(s.Id)).ToList();
            var pick = new Func<DisclosedKpiResult, DisclosureSymbol?>[] { d => d.Value, d => d.Numerator, d => d.Denominator, d => d.YtdValue, d => d.YtdNumerator, d => d.YtdDenominator };
            for (var c = 0; c < DisclosureColumns.Names.Count; c++)
            {
                var p = pick[c];
                factColumns.Add(ParquetColumn.Text(DisclosureColumns.Names[c], [.. symbols.Select(d => p(d)?.Code())]));
            }
        }
        if (reliability.Any)
        {
            factColumns.Add(ParquetColumn.Bool(UnreliableColumn.Name, [.. rows.Select(r => reliability.IsUnreliable(r.KpiId) ? true : (bool?)null)]));
        }
        var facts = Path.Combine(folder, FactsParquetFile);
        ParquetTable.Write(facts, factColumns);
        if (drillDowns is null)
        {
            return [kpis, months, facts];
        }
        var drill = Path.Combine(folder, DrillDownParquetFile);
        ParquetTable.Write(drill,
        [
            ParquetColumn.Text("kpi_id", [.. drillDowns.Select(g => g.KpiId)]),
            ParquetColumn.Text("month", [.. drillDowns.Select(g => g.Month.ToString())]),
            ParquetColumn.Text("dimension", [.. drillDowns.Select(g => DimensionName(g.Dimension))]),
            ParquetColumn.Text("group", [.. drillDowns.Select(g => g.Key)]),
            ParquetColumn.Long("numerator", [.. drillDowns.Select(g => (long?)g.Numerator)]),
            ParquetColumn.Long("denominator", [.. drillDowns.Select(g => g.Denominator)]),
            ParquetColumn.Double("value", [.. drillDowns.Select(g => g.Value)]),
        ]);
        return [kpis, months, facts, drill];
    }

    /// <summary>Writes drilldowns.csv (<see cref="DrillDownColumns"/>) into <paramref name="folder"/>; returns its path.</summary>
    public static string WriteDrillDownCsv(IReadOnlyList<KpiGroupResult> drillDowns, string folder)
    {
        ArgumentNullException.ThrowIfNull(drillDowns);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, DrillDownFile);
        CsvOutput.Write(path, CsvAudience.Spreadsheet, csv =>
        {
            csv.Row(DrillDownColumns);
            foreach (var g in drillDowns)
            {
                csv.Text(g.KpiId).Text(g.Month.ToString()).Text(DimensionName(g.Dimension)).Text(g.Key).Number(g.Numerator).Number(g.Denominator).Number(g.Value).EndRow();
            }
        });
        return path;
    }

    /// <summary>The drill-down dimension's name in the exports: team or worker.</summary>
    public static string DimensionName(KpiDimension dimension) => Snake(dimension.ToString());

    /// <summary>The Drill-down sheet: the last month's groups (KPI id, KPI, by, group, numerator, denominator, value).</summary>
    private static List<object?[]> DrillDownRows(KpiResults results, IReadOnlyList<KpiGroupResult> drillDowns)
    {
        var month = results.Months[^1];
        var rows = new List<object?[]>
        {
            new object?[] { $"Drill-down by team and worker, {month.ToLongString()} (internal use: names workers)" },
            new object?[] { "KPI id", "KPI", "By", "Group", "Numerator", "Denominator", "Value" },
        };
        foreach (var g in drillDowns.Where(g => g.Month == month))
        {
            var title = results.Contains(g.KpiId) ? results[g.KpiId].Definition.Title : g.KpiId;
            rows.Add([g.KpiId, title, g.Dimension == KpiDimension.Team ? "Team" : "Worker", g.Key, g.Numerator, g.Denominator, g.Value]);
        }
        return rows;
    }
}
