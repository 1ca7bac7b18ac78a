using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>Which data-quality problem the generator plants on purpose.</summary>
public enum PlantKind
{
    /// <summary>No planted pattern: every ICPC date is the conference date, recorded 0-5 working days later.</summary>
    None,

    /// <summary>
    /// One team records the ICPC date as the day the record is entered from the first day of the month
    /// three months before the last (1-4 working days after the conference, 7-14 in the last month when
    /// the team falls behind), plus a handful of missing and mistyped ICPC dates in that team's records
    /// from a month earlier.
    /// </summary>
    IcpcRecording,
}

/// <summary>Names of <see cref="PlantKind"/> on the command line: none, icpc-recording.</summary>
public static class PlantKinds
{
    /// <summary>The command-line name of <paramref name="kind"/>.</summary>
    public static string Name(this PlantKind kind) => kind switch
    {
        PlantKind.None => "none",
        PlantKind.IcpcRecording => "icpc-recording",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The plant named <paramref name="text"/> (ignoring case); false for an unknown name.</summary>
    public static bool TryParse(string? text, out PlantKind kind)
    {
        foreach (var k in Enum.GetValues<PlantKind>())
        {
            if (string.Equals(k.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = PlantKind.None;
        return false;
    }
}

/// <summary>
/// What to generate. <see cref="Scale"/> 1 is one London-borough-sized council; larger scales are
/// written as several council-sized units (ceil(scale) units, each scale/units of a council) in one
/// data set, each with its own id prefix and random stream.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>The seed of data-samples (31 May 2017, the reporting month's last day).</summary>
    public const int DefaultSeed = 20170531;

    /// <summary>Largest accepted scale.</summary>
    public const double MaxScale = 1000;

    /// <summary>The random seed: the same seed and options give the same data.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The first month generated.</summary>
    public ReportingMonth From { get; init; } = new(2014, 4);

    /// <summary>The last month generated.</summary>
    public ReportingMonth To { get; init; } = new(2017, 5);

    /// <summary>The size in councils (1: one London borough; at most <see cref="MaxScale"/>).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The recording problem planted in the data (the ICPC recording story by default).</summary>
    public PlantKind Plant { get; init; } = PlantKind.IcpcRecording;

    /// <summary>The defaults: data-samples' seed, months and scale.</summary>
    public static SyntheticOptions Default { get; } = new();

    /// <summary>The extract date of the generated data: the last day of <see cref="To"/>.</summary>
    public DateOnly ExtractDate => To.LastDay;

    /// <summary>Number of council-sized units the scale is split into.</summary>
    public int UnitCount => Math.Max(1, (int)Math.Ceiling(Scale - 1e-9));

    /// <summary>Throws <see cref="ArgumentException"/> with an exact message when an option is unusable.</summary>
    public void Validate()
    {
        if (!(Scale > 0) || Scale > MaxScale || double.IsNaN(Scale))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Scale {Scale} is out of range: use a number above 0 and at most {MaxScale} (1 is one council)."));
        }
        if (To < From)
        {
            throw new ArgumentException($"The period ends ({To}) before it starts ({From}): give --from before --to.");
        }
        if (To.MonthsSince(From) < 2)
        {
            throw new ArgumentException($"The period {From} to {To} is too short: give at least three months.");
        }
        if (From.Year < 2000 || To.Year > 2050)
        {
            throw new ArgumentException($"The period {From} to {To} is outside 2000-01 to 2050-12, the years the generator supports.");
        }
    }
}
