using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

// Looked-after children: entrants, leavers, legal status changes and placement moves steered to the story.
internal sealed partial class CouncilSimulation
{
    // steering dimensions
    private const int DimV2 = 0;
    private const int DimOther = 1;
    private const int DimAge = 2;
    private const int DimFar = 3;
    private const int DimOut = 4;
    private const int Dims = 5;
    private static readonly double[] DimWeights = [1.0, 1.0, 1.2, 1.0, 0.8];

    private readonly List<CareChild> shortBreakChildren = [];
    private readonly List<ChildInfo> shortBreakV4 = [];

    private sealed class LacState
    {
        public readonly int[] Count = new int[Dims];
        public readonly int[] Target = new int[Dims];
        public int Known;

        public double Deficit(int d) => Count[d] - Target[d];
    }

    private static bool IsOther(string ls) => ls is not ("V2" or "C1" or "C2");

    private static void Attributes(string ls, int age, PlaceClass place, Span<int> x)
    {
        x[DimV2] = ls == "V2" ? 1 : 0;
        x[DimOther] = IsOther(ls) ? 1 : 0;
        x[DimAge] = age >= 16 ? 1 : 0;
        x[DimFar] = place == PlaceClass.Far ? 1 : 0;
        x[DimOut] = place == PlaceClass.Inside ? 0 : 1;
    }

    private LacState Measure(ReportingMonth m, DateOnly end, int n)
    {
        var s = new LacState();
        Span<int> x = stackalloc int[Dims];
        foreach (var c in lacOpen)
        {
            Attributes(c.Current.LegalStatus, c.Child.AgeOn(end), c.Current.Class, x);
            for (var d = 0; d < Dims; d++)
            {
                s.Count[d] += x[d];
            }
            if (c.Current.Class != PlaceClass.Unknown)
            {
                s.Known++;
            }
        }
        s.Target[DimV2] = Share(StoryTargets.At(StoryTargets.SectionTwentyShare, m), n);
        s.Target[DimOther] = Share(StoryTargets.OtherLegalStatusShare(m), n);
        s.Target[DimAge] = Share(StoryTargets.SixteenSeventeenShare(m), n);
        s.Target[DimOut] = Share(StoryTargets.OutsideShare(m), n);
        s.Target[DimFar] = Share(StoryTargets.FarShare(m), (int)Math.Round(n * 0.96));
        return s;
    }

    /// <summary>How much closer to the targets the counts get when a child with attributes x is added (+1) or removed (-1).</summary>
    private static double Benefit(LacState s, ReadOnlySpan<int> x, int sign)
    {
        var b = 0.0;
        for (var d = 0; d < Dims; d++)
        {
            if (x[d] == 0)
            {
                continue;
            }
            var before = Math.Abs(s.Deficit(d));
            var after = Math.Abs(s.Deficit(d) + sign);
            b += DimWeights[d] * (before - after);
        }
        return b;
    }

    private static void Apply(LacState s, ReadOnlySpan<int> x, int sign)
    {
        for (var d = 0; d < Dims; d++)
        {
            s.Count[d] += sign * x[d];
        }
    }

    private void OpeningLac()
    {
        var first = from.FirstDay;
        var n = Target(StoryTargets.At(StoryTargets.LacOpen, from));
        var state = Measure(from, from.LastDay, n);
        Span<int> x = stackalloc int[Dims];
        for (var k = 0; k < n; k++)
        {
            var (ls, age, place) = ChooseEntrant(state, from, from.LastDay);
            var child = NewChild(first, age, mustBeUnder18Until: from.LastDay.AddDays(60));
            var periodStart = Max(first.AddDays(-rng.Between(20, 1500)), child.Dob.AddDays(1));
            var episodeStart = periodStart;
            if (rng.Chance(0.4) && first.DayNumber - periodStart.DayNumber > 10)
            {
                // an earlier episode in this period of care, ended by a placement move (X1)
                episodeStart = RandomDay(periodStart.AddDays(1), first.AddDays(-1));
                var previousClass = (PlaceClass)rng.Next(3);
                var previous = MakeEpisode(periodStart, "S", ls == "E1" ? "C2" : ls, child.AgeOn(periodStart), previousClass, null);
                EmitEpisode(child, previous, episodeStart, "X1");
            }
            var episode = MakeEpisode(episodeStart, episodeStart == periodStart ? "S" : "P", ls, child.AgeOn(episodeStart), place, null);
            var care = new CareChild(child, periodStart, episode);
            if (ls == "C1")
            {
                care.InterimOrderEnds = episodeStart.AddDays(rng.Between(180, 300));
            }
            lacOpen.Add(care);
            Attributes(ls, child.AgeOn(from.LastDay), place, x);
            Apply(state, x, +1);
        }
    }

    private void LacMonth(int mi, ReportingMonth m, DateOnly start, DateOnly end)
    {
        var month = m.Index;
        Span<int> x = stackalloc int[Dims];

        // interim care orders becoming full care orders
        foreach (var c in lacOpen)
        {
            if (c.InterimOrderEnds is { } due && due <= end && c.Current.LegalStatus == "C1" && c.Current.Start < end && c.Child.Eighteenth > end)
            {
                var date = Max(Max(due, start), c.Current.Start.AddDays(1));
                ChangeLegalStatus(c, date, "C2");
                c.InterimOrderEnds = null;
                c.TouchedMonth = month;
            }
        }

        // 18th birthdays
        var leaving = new List<(CareChild Child, DateOnly Date, string Rec)>();
        var removed = new HashSet<CareChild>();
        foreach (var c in lacOpen)
        {
            var b = c.Child.Eighteenth;
            if (b <= end)
            {
                var date = Max(Max(b, start), c.Current.Start.AddDays(1));
                leaving.Add((c, date, AgeOutReason()));
                removed.Add(c);
            }
        }
        RemoveFromCare(leaving, removed);

        var n = Target(StoryTargets.At(StoryTargets.LacOpen, m));
        var ceasing = Target(StoryTargets.CeasingCount(m));
        var permanency = Share(StoryTargets.PermanencyShare(m), ceasing);
        var others = Math.Max(0, ceasing - leaving.Count - permanency);
        var entrants = n - (lacOpen.Count - permanency - others);
        if (entrants < 2)
        {
            others += 2 - entrants;
            entrants = 2;
        }

        var state = Measure(m, end, n);
        leaving.Clear();
        removed.Clear();

        // adoption and special guardianship
        var permanencyDone = 0;
        if (permanency > 0)
        {
            var candidates = new List<CareChild>();
            foreach (var c in lacOpen)
            {
                if (c.Current.LegalStatus is "C2" or "E1" && c.Child.AgeOn(end) < 15 && c.Current.Start < end && c.TouchedMonth != month)
                {
                    candidates.Add(c);
                }
            }
            rng.Shuffle(candidates);
            for (var k = 0; k < permanency && k < candidates.Count; k++)
            {
                var c = candidates[k];
                var rec = c.Current.LegalStatus == "E1" ? (rng.Chance(0.6) ? "E11" : "E12") : (rng.Chance(0.6) ? "E43" : "E44");
                leaving.Add((c, RandomDay(Max(start, c.Current.Start.AddDays(1)), end), rec));
                removed.Add(c);
                Attributes(c.Current.LegalStatus, c.Child.AgeOn(end), c.Current.Class, x);
                Apply(state, x, -1);
                permanencyDone++;
            }
        }
        others += permanency - permanencyDone;

        // other leavers, chosen to move the mix towards the targets
        for (var k = 0; k < others; k++)
        {
            CareChild? best = null;
            var bestScore = double.MinValue;
            for (var t = 0; t < 12; t++)
            {
                var c = lacOpen[rng.Next(lacOpen.Count)];
                if (removed.Contains(c) || c.Current.Start >= end || c.TouchedMonth == month)
                {
                    continue;
                }
                Attributes(c.Current.LegalStatus, c.Child.AgeOn(end), c.Current.Class, x);
                var score = Benefit(state, x, -1) + (rng.NextDouble() * 0.6);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            if (best is null)
            {
                entrants--;
                continue;
            }
            Attributes(best.Current.LegalStatus, best.Child.AgeOn(end), best.Current.Class, x);
            Apply(state, x, -1);
            removed.Add(best);
            leaving.Add((best, RandomDay(Max(start, best.Current.Start.AddDays(1)), end), LeavingReason(best, end)));
        }
        RemoveFromCare(leaving, removed);

        // entrants
        for (var k = 0; k < entrants; k++)
        {
            var (ls, age, place) = ChooseEntrant(state, m, end);
            var date = RandomDay(start, Min(end, extract));
            ChildInfo? child = null;
            if (age < 16)
            {
                child = TakeFromPlans(cpOpen, date, age + 1, 0.25, EndReason.ToLac, Math.Max(0, age - 1))
                        ?? TakeFromPlans(cinOpen, date, age + 1, 0.15, EndReason.ToLac, Math.Max(0, age - 1));
            }
            if (child is null)
            {
                child = NewChild(date, age, mustBeUnder18Until: end.AddDays(60));
                LacChain(child, date);
            }
            var episode = MakeEpisode(date, "S", ls, child.AgeOn(date), place, null);
            var care = new CareChild(child, date, episode) { TouchedMonth = month };
            if (ls == "C1")
            {
                care.InterimOrderEnds = date.AddDays(rng.Between(180, 300));
            }
            lacOpen.Add(care);
            Attributes(ls, child.AgeOn(end), place, x);
            Apply(state, x, +1);
        }

        // legal status changes
        Convert(state, month, start, end, DimV2, +1, c => c.Current.LegalStatus == "V2" && c.Child.AgeOn(end) < 17, "C1");
        Convert(state, month, start, end, DimV2, -1, c => c.Current.LegalStatus == "C1", "V2");
        Convert(state, month, start, end, DimOther, -1, c => c.Current.LegalStatus == "C2" && c.Child.AgeOn(end) < 8, "E1");

        // placement moves for distance and location
        PlacementMoves(state, month, start, end);
    }

    /// <summary>Changes the legal status of children of one kind until the dimension reaches its target (sign +1: too many, -1: too few).</summary>
    private void Convert(LacState state, int month, DateOnly start, DateOnly end, int dim, int sign, Func<CareChild, bool> eligible, string newStatus)
    {
        var need = (int)(sign * state.Deficit(dim));
        if (need <= 0)
        {
            return;
        }
        var candidates = new List<CareChild>();
        foreach (var c in lacOpen)
        {
            if (c.TouchedMonth != month && c.Current.Start < end && c.Child.Eighteenth > end && eligible(c))
            {
                candidates.Add(c);
            }
        }
        rng.Shuffle(candidates);
        Span<int> before = stackalloc int[Dims];
        Span<int> after = stackalloc int[Dims];
        for (var k = 0; k < need && k < candidates.Count; k++)
        {
            var c = candidates[k];
            var age = c.Child.AgeOn(end);
            Attributes(c.Current.LegalStatus, age, c.Current.Class, before);
            ChangeLegalStatus(c, RandomDay(Max(start, c.Current.Start.AddDays(1)), end), newStatus);
            if (newStatus == "C1")
            {
                c.InterimOrderEnds = c.Current.Start.AddDays(rng.Between(180, 300));
            }
            c.TouchedMonth = month;
            Attributes(c.Current.LegalStatus, age, c.Current.Class, after);
            Apply(state, before, -1);
            Apply(state, after, +1);
        }
    }

    private void PlacementMoves(LacState state, int month, DateOnly start, DateOnly end)
    {
        Span<int> before = stackalloc int[Dims];
        Span<int> after = stackalloc int[Dims];
        var byClass = new List<CareChild>[4];
        for (var i = 0; i < 4; i++)
        {
            byClass[i] = [];
        }
        foreach (var c in lacOpen)
        {
            if (c.TouchedMonth != month && c.Current.Start < end && c.Child.Eighteenth > end)
            {
                byClass[(int)c.Current.Class].Add(c);
            }
        }
        foreach (var list in byClass)
        {
            rng.Shuffle(list);
        }
        for (var guard = 0; guard < 200; guard++)
        {
            var far = (int)state.Deficit(DimFar);
            var outside = (int)state.Deficit(DimOut);
            if (far == 0 && outside == 0)
            {
                break;
            }
            (PlaceClass From, PlaceClass To) move = (far, outside) switch
            {
                ( > 0, > 0) => (PlaceClass.Far, PlaceClass.Inside),
                ( > 0, _) => (PlaceClass.Far, PlaceClass.Near),
                ( < 0, < 0) => (PlaceClass.Inside, PlaceClass.Far),
                ( < 0, _) => (PlaceClass.Near, PlaceClass.Far),
                (0, > 0) => (PlaceClass.Near, PlaceClass.Inside),
                _ => (PlaceClass.Inside, PlaceClass.Near),
            };
            var pool = byClass[(int)move.From];
            if (pool.Count == 0)
            {
                break;
            }
            var c = pool[^1];
            pool.RemoveAt(pool.Count - 1);
            var age = c.Child.AgeOn(end);
            Attributes(c.Current.LegalStatus, age, c.Current.Class, before);
            var date = RandomDay(Max(start, c.Current.Start.AddDays(1)), end);
            var next = MakeEpisode(date, "P", c.Current.LegalStatus, c.Child.AgeOn(date), move.To, c.Current.CategoryOfNeed);
            EmitEpisode(c.Child, c.Current, date, "X1");
            c.Current = next;
            c.TouchedMonth = month;
            Attributes(c.Current.LegalStatus, age, c.Current.Class, after);
            Apply(state, before, -1);
            Apply(state, after, +1);
        }
    }

    private (string Ls, int Age, PlaceClass Place) ChooseEntrant(LacState state, ReportingMonth m, DateOnly end)
    {
        Span<int> x = stackalloc int[Dims];
        var summer = m.Month is 6 or 7 or 8;
        (string, int, PlaceClass) best = ("V2", 10, PlaceClass.Inside);
        var bestScore = double.MinValue;
        for (var t = 0; t < 10; t++)
        {
            var band = rng.Pick([0.30, 0.15, 0.30, 0.25]);
            var age = band switch
            {
                0 => rng.Between(0, 4),
                1 => rng.Between(5, 9),
                2 => rng.Between(10, 15),
                _ => rng.Between(16, 17),
            };
            var u = rng.NextDouble();
            var ls = age >= 12 && u < 0.03 ? "J2" : u < (summer ? 0.64 : 0.54) ? "V2" : "C1";
            var place = (PlaceClass)rng.Pick([0.48, 0.34, 0.14, 0.04]);
            Attributes(ls, age, place, x);
            var score = Benefit(state, x, +1) + (rng.NextDouble() * 0.6);
            if (score > bestScore)
            {
                bestScore = score;
                best = (ls, age, place);
            }
        }
        if (best.Item2 == 17)
        {
            // a 17-year-old coming in this month stays under 18 for at least two months
            best.Item2 = 16;
        }
        return best;
    }

    private static readonly string[] NeedCodes = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];

    private Episode MakeEpisode(DateOnly start, string rne, string ls, int age, PlaceClass place, string? need)
    {
        need ??= ls switch
        {
            "J2" => "N6",
            "V2" when age >= 15 && rng.Chance(0.25) => "N8",
            "V2" => NeedCodes[rng.Pick([45, 2, 5, 20, 12, 8, 2, 6])],
            _ => NeedCodes[rng.Pick([80, 1, 4, 10, 4, 1, 0, 0])],
        };
        string type;
        if (ls == "E1")
        {
            type = rng.Chance(0.5) ? "A4" : "A6";
        }
        else if (age >= 16)
        {
            type = place == PlaceClass.Inside ? (rng.Chance(0.5) ? "H5" : "U4") : (rng.Chance(0.35) ? "K2" : rng.Chance(0.5) ? "H5" : "U6");
        }
        else if (age >= 10)
        {
            type = place == PlaceClass.Far && rng.Chance(0.5) ? "K2" : new[] { "U4", "U6", "U1", "U3", "K2" }[rng.Pick([35, 30, 8, 7, 20])];
        }
        else
        {
            type = ls == "C2" && place == PlaceClass.Inside && rng.Chance(0.08) ? "P1" : new[] { "U1", "U3", "U4", "U6" }[rng.Pick([15, 10, 30, 45])];
        }
        var provider = type switch
        {
            "P1" => "PR0",
            "U1" or "U2" or "U3" => "PR1",
            "A4" or "A6" => rng.Chance(0.6) ? "PR1" : "PR5",
            _ => place switch
            {
                PlaceClass.Inside => new[] { "PR1", "PR4", "PR5" }[rng.Pick([60, 30, 10])],
                PlaceClass.Near => new[] { "PR4", "PR2", "PR5", "PR1" }[rng.Pick([50, 20, 20, 10])],
                _ => rng.Chance(0.8) ? "PR4" : "PR5",
            },
        };
        return new Episode
        {
            Id = Id("E", ++nEpisode),
            Start = start,
            Rne = rne,
            LegalStatus = ls,
            CategoryOfNeed = need,
            PlacementType = type,
            Provider = provider,
            Class = place,
            Postcode = place == PlaceClass.Unknown ? null : PlacementPostcode(place),
            Distance = place == PlaceClass.Unknown ? null : Distance(place),
        };
    }

    private void ChangeLegalStatus(CareChild c, DateOnly date, string ls)
    {
        var old = c.Current;
        EmitEpisode(c.Child, old, date, "X1");
        c.Current = new Episode
        {
            Id = Id("E", ++nEpisode),
            Start = date,
            Rne = "L",
            LegalStatus = ls,
            CategoryOfNeed = old.CategoryOfNeed,
            PlacementType = ls == "E1" && rng.Chance(0.4) ? "A4" : old.PlacementType,
            Provider = old.Provider,
            Class = old.Class,
            Postcode = old.Postcode,
            Distance = old.Distance,
        };
    }

    private void EmitEpisode(ChildInfo child, Episode e, DateOnly? end, string? rec)
    {
        var endDate = end is { } d ? Closed(d) : null;
        lacEpisodes.Add(new LacEpisode(
            e.Id,
            child.Id,
            e.Start,
            endDate,
            e.Rne,
            e.LegalStatus,
            e.CategoryOfNeed,
            e.PlacementType,
            e.Provider,
            e.Postcode,
            e.Distance,
            e.Class == PlaceClass.Unknown ? false : e.Class == PlaceClass.Inside,
            endDate is null ? null : rec));
    }

    private void RemoveFromCare(List<(CareChild Child, DateOnly Date, string Rec)> leaving, HashSet<CareChild> removed)
    {
        foreach (var (c, date, rec) in leaving)
        {
            EmitEpisode(c.Child, c.Current, date, rec);
        }
        if (removed.Count > 0)
        {
            lacOpen.RemoveAll(removed.Contains);
        }
    }

    private string AgeOutReason() => new[] { "E5", "E6", "E8", "E13" }[rng.Pick([45, 15, 25, 15])];

    private string LeavingReason(CareChild c, DateOnly end)
    {
        var age = c.Child.AgeOn(end);
        return c.Current.LegalStatus switch
        {
            "J2" => "E14",
            "E1" => "E8",
            "V2" when age >= 16 => new[] { "E5", "E6", "E13", "E4A" }[rng.Pick([35, 10, 25, 30])],
            "V2" => new[] { "E4A", "E13", "E8", "E3" }[rng.Pick([65, 20, 10, 5])],
            _ => new[] { "E4A", "E41", "E13", "E8" }[rng.Pick([35, 35, 20, 10])],
        };
    }

    // ---------------------------------------------------------------- short breaks (V3/V4: not looked after)

    private void ShortBreaksMonth(DateOnly start, DateOnly end)
    {
        if (shortBreakChildren.Count == 0 && shortBreakV4.Count == 0)
        {
            for (var k = 0; k < Math.Max(1, Target(7)); k++)
            {
                var child = NewChild(start, rng.Between(5, 12), disabled: true);
                shortBreakChildren.Add(new CareChild(child, start, MakeEpisode(start, "S", "V3", 8, PlaceClass.Inside, "N2")));
            }
            for (var k = 0; k < Math.Max(1, Target(2)); k++)
            {
                var child = NewChild(start, rng.Between(6, 12), disabled: true);
                shortBreakV4.Add(child);
                var e = new Episode
                {
                    Id = Id("E", ++nEpisode),
                    Start = start.AddDays(-rng.Between(10, 400)),
                    Rne = "S",
                    LegalStatus = "V4",
                    CategoryOfNeed = "N2",
                    PlacementType = "K2",
                    Provider = "PR1",
                    Class = PlaceClass.Inside,
                    Postcode = HomePostcode(),
                    Distance = Distance(PlaceClass.Inside),
                };
                EmitEpisode(child, e, null, null);
            }
        }
        foreach (var c in shortBreakChildren)
        {
            if (c.Child.Eighteenth <= end.AddDays(30) || !rng.Chance(0.85))
            {
                continue;
            }
            var s = RandomDay(start, end.AddDays(-3));
            var e = new Episode
            {
                Id = Id("E", ++nEpisode),
                Start = s,
                Rne = "S",
                LegalStatus = "V3",
                CategoryOfNeed = "N2",
                PlacementType = "K2",
                Provider = "PR1",
                Class = PlaceClass.Inside,
                Postcode = c.Current.Postcode,
                Distance = c.Current.Distance,
            };
            EmitEpisode(c.Child, e, Min(s.AddDays(rng.Between(1, 3)), extract), "E13");
        }
    }
}
