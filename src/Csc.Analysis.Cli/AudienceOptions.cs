using System.CommandLine;
using System.Globalization;
using Csc.Analysis.Disclosure;
using Csc.Analysis.Kpis;

namespace Csc.Analysis.Cli;

/// <summary>
/// The options that say who an output is for and how its figures are protected: <c>--audience internal|public</c>,
/// <c>--suppress-below N</c> (counts from 1 to N − 1 withheld; default 6, DfE's 1 to 5), <c>--round 5|10</c> and
/// <c>--run-record FILE</c>. Threshold and rounding not given come from the KPI config's "disclosure" block, else DfE's default.
/// </summary>
internal sealed class AudienceOptions
{
    private readonly Option<string> audience = new("--audience") { Description = "Who the output is for: internal (default; pages marked OFFICIAL-SENSITIVE) or public (no child-level rows, ids or free text; disclosure control on every number, docs/disclosure.md).", DefaultValueFactory = _ => "internal" };
    private readonly Option<int?> suppressBelow = new("--suppress-below") { Description = "Public outputs: counts from 1 to N-1 are shown as c (0 stays 0). Default: the config's disclosure.suppress_below, else 6 (1 to 5 suppressed)." };
    private readonly Option<string?> round = new("--round") { Description = "Public outputs: round shown counts to the nearest 5 or 10 (default: the config's disclosure.round, else no rounding)." };
    private readonly Option<string?> runRecord = new("--run-record") { Description = "Write a JSON record of the run (inputs and outputs with SHA-256, rows loaded and rejected, config, audience, disclosure). Public outputs always get one beside them." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public static AudienceOptions AddTo(Command command)
    {
        var o = new AudienceOptions();
        foreach (var option in new Option[] { o.audience, o.suppressBelow, o.round, o.runRecord })
        {
            command.Options.Add(option);
        }
        return o;
    }

    /// <summary>What the command line says, checked (bad values are usage errors); the config's disclosure block fills what it leaves out.</summary>
    public AudienceChoice Read(ParseResult parse, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = parse.GetValue(audience) ?? "internal";
        var who = AudienceNames.TryParse(text) ?? throw new CliException($"--audience '{text}' is not an audience: use internal or public.");
        var below = parse.GetValue(suppressBelow);
        if (below is < 2)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--suppress-below {below} must be at least 2 (6 shows counts from 1 to 5 as c)."));
        }
        DisclosureRounding? rounding = parse.GetValue(round)?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "none" or "1" => DisclosureRounding.None,
            "5" => DisclosureRounding.Nearest5,
            "10" => DisclosureRounding.Nearest10,
            var other => throw new CliException($"--round '{other}' is not a rounding: use 5 or 10 (or none)."),
        };
        var record = parse.GetValue(runRecord) is { } r ? env.Resolve(r) : null;
        return new AudienceChoice(who, below is { } b ? b - 1 : null, rounding, record, [.. parse.Tokens.Select(t => t.Value)]);
    }
}

/// <summary>The audience and disclosure settings a command line chose, before the config fills the gaps.</summary>
/// <param name="Audience">Internal or public.</param>
/// <param name="Threshold">The largest suppressed count from --suppress-below; null when not given.</param>
/// <param name="Rounding">The rounding from --round; null when not given.</param>
/// <param name="RunRecordPath">The --run-record file (absolute); null when not given.</param>
/// <param name="Arguments">The command line's words after the program name (for the run record, secrets redacted there).</param>
internal sealed record AudienceChoice(Audience Audience, int? Threshold, DisclosureRounding? Rounding, string? RunRecordPath, IReadOnlyList<string> Arguments)
{
    /// <summary>True for public outputs.</summary>
    public bool IsPublic => Audience == Audience.Public;

    /// <summary>The disclosure options: the command line's, else the config's, else DfE's default.</summary>
    public DisclosureOptions Disclosure(KpiConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var options = config.Disclosure ?? DisclosureOptions.Default;
        if (Threshold is { } t)
        {
            options = options with { Threshold = t };
        }
        if (Rounding is { } r)
        {
            options = options with { Rounding = r };
        }
        return options;
    }
}
