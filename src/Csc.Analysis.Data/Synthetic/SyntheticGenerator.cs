using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>
/// Generates synthetic case data that tells the story of the May 2017 KPI report (see
/// <see cref="StoryTargets"/>): a population simulation of children arriving through contacts,
/// referrals, assessments, section 47 enquiries and ICPCs into CP plans, CIN plans and care, with
/// missing episodes, CP visits, advocacy, early help, teams, workers and context events; then the optional tables and
/// columns (referral closure, reason and primary need, previous CP plans, UASC, CP and looked-after reviews, health
/// checks, care leavers, population estimates) from a random stream of their own, so they leave the rest unchanged.
/// Deterministic: the same options give the same data on any machine (own PRNG, no clock, no globals).
/// </summary>
public static class SyntheticGenerator
{
    /// <summary>The team that records ICPC dates late under <see cref="PlantKind.IcpcRecording"/>.</summary>
    public const string PlantedTeam = CouncilSimulation.PlantedTeam;

    /// <summary>The first conference date affected by the planted recording pattern.</summary>
    public static DateOnly PlantStart(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CouncilSimulation.PlantStartDate(options);
    }

    /// <summary>
    /// The council-sized units one at a time (ceil(scale) of them, each scale/units of a council), so a
    /// writer can stream a large data set without holding it all. Ids are prefixed "U001-", "U002-", ...
    /// when there is more than one unit; context events come with the first unit only.
    /// </summary>
    public static IEnumerable<SyntheticUnit> GenerateUnits(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var units = options.UnitCount;
        var unitScale = options.Scale / units;
        for (var u = 0; u < units; u++)
        {
            var prefix = units == 1 ? string.Empty : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U{u + 1:D3}-");
            yield return new CouncilSimulation(options, u, unitScale, prefix).Run();
        }
    }

    /// <summary>
    /// As <see cref="GenerateUnits"/>, with the next units generated on a background thread while the
    /// caller writes the current one (at most <paramref name="ahead"/> units wait). The units and their
    /// order are exactly those of <see cref="GenerateUnits"/>; an exception in generation is rethrown here.
    /// </summary>
    public static IEnumerable<SyntheticUnit> GenerateUnitsAhead(SyntheticOptions options, int ahead = 2)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(ahead, 1);
        options.Validate();
        return Ahead(options, ahead);
    }

    private static IEnumerable<SyntheticUnit> Ahead(SyntheticOptions options, int ahead)
    {
        using var queue = new System.Collections.Concurrent.BlockingCollection<SyntheticUnit>(ahead);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var unit in GenerateUnits(options))
                {
                    queue.Add(unit, stop.Token);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var unit in queue.GetConsumingEnumerable())
            {
                yield return unit;
            }
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            WaitQuietly(producer);
        }
    }

    /// <summary>
    /// Waits for the producer before leaving. Its outcome was already observed (rethrown by the
    /// consumer after the last unit) or does not matter (the consumer stopped early, for its own
    /// reason, and cancelled it), so it is not raised again here: that would hide the real error.
    /// </summary>
    private static void WaitQuietly(Task producer)
    {
        try
        {
            producer.Wait();
        }
        catch (AggregateException)
        {
            // observed already, or a cancellation the consumer asked for
        }
    }

    /// <summary>The whole data set in memory (all units merged).</summary>
    public static SyntheticDataSet Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var units = GenerateUnits(options).ToList();
        if (units.Count == 1)
        {
            return new SyntheticDataSet(options, units[0].Data, units[0].Planted);
        }
        var data = new CaseData
        {
            ExtractDate = options.ExtractDate,
            Children = Merge(units, d => d.Children),
            Contacts = Merge(units, d => d.Contacts),
            Referrals = Merge(units, d => d.Referrals),
            Assessments = Merge(units, d => d.Assessments),
            Section47Enquiries = Merge(units, d => d.Section47Enquiries),
            CpPlans = Merge(units, d => d.CpPlans),
            CpVisits = Merge(units, d => d.CpVisits),
            CinPlans = Merge(units, d => d.CinPlans),
            LacEpisodes = Merge(units, d => d.LacEpisodes),
            MissingEpisodes = Merge(units, d => d.MissingEpisodes),
            Advocacy = Merge(units, d => d.Advocacy),
            EarlyHelp = Merge(units, d => d.EarlyHelp),
            Events = Merge(units, d => d.Events),
            CpReviews = Merge(units, d => d.CpReviews),
            LacReviews = Merge(units, d => d.LacReviews),
            LacHealth = Merge(units, d => d.LacHealth),
            CareLeavers = Merge(units, d => d.CareLeavers),
            Population = Merge(units, d => d.Population),
        };
        var planted = new List<PlantedRow>();
        foreach (var u in units)
        {
            planted.AddRange(u.Planted);
        }
        return new SyntheticDataSet(options, data, planted);
    }

    private static List<T> Merge<T>(List<SyntheticUnit> units, Func<CaseData, IReadOnlyList<T>> table)
    {
        var total = 0;
        foreach (var u in units)
        {
            total += table(u.Data).Count;
        }
        var list = new List<T>(total);
        foreach (var u in units)
        {
            list.AddRange(table(u.Data));
        }
        return list;
    }
}
