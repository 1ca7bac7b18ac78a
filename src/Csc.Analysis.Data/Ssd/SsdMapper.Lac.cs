using Csc.Analysis.Data.Statutory;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Ssd;

public static partial class SsdMapper
{
    private sealed record ClaRow(string Id, string Child, DateOnly Start, DateOnly? End, string? StartReason, string? Need, string? CeasedReason,
        string? PlacementId, string Location, long Line);

    private sealed record PlacementRow(string Id, string? Child, DateOnly Start, DateOnly? End, string? Type, string? Provider, string? Postcode, double? Distance);

    private sealed record LegalRow(DateOnly Start, DateOnly? End, string Status);

    private sealed partial class State
    {
        /// <summary>
        /// Looked-after episodes in SSDA903 terms from ssd_cla_episodes, ssd_cla_placement and ssd_legal_status: each
        /// SSD episode is cut at every placement or legal status that starts inside it, so a new episode starts at each
        /// change of placement or legal status (reason new episode P, L or T; the earlier part ceases X1). Also returns the
        /// period of care ids (clae_cla_id) with their child, for the reviews.
        /// </summary>
        public (List<LacEpisode> Episodes, Dictionary<string, string> PeriodChild) ReadLac()
        {
            var periodChild = new Dictionary<string, string>(StringComparer.Ordinal);
            var rows = new List<ClaRow>();
            foreach (var r in Rows(SsdSchema.ClaEpisodes, CaseTable.LacEpisodes))
            {
                var id = r.Required("clae_cla_episode_id");
                var child = r.Required("clae_person_id");
                var start = r.RequiredDate("clae_cla_episode_start_date");
                var end = r.Date("clae_cla_episode_ceased_date");
                if (r.Rejected)
                {
                    continue;
                }
                if (end is { } e && e < start)
                {
                    r.Reject(StatutoryRules.DateOrder, "clae_cla_episode_ceased_date", IsoFormat.Date(e), "The episode ceased before it started; the row is not loaded.");
                    continue;
                }
                if (r.Text("clae_cla_id") is { } cla)
                {
                    periodChild.TryAdd(cla, child);
                }
                rows.Add(new ClaRow(id, child, start, end, r.Text("clae_cla_episode_start_reason"), r.Text("clae_cla_primary_need_code"),
                    r.Text("clae_cla_episode_ceased_reason"), r.Text("clae_cla_placement_id"), r.Location, r.Line));
            }
            if (!Present.Contains(SsdSchema.ClaEpisodes.Name))
            {
                return ([], periodChild);
            }

            var placementOwner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (row.PlacementId is { } p)
                {
                    placementOwner.TryAdd(p, row.Child);
                }
            }
            var placements = new Dictionary<string, List<PlacementRow>>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.ClaPlacement, null))
            {
                var id = r.Required("clap_cla_placement_id");
                var start = r.RequiredDate("clap_cla_placement_start_date");
                var end = r.Date("clap_cla_placement_end_date");
                if (r.Rejected)
                {
                    continue;
                }
                var child = r.Text("clap_person_id") ?? placementOwner.GetValueOrDefault(id)
                    ?? (r.Text("clap_cla_id") is { } cla ? periodChild.GetValueOrDefault(cla) : null);
                if (child is null)
                {
                    r.Warn(SsdRules.RecordOrphan, "clap_cla_placement_id", id, "No episode or person owns this placement; it is not used.");
                    continue;
                }
                Add(placements, child, new PlacementRow(id, child, start, end, r.Text("clap_cla_placement_type"), r.Text("clap_cla_placement_provider"),
                    r.Text("clap_cla_placement_postcode"), r.Number("clap_cla_placement_distance")));
            }
            var legal = new Dictionary<string, List<LegalRow>>(StringComparer.Ordinal);
            foreach (var r in Rows(SsdSchema.LegalStatus, null))
            {
                var child = r.Required("lega_person_id");
                var status = r.Required("lega_legal_status");
                var start = r.RequiredDate("lega_legal_status_start_date");
                var end = r.Date("lega_legal_status_end_date");
                if (!r.Rejected)
                {
                    Add(legal, child, new LegalRow(start, end, status));
                }
            }
            foreach (var l in placements.Values)
            {
                l.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
            foreach (var l in legal.Values)
            {
                l.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            var episodes = new List<LacEpisode>(rows.Count);
            var cuts = new List<DateOnly>();
            foreach (var row in rows)
            {
                var childPlacements = placements.GetValueOrDefault(row.Child) ?? [];
                var childLegal = legal.GetValueOrDefault(row.Child) ?? [];
                cuts.Clear();
                cuts.Add(row.Start);
                foreach (var p in childPlacements)
                {
                    if (p.Start > row.Start && (row.End is null || p.Start < row.End))
                    {
                        cuts.Add(p.Start);
                    }
                }
                foreach (var l in childLegal)
                {
                    if (l.Start > row.Start && (row.End is null || l.Start < row.End))
                    {
                        cuts.Add(l.Start);
                    }
                }
                cuts.Sort();
                PlacementRow? previousPlacement = null;
                string? previousStatus = null;
                var n = 0;
                for (var i = 0; i < cuts.Count; i++)
                {
                    if (i > 0 && cuts[i] == cuts[i - 1])
                    {
                        continue;
                    }
                    var from = cuts[i];
                    var next = cuts.Skip(i + 1).Where(c => c > from).Cast<DateOnly?>().FirstOrDefault();
                    var last = next is null;
                    var placement = OpenAt(childPlacements, from, p => p.Start, p => p.End)
                        ?? (row.PlacementId is { } pid ? childPlacements.FirstOrDefault(p => p.Id == pid) : null);
                    var status = OpenAt(childLegal, from, l => l.Start, l => l.End)?.Status;
                    if (status is null)
                    {
                        Issues.Error(StatutoryRules.ValueMissing, row.Location, row.Line, "lega_legal_status", IsoFormat.Date(from),
                            "No legal status in ssd_legal_status is open on this day of the episode; that part of the episode is not loaded.");
                        previousPlacement = placement;
                        continue;
                    }
                    n++;
                    string? rne;
                    if (n == 1)
                    {
                        rne = row.StartReason;
                    }
                    else
                    {
                        var placementChanged = !ReferenceEquals(placement, previousPlacement);
                        var statusChanged = status != previousStatus;
                        rne = placementChanged && statusChanged ? "T" : placementChanged ? "P" : "L";
                    }
                    episodes.Add(new LacEpisode(n == 1 ? row.Id : $"{row.Id}#{n}", row.Child, from, last ? row.End : next, rne, status, row.Need,
                        placement?.Type, placement?.Provider, placement?.Postcode, placement?.Distance, null, last ? row.CeasedReason : "X1"));
                    previousPlacement = placement;
                    previousStatus = status;
                }
            }
            return (episodes, periodChild);
        }

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
        {
            if (!map.TryGetValue(key, out var l))
            {
                map[key] = l = [];
            }
            l.Add(value);
        }

        /// <summary>The item open on <paramref name="day"/> (start on or before it, end on or after it) that started last; items are sorted by start.</summary>
        private static T? OpenAt<T>(List<T> sorted, DateOnly day, Func<T, DateOnly> start, Func<T, DateOnly?> end)
            where T : class
        {
            T? best = null;
            foreach (var item in sorted)
            {
                if (start(item) > day)
                {
                    break;
                }
                if (end(item) is not { } e || e >= day)
                {
                    best = item;
                }
            }
            return best;
        }
    }
}
