using System.Globalization;
using Csc.Analysis.Domain;
using Csc.Analysis.Statistics.RateComparison;

namespace Csc.Analysis.Disproportionality;

/// <summary>
/// Disproportionality: the children of a cohort by ethnicity group against the population by ethnicity. Per group:
/// the rate per 10,000, the relative rate index against White British with its confidence interval, the children
/// expected at White British's rate, and a test of difference from White British (<see cref="TwoByTwoTest.Compare"/>:
/// Fisher's exact test when an expected count of the 2×2 table is below 5, else chi-square). One pass over the cohort's
/// records; each child counts once, in the group of its child record's ethnicity code.
/// </summary>
public static class DisproportionalityAnalysis
{
    /// <summary>
    /// The cohorts compared in the reports: referrals, section 47 enquiries, CP plans and children looked after, each
    /// when the data has records of its kind, in that order.
    /// </summary>
    public static IReadOnlyList<DisproportionalityCohort> CohortsIn(CaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var cohorts = new List<DisproportionalityCohort>();
        if (data.Referrals.Count > 0)
        {
            cohorts.Add(DisproportionalityCohort.Referrals);
        }
        if (data.Section47Enquiries.Count > 0)
        {
            cohorts.Add(DisproportionalityCohort.Section47Enquiries);
        }
        if (data.CpPlans.Count > 0)
        {
            cohorts.Add(DisproportionalityCohort.CpPlans);
        }
        if (data.LacEpisodes.Count > 0)
        {
            cohorts.Add(DisproportionalityCohort.LookedAfter);
        }
        return cohorts;
    }

    /// <summary>Each cohort of <see cref="CohortsIn"/> from <paramref name="from"/> to <paramref name="to"/> against <paramref name="population"/> (default test settings).</summary>
    /// <exception cref="ArgumentException">The period ends before it starts.</exception>
    public static IReadOnlyList<DisproportionalityResult> AnalyseEach(CaseData data, EthnicityPopulation population, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(population);
        return [.. CohortsIn(data).Select(c => Analyse(data, new DisproportionalityOptions { Cohort = c, From = from, To = to, Population = population }))];
    }

    /// <summary>Counts the cohort's children by ethnicity group and compares each group's rate with White British's.</summary>
    /// <param name="data">The case data.</param>
    /// <param name="options">The cohort, period, population and test settings.</param>
    /// <returns>The groups, the total and the problems found.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts, or alpha is not in (0, 1).</exception>
    public static DisproportionalityResult Analyse(CaseData data, DisproportionalityOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        Preconditions.CheckArgument(options.To >= options.From, $"The period ends ({IsoFormat.Date(options.To)}) before it starts ({IsoFormat.Date(options.From)}).");
        Preconditions.CheckArgument(options.Alpha is > 0 and < 1, string.Create(CultureInfo.InvariantCulture, $"Alpha {options.Alpha} must be between 0 and 1 (0.05 for 5%)."));

        var children = CohortChildren(data, options.Cohort, options.From, options.To);
        var ethnicity = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var child in data.Children)
        {
            ethnicity.TryAdd(child.ChildId, child.Ethnicity);
        }
        var counts = new long[EthnicityGroups.All.Count];
        var withoutRecord = 0;
        foreach (var id in children)
        {
            if (!ethnicity.TryGetValue(id, out var code))
            {
                withoutRecord++;
            }
            counts[(int)EthnicityGroups.Of(code)]++;
        }

        var issues = new List<DataIssue>();
        var population = options.Population;
        var refChildren = counts[(int)EthnicityGroups.Reference];
        var refPopulation = population.For(EthnicityGroups.Reference);
        var hasReference = refPopulation is > 0 && refChildren > 0 && refChildren <= refPopulation;
        if (!hasReference)
        {
            var why = refPopulation is null ? "has no figure in the population file"
                : refPopulation == 0 ? "has a population of 0"
                : refChildren == 0 ? $"has no {options.Cohort.Description()} in the period"
                : string.Create(CultureInfo.InvariantCulture, $"has more children in the cohort ({refChildren}) than its population ({refPopulation})");
            issues.Add(new DataIssue(DisproportionalityRules.ReferenceMissing.Severity, DisproportionalityRules.ReferenceMissing.Id, population.Source, null, "ethnicity",
                EthnicityGroups.Reference.Label(), $"White British {why}: relative rates, expected counts and tests are left out."));
        }
        var refRate = hasReference ? (double)refChildren / refPopulation!.Value : double.NaN;

        var rows = new List<DisproportionalityRow>();
        foreach (var group in EthnicityGroups.All)
        {
            var n = counts[(int)group];
            var pop = population.For(group);
            if (n == 0 && pop is null && group != EthnicityGroups.Reference)
            {
                continue;
            }
            rows.Add(Row(group, n, pop, hasReference, refChildren, refPopulation ?? 0, refRate, options, population.Source, issues));
        }
        var total = population.ByGroup.Count == 0 ? (long?)null : population.Total;
        return new DisproportionalityResult
        {
            Cohort = options.Cohort,
            From = options.From,
            To = options.To,
            Alpha = options.Alpha,
            PopulationSource = population.Source,
            Groups = rows,
            TotalChildren = children.Count,
            TotalPopulation = total,
            TotalRatePer10k = total is > 0 ? children.Count * 10_000.0 / total.Value : null,
            ChildrenWithoutRecord = withoutRecord,
            Issues = issues,
        };
    }

    private static DisproportionalityRow Row(EthnicityGroup group, long n, long? pop, bool hasReference, long refChildren, long refPopulation, double refRate,
        DisproportionalityOptions options, string source, List<DataIssue> issues)
    {
        if (pop is not { } p || p == 0)
        {
            return new DisproportionalityRow(group, n, pop, null, null, null, null, null, null, null, null);
        }
        var rate = n * 10_000.0 / p;
        if (n > p)
        {
            issues.Add(new DataIssue(DisproportionalityRules.CohortOverPopulation.Severity, DisproportionalityRules.CohortOverPopulation.Id, source, null, "population",
                p.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{group.Label()} has {n} {options.Cohort.Description()} but a population of {p}: its relative rate and test are left out.")));
            return new DisproportionalityRow(group, n, pop, rate, null, null, null, null, null, null, null);
        }
        if (!hasReference)
        {
            return new DisproportionalityRow(group, n, pop, rate, null, null, null, null, null, null, null);
        }
        var expected = p * refRate;
        if (group == EthnicityGroups.Reference)
        {
            return new DisproportionalityRow(group, n, pop, rate, 1, null, null, expected, null, null, null);
        }
        var test = TwoByTwoTest.Compare(n, p, refChildren, refPopulation, options.Test);
        return new DisproportionalityRow(group, n, pop, rate, test.RelativeRate, Finite(test.Lower), Finite(test.Upper), expected,
            Finite(test.PValue), test.Method, double.IsNaN(test.PValue) ? null : test.PValue < options.Alpha);
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    /// <summary>The distinct children of the cohort in the period [from, to].</summary>
    private static HashSet<string> CohortChildren(CaseData data, DisproportionalityCohort cohort, DateOnly from, DateOnly to)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        bool OpenDuring(DateOnly start, DateOnly? end) => start <= to && (end is null || end.Value > from);
        switch (cohort)
        {
            case DisproportionalityCohort.Referrals:
                foreach (var r in data.Referrals)
                {
                    if (r.ReferralDate >= from && r.ReferralDate <= to)
                    {
                        ids.Add(r.ChildId);
                    }
                }
                break;
            case DisproportionalityCohort.Section47Enquiries:
                foreach (var s in data.Section47Enquiries)
                {
                    if (s.StrategyDiscussionDate >= from && s.StrategyDiscussionDate <= to)
                    {
                        ids.Add(s.ChildId);
                    }
                }
                break;
            case DisproportionalityCohort.CpPlans:
                foreach (var c in data.CpPlans)
                {
                    if (OpenDuring(c.StartDate, c.EndDate))
                    {
                        ids.Add(c.ChildId);
                    }
                }
                break;
            case DisproportionalityCohort.LookedAfter:
                foreach (var e in data.LacEpisodes)
                {
                    if (!e.IsShortBreak && OpenDuring(e.StartDate, e.EndDate))
                    {
                        ids.Add(e.ChildId);
                    }
                }
                break;
            case DisproportionalityCohort.ChildrenInNeed:
                foreach (var r in data.Referrals)
                {
                    if (OpenDuring(r.ReferralDate, r.ClosureDate))
                    {
                        ids.Add(r.ChildId);
                    }
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cohort), cohort, "Unknown cohort.");
        }
        return ids;
    }
}
