namespace Csc.Analysis.Domain;

/// <summary>
/// Which tables and optional columns the source actually carried, so that a table that was absent (nothing known)
/// is told apart from one that was present and empty (none happened). Loaders that know say so exactly; for data
/// built in code, <see cref="FromContent"/> counts a table as supplied when it has rows.
/// </summary>
public sealed record DataSupplied
{
    /// <summary>The tables the source carried (a header-only file counts: it says there were none).</summary>
    public required IReadOnlySet<CaseTable> Tables { get; init; }

    /// <summary>The optional columns the source carried.</summary>
    public required IReadOnlySet<OptionalField> Fields { get; init; }

    /// <summary>True when the source carried <paramref name="table"/>.</summary>
    public bool Has(CaseTable table) => Tables.Contains(table);

    /// <summary>True when the source carried <paramref name="field"/>.</summary>
    public bool Has(OptionalField field) => Fields.Contains(field);

    /// <summary>A guess from the rows themselves, for data that no loader described: tables with rows, fields with a value in some row.</summary>
    public static DataSupplied FromContent(CaseData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tables = Enum.GetValues<CaseTable>().Where(t => data.RowCount(t) > 0).ToHashSet();
        var fields = new HashSet<OptionalField>();
        if (data.Referrals.Any(r => r.ClosureDate is not null))
        {
            fields.Add(OptionalField.ReferralClosureDate);
        }
        if (data.Referrals.Any(r => r.ReasonForClosure is not null))
        {
            fields.Add(OptionalField.ReferralReasonForClosure);
        }
        if (data.Referrals.Any(r => r.PrimaryNeedCode is not null))
        {
            fields.Add(OptionalField.ReferralPrimaryNeed);
        }
        if (data.CpPlans.Any(p => p.PreviousCpPlans is not null))
        {
            fields.Add(OptionalField.CpPlanPreviousPlans);
        }
        if (data.Children.Any(c => c.Uasc is not null))
        {
            fields.Add(OptionalField.ChildUasc);
        }
        return new DataSupplied { Tables = tables, Fields = fields };
    }
}
