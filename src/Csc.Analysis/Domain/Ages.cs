namespace Csc.Analysis.Domain;

/// <summary>Age arithmetic in one place.</summary>
public static class Ages
{
    /// <summary>Completed years from <paramref name="dateOfBirth"/> to <paramref name="date"/> (negative before birth).</summary>
    public static int WholeYears(DateOnly dateOfBirth, DateOnly date)
    {
        var years = date.Year - dateOfBirth.Year;
        if (date.Month < dateOfBirth.Month || (date.Month == dateOfBirth.Month && date.Day < dateOfBirth.Day))
        {
            years--;
        }
        return years;
    }
}
