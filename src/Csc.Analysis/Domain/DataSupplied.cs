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
        var tables = new HashSet<CaseTable>();
        void Table(CaseTable t, int rows)
        {
            if (rows > 0)
            {
                tables.Add(t);
            }
        }
        Table(CaseTable.Children, data.Children.Count);
        Table(CaseTable.Contacts, data.Contacts.Count);
        Table(CaseTable.Referrals, data.Referrals.Count);
        Table(CaseTable.Assessments, data.Assessments.Count);
        Table(CaseTable.Section47, data.Section47Enquiries.Count);
        Table(CaseTable.CpPlans, data.CpPlans.Count);
        Table(CaseTable.CpVisits, data.CpVisits.Count);
        Table(CaseTable.CinPlans, data.CinPlans.Count);
        Table(CaseTable.LacEpisodes, data.LacEpisodes.Count);
        Table(CaseTable.MissingEpisodes, data.MissingEpisodes.Count);
        Table(CaseTable.Advocacy, data.Advocacy.Count);
        Table(CaseTable.EarlyHelp, data.EarlyHelp.Count);
        Table(CaseTable.Events, data.Events.Count);
        Table(CaseTable.CpReviews, data.CpReviews.Count);
        Table(CaseTable.LacReviews, data.LacReviews.Count);
        Table(CaseTable.LacHealth, data.LacHealth.Count);
        Table(CaseTable.CareLeavers, data.CareLeavers.Count);
        Table(CaseTable.Population, data.Population.Count);
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
