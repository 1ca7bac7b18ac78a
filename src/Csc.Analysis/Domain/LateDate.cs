namespace Csc.Analysis.Domain;

/// <summary>A date of a record that lies after the day the data's activity ends (<see cref="DataEnd"/>): most often a mistyped year or month.</summary>
/// <param name="Table">The record's table.</param>
/// <param name="RecordId">The record's id (<c>referral_id</c>, <c>cp_plan_id</c>, ...).</param>
/// <param name="Column">The canonical column holding the date (<c>referral_date</c>, <c>end_date</c>, ...).</param>
/// <param name="Date">The date.</param>
public sealed record LateDate(CaseTable Table, string RecordId, string Column, DateOnly Date);
