using System.Globalization;
using System.Text.Json;

namespace Csc.Analysis.Kpis;

/// <summary>A council's change to one KPI: its rating rule (or no rating) and what it is rated on.</summary>
public sealed record KpiOverride
{
    /// <summary>True when the config sets the rating (then <see cref="Rag"/> null means "not rated").</summary>
    public bool ReplacesRag { get; init; }

    /// <summary>The configured rating; null keeps the definition's default.</summary>
    public RagRule? Rag { get; init; }

    /// <summary>Whether the rating reads the month or the year to date; null keeps the definition's.</summary>
    public RateOn? RateOn { get; init; }

    /// <summary>The council's note on why (free text, shown in docs and reports).</summary>
    public string? Note { get; init; }
}

/// <summary>A KPI config file that cannot be used. The message names the file, the place and what to do.</summary>
public sealed class KpiConfigException(string source, string detail)
    : Exception($"KPI config '{source}': {detail}")
{
    /// <summary>The file (or name) the config came from.</summary>
    public string ConfigSource { get; } = source;

    /// <summary>What is wrong and what to do.</summary>
    public string Detail { get; } = detail;
}

/// <summary>
/// A council's KPI settings: timescales and per-KPI targets, bands and rating basis, read from JSON
/// (docs/kpis.md has the format; data-samples/havering-like/kpi-config.json is an example). Checked
/// on load: unknown KPI ids or settings, wrong types and overlapping bands are errors with exact messages.
/// </summary>
public sealed record KpiConfig
{
    private static readonly string[] TopKeys = ["timescales", "kpis", "description", "la_code", "disclosure"];
    private static readonly string[] DisclosureKeys = ["suppress_below", "round"];
    private static readonly string[] KpiKeys = ["target", "amber_band", "polarity", "bands", "rate_on", "note"];
    private static readonly string[] BandKeys = ["rag", "min", "above", "max", "below"];
    private static readonly string[] TimescaleKeys =
    [
        "icpc_working_days", "assessment_working_days", "assessment_clock_start", "cp_visit_working_days",
        "rhi_hours", "distance_miles", "permanency_includes_child_arrangements_orders",
        "care_leaver_age_from", "care_leaver_age_to",
    ];

    /// <summary>The timescales (ICPC, assessment, CP visit working days, ...).</summary>
    public KpiTimescales Timescales { get; init; } = KpiTimescales.Default;

    /// <summary>Changes by KPI id.</summary>
    public IReadOnlyDictionary<string, KpiOverride> Kpis { get; init; } = new Dictionary<string, KpiOverride>();

    /// <summary>The council's DfE number (<c>la_code</c>, e.g. 311 for Havering), which names it in the published comparators; null when not set.</summary>
    public int? LaCode { get; init; }

    /// <summary>
    /// Disclosure control of public outputs (<c>"disclosure": { "suppress_below": 6, "round": 5 }</c>: counts from 1 to
    /// suppress_below − 1 are withheld, shown counts rounded to 5 or 10); null: not set, DfE's default (1 to 5, no rounding)
    /// unless the command line says otherwise.
    /// </summary>
    public Disclosure.DisclosureOptions? Disclosure { get; init; }

    /// <summary>Where the config came from (a file path, or "default").</summary>
    public string Source { get; init; } = "default";

    /// <summary>No changes: the default catalogue.</summary>
    public static KpiConfig Default { get; } = new();

    /// <summary>The default catalogue with these timescales and changes applied.</summary>
    public KpiCatalog Apply()
    {
        var catalog = KpiCatalog.For(Timescales);
        foreach (var (id, o) in Kpis)
        {
            var d = catalog[id];
            if (o.ReplacesRag)
            {
                d = d with { Rag = o.Rag };
            }
            if (o.RateOn is { } r)
            {
                d = d with { RateOn = r };
            }
            catalog = catalog.With(d);
        }
        return catalog;
    }

    private static Disclosure.DisclosureOptions ReadDisclosure(JsonElement e, string source)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new KpiConfigException(source, $"\"disclosure\" must be an object with \"suppress_below\" and/or \"round\", found {Show(e)}.");
        }
        CheckKeys(e, DisclosureKeys, "disclosure", source);
        var options = Csc.Analysis.Disclosure.DisclosureOptions.Default;
        if (e.TryGetProperty("suppress_below", out var below))
        {
            options = options with
            {
                Threshold = below.ValueKind == JsonValueKind.Number && below.TryGetInt32(out var n) && n >= 2
                    ? n - 1
                    : throw new KpiConfigException(source, $"disclosure.suppress_below: expected a whole number of at least 2 (6 withholds counts from 1 to 5), found {Show(below)}."),
            };
        }
        if (e.TryGetProperty("round", out var round))
        {
            options = options with
            {
                Rounding = round.ValueKind == JsonValueKind.Number && round.TryGetInt32(out var r) && r is 1 or 5 or 10
                    ? (Csc.Analysis.Disclosure.DisclosureRounding)r
                    : throw new KpiConfigException(source, $"disclosure.round: expected 1 (none), 5 or 10, found {Show(round)}."),
            };
        }
        return options;
    }

    /// <summary>Reads a JSON config file. Every problem is a <see cref="KpiConfigException"/>.</summary>
    public static KpiConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new KpiConfigException(path, "the file does not exist.");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses JSON text; <paramref name="source"/> names it in messages.</summary>
    public static KpiConfig Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new KpiConfigException(source, $"not valid JSON (line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}).");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new KpiConfigException(source, "the top level must be a JSON object with \"timescales\" and/or \"kpis\".");
            }
            CheckKeys(root, TopKeys, "the top level", source);
            var timescales = root.TryGetProperty("timescales", out var ts) ? ReadTimescales(ts, source) : KpiTimescales.Default;
            var catalog = KpiCatalog.For(timescales);
            var kpis = new Dictionary<string, KpiOverride>(StringComparer.Ordinal);
            if (root.TryGetProperty("kpis", out var ks))
            {
                if (ks.ValueKind != JsonValueKind.Object)
                {
                    throw new KpiConfigException(source, $"\"kpis\" must be an object keyed by KPI id, found {Show(ks)}.");
                }
                foreach (var p in ks.EnumerateObject())
                {
                    if (!catalog.TryGet(p.Name, out var def))
                    {
                        throw new KpiConfigException(source, $"unknown KPI id '{p.Name}' in \"kpis\". Known ids: {string.Join(", ", catalog.Ids)}.");
                    }
                    kpis[p.Name] = ReadKpi(p.Value, def, $"kpis.{p.Name}", source);
                }
            }
            int? laCode = null;
            if (root.TryGetProperty("la_code", out var la))
            {
                laCode = la.ValueKind == JsonValueKind.Number && la.TryGetInt32(out var n) && n is > 0 and < 1000
                    ? n
                    : throw new KpiConfigException(source, $"la_code: expected the council's DfE number, a whole number such as 311, found {Show(la)}.");
            }
            var disclosure = root.TryGetProperty("disclosure", out var dc) ? ReadDisclosure(dc, source) : null;
            return new KpiConfig { Timescales = timescales, Kpis = kpis, Source = source, LaCode = laCode, Disclosure = disclosure };
        }
    }

    private static KpiTimescales ReadTimescales(JsonElement e, string source)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new KpiConfigException(source, $"\"timescales\" must be an object, found {Show(e)}.");
        }
        CheckKeys(e, TimescaleKeys, "timescales", source);
        var t = KpiTimescales.Default;
        foreach (var p in e.EnumerateObject())
        {
            var where = $"timescales.{p.Name}";
            t = p.Name switch
            {
                "icpc_working_days" => t with { IcpcWorkingDays = WorkingDays(p.Value, where, source) },
                "assessment_working_days" => t with { AssessmentWorkingDays = WorkingDays(p.Value, where, source) },
                "cp_visit_working_days" => t with { CpVisitWorkingDays = WorkingDays(p.Value, where, source) },
                "rhi_hours" => t with { RhiHours = Positive(p.Value, where, "hours", source) },
                "distance_miles" => t with { DistanceMiles = Positive(p.Value, where, "miles", source) },
                "care_leaver_age_from" => t with { CareLeaverAgeFrom = CareLeaverAge(p.Value, where, source) },
                "care_leaver_age_to" => t with { CareLeaverAgeTo = CareLeaverAge(p.Value, where, source) },
                "assessment_clock_start" => t with
                {
                    AssessmentClockStart = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() switch
                    {
                        "assessment_start" => AssessmentClockStart.AssessmentStart,
                        "referral" => AssessmentClockStart.Referral,
                        _ => throw new KpiConfigException(source, $"{where}: expected \"assessment_start\" or \"referral\", found {Show(p.Value)}."),
                    }
                    : throw new KpiConfigException(source, $"{where}: expected \"assessment_start\" or \"referral\", found {Show(p.Value)}."),
                },
                _ => t with
                {
                    PermanencyIncludesChildArrangementsOrders = p.Value.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new KpiConfigException(source, $"{where}: expected true or false, found {Show(p.Value)}."),
                    },
                },
            };
        }
        if (t.CareLeaverAgeFrom > t.CareLeaverAgeTo)
        {
            throw new KpiConfigException(source, $"timescales: care_leaver_age_from ({t.CareLeaverAgeFrom}) is above care_leaver_age_to ({t.CareLeaverAgeTo}); the ages counted run from the one to the other.");
        }
        return t;
    }

    private static KpiOverride ReadKpi(JsonElement e, KpiDefinition def, string where, string source)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new KpiConfigException(source, $"{where}: expected an object such as {{\"target\": 90, \"amber_band\": 10}}, found {Show(e)}.");
        }
        CheckKeys(e, KpiKeys, where, source);
        var o = new KpiOverride();
        if (e.TryGetProperty("note", out var note))
        {
            o = o with { Note = note.ValueKind == JsonValueKind.String ? note.GetString() : throw new KpiConfigException(source, $"{where}.note: expected text, found {Show(note)}.") };
        }
        if (e.TryGetProperty("rate_on", out var rateOn))
        {
            var r = rateOn.ValueKind == JsonValueKind.String ? rateOn.GetString() switch
            {
                "month" => RateOn.Month,
                "ytd" => RateOn.YearToDate,
                _ => (RateOn?)null,
            } : null;
            if (r is null)
            {
                throw new KpiConfigException(source, $"{where}.rate_on: expected \"month\" or \"ytd\", found {Show(rateOn)}.");
            }
            if (r == RateOn.YearToDate && def.YtdRule == KpiYtdRule.None)
            {
                throw new KpiConfigException(source, $"{where}.rate_on: '{def.Id}' has no year-to-date figure (a snapshot count or ratio), so it can only be rated on \"month\".");
            }
            o = o with { RateOn = r };
        }

        var hasTarget = e.TryGetProperty("target", out var target);
        var hasBands = e.TryGetProperty("bands", out var bands);
        var hasAmber = e.TryGetProperty("amber_band", out var amber);
        var hasPolarity = e.TryGetProperty("polarity", out var polarity);
        if (hasTarget && hasBands)
        {
            throw new KpiConfigException(source, $"{where}: give either \"target\" (with \"polarity\" and \"amber_band\") or \"bands\", not both.");
        }
        if (hasBands && (hasAmber || hasPolarity))
        {
            throw new KpiConfigException(source, $"{where}: \"amber_band\" and \"polarity\" go with \"target\"; with \"bands\" give each band's range instead.");
        }
        if (hasTarget && target.ValueKind == JsonValueKind.Null)
        {
            if (hasAmber || hasPolarity)
            {
                throw new KpiConfigException(source, $"{where}: \"target\": null switches rating off, so \"amber_band\" and \"polarity\" cannot be set.");
            }
            return o with { ReplacesRag = true, Rag = null };
        }
        if (hasBands)
        {
            return o with { ReplacesRag = true, Rag = ReadBands(bands, $"{where}.bands", source) };
        }
        if (hasTarget || hasAmber || hasPolarity)
        {
            var existing = def.Rag is { Polarity: not KpiPolarity.Neutral } r ? r : null;
            var t = hasTarget ? Number(target, $"{where}.target", source) : existing?.Target;
            if (t is null)
            {
                throw new KpiConfigException(source, $"{where}: '{def.Id}' has no default target, so \"target\" must be given with \"amber_band\" or \"polarity\".");
            }
            var pol = hasPolarity ? ReadPolarity(polarity, $"{where}.polarity", source) : existing?.Polarity ?? def.Polarity;
            if (def.Polarity != KpiPolarity.Neutral && pol != def.Polarity)
            {
                throw new KpiConfigException(source, $"{where}.polarity: '{def.Id}' is {Snake(def.Polarity)} by definition, and a target cannot reverse it; remove \"polarity\" or set it to \"{Snake(def.Polarity)}\".");
            }
            if (pol == KpiPolarity.Neutral)
            {
                throw new KpiConfigException(source, $"{where}: '{def.Id}' has no good direction by default; add \"polarity\": \"higher_is_better\" or \"lower_is_better\" to the target.");
            }
            var a = hasAmber ? Number(amber, $"{where}.amber_band", source) : existing?.AmberBand ?? 0;
            if (a < 0)
            {
                throw new KpiConfigException(source, $"{where}.amber_band: expected a number at or above 0, found {Show(amber)}.");
            }
            return o with { ReplacesRag = true, Rag = RagRule.FromTarget(t.Value, pol, a) };
        }
        return o;
    }

    private static RagRule ReadBands(JsonElement e, string where, string source)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            throw new KpiConfigException(source, $"{where}: expected an array of bands such as [{{\"rag\": \"green\", \"max\": 320}}], found {Show(e)}.");
        }
        var list = new List<RagBand>();
        var i = 0;
        foreach (var b in e.EnumerateArray())
        {
            var bw = $"{where}[{i}]";
            if (b.ValueKind != JsonValueKind.Object)
            {
                throw new KpiConfigException(source, $"{bw}: expected an object such as {{\"rag\": \"green\", \"max\": 320}}, found {Show(b)}.");
            }
            CheckKeys(b, BandKeys, bw, source);
            if (!b.TryGetProperty("rag", out var ragEl))
            {
                throw new KpiConfigException(source, $"{bw}: \"rag\" is missing; set it to green, amber or red.");
            }
            var rag = ragEl.ValueKind == JsonValueKind.String ? ragEl.GetString() switch
            {
                "green" => Rag.Green,
                "amber" => Rag.Amber,
                "red" => Rag.Red,
                _ => Rag.None,
            } : Rag.None;
            if (rag == Rag.None)
            {
                throw new KpiConfigException(source, $"{bw}.rag: expected \"green\", \"amber\" or \"red\", found {Show(ragEl)}.");
            }
            var hasMin = b.TryGetProperty("min", out var min);
            var hasAbove = b.TryGetProperty("above", out var above);
            var hasMax = b.TryGetProperty("max", out var max);
            var hasBelow = b.TryGetProperty("below", out var below);
            if (hasMin && hasAbove)
            {
                throw new KpiConfigException(source, $"{bw}: give \"min\" (at or above) or \"above\", not both.");
            }
            if (hasMax && hasBelow)
            {
                throw new KpiConfigException(source, $"{bw}: give \"max\" (at or below) or \"below\", not both.");
            }
            double? lo = hasMin ? Number(min, $"{bw}.min", source) : hasAbove ? Number(above, $"{bw}.above", source) : null;
            double? hi = hasMax ? Number(max, $"{bw}.max", source) : hasBelow ? Number(below, $"{bw}.below", source) : null;
            list.Add(new RagBand(rag, lo, hasMin, hi, hasMax));
            i++;
        }
        var error = RagRule.CheckBands(list);
        if (error is not null)
        {
            throw new KpiConfigException(source, $"{where}: {error}");
        }
        return RagRule.FromBands(list);
    }

    private static string Snake(KpiPolarity polarity) => polarity == KpiPolarity.HigherIsBetter ? "higher_is_better" : "lower_is_better";

    private static KpiPolarity ReadPolarity(JsonElement e, string where, string source)
        => e.ValueKind == JsonValueKind.String ? e.GetString() switch
        {
            "higher_is_better" => KpiPolarity.HigherIsBetter,
            "lower_is_better" => KpiPolarity.LowerIsBetter,
            _ => throw new KpiConfigException(source, $"{where}: expected \"higher_is_better\" or \"lower_is_better\", found {Show(e)}."),
        }
        : throw new KpiConfigException(source, $"{where}: expected \"higher_is_better\" or \"lower_is_better\", found {Show(e)}.");

    private static double Number(JsonElement e, string where, string source)
        => e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var v) && double.IsFinite(v)
            ? v
            : throw new KpiConfigException(source, $"{where}: expected a number, found {Show(e)}.");

    private static double Positive(JsonElement e, string where, string unit, string source)
    {
        var v = Number(e, where, source);
        return v > 0 ? v : throw new KpiConfigException(source, $"{where}: expected a number of {unit} above 0, found {Show(e)}.");
    }

    private static int WorkingDays(JsonElement e, string where, string source)
        => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) && v is >= 1 and <= 250
            ? v
            : throw new KpiConfigException(source, $"{where}: expected a whole number of working days from 1 to 250, found {Show(e)}.");

    private static int CareLeaverAge(JsonElement e, string where, string source)
        => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) && v is >= 17 and <= 21
            ? v
            : throw new KpiConfigException(source, $"{where}: expected an age from 17 to 21 (the birthdays the SSDA903 care-leaver records describe), found {Show(e)}.");

    private static void CheckKeys(JsonElement e, string[] allowed, string where, string source)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                var list = allowed.Length == 1 ? allowed[0] : string.Join(", ", allowed[..^1]) + " or " + allowed[^1];
                throw new KpiConfigException(source, $"{where}: unknown setting \"{p.Name}\"; expected {list}.");
            }
        }
    }

    private static string Show(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"\"{e.GetString()}\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => e.GetRawText(),
    };

    internal static string Invariant(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
