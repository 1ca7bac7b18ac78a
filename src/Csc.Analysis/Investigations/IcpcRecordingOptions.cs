using Csc.Analysis.Calendar;
using Csc.Analysis.Domain;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Investigations;

/// <summary>Options for the ICPC recording investigation. <see cref="AnalysisDate"/> is injected (the extract date), never the clock.</summary>
public sealed record IcpcRecordingOptions
{
    /// <summary>The analysis date (the extract date), injected: never the clock.</summary>
    public required DateOnly AnalysisDate { get; init; }

    /// <summary>The working-day calendar (England and Wales bank holidays by default).</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>The KPI catalogue whose icpc_within_15wd_pct is recomputed (its timescale is the rules' timescale).</summary>
    public KpiCatalog Catalog { get; init; } = KpiCatalog.Default;

    /// <summary>The ICPC timescale in working days, from <see cref="Catalog"/> (15 by default).</summary>
    public int TimescaleWorkingDays => Catalog.Timescales.IcpcWorkingDays;

    /// <summary>An ICPC recorded this many calendar days or fewer after its date counts as "recording date used as conference date" (0: the same day).</summary>
    public int RecordingDateToleranceDays { get; init; }

    /// <summary>A conference recorded more than this many working days after it was held has a long recording lag.</summary>
    public int LongLagWorkingDays { get; init; } = 20;

    /// <summary>A CP plan and an ICPC belong together when their dates are at most this many calendar days apart.</summary>
    public int CpPlanWindowDays { get; init; } = 30;

    /// <summary>Family-wise significance level of the step tests across all rules and groups.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>How p-values are adjusted across the run's tests (Holm by default).</summary>
    public Statistics.ChangePoint.PValueAdjustment Adjustment { get; init; } = Statistics.ChangePoint.PValueAdjustment.Holm;

    /// <summary>Months with rows needed on each side of a step.</summary>
    public int MinimumSegmentMonths { get; init; } = 2;

    /// <summary>A step must raise the flagged share by at least this much (0.2 = 20 points) to be a systematic pattern.</summary>
    public double MinimumShareIncrease { get; init; } = 0.2;

    /// <summary>A step must have at least this many flagged rows after it.</summary>
    public int MinimumFlaggedAfter { get; init; } = 5;

    /// <summary>Groups with fewer eligible rows are counted but not tested.</summary>
    public int MinimumRowsToTest { get; init; } = 20;

    /// <summary>
    /// Groupings tested, from <see cref="Groupings"/>: the whole council (<see cref="KpiDimension.Council"/>),
    /// each team and each worker.
    /// </summary>
    public IReadOnlyList<KpiDimension> GroupBy { get; init; } = Groupings;

    /// <summary>The groupings the rules' rows carry: the council, the team and the worker.</summary>
    public static IReadOnlyList<KpiDimension> Groupings { get; } = [KpiDimension.Council, KpiDimension.Team, KpiDimension.Worker];

    /// <summary>The earliest month in the monthly series (default: the earliest strategy discussion, at most ten years before the analysis month).</summary>
    public ReportingMonth? FirstMonth { get; init; }

    /// <summary>The month the KPI is reported for (default: the last complete month on or before <see cref="AnalysisDate"/>).</summary>
    public ReportingMonth? Month { get; init; }

    /// <summary>A context event coincides with a step when it starts within this many months of it.</summary>
    public int EventWindowMonths { get; init; } = 1;

    /// <summary>Fewest rows for a team's own conference-to-recording lag; otherwise other teams' lag is used.</summary>
    public int MinimumLagSample { get; init; } = 10;

    /// <summary>The last complete month on or before <paramref name="date"/>.</summary>
    public static ReportingMonth LastCompleteMonth(DateOnly date)
    {
        var m = ReportingMonth.Of(date);
        return date == m.LastDay ? m : m.Previous;
    }
}
