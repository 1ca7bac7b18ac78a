namespace Csc.Analysis.Kpis;

/// <summary>
/// A KPI: its stable id, title, area, unit, kind, what it counts, its polarity, its default rating
/// with the reason for it, and its calculation. Built with named members, one file per KPI under
/// <c>Kpis/Catalog/&lt;Area&gt;/</c>; <see cref="KpiCatalog"/> checks each definition
/// (<see cref="Check"/>). The polarity is given once, here: a <see cref="KpiTarget"/> is read with it,
/// and a council's config may not reverse it.
/// </summary>
public sealed record KpiDefinition
{
    private readonly RagRule? rag;
    private readonly bool ragSet;

    /// <summary>The stable id (snake_case; it never changes, whatever the configured timescales).</summary>
    public required string Id { get; init; }

    /// <summary>The title shown in reports (it may show the configured timescales).</summary>
    public required string Title { get; init; }

    /// <summary>The area of the pack, which is also the report section the KPI appears in.</summary>
    public required KpiArea Area { get; init; }

    /// <summary>What the value is measured in.</summary>
    public required KpiUnit Unit { get; init; }

    /// <summary>Events in the month (flow) or open at month end (snapshot).</summary>
    public required KpiKind Kind { get; init; }

    /// <summary>What the numerator counts (for a count, what is counted).</summary>
    public required string Numerator { get; init; }

    /// <summary>What the denominator counts: required for percentages and ratios, absent for counts.</summary>
    public string? Denominator { get; init; }

    /// <summary>The case-data tables the calculation reads; a KPI whose tables are absent has no value.</summary>
    public required KpiSources Sources { get; init; }

    /// <summary>
    /// The optional columns the calculation reads (referral closure, previous CP plans, UASC, ...); a KPI
    /// whose columns the data did not carry has no value (<see cref="Domain.CaseData.Supplied"/>). Empty by default.
    /// </summary>
    public IReadOnlyList<Domain.OptionalField> Fields { get; init; } = [];

    /// <summary>Which direction is good; given once, here.</summary>
    public KpiPolarity Polarity { get; init; } = KpiPolarity.Neutral;

    /// <summary>The default target, read with <see cref="Polarity"/>, with the reason for it; null when the KPI is not rated by default.</summary>
    public KpiTarget? Target { get; init; }

    /// <summary>
    /// The rating rule in force: the default target's rule unless a config has replaced it (then
    /// null means not rated). Setting it replaces the default.
    /// </summary>
    public RagRule? Rag
    {
        get => ragSet ? rag : Target?.RuleFor(Polarity);
        init
        {
            rag = value;
            ragSet = true;
        }
    }

    /// <summary>Which figure is rated: the month's value (the default) or the year to date.</summary>
    public RateOn RateOn { get; init; } = RateOn.Month;

    /// <summary>The calculation: it adds every record that counts to the sink, once, with its month range.</summary>
    public required KpiCalculation Calculation { get; init; }

    /// <summary>
    /// How the year to date is made: counts of events sum, percentages pool, a flow's rate per 10,000 is the summed
    /// count over the month's population; snapshot counts, snapshot rates and ratios have none.
    /// </summary>
    public KpiYtdRule YtdRule => Unit switch
    {
        KpiUnit.Percent => KpiYtdRule.Pool,
        KpiUnit.Count when Kind == KpiKind.Flow => KpiYtdRule.Sum,
        KpiUnit.RatePer10k when Kind == KpiKind.Flow => KpiYtdRule.Rate,
        _ => KpiYtdRule.None,
    };

    /// <summary>True when the KPI has a denominator (percentages, ratios and rates, whose denominator is the population).</summary>
    public bool HasDenominator => Unit != KpiUnit.Count;

    /// <summary>
    /// True for a rate per 10,000 (<see cref="KpiUnit.RatePer10k"/>): the engine, not the calculation, fills the
    /// denominator, with the month's population estimate (<see cref="KpiPopulation"/>).
    /// </summary>
    public bool DenominatorIsPopulation => Unit == KpiUnit.RatePer10k;

    /// <summary>The value from a numerator and denominator: the count, 100 × n / d, 10,000 × n / d or n / d; null when d is 0.</summary>
    public double? ValueOf(long numerator, long denominator) => Unit switch
    {
        KpiUnit.Count => numerator,
        KpiUnit.Percent => denominator == 0 ? null : 100.0 * numerator / denominator,
        KpiUnit.RatePer10k => denominator == 0 ? null : 10_000.0 * numerator / denominator,
        _ => denominator == 0 ? null : (double)numerator / denominator,
    };

    /// <summary>
    /// Null when the definition can be used; otherwise what is wrong with it, naming the KPI: an id
    /// that is not snake_case, a blank title or numerator, a denominator on a count or none on a
    /// percentage or ratio, a rate per 10,000 that does not read the population, a target without a polarity,
    /// or a year-to-date rating without a year to date.
    /// </summary>
    public string? Check()
    {
        if (string.IsNullOrEmpty(Id) || !Id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') || !char.IsAsciiLetterLower(Id[0]))
        {
            return $"KPI id '{Id}' must be snake_case: lower-case letters, digits and underscores, starting with a letter.";
        }
        if (string.IsNullOrWhiteSpace(Title))
        {
            return $"KPI '{Id}' has no title.";
        }
        if (string.IsNullOrWhiteSpace(Numerator))
        {
            return $"KPI '{Id}' does not say what its numerator counts.";
        }
        if (HasDenominator && string.IsNullOrWhiteSpace(Denominator))
        {
            return $"KPI '{Id}' is a {Unit.Name().Replace('_', ' ')} but does not say what its denominator counts.";
        }
        if (!HasDenominator && Denominator is not null)
        {
            return $"KPI '{Id}' is a count, so it has no denominator; remove \"{Denominator}\".";
        }
        if (DenominatorIsPopulation && !Sources.HasFlag(KpiSources.Population))
        {
            return $"KPI '{Id}' is a rate per 10,000, so it reads the population (KpiSources.Population): add it to its sources.";
        }
        if (Target is not null && Polarity == KpiPolarity.Neutral)
        {
            return $"KPI '{Id}' has a default target but no polarity; a target needs a good direction.";
        }
        if (RateOn == RateOn.YearToDate && YtdRule == KpiYtdRule.None)
        {
            return $"KPI '{Id}' is rated on the year to date but has none (a snapshot count or rate, or a ratio).";
        }
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
