using System.Globalization;
using Csc.Analysis.Domain;

namespace Csc.Analysis.Data.Synthetic;

/// <summary>
/// A synthetic stack of councils (<c>csc-kpi generate --councils N</c>): N councils, each the generator's council with its
/// own seed (the seed given plus the council's index from 0, so council 0 is exactly the single council of that seed),
/// every row tagged with the council's code. The codes are <c>001</c>, <c>002</c>, ...: three digits like a DfE number,
/// but below 201, so no synthetic council is mistaken for a real one. Child and record ids repeat from council to council,
/// as they do in a real regional stack.
/// </summary>
public static class SyntheticCouncils
{
    /// <summary>The most councils a stack may have.</summary>
    public const int MaxCouncils = 200;

    /// <summary>The code of the council at <paramref name="index"/> (from 0): 001, 002, ...</summary>
    public static CouncilCode Code(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxCouncils);
        return CouncilCode.Parse((index + 1).ToString("000", CultureInfo.InvariantCulture));
    }

    /// <summary>The generator options of the council at <paramref name="index"/>: <paramref name="options"/> with the seed plus the index.</summary>
    public static SyntheticOptions For(SyntheticOptions options, int index)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Seed = unchecked(options.Seed + index) };
    }

    /// <summary>
    /// The units of <paramref name="councils"/> councils in order (every unit of council 001, then of 002, ...), each unit's
    /// rows tagged with its council; one unit is in memory at a time, as for one council.
    /// </summary>
    public static IEnumerable<(CouncilCode Code, SyntheticUnit Unit)> GenerateUnits(SyntheticOptions options, int councils)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(councils, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(councils, MaxCouncils);
        for (var i = 0; i < councils; i++)
        {
            var code = Code(i);
            foreach (var unit in SyntheticGenerator.GenerateUnitsAhead(For(options, i)))
            {
                yield return (code, unit with { Data = CouncilPartition.Tag(unit.Data, code) });
            }
        }
    }
}
