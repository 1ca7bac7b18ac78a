namespace Csc.Analysis.Calendar;

/// <summary>A day on which offices are closed: a bank holiday or a local closure.</summary>
public sealed record BankHoliday(DateOnly Date, string Name);
