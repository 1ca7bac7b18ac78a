using System.Globalization;
using System.Text;
using Csc.Analysis.Csv;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;
using Csc.Analysis.Output;
using Csc.Analysis.Reliability;
using Csc.Analysis.Xlsx;

namespace Csc.Analysis.Reporting.MonthlyReport;

/// <summary>
/// KPI results for Power BI and Excel. Power BI: a tidy star schema of three CSV files (UTF-8, no
/// byte-order mark, "\n" line ends): <c>kpis.csv</c> (one row per KPI), <c>months.csv</c> (one row
/// per month with its financial year) and <c>facts.csv</c> (the tidy KPI table, see <see cref="KpiTable"/>),
/// joined on kpi_id and month. Excel: an .xlsx with a Summary sheet for the last month and one sheet
/// of monthly values per report area. Both are byte-for-byte deterministic for the same results.
/// </summary>
public static partial class KpiExport
{
    /// <summary>The KPI dimension file of the Power BI export.</summary>
    public const string KpisFile = "kpis.csv";
    /// <summary>The month dimension file of the Power BI export.</summary>
    public const string MonthsFile = "months.csv";
    /// <summary>The fact file of the Power BI export (one row per KPI and month).</summary>
    public const string FactsFile = "facts.csv";

    /// <summary>The files <see cref="WritePowerBi(KpiResults, string)"/> writes, in order.</summary>
    public static IReadOnlyList<string> PowerBiFiles { get; } = [KpisFile, MonthsFile, FactsFile];

    /// <summary>The workbook's created and modified time: fixed, so the same results give the same bytes.</summary>
    public static readonly DateTimeOffset WorkbookTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The columns of kpis.csv, in order (a contract).</summary>
    public static IReadOnlyList<string> KpiColumns { get; } =
        ["kpi_id", "title", "report_area", "unit", "polarity", "kind", "numerator", "denominator", "rated_on", "target", "rag_rule"];

    /// <summary>The columns of months.csv, in order (a contract).</summary>
    public static IReadOnlyList<string> MonthColumns { get; } =
        ["month", "month_start", "month_end", "year", "month_number", "month_name", "financial_year", "financial_year_start", "financial_month_number"];

    /// <summary>Writes kpis.csv, months.csv and facts.csv into <paramref name="folder"/> (created); returns their paths.</summary>
    /// <remarks>The files are for a spreadsheet or Power BI: text that looks like a formula is neutralised (<see cref="CsvAudience.Spreadsheet"/>).</remarks>
    public static IReadOnlyList<string> WritePowerBi(KpiResults results, string folder) => WritePowerBi(results, folder, KpiReliability.Reliable);

    /// <summary>
    /// As <see cref="WritePowerBi(KpiResults, string)"/>; when <paramref name="reliability"/> marks KPIs unreliable,
    /// kpis.csv and facts.csv end with an <c>unreliable</c> column (<see cref="UnreliableColumn"/>); otherwise the files
    /// are the same bytes.
    /// </summary>
    public static IReadOnlyList<string> WritePowerBi(KpiResults results, string folder, KpiReliability reliability)
        => WritePowerBi(results, null, folder, reliability);

    /// <summary>
    /// The public Power BI export: the disclosed figures (a withheld one is empty) and, after the tidy table's
    /// columns in facts.csv, the symbol columns of <see cref="DisclosureColumns"/>.
    /// </summary>
    public static IReadOnlyList<string> WritePowerBi(DisclosedKpiResults disclosed, string folder, KpiReliability reliability)
    {
        ArgumentNullException.ThrowIfNull(disclosed);
        return WritePowerBi(disclosed.Results, disclosed, folder, reliability);
    }

    private static IReadOnlyList<string> WritePowerBi(KpiResults results, DisclosedKpiResults? disclosed, string folder, KpiReliability reliability)
    {
        ArgumentNullException.ThrowIfNull(reliability);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var kpis = Path.Combine(folder, KpisFile);
        CsvOutput.Write(kpis, CsvAudience.Spreadsheet, csv => WriteKpis(results, csv, reliability));
        var months = Path.Combine(folder, MonthsFile);
        CsvOutput.Write(months, CsvAudience.Spreadsheet, csv => WriteMonths(results.Months, csv));
        var facts = Path.Combine(folder, FactsFile);
        if (reliability.Any || disclosed is not null)
        {
            var text = CsvOutput.ToText(CsvAudience.Spreadsheet, csv => KpiTable.WriteCsv(results, csv));
            if (disclosed is not null)
            {
                text = DisclosureColumns.AddToCsv(text, disclosed);
            }
            OutputFile.WriteText(facts, UnreliableColumn.AddToCsv(text, results, reliability));
        }
        else
        {
            CsvOutput.Write(facts, CsvAudience.Spreadsheet, csv => KpiTable.WriteCsv(results, csv));
        }
        return [kpis, months, facts];
    }

    /// <summary>As <see cref="WritePowerBi(KpiResults, string, KpiReliability)"/>, and drilldowns.csv (<see cref="DrillDownColumns"/>) after the three files.</summary>
    public static IReadOnlyList<string> WritePowerBi(KpiResults results, string folder, KpiReliability reliability, IReadOnlyList<KpiGroupResult> drillDowns)
    {
        var written = WritePowerBi(results, folder, reliability);
        return [.. written, WriteDrillDownCsv(drillDowns, folder)];
    }

    /// <summary>The KPI dimension as CSV text for a spreadsheet.</summary>
    public static void WriteKpis(KpiResults results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvOutput.Create(writer, CsvAudience.Spreadsheet, leaveOpen: true);
        WriteKpis(results, csv);
    }

    /// <summary>The KPI dimension: one row per KPI with its definition and default rating rule.</summary>
    public static void WriteKpis(KpiResults results, CsvOutput csv) => WriteKpis(results, csv, KpiReliability.Reliable);

    /// <summary>The KPI dimension, with an <c>unreliable</c> column (true or empty) when <paramref name="reliability"/> marks any KPI.</summary>
    public static void WriteKpis(KpiResults results, CsvOutput csv, KpiReliability reliability)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(reliability);
        csv.Row(reliability.Any ? [.. KpiColumns, UnreliableColumn.Name] : KpiColumns);
        foreach (var s in results.Series)
        {
            var d = s.Definition;
            csv.Text(d.Id).Text(d.Title).Text(ReportAreas.Title(d.Area)).Text(d.Unit.Name()).Text(Snake(d.Polarity.ToString())).Text(Snake(d.Kind.ToString()))
                .Text(d.Numerator).Text(d.Denominator).Text(d.Rag is null ? null : Snake(d.RateOn.ToString()))
                .Number(d.Rag?.Target).Text(d.Rag?.ToString());
            if (reliability.Any)
            {
                csv.Text(reliability.IsUnreliable(d.Id) ? "true" : null);
            }
            csv.EndRow();
        }
    }

    /// <summary>The month dimension as CSV text for a spreadsheet.</summary>
    public static void WriteMonths(IReadOnlyList<ReportingMonth> months, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvOutput.Create(writer, CsvAudience.Spreadsheet, leaveOpen: true);
        WriteMonths(months, csv);
    }

    /// <summary>The month dimension: financial years run April to March ("2016/17").</summary>
    public static void WriteMonths(IReadOnlyList<ReportingMonth> months, CsvOutput csv)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(MonthColumns);
        foreach (var m in months)
        {
            csv.Text(m.ToString()).Date(m.FirstDay).Date(m.LastDay).Number(m.Year).Number(m.Month).Text(m.FirstDay.ToString("MMMM", CultureInfo.InvariantCulture))
                .Text(m.FinancialYearLabel).Date(m.FinancialYearStart.FirstDay).Number(m.MonthsSince(m.FinancialYearStart) + 1).EndRow();
        }
    }

    /// <summary>
    /// Writes the workbook: "Summary" (every KPI in the last month: value, target, RAG, last month,
    /// same month last year, year to date) and one sheet per report area (KPIs down, months across).
    /// </summary>
    public static void WriteExcel(KpiResults results, string path) => WriteExcel(results, path, KpiReliability.Reliable);

    /// <summary>As <see cref="WriteExcel(KpiResults, string)"/>; when KPIs are unreliable the Summary sheet says which and why (a line under its title and an "Unreliable" column).</summary>
    public static void WriteExcel(KpiResults results, string path, KpiReliability reliability) => WriteExcel(results, null, path, reliability, null);

    /// <summary>
    /// As <see cref="WriteExcel(KpiResults, string, KpiReliability)"/>; with <paramref name="drillDowns"/> a last sheet,
    /// "Drill-down", lists the last month's KPIs by team and by worker (numerator, denominator and value of each group).
    /// </summary>
    public static void WriteExcel(KpiResults results, string path, KpiReliability reliability, IReadOnlyList<KpiGroupResult>? drillDowns)
        => WriteExcel(results, null, path, reliability, drillDowns);

    /// <summary>
    /// The public workbook: the disclosed figures, each withheld one shown as its symbol (c, z, x or k), and the
    /// disclosure settings and symbol legend under the Summary sheet's title.
    /// </summary>
    public static void WriteExcel(DisclosedKpiResults disclosed, string path, KpiReliability reliability)
    {
        ArgumentNullException.ThrowIfNull(disclosed);
        WriteExcel(disclosed.Results, disclosed, path, reliability, null);
    }

    private static void WriteExcel(KpiResults results, DisclosedKpiResults? disclosed, string path, KpiReliability reliability, IReadOnlyList<KpiGroupResult>? drillDowns)
    {
        ArgumentNullException.ThrowIfNull(reliability);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (results.Months.Count == 0)
        {
            throw new ArgumentException("There are no months in the results, so there is nothing to export.", nameof(results));
        }
        var summary = SummaryRows(results, reliability, disclosed);
        var sheets = new List<XlsxSheet> { new() { Name = "Summary", Rows = summary, HeadingRows = summary.FindIndex(r => r.Length > 0 && Equals(r[0], "KPI id")) + 1 } };
        foreach (var area in ReportAreas.Order)
        {
            var series = results.Series.Where(s => s.Definition.Area == area).ToList();
            if (series.Count > 0)
            {
                sheets.Add(new XlsxSheet { Name = SheetName(ReportAreas.Title(area)), Rows = AreaRows(results, series, disclosed), HeadingRows = 1 });
            }
        }
        if (drillDowns is not null)
        {
            sheets.Add(new XlsxSheet { Name = "Drill-down", Rows = DrillDownRows(results, drillDowns), HeadingRows = 2 });
        }
        XlsxWriter.Write(path, sheets, $"KPI results, {results.Months[^1].ToLongString()}", WorkbookTime);
    }

    // A figure as the workbook shows it: the number, else (public) the symbol in its place.
    private static object? Cell(double? value, DisclosedKpiResults? disclosed, string kpiId, ReportingMonth? month, bool ytd = false)
    {
        if (value is not null || disclosed is null || month is not { } m || disclosed[kpiId, m] is not { } d)
        {
            return value;
        }
        return (ytd ? d.YtdValue : d.Value)?.Code();
    }

    private static List<object?[]> SummaryRows(KpiResults results, KpiReliability reliability, DisclosedKpiResults? disclosed)
    {
        var month = results.Months[^1];
        var rows = new List<object?[]> { new object?[] { $"KPI summary, {month.ToLongString()}" } };
        if (reliability.Any)
        {
            rows.Add([reliability.Summary()]);
        }
        if (disclosed is not null)
        {
            var o = disclosed.Options;
            rows.Add([string.Create(CultureInfo.InvariantCulture, $"Public edition. Counts from 1 to {o.Threshold} are shown as c (0 stays 0), with secondary suppression so that none can be worked out from the year to date; rounding: {(o.Rounding == DisclosureRounding.None ? "none" : "to the nearest " + ((int)o.Rounding).ToString(CultureInfo.InvariantCulture))}.")]);
            rows.Add([string.Join("; ", DisclosureSymbols.All.Select(sym => sym.Code() + " = " + sym.Meaning())) + "."]);
        }
        object?[] heading = ["KPI id", "KPI", "Area", "This month", "Target", "RAG", "Rated on", "Last month", "Same month last year", "Year to date"];
        rows.Add(reliability.Any ? [.. heading, "Unreliable"] : heading);
        foreach (var s in results.Series)
        {
            var c = KpiComparisons.For(results, s.Id, month);
            var d = s.Definition;
            rows.Add([d.Id, d.Title, ReportAreas.Title(d.Area), Cell(c.Current.Value, disclosed, d.Id, month), d.Rag?.Target,
                new XlsxRagCell(c.Current.Rag, c.Current.Rag == Rag.None ? "Not rated" : c.Current.Rag.ToString()),
                d.Rag is null ? null : d.RateOn == RateOn.YearToDate ? "Year to date" : "Month",
                Cell(c.LastMonth?.Value, disclosed, d.Id, c.LastMonth?.Month), Cell(c.SameMonthLastYear?.Value, disclosed, d.Id, c.SameMonthLastYear?.Month),
                Cell(c.Current.YtdValue, disclosed, d.Id, month, ytd: true)]);
            if (reliability.Any)
            {
                rows[^1] = [.. rows[^1], reliability.IsUnreliable(d.Id) ? "unreliable" : null];
            }
        }
        return rows;
    }

    private static List<object?[]> AreaRows(KpiResults results, List<KpiSeries> series, DisclosedKpiResults? disclosed)
    {
        var header = new List<object?> { "KPI id", "KPI" };
        header.AddRange(results.Months.Select(m => (object?)m.ToString()));
        var rows = new List<object?[]> { header.ToArray() };
        foreach (var s in series)
        {
            var row = new List<object?> { s.Id, s.Definition.Title };
            row.AddRange(s.Results.Select(r => Cell(r.Value, disclosed, s.Id, r.Month)));
            rows.Add([.. row]);
        }
        return rows;
    }

    /// <summary>Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters.</summary>
    private static string SheetName(string title)
    {
        var clean = new string([.. title.Select(ch => ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : ch)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
