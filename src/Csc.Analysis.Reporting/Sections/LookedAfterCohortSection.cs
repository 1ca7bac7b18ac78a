using Csc.Analysis.Kpis;
using Csc.Analysis.Reporting.Html;
using Csc.Analysis.Reporting.MonthlyReport;

namespace Csc.Analysis.Reporting.Sections;

/// <summary>
/// The 16–17 cohort: how the share of 16–17 year olds among looked-after children moved since the
/// same month last year. <see cref="IsAvailable"/> is false (and the report leaves the section out)
/// when either month has no value.
/// </summary>
public sealed class LookedAfterCohortSection : IReportSection
{
    private readonly MonthlyReportModel _model;

    /// <summary>The section for <paramref name="model"/>.</summary>
    public LookedAfterCohortSection(MonthlyReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public string Title => "The 16\u201317 cohort";

    /// <summary>True when the month and the same month last year both have a value.</summary>
    public bool IsAvailable => _model.Row(KpiIds.LacAged1617Pct) is { Comparison: { Current.Value: not null, SameMonthLastYear.Value: not null } };

    /// <summary>The sentence comparing the two months (with what it may mean when the share rose); empty when not <see cref="IsAvailable"/>.</summary>
    public string Sentence()
    {
        if (_model.Row(KpiIds.LacAged1617Pct) is not { Comparison: { Current.Value: { } now, SameMonthLastYear: { Value: { } then } ly } })
        {
            return string.Empty;
        }
        var verb = Math.Abs(now - then) < 0.05 ? "has stayed at" : now > then ? "has increased from" : "has decreased from";
        var text = verb == "has stayed at"
            ? $"The share of 16\u201317 year olds in the looked-after cohort has stayed at {ReportText.Value(now, KpiUnit.Percent)} since {ly.Month.ToLongString()}."
            : $"The share of 16\u201317 year olds in the looked-after cohort {verb} {ReportText.Value(then, KpiUnit.Percent)} in {ly.Month.ToLongString()} to {ReportText.Value(now, KpiUnit.Percent)} in {_model.Month.ToLongString()}.";
        if (now > then)
        {
            text += " As they reach 18 and move to leaving care services, the number looked after may fall unless demand rises in other age groups.";
        }
        return text;
    }

    /// <inheritdoc />
    public void WriteBody(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Paragraph(Sentence());
    }

    /// <inheritdoc />
    public void WriteHtml(HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Section(Title, WriteBody);
    }
}
